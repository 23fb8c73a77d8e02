/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>
#include <libxml/HTMLparser.h>
#include <string.h>

#include "ct-export.h"
#include "ct-render-text.h"
#include "ct-sample.h"
#include "fixture-programme.h"
#include "test-util.h"

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("“%s” not found in:\n%s", needle, haystack);
}

static void
assert_lacks (const char *haystack,
              const char *needle)
{
  if (strstr (haystack, needle) != NULL)
    g_error ("“%s” found in:\n%s", needle, haystack);
}

static void
count_error_cb (void     *user_data,
                xmlError *error)
{
  guint *errors = user_data;

  g_test_message ("libxml2: line %d: %s", error->line, error->message);
  (*errors)++;
}

/* Parsed by libxml2's HTML parser with neither an error nor a warning. */
static void
assert_well_formed (const char *html)
{
  htmlParserCtxtPtr ctxt = htmlNewParserCtxt ();
  guint errors = 0;
  htmlDocPtr doc;

  xmlSetStructuredErrorFunc (&errors, (xmlStructuredErrorFunc) count_error_cb);
  doc = htmlCtxtReadMemory (ctxt, html, strlen (html), "programme.html", "UTF-8",
                            HTML_PARSE_NONET);
  xmlSetStructuredErrorFunc (NULL, NULL);
  g_assert_nonnull (doc);
  g_assert_cmpuint (errors, ==, 0);
  g_assert_true (ctxt->wellFormed);
  xmlFreeDoc (doc);
  htmlFreeParserCtxt (ctxt);
}

/* The words a reader sees: tags (and the <head>) dropped, the five entities the writer
 * makes read back, runs of spaces between words. */
static GStrv
visible_words (const char *html)
{
  const char *body = strstr (html, "<body>");
  g_autoptr(GString) text = g_string_new (NULL);
  static const char *const entities[][2] = {
    { "&lt;", "<" }, { "&gt;", ">" }, { "&quot;", "\"" }, { "&#39;", "'" }, { "&amp;", "&" },
  };

  for (const char *p = body != NULL ? body : html; *p != '\0'; p++)
    {
      if (*p == '<')
        {
          p = strchr (p, '>');
          g_assert_nonnull (p);
          g_string_append_c (text, ' ');
        }
      else
        g_string_append_c (text, *p);
    }
  for (guint i = 0; i < G_N_ELEMENTS (entities); i++)
    g_string_replace (text, entities[i][0], entities[i][1], 0);
  return g_strsplit_set (g_strstrip (text->str), " \n\t", -1);
}

/* The words of @text, empty strings (from runs of spaces) left out. */
static GPtrArray *
words_of (const char *text)
{
  g_auto(GStrv) split = g_strsplit_set (text, " \n\t", -1);
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; split[i] != NULL; i++)
    if (*split[i] != '\0')
      g_ptr_array_add (words, g_strdup (split[i]));
  return words;
}

static GPtrArray *
html_words (const char *html)
{
  g_auto(GStrv) split = visible_words (html);
  g_autofree char *joined = g_strjoinv (" ", split);

  return words_of (joined);
}

/* The same words in the same order; on a difference, the first place it shows. */
static void
assert_same_words (GPtrArray *expected,
                   GPtrArray *actual)
{
  for (guint i = 0; i < MIN (expected->len, actual->len); i++)
    if (g_strcmp0 (g_ptr_array_index (expected, i), g_ptr_array_index (actual, i)) != 0)
      g_error ("word %u: text “%s”, HTML “%s”", i, (char *) g_ptr_array_index (expected, i),
               (char *) g_ptr_array_index (actual, i));
  g_assert_cmpuint (actual->len, ==, expected->len);
}

