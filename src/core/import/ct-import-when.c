/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-import"

#include "ct-import-text-private.h"

#include <string.h>

#include "ct-date-time.h"
#include "ct-format.h"

/* Small hand-written parsers over folded text ("du kien ngay 08/9/2023 (thu sau)."):
 * each step only moves forward, so the work is linear in the text looked at. */

static char *
fold_char (gunichar c)
{
  gunichar decomposed[8];
  gsize n;
  char buffer[8];
  int len;

  if (c == 0x0110 || c == 0x0111)
    return g_strdup ("d");
  if (g_unichar_isspace (c))
    return g_strdup (" ");
  n = g_unichar_fully_decompose (c, FALSE, decomposed, G_N_ELEMENTS (decomposed));
  if (n == 0 || g_unichar_ismark (decomposed[0]))
    return g_strdup ("");
  len = g_unichar_to_utf8 (g_unichar_tolower (decomposed[0]), buffer);
  return g_strndup (buffer, len);
}

/**
 * ct_folded_init:
 * @folded: (out caller-allocates): the folded text
 * @text: valid UTF-8
 *
 * Folds @text one character at a time (lowercase, marks removed, "đ" → "d"), keeping
 * for every folded byte the offset of its character in @text.
 */
void
ct_folded_init (CtFolded   *folded,
                const char *text)
{
  GString *out = g_string_sized_new (strlen (text));
  GArray *offsets = g_array_sized_new (FALSE, FALSE, sizeof (gsize), strlen (text) + 1);
  gsize end = strlen (text);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      g_autofree char *f = fold_char (g_utf8_get_char (p));
      gsize offset = p - text;

      for (const char *q = f; *q; q++)
        g_array_append_val (offsets, offset);
      g_string_append (out, f);
    }
  g_array_append_val (offsets, end);
  folded->len = out->len;
  folded->text = g_string_free (out, FALSE);
  folded->offsets = (gsize *) (void *) g_array_free (offsets, FALSE);
}

void
ct_folded_clear (CtFolded *folded)
{
  g_clear_pointer (&folded->text, g_free);
  g_clear_pointer (&folded->offsets, g_free);
  folded->len = 0;
}

static void
skip_spaces (const char **p)
{
  while (**p == ' ')
    (*p)++;
}

/* Eats @word when it is followed by a word boundary, and the spaces after it. */
static gboolean
eat (const char **p,
     const char  *word)
{
  gsize n = strlen (word);
  char next;

  if (strncmp (*p, word, n) != 0)
    return FALSE;
  next = (*p)[n];
  if (g_ascii_isalnum (next) || (next & 0x80))
    return FALSE;
  *p += n;
  skip_spaces (p);
  return TRUE;
}

static gboolean
eat_char (const char **p,
          char         c)
{
  if (**p != c)
    return FALSE;
  (*p)++;
  skip_spaces (p);
  return TRUE;
}

static gboolean
eat_int (const char **p,
         int          max_digits,
         int         *value)
{
  int n = 0, v = 0;

  while (g_ascii_isdigit ((*p)[n]) && n < max_digits)
    v = v * 10 + ((*p)[n++] - '0');
  if (n == 0 || g_ascii_isdigit ((*p)[n]))
    return FALSE;
  *p += n;
  *value = v;
  return TRUE;
}

/* "8 gio 00", "14 gio", "8h30", "8h", "8:30" → minutes after midnight. A lone number is
 * no time here: it may be the day of a date. */
static gboolean
eat_clock (const char **p,
           int         *minute)
{
  const char *q = *p;

  if (!ct_time_scan (q, CT_TIME_NEED_UNIT, minute, &q))
    return FALSE;
  skip_spaces (&q);
  *p = q;
  return TRUE;
}

