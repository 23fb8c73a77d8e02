/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <locale.h>
#include <string.h>

#include "ct-format.h"
#include "ct-render-text.h"
#include "fixture-programme.h"
#include "test-util.h"

static void
test_dates (void)
{
  GDate d1 = ct_test_dmy (5, 2, 2024), d2 = ct_test_dmy (31, 8, 2023);
  GDate d3 = ct_test_dmy (8, 9, 2023);
  GDate d4 = ct_test_dmy (1, 1, 2025), d5 = ct_test_dmy (20, 12, 2023), invalid;
  g_autofree char *full1 = ct_format_date_full (&d1);
  g_autofree char *full2 = ct_format_date_full (&d2);
  g_autofree char *full3 = ct_format_date_full (&d3);
  g_autofree char *full4 = ct_format_date_full (&d4);
  g_autofree char *short1 = ct_format_date_short (&d1);
  g_autofree char *short3 = ct_format_date_short (&d3);
  g_autofree char *short5 = ct_format_date_short (&d5);
  g_autofree char *place = ct_format_place_date ("Lục Ngạn", &d2);
  g_autofree char *blank = NULL;

  g_assert_cmpstr (full1, ==, "ngày 05 tháng 02 năm 2024");
  g_assert_cmpstr (full2, ==, "ngày 31 tháng 8 năm 2023");
  g_assert_cmpstr (full3, ==, "ngày 08 tháng 9 năm 2023");
  g_assert_cmpstr (full4, ==, "ngày 01 tháng 01 năm 2025");
  g_assert_cmpstr (short1, ==, "05/02/2024");
  g_assert_cmpstr (short3, ==, "08/9/2023");
  g_assert_cmpstr (short5, ==, "20/12/2023");
  g_assert_cmpstr (place, ==, "Lục Ngạn, ngày 31 tháng 8 năm 2023");
  g_date_clear (&invalid, 1);
  blank = ct_format_place_date ("Lục Ngạn", &invalid);
  g_assert_cmpstr (blank, ==, "Lục Ngạn, ngày      tháng      năm");
}

static void
test_weekdays (void)
{
  GDate friday = ct_test_dmy (8, 9, 2023), sunday = ct_test_dmy (10, 9, 2023);

  g_assert_cmpstr (ct_format_weekday (G_DATE_MONDAY), ==, "thứ Hai");
  g_assert_cmpstr (ct_format_weekday (G_DATE_TUESDAY), ==, "thứ Ba");
  g_assert_cmpstr (ct_format_weekday (G_DATE_WEDNESDAY), ==, "thứ Tư");
  g_assert_cmpstr (ct_format_weekday (G_DATE_THURSDAY), ==, "thứ Năm");
  g_assert_cmpstr (ct_format_weekday (G_DATE_FRIDAY), ==, "thứ Sáu");
  g_assert_cmpstr (ct_format_weekday (G_DATE_SATURDAY), ==, "thứ Bảy");
  g_assert_cmpstr (ct_format_weekday (G_DATE_SUNDAY), ==, "Chủ nhật");
  g_assert_cmpstr (ct_format_weekday (g_date_get_weekday (&friday)), ==, "thứ Sáu");
  g_assert_cmpstr (ct_format_weekday (g_date_get_weekday (&sunday)), ==, "Chủ nhật");
}

