/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ct-programme.h"
#include "ct-store-enum-types.h"

G_BEGIN_DECLS

/**
 * CT_STORE_ERROR:
 *
 * Error domain of #CtStore. Messages are translated and meant to be shown as they are.
 */
#define CT_STORE_ERROR (ct_store_error_quark ())

/**
 * CtStoreError:
 * @CT_STORE_ERROR_CORRUPT: the file is not a Congtac database or is damaged; it is left
 *   untouched
 * @CT_STORE_ERROR_LOCKED: another program holds the database's write lock past the timeout
 * @CT_STORE_ERROR_TOO_NEW: the database was written by a newer Congtac (schema version)
 * @CT_STORE_ERROR_IO: the file or its folder cannot be read or written
 * @CT_STORE_ERROR_NOT_FOUND: no programme with that id
 * @CT_STORE_ERROR_INVALID: the programme holds a value that cannot be stored
 * @CT_STORE_ERROR_READ_ONLY: the file or its folder cannot be written
 * @CT_STORE_ERROR_CONFLICT: another program saved the programme since it was loaded; the
 *   save was refused and the stored programme is unchanged
 */
typedef enum {
  CT_STORE_ERROR_CORRUPT,
  CT_STORE_ERROR_LOCKED,
  CT_STORE_ERROR_TOO_NEW,
  CT_STORE_ERROR_IO,
  CT_STORE_ERROR_NOT_FOUND,
  CT_STORE_ERROR_INVALID,
  CT_STORE_ERROR_CONFLICT,
  CT_STORE_ERROR_READ_ONLY,
} CtStoreError;

/**
 * CtProgrammeSummary:
 * @id: the programme's id
 * @period_kind: month, quarter or year
 * @period_year: the year of the period
 * @period_index: month or quarter
 * @subtitle: the subtitle as printed (derived from the period when not overridden)
 * @issuing_body: (nullable): the issuing body
 * @number: the document number, 0 if none
 * @status: the status
 * @modified: last save, seconds since the Unix epoch
 * @excerpt: (nullable): where a search found its words, as Pango markup (see
 *   ct_store_dup_excerpt()); filled by ct_store_list_programmes_async() only
 *
 * What a programme list shows, read without loading the whole programme.
 */
typedef struct
{
  gint64 id;
  CtPeriodKind period_kind;
  int period_year;
  int period_index;
  char *subtitle;
  char *issuing_body;
  guint number;
  CtProgrammeStatus status;
  gint64 modified;
  char *excerpt;
} CtProgrammeSummary;

void ct_programme_summary_free (CtProgrammeSummary *summary);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtProgrammeSummary, ct_programme_summary_free)

#define CT_STORE_SCHEMA_VERSION 10

#define CT_TYPE_STORE (ct_store_get_type ())
G_DECLARE_FINAL_TYPE (CtStore, ct_store, CT, STORE, GObject)

GQuark       ct_store_error_quark        (void);
char        *ct_store_get_default_path   (void);
CtStore     *ct_store_open               (const char   *path,
                                          GError      **error);
const char  *ct_store_get_path           (CtStore      *self);
gboolean     ct_store_get_created        (CtStore      *self);
gboolean     ct_store_is_read_only       (CtStore      *self);
gboolean     ct_store_is_on_network      (const char   *path);
void         ct_store_set_busy_timeout   (CtStore      *self,
                                          guint         milliseconds);
void         ct_store_set_delay_for_testing (CtStore   *self,
                                             guint      milliseconds);
gboolean     ct_store_is_empty           (CtStore      *self,
                                          GError      **error);
GPtrArray   *ct_store_list_programmes    (CtStore      *self,
                                          const char   *query,
                                          GError      **error);
CtProgramme *ct_store_load_programme     (CtStore      *self,
                                          gint64        id,
                                          GError      **error);
gboolean     ct_store_save_programme     (CtStore      *self,
                                          CtProgramme  *programme,
                                          GError      **error);
gint64       ct_store_get_revision       (CtStore      *self,
                                          gint64        id,
                                          GError      **error);
guint64      ct_store_get_data_version   (CtStore      *self);
gboolean     ct_store_delete_programme   (CtStore      *self,
                                          gint64        id,
                                          GError      **error);
gint64       ct_store_duplicate_programme (CtStore     *self,
                                           gint64       id,
                                           GError     **error);
char        *ct_store_dup_excerpt        (CtStore      *self,
                                          gint64        id,
                                          const char   *query,
                                          GError      **error);
GPtrArray   *ct_store_list_units         (CtStore      *self,
                                          GError      **error);

void         ct_store_save_programme_async  (CtStore             *self,
                                             CtProgramme         *programme,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
gboolean     ct_store_save_programme_finish (CtStore             *self,
                                             GAsyncResult        *result,
                                             GError             **error);
void         ct_store_load_programme_async  (CtStore             *self,
                                             gint64               id,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
CtProgramme *ct_store_load_programme_finish (CtStore             *self,
                                             GAsyncResult        *result,
                                             GError             **error);
void         ct_store_list_programmes_async  (CtStore             *self,
                                              const char          *query,
                                              GCancellable        *cancellable,
                                              GAsyncReadyCallback  callback,
                                              gpointer             user_data);
GPtrArray   *ct_store_list_programmes_finish (CtStore             *self,
                                              GAsyncResult        *result,
                                              GError             **error);
void         ct_store_delete_programme_async  (CtStore             *self,
                                               gint64               id,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
gboolean     ct_store_delete_programme_finish (CtStore             *self,
                                               GAsyncResult        *result,
                                               GError             **error);
void         ct_store_duplicate_programme_async  (CtStore             *self,
                                                  gint64               id,
                                                  GCancellable        *cancellable,
                                                  GAsyncReadyCallback  callback,
                                                  gpointer             user_data);
gint64       ct_store_duplicate_programme_finish (CtStore             *self,
                                                  GAsyncResult        *result,
                                                  GError             **error);

G_END_DECLS