/* "8 gio 00, ", "tu 8 gio 00 den 11 gio 30, " */
static void
eat_time (const char **p,
          CtWhen      *when)
{
  const char *q = *p;
  gboolean from = eat (&q, "tu");

  if (!eat_clock (&q, &when->start_minute))
    return;
  if (from && eat (&q, "den") && !eat_clock (&q, &when->end_minute))
    return;
  eat_char (&q, ',');
  *p = q;
}

static CtDayPart
eat_day_part (const char **p)
{
  if (eat (p, "sang"))
    return CT_DAY_PART_MORNING;
  if (eat (p, "chieu"))
    return CT_DAY_PART_AFTERNOON;
  if (eat (p, "toi"))
    return CT_DAY_PART_EVENING;
  if (eat (p, "ca ngay"))
    return CT_DAY_PART_ALL_DAY;
  return CT_DAY_PART_NONE;
}

static GDateWeekday
eat_weekday (const char **p)
{
  static const char *const names[] = { NULL, "hai", "ba", "tu", "nam", "sau", "bay" };
  const char *q = *p;
  int digit;

  if (eat (&q, "chu nhat") || eat (&q, "cn"))
    {
      *p = q;
      return G_DATE_SUNDAY;
    }
  if (!eat (&q, "thu"))
    return G_DATE_BAD_WEEKDAY;
  for (guint i = 1; i < G_N_ELEMENTS (names); i++)
    if (eat (&q, names[i]))
      {
        *p = q;
        return (GDateWeekday) i;
      }
  if (eat_int (&q, 1, &digit) && digit >= 2 && digit <= 7)
    {
      skip_spaces (&q);
      *p = q;
      return (GDateWeekday) (digit - 1);
    }
  return G_DATE_BAD_WEEKDAY;
}

/* "08/9/2023", "30/9", "10": day, then month and year when written (-1 when not). Only
 * "/" separates them: "10-12/10/2023" is a range of days. */
static gboolean
eat_date (const char **p,
          int         *day,
          int         *month,
          int         *year,
          const char **written,
          int         *written_len)
{
  const char *q = *p;

  if (!ct_date_scan_dmy (q, CT_DATE_SCAN_SLASH_ONLY, day, month, year, &q))
    return FALSE;
  *written = *p;
  *written_len = q - *p;
  skip_spaces (&q);
  *p = q;
  return TRUE;
}

static gboolean
eat_first_date (const char **p,
                CtWhen      *when)
{
  return eat_date (p, &when->day1, &when->month1, &when->year1, &when->written1,
                   &when->written1_len);
}

static gboolean
eat_last_date (const char **p,
               CtWhen      *when)
{
  when->range = TRUE;
  return eat_date (p, &when->day2, &when->month2, &when->year2, &when->written2,
                   &when->written2_len);
}

static gboolean
eat_dates (const char **p,
           CtWhen      *when)
{
  const char *q = *p;

  if (eat (&q, "tu"))
    {
      if (!eat (&q, "ngay") || !eat_first_date (&q, when) || !eat (&q, "den"))
        return FALSE;
      eat (&q, "ngay");
      if (!eat_last_date (&q, when))
        return FALSE;
    }
  else
    {
      gboolean said = eat (&q, "ngay");

      if (!said && when->day_part == CT_DAY_PART_NONE)
        return FALSE;
      if (!eat_first_date (&q, when))
        return FALSE;
      /* "sáng 20/3/2025" without "ngày": a day with its month, never a bare number. */
      if (!said && when->day_part != CT_DAY_PART_ALL_DAY && when->month1 < 0)
        return FALSE;
      /* "ngày 10-12/10/2023" */
      if (when->month1 < 0 && eat_char (&q, '-') && !eat_last_date (&q, when))
        return FALSE;
    }
  if (when->range)
    {
      if (when->month1 < 0)
        when->month1 = when->month2;
      if (when->year1 < 0)
        when->year1 = when->year2;
    }
  *p = q;
  return TRUE;
}

