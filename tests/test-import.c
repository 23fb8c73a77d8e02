/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <locale.h>
#include <string.h>

#include "ct-import.h"
#include "ct-occurrence.h"
#include "ct-render-text.h"
#include "ct-sample.h"
#include "ct-text.h"
#include "fixture-programme.h"
#include "test-util.h"

#define SEED_NAME "programme-2023-09-huyen-uy.txt"

/* The seed, or %NULL after g_test_skip() when the shared folder is absent. */
static char *
read_seed (void)
{
  const char *dir = g_getenv ("CT_SEEDS_DIR");
  g_autofree char *path = dir ? g_build_filename (dir, SEED_NAME, NULL) : NULL;
  char *text = NULL;

  if (path == NULL || !g_file_get_contents (path, &text, NULL, NULL))
    {
      g_test_skip ("the real programme " SEED_NAME " is not in CT_SEEDS_DIR");
      return NULL;
    }
  return text;
}

/* 1-based number of the @nth (1-based) line of @text that starts with @prefix once
 * trimmed; the tests find lines this way instead of hard-coding them. */
static guint
line_of (const char *text,
         const char *prefix,
         guint       nth)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (g_strstrip (lines[i]), prefix) && --nth == 0)
      return i + 1;
  g_assert_not_reached ();
}

static CtImportWarning *
warning_at (GPtrArray *warnings,
            guint      i)
{
  return g_ptr_array_index (warnings, i);
}

static CtSection *
section_at (const CtProgramme *p,
            guint              i)
{
  return g_ptr_array_index (p->sections, i);
}

static CtItem *
item_at (const CtProgramme *p,
         guint              section,
         guint              item)
{
  return g_ptr_array_index (section_at (p, section)->items, item);
}

static void
assert_date (const GDate *date,
             int          day,
             int          month,
             int          year)
{
  g_assert_true (g_date_valid (date));
  g_assert_cmpint (g_date_get_day (date), ==, day);
  g_assert_cmpint (g_date_get_month (date), ==, month);
  g_assert_cmpint (g_date_get_year (date), ==, year);
}

static void
assert_event (const CtProgramme *p,
              guint              section,
              int                day,
              int                month,
              gboolean           tentative)
{
  CtItem *event = ct_section_get_heading_event (section_at (p, section));

  g_assert_nonnull (event);
  g_assert_cmpint (event->kind, ==, CT_ITEM_EVENT);
  assert_date (&event->start_date, day, month, 2023);
  g_assert_false (g_date_valid (&event->end_date));
  g_assert_cmpint (event->tentative, ==, tentative);
}

/* Units are compared folded: "Huyện uỷ" and "Huyện ủy" are the same unit. */
static void
assert_units (const CtItem      *event,
              const char *const *units)
{
  g_assert_cmpuint (event->agenda->len, ==, g_strv_length ((char **) units));
  for (guint i = 0; units[i] != NULL; i++)
    {
      CtAgendaItem *agenda = g_ptr_array_index (event->agenda, i);
      g_autofree char *expected = ct_text_fold (units[i]);
      g_autofree char *got = ct_text_fold (agenda->preparing_unit);

      if (*units[i] == '\0')
        g_assert_null (agenda->preparing_unit);
      else
        g_assert_cmpstr (got, ==, expected);
    }
}

static void
assert_occurrences (const CtProgramme *p,
                    const CtItem      *item,
                    const int         *days,
                    int                month)
{
  g_autoptr(GPtrArray) all = ct_programme_expand_occurrences (p, NULL, NULL);
  guint n = 0;

  for (guint i = 0; i < all->len; i++)
    {
      CtOccurrence *o = g_ptr_array_index (all, i);

      if (o->item != item)
        continue;
      assert_date (&o->date, days[n++], month, 2023);
    }
  g_assert_cmpint (days[n], ==, 0);
}

static void
assert_recipient (const CtProgramme *p,
                  guint              i,
                  const char        *purpose)
{
  CtRecipient *r = g_ptr_array_index (p->recipients, i);

  g_assert_cmpstr (r->purpose, ==, purpose);
}

static void
test_seed_structure (void)
{
  g_autofree char *seed = read_seed ();
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CtProgramme) p = NULL;
  const guint paragraphs[] = { 2, 4, 1, 1 };
  const char *const units_iv[] = {
    "UBND huyện", "UBND huyện", "UBND huyện", "Văn phòng Huyện ủy", "Văn phòng Huyện ủy",
    "UBKT Huyện ủy", "Ban Tổ chức Huyện ủy", "Ban Tổ chức Huyện ủy", "Ban Tổ chức Huyện ủy",
    NULL,
  };
  const char *const units_v[] = {
    "UBND huyện", "UBND huyện", "UBND huyện", "UBND huyện", "Văn phòng Huyện ủy",
    "Văn phòng Huyện ủy", "Ban Tổ chức Huyện ủy", NULL,
  };
  const int mondays[] = { 4, 11, 18, 25, 0 };
  CtItem *briefing;
  const char *third;

  if (seed == NULL)
    return;
  p = ct_import_text (seed, -1, &warnings, &error);
  g_assert_no_error (error);
  g_assert_nonnull (p);

  g_assert_cmpint (p->period_kind, ==, CT_PERIOD_KIND_MONTH);
  g_assert_cmpint (p->period_year, ==, 2023);
  g_assert_cmpint (p->period_index, ==, 9);
  g_assert_null (p->subtitle);
  g_assert_cmpuint (p->sections->len, ==, 7);

  /* I: four tasks with 2, 4, 1 and 1 paragraphs; item 2's third is one source line. */
  g_assert_cmpuint (section_at (p, 0)->items->len, ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      g_assert_cmpint (item_at (p, 0, i)->kind, ==, CT_ITEM_TASK);
      g_assert_cmpuint (item_at (p, 0, i)->paragraphs->len, ==, paragraphs[i]);
    }
  third = g_ptr_array_index (item_at (p, 0, 1)->paragraphs, 2);
  g_assert_true (g_str_has_prefix (third, "Đẩy mạnh xây dựng nông thôn mới"));
  g_assert_true (g_str_has_suffix (third, "kiểu mẫu."));
  g_assert_cmpuint (line_of (seed, third, 1), >, 0);
  /* A reference to another document stays in the task's text. */
  g_assert_nonnull (strstr (g_ptr_array_index (item_at (p, 0, 0)->paragraphs, 0),
                            "110-QĐ/TW ngày 06/7/2023"));

  assert_event (p, 1, 8, 9, TRUE);
  assert_event (p, 2, 20, 9, FALSE);
  assert_event (p, 3, 26, 9, TRUE);
  assert_units (item_at (p, 3, 0), units_iv);
  assert_event (p, 4, 28, 9, TRUE);
  assert_units (item_at (p, 4, 0), units_v);
  assert_event (p, 5, 29, 9, TRUE);

  briefing = ct_section_get_heading_event (section_at (p, 6));
  g_assert_nonnull (briefing);
  g_assert_cmpint (briefing->kind, ==, CT_ITEM_RECURRING);
  g_assert_cmpuint (briefing->weekdays, ==, CT_WEEKDAY_MONDAY);
  g_assert_cmpint (briefing->day_part, ==, CT_DAY_PART_AFTERNOON);
  g_assert_cmpuint (briefing->paragraphs->len, ==, 1);
  assert_occurrences (p, briefing, mondays, 9);

  g_assert_cmpuint (p->recipients->len, ==, 8);
  for (guint i = 0; i < 3; i++)
    assert_recipient (p, i, "báo cáo");
  assert_recipient (p, 3, "để biết");
  for (guint i = 4; i < 8; i++)
    assert_recipient (p, i, NULL);
  g_assert_cmpstr (p->archive_line, ==, "Lưu Văn phòng Huyện ủy");

  g_assert_cmpint (p->style, ==, CT_DOCUMENT_STYLE_PARTY);
  ct_test_assert_authorities (p, "T/L BAN THƯỜNG VỤ");
  g_assert_cmpstr (p->signer_title, ==, "PHÓ CHÁNH VĂN PHÒNG");
  g_assert_nonnull (p->signer_name);
  {
    g_autofree char *trimmed = g_strstrip (g_strdup (seed));
    const char *last = strrchr (trimmed, '\n');

    /* The name is the document's last line. */
    g_assert_cmpstr (p->signer_name, ==, g_strstrip ((char *) last + 1));
  }

  /* The header is absent: its five fields listed; one numbering gap in section V, and
   * the note after it, whose items are printed with other numbers than written. */
  g_assert_cmpuint (warnings->len, ==, 3);
  g_assert_cmpuint (warning_at (warnings, 0)->line, ==, 0);
  g_assert_cmpstr (warning_at (warnings, 0)->message, ==,
                   "The header lacks: superior body, issuing body, number and symbol, place "
                   "name, issue date. Fill them in before printing.");
  g_assert_cmpuint (warning_at (warnings, 1)->line, ==, line_of (seed, "6. ", 2));
  g_assert_cmpstr (warning_at (warnings, 1)->message, ==,
                   "Agenda item numbered 6 where 5 was expected: it is printed as 5. Check "
                   "that no item is missing or repeated.");
  g_assert_cmpuint (warning_at (warnings, 2)->line, ==, line_of (seed, "(", 6));
  g_assert_true (g_str_has_prefix (warning_at (warnings, 2)->message,
                                   "The preparation note names items 6, 7 as written; the "
                                   "agenda is printed numbered from its positions, so these "
                                   "items are printed as 5, 6 and the note as prepared by "));
}

