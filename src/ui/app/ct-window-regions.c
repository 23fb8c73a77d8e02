/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-window"

#include "config.h"

#include "ct-window-private.h"

/* F6 and Shift+F6 go round the window's regions, as in other GNOME apps: the list of
 * programmes (on its selected row), the page shown, the page's header bar. */

typedef enum
{
  REGION_SIDEBAR,
  REGION_PAGE,
  REGION_HEADER,
  N_REGIONS
} Region;

/* The sidebar: the leaflet's child holding the list, with its header and search. */
static GtkWidget *
sidebar (CtWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self->programme_list);

  while (widget != NULL && gtk_widget_get_parent (widget) != GTK_WIDGET (self->leaflet))
    widget = gtk_widget_get_parent (widget);
  return widget;
}

static GtkWidget *
region_widget (CtWindow *self,
               Region    region)
{
  switch (region)
    {
    case REGION_SIDEBAR:
      return sidebar (self);
    case REGION_PAGE:
      return GTK_WIDGET (self->content_stack);
    case REGION_HEADER:
    default:
      return self->content_header;
    }
}

/* The region holding the focus; the info bars above the page count as the page. */
static Region
focused_region (CtWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (focus == NULL)
    return N_REGIONS;
  if (gtk_widget_is_ancestor (focus, region_widget (self, REGION_SIDEBAR)))
    return REGION_SIDEBAR;
  if (gtk_widget_is_ancestor (focus, self->content_header))
    return REGION_HEADER;
  if (gtk_widget_is_ancestor (focus, self->content))
    return REGION_PAGE;
  return N_REGIONS;
}

static gboolean
focus_region (CtWindow *self,
              Region    region)
{
  GtkWidget *widget = region_widget (self, region);

  /* A narrow window shows the list or the content, not both. */
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet,
                                   region == REGION_SIDEBAR ? widget : self->content);
  if (!gtk_widget_get_mapped (widget))
    return FALSE;
  if (region == REGION_SIDEBAR && ct_window_focus_programme_row (self))
    return TRUE;
  return gtk_widget_child_focus (widget, GTK_DIR_TAB_FORWARD);
}

static gboolean
cycle_cb (GtkWidget *widget,
          GVariant  *args,
          gpointer   data)
{
  CtWindow *self = CT_WINDOW (widget);
  int step = g_variant_get_int32 (args);
  Region from = focused_region (self);

  /* From outside the regions (nowhere yet), F6 starts at the list, Shift+F6 at the
   * header. */
  if (from == N_REGIONS)
    from = step > 0 ? N_REGIONS - 1 : REGION_SIDEBAR;
  for (int i = 1; i <= N_REGIONS; i++)
    if (focus_region (self, (from + step * i + 2 * N_REGIONS) % N_REGIONS))
      return TRUE;
  return TRUE;
}

/* Binds F6 and Shift+F6 on the window's class. */
void
ct_window_class_init_regions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_add_binding (widget_class, GDK_KEY_F6, 0, cycle_cb, "i", 1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_F6, GDK_SHIFT_MASK, cycle_cb, "i", -1);
}
