/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-format"

#include <string.h>

#include "ct-format.h"
#include "ct-text.h"

/**
 * ct_format_roman:
 * @number: a section number, normally 1–3999
 *
 * Section numerals ("I", "II", … "IX", "X"); 36-HD/VPTW §4 numbers sections of a
 * programme with roman numerals. Roman numerals stop at 3999: larger numbers, which no
 * document has but a pasted text may produce, are written in arabic digits.
 *
 * Returns: (transfer full): the roman numeral; "" for 0
 */
char *
ct_format_roman (guint number)
{
  static const struct { guint value; const char *numeral; } table[] = {
    { 1000, "M" }, { 900, "CM" }, { 500, "D" }, { 400, "CD" }, { 100, "C" }, { 90, "XC" },
    { 50, "L" }, { 40, "XL" }, { 10, "X" }, { 9, "IX" }, { 5, "V" }, { 4, "IV" }, { 1, "I" },
  };
  GString *out = g_string_new (NULL);

  if (number >= 4000)
    {
      g_string_append_printf (out, "%u", number);
      return g_string_free (out, FALSE);
    }

  for (guint i = 0; i < G_N_ELEMENTS (table); i++)
    for (; number >= table[i].value; number -= table[i].value)
      g_string_append (out, table[i].numeral);
  return g_string_free (out, FALSE);
}

/**
 * ct_format_date_full:
 * @date: a valid date
 *
 * The full date of the date line: "ngày 31 tháng 8 năm 2023", "ngày 05 tháng 02 năm 2024".
 * Days 1–9 and months 1–2 take a leading zero (NĐ 30/2020 Phụ lục I; 36-HD/VPTW example
 * "tháng 02"), so that 1 cannot be forged into 11 or 2 into 12.
 *
 * Returns: (transfer full): the date in words
 */
char *
ct_format_date_full (const GDate *date)
{
  guint month;

  g_return_val_if_fail (date != NULL && g_date_valid (date), g_strdup (""));

  month = g_date_get_month (date);
  return g_strdup_printf ("ngày %02u tháng %0*u năm %u", g_date_get_day (date),
                          month <= 2 ? 2 : 1, month, g_date_get_year (date));
}

/**
 * ct_format_date_short:
 * @date: a valid date
 *
 * The in-body date with the same padding rule: "08/9/2023", "05/02/2024", "20/9/2023".
 *
 * Returns: (transfer full): the short date
 */
char *
ct_format_date_short (const GDate *date)
{
  guint month;

  g_return_val_if_fail (date != NULL && g_date_valid (date), g_strdup (""));

  month = g_date_get_month (date);
  return g_strdup_printf ("%02u/%0*u/%u", g_date_get_day (date), month <= 2 ? 2 : 1, month,
                          g_date_get_year (date));
}

/**
 * ct_format_weekday:
 * @weekday: a weekday
 *
 * The weekday as written mid-sentence (NĐ 30/2020 Phụ lục II §V.8.c): "thứ Hai" …
 * "thứ Bảy", "Chủ nhật".
 *
 * Returns: (transfer none): the weekday's name
 */
const char *
ct_format_weekday (GDateWeekday weekday)
{
  static const char *const names[] = {
    "", "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật",
  };

  g_return_val_if_fail (weekday >= G_DATE_MONDAY && weekday <= G_DATE_SUNDAY, "");
  return names[weekday];
}

/**
 * ct_format_place_date:
 * @place_name: (nullable): the place name (địa danh)
 * @date: (nullable): the issue date; invalid or %NULL leaves blanks to fill by hand
 *
 * The place-date line, "Lục Ngạn, ngày 31 tháng 8 năm 2023" (36-HD/VPTW, Phụ lục 3).
 *
 * Returns: (transfer full): the line
 */
char *
ct_format_place_date (const char  *place_name,
                      const GDate *date)
{
  g_autofree char *when = NULL;

  if (date != NULL && g_date_valid (date))
    when = ct_format_date_full (date);
  else
    when = g_strdup ("ngày      tháng      năm");
  if (place_name == NULL || *place_name == '\0')
    return g_steal_pointer (&when);
  return g_strdup_printf ("%s, %s", place_name, when);
}

/* "công tác tuần 10 (từ ngày 03/3/2025 đến ngày 09/3/2025)": the week's Monday and
 * Sunday written in full, as weekly schedules give them (document-format.md §13), so a
 * week across the new year names both years. */
