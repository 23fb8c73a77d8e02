/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <locale.h>

#include "ct-check.h"
#include "fixture-programme.h"
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

  /* 4/9/2023 was the Monday off after Quốc khánh; 17/9/2023 a Sunday. Both come before
   * the conference of 26/9, in date order. */
  g_ptr_array_insert (s->items, 0, a);
  g_ptr_array_insert (s->items, 1, b);
  issues = ct_programme_check (p, holidays);
  assert_kinds (issues, (CtCheckKind[]) { CT_CHECK_DAY_OFF, CT_CHECK_WEEKEND }, 2);
  issue = g_ptr_array_index (issues, 0);
  g_assert_cmpstr (issue->item_uuid, ==, a->uuid);
  g_assert_cmpstr (issue->field, ==, "date");
  g_assert_cmpint (issue->section, ==, 1);
  issue = g_ptr_array_index (issues, 1);
  g_assert_cmpstr (issue->item_uuid, ==, b->uuid);
}

/* The messages of the issues of @kind, one a line. */
static char *
messages_of (GPtrArray   *issues,
             CtCheckKind  kind)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < issues->len; i++)
    {
      CtCheckIssue *issue = g_ptr_array_index (issues, i);

      if (issue->kind != kind)
        continue;
      if (out->len > 0)
        g_string_append_c (out, '\n');
      g_string_append (out, issue->message);
    }
  return g_strdup (out->str);
}

/* Replaces the authority lines of @p by @n lines given as (authority, body) pairs, and
 * returns the check's messages about them. */
static char *
chain_messages (CtProgramme *p,
                guint        n,
                ...)
{
  g_autoptr(GPtrArray) issues = NULL;
  va_list args;

  g_ptr_array_set_size (p->signer_authorities, 0);
  va_start (args, n);
  for (guint i = 0; i < n; i++)
    {
      CtSigningAuthority authority = va_arg (args, int);
      const char *body = va_arg (args, const char *);

      ct_programme_add_signer_authority (p, authority, body);
    }
  va_end (args);
  issues = ct_programme_check (p, NULL);
  return messages_of (issues, CT_CHECK_SIGNER_CHAIN);
}

#define ON_BEHALF CT_SIGNING_AUTHORITY_ON_BEHALF
#define SIGNING_FOR CT_SIGNING_AUTHORITY_SIGNING_FOR
#define BY_ORDER CT_SIGNING_AUTHORITY_BY_ORDER
#define ACTING CT_SIGNING_AUTHORITY_ACTING

