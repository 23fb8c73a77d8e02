/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-week-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-item-editor.h"
#include "ct-print.h"
#include "ct-week-page-private.h"

/* What the clerk changes from the week page goes into the week's own programme, never into
 * the issued month programme: an item of the week alone ("phát sinh", "bổ sung"), or an
 * item standing for a month's one, moved or changed ("điều chỉnh") or postponed ("hoãn").
 * The week's programme is made when absent, its header and signature taken from the
 * month's. When it is the open programme the change goes through its session (undo,
 * autosave); else it is saved in a worker thread and the week read again. */

/* A change saved in the background, and what follows it. */
typedef struct
{
  CtWeekPage *page;       /* (owned) */
  CtProgramme *programme; /* (owned) the week's programme as saved */
  char *uuid;             /* the item changed */
  gboolean open;          /* open it in the editor once saved */
  char *done;             /* (nullable) the toast once saved */
} SaveJob;

static void
save_job_free (SaveJob *job)
{
  g_object_unref (job->page);
  ct_programme_unref (job->programme);
  g_free (job->uuid);
  g_free (job->done);
  g_free (job);
}

/* The shown programmes, the month's first. NULL with a toast while the week is read. */
static GPtrArray *
sorted_programmes (CtWeekPage *self)
{
  GPtrArray *programmes;

  if (ct_week_page_get_loading (self))
    {
      ct_week_page_toast (self, _("The week is still being read from the database. Try "
                                  "again in a moment."));
      return NULL;
    }
  programmes = ct_week_page_programmes (self);
  g_ptr_array_sort (programmes, ct_week_compare_programmes);
  return programmes;
}

/* The week's own programme among @programmes, or NULL. */
static CtProgramme *
find_week_programme (CtWeekPage *self,
                     GPtrArray  *programmes)
{
  for (guint i = 0; i < programmes->len; i++)
    {
      CtProgramme *p = g_ptr_array_index (programmes, i);

      if (p->period_kind == CT_PERIOD_KIND_WEEK && p->period_year == self->iso_year &&
          p->period_index == self->week)
        return p;
    }
  return NULL;
}

static CtProgramme *
find_month_programme (GPtrArray *programmes)
{
  for (guint i = 0; i < programmes->len; i++)
    {
      CtProgramme *p = g_ptr_array_index (programmes, i);

      if (p->period_kind != CT_PERIOD_KIND_WEEK)
        return p;
    }
  return NULL;
}

static void
saved_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  SaveJob *job = user_data;
  g_autoptr(GError) error = NULL;

  if (!ct_store_save_programme_finish (CT_STORE (source), result, &error))
    {
      g_autofree char *message = g_strdup_printf (
        /* Translators: %s says why the database refused the change. */
        _("The week’s programme could not be saved: %s"), error->message);

      ct_week_page_toast (job->page, message);
      ct_week_page_start_load (job->page);
      save_job_free (job);
      return;
    }
  ct_week_page_start_load (job->page);
  if (job->done != NULL)
    ct_week_page_toast (job->page, job->done);
  if (job->open)
    ct_week_page_open_item (job->page, job->programme->id, job->uuid);
  save_job_free (job);
}

/* A change of the week's programme: applied to @programme, it returns whether it did. */
typedef gboolean (*WeekChange) (CtProgramme *programme,
                                gpointer     data);

/* Applies @change to the week's programme, made when absent (with @programmes' month
 * header); then @done as a toast, and the item @uuid opened in the editor when @open. */
