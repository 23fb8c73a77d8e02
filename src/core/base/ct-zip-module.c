/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-zip"

#include "ct-zip.h"

#include <gmodule.h>
#include <zip.h>

/* libzip, the module's one library: it reads from memory, checks each entry's CRC and
 * size as it inflates, and has a long record with hostile archives. */

G_MODULE_EXPORT const CtZipFuncs *ct_zip_module_funcs (void);

static CtZipArchive *
zip_module_open (const char *data,
                 gsize       length)
{
  zip_error_t zerror;
  zip_source_t *source;
  zip_t *archive = NULL;

  zip_error_init (&zerror);
  source = zip_source_buffer_create (data, length, 0, &zerror);
  if (source != NULL)
    {
      archive = zip_open_from_source (source, ZIP_RDONLY | ZIP_CHECKCONS, &zerror);
      if (archive == NULL)
        zip_source_free (source);
    }
  zip_error_fini (&zerror);
  return (CtZipArchive *) archive;
}

static void
zip_module_close (CtZipArchive *archive)
{
  zip_discard ((zip_t *) archive);
}

static gint64
zip_module_n_entries (CtZipArchive *archive)
{
  return zip_get_num_entries ((zip_t *) archive, 0);
}

static gboolean
zip_module_entry_size (CtZipArchive *archive,
                       gint64        index,
                       guint64      *size)
{
  zip_stat_t st;

  zip_stat_init (&st);
  if (zip_stat_index ((zip_t *) archive, index, 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE))
    return FALSE;
  *size = st.size;
  return TRUE;
}

static gint64
zip_module_locate (CtZipArchive *archive,
                   const char   *name)
{
  return zip_name_locate ((zip_t *) archive, name, 0);
}

static CtZipEntry *
zip_module_open_entry (CtZipArchive *archive,
                       gint64        index)
{
  return (CtZipEntry *) zip_fopen_index ((zip_t *) archive, index, 0);
}

static gint64
zip_module_read (CtZipEntry *entry,
                 void       *buffer,
                 guint64     size)
{
  return zip_fread ((zip_file_t *) entry, buffer, size);
}

static void
zip_module_close_entry (CtZipEntry *entry)
{
  zip_fclose ((zip_file_t *) entry);
}

static void
set_message (char       **message,
             zip_error_t *error)
{
  if (*message == NULL)
    *message = g_strdup (zip_error_strerror (error));
}

static gboolean
add_member (zip_t      *archive,
            const char *name,
            GBytes     *contents,
            gboolean    stored,
            char      **message)
{
  gsize size;
  const void *data = g_bytes_get_data (contents, &size);
  zip_source_t *member = zip_source_buffer (archive, data, size, 0);
  zip_int64_t index;

  if (member == NULL || (index = zip_file_add (archive, name, member, ZIP_FL_ENC_UTF_8)) < 0)
    {
      zip_source_free (member);
      set_message (message, zip_get_error (archive));
      return FALSE;
    }
  if (zip_set_file_compression (archive, index, stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 0) < 0)
    {
      set_message (message, zip_get_error (archive));
      return FALSE;
    }
  return TRUE;
}

/* The closed archive's bytes, read back from its source. */
static GBytes *
read_back (zip_source_t *source,
           char        **message)
{
  zip_stat_t stat;
  g_autofree guint8 *data = NULL;
  zip_int64_t read;

  zip_stat_init (&stat);
  if (zip_source_stat (source, &stat) < 0 || zip_source_open (source) < 0)
    {
      set_message (message, zip_source_error (source));
      return NULL;
    }
  data = g_malloc (MAX (stat.size, 1));
  read = zip_source_read (source, data, stat.size);
  zip_source_close (source);
  if (read < 0 || (zip_uint64_t) read != stat.size)
    {
      set_message (message, zip_source_error (source));
      return NULL;
    }
  return g_bytes_new_take (g_steal_pointer (&data), stat.size);
}

/* The members' bytes are the caller's until the archive is closed: libzip reads them only
 * then. */
static GBytes *
zip_module_pack (const char *const *names,
                 GBytes *const     *contents,
                 guint              n,
                 gboolean           first_stored,
                 char             **message)
{
  zip_error_t zerror;
  zip_source_t *source;
  zip_t *archive = NULL;
  GBytes *result = NULL;
  gboolean ok;

  zip_error_init (&zerror);
  source = zip_source_buffer_create (NULL, 0, 0, &zerror);
  if (source != NULL)
    {
      /* Kept after zip_close() to read the archive back. */
      zip_source_keep (source);
      archive = zip_open_from_source (source, ZIP_TRUNCATE, &zerror);
    }
  if (archive == NULL)
    set_message (message, &zerror);
  zip_error_fini (&zerror);
  ok = archive != NULL;
  for (guint i = 0; ok && i < n; i++)
    ok = add_member (archive, names[i], contents[i], first_stored && i == 0, message);
  if (ok && zip_close (archive) < 0)
    {
      set_message (message, zip_get_error (archive));
      ok = FALSE;
    }
  else if (ok)
    archive = NULL;
  if (ok)
    result = read_back (source, message);
  if (archive != NULL)
    zip_discard (archive);
  if (source != NULL)
    zip_source_free (source);
  return result;
}

/* The module's one entry point (see ct_zip_get_funcs()). */
G_MODULE_EXPORT const CtZipFuncs *
ct_zip_module_funcs (void)
{
  static const CtZipFuncs funcs = {
    zip_module_open,
    zip_module_close,
    zip_module_n_entries,
    zip_module_entry_size,
    zip_module_locate,
    zip_module_open_entry,
    zip_module_read,
    zip_module_close_entry,
    zip_module_pack,
  };

  return &funcs;
}
