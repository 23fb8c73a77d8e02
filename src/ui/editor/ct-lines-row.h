/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CT_TYPE_LINES_ROW (ct_lines_row_get_type ())

G_DECLARE_FINAL_TYPE (CtLinesRow, ct_lines_row, CT, LINES_ROW, AdwPreferencesRow)

GtkWidget *ct_lines_row_new      (const char *title);
GtkWidget *ct_lines_row_get_view (CtLinesRow *self);

G_END_DECLS
