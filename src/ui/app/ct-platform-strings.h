/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void ct_platform_strings_apply (GtkWidget *root);

G_END_DECLS
