/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <cairo-pdf.h>
#include <cairo.h>
#include <locale.h>
#include <string.h>

#include "ct-import-files-private.h"
#include "ct-import.h"
#include "ct-render-text.h"
#include "fixture-programme.h"
#include "test-util.h"

/* Office files made by LibreOffice from the hand-written sources in
 * tests/data/documents/ (see its README): each format reads to the same lines and the same
 * programme, with the numbers Word and LibreOffice compute and the two-column tables as
 * tab-joined lines. */

static char *
document_path (const char *name)
{
  return g_build_filename (TEST_SOURCE_DIR, "data", "documents", name, NULL);
}

static CtImportReport *
import_document (const char *name)
{
  g_autofree char *path = document_path (name);
  g_autoptr(GError) error = NULL;
  CtImportReport *report = ct_import_file (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

static void
assert_lines (CtImportReport *report,
              const char     *expected)
{
  g_autofree char *lines = g_strjoinv ("\n", report->source_lines);

  g_assert_cmpstr (lines, ==, expected);
}

static void
assert_refused (const char *data,
                gsize       length,
                int         code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtImportReport) report = ct_import_data (data, length, NULL, &error);

  g_assert_null (report);
  g_assert_error (error, CT_IMPORT_ERROR, code);
  g_assert_true (g_str_has_suffix (error->message, "Nothing was imported."));
}

#define PARTY_LINES \
  "ĐẢNG BỘ TỈNH HÒA LÂM\tĐẢNG CỘNG SẢN VIỆT NAM\n" \
  "HUYỆN ỦY NÚI ĐÁ\n" \
  "*\n" \
  "Số 21-CTr/HU\tNúi Đá, ngày 27 tháng 10 năm 2025\n" \
  "CHƯƠNG TRÌNH\n" \
  "công tác tháng 11 năm 2025\n" \
  "-----\n" \
  "I. Nhiệm vụ trọng tâm\n" \
  "1. Chỉ đạo thu hoạch lúa mùa và gieo trồng cây vụ đông đúng khung thời vụ.\n" \
  "2. Đôn đốc giải ngân vốn đầu tư công các công trình giao thông nông thôn.\n" \
  "II. Hội nghị Ban Thường vụ Huyện ủy: Ngày 11/11/2025 (thứ Ba).\n" \
  "1. Báo cáo tình hình kinh tế - xã hội tháng 11.\n" \
  "2. Báo cáo công tác kiểm tra, giám sát quý IV.\n" \
  "3. Các nội dung khác.\n" \
  "III. Hội nghị Ban Chấp hành Đảng bộ huyện: Dự kiến ngày 25/11/2025 (thứ Ba).\n"

#define PARTY_CLOSING \
  "Nơi nhận:\tT/M BAN THƯỜNG VỤ\n" \
  "- Ban Thường vụ Tỉnh ủy (báo cáo),\tPHÓ BÍ THƯ\n" \
  "- Các đồng chí Huyện ủy viên,\n" \
  "- Lưu Văn phòng Huyện ủy.\tLê Minh Khang"

#define STATE_LINES \
  "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" \
  "HUYỆN SÔNG MÂY\tĐộc lập - Tự do - Hạnh phúc\n" \
  "Số: 07/CTr-UBND\tSông Mây, ngày 25 tháng 02 năm 2025\n" \
  "CHƯƠNG TRÌNH\n" \
  "công tác tháng 3 năm 2025\n" \
  "-----\n" \
  "I. Họp Ủy ban nhân dân huyện thường kỳ tháng 3: Ngày 14/3/2025 (thứ Sáu).\n" \
  "1. Báo cáo tình hình kinh tế - xã hội tháng 3.\n" \
  "a) Sản xuất nông nghiệp vụ xuân;\n" \
  "b) Thu ngân sách quý I.\n" \
  "2. Tờ trình kế hoạch phòng chống thiên tai năm 2025.\n" \
  "II. Hội nghị giao ban khối nội chính quý I: Dự kiến ngày 27/3/2025 (thứ Năm).\n" \
  "Các phòng, ban chuẩn bị nội dung gửi Văn phòng trước ngày họp ba ngày./.\n" \
  "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN\n" \
  "- Thường trực Huyện ủy (báo cáo);\tKT. CHỦ TỊCH\n" \
  "- Các phòng, ban chuyên môn;\tPHÓ CHỦ TỊCH\n" \
  "- Lưu: VT, VP.\n"

/* Word's and LibreOffice's numbers (I., 1., a), "-" for bullets) are computed, the header
 * and closing tables come out as tab-joined rows; a PDF of the same document reads to the
 * same lines, but for the line its layout wrapped. */
static void
test_party_lines (void)
{
  g_autoptr(CtImportReport) docx = import_document ("programme-party.docx");
  g_autoptr(CtImportReport) odt = import_document ("programme-party.odt");
  g_autoptr(CtImportReport) pdf = import_document ("programme-party.pdf");
  const char *tail = "Các ban, cơ quan đăng ký nội dung với Văn phòng Huyện ủy trước ngày "
                     "họp hai ngày làm việc./.\n" PARTY_CLOSING;

  g_assert_cmpstr (docx->format, ==, "docx");
  g_assert_cmpstr (odt->format, ==, "odt");
  g_assert_cmpstr (pdf->format, ==, "pdf");
  {
    g_autofree char *expected = g_strconcat (PARTY_LINES, tail, "\n", NULL);

    /* Word needs a paragraph after a table: the blank line at the end. */
    assert_lines (docx, expected);
    assert_lines (odt, expected);
  }
  assert_lines (pdf, PARTY_LINES "Các ban, cơ quan đăng ký nội dung với Văn phòng Huyện ủy "
                     "trước ngày họp hai ngày\nlàm việc./.\n" PARTY_CLOSING);
}

static void
test_state_lines (void)
{
  g_autoptr(CtImportReport) docx = import_document ("programme-state.docx");
  g_autoptr(CtImportReport) odt = import_document ("programme-state.odt");
  g_autoptr(CtImportReport) pdf = import_document ("programme-state.pdf");

  /* The signer's name is alone in the row's right cell: an empty left cell before it; in
   * the PDF, a line that starts in the right column gets the same tab. */
  assert_lines (docx, STATE_LINES "\tTrần Quốc Bảo\n");
  assert_lines (odt, STATE_LINES "\tTrần Quốc Bảo\n");
  assert_lines (pdf, STATE_LINES "\tTrần Quốc Bảo");
}

static void
assert_same_programme (const char *stem)
{
  const char *formats[] = { "docx", "odt", "pdf" };
  g_autofree char *first = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *name = g_strdup_printf ("%s.%s", stem, formats[i]);
      g_autoptr(CtImportReport) report = import_document (name);
      g_autofree char *text = ct_programme_render_text (report->programme);

      if (first == NULL)
        first = g_steal_pointer (&text);
      else
        g_assert_cmpstr (text, ==, first);
    }
}