/* NĐ 30/2020 Điều 13, Phụ lục I §II: at most "TM. <body>" then "KT. <head>" (or "Q."). */
static void
test_signer_chain_state (void)
{
  g_autoptr(CtProgramme) p = fixture_programme_state_2025 ();
  g_autoptr(GPtrArray) issues = NULL;
  g_autofree char *m = NULL;
  CtCheckIssue *issue;

  /* The fixture's TM. + KT. over "PHÓ CHỦ TỊCH" is right. */
  m = chain_messages (p, 2, ON_BEHALF, "ỦY BAN NHÂN DÂN", SIGNING_FOR, "CHỦ TỊCH");
  g_assert_cmpstr (m, ==, "");
  g_free (m);
  m = chain_messages (p, 2, ON_BEHALF, "ỦY BAN NHÂN DÂN", ACTING, "CHỦ TỊCH");
  g_assert_cmpstr (m, ==, "");
  g_free (m);
  m = chain_messages (p, 3, ON_BEHALF, "ỦY BAN NHÂN DÂN", SIGNING_FOR, "CHỦ TỊCH", BY_ORDER,
                      "CHÁNH VĂN PHÒNG");
  g_assert_cmpstr (m, ==, "The signature block has 3 authority lines: “TM. ỦY BAN NHÂN DÂN”, "
                          "“KT. CHỦ TỊCH”, “TL. CHÁNH VĂN PHÒNG”. Keep at most two: the body "
                          "signed on behalf of, then the head a deputy signs for.");
  g_free (m);
  m = chain_messages (p, 2, SIGNING_FOR, "CHỦ TỊCH", SIGNING_FOR, "GIÁM ĐỐC");
  g_assert_cmpstr (m, ==, "The code “KT.” is used twice in the signature block, in “KT. CHỦ "
                          "TỊCH” and “KT. GIÁM ĐỐC”; write each code once.");
  g_free (m);
  m = chain_messages (p, 2, BY_ORDER, "CHỦ TỊCH", SIGNING_FOR, "CHÁNH VĂN PHÒNG");
  g_assert_cmpstr (m, ==, "“KT. CHÁNH VĂN PHÒNG” cannot follow “TL. CHỦ TỊCH”: a second "
                          "authority line is only written after “TM. …”, the collective body "
                          "signed on behalf of.");
  g_free (m);
  m = chain_messages (p, 2, ON_BEHALF, "ỦY BAN NHÂN DÂN", BY_ORDER, "CHỦ TỊCH");
  g_assert_cmpstr (m, ==, "After “TM. ỦY BAN NHÂN DÂN” the second line must be “KT. …” (a "
                          "deputy signs for the head) or “Q. …” (an acting head), not “TL. CHỦ "
                          "TỊCH”.");
  g_free (m);
  m = chain_messages (p, 2, ON_BEHALF, "ỦY BAN NHÂN DÂN", SIGNING_FOR, "TL. CHỦ TỊCH");
  g_assert_cmpstr (m, ==, "“KT. TL. CHỦ TỊCH” holds two codes; choose the code in the list "
                          "and write only the body or title after it.");
  g_free (m);
  m = chain_messages (p, 2, ON_BEHALF, "ỦY BAN NHÂN DÂN", SIGNING_FOR, " ");
  g_assert_cmpstr (m, ==, "The authority line “KT.” has only its code; write after it the "
                          "body or the title it signs for.");
  g_free (m);

  /* A deputy signs "KT.": the head's own title under it is a mistake. */
  g_free (p->signer_title);
  p->signer_title = g_strdup ("CHỦ TỊCH");
  m = chain_messages (p, 2, ON_BEHALF, "ỦY BAN NHÂN DÂN", SIGNING_FOR, "CHỦ TỊCH");
  g_assert_cmpstr (m, ==, "“KT. CHỦ TỊCH” means a deputy signs for the head, but the "
                          "signer’s title “CHỦ TỊCH” is not a deputy’s (“PHÓ …”).");
  issues = ct_programme_check (p, NULL);
  assert_kinds (issues, (CtCheckKind[]) { CT_CHECK_VAGUE_WITHOUT_WINDOW, CT_CHECK_SIGNER_CHAIN },
                2);
  issue = g_ptr_array_index (issues, 1);
  g_assert_cmpstr (issue->field, ==, "signer_title");
  g_assert_cmpint (issue->section, ==, -1);
  g_assert_null (issue->item_uuid);

  /* The head signing on behalf of the body alone is fine. */
  g_clear_pointer (&m, g_free);
  m = chain_messages (p, 1, ON_BEHALF, "ỦY BAN NHÂN DÂN");
  g_assert_cmpstr (m, ==, "");
}

