/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-import"

#include "config.h"

#include "ct-import-files-private.h"

#include <glib/gi18n-lib.h>
#include <string.h>
#include <zip.h>

/* The zip container of .docx and .odt files, through libzip: it reads from memory, checks
 * each entry's CRC and size as it inflates, and has a long record with hostile archives.
 * An archive is refused before anything is inflated when its entries, as declared, are
 * too many or too large (a zip bomb); every read is bounded as well, since a declared
 * size can lie. */

struct _CtImportZip
{
  zip_t *archive;
  zip_uint64_t total; /* bytes inflated so far */
};

#define ODT_MIMETYPE "application/vnd.oasis.opendocument.text"

/**
 * ct_import_set_damaged:
 * @error: return location for a #CT_IMPORT_ERROR
 * @format: the format's name: "Word (.docx)", "PDF"…
 */
void
ct_import_set_damaged (GError     **error,
                       const char  *format)
{
  g_set_error (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_DAMAGED,
               /* Translators: %s is a file format, e.g. “Word (.docx)” or “PDF”. */
               _("The file looks like %s but is damaged and cannot be read. Open it in the "
                 "program that made it and save it again, then import that. Nothing was "
                 "imported."), format);
}

static void
set_bomb (GError **error)
{
  g_set_error (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_TOO_LARGE,
               /* Translators: %u is a size in megabytes. */
               _("The document unpacks to more than %u MB or holds too many parts; a "
                 "programme is a few pages. It was not opened. Nothing was imported."),
               (guint) (CT_IMPORT_ZIP_MAX_BYTES / (1024 * 1024)));
}

/* Whether the declared entries stay within the limits. */
static gboolean
check_entries (zip_t   *archive,
               GError **error)
{
  zip_int64_t n = zip_get_num_entries (archive, 0);
  zip_uint64_t total = 0;

  if (n < 0 || n > CT_IMPORT_ZIP_MAX_ENTRIES)
    {
      set_bomb (error);
      return FALSE;
    }
  for (zip_int64_t i = 0; i < n; i++)
    {
      zip_stat_t st;

      zip_stat_init (&st);
      if (zip_stat_index (archive, i, 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE))
        continue;
      total += st.size;
      if (st.size > CT_IMPORT_ZIP_MAX_BYTES || total > CT_IMPORT_ZIP_MAX_BYTES)
        {
          set_bomb (error);
          return FALSE;
        }
    }
  return TRUE;
}

/**
 * ct_import_zip_open:
 * @data: the bytes of a zip archive; they must outlive the result
 * @length: their length
 * @error: return location for a #CT_IMPORT_ERROR
 *
 * Returns: (transfer full) (nullable): the archive, or %NULL with @error set when it is
 *   damaged or too large
 */
CtImportZip *
ct_import_zip_open (const char  *data,
                    gsize        length,
                    GError     **error)
{
  zip_error_t zerror;
  zip_source_t *source;
  zip_t *archive;
  CtImportZip *zip;

  zip_error_init (&zerror);
  source = zip_source_buffer_create (data, length, 0, &zerror);
  if (source == NULL)
    {
      zip_error_fini (&zerror);
      ct_import_set_damaged (error, _("a document (.docx or .odt)"));
      return NULL;
    }
  archive = zip_open_from_source (source, ZIP_RDONLY | ZIP_CHECKCONS, &zerror);
  zip_error_fini (&zerror);
  if (archive == NULL)
    {
      zip_source_free (source);
      ct_import_set_damaged (error, _("a document (.docx or .odt)"));
      return NULL;
    }
  if (!check_entries (archive, error))
    {
      zip_discard (archive);
      return NULL;
    }
  zip = g_new0 (CtImportZip, 1);
  zip->archive = archive;
  return zip;
}

void
ct_import_zip_close (CtImportZip *zip)
{
  if (zip == NULL)
    return;
  zip_discard (zip->archive);
  g_free (zip);
}

/**
 * ct_import_zip_read:
 * @zip: an archive
 * @name: an entry's name
 * @optional: whether a missing entry is not an error
 * @error: return location for a #CT_IMPORT_ERROR
 *
 * Inflates one entry, never past %CT_IMPORT_ZIP_MAX_BYTES for the archive as a whole.
 *
 * Returns: (transfer full) (nullable): its bytes, or %NULL: with @error set, or without
 *   when @optional and the entry is missing
 */
GBytes *
ct_import_zip_read (CtImportZip  *zip,
                    const char   *name,
                    gboolean      optional,
                    GError      **error)
{
  zip_int64_t index = zip_name_locate (zip->archive, name, 0);
  g_autoptr(GByteArray) bytes = NULL;
  zip_file_t *file;
  guint8 buffer[16384];
  zip_int64_t n;

  if (index < 0)
    {
      if (!optional)
        ct_import_set_damaged (error, _("a document (.docx or .odt)"));
      return NULL;
    }
  file = zip_fopen_index (zip->archive, index, 0);
  if (file == NULL)
    {
      ct_import_set_damaged (error, _("a document (.docx or .odt)"));
      return NULL;
    }
  bytes = g_byte_array_new ();
  while ((n = zip_fread (file, buffer, sizeof buffer)) > 0)
    {
      zip->total += n;
      if (zip->total > CT_IMPORT_ZIP_MAX_BYTES)
        break;
      g_byte_array_append (bytes, buffer, n);
    }
  zip_fclose (file);
  if (zip->total > CT_IMPORT_ZIP_MAX_BYTES)
    {
      set_bomb (error);
      return NULL;
    }
  if (n < 0)
    {
      ct_import_set_damaged (error, _("a document (.docx or .odt)"));
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

/**
 * ct_import_zip_kind:
 * @zip: an archive
 *
 * Returns: what the archive holds, told by its content: a Word body
 *   (word/document.xml), or an OpenDocument text (its "mimetype" entry)
 */
CtImportZipKind
ct_import_zip_kind (CtImportZip *zip)
{
  zip_int64_t index;
  zip_file_t *file;
  char mimetype[64] = { 0 };
  zip_int64_t n = -1;

  if (zip_name_locate (zip->archive, "word/document.xml", 0) >= 0)
    return CT_IMPORT_ZIP_DOCX;
  index = zip_name_locate (zip->archive, "mimetype", 0);
  if (index < 0)
    return CT_IMPORT_ZIP_NONE;
  file = zip_fopen_index (zip->archive, index, 0);
  if (file == NULL)
    return CT_IMPORT_ZIP_NONE;
  n = zip_fread (file, mimetype, sizeof mimetype - 1);
  zip_fclose (file);
  if (n == (zip_int64_t) strlen (ODT_MIMETYPE) && strcmp (mimetype, ODT_MIMETYPE) == 0)
    return CT_IMPORT_ZIP_ODT;
  return CT_IMPORT_ZIP_NONE;
}
