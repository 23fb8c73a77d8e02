/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "ct-doc-style.h"
#include "ct-week.h"

G_BEGIN_DECLS

/* A4 landscape (297 × 210 mm) in points: the paper of the weekly schedule's table. */
#define CT_WEEK_RENDERER_PAGE_WIDTH  CT_DOC_PAGE_HEIGHT
#define CT_WEEK_RENDERER_PAGE_HEIGHT CT_DOC_PAGE_WIDTH

typedef struct _CtWeekRenderer CtWeekRenderer;

CtWeekRenderer *ct_week_renderer_new         (const CtWeek      *week,
                                              const CtProgramme *issuer,
                                              const char        *font_family);
void            ct_week_renderer_free        (CtWeekRenderer    *self);
guint           ct_week_renderer_get_n_pages (CtWeekRenderer    *self);
void            ct_week_renderer_draw_page   (CtWeekRenderer    *self,
                                              cairo_t           *cr,
                                              guint              page);
gboolean        ct_week_renderer_export_pdf  (CtWeekRenderer    *self,
                                              const char        *path,
                                              GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtWeekRenderer, ct_week_renderer_free)

G_END_DECLS