/* Replaces the first @from after @start in @text by @to; returns where it ended. */
static gsize
replace_after (GString    *text,
               gsize       start,
               const char *from,
               const char *to)
{
  const char *at = strstr (text->str + start, from);
  gsize pos;

  g_assert_nonnull (at);
  pos = at - text->str;
  g_string_erase (text, pos, strlen (from));
  g_string_insert (text, pos, to);
  return pos + strlen (to);
}

/* Golden test: rendering the imported seed gives back its wording, whitespace aside,
 * except the intended corrections: section V's agenda numbered 1–7 from positions with
 * its notes regenerated, and the weekly briefing's weekday written in words
 * ("thứ 2" → "thứ Hai", document-format.md §10). */
static void
test_seed_round_trip (void)
{
  g_autofree char *seed = read_seed ();
  g_autoptr(CtProgramme) p = NULL;
  g_autofree char *rendered = NULL;
  g_autofree char *got = NULL;
  g_autofree char *collapsed = NULL;
  g_autoptr(GString) expected = NULL;
  gsize at;

  if (seed == NULL)
    return;
  p = ct_import_text (seed, -1, NULL, NULL);
  g_assert_nonnull (p);
  rendered = ct_programme_render_text (p);
  /* The seed starts at the title; the rendered header has only the Party line. */
  g_assert_true (g_str_has_prefix (rendered, "ĐẢNG CỘNG SẢN VIỆT NAM\n\nCHƯƠNG TRÌNH\n"));
  got = ct_text_collapse_spaces (strstr (rendered, "CHƯƠNG TRÌNH"));

  collapsed = ct_text_collapse_spaces (seed);
  expected = g_string_new (collapsed);
  at = strstr (expected->str, " V. ") - expected->str;
  at = replace_after (expected, at, "nội dung 1-4) 6. ", "nội dung 1-4) 5. ");
  at = replace_after (expected, at, " 7. ", " 6. ");
  at = replace_after (expected, at, "nội dung 6,7) 8. ", "nội dung 5,6) 7. ");
  replace_after (expected, at, "chiều thứ 2 hằng tuần", "chiều thứ Hai hằng tuần");
  g_assert_cmpstr (got, ==, expected->str);
}

/* A fictional hard-wrapped programme with the seed's shapes plus a header, a heading
 * wrapped inside its parenthesis, a wrong weekday, a date outside the period, a brace
 * purpose, a recipient wrapped without punctuation and the signature before "Nơi nhận". */
