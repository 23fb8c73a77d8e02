/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-item-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-agenda-row.h"
#include "ct-date-row.h"
#include "ct-field.h"
#include "ct-format.h"
#include "ct-item-attributes.h"
#include "ct-item-editor.h"
#include "ct-list-keys.h"
#include "ct-paste-offer.h"
#include "ct-programme-edit.h"
#include "ct-summary.h"
#include "ct-text.h"
#include "ct-when-row.h"
#include "ct-wrap-view.h"

struct _CtItemEditor
{
  GtkBox parent_instance;

  CtSession *session;
  CtItem *item;
  GHashTable *fields;      /* field name → widget (unowned) */
  GtkWidget *text_view;
  GtkListBox *agenda_list;
  GtkListBox *exception_list;
  GtkListStore *units;
};

G_DEFINE_FINAL_TYPE (CtItemEditor, ct_item_editor, GTK_TYPE_BOX)

enum {
  REMOVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *const day_part_labels[] = {
  N_("Not Given"), N_("Morning"), N_("Afternoon"), N_("Evening"), N_("All Day"), NULL,
};

static GtkWidget *
new_group (CtItemEditor *self,
           const char   *title)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  gtk_box_append (GTK_BOX (self), group);
  return group;
}

static void
add_field (CtItemEditor *self,
           GtkWidget    *group,
           const char   *name,
           GtkWidget    *row)
{
  if (name != NULL)
    g_hash_table_insert (self->fields, (gpointer) name, row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
}

/* A title runs to two or three printed lines: it wraps as it is typed. */
static void
add_title (CtItemEditor *self,
           GtkWidget    *group,
           const char   *label)
{
  GtkWidget *row = ct_field_wrapped_row (label, &self->item->title, self->session);

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  g_hash_table_insert (self->fields, "title", ct_field_wrapped_row_get_view (row));
}

/* While no date is set, @row's calendar opens in the programme's period: on today when it
 * falls in the period, else on the period's first day. */
static void
suggest_in_period (CtItemEditor *self,
                   GtkWidget    *row)
{
  CtProgramme *p = ct_session_get_programme (self->session);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDate first, last, today;

  ct_programme_get_period_range (p, &first, &last);
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  ct_date_row_set_suggestion (CT_DATE_ROW (row),
                              g_date_compare (&today, &first) >= 0 &&
                              g_date_compare (&today, &last) <= 0 ? &today : &first);
}

static GtkWidget *
date_row (CtItemEditor *self,
          const char   *title,
          GDate        *field,
          const char   *name)
{
  g_autofree char *key = ct_programme_item_key (self->item, name);
  GtkWidget *row = ct_field_date_row (title, field, TRUE, key, self->session);

  suggest_in_period (self, row);
  return row;
}

/* One paragraph per line; blank lines separate nothing and are not kept. */
static void
text_changed_cb (GtkTextBuffer *buffer,
                 CtItemEditor  *self)
{
  GtkTextIter start, end;
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *key = g_strdup_printf ("item:%p:text", (gpointer) self->item);

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  lines = g_strsplit (text, "\n", -1);
  g_ptr_array_set_size (self->item->paragraphs, 0);
  for (guint i = 0; lines[i] != NULL; i++)
    if (!ct_text_is_blank (lines[i]))
      ct_item_add_paragraph (self->item, lines[i]);
  ct_session_edited (self->session, key);
}

/* A line of the text is a paragraph: Enter starts the next one and Backspace at the start
 * of an empty one takes it away, as the view does by itself; Ctrl+Enter goes on to the
 * next field. */
static gboolean
text_key_cb (GtkWidget *view,
             CtListKey  key,
             gpointer   data)
{
  if (key != CT_LIST_KEY_END)
    return FALSE;
  ct_list_keys_focus_after (view);
  return TRUE;
}

static void
build_text (CtItemEditor *self)
{
  GtkWidget *group = new_group (self, self->item->kind == CT_ITEM_TASK ? _("Text") : _("Notes"));
  GtkTextBuffer *buffer;
  GtkWidget *frame = gtk_frame_new (NULL);
  g_autofree char *text = NULL;

  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("One paragraph per line. Ctrl+Enter goes on to the next field."));
  self->text_view = ct_wrap_view_new ();
  /* Tab moves on, as in every other field: a tab is no paragraph's content. */
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (self->text_view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (self->text_view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (self->text_view), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (self->text_view), 8);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (self->text_view), 8);
  gtk_widget_set_size_request (self->text_view, -1, self->item->kind == CT_ITEM_TASK ? 200 : 60);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  self->item->kind == CT_ITEM_TASK ? _("Text") : _("Notes"), -1);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->text_view));
  gtk_text_buffer_set_enable_undo (buffer, FALSE);
  g_ptr_array_add (self->item->paragraphs, NULL);
  text = g_strjoinv ("\n", (char **) self->item->paragraphs->pdata);
  g_ptr_array_set_size (self->item->paragraphs, self->item->paragraphs->len - 1);
  gtk_text_buffer_set_text (buffer, text, -1);
  g_signal_connect (buffer, "changed", G_CALLBACK (text_changed_cb), self);
  ct_list_keys_attach (self->text_view, text_key_cb, self);
  gtk_frame_set_child (GTK_FRAME (frame), self->text_view);
  gtk_widget_add_css_class (frame, "view");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), frame);
  g_hash_table_insert (self->fields, "paragraph", self->text_view);
}

