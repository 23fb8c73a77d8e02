/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void ct_check_list_init (GtkListView *view);
void ct_check_list_show (GtkListView *view,
                         GPtrArray   *issues);

G_END_DECLS
