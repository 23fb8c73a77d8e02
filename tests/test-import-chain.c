/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "ct-import-text.h"
#include "ct-render-text.h"
#include "fixture-programme.h"
#include "test-util.h"

/* The signature block's authority lines and the header's body names as the text importer
 * reads them. Fixtures are fictional. */

#define STATE_HEAD \
  "ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" \
  "HUYỆN SÔNG MÂY           Độc lập - Tự do - Hạnh phúc\n" \
  "Số: 12/CTr-UBND          Sông Mây, ngày 26 tháng 02 năm 2025\n" \
  "CHƯƠNG TRÌNH\ncông tác tháng 3 năm 2025\n-----\n" \
  "I. Nhiệm vụ trọng tâm\n1. Hoàn thành kê khai tài sản, thu nhập năm 2024.\n" \
  "Nơi nhận:\n- Thường trực Huyện ủy (báo cáo);\n- Lưu: VT, VP.\n"

#define PARTY_HEAD \
  "ĐẢNG BỘ TỈNH BẮC SƠN       ĐẢNG CỘNG SẢN VIỆT NAM\n" \
  "HUYỆN ỦY ĐỒI CHÈ   Đồi Chè, ngày 05 tháng 02 năm 2024\n" \
  "*\nSố 07-CTr/HU\nCHƯƠNG TRÌNH\ncông tác tháng 2 năm 2024\n-----\n" \
  "I. Nhiệm vụ\n1. Làm tốt công tác Tết.\n"

static CtProgramme *
import_ok (const char  *text,
           GPtrArray  **warnings)
{
  g_autoptr(GError) error = NULL;
  CtProgramme *p = ct_import_text (text, -1, warnings, &error);

  g_assert_no_error (error);
  g_assert_nonnull (p);
  for (guint i = 0; i < (*warnings)->len; i++)
    g_test_message ("warning %u: line %u: %s", i,
                    ((CtImportWarning *) g_ptr_array_index (*warnings, i))->line,
                    ((CtImportWarning *) g_ptr_array_index (*warnings, i))->message);
  return p;
}

/* 1-based number of the first line of @text that starts with @prefix. */
static guint
line_of (const char *text,
         const char *prefix)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], prefix))
      return i + 1;
  g_assert_not_reached ();
}

static void
assert_warning (GPtrArray  *warnings,
                guint       i,
                guint       line,
                const char *message)
{
  CtImportWarning *warning = g_ptr_array_index (warnings, i);

  g_assert_cmpuint (warning->line, ==, line);
  g_assert_cmpstr (warning->message, ==, message);
}

/* NĐ 30/2020: a deputy signing for a collective body, "TM." then "KT.", title, name. */
static void
test_two_lines (void)
{
  const char *text = STATE_HEAD "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n"
                     "Đỗ Minh Khang\n";
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(CtProgramme) p = import_ok (text, &warnings);

  g_assert_cmpint (p->style, ==, CT_DOCUMENT_STYLE_STATE);
  g_assert_null (p->superior_body);
  g_assert_cmpstr (p->issuing_body, ==, "ỦY BAN NHÂN DÂN\nHUYỆN SÔNG MÂY");
  ct_test_assert_authorities (p, "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH");
  g_assert_cmpstr (p->signer_title, ==, "PHÓ CHỦ TỊCH");
  g_assert_cmpstr (p->signer_name, ==, "Đỗ Minh Khang");
  g_assert_cmpuint (p->recipients->len, ==, 1);
  g_assert_cmpstr (p->archive_line, ==, "Lưu: VT, VP");
  g_assert_cmpuint (warnings->len, ==, 0);
}

