/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-import"

#include "config.h"

#include "ct-import-files-private.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ct-import-pdf-module.h"
#include "ct-module.h"
#include "ct-text.h"

/* The PDF reader proper is a module (ct-import-pdf-module.c), loaded at the first PDF:
 * here its answer becomes the importer's errors and normalised text. */

static char *
read_error (GError **error,
            GError  *load_error)
{
  /* Translators: %s is the system's reason, in English. */
  g_set_error (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_UNSUPPORTED,
               _("Congtac's PDF reader could not be loaded (%s), so PDF files cannot be "
                 "imported. Reinstall Congtac, or import the document the PDF was made "
                 "from (.docx, .odt or .txt). Nothing was imported."),
               load_error->message);
  return NULL;
}

/**
 * ct_import_pdf_text:
 * @data: a PDF's bytes
 * @length: their length
 * @error: return location for a #CT_IMPORT_ERROR
 *
 * Returns: (transfer full) (nullable): the PDF's visual lines, page after page, or %NULL
 *   with @error set: damaged, protected by a password, or no text at all (a scan)
 */
char *
ct_import_pdf_text (const char  *data,
                    gsize        length,
                    GError     **error)
{
  g_autoptr(GError) local = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  CtImportPdfReadFunc read;
  gsize characters = 0;

  read = ct_module_symbol (CT_IMPORT_PDF_MODULE, CT_IMPORT_PDF_MODULE_READ, &local);
  if (read == NULL)
    return read_error (error, local);
  switch (read (data, length, CT_IMPORT_MAX_BYTES, out, &characters))
    {
    case CT_IMPORT_PDF_READ_OK:
      break;
    case CT_IMPORT_PDF_READ_ENCRYPTED:
      g_set_error_literal (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_UNSUPPORTED,
                           _("This PDF is protected by a password. Open it, save a copy "
                             "without the password, then import that. Nothing was "
                             "imported."));
      return NULL;
    case CT_IMPORT_PDF_READ_DAMAGED:
    default:
      ct_import_set_damaged (error, _("a PDF"));
      return NULL;
    }
  if (out->len > CT_IMPORT_MAX_BYTES)
    {
      ct_import_set_too_large (error);
      return NULL;
    }
  if (characters == 0)
    {
      g_set_error_literal (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_NO_TEXT,
                           _("This PDF holds only images of pages (a scan); it has no text "
                             "to read. Import the document it was printed from (.docx, "
                             ".odt or .txt), or type the programme in. Nothing was "
                             "imported."));
      return NULL;
    }
  return ct_text_normalize (out->str);
}
