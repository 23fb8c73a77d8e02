/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Where the focus is inside a widget tree: the index of each widget among its siblings,
 * from the root down, and the focused widget's type and cursor position. */
typedef struct
{
  GArray *path;
  GType type;
  int position;
} CtFocusPlace;

void ct_focus_place_init    (CtFocusPlace       *place,
                             GtkWidget          *root);
void ct_focus_place_restore (const CtFocusPlace *place,
                             GtkWidget          *root);
void ct_focus_place_clear   (CtFocusPlace       *place);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CtFocusPlace, ct_focus_place_clear)

G_END_DECLS