static void
change_week (CtWeekPage *self,
             GPtrArray  *programmes,
             WeekChange  change,
             gpointer    data,
             const char *uuid,
             gboolean    open,
             const char *done)
{
  CtProgramme *week = find_week_programme (self, programmes);
  CtProgramme *live = self->session ? ct_session_get_programme (self->session) : NULL;
  SaveJob *job;

  if (week != NULL && week == live)
    {
      g_autofree char *kept = g_strdup (uuid);

      if (!change (live, data))
        return;
      ct_session_edited (self->session, NULL);
      if (done != NULL)
        ct_week_page_toast (self, done);
      if (open)
        ct_week_page_open_item (self, live->id, kept);
      return;
    }
  if (self->store == NULL)
    return;
  job = g_new0 (SaveJob, 1);
  job->page = g_object_ref (self);
  job->programme = week != NULL ? ct_programme_copy (week)
                                : ct_week_programme_new (find_month_programme (programmes),
                                                         self->iso_year, self->week);
  job->uuid = g_strdup (uuid);
  job->open = open;
  job->done = g_strdup (done);
  if (!change (job->programme, data))
    {
      save_job_free (job);
      return;
    }
  ct_store_save_programme_async (self->store, job->programme, NULL, saved_cb, job);
}

typedef struct
{
  CtItem *item;
  const char *section_title;
} Addition;

static gboolean
add_item (CtProgramme *programme,
          gpointer     data)
{
  Addition *addition = data;

  ct_section_add_item (ct_week_programme_section (programme, addition->section_title),
                       ct_item_ref (addition->item));
  return TRUE;
}

/* Adds @item (taken) to the week's programme in the section @section_title. */
static void
add_to_week (CtWeekPage *self,
             GPtrArray  *programmes,
             CtItem     *item,
             const char *section_title,
             gboolean    open,
             const char *done)
{
  Addition addition = { item, section_title };

  change_week (self, programmes, add_item, &addition, item->uuid, open, done);
  ct_item_unref (item);
}

/* week.add-item (the day, 0 for Monday): a new event of the week alone on that day,
 * opened in the editor with the focus on its title. */
static void
add_item_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  CtWeekPage *self = CT_WEEK_PAGE (widget);
  int day = g_variant_get_int32 (parameter);
  g_autoptr(GPtrArray) programmes = NULL;
  GDate date, last;

  if (day < 0 || day > 6 || (programmes = sorted_programmes (self)) == NULL)
    return;
  ct_week_page_week_range (self, &date, &last);
  g_date_add_days (&date, day);
  /* The section of what arises in the week, as offices title it. */
  add_to_week (self, programmes, ct_item_new_event (NULL, &date), "Phát sinh", TRUE, NULL);
}

/* The item of a month programme shown whose UUID is @uuid, and its section's title. */
static CtItem *
find_month_item (GPtrArray   *programmes,
                 const char  *uuid,
                 const char **section_title)
{
  for (guint i = 0; i < programmes->len; i++)
    {
      CtProgramme *p = g_ptr_array_index (programmes, i);
      CtSection *section = NULL;
      CtItem *item;

      if (p->period_kind == CT_PERIOD_KIND_WEEK)
        continue;
      item = ct_programme_find_item (p, uuid, &section);
      if (item != NULL)
        {
          *section_title = section->title;
          return item;
        }
    }
  return NULL;
}

/* week.adjust and week.postpone (a month item's UUID): a copy of a month event in the
 * week's programme that stands for it, opened to be changed, or marked postponed. */
static void
link_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CtWeekPage *self = CT_WEEK_PAGE (widget);
  gboolean postpone = g_str_equal (action_name, "week.postpone");
  g_autoptr(GPtrArray) programmes = NULL;
  const char *section_title = NULL;
  g_autofree char *done = NULL;
  CtItem *month_item;

  if ((programmes = sorted_programmes (self)) == NULL)
    return;
  month_item = find_month_item (programmes, g_variant_get_string (parameter, NULL),
                                &section_title);
  if (month_item == NULL || month_item->kind != CT_ITEM_EVENT)
    {
      ct_week_page_toast (self, _("Only an event of the month programme can be adjusted or "
                                  "postponed for the week."));
      return;
    }
  if (postpone)
    /* Translators: toast after a month's event was marked postponed in the week's
     * programme; %s is its title. */
    done = g_strdup_printf (_("“%s” is marked postponed this week"),
                            month_item->title ? month_item->title : "");
  add_to_week (self, programmes, ct_week_item_new_linked (month_item, postpone),
               section_title, !postpone, done);
}

