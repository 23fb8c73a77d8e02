/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <gmodule.h>

G_BEGIN_DECLS

/* The PDF reader is the module libcongtac-pdf.so, so that poppler and the libraries it
 * brings (NSS, lcms2, OpenJPEG: some 20 shared objects) are loaded only when a PDF is
 * imported. It links poppler and GLib only; the importer turns its answer into errors. */

#define CT_IMPORT_PDF_MODULE "congtac-pdf"
#define CT_IMPORT_PDF_MODULE_READ "ct_import_pdf_module_read"

typedef enum
{
  CT_IMPORT_PDF_READ_OK,
  CT_IMPORT_PDF_READ_DAMAGED,
  CT_IMPORT_PDF_READ_ENCRYPTED,
} CtImportPdfRead;

/* Appends the PDF's visual lines, page after page, to @out (pages stop being read once
 * @out holds more than @max_bytes) and sets @characters to how many of them are text. */
typedef CtImportPdfRead (*CtImportPdfReadFunc) (const char *data,
                                                gsize       length,
                                                gsize       max_bytes,
                                                GString    *out,
                                                gsize      *characters);

G_MODULE_EXPORT CtImportPdfRead ct_import_pdf_module_read (const char *data,
                                                           gsize       length,
                                                           gsize       max_bytes,
                                                           GString    *out,
                                                           gsize      *characters);

G_END_DECLS