/* 36-HD/VPTW §1.7: T/M, T/L, K/T, T/U; "T/M BAN THƯỜNG VỤ" may be followed by "K/T". */
static void
test_signer_chain_party (void)
{
  g_autoptr(CtProgramme) p = clean_programme ();
  g_autoptr(GPtrArray) issues = NULL;
  g_autofree char *m = NULL;

  m = chain_messages (p, 1, ON_BEHALF, "BAN THƯỜNG VỤ");
  g_assert_cmpstr (m, ==, "");
  g_free (m);
  m = chain_messages (p, 2, ON_BEHALF, "BAN THƯỜNG VỤ", SIGNING_FOR, "BÍ THƯ");
  g_assert_cmpstr (m, ==, "");
  g_free (m);
  m = chain_messages (p, 2, ON_BEHALF, "BAN THƯỜNG VỤ", BY_ORDER, "BAN THƯỜNG VỤ");
  g_assert_cmpstr (m, ==, "After “T/M BAN THƯỜNG VỤ” the second line must be “K/T …” (a "
                          "deputy signs for the head), not “T/L BAN THƯỜNG VỤ”.");
  g_free (m);
  m = chain_messages (p, 1, ACTING, "BÍ THƯ");
  g_assert_cmpstr (m, ==, "“Q. BÍ THƯ” uses a code of State documents; a Party document "
                          "(36-HD/VPTW) uses only T/M, T/L, K/T and T/U.");
  g_free (m);
  m = chain_messages (p, 1, CT_SIGNING_AUTHORITY_NONE, "TUQ. BAN THƯỜNG VỤ");
  g_assert_cmpstr (m, ==, "“TUQ. BAN THƯỜNG VỤ” uses a code of State documents; a Party "
                          "document (36-HD/VPTW) uses only T/M, T/L, K/T and T/U.");
  g_free (m);
  m = chain_messages (p, 1, CT_SIGNING_AUTHORITY_AUTHORISED, "BAN THƯỜNG VỤ");
  g_assert_cmpstr (m, ==, "");

  /* Each issue points at the authority line it names. */
  g_free (m);
  m = chain_messages (p, 2, ON_BEHALF, "BAN THƯỜNG VỤ", ON_BEHALF, "HUYỆN ỦY");
  issues = ct_programme_check (p, NULL);
  assert_kinds (issues, (CtCheckKind[]) { CT_CHECK_SIGNER_CHAIN }, 1);
  g_assert_cmpstr (((CtCheckIssue *) g_ptr_array_index (issues, 0))->field, ==,
                   "signer_authorities");
  g_assert_cmpint (((CtCheckIssue *) g_ptr_array_index (issues, 0))->index, ==, 1);
}

static CtItem *
monthly_rule (CtProgramme *p,
              int          day)
{
  CtSection *s = ct_programme_add_section (p, "Lịch định kỳ");
  CtItem *rule = ct_item_new (CT_ITEM_RECURRING);

  rule->title = g_strdup ("Họp giao ban khối nội chính");
  rule->recurrence = CT_RECURRENCE_MONTHLY_DAY;
  rule->month_day = day;
  ct_section_add_item (s, rule);
  return rule;
}

/* "Ngày 31 hằng tháng" skips the months without a 31st: the check names them. */
static void
test_month_day (void)
{
  g_autoptr(CtProgramme) p = clean_programme ();
  g_autoptr(GPtrArray) issues = NULL;
  CtItem *rule = monthly_rule (p, 31);
  g_autofree char *m = NULL;
  CtCheckIssue *issue;

  /* September has 30 days. */
  issues = ct_programme_check (p, NULL);
  assert_kinds (issues, (CtCheckKind[]) { CT_CHECK_MONTH_DAY_MISSING }, 1);
  issue = g_ptr_array_index (issues, 0);
  g_assert_cmpstr (issue->message, ==, "“Họp giao ban khối nội chính” is set for day 31 of "
                                       "every month, but month 9/2023 has no day 31: it will "
                                       "not take place that month.");
  g_assert_cmpstr (issue->item_uuid, ==, rule->uuid);
  g_assert_cmpstr (issue->field, ==, "date");
  g_assert_cmpint (issue->section, ==, 2);

  ct_programme_set_period (p, CT_PERIOD_KIND_MONTH, 2023, 10);
  g_clear_pointer (&issues, g_ptr_array_unref);
  issues = ct_programme_check (p, NULL);
  m = messages_of (issues, CT_CHECK_MONTH_DAY_MISSING);
  g_assert_cmpstr (m, ==, "");

  /* A quarter: April and June have no 31st, May has. */
  ct_programme_set_period (p, CT_PERIOD_KIND_QUARTER, 2025, 2);
  g_clear_pointer (&issues, g_ptr_array_unref);
  issues = ct_programme_check (p, NULL);
  g_free (m);
  m = messages_of (issues, CT_CHECK_MONTH_DAY_MISSING);
  g_assert_cmpstr (m, ==, "“Họp giao ban khối nội chính” is set for day 31 of every month, "
                          "but months 4/2025, 6/2025 have no day 31: it will not take place "
                          "in those months.");
  /* The rule's own range ends in May. */
  rule->end_date = ct_test_dmy (31, 5, 2025);
  g_clear_pointer (&issues, g_ptr_array_unref);
  issues = ct_programme_check (p, NULL);
  g_free (m);
  m = messages_of (issues, CT_CHECK_MONTH_DAY_MISSING);
  g_assert_cmpstr (m, ==, "“Họp giao ban khối nội chính” is set for day 31 of every month, "
                          "but month 4/2025 has no day 31: it will not take place that "
                          "month.");

  /* 29 February 2024 exists, 2025 has none. */
  g_date_clear (&rule->end_date, 1);
  rule->month_day = 29;
  ct_programme_set_period (p, CT_PERIOD_KIND_QUARTER, 2024, 1);
  g_clear_pointer (&issues, g_ptr_array_unref);
  issues = ct_programme_check (p, NULL);
  g_free (m);
  m = messages_of (issues, CT_CHECK_MONTH_DAY_MISSING);
  g_assert_cmpstr (m, ==, "");
  ct_programme_set_period (p, CT_PERIOD_KIND_YEAR, 2025, 0);
  g_clear_pointer (&issues, g_ptr_array_unref);
  issues = ct_programme_check (p, NULL);
  g_free (m);
  m = messages_of (issues, CT_CHECK_MONTH_DAY_MISSING);
  g_assert_cmpstr (m, ==, "“Họp giao ban khối nội chính” is set for day 29 of every month, "
                          "but month 2/2025 has no day 29: it will not take place that "
                          "month.");
}