static char *
week_subtitle (int year,
               int week)
{
  GDate first, last;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  /* Clamped as ct_programme_get_week_range() does, so the number matches the dates. */
  year = CLAMP (year, 1900, 9999);
  week = CLAMP (week, 1, (int) ct_programme_weeks_in_year (year));
  ct_programme_get_week_range (year, week, &first, &last);
  from = ct_format_date_short (&first);
  to = ct_format_date_short (&last);
  return g_strdup_printf ("công tác tuần %d (từ ngày %s đến ngày %s)", week, from, to);
}

/**
 * ct_format_subtitle:
 * @kind: the period kind
 * @year: the year
 * @index: month 1–12, quarter 1–4 or ISO week 1–53
 *
 * The subtitle (trích yếu) derived from the period: "công tác tháng 9 năm 2023",
 * "công tác quý IV năm 2023", "công tác năm 2024", "công tác tuần 10 (từ ngày 03/3/2025
 * đến ngày 09/3/2025)" (for a week, @year is its ISO week-numbering year).
 *
 * Returns: (transfer full): the subtitle
 */
char *
ct_format_subtitle (CtPeriodKind kind,
                    int          year,
                    int          index)
{
  g_autofree char *quarter = NULL;

  switch (kind)
    {
    case CT_PERIOD_KIND_MONTH:
      return g_strdup_printf ("công tác tháng %d năm %d", index, year);
    case CT_PERIOD_KIND_QUARTER:
      quarter = ct_format_roman (CLAMP (index, 1, 4));
      return g_strdup_printf ("công tác quý %s năm %d", quarter, year);
    case CT_PERIOD_KIND_WEEK:
      return week_subtitle (year, index);
    case CT_PERIOD_KIND_YEAR:
    default:
      return g_strdup_printf ("công tác năm %d", year);
    }
}

/**
 * ct_programme_dup_subtitle:
 * @programme: a programme
 *
 * Returns: (transfer full): the subtitle as printed: the override when set, else the one
 *   derived from the period
 */
char *
ct_programme_dup_subtitle (const CtProgramme *programme)
{
  g_return_val_if_fail (programme != NULL, NULL);

  if (programme->subtitle != NULL && *programme->subtitle != '\0')
    return g_strdup (programme->subtitle);
  return ct_format_subtitle (programme->period_kind, programme->period_year,
                             programme->period_index);
}

/**
 * ct_format_number_symbol:
 * @style: Party or State format
 * @number: the document number; 0 leaves a blank to fill in by hand
 * @kind_code: (nullable): the kind code, "CTr" for a programme (%NULL means "CTr")
 * @body_code: (nullable): the issuing body's code, e.g. "HU", "UBND"
 *
 * The number and symbol (số, ký hiệu). Party (36-HD/VPTW, Phụ lục 3, example
 * "Số 127-QĐ/TW"): "Số 123-CTr/HU", no colon after "Số", a hyphen before the kind and
 * a slash before the body. State (NĐ 30/2020, Phụ lục I): "Số: 07/CTr-UBND". Numbers
 * below 10 are written 01–09 in both (36-HD/VPTW: the sequence starts at "01").
 *
 * Returns: (transfer full): the line
 */
char *
ct_format_number_symbol (CtDocumentStyle  style,
                         guint            number,
                         const char      *kind_code,
                         const char      *body_code)
{
  g_autofree char *digits = number ? g_strdup_printf ("%02u", number) : g_strdup ("     ");
  const char *kind = (kind_code != NULL && *kind_code != '\0') ? kind_code : "CTr";
  gboolean has_body = body_code != NULL && *body_code != '\0';

  if (style == CT_DOCUMENT_STYLE_STATE)
    return g_strdup_printf ("Số: %s/%s%s%s", digits, kind, has_body ? "-" : "",
                            has_body ? body_code : "");
  return g_strdup_printf ("Số %s-%s%s%s", digits, kind, has_body ? "/" : "",
                          has_body ? body_code : "");
}

/**
 * ct_programme_dup_number_symbol:
 * @programme: a programme
 *
 * Returns: (transfer full): ct_format_number_symbol() of the programme's style, number,
 *   kind code and body code
 */
