/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-when-row"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-check.h"
#include "ct-date-row.h"
#include "ct-date-time.h"
#include "ct-format.h"
#include "ct-programme-edit.h"
#include "ct-when-row.h"
#include "ct-when-text.h"

/* The "Thời gian" of an event, typed as the printed programme writes it ("thứ Ba 24/10",
 * "chiều 24/10 14:00", "24-25/10", "trong tháng"); the calendar beside it only helps.
 * What cannot be a date stays in the row as typed, with the reason beside it: the
 * programme keeps it (#CtProgramme.unread_texts, saved with it) and its last good date,
 * and the check lists it until it is put right.
 * A task's row reads its due day the same way ("15/12", "thứ Sáu 15/12") or its due time
 * in words ("quý IV", "trước 15/12", "thường xuyên"). */

struct _CtWhenRow
{
  AdwEntryRow parent_instance;

  CtSession *session;
  CtItem *item;
  GtkWidget *status;
  GtkMenuButton *pick;
  GtkCalendar *calendar;
  CtWhenText snapshot;  /* the item's timing when the row got the focus */
  char *snapshot_vague;
  gboolean updating;
  gboolean due;  /* a task's due day: one day, no time of day, held in end_date */
};

G_DEFINE_FINAL_TYPE (CtWhenRow, ct_when_row, ADW_TYPE_ENTRY_ROW)

/* The key of the text typed kept by the programme while it is no date. */
static char *
unread_key (CtWhenRow *self)
{
  return ct_programme_item_key (self->item, self->due ? "due" : "when");
}

/* Days from @day to the programme's period, 0 inside it. */
static guint
days_from_period (CtWhenRow   *self,
                  const GDate *day)
{
  GDate first, last;
  guint32 julian = g_date_get_julian (day);

  ct_programme_get_period_range (ct_session_get_programme (self->session), &first, &last);
  if (!g_date_valid (&first) || !g_date_valid (&last))
    return 0;
  if (julian < g_date_get_julian (&first))
    return g_date_get_julian (&first) - julian;
  if (julian > g_date_get_julian (&last))
    return julian - g_date_get_julian (&last);
  return 0;
}

/* A day typed without its year is taken in the year that puts it nearest the
 * programme's period: "15/12" in January 2027's programme is 15/12/2026. A weekday that
 * does not match is still said to be wrong: only nearness chooses the year. */
static void
parse_near_period (CtWhenRow  *self,
                   const char *text,
                   CtWhenText *when)
{
  int year = ct_session_get_programme (self->session)->period_year;

  ct_when_text_parse (text, year, when);
  /* A task is due after its programme, not before: its year is the period's. */
  for (int delta = -1; delta <= 1 && !self->due; delta += 2)
    {
      CtWhenText other;
      GDate same;
      GDateDay day;

      ct_when_text_parse (text, year + delta, &other);
      if (other.kind != CT_WHEN_TEXT_DATE || g_date_get_year (&other.first) != year + delta)
        {
          ct_when_text_clear (&other);
          continue;
        }
      /* The same day in the period's year (29/02 taken as 28/02 where there is none). */
      day = g_date_get_day (&other.first);
      while (!g_date_valid_dmy (day, g_date_get_month (&other.first), year))
        day--;
      g_date_clear (&same, 1);
      g_date_set_dmy (&same, day, g_date_get_month (&other.first), year);
      if (days_from_period (self, &other.first) < days_from_period (self, &same))
        {
          ct_when_text_clear (when);
          *when = other;
          return;
        }
      ct_when_text_clear (&other);
    }
}

static void
take_snapshot (CtWhenRow *self)
{
  CtItem *item = self->item;

  self->snapshot.kind = item->vague_when ? CT_WHEN_TEXT_VAGUE : CT_WHEN_TEXT_DATE;
  self->snapshot.first = item->start_date;
  self->snapshot.last = item->end_date;
  self->snapshot.day_part = item->day_part;
  self->snapshot.start_minute = item->start_minute;
  self->snapshot.end_minute = item->end_minute;
  g_free (self->snapshot_vague);
  self->snapshot_vague = g_strdup (item->vague_when);
}