static CtSection *
section_at (CtProgramme *p,
            guint        i)
{
  return g_ptr_array_index (p->sections, i);
}

/* Each format imports to the same programme, its header and numbering read. */
static void
test_same_programme (void)
{
  g_autoptr(CtImportReport) party = import_document ("programme-party.docx");
  g_autoptr(CtImportReport) state = import_document ("programme-state.odt");
  CtProgramme *p = party->programme, *s = state->programme;

  assert_same_programme ("programme-party");
  assert_same_programme ("programme-state");
  g_assert_cmpint (p->style, ==, CT_DOCUMENT_STYLE_PARTY);
  g_assert_cmpstr (p->superior_body, ==, "ĐẢNG BỘ TỈNH HÒA LÂM");
  g_assert_cmpstr (p->issuing_body, ==, "HUYỆN ỦY NÚI ĐÁ");
  g_assert_cmpuint (p->number, ==, 21);
  g_assert_cmpstr (p->place_name, ==, "Núi Đá");
  g_assert_cmpint (g_date_get_day (&p->issue_date), ==, 27);
  g_assert_cmpint (p->period_index, ==, 11);
  g_assert_cmpint (p->period_year, ==, 2025);
  g_assert_cmpuint (p->sections->len, ==, 3);
  g_assert_cmpstr (section_at (p, 0)->title, ==, "Nhiệm vụ trọng tâm");
  g_assert_cmpuint (section_at (p, 0)->items->len, ==, 2);
  g_assert_cmpuint (section_at (p, 1)->items->len, ==, 1);

  g_assert_cmpint (s->style, ==, CT_DOCUMENT_STYLE_STATE);
  g_assert_cmpstr (s->issuing_body, ==, "ỦY BAN NHÂN DÂN\nHUYỆN SÔNG MÂY");
  g_assert_cmpuint (s->number, ==, 7);
  g_assert_cmpstr (s->body_code, ==, "UBND");
  g_assert_cmpint (s->period_index, ==, 3);
  g_assert_cmpuint (s->sections->len, ==, 2);
}