/* "(thu sau)", "(thu ba - thu nam)" */
static void
eat_weekday_note (const char **p,
                  CtWhen      *when)
{
  const char *q = *p;
  GDateWeekday first, last = G_DATE_BAD_WEEKDAY;

  if (!eat_char (&q, '('))
    return;
  first = eat_weekday (&q);
  if (first == G_DATE_BAD_WEEKDAY)
    return;
  if ((eat_char (&q, '-') || eat (&q, "den")) &&
      (last = eat_weekday (&q)) == G_DATE_BAD_WEEKDAY)
    return;
  if (!eat_char (&q, ')'))
    return;
  when->weekday = first;
  when->weekday2 = last;
  *p = q;
}

static void
when_init (CtWhen *when)
{
  memset (when, 0, sizeof *when);
  when->start_minute = when->end_minute = CT_NO_TIME;
  when->weekday = when->weekday2 = G_DATE_BAD_WEEKDAY;
}

static gboolean
at_end (const char *p)
{
  skip_spaces (&p);
  while (*p == '.' || *p == ';' || *p == ',' || *p == ' ')
    p++;
  return *p == '\0';
}

/**
 * ct_import_parse_when:
 * @folded: folded text that should be a whole "when", e.g.
 *   "du kien ngay 08/9/2023 (thu sau)."
 * @when: (out caller-allocates): the result
 *
 * Reads the forms ct_format_event_when() writes and their usual variants: "Dự kiến",
 * a time ("8 giờ 00", "từ 8 giờ 00 đến 11 giờ 30", "8h30"), a day part, "ngày D/M/Y",
 * "từ ngày D[/M[/Y]] đến [ngày] D/M/Y", "ngày D-D/M/Y", a weekday in parentheses.
 *
 * Returns: %TRUE when the whole text is a "when"
 */
gboolean
ct_import_parse_when (const char *folded,
                      CtWhen     *when)
{
  const char *p = folded;

  when_init (when);
  skip_spaces (&p);
  when->tentative = eat (&p, "du kien");
  eat (&p, "vao");
  eat_time (&p, when);
  when->day_part = eat_day_part (&p);
  if (!eat_dates (&p, when))
    return FALSE;
  eat_weekday_note (&p, when);
  return at_end (p);
}

/**
 * ct_import_parse_time:
 * @folded: folded text that should be a whole time of day, e.g. "7 gio 30", "08h00",
 *   "sang", "chieu 14h00", "8h00 - 11h30"
 * @when: (out caller-allocates): the result: its times and day part
 *
 * Reads a table's "Thời gian" or "Buổi" cell, or the time before a schedule's line.
 *
 * Returns: %TRUE when the whole text is a time, a day part or both
 */
gboolean
ct_import_parse_time (const char *folded,
                      CtWhen     *when)
{
  const char *p = folded;

  when_init (when);
  skip_spaces (&p);
  when->day_part = eat_day_part (&p);
  eat (&p, "luc");
  if (eat_clock (&p, &when->start_minute) && (eat_char (&p, '-') || eat (&p, "den")))
    eat_clock (&p, &when->end_minute);
  if (when->day_part == CT_DAY_PART_NONE)
    when->day_part = eat_day_part (&p);
  eat_char (&p, ':');
  if (when->day_part == CT_DAY_PART_NONE && when->start_minute == CT_NO_TIME)
    return FALSE;
  return at_end (p);
}

/**
 * ct_import_parse_day:
 * @folded: folded text that should be a whole day heading, e.g. "thu hai (03/3)",
 *   "thu hai, ngay 03/3/2025", "ngay 03/3/2025 (thu hai)", "03/3", "thu hai"
 * @when: (out caller-allocates): the result: the first date (day1 0 when only a weekday
 *   is written) and the weekday as written
 *
 * Returns: %TRUE when the whole text names one day
 */
