/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <locale.h>
#include <string.h>

#include "ct-date-time.h"
#include "ct-when-text.h"

/* What each row runs. */
typedef enum
{
  ISO,        /* ct_date_parse_iso () */
  DMY,        /* ct_date_parse_dmy (), default year 2024 */
  DMY_TEXT,   /* ct_date_scan_dmy (SLASH_ONLY): day, month, year as written (-1: none) */
  TIME,       /* ct_time_parse () */
  TIME_EOD,   /* ct_time_parse_full (END_OF_DAY), as Preferences reads a day part */
  TIME_TEXT,  /* ct_time_scan (NEED_UNIT), as the importer reads running text */
} Kind;

typedef struct
{
  Kind        kind;
  const char *in;
  gboolean    accepted;
  int         year, month, day;
  int         minute;
  int         used;   /* bytes read, for the scans */
} Row;

#define DATE(k, in, y, m, d)         { k, in, TRUE, y, m, d, -1, -1 }
#define DATE_USED(k, in, y, m, d, n) { k, in, TRUE, y, m, d, -1, n }
#define TIME(k, in, minute)          { k, in, TRUE, 0, 0, 0, minute, -1 }
#define TIME_USED(k, in, minute, n)  { k, in, TRUE, 0, 0, 0, minute, n }
#define REFUSED(k, in)               { k, in, FALSE, 0, 0, 0, -1, -1 }

