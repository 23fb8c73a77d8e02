/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ct-import-text.h"

G_BEGIN_DECLS

/**
 * CtImportShape:
 * @CT_IMPORT_SHAPE_UNKNOWN: no shape was recognised
 * @CT_IMPORT_SHAPE_OUTLINE: roman sections with numbered items, conferences with their
 *   agenda ("I. …", "1. Hội nghị …: ngày …", agenda "- …" or "1. …" under it)
 * @CT_IMPORT_SHAPE_BULLETS: bullet lists with time-first lines ("- 07h30 ngày 04/3/2025
 *   (thứ Ba): Chào cờ …")
 * @CT_IMPORT_SHAPE_WORK_PLAN: a table of tasks with lead units, co-operating units and
 *   due times (Nội dung | Chủ trì | Phối hợp | Thời gian hoàn thành)
 * @CT_IMPORT_SHAPE_EVENT_TABLE: a table of events (Ngày | Thời gian | Nội dung | Chủ trì |
 *   Địa điểm)
 * @CT_IMPORT_SHAPE_WEEKLY_SCHEDULE: a day-by-day weekly schedule ("LỊCH CÔNG TÁC TUẦN")
 *
 * The shape of the document the importer recognised; each has its own grammar.
 */
typedef enum {
  CT_IMPORT_SHAPE_UNKNOWN,
  CT_IMPORT_SHAPE_OUTLINE,
  CT_IMPORT_SHAPE_BULLETS,
  CT_IMPORT_SHAPE_WORK_PLAN,
  CT_IMPORT_SHAPE_EVENT_TABLE,
  CT_IMPORT_SHAPE_WEEKLY_SCHEDULE,
} CtImportShape;

/**
 * CtImportReport:
 * @programme: the programme read, unsaved (id 0, draft)
 * @warnings: (element-type CtImportWarning): what was noticed and not guessed, sorted by
 *   line; line numbers are 1-based indexes into @source_lines
 * @unrecognised: (element-type CtImportWarning): the lines that fit nothing, each with
 *   its line number and its text as @message; never merged into a neighbour
 * @source_lines: (array zero-terminated=1): the text as read, one entry per line, after
 *   decoding and layout recovery: what the line numbers refer to
 * @shape: the shape recognised
 * @confidence: how much of the text became structure, 0 to 1
 * @encoding: the encoding the text was in, e.g. "UTF-8", "UTF-16LE", "TCVN3", "VNI",
 *   "VIQR", "Windows-1258"
 * @format: the file format read: "text", "docx", "odt", "pdf", "doc"
 *
 * Everything an import found, for the review before saving and for the CLI.
 */
typedef struct
{
  CtProgramme *programme;
  GPtrArray *warnings;
  GPtrArray *unrecognised;
  char **source_lines;
  CtImportShape shape;
  double confidence;
  char *encoding;
  char *format;
} CtImportReport;

/**
 * CtImportPeriod:
 * @kind: the period's kind
 * @year: its year (for a week, the ISO week-year)
 * @index: the month 1–12, quarter 1–4 or ISO week; ignored for a year
 *
 * A period the user gives for a text that does not name one (congtac-cli import
 * --period 2025-03).
 */
typedef struct
{
  CtPeriodKind kind;
  int year;
  int index;
} CtImportPeriod;

gboolean        ct_import_period_parse  (const char      *text,
                                         CtImportPeriod  *period);
void            ct_import_report_free   (CtImportReport  *report);
const char     *ct_import_shape_describe (CtImportShape   shape);
CtImportReport *ct_import_data          (const char      *data,
                                         gsize            length,
                                         const char      *name,
                                         GError         **error);
CtImportReport *ct_import_file          (const char      *path,
                                         GError         **error);
CtImportReport *ct_import_data_for_period (const char           *data,
                                           gsize                 length,
                                           const char           *name,
                                           const CtImportPeriod *period,
                                           GError              **error);
CtImportReport *ct_import_file_for_period (const char           *path,
                                           const CtImportPeriod *period,
                                           GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtImportReport, ct_import_report_free)

G_END_DECLS
