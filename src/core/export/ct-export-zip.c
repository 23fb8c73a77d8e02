/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-export"

#include "config.h"

#include "ct-export.h"
#include "ct-export-private.h"

#include <glib/gi18n-lib.h>
#include <zip.h>

/* The packages are zip archives made in memory with libzip, the library the importer
 * already reads them with, then written to disk in one atomic replace; XML parts are
 * written with libxml2's xmlTextWriter, which escapes the text. */

typedef struct
{
  zip_source_t *source;
  zip_t *archive;
  GPtrArray *contents;  /* (element-type GBytes): held until the archive is closed */
} CtZipWriter;

static void ct_zip_writer_free (CtZipWriter *zip);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtZipWriter, ct_zip_writer_free)

static void
set_zip_error (GError     **error,
               zip_error_t *zip_error)
{
  g_set_error (error, CT_EXPORT_ERROR, CT_EXPORT_ERROR_FAILED,
               _("The document could not be packed: %s"), zip_error_strerror (zip_error));
}

/* ct_zip_writer_new:
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): an empty archive in memory
 */
static CtZipWriter *
ct_zip_writer_new (GError **error)
{
  CtZipWriter *zip = g_new0 (CtZipWriter, 1);
  zip_error_t zip_error;

  zip_error_init (&zip_error);
  zip->contents = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  zip->source = zip_source_buffer_create (NULL, 0, 0, &zip_error);
  if (zip->source != NULL)
    {
      /* Kept after zip_close() to read the archive back. */
      zip_source_keep (zip->source);
      zip->archive = zip_open_from_source (zip->source, ZIP_TRUNCATE, &zip_error);
    }
  if (zip->archive == NULL)
    {
      set_zip_error (error, &zip_error);
      zip_error_fini (&zip_error);
      ct_zip_writer_free (zip);
      return NULL;
    }
  zip_error_fini (&zip_error);
  return zip;
}

/* ct_zip_writer_add:
 * @zip: an archive
 * @name: the member's name, "word/document.xml"
 * @contents: its bytes
 * @stored: store it uncompressed (the "mimetype" member of an OpenDocument package)
 * @error: return location for a #GError
 *
 * Returns: whether the member was added
 */
static gboolean
ct_zip_writer_add (CtZipWriter  *zip,
                   const char   *name,
                   GBytes       *contents,
                   gboolean      stored,
                   GError      **error)
{
  gsize size;
  const void *data = g_bytes_get_data (contents, &size);
  zip_source_t *member = zip_source_buffer (zip->archive, data, size, 0);
  zip_int64_t index;

  g_ptr_array_add (zip->contents, g_bytes_ref (contents));
  if (member == NULL ||
      (index = zip_file_add (zip->archive, name, member, ZIP_FL_ENC_UTF_8)) < 0)
    {
      zip_source_free (member);
      set_zip_error (error, zip_get_error (zip->archive));
      return FALSE;
    }
  if (zip_set_file_compression (zip->archive, index, stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE,
                                0) < 0)
    {
      set_zip_error (error, zip_get_error (zip->archive));
      return FALSE;
    }
  return TRUE;
}

/* ct_zip_writer_finish:
 * @zip: an archive
 * @error: return location for a #GError
 *
 * Closes the archive; @zip is then only to be freed.
 *
 * Returns: (transfer full) (nullable): the archive's bytes
 */
static GBytes *
ct_zip_writer_finish (CtZipWriter  *zip,
                      GError      **error)
{
  zip_stat_t stat;
  g_autofree guint8 *data = NULL;
  zip_int64_t read;

  if (zip_close (zip->archive) < 0)
    {
      set_zip_error (error, zip_get_error (zip->archive));
      zip_discard (zip->archive);
      zip->archive = NULL;
      return NULL;
    }
  zip->archive = NULL;
  zip_stat_init (&stat);
  if (zip_source_stat (zip->source, &stat) < 0 || zip_source_open (zip->source) < 0)
    {
      set_zip_error (error, zip_source_error (zip->source));
      return NULL;
    }
  data = g_malloc (MAX (stat.size, 1));
  read = zip_source_read (zip->source, data, stat.size);
  zip_source_close (zip->source);
  if (read < 0 || (zip_uint64_t) read != stat.size)
    {
      set_zip_error (error, zip_source_error (zip->source));
      return NULL;
    }
  return g_bytes_new_take (g_steal_pointer (&data), stat.size);
}