static void
test_wrapped_fixture (void)
{
  g_autofree char *text = ct_test_read_data ("programme-wrapped.txt");
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CtProgramme) p = ct_import_text (text, -1, &warnings, &error);
  const char *const units_iii[] = {
    "UBND huyện", "UBND huyện", "UBND huyện", "Văn phòng Huyện ủy", "Văn phòng Huyện ủy",
    "UBKT Huyện ủy", "", NULL,
  };
  const char *const units_iv[] = {
    "Văn phòng Huyện ủy", "Văn phòng Huyện ủy", "Ban Tuyên giáo Huyện ủy",
    "Ban Tuyên giáo Huyện ủy", NULL,
  };
  const int fridays[] = { 6, 13, 20, 27, 0 };
  const guint paragraphs[] = { 2, 3, 1 };
  CtItem *event, *briefing;
  CtAgendaItem *agenda;

  g_assert_no_error (error);
  g_assert_cmpint (p->style, ==, CT_DOCUMENT_STYLE_PARTY);
  g_assert_cmpstr (p->superior_body, ==, "ĐẢNG BỘ TỈNH HÀ LAM");
  g_assert_cmpstr (p->issuing_body, ==, "HUYỆN ỦY BẾN ĐÁ");
  g_assert_cmpuint (p->number, ==, 15);
  g_assert_cmpstr (p->kind_code, ==, "CTr");
  g_assert_cmpstr (p->body_code, ==, "HU");
  g_assert_cmpstr (p->place_name, ==, "Bến Đá");
  assert_date (&p->issue_date, 28, 9, 2023);
  g_assert_cmpint (p->period_kind, ==, CT_PERIOD_KIND_MONTH);
  g_assert_cmpint (p->period_index, ==, 10);
  g_assert_null (p->subtitle);

  g_assert_cmpuint (p->sections->len, ==, 6);
  g_assert_cmpstr (section_at (p, 0)->title, ==, "Nhiệm vụ trọng tâm");
  for (guint i = 0; i < 3; i++)
    g_assert_cmpuint (item_at (p, 0, i)->paragraphs->len, ==, paragraphs[i]);
  g_assert_cmpstr (g_ptr_array_index (item_at (p, 0, 1)->paragraphs, 1), ==,
                   "Rà soát, hoàn thiện hồ sơ đề nghị công nhận xã đạt chuẩn nông thôn mới "
                   "nâng cao năm 2023; huy động nguồn lực xây dựng nhà văn hóa thôn.");
  g_assert_cmpstr (g_ptr_array_index (item_at (p, 0, 1)->paragraphs, 2), ==,
                   "Bảo đảm an toàn hồ đập trong mùa mưa bão.");

  g_assert_cmpstr (section_at (p, 1)->title, ==,
                   "Hội nghị sơ kết công tác dân vận quý III của Ban Dân vận Huyện ủy");
  assert_event (p, 1, 5, 10, TRUE);
  assert_event (p, 2, 17, 10, TRUE);
  assert_units (item_at (p, 2, 0), units_iii);
  /* The unit is spelt as first met. */
  agenda = g_ptr_array_index (item_at (p, 2, 0)->agenda, 4);
  g_assert_cmpstr (agenda->preparing_unit, ==, "Văn phòng Huyện uỷ");
  assert_event (p, 3, 26, 10, FALSE);
  assert_units (item_at (p, 3, 0), units_iv);
  event = item_at (p, 4, 0);
  assert_date (&event->start_date, 2, 11, 2023);

  briefing = item_at (p, 5, 0);
  g_assert_cmpint (briefing->kind, ==, CT_ITEM_RECURRING);
  g_assert_cmpstr (briefing->title, ==, "Giao ban Thường trực Huyện ủy");
  g_assert_cmpint (briefing->day_part, ==, CT_DAY_PART_MORNING);
  assert_occurrences (p, briefing, fridays, 10);

  g_assert_cmpuint (p->recipients->len, ==, 5);
  for (guint i = 0; i < 3; i++)
    assert_recipient (p, i, "báo cáo");
  assert_recipient (p, 3, "để biết");
  assert_recipient (p, 4, NULL);
  g_assert_cmpstr (((CtRecipient *) g_ptr_array_index (p->recipients, 2))->text, ==,
                   "Đ/c Lê Thị Hoa - Phó Trưởng Ban Tổ chức Tỉnh ủy");
  g_assert_cmpstr (p->archive_line, ==, "Lưu Văn phòng Huyện ủy");
  ct_test_assert_authorities (p, "T/M BAN THƯỜNG VỤ");
  g_assert_cmpstr (p->signer_title, ==, "PHÓ BÍ THƯ");
  g_assert_cmpstr (p->signer_name, ==, "Hoàng Văn Sơn");

  g_assert_cmpuint (warnings->len, ==, 4);
  g_assert_cmpuint (warning_at (warnings, 0)->line, ==, line_of (text, "IV. ", 1));
  g_assert_cmpstr (warning_at (warnings, 0)->message, ==,
                   "26/10/2023 is a “thứ Năm”, not a “thứ Tư” as written; the weekday is "
                   "computed from the date.");
  g_assert_cmpuint (warning_at (warnings, 1)->line, ==, line_of (text, "5. ", 2));
  g_assert_cmpstr (warning_at (warnings, 1)->message, ==,
                   "Agenda item numbered 5 where 4 was expected: it is printed as 4. Check "
                   "that no item is missing or repeated.");
  g_assert_cmpuint (warning_at (warnings, 2)->line, ==,
                    line_of (text, "(Ban Tuyên giáo Huyện ủy chuẩn bị nội dung 3,5)", 1));
  g_assert_cmpstr (warning_at (warnings, 2)->message, ==,
                   "The preparation note names items 3, 5 as written; the agenda is printed "
                   "numbered from its positions, so these items are printed as 3, 4 and the "
                   "note as prepared by Ban Tuyên giáo Huyện ủy for 3, 4. Check the note.");
  g_assert_cmpuint (warning_at (warnings, 3)->line, ==, line_of (text, "V. ", 1));
  g_assert_cmpstr (warning_at (warnings, 3)->message, ==,
                   "The date 02/11/2023 is outside the programme's period.");
}

/* Importing a rendered programme gives the same programme back: the text renderer and
 * the importer agree on every shape. */
static void
assert_render_import_render (CtProgramme *p)
{
  g_autofree char *first = ct_programme_render_text (p);
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CtProgramme) back = ct_import_text (first, -1, &warnings, &error);
  g_autofree char *second = NULL;

  g_assert_no_error (error);
  second = ct_programme_render_text (back);
  g_assert_cmpstr (second, ==, first);
}

/* A State programme (NĐ 30/2020): quarter period, "Số: 15/CTr-UBND", nested events with
 * times, a multi-day event, a weekly item on two days, ";" after recipients, "TM.". */
static CtProgramme *
state_programme_new (void)
{
  CtProgramme *p = ct_programme_new ();
  CtSection *s = ct_programme_add_section (p, "Nhiệm vụ chung");
  CtItem *item;
  GDate d;

  p->style = CT_DOCUMENT_STYLE_STATE;
  p->superior_body = g_strdup ("UBND TỈNH HÀ LAM");
  p->issuing_body = g_strdup ("UBND HUYỆN BẾN ĐÁ");
  p->number = 15;
  p->body_code = g_strdup ("UBND");
  p->place_name = g_strdup ("Bến Đá");
  g_date_set_dmy (&p->issue_date, 2, 10, 2023);
  ct_programme_set_period (p, CT_PERIOD_KIND_QUARTER, 2023, 4);
  ct_section_add_item (s, ct_item_new_task ("Thu ngân sách đạt dự toán."));
  g_date_clear (&d, 1);
  g_date_set_dmy (&d, 10, 10, 2023);
  item = ct_item_new_event ("Họp UBND huyện thường kỳ", &d);
  item->day_part = CT_DAY_PART_MORNING;
  item->start_minute = 8 * 60;
  ct_item_add_agenda_item (item, "Báo cáo kinh tế - xã hội.", "Phòng Tài chính - Kế hoạch");
  ct_item_add_agenda_item (item, "Báo cáo đầu tư.", "Phòng Tài chính - Kế hoạch");
  ct_section_add_item (s, item);
  g_date_set_dmy (&d, 20, 11, 2023);
  item = ct_item_new_event ("Kiểm tra cơ sở", &d);
  g_date_set_dmy (&item->end_date, 22, 11, 2023);
  item->tentative = TRUE;
  ct_section_add_item (s, item);
  item = ct_item_new (CT_ITEM_RECURRING);
  item->title = g_strdup ("Giao ban lãnh đạo UBND huyện");
  item->weekdays = CT_WEEKDAY_MONDAY | CT_WEEKDAY_THURSDAY;
  item->day_part = CT_DAY_PART_MORNING;
  item->start_minute = 7 * 60 + 30;
  ct_section_add_item (s, item);
  ct_programme_add_recipient (p, "Sở Nội vụ", "báo cáo");
  ct_programme_add_recipient (p, "Các phòng, ban chuyên môn", NULL);
  p->archive_line = g_strdup ("Lưu: VT, VP");
  ct_programme_add_signer_authority (p, CT_SIGNING_AUTHORITY_ON_BEHALF, "ỦY BAN NHÂN DÂN");
  p->signer_title = g_strdup ("CHỦ TỊCH");
  p->signer_name = g_strdup ("Phạm Văn Tùng");
  return p;
}

static void
test_render_round_trip (void)
{
  g_autoptr(CtProgramme) p = fixture_programme_september_2023 ();
  g_autofree char *text = ct_test_read_data ("programme-wrapped.txt");
  g_autoptr(CtProgramme) wrapped = ct_import_text (text, -1, NULL, NULL);

  g_autoptr(CtProgramme) state = state_programme_new ();
  g_autofree char *state_text = ct_programme_render_text (state);
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(CtProgramme) state_back = ct_import_text (state_text, -1, &warnings, NULL);
  CtItem *timed = item_at (state_back, 0, 1);

  assert_render_import_render (p);
  assert_render_import_render (wrapped);
  assert_render_import_render (state);
  g_assert_cmpuint (warnings->len, ==, 0);
  g_assert_cmpint (state_back->style, ==, CT_DOCUMENT_STYLE_STATE);
  g_assert_cmpint (state_back->period_kind, ==, CT_PERIOD_KIND_QUARTER);
  g_assert_cmpint (state_back->period_index, ==, 4);
  g_assert_cmpstr (state_back->body_code, ==, "UBND");
  g_assert_cmpint (timed->start_minute, ==, 8 * 60);
  g_assert_cmpint (timed->day_part, ==, CT_DAY_PART_MORNING);
  assert_date (&item_at (state_back, 0, 2)->end_date, 22, 11, 2023);
  g_assert_cmpuint (item_at (state_back, 0, 3)->weekdays, ==,
                    CT_WEEKDAY_MONDAY | CT_WEEKDAY_THURSDAY);
  g_assert_cmpstr (state_back->archive_line, ==, "Lưu: VT, VP");
}

