/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-import"

#include "config.h"

#include "ct-import-text-private.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ct-date-time.h"
#include "ct-format.h"
#include "ct-text.h"

/* The header (everything above "CHƯƠNG TRÌNH") and the title block. PDF extraction often
 * puts the two header columns on one line ("HUYỆN ỦY X ĐẢNG CỘNG SẢN VIỆT NAM",
 * "Số 12-CTr/HU X, ngày …"), so known pieces are cut out of a line before the rest is
 * read. Layout: 36-HD/VPTW Phụ lục 3, NĐ 30/2020 Phụ lục I (document-format.md §2, §9). */

#define PARTY_MOTTO "ĐẢNG CỘNG SẢN VIỆT NAM"
#define STATE_MOTTO "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"

static CtImportLine *
line_at (GPtrArray *lines,
         guint      i)
{
  return g_ptr_array_index (lines, i);
}

/* Removes @piece from @text (in place) when present; returns whether it was. */
static gboolean
cut (char       *text,
     const char *piece)
{
  char *at = strstr (text, piece);
  gsize n = strlen (piece);

  if (at == NULL)
    return FALSE;
  memmove (at, at + n, strlen (at + n) + 1);
  g_strstrip (text);
  return TRUE;
}

static void
set_style (CtImportContext *ctx,
           CtDocumentStyle  style)
{
  ctx->programme->style = style;
  ctx->style_known = TRUE;
}

/* "Số 123-CTr/HU" (Party), "Số: 07/CTr-UBND" (State), "Số      -CTr/HU" (blank number).
 * Returns the text after the number and symbol, or %NULL when @text is not one. */
static const char *
number_symbol (CtImportContext *ctx,
               const char      *text)
{
  CtProgramme *p = ctx->programme;
  const char *q;
  guint64 number = 0;
  char *end;
  gsize kind_len, body_len;
  gboolean state;

  if (!g_str_has_prefix (text, "Số") || (text[strlen ("Số")] != ' ' && text[strlen ("Số")] != ':'))
    return NULL;
  q = text + strlen ("Số");
  state = *q == ':';
  while (*q == ':' || *q == ' ')
    q++;
  if (g_ascii_isdigit (*q))
    {
      number = g_ascii_strtoull (q, &end, 10);
      q = end;
    }
  if (*q != '-' && *q != '/')
    return NULL;
  state = state || *q == '/';
  q++;
  kind_len = strcspn (q, "-/ ");
  if (kind_len == 0 || kind_len > 10)
    return NULL;
  g_free (p->kind_code);
  p->kind_code = g_strndup (q, kind_len);
  q += kind_len;
  if (*q == '-' || *q == '/')
    {
      q++;
      body_len = strcspn (q, " ,");
      g_free (p->body_code);
      p->body_code = body_len ? g_strndup (q, MIN (body_len, 40)) : NULL;
      q += body_len;
    }
  p->number = number <= 99999 ? (guint) number : 0;
  ctx->has_number = TRUE;
  if (!ctx->style_known)
    set_style (ctx, state ? CT_DOCUMENT_STYLE_STATE : CT_DOCUMENT_STYLE_PARTY);
  while (*q == ' ')
    q++;
  return q;
}

static gboolean
eat_folded_int (const char **p,
                const char  *word,
                int         *value)
{
  const char *q = strstr (*p, word);
  char *end;
  guint64 v;

  if (q == NULL)
    return FALSE;
  q += strlen (word);
  while (*q == ' ')
    q++;
  if (!g_ascii_isdigit (*q) || (v = g_ascii_strtoull (q, &end, 10)) > 999999)
    return FALSE;
  *value = (int) v;
  *p = end;
  return TRUE;
}

/* A date written in full that is not one is reported, never corrected. */
static void
set_issue_date (CtImportContext *ctx,
                guint            line,
                const char      *written,
                int              day,
                int              month,
                int              year)
{
  if (!ct_date_year_in_range (year))
    ct_import_warn (ctx, line,
                    /* Translators: %1$s is a date as written, %2$d and %3$d are years. */
                    _("The year in “%1$s” is not between %2$d and %3$d; the issue date was "
                      "left blank."), written, CT_DATE_MIN_YEAR, CT_DATE_MAX_YEAR);
  else if (!g_date_valid_dmy (day, month, year))
    ct_import_warn (ctx, line,
                    /* Translators: %s is a date as written, "ngày 31 tháng 02 năm 2024". */
                    _("“%s” is not a valid date; the issue date was left blank."), written);
  else
    g_date_set_dmy (&ctx->programme->issue_date, day, month, year);
}

