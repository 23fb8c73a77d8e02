/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Zip archives in memory (the .docx and .odt packages the importer reads and the exporter
 * writes), through libzip in the module libcongtac-zip.so (ct-zip-module.c): libzip and
 * what it brings (OpenSSL's libcrypto, bzip2) are loaded only when a package is read or
 * written. The table's functions are libzip's, as thin as that: the limits and the
 * messages stay with the importer and the exporter. */

typedef struct _CtZipArchive CtZipArchive;
typedef struct _CtZipEntry CtZipEntry;

typedef struct
{
  /* The archive in @data (which must outlive it), checked for consistency; %NULL when it
   * is not a readable zip archive. */
  CtZipArchive *(*open)       (const char    *data,
                               gsize          length);
  void          (*close)      (CtZipArchive  *archive);
  /* How many entries the archive holds, -1 when unknown. */
  gint64        (*n_entries)  (CtZipArchive  *archive);
  /* The uncompressed size the entry declares; %FALSE when it declares none. */
  gboolean      (*entry_size) (CtZipArchive  *archive,
                               gint64         index,
                               guint64       *size);
  /* The entry's index, -1 when the archive has none of that name. */
  gint64        (*locate)     (CtZipArchive  *archive,
                               const char    *name);
  CtZipEntry   *(*open_entry) (CtZipArchive  *archive,
                               gint64         index);
  /* Inflates up to @size bytes (checking the CRC at the end); 0 at the end, -1 on error. */
  gint64        (*read)       (CtZipEntry    *entry,
                               void          *buffer,
                               guint64        size);
  void          (*close_entry) (CtZipEntry   *entry);
  /* A new archive of @n members, the first one stored uncompressed when @first_stored;
   * %NULL with @message set (libzip's words, untranslated) on failure. */
  GBytes       *(*pack)       (const char   *const *names,
                               GBytes       *const *contents,
                               guint                n,
                               gboolean             first_stored,
                               char               **message);
} CtZipFuncs;

#define CT_ZIP_MODULE "congtac-zip"
#define CT_ZIP_MODULE_FUNCS "ct_zip_module_funcs"

const CtZipFuncs *ct_zip_get_funcs (GError **error);

G_END_DECLS
