/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <locale.h>
#include <string.h>

#include "ct-holidays.h"
#include "ct-week.h"
#include "fixture-programme.h"
#include "test-util.h"

/* The weekly schedule derived from the month: the week's days, what falls in them and
 * nothing else, items of the week alone marked "(bổ sung)", and the wording of its cells
 * and of the digest per leader. */

static CtWeekEntry *
entry_at (CtWeek *week,
          guint   day,
          guint   i)
{
  g_assert_cmpuint (i, <, week->days[day].entries->len);
  return g_ptr_array_index (week->days[day].entries, i);
}

/* Week 39 of 2023, Monday 25 September to Sunday 1 October: the Monday briefing and the
 * conferences of 26, 28 and 29 September, not those of 8 and 20; a meeting of the week
 * alone on Wednesday 27, marked as added. */
static void
test_month_week (void)
{
  g_autoptr(CtProgramme) month = fixture_programme_september_2023 ();
  g_autoptr(CtProgramme) extra = fixture_programme_week_39_2023 ();
  g_autoptr(GPtrArray) programmes = g_ptr_array_new ();
  g_autoptr(CtWeek) week = NULL;
  g_autofree char *heading = NULL, *monday = NULL, *content = NULL, *when = NULL;
  g_autofree char *preparing = NULL, *added = NULL;

  g_ptr_array_add (programmes, month);
  g_ptr_array_add (programmes, extra);
  week = ct_week_new (2023, 39, programmes, ct_holidays_get_default ());

  heading = ct_week_dup_heading (week);
  g_assert_cmpstr (heading, ==, "(Tuần 39, từ ngày 25/9/2023 đến ngày 01/10/2023)");
  monday = ct_week_day_dup_label (&week->days[0]);
  g_assert_cmpstr (monday, ==, "Thứ Hai\n25/9/2023");
  g_assert_cmpuint (week->days[0].entries->len, ==, 1);
  g_assert_cmpstr (entry_at (week, 0, 0)->occurrence->item->title, ==,
                   "Giao ban Thường trực Huyện ủy");
  when = ct_week_entry_dup_when (entry_at (week, 0, 0));
  g_assert_cmpstr (when, ==, "Chiều");

  g_assert_cmpuint (week->days[1].entries->len, ==, 1);
  content = ct_week_entry_dup_content (entry_at (week, 1, 0));
  g_assert_cmpstr (content, ==, "Dự kiến: Hội nghị Ban Thường vụ Huyện ủy\n"
                                "- Báo cáo tình hình kinh tế - xã hội tháng 9.\n"
                                "- Báo cáo công tác xây dựng Đảng quý III.");
  preparing = ct_week_entry_dup_preparing (entry_at (week, 1, 0));
  g_assert_cmpstr (preparing, ==, "UBND huyện\nVăn phòng Huyện ủy");

  g_assert_cmpuint (week->days[2].entries->len, ==, 1);
  g_assert_cmpint (entry_at (week, 2, 0)->mark, ==, CT_WEEK_MARK_ADDED);
  added = ct_week_entry_dup_content (entry_at (week, 2, 0));
  g_assert_cmpstr (added, ==, "Làm việc với Đoàn kiểm tra của Tỉnh ủy\n(bổ sung)");
  g_assert_cmpstr (entry_at (week, 3, 0)->occurrence->item->title, ==,
                   "Hội nghị Ban Chấp hành Đảng bộ huyện");
  g_assert_cmpstr (entry_at (week, 4, 0)->occurrence->item->title, ==,
                   "Hội nghị thông tin thường kỳ");
  /* Saturday and Sunday hold nothing: not listed. */
  g_assert_cmpuint (week->days[5].entries->len + week->days[6].entries->len, ==, 0);
  g_assert_false (ct_week_day_is_shown (week, 5));
  g_assert_false (ct_week_day_is_shown (week, 6));
  g_assert_true (ct_week_day_is_shown (week, 4));
}

/* Week 36 of 2025: 1 and 2 September are days off (Quốc khánh, with the day before); the
 * Monday briefing still falls on the 1st and is listed on a day marked off. */
