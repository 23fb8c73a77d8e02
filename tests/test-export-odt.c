/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

#include "ct-export.h"
#include "ct-import.h"
#include "ct-render-text.h"
#include "ct-sample.h"
#include "fixture-programme.h"
#include "test-util.h"

/* The OpenDocument text of a programme: the package as readers expect it, the paragraphs
 * of content.xml with their named styles, the importer reading it back to the same
 * programme, and, where LibreOffice is installed, the pages it prints beside ours. */

#define MIMETYPE "application/vnd.oasis.opendocument.text"
#define OFFICE_NS "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
#define TEXT_NS "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
#define MANIFEST_NS "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"

static char *tmpdir;

static GBytes *
export_odt (const CtProgramme *programme)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = ct_export_odt (programme, FALSE, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  return bytes;
}

static zip_t *
open_package (GBytes *bytes)
{
  zip_error_t error;
  zip_source_t *source;
  zip_t *zip;

  zip_error_init (&error);
  source = zip_source_buffer_create (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                     0, &error);
  g_assert_nonnull (source);
  zip = zip_open_from_source (source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
  g_assert_nonnull (zip);
  zip_error_fini (&error);
  return zip;
}

static char *
read_member (zip_t      *zip,
             const char *name,
             gsize      *length)
{
  zip_stat_t stat;
  zip_file_t *file;
  char *data;

  g_assert_cmpint (zip_stat (zip, name, 0, &stat), ==, 0);
  data = g_malloc0 (stat.size + 1);
  file = zip_fopen (zip, name, 0);
  g_assert_nonnull (file);
  g_assert_cmpint (zip_fread (file, data, stat.size), ==, (zip_int64_t) stat.size);
  zip_fclose (file);
  if (length != NULL)
    *length = stat.size;
  return data;
}

static xmlDocPtr
read_xml (zip_t      *zip,
          const char *name)
{
  gsize length;
  g_autofree char *data = read_member (zip, name, &length);
  xmlDocPtr doc = xmlReadMemory (data, (int) length, name, NULL, XML_PARSE_NONET);

  g_assert_nonnull (doc);
  return doc;
}

static gboolean
is (xmlNodePtr  node,
    const char *ns,
    const char *name)
{
  return node->type == XML_ELEMENT_NODE && node->ns != NULL &&
         strcmp ((const char *) node->ns->href, ns) == 0 &&
         strcmp ((const char *) node->name, name) == 0;
}

static char *
ns_prop (xmlNodePtr  node,
         const char *ns,
         const char *name)
{
  xmlChar *value = xmlGetNsProp (node, BAD_CAST name, BAD_CAST ns);
  char *copy = g_strdup ((const char *) value);

  xmlFree (value);
  return copy;
}

/* The package: "mimetype" is the first member, stored, at the start of the file with no
 * extra field (the bytes 30 to 37 name it and its content follows at 38, what file
 * type detection reads), and the manifest lists every part. */
static void
test_package (void)
{
  g_autoptr(CtProgramme) p = fixture_programme_state_2025 ();
  g_autoptr(GBytes) bytes = export_odt (p);
  const char *data = g_bytes_get_data (bytes, NULL);
  zip_t *zip = open_package (bytes);
  zip_stat_t stat;
  g_autofree char *mimetype = NULL;
  xmlDocPtr manifest;
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);

  g_assert_cmpmem (data, 4, "PK\003\004", 4);
  g_assert_cmpmem (data + 30, 8, "mimetype", 8);
  g_assert_cmpmem (data + 38, strlen (MIMETYPE), MIMETYPE, strlen (MIMETYPE));
  g_assert_cmpstr (zip_get_name (zip, 0, 0), ==, "mimetype");
  g_assert_cmpint (zip_stat_index (zip, 0, 0, &stat), ==, 0);
  g_assert_cmpint (stat.comp_method, ==, ZIP_CM_STORE);
  mimetype = read_member (zip, "mimetype", NULL);
  g_assert_cmpstr (mimetype, ==, MIMETYPE);

  manifest = read_xml (zip, "META-INF/manifest.xml");
  for (xmlNodePtr n = xmlDocGetRootElement (manifest)->children; n != NULL; n = n->next)
    if (is (n, MANIFEST_NS, "file-entry"))
      g_ptr_array_add (paths, ns_prop (n, MANIFEST_NS, "full-path"));
  g_assert_cmpuint (paths->len, ==, 4);
  g_assert_cmpstr (g_ptr_array_index (paths, 0), ==, "/");
  g_assert_cmpstr (g_ptr_array_index (paths, 1), ==, "content.xml");
  g_assert_cmpstr (g_ptr_array_index (paths, 2), ==, "styles.xml");
  g_assert_cmpstr (g_ptr_array_index (paths, 3), ==, "meta.xml");
  for (guint i = 1; i < paths->len; i++)
    g_assert_cmpint (zip_name_locate (zip, g_ptr_array_index (paths, i), 0), >, 0);
  g_assert_cmpint (zip_get_num_entries (zip, 0), ==, 5);
  xmlFreeDoc (manifest);
  zip_discard (zip);
}