static void
test_roman (void)
{
  const struct { guint n; const char *roman; } cases[] = {
    { 1, "I" }, { 2, "II" }, { 3, "III" }, { 4, "IV" }, { 5, "V" }, { 6, "VI" },
    { 7, "VII" }, { 9, "IX" }, { 10, "X" }, { 14, "XIV" }, { 40, "XL" }, { 0, "" },
    { 3999, "MMMCMXCIX" }, { 4000, "4000" }, { 228000, "228000" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *roman = ct_format_roman (cases[i].n);
      g_assert_cmpstr (roman, ==, cases[i].roman);
    }
}

static void
test_number_symbol (void)
{
  g_autofree char *party = ct_format_number_symbol (CT_DOCUMENT_STYLE_PARTY, 123, "CTr", "HU");
  g_autofree char *party7 = ct_format_number_symbol (CT_DOCUMENT_STYLE_PARTY, 7, NULL, "TU");
  g_autofree char *state = ct_format_number_symbol (CT_DOCUMENT_STYLE_STATE, 7, "CTr", "UBND");
  g_autofree char *state_big = ct_format_number_symbol (CT_DOCUMENT_STYLE_STATE, 215, "CTr",
                                                        "UBND");
  g_autofree char *blank = ct_format_number_symbol (CT_DOCUMENT_STYLE_PARTY, 0, "CTr", "HU");

  g_assert_cmpstr (party, ==, "Số 123-CTr/HU");
  g_assert_cmpstr (party7, ==, "Số 07-CTr/TU");
  g_assert_cmpstr (state, ==, "Số: 07/CTr-UBND");
  g_assert_cmpstr (state_big, ==, "Số: 215/CTr-UBND");
  g_assert_cmpstr (blank, ==, "Số      -CTr/HU");
}

static void
test_subtitle (void)
{
  g_autofree char *month = ct_format_subtitle (CT_PERIOD_KIND_MONTH, 2023, 9);
  g_autofree char *quarter = ct_format_subtitle (CT_PERIOD_KIND_QUARTER, 2023, 4);
  g_autofree char *year = ct_format_subtitle (CT_PERIOD_KIND_YEAR, 2024, 0);

  g_assert_cmpstr (month, ==, "công tác tháng 9 năm 2023");
  g_assert_cmpstr (quarter, ==, "công tác quý IV năm 2023");
  g_assert_cmpstr (year, ==, "công tác năm 2024");
}

/* A week's subtitle names its Monday and Sunday in full (document-format.md §8, §13),
 * also across the new year: ISO week 1 of 2025 starts on 30 December 2024, week 53 of
 * 2020 ends on 3 January 2021. */
static void
test_week_subtitle (void)
{
  g_autofree char *week10 = ct_format_subtitle (CT_PERIOD_KIND_WEEK, 2025, 10);
  g_autofree char *week1 = ct_format_subtitle (CT_PERIOD_KIND_WEEK, 2025, 1);
  g_autofree char *week53 = ct_format_subtitle (CT_PERIOD_KIND_WEEK, 2020, 53);
  g_autoptr(CtProgramme) p = ct_programme_new ();
  g_autofree char *derived = NULL;

  g_assert_cmpstr (week10, ==, "công tác tuần 10 (từ ngày 03/3/2025 đến ngày 09/3/2025)");
  g_assert_cmpstr (week1, ==, "công tác tuần 1 (từ ngày 30/12/2024 đến ngày 05/01/2025)");
  g_assert_cmpstr (week53, ==, "công tác tuần 53 (từ ngày 28/12/2020 đến ngày 03/01/2021)");
  ct_programme_set_period (p, CT_PERIOD_KIND_WEEK, 2026, 1);
  derived = ct_programme_dup_subtitle (p);
  g_assert_cmpstr (derived, ==, "công tác tuần 1 (từ ngày 29/12/2025 đến ngày 04/01/2026)");
}

static void
test_authority (void)
{
  g_autoptr(CtProgramme) p = ct_programme_new ();
  g_autofree char *line = NULL;

  g_assert_cmpstr (ct_format_signing_authority (CT_DOCUMENT_STYLE_PARTY,
                                                CT_SIGNING_AUTHORITY_ON_BEHALF), ==, "T/M");
  g_assert_cmpstr (ct_format_signing_authority (CT_DOCUMENT_STYLE_PARTY,
                                                CT_SIGNING_AUTHORITY_BY_ORDER), ==, "T/L");
  g_assert_cmpstr (ct_format_signing_authority (CT_DOCUMENT_STYLE_PARTY,
                                                CT_SIGNING_AUTHORITY_SIGNING_FOR), ==, "K/T");
  g_assert_cmpstr (ct_format_signing_authority (CT_DOCUMENT_STYLE_STATE,
                                                CT_SIGNING_AUTHORITY_ON_BEHALF), ==, "TM.");
  g_assert_cmpstr (ct_format_signing_authority (CT_DOCUMENT_STYLE_STATE,
                                                CT_SIGNING_AUTHORITY_BY_ORDER), ==, "TL.");
  g_assert_cmpstr (ct_format_signing_authority (CT_DOCUMENT_STYLE_STATE,
                                                CT_SIGNING_AUTHORITY_SIGNING_FOR), ==, "KT.");
  g_assert_cmpstr (ct_format_signing_authority (CT_DOCUMENT_STYLE_PARTY,
                                                CT_SIGNING_AUTHORITY_NONE), ==, "");

  g_assert_cmpstr (ct_format_signing_authority (CT_DOCUMENT_STYLE_PARTY,
                                                CT_SIGNING_AUTHORITY_AUTHORISED), ==, "T/U");
  g_assert_cmpstr (ct_format_signing_authority (CT_DOCUMENT_STYLE_STATE,
                                                CT_SIGNING_AUTHORITY_AUTHORISED), ==, "TUQ.");
  g_assert_cmpstr (ct_format_signing_authority (CT_DOCUMENT_STYLE_STATE,
                                                CT_SIGNING_AUTHORITY_ACTING), ==, "Q.");

  ct_programme_add_signer_authority (p, CT_SIGNING_AUTHORITY_BY_ORDER, "BAN THƯỜNG VỤ");
  line = ct_programme_dup_signer_authorities (p);
  g_assert_cmpstr (line, ==, "T/L BAN THƯỜNG VỤ");
  g_clear_pointer (&line, g_free);

  /* A State deputy signing for a collective body: two lines (NĐ 30/2020, Phụ lục I). */
  g_ptr_array_set_size (p->signer_authorities, 0);
  p->style = CT_DOCUMENT_STYLE_STATE;
  ct_programme_add_signer_authority (p, CT_SIGNING_AUTHORITY_ON_BEHALF, "ỦY BAN NHÂN DÂN");
  ct_programme_add_signer_authority (p, CT_SIGNING_AUTHORITY_SIGNING_FOR, "CHỦ TỊCH");
  line = ct_programme_dup_signer_authorities (p);
  g_assert_cmpstr (line, ==, "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH");
}

static void
test_day_part_and_time (void)
{
  g_autofree char *t1 = ct_format_time (8 * 60);
  g_autofree char *t2 = ct_format_time (14 * 60 + 30);
  g_autofree char *t3 = ct_format_time (7 * 60 + 5);
  g_autofree char *none = ct_format_time (CT_NO_TIME);

  g_assert_cmpstr (ct_format_day_part (CT_DAY_PART_MORNING), ==, "sáng");
  g_assert_cmpstr (ct_format_day_part (CT_DAY_PART_AFTERNOON), ==, "chiều");
  g_assert_cmpstr (ct_format_day_part (CT_DAY_PART_EVENING), ==, "tối");
  g_assert_cmpstr (ct_format_day_part (CT_DAY_PART_ALL_DAY), ==, "cả ngày");
  g_assert_cmpstr (ct_format_day_part (CT_DAY_PART_NONE), ==, "");
  g_assert_cmpstr (t1, ==, "8 giờ 00");
  g_assert_cmpstr (t2, ==, "14 giờ 30");
  g_assert_cmpstr (t3, ==, "7 giờ 05");
  g_assert_cmpstr (none, ==, "");
}

static CtItem *
event (const char *title,
       int         day,
       int         month,
       int         year,
       gboolean    tentative)
{
  GDate date = ct_test_dmy (day, month, year);
  CtItem *item = ct_item_new_event (title, &date);

  item->tentative = tentative;
  return item;
}

static void
assert_line (const CtItem *item,
             const char   *expected)
{
  g_autofree char *line = ct_format_event_line (item);
  g_assert_cmpstr (line, ==, expected);
}

static void
test_event_lines (void)
{
  g_autoptr(CtItem) tentative = event ("Hội nghị Ban Thường vụ Huyện ủy", 8, 9, 2023, TRUE);
  g_autoptr(CtItem) fixed = event ("Hội nghị tiếp xúc cử tri", 20, 9, 2023, FALSE);
  g_autoptr(CtItem) range = event ("Lớp bồi dưỡng lý luận chính trị", 10, 10, 2023, FALSE);
  g_autoptr(CtItem) across = event ("Đoàn kiểm tra", 30, 9, 2023, TRUE);
  g_autoptr(CtItem) years = event ("Trực Tết", 30, 12, 2023, FALSE);
  g_autoptr(CtItem) timed = event ("Hội nghị Ban Chấp hành", 5, 2, 2024, TRUE);
  g_autoptr(CtItem) afternoon = event ("Họp Thường trực", 20, 9, 2023, FALSE);
  g_autoptr(CtItem) all_day = event ("Hội thao", 9, 9, 2023, FALSE);
  g_autoptr(CtItem) undated = ct_item_new_event ("Hội nghị sơ kết", NULL);
  g_autoptr(CtItem) weekly = ct_item_new (CT_ITEM_RECURRING);

  assert_line (tentative, "Hội nghị Ban Thường vụ Huyện ủy: Dự kiến ngày 08/9/2023 (thứ Sáu).");
  assert_line (fixed, "Hội nghị tiếp xúc cử tri: Ngày 20/9/2023 (thứ Tư).");
  g_date_set_dmy (&range->end_date, 12, 10, 2023);
  assert_line (range, "Lớp bồi dưỡng lý luận chính trị: Từ ngày 10 đến ngày 12/10/2023.");
  g_date_set_dmy (&across->end_date, 2, 10, 2023);
  assert_line (across, "Đoàn kiểm tra: Dự kiến từ ngày 30/9 đến ngày 02/10/2023.");
  g_date_set_dmy (&years->end_date, 2, 1, 2024);
  assert_line (years, "Trực Tết: Từ ngày 30/12/2023 đến ngày 02/01/2024.");
  timed->day_part = CT_DAY_PART_MORNING;
  timed->start_minute = 8 * 60;
  assert_line (timed, "Hội nghị Ban Chấp hành: Dự kiến 8 giờ 00, sáng ngày 05/02/2024 "
                      "(thứ Hai).");
  timed->end_minute = 11 * 60 + 30;
  assert_line (timed, "Hội nghị Ban Chấp hành: Dự kiến từ 8 giờ 00 đến 11 giờ 30, sáng ngày "
                      "05/02/2024 (thứ Hai).");
  afternoon->day_part = CT_DAY_PART_AFTERNOON;
  assert_line (afternoon, "Họp Thường trực: Chiều ngày 20/9/2023 (thứ Tư).");
  all_day->day_part = CT_DAY_PART_ALL_DAY;
  assert_line (all_day, "Hội thao: Cả ngày 09/9/2023 (thứ Bảy).");
  assert_line (undated, "Hội nghị sơ kết.");

  weekly->title = g_strdup ("Giao ban Thường trực Huyện ủy");
  weekly->weekdays = CT_WEEKDAY_MONDAY;
  weekly->day_part = CT_DAY_PART_AFTERNOON;
  assert_line (weekly, "Giao ban Thường trực Huyện ủy chiều thứ Hai hằng tuần");
  weekly->weekdays |= CT_WEEKDAY_THURSDAY;
  weekly->day_part = CT_DAY_PART_MORNING;
  weekly->start_minute = 7 * 60 + 30;
  assert_line (weekly, "Giao ban Thường trực Huyện ủy 7 giờ 30, sáng thứ Hai, thứ Năm hằng tuần");
}

/* Vague timing is printed as written where the date would be, never as a date drawn
 * from its window; monthly rules say "hằng tháng" as weekly ones say "hằng tuần". */
static void
test_vague_and_monthly_lines (void)
{
  g_autoptr(CtProgramme) p = fixture_programme_state_2025 ();
  g_autoptr(CtItem) tentative = ct_item_new_event ("Hội thảo chuyển đổi số", NULL);
  g_autoptr(CtItem) last = ct_item_new (CT_ITEM_RECURRING);
  CtItem *day = fixture_find_titled (p, "Tiếp công dân định kỳ của Chủ tịch UBND huyện",
                                     NULL);

  assert_line (fixture_find_titled (p, "Kiểm tra tiến độ xây dựng trường học xã Bến Đò", NULL),
               "Kiểm tra tiến độ xây dựng trường học xã Bến Đò: Tuần 3.");
  assert_line (fixture_find_titled (p, "Làm việc với Đoàn kiểm tra của tỉnh", NULL),
               "Làm việc với Đoàn kiểm tra của tỉnh: Thời gian cụ thể thông báo sau.");
  tentative->vague_when = g_strdup ("trong tháng");
  tentative->tentative = TRUE;
  assert_line (tentative, "Hội thảo chuyển đổi số: Dự kiến trong tháng.");

  assert_line (day, "Tiếp công dân định kỳ của Chủ tịch UBND huyện sáng ngày 05 hằng tháng");
  day->day_part = CT_DAY_PART_ALL_DAY;
  assert_line (day, "Tiếp công dân định kỳ của Chủ tịch UBND huyện cả ngày 05 hằng tháng");
  assert_line (fixture_find_titled (p, "Giao ban lãnh đạo UBND huyện", NULL),
               "Giao ban lãnh đạo UBND huyện chiều thứ Hai tuần đầu tiên hằng tháng");
  last->title = g_strdup ("Sinh hoạt chuyên đề");
  last->recurrence = CT_RECURRENCE_MONTHLY_WEEKDAY;
  last->weekdays = CT_WEEKDAY_FRIDAY;
  last->month_week = -1;
  last->start_minute = 14 * 60;
  assert_line (last, "Sinh hoạt chuyên đề 14 giờ 00, thứ Sáu tuần cuối cùng hằng tháng");
  last->month_week = 3;
  assert_line (last, "Sinh hoạt chuyên đề 14 giờ 00, thứ Sáu tuần thứ ba hằng tháng");
}

static char *
lines_text (const CtItem *item,
            gboolean      numbered)
{
  g_autoptr(GPtrArray) lines = ct_format_item_lines (item, numbered);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < lines->len; i++)
    {
      const CtFormatLine *line = g_ptr_array_index (lines, i);

      g_string_append_printf (out, "%d %s\n", line->kind, line->text);
    }
  return g_string_free (out, FALSE);
}

