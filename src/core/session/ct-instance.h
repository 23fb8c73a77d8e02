/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

char     *ct_instance_id_for_database (const char *db_path);
gboolean  ct_instance_is_running      (const char *db_path);

G_END_DECLS