static void
assert_refused (const char *text,
                gssize      length,
                int         code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(CtProgramme) p = ct_import_text (text, length, &warnings, &error);

  g_assert_null (p);
  g_assert_null (warnings);
  g_assert_error (error, CT_IMPORT_ERROR, code);
  g_assert_true (g_str_has_suffix (error->message, "Nothing was imported."));
}

static void
test_bad_input (void)
{
  g_autofree char *big = g_malloc (CT_IMPORT_MAX_BYTES + 2);
  const char binary[] = "CHƯƠNG TRÌNH\n\0\x01\x02I. Phần một\n";
  const char utf16[] = "\xff\xfe" "C\0H\0";
  g_autoptr(GError) error = NULL;

  assert_refused ("", -1, CT_IMPORT_ERROR_EMPTY);
  assert_refused (" \n\t\r\n  \n", -1, CT_IMPORT_ERROR_EMPTY);
  assert_refused (binary, sizeof binary - 1, CT_IMPORT_ERROR_BINARY);
  /* UTF-16 is read (test-import-encoding.c): "CH" holds no programme. */
  assert_refused (utf16, sizeof utf16 - 1, CT_IMPORT_ERROR_NO_STRUCTURE);
  /* "Chương trình" in Windows-1258 / Latin-1 bytes, not UTF-8. */
  assert_refused ("Ch\xfd\xf5ng tr\xecnh\nI. M\xf4t\n", -1, CT_IMPORT_ERROR_ENCODING);
  assert_refused ("Hôm nay trời đẹp. Chúng tôi đi chơi công viên.\nBuổi chiều về nhà.\n", -1,
                  CT_IMPORT_ERROR_NO_STRUCTURE);
  assert_refused ("CHƯƠNG TRÌNH\ncông tác tháng 9 năm 2023\n-----\n", -1,
                  CT_IMPORT_ERROR_NO_STRUCTURE);
  memset (big, 'a', CT_IMPORT_MAX_BYTES + 1);
  big[CT_IMPORT_MAX_BYTES + 1] = '\0';
  assert_refused (big, CT_IMPORT_MAX_BYTES + 1, CT_IMPORT_ERROR_TOO_LARGE);

  g_assert_null (ct_import_text_file ("/nonexistent/programme.txt", NULL, &error));
  g_assert_error (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_IO);
}

/* pdftotext-style output: wrapped lines with a blank line between paragraphs only. The
 * first paragraph of item 1 ends on a full line, so only the blank line says it ends. */
static void
test_blank_line_paragraphs (void)
{
  const char *text =
    "CHƯƠNG TRÌNH\ncông tác tháng 10 năm 2023\n-----\n\nI. Nhiệm vụ trọng tâm\n\n"
    "1. Chỉ đạo thu hoạch lúa mùa và gieo trồng cây vụ đông bảo đảm đúng khung thời\n"
    "vụ; hướng dẫn nông dân liên kết tiêu thụ sản phẩm, mở rộng diện tích cây ăn quả.\n\n"
    "Đôn đốc giải ngân vốn đầu tư công, nhất là các công trình giao thông nông thôn và\n"
    "trường học.\n\n"
    "2. Bảo đảm an toàn hồ đập trong mùa mưa bão.\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(CtProgramme) p = ct_import_text (text, -1, NULL, &error);
  CtItem *first;

  g_assert_no_error (error);
  g_assert_cmpuint (section_at (p, 0)->items->len, ==, 2);
  first = item_at (p, 0, 0);
  g_assert_cmpuint (first->paragraphs->len, ==, 2);
  g_assert_true (g_str_has_suffix (g_ptr_array_index (first->paragraphs, 0), "cây ăn quả."));
  g_assert_cmpstr (g_ptr_array_index (first->paragraphs, 1), ==,
                   "Đôn đốc giải ngân vốn đầu tư công, nhất là các công trình giao thông "
                   "nông thôn và trường học.");
}

/* Word's text export leaves a few control characters (here U+001F, an optional hyphen,
 * and U+001E, a non-breaking one): they are read as spaces, not as binary data. */
static void
test_stray_controls (void)
{
  const char *text = "CHƯƠNG TRÌNH\ncông tác tháng 9 năm 2023\n-----\n"
                     "I. Nhiệm vụ\n1. Chăm lo\x1f đời sống, kinh tế\x1exã hội.\n"
                     "2. Tổ chức tốt các hoạt động kỷ niệm ngày thành lập Mặt trận.\n"
                     "3. Bảo đảm an ninh trật tự, an toàn giao thông trên địa bàn.\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(CtProgramme) p = ct_import_text (text, -1, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (g_ptr_array_index (item_at (p, 0, 0)->paragraphs, 0), ==,
                   "Chăm lo đời sống, kinh tế xã hội.");
}

/* PDF extraction puts the header's two columns side by side on one line. */
static void
test_header_columns (void)
{
  const char *text = "ĐẢNG BỘ TỈNH BẮC SƠN       ĐẢNG CỘNG SẢN VIỆT NAM\n"
                     "HUYỆN ỦY ĐỒI CHÈ   Đồi Chè, ngày 05 tháng 02 năm 2024\n"
                     "*\nSố 07-CTr/HU\nCHƯƠNG TRÌNH\ncông tác tháng 2 năm 2024\n-----\n"
                     "I. Nhiệm vụ\n1. Làm tốt công tác Tết.\n";
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CtProgramme) p = ct_import_text (text, -1, &warnings, &error);

  g_assert_no_error (error);
  g_assert_cmpint (p->style, ==, CT_DOCUMENT_STYLE_PARTY);
  g_assert_cmpstr (p->superior_body, ==, "ĐẢNG BỘ TỈNH BẮC SƠN");
  g_assert_cmpstr (p->issuing_body, ==, "HUYỆN ỦY ĐỒI CHÈ");
  g_assert_cmpstr (p->place_name, ==, "Đồi Chè");
  assert_date (&p->issue_date, 5, 2, 2024);
  g_assert_cmpuint (p->number, ==, 7);
  g_assert_cmpuint (warnings->len, ==, 1);
  g_assert_cmpstr (warning_at (warnings, 0)->message, ==,
                   "No signature block was found; fill in the signer before printing.");
}

/* Text typed with combining marks (NFD) is stored precomposed (NFC); CRLF line ends and
 * a byte-order mark are accepted. */
