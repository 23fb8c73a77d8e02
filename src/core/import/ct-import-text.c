/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-import"

#include "config.h"

#include "ct-import-text-private.h"
#include "ct-import.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ct-format.h"
#include "ct-text.h"

/* Import of a programme from plain text (pasted, or extracted from a PDF or Word file).
 * The text is split into lines, the header (before "CHƯƠNG TRÌNH"), the title block, the
 * body and the tail ("Nơi nhận:", the signature) are found, the body's paragraphs are
 * rebuilt (ct-import-paragraphs.c) and read (ct-import-body.c). Whatever is not certain is
 * reported as a warning with its line number rather than guessed silently. */

G_DEFINE_QUARK (ct-import-error-quark, ct_import_error)

/* How much of a line is quoted in a message about it. */
#define QUOTE_MAX_CHARS 60

/* A paragraph of a programme is a few hundred characters; a line many times longer has
 * lost its line ends (or is not a programme's text). */
#define LONG_LINE_CHARS 4000

void
ct_import_line_free (CtImportLine *line)
{
  if (line == NULL)
    return;
  g_free (line->text);
  g_free (line);
}

void
ct_import_set_too_large (GError **error)
{
  g_set_error (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_TOO_LARGE,
               /* Translators: %u is a size in megabytes. */
               _("The text is larger than %u MB; a programme is a few pages. Nothing was "
                 "imported."), (guint) (CT_IMPORT_MAX_BYTES / (1024 * 1024)));
}

static gboolean
is_stray_control (char c)
{
  return (guchar) c < 0x20 && c != '\0' && strchr ("\t\n\r\f\v", c) == NULL;
}

/* Bad input is refused before anything is read from it. */
static gboolean
check_input (const char  *text,
             gsize        length,
             GError     **error)
{
  gsize controls = 0;
  gboolean nul = FALSE;

  if (length > CT_IMPORT_MAX_BYTES)
    {
      ct_import_set_too_large (error);
      return FALSE;
    }
  /* A NUL never occurs in text; a few other control characters do (Word exports some),
   * and are read as spaces (see is_stray_control()); many of them mean binary data. */
  for (gsize i = 0; i < length; i++)
    {
      if (text[i] == '\0')
        nul = TRUE;
      controls += is_stray_control (text[i]);
    }
  if (nul || controls * 100 > length)
    {
      g_set_error_literal (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_BINARY,
                           _("This is not a text file (it holds binary data). Nothing was "
                             "imported."));
      return FALSE;
    }
  if (!g_utf8_validate_len (text, length, NULL))
    {
      g_set_error_literal (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_ENCODING,
                           _("The text is not in UTF-8 (it may use an old Vietnamese encoding "
                             "such as TCVN3 or VNI); convert it to Unicode UTF-8 and import it "
                             "again. Nothing was imported."));
      return FALSE;
    }
  return TRUE;
}

/* White space of any kind: no-break and wide spaces, zero-width spaces, byte-order marks. */
static gboolean
is_blank_text (const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c) && c != '\v' && g_unichar_type (c) != G_UNICODE_FORMAT &&
          g_unichar_type (c) != G_UNICODE_SPACE_SEPARATOR)
        return FALSE;
    }
  return TRUE;
}

/* Splits NFC text into its non-blank lines, white space collapsed, with their numbers;
 * side-by-side columns stay apart, separated by a tab (ct_import_layout_cells()). */
static GPtrArray *
split_lines (const char *text)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func ((GDestroyNotify) ct_import_line_free);
  const char *p = text;
  guint number = 0;
  gboolean blank = FALSE;

  if (g_str_has_prefix (p, "\xef\xbb\xbf"))
    p += 3;
  while (*p)
    {
      gsize n = strcspn (p, "\r\n");
      g_autofree char *raw = g_strndup (p, n);
      char *collapsed = ct_import_layout_cells (raw);

      number++;
      if (*collapsed != '\0')
        {
          CtImportLine *line = g_new0 (CtImportLine, 1);

          line->number = number;
          line->text = collapsed;
          line->after_blank = blank;
          g_ptr_array_add (lines, line);
          blank = FALSE;
        }
      else
        {
          g_free (collapsed);
          blank = TRUE;
        }
      p += n;
      if (p[0] == '\r' && p[1] == '\n')
        p++;
      if (*p)
        p++;
    }
  return lines;
}