typedef struct
{
  char *style;
  char *text;
  char *list;     /* the style of the list the paragraph is in, or NULL */
} Para;

static void
para_free (Para *para)
{
  g_free (para->style);
  g_free (para->text);
  g_free (para->list);
  g_free (para);
}

/* A paragraph's text as a reader sees it: text:s as spaces, line breaks as "\n". */
static void
append_text (GString    *text,
             xmlNodePtr  node)
{
  for (xmlNodePtr n = node->children; n != NULL; n = n->next)
    if (n->type == XML_TEXT_NODE)
      g_string_append (text, (const char *) n->content);
    else if (is (n, TEXT_NS, "line-break"))
      g_string_append_c (text, '\n');
    else if (is (n, TEXT_NS, "tab"))
      g_string_append_c (text, '\t');
    else if (is (n, TEXT_NS, "s"))
      {
        g_autofree char *c = ns_prop (n, TEXT_NS, "c");

        for (int i = 0; i < (c != NULL ? atoi (c) : 1); i++)
          g_string_append_c (text, ' ');
      }
    else
      append_text (text, n);
}

static void
collect_paragraphs (xmlNodePtr  node,
                    const char *list,
                    GPtrArray  *paras)
{
  for (xmlNodePtr n = node->children; n != NULL; n = n->next)
    if (is (n, TEXT_NS, "p"))
      {
        Para *para = g_new0 (Para, 1);
        GString *text = g_string_new (NULL);

        para->style = ns_prop (n, TEXT_NS, "style-name");
        append_text (text, n);
        para->text = g_string_free (text, FALSE);
        para->list = g_strdup (list);
        g_ptr_array_add (paras, para);
      }
    else if (is (n, TEXT_NS, "list"))
      {
        g_autofree char *style = ns_prop (n, TEXT_NS, "style-name");

        collect_paragraphs (n, style, paras);
      }
    else if (n->type == XML_ELEMENT_NODE)
      collect_paragraphs (n, list, paras);
}

/* The body's paragraphs in reading order (a table's left cell, then its right one). */
static GPtrArray *
content_paragraphs (GBytes *bytes)
{
  zip_t *zip = open_package (bytes);
  xmlDocPtr content = read_xml (zip, "content.xml");
  GPtrArray *paras = g_ptr_array_new_with_free_func ((GDestroyNotify) para_free);
  xmlNodePtr body = NULL;

  for (xmlNodePtr n = xmlDocGetRootElement (content)->children; n != NULL; n = n->next)
    if (is (n, OFFICE_NS, "body"))
      body = n;
  g_assert_nonnull (body);
  collect_paragraphs (body, NULL, paras);
  xmlFreeDoc (content);
  zip_discard (zip);
  return paras;
}

/* Finds, from *@from on, the paragraph of @style in @list with @text, and moves *@from
 * after it. */
static void
assert_next (GPtrArray  *paras,
             guint      *from,
             const char *style,
             const char *list,
             const char *text)
{
  for (guint i = *from; i < paras->len; i++)
    {
      Para *para = g_ptr_array_index (paras, i);

      if (g_strcmp0 (para->text, text) == 0)
        {
          g_assert_cmpstr (para->style, ==, style);
          g_assert_cmpstr (para->list, ==, list);
          *from = i + 1;
          return;
        }
    }
  g_error ("No paragraph \"%s\" after paragraph %u", text, *from);
}

