/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void ct_first_frame_report_if_requested    (GtkApplication *application);
void ct_first_frame_report_programme_shown (GtkWidget      *window);

G_END_DECLS