/* "Lục Ngạn, ngày 31 tháng 8 năm 2023"; the place or the date may be blank. */
static gboolean
place_date (CtImportContext *ctx,
            guint            line,
            const char      *text)
{
  CtProgramme *p = ctx->programme;
  CtFolded f;
  const char *at, *q;
  int day, month, year;
  gboolean found = FALSE;

  ct_folded_init (&f, text);
  at = strstr (f.text, "ngay");
  if (at != NULL && strstr (at, "thang") != NULL && strstr (at, "nam") != NULL)
    {
      g_autofree char *place = g_strndup (text, f.offsets[at - f.text]);

      found = TRUE;
      g_strstrip (place);
      while (*place && place[strlen (place) - 1] == ',')
        place[strlen (place) - 1] = '\0';
      g_strstrip (place);
      if (*place != '\0' && p->place_name == NULL)
        p->place_name = g_steal_pointer (&place);
      q = at;
      if (eat_folded_int (&q, "ngay", &day) && eat_folded_int (&q, "thang", &month) &&
          eat_folded_int (&q, "nam", &year))
        {
          gsize from = f.offsets[at - f.text], to = f.offsets[q - f.text];
          g_autofree char *written = g_strndup (text + from, to - from);

          set_issue_date (ctx, line, written, day, month, year);
        }
    }
  ct_folded_clear (&f);
  return found;
}

static gboolean
is_upper (const char *text)
{
  gboolean letters = FALSE;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_islower (c))
        return FALSE;
      letters |= g_unichar_isalpha (c);
    }
  return letters;
}

/* Length of the leading words in capitals when lowercase words follow them: the issuing
 * body and the date line extracted on one line ("HUYỆN ỦY X X, ngày …"). */
static gsize
upper_prefix_length (const char *text)
{
  const char *word = text, *last_end = text;

  while (*word)
    {
      const char *end = strchr (word, ' ');
      gboolean lower = FALSE, letters = FALSE;

      if (end == NULL)
        end = word + strlen (word);
      for (const char *p = word; p < end; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);
          lower |= g_unichar_islower (c);
          letters |= g_unichar_isalpha (c);
        }
      if (lower)
        return last_end > text ? (gsize) (last_end - text) : 0;
      if (!letters)
        return 0;
      last_end = end;
      word = *end ? end + 1 : end;
    }
  return 0;
}