static void rebuild_agenda (CtItemEditor *self, guint focus, CtAgendaFocus part);

static void
agenda_rebuild_cb (CtAgendaRow  *row,
                   guint         focus,
                   guint         part,
                   CtItemEditor *self)
{
  rebuild_agenda (self, focus, part);
}

static void
agenda_end_cb (CtItemEditor *self)
{
  ct_list_keys_focus_after (GTK_WIDGET (self->agenda_list));
}

static void
rebuild_agenda (CtItemEditor  *self,
                guint          focus,
                CtAgendaFocus  part)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->agenda_list))) != NULL)
    gtk_list_box_remove (self->agenda_list, child);
  for (guint i = 0; i < self->item->agenda->len; i++)
    {
      GtkWidget *row = ct_agenda_row_new (self->session, self->item, i,
                                          GTK_TREE_MODEL (self->units));

      g_signal_connect (row, "rebuild", G_CALLBACK (agenda_rebuild_cb), self);
      g_signal_connect_swapped (row, "end-list", G_CALLBACK (agenda_end_cb), self);
      gtk_list_box_append (self->agenda_list, row);
      if (i == focus)
        ct_agenda_row_focus (CT_AGENDA_ROW (row), part);
    }
}

static void
add_agenda_cb (CtItemEditor *self)
{
  ct_item_editor_add_agenda_item (self);
}

static void
load_units (CtItemEditor *self)
{
  g_autoptr(GPtrArray) names = ct_store_list_units (ct_session_get_store (self->session), NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  CtProgramme *p = ct_session_get_programme (self->session);

  self->units = gtk_list_store_new (1, G_TYPE_STRING);
  for (guint i = 0; names != NULL && i < names->len; i++)
    {
      g_hash_table_add (seen, ct_text_fold (g_ptr_array_index (names, i)));
      gtk_list_store_insert_with_values (self->units, NULL, -1, 0,
                                         g_ptr_array_index (names, i), -1);
    }
  /* Units typed in this programme but not saved yet complete too. */
  for (guint i = 0; i < p->sections->len; i++)
    {
      CtSection *s = g_ptr_array_index (p->sections, i);
      for (guint j = 0; j < s->items->len; j++)
        {
          CtItem *item = g_ptr_array_index (s->items, j);
          for (guint k = 0; k < item->agenda->len; k++)
            {
              const char *unit = ((CtAgendaItem *) g_ptr_array_index (item->agenda, k))->preparing_unit;
              g_autofree char *key = ct_text_fold (unit);

              if (*key == '\0' || !g_hash_table_add (seen, g_steal_pointer (&key)))
                continue;
              gtk_list_store_insert_with_values (self->units, NULL, -1, 0, unit, -1);
            }
        }
    }
}

static void
build_agenda (CtItemEditor *self)
{
  GtkWidget *group = new_group (self, _("Agenda"));
  GtkWidget *add = gtk_button_new_with_mnemonic (_("Add _Agenda Item"));

  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
    _("Each agenda item with the unit that prepares it. A new unit name is added to the "
      "directory. Enter adds the next item, Backspace in an empty one removes it, "
      "Ctrl+Enter ends the agenda."));
  gtk_widget_add_css_class (add, "flat");
  /* Beside a long description the header's suffix would take its height, or all the
   * width left: the button keeps its own size. */
  gtk_widget_set_halign (add, GTK_ALIGN_END);
  gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (add, "clicked", G_CALLBACK (add_agenda_cb), self);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), add);
  self->agenda_list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->agenda_list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->agenda_list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->agenda_list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Agenda"), -1);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->agenda_list));
  g_hash_table_insert (self->fields, "agenda", self->agenda_list);
  load_units (self);
  rebuild_agenda (self, G_MAXUINT, CT_AGENDA_FOCUS_TEXT);
}

