/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "ct-import.h"
#include "ct-import-text-private.h"
#include "ct-render-text.h"
#include "test-util.h"

/* One fictional programme, written in UTF-8 and encoded here in every encoding an office
 * keeps text in: UTF-16 by GLib, Windows-1258 and TCVN3 by the C library's iconv, VNI and
 * VIQR by the small encoders below (written from the published VNI-Windows and VIQR
 * tables, independently of the importer's decoders). Each import must give the same
 * programme as the UTF-8 original, name the encoding, and say what it converted. */

/* All its capitals with a tone are in lines of capitals, as TCVN3 (ABC) text has them:
 * that encoding has no codes for them elsewhere. */
static const char programme[] =
  "ĐẢNG BỘ TỈNH LAM GIANG\n"
  "HUYỆN ỦY ĐỒI THÔNG\n"
  "Số 18-CTr/HU\n"
  "Đồi Thông, ngày 27 tháng 01 năm 2027\n"
  "CHƯƠNG TRÌNH\n"
  "công tác tháng 2 năm 2027\n"
  "-----\n"
  "I. Nhiệm vụ trọng tâm\n"
  "1. Chỉ đạo thu hoạch lúa mùa, bảo đảm an toàn hồ đập trước mùa mưa lũ.\n"
  "2. Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ mười bốn: Ngày 09/02/2027.\n"
  "- Thông qua báo cáo kết quả thực hiện nghị quyết năm 2026.\n"
  "- Cho ý kiến về đề án phát triển kinh tế vườn đồi.\n"
  "3. Báo cáo tài chính.\n"
  "II. Công tác xây dựng Đảng\n"
  "1. Rà soát, bổ sung quy hoạch cán bộ nhiệm kỳ tới.\n"
  "2. Kiểm tra việc giữ gìn phẩm chất đạo đức, lối sống của đảng viên.\n"
  "3. Hội nghị sơ kết công tác dân vận: Ngày 18/02/2027.\n"
  "III. Công tác dân vận và mặt trận\n"
  "1. Thăm hỏi, động viên gia đình chính sách, hộ nghèo, người cao tuổi.\n"
  "2. Hướng dẫn xã Suối Ngọc tổ chức lễ hội xuân an toàn, tiết kiệm.\n"
  "3. Tiếp xúc cử tri trước kỳ họp thứ tư Hội đồng nhân dân huyện: Ngày 24/02/2027.\n"
  "Nơi nhận:\n"
  "- Ban Thường vụ Tỉnh ủy (báo cáo);\n"
  "- Các chi bộ, đảng bộ cơ sở;\n"
  "- Lưu: Văn phòng.\n"
  "T/M BAN THƯỜNG VỤ\n"
  "BÍ THƯ\n"
  "Trương Thị Hằng\n";

/* A VNI byte for each base letter and mark, as in the VNI-Windows table. */
static int
vni_tone_byte (gunichar tone)
{
  switch (tone)
    {
    case 0x301: return 0xf9;
    case 0x300: return 0xf8;
    case 0x309: return 0xfb;
    case 0x303: return 0xf5;
    case 0x323: return 0xef;
    default: return 0;
    }
}

static int
vni_mark_byte (gunichar mark,
               gunichar tone)
{
  static const gunichar tones[] = { 0, 0x301, 0x300, 0x309, 0x303, 0x323 };
  static const guchar circumflex[] = { 0xe2, 0xe1, 0xe0, 0xe5, 0xe3, 0xe4 };
  static const guchar breve[] = { 0xea, 0xe9, 0xe8, 0xfa, 0xfc, 0xeb };

  for (guint i = 0; i < G_N_ELEMENTS (tones); i++)
    if (tones[i] == tone)
      return mark == 0x302 ? circumflex[i] : breve[i];
  g_assert_not_reached ();
}

static int
vni_i_byte (gunichar tone)
{
  switch (tone)
    {
    case 0x301: return 0xed;
    case 0x300: return 0xec;
    case 0x309: return 0xe6;
    case 0x303: return 0xf3;
    case 0x323: return 0xf2;
    default: g_assert_not_reached ();
    }
}