/* The lines under an item, in the order of ct_item_text_fields, with their kinds. */
static void
test_item_lines (void)
{
  g_autoptr(CtProgramme) p = fixture_programme_state_2025 ();
  CtSection *tasks = g_ptr_array_index (p->sections, 2);
  CtItem *meeting = fixture_find_titled (p, "Phiên họp thường kỳ Ủy ban nhân dân huyện tháng 3",
                                         NULL);
  CtItem *task = g_ptr_array_index (tasks->items, 0);
  CtItem *vague_task = g_ptr_array_index (tasks->items, 1);
  g_autofree char *meeting_text = lines_text (meeting, TRUE);
  g_autofree char *task_text = NULL;
  g_autofree char *vague_text = lines_text (vague_task, FALSE);
  g_autofree char *bracketed = NULL;

  g_assert_cmpstr (meeting_text, ==,
    "0 - Chủ trì: Chủ tịch UBND huyện\n"
    "0 - Lãnh đạo dự: Các Phó Chủ tịch UBND huyện\n"
    "0 - Thành phần: Thành viên UBND huyện; Trưởng các phòng, ban\n"
    "0 - Địa điểm: Phòng họp số 1, UBND huyện\n"
    "0 - Cơ quan chuẩn bị: Văn phòng HĐND và UBND huyện\n"
    "0 - Phối hợp: Phòng Tài chính - Kế hoạch\n"
    "0 - LĐVP: Đ/c Chánh Văn phòng\n"
    "1 (Giấy mời riêng)\n"
    "3 1. Báo cáo tình hình kinh tế - xã hội quý I.\n"
    "4 a) Kết quả thu ngân sách.\n"
    "4 b) Tiến độ giải ngân vốn đầu tư công.\n"
    "5 (Phòng Tài chính - Kế hoạch chuẩn bị)\n"
    "3 2. Dự thảo kế hoạch phòng, chống hạn mặn.\n"
    "5 (Phòng Nông nghiệp và Môi trường chuẩn bị)\n");

  ct_item_add_paragraph (task, "Báo cáo kết quả về UBND huyện.");
  task_text = lines_text (task, FALSE);
  g_assert_cmpstr (task_text, ==,
    "2 Báo cáo kết quả về UBND huyện.\n"
    "0 - Đơn vị chủ trì: Phòng Văn hóa, Khoa học và Thông tin; phối hợp: Các cơ quan, đơn vị "
    "liên quan\n"
    "0 - Thời gian hoàn thành: 25/3/2025\n");
  g_assert_cmpstr (vague_text, ==,
    "0 - Đơn vị chủ trì: Phòng Nông nghiệp và Môi trường\n"
    "0 - Thời gian hoàn thành: quý II\n");

  /* A note typed with its parentheses keeps one pair. */
  g_free (meeting->note);
  meeting->note = g_strdup ("(Giấy mời riêng)");
  bracketed = ct_format_item_note (meeting);
  g_assert_cmpstr (bracketed, ==, "(Giấy mời riêng)");
}