static void
test_content (void)
{
  g_autoptr(CtProgramme) p = fixture_programme_state_2025 ();
  g_autoptr(GBytes) bytes = export_odt (p);
  g_autoptr(GPtrArray) paras = content_paragraphs (bytes);
  guint at = 0;

  if (g_test_verbose ())
    for (guint i = 0; i < paras->len; i++)
      {
        Para *para = g_ptr_array_index (paras, i);

        g_test_message ("%s [%s] %s", para->style, para->list ? para->list : "",
                        para->text);
      }
  /* The first paragraph is the header table's: the first page's master page is the
   * table's. */
  assert_next (paras, &at, "CtIssuingBody", NULL, "ỦY BAN NHÂN DÂN");
  g_assert_cmpuint (at, ==, 1);
  assert_next (paras, &at, "CtIssuingBody", NULL, "HUYỆN SÔNG MÂY");
  assert_next (paras, &at, "CtRule0", NULL, "");
  assert_next (paras, &at, "CtNumber", NULL, "Số: 41/CTr-UBND");
  assert_next (paras, &at, "CtMottoTop", NULL, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  assert_next (paras, &at, "CtMottoBottom", NULL, "Độc lập - Tự do - Hạnh phúc");
  assert_next (paras, &at, "CtPlaceDate", NULL, "Sông Mây, ngày 27 tháng 02 năm 2025");
  assert_next (paras, &at, "CtTitle", NULL, "CHƯƠNG TRÌNH");
  assert_next (paras, &at, "CtSubtitle", NULL, "công tác tháng 3 năm 2025");
  assert_next (paras, &at, "CtHeading", "CtListSection", "Các cuộc họp, hội nghị");
  assert_next (paras, &at, "CtBody", "CtListItem",
               "Phiên họp thường kỳ Ủy ban nhân dân huyện tháng 3: 7 giờ 30, sáng ngày "
               "14/3/2025 (thứ Sáu).");
  assert_next (paras, &at, "CtBody", NULL, "- Chủ trì: Chủ tịch UBND huyện");
  assert_next (paras, &at, "CtSubpoint", NULL, "a) Kết quả thu ngân sách.");
  assert_next (paras, &at, "CtHeading", "CtListSection", "Lịch định kỳ");
  assert_next (paras, &at, "CtHeading", "CtListSection", "Nhiệm vụ trọng tâm");
  assert_next (paras, &at, "CtBody", "CtListItem",
               "Hoàn thành kế hoạch chuyển đổi số của huyện năm 2025.");
  assert_next (paras, &at, "CtRecipientsLabel", NULL, "Nơi nhận:");
  assert_next (paras, &at, "CtRecipient", NULL, "- Lưu: VT, VP.");
  assert_next (paras, &at, "CtSignatureAuthority", NULL, "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH");
  assert_next (paras, &at, "CtSignatureTitle", NULL, "PHÓ CHỦ TỊCH");
  assert_next (paras, &at, "CtSignatureName", NULL, "Trần Quốc Bảo");
  g_assert_cmpuint (at, ==, paras->len);
}

static char *
member_of (const CtProgramme *p,
           gboolean           two_sided,
           const char        *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = ct_export_odt (p, two_sided, &error);
  zip_t *zip;
  char *data;

  g_assert_no_error (error);
  zip = open_package (bytes);
  data = read_member (zip, name, NULL);
  zip_discard (zip);
  return data;
}

#define assert_has(text, part) g_assert_nonnull (strstr ((text), (part)))

/* The named styles carry the measures of the layout (State: body 14 pt on a 19 pt pitch,
 * 1 cm indent, 6 pt above); the page is A4 with its margins, mirrored when two-sided; the
 * number's header sits half a line above 10 mm, the first page has none. */
static void
test_styles (void)
{
  g_autoptr(CtProgramme) p = fixture_programme_state_2025 ();
  g_autofree char *styles = member_of (p, FALSE, "styles.xml");
  g_autofree char *mirrored = member_of (p, TRUE, "styles.xml");
  g_autofree char *content = member_of (p, FALSE, "content.xml");
  g_autofree char *meta = member_of (p, FALSE, "meta.xml");

  assert_has (styles, "<style:style style:name=\"CtBody\" style:display-name=\"Nội dung\" "
              "style:family=\"paragraph\" style:class=\"text\"><style:paragraph-properties "
              "fo:line-height=\"19.00pt\" fo:margin-top=\"6.00pt\" fo:margin-bottom=\"0.00pt\" "
              "fo:margin-left=\"0.00pt\" fo:margin-right=\"0.00pt\" fo:text-indent=\"28.35pt\" "
              "fo:text-align=\"justify\" fo:text-align-last=\"start\" "
              "fo:keep-with-next=\"auto\"/><style:text-properties "
              "fo:font-family=\"'Times New Roman', 'Liberation Serif'\" "
              "style:font-family-generic=\"roman\" fo:font-size=\"14.00pt\" "
              "fo:font-weight=\"normal\" fo:font-style=\"normal\"");
  assert_has (styles, "fo:text-align=\"justify\" fo:text-align-last=\"start\" "
              "fo:keep-with-next=\"always\"/><style:text-properties "
              "fo:font-family=\"'Times New Roman', 'Liberation Serif'\" "
              "style:font-family-generic=\"roman\" fo:font-size=\"14.00pt\" "
              "fo:font-weight=\"bold\"");
  assert_has (styles, "<text:list-style style:name=\"CtListSection\">"
              "<text:list-level-style-number text:level=\"1\" style:num-format=\"I\" "
              "style:num-suffix=\".\"><style:list-level-properties "
              "text:list-level-position-and-space-mode=\"label-alignment\">"
              "<style:list-level-label-alignment text:label-followed-by=\"space\" "
              "fo:text-indent=\"28.35pt\" fo:margin-left=\"0.00pt\"/>");
  assert_has (styles, "<style:page-layout style:name=\"CtPage\"><style:page-layout-properties "
              "fo:page-width=\"595.28pt\" fo:page-height=\"841.89pt\" "
              "style:print-orientation=\"portrait\" fo:margin-top=\"19.95pt\" "
              "fo:margin-bottom=\"56.69pt\" fo:margin-left=\"85.04pt\" "
              "fo:margin-right=\"42.52pt\"/><style:header-style><style:header-footer-properties "
              "fo:min-height=\"16.80pt\" fo:margin-bottom=\"19.95pt\"");
  g_assert_null (strstr (styles, "mirrored"));
  assert_has (mirrored, "<style:page-layout style:name=\"CtPage\" "
              "style:page-usage=\"mirrored\">");
  assert_has (mirrored, "<style:page-layout style:name=\"CtFirstPage\" "
              "style:page-usage=\"mirrored\">");
  assert_has (styles, "<style:master-page style:name=\"Standard\" "
              "style:page-layout-name=\"CtPage\"><style:header><text:p "
              "text:style-name=\"CtPageNumber\"><text:page-number "
              "text:select-page=\"current\">2</text:page-number></text:p></style:header>");
  assert_has (styles, "<style:master-page style:name=\"First_20_Page\" "
              "style:display-name=\"First Page\" style:page-layout-name=\"CtFirstPage\" "
              "style:next-style-name=\"Standard\"/>");
  assert_has (content, "<style:style style:name=\"CtTable0\" style:family=\"table\" "
              "style:master-page-name=\"First_20_Page\">");
  assert_has (content, "<table:table table:name=\"CtTable0\" table:style-name=\"CtTable0\">");
  assert_has (meta, "<dc:title>Chương trình công tác tháng 3 năm 2025</dc:title>"
              "<meta:initial-creator>ỦY BAN NHÂN DÂN HUYỆN SÔNG MÂY</meta:initial-creator>"
              "<meta:creation-date>2025-02-27T00:00:00</meta:creation-date>"
              "<dc:language>vi-VN</dc:language>");
}

/* ODF folds white space: runs of spaces, a space at either end of a line and a tab are
 * written as elements, so that the text reads as typed. */
static void
test_spaces (void)
{
  g_autoptr(CtProgramme) p = fixture_programme_state_2025 ();
  const char *typed = " Hai  dấu cách,\tmột tab\n   ba dấu cách đầu dòng ";
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) paras = NULL;
  g_autofree char *content = NULL;
  zip_t *zip;
  guint at = 0;

  p->introduction = g_strdup (typed);
  bytes = export_odt (p);
  paras = content_paragraphs (bytes);
  assert_next (paras, &at, "CtBody", NULL,
               " Hai  dấu cách,\tmột tab\n   ba dấu cách đầu dòng ");
  zip = open_package (bytes);
  content = read_member (zip, "content.xml", NULL);
  g_assert_nonnull (strstr (content, "<text:s/>Hai<text:s text:c=\"2\"/>dấu cách,<text:tab/>một tab"
                                     "<text:line-break/><text:s text:c=\"3\"/>ba dấu cách "
                                     "đầu dòng<text:s/></text:p>"));
  zip_discard (zip);
}

