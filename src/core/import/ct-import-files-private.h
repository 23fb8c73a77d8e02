/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ct-import-text-private.h"

G_BEGIN_DECLS

/* Readers of office files. Each turns a file's bytes into the text the grammar reads:
 * UTF-8 NFC lines in reading order, where a table row or a line of side-by-side columns
 * is one line whose cells are separated by a tab (a cell of several paragraphs gives
 * several such lines, the k-th paragraphs of the row's cells joined by tabs). */

/* A zip archive's entries, all of them uncompressed, may not exceed this: a programme's
 * .docx is a few hundred kB; more is a zip bomb. */
#define CT_IMPORT_ZIP_MAX_BYTES (50 * 1024 * 1024)
/* Nor may it hold more entries than this (a .docx has a few dozen). */
#define CT_IMPORT_ZIP_MAX_ENTRIES 2000

typedef enum {
  CT_IMPORT_ZIP_NONE,   /* not a document this importer reads */
  CT_IMPORT_ZIP_DOCX,
  CT_IMPORT_ZIP_ODT,
} CtImportZipKind;

typedef struct _CtImportZip CtImportZip;

CtImportZip    *ct_import_zip_open    (const char   *data,
                                       gsize         length,
                                       GError      **error);
void            ct_import_zip_close   (CtImportZip  *zip);
CtImportZipKind ct_import_zip_kind    (CtImportZip  *zip);
GBytes         *ct_import_zip_read    (CtImportZip  *zip,
                                       const char   *name,
                                       gboolean      optional,
                                       GError      **error);
void            ct_import_set_damaged (GError      **error,
                                       const char   *format);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtImportZip, ct_import_zip_close)

/* How a list level writes its number. */
typedef enum {
  CT_NUMBER_DECIMAL,
  CT_NUMBER_DECIMAL_ZERO,
  CT_NUMBER_UPPER_ROMAN,
  CT_NUMBER_LOWER_ROMAN,
  CT_NUMBER_UPPER_LETTER,
  CT_NUMBER_LOWER_LETTER,
  CT_NUMBER_BULLET,
  CT_NUMBER_NONE,
} CtNumberFormat;

void  ct_import_append_number (GString        *out,
                               CtNumberFormat  format,
                               int             value);

/* The flow of a document's paragraphs and tables, written as lines. */
typedef struct _CtImportFlow CtImportFlow;

CtImportFlow *ct_import_flow_new             (void);
void          ct_import_flow_free            (CtImportFlow *flow);
GString      *ct_import_flow_paragraph       (CtImportFlow *flow);
void          ct_import_flow_begin_paragraph (CtImportFlow *flow);
void          ct_import_flow_end_paragraph   (CtImportFlow *flow);
void          ct_import_flow_tab             (CtImportFlow *flow);
void          ct_import_flow_begin_table     (CtImportFlow *flow);
void          ct_import_flow_end_table       (CtImportFlow *flow);
void          ct_import_flow_begin_row       (CtImportFlow *flow);
void          ct_import_flow_end_row         (CtImportFlow *flow);
void          ct_import_flow_begin_cell      (CtImportFlow *flow);
void          ct_import_flow_end_cell        (CtImportFlow *flow);
char         *ct_import_flow_finish          (CtImportFlow *flow,
                                              GError      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtImportFlow, ct_import_flow_free)

char *ct_import_docx_text (CtImportZip *zip,
                           GError     **error);
char *ct_import_odt_text  (CtImportZip *zip,
                           GError     **error);
char *ct_import_pdf_text  (const char  *data,
                           gsize        length,
                           GError     **error);
char *ct_import_doc_text  (const char  *data,
                           gsize        length,
                           GError     **error);

G_END_DECLS