typedef struct
{
  const char *uuid;
  int step;
} Move;

static gboolean
move_item (CtProgramme *programme,
           gpointer     data)
{
  Move *move = data;
  CtSection *section = NULL;
  CtItem *item = ct_programme_find_item (programme, move->uuid, &section);
  guint index;

  if (item == NULL || !g_ptr_array_find (section->items, item, &index) ||
      (int) index + move->step < 0 || index + move->step >= section->items->len)
    return FALSE;
  section->items->pdata[index] = section->items->pdata[index + move->step];
  section->items->pdata[index + move->step] = item;
  return TRUE;
}

/* Whether @a and @b are entries of one day that the schedule orders by their place in
 * the programme alone: the same programme and section, day part and time. */
static gboolean
same_slot (const CtWeekEntry *a,
           const CtWeekEntry *b)
{
  return a->programme == b->programme && a->occurrence->section == b->occurrence->section &&
         a->occurrence->day_part == b->occurrence->day_part &&
         a->occurrence->start_minute == b->occurrence->start_minute;
}

/* week.move (-1 up, 1 down; Alt+Up, Alt+Down on a row): the focused entry changes places
 * with its neighbour of the same day, day part and time, in the week's programme, so
 * that every output keeps the new order. The month programme as issued is not
 * reordered. */
static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CtWeekPage *self = CT_WEEK_PAGE (widget);
  int step = g_variant_get_int32 (parameter) < 0 ? -1 : 1;
  g_autoptr(GPtrArray) programmes = NULL;
  const CtWeekEntry *entry = NULL, *other = NULL;
  CtProgramme *week;
  Move move;

  if (!ct_week_page_get_focused_entry (self, &entry) ||
      (programmes = sorted_programmes (self)) == NULL)
    return;
  other = ct_week_page_get_neighbour (self, entry, step);
  week = find_week_programme (self, programmes);
  if (other == NULL || !same_slot (entry, other))
    {
      ct_week_page_toast (self, _("Only items of the same day, day part and time can change "
                                  "places."));
      return;
    }
  if (week == NULL || entry->programme != week)
    {
      ct_week_page_toast (self, _("The order of the issued month programme is kept. Adjust "
                                  "its items for this week first to change their order."));
      return;
    }
  move.uuid = entry->occurrence->item->uuid;
  move.step = step;
  g_free (self->focus_uuid);
  self->focus_uuid = g_strdup (move.uuid);
  change_week (self, programmes, move_item, &move, move.uuid, FALSE, NULL);
}

/* The edit dialog closes: a session of its own saves what was typed before it goes, and
 * the week is read again. */
static gboolean
edit_close_cb (GtkWindow  *dialog,
               CtWeekPage *self)
{
  CtSession *own = g_object_get_data (G_OBJECT (dialog), "ct-own-session");
  g_autoptr(GError) error = NULL;

  if (own != NULL)
    {
      if (!ct_session_flush (own, &error))
        {
          g_autofree char *message = g_strdup_printf (
            _("The week’s programme could not be saved: %s"), error->message);

          ct_week_page_toast (self, message);
          return TRUE;
        }
      ct_week_page_start_load (self);
    }
  return FALSE;
}

/* week.edit (a programme's id and an item's UUID; E on a row): the item's fields (time,
 * title, chair, participants, location, preparing unit…) in a dialog over the page, the
 * editor's own form, saved to the item's programme: through the open session when it is
 * that programme's (undo), else through a session of the dialog's own. */
