/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-document-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "ct-date-row.h"
#include "ct-document-editor.h"
#include "ct-field.h"
#include "ct-format.h"
#include "ct-lines-row.h"

struct _CtDocumentEditor
{
  AdwPreferencesGroup parent_instance;

  CtSession *session;
  GHashTable *fields;   /* name → row (unowned) */
  GtkWidget *subtitle_row;
  GtkWidget *index_row;
  GtkWidget *week_row;  /* the week's dates, shown for a week programme */
  gboolean syncing;
  int snapshot_year;  /* the period before the last one typed in a period row */
  int snapshot_index;
  char *typed;        /* the year and index texts of the last period typed, "2026 5" */
};

G_DEFINE_FINAL_TYPE (CtDocumentEditor, ct_document_editor, ADW_TYPE_PREFERENCES_GROUP)

static const char *const style_labels[] = {
  N_("Party (36-HD/VPTW)"), N_("State (Decree 30/2020)"), NULL,
};
/* In the order of #CtPeriodKind. */
static const char *const period_labels[] = {
  N_("Month"), N_("Quarter"), N_("Year"), N_("Week"), NULL,
};
static const char *const status_labels[] = {
  N_("Draft"), N_("Submitted"), N_("Issued"), N_("Amended"), NULL,
};

static CtProgramme *
programme (CtDocumentEditor *self)
{
  return ct_session_get_programme (self->session);
}

static void
add_field (CtDocumentEditor *self,
           const char       *name,
           GtkWidget        *row)
{
  g_hash_table_insert (self->fields, (gpointer) name, row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
}

static GtkWidget *
plain_entry_row (const char *title,
                 const char *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  ct_field_disable_undo (row);
  return row;
}

static const char *
index_title (CtPeriodKind kind)
{
  switch (kind)
    {
    case CT_PERIOD_KIND_QUARTER:
      return _("Quarter");
    case CT_PERIOD_KIND_WEEK:
      return _("Week Number");
    case CT_PERIOD_KIND_MONTH:
    case CT_PERIOD_KIND_YEAR:
    default:
      return _("Month");
    }
}

/* "Tuần 10: 03/3 – 09/3/2025": the days of a week programme, in the document's way of
 * writing dates; the first day gets its year when the week spans two years. */
static char *
format_week (int year,
             int week)
{
  GDate first, last;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  ct_programme_get_week_range (year, week, &first, &last);
  if (g_date_get_year (&first) != g_date_get_year (&last))
    from = g_strdup_printf ("%02d/%d/%d", g_date_get_day (&first), g_date_get_month (&first),
                            g_date_get_year (&first));
  else
    from = g_strdup_printf ("%02d/%d", g_date_get_day (&first), g_date_get_month (&first));
  /* Translators: the dates of a week programme: %1$d is the ISO week number, %2$s its
   * Monday ("03/3"), %3$s its Sunday ("09/3/2025"). */
  to = g_strdup_printf ("%02d/%d/%d", g_date_get_day (&last), g_date_get_month (&last),
                        g_date_get_year (&last));
  return g_strdup_printf (_("Week %1$d: %2$s – %3$s"), week, from, to);
}

/* Titles the index row after the period kind and shows a week's days. */
static void
show_period (CtDocumentEditor *self)
{
  CtProgramme *p = programme (self);
  gboolean week = p->period_kind == CT_PERIOD_KIND_WEEK;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->index_row),
                                 index_title (p->period_kind));
  gtk_widget_set_visible (self->week_row, week);
  if (week)
    {
      g_autofree char *dates = format_week (p->period_year, p->period_index);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->week_row), dates);
    }
}

/* Keeps the text of a period row that is no value in the programme, or forgets it.
 * Returns: %TRUE when that changed */
static gboolean
keep_period_text (CtDocumentEditor *self,
                  GtkWidget        *row,
                  const char       *key,
                  gboolean          valid)
{
  const char *text = valid ? NULL : gtk_editable_get_text (GTK_EDITABLE (row));
  gboolean changed = ct_programme_set_unread_text (programme (self), key, text);

  ct_field_show_unread (row, programme (self), key, text);
  return changed;
}

/* Shows the text of a period row that is no value yet, else @value. */
static void
show_period_row (CtDocumentEditor *self,
                 GtkWidget        *row,
                 const char       *key,
                 const char       *value)
{
  const char *unread = ct_programme_get_unread_text (programme (self), key);

  ct_field_show_text (row, unread != NULL ? unread : value);
  ct_field_show_unread (row, programme (self), key, unread);
}