static const Row rows[] = {
  /* ISO 8601 as the store, the calendar files and drag and drop write it. */
  DATE (ISO, "2023-09-08", 2023, 9, 8),
  DATE (ISO, "2024-02-29", 2024, 2, 29),
  DATE (ISO, "1900-01-01", 1900, 1, 1),
  DATE (ISO, "9999-12-31", 9999, 12, 31),   /* a programme may be of any year */
  DATE (ISO, "0001-01-01", 1, 1, 1),
  REFUSED (ISO, "2023-02-29"),
  REFUSED (ISO, "2023-13-01"),
  REFUSED (ISO, "2023-00-10"),
  REFUSED (ISO, "0000-01-01"),
  DATE (ISO, "2024-1-1", 2024, 1, 1),       /* as in a hand-edited holiday file */
  REFUSED (ISO, "23-09-08"),
  REFUSED (ISO, "02023-09-08"),
  REFUSED (ISO, "2023-009-08"),
  REFUSED (ISO, "2023-09-"),
  REFUSED (ISO, "2023-09-08 "),
  REFUSED (ISO, " 2023-09-08"),
  REFUSED (ISO, "2023-09-08x"),
  REFUSED (ISO, "2023/09/08"),
  REFUSED (ISO, "+023-09-08"),
  REFUSED (ISO, "20230908"),
  REFUSED (ISO, "08/09/2023"),
  REFUSED (ISO, ""),
  REFUSED (ISO, NULL),

  /* Day, month, year as a clerk writes them. */
  DATE (DMY, "08/9/2023", 2023, 9, 8),
  DATE (DMY, "8/9/2023", 2023, 9, 8),
  DATE (DMY, "26/09/2023", 2023, 9, 26),
  DATE (DMY, "26-09-2023", 2023, 9, 26),
  DATE (DMY, "26.9.2023", 2023, 9, 26),
  DATE (DMY, "29/2", 2024, 2, 29),
  DATE (DMY, " 30/9 ", 2024, 9, 30),
  DATE (DMY, "1/1/1900", 1900, 1, 1),
  DATE (DMY, "31/12/2200", 2200, 12, 31),
  REFUSED (DMY, "31/02/2024"),
  REFUSED (DMY, "29/2/2023"),
  REFUSED (DMY, "32/1/2024"),
  REFUSED (DMY, "0/1/2024"),
  REFUSED (DMY, "10/13/2024"),
  REFUSED (DMY, "123/1/2024"),
  REFUSED (DMY, "31/12/1899"),
  REFUSED (DMY, "1/1/2201"),
  REFUSED (DMY, "8/9/23"),
  REFUSED (DMY, "8/9/20233"),
  REFUSED (DMY, "26/9-2023"),
  REFUSED (DMY, "26"),
  REFUSED (DMY, "26/9/2023 (thứ Ba)"),
  REFUSED (DMY, "2023-09-26"),
  REFUSED (DMY, "abc"),
  REFUSED (DMY, ""),

  /* Dates inside the importer's running text: "/" only, the rest is left. */
  DATE_USED (DMY_TEXT, "08/9/2023 (thu sau)", 2023, 9, 8, 9),
  DATE_USED (DMY_TEXT, "30/9, ", -1, 9, 30, 4),
  DATE_USED (DMY_TEXT, "10-12/10/2023", -1, -1, 10, 2),
  DATE_USED (DMY_TEXT, "30/9/ den", -1, 9, 30, 4),
  REFUSED (DMY_TEXT, "123/9"),
  REFUSED (DMY_TEXT, "ngay 10"),

  /* Times of day as typed in the item editor and Preferences. */
  TIME (TIME, "7h30", 450),
  TIME (TIME, "7H30", 450),
  TIME (TIME, "7h", 420),
  TIME (TIME, "7 giờ 30", 450),
  TIME (TIME, "7 giờ", 420),
  TIME (TIME, "7giờ30", 450),
  TIME (TIME, "7 gio 30", 450),
  TIME (TIME, "14 giờ 30 phút", 870),
  TIME (TIME, "07:30", 450),
  TIME (TIME, "7:30", 450),
  TIME (TIME, "14:30'", 870),
  TIME (TIME, "8.30", 510),
  TIME (TIME, "08.30", 510),
  TIME (TIME, "8g30", 510),
  TIME (TIME, "8G", 480),
  TIME (TIME, "8 : 30", 510),
  TIME (TIME, " 14:05 ", 845),
  TIME (TIME, "7:5", 425),
  TIME (TIME, "7:", 420),
  TIME (TIME, "7", 420),
  TIME (TIME, "0:00", 0),
  TIME (TIME, "23:59", 1439),
  REFUSED (TIME, "25:00"),
  REFUSED (TIME, "24:00"),
  REFUSED (TIME, "7:60"),
  REFUSED (TIME, "7:300"),
  REFUSED (TIME, "123"),
  REFUSED (TIME, "abc"),
  REFUSED (TIME, ""),
  REFUSED (TIME, "   "),
  REFUSED (TIME, "7:30abc"),
  REFUSED (TIME, "7x"),
  REFUSED (TIME, "7 30"),
  REFUSED (TIME, "+7:30"),
  REFUSED (TIME, "-1:00"),
  REFUSED (TIME, "7 phút"),
  REFUSED (TIME, "7.30.00"),
  REFUSED (TIME, "7h sáng"),
  REFUSED (TIME, "7hsáng"),

  /* The last day part may end at midnight. */
  TIME (TIME_EOD, "24:00", 1440),
  TIME (TIME_EOD, "24h", 1440),
  TIME (TIME_EOD, "24", 1440),
  TIME (TIME_EOD, "21 giờ 30", 1290),
  REFUSED (TIME_EOD, "24:30"),
  REFUSED (TIME_EOD, "25"),

  /* Times at the start of the importer's running text: a lone number is no time. */
  TIME_USED (TIME_TEXT, "8 gio 00, sang ngay 08/9", 480, 8),
  TIME_USED (TIME_TEXT, "8h30 den 11h", 510, 4),
  TIME_USED (TIME_TEXT, "14h, chieu", 840, 3),
  TIME_USED (TIME_TEXT, "11 giờ 30 phút đến", 690, 17),
  TIME_USED (TIME_TEXT, "8:30, sang", 510, 4),
  REFUSED (TIME_TEXT, "10/9/2023"),
  REFUSED (TIME_TEXT, "8 sang"),
  REFUSED (TIME_TEXT, "8hsang"),
  REFUSED (TIME_TEXT, "8 gio 61"),
};

