/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void ct_test_damage_page  (const char *path,
                           guint       page);
void ct_test_damage_table (const char *path,
                           const char *table,
                           guint       nth_leaf);

G_END_DECLS
