/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <sqlite3.h>

#include "ct-store.h"

G_BEGIN_DECLS

/* Shared by ct-store.c (connection, list, delete), ct-store-programme.c (load) and
 * ct-store-save.c (save). */
sqlite3      *ct_store_get_db        (CtStore *self);
GMutex       *ct_store_get_lock      (CtStore *self);
void          ct_store_wait_for_testing (CtStore *self);
gboolean      ct_store_set_error     (CtStore  *self,
                                      int       rc,
                                      GError  **error);
gboolean      ct_store_set_not_found (gint64        id,
                                      GError      **error);
sqlite3_stmt *ct_store_prepare       (CtStore     *self,
                                      const char  *sql,
                                      GError     **error);
sqlite3_stmt *ct_store_prepare_cached (CtStore     *self,
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
gboolean      ct_store_copy_database (const char  *db_path,
                                      const char  *target,
                                      GError     **error);
gboolean      ct_store_backup_before_migration (const char  *db_path,
                                                int          version,
                                                GError     **error);
gboolean      ct_store_load_sections   (CtStore      *self,
                                        CtProgramme  *p,
                                        GError      **error);
gboolean      ct_store_load_recipients (CtStore      *self,
                                        CtProgramme  *p,
                                        GError      **error);
gboolean      ct_store_load_signer_authorities (CtStore      *self,
                                                CtProgramme  *p,
                                                GError      **error);
gboolean      ct_store_load_unread_texts (CtStore      *self,
                                          CtProgramme  *p,
                                          GError      **error);
gboolean      ct_store_save_unread_texts (CtStore            *self,
                                          gint64              id,
                                          const CtProgramme  *p,
                                          GError            **error);

/* Value conversions between the model and its columns (ct-store-values.c). Dates are
 * stored as ISO 8601 "YYYY-MM-DD" (ct_date_to_iso(), ct_date_parse_iso()), exception
 * dates as a comma-separated list of those. */
char       *ct_store_exceptions_to_text   (GArray       *exceptions);
void        ct_store_exceptions_from_text (const char   *text,
                                           CtItem       *item);
const char *ct_store_column_text          (sqlite3_stmt *stmt,
                                           int           column);
char       *ct_store_column_dup           (sqlite3_stmt *stmt,
                                           int           column);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

/* A statement borrowed from the store's cache (ct_store_prepare_cached()); g_autoptr()
 * resets it when it goes out of scope, so that it holds no read transaction open. */
typedef sqlite3_stmt CtCachedStatement;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtCachedStatement, sqlite3_reset)

G_END_DECLS