/* A month's event timed only in words and with no window does not reach the calendars;
 * in a quarter's programme such timing is normal. */
static void
test_vague_window (void)
{
  g_autoptr(CtProgramme) p = fixture_programme_state_2025 ();
  g_autoptr(GPtrArray) issues = ct_programme_check (p, NULL);
  CtItem *later = fixture_find_titled (p, "Làm việc với Đoàn kiểm tra của tỉnh", NULL);
  CtCheckIssue *issue;

  assert_kinds (issues, (CtCheckKind[]) { CT_CHECK_VAGUE_WITHOUT_WINDOW }, 1);
  issue = g_ptr_array_index (issues, 0);
  g_assert_cmpstr (issue->message, ==, "“Làm việc với Đoàn kiểm tra của tỉnh” is timed “thời "
                                       "gian cụ thể thông báo sau” with no days given, so it "
                                       "will not appear in calendars; give the first and last "
                                       "day it may take place.");
  g_assert_cmpstr (issue->item_uuid, ==, later->uuid);
  g_assert_cmpstr (issue->field, ==, "date");
  g_assert_cmpint (issue->section, ==, 0);

  /* With a window it is placed; in a quarter's programme nothing is said, not even that it
   * has no date. */
  later->end_date = ct_test_dmy (28, 3, 2025);
  g_clear_pointer (&issues, g_ptr_array_unref);
  issues = ct_programme_check (p, NULL);
  assert_kinds (issues, NULL, 0);
  g_date_clear (&later->end_date, 1);
  ct_programme_set_period (p, CT_PERIOD_KIND_QUARTER, 2025, 1);
  g_clear_pointer (&issues, g_ptr_array_unref);
  issues = ct_programme_check (p, NULL);
  assert_kinds (issues, NULL, 0);
}

/* A window or a stay whose last day comes before its first. */
static void
test_dates_reversed (void)
{
  g_autoptr(CtProgramme) p = fixture_programme_state_2025 ();
  g_autoptr(GPtrArray) issues = NULL;
  CtItem *visit = fixture_find_titled (p, "Kiểm tra tiến độ xây dựng trường học xã Bến Đò",
                                       NULL);
  g_autofree char *m = NULL;

  visit->end_date = ct_test_dmy (10, 3, 2025);
  issues = ct_programme_check (p, NULL);
  m = messages_of (issues, CT_CHECK_DATES_REVERSED);
  g_assert_cmpstr (m, ==, "“Kiểm tra tiến độ xây dựng trường học xã Bến Đò” ends on "
                          "10/3/2025, before it starts on 17/3/2025; correct one of the two "
                          "days.");
  g_clear_pointer (&m, g_free);
  g_clear_pointer (&visit->vague_when, g_free);
  g_clear_pointer (&issues, g_ptr_array_unref);
  issues = ct_programme_check (p, NULL);
  m = messages_of (issues, CT_CHECK_DATES_REVERSED);
  g_assert_cmpstr (m, !=, "");
}