static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CtWeekPage *self = CT_WEEK_PAGE (widget);
  CtProgramme *live = self->session ? ct_session_get_programme (self->session) : NULL;
  g_autoptr(CtSession) own = NULL;
  CtSession *session = NULL;
  GtkWidget *dialog, *toolbar, *header, *scrolled, *editor, *clamp;
  GtkRoot *root = gtk_widget_get_root (widget);
  const char *uuid;
  gint64 id;

  g_variant_get (parameter, "(x&s)", &id, &uuid);
  if (live != NULL && live->id == id)
    session = self->session;
  for (guint i = 0; session == NULL && self->loaded != NULL && i < self->loaded->len; i++)
    {
      CtProgramme *p = g_ptr_array_index (self->loaded, i);

      if (p->id == id && self->store != NULL)
        session = own = ct_session_new (self->store, p);
    }
  if (session == NULL ||
      ct_programme_find_item (ct_session_get_programme (session), uuid, NULL) == NULL)
    return;
  dialog = adw_window_new ();
  /* Translators: title of the dialog editing an item from the week page */
  gtk_window_set_title (GTK_WINDOW (dialog), _("Edit Item"));
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (dialog), 640, 600);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  toolbar = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  gtk_box_append (GTK_BOX (toolbar), header);
  editor = ct_item_editor_new (session, uuid);
  clamp = adw_clamp_new ();
  adw_clamp_set_child (ADW_CLAMP (clamp), editor);
  gtk_widget_set_margin_start (clamp, 12);
  gtk_widget_set_margin_end (clamp, 12);
  gtk_widget_set_margin_top (clamp, 12);
  gtk_widget_set_margin_bottom (clamp, 12);
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (toolbar), scrolled);
  adw_window_set_content (ADW_WINDOW (dialog), toolbar);
  if (own != NULL)
    g_object_set_data_full (G_OBJECT (dialog), "ct-own-session", g_steal_pointer (&own),
                            g_object_unref);
  g_signal_connect_object (dialog, "close-request", G_CALLBACK (edit_close_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  ct_item_editor_focus (CT_ITEM_EDITOR (editor), NULL, -1);
}

/* week.edit on the focused row (E). */
static void
edit_focused_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  CtWeekPage *self = CT_WEEK_PAGE (widget);
  const CtWeekEntry *entry;

  if (ct_week_page_get_focused_entry (self, &entry))
    gtk_widget_activate_action (widget, "week.edit", "(xs)", entry->programme->id,
                                entry->occurrence->item->uuid);
}

/* week.print: the print dialog for the week's table, A4 landscape. */
static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  CtWeekPage *self = CT_WEEK_PAGE (widget);
  g_autoptr(GPtrArray) programmes = sorted_programmes (self);
  g_autoptr(CtWeek) week = NULL;
  GtkRoot *root = gtk_widget_get_root (widget);

  if (programmes == NULL)
    return;
  if (programmes->len == 0)
    {
      ct_week_page_toast (self, _("No programme covers this week: create or import the "
                                  "programme of its month first."));
      return;
    }
  week = ct_week_new (self->iso_year, self->week, programmes, self->holidays);
  ct_print_week_run (week, g_ptr_array_index (programmes, 0),
                     GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL);
}

/* week.add-item, week.adjust, week.postpone, week.move, week.edit and week.print (Ctrl+P on the page, before
 * the window's own print of the month). */
void
ct_week_page_edit_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "week.add-item", "i", add_item_action);
  gtk_widget_class_install_action (widget_class, "week.adjust", "s", link_action);
  gtk_widget_class_install_action (widget_class, "week.postpone", "s", link_action);
  gtk_widget_class_install_action (widget_class, "week.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "week.move", "i", move_action);
  gtk_widget_class_install_action (widget_class, "week.edit", "(xs)", edit_action);
  gtk_widget_class_install_action (widget_class, "week.edit-focused", NULL,
                                   edit_focused_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, 0, "week.edit-focused", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "week.move",
                                       "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "week.move",
                                       "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "week.print", NULL);
}
