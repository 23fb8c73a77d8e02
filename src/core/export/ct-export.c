/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-export"

#include "config.h"

#include "ct-export.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ct-file.h"

G_DEFINE_QUARK (ct-export-error-quark, ct_export_error)

/**
 * ct_export_format_for_path:
 * @path: a file name
 * @format: (out): the format its extension names
 *
 * Returns: whether the extension (.docx, .odt, .html or .htm, any case) names a format
 */
gboolean
ct_export_format_for_path (const char     *path,
                           CtExportFormat *format)
{
  static const struct { const char *suffix; CtExportFormat format; } suffixes[] = {
    { ".docx", CT_EXPORT_FORMAT_DOCX }, { ".odt", CT_EXPORT_FORMAT_ODT },
    { ".html", CT_EXPORT_FORMAT_HTML }, { ".htm", CT_EXPORT_FORMAT_HTML },
  };
  g_autofree char *lower = g_ascii_strdown (path, -1);

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    if (g_str_has_suffix (lower, suffixes[i].suffix))
      {
        *format = suffixes[i].format;
        return TRUE;
      }
  return FALSE;
}

/**
 * ct_export_write:
 * @programme: a programme
 * @format: the format to write
 * @path: the file to write, replaced atomically (ct_file_replace_contents()); the caller
 *   has checked it is not the database (ct_file_check_export_target())
 * @two_sided: mirror the margins of back pages
 * @error: return location for a #GError
 *
 * Returns: whether the file was written
 */
gboolean
ct_export_write (const CtProgramme *programme,
                 CtExportFormat     format,
                 const char        *path,
                 gboolean           two_sided,
                 GError           **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (programme != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  switch (format)
    {
    case CT_EXPORT_FORMAT_ODT:
      bytes = ct_export_odt (programme, two_sided, error);
      break;
    case CT_EXPORT_FORMAT_HTML:
      {
        char *html = ct_export_html (programme, FALSE);

        bytes = g_bytes_new_take (html, strlen (html));
      }
      break;
    case CT_EXPORT_FORMAT_DOCX:
    default:
      bytes = ct_export_docx (programme, two_sided, error);
      break;
    }
  if (bytes == NULL)
    return FALSE;
  return ct_file_replace_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                   error);
}