/* An event added after a later one of its section (the calendar's quick add once did
 * that) reads as part of it on paper. */
static void
test_event_out_of_order (void)
{
  g_autoptr(CtProgramme) p = clean_programme ();
  g_autoptr(GPtrArray) issues = NULL;
  CtSection *s = g_ptr_array_index (p->sections, 1);
  GDate d = ct_test_dmy (12, 9, 2023);
  CtItem *early = ct_item_new_event ("Hội nghị chuyên đề về chuyển đổi số", &d);
  g_autofree char *m = NULL;
  CtCheckKind kinds[] = { CT_CHECK_EVENT_OUT_OF_ORDER };

  ct_section_add_item (s, early);
  issues = ct_programme_check (p, NULL);
  assert_kinds (issues, kinds, 1);
  m = messages_of (issues, CT_CHECK_EVENT_OUT_OF_ORDER);
  g_assert_cmpstr (m, ==, "“Hội nghị chuyên đề về chuyển đổi số” on 12/9/2023 comes after "
                          "“Hội nghị Ban Thường vụ Huyện ủy Sông Mây” on 26/9/2023 in the "
                          "same section, so the printout puts it under that event; move it "
                          "before that event or into another section.");
  g_assert_cmpint (((CtCheckIssue *) g_ptr_array_index (issues, 0))->section, ==, 1);
  g_assert_cmpstr (((CtCheckIssue *) g_ptr_array_index (issues, 0))->item_uuid, ==,
                   early->uuid);

  /* Timed in words: no day to compare. */
  early->vague_when = g_strdup ("trong tháng");
  g_clear_pointer (&issues, g_ptr_array_unref);
  issues = ct_programme_check (p, NULL);
  assert_kinds (issues, NULL, 0);

  /* The same day, or later, is in order. */
  g_clear_pointer (&early->vague_when, g_free);
  early->start_date = ct_test_dmy (26, 9, 2023);
  g_clear_pointer (&issues, g_ptr_array_unref);
  issues = ct_programme_check (p, NULL);
  assert_kinds (issues, NULL, 0);
}

/* A task without unit in charge or due time, among tasks that give them. */
static void
test_task_without_lead (void)
{
  g_autoptr(CtProgramme) p = clean_programme ();
  g_autoptr(GPtrArray) issues = NULL;
  CtSection *s = g_ptr_array_index (p->sections, 0);
  CtItem *led = ct_item_new_task ("Tổng kết công tác phòng chống thiên tai.");
  CtItem *due = ct_item_new_task ("Báo cáo sơ kết 9 tháng.");
  CtItem *bare = g_ptr_array_index (s->items, 0);

  /* The fixture's only task gives neither: a list of general duties, nothing to say. */
  issues = ct_programme_check (p, NULL);
  assert_kinds (issues, NULL, 0);

  led->lead_unit = g_strdup ("Ban Tuyên giáo");
  due->vague_when = g_strdup ("trước 30/9");
  ct_section_add_item (s, led);
  ct_section_add_item (s, due);
  g_clear_pointer (&issues, g_ptr_array_unref);
  issues = ct_programme_check (p, NULL);
  assert_kinds (issues, (CtCheckKind[]) { CT_CHECK_TASK_WITHOUT_LEAD }, 1);
  g_assert_cmpstr (((CtCheckIssue *) g_ptr_array_index (issues, 0))->message, ==,
                   "“Hội nghị sơ kết dự kiến ngày 26/9/2023 (thứ Ba).” has neither a unit in "
                   "charge nor a due time, unlike other tasks of its section.");
  g_assert_cmpstr (((CtCheckIssue *) g_ptr_array_index (issues, 0))->item_uuid, ==, bare->uuid);
  g_assert_cmpstr (((CtCheckIssue *) g_ptr_array_index (issues, 0))->field, ==, "lead_unit");

  bare->end_date = ct_test_dmy (29, 9, 2023);
  g_clear_pointer (&issues, g_ptr_array_unref);
  issues = ct_programme_check (p, NULL);
  assert_kinds (issues, NULL, 0);
}

/* A task due more than three months after the period's end, or before its start, is
 * listed: its year may be the period's, taken for a day typed without one. */