/* Usual wordings of the document (not translated). */
static const char *const event_suggestions[] = {
  "trong tháng", "tuần 2", "đầu tháng", "theo giấy triệu tập",
  "thời gian cụ thể thông báo sau", NULL,
};
static const char *const task_suggestions[] = {
  "trong tháng", "thường xuyên", "quý II", "trước ngày 15", NULL,
};

static void
suggestion_cb (GtkButton *button,
               GtkWidget *row)
{
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_POPOVER);

  gtk_popover_popdown (GTK_POPOVER (popover));
  gtk_editable_set_text (GTK_EDITABLE (row), gtk_button_get_label (button));
  gtk_widget_grab_focus (row);
  gtk_editable_set_position (GTK_EDITABLE (row), -1);
}

/* The usual wordings in a menu beside the entry: typed text stays free. */
static GtkWidget *
suggestions_button (GtkWidget         *row,
                    const char *const *suggestions)
{
  GtkWidget *menu = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  for (guint i = 0; suggestions[i] != NULL; i++)
    {
      GtkWidget *button = gtk_button_new_with_label (suggestions[i]);

      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_halign (gtk_button_get_child (GTK_BUTTON (button)), GTK_ALIGN_START);
      g_signal_connect (button, "clicked", G_CALLBACK (suggestion_cb), row);
      gtk_box_append (GTK_BOX (box), button);
    }
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (menu), popover);
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu), "view-list-symbolic");
  gtk_widget_add_css_class (menu, "flat");
  gtk_widget_set_valign (menu, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (menu, _("Usual Wordings"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (menu), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Usual Wordings"), -1);
  return menu;
}

static void
focus_enter_cb (CtWhenRow *self)
{
  take_snapshot (self);
}

/* Writes what was read into the event; one undo step for the typing in this row. */
static void
write_item (CtWhenRow        *self,
            const CtWhenText *when,
            const char       *text)
{
  CtItem *item = self->item;
  const char *vague = when->kind == CT_WHEN_TEXT_VAGUE ? text : NULL;
  g_autofree char *key = g_strdup_printf ("field:%p", (gpointer) &item->start_date);

  /* New wording for an event already in words keeps its window and time. */
  if (vague != NULL && item->vague_when != NULL)
    {
      if (g_strcmp0 (item->vague_when, vague) == 0)
        return;
      g_free (item->vague_when);
      item->vague_when = g_strdup (vague);
      ct_session_edited (self->session, key);
      return;
    }
  if (self->due)
    {
      GDate none;

      /* The due day is the item's last day; a task has no first day. */
      g_date_clear (&none, 1);
      if (ct_date_equal (&item->start_date, &none) &&
          ct_date_equal (&item->end_date, &when->first) &&
          g_strcmp0 (item->vague_when, vague) == 0)
        return;
      item->start_date = none;
      item->end_date = when->first;
    }
  else if (ct_date_equal (&item->start_date, &when->first) &&
           ct_date_equal (&item->end_date, &when->last) &&
           item->day_part == when->day_part && item->start_minute == when->start_minute &&
           item->end_minute == when->end_minute && g_strcmp0 (item->vague_when, vague) == 0)
    return;
  else
    {
      item->start_date = when->first;
      item->end_date = when->last;
    }
  item->day_part = when->day_part;
  item->start_minute = when->start_minute;
  item->end_minute = when->end_minute;
  g_free (item->vague_when);
  item->vague_when = g_strdup (vague);
  ct_session_edited (self->session, key);
}

static void
write_snapshot (CtWhenRow *self)
{
  CtItem *item = self->item;
  g_autofree char *key = g_strdup_printf ("field:%p", (gpointer) &item->start_date);

  if (ct_date_equal (&item->start_date, &self->snapshot.first) &&
      ct_date_equal (&item->end_date, &self->snapshot.last) &&
      item->day_part == self->snapshot.day_part &&
      item->start_minute == self->snapshot.start_minute &&
      item->end_minute == self->snapshot.end_minute &&
      g_strcmp0 (item->vague_when, self->snapshot_vague) == 0)
    return;
  item->start_date = self->snapshot.first;
  item->end_date = self->snapshot.last;
  item->day_part = self->snapshot.day_part;
  item->start_minute = self->snapshot.start_minute;
  item->end_minute = self->snapshot.end_minute;
  g_free (item->vague_when);
  item->vague_when = g_strdup (self->snapshot_vague);
  ct_session_edited (self->session, key);
}

/* A due day typed without its year takes the period's: where that puts it far from the
 * period, the status says which day was taken and how to type the other (see
 * ct_check_due_far()); the day is kept, the text is no error. */
static char *
due_far_warning (CtWhenRow        *self,
                 const char       *text,
                 const CtWhenText *when)
{
  CtProgramme *programme = ct_session_get_programme (self->session);
  CtWhenText other;
  gboolean typed_year;

  if (!self->due || when->kind != CT_WHEN_TEXT_DATE)
    return NULL;
  ct_when_text_parse (text, programme->period_year + 1, &other);
  typed_year = other.kind == CT_WHEN_TEXT_DATE && ct_date_equal (&other.first, &when->first);
  ct_when_text_clear (&other);
  return typed_year ? NULL : ct_check_due_far_message (programme, &when->first);
}

/* The whole value in words, with the year and the time: what was read is seen as it
 * will be kept. */
static char *
describe (const CtWhenText *when)
{
  switch (when->kind)
    {
    case CT_WHEN_TEXT_DATE:
      return ct_when_text_describe (&when->first, &when->last, when->day_part,
                                    when->start_minute, when->end_minute);
    case CT_WHEN_TEXT_VAGUE:
      return g_strdup (_("Printed as typed"));
    case CT_WHEN_TEXT_INVALID:
      return g_strdup (when->error);
    case CT_WHEN_TEXT_EMPTY:
    default:
      return g_strdup ("");
    }
}

/* A due time is one day, or words: several days or a time of day are said to be wrong,
 * never dropped. */
static void
due_only (CtWhenText *when)
{
  const char *error = NULL;

  if (when->kind != CT_WHEN_TEXT_DATE)
    return;
  if (g_date_valid (&when->last))
    error = _("A task is due on one day: type its last day only");
  else if (when->day_part != CT_DAY_PART_NONE || when->start_minute != CT_NO_TIME)
    error = _("A due date is a day, without a time of day");
  if (error == NULL)
    return;
  ct_when_text_clear (when);
  when->kind = CT_WHEN_TEXT_INVALID;
  when->error = g_strdup (error);
}

/* The texts typed in these rows, by item key, while their item stays open: a form
 * built again for it (an undo, a redo) shows a text that still reads as the item's
 * value as it was typed, not written anew. */
#define TYPED_KEY "ct-when-row-typed"

static GHashTable *
typed_texts (CtSession *session)
{
  GHashTable *texts = g_object_get_data (G_OBJECT (session), TYPED_KEY);

  if (texts == NULL)
    {
      texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      g_object_set_data_full (G_OBJECT (session), TYPED_KEY, texts,
                              (GDestroyNotify) g_hash_table_unref);
    }
  return texts;
}

static void
remember_typed (CtWhenRow  *self,
                const char *text)
{
  g_hash_table_insert (typed_texts (self->session), unread_key (self), g_strdup (text));
}

static const char *
typed_text (CtWhenRow *self)
{
  g_autofree char *key = unread_key (self);

  return g_hash_table_lookup (typed_texts (self->session), key);
}

/* Whether @text reads as the item's timing as it is now. */
static gboolean
reads_as_item (CtWhenRow  *self,
               const char *text)
{
  CtItem *item = self->item;
  CtWhenText when;
  gboolean same;

  parse_near_period (self, text, &when);
  if (self->due)
    due_only (&when);
  switch (when.kind)
    {
    case CT_WHEN_TEXT_VAGUE:
      same = g_strcmp0 (item->vague_when, text) == 0;
      break;
    case CT_WHEN_TEXT_DATE:
      same = item->vague_when == NULL &&
             (self->due ? ct_date_equal (&item->end_date, &when.first) :
              ct_date_equal (&item->start_date, &when.first) &&
              ct_date_equal (&item->end_date, &when.last) &&
              item->day_part == when.day_part && item->start_minute == when.start_minute &&
              item->end_minute == when.end_minute);
      break;
    case CT_WHEN_TEXT_EMPTY:
    case CT_WHEN_TEXT_INVALID:
    default:
      same = FALSE;
    }
  ct_when_text_clear (&when);
  return same;
}

/**
 * ct_when_row_forget_typed:
 * @session: the editing session
 *
 * Forgets the texts typed in these rows: their item was closed, and the rows built for
 * it next show its timing written in full (ct_when_text_format()).
 */
void
ct_when_row_forget_typed (CtSession *session)
{
  g_object_set_data (G_OBJECT (session), TYPED_KEY, NULL);
}

/* Keeps @text in the programme as typed (%NULL: forgets it); an edit of its own when
 * the date itself stays. */
static void
keep_text (CtWhenRow  *self,
           const char *text)
{
  g_autofree char *key = unread_key (self);
  g_autofree char *merge = g_strdup_printf ("field:%p", (gpointer) &self->item->start_date);

  if (ct_programme_set_unread_text (ct_session_get_programme (self->session), key, text))
    ct_session_edited (self->session, merge);
}

static void
update (CtWhenRow *self,
        gboolean   write)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self));
  g_autofree char *status = NULL;
  gboolean invalid;
  CtWhenText when;

  if (self->updating)
    return;
  parse_near_period (self, text, &when);
  if (self->due)
    due_only (&when);
  invalid = when.kind == CT_WHEN_TEXT_INVALID;
  status = due_far_warning (self, text, &when);
  if (status != NULL)
    gtk_widget_add_css_class (self->status, "warning");
  else
    {
      gtk_widget_remove_css_class (self->status, "warning");
      status = describe (&when);
    }
  gtk_label_set_text (GTK_LABEL (self->status), status);
  gtk_widget_set_visible (self->status, *status != '\0');
  if (invalid)
    {
      /* Typing "31/02" passed through "31", wording, and "31/0": none of it stays. */
      if (write)
        {
          write_snapshot (self);
          keep_text (self, text);
        }
      gtk_widget_add_css_class (GTK_WIDGET (self), "error");
      gtk_widget_add_css_class (self->status, "error");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self), "error");
      gtk_widget_remove_css_class (self->status, "error");
      if (write)
        {
          write_item (self, &when, text);
          keep_text (self, NULL);
          remember_typed (self, text);
        }
    }
  ct_when_text_clear (&when);
  if (write)
    gtk_widget_activate_action (GTK_WIDGET (self), "editor.refresh-check", NULL);
}