/* The number typed in a period row: digits only ("1a" is no month), else -1. */
static int
period_value (GtkWidget *row)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));

  if (*text == '\0' || strlen (text) > 9 || strspn (text, "0123456789") != strlen (text))
    return -1;
  return atoi (text);
}

/* Year and month (or quarter) are written together once both are valid. Invalid text
 * stays in the row as typed, in error with why beside it, and in the programme
 * (#CtProgramme.unread_texts), which keeps the period it had when the row got the focus
 * (typing "13" passes through month 1). */
static void
period_changed (CtDocumentEditor *self)
{
  CtProgramme *p = programme (self);
  GtkWidget *year_row = g_hash_table_lookup (self->fields, "period_year");
  int year = period_value (year_row);
  int index = period_value (self->index_row);
  gboolean year_valid = year >= 1900 && year <= 9999;
  int max = p->period_kind == CT_PERIOD_KIND_MONTH ? 12
            : p->period_kind == CT_PERIOD_KIND_WEEK && year_valid
              ? (int) ct_programme_weeks_in_year (year) : p->period_kind == CT_PERIOD_KIND_WEEK
              ? 53 : 4;
  gboolean index_valid = p->period_kind == CT_PERIOD_KIND_YEAR || (index >= 1 && index <= max);
  g_autofree char *typed = g_strdup_printf ("%s %s",
                                            gtk_editable_get_text (GTK_EDITABLE (year_row)),
                                            gtk_editable_get_text (GTK_EDITABLE (self->index_row)));
  gboolean kept;

  if (self->syncing)
    return;
  kept = keep_period_text (self, year_row, "period_year", year_valid);
  kept |= keep_period_text (self, self->index_row, "period_index", index_valid);
  year = year_valid && index_valid ? year : p->period_year;
  index = year_valid && index_valid ? index : p->period_index;
  if (!year_valid || !index_valid)
    {
      /* Typing "54" passes through "5", a valid week that must not stay: when the wrong
       * text only extends the last period typed, that period goes back to the one before
       * it. Any other wrong text (0, an empty field) leaves the period as it is. */
      if (self->typed != NULL && g_str_has_prefix (typed, self->typed) &&
          !g_str_equal (typed, self->typed))
        {
          year = self->snapshot_year;
          index = self->snapshot_index;
          g_clear_pointer (&self->typed, g_free);
        }
    }
  else
    {
      self->snapshot_year = p->period_year;
      self->snapshot_index = p->period_index;
      g_free (self->typed);
      self->typed = g_steal_pointer (&typed);
    }
  if (year != p->period_year || index != p->period_index)
    {
      ct_programme_set_period (p, p->period_kind, year, index);
      kept = TRUE;
      show_period (self);
    }
  if (kept)
    ct_session_edited (self->session, "period");
}

static void
period_enter_cb (CtDocumentEditor *self)
{
  self->snapshot_year = programme (self)->period_year;
  self->snapshot_index = programme (self)->period_index;
  g_clear_pointer (&self->typed, g_free);
}

static GtkWidget *
period_row (CtDocumentEditor *self,
            const char       *title,
            const char       *text)
{
  GtkWidget *row = plain_entry_row (title, text);
  GtkEventController *focus = gtk_event_controller_focus_new ();

  adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (row), GTK_INPUT_PURPOSE_DIGITS);
  ct_field_add_status (row);
  g_signal_connect_swapped (row, "changed", G_CALLBACK (period_changed), self);
  g_signal_connect_swapped (focus, "enter", G_CALLBACK (period_enter_cb), self);
  gtk_widget_add_controller (row, focus);
  return row;
}

/* The first day of the period @kind/@year/@index. */
static void
period_start (CtPeriodKind kind,
              int          year,
              int          index,
              GDate       *day)
{
  g_autoptr(CtProgramme) p = ct_programme_new ();
  GDate last;

  ct_programme_set_period (p, kind, year, index);
  ct_programme_get_period_range (p, day, &last);
}

/* Changing the kind keeps the period around the same days: September → quarter III,
 * week 10 of 2025 (3–9 March) → March, March → week 9 (the week of 1 March). A week
 * belongs to the month and year of its Thursday, as ISO 8601 counts weeks. */