static void
test_due_far_from_period (void)
{
  g_autoptr(CtProgramme) p = clean_programme ();
  g_autoptr(GPtrArray) issues = NULL;
  CtSection *s = g_ptr_array_index (p->sections, 0);
  CtItem *task = ct_item_new_task ("Tổng kết công tác chuyển đổi số.");
  CtCheckIssue *issue;
  int months = -7;

  ct_programme_set_period (p, CT_PERIOD_KIND_MONTH, 2027, 2);
  p->issue_date = ct_test_dmy (25, 1, 2027);
  g_ptr_array_set_size (p->sections, 1);
  g_ptr_array_set_size (s->items, 0);
  ct_section_add_item (s, task);

  /* Within three months after 28/2/2027: a task running on. */
  task->end_date = ct_test_dmy (28, 5, 2027);
  issues = ct_programme_check (p, NULL);
  assert_kinds (issues, NULL, 0);
  g_assert_cmpint (ct_check_due_far (p, &task->end_date, &months), ==, 0);
  g_assert_cmpint (months, ==, 0);

  task->end_date = ct_test_dmy (20, 12, 2027);
  g_clear_pointer (&issues, g_ptr_array_unref);
  issues = ct_programme_check (p, NULL);
  assert_kinds (issues, (CtCheckKind[]) { CT_CHECK_DUE_FAR_FROM_PERIOD }, 1);
  issue = g_ptr_array_index (issues, 0);
  g_assert_cmpstr (issue->message, ==, "“Tổng kết công tác chuyển đổi số.” is due on "
                   "20/12/2027, 10 months after the programme’s period: check the year");
  g_assert_cmpstr (issue->item_uuid, ==, task->uuid);
  g_assert_cmpstr (issue->field, ==, "when");
  g_assert_cmpint (ct_check_due_far (p, &task->end_date, &months), ==, 1);
  g_assert_cmpint (months, ==, 10);

  /* More than three months before 1/2/2027. */
  task->end_date = ct_test_dmy (31, 10, 2026);
  g_clear_pointer (&issues, g_ptr_array_unref);
  issues = ct_programme_check (p, NULL);
  assert_kinds (issues, (CtCheckKind[]) { CT_CHECK_DUE_FAR_FROM_PERIOD }, 1);
  g_assert_cmpstr (((CtCheckIssue *) g_ptr_array_index (issues, 0))->message, ==,
                   "“Tổng kết công tác chuyển đổi số.” is due on 31/10/2026, 4 months before "
                   "the programme’s period: check the year");
  g_assert_cmpint (ct_check_due_far (p, &task->end_date, &months), ==, -1);
  g_assert_cmpint (months, ==, 4);

  /* A due time in words has no day to check. */
  task->vague_when = g_strdup ("quý IV");
  g_clear_pointer (&issues, g_ptr_array_unref);
  issues = ct_programme_check (p, NULL);
  assert_kinds (issues, NULL, 0);
}

/* A week's programme: an event is outside it when it is not in that ISO week. */
static void
test_week_period (void)
{
  g_autoptr(CtProgramme) p = clean_programme ();
  g_autoptr(GPtrArray) issues = NULL;
  CtItem *event = g_ptr_array_index (((CtSection *) g_ptr_array_index (p->sections, 1))->items, 0);

  /* Week 10 of 2025 is 3–9 March. */
  ct_programme_set_period (p, CT_PERIOD_KIND_WEEK, 2025, 10);
  event->start_date = ct_test_dmy (9, 3, 2025);
  issues = ct_programme_check (p, NULL);
  assert_kinds (issues, NULL, 0);

  event->start_date = ct_test_dmy (10, 3, 2025);
  g_clear_pointer (&issues, g_ptr_array_unref);
  issues = ct_programme_check (p, NULL);
  assert_kinds (issues, (CtCheckKind[]) { CT_CHECK_DATE_OUTSIDE_PERIOD }, 1);
  g_assert_cmpstr (((CtCheckIssue *) g_ptr_array_index (issues, 0))->message, ==,
                   "“Hội nghị Ban Thường vụ Huyện ủy Sông Mây” on 10/3/2025 is outside the "
                   "programme’s period");

  /* A multi-day event running past Sunday is outside too. */
  event->start_date = ct_test_dmy (8, 3, 2025);
  event->end_date = ct_test_dmy (10, 3, 2025);
  g_clear_pointer (&issues, g_ptr_array_unref);
  issues = ct_programme_check (p, NULL);
  assert_kinds (issues, (CtCheckKind[]) { CT_CHECK_DATE_OUTSIDE_PERIOD }, 1);
}