/* An image of a page, as a scanner makes it: the PDF has no text. */
static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static GByteArray *
scanned_pdf (void)
{
  GByteArray *out = g_byte_array_new ();
  cairo_surface_t *pdf = cairo_pdf_surface_create_for_stream (write_cb, out, 595, 842);
  cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 200, 280);
  cairo_t *cr = cairo_create (image);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_rectangle (cr, 20, 20, 160, 8);
  cairo_fill (cr);
  cairo_destroy (cr);
  for (int page = 0; page < 2; page++)
    {
      cr = cairo_create (pdf);
      cairo_scale (cr, 2.9, 2.9);
      cairo_set_source_surface (cr, image, 0, 0);
      cairo_paint (cr);
      cairo_destroy (cr);
      cairo_surface_show_page (pdf);
    }
  cairo_surface_finish (pdf);
  cairo_surface_destroy (pdf);
  cairo_surface_destroy (image);
  return out;
}

static void
test_scanned_pdf (void)
{
  g_autoptr(GByteArray) pdf = scanned_pdf ();
  g_autoptr(GError) error = NULL;
  g_autoptr(CtImportReport) report = ct_import_data ((const char *) pdf->data, pdf->len,
                                                     "scan.pdf", &error);

  g_assert_null (report);
  g_assert_error (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_NO_TEXT);
  g_assert_true (g_str_has_prefix (error->message, "This PDF holds only images of pages (a "
                                                   "scan); it has no text to read."));
}

static GBytes *
read_document (const char *name)
{
  g_autofree char *path = document_path (name);
  g_autofree char *data = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  return g_bytes_new_take (g_steal_pointer (&data), length);
}

static void
put16 (GByteArray *out,
       guint       v)
{
  guint8 b[2] = { v & 0xff, (v >> 8) & 0xff };

  g_byte_array_append (out, b, 2);
}

static void
put32 (GByteArray *out,
       guint32     v)
{
  put16 (out, v & 0xffff);
  put16 (out, v >> 16);
}

/* A zip bomb's signature: one entry, word/document.xml, of two packed bytes that says it
 * unpacks to @size bytes. */
static GByteArray *
zip_declaring (guint32 size)
{
  GByteArray *out = g_byte_array_new ();
  const char *name = "word/document.xml";
  guint16 n = strlen (name);

  put32 (out, 0x04034b50); put16 (out, 20); put16 (out, 0); put16 (out, 8);
  put32 (out, 0); put32 (out, 0); put32 (out, 2); put32 (out, size); put16 (out, n);
  put16 (out, 0); g_byte_array_append (out, (const guint8 *) name, n);
  g_byte_array_append (out, (const guint8 *) "\x03\x00", 2);
  put32 (out, 0x02014b50); put16 (out, 20); put16 (out, 20); put16 (out, 0); put16 (out, 8);
  put32 (out, 0); put32 (out, 0); put32 (out, 2); put32 (out, size); put16 (out, n);
  put16 (out, 0); put16 (out, 0); put16 (out, 0); put16 (out, 0); put32 (out, 0);
  put32 (out, 0); g_byte_array_append (out, (const guint8 *) name, n);
  put32 (out, 0x06054b50); put16 (out, 0); put16 (out, 0); put16 (out, 1); put16 (out, 1);
  put32 (out, 46 + n); put32 (out, 30 + n + 2); put16 (out, 0);
  return out;
}

