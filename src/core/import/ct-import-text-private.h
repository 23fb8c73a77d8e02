/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ct-import.h"

G_BEGIN_DECLS

/* A non-blank input line: white space collapsed and trimmed, NFC. */
typedef struct
{
  guint number;
  char *text;
  gboolean after_blank; /* one or more blank lines come before it */
  gboolean table_row;   /* a body line of three tab-separated cells or more, kept whole
                         * for the table grammar (ct-import-layout.c) */
} CtImportLine;

/* A rebuilt paragraph and the input line it starts on. */
typedef struct
{
  guint line;
  char *text;
} CtImportParagraph;

/* Text folded for matching (see ct_text_fold()) with, for each folded byte, the byte
 * offset of the character it comes from, so that a match maps back to the original. */
typedef struct
{
  char *text;
  gsize len;
  gsize *offsets; /* len + 1 entries; the last one is the original's length */
} CtFolded;

/* A parsed "when": "Dự kiến ngày 08/9/2023 (thứ Sáu)", "chiều thứ 2 hằng tuần". */
typedef struct
{
  gboolean tentative;
  CtDayPart day_part;
  int start_minute;
  int end_minute;
  int day1, month1, year1; /* month and year -1 when not written */
  int day2, month2, year2; /* last day of a range */
  gboolean range;
  const char *written1;    /* the dates as written, in the parsed text */
  const char *written2;
  int written1_len, written2_len;
  GDateWeekday weekday;    /* as written, G_DATE_BAD_WEEKDAY when not written */
  GDateWeekday weekday2;   /* a range's last day's, as written */
  guint weekdays;          /* recurring: #CtWeekdayMask */
} CtWhen;

typedef struct
{
  CtProgramme *programme;
  GPtrArray *warnings;   /* (element-type CtImportWarning) */
  GHashTable *units;     /* fold key → first spelling met */
  GHashTable *lines;     /* CtItem* → first line, for the period check */
  gboolean period_known;
  gboolean style_known;
  gboolean has_number;
  gboolean has_signature;
  gboolean table_cells;  /* tabs separate the cells of a real table (.docx, .odt), not
                          * columns guessed from positions */
  GPtrArray *unrecognised; /* (element-type CtImportWarning): lines that fit nothing */
  CtImportShape shape;   /* the shape recognised */
  guint listed_lines;    /* warnings with a line number listed so far */
  guint dropped;         /* warnings with a line number beyond CT_IMPORT_MAX_WARNINGS */
  char **source;         /* the text's lines as they are, tabs kept: a table's cells */
  guint n_source;
  const CtImportPeriod *given_period; /* (nullable) the period the user gave */
} CtImportContext;

/* Text decoded from bytes (ct-import-encoding.c). */
typedef struct
{
  char *text;             /* UTF-8, NFC; binary data is passed on as it was */
  gsize length;
  const char *encoding;   /* "UTF-8", "UTF-16LE", "UTF-16BE", "Windows-1258", "TCVN3", "VNI",
                           * "VIQR" */
  GPtrArray *warnings;    /* (element-type CtImportWarning): what was converted */
} CtImportDecoded;

/* Past this many warnings about lines, the text is not a programme worth reading line by
 * line: the rest are counted, not listed. */
#define CT_IMPORT_MAX_WARNINGS 200

void      ct_import_set_too_large   (GError         **error);
void      ct_import_line_free       (CtImportLine    *line);
char     *ct_import_layout_cells    (const char      *raw);
void      ct_import_layout          (CtImportContext *ctx,
                                     GPtrArray       *lines);
gboolean  ct_import_text_report     (const char      *text,
                                     gsize            length,
                                     CtImportReport  *report,
                                     GError         **error);
gboolean  ct_import_text_report_for_period (const char           *text,
                                            gsize                 length,
                                            const CtImportPeriod *period,
                                            CtImportReport       *report,
                                            GError              **error);
gboolean  ct_import_decode          (const char      *data,
                                     gsize            length,
                                     CtImportDecoded *decoded,
                                     GError         **error);
void      ct_import_decoded_clear   (CtImportDecoded *decoded);
gboolean  ct_import_decoded_report  (const char           *data,
                                     gsize                 length,
                                     const CtImportPeriod *period,
                                     CtImportReport       *report,
                                     GError              **error);
void      ct_import_unrecognised    (CtImportContext *ctx,
                                     guint            line,
                                     const char      *text);
double    ct_import_confidence      (CtImportContext *ctx,
                                     GPtrArray       *lines);
double    ct_import_structure_share (CtImportContext *ctx,
                                     GPtrArray       *lines);
double    ct_import_vietnamese_share (GPtrArray      *lines,
                                      double         *latin1_share,
                                      guint          *letter_lines);
void      ct_import_warn            (CtImportContext *ctx,
                                     guint            line,
                                     const char      *format,
                                     ...) G_GNUC_PRINTF (3, 4);

void      ct_folded_init            (CtFolded        *folded,
                                     const char      *text);
void      ct_folded_clear           (CtFolded        *folded);

gboolean  ct_import_parse_when      (const char      *folded,
                                     CtWhen          *when);
gboolean  ct_import_parse_recurring (const char      *folded,
                                     CtWhen          *when);
gboolean  ct_import_parse_time      (const char      *folded,
                                     CtWhen          *when);
gboolean  ct_import_parse_day       (const char      *folded,
                                     CtWhen          *when);
gboolean  ct_import_parse_roman     (const char      *text,
                                     guint           *value,
                                     const char     **rest);
gboolean  ct_import_parse_number    (const char      *text,
                                     guint           *value,
                                     const char     **rest);