/* Text typed that is no value yet comes first, with the field, the text and why; text
 * of a removed item, or that reads as a value, is not listed. */
static void
test_unread_texts (void)
{
  g_autoptr(CtProgramme) p = clean_programme ();
  CtSection *s = g_ptr_array_index (p->sections, 1);
  CtItem *task = g_ptr_array_index (((CtSection *) g_ptr_array_index (p->sections, 0))->items, 0);
  CtItem *event = g_ptr_array_index (s->items, 0);
  g_autofree char *when = ct_programme_item_key (event, "when");
  g_autofree char *end = ct_programme_item_key (event, "end_minute");
  g_autofree char *due = ct_programme_item_key (task, "due");
  g_autofree char *start = ct_programme_item_key (event, "start_minute");
  g_autoptr(GPtrArray) issues = NULL;
  CtCheckIssue *issue;
  guint sec;

  ct_programme_set_unread_text (p, "number", "12a");
  ct_programme_set_unread_text (p, "period_index", "13");
  ct_programme_set_unread_text (p, when, "31/02");
  ct_programme_set_unread_text (p, end, "25:70");
  ct_programme_set_unread_text (p, due, "15-16/12");
  ct_programme_set_unread_text (p, start, "8:30");
  ct_programme_set_unread_text (p, "item:00000000-0000-4000-8000-000000000000:when", "31/02");
  issues = ct_programme_check (p, NULL);
  g_assert_cmpuint (issues->len, ==, 5);
  issue = g_ptr_array_index (issues, 0);
  g_assert_cmpint (issue->kind, ==, CT_CHECK_TEXT_NOT_UNDERSTOOD);
  g_assert_cmpstr (issue->field, ==, "number");
  g_assert_null (issue->item_uuid);
  g_assert_cmpstr (issue->message, ==, "Number “12a” is not used yet: a number has digits only");
  issue = g_ptr_array_index (issues, 1);
  g_assert_cmpstr (issue->field, ==, "period_index");
  g_assert_cmpstr (issue->message, ==, "Month “13” is not used yet: a month is 1 to 12");
  /* Then the items' fields in document order. */
  g_assert_cmpstr (((CtCheckIssue *) g_ptr_array_index (issues, 2))->item_uuid, ==, task->uuid);
  for (guint i = 2; i < issues->len; i++)
    {
      issue = g_ptr_array_index (issues, i);
      sec = g_str_equal (issue->item_uuid, task->uuid) ? 0 : 1;
      g_assert_cmpint (issue->section, ==, (int) sec);
      if (g_str_equal (issue->field, "end_minute"))
        g_assert_cmpstr (issue->message, ==, "“Hội nghị Ban Thường vụ Huyện ủy Sông Mây”: the end "
                         "time “25:70” is not used yet: a time is written as 8:30 or 14h, up "
                         "to 23:59");
      else if (sec == 1)
        {
          g_assert_cmpint (issue->kind, ==, CT_CHECK_DATE_NOT_UNDERSTOOD);
          g_assert_cmpstr (issue->field, ==, "when");
          g_assert_cmpstr (issue->message, ==, "“Hội nghị Ban Thường vụ Huyện ủy Sông Mây”: the "
                           "date “31/02” is not used yet: 31/02 does not exist");
        }
      else
        {
          g_assert_cmpstr (issue->field, ==, "when");
          g_assert_true (g_str_has_suffix (issue->message, "”: the due time “15-16/12” is not "
                                           "used yet: A task is due on one day: type its last "
                                           "day only"));
        }
    }
  g_autofree char *fine = ct_check_unread_reason (p, start, "8:30");
  g_autofree char *long_number = ct_check_unread_reason (p, "number", "123456");

  g_assert_null (fine);
  g_assert_cmpstr (long_number, ==, "a number has at most five digits");
}

