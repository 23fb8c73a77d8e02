/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <locale.h>
#include <string.h>
#include <zip.h>

#include "ct-import-files-private.h"
#include "ct-import.h"
#include "fixture-programme.h"
#include "test-util.h"

/* Numbers that come from a document's styles, not from its lists: an OpenDocument
 * text's headings numbered by its outline (chapter numbering of Heading 1, 2, 3), and
 * Word paragraphs numbered through their paragraph style, directly, through w:basedOn or
 * through the list level linked to the style. They read as the numbers typed would. */

/* The fictional programme of tests/data/documents/programme-outline.fodt, as read. */
#define OUTLINE_LINES \
  "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" \
  "XÃ BẾN LAU\tĐộc lập - Tự do - Hạnh phúc\n" \
  "Số: 12/CTr-UBND\tBến Lau, ngày 28 tháng 3 năm 2025\n" \
  "CHƯƠNG TRÌNH\n" \
  "công tác tháng 4 năm 2025\n" \
  "-----\n" \
  "I. CÔNG TÁC TUYÊN TRUYỀN\n" \
  "1. Hội nghị tuyên truyền Luật Đất đai cho cán bộ thôn: Ngày 08/4/2025 (thứ Ba).\n" \
  "2. Ra quân vệ sinh môi trường khu chợ xã: Ngày 19/4/2025 (thứ Bảy).\n" \
  "II. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH\n" \
  "1. Họp Ủy ban nhân dân xã thường kỳ tháng 4: Ngày 24/4/2025 (thứ Năm).\n" \
  "a) Báo cáo kết quả thu ngân sách quý I;\n" \
  "b) Kế hoạch phòng chống hạn vụ hè thu.\n" \
  "2. Tiếp công dân định kỳ: Ngày 15/4/2025 (thứ Ba).\n" \
  "Các ban, ngành đoàn thể xã chuẩn bị nội dung gửi Văn phòng trước ngày họp hai " \
  "ngày./.\n" \
  "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN\n" \
  "- Thường trực Đảng ủy xã (báo cáo);\tCHỦ TỊCH\n" \
  "- Các ban, ngành đoàn thể xã;\n" \
  "- Lưu: VT.\tĐào Thị Hạnh"

