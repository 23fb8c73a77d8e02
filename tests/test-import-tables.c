/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "ct-import.h"
#include "test-util.h"

/* Tables, weekly schedules, the refusal of text that is no programme, and the period:
 * named by the text, else told by its dates, else given, never taken from the clock. The
 * texts are fictional. */

#define EVENT_TABLE \
  "ỦY BAN NHÂN DÂN\nHUYỆN SÔNG MÂY\nCHƯƠNG TRÌNH\ncông tác tháng 3 năm 2025\n-----\n" \
  "STT\tNgày\tThời gian\tNội dung\tChủ trì\tĐịa điểm\n" \
  "I\tCÔNG TÁC TRỌNG TÂM\t\t\t\t\n" \
  "1\t03/3/2025\t7 giờ 30\tChào cờ đầu tháng\tĐ/c Chủ tịch UBND huyện\tHội trường UBND huyện\n" \
  "2\t05/3\tChiều\tHọp giao ban khối nội chính\tĐ/c Lê Văn Bình\tPhòng họp số 2\n" \
  "\t\t\tvà nghe báo cáo an ninh trật tự\t\t\n" \
  "II\tCÔNG TÁC KHÁC\t\t\t\t\n" \
  "3\t10/3/2025 (thứ Ba)\t14h00 - 16h30\tTiếp công dân định kỳ\tĐ/c Chủ tịch UBND huyện\t" \
  "Trụ sở Tiếp công dân\n" \
  "4\tTrong tháng\t\tKiểm tra cải cách hành chính\tĐ/c Lê Văn Bình\tCác xã, thị trấn\n"

#define WORK_PLAN \
  "CHƯƠNG TRÌNH\ncông tác năm 2025\n-----\n" \
  "| TT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành |\n" \
  "|---|---|---|---|---|\n" \
  "| I | CÔNG TÁC XÂY DỰNG CHÍNH QUYỀN | | | |\n" \
  "| 1 | Tổng kết cải cách hành chính | Phòng Nội vụ | Văn phòng HĐND và UBND | Quý IV |\n" \
  "| 2 | Rà soát quy hoạch sử dụng đất | Phòng Tài nguyên và Môi trường | UBND các xã | " \
  "Tháng 11 |\n" \
  "| 3 | Báo cáo kinh tế - xã hội | Phòng Tài chính - Kế hoạch | Các phòng chuyên môn | " \
  "Trước 15/12 |\n" \
  "| | | | Chi cục Thống kê | |\n" \
  "| 4 | Kiểm tra công vụ | Phòng Nội vụ | | Thường xuyên |\n" \
  "| 5 | Trình đề án phát triển du lịch | Phòng Văn hóa và Thông tin | | 30/6/2025 |\n"

#define WEEK_PROSE \
  "ỦY BAN NHÂN DÂN\nHUYỆN SÔNG MÂY\nLỊCH CÔNG TÁC TUẦN\n" \
  "Của Chủ tịch, các Phó Chủ tịch UBND huyện\n" \
  "(Tuần 10, từ ngày 03/3/2025 đến ngày 09/3/2025)\n" \
  "THỨ HAI (03/3)\n" \
  "Sáng:\n" \
  "- 7 giờ 30: Chào cờ đầu tuần. Địa điểm: Sân trụ sở UBND huyện.\n" \
  "- 8 giờ 30: Họp Thường trực UBND huyện. Chủ trì: Đ/c Trần Minh Khoa, Chủ tịch UBND huyện; " \
  "Thành phần: các Phó Chủ tịch; Chuẩn bị: Văn phòng HĐND và UBND huyện.\n" \
  "Chiều: 14h00: Làm việc với xã Bình An về nông thôn mới (LĐVP: Đ/c Ngô Thị Hạnh).\n" \
  "Thứ Tư, ngày 05/3/2025\n" \
  "- Sáng: Kiểm tra công trình thủy lợi Hồ Đá Bàn.\n" \
  "Chủ trì: Đ/c Lê Văn Bình\n" \
  "- 14 giờ 00: Tiếp công dân định kỳ. Địa điểm: Trụ sở Tiếp công dân huyện.\n" \
  "Lịch này thay giấy mời.\n"

#define WEEK_TABLE \
  "UBND HUYỆN SÔNG MÂY\nLỊCH LÀM VIỆC\nCủa lãnh đạo UBND huyện\n" \
  "(Tuần 11, từ ngày 10/3/2025 đến ngày 16/3/2025)\n" \
  "Thứ/Ngày\tBuổi\tNội dung\tChủ trì\tThành phần\tĐịa điểm\tChuẩn bị\n" \
  "Thứ Hai\tSáng\tGiao ban lãnh đạo UBND huyện\tĐ/c Chủ tịch\tCác Phó Chủ tịch\tPhòng họp số " \
  "1\tVăn phòng\n" \
  "10/3\t\t\t\t\t\t\n" \
  "\tChiều\tHọp Ban chỉ đạo chuyển đổi số\tĐ/c Lê Văn Bình\tThành viên Ban chỉ đạo\tPhòng họp " \
  "số 2\tPhòng Văn hóa và Thông tin\n" \
  "Thứ Tư, 12/3\t8h00\tDự hội nghị tổng kết ngành giáo dục\tĐ/c Đỗ Thu Trang\t\tTrung tâm Hội " \
  "nghị huyện\tPhòng Giáo dục và Đào tạo\n" \
  "\t\tvà trao thưởng học sinh giỏi\t\t\t\t\n" \
  "\t14h00\tTiếp công dân\tĐ/c Chủ tịch\t\tTrụ sở Tiếp công dân\t\n"