/* Sub-points are lettered in the Vietnamese alphabet's order: "d)" is followed by "đ)". */
static void
test_subpoints (void)
{
  g_autofree char *a = ct_format_subpoint (0, "Một.");
  g_autofree char *d = ct_format_subpoint (3, "Bốn.");
  g_autofree char *dd = ct_format_subpoint (4, "Năm.");
  g_autofree char *e = ct_format_subpoint (5, "Sáu.");
  g_autofree char *y = ct_format_subpoint (22, "Cuối.");
  g_autofree char *beyond = ct_format_subpoint (23, "Thêm.");

  g_assert_cmpstr (a, ==, "a) Một.");
  g_assert_cmpstr (d, ==, "d) Bốn.");
  g_assert_cmpstr (dd, ==, "đ) Năm.");
  g_assert_cmpstr (e, ==, "e) Sáu.");
  g_assert_cmpstr (y, ==, "y) Cuối.");
  g_assert_cmpstr (beyond, ==, "24) Thêm.");
}

static char *
notes_text (const CtItem *item)
{
  g_autoptr(GPtrArray) notes = ct_format_preparation_notes (item);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < notes->len; i++)
    {
      CtPreparationNote *note = g_ptr_array_index (notes, i);
      g_string_append_printf (out, "%u %s\n", note->after, note->text);
    }
  return g_string_free (out, FALSE);
}