static void
append_vni (GString  *out,
            gunichar  c)
{
  gunichar parts[4] = { 0 }, base, mark = 0, tone = 0;
  gsize n = g_unichar_fully_decompose (c, FALSE, parts, 4);
  gboolean upper;
  int shift;

  if (c < 0x80)
    {
      g_string_append_c (out, (char) c);
      return;
    }
  if (c == 0x111 || c == 0x110)
    {
      g_string_append_c (out, c == 0x111 ? '\xf1' : '\xd1');
      return;
    }
  base = parts[0];
  for (gsize i = 1; i < n; i++)
    if (parts[i] == 0x302 || parts[i] == 0x306 || parts[i] == 0x31b)
      mark = parts[i];
    else
      tone = parts[i];
  upper = g_unichar_isupper (base);
  shift = upper ? 0x20 : 0;
  base = g_unichar_tolower (base);
  g_assert_true (base < 0x80);
  if (base == 'i')
    {
      g_string_append_c (out, (char) (vni_i_byte (tone) - shift));
      return;
    }
  if (base == 'y' && tone == 0x323)
    {
      g_string_append_c (out, (char) (0xee - shift));
      return;
    }
  if (mark == 0x31b)
    g_string_append_c (out, (char) ((base == 'o' ? 0xf4 : 0xf6) - shift));
  else
    g_string_append_c (out, upper ? g_ascii_toupper ((char) base) : (char) base);
  if (mark == 0x302 || mark == 0x306)
    g_string_append_c (out, (char) (vni_mark_byte (mark, tone) - shift));
  else if (tone != 0)
    g_string_append_c (out, (char) (vni_tone_byte (tone) - shift));
}

static char *
encode_vni (const char *text,
            gsize      *length)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    append_vni (out, g_utf8_get_char (p));
  *length = out->len;
  return g_string_free (out, FALSE);
}

/* VIQR: the vowel's mark (^ ( +), then its tone (' ` ? ~ .); a mark character typed
 * after a letter is escaped with a backslash. */
static char *
encode_viqr (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p), parts[4] = { 0 };
      gsize n = g_unichar_fully_decompose (c, FALSE, parts, 4);
      const char *mark = "", *tone = "";

      if (c < 0x80)
        {
          if (strchr ("^(+'`?~.", (char) c) != NULL && out->len > 0 &&
              g_ascii_isalpha (out->str[out->len - 1]))
            g_string_append_c (out, '\\');
          g_string_append_c (out, (char) c);
          continue;
        }
      if (c == 0x111 || c == 0x110)
        {
          g_string_append (out, c == 0x111 ? "dd" : "DD");
          continue;
        }
      for (gsize i = 1; i < n; i++)
        switch (parts[i])
          {
          case 0x302: mark = "^"; break;
          case 0x306: mark = "("; break;
          case 0x31b: mark = "+"; break;
          case 0x301: tone = "'"; break;
          case 0x300: tone = "`"; break;
          case 0x309: tone = "?"; break;
          case 0x303: tone = "~"; break;
          case 0x323: tone = "."; break;
          default: g_assert_not_reached ();
          }
      g_string_append_c (out, (char) parts[0]);
      g_string_append (out, mark);
      g_string_append (out, tone);
    }
  return g_string_free (out, FALSE);
}

/* Lines of capitals as the ".VnTimeH" fonts hold them: the small letters' codes. */
static char *
as_vntimeh (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *upper = g_utf8_strup (lines[i], -1);
      GString *line;

      if (strcmp (lines[i], upper) != 0)
        continue;
      line = g_string_new (NULL);
      for (const char *p = lines[i]; *p; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          g_string_append_unichar (line, c < 0x80 ? c : g_unichar_tolower (c));
        }
      g_free (lines[i]);
      lines[i] = g_string_free (line, FALSE);
    }
  return g_strjoinv ("\n", lines);
}

static char *
convert (const char *text,
         gssize      length,
         const char *to,
         const char *from,
         gsize      *written)
{
  g_autoptr(GError) error = NULL;
  char *out = g_convert (text, length, to, from, NULL, written, &error);

  g_assert_no_error (error);
  return out;
}

static char *
expected_render (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtImportReport) report = ct_import_data (programme, strlen (programme), "p.txt",
                                                     &error);

  g_assert_no_error (error);
  g_assert_cmpstr (report->encoding, ==, "UTF-8");
  g_assert_cmpuint (report->warnings->len, ==, 0);
  g_assert_cmpuint (report->programme->sections->len, ==, 3);
  return ct_programme_render_text (report->programme);
}

