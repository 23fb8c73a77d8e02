/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "ct-excerpt.h"
#include "test-util.h"

static void
assert_excerpt (const char *text,
                const char *query,
                const char *expected)
{
  g_autofree char *markup = ct_excerpt_markup (text, query);
  g_auto(GStrv) pieces = NULL;
  g_autofree char *shown = NULL;

  g_assert_cmpstr (markup, ==, expected);
  /* What is shown, without the bold, holds at most CT_EXCERPT_MAX_CHARS characters. */
  pieces = g_regex_split_simple ("</?b>", markup, 0, 0);
  shown = g_strjoinv ("", pieces);
  g_assert_cmpint (g_utf8_strlen (shown, -1), <=, CT_EXCERPT_MAX_CHARS);
}

/* A short text is shown whole; the words found are bold, matched without marks or case,
 * in NFC and in NFD alike, and the bold covers the text as typed. */
static void
test_diacritics (void)
{
  assert_excerpt ("Dự Hội nghị tổng kết mùa vụ", "hoi nghi",
                  "Dự <b>Hội nghị</b> tổng kết mùa vụ");
  assert_excerpt ("ĐƯỜNG LÀNG BẾN ĐÒ", "duong lang",
                  "<b>ĐƯỜNG LÀNG</b> BẾN ĐÒ");
  /* "Hội" with a combining circumflex and dot below. */
  assert_excerpt ("Dự Ho\xcc\x82\xcc\xa3i nghị", "HỘI",
                  "Dự <b>Ho\xcc\x82\xcc\xa3i</b> nghị");
  /* The last word may be incomplete, the others are whole words. */
  assert_excerpt ("Hội nghị giao ban", "hoi ngh", "<b>Hội nghị</b> giao ban");
  g_assert_null (ct_excerpt_markup ("Hội nghịch giao ban", "hoi ngh giao"));
  g_assert_null (ct_excerpt_markup ("Hội nghị", "oi"));
}

/* The text is escaped for Pango: a unit's "&" or "<" stays what was typed. */
static void
test_escaped (void)
{
  assert_excerpt ("Phòng Tài nguyên & Môi trường <Cát Lở>", "moi truong",
                  "Phòng Tài nguyên &amp; <b>Môi trường</b> &lt;Cát Lở&gt;");
}

static void
test_start (void)
{
  assert_excerpt ("Hội nghị sơ kết công tác trồng rừng phòng hộ ven sông Mây của các xã "
                  "Bến Lội, Đá Mài, Suối Ngọt và thị trấn Cầu Tre năm nay",
                  "hoi nghi",
                  "<b>Hội nghị</b> sơ kết công tác trồng rừng phòng hộ ven sông Mây của "
                  "các xã Bến Lội…");
}

static void
test_middle (void)
{
  assert_excerpt ("Ủy ban nhân dân xã Bến Lội phối hợp với Hội Nông dân tổ chức tập huấn "
                  "kỹ thuật ghép cây ăn quả cho bà con thôn Gò Sỏi, sau đó tổ chức hội nghị "
                  "tổng kết mô hình vườn mẫu và trao giấy khen cho các hộ làm tốt",
                  "hoi nghi",
                  "…bà con thôn Gò Sỏi, sau đó tổ chức <b>hội nghị</b> tổng kết "
                  "mô hình vườn mẫu và trao…");
}

/* Every match inside the excerpt is bold, a line break typed in the text is one space. */
static void
test_several (void)
{
  assert_excerpt ("Ban Chấp hành họp;\nban chấp hành mở rộng", "ban chap hanh",
                  "<b>Ban Chấp hành</b> họp; <b>ban chấp hành</b> mở rộng");
  assert_excerpt ("Tập huấn cho cán bộ, công chức", "can bo cong chuc",
                  "Tập huấn cho <b>cán bộ, công chức</b>");
}

static void
test_no_match (void)
{
  g_assert_null (ct_excerpt_markup ("Hội nghị tổng kết", "hoi thao"));
  g_assert_null (ct_excerpt_markup ("Hội nghị tổng kết", "  ; "));
  g_assert_null (ct_excerpt_markup ("Hội nghị tổng kết", ""));
  g_assert_null (ct_excerpt_markup (NULL, "hoi"));
  g_assert_null (ct_excerpt_markup ("Hội nghị", NULL));
}

/* A 10 000-character field: the excerpt is cut around the match found deep inside. */
static void
test_long (void)
{
  g_autoptr(GString) text = g_string_new (NULL);

  while (g_utf8_strlen (text->str, -1) < 5000)
    g_string_append (text, "cày bừa ");
  g_string_append (text, "trước Tết dự Hội nghị tổng kết nông thôn mới ");
  while (g_utf8_strlen (text->str, -1) < 10000)
    g_string_append (text, "gặt lúa ");
  g_string_truncate (text, g_utf8_offset_to_pointer (text->str, 10000) - text->str);
  g_assert_cmpint (g_utf8_strlen (text->str, -1), ==, 10000);
  assert_excerpt (text->str, "hoi nghi",
                  "…bừa cày bừa cày bừa trước Tết dự <b>Hội nghị</b> tổng kết "
                  "nông thôn mới gặt lúa gặt…");
}

int
main (int    argc,
      char **argv)
{
  ct_test_init (&argc, &argv);
  g_test_add_func ("/excerpt/diacritics", test_diacritics);
  g_test_add_func ("/excerpt/escaped", test_escaped);
  g_test_add_func ("/excerpt/start", test_start);
  g_test_add_func ("/excerpt/middle", test_middle);
  g_test_add_func ("/excerpt/several", test_several);
  g_test_add_func ("/excerpt/no-match", test_no_match);
  g_test_add_func ("/excerpt/long", test_long);
  return g_test_run ();
}