/* Damaged and hostile files are refused with a clear error, never a crash nor a hang. */
static void
test_bad_files (void)
{
  g_autoptr(GByteArray) bomb = zip_declaring (200 * 1024 * 1024);
  g_autoptr(GBytes) docx = read_document ("programme-party.docx");
  g_autoptr(GBytes) pdf = read_document ("programme-state.pdf");
  gsize docx_length, pdf_length;
  const char *docx_data = g_bytes_get_data (docx, &docx_length);
  const char *pdf_data = g_bytes_get_data (pdf, &pdf_length);
  g_autofree char *corrupt = g_memdup2 (docx_data, docx_length);

  assert_refused ((const char *) bomb->data, bomb->len, CT_IMPORT_ERROR_TOO_LARGE);
  /* Cut in half: the zip's directory at its end is gone. */
  assert_refused (docx_data, docx_length / 2, CT_IMPORT_ERROR_DAMAGED);
  /* Bytes of the packed body overwritten: its checksum fails. */
  memset (corrupt + 800, 0x55, 400);
  assert_refused (corrupt, docx_length, CT_IMPORT_ERROR_DAMAGED);
  assert_refused ("PK\x03\x04garbage", 11, CT_IMPORT_ERROR_DAMAGED);
  assert_refused ("%PDF-1.7\n%%EOF\n", 15, CT_IMPORT_ERROR_DAMAGED);
  /* A PDF cut short: whatever poppler recovers, the import ends with an answer. */
  for (gsize cut = 16; cut < pdf_length; cut += pdf_length / 7)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CtImportReport) report = ct_import_data (pdf_data, cut, NULL, &error);

      g_assert_true ((report == NULL) != (error == NULL));
    }
}

/* The legacy .doc: through antiword when it is installed, else a message that says how to
 * convert the file. */
static void
test_doc (void)
{
  g_autoptr(GBytes) doc = read_document ("programme-party.doc");
  gsize length;
  const char *data = g_bytes_get_data (doc, &length);
  g_autofree char *path = g_strdup (g_getenv ("PATH"));
  g_autofree char *antiword = g_find_program_in_path ("antiword");

  g_setenv ("PATH", "/nonexistent", TRUE);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(CtImportReport) report = ct_import_data (data, length, "old.doc", &error);

    g_assert_null (report);
    g_assert_error (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_UNSUPPORTED);
    g_assert_true (strstr (error->message, "Save it as .docx in Word or LibreOffice, then "
                                           "import that.") != NULL);
  }
  g_setenv ("PATH", path, TRUE);
  if (antiword == NULL)
    {
      g_test_skip ("antiword is not installed");
      return;
    }
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *text = ct_import_doc_text (data, length, &error);

    /* antiword does not compute Word's list numbers: the text comes without them. */
    g_assert_no_error (error);
    g_assert_true (g_str_has_prefix (text, "\nĐẢNG BỘ TỈNH HÒA LÂM\tĐẢNG CỘNG SẢN VIỆT NAM\n"
                                           "HUYỆN ỦY NÚI ĐÁ\n*\n"
                                           "Số 21-CTr/HU\tNúi Đá, ngày 27 tháng 10 năm 2025\n"));
    g_assert_nonnull (strstr (text, "\nNơi nhận:\tT/M BAN THƯỜNG VỤ\n"));
  }
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import-files/party-lines", test_party_lines);
  g_test_add_func ("/import-files/state-lines", test_state_lines);
  g_test_add_func ("/import-files/same-programme", test_same_programme);
  g_test_add_func ("/import-files/scanned-pdf", test_scanned_pdf);
  g_test_add_func ("/import-files/bad-files", test_bad_files);
  g_test_add_func ("/import-files/doc", test_doc);
  return g_test_run ();
}
