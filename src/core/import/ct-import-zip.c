/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-import"

#include "config.h"

#include "ct-import-files-private.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ct-zip.h"

/* The zip container of .docx and .odt files, through libzip (ct-zip.h): it reads from
 * memory, checks each entry's CRC and size as it inflates, and has a long record with
 * hostile archives. An archive is refused before anything is inflated when its entries, as declared, are
 * too many or too large (a zip bomb); every read is bounded as well, since a declared
 * size can lie. */

struct _CtImportZip
{
  const CtZipFuncs *zip;
  CtZipArchive *archive;
  guint64 total; /* bytes inflated so far */
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
check_entries (const CtZipFuncs  *zip,
               CtZipArchive      *archive,
               GError           **error)
{
  gint64 n = zip->n_entries (archive);
  guint64 total = 0;

  if (n < 0 || n > CT_IMPORT_ZIP_MAX_ENTRIES)
    {
      set_bomb (error);
      return FALSE;
    }
  for (gint64 i = 0; i < n; i++)
    {
      guint64 size;

      if (!zip->entry_size (archive, i, &size))
        continue;
      total += size;
      if (size > CT_IMPORT_ZIP_MAX_BYTES || total > CT_IMPORT_ZIP_MAX_BYTES)
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
  g_autoptr(GError) local = NULL;
  const CtZipFuncs *funcs = ct_zip_get_funcs (&local);
  CtZipArchive *archive;
  CtImportZip *zip;

  if (funcs == NULL)
    {
      g_set_error (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_UNSUPPORTED,
                   /* Translators: %s is the system's reason, in English. */
                   _("Congtac's reader of .docx and .odt files could not be loaded (%s). "
                     "Reinstall Congtac, or save the document as text (.txt) and import "
                     "that. Nothing was imported."), local->message);
      return NULL;
    }
  archive = funcs->open (data, length);
  if (archive == NULL)
    {
      ct_import_set_damaged (error, _("a document (.docx or .odt)"));
      return NULL;
    }
  if (!check_entries (funcs, archive, error))
    {
      funcs->close (archive);
      return NULL;
    }
  zip = g_new0 (CtImportZip, 1);
  zip->zip = funcs;
  zip->archive = archive;
  return zip;
}

void
ct_import_zip_close (CtImportZip *zip)
{
  if (zip == NULL)
    return;
  zip->zip->close (zip->archive);
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
  gint64 index = zip->zip->locate (zip->archive, name);
  g_autoptr(GByteArray) bytes = NULL;
  CtZipEntry *file;
  guint8 buffer[16384];
  gint64 n;

  if (index < 0)
    {
      if (!optional)
        ct_import_set_damaged (error, _("a document (.docx or .odt)"));
      return NULL;
    }
  file = zip->zip->open_entry (zip->archive, index);
  if (file == NULL)
    {
      ct_import_set_damaged (error, _("a document (.docx or .odt)"));
      return NULL;
    }
  bytes = g_byte_array_new ();
  while ((n = zip->zip->read (file, buffer, sizeof buffer)) > 0)
    {
      zip->total += n;
      if (zip->total > CT_IMPORT_ZIP_MAX_BYTES)
        break;
      g_byte_array_append (bytes, buffer, n);
    }
  zip->zip->close_entry (file);
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
  gint64 index;
  CtZipEntry *file;
  char mimetype[64] = { 0 };
  gint64 n = -1;

  if (zip->zip->locate (zip->archive, "word/document.xml") >= 0)
    return CT_IMPORT_ZIP_DOCX;
  index = zip->zip->locate (zip->archive, "mimetype");
  if (index < 0)
    return CT_IMPORT_ZIP_NONE;
  file = zip->zip->open_entry (zip->archive, index);
  if (file == NULL)
    return CT_IMPORT_ZIP_NONE;
  n = zip->zip->read (file, mimetype, sizeof mimetype - 1);
  zip->zip->close_entry (file);
  if (n == (gint64) strlen (ODT_MIMETYPE) && strcmp (mimetype, ODT_MIMETYPE) == 0)
    return CT_IMPORT_ZIP_ODT;
  return CT_IMPORT_ZIP_NONE;
}
