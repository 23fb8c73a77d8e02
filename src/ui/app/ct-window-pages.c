/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Calendar, Preview and Week pages, built on their first visit: a window opens on the
 * editor, and the three pages would double the widgets, the memory and the time of its
 * first frame. Their places in the view stack hold an empty AdwBin until then; whatever
 * reaches a page (the switcher, Alt+2…4, printing, the page restored at start) goes
 * through ct_window_ensure_page(). */
#define G_LOG_DOMAIN "ct-window"

#include "config.h"

#include "ct-calendar-page.h"
#include "ct-preview-view.h"
#include "ct-week-page.h"
#include "ct-window-private.h"

static GtkWidget *
build_calendar (CtWindow *self)
{
  GtkWidget *page = g_object_new (CT_TYPE_CALENDAR_PAGE, NULL);

  g_signal_connect_swapped (page, "toast", G_CALLBACK (ct_window_add_toast), self);
  g_signal_connect_swapped (page, "open-item", G_CALLBACK (ct_window_open_item), self);
  ct_calendar_page_set_session (CT_CALENDAR_PAGE (page), self->session);
  return page;
}

static GtkWidget *
build_preview (CtWindow *self)
{
  GtkWidget *page = ct_preview_view_new ();

  ct_preview_view_set_session (CT_PREVIEW_VIEW (page), self->session);
  return page;
}

static GtkWidget *
build_week (CtWindow *self)
{
  GtkWidget *page = ct_week_page_new ();

  g_signal_connect_swapped (page, "toast", G_CALLBACK (ct_window_add_toast), self);
  g_signal_connect_swapped (page, "open-item", G_CALLBACK (ct_window_open_programme_item),
                            self);
  /* The store first: the session then shows its week from it. */
  ct_week_page_set_store (CT_WEEK_PAGE (page), self->store);
  ct_week_page_set_session (CT_WEEK_PAGE (page), self->session);
  return page;
}

/**
 * ct_window_ensure_page:
 * @self: the window
 * @name: "calendar", "preview" or "week" (any other name gives %NULL)
 *
 * Builds the page when it is not built yet, showing the open programme.
 *
 * Returns: (transfer none) (nullable): the page widget
 */
GtkWidget *
ct_window_ensure_page (CtWindow   *self,
                       const char *name)
{
  static const struct
  {
    const char *name;
    gsize page_offset;
    gsize bin_offset;
    GtkWidget *(*build) (CtWindow *self);
  } pages[] = {
    { "calendar", G_STRUCT_OFFSET (CtWindow, calendar_page),
      G_STRUCT_OFFSET (CtWindow, calendar_bin), build_calendar },
    { "preview", G_STRUCT_OFFSET (CtWindow, preview_page),
      G_STRUCT_OFFSET (CtWindow, preview_bin), build_preview },
    { "week", G_STRUCT_OFFSET (CtWindow, week_page),
      G_STRUCT_OFFSET (CtWindow, week_bin), build_week },
  };

  g_return_val_if_fail (CT_IS_WINDOW (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      GtkWidget **page = G_STRUCT_MEMBER_P (self, pages[i].page_offset);

      if (!g_str_equal (name, pages[i].name))
        continue;
      /* A window being destroyed builds nothing more. */
      if (*page == NULL && !self->closing)
        {
          *page = pages[i].build (self);
          adw_bin_set_child (G_STRUCT_MEMBER (AdwBin *, self, pages[i].bin_offset), *page);
        }
      return *page;
    }
  return NULL;
}

/* The switcher (and anything else) shows a page: it is built before its first frame. */
static void
visible_page_changed_cb (CtWindow *self)
{
  const char *name = adw_view_stack_get_visible_child_name (self->view_stack);

  if (name != NULL)
    ct_window_ensure_page (self, name);
}

/* The switcher gives way to the title while the header is being laid out: the label
 * beside it is hidden from sight but keeps its place, as a label made visible then would
 * not be measured before the next layout, and the header would overflow the window,
 * cutting off its close button. */
static void
title_visible_cb (CtWindow *self)
{
  gboolean shown = !adw_view_switcher_title_get_title_visible (self->switcher_title);

  gtk_widget_set_child_visible (GTK_WIDGET (self->save_label), shown);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->save_label),
                               GTK_ACCESSIBLE_STATE_HIDDEN, !shown, -1);
}

/**
 * ct_window_init_pages:
 * @self: the window
 *
 * Builds each page the first time the view stack shows it.
 */
void
ct_window_init_pages (CtWindow *self)
{
  g_signal_connect_swapped (self->view_stack, "notify::visible-child",
                            G_CALLBACK (visible_page_changed_cb), self);
  /* The save state is said once: beside the pages' switcher, or in the title's subtitle
   * where a narrow header shows the title in the switcher's place. */
  g_signal_connect_object (self->switcher_title, "notify::title-visible",
                           G_CALLBACK (title_visible_cb), self, G_CONNECT_SWAPPED);
  title_visible_cb (self);
}

/**
 * ct_window_pages_set_session:
 * @self: the window
 *
 * Gives the pages built so far the window's session (or none).
 */
void
ct_window_pages_set_session (CtWindow *self)
{
  if (self->calendar_page != NULL)
    ct_calendar_page_set_session (CT_CALENDAR_PAGE (self->calendar_page), self->session);
  if (self->preview_page != NULL)
    ct_preview_view_set_session (CT_PREVIEW_VIEW (self->preview_page), self->session);
  if (self->week_page != NULL)
    ct_week_page_set_session (CT_WEEK_PAGE (self->week_page), self->session);
}

/**
 * ct_window_pages_reload:
 * @self: the window
 *
 * The store changed: the week page, when built, reads its schedule again.
 */
void
ct_window_pages_reload (CtWindow *self)
{
  if (self->week_page != NULL)
    ct_week_page_reload (CT_WEEK_PAGE (self->week_page));
}