static void
build_when (CtItemEditor *self,
            GtkWidget    *group)
{
  CtItem *item = self->item;
  CtSession *s = self->session;
  g_autofree char *start = ct_programme_item_key (item, "start_minute");
  g_autofree char *end = ct_programme_item_key (item, "end_minute");

  add_field (self, group, "day_part",
             ct_field_combo_row (_("Part of the Day"), day_part_labels, (int *) &item->day_part, s));
  add_field (self, group, "start_minute",
             ct_field_minute_row (_("Start Time (e.g. 8:30)"), &item->start_minute, start, s));
  if (item->kind == CT_ITEM_EVENT)
    add_field (self, group, "end_minute",
               ct_field_minute_row (_("End Time"), &item->end_minute, end, s));
}

static void
build_event (CtItemEditor *self)
{
  GtkWidget *group = new_group (self, _("Event"));
  GtkWidget *details = new_group (self, _("Who and Where"));
  CtItem *item = self->item;
  CtSession *s = self->session;
  GtkWidget *when = ct_when_row_new (s, item);

  add_title (self, group, _("Title"));
  /* Day, days, day part, time or wording: all typed in one row. */
  add_field (self, group, "when", when);
  g_hash_table_insert (self->fields, "date", when);
  g_hash_table_insert (self->fields, "end_date", when);
  g_hash_table_insert (self->fields, "vague_when", when);
  add_field (self, group, "tentative",
             ct_field_switch_row (_("Tentative (“Dự kiến”)"), &item->tentative, s));
  ct_item_attributes_add_text_rows (details, item, s, self->fields);
  build_text (self);
  build_agenda (self);
}

static void rebuild_exceptions (CtItemEditor *self);

static void
remove_exception_cb (GtkWidget    *button,
                     CtItemEditor *self)
{
  /* The list is rebuilt after each change: row i shows exception i. */
  GtkWidget *row = gtk_widget_get_ancestor (button, GTK_TYPE_LIST_BOX_ROW);
  int index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));

  g_return_if_fail (index >= 0 && (guint) index < self->item->exceptions->len);
  g_array_remove_index (self->item->exceptions, index);
  ct_session_edited (self->session, NULL);
  rebuild_exceptions (self);
}

static void
add_exception_cb (CtDateRow    *row,
                  CtItemEditor *self)
{
  gboolean typed;
  GDate date;

  ct_date_row_get_date (row, &date);
  if (!g_date_valid (&date) || ct_item_has_exception (self->item, &date))
    return;
  ct_item_add_exception (self->item, &date);
  ct_session_edited (self->session, NULL);
  typed = gtk_widget_get_focus_child (GTK_WIDGET (row)) != NULL;
  rebuild_exceptions (self);
  /* Typed and Enter pressed: the next exception is typed in the new row. */
  if (typed)
    gtk_widget_grab_focus (gtk_widget_get_last_child (GTK_WIDGET (self->exception_list)));
}

static void
rebuild_exceptions (CtItemEditor *self)
{
  GtkWidget *child, *add;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->exception_list))) != NULL)
    gtk_list_box_remove (self->exception_list, child);
  for (guint i = 0; i < self->item->exceptions->len; i++)
    {
      GDate *date = &g_array_index (self->item->exceptions, GDate, i);
      g_autofree char *day = ct_format_date_short (date);
      g_autofree char *title = g_strdup_printf ("%s (%s)", day,
                                                ct_format_weekday (g_date_get_weekday (date)));
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (remove, _("Remove Exception"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Remove Exception"), -1);
      g_signal_connect (remove, "clicked", G_CALLBACK (remove_exception_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      gtk_list_box_append (self->exception_list, row);
    }
  add = ct_date_row_new (_("Add an Exception Date"), FALSE);
  ct_date_row_set_commit_on_activate (CT_DATE_ROW (add), TRUE);
  suggest_in_period (self, add);
  g_signal_connect (add, "date-changed", G_CALLBACK (add_exception_cb), self);
  gtk_list_box_append (self->exception_list, add);
}

static void
build_recurring (CtItemEditor *self)
{
  GtkWidget *group = new_group (self, _("Recurring Item"));
  GtkWidget *details = new_group (self, _("Who and Where"));
  GtkWidget *exceptions = new_group (self, _("Exceptions"));
  CtItem *item = self->item;
  CtSession *s = self->session;

  add_title (self, group, C_("weekly item", "Title"));
  ct_item_attributes_add_rule (group, item, s, self->fields);
  build_when (self, group);
  add_field (self, group, "date",
             date_row (self, _("From (empty: start of the period)"), &item->start_date,
                       "start_date"));
  add_field (self, group, "end_date",
             date_row (self, _("Until (empty: end of the period)"), &item->end_date,
                       "end_date"));
  ct_item_attributes_add_text_rows (details, item, s, self->fields);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (exceptions),
                                         _("Days the recurring item does not take place."));
  self->exception_list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->exception_list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->exception_list), "boxed-list");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (exceptions),
                             GTK_WIDGET (self->exception_list));
  rebuild_exceptions (self);
  build_text (self);
}