static void
test_nfd_input (void)
{
  /* "Hội nghị" and "Huyện" with combining marks. */
  const char *text = "\xef\xbb\xbf" "CHU\xcc\x9b\xcc\x9bO\xcc\x9bNG TRI\xcc\x80NH\r\n"
                     "co\xcc\x82ng ta\xcc\x81" "c tha\xcc\x81ng 9 na\xcc\x86m 2023\r\n-----\r\n"
                     "I. Ho\xcc\x82\xcc\xa3i nghi\xcc\xa3 Huye\xcc\x82\xcc\xa3n u\xcc\x89y: "
                     "Nga\xcc\x80y 20/9/2023 (thu\xcc\x9b\xcc\x81 Tu\xcc\x9b).\r\n";
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CtProgramme) p = ct_import_text (text, -1, &warnings, &error);
  g_autofree char *nfc = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (p->sections->len, ==, 1);
  nfc = g_utf8_normalize ("Hội nghị Huyện ủy", -1, G_NORMALIZE_NFC);
  g_assert_cmpstr (section_at (p, 0)->title, ==, nfc);
  assert_event (p, 0, 20, 9, FALSE);
}

/* Whatever the text, the importer ends, without crashing, with a programme or an error:
 * every prefix of the fixture, lines dropped, and bytes replaced. */
static void
test_robust (void)
{
  g_autofree char *text = ct_test_read_data ("programme-wrapped.txt");
  gsize len = strlen (text);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20230901);

  for (gsize cut = 0; cut < len; cut += 97)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *prefix = g_utf8_make_valid (text, cut);
      g_autoptr(CtProgramme) p = ct_import_text (prefix, -1, NULL, &error);

      g_assert_true ((p != NULL) != (error != NULL));
    }
  for (guint round = 0; round < 300; round++)
    {
      g_autofree char *mutated = g_strdup (text);
      g_autofree char *valid = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(CtProgramme) p = NULL;

      for (guint k = 0; k < 8; k++)
        {
          const char pieces[] = "()/.-:0123456789 \nIVX";
          mutated[g_rand_int_range (rand, 0, len)] = pieces[g_rand_int_range (rand, 0, sizeof pieces - 1)];
        }
      valid = g_utf8_make_valid (mutated, -1);
      p = ct_import_text (valid, -1, NULL, &error);
      g_assert_true ((p != NULL) != (error != NULL));
      if (p != NULL)
        g_free (ct_programme_render_text (p));
    }
  /* More sections than roman numerals go (3999), and more warnings than are listed. The
   * title names the period: none is ever taken from the clock. */
  {
    const char title[] = "CHƯƠNG TRÌNH công tác tháng 3 năm 2025\n";
    const gsize n = strlen ("I. Việc\n");
    g_autofree char *many = g_strnfill (sizeof title - 1 + 5000 * n, 'x');
    g_autoptr(GPtrArray) warnings = NULL;
    g_autoptr(CtProgramme) p = NULL;

    memcpy (many, title, sizeof title - 1);
    for (guint i = 0; i < 5000; i++)
      memcpy (many + sizeof title - 1 + i * n, "I. Việc\n", n);
    p = ct_import_text (many, -1, &warnings, NULL);
    g_assert_cmpuint (p->sections->len, ==, 5000);
    /* 4999 numbering warnings, 200 listed; then the two about the whole text. */
    g_assert_cmpuint (warnings->len, ==, 2 + 200 + 1);
    g_assert_cmpuint (warning_at (warnings, 2)->line, ==, 3);
    g_assert_cmpstr (warning_at (warnings, 202)->message, ==,
                     "4799 more warnings were not listed.");
    g_free (ct_programme_render_text (p));
  }
}

/* The first-run sample is shipped as text and read by the importer: it must read without
 * a single warning and render back to the same text. */
static void
test_sample (void)
{
  /* Reading the sample first makes sure the core resource is linked in and registered. */
  g_autoptr(CtProgramme) sample = ct_sample_programme_new ();
  g_autoptr(GBytes) bytes = g_resources_lookup_data ("/io/github/congtac/Congtac/core/samples/"
                                                     "programme-2026-12.txt", 0, NULL);
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CtProgramme) p = NULL;
  g_autofree char *text = NULL;
  g_autofree char *rendered = NULL;
  g_autofree char *sample_text = NULL;
  const int mondays[] = { 7, 14, 21, 28, 0 };

  g_assert_nonnull (bytes);
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  p = ct_import_text (text, -1, &warnings, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (warnings->len, ==, 0);
  rendered = ct_programme_render_text (p);
  g_assert_cmpstr (rendered, ==, text);
  sample_text = ct_programme_render_text (sample);
  g_assert_cmpstr (sample_text, ==, text);

  g_assert_cmpuint (sample->number, ==, 58);
  g_assert_cmpint (sample->period_index, ==, 12);
  ct_test_assert_authorities (sample, "T/L BAN THƯỜNG VỤ");
  g_assert_cmpuint (item_at (sample, 1, 0)->agenda->len, ==, 5);
  g_assert_cmpuint (item_at (sample, 2, 0)->agenda->len, ==, 2);
  g_assert_cmpint (item_at (sample, 3, 0)->kind, ==, CT_ITEM_RECURRING);
  {
    g_autoptr(GPtrArray) all = ct_programme_expand_occurrences (sample, NULL, NULL);
    guint n = 0;

    for (guint i = 0; i < all->len; i++)
      {
        CtOccurrence *o = g_ptr_array_index (all, i);

        if (o->item == item_at (sample, 3, 0))
          {
            g_assert_cmpint (g_date_get_day (&o->date), ==, mondays[n++]);
            g_assert_cmpint (g_date_get_year (&o->date), ==, 2026);
          }
      }
    g_assert_cmpint (mondays[n], ==, 0);
  }
}

static CtProgramme *
import_ok (const char  *text,
           GPtrArray  **warnings)
{
  g_autoptr(GError) error = NULL;
  CtProgramme *p = ct_import_text (text, -1, warnings, &error);

  g_assert_no_error (error);
  g_assert_nonnull (p);
  return p;
}

/* Imports @text as the user would with "--period": the text names no period. */
static CtProgramme *
import_for_period (const char    *text,
                   CtPeriodKind   kind,
                   int            year,
                   int            index,
                   GPtrArray    **warnings)
{
  const CtImportPeriod period = { kind, year, index };
  g_autoptr(GError) error = NULL;
  g_autoptr(CtImportReport) report = ct_import_data_for_period (text, strlen (text), NULL,
                                                                &period, &error);

  g_assert_no_error (error);
  *warnings = g_ptr_array_ref (report->warnings);
  return g_steal_pointer (&report->programme);
}

/* The warning about line @line, which must be the only one on that line. */
static const char *
warning_on (GPtrArray *warnings,
            guint      line)
{
  const char *message = NULL;

  for (guint i = 0; i < warnings->len; i++)
    if (warning_at (warnings, i)->line == line)
      {
        g_assert_null (message);
        message = warning_at (warnings, i)->message;
      }
  g_assert_nonnull (message);
  return message;
}

#define CLOSING_HEAD "ĐẢNG BỘ TỈNH HÀ LAM\nHUYỆN ỦY BẾN ĐÁ\nSố 15-CTr/HU\nBến Đá, ngày 28 tháng 9 năm 2023\n" \
  "CHƯƠNG TRÌNH\ncông tác tháng 10 năm 2023\n-----\nI. Nhiệm vụ trọng tâm\n" \
  "1. Chỉ đạo thu hoạch lúa mùa.\n"

/* What follows the closing block (an annex, a note, a list) is never read into the
 * signer's fields: it is reported with its line number. */