static void
test_preparation_notes (void)
{
  g_autoptr(CtItem) item = ct_item_new_event ("Hội nghị Ban Thường vụ", NULL);
  g_autoptr(CtItem) none = ct_item_new_event ("Hội nghị", NULL);
  g_autofree char *text = NULL;
  g_autofree char *empty = NULL;

  ct_item_add_agenda_item (item, "Nội dung một", "UBND huyện");
  ct_item_add_agenda_item (item, "Nội dung hai", "UBND huyện");
  ct_item_add_agenda_item (item, "Nội dung ba", "UBND  huyện");
  /* Old and new tone placement fold to the same unit. */
  ct_item_add_agenda_item (item, "Nội dung bốn", "Văn phòng Huyện uỷ");
  ct_item_add_agenda_item (item, "Nội dung năm", "Văn phòng Huyện ủy");
  ct_item_add_agenda_item (item, "Nội dung sáu", "UBKT Huyện ủy");
  ct_item_add_agenda_item (item, "Nội dung bảy", NULL);
  ct_item_add_agenda_item (item, "Nội dung tám", "Ban Tổ chức Huyện ủy");
  ct_item_add_agenda_item (item, "Nội dung chín", "Ban Tổ chức Huyện ủy");
  ct_item_add_agenda_item (item, "Nội dung mười", "Ban Tổ chức Huyện ủy");
  text = notes_text (item);
  g_assert_cmpstr (text, ==,
                   "2 (UBND huyện chuẩn bị nội dung 1-3)\n"
                   "4 (Văn phòng Huyện uỷ chuẩn bị nội dung 4,5)\n"
                   "5 (UBKT Huyện ủy chuẩn bị)\n"
                   "9 (Ban Tổ chức Huyện ủy chuẩn bị nội dung 8-10)\n");

  ct_item_add_agenda_item (none, "Khai mạc", NULL);
  ct_item_add_agenda_item (none, "Bế mạc", NULL);
  empty = notes_text (none);
  g_assert_cmpstr (empty, ==, "");
}

