/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ct-export.h"
#include "ct-programme.h"
#include "ct-renderer.h"
#include "ct-session.h"

G_BEGIN_DECLS

#define CT_TYPE_PREVIEW_VIEW (ct_preview_view_get_type ())
G_DECLARE_FINAL_TYPE (CtPreviewView, ct_preview_view, CT, PREVIEW_VIEW, GtkWidget)

GtkWidget  *ct_preview_view_new           (void);
void        ct_preview_view_set_programme (CtPreviewView     *self,
                                           const CtProgramme *programme);
void        ct_preview_view_set_session   (CtPreviewView     *self,
                                           CtSession         *session);
void        ct_preview_view_set_font_family (CtPreviewView   *self,
                                             const char      *font_family);
guint       ct_preview_view_get_n_pages   (CtPreviewView     *self);
guint       ct_preview_view_get_page      (CtPreviewView     *self);
void        ct_preview_view_set_page      (CtPreviewView     *self,
                                           guint              page);
double      ct_preview_view_get_zoom      (CtPreviewView     *self);
void        ct_preview_view_set_zoom      (CtPreviewView     *self,
                                           double             zoom);
gboolean    ct_preview_view_get_busy      (CtPreviewView     *self);
void        ct_preview_view_export_document (CtPreviewView       *self,
                                             GFile               *file,
                                             CtExportFormat       format,
                                             gboolean             two_sided,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);

G_END_DECLS