static void
check_date_row (const Row *row)
{
  GDate date;
  gboolean ok;

  if (row->kind == ISO)
    ok = ct_date_parse_iso (row->in, &date);
  else
    ok = ct_date_parse_dmy (row->in, 2024, &date);
  g_assert_cmpint (ok, ==, row->accepted);
  g_assert_cmpint (g_date_valid (&date), ==, row->accepted);
  if (!ok)
    return;
  g_assert_cmpint (g_date_get_year (&date), ==, row->year);
  g_assert_cmpint (g_date_get_month (&date), ==, row->month);
  g_assert_cmpint (g_date_get_day (&date), ==, row->day);
}

static void
check_date_scan_row (const Row *row)
{
  int day = 0, month = 0, year = 0;
  const char *end = NULL;
  gboolean ok = ct_date_scan_dmy (row->in, CT_DATE_SCAN_SLASH_ONLY, &day, &month, &year,
                                  &end);

  g_assert_cmpint (ok, ==, row->accepted);
  if (!ok)
    return;
  g_assert_cmpint (year, ==, row->year);
  g_assert_cmpint (month, ==, row->month);
  g_assert_cmpint (day, ==, row->day);
  g_assert_cmpint (end - row->in, ==, row->used);
}

static void
check_time_row (const Row *row)
{
  int minute = -7;
  const char *end = NULL;
  gboolean ok;

  if (row->kind == TIME)
    ok = ct_time_parse (row->in, &minute);
  else if (row->kind == TIME_EOD)
    ok = ct_time_parse_full (row->in, CT_TIME_END_OF_DAY, &minute);
  else
    ok = ct_time_scan (row->in, CT_TIME_NEED_UNIT, &minute, &end);
  g_assert_cmpint (ok, ==, row->accepted);
  if (!ok)
    {
      g_assert_cmpint (minute, ==, -7);
      return;
    }
  g_assert_cmpint (minute, ==, row->minute);
  if (row->kind == TIME_TEXT)
    g_assert_cmpint (end - row->in, ==, row->used);
}

static void
test_table (void)
{
  guint accepted = 0;

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_test_message ("row %u: “%s”", i, rows[i].in ? rows[i].in : "(null)");
      if (rows[i].kind == ISO || rows[i].kind == DMY)
        check_date_row (&rows[i]);
      else if (rows[i].kind == DMY_TEXT)
        check_date_scan_row (&rows[i]);
      else
        check_time_row (&rows[i]);
      accepted += rows[i].accepted;
    }
  g_assert_cmpuint (accepted, >=, 40);
  g_assert_cmpuint (G_N_ELEMENTS (rows) - accepted, >=, 40);
}

static void
test_format (void)
{
  g_autofree char *iso = NULL;
  g_autofree char *old = NULL;
  g_autofree char *morning = NULL;
  g_autofree char *midnight = NULL;
  g_autofree char *end_of_day = NULL;
  GDate date, back, unset;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 8, G_DATE_SEPTEMBER, 2023);
  iso = ct_date_to_iso (&date);
  g_assert_cmpstr (iso, ==, "2023-09-08");
  g_assert_true (ct_date_parse_iso (iso, &back));
  g_assert_cmpint (g_date_compare (&date, &back), ==, 0);
  g_date_set_dmy (&date, 1, G_DATE_JANUARY, 999);
  old = ct_date_to_iso (&date);
  g_assert_cmpstr (old, ==, "0999-01-01");
  g_date_clear (&unset, 1);
  g_assert_null (ct_date_to_iso (&unset));
  g_assert_null (ct_date_to_iso (NULL));

  morning = ct_time_format (7 * 60 + 5);
  midnight = ct_time_format (0);
  end_of_day = ct_time_format (CT_TIME_MINUTES_PER_DAY);
  g_assert_cmpstr (morning, ==, "07:05");
  g_assert_cmpstr (midnight, ==, "00:00");
  g_assert_cmpstr (end_of_day, ==, "24:00");
}