static void
test_recipients (void)
{
  g_autoptr(CtProgramme) p = ct_programme_new ();
  g_autofree char *text = NULL;

  ct_programme_add_recipient (p, "Thường trực Tỉnh ủy", "báo cáo");
  ct_programme_add_recipient (p, "Văn phòng Tỉnh ủy", "báo cáo");
  ct_programme_add_recipient (p, "Các đồng chí theo dõi huyện", "để biết");
  ct_programme_add_recipient (p, "Các chi bộ trực thuộc", NULL);

  g_assert_cmpuint (ct_programme_get_recipient_group_end (p, 0), ==, 2);
  g_assert_cmpuint (ct_programme_get_recipient_group_end (p, 2), ==, 3);
  g_assert_cmpuint (ct_programme_get_recipient_group_end (p, 3), ==, 4);

  /* Without an archive line the last recipient closes the block. */
  g_assert_cmpstr (ct_programme_get_recipient_line_end (p, 0), ==, ",");
  g_assert_cmpstr (ct_programme_get_recipient_line_end (p, 3), ==, ".");
  text = ct_programme_render_text (p);
  g_assert_nonnull (strstr (text, "- Thường trực Tỉnh ủy, (báo cáo)\n- Văn phòng Tỉnh ủy,\n"
                                  "- Các đồng chí theo dõi huyện (để biết),\n"
                                  "- Các chi bộ trực thuộc.\n"));
  g_clear_pointer (&text, g_free);

  p->archive_line = g_strdup ("Lưu Văn phòng Huyện ủy");
  g_assert_cmpstr (ct_programme_get_recipient_line_end (p, 3), ==, ",");
  p->style = CT_DOCUMENT_STYLE_STATE;
  g_assert_cmpstr (ct_programme_get_recipient_line_end (p, 3), ==, ";");
  text = ct_programme_render_text (p);
  g_assert_nonnull (strstr (text, "- Các chi bộ trực thuộc;\n- Lưu Văn phòng Huyện ủy.\n"));
}