static void
period_kind_changed_cb (AdwComboRow      *row,
                        GParamSpec       *pspec,
                        CtDocumentEditor *self)
{
  CtProgramme *p = programme (self);
  CtPeriodKind kind = adw_combo_row_get_selected (row);
  int year = p->period_year, index = p->period_index;
  g_autofree char *text = NULL;
  g_autofree char *year_text = NULL;
  GDate day;

  if (self->syncing)
    return;
  period_start (p->period_kind, p->period_year, p->period_index, &day);
  if (p->period_kind == CT_PERIOD_KIND_WEEK)
    g_date_add_days (&day, 3);
  if (kind == CT_PERIOD_KIND_WEEK)
    {
      GDate thursday = day;

      g_date_add_days (&thursday, G_DATE_THURSDAY);
      g_date_subtract_days (&thursday, g_date_get_weekday (&day));
      year = g_date_get_year (&thursday);
      index = g_date_get_iso8601_week_of_year (&day);
    }
  else
    {
      year = g_date_get_year (&day);
      index = kind == CT_PERIOD_KIND_MONTH ? g_date_get_month (&day)
              : kind == CT_PERIOD_KIND_QUARTER ? (g_date_get_month (&day) - 1) / 3 + 1 : 1;
    }
  ct_programme_set_period (p, kind, year, index);
  ct_programme_set_unread_text (p, "period_year", NULL);
  ct_programme_set_unread_text (p, "period_index", NULL);
  text = g_strdup_printf ("%d", p->period_index);
  year_text = g_strdup_printf ("%d", p->period_year);
  ct_field_show_unread (self->index_row, p, "period_index", NULL);
  ct_field_show_unread (g_hash_table_lookup (self->fields, "period_year"), p, "period_year",
                        NULL);
  self->syncing = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->index_row), text);
  gtk_editable_set_text (GTK_EDITABLE (g_hash_table_lookup (self->fields, "period_year")),
                         year_text);
  self->syncing = FALSE;
  period_enter_cb (self);
  ct_session_edited (self->session, NULL);
  show_period (self);
}

static void
subtitle_changed_cb (GtkEditable      *editable,
                     CtDocumentEditor *self)
{
  CtProgramme *p = programme (self);
  const char *text = gtk_editable_get_text (editable);
  g_autofree char *derived = ct_format_subtitle (p->period_kind, p->period_year,
                                                 p->period_index);

  if (self->syncing)
    return;
  g_clear_pointer (&p->subtitle, g_free);
  /* The derived wording is stored as "none", so it follows later period changes. */
  if (*text != '\0' && !g_str_equal (text, derived))
    p->subtitle = g_strdup (text);
  ct_session_edited (self->session, "subtitle");
}


static void
build_period (CtDocumentEditor *self)
{
  CtProgramme *p = programme (self);
  g_autofree char *year = g_strdup_printf ("%d", p->period_year);
  g_autofree char *index = g_strdup_printf ("%d", p->period_index);
  g_autofree char *subtitle = ct_programme_dup_subtitle (p);
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  GtkWidget *row;

  period_enter_cb (self);
  row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Period"));
  for (guint i = 0; period_labels[i] != NULL; i++)
    gtk_string_list_append (kinds, _(period_labels[i]));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (kinds));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), p->period_kind);
  g_signal_connect (row, "notify::selected", G_CALLBACK (period_kind_changed_cb), self);
  add_field (self, "period_kind", row);
  add_field (self, "period_year", period_row (self, _("Year"), year));
  self->index_row = period_row (self, index_title (p->period_kind), index);
  add_field (self, "period_index", self->index_row);
  self->syncing = TRUE;
  show_period_row (self, g_hash_table_lookup (self->fields, "period_year"), "period_year", year);
  show_period_row (self, self->index_row, "period_index", index);
  self->syncing = FALSE;
  self->week_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->week_row), _("Days"));
  add_field (self, "period_dates", self->week_row);
  show_period (self);
  self->subtitle_row = plain_entry_row (_("Subtitle"), subtitle);
  g_signal_connect (self->subtitle_row, "changed", G_CALLBACK (subtitle_changed_cb), self);
  add_field (self, "subtitle", self->subtitle_row);
}

/* ------------------------------------------------------------------ two-line fields */

typedef struct
{
  CtSession *session;
  char **field;
  char key[32];
  gboolean syncing;
} LinesBinding;

static void
lines_binding_free (gpointer  data,
                    GClosure *closure)
{
  LinesBinding *b = data;

  g_object_unref (b->session);
  g_free (b);
}

static void
lines_changed_cb (GtkTextBuffer *buffer,
                  LinesBinding  *b)
{
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  if (b->syncing)
    return;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_free (*b->field);
  *b->field = *text != '\0' ? g_steal_pointer (&text) : NULL;
  ct_session_edited (b->session, b->key);
}