/* Nothing depends on the user's locale: the same text reads the same in any. */
static void
test_locale (void)
{
  const char *locales[] = { "C", "vi_VN.UTF-8", "en_US.UTF-8", "de_DE.UTF-8" };
  g_autofree char *saved = g_strdup (setlocale (LC_ALL, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (locales); i++)
    {
      GDate date;
      int minute;

      setlocale (LC_ALL, locales[i]);
      g_assert_true (ct_date_parse_dmy ("08/09/2023", 2024, &date));
      g_assert_cmpint (g_date_get_month (&date), ==, 9);
      g_assert_true (ct_date_parse_iso ("2023-09-08", &date));
      g_assert_cmpint (g_date_get_day (&date), ==, 8);
      g_assert_true (ct_time_parse ("8.30", &minute));
      g_assert_cmpint (minute, ==, 510);
    }
  setlocale (LC_ALL, saved);
}

/* What the editor's one "Thời gian" field reads: the day as the printed form writes it. */
typedef struct
{
  const char *in;
  CtWhenTextKind kind;
  int first_day, last_day, month, year;
  CtDayPart day_part;
  int start, end;
  const char *error;
} WhenRow;

static const WhenRow when_rows[] = {
  { "24/10", CT_WHEN_TEXT_DATE, 24, 0, 10, 2023, CT_DAY_PART_NONE, -1, -1, NULL },
  { "24/10/2024", CT_WHEN_TEXT_DATE, 24, 0, 10, 2024, CT_DAY_PART_NONE, -1, -1, NULL },
  { "thứ Ba 24/10", CT_WHEN_TEXT_DATE, 24, 0, 10, 2023, CT_DAY_PART_NONE, -1, -1, NULL },
  { "Thứ ba, ngày 24/10/2023", CT_WHEN_TEXT_DATE, 24, 0, 10, 2023, CT_DAY_PART_NONE, -1, -1, NULL },
  { "24-25/10", CT_WHEN_TEXT_DATE, 24, 25, 10, 2023, CT_DAY_PART_NONE, -1, -1, NULL },
  { "24–26/10/2023", CT_WHEN_TEXT_DATE, 24, 26, 10, 2023, CT_DAY_PART_NONE, -1, -1, NULL },
  { "24-10-2023", CT_WHEN_TEXT_DATE, 24, 0, 10, 2023, CT_DAY_PART_NONE, -1, -1, NULL },
  { "chiều 24/10", CT_WHEN_TEXT_DATE, 24, 0, 10, 2023, CT_DAY_PART_AFTERNOON, -1, -1, NULL },
  { "sáng 24/10 7h30", CT_WHEN_TEXT_DATE, 24, 0, 10, 2023, CT_DAY_PART_MORNING, 450, -1, NULL },
  { "24/10 lúc 7 giờ 30", CT_WHEN_TEXT_DATE, 24, 0, 10, 2023, CT_DAY_PART_NONE, 450, -1, NULL },
  { "14:00 24/10", CT_WHEN_TEXT_DATE, 24, 0, 10, 2023, CT_DAY_PART_NONE, 840, -1, NULL },
  { "24/10 7h30-11h", CT_WHEN_TEXT_DATE, 24, 0, 10, 2023, CT_DAY_PART_NONE, 450, 660, NULL },
  { "cả ngày 24/10", CT_WHEN_TEXT_DATE, 24, 0, 10, 2023, CT_DAY_PART_ALL_DAY, -1, -1, NULL },
  { "  ", CT_WHEN_TEXT_EMPTY, 0, 0, 0, 0, CT_DAY_PART_NONE, -1, -1, NULL },
  { "trong tháng", CT_WHEN_TEXT_VAGUE, 0, 0, 0, 0, CT_DAY_PART_NONE, -1, -1, NULL },
  { "tuần 2", CT_WHEN_TEXT_VAGUE, 0, 0, 0, 0, CT_DAY_PART_NONE, -1, -1, NULL },
  { "31/02", CT_WHEN_TEXT_INVALID, 0, 0, 0, 0, CT_DAY_PART_NONE, -1, -1, "31/02 does not exist" },
  { "24/13", CT_WHEN_TEXT_INVALID, 0, 0, 0, 0, CT_DAY_PART_NONE, -1, -1, "There is no month 13" },
  { "thứ Tư 24/10", CT_WHEN_TEXT_INVALID, 0, 0, 0, 0, CT_DAY_PART_NONE, -1, -1,
    "24/10/2023 is a thứ Ba, not a thứ Tư" },
  { "25-24/10", CT_WHEN_TEXT_INVALID, 0, 0, 0, 0, CT_DAY_PART_NONE, -1, -1,
    "The first day comes after the last" },
  { "14:00", CT_WHEN_TEXT_INVALID, 0, 0, 0, 0, CT_DAY_PART_NONE, -1, -1,
    "Add the day before the time, e.g. 24/10 14:00" },
  /* The day is fine: the time is what is wrong. */
  { "12/1 25:70", CT_WHEN_TEXT_INVALID, 0, 0, 0, 0, CT_DAY_PART_NONE, -1, -1,
    "There is no time 25:70" },
  { "chiều 12/1 14h75", CT_WHEN_TEXT_INVALID, 0, 0, 0, 0, CT_DAY_PART_NONE, -1, -1,
    "There is no time 14h75" },
  { "12/1 7:30-24:10", CT_WHEN_TEXT_INVALID, 0, 0, 0, 0, CT_DAY_PART_NONE, -1, -1,
    "There is no time 24:10" },
  { "31/02 25:70", CT_WHEN_TEXT_INVALID, 0, 0, 0, 0, CT_DAY_PART_NONE, -1, -1,
    "31/02 does not exist" },
  /* A run of days written in full, across a month or a year. */
  { "thứ Hai 30/10 – thứ Tư 1/11/2023", CT_WHEN_TEXT_DATE, 30, 1, 10, 2023, CT_DAY_PART_NONE,
    -1, -1, NULL },
  { "30/12 - 2/1/2024", CT_WHEN_TEXT_DATE, 30, 2, 12, 2023, CT_DAY_PART_NONE, -1, -1, NULL },
  { "30/10 – thứ Năm 1/11", CT_WHEN_TEXT_INVALID, 0, 0, 0, 0, CT_DAY_PART_NONE, -1, -1,
    "1/11/2023 is a thứ Tư, not a thứ Năm" },
  { "2/11 - 30/10", CT_WHEN_TEXT_INVALID, 0, 0, 0, 0, CT_DAY_PART_NONE, -1, -1,
    "The first day comes after the last" },
  { "24/10 abc", CT_WHEN_TEXT_INVALID, 0, 0, 0, 0, CT_DAY_PART_NONE, -1, -1,
    "“24/10 abc” is not a date such as 24/10 or chiều 24/10/2023 14:00" },
};

static void
test_when_text (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (when_rows); i++)
    {
      const WhenRow *r = &when_rows[i];
      CtWhenText when;

      g_test_message ("%s", r->in);
      ct_when_text_parse (r->in, 2023, &when);
      g_assert_cmpint (when.kind, ==, r->kind);
      g_assert_cmpstr (when.error, ==, r->error);
      if (r->kind == CT_WHEN_TEXT_DATE)
        {
          g_assert_cmpint (g_date_get_day (&when.first), ==, r->first_day);
          g_assert_cmpint (g_date_get_month (&when.first), ==, r->month);
          g_assert_cmpint (g_date_get_year (&when.first), ==, r->year);
          g_assert_cmpint (g_date_valid (&when.last) ? g_date_get_day (&when.last) : 0, ==,
                           r->last_day);
          g_assert_cmpint (when.day_part, ==, r->day_part);
          g_assert_cmpint (when.start_minute, ==, r->start);
          g_assert_cmpint (when.end_minute, ==, r->end);
        }
      ct_when_text_clear (&when);
    }
}

