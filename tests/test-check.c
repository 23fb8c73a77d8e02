/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <locale.h>

#include "ct-check.h"
#include "test-util.h"

/* A fictional September 2023 programme with nothing to report. */
static CtProgramme *
clean_programme (void)
{
  CtProgramme *p = ct_programme_new ();
  CtSection *s;
  CtItem *event;
  GDate d = ct_test_dmy (26, 9, 2023);

  ct_programme_set_period (p, CT_PERIOD_KIND_MONTH, 2023, 9);
  p->issuing_body = g_strdup ("HUYỆN ỦY SÔNG MÂY");
  p->place_name = g_strdup ("Sông Mây");
  p->number = 41;
  p->issue_date = ct_test_dmy (30, 8, 2023);
  s = ct_programme_add_section (p, "Nhiệm vụ trọng tâm");
  ct_section_add_item (s, ct_item_new_task ("Hội nghị sơ kết dự kiến ngày 26/9/2023 (thứ Ba)."));
  s = ct_programme_add_section (p, "Hội nghị Ban Thường vụ Huyện ủy Sông Mây");
  event = ct_item_new_event ("Hội nghị Ban Thường vụ Huyện ủy Sông Mây", &d);
  event->day_part = CT_DAY_PART_MORNING;
  event->chair = g_strdup ("Đồng chí Bí thư");
  ct_item_add_agenda_item (event, "Báo cáo tình hình kinh tế - xã hội tháng 9.", "UBND huyện");
  ct_section_add_item (s, event);
  ct_programme_add_recipient (p, "Thường trực Tỉnh ủy", "báo cáo");
  p->signer_title = g_strdup ("PHÓ CHÁNH VĂN PHÒNG");
  p->signer_name = g_strdup ("Lê Thị Hoa");
  return p;
}

static void
assert_kinds (GPtrArray         *issues,
              const CtCheckKind *kinds,
              guint              n)
{
  for (guint i = 0; i < issues->len; i++)
    g_test_message ("issue %u: %s", i, ((CtCheckIssue *) g_ptr_array_index (issues, i))->message);
  g_assert_cmpuint (issues->len, ==, n);
  for (guint i = 0; i < n; i++)
    g_assert_cmpint (((CtCheckIssue *) g_ptr_array_index (issues, i))->kind, ==, kinds[i]);
}

static void
test_clean (void)
{
  g_autoptr(CtProgramme) p = clean_programme ();
  g_autoptr(GPtrArray) issues = ct_programme_check (p, NULL);

  assert_kinds (issues, NULL, 0);
}

static void
test_weekday_forms (void)
{
  GDate date;
  GDateWeekday written;

  /* 26/9/2023 is a Tuesday. */
  g_assert_false (ct_check_find_weekday_mismatch ("ngày 26/9/2023 (thứ Ba)", 2023, &date,
                                                  &written));
  g_assert_true (ct_check_find_weekday_mismatch ("Dự kiến ngày 26/9/2023 (thứ Tư).", 2023,
                                                 &date, &written));
  g_assert_cmpint (g_date_get_day (&date), ==, 26);
  g_assert_cmpint (written, ==, G_DATE_WEDNESDAY);
  /* Year taken from the period; digits and capitals; NFD input. */
  g_assert_true (ct_check_find_weekday_mismatch ("Giao ban THỨ 6, ngày 07/9", 2023, &date,
                                                 &written));
  g_assert_cmpint (written, ==, G_DATE_FRIDAY);
  g_assert_cmpint (g_date_get_weekday (&date), ==, G_DATE_THURSDAY);
  g_assert_false (ct_check_find_weekday_mismatch ("Chu\xcc\x89 nha\xcc\xa3\x74 10/9/2023",
                                                  2023, &date, &written));
  g_assert_true (ct_check_find_weekday_mismatch ("(thứ Hai) và 10/9/2023 (CN), 11/9/2023 (thứ Năm)",
                                                 2023, &date, &written));
  g_assert_cmpint (g_date_get_day (&date), ==, 11);
  g_assert_cmpint (written, ==, G_DATE_THURSDAY);
  g_assert_false (ct_check_find_weekday_mismatch ("31/2/2023 (thứ Ba)", 2023, &date, &written));
  g_assert_false (ct_check_find_weekday_mismatch (NULL, 2023, &date, &written));
}

