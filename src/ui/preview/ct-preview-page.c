/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-preview"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-preview-page.h"

/**
 * CtPreviewPage:
 *
 * One page of a #CtRenderer drawn on white paper: the same drawing as the PDF and the
 * printout, scaled. With a zoom of 0 it fits the page to its width (height-for-width), so
 * it follows the window; with a fixed zoom it asks for the page's size at that zoom and a
 * scrolled window around it pans.
 */
struct _CtPreviewPage
{
  GtkWidget parent_instance;

  CtRenderer *renderer;   /* paginated, or NULL */
  guint page;
  double zoom;            /* 1.0 = real size at 96 dpi; 0 = fit the width */
};

G_DEFINE_FINAL_TYPE (CtPreviewPage, ct_preview_page, GTK_TYPE_WIDGET)

/* Room around the paper, px. */
#define PAPER_MARGIN 24.0
#define MIN_SCALE 0.05

static double
scale_for_width (CtPreviewPage *self,
                 double         width)
{
  if (self->zoom > 0)
    return self->zoom * CT_PREVIEW_PIXELS_PER_POINT;
  return MAX ((width - 2 * PAPER_MARGIN) / CT_RENDERER_PAGE_WIDTH, MIN_SCALE);
}

static GtkSizeRequestMode
ct_preview_page_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
ct_preview_page_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  CtPreviewPage *self = CT_PREVIEW_PAGE (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      double zoom = self->zoom > 0 ? self->zoom : 1.0;
      int size = (int) ceil (CT_RENDERER_PAGE_WIDTH * zoom * CT_PREVIEW_PIXELS_PER_POINT +
                             2 * PAPER_MARGIN);

      *minimum = self->zoom > 0 ? size : (int) (2 * PAPER_MARGIN + 100);
      *natural = size;
    }
  else
    {
      double width = for_size >= 0 ? for_size
                                   : CT_RENDERER_PAGE_WIDTH * CT_PREVIEW_PIXELS_PER_POINT +
                                     2 * PAPER_MARGIN;
      double scale = scale_for_width (self, width);

      *minimum = *natural = (int) ceil (CT_RENDERER_PAGE_HEIGHT * scale + 2 * PAPER_MARGIN);
    }
}

static void
ct_preview_page_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  CtPreviewPage *self = CT_PREVIEW_PAGE (widget);
  double width = gtk_widget_get_width (widget);
  double scale = scale_for_width (self, width);
  graphene_rect_t paper;
  GskRoundedRect outline;
  cairo_t *cr;

  graphene_rect_init (&paper, floor (MAX ((width - CT_RENDERER_PAGE_WIDTH * scale) / 2,
                                          PAPER_MARGIN)),
                      PAPER_MARGIN, CT_RENDERER_PAGE_WIDTH * scale,
                      CT_RENDERER_PAGE_HEIGHT * scale);
  gsk_rounded_rect_init_from_rect (&outline, &paper, 0);
  gtk_snapshot_append_outset_shadow (snapshot, &outline, &(GdkRGBA) { 0, 0, 0, 0.25 },
                                     0, 1, 1, 4);
  gtk_snapshot_append_color (snapshot, &(GdkRGBA) { 1, 1, 1, 1 }, &paper);
  if (self->renderer == NULL || self->page >= ct_renderer_get_n_pages (self->renderer))
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &paper);
  cairo_translate (cr, paper.origin.x, paper.origin.y);
  cairo_scale (cr, scale, scale);
  ct_renderer_draw_page (self->renderer, cr, self->page);
  cairo_destroy (cr);
}

/* The page is a drawing: a screen reader reads it from the page's number (its name) and
 * its text (its description). */
static void
update_accessible (CtPreviewPage *self)
{
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;
  guint n_pages = self->renderer != NULL ? ct_renderer_get_n_pages (self->renderer) : 0;

  if (self->page >= n_pages)
    {
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      return;
    }
  /* Translators: the page shown and the number of pages of the preview, e.g. "Page 2 of 3". */
  name = g_strdup_printf (_("Page %1$u of %2$u"), self->page + 1, n_pages);
  text = ct_renderer_dup_page_text (self->renderer, self->page);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, g_strchomp (text), -1);
}

static void
ct_preview_page_dispose (GObject *object)
{
  CtPreviewPage *self = CT_PREVIEW_PAGE (object);

  g_clear_object (&self->renderer);

  G_OBJECT_CLASS (ct_preview_page_parent_class)->dispose (object);
}

static void
ct_preview_page_class_init (CtPreviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ct_preview_page_dispose;
  widget_class->get_request_mode = ct_preview_page_get_request_mode;
  widget_class->measure = ct_preview_page_measure;
  widget_class->snapshot = ct_preview_page_snapshot;
  gtk_widget_class_set_css_name (widget_class, "ct-preview-page");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_DOCUMENT);
}

static void
ct_preview_page_init (CtPreviewPage *self)
{
}

/**
 * ct_preview_page_set_renderer:
 * @self: a page view
 * @renderer: (nullable): a paginated renderer, or %NULL for blank paper
 */
void
ct_preview_page_set_renderer (CtPreviewPage *self,
                              CtRenderer    *renderer)
{
  g_return_if_fail (CT_IS_PREVIEW_PAGE (self));

  if (!g_set_object (&self->renderer, renderer))
    return;
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * ct_preview_page_set_page:
 * @self: a page view
 * @page: the 0-based page to show
 */
void
ct_preview_page_set_page (CtPreviewPage *self,
                          guint          page)
{
  g_return_if_fail (CT_IS_PREVIEW_PAGE (self));

  if (self->page == page)
    return;
  self->page = page;
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * ct_preview_page_set_zoom:
 * @self: a page view
 * @zoom: 1.0 for the real size on a 96 dpi screen, 0 to fit the page to the width
 */
void
ct_preview_page_set_zoom (CtPreviewPage *self,
                          double         zoom)
{
  g_return_if_fail (CT_IS_PREVIEW_PAGE (self));
  g_return_if_fail (zoom >= 0);

  if (self->zoom == zoom)
    return;
  self->zoom = zoom;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/**
 * ct_preview_page_get_scale:
 * @self: a page view
 *
 * Returns: the pixels per point the page is drawn at, for the current width
 */
double
ct_preview_page_get_scale (CtPreviewPage *self)
{
  g_return_val_if_fail (CT_IS_PREVIEW_PAGE (self), 1.0);

  return scale_for_width (self, gtk_widget_get_width (GTK_WIDGET (self)));
}
