/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <gio/gio.h>
#include <pango/pangocairo.h>

#include "ct-doc-style.h"
#include "ct-programme.h"
#include "ct-render-enum-types.h"

G_BEGIN_DECLS

/* A4 portrait (210 × 297 mm) in points: the only paper of both rulebooks
 * (36-HD/VPTW §1; NĐ 30/2020 Phụ lục I). */
#define CT_RENDERER_PAGE_WIDTH  CT_DOC_PAGE_WIDTH
#define CT_RENDERER_PAGE_HEIGHT CT_DOC_PAGE_HEIGHT

/* The font both rulebooks name (NĐ 30/2020 Phụ lục I §I.4; 36-HD/VPTW). */
#define CT_RENDERER_OFFICIAL_FONT "Times New Roman"

/* Its stand-in where it is not installed: the same metrics, every Vietnamese letter
 * (fonts-liberation2). */
#define CT_RENDERER_DEFAULT_FONT "Liberation Serif"

/**
 * CT_RENDERER_ERROR:
 *
 * Error domain of #CtRenderer. Messages are translated and meant to be shown as they are.
 */
#define CT_RENDERER_ERROR (ct_renderer_error_quark ())

/**
 * CtRendererError:
 * @CT_RENDERER_ERROR_IO: the PDF file cannot be written (folder missing, read-only, full)
 * @CT_RENDERER_ERROR_FONT_MISSING: no font of that family is installed
 * @CT_RENDERER_ERROR_FONT_NO_VIETNAMESE: the family lacks Vietnamese letters: they would be
 *   taken from another font and the document would mix two typefaces
 */
typedef enum {
  CT_RENDERER_ERROR_IO,
  CT_RENDERER_ERROR_FONT_MISSING,
  CT_RENDERER_ERROR_FONT_NO_VIETNAMESE,
} CtRendererError;

#define CT_TYPE_RENDERER (ct_renderer_get_type ())
G_DECLARE_FINAL_TYPE (CtRenderer, ct_renderer, CT, RENDERER, GObject)

GQuark      ct_renderer_error_quark      (void);
CtRenderer *ct_renderer_new              (const CtProgramme *programme,
                                          const char        *font_family);
const char *ct_renderer_get_font_family  (CtRenderer        *self);
guint       ct_renderer_paginate         (CtRenderer        *self);
guint       ct_renderer_get_n_pages      (CtRenderer        *self);
char       *ct_renderer_dup_page_text    (CtRenderer        *self,
                                          guint              page);
void        ct_renderer_draw_page        (CtRenderer        *self,
                                          cairo_t           *cr,
                                          guint              page);
void        ct_renderer_set_two_sided    (CtRenderer        *self,
                                          gboolean           two_sided);
gboolean    ct_renderer_export_pdf       (CtRenderer        *self,
                                          const char        *path,
                                          GError           **error);
gboolean    ct_renderer_check_font       (const char        *font_family,
                                          GError           **error);
const char *ct_renderer_choose_font      (const char *const *installed);
const char *ct_renderer_get_default_font (void);

G_END_DECLS