#define EVENT_TABLE_ROWS \
  "ỦY BAN NHÂN DÂN\nXÃ SUỐI NGỌT\nCHƯƠNG TRÌNH\ncông tác tháng 4 năm 2025\n-----\n" \
  "I. LỊCH HỌP\n" \
  "Ngày\tThời gian\tNội dung\tChủ trì\tĐịa điểm\n" \
  "07/4 (thứ Hai)\t14h00\tHọp bàn kế hoạch trồng cây\tĐ/c Chủ tịch UBND xã\tPhòng họp UBND xã\n" \
  "\t\t(Văn phòng UBND xã chuẩn bị)\t\t\n" \
  "10/4 - 11/4\tCả ngày\tKiểm tra đê bao mùa lũ\tĐ/c Phó Chủ tịch UBND xã\tCác thôn ven sông\n" \
  "Dự kiến 18/4 (thứ Sáu)\tChiều\tHọp thành viên UBND xã\tĐ/c Chủ tịch UBND xã\tPhòng họp " \
  "UBND xã\n" \
  "\t\t(Giấy mời riêng)\t\t\n" \
  "Trong tháng\t\tRà soát hộ nghèo\tĐ/c Phó Chủ tịch UBND xã\tCác thôn\n" \
  "25/4 - 22/4\tSáng\tDiễn tập phòng cháy\tĐ/c Chủ tịch UBND xã\tChợ xã\n" \
  "\n" \
  "II. CÁC NHIỆM VỤ KHÁC\n" \
  "1. Đôn đốc thu thuế đất phi nông nghiệp.\n" \
  "2. Hoàn thiện hồ sơ xã an toàn thực phẩm.\n"

#define WORK_PLAN_PARAGRAPHS \
  "CHƯƠNG TRÌNH\ncông tác năm 2025\n-----\n" \
  "TT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian hoàn thành\n" \
  "1\tKiểm kê kho lưu trữ\tVăn phòng\tPhòng Nội vụ\tTháng 5\n" \
  "\tLập danh mục hồ sơ hết hạn\t\t\t\n" \
  "\tvà đề nghị tiêu hủy\t\t\t\n"

#define WEEK_NOTES \
  "UBND HUYỆN SÔNG MÂY\nLỊCH CÔNG TÁC TUẦN\nCủa lãnh đạo UBND huyện\n" \
  "(Tuần 12, từ ngày 17/3/2025 đến ngày 23/3/2025)\n" \
  "LỊCH NÀY THAY GIẤY MỜI\n" \
  "THỨ BA (18/3/2025)\n" \
  "Chiều:\n" \
  "- 14h00: Họp Ban chỉ đạo phòng chống thiên tai (Phòng Nông nghiệp chuẩn bị). Địa điểm: " \
  "Phòng họp số 3.\n" \
  "- 16h00: Gặp mặt doanh nghiệp tiêu biểu (Giấy mời riêng).\n" \
  "THỨ SÁU (21/3/2025)\n" \
  "Sáng: Phó Chủ tịch Đỗ Thu Trang làm việc tại cơ quan.\n" \
  "- 15h00: Tiếp đoàn công tác của tỉnh.\n"