static void
test_header_and_footer (void)
{
  g_autoptr(CtProgramme) p = clean_programme ();
  g_autoptr(GPtrArray) issues = NULL;
  static const CtCheckKind kinds[] = {
    CT_CHECK_NO_ISSUING_BODY, CT_CHECK_NO_NUMBER, CT_CHECK_NO_PLACE_NAME,
    CT_CHECK_NO_ISSUE_DATE, CT_CHECK_NO_RECIPIENTS, CT_CHECK_NO_SIGNER,
  };
  CtCheckIssue *issue;

  g_clear_pointer (&p->issuing_body, g_free);
  g_free (p->place_name);
  p->place_name = g_strdup (" ");
  p->number = 0;
  g_date_clear (&p->issue_date, 1);
  g_ptr_array_set_size (p->recipients, 0);
  g_clear_pointer (&p->signer_name, g_free);
  issues = ct_programme_check (p, NULL);
  assert_kinds (issues, kinds, G_N_ELEMENTS (kinds));
  issue = g_ptr_array_index (issues, 0);
  g_assert_cmpstr (issue->field, ==, "issuing_body");
  g_assert_cmpstr (issue->message, ==, "The document has no issuing body");
  issue = g_ptr_array_index (issues, 1);
  g_assert_cmpstr (issue->field, ==, "number");
  g_assert_cmpstr (issue->message, ==, "The document has no number");
  issue = g_ptr_array_index (issues, 2);
  g_assert_cmpstr (issue->field, ==, "place_name");
  g_assert_cmpstr (issue->message, ==, "The date line has no place name");
  g_assert_cmpstr (((CtCheckIssue *) g_ptr_array_index (issues, 5))->field, ==, "signer_name");
}

/* A Huyện ủy programme in the State format, or a People's Committee's in the Party
 * format, is most likely the wrong format. */
static void
test_style_mismatch (void)
{
  g_autoptr(CtProgramme) p = clean_programme ();
  g_autoptr(GPtrArray) issues = NULL;
  static const CtCheckKind kinds[] = { CT_CHECK_STYLE_MISMATCH };

  p->style = CT_DOCUMENT_STYLE_STATE;
  issues = ct_programme_check (p, NULL);
  assert_kinds (issues, kinds, G_N_ELEMENTS (kinds));
  g_assert_cmpstr (((CtCheckIssue *) g_ptr_array_index (issues, 0))->message, ==,
                   "The issuing body is a Party body, but the State format (Decree 30/2020) "
                   "is chosen");
  g_assert_cmpstr (((CtCheckIssue *) g_ptr_array_index (issues, 0))->field, ==, "style");

  g_free (p->issuing_body);
  p->issuing_body = g_strdup ("ỦY BAN NHÂN DÂN HUYỆN SÔNG MÂY");
  g_clear_pointer (&issues, g_ptr_array_unref);
  issues = ct_programme_check (p, NULL);
  assert_kinds (issues, NULL, 0);
  p->style = CT_DOCUMENT_STYLE_PARTY;
  g_clear_pointer (&issues, g_ptr_array_unref);
  issues = ct_programme_check (p, NULL);
  assert_kinds (issues, kinds, G_N_ELEMENTS (kinds));
  g_assert_cmpstr (((CtCheckIssue *) g_ptr_array_index (issues, 0))->message, ==,
                   "The issuing body is a State body, but the Party format (36-HD/VPTW) is "
                   "chosen");

  /* A name that says neither is left alone. */
  g_free (p->issuing_body);
  p->issuing_body = g_strdup ("VĂN PHÒNG");
  g_clear_pointer (&issues, g_ptr_array_unref);
  issues = ct_programme_check (p, NULL);
  assert_kinds (issues, NULL, 0);
}