gboolean
ct_import_parse_day (const char *folded,
                     CtWhen     *when)
{
  const char *p = folded;
  GDateWeekday weekday;

  when_init (when);
  skip_spaces (&p);
  weekday = eat_weekday (&p);
  while (eat_char (&p, ',') || eat_char (&p, '-') || eat_char (&p, '('))
    ;
  eat (&p, "ngay");
  if (eat_first_date (&p, when))
    {
      eat_char (&p, ')');
      eat_weekday_note (&p, when);
    }
  else if (weekday == G_DATE_BAD_WEEKDAY)
    return FALSE;
  if (weekday != G_DATE_BAD_WEEKDAY)
    when->weekday = weekday;
  eat_char (&p, ':');
  return at_end (p);
}

/**
 * ct_import_parse_recurring:
 * @folded: folded text that should be a whole weekly "when", e.g.
 *   "chieu thu 2 hang tuan"
 * @when: (out caller-allocates): the result; @weekdays holds the days
 *
 * Reads "[time,] [day part] thứ X[, thứ Y | và thứ Y] hằng tuần" ("hàng tuần" too).
 *
 * Returns: %TRUE when the whole text is a weekly "when"
 */
gboolean
ct_import_parse_recurring (const char *folded,
                           CtWhen     *when)
{
  const char *p = folded;
  GDateWeekday weekday;

  when_init (when);
  skip_spaces (&p);
  eat (&p, "vao");
  eat_time (&p, when);
  when->day_part = eat_day_part (&p);
  do
    {
      weekday = eat_weekday (&p);
      if (weekday == G_DATE_BAD_WEEKDAY)
        return FALSE;
      when->weekdays |= CT_WEEKDAY_FROM_GDATE (weekday);
      eat_char (&p, ',');
    }
  while (eat (&p, "va") || g_str_has_prefix (p, "thu ") || g_str_has_prefix (p, "chu nhat"));
  if (!eat (&p, "hang tuan"))
    return FALSE;
  return at_end (p);
}

/**
 * ct_import_parse_roman:
 * @text: original text
 * @value: (out): the numeral's value
 * @rest: (out): the text after the numeral, its "." or "-" and the space
 *
 * Returns: %TRUE when @text starts with a canonical roman numeral (1 to 39), then "." or
 *   "-" (36-HD/VPTW writes "I-"), then a space
 */
gboolean
ct_import_parse_roman (const char  *text,
                       guint       *value,
                       const char **rest)
{
  g_autofree char *numeral = NULL;
  g_autofree char *canonical = NULL;
  guint total = 0, len = 0;

  while (len < 7 && strchr ("IVX", text[len]) != NULL && text[len] != '\0')
    len++;
  if (len == 0 || (text[len] != '.' && text[len] != '-') || text[len + 1] != ' ')
    return FALSE;
  for (guint i = 0; i < len; i++)
    {
      guint v = text[i] == 'I' ? 1 : text[i] == 'V' ? 5 : 10;
      guint next = i + 1 < len ? (text[i + 1] == 'I' ? 1 : text[i + 1] == 'V' ? 5 : 10) : 0;

      total = v < next ? total - v : total + v;
    }
  numeral = g_strndup (text, len);
  canonical = ct_format_roman (total);
  if (g_strcmp0 (numeral, canonical) != 0)
    return FALSE;
  *value = total;
  *rest = text + len + 2;
  return TRUE;
}

/**
 * ct_import_parse_number:
 * @text: original text
 * @value: (out): the number, 1–999
 * @rest: (out): the text after "N. " or "N) "
 *
 * Returns: %TRUE when @text starts with an item number
 */
gboolean
ct_import_parse_number (const char  *text,
                        guint       *value,
                        const char **rest)
{
  const char *p = text;
  int v;

  if (!eat_int (&p, 3, &v) || v == 0 || (*p != '.' && *p != ')') || p[1] != ' ')
    return FALSE;
  *value = v;
  *rest = p + 2;
  return TRUE;
}

/* "Q. CHỦ TỊCH": the short code of an acting head starts many an ordinary line too
 * ("Q. Ba Đình"), so it counts only before a title in capitals. */