static void
changed_cb (CtWhenRow *self)
{
  update (self, TRUE);
}

/* The day opened in the calendar: the event's, else the first of the programme's period. */
static void
show_in_calendar (CtWhenRow *self)
{
  GDate day, last;
  g_autoptr(GDateTime) dt = NULL;

  day = self->due ? self->item->end_date : self->item->start_date;
  if (!g_date_valid (&day))
    ct_programme_get_period_range (ct_session_get_programme (self->session), &day, &last);
  if (!g_date_valid (&day))
    return;
  dt = g_date_time_new_local (g_date_get_year (&day), g_date_get_month (&day),
                              g_date_get_day (&day), 0, 0, 0);
  self->updating = TRUE;
  gtk_calendar_select_day (self->calendar, dt);
  self->updating = FALSE;
}

/* A day picked keeps the day part and the time already typed. */
static void
pick_day (CtWhenRow *self)
{
  g_autoptr(GDateTime) picked = gtk_calendar_get_date (self->calendar);
  g_autofree char *text = NULL;
  GDate day;

  g_date_clear (&day, 1);
  g_date_set_dmy (&day, g_date_time_get_day_of_month (picked), g_date_time_get_month (picked),
                  g_date_time_get_year (picked));
  if (self->due || self->item->vague_when != NULL)
    text = ct_when_text_format (&day, NULL, CT_DAY_PART_NONE, CT_NO_TIME, CT_NO_TIME);
  else
    text = ct_when_text_format (&day, NULL, self->item->day_part, self->item->start_minute,
                                self->item->end_minute);
  gtk_menu_button_popdown (self->pick);
  gtk_editable_set_text (GTK_EDITABLE (self), text);
  gtk_editable_set_position (GTK_EDITABLE (self), -1);
}