/* An event or a weekly item without a title prints as a bare date or "hằng tuần". */
static void
test_untitled_items (void)
{
  g_autoptr(CtProgramme) p = clean_programme ();
  g_autoptr(GPtrArray) issues = NULL;
  static const CtCheckKind kinds[] = {
    CT_CHECK_ITEM_WITHOUT_TITLE, CT_CHECK_ITEM_WITHOUT_TITLE,
  };
  CtSection *s = ct_programme_add_section (p, "Giao ban");
  GDate d = ct_test_dmy (12, 9, 2023);
  CtItem *weekly = ct_item_new (CT_ITEM_RECURRING);
  CtItem *event = ct_item_new_event ("  ", &d);

  weekly->weekdays = 1 << G_DATE_MONDAY;
  ct_section_add_item (s, weekly);
  ct_section_add_item (s, event);
  issues = ct_programme_check (p, NULL);
  assert_kinds (issues, kinds, G_N_ELEMENTS (kinds));
  g_assert_cmpstr (((CtCheckIssue *) g_ptr_array_index (issues, 0))->message, ==,
                   "A weekly item has no title");
  g_assert_cmpstr (((CtCheckIssue *) g_ptr_array_index (issues, 0))->item_uuid, ==,
                   weekly->uuid);
  g_assert_cmpstr (((CtCheckIssue *) g_ptr_array_index (issues, 1))->message, ==,
                   "An event has no title");
  g_assert_cmpstr (((CtCheckIssue *) g_ptr_array_index (issues, 1))->field, ==, "title");

  /* Without its date too, it is named as untitled, not as “”. */
  g_date_clear (&event->start_date, 1);
  g_clear_pointer (&issues, g_ptr_array_unref);
  issues = ct_programme_check (p, NULL);
  g_assert_cmpuint (issues->len, ==, 3);
  g_assert_cmpstr (((CtCheckIssue *) g_ptr_array_index (issues, 2))->message, ==,
                   "“untitled” has no date");
}

static void
test_items (void)
{
  g_autoptr(CtProgramme) p = clean_programme ();
  g_autoptr(GPtrArray) issues = NULL;
  static const CtCheckKind kinds[] = {
    CT_CHECK_WEEKDAY_MISMATCH, CT_CHECK_DATE_OUTSIDE_PERIOD, CT_CHECK_AGENDA_WITHOUT_UNIT,
    CT_CHECK_EVENT_WITHOUT_DATE,
  };
  CtSection *s = g_ptr_array_index (p->sections, 1);
  CtItem *event = g_ptr_array_index (s->items, 0);
  CtItem *undated = ct_item_new (CT_ITEM_EVENT);
  CtCheckIssue *issue;

  ct_item_add_paragraph (event, "Khai mạc lúc 8 giờ ngày 26/9 (thứ Tư).");
  event->start_date = ct_test_dmy (2, 10, 2023);
  ct_item_add_agenda_item (event, "Công tác cán bộ.", NULL);
  ct_item_add_agenda_item (event, "Kiểm điểm giữa kỳ.", "  ");
  undated->title = g_strdup ("Hội nghị thông tin thời sự");
  ct_section_add_item (s, undated);

  issues = ct_programme_check (p, NULL);
  assert_kinds (issues, kinds, G_N_ELEMENTS (kinds));
  issue = g_ptr_array_index (issues, 0);
  g_assert_cmpstr (issue->message, ==, "26/9/2023 is written as thứ Tư but is a thứ Ba");
  g_assert_cmpstr (issue->field, ==, "paragraph");
  g_assert_cmpstr (issue->item_uuid, ==, event->uuid);
  g_assert_cmpint (issue->section, ==, 1);
  g_assert_cmpint (issue->index, ==, 0);
  issue = g_ptr_array_index (issues, 2);
  g_assert_cmpstr (issue->message, ==, "2 agenda items of “Hội nghị Ban Thường vụ Huyện ủy "
                                       "Sông Mây” have no preparing unit");
  g_assert_cmpint (issue->index, ==, 1);
  issue = g_ptr_array_index (issues, 3);
  g_assert_cmpstr (issue->item_uuid, ==, undated->uuid);
  g_assert_cmpstr (issue->field, ==, "date");
}