static void
header_line (CtImportContext *ctx,
             guint            line,
             char            *text,
             GPtrArray       *bodies)
{
  const char *rest;

  if (cut (text, PARTY_MOTTO))
    set_style (ctx, CT_DOCUMENT_STYLE_PARTY);
  if (cut (text, STATE_MOTTO) || cut (text, "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
    set_style (ctx, CT_DOCUMENT_STYLE_STATE);
  cut (text, "Độc lập - Tự do - Hạnh phúc");
  while (*text == '*' || *text == ' ')
    memmove (text, text + 1, strlen (text));
  if (*text == '\0')
    return;
  if ((rest = number_symbol (ctx, text)) != NULL)
    {
      if (*rest != '\0')
        place_date (ctx, line, rest);
      return;
    }
  if (upper_prefix_length (text) > 0)
    {
      gsize n = upper_prefix_length (text);

      if (place_date (ctx, line, text + n + 1))
        {
          if (bodies->len < 4)
            g_ptr_array_add (bodies, g_strndup (text, n));
          return;
        }
    }
  if (place_date (ctx, line, text))
    return;
  if (is_upper (text) && bodies->len < 4)
    g_ptr_array_add (bodies, g_strdup (text));
}

/* A collective body named without its place: the next line is its place ("ỦY BAN NHÂN
 * DÂN" / "HUYỆN SÔNG MÂY"), never a body below it. */
static gboolean
is_bare_collective (const char *folded)
{
  static const char *const names[] = { "uy ban nhan dan", "hoi dong nhan dan" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_str_equal (folded, names[i]))
      return TRUE;
  return FALSE;
}

/* Whether @second continues the name on @first, broken over two lines by its author
 * (document-format.md §13; NĐ 30/2020 Phụ lục I §II.3): a People's Committee over its
 * place, "SỞ TÀI NGUYÊN" / "VÀ MÔI TRƯỜNG", or a first line that ends mid-name ("SỞ NỘI
 * VỤ VÀ" / "LAO ĐỘNG", "BAN QUẢN LÝ DỰ ÁN -" / "ĐẦU TƯ XÂY DỰNG"). */
static gboolean
continues_name (const char *first,
                const char *second)
{
  g_autofree char *a = ct_text_fold (first);
  g_autofree char *b = ct_text_fold (second);
  gsize n = strlen (a);

  return is_bare_collective (a) || g_str_has_prefix (b, "va ") || g_str_has_prefix (b, "& ") ||
         (n >= 3 && g_str_has_suffix (a, " va")) ||
         (n > 0 && strchr ("-,&", a[n - 1]) != NULL);
}

/* The superior body is above the issuing one; alone, a body is the issuing one. A name
 * broken over two lines is one issuing body, its lines kept as written. */
static void
set_bodies (CtProgramme *p,
            GPtrArray   *bodies)
{
  guint n = bodies->len;
  const char *last = n > 0 ? g_ptr_array_index (bodies, n - 1) : NULL;
  const char *before = n > 1 ? g_ptr_array_index (bodies, n - 2) : NULL;

  if (n == 0)
    return;
  if (before != NULL && continues_name (before, last))
    {
      p->issuing_body = g_strconcat (before, "\n", last, NULL);
      if (n > 2)
        p->superior_body = g_strdup (g_ptr_array_index (bodies, n - 3));
      return;
    }
  p->issuing_body = g_strdup (last);
  if (n > 2 && continues_name (g_ptr_array_index (bodies, n - 3), before))
    p->superior_body = g_strconcat (g_ptr_array_index (bodies, n - 3), "\n", before, NULL);
  else if (before != NULL)
    p->superior_body = g_strdup (before);
}

/**
 * ct_import_header:
 * @ctx: the import
 * @lines: (element-type CtImportLine): the input's lines
 * @end: index of the title line (the header is above it)
 *
 * Reads the superior and issuing bodies, the number and symbol, the place and date and
 * the style ("ĐẢNG CỘNG SẢN VIỆT NAM" or "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").
 */
void
ct_import_header (CtImportContext *ctx,
                  GPtrArray       *lines,
                  guint            end)
{
  g_autoptr(GPtrArray) bodies = g_ptr_array_new_with_free_func (g_free);
  CtProgramme *p = ctx->programme;

  for (guint i = 0; i < end; i++)
    {
      g_autofree char *text = g_strdup (line_at (lines, i)->text);
      header_line (ctx, line_at (lines, i)->number, text, bodies);
    }
  set_bodies (p, bodies);
}

/**
 * ct_import_is_title_line:
 * @text: a line
 *
 * Returns: %TRUE for the document type line "CHƯƠNG TRÌNH", possibly followed by the
 *   subtitle on the same line
 */
gboolean
ct_import_is_title_line (const char *text)
{
  gsize n = strlen ("CHƯƠNG TRÌNH");

  return g_str_has_prefix (text, "CHƯƠNG TRÌNH") && (text[n] == '\0' || text[n] == ' ');
}

static gboolean
is_rule (const char *text)
{
  gsize dashes = 0;

  for (const char *p = text; *p; p++)
    if (*p == '-' || *p == '_' || *p == '*' || *p == '=')
      dashes++;
    else if (*p != ' ')
      return FALSE;
  return dashes >= 3;
}

static gboolean
folded_int_after (const char *folded,
                  const char *word,
                  int        *value)
{
  const char *p = folded;

  return eat_folded_int (&p, word, value);
}

/* "công tác tháng 9 năm 2023", "quý IV năm 2023", "năm 2024". */
static void
period_from_subtitle (CtImportContext *ctx,
                      guint            line,
                      const char      *subtitle)
{
  g_autofree char *f = ct_text_fold (subtitle);
  const char *quarter = strstr (f, "quy ");
  gboolean has_month;
  int month, year, index = 0;

  if (!folded_int_after (f, "nam", &year))
    return;
  has_month = folded_int_after (f, "thang", &month);
  if (!ct_date_year_in_range (year) || (has_month && (month < 1 || month > 12)))
    {
      ct_import_warn (ctx, line,
                      /* Translators: %s is the subtitle as written. */
                      _("The period in “%s” is not a real month or year; it was not read."),
                      subtitle);
      return;
    }
  if (has_month)
    ct_programme_set_period (ctx->programme, CT_PERIOD_KIND_MONTH, year, month);
  else if (quarter != NULL)
    {
      const char *q = quarter + strlen ("quy ");

      if (g_str_has_prefix (q, "iv") || *q == '4')
        index = 4;
      else if (g_str_has_prefix (q, "iii") || *q == '3')
        index = 3;
      else if (g_str_has_prefix (q, "ii") || *q == '2')
        index = 2;
      else if (*q == 'i' || *q == '1')
        index = 1;
      if (index == 0)
        return;
      ct_programme_set_period (ctx->programme, CT_PERIOD_KIND_QUARTER, year, index);
    }
  else
    ct_programme_set_period (ctx->programme, CT_PERIOD_KIND_YEAR, year, 0);
  ctx->period_known = TRUE;
}

/* @text with the zeros that pad a number dropped: "tháng 01" is "tháng 1". */
static char *
unpadded (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p++)
    {
      gboolean starts_number = p == text || !g_ascii_isdigit (p[-1]);

      if (*p == '0' && starts_number && g_ascii_isdigit (p[1]))
        {
          while (p[1] == '0' && g_ascii_isdigit (p[2]))
            p++;
          continue;
        }
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

/* Whether @written only repeats the subtitle @derived from the period. Written as
 * derived, it is; with a padded month ("Công tác tháng 01 năm 2026") it is too, in any
 * letter case: kept, it would print the period's old wording after the period changes. */
static gboolean
repeats_period (const char *derived,
                const char *written)
{
  g_autofree char *plain = unpadded (written);
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  if (strcmp (plain, written) == 0)
    return strcmp (derived, written) == 0;
  a = g_utf8_casefold (derived, -1);
  b = g_utf8_casefold (plain, -1);
  return strcmp (a, b) == 0;
}

/**
 * ct_import_title:
 * @ctx: the import
 * @lines: (element-type CtImportLine): the input's lines
 * @title: index of the "CHƯƠNG TRÌNH" line
 * @end: index after the last line that may belong to the title block
 *
 * Reads the subtitle (trích yếu) up to the "-----" rule (at most three lines; without a
 * rule, the one line after the title) and the period it names. The subtitle is kept only
 * when it differs from the one derived from the period.
 *
 * Returns: the index of the first line after the title block
 */
guint
ct_import_title (CtImportContext *ctx,
                 GPtrArray       *lines,
                 guint            title,
                 guint            end)
{
  g_autoptr(GString) subtitle = g_string_new (line_at (lines, title)->text + strlen ("CHƯƠNG TRÌNH"));
  g_autofree char *derived = NULL;
  guint next = title + 1, rule = 0;
  guint subtitle_line = line_at (lines, title)->number;

  for (guint i = title + 1; i < end && i <= title + 4 && rule == 0; i++)
    if (is_rule (line_at (lines, i)->text))
      rule = i;
  if (rule > 0)
    {
      for (guint i = title + 1; i < rule; i++)
        g_string_append_printf (subtitle, " %s", line_at (lines, i)->text);
      next = rule + 1;
    }
  else if (subtitle->len <= 1 && next < end &&
           !ct_import_is_marker_line (line_at (lines, next)->text) &&
           !ct_import_is_tail_line (line_at (lines, next)->text))
    g_string_append_printf (subtitle, " %s", line_at (lines, next++)->text);
  g_strstrip (subtitle->str);
  /* The subtitle starts on the title line or on the next one. */
  if (strlen (line_at (lines, title)->text) == strlen ("CHƯƠNG TRÌNH") && title + 1 < end)
    subtitle_line = line_at (lines, title + 1)->number;
  period_from_subtitle (ctx, subtitle_line, subtitle->str);
  derived = ct_programme_dup_subtitle (ctx->programme);
  if (*subtitle->str != '\0' && (!ctx->period_known || !repeats_period (derived, subtitle->str)))
    ctx->programme->subtitle = g_strdup (subtitle->str);
  return next;
}
