/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-calendar-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-calendar-page.h"
#include "ct-calendar-view.h"
#include "ct-occurrence.h"
#include "ct-window.h"

struct _CtCalendarPage
{
  GtkWidget parent_instance;

  GtkWidget *view;
  CtWindow *window;
  gulong changed_id;
};

G_DEFINE_FINAL_TYPE (CtCalendarPage, ct_calendar_page, GTK_TYPE_WIDGET)

static void
programme_changed_cb (CtCalendarPage *self,
                      gboolean        replaced)
{
  if (self->view == NULL || self->window == NULL)
    return;
  ct_calendar_view_set_programme (CT_CALENDAR_VIEW (self->view),
                                  ct_window_get_programme (self->window));
}

static void
add_event_cb (CtCalendarPage *self,
              GDate          *date,
              guint           section,
              const char     *title)
{
  CtProgramme *programme = self->window ? ct_window_get_programme (self->window) : NULL;

  if (programme == NULL || section >= programme->sections->len)
    return;
  ct_section_add_item (g_ptr_array_index (programme->sections, section),
                       ct_item_new_event (title, date));
  ct_window_programme_edited (self->window, NULL);
  /* Translators: shown after an event was added from the calendar */
  ct_window_add_toast (self->window, _("Event added"));
}

static void
item_moved_cb (CtCalendarPage *self,
               const char     *uuid,
               GDate          *start)
{
  CtProgramme *programme = self->window ? ct_window_get_programme (self->window) : NULL;
  CtItem *item = programme ? ct_programme_find_item (programme, uuid, NULL) : NULL;

  if (item != NULL && ct_item_reschedule (item, start))
    ct_window_programme_edited (self->window, NULL);
}

static void
item_activated_cb (CtCalendarPage *self,
                   const char     *uuid)
{
  if (self->window != NULL)
    ct_window_open_item (self->window, uuid);
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
  programme_changed_cb (self, TRUE);
}

static void
ct_calendar_page_map (GtkWidget *widget)
{
  ensure_view (CT_CALENDAR_PAGE (widget));
  GTK_WIDGET_CLASS (ct_calendar_page_parent_class)->map (widget);
}

static void
ct_calendar_page_root (GtkWidget *widget)
{
  CtCalendarPage *self = CT_CALENDAR_PAGE (widget);
  GtkRoot *root;

  GTK_WIDGET_CLASS (ct_calendar_page_parent_class)->root (widget);
  root = gtk_widget_get_root (widget);
  if (!CT_IS_WINDOW (root))
    return;
  self->window = CT_WINDOW (root);
  self->changed_id = g_signal_connect_swapped (root, "programme-changed",
                                               G_CALLBACK (programme_changed_cb), self);
  programme_changed_cb (self, TRUE);
}

static void
ct_calendar_page_unroot (GtkWidget *widget)
{
  CtCalendarPage *self = CT_CALENDAR_PAGE (widget);

  if (self->window != NULL)
    g_clear_signal_handler (&self->changed_id, self->window);
  self->window = NULL;
  GTK_WIDGET_CLASS (ct_calendar_page_parent_class)->unroot (widget);
}

static void
ct_calendar_page_dispose (GObject *object)
{
  CtCalendarPage *self = CT_CALENDAR_PAGE (object);

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
  widget_class->root = ct_calendar_page_root;
  widget_class->unroot = ct_calendar_page_unroot;
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