static void
test_after_signature (void)
{
  const char *annex = CLOSING_HEAD
    "Nơi nhận:\n- Thường trực Tỉnh ủy (báo cáo),\n- Lưu Văn phòng Huyện ủy.\n"
    "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nHoàng Văn Sơn\n\nPHỤ LỤC\n"
    "Danh sách các xã đăng ký\n1. Xã Đông Phong: hoàn thành trong tháng 10.\n"
    "2. Xã Tây Sơn: hoàn thành trong tháng 11.\n";
  /* The signature before "Nơi nhận", a numbered line after the name, a note after the
   * archive line. */
  const char *swapped = CLOSING_HEAD
    "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\nHoàng Văn Sơn\n1. Trần Văn Bình\n"
    "Nơi nhận:\n- Thường trực Tỉnh ủy,\n- Lưu Văn phòng Huyện ủy.\n"
    "Ghi chú: các xã gửi báo cáo trước ngày 25 hằng tháng.\n";
  /* No name: the line after the title is not one. */
  const char *unnamed = CLOSING_HEAD
    "T/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG\n1. Xã Đông Phong: hoàn thành trong tháng 10.\n";
  g_autoptr(GPtrArray) w1 = NULL;
  g_autoptr(GPtrArray) w2 = NULL;
  g_autoptr(GPtrArray) w3 = NULL;
  g_autoptr(CtProgramme) p1 = import_ok (annex, &w1);
  g_autoptr(CtProgramme) p2 = import_ok (swapped, &w2);
  g_autoptr(CtProgramme) p3 = import_ok (unnamed, &w3);

  ct_test_assert_authorities (p1, "T/M BAN THƯỜNG VỤ");
  g_assert_cmpstr (p1->signer_title, ==, "PHÓ BÍ THƯ");
  g_assert_cmpstr (p1->signer_name, ==, "Hoàng Văn Sơn");
  g_assert_cmpuint (p1->recipients->len, ==, 1);
  g_assert_cmpuint (w1->len, ==, 1);
  g_assert_cmpstr (warning_on (w1, line_of (annex, "PHỤ LỤC", 1)), ==,
                   "4 lines after the closing block (“Nơi nhận”, signature) were not "
                   "imported, from “PHỤ LỤC”. Copy them by hand if they are needed.");

  g_assert_cmpstr (p2->signer_title, ==, "PHÓ BÍ THƯ");
  g_assert_cmpstr (p2->signer_name, ==, "Hoàng Văn Sơn");
  g_assert_cmpuint (p2->recipients->len, ==, 1);
  g_assert_cmpstr (p2->archive_line, ==, "Lưu Văn phòng Huyện ủy");
  g_assert_cmpuint (w2->len, ==, 2);
  g_assert_cmpstr (warning_on (w2, line_of (swapped, "1. Trần", 1)), ==,
                   "1 line after the closing block (“Nơi nhận”, signature) was not "
                   "imported: “1. Trần Văn Bình”. Copy it by hand if it is needed.");
  g_assert_cmpstr (warning_on (w2, line_of (swapped, "Ghi chú", 1)), ==,
                   "1 line after the closing block (“Nơi nhận”, signature) was not "
                   "imported: “Ghi chú: các xã gửi báo cáo trước ngày 25 hằng tháng.”. "
                   "Copy it by hand if it is needed.");

  g_assert_cmpstr (p3->signer_title, ==, "CHÁNH VĂN PHÒNG");
  g_assert_null (p3->signer_name);
  g_assert_cmpuint (w3->len, ==, 1);
  g_assert_cmpstr (warning_on (w3, line_of (unnamed, "1. Xã", 1)), ==,
                   "1 line after the closing block (“Nơi nhận”, signature) was not "
                   "imported: “1. Xã Đông Phong: hoàn thành trong tháng 10.”. Copy it by "
                   "hand if it is needed.");
}

/* A date that is not certain is reported with its line and the event kept without a
 * date: never completed with the current year, never moved to a nearby day. */
static void
test_bad_dates (void)
{
  const char *text =
    "ĐẢNG BỘ TỈNH HÀ LAM\nHUYỆN ỦY BẾN ĐÁ\nSố 15-CTr/HU\n"
    "Bến Đá, ngày 31 tháng 01 năm 2023\nCHƯƠNG TRÌNH\ncông tác tháng 2 năm 2023\n-----\n"
    "I. Nhiệm vụ trọng tâm\n"
    "1. Hội nghị một: Ngày 01/01/0000.\n"
    "2. Hội nghị hai: Ngày 31/02/2023.\n"
    "3. Hội nghị ba: Ngày 0/5/2023.\n"
    "4. Hội nghị bốn: Ngày 32/1.\n"
    "5. Hội nghị năm: Ngày 29/02.\n"
    "6. Hội nghị sáu: Ngày 05/02/9999.\n"
    "7. Hội nghị bảy: Từ ngày 27/02 đến ngày 02/3/0000.\n"
    "8. Hội nghị tám: Từ ngày 20/02 đến ngày 10/02/2023.\n"
    "9. Hội nghị chín: Ngày 0-12/02/2023.\n"
    "10. Hội nghị mười: Ngày 06/02/2023 (thứ Ba).\n"
    "11. Hội nghị mười một: Từ ngày 06/02 đến ngày 08/02/2023 (thứ Hai - thứ Năm).\n"
    "12. Hội nghị mười hai: Thứ Hai, 04/02/2023.\n"
    "13. Hội nghị mười ba: Ngày 28/02.\n"
    "T/M BAN THƯỜNG VỤ\nBÍ THƯ\nHoàng Văn Sơn\n";
  const char *expected[] = {
    "The year in “01/01/0000” is not between 1900 and 2200; the event is kept without a "
    "date.",
    "“31/02/2023” is not a valid date; the event is kept without a date.",
    "“0/5/2023” is not a valid date; the event is kept without a date.",
    "“32/1” would be 32/01/2023, which is not a valid date; the event is kept without a "
    "date.",
    "“29/02” would be 29/02/2023, which is not a valid date; the event is kept without a "
    "date.",
    "The year in “05/02/9999” is not between 1900 and 2200; the event is kept without a "
    "date.",
    "The year in “27/02 đến ngày 02/3/0000” is not between 1900 and 2200; the event is "
    "kept without a date.",
    "“20/02 đến ngày 10/02/2023” ends before it starts; the event is kept without a date.",
    "“0-12/02/2023” is not a valid date; the event is kept without a date.",
    "06/02/2023 is a “thứ Hai”, not a “thứ Ba” as written; the weekday is computed from "
    "the date.",
    "08/02/2023 is a “thứ Tư”, not a “thứ Năm” as written; the weekday is computed from "
    "the date.",
  };
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(CtProgramme) p = import_ok (text, &warnings);
  CtItem *item;

  g_assert_cmpuint (warnings->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < 9; i++)
    {
      g_autofree char *number = g_strdup_printf ("%u. ", i + 1);

      item = item_at (p, 0, i);
      g_assert_cmpint (item->kind, ==, CT_ITEM_EVENT);
      g_assert_false (g_date_valid (&item->start_date));
      g_assert_false (g_date_valid (&item->end_date));
      g_assert_cmpuint (warning_at (warnings, i)->line, ==, line_of (text, number, 1));
      g_assert_cmpstr (warning_at (warnings, i)->message, ==, expected[i]);
    }
  /* A weekday that disagrees with the date: the date stands, with a warning. */
  assert_date (&item_at (p, 0, 9)->start_date, 6, 2, 2023);
  g_assert_cmpuint (warning_at (warnings, 9)->line, ==, line_of (text, "10. ", 1));
  g_assert_cmpstr (warning_at (warnings, 9)->message, ==, expected[9]);
  assert_date (&item_at (p, 0, 10)->start_date, 6, 2, 2023);
  assert_date (&item_at (p, 0, 10)->end_date, 8, 2, 2023);
  g_assert_cmpuint (warning_at (warnings, 10)->line, ==, line_of (text, "11. ", 1));
  g_assert_cmpstr (warning_at (warnings, 10)->message, ==, expected[10]);
  /* A weekday before the date is not a form the importer reads: the text stays whole. */
  item = item_at (p, 0, 11);
  g_assert_cmpint (item->kind, ==, CT_ITEM_TASK);
  g_assert_cmpstr (g_ptr_array_index (item->paragraphs, 0), ==,
                   "Hội nghị mười hai: Thứ Hai, 04/02/2023.");
  assert_date (&item_at (p, 0, 12)->start_date, 28, 2, 2023);
}