/* The text's lines as they are, numbered as split_lines() numbers them. */
static char **
split_source (const char *text)
{
  GPtrArray *lines = g_ptr_array_new ();
  const char *p = text;

  if (g_str_has_prefix (p, "\xef\xbb\xbf"))
    p += 3;
  while (*p)
    {
      gsize n = strcspn (p, "\r\n");

      g_ptr_array_add (lines, g_strndup (p, n));
      p += n;
      if (p[0] == '\r' && p[1] == '\n')
        p++;
      if (*p)
        p++;
    }
  g_ptr_array_add (lines, NULL);
  return (char **) g_ptr_array_free (lines, FALSE);
}

static CtImportLine *
line_at (GPtrArray *lines,
         guint      i)
{
  return g_ptr_array_index (lines, i);
}

/* Text typed with an old 8-bit Vietnamese font (TCVN3 ".VnTime", VNI) and copied as
 * Unicode keeps the font's codes as Latin-1 characters that Vietnamese never uses:
 * "c«ng t¸c" for "công tác", "Chöông trình" for "Chương trình". */
static gboolean
is_legacy_glyph (gunichar c)
{
  static const char vietnamese[] = "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý";

  return c >= 0x80 && c <= 0xff && c != 0xa0 && g_utf8_strchr (vietnamese, -1, c) == NULL;
}

/* Letters only Vietnamese uses: ă â đ ĩ ũ ơ ư and the ones with a dot or hook above. */
static gboolean
is_vietnamese_letter (gunichar c)
{
  return c == 0x102 || c == 0x103 || c == 0x110 || c == 0x111 || c == 0x128 || c == 0x129 ||
         c == 0x168 || c == 0x169 || c == 0x1a0 || c == 0x1a1 || c == 0x1af || c == 0x1b0 ||
         (c >= 0x1ea0 && c <= 0x1ef9);
}

/* Whether @text looks typed with a legacy font; @non_ascii tells whether it holds any
 * letter beyond ASCII at all. */
static gboolean
is_legacy_font_line (const char *text,
                     gboolean   *non_ascii)
{
  guint glyphs = 0, letters = 0;

  *non_ascii = FALSE;
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x80)
        continue;
      *non_ascii = TRUE;
      glyphs += is_legacy_glyph (c);
      letters += is_vietnamese_letter (c);
    }
  return glyphs >= 2 && letters == 0;
}

/* Shortens a line to be quoted in a message. */
static char *
quote_line (const char *text)
{
  g_autofree char *start = NULL;

  if (g_utf8_strlen (text, -1) <= QUOTE_MAX_CHARS)
    return g_strdup (text);
  start = g_utf8_substring (text, 0, QUOTE_MAX_CHARS);
  return g_strconcat (start, "…", NULL);
}

/* Finds the lines typed with a legacy font. When they are most of the text, nothing
 * can be read: the text is refused. A few such lines (a paragraph pasted from an old
 * document) are listed in @legacy for a warning each. */
static gboolean
check_legacy_font (GPtrArray  *lines,
                   GArray     *legacy,
                   GError    **error)
{
  guint accented = 0;

  for (guint i = 0; i < lines->len; i++)
    {
      gboolean non_ascii;

      if (is_legacy_font_line (line_at (lines, i)->text, &non_ascii))
        g_array_append_val (legacy, i);
      accented += non_ascii;
    }
  if (legacy->len == 0 || legacy->len * 2 < accented)
    return TRUE;
  {
    CtImportLine *first = line_at (lines, g_array_index (legacy, guint, 0));
    g_autofree char *quote = quote_line (first->text);

    g_set_error (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_ENCODING,
                 /* Translators: %1$u is a line number, %2$s that line's beginning. */
                 _("The text was typed with an old Vietnamese font (TCVN3 “.VnTime” or VNI): "
                   "line %1$u reads “%2$s”. Convert it to Unicode (for example with Unikey’s "
                   "converter) and import it again. Nothing was imported."),
                 first->number, quote);
  }
  return FALSE;
}

