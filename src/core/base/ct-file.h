/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ct-enum-types.h"

G_BEGIN_DECLS

/* The most a calendar file or other input may hold: a month's programme is a few hundred
 * kilobytes at most, so a larger file is a mistake (or a device) and is not read whole. */
#define CT_FILE_MAX_INPUT_BYTES (16 * 1024 * 1024)

/* Mode of exported PDF and calendar files: shared documents, readable by others. */
#define CT_FILE_EXPORT_MODE 0644

#define CT_FILE_ERROR (ct_file_error_quark ())

/**
 * CtFileError:
 * @CT_FILE_ERROR_NOT_FOUND: no such file
 * @CT_FILE_ERROR_PERMISSION: the user may not read (or write) it
 * @CT_FILE_ERROR_DIRECTORY: a folder
 * @CT_FILE_ERROR_NOT_REGULAR: a device, pipe, socket or other special file
 * @CT_FILE_ERROR_TOO_LARGE: more bytes than allowed
 * @CT_FILE_ERROR_DATABASE: the programme database, one of its companion files or backups
 * @CT_FILE_ERROR_IO: any other failure; the message is the system's reason only
 */
typedef enum
{
  CT_FILE_ERROR_NOT_FOUND,
  CT_FILE_ERROR_PERMISSION,
  CT_FILE_ERROR_DIRECTORY,
  CT_FILE_ERROR_NOT_REGULAR,
  CT_FILE_ERROR_TOO_LARGE,
  CT_FILE_ERROR_DATABASE,
  CT_FILE_ERROR_IO,
} CtFileError;

GQuark    ct_file_error_quark          (void);

GBytes   *ct_file_read                 (const char           *path,
                                        gsize                 max_bytes,
                                        GError              **error);
GBytes   *ct_file_load                 (GFile                *file,
                                        gsize                 max_bytes,
                                        GCancellable         *cancellable,
                                        GError              **error);
void      ct_file_load_async           (GFile                *file,
                                        gsize                 max_bytes,
                                        GCancellable         *cancellable,
                                        GAsyncReadyCallback   callback,
                                        gpointer              user_data);
GBytes   *ct_file_load_finish          (GFile                *file,
                                        GAsyncResult         *result,
                                        GError              **error);

void      ct_file_guard_database       (const char           *db_path);
void      ct_file_unguard_database     (const char           *db_path);

gboolean  ct_file_check_export_target  (const char           *path,
                                        const char           *db_path,
                                        const char           *backups,
                                        GError              **error);
gboolean  ct_file_replace_contents     (const char           *path,
                                        const char           *data,
                                        gsize                 length,
                                        GError              **error);

G_END_DECLS