static void
day_selected_cb (CtWhenRow *self)
{
  if (!self->updating && !ct_date_row_calendar_is_moving (self->calendar))
    pick_day (self);
}

static void
enter_pick (gpointer data)
{
  pick_day (data);
}

static void
popover_show_cb (CtWhenRow *self)
{
  show_in_calendar (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->calendar));
}

static void
ct_when_row_dispose (GObject *object)
{
  CtWhenRow *self = CT_WHEN_ROW (object);

  g_clear_object (&self->session);
  g_clear_pointer (&self->item, ct_item_unref);
  g_clear_pointer (&self->snapshot_vague, g_free);

  G_OBJECT_CLASS (ct_when_row_parent_class)->dispose (object);
}

static void
ct_when_row_class_init (CtWhenRowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ct_when_row_dispose;
}

/* The status goes under the field, as wide as the row: beside it, in what room the
 * field leaves, a reason why the text is no date would wrap into a narrow column. The
 * entry row's own header keeps its look by the measures its theme gives it in a row. */
static void
put_status_under (CtWhenRow *self)
{
  GtkWidget *header = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (self));
  GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  g_object_ref (header);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), column);
  gtk_box_append (GTK_BOX (column), header);
  g_object_unref (header);
  gtk_widget_set_margin_start (header, 12);
  gtk_widget_set_margin_end (header, 12);
  gtk_widget_set_size_request (header, -1, 50);
  gtk_box_set_spacing (GTK_BOX (header), 6);
  gtk_box_set_spacing (GTK_BOX (gtk_widget_get_parent (GTK_WIDGET (self->pick))), 6);
  gtk_widget_set_margin_start (self->status, 12);
  gtk_widget_set_margin_end (self->status, 12);
  gtk_widget_set_margin_bottom (self->status, 8);
  gtk_box_append (GTK_BOX (column), self->status);
}

