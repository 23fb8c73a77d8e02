/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <locale.h>
#include <string.h>

#include "ct-import.h"
#include "ct-render-text.h"
#include "test-util.h"

/* The shapes real programmes come in, each in a fictional text: numbered agendas under
 * numbered conferences, time-first bullet lists, two columns side by side, page numbers
 * and running headers, words broken with a hyphen, attribute lines, timings that are not
 * dates and monthly rules. */

#define TITLE "CHƯƠNG TRÌNH\ncông tác tháng 3 năm 2025\n-----\n"

static CtImportReport *
import (const char *text)
{
  g_autoptr(GError) error = NULL;
  CtImportReport *report = ct_import_data (text, strlen (text), "shape.txt", &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

static CtItem *
item_at (CtImportReport *report,
         guint           section,
         guint           i)
{
  CtSection *s = g_ptr_array_index (report->programme->sections, section);

  g_assert_cmpuint (i, <, s->items->len);
  return g_ptr_array_index (s->items, i);
}

static CtAgendaItem *
agenda_at (CtItem *item,
           guint   i)
{
  g_assert_cmpuint (i, <, item->agenda->len);
  return g_ptr_array_index (item->agenda, i);
}

/* The warnings about lines (line 0, about the text as a whole, left out), each as
 * "<line>: <message>", joined by newlines. */
static char *
line_warnings (CtImportReport *report)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < report->warnings->len; i++)
    {
      CtImportWarning *w = g_ptr_array_index (report->warnings, i);

      if (w->line > 0)
        g_string_append_printf (out, "%u: %s\n", w->line, w->message);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The rendered text from the line that starts with @from to the one before @to. */
static char *
rendered_between (CtImportReport *report,
                  const char     *from,
                  const char     *to)
{
  g_autofree char *text = ct_programme_render_text (report->programme);
  const char *start = strstr (text, from);
  const char *end;

  g_assert_nonnull (start);
  end = to ? strstr (start, to) : start + strlen (start);
  g_assert_nonnull (end);
  return g_strndup (start, end - start);
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

/* Under a numbered conference, a run "1.", "2.", "4." is its agenda, not the section's
 * items; "a)", "b)" are sub-points; each preparation note binds the items it names by
 * their written numbers, and says honestly how the printout numbers them or that an
 * item it names does not exist. */
static void
test_nested_agenda (void)
{
  const char *text =
    TITLE
    "I. Các hội nghị\n"
    "1. Hội nghị Ban Thường vụ Đảng ủy: Ngày 12/3/2025 (thứ Tư).\n"
    "1. Báo cáo tình hình sản xuất vụ xuân.\n"
    "2. Dự thảo kế hoạch kiểm tra, giám sát quý II.\n"
    "4. Tờ trình kiện toàn tổ chức cơ sở đảng.\n"
    "(Văn phòng Đảng ủy chuẩn bị nội dung 1, 2)\n"
    "(Ban Tổ chức chuẩn bị nội dung 4)\n"
    "2. Hội nghị sơ kết công tác dân vận: Ngày 20/3/2025 (thứ Năm).\n"
    "1. Báo cáo sơ kết công tác dân vận quý I.\n"
    "a) Kết quả đạt được.\n"
    "b) Tồn tại, hạn chế.\n"
    "(Ban Dân vận chuẩn bị nội dung 1, 3)\n";
  g_autoptr(CtImportReport) report = import (text);
  g_autofree char *printed = rendered_between (report, "I. Các hội nghị", NULL);
  g_autofree char *warnings = line_warnings (report);
  CtSection *s = g_ptr_array_index (report->programme->sections, 0);
  CtItem *first = item_at (report, 0, 0), *second = item_at (report, 0, 1);

  g_assert_cmpuint (s->items->len, ==, 2);
  g_assert_cmpuint (first->agenda->len, ==, 3);
  g_assert_cmpstr (agenda_at (first, 0)->preparing_unit, ==, "Văn phòng Đảng ủy");
  g_assert_cmpstr (agenda_at (first, 1)->preparing_unit, ==, "Văn phòng Đảng ủy");
  g_assert_cmpstr (agenda_at (first, 2)->text, ==, "Tờ trình kiện toàn tổ chức cơ sở đảng.");
  g_assert_cmpstr (agenda_at (first, 2)->preparing_unit, ==, "Ban Tổ chức");
  assert_date (&second->start_date, 20, 3, 2025);
  g_assert_cmpuint (second->agenda->len, ==, 1);
  g_assert_cmpuint (agenda_at (second, 0)->subpoints->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (agenda_at (second, 0)->subpoints, 1), ==,
                   "Tồn tại, hạn chế.");
  g_assert_cmpstr (agenda_at (second, 0)->preparing_unit, ==, "Ban Dân vận");
  g_assert_cmpint (report->shape, ==, CT_IMPORT_SHAPE_OUTLINE);

  g_assert_cmpstr (printed, ==,
                   "I. Các hội nghị\n"
                   "1. Hội nghị Ban Thường vụ Đảng ủy: Ngày 12/3/2025 (thứ Tư).\n"
                   "- Báo cáo tình hình sản xuất vụ xuân.\n"
                   "- Dự thảo kế hoạch kiểm tra, giám sát quý II.\n"
                   "(Văn phòng Đảng ủy chuẩn bị nội dung 1,2)\n"
                   "- Tờ trình kiện toàn tổ chức cơ sở đảng.\n"
                   "(Ban Tổ chức chuẩn bị)\n"
                   "2. Hội nghị sơ kết công tác dân vận: Ngày 20/3/2025 (thứ Năm).\n"
                   "- Báo cáo sơ kết công tác dân vận quý I.\n"
                   "a) Kết quả đạt được.\n"
                   "b) Tồn tại, hạn chế.\n"
                   "(Ban Dân vận chuẩn bị)\n"
                   "\n");
  g_assert_cmpstr (warnings, ==,
                   "8: Agenda item numbered 4 where 3 was expected: it is printed as 3. Check "
                   "that no item is missing or repeated.\n"
                   "10: The preparation note names items 4 as written; the agenda is printed "
                   "numbered from its positions, so these items are printed as 3 and the note "
                   "as prepared by Ban Tổ chức for 3. Check the note.\n"
                   "15: The preparation note names item 3, which the agenda above does not "
                   "have; no item was given to Ban Dân vận for it. Check the note.\n");
}

/* A number written twice: the note is given to the later item, and says so. */
static void
test_note_twice (void)
{
  const char *text =
    TITLE
    "I. Hội nghị Ban Chấp hành Đảng bộ xã: Ngày 27/3/2025 (thứ Năm).\n"
    "1. Báo cáo công tác tháng 3.\n"
    "2. Báo cáo công tác kiểm tra.\n"
    "2. Báo cáo công tác dân vận.\n"
    "(Văn phòng chuẩn bị nội dung 2)\n";
  g_autoptr(CtImportReport) report = import (text);
  g_autofree char *warnings = line_warnings (report);
  CtItem *event = item_at (report, 0, 0);

  g_assert_null (agenda_at (event, 1)->preparing_unit);
  g_assert_cmpstr (agenda_at (event, 2)->preparing_unit, ==, "Văn phòng");
  g_assert_cmpstr (warnings, ==,
                   "7: Agenda item numbered 2 where 3 was expected: it is printed as 3. Check "
                   "that no item is missing or repeated.\n"
                   "8: The preparation note names item numbers written twice in the agenda "
                   "above (2); it was given to the later ones, printed as 3. Check the "
                   "note.\n");
}

/* Undated bullets right under a section heading are that section's tasks, each its own,
 * without its dash; under an event they stay its agenda. */
static void
test_bullets_under_heading (void)
{
  const char *text =
    TITLE
    "I. Hội nghị giao ban: ngày 12/3/2025.\n"
    "- Báo cáo tiến độ thu ngân sách.\n"
    "II. Các nhiệm vụ khác\n"
    "- Chỉ đạo thu hoạch lúa vụ chiêm xuân.\n"
    "- Đôn đốc giải quyết kiến nghị của cử tri.\n";
  g_autoptr(CtImportReport) report = import (text);
  CtSection *other = g_ptr_array_index (report->programme->sections, 1);
  CtItem *meeting = item_at (report, 0, 0);

  g_assert_cmpuint (meeting->agenda->len, ==, 1);
  g_assert_cmpuint (other->items->len, ==, 2);
  g_assert_cmpint (item_at (report, 1, 0)->kind, ==, CT_ITEM_TASK);
  g_assert_cmpstr (item_at (report, 1, 0)->paragraphs->pdata[0], ==,
                   "Chỉ đạo thu hoạch lúa vụ chiêm xuân.");
  g_assert_cmpstr (item_at (report, 1, 1)->paragraphs->pdata[0], ==,
                   "Đôn đốc giải quyết kiến nghị của cử tri.");
}

/* Time-first bullets are events, their "+ " lines agenda items or attributes, and a
 * bullet without a date a task of its own; "(X chuẩn bị)" ends a bullet with its unit. */
static void
test_bullets (void)
{
  const char *text =
    TITLE
    "I. Tuần thứ nhất\n"
    "- 07h30 ngày 04/3/2025 (thứ Ba): Chào cờ đầu tuần tại hội trường.\n"
    "- Ngày 05/3: Hội nghị giao ban khối nội chính (Văn phòng chuẩn bị).\n"
    "+ Chủ trì: Đồng chí Bí thư.\n"
    "+ Báo cáo kết quả tháng 2 (Công an xã chuẩn bị).\n"
    "+ Phương hướng tháng 3.\n"
    "- Rà soát hồ sơ thi đua cuối quý.\n";
  g_autoptr(CtImportReport) report = import (text);
  CtSection *s = g_ptr_array_index (report->programme->sections, 0);
  CtItem *flag = item_at (report, 0, 0), *meeting = item_at (report, 0, 1);
  CtItem *task = item_at (report, 0, 2);

  g_assert_cmpint (report->shape, ==, CT_IMPORT_SHAPE_BULLETS);
  g_assert_cmpuint (s->items->len, ==, 3);
  g_assert_cmpint (flag->kind, ==, CT_ITEM_EVENT);
  g_assert_cmpstr (flag->title, ==, "Chào cờ đầu tuần tại hội trường");
  assert_date (&flag->start_date, 4, 3, 2025);
  g_assert_cmpint (flag->start_minute, ==, 7 * 60 + 30);
  g_assert_cmpstr (meeting->title, ==, "Hội nghị giao ban khối nội chính");
  assert_date (&meeting->start_date, 5, 3, 2025);
  g_assert_cmpstr (meeting->preparing_unit, ==, "Văn phòng");
  g_assert_cmpstr (meeting->chair, ==, "Đồng chí Bí thư");
  g_assert_cmpuint (meeting->agenda->len, ==, 2);
  g_assert_cmpstr (agenda_at (meeting, 0)->text, ==, "Báo cáo kết quả tháng 2.");
  g_assert_cmpstr (agenda_at (meeting, 0)->preparing_unit, ==, "Công an xã");
  g_assert_null (agenda_at (meeting, 1)->preparing_unit);
  g_assert_cmpint (task->kind, ==, CT_ITEM_TASK);
  g_assert_cmpstr (g_ptr_array_index (task->paragraphs, 0), ==,
                   "Rà soát hồ sơ thi đua cuối quý.");
  g_assert_cmpuint (report->unrecognised->len, ==, 0);
}

/* A PDF's two columns: the header's read as its bodies, number, place and date; the
 * closing's as the recipients, then the signature, with a purpose far right kept on its
 * recipient. */
static void
test_two_columns (void)
{
  const char *text =
    "ĐẢNG BỘ HUYỆN LÚA VÀNG\tĐẢNG CỘNG SẢN VIỆT NAM\n"
    "ĐẢNG ỦY XÃ HOA SEN        Hoa Sen, ngày 28 tháng 02 năm 2025\n"
    "*\n"
    "Số 21-CTr/ĐU\n"
    TITLE
    "I. Nhiệm vụ\n"
    "1. Làm tốt công tác chuẩn bị đại hội chi bộ.\n"
    "Nơi nhận:\tT/M ĐẢNG ỦY\n"
    "- Ban Thường vụ Huyện ủy,     (báo cáo)\n"
    "- Các chi bộ trực thuộc,\tBÍ THƯ\n"
    "- Lưu Văn phòng Đảng ủy.      Nguyễn Văn Thắm\n";
  g_autoptr(CtImportReport) report = import (text);
  CtProgramme *p = report->programme;
  g_autofree char *warnings = line_warnings (report);
  CtRecipient *first;

  g_assert_cmpstr (p->superior_body, ==, "ĐẢNG BỘ HUYỆN LÚA VÀNG");
  g_assert_cmpstr (p->issuing_body, ==, "ĐẢNG ỦY XÃ HOA SEN");
  g_assert_cmpstr (p->place_name, ==, "Hoa Sen");
  assert_date (&p->issue_date, 28, 2, 2025);
  g_assert_cmpuint (p->number, ==, 21);
  g_assert_cmpuint (p->recipients->len, ==, 2);
  first = g_ptr_array_index (p->recipients, 0);
  g_assert_cmpstr (first->text, ==, "Ban Thường vụ Huyện ủy");
  g_assert_cmpstr (first->purpose, ==, "báo cáo");
  g_assert_cmpstr (p->archive_line, ==, "Lưu Văn phòng Đảng ủy");
  g_assert_cmpstr (p->signer_title, ==, "BÍ THƯ");
  g_assert_cmpstr (p->signer_name, ==, "Nguyễn Văn Thắm");
  g_assert_cmpstr (warnings, ==,
                   "10: Lines 10–13 hold two columns side by side; the left one was read as "
                   "the recipients and the right one as the signature. Check both.\n");
}

/* Page numbers and a running header fall inside a paragraph and inside a heading: they
 * are dropped, the paragraph stays whole and the heading's date survives. */
static void
test_page_numbers (void)
{
  const char *text =
    TITLE
    "I. Nhiệm vụ trọng tâm\n"
    "1. Đẩy mạnh tuyên truyền các nghị quyết của cấp trên đến\n"
    "- 2 -\n"
    "Xã Hoa Sen - Chương trình tháng 3\n"
    "toàn thể cán bộ, đảng viên trong toàn xã.\n"
    "2. Chuẩn bị các điều kiện tổ chức đại hội chi bộ nhiệm kỳ mới theo\n"
    "Trang 3/4\n"
    "Xã Hoa Sen - Chương trình tháng 3\n"
    "kế hoạch của Đảng ủy.\n"
    "II. Hội nghị tổng kết công tác năm: Dự kiến ngày\n"
    "4\n"
    "15/3/2025 (thứ Bảy).\n";
  g_autoptr(CtImportReport) report = import (text);
  g_autofree char *warnings = line_warnings (report);
  CtItem *first = item_at (report, 0, 0), *second = item_at (report, 0, 1);
  CtItem *conference = item_at (report, 1, 0);

  g_assert_cmpuint (first->paragraphs->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (first->paragraphs, 0), ==,
                   "Đẩy mạnh tuyên truyền các nghị quyết của cấp trên đến toàn thể cán bộ, "
                   "đảng viên trong toàn xã.");
  g_assert_cmpstr (g_ptr_array_index (second->paragraphs, 0), ==,
                   "Chuẩn bị các điều kiện tổ chức đại hội chi bộ nhiệm kỳ mới theo kế "
                   "hoạch của Đảng ủy.");
  g_assert_cmpstr (conference->title, ==, "Hội nghị tổng kết công tác năm");
  assert_date (&conference->start_date, 15, 3, 2025);
  g_assert_true (conference->tentative);
  g_assert_cmpstr (warnings, ==,
                   "6: Lines 6, 7, 10, 11, 14 were read as page numbers or running headers "
                   "and left out.\n");
}

/* "kinh-" at the end of a full line is a word broken by the line end; "kinh tế -" is a
 * dash and stays. */
static void
test_hyphen_wraps (void)
{
  const char *text =
    TITLE
    "I. Nhiệm vụ\n"
    "1. Tập trung lãnh đạo thực hiện các chỉ tiêu phát triển kinh-\n"
    "tế năm 2025, nhất là thu ngân sách và giải ngân vốn đầu tư.\n"
    "2. Báo cáo tình hình kinh tế -\n"
    "xã hội quý I và nhiệm vụ trọng tâm quý II của Ủy ban nhân dân xã.\n";
  g_autoptr(CtImportReport) report = import (text);
  g_autofree char *warnings = line_warnings (report);

  g_assert_cmpstr (g_ptr_array_index (item_at (report, 0, 0)->paragraphs, 0), ==,
                   "Tập trung lãnh đạo thực hiện các chỉ tiêu phát triển kinh tế năm 2025, "
                   "nhất là thu ngân sách và giải ngân vốn đầu tư.");
  g_assert_cmpstr (g_ptr_array_index (item_at (report, 0, 1)->paragraphs, 0), ==,
                   "Báo cáo tình hình kinh tế - xã hội quý I và nhiệm vụ trọng tâm quý II "
                   "của Ủy ban nhân dân xã.");
  g_assert_cmpstr (warnings, ==,
                   "5: The hyphen after “kinh” at the end of this line was read as a line "
                   "break inside “kinh tế” (continued on line 6), not as a dash; check it.\n");
}

/* Attribute lines fill the item's attributes, not its agenda, and print back as they
 * came. */
static void
test_attributes (void)
{
  const char *text =
    TITLE
    "I. Hội nghị\n"
    "1. Hội nghị triển khai nhiệm vụ quý II: Ngày 25/3/2025 (thứ Ba).\n"
    "- Chủ trì: Đồng chí Chủ tịch UBND xã.\n"
    "- Lãnh đạo dự: Thường trực Đảng ủy.\n"
    "- Thành phần: Trưởng các thôn.\n"
    "- Địa điểm: Hội trường UBND xã.\n"
    "- Cơ quan chuẩn bị: Văn phòng HĐND - UBND xã.\n"
    "- Phối hợp: Công an xã.\n"
    "LĐVP: Đ/c Trần Văn Bình.\n"
    "(Giấy mời riêng)\n"
    "- Báo cáo kết quả quý I.\n"
    "2. Rà soát hộ nghèo cuối năm.\n"
    "- Chủ trì: Ban Chính sách xã.\n";
  g_autoptr(CtImportReport) report = import (text);
  CtItem *event = item_at (report, 0, 0), *task = item_at (report, 0, 1);
  g_autofree char *printed = rendered_between (report, "1. Hội nghị", NULL);

  g_assert_cmpstr (event->chair, ==, "Đồng chí Chủ tịch UBND xã");
  g_assert_cmpstr (event->attending_leaders, ==, "Thường trực Đảng ủy");
  g_assert_cmpstr (event->participants, ==, "Trưởng các thôn");
  g_assert_cmpstr (event->location, ==, "Hội trường UBND xã");
  g_assert_cmpstr (event->preparing_unit, ==, "Văn phòng HĐND - UBND xã");
  g_assert_cmpstr (event->cooperating_units, ==, "Công an xã");
  g_assert_cmpstr (event->accompanying_officer, ==, "Đ/c Trần Văn Bình");
  g_assert_cmpstr (event->note, ==, "(Giấy mời riêng)");
  g_assert_cmpuint (event->agenda->len, ==, 1);
  g_assert_cmpstr (task->lead_unit, ==, "Ban Chính sách xã");
  g_assert_cmpuint (task->paragraphs->len, ==, 1);
  g_assert_cmpstr (printed, ==,
                   "1. Hội nghị triển khai nhiệm vụ quý II: Ngày 25/3/2025 (thứ Ba).\n"
                   "- Chủ trì: Đồng chí Chủ tịch UBND xã\n"
                   "- Lãnh đạo dự: Thường trực Đảng ủy\n"
                   "- Thành phần: Trưởng các thôn\n"
                   "- Địa điểm: Hội trường UBND xã\n"
                   "- Cơ quan chuẩn bị: Văn phòng HĐND - UBND xã\n"
                   "- Phối hợp: Công an xã\n"
                   "- LĐVP: Đ/c Trần Văn Bình\n"
                   "(Giấy mời riêng)\n"
                   "- Báo cáo kết quả quý I.\n"
                   "2. Rà soát hộ nghèo cuối năm.\n"
                   "- Đơn vị chủ trì: Ban Chính sách xã\n"
                   "\n");
}

/* Timings that are not dates are kept as written; monthly rules are recurring items. */
static void
test_vague_and_monthly (void)
{
  const char *text =
    TITLE
    "I. Hoạt động khác\n"
    "1. Hội nghị đối thoại với thanh niên: thời gian cụ thể thông báo sau.\n"
    "2. Kiểm tra công tác phòng cháy: Dự kiến trong tháng.\n"
    "3. Tập huấn nghiệp vụ văn thư: tuần 2.\n"
    "4. Giao ban Thường trực Đảng ủy ngày 05 hằng tháng\n"
    "5. Sinh hoạt chi bộ chiều thứ Hai tuần đầu tháng\n"
    "6. Họp dân các thôn thứ Sáu tuần cuối cùng hằng tháng\n"
    "7. Hội nghị sơ kết công tác dân vận 6 tháng: tháng 7/2025.\n"
    "8. Hội thao dân quân tự vệ: quý III.\n"
    "9. Báo cáo tình hình: tháng 13.\n";
  g_autoptr(CtImportReport) report = import (text);
  CtItem *review = item_at (report, 0, 6), *games = item_at (report, 0, 7);
  CtItem *wrong = item_at (report, 0, 8);
  CtItem *dialogue = item_at (report, 0, 0), *check = item_at (report, 0, 1);
  CtItem *training = item_at (report, 0, 2), *briefing = item_at (report, 0, 3);
  CtItem *cell = item_at (report, 0, 4), *village = item_at (report, 0, 5);

  g_assert_cmpint (dialogue->kind, ==, CT_ITEM_EVENT);
  g_assert_cmpstr (dialogue->title, ==, "Hội nghị đối thoại với thanh niên");
  g_assert_cmpstr (dialogue->vague_when, ==, "thời gian cụ thể thông báo sau");
  g_assert_false (g_date_valid (&dialogue->start_date));
  g_assert_cmpstr (check->vague_when, ==, "trong tháng");
  g_assert_true (check->tentative);
  g_assert_cmpstr (training->vague_when, ==, "tuần 2");
  g_assert_cmpint (briefing->kind, ==, CT_ITEM_RECURRING);
  g_assert_cmpstr (briefing->title, ==, "Giao ban Thường trực Đảng ủy");
  g_assert_cmpint (briefing->recurrence, ==, CT_RECURRENCE_MONTHLY_DAY);
  g_assert_cmpint (briefing->month_day, ==, 5);
  g_assert_cmpint (cell->recurrence, ==, CT_RECURRENCE_MONTHLY_WEEKDAY);
  g_assert_cmpstr (cell->title, ==, "Sinh hoạt chi bộ");
  g_assert_cmpuint (cell->weekdays, ==, CT_WEEKDAY_MONDAY);
  g_assert_cmpint (cell->month_week, ==, 1);
  g_assert_cmpint (cell->day_part, ==, CT_DAY_PART_AFTERNOON);
  g_assert_cmpint (village->recurrence, ==, CT_RECURRENCE_MONTHLY_WEEKDAY);
  g_assert_cmpuint (village->weekdays, ==, CT_WEEKDAY_FRIDAY);
  g_assert_cmpint (village->month_week, ==, -1);
  g_assert_cmpint (review->kind, ==, CT_ITEM_EVENT);
  g_assert_cmpstr (review->title, ==, "Hội nghị sơ kết công tác dân vận 6 tháng");
  g_assert_cmpstr (review->vague_when, ==, "tháng 7/2025");
  g_assert_cmpstr (games->title, ==, "Hội thao dân quân tự vệ");
  g_assert_cmpstr (games->vague_when, ==, "quý III");
  /* No month 13: the line stays a task as written. */
  g_assert_cmpint (wrong->kind, ==, CT_ITEM_TASK);
  g_assert_null (wrong->vague_when);
}

/* "(báo cáo)" after a recipient's comma stands for a brace over a group of lines. On the
 * group's first line it covers two lines; between two other purposes, the lines between;
 * elsewhere the group is given by the middle-line rule and a warning says so. */
static void
test_brace_purposes (void)
{
  const char *text =
    TITLE
    "I. Nhiệm vụ\n"
    "1. Làm tốt công tác chuẩn bị đại hội chi bộ.\n"
    "Nơi nhận:\n"
    "- Thường trực Huyện ủy,\n"
    "- Văn phòng Huyện ủy,        (báo cáo)\n"
    "- Ban Tổ chức Huyện ủy,\n"
    "- Các chi bộ trực thuộc,\n"
    "- Lưu Văn phòng Đảng ủy.\n";
  const char *closed =
    TITLE
    "I. Nhiệm vụ\n"
    "1. Làm tốt công tác chuẩn bị đại hội chi bộ.\n"
    "Nơi nhận:\n"
    "- Thường trực Huyện ủy,\n"
    "- Văn phòng Huyện ủy,        (báo cáo)\n"
    "- Ban Tổ chức Huyện ủy,\n"
    "- Các chi bộ trực thuộc (thực hiện),\n"
    "- Lưu Văn phòng Đảng ủy.\n";
  g_autoptr(CtImportReport) report = import (text);
  g_autoptr(CtImportReport) report_closed = import (closed);
  g_autofree char *warnings = line_warnings (report);
  g_autofree char *warnings_closed = line_warnings (report_closed);
  CtProgramme *p = report->programme;

  g_assert_cmpuint (p->recipients->len, ==, 4);
  for (guint i = 0; i < 4; i++)
    g_assert_cmpstr (((CtRecipient *) g_ptr_array_index (p->recipients, i))->purpose, ==,
                     "báo cáo");
  g_assert_cmpstr (warnings, ==,
                   "8: “(báo cáo)” stands beside several recipients; it was given to the 4 "
                   "lines from “Thường trực Huyện ủy” to “Các chi bộ trực thuộc”. Check "
                   "which recipients it is for.\n");
  p = report_closed->programme;
  for (guint i = 0; i < 3; i++)
    g_assert_cmpstr (((CtRecipient *) g_ptr_array_index (p->recipients, i))->purpose, ==,
                     "báo cáo");
  g_assert_cmpstr (((CtRecipient *) g_ptr_array_index (p->recipients, 3))->purpose, ==,
                   "thực hiện");
  g_assert_cmpstr (warnings_closed, ==, "");
}

/* A table row in the body is never merged into the paragraph next to it. */
static void
test_table_row_apart (void)
{
  const char *text =
    TITLE
    "I. Nhiệm vụ\n"
    "1. Tổng hợp báo cáo của các thôn\n"
    "Thôn Đông\tông Lê Văn Hải\t12 hộ\n"
    "gửi về Văn phòng trước ngày 10.\n";
  g_autoptr(CtImportReport) report = import (text);
  CtItem *task = item_at (report, 0, 0);
  CtImportWarning *row;

  g_assert_cmpstr (g_ptr_array_index (task->paragraphs, 0), ==,
                   "Tổng hợp báo cáo của các thôn");
  g_assert_cmpuint (report->unrecognised->len, ==, 1);
  row = g_ptr_array_index (report->unrecognised, 0);
  g_assert_cmpuint (row->line, ==, 6);
  g_assert_cmpstr (row->message, ==, "Thôn Đông\tông Lê Văn Hải\t12 hộ");
}

/* A task's due time on its own line: a date is its end date, words its due time as
 * written, anything else or a second one shown as not read; the units after "phối hợp"
 * lose their full stop like any attribute. */
static void
test_due_time (void)
{
  const char *text =
    TITLE
    "I. Nhiệm vụ\n"
    "1. Hoàn thành cấp đổi giấy chứng nhận cho các hộ thôn Bãi Sậy.\n"
    "- Đơn vị chủ trì: Ban Địa chính; phối hợp: Trưởng thôn Bãi Sậy.\n"
    "- Thời gian hoàn thành: 28/3/2025.\n"
    "- Thời gian hoàn thành: 30/4/2025.\n"
    "2. Xây dựng kế hoạch trồng cây đầu xuân.\n"
    "- Thời gian hoàn thành: quý II năm 2025.\n"
    "3. Rà soát sổ sách kế toán của hợp tác xã.\n"
    "- Thời gian hoàn thành: sau khi có kết luận thanh tra.\n"
    "4. Cập nhật bản tin nội bộ.\n"
    "Thời gian: thường xuyên.\n"
    "5. Tổng hợp báo cáo tuần.\n"
    "Thời gian: trước ngày 25 hằng tháng.\n";
  g_autoptr(CtImportReport) report = import (text);
  CtItem *cards = item_at (report, 0, 0), *trees = item_at (report, 0, 1);
  CtItem *books = item_at (report, 0, 2);

  /* A work plan's "Thời gian:" under a task is its due time, in the words written. */
  g_assert_cmpstr (item_at (report, 0, 3)->vague_when, ==, "thường xuyên");
  g_assert_cmpuint (item_at (report, 0, 3)->paragraphs->len, ==, 1);
  g_assert_cmpstr (item_at (report, 0, 4)->vague_when, ==, "trước ngày 25 hằng tháng");
  CtImportWarning *shown;

  g_assert_cmpstr (cards->lead_unit, ==, "Ban Địa chính");
  g_assert_cmpstr (cards->cooperating_units, ==, "Trưởng thôn Bãi Sậy");
  assert_date (&cards->end_date, 28, 3, 2025);
  g_assert_cmpuint (cards->paragraphs->len, ==, 1);
  g_assert_false (g_date_valid (&trees->end_date));
  g_assert_cmpstr (trees->vague_when, ==, "quý II năm 2025");
  g_assert_cmpuint (trees->paragraphs->len, ==, 1);
  /* A second due time and words that are not a timing are shown, not guessed. */
  g_assert_null (books->vague_when);
  g_assert_false (g_date_valid (&books->end_date));
  g_assert_cmpuint (report->unrecognised->len, ==, 2);
  shown = g_ptr_array_index (report->unrecognised, 0);
  g_assert_cmpuint (shown->line, ==, 8);
  g_assert_cmpstr (shown->message, ==, "- Thời gian hoàn thành: 30/4/2025.");
  shown = g_ptr_array_index (report->unrecognised, 1);
  g_assert_cmpuint (shown->line, ==, 12);
  g_assert_cmpstr (shown->message, ==, "- Thời gian hoàn thành: sau khi có kết luận thanh tra.");
}

/* "- Nội dung:" introduces the agenda; "a)" lines start their own paragraphs even after
 * a line ending in a colon; notes name the event's or several items' units. */
static void
test_agenda_notes (void)
{
  const char *text =
    TITLE
    "I. Các cuộc họp\n"
    "1. Họp Ban Chỉ đạo phòng, chống thiên tai: Ngày 14/3/2025 (thứ Sáu).\n"
    "- Chủ trì: Đồng chí Phó Chủ tịch UBND xã.\n"
    "- Nội dung:\n"
    "+ Phương án phòng, chống lụt bão năm 2025 (Ban Chỉ huy quân sự chuẩn bị):\n"
    "a) Lực lượng xung kích các thôn;\n"
    "b) Vật tư dự phòng.\n"
    "+ Kế hoạch diễn tập cứu hộ.\n"
    "2. Hội nghị tập huấn công tác hộ tịch: Ngày 19/3/2025 (thứ Tư).\n"
    "- Địa điểm: Hội trường UBND xã.\n"
    "(Công chức Tư pháp - Hộ tịch chuẩn bị)\n"
    "3. Họp Hội đồng thi đua xã: Ngày 26/3/2025 (thứ Tư).\n"
    "1. Xét thi đua năm 2024.\n"
    "2. Kế hoạch thi đua năm 2025.\n"
    "(Văn phòng chuẩn bị nội dung 1; Hội Nông dân chuẩn bị nội dung 2)\n";
  g_autoptr(CtImportReport) report = import (text);
  CtItem *storm = item_at (report, 0, 0), *training = item_at (report, 0, 1);
  CtItem *merit = item_at (report, 0, 2);
  g_autofree char *warnings = line_warnings (report);
  CtAgendaItem *plan;

  g_assert_cmpuint (storm->paragraphs->len, ==, 0);
  g_assert_cmpuint (storm->agenda->len, ==, 2);
  plan = agenda_at (storm, 0);
  g_assert_cmpstr (plan->text, ==, "Phương án phòng, chống lụt bão năm 2025:");
  g_assert_cmpstr (plan->preparing_unit, ==, "Ban Chỉ huy quân sự");
  g_assert_cmpuint (plan->subpoints->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (plan->subpoints, 0), ==, "Lực lượng xung kích các thôn;");
  g_assert_cmpstr (g_ptr_array_index (plan->subpoints, 1), ==, "Vật tư dự phòng.");
  g_assert_null (agenda_at (storm, 1)->preparing_unit);
  g_assert_cmpstr (training->preparing_unit, ==, "Công chức Tư pháp - Hộ tịch");
  g_assert_cmpuint (training->paragraphs->len, ==, 0);
  g_assert_cmpstr (agenda_at (merit, 0)->preparing_unit, ==, "Văn phòng");
  g_assert_cmpstr (agenda_at (merit, 1)->preparing_unit, ==, "Hội Nông dân");
  g_assert_cmpuint (report->unrecognised->len, ==, 0);
  g_assert_cmpstr (warnings, ==, "");
}

/* A subtitle that only repeats the period with a padded month is no subtitle. */
static void
test_padded_subtitle (void)
{
  const char *padded = "CHƯƠNG TRÌNH\nCông tác tháng 02 năm 2025\n-----\nI. Nhiệm vụ\n"
                       "1. Tổng kết công tác năm.\n";
  const char *own = "CHƯƠNG TRÌNH\nCông tác tháng 02 năm 2025 của Tổ công tác\n-----\n"
                    "I. Nhiệm vụ\n1. Tổng kết công tác năm.\n";
  g_autoptr(CtImportReport) report = import (padded);
  g_autoptr(CtImportReport) kept = import (own);

  g_assert_cmpint (report->programme->period_kind, ==, CT_PERIOD_KIND_MONTH);
  g_assert_cmpint (report->programme->period_index, ==, 2);
  g_assert_cmpint (report->programme->period_year, ==, 2025);
  g_assert_null (report->programme->subtitle);
  g_assert_cmpstr (kept->programme->subtitle, ==, "Công tác tháng 02 năm 2025 của Tổ công tác");
}

/* A PDF's text: a page number centred with spaces is left out, a number and symbol
 * broken after its hyphen is joined as written, and a heading's date may follow " - ". */
static void
test_pdf_breaks (void)
{
  const char *text =
    TITLE
    "I. Nhiệm vụ\n"
    "     1. Quán triệt Kết luận số 07-\n"
    "KL/ĐU của Ban Thường vụ Đảng ủy đến các chi bộ.\n"
    "                                        2\n"
    "II. Hội nghị Ban Chấp hành Đảng bộ xã - Dự kiến ngày 24/3/2025 (thứ Hai)\n"
    "     - Báo cáo tình hình quý I.\n"
    "     (Văn phòng Đảng ủy chuẩn bị)\n";
  g_autoptr(CtImportReport) report = import (text);
  g_autofree char *warnings = line_warnings (report);
  CtItem *task = item_at (report, 0, 0), *meeting = item_at (report, 1, 0);
  CtSection *second = g_ptr_array_index (report->programme->sections, 1);

  g_assert_cmpuint (task->paragraphs->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (task->paragraphs, 0), ==,
                   "Quán triệt Kết luận số 07-KL/ĐU của Ban Thường vụ Đảng ủy đến các chi bộ.");
  g_assert_cmpstr (second->title, ==, "Hội nghị Ban Chấp hành Đảng bộ xã");
  g_assert_cmpint (meeting->kind, ==, CT_ITEM_EVENT);
  assert_date (&meeting->start_date, 24, 3, 2025);
  g_assert_true (meeting->tentative);
  g_assert_cmpuint (meeting->agenda->len, ==, 1);
  g_assert_cmpstr (agenda_at (meeting, 0)->preparing_unit, ==, "Văn phòng Đảng ủy");
  g_assert_cmpstr (warnings, ==,
                   "5: “07-” at the end of this line and “KL/ĐU” on line 6 were read as one "
                   "number and symbol, “07-KL/ĐU”; check it.\n"
                   "7: Line 7 was read as a page number or a running header and left out.\n");
}

/* Bullets that start with a timing in words, a weekly or monthly rule, or a day part and
 * a date without "ngày". */
static void
test_bullet_timings (void)
{
  const char *text =
    TITLE
    "I. Hoạt động\n"
    "- Chiều 11/3/2025 (thứ 3): Kiểm tra kho lương thực dự trữ.\n"
    "- Trong tuần: Rà soát hồ sơ hộ cận nghèo (Ban Chính sách chuẩn bị).\n"
    "- 14h00 thứ Hai hằng tuần: Giao ban lãnh đạo xã.\n"
    "- Ngày 20 hằng tháng: Họp chi bộ định kỳ.\n";
  g_autoptr(CtImportReport) report = import (text);
  CtItem *store = item_at (report, 0, 0), *files = item_at (report, 0, 1);
  CtItem *briefing = item_at (report, 0, 2), *cell = item_at (report, 0, 3);

  g_assert_cmpint (store->kind, ==, CT_ITEM_EVENT);
  g_assert_cmpstr (store->title, ==, "Kiểm tra kho lương thực dự trữ");
  assert_date (&store->start_date, 11, 3, 2025);
  g_assert_cmpint (store->day_part, ==, CT_DAY_PART_AFTERNOON);
  g_assert_cmpint (files->kind, ==, CT_ITEM_EVENT);
  g_assert_cmpstr (files->title, ==, "Rà soát hồ sơ hộ cận nghèo");
  g_assert_cmpstr (files->vague_when, ==, "Trong tuần");
  g_assert_cmpstr (files->preparing_unit, ==, "Ban Chính sách");
  g_assert_cmpint (briefing->kind, ==, CT_ITEM_RECURRING);
  g_assert_cmpstr (briefing->title, ==, "Giao ban lãnh đạo xã");
  g_assert_cmpuint (briefing->weekdays, ==, CT_WEEKDAY_MONDAY);
  g_assert_cmpint (briefing->start_minute, ==, 14 * 60);
  g_assert_cmpint (cell->recurrence, ==, CT_RECURRENCE_MONTHLY_DAY);
  g_assert_cmpint (cell->month_day, ==, 20);
  g_assert_cmpstr (cell->title, ==, "Họp chi bộ định kỳ");
  g_assert_cmpint (report->shape, ==, CT_IMPORT_SHAPE_BULLETS);
}

int
main (int    argc,
      char **argv)
{
  ct_test_init (&argc, &argv);
  g_test_add_func ("/import-shapes/nested-agenda", test_nested_agenda);
  g_test_add_func ("/import-shapes/note-twice", test_note_twice);
  g_test_add_func ("/import-shapes/bullets", test_bullets);
  g_test_add_func ("/import-shapes/two-columns", test_two_columns);
  g_test_add_func ("/import-shapes/brace-purposes", test_brace_purposes);
  g_test_add_func ("/import-shapes/page-numbers", test_page_numbers);
  g_test_add_func ("/import-shapes/hyphen-wraps", test_hyphen_wraps);
  g_test_add_func ("/import-shapes/attributes", test_attributes);
  g_test_add_func ("/import-shapes/vague-and-monthly", test_vague_and_monthly);
  g_test_add_func ("/import-shapes/table-row-apart", test_table_row_apart);
  g_test_add_func ("/import-shapes/due-time", test_due_time);
  g_test_add_func ("/import-shapes/bullets-under-heading", test_bullets_under_heading);
  g_test_add_func ("/import-shapes/agenda-notes", test_agenda_notes);
  g_test_add_func ("/import-shapes/padded-subtitle", test_padded_subtitle);
  g_test_add_func ("/import-shapes/pdf-breaks", test_pdf_breaks);
  g_test_add_func ("/import-shapes/bullet-timings", test_bullet_timings);
  return g_test_run ();
}
