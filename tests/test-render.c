/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <locale.h>

#include "ct-render-text.h"
#include "fixture-programme.h"
#include "test-util.h"

/* A fictional programme covering every shape the text renderer writes. */
static CtProgramme *
fixture_new (void)
{
  CtProgramme *p = ct_programme_new ();
  CtSection *section;
  CtItem *item;
  GDate date;

  p->superior_body = g_strdup ("ĐẢNG BỘ TỈNH HÀ LAM");
  p->issuing_body = g_strdup ("HUYỆN ỦY BẾN ĐÁ");
  p->number = 7;
  p->body_code = g_strdup ("HU");
  p->place_name = g_strdup ("Bến Đá");
  g_date_set_dmy (&p->issue_date, 28, 9, 2023);
  ct_programme_set_period (p, CT_PERIOD_KIND_MONTH, 2023, 10);
  p->introduction = g_strdup ("Ban Thường vụ Huyện ủy xây dựng Chương trình công tác như sau:");

  section = ct_programme_add_section (p, "Nhiệm vụ trọng tâm");
  item = ct_item_new_task ("Chỉ đạo thu hoạch vụ mùa.");
  ct_item_add_paragraph (item, "Phòng, chống bão lũ.");
  ct_section_add_item (section, item);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 10, 10, 2023);
  item = ct_item_new_event ("Lớp bồi dưỡng đảng viên mới", &date);
  g_date_set_dmy (&item->end_date, 12, 10, 2023);
  ct_item_add_agenda_item (item, "Khai giảng", "Trung tâm Chính trị huyện");
  ct_section_add_item (section, item);

  section = ct_programme_add_section (p, "Hội nghị Ban Thường vụ Huyện ủy");
  g_date_set_dmy (&date, 17, 10, 2023);
  item = ct_item_new_event (section->title, &date);
  item->tentative = TRUE;
  ct_item_add_agenda_item (item, "Báo cáo kinh tế - xã hội.", "UBND huyện");
  ct_item_add_agenda_item (item, "Báo cáo thu ngân sách.", "UBND huyện");
  ct_item_add_agenda_item (item, "Báo cáo đầu tư công.", "UBND huyện");
  ct_item_add_agenda_item (item, "Kỷ luật đảng viên.", "UBKT Huyện ủy");
  ct_item_add_agenda_item (item, "Công tác cán bộ.", NULL);
  ct_section_add_item (section, item);

  section = ct_programme_add_section (p, "Giao ban Thường trực Huyện ủy");
  item = ct_item_new (CT_ITEM_RECURRING);
  item->title = g_strdup (section->title);
  item->weekdays = CT_WEEKDAY_MONDAY;
  item->day_part = CT_DAY_PART_MORNING;
  ct_item_add_paragraph (item, "Các cơ quan chủ động đề xuất nội dung./.");
  ct_section_add_item (section, item);

  ct_programme_add_recipient (p, "Thường trực Tỉnh ủy", "báo cáo");
  ct_programme_add_recipient (p, "Văn phòng Tỉnh ủy", "báo cáo");
  ct_programme_add_recipient (p, "Ban Tổ chức Tỉnh ủy", "báo cáo");
  ct_programme_add_recipient (p, "Các đồng chí Huyện ủy viên", "để biết");
  ct_programme_add_recipient (p, "Các chi, đảng bộ cơ sở", NULL);
  p->archive_line = g_strdup ("Lưu Văn phòng Huyện ủy");
  ct_programme_add_signer_authority (p, CT_SIGNING_AUTHORITY_ON_BEHALF, "BAN THƯỜNG VỤ");
  p->signer_title = g_strdup ("PHÓ BÍ THƯ");
  p->signer_name = g_strdup ("Hoàng Văn Sơn");
  return p;
}