/* A file name never holds a slash, which a week's dates would bring. */
static void
test_file_name (void)
{
  g_autoptr(CtProgramme) p = ct_programme_new ();
  g_autofree char *month = NULL, *week = NULL;

  ct_programme_set_period (p, CT_PERIOD_KIND_MONTH, 2026, 12);
  month = ct_programme_dup_file_name (p, ".pdf");
  g_assert_cmpstr (month, ==, "Chương trình công tác tháng 12 năm 2026.pdf");
  ct_programme_set_period (p, CT_PERIOD_KIND_WEEK, 2026, 1);
  week = ct_programme_dup_file_name (p, ".pdf");
  g_assert_cmpstr (week, ==, "Chương trình công tác tuần 1 (từ ngày 29-12-2025 đến ngày "
                             "04-01-2026).pdf");
}

int
main (int    argc,
      char **argv)
{
  ct_test_init (&argc, &argv);
  g_test_add_func ("/format/dates", test_dates);
  g_test_add_func ("/format/weekdays", test_weekdays);
  g_test_add_func ("/format/roman", test_roman);
  g_test_add_func ("/format/number-symbol", test_number_symbol);
  g_test_add_func ("/format/subtitle", test_subtitle);
  g_test_add_func ("/format/week-subtitle", test_week_subtitle);
  g_test_add_func ("/format/authority", test_authority);
  g_test_add_func ("/format/day-part-and-time", test_day_part_and_time);
  g_test_add_func ("/format/event-lines", test_event_lines);
  g_test_add_func ("/format/vague-and-monthly-lines", test_vague_and_monthly_lines);
  g_test_add_func ("/format/item-lines", test_item_lines);
  g_test_add_func ("/format/subpoints", test_subpoints);
  g_test_add_func ("/format/preparation-notes", test_preparation_notes);
  g_test_add_func ("/format/recipients", test_recipients);
  g_test_add_func ("/format/file-name", test_file_name);
  return g_test_run ();
}