static void
warn_long_lines (CtImportContext *ctx,
                 GPtrArray       *lines)
{
  for (guint i = 0; i < lines->len; i++)
    {
      CtImportLine *line = line_at (lines, i);
      glong n = g_utf8_strlen (line->text, -1);

      if (n > LONG_LINE_CHARS)
        ct_import_warn (ctx, line->number,
                        /* Translators: %lu is a number of characters. */
                        _("This line is %lu characters long: the text may have lost its line "
                          "ends. Check that it was read as intended."), (gulong) n);
    }
}

static void
warn_legacy_font (CtImportContext *ctx,
                  GPtrArray       *lines,
                  GArray          *legacy)
{
  for (guint i = 0; i < legacy->len; i++)
    {
      CtImportLine *line = line_at (lines, g_array_index (legacy, guint, i));
      g_autofree char *quote = quote_line (line->text);

      ct_import_warn (ctx, line->number,
                      /* Translators: %s is the line's beginning. */
                      _("This line seems typed with an old Vietnamese font (TCVN3 or VNI) and "
                        "reads “%s”; convert it to Unicode and correct it."), quote);
    }
}

/* A People's Committee or Council heads its own header, with no superior body line
 * (document-format.md §13). */
static gboolean
has_no_superior (const char *issuing_body)
{
  static const char *const starts[] = { "uy ban nhan dan", "ubnd ", "hoi dong nhan dan",
                                        "hdnd " };
  g_autofree char *f = NULL;

  if (issuing_body == NULL)
    return FALSE;
  f = ct_text_fold (issuing_body);
  for (guint i = 0; i < G_N_ELEMENTS (starts); i++)
    if (g_str_has_prefix (f, starts[i]))
      return TRUE;
  return FALSE;
}

/* The header fields the text did not give, in the order they are printed, listed in one
 * warning: the seed, like most pasted programmes, starts at the title. */
static void
warn_missing_header (CtImportContext *ctx)
{
  CtProgramme *p = ctx->programme;
  g_autoptr(GPtrArray) missing = g_ptr_array_new ();
  g_autofree char *list = NULL;

  /* A People's Committee or Council has no superior body (NĐ 30/2020, Phụ lục I
   * §II.3); other bodies name the one they belong to. */
  if (p->superior_body == NULL && !has_no_superior (p->issuing_body))
    g_ptr_array_add (missing, _("superior body"));
  if (p->issuing_body == NULL)
    g_ptr_array_add (missing, _("issuing body"));
  if (!ctx->has_number)
    g_ptr_array_add (missing, _("number and symbol"));
  if (p->place_name == NULL)
    g_ptr_array_add (missing, _("place name"));
  if (!g_date_valid (&p->issue_date))
    g_ptr_array_add (missing, _("issue date"));
  if (missing->len == 0)
    return;
  g_ptr_array_add (missing, NULL);
  /* Translators: separates the names of missing header fields. */
  list = g_strjoinv (_(", "), (char **) missing->pdata);
  ct_import_warn (ctx, 0,
                  /* Translators: %s lists header fields, e.g. "issuing body, issue date". */
                  _("The header lacks: %s. Fill them in before printing."), list);
}

/* The body: a table when a header row is found (after any lines above it), a weekly
 * schedule's days, or numbered sections. */
static gboolean
read_body (CtImportContext  *ctx,
           GPtrArray        *lines,
           guint             body,
           guint             tail,
           GError          **error)
{
  guint table = ct_import_find_table (ctx, lines, body, tail);
  g_autoptr(GPtrArray) paragraphs = NULL;

  if (table < tail)
    {
      paragraphs = ct_import_rebuild_paragraphs (lines, body, table);
      ct_import_body (ctx, paragraphs);
      return ct_import_table (ctx, lines, table, tail, error);
    }
  if (ctx->shape == CT_IMPORT_SHAPE_WEEKLY_SCHEDULE)
    {
      ct_import_week (ctx, lines, body, tail);
      return TRUE;
    }
  paragraphs = ct_import_rebuild_paragraphs (lines, body, tail);
  ct_import_body (ctx, paragraphs);
  return TRUE;
}