/* A task: its text, then who carries it out and by when. */
static void
build_task (CtItemEditor *self)
{
  GtkWidget *group;
  GtkWidget *due;

  build_text (self);
  group = new_group (self, _("Responsibility"));
  ct_item_attributes_add_text_rows (group, self->item, self->session, self->fields);
  due = ct_when_row_new_due (self->session, self->item);
  g_hash_table_insert (self->fields, "when", due);
  g_hash_table_insert (self->fields, "end_date", due);
  g_hash_table_insert (self->fields, "vague_when", due);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), due);
}

static void
section_changed_cb (AdwComboRow  *row,
                    GParamSpec   *pspec,
                    CtItemEditor *self)
{
  guint section = adw_combo_row_get_selected (row);

  if (ct_programme_move_item (ct_session_get_programme (self->session), self->item->uuid,
                              section, G_MAXUINT))
    ct_session_edited (self->session, NULL);
}

static void
remove_cb (CtItemEditor *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.toast-undoable", "s", _("Item removed"));
  ct_programme_remove_item (ct_session_get_programme (self->session), self->item->uuid);
  ct_session_edited (self->session, NULL);
  g_signal_emit (self, signals[REMOVED], 0);
}

static void
build_placement (CtItemEditor *self)
{
  GtkWidget *group = new_group (self, _("Place in the Programme"));
  CtProgramme *p = ct_session_get_programme (self->session);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GtkWidget *row = adw_combo_row_new ();
  GtkWidget *remove = gtk_button_new_with_mnemonic (_("_Remove Item"));
  g_autoptr(GtkListItemFactory) factory = ct_field_wrapping_list_factory ();
  guint section = 0;

  for (guint i = 0; i < p->sections->len; i++)
    {
      g_autofree char *heading = ct_section_dup_heading (g_ptr_array_index (p->sections, i), i);
      gtk_string_list_append (names, heading);
    }
  ct_programme_locate_item (p, self->item->uuid, &section, NULL);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Section"));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (names));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), section);
  /* A heading runs to several lines: shown whole as the subtitle, wrapped, and whole in
   * the list. */
  adw_combo_row_set_use_subtitle (ADW_COMBO_ROW (row), TRUE);
  adw_combo_row_set_list_factory (ADW_COMBO_ROW (row), factory);
  g_signal_connect (row, "notify::selected", G_CALLBACK (section_changed_cb), self);
  add_field (self, group, "section", row);
  gtk_widget_add_css_class (remove, "destructive-action");
  gtk_widget_set_halign (remove, GTK_ALIGN_END);
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (remove, "clicked", G_CALLBACK (remove_cb), self);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), remove);
}

static void
ct_item_editor_dispose (GObject *object)
{
  CtItemEditor *self = CT_ITEM_EDITOR (object);

  g_clear_object (&self->session);
  g_clear_object (&self->units);
  g_clear_pointer (&self->item, ct_item_unref);
  g_clear_pointer (&self->fields, g_hash_table_unref);

  G_OBJECT_CLASS (ct_item_editor_parent_class)->dispose (object);
}

