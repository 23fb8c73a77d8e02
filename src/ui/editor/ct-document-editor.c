/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-document-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "ct-document-editor.h"
#include "ct-field.h"
#include "ct-format.h"

struct _CtDocumentEditor
{
  AdwPreferencesGroup parent_instance;

  CtSession *session;
  GHashTable *fields;   /* name → row (unowned) */
  GtkWidget *subtitle_row;
  GtkWidget *index_row;
  gboolean syncing;
  int snapshot_year;  /* the period when a period row got the focus */
  int snapshot_index;
};

G_DEFINE_FINAL_TYPE (CtDocumentEditor, ct_document_editor, ADW_TYPE_PREFERENCES_GROUP)

static const char *const style_labels[] = {
  N_("Party (36-HD/VPTW)"), N_("State (Decree 30/2020)"), NULL,
};
static const char *const period_labels[] = { N_("Month"), N_("Quarter"), N_("Year"), NULL };
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

static void
set_error (GtkWidget *row,
           gboolean   error)
{
  if (error)
    gtk_widget_add_css_class (row, "error");
  else
    gtk_widget_remove_css_class (row, "error");
}

/* Year and month (or quarter) are written together once both are valid. Invalid text is
 * shown in error and the period goes back to what it was when the row got the focus
 * (typing "13" passes through month 1); leaving the row shows the stored period again. */
static void
period_changed (CtDocumentEditor *self)
{
  CtProgramme *p = programme (self);
  GtkWidget *year_row = g_hash_table_lookup (self->fields, "period_year");
  int year = atoi (gtk_editable_get_text (GTK_EDITABLE (year_row)));
  int index = atoi (gtk_editable_get_text (GTK_EDITABLE (self->index_row)));
  int max = p->period_kind == CT_PERIOD_KIND_MONTH ? 12 : 4;
  gboolean year_valid = year >= 1900 && year <= 9999;
  gboolean index_valid = p->period_kind == CT_PERIOD_KIND_YEAR || (index >= 1 && index <= max);

  if (self->syncing)
    return;
  set_error (year_row, !year_valid);
  set_error (self->index_row, !index_valid);
  if (!year_valid || !index_valid)
    {
      year = self->snapshot_year;
      index = self->snapshot_index;
    }
  if (year == p->period_year && index == p->period_index)
    return;
  ct_programme_set_period (p, p->period_kind, year, index);
  ct_session_edited (self->session, "period");
}

static void
period_enter_cb (CtDocumentEditor *self)
{
  self->snapshot_year = programme (self)->period_year;
  self->snapshot_index = programme (self)->period_index;
}

static void
period_leave_cb (CtDocumentEditor *self)
{
  CtProgramme *p = programme (self);
  GtkWidget *year_row = g_hash_table_lookup (self->fields, "period_year");
  g_autofree char *year = g_strdup_printf ("%d", p->period_year);
  g_autofree char *index = g_strdup_printf ("%d", p->period_index);

  if (!gtk_widget_has_css_class (year_row, "error") &&
      !gtk_widget_has_css_class (self->index_row, "error"))
    return;
  gtk_editable_set_text (GTK_EDITABLE (year_row), year);
  gtk_editable_set_text (GTK_EDITABLE (self->index_row), index);
}

static GtkWidget *
period_row (CtDocumentEditor *self,
            const char       *title,
            const char       *text)
{
  GtkWidget *row = plain_entry_row (title, text);
  GtkEventController *focus = gtk_event_controller_focus_new ();

  adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (row), GTK_INPUT_PURPOSE_DIGITS);
  g_signal_connect_swapped (row, "changed", G_CALLBACK (period_changed), self);
  g_signal_connect_swapped (focus, "enter", G_CALLBACK (period_enter_cb), self);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (period_leave_cb), self);
  gtk_widget_add_controller (row, focus);
  return row;
}

/* Changing the kind keeps the period around the same months: September → quarter III. */
static void
period_kind_changed_cb (AdwComboRow      *row,
                        GParamSpec       *pspec,
                        CtDocumentEditor *self)
{
  CtProgramme *p = programme (self);
  CtPeriodKind kind = adw_combo_row_get_selected (row);
  int index = p->period_index;
  g_autofree char *text = NULL;

  if (p->period_kind == CT_PERIOD_KIND_MONTH && kind == CT_PERIOD_KIND_QUARTER)
    index = (index - 1) / 3 + 1;
  else if (p->period_kind == CT_PERIOD_KIND_QUARTER && kind == CT_PERIOD_KIND_MONTH)
    index = (index - 1) * 3 + 1;
  else if (p->period_kind == CT_PERIOD_KIND_YEAR)
    index = 1;
  ct_programme_set_period (p, kind, p->period_year, index);
  text = g_strdup_printf ("%d", p->period_index);
  self->syncing = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->index_row), text);
  self->syncing = FALSE;
  ct_session_edited (self->session, NULL);
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

  row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Period"));
  for (guint i = 0; period_labels[i] != NULL; i++)
    gtk_string_list_append (kinds, _(period_labels[i]));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (kinds));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), p->period_kind);
  g_signal_connect (row, "notify::selected", G_CALLBACK (period_kind_changed_cb), self);
  add_field (self, "period_kind", row);
  add_field (self, "period_year", period_row (self, _("Year"), year));
  self->index_row = period_row (self, _("Month or Quarter"), index);
  add_field (self, "period_index", self->index_row);
  self->subtitle_row = plain_entry_row (_("Subtitle"), subtitle);
  g_signal_connect (self->subtitle_row, "changed", G_CALLBACK (subtitle_changed_cb), self);
  add_field (self, "subtitle", self->subtitle_row);
}

static void
build (CtDocumentEditor *self)
{
  CtProgramme *p = programme (self);
  CtSession *s = self->session;

  add_field (self, "style",
             ct_field_combo_row (_("Format"), style_labels, (int *) &p->style, s));
  add_field (self, "superior_body",
             ct_field_entry_row (_("Superior Body"), &p->superior_body, s));
  add_field (self, "issuing_body", ct_field_entry_row (_("Issuing Body"), &p->issuing_body, s));
  add_field (self, "number", ct_field_number_row (_("Number"), &p->number, s));
  add_field (self, "kind_code", ct_field_entry_row (_("Kind Code"), &p->kind_code, s));
  add_field (self, "body_code", ct_field_entry_row (_("Body Code"), &p->body_code, s));
  add_field (self, "place_name", ct_field_entry_row (_("Place Name"), &p->place_name, s));
  add_field (self, "issue_date", ct_field_date_row (_("Issue Date"), &p->issue_date, TRUE, s));
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
 * Returns: (transfer none) (nullable): the row editing that member
 */
GtkWidget *
ct_document_editor_get_field (CtDocumentEditor *self,
                              const char       *name)
{
  g_return_val_if_fail (CT_IS_DOCUMENT_EDITOR (self), NULL);
  return g_hash_table_lookup (self->fields, name);
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