/* The header's date and the subtitle's period: a full date that is not one is reported,
 * and a date without a year is never completed from today. */
/* Times of day read as the item editor reads them: "8:30" and "8g30" too. */
static void
test_time_forms (void)
{
  const char *text =
    "ĐẢNG BỘ TỈNH HÀ LAM\nHUYỆN ỦY BẾN ĐÁ\nSố 16-CTr/HU\n"
    "Bến Đá, ngày 31 tháng 01 năm 2023\nCHƯƠNG TRÌNH\ncông tác tháng 2 năm 2023\n-----\n"
    "I. Nhiệm vụ trọng tâm\n"
    "1. Họp giao ban: 8h30, sáng ngày 06/02/2023.\n"
    "2. Họp chi bộ: 14:15, chiều ngày 07/02/2023.\n"
    "3. Họp tổ: 8g00, sáng ngày 08/02/2023.\n"
    "4. Họp ban: Từ 7 giờ 30 phút đến 11 giờ 00 phút, sáng ngày 09/02/2023.\n"
    "T/M BAN THƯỜNG VỤ\nBÍ THƯ\nHoàng Văn Sơn\n";
  const int minutes[][2] = {
    { 8 * 60 + 30, -1 }, { 14 * 60 + 15, -1 }, { 8 * 60, -1 }, { 7 * 60 + 30, 11 * 60 },
  };
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(CtProgramme) p = import_ok (text, &warnings);

  g_assert_cmpuint (warnings->len, ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (minutes); i++)
    {
      CtItem *item = item_at (p, 0, i);

      g_assert_cmpint (item->kind, ==, CT_ITEM_EVENT);
      assert_date (&item->start_date, 6 + i, 2, 2023);
      g_assert_cmpint (item->start_minute, ==, minutes[i][0]);
      g_assert_cmpint (item->end_minute, ==, minutes[i][1] < 0 ? CT_NO_TIME : minutes[i][1]);
    }
}

static void
test_bad_header_dates (void)
{
  const char *issue = "ĐẢNG BỘ TỈNH HÀ LAM\nHUYỆN ỦY BẾN ĐÁ\nSố 15-CTr/HU\n"
                      "Bến Đá, ngày 29 tháng 02 năm 2023\nCHƯƠNG TRÌNH\n"
                      "công tác tháng 13 năm 2023\n-----\nI. Nhiệm vụ\n"
                      "1. Hội nghị một: Ngày 05/10.\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\nHoàng Văn Sơn\n";
  const char *year = "ĐẢNG BỘ TỈNH HÀ LAM\nHUYỆN ỦY BẾN ĐÁ\nSố 15-CTr/HU\n"
                     "Bến Đá, ngày 05 tháng 02 năm 0000\nCHƯƠNG TRÌNH công tác năm 20233\n"
                     "-----\nI. Nhiệm vụ\n1. Hội nghị một: Ngày 05/10/2023.\n"
                     "T/M BAN THƯỜNG VỤ\nBÍ THƯ\nHoàng Văn Sơn\n";
  const CtImportPeriod october = { CT_PERIOD_KIND_MONTH, 2023, 10 };
  g_autoptr(GPtrArray) w2 = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CtImportReport) r1 = NULL;
  g_autoptr(CtProgramme) p2 = import_ok (year, &w2);
  GPtrArray *w1;

  /* No period in the subtitle and no date with a year: refused, where it once took the
   * current month from the clock. */
  g_assert_null (ct_import_data (issue, strlen (issue), NULL, &error));
  g_assert_error (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_NO_PERIOD);
  g_assert_cmpstr (error->message, ==,
                   "No period was found: the subtitle names none (e.g. “công tác tháng 3 năm "
                   "2025”) and no date with its year tells it. Write the period in the "
                   "subtitle, or give it when importing (congtac-cli import --period "
                   "2025-03). Nothing was imported.");

  /* Given the period, the rest is read, and what is wrong in it reported. */
  r1 = ct_import_data_for_period (issue, strlen (issue), NULL, &october, NULL);
  w1 = r1->warnings;
  g_assert_false (g_date_valid (&r1->programme->issue_date));
  assert_date (&item_at (r1->programme, 0, 0)->start_date, 5, 10, 2023);
  g_assert_cmpuint (w1->len, ==, 3);
  g_assert_cmpstr (warning_at (w1, 0)->message, ==,
                   "The header lacks: issue date. Fill them in before printing.");
  g_assert_cmpstr (warning_on (w1, 4), ==,
                   "“ngày 29 tháng 02 năm 2023” is not a valid date; the issue date was "
                   "left blank.");
  g_assert_cmpstr (warning_on (w1, 6), ==,
                   "The period in “công tác tháng 13 năm 2023” is not a real month or "
                   "year; it was not read.");

  g_assert_false (g_date_valid (&p2->issue_date));
  g_assert_cmpint (p2->period_year, ==, 2023);
  g_assert_cmpint (p2->period_index, ==, 10);
  assert_date (&item_at (p2, 0, 0)->start_date, 5, 10, 2023);
  g_assert_cmpstr (warning_on (w2, 4), ==,
                   "The year in “ngày 05 tháng 02 năm 0000” is not between 1900 and 2200; "
                   "the issue date was left blank.");
  g_assert_cmpstr (warning_on (w2, 5), ==,
                   "The period in “công tác năm 20233” is not a real month or year; it was "
                   "not read.");
}

/* "CHƯƠNG TRÌNH / công tác tháng 10 năm 2023 / I. Nhiệm vụ trọng tâm / 1. Chỉ đạo thu
 * hoạch lúa mùa, bảo đảm an toàn hồ đập." in TCVN3 (ABC) bytes. */
#define TCVN3_PROGRAMME "CH\xa6\xa5NG TR\x8dNH\nc\xabng t\xb8""c th\xb8ng 10 n\xa8m 2023\n" \
  "-----\nI. Nhi\xd6m v\xf4 tr\xe4ng t\xa9m\n" \
  "1. Ch\xd8 \xae\xb9o thu ho\xb9""ch l\xf3""a m\xef""a, b\xb6o \xae\xb6m an to\xb5n h\xe5 \xae\xcbp.\n"

/* Legacy Vietnamese encodings are converted when the text clearly reads as Vietnamese
 * so, and reported: TCVN3 bytes, and text typed with a TCVN3 font and copied as Unicode
 * ("c«ng t¸c"). Glyphs that read as Vietnamese in no encoding are never guessed. */