static void
test_party (void)
{
  g_autoptr(CtProgramme) p = fixture_new ();
  g_autofree char *text = ct_programme_render_text (p);

  g_assert_cmpstr (text, ==,
    "ĐẢNG BỘ TỈNH HÀ LAM\n"
    "HUYỆN ỦY BẾN ĐÁ\n"
    "*\n"
    "Số 07-CTr/HU\n"
    "ĐẢNG CỘNG SẢN VIỆT NAM\n"
    "Bến Đá, ngày 28 tháng 9 năm 2023\n"
    "\n"
    "CHƯƠNG TRÌNH\n"
    "công tác tháng 10 năm 2023\n"
    "-----\n"
    "\n"
    "Ban Thường vụ Huyện ủy xây dựng Chương trình công tác như sau:\n"
    "I. Nhiệm vụ trọng tâm\n"
    "1. Chỉ đạo thu hoạch vụ mùa.\n"
    "Phòng, chống bão lũ.\n"
    "2. Lớp bồi dưỡng đảng viên mới: Từ ngày 10 đến ngày 12/10/2023.\n"
    "- Khai giảng\n"
    "(Trung tâm Chính trị huyện chuẩn bị)\n"
    "\n"
    "II. Hội nghị Ban Thường vụ Huyện ủy: Dự kiến ngày 17/10/2023 (thứ Ba).\n"
    "1. Báo cáo kinh tế - xã hội.\n"
    "2. Báo cáo thu ngân sách.\n"
    "3. Báo cáo đầu tư công.\n"
    "(UBND huyện chuẩn bị nội dung 1-3)\n"
    "4. Kỷ luật đảng viên.\n"
    "(UBKT Huyện ủy chuẩn bị)\n"
    "5. Công tác cán bộ.\n"
    "\n"
    "III. Giao ban Thường trực Huyện ủy sáng thứ Hai hằng tuần\n"
    "Các cơ quan chủ động đề xuất nội dung./.\n"
    "\n"
    "Nơi nhận:\n"
    "- Thường trực Tỉnh ủy,\n"
    "- Văn phòng Tỉnh ủy, (báo cáo)\n"
    "- Ban Tổ chức Tỉnh ủy,\n"
    "- Các đồng chí Huyện ủy viên (để biết),\n"
    "- Các chi, đảng bộ cơ sở,\n"
    "- Lưu Văn phòng Huyện ủy.\n"
    "\n"
    "T/M BAN THƯỜNG VỤ\n"
    "PHÓ BÍ THƯ\n"
    "\n"
    "Hoàng Văn Sơn\n");
}

static void
test_state_header (void)
{
  g_autoptr(CtProgramme) p = ct_programme_new ();
  g_autofree char *text = NULL;

  p->style = CT_DOCUMENT_STYLE_STATE;
  p->superior_body = g_strdup ("UBND TỈNH HÀ LAM");
  p->issuing_body = g_strdup ("UBND HUYỆN BẾN ĐÁ");
  p->number = 15;
  p->body_code = g_strdup ("UBND");
  ct_programme_set_period (p, CT_PERIOD_KIND_QUARTER, 2023, 4);
  ct_programme_add_recipient (p, "Sở Nội vụ", NULL);
  p->archive_line = g_strdup ("Lưu: VT");
  ct_programme_add_signer_authority (p, CT_SIGNING_AUTHORITY_SIGNING_FOR, "CHỦ TỊCH");
  text = ct_programme_render_text (p);
  g_assert_cmpstr (text, ==,
    "UBND TỈNH HÀ LAM\n"
    "UBND HUYỆN BẾN ĐÁ\n"
    "Số: 15/CTr-UBND\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\n"
    "\n"
    "CHƯƠNG TRÌNH\n"
    "công tác quý IV năm 2023\n"
    "-----\n"
    "\n"
    "Nơi nhận:\n"
    "- Sở Nội vụ;\n"
    "- Lưu: VT.\n"
    "\n"
    "KT. CHỦ TỊCH\n");
}

/* An agency name the user broke over two lines keeps its break; blank lines and the
 * spaces around a line are left out. */
static void
test_agency_lines (void)
{
  g_autoptr(CtProgramme) p = ct_programme_new ();
  g_autofree char *text = NULL;

  p->style = CT_DOCUMENT_STYLE_STATE;
  p->issuing_body = g_strdup ("ỦY BAN NHÂN DÂN\n\n  HUYỆN BẾN ĐÁ \n");
  ct_programme_set_period (p, CT_PERIOD_KIND_MONTH, 2023, 10);
  text = ct_programme_render_text (p);
  g_assert_cmpstr (text, ==,
    "ỦY BAN NHÂN DÂN\n"
    "HUYỆN BẾN ĐÁ\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\n"
    "\n"
    "CHƯƠNG TRÌNH\n"
    "công tác tháng 10 năm 2023\n"
    "-----\n"
    "\n");
}