static gboolean
is_upper_title (const char *text)
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

/**
 * ct_import_is_authority:
 * @text: original text
 * @style: (out) (optional): the style the code belongs to
 * @authority: (out) (optional): the authority
 * @rest: (out) (optional): the body after the code
 *
 * Returns: %TRUE when @text starts with a signing authority code, "T/M", "T/L", "K/T",
 *   "T/U" (36-HD/VPTW §1.7) or "TM.", "TL.", "KT.", "TUQ.", "Q." (NĐ 30/2020 Phụ lục I
 *   §II), followed by a space; "Q." (which the Party form does not have) only before a
 *   title in capitals
 */
gboolean
ct_import_is_authority (const char         *text,
                        CtDocumentStyle    *style,
                        CtSigningAuthority *authority,
                        const char        **rest)
{
  static const struct { const char *code; CtDocumentStyle style; CtSigningAuthority a; } codes[] = {
    { "T/M ", CT_DOCUMENT_STYLE_PARTY, CT_SIGNING_AUTHORITY_ON_BEHALF },
    { "T/L ", CT_DOCUMENT_STYLE_PARTY, CT_SIGNING_AUTHORITY_BY_ORDER },
    { "K/T ", CT_DOCUMENT_STYLE_PARTY, CT_SIGNING_AUTHORITY_SIGNING_FOR },
    { "T/U ", CT_DOCUMENT_STYLE_PARTY, CT_SIGNING_AUTHORITY_AUTHORISED },
    { "TM. ", CT_DOCUMENT_STYLE_STATE, CT_SIGNING_AUTHORITY_ON_BEHALF },
    { "TL. ", CT_DOCUMENT_STYLE_STATE, CT_SIGNING_AUTHORITY_BY_ORDER },
    { "KT. ", CT_DOCUMENT_STYLE_STATE, CT_SIGNING_AUTHORITY_SIGNING_FOR },
    { "TUQ. ", CT_DOCUMENT_STYLE_STATE, CT_SIGNING_AUTHORITY_AUTHORISED },
    { "Q. ", CT_DOCUMENT_STYLE_STATE, CT_SIGNING_AUTHORITY_ACTING },
  };

  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    if (g_str_has_prefix (text, codes[i].code))
      {
        const char *after = text + strlen (codes[i].code);

        if (codes[i].a == CT_SIGNING_AUTHORITY_ACTING && !is_upper_title (after))
          return FALSE;
        if (style != NULL)
          *style = codes[i].style;
        if (authority != NULL)
          *authority = codes[i].a;
        if (rest != NULL)
          *rest = after;
        return TRUE;
      }
  return FALSE;
}

/**
 * ct_import_is_marker_line:
 * @text: an input line
 *
 * Returns: %TRUE when the line starts something: a roman section, a numbered item, a
 *   "- " bullet or a whole preparation note in parentheses
 */
gboolean
ct_import_is_marker_line (const char *text)
{
  guint value;
  const char *rest;
  gsize len = strlen (text);

  if (ct_import_parse_roman (text, &value, &rest) || ct_import_parse_number (text, &value, &rest))
    return TRUE;
  if (g_str_has_prefix (text, "- ") || g_str_has_prefix (text, "– ") ||
      g_str_has_prefix (text, "+ "))
    return TRUE;
  /* "a) …", "đ) …": a sub-point starts its own line, even after a line ending in ":". */
  if (g_unichar_islower (g_utf8_get_char (text)) &&
      g_str_has_prefix (g_utf8_next_char (text), ") "))
    return TRUE;
  if (text[0] == '(' && len > 2 && text[len - 1] == ')' && len < 400)
    {
      CtFolded folded;
      gboolean note;

      ct_folded_init (&folded, text);
      note = strstr (folded.text, " chuan bi") != NULL;
      ct_folded_clear (&folded);
      return note;
    }
  return FALSE;
}