static void
lines_sync (GtkWidget *view,
            gpointer   data)
{
  LinesBinding *b = data;

  b->syncing = TRUE;
  ct_field_show_buffer_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), *b->field);
  b->syncing = FALSE;
}

/* A body's name is printed on the lines it is typed on ("ỦY BAN NHÂN DÂN" / "HUYỆN SÔNG
 * MÂY"): a text view where Enter starts a line and Tab leaves (ct-lines-row.c). */
static GtkWidget *
lines_row (CtDocumentEditor *self,
           const char       *title,
           char            **field)
{
  GtkWidget *row = ct_lines_row_new (title);
  GtkWidget *view = ct_lines_row_get_view (CT_LINES_ROW (row));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  LinesBinding *b = g_new0 (LinesBinding, 1);

  b->session = g_object_ref (self->session);
  b->field = field;
  g_snprintf (b->key, sizeof b->key, "field:%p", (gpointer) field);
  gtk_text_buffer_set_enable_undo (buffer, FALSE);
  gtk_text_buffer_set_text (buffer, *field != NULL ? *field : "", -1);
  g_signal_connect_data (buffer, "changed", G_CALLBACK (lines_changed_cb), b,
                         lines_binding_free, 0);
  ct_field_set_sync (view, lines_sync, b);
  return row;
}

/* The field is the text view itself, so that a jump to it puts the cursor in the text. */
static void
add_lines_field (CtDocumentEditor *self,
                 const char       *name,
                 const char       *title,
                 char            **field)
{
  GtkWidget *row = lines_row (self, title, field);

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
  g_hash_table_insert (self->fields, (gpointer) name,
                       ct_lines_row_get_view (CT_LINES_ROW (row)));
}

/* A programme is signed shortly before its period: the calendar opens on the day before
 * the period while no date is set, not on today, which may be years away. */
static GtkWidget *
issue_date_row (CtDocumentEditor *self)
{
  CtProgramme *p = programme (self);
  GtkWidget *row = ct_field_date_row (_("Issue Date"), &p->issue_date, TRUE, "issue_date",
                                      self->session);
  GDate first, last;

  ct_programme_get_period_range (p, &first, &last);
  if (g_date_valid (&first) && g_date_get_julian (&first) > 1)
    {
      g_date_subtract_days (&first, 1);
      ct_date_row_set_suggestion (CT_DATE_ROW (row), &first);
    }
  return row;
}

static void
build (CtDocumentEditor *self)
{
  CtProgramme *p = programme (self);
  CtSession *s = self->session;

  add_field (self, "style",
             ct_field_combo_row (_("Format"), style_labels, (int *) &p->style, s));
  add_lines_field (self, "superior_body", _("Superior Body"), &p->superior_body);
  add_lines_field (self, "issuing_body", _("Issuing Body"), &p->issuing_body);
  add_field (self, "number", ct_field_number_row (_("Number"), &p->number, "number", s));
  add_field (self, "kind_code", ct_field_entry_row (_("Kind Code"), &p->kind_code, s));
  add_field (self, "body_code", ct_field_entry_row (_("Body Code"), &p->body_code, s));
  add_field (self, "place_name", ct_field_entry_row (_("Place Name"), &p->place_name, s));
  add_field (self, "issue_date", issue_date_row (self));
  build_period (self);
  add_field (self, "status",
             ct_field_combo_row (_("Status"), status_labels, (int *) &p->status, s));
  add_field (self, "introduction",
             ct_field_entry_row (_("Opening Sentence"), &p->introduction, s));
}

static void
ct_document_editor_dispose (GObject *object)
{
  CtDocumentEditor *self = CT_DOCUMENT_EDITOR (object);

  g_clear_object (&self->session);
  g_clear_pointer (&self->fields, g_hash_table_unref);
  g_clear_pointer (&self->typed, g_free);

  G_OBJECT_CLASS (ct_document_editor_parent_class)->dispose (object);
}

static void
ct_document_editor_class_init (CtDocumentEditorClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ct_document_editor_dispose;
}

static void
ct_document_editor_init (CtDocumentEditor *self)
{
  self->fields = g_hash_table_new (g_str_hash, g_str_equal);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Document"));
}

/**
 * ct_document_editor_new:
 * @session: the editing session
 *
 * The "Document" group of the form: format, bodies, number and codes, place and issue date,
 * period, subtitle (showing the derived wording until it is changed), status and the
 * opening sentence.
 *
 * Returns: (transfer floating): a new group bound to the session's programme
 */
GtkWidget *
ct_document_editor_new (CtSession *session)
{
  CtDocumentEditor *self = g_object_new (CT_TYPE_DOCUMENT_EDITOR, NULL);

  self->session = g_object_ref (session);
  build (self);
  return GTK_WIDGET (self);
}

