/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ct-programme.h"
#include "ct-week.h"

G_BEGIN_DECLS

#define CT_EXPORT_ERROR (ct_export_error_quark ())

/**
 * CtExportError:
 * @CT_EXPORT_ERROR_FAILED: the document could not be made or written
 */
typedef enum
{
  CT_EXPORT_ERROR_FAILED,
} CtExportError;

/**
 * CtExportFormat:
 * @CT_EXPORT_FORMAT_DOCX: Word (.docx, Office Open XML)
 * @CT_EXPORT_FORMAT_ODT: OpenDocument text (.odt)
 * @CT_EXPORT_FORMAT_HTML: one self-contained HTML page (.html)
 */
typedef enum
{
  CT_EXPORT_FORMAT_DOCX,
  CT_EXPORT_FORMAT_ODT,
  CT_EXPORT_FORMAT_HTML,
} CtExportFormat;

GQuark    ct_export_error_quark     (void);
gboolean  ct_export_format_for_path (const char        *path,
                                     CtExportFormat    *format);
GBytes   *ct_export_docx            (const CtProgramme *programme,
                                     gboolean           two_sided,
                                     GError           **error);
GBytes   *ct_export_odt             (const CtProgramme *programme,
                                     gboolean           two_sided,
                                     GError           **error);
char     *ct_export_html            (const CtProgramme *programme,
                                     gboolean           fragment);
char     *ct_export_week_html       (const CtWeek      *week,
                                     const CtProgramme *header_source,
                                     gboolean           fragment);
gboolean  ct_export_write           (const CtProgramme *programme,
                                     CtExportFormat     format,
                                     const char        *path,
                                     gboolean           two_sided,
                                     GError           **error);

G_END_DECLS
