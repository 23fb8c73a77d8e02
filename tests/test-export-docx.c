/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <locale.h>
#include <string.h>
#include <zip.h>

#include "ct-export.h"
#include "ct-import.h"
#include "ct-render-text.h"
#include "ct-sample.h"
#include "fixture-programme.h"
#include "test-util.h"

/* The Word file: a package whose parts say what the rules say (A4 in twips, the style's
 * margins, named styles, list numbering, page numbers from page 2), that the importer
 * reads back to the same programme, and that Debian's python3-docx reads. */

static GBytes *
export_docx (const CtProgramme *p,
             gboolean           two_sided)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = ct_export_docx (p, two_sided, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  return bytes;
}

/* The text of member @name of the zip in @bytes. */
static char *
member (GBytes     *bytes,
        const char *name)
{
  zip_error_t error;
  zip_source_t *source;
  zip_t *archive;
  zip_file_t *file;
  zip_stat_t stat;
  char *text;

  zip_error_init (&error);
  source = zip_source_buffer_create (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                     0, &error);
  g_assert_nonnull (source);
  archive = zip_open_from_source (source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
  g_assert_nonnull (archive);
  g_assert_cmpint (zip_stat (archive, name, 0, &stat), ==, 0);
  file = zip_fopen (archive, name, 0);
  g_assert_nonnull (file);
  text = g_malloc0 (stat.size + 1);
  g_assert_cmpint (zip_fread (file, text, stat.size), ==, (zip_int64_t) stat.size);
  zip_fclose (file);
  zip_close (archive);
  zip_error_fini (&error);
  return text;
}

/* A4 is 11906 × 16838 twips; Party margins 20/20/30/15 mm are 1134/1134/1701/850. */
static void
test_page_setup (void)
{
  g_autoptr(CtProgramme) p = fixture_programme_september_2023 ();
  g_autoptr(GBytes) bytes = export_docx (p, FALSE);
  g_autoptr(GBytes) two_sided = export_docx (p, TRUE);
  g_autofree char *document = member (bytes, "word/document.xml");
  g_autofree char *settings = member (bytes, "word/settings.xml");
  g_autofree char *settings_two = member (two_sided, "word/settings.xml");
  g_autofree char *header = member (bytes, "word/header1.xml");
  g_autofree char *first = member (bytes, "word/header2.xml");
  g_autofree char *core = member (bytes, "docProps/core.xml");

  g_assert_nonnull (strstr (document, "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"));
  g_assert_nonnull (strstr (document, "<w:pgMar w:top=\"1134\" w:bottom=\"1134\" "
                                      "w:left=\"1701\" w:right=\"850\""));
  g_assert_nonnull (strstr (document, "<w:titlePg/>"));
  g_assert_null (strstr (settings, "mirrorMargins"));
  g_assert_nonnull (strstr (settings_two, "<w:mirrorMargins/>"));
  g_assert_nonnull (strstr (header, "w:instr=\" PAGE \""));
  g_assert_null (strstr (first, "PAGE"));
  g_assert_nonnull (strstr (core, "<dc:title>Chương trình công tác tháng 9 năm 2023</dc:title>"));
}

/* Named styles carry the sizes: the title 16 pt bold (32 half-points), the body 14 pt on
 * an exact 19 pt pitch (380 twips) with a 1 cm first-line indent (567 twips). */
static void
test_styles_and_lists (void)
{
  g_autoptr(CtProgramme) p = fixture_programme_september_2023 ();
  g_autoptr(GBytes) bytes = export_docx (p, FALSE);
  g_autofree char *styles = member (bytes, "word/styles.xml");
  g_autofree char *numbering = member (bytes, "word/numbering.xml");
  g_autofree char *document = member (bytes, "word/document.xml");
  const char *title = strstr (styles, "w:styleId=\"CtTitle\"");
  const char *body = strstr (styles, "w:styleId=\"CtBody\"");

  g_assert_nonnull (title);
  g_assert_nonnull (strstr (title, "<w:name w:val=\"Tên loại văn bản\"/>"));
  g_assert_nonnull (strstr (title, "<w:b/><w:sz w:val=\"32\"/>"));
  g_assert_nonnull (body);
  g_assert_nonnull (strstr (body, "<w:spacing w:before=\"120\" w:after=\"0\" w:line=\"380\" "
                                  "w:lineRule=\"exact\"/><w:ind w:left=\"0\" "
                                  "w:firstLine=\"567\"/><w:jc w:val=\"both\"/>"));
  g_assert_nonnull (strstr (numbering, "<w:numFmt w:val=\"upperRoman\"/>"));
  /* The section heading's number is Word's, not typed. */
  g_assert_nonnull (strstr (document, "<w:pStyle w:val=\"CtHeading\"/><w:numPr><w:ilvl "
                                      "w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>"));
  g_assert_null (strstr (document, ">I. "));
}

static char *
render (const CtProgramme *p)
{
  return ct_programme_render_text (p);
}

/* Export, then import: the same programme, as its text shows it. */
static void
assert_round_trip (const CtProgramme *p)
{
  g_autoptr(GBytes) bytes = export_docx (p, FALSE);
  g_autoptr(GError) error = NULL;
  g_autoptr(CtImportReport) report = ct_import_data (g_bytes_get_data (bytes, NULL),
                                                     g_bytes_get_size (bytes), "back.docx",
                                                     &error);
  g_autofree char *before = render (p);
  g_autofree char *after = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (report->format, ==, "docx");
  after = render (report->programme);
  g_assert_cmpstr (after, ==, before);
}

static void
test_round_trip (void)
{
  g_autoptr(CtProgramme) september = fixture_programme_september_2023 ();
  g_autoptr(CtProgramme) state = fixture_programme_state_2025 ();
  g_autoptr(CtProgramme) sample = ct_sample_programme_new ();

  assert_round_trip (september);
  assert_round_trip (state);
  assert_round_trip (sample);
}

static void
test_round_trip_seed (void)
{
  g_autoptr(CtProgramme) seed = fixture_programme_seed ();

  if (seed != NULL)
    assert_round_trip (seed);
}

/* Debian's python3-docx opens the file and finds the two tables and the named styles. */
static void
test_python_docx (void)
{
  g_autoptr(CtProgramme) p = fixture_programme_state_2025 ();
  g_autoptr(GBytes) bytes = export_docx (p, FALSE);
  g_autofree char *folder = ct_test_make_folder ("docx-XXXXXX");
  g_autofree char *path = g_build_filename (folder, "state.docx", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status;
  const char *script =
    "import docx, sys\n"
    "d = docx.Document(sys.argv[1])\n"
    "print(len(d.tables))\n"
    "print('|'.join(p.text for p in d.tables[0].cell(0, 0).paragraphs))\n"
    "print('|'.join(p.text for p in d.tables[1].cell(0, 1).paragraphs))\n"
    "print(d.paragraphs[0].style.name, d.paragraphs[0].text)\n"
    "print([p.text for p in d.paragraphs if p.style.name == 'Đề mục'][0])\n"
    "print(d.core_properties.author)\n";
  const char *argv[] = { "/usr/bin/python3", "-c", script, path, NULL };

  if (!g_spawn_command_line_sync ("/usr/bin/python3 -c 'import docx'", NULL, NULL, &status,
                                  NULL) || !g_spawn_check_wait_status (status, NULL))
    {
      g_test_skip ("Debian's python3-docx is not installed (build-aux/test installs it)");
      ct_test_remove_tree (folder);
      return;
    }
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL),
                                      g_bytes_get_size (bytes), NULL));
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, 0, NULL, NULL, &out, &err, &status,
                               NULL));
  g_assert_cmpstr (err, ==, "");
  g_assert_cmpstr (out, ==,
                   "2\n"
                   "ỦY BAN NHÂN DÂN|HUYỆN SÔNG MÂY||Số: 41/CTr-UBND\n"
                   "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH|PHÓ CHỦ TỊCH|Trần Quốc Bảo\n"
                   "Tên loại văn bản CHƯƠNG TRÌNH\n"
                   "Các cuộc họp, hội nghị\n"
                   "ỦY BAN NHÂN DÂN HUYỆN SÔNG MÂY\n");
  ct_test_remove_tree (folder);
}

int
main (int    argc,
      char **argv)
{
  ct_test_init (&argc, &argv);
  g_test_add_func ("/export-docx/page-setup", test_page_setup);
  g_test_add_func ("/export-docx/styles-and-lists", test_styles_and_lists);
  g_test_add_func ("/export-docx/round-trip", test_round_trip);
  g_test_add_func ("/export-docx/round-trip-seed", test_round_trip_seed);
  g_test_add_func ("/export-docx/python-docx", test_python_docx);
  return g_test_run ();
}