/* What the field shows for a stored event, and the words under it. */
typedef struct
{
  int first_day, first_month, first_year;
  int last_day, last_month, last_year;   /* 0: one day */
  CtDayPart day_part;
  int start, end;
  const char *text;
  const char *words;
} WhenFormat;

static const WhenFormat when_formats[] = {
  { 15, 12, 2026, 0, 0, 0, CT_DAY_PART_NONE, -1, -1,
    "thứ Ba 15/12/2026", "Thứ Ba, 15/12/2026" },
  { 15, 12, 2026, 0, 0, 0, CT_DAY_PART_NONE, 450, -1,
    "thứ Ba 15/12/2026 7h30", "Thứ Ba, 15/12/2026, 7 giờ 30" },
  { 15, 12, 2026, 0, 0, 0, CT_DAY_PART_AFTERNOON, 840, -1,
    "chiều thứ Ba 15/12/2026 14h", "Chiều thứ Ba, 15/12/2026, 14 giờ" },
  { 15, 12, 2026, 17, 12, 2026, CT_DAY_PART_NONE, -1, -1,
    "thứ Ba 15/12/2026 – thứ Năm 17/12/2026",
    "Thứ Ba, 15/12/2026 – thứ Năm, 17/12/2026" },
  { 30, 12, 2026, 2, 1, 2027, CT_DAY_PART_MORNING, 480, 690,
    "sáng thứ Tư 30/12/2026 – thứ Bảy 2/1/2027 8h-11h30",
    "Sáng thứ Tư, 30/12/2026 – thứ Bảy, 2/1/2027, 8 giờ – 11 giờ 30" },
  { 20, 12, 2026, 0, 0, 0, CT_DAY_PART_ALL_DAY, -1, -1,
    "cả ngày Chủ nhật 20/12/2026", "Cả ngày Chủ nhật, 20/12/2026" },
};

