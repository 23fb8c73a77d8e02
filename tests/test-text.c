/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <locale.h>

#include "ct-text.h"
#include "test-util.h"

static void
test_fold (void)
{
  const struct { const char *in, *out; } cases[] = {
    { "Đại hội", "dai hoi" },
    { "VĂN PHÒNG HUYỆN ỦY", "van phong huyen uy" },
    { "Văn phòng Huyện uỷ", "van phong huyen uy" },
    /* NFD: "Huyện" with combining circumflex and dot below. */
    { "Huye\xcc\x82\xcc\xa3n  u\xcc\x89y", "huyen uy" },
    { "  đường   Đồng\tKhởi ", "duong dong khoi" },
    /* Decomposition in two steps (U+01D5 = Ü + macron), a canonical singleton
     * (OHM SIGN = GREEK CAPITAL OMEGA), Hangul decomposed to its letters either way, a
     * compatibility ligature kept as it is (canonical decomposition only). */
    { "\xc7\x95 \xe2\x84\xa6", "u \xcf\x89" },
    { "\xed\x95\x9c", "\xe1\x84\x92\xe1\x85\xa1\xe1\x86\xab" },
    { "\xe1\x84\x92\xe1\x85\xa1\xe1\x86\xab", "\xe1\x84\x92\xe1\x85\xa1\xe1\x86\xab" },
    { "\xef\xac\x81", "\xef\xac\x81" },
    /* Invalid UTF-8 becomes U+FFFD, nothing is dropped silently. */
    { "a\xff" "b", "a\xef\xbf\xbd" "b" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *folded = ct_text_fold (cases[i].in);
      g_assert_cmpstr (folded, ==, cases[i].out);
    }
}

static void
test_word_start (void)
{
  g_assert_true (ct_text_matches_word_start ("UBND huyện", "huyen"));
  g_assert_true (ct_text_matches_word_start ("Văn phòng Huyện ủy", "HUY"));
  g_assert_true (ct_text_matches_word_start ("Ban Tổ chức Huyện ủy", "Ban To"));
  g_assert_true (ct_text_matches_word_start ("Ban Tổ chức Huyện ủy", "ban to"));
  /* NFD typing against NFC text; đ against d. */
  g_assert_true (ct_text_matches_word_start ("Đảng ủy xã", "Da\xcc\x89ng"));
  g_assert_true (ct_text_matches_word_start ("Đảng ủy xã", "dang uy"));
  /* Only from the start of a word. */
  g_assert_false (ct_text_matches_word_start ("UBND huyện", "uyen"));
  g_assert_false (ct_text_matches_word_start ("UBND huyện", "huyện ủy"));
  g_assert_false (ct_text_matches_word_start ("UBND huyện", ""));
  g_assert_false (ct_text_matches_word_start (NULL, "a"));
}

static void
test_normalize (void)
{
  g_autofree char *nfc = ct_text_normalize ("Huye\xcc\x82\xcc\xa3n");
  g_autofree char *invalid = ct_text_normalize ("a\xff" "b");

  /* "Huyện" precomposed: ệ is U+1EC7 = E1 BB 87. */
  g_assert_cmpstr (nfc, ==, "Huy\xe1\xbb\x87n");
  g_assert_cmpstr (invalid, ==, "a\xef\xbf\xbd" "b");
  g_assert_null (ct_text_normalize (NULL));
}

static void
assert_same_nfc (const gunichar *chars,
                 glong           n_chars)
{
  g_autofree char *text = g_ucs4_to_utf8 (chars, n_chars, NULL, NULL, NULL);
  g_autofree char *expected = g_utf8_normalize (text, -1, G_NORMALIZE_NFC);
  g_autofree char *normal = ct_text_normalize (text);

  g_assert_cmpstr (normal, ==, expected);
}

static gboolean
is_scalar (gunichar c)
{
  return c < 0xD800 || (c > 0xDFFF && c <= 0x10FFFF);
}

/* Most text is returned as it is when it is plainly NFC already: that shortcut must
 * agree with a full normalisation for every character, every composition of two and
 * every pair of combining marks that NFC reorders. */
static void
test_normalize_shortcut (void)
{
  const char *broken[] = {
    "Huy\xe1\xbb", "Huy\xe1\xbbn", "\xc3", "a\xc3" "b", "\xe2\x80", "\xe2\x80\x8f",
    "\xc0\x80", "\xcb\xc0", "\xe1\xb8\xc0", "\xed\xa0\x80",
  };
  g_autoptr(GArray) marks = g_array_new (FALSE, FALSE, sizeof (gunichar));

  for (gunichar c = 1; c < 0x30000; c++)
    {
      gunichar alone[] = { 'a', c, 'b' };
      gunichar first, second, composed;

      if (!is_scalar (c))
        continue;
      assert_same_nfc (alone, G_N_ELEMENTS (alone));
      if (g_unichar_combining_class (c) > 0)
        g_array_append_val (marks, c);
      if (g_unichar_decompose (c, &first, &second) && second != 0 &&
          g_unichar_compose (first, second, &composed) && composed == c)
        {
          gunichar pair[] = { first, second };
          assert_same_nfc (pair, G_N_ELEMENTS (pair));
        }
    }
  /* Cut or malformed sequences of the same ranges are replaced, as by a full pass. */
  for (guint i = 0; i < G_N_ELEMENTS (broken); i++)
    {
      g_autofree char *valid = g_utf8_make_valid (broken[i], -1);
      g_autofree char *expected = g_utf8_normalize (valid, -1, G_NORMALIZE_NFC);
      g_autofree char *normal = ct_text_normalize (broken[i]);

      g_assert_cmpstr (normal, ==, expected);
    }
  for (guint i = 0; i < marks->len; i++)
    for (guint j = 0; j < marks->len; j++)
      {
        gunichar pair[] = { 'a', g_array_index (marks, gunichar, i),
                            g_array_index (marks, gunichar, j) };

        if (g_unichar_combining_class (pair[1]) > g_unichar_combining_class (pair[2]))
          assert_same_nfc (pair, G_N_ELEMENTS (pair));
      }
}

static void
test_blank_and_collapse (void)
{
  g_autofree char *collapsed = ct_text_collapse_spaces ("  một\n  hai\tba  ");

  g_assert_true (ct_text_is_blank (NULL));
  g_assert_true (ct_text_is_blank (" \t\n"));
  g_assert_false (ct_text_is_blank (" a "));
  g_assert_cmpstr (collapsed, ==, "một hai ba");
}

int
main (int    argc,
      char **argv)
{
  ct_test_init (&argc, &argv);
  g_test_add_func ("/text/fold", test_fold);
  g_test_add_func ("/text/word-start", test_word_start);
  g_test_add_func ("/text/normalize", test_normalize);
  g_test_add_func ("/text/normalize-shortcut", test_normalize_shortcut);
  g_test_add_func ("/text/blank-and-collapse", test_blank_and_collapse);
  return g_test_run ();
}