static void
assert_messages (GPtrArray          *issues,
                 const char * const *messages,
                 guint               n)
{
  for (guint i = 0; i < issues->len; i++)
    g_test_message ("issue %u: %s", i, ((CtCheckIssue *) g_ptr_array_index (issues, i))->message);
  g_assert_cmpuint (issues->len, ==, n);
  for (guint i = 0; i < n; i++)
    g_assert_cmpstr (((CtCheckIssue *) g_ptr_array_index (issues, i))->message, ==, messages[i]);
}

/* A field with text typed that is no value yet is listed once, for that text: not also
 * as an empty field (number, issue date, an event's date, a task's due time). */
static void
test_unread_not_empty (void)
{
  g_autoptr(CtProgramme) p = clean_programme ();
  CtSection *tasks = g_ptr_array_index (p->sections, 0);
  CtItem *task = g_ptr_array_index (tasks->items, 0);
  CtItem *led = ct_item_new_task ("Tổng kết công tác phòng chống thiên tai.");
  CtItem *event = g_ptr_array_index (((CtSection *) g_ptr_array_index (p->sections, 1))->items, 0);
  g_autofree char *when = ct_programme_item_key (event, "when");
  g_autofree char *due = ct_programme_item_key (task, "due");
  g_autoptr(GPtrArray) issues = NULL;
  static const char *const typed[] = {
    "Number “12a” is not used yet: a number has digits only",
    "Issue date “31/02” is not used yet: 31/02 does not exist",
    "“Hội nghị sơ kết dự kiến ngày 26/9/2023 (thứ Ba).”: the due time “15-16/12” is not "
    "used yet: A task is due on one day: type its last day only",
    "“Hội nghị Ban Thường vụ Huyện ủy Sông Mây”: the date “31/02” is not used yet: 31/02 "
    "does not exist",
  };
  static const char *const empty[] = {
    "The document has no number",
    "The document has no issue date",
    "“Hội nghị sơ kết dự kiến ngày 26/9/2023 (thứ Ba).” has neither a unit in charge nor a "
    "due time, unlike other tasks of its section.",
    "“Hội nghị Ban Thường vụ Huyện ủy Sông Mây” has no date",
  };

  led->lead_unit = g_strdup ("Ban Tuyên giáo");
  ct_section_add_item (tasks, led);
  p->number = 0;
  g_date_clear (&p->issue_date, 1);
  g_date_clear (&event->start_date, 1);
  ct_programme_set_unread_text (p, "number", "12a");
  ct_programme_set_unread_text (p, "issue_date", "31/02");
  ct_programme_set_unread_text (p, when, "31/02");
  ct_programme_set_unread_text (p, due, "15-16/12");
  issues = ct_programme_check (p, NULL);
  assert_messages (issues, typed, G_N_ELEMENTS (typed));

  /* With nothing typed, the same fields are empty. */
  ct_programme_set_unread_text (p, "number", NULL);
  ct_programme_set_unread_text (p, "issue_date", NULL);
  ct_programme_set_unread_text (p, when, NULL);
  ct_programme_set_unread_text (p, due, NULL);
  g_clear_pointer (&issues, g_ptr_array_unref);
  issues = ct_programme_check (p, NULL);
  assert_messages (issues, empty, G_N_ELEMENTS (empty));
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
  g_test_add_func ("/check/signer-chain-state", test_signer_chain_state);
  g_test_add_func ("/check/signer-chain-party", test_signer_chain_party);
  g_test_add_func ("/check/month-day", test_month_day);
  g_test_add_func ("/check/vague-window", test_vague_window);
  g_test_add_func ("/check/dates-reversed", test_dates_reversed);
  g_test_add_func ("/check/event-out-of-order", test_event_out_of_order);
  g_test_add_func ("/check/task-without-lead", test_task_without_lead);
  g_test_add_func ("/check/due-far-from-period", test_due_far_from_period);
  g_test_add_func ("/check/week-period", test_week_period);
  g_test_add_func ("/check/unread-texts", test_unread_texts);
  g_test_add_func ("/check/unread-not-empty", test_unread_not_empty);
  return g_test_run ();
}