/* The importer reads the .odt back to the programme it was made from. */
static void
assert_round_trip (const CtProgramme *p)
{
  g_autoptr(GBytes) bytes = export_odt (p);
  g_autoptr(GError) error = NULL;
  g_autoptr(CtImportReport) report = ct_import_data (g_bytes_get_data (bytes, NULL),
                                                     g_bytes_get_size (bytes), "programme.odt",
                                                     &error);
  g_autofree char *expected = ct_programme_render_text (p);
  g_autofree char *read = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (report);
  read = ct_programme_render_text (report->programme);
  g_assert_cmpstr (read, ==, expected);
}

static void
test_round_trip_fixture (void)
{
  g_autoptr(CtProgramme) p = fixture_programme_state_2025 ();

  assert_round_trip (p);
}

static void
test_round_trip_sample (void)
{
  g_autoptr(CtProgramme) p = ct_sample_programme_new ();

  assert_round_trip (p);
}

int
main (int    argc,
      char **argv)
{
  ct_test_init (&argc, &argv);
  g_test_add_func ("/export-odt/package", test_package);
  g_test_add_func ("/export-odt/content", test_content);
  g_test_add_func ("/export-odt/styles", test_styles);
  g_test_add_func ("/export-odt/spaces", test_spaces);
  g_test_add_func ("/export-odt/round-trip/fixture", test_round_trip_fixture);
  g_test_add_func ("/export-odt/round-trip/sample", test_round_trip_sample);
  return ct_test_run_in_folder ("ct-export-odt-XXXXXX", &tmpdir);
}
