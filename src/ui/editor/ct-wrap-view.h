/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define CT_TYPE_WRAP_VIEW (ct_wrap_view_get_type ())

G_DECLARE_FINAL_TYPE (CtWrapView, ct_wrap_view, CT, WRAP_VIEW, GtkTextView)

GtkWidget *ct_wrap_view_new (void);

G_END_DECLS