/* Finds the title, the body and the tail, and reads them. */
static gboolean
read_lines (CtImportContext  *ctx,
            GPtrArray        *lines,
            GError          **error)
{
  guint title = lines->len, body = 0, tail = lines->len;
  gboolean week = FALSE;

  for (guint i = 0; i < lines->len && title == lines->len; i++)
    if (ct_import_is_title_line (line_at (lines, i)->text))
      title = i;
  for (guint i = 0; i < lines->len && title == lines->len; i++)
    if (ct_import_is_week_title (line_at (lines, i)->text))
      title = i, week = TRUE;
  if (title < lines->len)
    {
      ct_import_header (ctx, lines, title);
      body = week ? ct_import_week_title (ctx, lines, title, lines->len)
                  : ct_import_title (ctx, lines, title, lines->len);
    }
  ct_import_apply_given_period (ctx);
  for (guint i = body; i < lines->len && tail == lines->len; i++)
    if (ct_import_is_tail_line (line_at (lines, i)->text))
      tail = i;
  if (!read_body (ctx, lines, body, tail, error))
    return FALSE;
  ct_import_tail (ctx, lines, tail, lines->len);

  if (ctx->programme->sections->len == 0)
    {
      g_set_error_literal (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_NO_STRUCTURE,
                           _("No programme was found in the text: it needs numbered sections "
                             "(“I.”, “II.”, …) under a “CHƯƠNG TRÌNH” title. Nothing was "
                             "imported."));
      return FALSE;
    }
  if (title == lines->len)
    ct_import_warn (ctx, 0, _("The text has no “CHƯƠNG TRÌNH” title; the document type and "
                              "subtitle were not read."));
  warn_missing_header (ctx);
  if (!ctx->period_known && !ct_import_period_from_dates (ctx, error))
    return FALSE;
  ct_import_table_windows (ctx);
  ct_import_check_dates_in_period (ctx);
  if (!ctx->has_signature)
    ct_import_warn (ctx, 0, _("No signature block was found; fill in the signer before "
                              "printing."));
  return TRUE;
}

/* Below this share of lines with Vietnamese letters, the text is not read as Vietnamese. */
#define MIN_VIETNAMESE_SHARE 0.3
/* Below this share of lines read as structure, the text is not read as a programme. */
#define MIN_STRUCTURE_SHARE 0.5

/* Text that is not Vietnamese is refused before it is read, naming the likely cause. */
static gboolean
check_language (const char  *text,
                GPtrArray   *lines,
                GError     **error)
{
  double latin1;
  guint letters;
  double vietnamese = ct_import_vietnamese_share (lines, &latin1, &letters);

  if (letters == 0)
    {
      g_set_error_literal (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_NO_STRUCTURE,
                           _("The text holds no words, only numbers and signs: a scanned PDF "
                             "holds pictures of its pages, not text. Import the Word file it "
                             "was made from instead. Nothing was imported."));
      return FALSE;
    }
  if (vietnamese >= MIN_VIETNAMESE_SHARE)
    return TRUE;
  if (latin1 >= MIN_VIETNAMESE_SHARE)
    g_set_error (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_NO_STRUCTURE,
                 /* Translators: %u is a percentage; "%%" is the percent sign. */
                 _("Only %u%% of the lines are in Vietnamese letters: the text seems typed "
                   "with an old Vietnamese font (TCVN3 or VNI) and copied as Unicode. "
                   "Convert it to Unicode (for example with Unikey’s converter) and import "
                   "it again. Nothing was imported."), (guint) (vietnamese * 100 + 0.5));
  else
    g_set_error (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_NO_STRUCTURE,
                 /* Translators: %u is a percentage; "%%" is the percent sign. */
                 _("This does not look like a Vietnamese work programme: only %u%% of its "
                   "lines are in Vietnamese. Nothing was imported."),
                 (guint) (vietnamese * 100 + 0.5));
  return FALSE;
}

/* A text read mostly as lines that fit nothing is not a programme: refused. */
static gboolean
check_structure (CtImportContext  *ctx,
                 GPtrArray        *lines,
                 GError          **error)
{
  double share = ct_import_structure_share (ctx, lines);

  if (share >= MIN_STRUCTURE_SHARE)
    return TRUE;
  g_set_error (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_NO_STRUCTURE,
               /* Translators: %1$u is a percentage ("%%" is the percent sign), %2$u and
                * %3$u numbers of lines. */
               _("This does not look like a work programme: only %1$u%% of its lines (%2$u "
                 "of %3$u) were read as sections, items, dates or attributes. Nothing was "
                 "imported."), (guint) (share * 100 + 0.5),
               lines->len - ctx->unrecognised->len, lines->len);
  return FALSE;
}

