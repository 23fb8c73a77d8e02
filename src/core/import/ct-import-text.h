/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ct-import-enum-types.h"
#include "ct-programme.h"

G_BEGIN_DECLS

/**
 * CT_IMPORT_ERROR:
 *
 * Error domain of the text importer. Messages are translated and meant to be shown as
 * they are.
 */
#define CT_IMPORT_ERROR (ct_import_error_quark ())

/**
 * CtImportError:
 * @CT_IMPORT_ERROR_EMPTY: the text is empty or white space only
 * @CT_IMPORT_ERROR_BINARY: the data is not text (NUL bytes or control characters), or is a
 *   file format that could not be read (RTF, PDF, Word)
 * @CT_IMPORT_ERROR_ENCODING: the text's encoding cannot be told, or the text is damaged
 * @CT_IMPORT_ERROR_TOO_LARGE: larger than %CT_IMPORT_MAX_BYTES
 * @CT_IMPORT_ERROR_NO_STRUCTURE: no programme: neither numbered sections, a table nor a
 *   weekly schedule; or too little of the text read, or Vietnamese, to trust (the
 *   message names the likely cause: an old font, an RTF file, a scanned PDF)
 * @CT_IMPORT_ERROR_IO: the file cannot be read
 * @CT_IMPORT_ERROR_DAMAGED: the file (.docx, .odt, .pdf, .doc) is damaged or not what
 *   it says it is
 * @CT_IMPORT_ERROR_NO_TEXT: the file holds no text to read (a scanned PDF)
 * @CT_IMPORT_ERROR_UNSUPPORTED: the file's format cannot be read here (a .doc without
 *   antiword)
 * @CT_IMPORT_ERROR_NO_PERIOD: the text names no period and its dates tell none; give it
 *   (see #CtImportPeriod)
 */
typedef enum {
  CT_IMPORT_ERROR_EMPTY,
  CT_IMPORT_ERROR_BINARY,
  CT_IMPORT_ERROR_ENCODING,
  CT_IMPORT_ERROR_TOO_LARGE,
  CT_IMPORT_ERROR_NO_STRUCTURE,
  CT_IMPORT_ERROR_IO,
  CT_IMPORT_ERROR_DAMAGED,
  CT_IMPORT_ERROR_NO_TEXT,
  CT_IMPORT_ERROR_UNSUPPORTED,
  CT_IMPORT_ERROR_NO_PERIOD,
} CtImportError;

/* Largest text accepted, in bytes: a programme is a few pages (the real one is ~20 kB). */
#define CT_IMPORT_MAX_BYTES (5 * 1024 * 1024)

/**
 * CtImportWarning:
 * @line: 1-based line of the input the warning is about; 0 for the text as a whole
 * @message: the translated message, without the line number
 *
 * Something the importer noticed and did not guess silently.
 */
typedef struct
{
  guint line;
  char *message;
} CtImportWarning;

GQuark       ct_import_error_quark   (void);
void         ct_import_warning_free  (CtImportWarning *warning);
CtProgramme *ct_import_text          (const char  *text,
                                      gssize       length,
                                      GPtrArray  **warnings,
                                      GError     **error);
CtProgramme *ct_import_text_file     (const char  *path,
                                      GPtrArray  **warnings,
                                      GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtImportWarning, ct_import_warning_free)

G_END_DECLS