static void
test_chair_clash (void)
{
  g_autoptr(CtProgramme) p = clean_programme ();
  g_autoptr(GPtrArray) issues = NULL;
  CtSection *s = g_ptr_array_index (p->sections, 1);
  GDate d = ct_test_dmy (26, 9, 2023);
  CtItem *other = ct_item_new_event ("Làm việc với xã Phú Hòa", &d);
  CtItem *afternoon = ct_item_new_event ("Tiếp công dân", &d);
  CtCheckIssue *issue;

  /* Same chair typed differently, and an all-day event: a clash. The afternoon one is not. */
  other->chair = g_strdup ("đồng chí bí thư");
  other->day_part = CT_DAY_PART_ALL_DAY;
  afternoon->chair = g_strdup ("Đồng chí Bí thư");
  afternoon->day_part = CT_DAY_PART_AFTERNOON;
  ct_section_add_item (s, afternoon);
  ct_section_add_item (s, other);
  issues = ct_programme_check (p, NULL);
  /* The all-day event clashes with both the morning and the afternoon one. */
  g_assert_cmpuint (issues->len, ==, 2);
  assert_kinds (issues, (CtCheckKind[]) { CT_CHECK_CHAIR_CLASH, CT_CHECK_CHAIR_CLASH }, 2);
  issue = g_ptr_array_index (issues, 0);
  g_assert_cmpstr (issue->message, ==,
                   "Đồng chí Bí thư chairs two events at the same time on 26/9/2023");
  /* All-day comes first on a day: the issue points at the later, morning event. */
  g_assert_cmpstr (issue->item_uuid, ==, ((CtItem *) g_ptr_array_index (s->items, 0))->uuid);
}

static void
test_days_off (void)
{
  g_autoptr(CtProgramme) p = clean_programme ();
  g_autoptr(CtHolidays) holidays = ct_holidays_new ();
  g_autoptr(GPtrArray) issues = NULL;
  CtSection *s = g_ptr_array_index (p->sections, 1);
  GDate national_day = ct_test_dmy (4, 9, 2023), sunday = ct_test_dmy (17, 9, 2023);
  CtItem *a = ct_item_new_event ("Hội nghị giao ban khối", &national_day);
  CtItem *b = ct_item_new_event ("Hội thao truyền thống", &sunday);
  CtCheckIssue *issue;

  /* 4/9/2023 was the Monday off after Quốc khánh; 17/9/2023 a Sunday. */
  ct_section_add_item (s, a);
  ct_section_add_item (s, b);
  issues = ct_programme_check (p, holidays);
  assert_kinds (issues, (CtCheckKind[]) { CT_CHECK_DAY_OFF, CT_CHECK_WEEKEND }, 2);
  issue = g_ptr_array_index (issues, 0);
  g_assert_cmpstr (issue->item_uuid, ==, a->uuid);
  g_assert_cmpstr (issue->field, ==, "date");
  g_assert_cmpint (issue->section, ==, 1);
  issue = g_ptr_array_index (issues, 1);
  g_assert_cmpstr (issue->item_uuid, ==, b->uuid);
}

int
main (int    argc,
      char **argv)
{
  ct_test_init (&argc, &argv);
  g_test_add_func ("/check/clean", test_clean);
  g_test_add_func ("/check/weekday-forms", test_weekday_forms);
  g_test_add_func ("/check/header-and-footer", test_header_and_footer);
  g_test_add_func ("/check/untitled-items", test_untitled_items);
  g_test_add_func ("/check/style-mismatch", test_style_mismatch);
  g_test_add_func ("/check/items", test_items);
  g_test_add_func ("/check/chair-clash", test_chair_clash);
  g_test_add_func ("/check/days-off", test_days_off);
  return g_test_run ();
}
