/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ct-store.h"

G_BEGIN_DECLS

/**
 * CtStoreHealth:
 * @CT_STORE_HEALTH_GOOD: SQLite's integrity check passed and the file is a Congtac database
 * @CT_STORE_HEALTH_DAMAGED: a Congtac database with damaged pages
 * @CT_STORE_HEALTH_FOREIGN: not a Congtac database (another file, or its first page is lost)
 * @CT_STORE_HEALTH_MISSING: no such file, or it cannot be read
 */
typedef enum {
  CT_STORE_HEALTH_GOOD,
  CT_STORE_HEALTH_DAMAGED,
  CT_STORE_HEALTH_FOREIGN,
  CT_STORE_HEALTH_MISSING,
} CtStoreHealth;

/**
 * CtBackupInfo:
 * @path: the backup file
 * @date: the day it was made, from its name
 * @health: the result of its check
 * @n_programmes: how many programmes it holds (when good)
 */
typedef struct
{
  char *path;
  GDate date;
  CtStoreHealth health;
  guint n_programmes;
} CtBackupInfo;

/**
 * CtLostProgramme:
 * @id: its id in the damaged database
 * @title: (nullable): its subtitle, when that much could be read
 *
 * A programme ct_store_salvage() could not read.
 */
typedef struct
{
  gint64 id;
  char *title;
} CtLostProgramme;

void           ct_backup_info_free      (CtBackupInfo    *info);
void           ct_lost_programme_free   (CtLostProgramme *lost);

CtStoreHealth  ct_store_check_file      (const char   *path,
                                         guint        *n_programmes);
GPtrArray     *ct_store_list_backups    (const char   *db_path);
gboolean       ct_store_restore         (const char   *db_path,
                                         const char   *backup,
                                         GDateTime    *now,
                                         char        **aside,
                                         GError      **error);
gboolean       ct_store_salvage         (const char   *damaged,
                                         const char   *target,
                                         guint        *n_saved,
                                         GPtrArray   **lost,
                                         GError      **error);
gboolean       ct_store_replace_file    (const char   *db_path,
                                         const char   *replacement,
                                         const char   *label,
                                         GDateTime    *now,
                                         char        **aside,
                                         GError      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtBackupInfo, ct_backup_info_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtLostProgramme, ct_lost_programme_free)

G_END_DECLS