static void
test_page_state (void)
{
  g_autoptr(CtProgramme) p = fixture_programme_state_2025 ();
  g_autofree char *html = ct_export_html (p, FALSE);

  g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n"
                                   "<meta charset=\"utf-8\">\n"));
  assert_contains (html, "<title>Chương trình công tác tháng 3 năm 2025</title>");
  assert_contains (html, "<p class=\"CtIssuingBody\">ỦY BAN NHÂN DÂN</p>\n"
                   "<p class=\"CtIssuingBody\">HUYỆN SÔNG MÂY</p>\n");
  assert_contains (html, "<p class=\"CtMottoTop\">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>\n"
                   "<p class=\"CtMottoBottom\">Độc lập - Tự do - Hạnh phúc</p>\n"
                   "<div style=\"width:");
  assert_contains (html, "<p class=\"CtTitle\">CHƯƠNG TRÌNH</p>\n"
                   "<p class=\"CtSubtitle\">công tác tháng 3 năm 2025</p>\n");
  assert_contains (html, "<p class=\"CtHeading\">I. ");
  assert_contains (html, "<p class=\"CtBody\">1. ");
  assert_contains (html, "<p class=\"CtSignatureAuthority\">TM. ỦY BAN NHÂN DÂN<br>"
                   "KT. CHỦ TỊCH</p>\n");
  assert_contains (html, "<p class=\"CtSignatureName\">Trần Quốc Bảo</p>\n");
  /* The two columns: 40 % beside 60 % in the State form. */
  assert_contains (html, "<td style=\"width:40%;");
  assert_contains (html, "<td style=\"width:60%;");
  /* One class per named style, the measures of ct_doc_para_format(). */
  assert_contains (html, "p.CtHeading { margin-top:6pt;margin-bottom:0pt;"
                   "font-family:'Times New Roman', 'Liberation Serif', serif;"
                   "font-size:14pt;line-height:19pt;"
                   "font-weight:bold;font-style:normal;text-decoration:none;"
                   "text-align:justify;text-indent:28.35pt;");
  assert_contains (html, "p.CtRecipientsLabel { margin-top:0pt;margin-bottom:0pt;");
  assert_contains (html, "font-size:12pt;line-height:14.4pt;font-weight:bold;"
                   "font-style:italic;");
  assert_contains (html, "@page { size: A4; margin-top:56.69pt;margin-right:42.52pt;"
                   "margin-bottom:56.69pt;margin-left:85.04pt;");
  assert_contains (html, "body { margin:0 auto; color:#000; background:#fff; "
                   "max-width:467.72pt;padding-top:56.69pt;");
  assert_lacks (html, "<script");
  assert_lacks (html, "http");
  assert_well_formed (html);
}

static void
test_page_party (void)
{
  g_autoptr(CtProgramme) p = fixture_programme_september_2023 ();
  g_autofree char *html = ct_export_html (p, FALSE);

  assert_contains (html, "<p class=\"CtStar\">*</p>\n");
  assert_contains (html, "<p class=\"CtMottoTop\">ĐẢNG CỘNG SẢN VIỆT NAM</p>\n<div style=\"");
  assert_contains (html, "<p class=\"CtSeparator\">-----</p>\n");
  assert_contains (html, "<p class=\"CtHeading\">II. ");
  assert_contains (html, "<td style=\"width:45%;");
  assert_contains (html, "p.CtTitle { margin-top:20pt;margin-bottom:0pt;");
  assert_contains (html, "font-size:16pt;line-height:19.2pt;font-weight:bold;");
  assert_lacks (html, "<script");
  assert_well_formed (html);
}

static void
test_fragment (void)
{
  g_autoptr(CtProgramme) p = fixture_programme_state_2025 ();
  g_autofree char *html = ct_export_html (p, TRUE);

  g_assert_true (g_str_has_prefix (html, "<table style=\"width:100%;"));
  assert_lacks (html, "<style");
  assert_lacks (html, "class=");
  assert_lacks (html, "<html");
  assert_lacks (html, "<head");
  assert_lacks (html, "<body");
  assert_lacks (html, "<script");
  g_assert_true (g_utf8_validate (html, -1, NULL));
  /* Every paragraph carries its style's measures. */
  assert_contains (html, "<p style=\"margin-top:0pt;margin-bottom:0pt;"
                   "font-family:'Times New Roman', 'Liberation Serif', serif;"
                   "font-size:13pt;line-height:15.6pt;"
                   "font-weight:bold;font-style:normal;text-decoration:none;"
                   "text-align:center;text-indent:0pt;\">HUYỆN SÔNG MÂY</p>\n");
  assert_contains (html, "font-size:14pt;line-height:19pt;font-weight:bold;font-style:normal;"
                   "text-decoration:none;text-align:justify;text-indent:28.35pt;"
                   "break-after:avoid;page-break-after:avoid;\">I. ");
  assert_contains (html, "serif;font-size:14pt;line-height:16.8pt;font-weight:bold;"
                   "font-style:normal;text-decoration:none;text-align:center;"
                   "text-indent:0pt;\">Trần Quốc Bảo</p>\n");
  /* The closing block stands 12 pt below the body. */
  assert_contains (html, "page-break-inside:avoid;margin-top:12pt;\"><tr>\n");
  g_assert_true (g_str_has_suffix (html, "</tr></table>\n"));
}