/* "TUQ.", "T/U" and "Q." are codes too; "Q." only before a title in capitals. */
static void
test_other_codes (void)
{
  const char *authorised = STATE_HEAD "TUQ. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\nLý Thu Hà\n";
  const char *acting = STATE_HEAD "TM. ỦY BAN NHÂN DÂN\nQ. CHỦ TỊCH\n\nVõ Đình Nam\n";
  const char *party = PARTY_HEAD "T/U BAN THƯỜNG VỤ\nTRƯỞNG BAN TỔ CHỨC\nHà Văn Lộc\n";
  const char *district = PARTY_HEAD "2. Phối hợp với Công an\nQ. Bình Lâm rà soát hồ sơ.\n"
                         "T/M BAN THƯỜNG VỤ\nBÍ THƯ\nHà Văn Lộc\n";
  g_autoptr(GPtrArray) w1 = NULL;
  g_autoptr(GPtrArray) w2 = NULL;
  g_autoptr(GPtrArray) w3 = NULL;
  g_autoptr(GPtrArray) w4 = NULL;
  g_autoptr(CtProgramme) p1 = import_ok (authorised, &w1);
  g_autoptr(CtProgramme) p2 = import_ok (acting, &w2);
  g_autoptr(CtProgramme) p3 = import_ok (party, &w3);
  g_autoptr(CtProgramme) p4 = import_ok (district, &w4);
  g_autofree char *joined = NULL;
  CtItem *task;

  ct_test_assert_authorities (p1, "TUQ. CHỦ TỊCH");
  g_assert_cmpint (((CtSignerAuthority *) g_ptr_array_index (p1->signer_authorities, 0))->authority,
                   ==, CT_SIGNING_AUTHORITY_AUTHORISED);
  g_assert_cmpstr (p1->signer_title, ==, "CHÁNH VĂN PHÒNG");
  g_assert_cmpstr (p1->signer_name, ==, "Lý Thu Hà");
  g_assert_cmpuint (w1->len, ==, 0);

  ct_test_assert_authorities (p2, "TM. ỦY BAN NHÂN DÂN\nQ. CHỦ TỊCH");
  g_assert_cmpint (((CtSignerAuthority *) g_ptr_array_index (p2->signer_authorities, 1))->authority,
                   ==, CT_SIGNING_AUTHORITY_ACTING);
  g_assert_null (p2->signer_title);
  g_assert_cmpstr (p2->signer_name, ==, "Võ Đình Nam");
  g_assert_cmpuint (w2->len, ==, 0);

  g_assert_cmpint (p3->style, ==, CT_DOCUMENT_STYLE_PARTY);
  ct_test_assert_authorities (p3, "T/U BAN THƯỜNG VỤ");
  g_assert_cmpstr (p3->signer_title, ==, "TRƯỞNG BAN TỔ CHỨC");
  g_assert_cmpstr (p3->signer_name, ==, "Hà Văn Lộc");

  /* "Q. Bình Lâm" (a ward) in running text is not an acting head. */
  task = g_ptr_array_index (((CtSection *) g_ptr_array_index (p4->sections, 0))->items, 1);
  g_ptr_array_add (task->paragraphs, NULL);
  joined = g_strjoinv (" ", (char **) task->paragraphs->pdata);
  g_ptr_array_remove_index (task->paragraphs, task->paragraphs->len - 1);
  g_assert_cmpstr (joined, ==, "Phối hợp với Công an Q. Bình Lâm rà soát hồ sơ.");
  ct_test_assert_authorities (p4, "T/M BAN THƯỜNG VỤ");
  g_assert_cmpstr (p4->signer_title, ==, "BÍ THƯ");
}

/* An authority line that cannot stand where it is written is reported with its line, never
 * put in the title or a recipient. */