char *
ct_programme_dup_number_symbol (const CtProgramme *programme)
{
  g_return_val_if_fail (programme != NULL, NULL);
  return ct_format_number_symbol (programme->style, programme->number, programme->kind_code,
                                  programme->body_code);
}

/**
 * ct_programme_dup_file_name:
 * @programme: a programme
 * @extension: the file name's extension with its dot, e.g. ".pdf"
 *
 * A file name for the programme, "Chương trình công tác tháng 9 năm 2023.pdf". A week's
 * subtitle writes its dates with slashes, which no file name may hold: they become "-"
 * ("… từ ngày 29-12-2025 đến ngày 04-01-2026).pdf").
 *
 * Returns: (transfer full): the name, without a folder
 */
char *
ct_programme_dup_file_name (const CtProgramme *programme,
                            const char        *extension)
{
  g_autofree char *subtitle = NULL;
  char *name;

  g_return_val_if_fail (programme != NULL && extension != NULL, NULL);

  subtitle = ct_programme_dup_subtitle (programme);
  name = g_strdup_printf ("Chương trình %s%s", subtitle, extension);
  for (char *p = name; *p != '\0'; p++)
    if (strchr ("/\\:*?\"<>|", *p) != NULL)
      *p = '-';
  return name;
}

/**
 * ct_format_signing_authority:
 * @style: Party or State format
 * @authority: the signing authority
 *
 * The authority code before the signer's body or title. Party documents write it with a
 * slash (36-HD/VPTW §1.7): "T/M" (on behalf of), "T/L" (by order), "K/T" (signing for),
 * "T/U" (authorised); State documents with a dot (NĐ 30/2020, Phụ lục I §II.8): "TM.",
 * "TL.", "KT.", "TUQ.", and "Q." for an acting head.
 *
 * Returns: (transfer none): the code; "" for %CT_SIGNING_AUTHORITY_NONE
 */
const char *
ct_format_signing_authority (CtDocumentStyle    style,
                             CtSigningAuthority authority)
{
  static const char *const party[] = { "", "T/M", "T/L", "K/T", "T/U", "Q." };
  static const char *const state[] = { "", "TM.", "TL.", "KT.", "TUQ.", "Q." };

  G_STATIC_ASSERT (G_N_ELEMENTS (party) == G_N_ELEMENTS (state));
  if ((guint) authority >= G_N_ELEMENTS (party))
    return "";
  return style == CT_DOCUMENT_STYLE_STATE ? state[authority] : party[authority];
}

/**
 * ct_format_signer_authority:
 * @style: Party or State format
 * @line: an authority line
 *
 * Returns: (transfer full): the line as printed: the code and the body, e.g.
 *   "KT. CHỦ TỊCH", or either alone
 */
char *
ct_format_signer_authority (CtDocumentStyle          style,
                            const CtSignerAuthority *line)
{
  const char *code = ct_format_signing_authority (style, line->authority);
  const char *body = line->body != NULL ? line->body : "";

  if (*code == '\0' || *body == '\0')
    return g_strconcat (code, body, NULL);
  return g_strdup_printf ("%s %s", code, body);
}

/**
 * ct_programme_dup_signer_authorities:
 * @programme: a programme
 *
 * The authority lines at the top of the signature block, one per line, e.g.
 * "T/L BAN THƯỜNG VỤ" (36-HD/VPTW §1.7), or "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH"
 * (NĐ 30/2020, Phụ lục I §II.8).
 *
 * Returns: (transfer full): the lines joined by "\n"; "" when the head signs directly
 */
char *
ct_programme_dup_signer_authorities (const CtProgramme *programme)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (programme != NULL, NULL);

  for (guint i = 0; i < programme->signer_authorities->len; i++)
    {
      g_autofree char *line =
        ct_format_signer_authority (programme->style,
                                    g_ptr_array_index (programme->signer_authorities, i));

      if (*line == '\0')
        continue;
      if (out->len > 0)
        g_string_append_c (out, '\n');
      g_string_append (out, line);
    }
  return g_string_free (out, FALSE);
}

/**
 * ct_format_day_part:
 * @day_part: a day part
 *
 * Time of day, lowercase as in published office calendars (document-format.md §10).
 *
 * Returns: (transfer none): "sáng", "chiều", "tối", "cả ngày"; "" for none
 */
