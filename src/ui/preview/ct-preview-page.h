/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ct-renderer.h"

G_BEGIN_DECLS

/* Pixels per point at 100 %: the page at its real size on a 96 dpi screen. */
#define CT_PREVIEW_PIXELS_PER_POINT (96.0 / 72.0)

#define CT_TYPE_PREVIEW_PAGE (ct_preview_page_get_type ())
G_DECLARE_FINAL_TYPE (CtPreviewPage, ct_preview_page, CT, PREVIEW_PAGE, GtkWidget)

void        ct_preview_page_set_renderer (CtPreviewPage *self,
                                          CtRenderer    *renderer);
void        ct_preview_page_set_page     (CtPreviewPage *self,
                                          guint          page);
void        ct_preview_page_set_zoom     (CtPreviewPage *self,
                                          double         zoom);
double      ct_preview_page_get_scale    (CtPreviewPage *self);

G_END_DECLS