static gint
compare_warnings (gconstpointer a,
                  gconstpointer b)
{
  const CtImportWarning *wa = *(CtImportWarning **) a, *wb = *(CtImportWarning **) b;

  return (wa->line > wb->line) - (wa->line < wb->line);
}

/*
 * ct_import_text_report:
 * @text: the text, UTF-8
 * @length: its length in bytes
 * @report: the report to fill: programme, warnings, unrecognised lines, source lines,
 *   shape and confidence
 * @error: return location for a #CT_IMPORT_ERROR
 *
 * Reads a programme from text (see ct_import_text()).
 *
 * Returns: %FALSE with @error set when nothing could be imported
 */
gboolean
ct_import_text_report (const char      *text,
                       gsize            length,
                       CtImportReport  *report,
                       GError         **error)
{
  return ct_import_text_report_for_period (text, length, NULL, report, error);
}

/*
 * ct_import_text_report_for_period:
 * @text: the text, UTF-8
 * @length: its length in bytes
 * @period: (nullable): the period the user gave: it wins over the subtitle's
 * @report: the report to fill (see ct_import_text_report())
 * @error: return location for a #CT_IMPORT_ERROR
 *
 * Returns: %FALSE with @error set when nothing could be imported
 */
gboolean
ct_import_text_report_for_period (const char           *text,
                                  gsize                 length,
                                  const CtImportPeriod *period,
                                  CtImportReport       *report,
                                  GError              **error)
{
  g_autofree char *normalized = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GArray) legacy = NULL;
  g_autoptr(CtProgramme) programme = NULL;
  CtImportContext ctx = { 0 };
  gboolean ok;

  if (!check_input (text, length, error))
    return FALSE;
  {
    g_autofree char *copy = g_strndup (text, length);

    for (char *p = copy; *p; p++)
      if (is_stray_control (*p))
        *p = ' ';
    normalized = ct_text_normalize (copy);
  }
  lines = split_lines (normalized);
  if (lines->len == 0 || is_blank_text (normalized))
    {
      g_set_error_literal (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_EMPTY,
                           _("The text is empty. Nothing was imported."));
      return FALSE;
    }

  legacy = g_array_new (FALSE, FALSE, sizeof (guint));
  if (!check_legacy_font (lines, legacy, error) || !check_language (normalized, lines, error))
    return FALSE;

  programme = ct_programme_new ();
  ctx.programme = programme;
  ctx.warnings = g_ptr_array_new_with_free_func ((GDestroyNotify) ct_import_warning_free);
  ctx.unrecognised = g_ptr_array_new_with_free_func ((GDestroyNotify) ct_import_warning_free);
  ctx.units = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  ctx.lines = g_hash_table_new (NULL, NULL);
  ctx.shape = CT_IMPORT_SHAPE_OUTLINE;
  ctx.source = split_source (normalized);
  ctx.n_source = g_strv_length (ctx.source);
  ctx.given_period = period;
  ctx.table_cells = g_strcmp0 (report->format, "docx") == 0 ||
                    g_strcmp0 (report->format, "odt") == 0;
  warn_legacy_font (&ctx, lines, legacy);
  ct_import_layout (&ctx, lines);
  warn_long_lines (&ctx, lines);
  ok = read_lines (&ctx, lines, error) && check_structure (&ctx, lines, error);
  g_hash_table_unref (ctx.units);
  g_hash_table_unref (ctx.lines);
  g_ptr_array_sort (ctx.warnings, compare_warnings);
  if (ctx.dropped > 0)
    {
      CtImportWarning *more = g_new0 (CtImportWarning, 1);

      more->message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                    "%u more warning was not listed.",
                                                    "%u more warnings were not listed.",
                                                    ctx.dropped), ctx.dropped);
      g_ptr_array_add (ctx.warnings, more);
    }
  if (ok)
    {
      report->programme = g_steal_pointer (&programme);
      report->warnings = g_ptr_array_ref (ctx.warnings);
      report->unrecognised = g_ptr_array_ref (ctx.unrecognised);
      report->source_lines = g_steal_pointer (&ctx.source);
      report->shape = ctx.shape;
      report->confidence = ct_import_confidence (&ctx, lines);
    }
  g_ptr_array_unref (ctx.warnings);
  g_ptr_array_unref (ctx.unrecognised);
  g_strfreev (ctx.source);
  return ok;
}

