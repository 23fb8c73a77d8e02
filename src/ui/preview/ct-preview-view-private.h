/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ct-preview-page.h"
#include "ct-preview-view.h"

G_BEGIN_DECLS

/* Shared by ct-preview-view.c (layout, properties) and ct-preview-view-actions.c (its
 * actions and keys). */

struct _CtPreviewView
{
  GtkWidget parent_instance;

  CtProgramme *programme;     /* the copy being shown, NULL for none */
  char *font_family;
  CtRenderer *renderer;       /* paginated renderer of the pages on screen */
  guint generation;           /* of the latest layout started */
  guint pending_layouts;
  guint update_id;
  gboolean dirty;             /* a layout is due when the view is mapped */
  guint page;
  double zoom;                /* 0 = fit the width */

  GSettings *settings;        /* NULL without the schema */
  CtSession *session;         /* the programme followed, see ct_preview_view_set_session() */
  gulong programme_changed_id;

  GtkWidget *box;
  GtkLabel *page_label;
  GtkLabel *zoom_label;
  GtkLabel *font_warning;
  GtkScrolledWindow *scrolled;
  CtPreviewPage *page_view;
};

/* The zoom steps of zoom in and out; 0 fits the width. */
static const double ct_preview_zoom_steps[] = { 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0 };

static inline CtStore *
ct_preview_view_get_store (CtPreviewView *self)
{
  return self->session != NULL ? ct_session_get_store (self->session) : NULL;
}

void ct_preview_view_class_init_actions (GtkWidgetClass *widget_class);

G_END_DECLS