static void
test_misplaced (void)
{
  const char *third = STATE_HEAD "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nTL. CHÁNH VĂN PHÒNG\n"
                      "PHÓ CHỦ TỊCH\nĐỗ Minh Khang\n";
  const char *under_title = PARTY_HEAD "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\nK/T BÍ THƯ\n"
                            "Hà Văn Lộc\n";
  const char *after_name = PARTY_HEAD "T/M BAN THƯỜNG VỤ\nBÍ THƯ\nHà Văn Lộc\nNơi nhận:\n"
                           "- Ban Thường vụ Tỉnh ủy (báo cáo),\nT/L BAN THƯỜNG VỤ\n"
                           "- Lưu Văn phòng Huyện ủy.\n";
  const char *mixed = PARTY_HEAD "T/M BAN THƯỜNG VỤ\nKT. BÍ THƯ\nPHÓ BÍ THƯ\nHà Văn Lộc\n";
  g_autoptr(GPtrArray) w1 = NULL;
  g_autoptr(GPtrArray) w2 = NULL;
  g_autoptr(GPtrArray) w3 = NULL;
  g_autoptr(GPtrArray) w4 = NULL;
  g_autoptr(CtProgramme) p1 = import_ok (third, &w1);
  g_autoptr(CtProgramme) p2 = import_ok (under_title, &w2);
  g_autoptr(CtProgramme) p3 = import_ok (after_name, &w3);
  g_autoptr(CtProgramme) p4 = import_ok (mixed, &w4);

  ct_test_assert_authorities (p1, "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH");
  g_assert_cmpstr (p1->signer_title, ==, "PHÓ CHỦ TỊCH");
  g_assert_cmpstr (p1->signer_name, ==, "Đỗ Minh Khang");
  g_assert_cmpuint (w1->len, ==, 1);
  assert_warning (w1, 0, line_of (third, "TL. "),
                  "The signature block already has two authority lines, so “TL. CHÁNH VĂN "
                  "PHÒNG” was not imported. Check the signature block and add it by hand if it "
                  "is needed.");

  ct_test_assert_authorities (p2, "T/M BAN THƯỜNG VỤ");
  g_assert_cmpstr (p2->signer_title, ==, "PHÓ BÍ THƯ");
  g_assert_cmpstr (p2->signer_name, ==, "Hà Văn Lộc");
  g_assert_cmpuint (w2->len, ==, 1);
  assert_warning (w2, 0, line_of (under_title, "K/T"),
                  "“K/T BÍ THƯ” comes after the signer’s title “PHÓ BÍ THƯ”, where no "
                  "authority line can stand, so it was not imported. Check the signature block "
                  "and add it by hand if it is needed.");

  ct_test_assert_authorities (p3, "T/M BAN THƯỜNG VỤ");
  g_assert_cmpuint (p3->recipients->len, ==, 1);
  g_assert_cmpstr (((CtRecipient *) g_ptr_array_index (p3->recipients, 0))->text, ==,
                   "Ban Thường vụ Tỉnh ủy");
  g_assert_cmpstr (p3->archive_line, ==, "Lưu Văn phòng Huyện ủy");
  g_assert_cmpuint (w3->len, ==, 1);
  assert_warning (w3, 0, line_of (after_name, "T/L"),
                  "“T/L BAN THƯỜNG VỤ” comes after the signer’s name “Hà Văn Lộc”, so it was "
                  "not imported. Check the signature block and add it by hand if it is "
                  "needed.");

  /* A State code in a Party programme is kept as its authority, and said. */
  ct_test_assert_authorities (p4, "T/M BAN THƯỜNG VỤ\nK/T BÍ THƯ");
  g_assert_cmpuint (w4->len, ==, 1);
  assert_warning (w4, 0, line_of (mixed, "KT."),
                  "“KT. BÍ THƯ” is written with a code of the other format (Party or State); it "
                  "will be printed as “K/T BÍ THƯ”. Check the format and the signature block.");
}

static CtProgramme *
import_header (const char  *left1,
               const char  *left2,
               const char  *left3,
               GPtrArray  **warnings)
{
  g_autofree char *text =
    g_strdup_printf ("%s\n%s          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                     "%s          Độc lập - Tự do - Hạnh phúc\n"
                     "Số: 05/CTr-STC          Bắc Hòa, ngày 03 tháng 3 năm 2025\n"
                     "CHƯƠNG TRÌNH\ncông tác tháng 3 năm 2025\n-----\n"
                     "I. Nhiệm vụ\n1. Tổng hợp số liệu quý I.\n"
                     "Nơi nhận:\n- Lưu: VT.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nMai Thanh Tâm\n",
                     left1 ? left1 : "", left2, left3);

  return import_ok (text, warnings);
}