static void
ct_when_row_init (CtWhenRow *self)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  self->status = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->status), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (self->status), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (self->status), 0);
  gtk_widget_add_css_class (self->status, "dim-label");
  self->calendar = GTK_CALENDAR (gtk_calendar_new ());
  ct_date_row_take_enter (self->calendar, enter_pick, self);
  g_signal_connect_swapped (self->calendar, "day-selected", G_CALLBACK (day_selected_cb), self);
  gtk_popover_set_child (GTK_POPOVER (popover), GTK_WIDGET (self->calendar));
  g_signal_connect_swapped (popover, "show", G_CALLBACK (popover_show_cb), self);
  self->pick = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_icon_name (self->pick, "x-office-calendar-symbolic");
  gtk_menu_button_set_popover (self->pick, popover);
  gtk_widget_set_valign (GTK_WIDGET (self->pick), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (self->pick), "flat");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->pick), _("Pick a Day"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->pick), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Pick a Day"), -1);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (self), GTK_WIDGET (self->pick));
  put_status_under (self);
  g_signal_connect_swapped (focus, "enter", G_CALLBACK (focus_enter_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);
}

static char *
text_of_item (CtWhenRow *self)
{
  CtItem *item = self->item;
  g_autofree char *key = unread_key (self);
  const char *pending = ct_programme_get_unread_text (ct_session_get_programme (self->session),
                                                      key);

  const char *typed = typed_text (self);

  if (pending != NULL)
    return g_strdup (pending);
  if (typed != NULL && reads_as_item (self, typed))
    return g_strdup (typed);
  if (item->vague_when != NULL)
    return g_strdup (item->vague_when);
  if (self->due)
    return ct_when_text_format (&item->end_date, NULL, CT_DAY_PART_NONE, CT_NO_TIME, CT_NO_TIME);
  return ct_when_text_format (&item->start_date, &item->end_date, item->day_part,
                              item->start_minute, item->end_minute);
}

