/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-export"

#include "config.h"

#include "ct-export.h"
#include "ct-export-private.h"

#include <glib/gi18n-lib.h>

#include "ct-zip.h"

/* The packages are zip archives made in memory with libzip (ct-zip.h), the library the
 * importer already reads them with, then written to disk in one atomic replace; XML parts are
 * written with libxml2's xmlTextWriter, which escapes the text. */

static GBytes *
pack_failed (GError     **error,
             const char  *reason)
{
  g_set_error (error, CT_EXPORT_ERROR, CT_EXPORT_ERROR_FAILED,
               _("The document could not be packed: %s"), reason);
  return NULL;
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
  g_autoptr(GError) local = NULL;
  const CtZipFuncs *zip = ct_zip_get_funcs (&local);
  g_autofree const char **names = g_new0 (const char *, n_parts + 1);
  g_autofree GBytes **contents = g_new0 (GBytes *, n_parts + 1);
  g_autofree char *message = NULL;
  GBytes *result = NULL;

  for (guint i = 0; i < n_parts; i++)
    {
      names[i] = parts[i].name;
      contents[i] = g_steal_pointer (&parts[i].bytes);
    }
  if (zip != NULL)
    result = zip->pack (names, (GBytes *const *) contents, n_parts, first_stored, &message);
  for (guint i = 0; i < n_parts; i++)
    g_bytes_unref (contents[i]);
  if (zip == NULL)
    return pack_failed (error, local->message);
  if (result == NULL)
    return pack_failed (error, message);
  return result;
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