gboolean  ct_import_is_marker_line  (const char      *text);
gboolean  ct_import_is_authority    (const char      *text,
                                     CtDocumentStyle *style,
                                     CtSigningAuthority *authority,
                                     const char     **rest);

GPtrArray *ct_import_rebuild_paragraphs (GPtrArray   *lines,
                                         guint        first,
                                         guint        end);
void       ct_import_paragraph_free     (CtImportParagraph *paragraph);

void      ct_import_body            (CtImportContext *ctx,
                                     GPtrArray       *paragraphs);

gboolean  ct_import_is_title_line   (const char      *text);
void      ct_import_header          (CtImportContext *ctx,
                                     GPtrArray       *lines,
                                     guint            end);
guint     ct_import_title           (CtImportContext *ctx,
                                     GPtrArray       *lines,
                                     guint            title,
                                     guint            end);
gboolean  ct_import_is_tail_line    (const char      *text);
void      ct_import_tail            (CtImportContext *ctx,
                                     GPtrArray       *lines,
                                     guint            first,
                                     guint            end);

/* Tables (ct-import-table.c) and weekly schedules (ct-import-week.c). */
int       ct_import_iso_week_year   (const GDate     *date);
char    **ct_import_line_cells      (CtImportContext *ctx,
                                     const CtImportLine *line);
guint     ct_import_find_table      (CtImportContext *ctx,
                                     GPtrArray       *lines,
                                     guint            first,
                                     guint            end);
gboolean  ct_import_table           (CtImportContext *ctx,
                                     GPtrArray       *lines,
                                     guint            header,
                                     guint            end,
                                     GError         **error);
void      ct_import_table_windows   (CtImportContext *ctx);
char     *ct_import_cut_note        (char            *text,
                                     const char     **key);
void      ct_import_set_attribute   (CtItem          *item,
                                     const char      *key,
                                     const char      *value);
gboolean  ct_import_complete_date   (CtImportContext *ctx,
                                     guint            line,
                                     const CtWhen    *when,
                                     GDate           *date);
gboolean  ct_import_is_week_title   (const char      *text);
guint     ct_import_week_title      (CtImportContext *ctx,
                                     GPtrArray       *lines,
                                     guint            title,
                                     guint            end);
void      ct_import_week            (CtImportContext *ctx,
                                     GPtrArray       *lines,
                                     guint            first,
                                     guint            end);

/* How much of a text reads as Vietnamese: @good words hold marks or đ and are valid
 * syllables, @bad words hold them and are not, or are characters no Vietnamese text
 * has; @plain words are ASCII only and tell nothing. */
typedef struct
{
  guint good;
  guint bad;
  guint plain;
} CtImportScore;

/* Detecting an encoding reads at most this much, whatever the input's size. */
#define CT_IMPORT_SAMPLE_BYTES (64 * 1024)

/* The marks of Vietnamese letters, as combining characters (NFD). */
#define CT_IMPORT_MARK_ACUTE "\xcc\x81"
#define CT_IMPORT_MARK_GRAVE "\xcc\x80"
#define CT_IMPORT_MARK_HOOK  "\xcc\x89"
#define CT_IMPORT_MARK_TILDE "\xcc\x83"
#define CT_IMPORT_MARK_DOT   "\xcc\xa3"
#define CT_IMPORT_MARK_CIRC  "\xcc\x82"
#define CT_IMPORT_MARK_BREVE "\xcc\x86"

/* ct-import-sniff.c */
gboolean  ct_import_has_prefix      (const char      *data,
                                     gsize            length,
                                     const char      *prefix,
                                     gsize            prefix_length);
#define CT_IMPORT_HAS_PREFIX(data, length, prefix) \
  ct_import_has_prefix (data, length, prefix, sizeof prefix - 1)
gboolean  ct_import_check_format    (const char      *data,
                                     gsize            length,
                                     GError         **error);
gboolean  ct_import_is_binary       (const char      *data,
                                     gsize            length);

/* ct-import-viqr.c */
char     *ct_import_decode_viqr     (const char      *text,
                                     gsize            length);
gboolean  ct_import_looks_viqr      (const char      *text);

/* What a table's column holds, from its header. */
typedef enum {
  COL_OTHER,
  COL_NUMBER,
  COL_DATE,
  COL_TIME,
  COL_CONTENT,
  COL_CHAIR,
  COL_LEADERS,
  COL_PARTICIPANTS,
  COL_LOCATION,
  COL_PREPARING,
  COL_COOPERATING,
  COL_DUE,
  COL_NOTE,
  COL_OFFICER,
} CtImportColumn;

/* ct-import-period.c */
gboolean  ct_import_period_from_dates     (CtImportContext  *ctx,
                                           GError          **error);
void      ct_import_apply_given_period    (CtImportContext  *ctx);
void      ct_import_check_dates_in_period (CtImportContext  *ctx);

/* ct-import-columns.c */
CtImportColumn ct_import_column_of  (const char      *name);
gboolean  ct_import_is_header       (char           **cells);

/* ct-import-syllable.c */
gboolean  ct_import_is_ascii        (const char      *text);
gboolean  ct_import_is_vowel        (char             c);
void      ct_import_score_text      (const char          *text,
                                     gssize               length,
                                     CtImportScore       *score);
gboolean  ct_import_score_fits      (const CtImportScore *score);
double    ct_import_score_ratio     (const CtImportScore *score);
gboolean  ct_import_score_ahead     (const CtImportScore *best,
                                     const CtImportScore *other);

G_END_DECLS