/**
 * ct_document_editor_get_field:
 * @self: the group
 * @name: a #CtProgramme member name, e.g. "number", "issue_date"
 *
 * Returns: (transfer none) (nullable): the row editing that member; for the bodies,
 *   which take several lines, the #GtkTextView
 */
GtkWidget *
ct_document_editor_get_field (CtDocumentEditor *self,
                              const char       *name)
{
  g_return_val_if_fail (CT_IS_DOCUMENT_EDITOR (self), NULL);
  return g_hash_table_lookup (self->fields, name);
}

/**
 * ct_document_editor_restore:
 * @self: the group
 *
 * Shows the programme's values again after an undo or redo wrote them into the same
 * programme (#CtSession::restored): the bound rows, the period and the subtitle.
 */
void
ct_document_editor_restore (CtDocumentEditor *self)
{
  CtProgramme *p;
  GtkWidget *year_row;
  g_autofree char *year = NULL;
  g_autofree char *index = NULL;
  g_autofree char *subtitle = NULL;

  g_return_if_fail (CT_IS_DOCUMENT_EDITOR (self));

  p = programme (self);
  ct_field_sync_tree (GTK_WIDGET (self));
  year_row = g_hash_table_lookup (self->fields, "period_year");
  year = g_strdup_printf ("%d", p->period_year);
  index = g_strdup_printf ("%d", p->period_index);
  subtitle = ct_programme_dup_subtitle (p);
  self->syncing = TRUE;
  if (adw_combo_row_get_selected (g_hash_table_lookup (self->fields, "period_kind"))
      != (guint) p->period_kind)
    adw_combo_row_set_selected (g_hash_table_lookup (self->fields, "period_kind"),
                                p->period_kind);
  show_period_row (self, year_row, "period_year", year);
  show_period_row (self, self->index_row, "period_index", index);
  ct_field_show_text (self->subtitle_row, subtitle);
  self->syncing = FALSE;
  period_enter_cb (self);
  show_period (self);
  ct_document_editor_sync (self);
}

/**
 * ct_document_editor_sync:
 * @self: the group
 *
 * Refreshes what is derived from other fields (the subtitle follows the period while it
 * is not customised), unless the user is typing in it.
 */
void
ct_document_editor_sync (CtDocumentEditor *self)
{
  CtProgramme *p;
  g_autofree char *subtitle = NULL;

  g_return_if_fail (CT_IS_DOCUMENT_EDITOR (self));

  p = programme (self);
  gtk_widget_set_sensitive (self->index_row, p->period_kind != CT_PERIOD_KIND_YEAR);
  if (p->subtitle != NULL || gtk_widget_has_focus (self->subtitle_row)
      || gtk_widget_is_focus (self->subtitle_row)
      || gtk_widget_get_focus_child (self->subtitle_row) != NULL)
    return;
  subtitle = ct_programme_dup_subtitle (p);
  if (g_str_equal (subtitle, gtk_editable_get_text (GTK_EDITABLE (self->subtitle_row))))
    return;
  self->syncing = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->subtitle_row), subtitle);
  self->syncing = FALSE;
}

static gboolean
field_is_empty (GtkWidget *field)
{
  if (GTK_IS_TEXT_VIEW (field))
    return gtk_text_buffer_get_char_count (gtk_text_view_get_buffer (GTK_TEXT_VIEW (field))) == 0;
  if (GTK_IS_EDITABLE (field))
    return *gtk_editable_get_text (GTK_EDITABLE (field)) == '\0';
  return FALSE;
}

/**
 * ct_document_editor_focus_first_empty:
 * @self: the group
 *
 * Puts the focus in the first field left to type, in the form's order, or on the first
 * field when every one is filled: where a programme just made is taken up.
 */
void
ct_document_editor_focus_first_empty (CtDocumentEditor *self)
{
  /* The fields typed in, in the order Tab visits them. */
  static const char *const typed[] = {
    "superior_body", "issuing_body", "number", "kind_code", "body_code", "place_name",
    "issue_date", "introduction",
  };

  g_return_if_fail (CT_IS_DOCUMENT_EDITOR (self));

  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    {
      GtkWidget *field = g_hash_table_lookup (self->fields, typed[i]);

      if (field != NULL && field_is_empty (field) && gtk_widget_grab_focus (field))
        return;
    }
  gtk_widget_child_focus (GTK_WIDGET (self), GTK_DIR_TAB_FORWARD);
}
