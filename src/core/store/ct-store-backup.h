/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ct-store.h"

G_BEGIN_DECLS

/* How many daily copies ct_store_backup_daily() keeps. */
#define CT_STORE_BACKUP_KEEP 7

char     *ct_store_backup_get_folder   (const char    *db_path);
char     *ct_store_backup_daily        (CtStore       *self,
                                        GDateTime     *now,
                                        GError       **error);
void      ct_store_backup_daily_async  (CtStore              *self,
                                        GCancellable         *cancellable,
                                        GAsyncReadyCallback   callback,
                                        gpointer              user_data);
char     *ct_store_backup_daily_finish (CtStore       *self,
                                        GAsyncResult  *result,
                                        GError       **error);
char    **ct_store_backup_list_names (const char *db_path);
gboolean  ct_store_backup_date_from_name (const char *name,
                                          GDate      *date);
void      ct_store_backup_prune        (const char    *db_path);
gboolean  ct_store_check_export_target (CtStore       *self,
                                        const char    *path,
                                        GError       **error);
char     *ct_store_set_aside           (const char    *db_path,
                                        GDateTime     *now,
                                        GError       **error);

G_END_DECLS