const char *
ct_format_day_part (CtDayPart day_part)
{
  static const char *const names[] = { "", "sáng", "chiều", "tối", "cả ngày" };

  if ((guint) day_part >= G_N_ELEMENTS (names))
    return "";
  return names[day_part];
}

/**
 * ct_format_time:
 * @minute: minutes after midnight, 0–1439
 *
 * A clock time as written in office calendars (document-format.md §10): "8 giờ 00",
 * "14 giờ 30": the hour without padding, the minutes on two digits.
 *
 * Returns: (transfer full): the time; "" for %CT_NO_TIME or a value out of range
 */
char *
ct_format_time (int minute)
{
  if (minute < 0 || minute >= 24 * 60)
    return g_strdup ("");
  return g_strdup_printf ("%d giờ %02d", minute / 60, minute % 60);
}

/**
 * ct_programme_get_recipient_group_end:
 * @programme: a programme
 * @first: index of a recipient
 *
 * Recipients in a row with the same purpose ("báo cáo", "để biết") form a group whose
 * purpose is printed once, beside the group, as the original documents do with a brace.
 *
 * Returns: the index after the last recipient of the group starting at @first; @first + 1
 *   for a recipient without purpose
 */
guint
ct_programme_get_recipient_group_end (const CtProgramme *programme,
                                      guint              first)
{
  const CtRecipient *head;
  guint end = first + 1;

  g_return_val_if_fail (programme != NULL, first + 1);
  g_return_val_if_fail (first < programme->recipients->len, first + 1);

  head = g_ptr_array_index (programme->recipients, first);
  if (ct_text_is_blank (head->purpose))
    return end;
  while (end < programme->recipients->len &&
         g_strcmp0 (((CtRecipient *) g_ptr_array_index (programme->recipients, end))->purpose,
                    head->purpose) == 0)
    end++;
  return end;
}

/**
 * ct_programme_get_recipient_line_end:
 * @programme: a programme
 * @index: index of a recipient
 *
 * The punctuation ending a "Nơi nhận" line: "," in Party documents (as the committees'
 * own programmes write it; 36-HD/VPTW sets no mark), ";" in State documents
 * (NĐ 30/2020 Phụ lục I), and "." on the block's last line — the archive line when there
 * is one, else the last recipient.
 *
 * Returns: (transfer none): ",", ";" or "."
 */
const char *
ct_programme_get_recipient_line_end (const CtProgramme *programme,
                                     guint              index)
{
  g_return_val_if_fail (programme != NULL, ".");

  if (index + 1 >= programme->recipients->len && ct_text_is_blank (programme->archive_line))
    return ".";
  return programme->style == CT_DOCUMENT_STYLE_STATE ? ";" : ",";
}

/**
 * ct_format_recipient_lines:
 * @programme: a programme
 *
 * The lines under "Nơi nhận:" as text: "- Văn phòng Tỉnh ủy,", the purpose of a group of
 * recipients (ct_programme_get_recipient_group_end()) after its only line, or after its
 * middle line where the original puts a brace, then the archive line "- Lưu …".
 *
 * Returns: (transfer full) (element-type utf8): the lines
 */
GPtrArray *
ct_format_recipient_lines (const CtProgramme *programme)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  guint i = 0;

  g_return_val_if_fail (programme != NULL, lines);

  while (i < programme->recipients->len)
    {
      guint j = ct_programme_get_recipient_group_end (programme, i);
      guint middle = i + (j - i - 1) / 2;

      for (guint k = i; k < j; k++)
        {
          CtRecipient *r = g_ptr_array_index (programme->recipients, k);
          const char *end = ct_programme_get_recipient_line_end (programme, k);
          gboolean purpose = !ct_text_is_blank (r->purpose);

          if (j - i == 1 && purpose)
            g_ptr_array_add (lines, g_strdup_printf ("- %s (%s)%s", r->text, r->purpose, end));
          else if (k == middle && purpose)
            g_ptr_array_add (lines, g_strdup_printf ("- %s%s (%s)", r->text, end, r->purpose));
          else
            g_ptr_array_add (lines, g_strdup_printf ("- %s%s", r->text, end));
        }
      i = j;
    }
  if (!ct_text_is_blank (programme->archive_line))
    g_ptr_array_add (lines, g_strdup_printf ("- %s.", programme->archive_line));
  return lines;
}