/* ct_zip_writer_free:
 * @zip: (nullable): an archive
 */
static void
ct_zip_writer_free (CtZipWriter *zip)
{
  if (zip == NULL)
    return;
  if (zip->archive != NULL)
    zip_discard (zip->archive);
  if (zip->source != NULL)
    zip_source_free (zip->source);
  g_ptr_array_unref (zip->contents);
  g_free (zip);
}

/**
 * ct_zip_pack:
 * @parts: (array length=n_parts): the members in order; their bytes are released
 * @n_parts: how many
 * @first_stored: store the first member uncompressed (an OpenDocument "mimetype")
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the archive's bytes
 */
GBytes *
ct_zip_pack (CtZipPart  *parts,
             guint       n_parts,
             gboolean    first_stored,
             GError    **error)
{
  g_autoptr(CtZipWriter) zip = ct_zip_writer_new (error);
  gboolean ok = zip != NULL;

  for (guint i = 0; i < n_parts; i++)
    {
      ok = ok && ct_zip_writer_add (zip, parts[i].name, parts[i].bytes,
                                    first_stored && i == 0, error);
      g_clear_pointer (&parts[i].bytes, g_bytes_unref);
    }
  return ok ? ct_zip_writer_finish (zip, error) : NULL;
}

/**
 * ct_xml_part_init:
 * @part: (out caller-allocates): a part to write
 *
 * Starts an XML document (version 1.0, UTF-8, standalone) in memory.
 */
void
ct_xml_part_init (CtXmlPart *part)
{
  part->buffer = xmlBufferCreate ();
  part->writer = xmlNewTextWriterMemory (part->buffer, 0);
  xmlTextWriterStartDocument (part->writer, "1.0", "UTF-8", "yes");
}

/**
 * ct_xml_part_finish:
 * @part: a part
 *
 * Closes the open elements and frees the writer.
 *
 * Returns: (transfer full): the document's bytes
 */
GBytes *
ct_xml_part_finish (CtXmlPart *part)
{
  GBytes *bytes;

  xmlTextWriterEndDocument (part->writer);
  xmlFreeTextWriter (part->writer);
  bytes = g_bytes_new (xmlBufferContent (part->buffer), xmlBufferLength (part->buffer));
  xmlBufferFree (part->buffer);
  part->writer = NULL;
  part->buffer = NULL;
  return bytes;
}

void
ct_xml_start (CtXmlPart  *part,
              const char *element)
{
  xmlTextWriterStartElement (part->writer, BAD_CAST element);
}

void
ct_xml_end (CtXmlPart *part)
{
  xmlTextWriterEndElement (part->writer);
}

void
ct_xml_attribute (CtXmlPart  *part,
                  const char *name,
                  const char *value)
{
  xmlTextWriterWriteAttribute (part->writer, BAD_CAST name, BAD_CAST value);
}

void
ct_xml_attribute_printf (CtXmlPart  *part,
                         const char *name,
                         const char *format,
                         ...)
{
  va_list args;
  g_autofree char *value = NULL;

  va_start (args, format);
  value = g_strdup_vprintf (format, args);
  va_end (args);
  ct_xml_attribute (part, name, value);
}

void
ct_xml_text (CtXmlPart  *part,
             const char *text)
{
  xmlTextWriterWriteString (part->writer, BAD_CAST text);
}

/* <element>text</element> */
void
ct_xml_element (CtXmlPart  *part,
                const char *element,
                const char *text)
{
  xmlTextWriterWriteElement (part->writer, BAD_CAST element, BAD_CAST text);
}