/* The field shows a stored event in full, with its weekday and year, as a clerk types
 * it; read back, in any year, it is the same event; the words under it say all of it. */
static void
test_when_text_format (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (when_formats); i++)
    {
      const WhenFormat *r = &when_formats[i];
      GDate first, last;
      g_autofree char *text = NULL, *words = NULL;
      CtWhenText when;

      g_date_clear (&first, 1);
      g_date_clear (&last, 1);
      g_date_set_dmy (&first, r->first_day, r->first_month, r->first_year);
      if (r->last_day > 0)
        g_date_set_dmy (&last, r->last_day, r->last_month, r->last_year);
      text = ct_when_text_format (&first, &last, r->day_part, r->start, r->end);
      g_assert_cmpstr (text, ==, r->text);
      words = ct_when_text_describe (&first, &last, r->day_part, r->start, r->end);
      g_assert_cmpstr (words, ==, r->words);

      ct_when_text_parse (text, 2000, &when);
      g_assert_cmpint (when.kind, ==, CT_WHEN_TEXT_DATE);
      g_assert_true (ct_date_equal (&when.first, &first));
      g_assert_true (ct_date_equal (&when.last, &last));
      g_assert_cmpint (when.day_part, ==, r->day_part);
      g_assert_cmpint (when.start_minute, ==, r->start);
      g_assert_cmpint (when.end_minute, ==, r->end);
      ct_when_text_clear (&when);
    }
}

/* Wording without a day is no date: it has no words of its own, and is kept as typed. */
static void
test_when_text_vague (void)
{
  GDate none;
  g_autofree char *text = NULL, *words = NULL;
  CtWhenText when;

  g_date_clear (&none, 1);
  text = ct_when_text_format (&none, NULL, CT_DAY_PART_NONE, CT_NO_TIME, CT_NO_TIME);
  words = ct_when_text_describe (&none, NULL, CT_DAY_PART_NONE, CT_NO_TIME, CT_NO_TIME);
  g_assert_cmpstr (text, ==, "");
  g_assert_cmpstr (words, ==, "");
  ct_when_text_parse ("trong tháng", 2026, &when);
  g_assert_cmpint (when.kind, ==, CT_WHEN_TEXT_VAGUE);
  ct_when_text_clear (&when);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/date-time/table", test_table);
  g_test_add_func ("/date-time/format", test_format);
  g_test_add_func ("/date-time/locale", test_locale);
  g_test_add_func ("/date-time/when-text", test_when_text);
  g_test_add_func ("/date-time/when-text-format", test_when_text_format);
  g_test_add_func ("/date-time/when-text-vague", test_when_text_vague);
  return g_test_run ();
}