static void
test_day_off (void)
{
  g_autoptr(CtProgramme) p = ct_programme_new ();
  g_autoptr(GPtrArray) programmes = g_ptr_array_new ();
  g_autoptr(CtWeek) week = NULL;
  g_autofree char *tuesday = NULL;
  CtItem *item = ct_item_new (CT_ITEM_RECURRING);

  ct_programme_set_period (p, CT_PERIOD_KIND_MONTH, 2025, 9);
  item->title = g_strdup ("Giao ban lãnh đạo");
  item->weekdays = CT_WEEKDAY_MONDAY;
  item->day_part = CT_DAY_PART_MORNING;
  ct_section_add_item (ct_programme_add_section (p, "Giao ban"), item);
  g_ptr_array_add (programmes, p);
  week = ct_week_new (2025, 36, programmes, ct_holidays_get_default ());
  g_assert_cmpuint (week->days[0].entries->len, ==, 1);
  g_assert_cmpint (week->days[1].info.kind, ==, CT_DAY_KIND_HOLIDAY);
  tuesday = ct_week_day_dup_label (&week->days[1]);
  /* In Vietnamese whatever the interface's language (C here). */
  g_assert_cmpstr (tuesday, ==, "Thứ Ba\n02/9/2025\n(nghỉ Quốc khánh)");
}

/* The digest per leader: the chair's day, the attending leaders' day marked "(dự)". */
static void
test_digest (void)
{
  g_autoptr(CtProgramme) p = fixture_programme_state_2025 ();
  g_autoptr(GPtrArray) programmes = g_ptr_array_new ();
  g_autoptr(CtWeek) week = NULL;
  g_autofree char *digest = NULL, *chair = NULL;

  g_ptr_array_add (programmes, p);
  week = ct_week_new (2025, 11, programmes, NULL);
  digest = ct_week_dup_digest (week);
  g_assert_cmpstr (digest, ==,
                   "LỊCH CÔNG TÁC TUẦN\n"
                   "(Tuần 11, từ ngày 10/3/2025 đến ngày 16/3/2025)\n"
                   "\n"
                   "Chủ tịch UBND huyện:\n"
                   "- Thứ Sáu 14/3: 7 giờ 30, Phiên họp thường kỳ Ủy ban nhân dân huyện tháng "
                   "3; tại Phòng họp số 1, UBND huyện.\n"
                   "\n"
                   "Các Phó Chủ tịch UBND huyện:\n"
                   "- Thứ Sáu 14/3: 7 giờ 30, Phiên họp thường kỳ Ủy ban nhân dân huyện tháng "
                   "3 (dự); tại Phòng họp số 1, UBND huyện.\n");
  chair = ct_week_entry_dup_chair (entry_at (week, 4, 0));
  g_assert_cmpstr (chair, ==, "Chủ tịch UBND huyện\nLãnh đạo dự: Các Phó Chủ tịch UBND huyện");
}

/* Week 39 with the week's programme standing for two month items: the conference of
 * Thursday 28 moved to Friday 29 at 8:00 is printed once, on the Friday, marked
 * "(điều chỉnh)"; the briefing of Friday 29 postponed stays on its day marked "(hoãn)";
 * the meeting of the week alone keeps "(bổ sung)". The digest says the same. */