static void
test_legacy_encodings (void)
{
  g_autofree char *glyphs = g_convert (TCVN3_PROGRAMME, -1, "UTF-8", "ISO-8859-1", NULL, NULL,
                                       NULL);
  const char *mixed = "CHƯƠNG TRÌNH\ncông tác tháng 10 năm 2023\n-----\nI. Nhiệm vụ\n"
                      "1. Bảo đảm an toàn hồ đập.\n"
                      "2. ChØ ®¹o thu ho¹ch lóa mïa.\n";
  const char *unknown = "CH¤¼NG TR¿NH\nc½ng t±c th±ng 10 n²m 2023\n-----\nI. Nhi¾m v¼\n"
                        "1. Ch° ³o thu.\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) w1 = NULL;
  g_autoptr(GPtrArray) w2 = NULL;
  g_autoptr(GPtrArray) w3 = NULL;
  g_autoptr(CtProgramme) p1 = NULL;
  g_autoptr(CtProgramme) p2 = NULL;
  g_autoptr(CtProgramme) p3 = NULL;

  p1 = ct_import_text (TCVN3_PROGRAMME, -1, &w1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (section_at (p1, 0)->title, ==, "Nhiệm vụ trọng tâm");
  g_assert_cmpstr (g_ptr_array_index (item_at (p1, 0, 0)->paragraphs, 0), ==,
                   "Chỉ đạo thu hoạch lúa mùa, bảo đảm an toàn hồ đập.");
  g_assert_cmpstr (warning_at (w1, 0)->message, ==,
                   "The text was converted from TCVN3 (ABC) to Unicode; check it.");

  p2 = ct_import_text (glyphs, -1, &w2, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (g_ptr_array_index (item_at (p2, 0, 0)->paragraphs, 0), ==,
                   "Chỉ đạo thu hoạch lúa mùa, bảo đảm an toàn hồ đập.");
  g_assert_cmpstr (warning_at (w2, 0)->message, ==,
                   "The text was typed with an old Vietnamese font (TCVN3 (ABC)) and was "
                   "converted to Unicode; check it.");

  /* One paragraph pasted from an old document: converted, and reported. */
  p3 = ct_import_text (mixed, -1, &w3, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (section_at (p3, 0)->items->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (item_at (p3, 0, 1)->paragraphs, 0), ==,
                   "Chỉ đạo thu hoạch lúa mùa.");
  g_assert_cmpstr (warning_on (w3, 6), ==,
                   "This line was typed with an old Vietnamese font (TCVN3 (ABC)) and was "
                   "converted to Unicode; check it.");

  assert_refused (unknown, -1, CT_IMPORT_ERROR_ENCODING);
  g_assert_null (ct_import_text (unknown, -1, NULL, &error));
  g_assert_cmpstr (error->message, ==,
                   "The text was typed with an old Vietnamese font (TCVN3 “.VnTime” or VNI): "
                   "line 1 reads “CH¤¼NG TR¿NH”. Convert it to Unicode (for example with "
                   "Unikey’s converter) and import it again. Nothing was imported.");
}

/* Inputs no clerk means to import: each ends with a programme and a warning naming the
 * line, or with a clear error; the work stays linear in the size of the text. */
static void
test_pathological (void)
{
  const char head[] = "CHƯƠNG TRÌNH\ncông tác tháng 10 năm 2023\n-----\nI. Nhiệm vụ\n";
  const char nul[] = "CHƯƠNG TRÌNH\ncông tác tháng 10 năm 2023\n-----\nI. Nhiệm\0 vụ\n";
  g_autoptr(GString) title = g_string_new ("CHƯƠNG TRÌNH công tác tháng 10 năm 2023 ");
  g_autoptr(GString) many = g_string_new (head);
  g_autoptr(GString) huge = g_string_new ("I. ");
  g_autoptr(GPtrArray) w1 = NULL;
  g_autoptr(GPtrArray) w2 = NULL;
  g_autoptr(GPtrArray) w3 = NULL;
  g_autoptr(CtProgramme) p1 = NULL;
  g_autoptr(CtProgramme) p2 = NULL;
  g_autoptr(CtProgramme) p3 = NULL;

  /* A title line of 10 000 characters is kept whole and reported. */
  for (guint i = 0; i < 1000; i++)
    g_string_append (title, "tăng cường");
  g_string_append (title, "\n-----\nI. Nhiệm vụ\n1. Việc một.\n");
  p1 = import_ok (title->str, &w1);
  g_assert_cmpuint (g_utf8_strlen (p1->subtitle, -1), ==, 27 + 10000);
  g_assert_cmpstr (warning_on (w1, 1), ==,
                   "This line is 10040 characters long: the text may have lost its line ends. "
                   "Check that it was read as intended.");

  /* 100 000 lines: each read, the warnings about them capped. */
  for (guint i = 0; i < 100000; i++)
    g_string_append (many, "1. Việc.\n");
  p2 = import_ok (many->str, &w2);
  g_assert_cmpuint (section_at (p2, 0)->items->len, ==, 100000);
  g_assert_cmpstr (warning_at (w2, w2->len - 1)->message, ==,
                   "99799 more warnings were not listed.");

  /* A line of 1 MB without a line end. */
  for (guint i = 0; i < 1024 * 1024 / 8; i++)
    g_string_append (huge, "Việc ");
  /* (The period is given: the line names none, and none is taken from the clock.) */
  p3 = import_for_period (huge->str, CT_PERIOD_KIND_MONTH, 2023, 10, &w3);
  g_assert_cmpuint (p3->sections->len, ==, 1);
  g_assert_cmpuint (strlen (section_at (p3, 0)->title), ==, huge->len - 4);
  g_assert_cmpstr (warning_on (w3, 1), ==,
                   "This line is 655362 characters long: the text may have lost its line "
                   "ends. Check that it was read as intended.");

  assert_refused (nul, sizeof nul - 1, CT_IMPORT_ERROR_BINARY);
  assert_refused ("CHƯƠNG TRÌNH\nI. Nhi\xc3\x28m v\xe1\xbb\n", -1, CT_IMPORT_ERROR_ENCODING);
  /* No-break, wide and zero-width spaces, a vertical tab, a byte-order mark. */
  assert_refused ("\xc2\xa0\xc2\xa0\n\xe2\x80\x83\xe2\x80\x8b\n\t\v\f\r\n\xef\xbb\xbf", -1,
                  CT_IMPORT_ERROR_EMPTY);
}

int
main (int    argc,
      char **argv)
{
  ct_test_init (&argc, &argv);
  g_test_add_func ("/import/seed/structure", test_seed_structure);
  g_test_add_func ("/import/seed/round-trip", test_seed_round_trip);
  g_test_add_func ("/import/wrapped-fixture", test_wrapped_fixture);
  g_test_add_func ("/import/render-round-trip", test_render_round_trip);
  g_test_add_func ("/import/bad-input", test_bad_input);
  g_test_add_func ("/import/header-columns", test_header_columns);
  g_test_add_func ("/import/stray-controls", test_stray_controls);
  g_test_add_func ("/import/blank-line-paragraphs", test_blank_line_paragraphs);
  g_test_add_func ("/import/nfd-input", test_nfd_input);
  g_test_add_func ("/import/robust", test_robust);
  g_test_add_func ("/import/sample", test_sample);
  g_test_add_func ("/import/after-signature", test_after_signature);
  g_test_add_func ("/import/bad-dates", test_bad_dates);
  g_test_add_func ("/import/bad-header-dates", test_bad_header_dates);
  g_test_add_func ("/import/time-forms", test_time_forms);
  g_test_add_func ("/import/legacy-encodings", test_legacy_encodings);
  g_test_add_func ("/import/pathological", test_pathological);
  return g_test_run ();
}
