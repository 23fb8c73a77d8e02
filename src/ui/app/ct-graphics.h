/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean ct_graphics_has_render_node           (const char *dri_dir);
gboolean ct_graphics_avoid_software_gl         (void);
void     ct_graphics_restore_environment       (void);

G_END_DECLS