/* Imports @data and checks the programme, the encoding and the only warning. */
static void
assert_imports_as (const char *data,
                   gsize       length,
                   const char *encoding,
                   const char *warning)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtImportReport) report = ct_import_data (data, length, "p.txt", &error);
  g_autofree char *expected = expected_render ();
  g_autofree char *rendered = NULL;

  g_assert_no_error (error);
  rendered = ct_programme_render_text (report->programme);
  g_assert_cmpstr (rendered, ==, expected);
  g_assert_cmpstr (report->encoding, ==, encoding);
  g_assert_cmpuint (report->warnings->len, ==, warning != NULL ? 1 : 0);
  if (warning != NULL)
    {
      CtImportWarning *w = g_ptr_array_index (report->warnings, 0);

      g_assert_cmpuint (w->line, ==, 0);
      g_assert_cmpstr (w->message, ==, warning);
    }
}

#define CONVERTED(label) "The text was converted from " label " to Unicode; check it."
#define TYPED(label) "The text was typed with an old Vietnamese font (" label ") and was " \
                     "converted to Unicode; check it."

static void
test_utf8_bom (void)
{
  g_autofree char *data = g_strconcat ("\xef\xbb\xbf", programme, NULL);

  assert_imports_as (data, strlen (data), "UTF-8", NULL);
}

static void
test_utf16 (void)
{
  gsize n = 0;
  g_autofree char *le = convert (programme, -1, "UTF-16LE", "UTF-8", &n);
  g_autofree char *be = convert (programme, -1, "UTF-16BE", "UTF-8", NULL);
  g_autoptr(GString) le_bom = g_string_new_len ("\xff\xfe", 2);
  g_autoptr(GString) be_bom = g_string_new_len ("\xfe\xff", 2);

  g_string_append_len (le_bom, le, n);
  g_string_append_len (be_bom, be, n);
  assert_imports_as (le_bom->str, le_bom->len, "UTF-16LE", NULL);
  assert_imports_as (be_bom->str, be_bom->len, "UTF-16BE", NULL);
  /* Without a byte-order mark: told by the NUL bytes. */
  assert_imports_as (le, n, "UTF-16LE", NULL);
  assert_imports_as (be, n, "UTF-16BE", NULL);
}

static void
test_windows_1258 (void)
{
  gsize n = 0;
  g_autofree char *data = convert (programme, -1, "CP1258", "UTF-8", &n);

  /* The encoding writes most tones as combining marks after the letter. */
  g_assert_nonnull (strstr (data, "Nhi\xea\xf2m"));
  assert_imports_as (data, n, "Windows-1258", CONVERTED ("Windows-1258"));
}

static void
test_tcvn3 (void)
{
  g_autofree char *vntimeh = as_vntimeh (programme);
  gsize n = 0;
  g_autofree char *data = convert (vntimeh, -1, "TCVN5712-1", "UTF-8", &n);

  /* The heading in a ".VnTimeH" font: the small letters' codes. */
  g_assert_nonnull (strstr (data, "CH\xad\xac" "NG TR\xd7NH\n"));
  assert_imports_as (data, n, "TCVN3", CONVERTED ("TCVN3 (ABC)"));
}

static void
test_vni (void)
{
  gsize n = 0;
  g_autofree char *data = encode_vni (programme, &n);

  g_assert_nonnull (strstr (data, "CH\xd6\xd4NG TR\xccNH\nco\xe2ng ta\xf9" "c"));
  assert_imports_as (data, n, "VNI", CONVERTED ("VNI"));
}

static void
test_viqr (void)
{
  g_autofree char *data = encode_viqr (programme);

  g_assert_nonnull (strstr (data, "CHU+O+NG TRI`NH\nco^ng ta'c"));
  assert_imports_as (data, strlen (data), "VIQR", CONVERTED ("VIQR"));
}

/* Text typed with an old font and pasted as Unicode: the font's codes read as
 * Windows-1252 (or Latin-1) letters. */
static void
test_misdecoded (void)
{
  g_autofree char *vntimeh = as_vntimeh (programme);
  g_autofree char *tcvn3 = convert (vntimeh, -1, "TCVN5712-1", "UTF-8", NULL);
  g_autofree char *tcvn3_latin = convert (tcvn3, -1, "UTF-8", "ISO-8859-1", NULL);
  gsize n = 0;
  g_autofree char *vni = encode_vni (programme, &n);
  g_autofree char *vni_cp1252 = convert (vni, n, "UTF-8", "WINDOWS-1252", NULL);

  g_assert_nonnull (strstr (tcvn3_latin, "c«ng t¸c"));
  assert_imports_as (tcvn3_latin, strlen (tcvn3_latin), "TCVN3", TYPED ("TCVN3 (ABC)"));
  g_assert_nonnull (strstr (vni_cp1252, "CHÖÔNG TRÌNH\ncoâng taùc"));
  assert_imports_as (vni_cp1252, strlen (vni_cp1252), "VNI", TYPED ("VNI"));
}