/* NĐ 30/2020 Phụ lục I §II.3: a People's Committee has no superior body; a name may break
 * over two lines; a parent agency stands above its department. */
static void
test_header_bodies (void)
{
  static const struct {
    const char *left[3];
    const char *superior;
    const char *issuing;
  } cases[] = {
    { { NULL, "ỦY BAN NHÂN DÂN", "HUYỆN SÔNG MÂY" }, NULL, "ỦY BAN NHÂN DÂN\nHUYỆN SÔNG MÂY" },
    { { NULL, "UBND TỈNH BẮC HÒA", "SỞ TÀI CHÍNH" }, "UBND TỈNH BẮC HÒA", "SỞ TÀI CHÍNH" },
    { { NULL, "SỞ TÀI NGUYÊN", "VÀ MÔI TRƯỜNG" }, NULL, "SỞ TÀI NGUYÊN\nVÀ MÔI TRƯỜNG" },
    { { "UBND TỈNH BẮC HÒA", "SỞ TÀI NGUYÊN", "VÀ MÔI TRƯỜNG" }, "UBND TỈNH BẮC HÒA",
      "SỞ TÀI NGUYÊN\nVÀ MÔI TRƯỜNG" },
    { { NULL, "SỞ NỘI VỤ VÀ", "LAO ĐỘNG" }, NULL, "SỞ NỘI VỤ VÀ\nLAO ĐỘNG" },
    { { "ỦY BAN NHÂN DÂN", "TỈNH BẮC HÒA", "SỞ TÀI CHÍNH" }, "ỦY BAN NHÂN DÂN\nTỈNH BẮC HÒA",
      "SỞ TÀI CHÍNH" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) warnings = NULL;
      g_autoptr(CtProgramme) p = import_header (cases[i].left[0], cases[i].left[1],
                                                cases[i].left[2], &warnings);

      g_test_message ("case %u", i);
      g_assert_cmpint (p->style, ==, CT_DOCUMENT_STYLE_STATE);
      g_assert_cmpstr (p->superior_body, ==, cases[i].superior);
      g_assert_cmpstr (p->issuing_body, ==, cases[i].issuing);
      /* A People's Committee lacks no superior body; a department without one does. */
      if (i == 0 || cases[i].superior != NULL)
        g_assert_cmpuint (warnings->len, ==, 0);
      else
        {
          g_assert_cmpuint (warnings->len, ==, 1);
          assert_warning (warnings, 0, 0,
                          "The header lacks: superior body. Fill them in before printing.");
        }
    }
}

/* The fixture's two-line issuing body and TM. + KT. block survive render and import. */
static void
test_state_fixture (void)
{
  g_autoptr(CtProgramme) p = fixture_programme_state_2025 ();
  g_autofree char *text = ct_programme_render_text (p);
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(CtProgramme) back = import_ok (text, &warnings);

  g_assert_null (back->superior_body);
  g_assert_cmpstr (back->issuing_body, ==, "ỦY BAN NHÂN DÂN\nHUYỆN SÔNG MÂY");
  ct_test_assert_authorities (back, "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH");
  g_assert_cmpstr (back->signer_title, ==, "PHÓ CHỦ TỊCH");
  g_assert_cmpstr (back->signer_name, ==, "Trần Quốc Bảo");
}

int
main (int    argc,
      char **argv)
{
  ct_test_init (&argc, &argv);
  g_test_add_func ("/import-chain/two-lines", test_two_lines);
  g_test_add_func ("/import-chain/other-codes", test_other_codes);
  g_test_add_func ("/import-chain/misplaced", test_misplaced);
  g_test_add_func ("/import-chain/header-bodies", test_header_bodies);
  g_test_add_func ("/import-chain/state-fixture", test_state_fixture);
  return g_test_run ();
}