static void
test_hostile_text (void)
{
  g_autoptr(CtProgramme) p = fixture_programme_state_2025 ();
  g_autofree char *page = NULL;
  g_autofree char *fragment = NULL;

  g_free (p->subtitle);
  p->subtitle = g_strdup ("<script>alert(\"x\")</script> & 'Ban'");
  g_free (p->signer_name);
  p->signer_name = g_strdup ("A <b>B</b>");
  page = ct_export_html (p, FALSE);
  fragment = ct_export_html (p, TRUE);

  assert_contains (page, "<title>Chương trình &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"
                   " &amp; &#39;Ban&#39;</title>");
  assert_contains (page, "<p class=\"CtSubtitle\">&lt;script&gt;alert(&quot;x&quot;)"
                   "&lt;/script&gt; &amp; &#39;Ban&#39;</p>");
  assert_contains (page, "<p class=\"CtSignatureName\">A &lt;b&gt;B&lt;/b&gt;</p>");
  assert_contains (fragment, "\">A &lt;b&gt;B&lt;/b&gt;</p>");
  assert_lacks (page, "<script");
  assert_lacks (fragment, "<script");
  assert_lacks (page, "<b>");
  assert_well_formed (page);
}

/* The page says the words of the plain text, in its order. Differences by design: the
 * State form draws a rule under the subtitle where the text writes "-----". */
static void
assert_words_of_text (CtProgramme *p)
{
  g_autofree char *text = ct_programme_render_text (p);
  g_autofree char *html = ct_export_html (p, FALSE);
  g_autoptr(GPtrArray) expected = words_of (text);
  g_autoptr(GPtrArray) actual = html_words (html);

  if (p->style == CT_DOCUMENT_STYLE_STATE)
    {
      guint index;

      g_assert_true (g_ptr_array_find_with_equal_func (expected, "-----", g_str_equal, &index));
      g_ptr_array_remove_index (expected, index);
    }
  assert_same_words (expected, actual);
}

static void
test_words_state (void)
{
  g_autoptr(CtProgramme) p = fixture_programme_state_2025 ();

  assert_words_of_text (p);
}

static void
test_words_party (void)
{
  g_autoptr(CtProgramme) p = fixture_programme_september_2023 ();

  assert_words_of_text (p);
}

static void
test_words_sample (void)
{
  g_autoptr(CtProgramme) p = ct_sample_programme_new ();

  assert_words_of_text (p);
}

/* congtac-cli writes the page for a .html name (ct_export_write()). */
static void
test_write_file (void)
{
  g_autoptr(CtProgramme) p = fixture_programme_state_2025 ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ct-export-html-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "chuong-trinh.HTML", NULL);
  g_autofree char *expected = ct_export_html (p, FALSE);
  g_autofree char *contents = NULL;
  CtExportFormat format = CT_EXPORT_FORMAT_DOCX;

  g_assert_no_error (error);
  g_assert_true (ct_export_format_for_path (path, &format));
  g_assert_cmpint (format, ==, CT_EXPORT_FORMAT_HTML);
  g_assert_true (ct_export_write (p, format, path, FALSE, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_cmpstr (contents, ==, expected);
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  ct_test_init (&argc, &argv);

  g_test_add_func ("/export-html/page/state", test_page_state);
  g_test_add_func ("/export-html/page/party", test_page_party);
  g_test_add_func ("/export-html/fragment", test_fragment);
  g_test_add_func ("/export-html/hostile-text", test_hostile_text);
  g_test_add_func ("/export-html/words/state", test_words_state);
  g_test_add_func ("/export-html/words/party", test_words_party);
  g_test_add_func ("/export-html/words/sample", test_words_sample);
  g_test_add_func ("/export-html/write-file", test_write_file);

  return g_test_run ();
}