/**
 * ct_import_text:
 * @text: the text, UTF-8
 * @length: its length in bytes, or -1 when it is NUL-terminated
 * @warnings: (out) (optional) (transfer full) (element-type CtImportWarning): what was
 *   noticed, sorted by line (line 0, the text as a whole, first)
 * @error: return location for a #CT_IMPORT_ERROR
 *
 * Reads a programme from text pasted or extracted from a PDF or Word file: the header,
 * the title and period, the sections with their tasks, conferences ("Dự kiến ngày
 * 08/9/2023 (thứ Sáu)"), agenda items and preparation notes, weekly items ("chiều thứ 2
 * hằng tuần"), the recipients with their purposes, the archive line and the signature.
 * Paragraphs are rebuilt from hard-wrapped lines (see ct-import-paragraphs.c). Numbering
 * gaps, weekdays that do not match their date, dates outside the period and missing
 * header fields are reported in @warnings; numbers are recomputed from positions. A date
 * that is not certain (31/02, a year outside 1900–2200, no year and no period) is
 * reported and its event kept without a date; lines after the closing block and overlong
 * lines are reported, never guessed. The bytes are decoded first (ct_import_decode():
 * UTF-16, Windows-1258, TCVN3, VNI, VIQR, and lines typed with an old font pasted as
 * Unicode), and what was converted is reported.
 * Preparing units are compared with ct_text_fold(), so "Huyện uỷ" and "Huyện ủy" are one
 * unit (spelt as first met). Everything is stored NFC. The work is linear in the size of
 * the text, which is at most %CT_IMPORT_MAX_BYTES.
 *
 * Tables (cells separated by tabs or "|", see ct-import-table.c) and weekly schedules
 * (ct-import-week.c) are read too. The period is the one the subtitle names, else the
 * smallest that covers the dates found (warned), never today's: without either the text
 * is refused (%CT_IMPORT_ERROR_NO_PERIOD; see ct_import_data_for_period()).
 *
 * Returns: (transfer full) (nullable): a new unsaved programme (id 0, draft), or %NULL
 *   with @error set for empty, binary, too large or structureless text, text whose
 *   encoding cannot be told, text typed with an old Vietnamese font throughout that
 *   could not be converted, or text that tells no period
 */
CtProgramme *
ct_import_text (const char  *text,
                gssize       length,
                GPtrArray  **warnings,
                GError     **error)
{
  g_autoptr(CtImportReport) report = g_new0 (CtImportReport, 1);

  g_return_val_if_fail (text != NULL || length == 0, NULL);

  if (length < 0)
    length = strlen (text);
  if (!ct_import_decoded_report (text != NULL ? text : "", length, NULL, report, error))
    return NULL;
  if (warnings != NULL)
    *warnings = g_ptr_array_ref (report->warnings);
  return g_steal_pointer (&report->programme);
}

/**
 * ct_import_text_file:
 * @path: a file name
 * @warnings: (out) (optional) (transfer full) (element-type CtImportWarning): see
 *   ct_import_text()
 * @error: return location for a #CT_IMPORT_ERROR
 *
 * Imports a file of any form ct_import_file() reads, keeping only the programme and the
 * warnings.
 *
 * Returns: (transfer full) (nullable): a new unsaved programme, or %NULL with @error set
 */
CtProgramme *
ct_import_text_file (const char  *path,
                     GPtrArray  **warnings,
                     GError     **error)
{
  g_autoptr(CtImportReport) report = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  report = ct_import_file (path, error);
  if (report == NULL)
    return NULL;
  if (warnings != NULL)
    *warnings = g_ptr_array_ref (report->warnings);
  return g_steal_pointer (&report->programme);
}
