/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-calendar-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-calendar-page.h"
#include "ct-calendar-view.h"
#include "ct-occurrence.h"
#include "ct-session.h"

struct _CtCalendarPage
{
  GtkWidget parent_instance;

  GtkWidget *view;
  CtSession *session;
  gulong changed_id;
};

G_DEFINE_FINAL_TYPE (CtCalendarPage, ct_calendar_page, GTK_TYPE_WIDGET)

enum {
  TOAST,
  OPEN_ITEM,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static CtProgramme *
get_programme (CtCalendarPage *self)
{
  return self->session ? ct_session_get_programme (self->session) : NULL;
}

static void
programme_changed_cb (CtCalendarPage *self)
{
  if (self->view != NULL)
    ct_calendar_view_set_programme (CT_CALENDAR_VIEW (self->view), get_programme (self));
}

/* Where @event goes in @section: before the first event that takes place later, so that
 * the section keeps its events, each with its agenda, in date order. */
static guint
date_order_position (CtSection    *section,
                     const CtItem *event)
{
  for (guint i = 0; i < section->items->len; i++)
    {
      const CtItem *other = g_ptr_array_index (section->items, i);

      if (other->kind == CT_ITEM_EVENT && !ct_item_is_vague (other) &&
          g_date_valid (&other->start_date) &&
          g_date_compare (&other->start_date, &event->start_date) > 0)
        return i;
    }
  return section->items->len;
}

static void
add_event_cb (CtCalendarPage *self,
              GDate          *date,
              guint           section,
              const char     *title)
{
  CtProgramme *programme = get_programme (self);
  CtItem *event;
  CtSection *target;

  if (programme == NULL || section > programme->sections->len)
    return;
  event = ct_item_new_event (title, date);
  if (section == programme->sections->len)
    {
      /* A section of its own is headed by the event, as a conference's section is. */
      target = ct_programme_add_section (programme, title);
      ct_section_add_item (target, event);
    }
  else
    {
      target = g_ptr_array_index (programme->sections, section);
      g_ptr_array_insert (target->items, date_order_position (target, event), event);
    }
  ct_session_edited (self->session, NULL);
  /* Translators: shown after an event was added from the calendar */
  g_signal_emit (self, signals[TOAST], 0, _("Event added"));
}

static void
item_moved_cb (CtCalendarPage *self,
               const char     *uuid,
               GDate          *start)
{
  CtProgramme *programme = get_programme (self);
  CtItem *item = programme ? ct_programme_find_item (programme, uuid, NULL) : NULL;

  if (item != NULL && ct_item_reschedule (item, start))
    ct_session_edited (self->session, NULL);
}

static void
item_activated_cb (CtCalendarPage *self,
                   const char     *uuid)
{
  g_signal_emit (self, signals[OPEN_ITEM], 0, uuid);
}

/* The month grid (42 days, their popovers and tooltips) is built when the page is first
 * shown, not with the window: most sessions start in the editor. */
static void
ensure_view (CtCalendarPage *self)
{
  if (self->view != NULL)
    return;
  self->view = ct_calendar_view_new ();
  gtk_widget_set_parent (self->view, GTK_WIDGET (self));
  g_signal_connect_swapped (self->view, "add-event", G_CALLBACK (add_event_cb), self);
  g_signal_connect_swapped (self->view, "item-moved", G_CALLBACK (item_moved_cb), self);
  g_signal_connect_swapped (self->view, "item-activated", G_CALLBACK (item_activated_cb), self);
  programme_changed_cb (self);
}

static void
ct_calendar_page_map (GtkWidget *widget)
{
  ensure_view (CT_CALENDAR_PAGE (widget));
  GTK_WIDGET_CLASS (ct_calendar_page_parent_class)->map (widget);
}

static void
ct_calendar_page_dispose (GObject *object)
{
  CtCalendarPage *self = CT_CALENDAR_PAGE (object);

  ct_calendar_page_set_session (self, NULL);
  g_clear_pointer (&self->view, gtk_widget_unparent);
  G_OBJECT_CLASS (ct_calendar_page_parent_class)->dispose (object);
}

static void
ct_calendar_page_class_init (CtCalendarPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ct_calendar_page_dispose;
  widget_class->map = ct_calendar_page_map;

  /**
   * CtCalendarPage::toast:
   * @title: a short message, translated, plain text
   *
   * Asks the window to show @title as a toast.
   */
  signals[TOAST] = g_signal_new ("toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  /**
   * CtCalendarPage::open-item:
   * @uuid: an item of the programme
   *
   * The clerk asked to edit the item (the editor page shows it).
   */
  signals[OPEN_ITEM] = g_signal_new ("open-item", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ct_calendar_page_init (CtCalendarPage *self)
{
}

/**
 * ct_calendar_page_get_view:
 * @self: a calendar page
 *
 * The view is built when the page is first shown, or by this call.
 *
 * Returns: (transfer none): the page's #CtCalendarView
 */
GtkWidget *
ct_calendar_page_get_view (CtCalendarPage *self)
{
  g_return_val_if_fail (CT_IS_CALENDAR_PAGE (self), NULL);
  ensure_view (self);
  return self->view;
}

/**
 * ct_calendar_page_set_session:
 * @self: a calendar page
 * @session: (nullable): the session of the open programme, %NULL when none is open
 *
 * Shows @session's programme and follows its changes (edits, undo, redo).
 */
void
ct_calendar_page_set_session (CtCalendarPage *self,
                              CtSession      *session)
{
  g_return_if_fail (CT_IS_CALENDAR_PAGE (self));
  g_return_if_fail (session == NULL || CT_IS_SESSION (session));

  if (self->session != NULL)
    g_clear_signal_handler (&self->changed_id, self->session);
  g_set_object (&self->session, session);
  if (session != NULL)
    self->changed_id = g_signal_connect_swapped (session, "changed",
                                                 G_CALLBACK (programme_changed_cb), self);
  programme_changed_cb (self);
}