static CtImportReport *
import_bytes (GBytes     *bytes,
              const char *name)
{
  g_autoptr(GError) error = NULL;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  CtImportReport *report = ct_import_data (data, length, name, &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

static CtImportReport *
import_document (const char *name)
{
  g_autofree char *path = g_build_filename (TEST_SOURCE_DIR, "data", "documents", name,
                                            NULL);
  g_autofree char *data = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  {
    g_autoptr(GBytes) bytes = g_bytes_new_take (g_steal_pointer (&data), length);

    return import_bytes (bytes, name);
  }
}

static void
assert_lines (CtImportReport *report,
              const char     *expected)
{
  g_autofree char *lines = g_strjoinv ("\n", report->source_lines);

  g_assert_cmpstr (lines, ==, expected);
}

static CtItem *
item_at (CtProgramme *p,
         guint        section,
         guint        item)
{
  CtSection *s = g_ptr_array_index (p->sections, section);

  return g_ptr_array_index (s->items, item);
}

static void
assert_item (CtProgramme *p,
             guint        section,
             guint        item,
             const char  *title,
             int          day)
{
  CtItem *it = item_at (p, section, item);

  g_assert_cmpstr (it->title, ==, title);
  g_assert_true (g_date_valid (&it->start_date));
  g_assert_cmpint (g_date_get_day (&it->start_date), ==, day);
  g_assert_cmpint (g_date_get_month (&it->start_date), ==, 4);
  g_assert_cmpint (g_date_get_year (&it->start_date), ==, 2025);
}

/* The sections and items of the programme, numbered only by the document's styles. */
static void
assert_outline_programme (CtProgramme *p)
{
  CtSection *first, *second;
  CtItem *meeting;

  g_assert_cmpint (p->style, ==, CT_DOCUMENT_STYLE_STATE);
  g_assert_cmpuint (p->number, ==, 12);
  g_assert_cmpint (p->period_index, ==, 4);
  g_assert_cmpint (p->period_year, ==, 2025);
  g_assert_cmpuint (p->sections->len, ==, 2);
  first = g_ptr_array_index (p->sections, 0);
  second = g_ptr_array_index (p->sections, 1);
  g_assert_cmpstr (first->title, ==, "CÔNG TÁC TUYÊN TRUYỀN");
  g_assert_cmpstr (second->title, ==, "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH");
  g_assert_cmpuint (first->items->len, ==, 2);
  g_assert_cmpuint (second->items->len, ==, 2);
  assert_item (p, 0, 0, "Hội nghị tuyên truyền Luật Đất đai cho cán bộ thôn", 8);
  assert_item (p, 0, 1, "Ra quân vệ sinh môi trường khu chợ xã", 19);
  assert_item (p, 1, 0, "Họp Ủy ban nhân dân xã thường kỳ tháng 4", 24);
  assert_item (p, 1, 1, "Tiếp công dân định kỳ", 15);
  /* The third level's "a)", "b)" stay with the meeting, as typed ones do. */
  meeting = item_at (p, 1, 0);
  g_assert_cmpint (meeting->kind, ==, CT_ITEM_EVENT);
  g_assert_cmpuint (meeting->paragraphs->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (meeting->paragraphs, 0), ==,
                   "a) Báo cáo kết quả thu ngân sách quý I;");
  g_assert_cmpstr (g_ptr_array_index (meeting->paragraphs, 1), ==,
                   "b) Kế hoạch phòng chống hạn vụ hè thu.");
}

/* LibreOffice's chapter numbering: <text:h text:outline-level="…"> numbered by
 * <text:outline-style> in styles.xml ("I." / "1." / "a)"), level 2 restarting after each
 * level-1 heading. */
static void
test_odt_outline (void)
{
  g_autoptr(CtImportReport) report = import_document ("programme-outline.odt");

  g_assert_cmpstr (report->format, ==, "odt");
  /* The closing table ends the document: an empty line after its last row. */
  assert_lines (report, OUTLINE_LINES "\n");
  assert_outline_programme (report->programme);
}

/* The same document saved as .docx by LibreOffice: Heading 1, 2, 3 carry the list and
 * its level in their style definitions, the paragraphs only name their style. */
static void
test_docx_heading_styles (void)
{
  g_autoptr(CtImportReport) report = import_document ("programme-outline.docx");

  g_assert_cmpstr (report->format, ==, "docx");
  assert_lines (report, OUTLINE_LINES "\n");
  assert_outline_programme (report->programme);
}

/* A zip archive of the given name, content pairs (NULL-terminated), made with libzip. */
static GBytes *
zip_of (const char *name,
        ...)
{
  zip_error_t zerror;
  zip_source_t *source;
  zip_t *archive;
  zip_stat_t stat;
  va_list args;
  char *data;

  zip_error_init (&zerror);
  source = zip_source_buffer_create (NULL, 0, 0, &zerror);
  g_assert_nonnull (source);
  zip_source_keep (source);
  archive = zip_open_from_source (source, ZIP_TRUNCATE, &zerror);
  g_assert_nonnull (archive);
  va_start (args, name);
  for (const char *n = name; n != NULL; n = va_arg (args, const char *))
    {
      const char *content = va_arg (args, const char *);
      zip_source_t *entry = zip_source_buffer (archive, content, strlen (content), 0);

      g_assert_cmpint (zip_file_add (archive, n, entry, ZIP_FL_ENC_UTF_8), >=, 0);
    }
  va_end (args);
  g_assert_cmpint (zip_close (archive), ==, 0);
  g_assert_cmpint (zip_source_stat (source, &stat), ==, 0);
  g_assert_cmpint (zip_source_open (source), ==, 0);
  data = g_malloc (stat.size);
  g_assert_cmpint (zip_source_read (source, data, stat.size), ==, (zip_int64_t) stat.size);
  zip_source_close (source);
  zip_source_free (source);
  zip_error_fini (&zerror);
  return g_bytes_new_take (data, stat.size);
}

#define W_XMLNS "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""

/* Word's way with a multilevel list linked to its heading styles: each level names its
 * style (w:pStyle); Heading 1 and Heading 2 name the list but not the level. */
static const char numbering_xml[] =
  "<w:numbering " W_XMLNS ">"
  "<w:abstractNum w:abstractNumId=\"4\">"
  "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"upperRoman\"/>"
  "<w:pStyle w:val=\"Heading1\"/><w:lvlText w:val=\"%1.\"/></w:lvl>"
  "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/>"
  "<w:pStyle w:val=\"Heading2\"/><w:lvlText w:val=\"%2.\"/></w:lvl>"
  "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerLetter\"/>"
  "<w:lvlText w:val=\"%3)\"/></w:lvl>"
  "</w:abstractNum>"
  "<w:num w:numId=\"7\"><w:abstractNumId w:val=\"4\"/></w:num>"
  "</w:numbering>";

/* The clerk's own styles: "Muc" and "Viec" inherit the numbering of Heading 1 and 2
 * (w:basedOn); "Diem" names the list and the third level itself; a style's tracked former
 * numbering (w:pPrChange) is not its numbering. */
static const char styles_xml[] =
  "<w:styles " W_XMLNS ">"
  "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\">"
  "<w:name w:val=\"Normal\"/></w:style>"
  "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:basedOn w:val=\"Normal\"/>"
  "<w:pPr><w:numPr><w:numId w:val=\"7\"/></w:numPr><w:outlineLvl w:val=\"0\"/></w:pPr>"
  "</w:style>"
  "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:basedOn w:val=\"Normal\"/>"
  "<w:pPr><w:numPr><w:numId w:val=\"7\"/></w:numPr><w:outlineLvl w:val=\"1\"/></w:pPr>"
  "</w:style>"
  "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"Muc\">"
  "<w:basedOn w:val=\"Heading1\"/><w:pPr><w:jc w:val=\"both\"/></w:pPr></w:style>"
  "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"Viec\">"
  "<w:basedOn w:val=\"Heading2\"/></w:style>"
  "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"Diem\">"
  "<w:basedOn w:val=\"Normal\"/><w:pPr><w:numPr><w:ilvl w:val=\"2\"/>"
  "<w:numId w:val=\"7\"/></w:numPr>"
  "<w:pPrChange w:id=\"1\" w:author=\"A\"><w:pPr><w:numPr><w:ilvl w:val=\"0\"/>"
  "<w:numId w:val=\"7\"/></w:numPr></w:pPr></w:pPrChange></w:pPr></w:style>"
  "</w:styles>";

#define P(text) "<w:p><w:r><w:t>" text "</w:t></w:r></w:p>"
#define P_TAB(left, right) "<w:p><w:r><w:t>" left "</w:t><w:tab/><w:t>" right "</w:t></w:r></w:p>"
#define P_STYLE(style, text) \
  "<w:p><w:pPr><w:pStyle w:val=\"" style "\"/></w:pPr><w:r><w:t>" text "</w:t></w:r></w:p>"

/* The title is in Heading 1 with its numbering taken off in the paragraph (numId 0). */
static const char document_xml[] =
  "<w:document " W_XMLNS "><w:body>"
  P_TAB ("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
  P_TAB ("XÃ BẾN LAU", "Độc lập - Tự do - Hạnh phúc")
  P_TAB ("Số: 12/CTr-UBND", "Bến Lau, ngày 28 tháng 3 năm 2025")
  "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/><w:numPr><w:numId w:val=\"0\"/></w:numPr>"
  "</w:pPr><w:r><w:t>CHƯƠNG TRÌNH</w:t></w:r></w:p>"
  /* Once numbered, the numbering since taken off: a tracked change's former properties. */
  "<w:p><w:pPr><w:pPrChange w:id=\"2\" w:author=\"A\"><w:pPr><w:numPr>"
  "<w:ilvl w:val=\"0\"/><w:numId w:val=\"7\"/></w:numPr></w:pPr></w:pPrChange></w:pPr>"
  "<w:r><w:t>công tác tháng 4 năm 2025</w:t></w:r></w:p>"
  P ("-----")
  P_STYLE ("Muc", "CÔNG TÁC TUYÊN TRUYỀN")
  P_STYLE ("Viec", "Hội nghị tuyên truyền Luật Đất đai cho cán bộ thôn: Ngày 08/4/2025 "
                   "(thứ Ba).")
  P_STYLE ("Heading2", "Ra quân vệ sinh môi trường khu chợ xã: Ngày 19/4/2025 (thứ Bảy).")
  P_STYLE ("Heading1", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH")
  P_STYLE ("Viec", "Họp Ủy ban nhân dân xã thường kỳ tháng 4: Ngày 24/4/2025 (thứ Năm).")
  P_STYLE ("Diem", "Báo cáo kết quả thu ngân sách quý I;")
  P_STYLE ("Diem", "Kế hoạch phòng chống hạn vụ hè thu.")
  P_STYLE ("Viec", "Tiếp công dân định kỳ: Ngày 15/4/2025 (thứ Ba).")
  P ("Các ban, ngành đoàn thể xã chuẩn bị nội dung gửi Văn phòng trước ngày họp hai "
     "ngày./.")
  P_TAB ("Nơi nhận:", "TM. ỦY BAN NHÂN DÂN")
  P_TAB ("- Thường trực Đảng ủy xã (báo cáo);", "CHỦ TỊCH")
  P ("- Các ban, ngành đoàn thể xã;")
  P_TAB ("- Lưu: VT.", "Đào Thị Hạnh")
  "</w:body></w:document>";

/* Paragraphs that only name their style: the style, or the style it is based on, gives
 * the list; the level is the style's own, or the list's level linked to the style. */
static void
test_docx_based_on (void)
{
  g_autoptr(GBytes) docx = zip_of ("word/document.xml", document_xml,
                                   "word/styles.xml", styles_xml,
                                   "word/numbering.xml", numbering_xml, NULL);
  g_autoptr(CtImportReport) report = import_bytes (docx, "outline.docx");

  g_assert_cmpstr (report->format, ==, "docx");
  assert_lines (report, OUTLINE_LINES);
  assert_outline_programme (report->programme);
}

#define ODF_XMLNS \
  "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" " \
  "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" " \
  "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""

/* An outline whose second level shows both numbers ("V.1."). */
static const char odt_styles[] =
  "<office:document-styles " ODF_XMLNS "><office:styles>"
  "<text:outline-style style:name=\"Outline\">"
  "<text:outline-level-style text:level=\"1\" style:num-format=\"I\" "
  "style:num-suffix=\".\"/>"
  "<text:outline-level-style text:level=\"2\" style:num-format=\"1\" "
  "style:num-suffix=\".\" text:display-levels=\"2\"/>"
  "<text:outline-level-style text:level=\"3\" style:num-format=\"\"/>"
  "</text:outline-style></office:styles></office:document-styles>";

/* A heading marked as a list header has no number; one that restarts the numbering
 * (text:restart-numbering, text:start-value) counts on from its value; a level without a
 * number format has none; a heading inside a list is numbered by the list. */
static const char odt_content[] =
  "<office:document-content " ODF_XMLNS "><office:automatic-styles>"
  "<text:list-style style:name=\"L1\"><text:list-level-style-number text:level=\"1\" "
  "style:num-format=\"a\" style:num-suffix=\")\"/></text:list-style>"
  "</office:automatic-styles><office:body><office:text>"
  "<text:h text:outline-level=\"1\">Nhiệm vụ chung</text:h>"
  "<text:h text:outline-level=\"2\">Việc thứ nhất</text:h>"
  "<text:h text:outline-level=\"1\" text:is-list-header=\"true\">Phụ lục</text:h>"
  "<text:h text:outline-level=\"1\" text:restart-numbering=\"true\" "
  "text:start-value=\"5\">Nhiệm vụ khác</text:h>"
  "<text:h text:outline-level=\"2\">Việc thứ hai</text:h>"
  "<text:h text:outline-level=\"3\">Ghi chú</text:h>"
  "<text:h text:outline-level=\"2\">Việc thứ ba</text:h>"
  "<text:list text:style-name=\"L1\"><text:list-item>"
  "<text:h text:outline-level=\"2\">Điểm trong danh sách</text:h>"
  "</text:list-item></text:list>"
  "<text:h text:outline-level=\"1\">Nhiệm vụ cuối</text:h>"
  "</office:text></office:body></office:document-content>";

static void
test_odt_outline_restart (void)
{
  g_autoptr(GBytes) odt = zip_of ("mimetype", "application/vnd.oasis.opendocument.text",
                                  "content.xml", odt_content,
                                  "styles.xml", odt_styles, NULL);
  g_autoptr(GError) error = NULL;
  gsize length;
  const char *data = g_bytes_get_data (odt, &length);
  g_autoptr(CtImportZip) zip = ct_import_zip_open (data, length, &error);
  g_autofree char *lines = NULL;

  /* The few lines are no programme: the reader's text is what counts here. */
  g_assert_no_error (error);
  lines = ct_import_odt_text (zip, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (lines, ==, "I. Nhiệm vụ chung\n"
                              "I.1. Việc thứ nhất\n"
                              "Phụ lục\n"
                              "V. Nhiệm vụ khác\n"
                              "V.1. Việc thứ hai\n"
                              "Ghi chú\n"
                              "V.2. Việc thứ ba\n"
                              "a) Điểm trong danh sách\n"
                              "VI. Nhiệm vụ cuối\n");
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import-numbering/odt-outline", test_odt_outline);
  g_test_add_func ("/import-numbering/odt-outline-restart", test_odt_outline_restart);
  g_test_add_func ("/import-numbering/docx-heading-styles", test_docx_heading_styles);
  g_test_add_func ("/import-numbering/docx-based-on", test_docx_based_on);
  return g_test_run ();
}