/* The State fixture as a whole: a two-line issuing body, each attribute on its own line
 * under its event, "(Giấy mời riêng)", sub-points under their agenda item, vague timings
 * as written, monthly rules, tasks' units and due times, and the two authority lines. */
static void
test_state_2025 (void)
{
  g_autoptr(CtProgramme) p = fixture_programme_state_2025 ();
  g_autofree char *text = ct_programme_render_text (p);

  g_assert_cmpstr (text, ==,
    "ỦY BAN NHÂN DÂN\n"
    "HUYỆN SÔNG MÂY\n"
    "Số: 41/CTr-UBND\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\n"
    "Sông Mây, ngày 27 tháng 02 năm 2025\n"
    "\n"
    "CHƯƠNG TRÌNH\n"
    "công tác tháng 3 năm 2025\n"
    "-----\n"
    "\n"
    "I. Các cuộc họp, hội nghị\n"
    "1. Phiên họp thường kỳ Ủy ban nhân dân huyện tháng 3: 7 giờ 30, sáng ngày 14/3/2025 "
    "(thứ Sáu).\n"
    "- Chủ trì: Chủ tịch UBND huyện\n"
    "- Lãnh đạo dự: Các Phó Chủ tịch UBND huyện\n"
    "- Thành phần: Thành viên UBND huyện; Trưởng các phòng, ban\n"
    "- Địa điểm: Phòng họp số 1, UBND huyện\n"
    "- Cơ quan chuẩn bị: Văn phòng HĐND và UBND huyện\n"
    "- Phối hợp: Phòng Tài chính - Kế hoạch\n"
    "- LĐVP: Đ/c Chánh Văn phòng\n"
    "(Giấy mời riêng)\n"
    "- Báo cáo tình hình kinh tế - xã hội quý I.\n"
    "a) Kết quả thu ngân sách.\n"
    "b) Tiến độ giải ngân vốn đầu tư công.\n"
    "(Phòng Tài chính - Kế hoạch chuẩn bị)\n"
    "- Dự thảo kế hoạch phòng, chống hạn mặn.\n"
    "(Phòng Nông nghiệp và Môi trường chuẩn bị)\n"
    "2. Kiểm tra tiến độ xây dựng trường học xã Bến Đò: Tuần 3.\n"
    "- Chủ trì: Phó Chủ tịch UBND huyện Lê Thị Hạnh\n"
    "3. Làm việc với Đoàn kiểm tra của tỉnh: Thời gian cụ thể thông báo sau.\n"
    "\n"
    "II. Lịch định kỳ\n"
    "1. Tiếp công dân định kỳ của Chủ tịch UBND huyện sáng ngày 05 hằng tháng\n"
    "- Địa điểm: Trụ sở Tiếp công dân huyện\n"
    "2. Giao ban lãnh đạo UBND huyện chiều thứ Hai tuần đầu tiên hằng tháng\n"
    "\n"
    "III. Nhiệm vụ trọng tâm\n"
    "1. Hoàn thành kế hoạch chuyển đổi số của huyện năm 2025.\n"
    "- Đơn vị chủ trì: Phòng Văn hóa, Khoa học và Thông tin; phối hợp: Các cơ quan, đơn vị "
    "liên quan\n"
    "- Thời gian hoàn thành: 25/3/2025\n"
    "2. Rà soát hồ sơ đất đai tồn đọng.\n"
    "- Đơn vị chủ trì: Phòng Nông nghiệp và Môi trường\n"
    "- Thời gian hoàn thành: quý II\n"
    "\n"
    "Nơi nhận:\n"
    "- Thường trực Huyện ủy; (báo cáo)\n"
    "- Thường trực HĐND huyện;\n"
    "- Các phòng, ban, ngành huyện;\n"
    "- Lưu: VT, VP.\n"
    "\n"
    "TM. ỦY BAN NHÂN DÂN\n"
    "KT. CHỦ TỊCH\n"
    "PHÓ CHỦ TỊCH\n"
    "\n"
    "Trần Quốc Bảo\n");
}

int
main (int    argc,
      char **argv)
{
  ct_test_init (&argc, &argv);
  g_test_add_func ("/render-text/party", test_party);
  g_test_add_func ("/render-text/state-header", test_state_header);
  g_test_add_func ("/render-text/agency-lines", test_agency_lines);
  g_test_add_func ("/render-text/state-2025", test_state_2025);
  return g_test_run ();
}
