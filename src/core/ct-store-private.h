/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <sqlite3.h>

#include "ct-store.h"

G_BEGIN_DECLS

/* Shared by ct-store.c (connection, list, delete), ct-store-programme.c (load) and
 * ct-store-save.c (save). */
sqlite3      *ct_store_get_db        (CtStore *self);
GMutex       *ct_store_get_lock      (CtStore *self);
gboolean      ct_store_set_error     (CtStore  *self,
                                      int       rc,
                                      GError  **error);
sqlite3_stmt *ct_store_prepare       (CtStore     *self,
                                      const char  *sql,
                                      GError     **error);
gboolean      ct_store_exec          (CtStore     *self,
                                      const char  *sql,
                                      GError     **error);
gboolean      ct_store_migrate       (CtStore  *self,
                                      GError  **error);
gboolean      ct_store_search_update (CtStore            *self,
                                      gint64              id,
                                      const CtProgramme  *programme,
                                      GError            **error);
char         *ct_store_search_expression (const char *query);
gboolean      ct_store_load_sections   (CtStore      *self,
                                        CtProgramme  *p,
                                        GError      **error);
gboolean      ct_store_load_recipients (CtStore      *self,
                                        CtProgramme  *p,
                                        GError      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

G_END_DECLS