static void
ct_item_editor_class_init (CtItemEditorClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ct_item_editor_dispose;

  /**
   * CtItemEditor::removed:
   *
   * The item was removed from the programme; the form should close.
   */
  signals[REMOVED] = g_signal_new ("removed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
ct_item_editor_init (CtItemEditor *self)
{
  self->fields = g_hash_table_new (g_str_hash, g_str_equal);
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 24);
}

/**
 * ct_item_editor_new:
 * @session: the editing session
 * @uuid: the item to edit
 *
 * The form of one item: its section (moving it), then for a task its paragraphs; for an
 * event its title, dates (picker), day part or time, tentative switch, location, chair,
 * notes and agenda with preparing units; for a weekly item its weekdays, day part, time,
 * range and exception dates.
 *
 * Returns: (transfer floating) (nullable): a new form, %NULL if the item does not exist
 */
GtkWidget *
ct_item_editor_new (CtSession  *session,
                    const char *uuid)
{
  CtItem *item = ct_programme_find_item (ct_session_get_programme (session), uuid, NULL);
  g_autoptr(CtFormTarget) target = NULL;
  CtItemEditor *self;

  if (item == NULL)
    return NULL;
  self = g_object_new (CT_TYPE_ITEM_EDITOR, NULL);
  self->session = g_object_ref (session);
  self->item = ct_item_ref (item);
  build_placement (self);
  if (item->kind == CT_ITEM_EVENT)
    build_event (self);
  else if (item->kind == CT_ITEM_RECURRING)
    build_recurring (self);
  else
    build_task (self);
  target = ct_form_target_new_item (uuid);
  ct_paste_offer_watch (GTK_WIDGET (self), session, target);
  return GTK_WIDGET (self);
}

/**
 * ct_item_editor_get_uuid:
 * @self: a form
 *
 * Returns: (transfer none): the UUID of the item being edited
 */
const char *
ct_item_editor_get_uuid (CtItemEditor *self)
{
  g_return_val_if_fail (CT_IS_ITEM_EDITOR (self), NULL);
  return self->item->uuid;
}

/**
 * ct_item_editor_focus:
 * @self: a form
 * @field: (nullable): a field name of #CtCheckIssue ("title", "date", "paragraph",
 *   "agenda"); %NULL for the first field
 * @index: the agenda item for "agenda" (its preparing unit is focused when empty), or -1
 *
 * Puts the keyboard focus on a field.
 */
void
ct_item_editor_focus (CtItemEditor *self,
                      const char   *field,
                      int           index)
{
  GtkWidget *widget;

  g_return_if_fail (CT_IS_ITEM_EDITOR (self));

  if (field == NULL)
    field = self->item->kind == CT_ITEM_TASK ? "paragraph" : "title";
  if (g_strcmp0 (field, "agenda") == 0 && index >= 0 && self->agenda_list != NULL)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->agenda_list, index);
      CtAgendaItem *agenda = index < (int) self->item->agenda->len
                               ? g_ptr_array_index (self->item->agenda, index) : NULL;

      if (row != NULL && agenda != NULL)
        {
          ct_agenda_row_focus (CT_AGENDA_ROW (row), ct_text_is_blank (agenda->preparing_unit)
                                                    ? CT_AGENDA_FOCUS_UNIT
                                                    : CT_AGENDA_FOCUS_TEXT);
          return;
        }
    }
  widget = g_hash_table_lookup (self->fields, field);
  if (widget != NULL)
    gtk_widget_grab_focus (widget);
}

/**
 * ct_item_editor_add_agenda_item:
 * @self: the form of an event
 *
 * Appends an empty agenda item (an undo step) and puts the focus in its text.
 *
 * Returns: (transfer none) (nullable): the new agenda row, %NULL if the item is not an event
 */
GtkWidget *
ct_item_editor_add_agenda_item (CtItemEditor *self)
{
  g_return_val_if_fail (CT_IS_ITEM_EDITOR (self), NULL);

  if (self->agenda_list == NULL)
    return NULL;
  ct_item_add_agenda_item (self->item, "", NULL);
  ct_session_edited (self->session, NULL);
  rebuild_agenda (self, self->item->agenda->len - 1, CT_AGENDA_FOCUS_TEXT);
  return GTK_WIDGET (gtk_list_box_get_row_at_index (self->agenda_list,
                                                    self->item->agenda->len - 1));
}

/**
 * ct_item_editor_get_field:
 * @self: a form
 * @name: a #CtItem member name, e.g. "chair", "vague_when", "month_day", or "timing",
 *   "recurrence", "more_details"
 *
 * Returns: (transfer none) (nullable): the row editing it
 */
GtkWidget *
ct_item_editor_get_field (CtItemEditor *self,
                          const char   *name)
{
  g_return_val_if_fail (CT_IS_ITEM_EDITOR (self), NULL);
  return g_hash_table_lookup (self->fields, name);
}