static CtImportReport *
import_ok (const char *data,
           gssize      length)
{
  g_autoptr(GError) error = NULL;
  CtImportReport *report = ct_import_data (data, length < 0 ? strlen (data) : (gsize) length,
                                           "p.txt", &error);

  g_assert_no_error (error);
  return report;
}

#define SHORT_UTF8 "CHƯƠNG TRÌNH\ncông tác tháng 2 năm 2027\n-----\nI. Nhiệm vụ trọng tâm\n" \
                   "1. Chỉ đạo thu hoạch.\n"

/* Bytes written by hand from the published tables, read as the text above. */
static void
test_hand_samples (void)
{
  static const char *const samples[][2] = {
    { "VNI", "CH\xd6\xd4NG TR\xccNH\nco\xe2ng ta\xf9" "c tha\xf9ng 2 na\xeam 2027\n-----\n"
             "I. Nhie\xe4m vu\xef tro\xefng ta\xe2m\n1. Ch\xe6 \xf1" "a\xefo thu hoa\xef" "ch.\n" },
    { "VIQR", "CHU+O+NG TRI`NH\nco^ng ta'c tha'ng 2 na(m 2027\n-----\n"
              "I. Nhie^.m vu. tro.ng ta^m\n1. Chi? dda.o thu hoa.ch.\n" },
    { "TCVN3", "CH\xad\xacNG TR\xd7NH\nc\xabng t\xb8" "c th\xb8ng 2 n\xa8m 2027\n-----\n"
               "I. Nhi\xd6m v\xf4 tr\xe4ng t\xa9m\n1. Ch\xd8 \xae\xb9o thu ho\xb9" "ch.\n" },
  };
  g_autoptr(CtImportReport) expected = import_ok (SHORT_UTF8, -1);
  g_autofree char *want = ct_programme_render_text (expected->programme);

  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      g_autoptr(CtImportReport) report = import_ok (samples[i][1], -1);
      g_autofree char *got = ct_programme_render_text (report->programme);

      g_assert_cmpstr (report->encoding, ==, samples[i][0]);
      g_assert_cmpstr (got, ==, want);
      g_assert_cmpstr (report->source_lines[0], ==, "CHƯƠNG TRÌNH");
      g_assert_cmpstr (report->source_lines[4], ==, "1. Chỉ đạo thu hoạch.");
    }
}

/* One line typed with an old font among Unicode ones: converted and reported. */
static void
test_misdecoded_line (void)
{
  const char *text = "CHƯƠNG TRÌNH\ncông tác tháng 2 năm 2027\n-----\nI. Nhiệm vụ\n"
                     "1. Bảo đảm an toàn hồ đập.\n"
                     "2. ChØ ®¹o thu ho¹ch lóa mïa.\n"
                     "3. Báo cáo tài chính.\n";
  g_autoptr(CtImportReport) report = import_ok (text, -1);
  gboolean found = FALSE;

  g_assert_cmpstr (report->encoding, ==, "UTF-8");
  g_assert_cmpstr (report->source_lines[5], ==, "2. Chỉ đạo thu hoạch lúa mùa.");
  /* A line in Unicode whose letters are all Latin-1 ones is left as it is. */
  g_assert_cmpstr (report->source_lines[6], ==, "3. Báo cáo tài chính.");
  for (guint i = 0; i < report->warnings->len; i++)
    {
      CtImportWarning *w = g_ptr_array_index (report->warnings, i);

      if (w->line != 6)
        continue;
      g_assert_cmpstr (w->message, ==, "This line was typed with an old Vietnamese font "
                       "(TCVN3 (ABC)) and was converted to Unicode; check it.");
      found = TRUE;
    }
  g_assert_true (found);
}

static void
assert_refused (const char *data,
                gsize       length,
                int         code,
                const char *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtImportReport) report = ct_import_data (data, length, "p.txt", &error);

  g_assert_null (report);
  g_assert_error (error, CT_IMPORT_ERROR, code);
  g_assert_cmpstr (error->message, ==, message);
}

#define RTF "{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times New Roman;}}\\f0 CH\\u431?\\u416?NG}"