static void
test_marks (void)
{
  g_autoptr(CtProgramme) month = fixture_programme_september_2023 ();
  g_autoptr(CtProgramme) extra = fixture_programme_week_39_2023_marked (month);
  g_autoptr(GPtrArray) programmes = g_ptr_array_new ();
  g_autoptr(CtWeek) week = NULL;
  g_autofree char *moved = NULL, *postponed = NULL, *digest = NULL, *when = NULL;

  g_ptr_array_add (programmes, month);
  g_ptr_array_add (programmes, extra);
  week = ct_week_new (2023, 39, programmes, NULL);

  /* Thursday 28 no longer holds the moved conference. */
  g_assert_cmpuint (week->days[3].entries->len, ==, 0);
  g_assert_cmpuint (week->days[4].entries->len, ==, 2);
  g_assert_cmpint (entry_at (week, 4, 0)->mark, ==, CT_WEEK_MARK_POSTPONED);
  g_assert_cmpint (entry_at (week, 4, 1)->mark, ==, CT_WEEK_MARK_ADJUSTED);
  g_assert_true (entry_at (week, 4, 1)->source ==
                 ct_programme_find_item (month, entry_at (week, 4, 1)->occurrence->item->source_uuid,
                                         NULL));
  postponed = ct_week_entry_dup_content (entry_at (week, 4, 0));
  g_assert_cmpstr (postponed, ==, "Dự kiến: Hội nghị thông tin thường kỳ\n(hoãn)");
  moved = ct_week_entry_dup_content (entry_at (week, 4, 1));
  g_assert_cmpstr (moved, ==, "Hội nghị Ban Chấp hành Đảng bộ huyện\n(điều chỉnh)");
  when = ct_week_entry_dup_when (entry_at (week, 4, 1));
  g_assert_cmpstr (when, ==, "8 giờ 00");
  g_assert_cmpint (entry_at (week, 2, 0)->mark, ==, CT_WEEK_MARK_ADDED);

  digest = ct_week_dup_digest (week);
  g_assert_cmpstr (digest, ==,
                   "LỊCH CÔNG TÁC TUẦN\n"
                   "(Tuần 39, từ ngày 25/9/2023 đến ngày 01/10/2023)\n"
                   "\n"
                   "Các nội dung khác:\n"
                   "- Thứ Hai 25/9: chiều, Giao ban Thường trực Huyện ủy.\n"
                   "- Thứ Ba 26/9: dự kiến Hội nghị Ban Thường vụ Huyện ủy.\n"
                   "- Thứ Tư 27/9: 14 giờ 00, Làm việc với Đoàn kiểm tra của Tỉnh ủy (bổ sung).\n"
                   "- Thứ Sáu 29/9: dự kiến Hội nghị thông tin thường kỳ (hoãn).\n"
                   "- Thứ Sáu 29/9: 8 giờ 00, Hội nghị Ban Chấp hành Đảng bộ huyện (điều chỉnh).\n");
}

/* A week's own programme takes the month's header, recipients and signature; a linked
 * item is a copy under a new UUID that names the month's. */
static void
test_week_programme (void)
{
  g_autoptr(CtProgramme) month = fixture_programme_state_2025 ();
  g_autoptr(CtProgramme) week = ct_week_programme_new (month, 2025, 11);
  g_autofree char *month_signers = ct_programme_dup_signer_authorities (month);
  g_autofree char *week_signers = ct_programme_dup_signer_authorities (week);
  CtSection *section = g_ptr_array_index (month->sections, 0);
  CtItem *source = g_ptr_array_index (section->items, 0);
  g_autoptr(CtItem) linked = ct_week_item_new_linked (source, TRUE);

  g_assert_cmpint (week->period_kind, ==, CT_PERIOD_KIND_WEEK);
  g_assert_cmpint (week->period_year, ==, 2025);
  g_assert_cmpint (week->period_index, ==, 11);
  g_assert_cmpstr (week->issuing_body, ==, month->issuing_body);
  g_assert_cmpstr (week->signer_name, ==, month->signer_name);
  g_assert_cmpstr (week_signers, ==, month_signers);
  g_assert_cmpuint (week->recipients->len, ==, month->recipients->len);
  g_assert_cmpuint (week->sections->len, ==, 0);

  g_assert_cmpstr (linked->source_uuid, ==, source->uuid);
  g_assert_cmpstr (linked->uuid, !=, source->uuid);
  g_assert_true (linked->postponed);
  g_assert_cmpstr (linked->title, ==, source->title);
  g_assert_true (ct_week_programme_section (week, "Phát sinh") ==
                 ct_week_programme_section (week, "Phát sinh"));
  g_assert_cmpuint (week->sections->len, ==, 1);
}

int
main (int    argc,
      char **argv)
{
  ct_test_init (&argc, &argv);
  g_test_add_func ("/week/month-week", test_month_week);
  g_test_add_func ("/week/day-off", test_day_off);
  g_test_add_func ("/week/digest", test_digest);
  g_test_add_func ("/week/marks", test_marks);
  g_test_add_func ("/week/week-programme", test_week_programme);
  return g_test_run ();
}