static GtkWidget *
when_row_new (CtSession  *session,
              CtItem     *item,
              gboolean    due,
              const char *title)
{
  CtWhenRow *self = g_object_new (CT_TYPE_WHEN_ROW, NULL);
  g_autofree char *text = NULL;

  self->session = g_object_ref (session);
  self->item = ct_item_ref (item);
  self->due = due;
  take_snapshot (self);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (self),
                            suggestions_button (GTK_WIDGET (self),
                                                due ? task_suggestions : event_suggestions));
  text = text_of_item (self);
  gtk_editable_set_text (GTK_EDITABLE (self), text);
  /* Shows the weekday or the reason; the item is as it was. */
  update (self, FALSE);
  g_signal_connect (self, "changed", G_CALLBACK (changed_cb), NULL);
  return GTK_WIDGET (self);
}

/**
 * ct_when_row_new:
 * @session: the editing session
 * @item: an event
 *
 * The event's "Thời gian" typed in one row: its day or days, day part, time, or wording
 * without a day (see ct_when_text_parse()), with the value read in words (weekday, day,
 * year, time: ct_when_text_describe()), or the reason it is no date, shown under it; the
 * text typed stays as typed while the item is open, and is shown written in full
 * (ct_when_text_format()) when it is opened again; a calendar opens on the event's day
 * or the programme's period (Enter picks the day reached with the arrow keys).
 *
 * Returns: (transfer floating): a new row
 */
GtkWidget *
ct_when_row_new (CtSession *session,
                 CtItem    *item)
{
  GtkWidget *row = when_row_new (session, item, FALSE,
                                 /* Translators: the example is typed as it is, in the
                                  * document's words. */
                                 _("When, e.g. thứ Ba 15/12 7h30"));

  gtk_widget_set_tooltip_text (row, _("A day as the programme writes it: thứ Ba 15/12, "
                                      "chiều 15/12 14h, 15-16/12, or words such as "
                                      "trong tháng"));
  return row;
}

/**
 * ct_when_row_new_due:
 * @session: the editing session
 * @item: a task
 *
 * The task's due time typed in one row: a day ("15/12", "thứ Sáu 15/12"), kept as its
 * #CtItem.end_date, or words ("quý IV", "trước 15/12", "thường xuyên"), printed as typed.
 * Several days or a time of day are shown as wrong, and not kept. A day typed without
 * its year takes the period's; where that is far from the period, the line under the
 * row says which day was taken and how to type the other (ct_check_due_far_message()).
 *
 * Returns: (transfer floating): a new row
 */
GtkWidget *
ct_when_row_new_due (CtSession *session,
                     CtItem    *item)
{
  GtkWidget *row = when_row_new (session, item, TRUE,
                                 /* Translators: the examples are typed as they are, in
                                  * the document's words. */
                                 _("Due, e.g. 20/12 or quý II"));

  gtk_widget_set_tooltip_text (row, _("A day (20/12, without a year: the programme’s "
                                      "year) or words such as trước 15/12, quý IV, "
                                      "thường xuyên"));
  return row;
}

/**
 * ct_when_row_get_status:
 * @self: a row
 *
 * Returns: (transfer none): the label showing the weekday read or what is wrong
 */
GtkWidget *
ct_when_row_get_status (CtWhenRow *self)
{
  g_return_val_if_fail (CT_IS_WHEN_ROW (self), NULL);
  return self->status;
}

/**
 * ct_when_row_get_calendar:
 * @self: a row
 *
 * Returns: (transfer none): the picker's calendar
 */
GtkWidget *
ct_when_row_get_calendar (CtWhenRow *self)
{
  g_return_val_if_fail (CT_IS_WHEN_ROW (self), NULL);
  return GTK_WIDGET (self->calendar);
}