static CtImportReport *
import_ok (const char *text)
{
  g_autoptr(GError) error = NULL;
  CtImportReport *report = ct_import_data (text, strlen (text), NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

static void
assert_refused (const char    *text,
                CtImportError  code,
                const char    *message)
{
  g_autoptr(GError) error = NULL;

  g_assert_null (ct_import_data (text, strlen (text), NULL, &error));
  g_assert_error (error, CT_IMPORT_ERROR, (int) code);
  g_assert_cmpstr (error->message, ==, message);
}

static CtSection *
section_at (CtProgramme *p,
            guint        i)
{
  g_assert_cmpuint (i, <, p->sections->len);
  return g_ptr_array_index (p->sections, i);
}

static CtItem *
item_at (CtProgramme *p,
         guint        section,
         guint        i)
{
  CtSection *s = section_at (p, section);

  g_assert_cmpuint (i, <, s->items->len);
  return g_ptr_array_index (s->items, i);
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

/* The warning on @line with @message is there. */
static void
assert_warning (CtImportReport *report,
                guint           line,
                const char     *message)
{
  for (guint i = 0; i < report->warnings->len; i++)
    {
      CtImportWarning *w = g_ptr_array_index (report->warnings, i);

      if (w->line == line && g_strcmp0 (w->message, message) == 0)
        return;
    }
  g_error ("no warning on line %u: %s", line, message);
}

static void
assert_period (CtProgramme  *p,
               CtPeriodKind  kind,
               int           year,
               int           index)
{
  g_assert_cmpint (p->period_kind, ==, kind);
  g_assert_cmpint (p->period_year, ==, year);
  g_assert_cmpint (p->period_index, ==, index);
}

/* Ngày | Thời gian | Nội dung | Chủ trì | Địa điểm: events, roman rows as sections, a
 * row of an empty day and time continuing the title above, STT left out. */
static void
test_event_table (void)
{
  g_autoptr(CtImportReport) r = import_ok (EVENT_TABLE);
  CtProgramme *p = r->programme;
  CtItem *item;

  g_assert_cmpint (r->shape, ==, CT_IMPORT_SHAPE_EVENT_TABLE);
  g_assert_cmpuint (r->unrecognised->len, ==, 0);
  g_assert_cmpfloat (r->confidence, ==, 1.0);
  assert_period (p, CT_PERIOD_KIND_MONTH, 2025, 3);
  g_assert_cmpuint (p->sections->len, ==, 2);
  g_assert_cmpstr (section_at (p, 0)->title, ==, "CÔNG TÁC TRỌNG TÂM");
  g_assert_cmpstr (section_at (p, 1)->title, ==, "CÔNG TÁC KHÁC");
  g_assert_cmpuint (section_at (p, 0)->items->len, ==, 2);
  g_assert_cmpuint (section_at (p, 1)->items->len, ==, 2);

  item = item_at (p, 0, 0);
  g_assert_cmpint (item->kind, ==, CT_ITEM_EVENT);
  g_assert_cmpstr (item->title, ==, "Chào cờ đầu tháng");
  assert_date (&item->start_date, 3, 3, 2025);
  g_assert_cmpint (item->start_minute, ==, 7 * 60 + 30);
  g_assert_cmpstr (item->chair, ==, "Đ/c Chủ tịch UBND huyện");
  g_assert_cmpstr (item->location, ==, "Hội trường UBND huyện");

  item = item_at (p, 0, 1);
  g_assert_cmpstr (item->title, ==, "Họp giao ban khối nội chính và nghe báo cáo an ninh trật tự");
  assert_date (&item->start_date, 5, 3, 2025);
  g_assert_cmpint (item->day_part, ==, CT_DAY_PART_AFTERNOON);
  g_assert_cmpint (item->start_minute, ==, CT_NO_TIME);
  g_assert_cmpstr (item->chair, ==, "Đ/c Lê Văn Bình");

  item = item_at (p, 1, 0);
  g_assert_cmpstr (item->title, ==, "Tiếp công dân định kỳ");
  assert_date (&item->start_date, 10, 3, 2025);
  g_assert_cmpint (item->start_minute, ==, 14 * 60);
  g_assert_cmpint (item->end_minute, ==, 16 * 60 + 30);
  /* A day cell in words is the item's timing as written, and the day above stops. */
  item = item_at (p, 1, 1);
  g_assert_cmpstr (item->title, ==, "Kiểm tra cải cách hành chính");
  g_assert_cmpstr (item->vague_when, ==, "Trong tháng");
  g_assert_false (g_date_valid (&item->start_date));
  g_assert_cmpstr (item->location, ==, "Các xã, thị trấn");
  assert_warning (r, 12, "10/3/2025 is a “thứ Hai”, not a “thứ Ba” as written; the weekday is "
                         "computed from the date.");
}

/* Nội dung | Chủ trì | Phối hợp | Thời gian hoàn thành, "|"-separated: tasks with their
 * units and due times, in words with their window or as a date. */
static void
test_work_plan (void)
{
  g_autoptr(CtImportReport) r = import_ok (WORK_PLAN);
  CtProgramme *p = r->programme;
  CtItem *item;

  g_assert_cmpint (r->shape, ==, CT_IMPORT_SHAPE_WORK_PLAN);
  g_assert_cmpuint (r->unrecognised->len, ==, 0);
  assert_period (p, CT_PERIOD_KIND_YEAR, 2025, 0);
  g_assert_cmpuint (p->sections->len, ==, 1);
  g_assert_cmpstr (section_at (p, 0)->title, ==, "CÔNG TÁC XÂY DỰNG CHÍNH QUYỀN");
  g_assert_cmpuint (section_at (p, 0)->items->len, ==, 5);

  item = item_at (p, 0, 0);
  g_assert_cmpint (item->kind, ==, CT_ITEM_TASK);
  g_assert_cmpuint (item->paragraphs->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (item->paragraphs, 0), ==, "Tổng kết cải cách hành chính");
  g_assert_cmpstr (item->lead_unit, ==, "Phòng Nội vụ");
  g_assert_cmpstr (item->cooperating_units, ==, "Văn phòng HĐND và UBND");
  g_assert_null (item->chair);
  g_assert_cmpstr (item->vague_when, ==, "Quý IV");
  assert_date (&item->start_date, 1, 10, 2025);
  assert_date (&item->end_date, 31, 12, 2025);

  item = item_at (p, 0, 1);
  g_assert_cmpstr (item->vague_when, ==, "Tháng 11");
  assert_date (&item->start_date, 1, 11, 2025);
  assert_date (&item->end_date, 30, 11, 2025);

  /* "Trước 15/12": the window ends on the 15th; a merged row adds a co-operating unit. */
  item = item_at (p, 0, 2);
  g_assert_cmpstr (item->vague_when, ==, "Trước 15/12");
  g_assert_false (g_date_valid (&item->start_date));
  assert_date (&item->end_date, 15, 12, 2025);
  g_assert_cmpstr (item->cooperating_units, ==, "Các phòng chuyên môn\nChi cục Thống kê");

  item = item_at (p, 0, 3);
  g_assert_cmpstr (item->vague_when, ==, "Thường xuyên");
  g_assert_false (g_date_valid (&item->start_date));
  g_assert_false (g_date_valid (&item->end_date));
  g_assert_null (item->cooperating_units);

  item = item_at (p, 0, 4);
  g_assert_null (item->vague_when);
  g_assert_false (g_date_valid (&item->start_date));
  assert_date (&item->end_date, 30, 6, 2025);
}

/* "LỊCH CÔNG TÁC TUẦN" in prose: the week, day headings, day parts, time-first lines and
 * attributes, on their line or the next. */
static void
test_week_prose (void)
{
  g_autoptr(CtImportReport) r = import_ok (WEEK_PROSE);
  CtProgramme *p = r->programme;
  CtItem *item;
  CtImportWarning *note;

  g_assert_cmpint (r->shape, ==, CT_IMPORT_SHAPE_WEEKLY_SCHEDULE);
  assert_period (p, CT_PERIOD_KIND_WEEK, 2025, 10);
  g_assert_cmpstr (p->subtitle, ==, "Của Chủ tịch, các Phó Chủ tịch UBND huyện");
  g_assert_cmpstr (p->issuing_body, ==, "ỦY BAN NHÂN DÂN\nHUYỆN SÔNG MÂY");
  g_assert_cmpuint (p->sections->len, ==, 2);
  g_assert_cmpstr (section_at (p, 0)->title, ==, "THỨ HAI (03/3)");
  g_assert_cmpstr (section_at (p, 1)->title, ==, "Thứ Tư, ngày 05/3/2025");
  g_assert_cmpuint (section_at (p, 0)->items->len, ==, 3);
  g_assert_cmpuint (section_at (p, 1)->items->len, ==, 2);

  item = item_at (p, 0, 0);
  g_assert_cmpstr (item->title, ==, "Chào cờ đầu tuần");
  assert_date (&item->start_date, 3, 3, 2025);
  g_assert_cmpint (item->start_minute, ==, 7 * 60 + 30);
  g_assert_cmpstr (item->location, ==, "Sân trụ sở UBND huyện");

  item = item_at (p, 0, 1);
  g_assert_cmpstr (item->title, ==, "Họp Thường trực UBND huyện");
  g_assert_cmpint (item->start_minute, ==, 8 * 60 + 30);
  g_assert_cmpstr (item->chair, ==, "Đ/c Trần Minh Khoa, Chủ tịch UBND huyện");
  g_assert_cmpstr (item->participants, ==, "các Phó Chủ tịch");
  g_assert_cmpstr (item->preparing_unit, ==, "Văn phòng HĐND và UBND huyện");

  item = item_at (p, 0, 2);
  g_assert_cmpstr (item->title, ==, "Làm việc với xã Bình An về nông thôn mới");
  assert_date (&item->start_date, 3, 3, 2025);
  g_assert_cmpint (item->day_part, ==, CT_DAY_PART_AFTERNOON);
  g_assert_cmpint (item->start_minute, ==, 14 * 60);
  g_assert_cmpstr (item->accompanying_officer, ==, "Đ/c Ngô Thị Hạnh");

  item = item_at (p, 1, 0);
  g_assert_cmpstr (item->title, ==, "Kiểm tra công trình thủy lợi Hồ Đá Bàn");
  assert_date (&item->start_date, 5, 3, 2025);
  g_assert_cmpint (item->day_part, ==, CT_DAY_PART_MORNING);
  g_assert_cmpint (item->start_minute, ==, CT_NO_TIME);
  g_assert_cmpstr (item->chair, ==, "Đ/c Lê Văn Bình");

  item = item_at (p, 1, 1);
  g_assert_cmpstr (item->title, ==, "Tiếp công dân định kỳ");
  assert_date (&item->start_date, 5, 3, 2025);
  g_assert_cmpint (item->start_minute, ==, 14 * 60);

  /* The note to readers fits no item: shown as it is, merged into none. */
  g_assert_cmpuint (r->unrecognised->len, ==, 1);
  note = g_ptr_array_index (r->unrecognised, 0);
  g_assert_cmpuint (note->line, ==, 15);
  g_assert_cmpstr (note->message, ==, "Lịch này thay giấy mời.");
  g_assert_cmpfloat (r->confidence, ==, 1.0 - 1.0 / 15);
}

/* The weekly schedule as a table: the day cell merged over its rows, a weekday cell with
 * its date on the next line, the "Buổi" column. */
static void
test_week_table (void)
{
  g_autoptr(CtImportReport) r = import_ok (WEEK_TABLE);
  CtProgramme *p = r->programme;
  CtItem *item;

  g_assert_cmpint (r->shape, ==, CT_IMPORT_SHAPE_WEEKLY_SCHEDULE);
  assert_period (p, CT_PERIOD_KIND_WEEK, 2025, 11);
  g_assert_cmpstr (p->subtitle, ==, "Của lãnh đạo UBND huyện");
  g_assert_cmpuint (r->unrecognised->len, ==, 0);
  g_assert_cmpuint (section_at (p, 0)->items->len, ==, 4);

  item = item_at (p, 0, 0);
  g_assert_cmpstr (item->title, ==, "Giao ban lãnh đạo UBND huyện");
  assert_date (&item->start_date, 10, 3, 2025);
  g_assert_cmpint (item->day_part, ==, CT_DAY_PART_MORNING);
  g_assert_cmpstr (item->chair, ==, "Đ/c Chủ tịch");
  g_assert_cmpstr (item->participants, ==, "Các Phó Chủ tịch");
  g_assert_cmpstr (item->location, ==, "Phòng họp số 1");
  g_assert_cmpstr (item->preparing_unit, ==, "Văn phòng");

  item = item_at (p, 0, 1);
  g_assert_cmpstr (item->title, ==, "Họp Ban chỉ đạo chuyển đổi số");
  assert_date (&item->start_date, 10, 3, 2025);
  g_assert_cmpint (item->day_part, ==, CT_DAY_PART_AFTERNOON);
  g_assert_cmpstr (item->preparing_unit, ==, "Phòng Văn hóa và Thông tin");

  item = item_at (p, 0, 2);
  g_assert_cmpstr (item->title, ==, "Dự hội nghị tổng kết ngành giáo dục và trao thưởng học "
                                    "sinh giỏi");
  assert_date (&item->start_date, 12, 3, 2025);
  g_assert_cmpint (item->start_minute, ==, 8 * 60);
  g_assert_null (item->participants);

  item = item_at (p, 0, 3);
  g_assert_cmpstr (item->title, ==, "Tiếp công dân");
  assert_date (&item->start_date, 12, 3, 2025);
  g_assert_cmpint (item->start_minute, ==, 14 * 60);
}

/* Rows of an event table by date: a continuation row holding only "(X chuẩn bị)" or
 * "(Giấy mời riêng)", a day range, "Dự kiến", a day in words that takes no day part from
 * the row above, a range that ends before it starts, and the prose after the table. */
static void
test_event_table_rows (void)
{
  g_autoptr(CtImportReport) r = import_ok (EVENT_TABLE_ROWS);
  CtProgramme *p = r->programme;
  CtItem *item;

  g_assert_cmpint (r->shape, ==, CT_IMPORT_SHAPE_EVENT_TABLE);
  g_assert_cmpuint (r->unrecognised->len, ==, 0);
  g_assert_cmpuint (p->sections->len, ==, 2);
  g_assert_cmpstr (section_at (p, 0)->title, ==, "LỊCH HỌP");
  g_assert_cmpuint (section_at (p, 0)->items->len, ==, 5);

  item = item_at (p, 0, 0);
  g_assert_cmpstr (item->title, ==, "Họp bàn kế hoạch trồng cây");
  g_assert_cmpstr (item->preparing_unit, ==, "Văn phòng UBND xã");
  assert_date (&item->start_date, 7, 4, 2025);

  item = item_at (p, 0, 1);
  g_assert_cmpstr (item->title, ==, "Kiểm tra đê bao mùa lũ");
  assert_date (&item->start_date, 10, 4, 2025);
  assert_date (&item->end_date, 11, 4, 2025);
  g_assert_null (item->vague_when);
  g_assert_cmpint (item->day_part, ==, CT_DAY_PART_ALL_DAY);
  g_assert_false (item->tentative);

  item = item_at (p, 0, 2);
  g_assert_cmpstr (item->title, ==, "Họp thành viên UBND xã");
  assert_date (&item->start_date, 18, 4, 2025);
  g_assert_false (g_date_valid (&item->end_date));
  g_assert_true (item->tentative);
  g_assert_cmpint (item->day_part, ==, CT_DAY_PART_AFTERNOON);
  g_assert_cmpstr (item->note, ==, "Giấy mời riêng");

  item = item_at (p, 0, 3);
  g_assert_cmpstr (item->title, ==, "Rà soát hộ nghèo");
  g_assert_cmpstr (item->vague_when, ==, "Trong tháng");
  g_assert_cmpint (item->day_part, ==, CT_DAY_PART_NONE);
  g_assert_false (item->tentative);

  item = item_at (p, 0, 4);
  g_assert_cmpstr (item->title, ==, "Diễn tập phòng cháy");
  assert_date (&item->start_date, 25, 4, 2025);
  g_assert_false (g_date_valid (&item->end_date));
  assert_warning (r, 14, "The range ends on “22/4”, before it starts; the event is kept on "
                         "its first day only. Check its dates.");

  g_assert_cmpstr (section_at (p, 1)->title, ==, "CÁC NHIỆM VỤ KHÁC");
  g_assert_cmpuint (section_at (p, 1)->items->len, ==, 2);
  item = item_at (p, 1, 0);
  g_assert_cmpint (item->kind, ==, CT_ITEM_TASK);
  g_assert_cmpuint (item->paragraphs->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (item->paragraphs, 0), ==,
                   "Đôn đốc thu thuế đất phi nông nghiệp.");
  item = item_at (p, 1, 1);
  g_assert_cmpstr (g_ptr_array_index (item->paragraphs, 0), ==,
                   "Hoàn thiện hồ sơ xã an toàn thực phẩm.");
}

/* A task's content cell of several paragraphs: a row in capitals is a new paragraph, one
 * in lowercase goes on with the line above. */
static void
test_work_plan_paragraphs (void)
{
  g_autoptr(CtImportReport) r = import_ok (WORK_PLAN_PARAGRAPHS);
  CtItem *item = item_at (r->programme, 0, 0);

  g_assert_cmpuint (section_at (r->programme, 0)->items->len, ==, 1);
  g_assert_cmpuint (item->paragraphs->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (item->paragraphs, 0), ==, "Kiểm kê kho lưu trữ");
  g_assert_cmpstr (g_ptr_array_index (item->paragraphs, 1), ==,
                   "Lập danh mục hồ sơ hết hạn và đề nghị tiêu hủy");
  g_assert_cmpstr (item->lead_unit, ==, "Văn phòng");
  g_assert_cmpstr (item->cooperating_units, ==, "Phòng Nội vụ");
}

/* A weekly schedule's word to readers under its week, a section per day, the closing
 * notes of an item, and a day part that heads only the items under it. */
static void
test_week_notes (void)
{
  g_autoptr(CtImportReport) r = import_ok (WEEK_NOTES);
  CtProgramme *p = r->programme;
  CtItem *item;

  assert_period (p, CT_PERIOD_KIND_WEEK, 2025, 12);
  g_assert_cmpstr (p->subtitle, ==, "Của lãnh đạo UBND huyện");
  g_assert_cmpstr (p->introduction, ==, "LỊCH NÀY THAY GIẤY MỜI");
  g_assert_cmpuint (r->unrecognised->len, ==, 0);
  g_assert_cmpuint (p->sections->len, ==, 2);
  g_assert_cmpstr (section_at (p, 0)->title, ==, "THỨ BA (18/3/2025)");
  g_assert_cmpstr (section_at (p, 1)->title, ==, "THỨ SÁU (21/3/2025)");
  g_assert_cmpuint (section_at (p, 0)->items->len, ==, 2);
  g_assert_cmpuint (section_at (p, 1)->items->len, ==, 2);

  item = item_at (p, 0, 0);
  g_assert_cmpstr (item->title, ==, "Họp Ban chỉ đạo phòng chống thiên tai");
  g_assert_cmpstr (item->preparing_unit, ==, "Phòng Nông nghiệp");
  g_assert_cmpstr (item->location, ==, "Phòng họp số 3");
  g_assert_cmpint (item->day_part, ==, CT_DAY_PART_AFTERNOON);
  g_assert_cmpint (item->start_minute, ==, 14 * 60);
  assert_date (&item->start_date, 18, 3, 2025);

  item = item_at (p, 0, 1);
  g_assert_cmpstr (item->title, ==, "Gặp mặt doanh nghiệp tiêu biểu");
  g_assert_cmpstr (item->note, ==, "Giấy mời riêng");
  g_assert_cmpint (item->day_part, ==, CT_DAY_PART_AFTERNOON);

  item = item_at (p, 1, 0);
  g_assert_cmpstr (item->title, ==, "Phó Chủ tịch Đỗ Thu Trang làm việc tại cơ quan");
  g_assert_cmpint (item->day_part, ==, CT_DAY_PART_MORNING);
  assert_date (&item->start_date, 21, 3, 2025);

  item = item_at (p, 1, 1);
  g_assert_cmpstr (item->title, ==, "Tiếp đoàn công tác của tỉnh");
  g_assert_cmpint (item->day_part, ==, CT_DAY_PART_NONE);
  g_assert_cmpint (item->start_minute, ==, 15 * 60);
}

/* A header row alone is no programme: refused, and never an item. */
static void
test_header_only (void)
{
  assert_refused ("CHƯƠNG TRÌNH\ncông tác tháng 3 năm 2025\n-----\n"
                  "Ngày\tThời gian\tNội dung\tChủ trì\tĐịa điểm\n",
                  CT_IMPORT_ERROR_NO_STRUCTURE,
                  "The table on line 4 has a header row but no rows under it, so there is "
                  "nothing to import. Copy the whole table and import it again. Nothing was "
                  "imported.");
}

/* Text that is not a programme is refused with the share that was read. */
static void
test_refuse_not_programme (void)
{
  assert_refused ("Meeting notes\nI. Budget review\n1. Discuss the figures: 05/3/2025.\n"
                  "II. Other business\n", CT_IMPORT_ERROR_NO_STRUCTURE,
                  "This does not look like a Vietnamese work programme: only 0% of its lines "
                  "are in Vietnamese. Nothing was imported.");
  assert_refused ("LỊCH CÔNG TÁC TUẦN\n(Tuần 10, từ ngày 03/3/2025 đến ngày 09/3/2025)\n"
                  "THỨ HAI (03/3)\n- 8h00: Giao ban đầu tuần.\n"
                  "trời hôm nay nhiều mây\nchiều mưa rào rải rác\nđêm trời lạnh\n"
                  "gió đông bắc cấp ba\nbiển động nhẹ\nsóng cao một mét\n",
                  CT_IMPORT_ERROR_NO_STRUCTURE,
                  "This does not look like a work programme: only 40% of its lines (4 of 10) "
                  "were read as sections, items, dates or attributes. Nothing was imported.");
  assert_refused ("{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times New Roman;}}\n"
                  "\\f0 CH\\u431?\\u416?NG TR\\'ccNH\n}\n", CT_IMPORT_ERROR_BINARY,
                  "This is an RTF file; open it in Word or LibreOffice and save it as .docx "
                  "or as text. Nothing was imported.");
  assert_refused ("\f1\n\f2\n\f- 3 -\n", CT_IMPORT_ERROR_NO_STRUCTURE,
                  "The text holds no words, only numbers and signs: a scanned PDF holds "
                  "pictures of its pages, not text. Import the Word file it was made from "
                  "instead. Nothing was imported.");
}

/* Typed in VNI and copied as Unicode: too few odd glyphs per line to be told by them, but
 * not one Vietnamese letter; read back as VNI, it is Vietnamese, and it is converted with
 * a warning saying so. */
static void
test_mis_encoded (void)
{
  g_autoptr(GError) error = NULL;
  const char *text = "CHÖÔNG TRÌNH\ncoâng taùc thaùng 3 naêm 2025\n-----\n"
                     "I. Coâng taùc chuyeân moân\n1. Hoïp giao ban: ngaøy 05/3/2025.\n";
  g_autoptr(CtImportReport) r = ct_import_data (text, strlen (text), NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (r->encoding, ==, "VNI");
  g_assert_cmpstr (section_at (r->programme, 0)->title, ==, "Công tác chuyên môn");
  g_assert_cmpstr (item_at (r->programme, 0, 0)->title, ==, "Họp giao ban");
  g_assert_cmpstr (((CtImportWarning *) g_ptr_array_index (r->warnings, 0))->message, ==,
                   "The text was typed with an old Vietnamese font (VNI) and was converted "
                   "to Unicode; check it.");
}

#define NO_SUBTITLE "The subtitle does not name the period (e.g. “công tác tháng 9 năm 2023”); " \
  "it was taken from the first event. Check it."

/* With no period named, the dates tell it: the month, else the quarter, else the year
 * that covers them; dates in two years, or none, are refused. Nothing depends on today. */
static void
test_period_from_dates (void)
{
  g_autoptr(CtImportReport) month = import_ok ("Ngày\tNội dung\n20/3/2025\tHọp một\n"
                                               "05/3/2025\tHọp hai\n");
  g_autoptr(CtImportReport) quarter = import_ok ("Ngày\tNội dung\n05/1/2025\tHọp một\n"
                                                 "20/3/2025\tHọp hai\n");
  g_autoptr(CtImportReport) year = import_ok ("Ngày\tNội dung\n05/3/2025\tHọp một\n"
                                              "20/11/2025\tHọp hai\n");
  g_autoptr(CtImportReport) week = import_ok ("LỊCH CÔNG TÁC TUẦN\nTHỨ HAI, NGÀY 03/3/2025\n"
                                              "- 8h00: Giao ban.\nTHỨ SÁU, NGÀY 07/3/2025\n"
                                              "- 14h00: Họp chi bộ.\n");
  g_autofree char *wrong_week = g_strdup (WEEK_PROSE);

  assert_period (month->programme, CT_PERIOD_KIND_MONTH, 2025, 3);
  assert_warning (month, 0, NO_SUBTITLE);
  assert_period (quarter->programme, CT_PERIOD_KIND_QUARTER, 2025, 1);
  assert_warning (quarter, 0, "The subtitle does not name the period; the dates run from "
                              "05/01/2025 to 20/3/2025, so it was set to the quarter that "
                              "covers them, quarter 1 of 2025. Check it.");
  assert_period (year->programme, CT_PERIOD_KIND_YEAR, 2025, 0);
  assert_warning (year, 0, "The subtitle does not name the period; the dates run from "
                           "05/3/2025 to 20/11/2025, so it was set to the year that covers "
                           "them, 2025. Check it.");
  assert_period (week->programme, CT_PERIOD_KIND_WEEK, 2025, 10);
  assert_warning (week, 0, "The schedule does not name its week (e.g. “(Tuần 10, từ ngày "
                           "03/3/2025 đến ngày 09/3/2025)”); it was taken from its dates: "
                           "week 10 of 2025. Check it.");

  assert_refused ("Ngày\tNội dung\n20/12/2024\tHọp một\n05/1/2025\tHọp hai\n",
                  CT_IMPORT_ERROR_NO_PERIOD,
                  "No period was found: the subtitle names none and the dates run from "
                  "20/12/2024 to 05/01/2025, in more than one year. Write the period in the "
                  "subtitle, or give it when importing (congtac-cli import --period 2025-03). "
                  "Nothing was imported.");
  assert_refused ("Nội dung\tChủ trì\tPhối hợp\tThời gian hoàn thành\n"
                  "Sơ kết công tác dân vận\tBan Dân vận\tMặt trận Tổ quốc\tQuý IV\n",
                  CT_IMPORT_ERROR_NO_PERIOD,
                  "No period was found: the subtitle names none (e.g. “công tác tháng 3 năm "
                  "2025”) and no date with its year tells it. Write the period in the "
                  "subtitle, or give it when importing (congtac-cli import --period "
                  "2025-03). Nothing was imported.");

  /* The week the schedule names is checked against its dates. */
  memcpy (strstr (wrong_week, "Tuần 10"), "Tuần 09", strlen ("Tuần 09"));
  {
    g_autoptr(CtImportReport) r = import_ok (wrong_week);

    assert_period (r->programme, CT_PERIOD_KIND_WEEK, 2025, 10);
    assert_warning (r, 5, "The schedule says week 9, but 03/3/2025 is in week 10 of 2025; the "
                          "week was taken from the dates. Check it.");
  }
}

/* The period the user gives: its forms, and dates without a year completed from it. */
static void
test_given_period (void)
{
  const char *text = "LỊCH CÔNG TÁC TUẦN\nTHỨ HAI (29/12)\n- 8h00: Giao ban cuối năm.\n"
                     "THỨ SÁU (02/01)\n- 8h00: Chào cờ đầu năm.\n";
  CtImportPeriod period;
  g_autoptr(GError) error = NULL;
  g_autoptr(CtImportReport) r = NULL;

  g_assert_true (ct_import_period_parse ("2025-03", &period));
  g_assert_cmpint (period.kind, ==, CT_PERIOD_KIND_MONTH);
  g_assert_cmpint (period.year, ==, 2025);
  g_assert_cmpint (period.index, ==, 3);
  g_assert_true (ct_import_period_parse ("2026-W01", &period));
  g_assert_cmpint (period.kind, ==, CT_PERIOD_KIND_WEEK);
  g_assert_cmpint (period.index, ==, 1);
  g_assert_true (ct_import_period_parse ("2025-Q4", &period));
  g_assert_cmpint (period.kind, ==, CT_PERIOD_KIND_QUARTER);
  g_assert_cmpint (period.index, ==, 4);
  g_assert_true (ct_import_period_parse ("2025", &period));
  g_assert_cmpint (period.kind, ==, CT_PERIOD_KIND_YEAR);
  g_assert_false (ct_import_period_parse ("2025-13", &period));
  g_assert_false (ct_import_period_parse ("2025-3", &period));
  g_assert_false (ct_import_period_parse ("2025-W54", &period));
  g_assert_false (ct_import_period_parse ("2025-Q5", &period));
  g_assert_false (ct_import_period_parse ("tháng 3", &period));

  /* No year is written and the text names no week: refused, then read with the week
   * given, which straddles two years. */
  assert_refused (text, CT_IMPORT_ERROR_NO_PERIOD,
                  "No period was found: the subtitle names none (e.g. “công tác tháng 3 năm "
                  "2025”) and no date with its year tells it. Write the period in the "
                  "subtitle, or give it when importing (congtac-cli import --period "
                  "2025-03). Nothing was imported.");
  g_assert_true (ct_import_period_parse ("2026-W01", &period));
  r = ct_import_data_for_period (text, strlen (text), NULL, &period, &error);
  g_assert_no_error (error);
  assert_period (r->programme, CT_PERIOD_KIND_WEEK, 2026, 1);
  assert_date (&item_at (r->programme, 0, 0)->start_date, 29, 12, 2025);
  assert_date (&item_at (r->programme, 1, 0)->start_date, 2, 1, 2026);
  g_assert_cmpuint (r->warnings->len, ==, 2);
}

/* congtac-cli import-text / import --period. */
static void
test_cli_period (void)
{
  g_autofree char *folder = ct_test_make_folder ("import-tables-XXXXXX");
  g_autofree char *db = g_build_filename (folder, "p.db", NULL);
  g_autofree char *file = g_build_filename (folder, "lich.txt", NULL);
  g_autofree char *expected = NULL;
  const char *plain[] = { "--db", db, "import-text", file, NULL };
  const char *month[] = { "--db", db, "import-text", "--period", "2025-03", file, NULL };
  const char *bad[] = { "--db", db, "import", "--period", "2025-13", file, NULL };
  const char *week[] = { "--db", db, "import", "--period", "2025-W10", file, NULL };
  char *out = NULL, *err = NULL;

  g_assert_true (g_file_set_contents (file, "Ngày\tNội dung\n05/3\tHọp một\n", -1, NULL));
  g_assert_cmpint (ct_test_run_cli (NULL, NULL, plain, &out, &err), ==, 1);
  g_assert_cmpstr (out, ==, "");
  g_assert_cmpstr (err, ==, "congtac-cli: No period was found: the subtitle names none (e.g. "
                            "“công tác tháng 3 năm 2025”) and no date with its year tells it. "
                            "Write the period in the subtitle, or give it when importing "
                            "(congtac-cli import --period 2025-03). Nothing was imported.\n");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (ct_test_run_cli (NULL, NULL, bad, &out, &err), ==, 1);
  g_assert_cmpstr (err, ==, "congtac-cli: --period 2025-13: give a month (2025-03), a week "
                            "(2025-W10), a quarter (2025-Q1) or a year (2025). Nothing was "
                            "imported.\n");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (ct_test_run_cli (NULL, NULL, month, &out, &err), ==, 0);
  g_assert_cmpstr (out, ==, "2\n");
  expected = g_strdup_printf ("%1$s: warning: The text has no “CHƯƠNG TRÌNH” title; the "
                              "document type and subtitle were not read.\n", file);
  g_assert_true (g_str_has_prefix (err, expected));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (ct_test_run_cli (NULL, NULL, week, &out, &err), ==, 0);
  g_assert_cmpstr (out, ==, "3\n");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  ct_test_remove_tree (folder);
}

int
main (int    argc,
      char **argv)
{
  g_setenv ("LANGUAGE", "C", TRUE);
  ct_test_init (&argc, &argv);
  g_test_add_func ("/import-tables/event-table", test_event_table);
  g_test_add_func ("/import-tables/work-plan", test_work_plan);
  g_test_add_func ("/import-tables/week-prose", test_week_prose);
  g_test_add_func ("/import-tables/week-table", test_week_table);
  g_test_add_func ("/import-tables/event-table-rows", test_event_table_rows);
  g_test_add_func ("/import-tables/work-plan-paragraphs", test_work_plan_paragraphs);
  g_test_add_func ("/import-tables/week-notes", test_week_notes);
  g_test_add_func ("/import-tables/header-only", test_header_only);
  g_test_add_func ("/import-tables/refuse-not-programme", test_refuse_not_programme);
  g_test_add_func ("/import-tables/mis-encoded", test_mis_encoded);
  g_test_add_func ("/import-tables/period-from-dates", test_period_from_dates);
  g_test_add_func ("/import-tables/given-period", test_given_period);
  g_test_add_func ("/import-tables/cli-period", test_cli_period);
  return g_test_run ();
}