static void
test_refused (void)
{
  static const char doc[] = "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\0\0\0\0";
  static const char zip[] = "PK\x03\x04\x14\0\0\0\x08\0";
  static const char damaged[] = "CHƯƠNG TRÌNH\ncông tác\nI. Nhi\xc3\x28m v\xe1\xbb\n";

  assert_refused (RTF, strlen (RTF), CT_IMPORT_ERROR_BINARY,
                  "This is an RTF file; open it in Word or LibreOffice and save it as .docx "
                  "or as text. Nothing was imported.");
  /* The beginnings of a PDF, a Word 97 and a zip file reach their readers, which find
   * them damaged. */
  assert_refused ("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", 15, CT_IMPORT_ERROR_DAMAGED,
                  "The file looks like a PDF but is damaged and cannot be read. Open it in "
                  "the program that made it and save it again, then import that. Nothing "
                  "was imported.");
  assert_refused (doc, sizeof doc - 1, CT_IMPORT_ERROR_DAMAGED,
                  "The file looks like an old Word document (.doc) but is damaged and cannot "
                  "be read. Open it in the program that made it and save it again, then "
                  "import that. Nothing was imported.");
  assert_refused (zip, sizeof zip - 1, CT_IMPORT_ERROR_DAMAGED,
                  "The file looks like a document (.docx or .odt) but is damaged and cannot "
                  "be read. Open it in the program that made it and save it again, then "
                  "import that. Nothing was imported.");
  /* "cá tái" in Windows-1258 is "cỏ tỏi" in TCVN3: both are Vietnamese. */
  assert_refused ("c\xe1 t\xe1i\n", 7, CT_IMPORT_ERROR_ENCODING,
                  "The text is not in UTF-8, and it reads as Vietnamese in more than one old "
                  "encoding (Windows-1258, TCVN3 (ABC)): which one is meant cannot be told. "
                  "Convert it to Unicode UTF-8 and import it again. Nothing was imported.");
  /* Bytes that read as Vietnamese in none. */
  assert_refused ("\xa4\xa4\xfe\xfe \xbc\xbc\xbd\n", 9, CT_IMPORT_ERROR_ENCODING,
                  "The text is not in UTF-8, nor does it read as Vietnamese in an old "
                  "encoding (Windows-1258, TCVN3 (ABC), VNI). Convert it to Unicode UTF-8 "
                  "and import it again. Nothing was imported.");
  assert_refused (damaged, sizeof damaged - 1, CT_IMPORT_ERROR_ENCODING,
                  "The text is in UTF-8 but damaged: line 3 holds bytes that are not UTF-8. "
                  "Save the text again as UTF-8 and import it again. Nothing was imported.");
  assert_refused ("\xff\xfe" "C\0H\0\xaf", 7, CT_IMPORT_ERROR_ENCODING,
                  "The text is in UTF-16 but damaged; save it again as UTF-8 and import it "
                  "again. Nothing was imported.");
}

/* Plain ASCII is not taken for VIQR because of a few marks. */
static void
test_ascii_not_viqr (void)
{
  const char *text = "CHUONG TRINH\ncong tac thang 2 nam 2027\n-----\nI. Nhiem vu\n"
                     "1. Chi dao thu hoach (lua mua), don't stop?\n";
  g_autoptr(GError) error = NULL;
  CtImportDecoded decoded;

  /* Read as it is, not as VIQR ("don't" is no tone mark); being Vietnamese without its
   * letters, the importer then refuses it as such. */
  g_assert_true (ct_import_decode (text, strlen (text), &decoded, &error));
  g_assert_cmpstr (decoded.encoding, ==, "UTF-8");
  g_assert_cmpstr (decoded.text, ==, text);
  ct_import_decoded_clear (&decoded);
  g_assert_null (ct_import_data (text, strlen (text), NULL, &error));
  g_assert_error (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_NO_STRUCTURE);
}

int
main (int    argc,
      char **argv)
{
  ct_test_init (&argc, &argv);

  g_test_add_func ("/import-encoding/utf-8-bom", test_utf8_bom);
  g_test_add_func ("/import-encoding/utf-16", test_utf16);
  g_test_add_func ("/import-encoding/windows-1258", test_windows_1258);
  g_test_add_func ("/import-encoding/tcvn3", test_tcvn3);
  g_test_add_func ("/import-encoding/vni", test_vni);
  g_test_add_func ("/import-encoding/viqr", test_viqr);
  g_test_add_func ("/import-encoding/misdecoded", test_misdecoded);
  g_test_add_func ("/import-encoding/misdecoded-line", test_misdecoded_line);
  g_test_add_func ("/import-encoding/hand-samples", test_hand_samples);
  g_test_add_func ("/import-encoding/refused", test_refused);
  g_test_add_func ("/import-encoding/ascii-not-viqr", test_ascii_not_viqr);
  return g_test_run ();
}
