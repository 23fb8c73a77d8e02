/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#include "ct-import-text.h"
#include "ct-renderer.h"
#include "ct-sample.h"
#include "ct-store.h"
#include "fixture-programme.h"
#include "pdf-check.h"
#include "test-util.h"

/* The PDF as a reader sees it (pdf-check.c reads it with poppler): page size, fonts, text,
 * positions, for fictional programmes, the seed programme and hard cases. */

static char *tmpdir;

/* The family the checks of pdf-check.c expect, whichever this computer would choose. */
#define TEST_FONT CT_RENDERER_DEFAULT_FONT


static char *
export (const CtProgramme *programme,
        const char        *name)
{
  g_autoptr(CtRenderer) renderer = ct_renderer_new (programme, TEST_FONT);
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (tmpdir, name, NULL);

  g_assert_true (ct_renderer_export_pdf (renderer, path, &error));
  g_assert_no_error (error);
  return path;
}

/* Exports @programme to @name and reads it back: its words, and the document in *@doc. */
static GPtrArray *
export_words (const CtProgramme  *programme,
              const char         *name,
              PopplerDocument   **doc)
{
  g_autofree char *path = export (programme, name);

  *doc = open_pdf (path);
  return pdf_words (*doc);
}

/* Each of the words @prefix, 1 to @n in @digits digits, then @suffix, is printed once. */
static void
assert_numbered_once (GPtrArray  *words,
                      const char *prefix,
                      int         digits,
                      guint       n,
                      const char *suffix)
{
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *code = g_strdup_printf ("%s%0*u%s", prefix, digits, i + 1, suffix);

      g_assert_cmpuint (count_word (words, code), ==, 1);
    }
}

/* The first-run sample with a few additions: an introduction, a task of several paragraphs
 * and an event with an agenda inside an ordinary section. All names are fictional. */
static CtProgramme *
fixture_programme (void)
{
  CtProgramme *p = ct_sample_programme_new ();
  CtSection *section = g_ptr_array_index (p->sections, 0);
  CtItem *item;
  GDate date;

  p->introduction = g_strdup ("Thực hiện Quy chế làm việc của Ban Chấp hành Đảng bộ huyện, Ban "
                              "Thường vụ Huyện ủy xây dựng Chương trình công tác tháng 12 năm "
                              "2026 như sau:");
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 4, G_DATE_DECEMBER, 2026);
  item = ct_item_new_event ("Hội nghị tổng kết công tác dân vận", &date);
  item->day_part = CT_DAY_PART_MORNING;
  ct_item_add_agenda_item (item, "Báo cáo tổng kết công tác dân vận năm 2026.", "Ban Dân vận");
  ct_item_add_agenda_item (item, "Khen thưởng các tập thể, cá nhân tiêu biểu.", "Ban Dân vận");
  ct_section_add_item (section, item);
  return p;
}

static void
test_text_matches (void)
{
  g_autoptr(CtProgramme) p = fixture_programme ();
  g_autoptr(PopplerDocument) doc = NULL;
  g_autoptr(GPtrArray) words = export_words (p, "text.pdf", &doc);

  g_assert_cmpint (poppler_document_get_n_pages (doc), >=, 2);
  assert_same_words (p, words);
}

/* Saves @programme in a new database and runs "congtac-cli export-pdf [@option]" under
 * @locale. */
static char *
export_with_cli (CtProgramme *programme,
                 const char  *name,
                 const char  *locale,
                 const char  *option)
{
  g_autofree char *db = g_strdup_printf ("%s/%s.db", tmpdir, name);
  g_autofree char *id = NULL;
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(CtStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) env = g_environ_setenv (g_get_environ (), "LC_ALL", locale, TRUE);
  char *path = g_strdup_printf ("%s/%s.pdf", tmpdir, name);
  int status;

  store = ct_store_open (db, &error);
  g_assert_no_error (error);
  g_assert_true (ct_store_save_programme (store, programme, &error));
  g_assert_no_error (error);
  id = g_strdup_printf ("%" G_GINT64_FORMAT, programme->id);
  {
    const char *argv[] = { g_getenv ("CT_CLI"), "--db", db, "export-pdf", id, path, option,
                           NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL, &out,
                                 &err, &status, &error));
  }
  g_assert_no_error (error);
  g_assert_cmpstr (err, ==, "");
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return path;
}

/* The real programme of the seed folder, imported from its text; its header is not in the
 * text and gets fictional values. Exported by congtac-cli under en_US and vi_VN, it must
 * pass every check of the fixtures. */
static void
test_seed (void)
{
  const char *dir = g_getenv ("CT_SEEDS_DIR");
  g_autofree char *seed = NULL;
  g_autoptr(CtProgramme) p = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *en = NULL, *vi = NULL;
  g_autoptr(PopplerDocument) doc = NULL;
  g_autoptr(GPtrArray) words = NULL;

  seed = dir ? g_build_filename (dir, "programme-2023-09-huyen-uy.txt", NULL) : NULL;
  if (seed == NULL || !g_file_test (seed, G_FILE_TEST_IS_REGULAR))
    {
      g_test_skip ("The seed folder (CT_SEEDS_DIR) is absent: the real programme is not "
                   "checked");
      return;
    }
  p = ct_import_text_file (seed, NULL, &error);
  g_assert_no_error (error);
  g_free (p->superior_body);
  p->superior_body = g_strdup ("ĐẢNG BỘ TỈNH ĐỒNG XANH");
  g_free (p->issuing_body);
  p->issuing_body = g_strdup ("HUYỆN ỦY SÔNG MÂY");
  p->number = 123;
  g_free (p->body_code);
  p->body_code = g_strdup ("HU");
  g_free (p->place_name);
  p->place_name = g_strdup ("Sông Mây");
  g_date_set_dmy (&p->issue_date, 31, G_DATE_AUGUST, 2023);

  en = export_with_cli (p, "seed-en", "en_US.UTF-8", "--font=" TEST_FONT);
  p->id = 0;
  vi = export_with_cli (p, "seed-vi", "vi_VN.UTF-8", "--font=" TEST_FONT);
  assert_a4 (en);
  assert_a4 (vi);
  doc = open_pdf (vi);
  words = pdf_words (doc);
  g_assert_cmpint (poppler_document_get_n_pages (doc), >=, 4);
  assert_fonts (doc);
  assert_same_words (p, words);
  assert_header_columns (words, p);
  assert_page_numbers_and_margins (doc, words, FALSE);
  assert_closing_together (words, p);
  assert_party_type (doc, p);
}

/* congtac-cli export-pdf: an unknown id or an unwritable path fails with exit status 1 and
 * one line on stderr, and writes nothing; --font with a family lacking Vietnamese letters
 * warns and still writes the file. */
static void
test_cli_errors (void)
{
  g_autofree char *db = g_build_filename (tmpdir, "cli-errors.db", NULL);
  g_autofree char *pdf = g_build_filename (tmpdir, "cli-errors.pdf", NULL);
  g_autofree char *bad = g_build_filename (tmpdir, "missing", "x.pdf", NULL);
  g_auto(GStrv) env = g_environ_setenv (g_get_environ (), "LANGUAGE", "C", TRUE);
  const char *unknown[] = { g_getenv ("CT_CLI"), "--db", db, "export-pdf", "99", pdf, NULL };
  const char *unwritable[] = { g_getenv ("CT_CLI"), "--db", db, "export-pdf", "1", bad, NULL };
  const char *font[] = { g_getenv ("CT_CLI"), "--db", db, "export-pdf", "1", pdf, "--font",
                         "No Such Family Anywhere", NULL };
  const char *const *runs[] = { unknown, unwritable, font };

  env = g_environ_setenv (env, "LC_ALL", "C.UTF-8", TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (runs); i++)
    {
      g_autofree char *out = NULL, *err = NULL;
      g_autoptr(GError) error = NULL;
      int status;

      g_assert_true (g_spawn_sync (NULL, (char **) runs[i], env, G_SPAWN_DEFAULT, NULL, NULL,
                                   &out, &err, &status, &error));
      g_assert_no_error (error);
      g_assert_true (g_str_has_prefix (err, "congtac-cli: "));
      g_assert_cmpint (strchr (err, '\n') - err, ==, (int) strlen (err) - 1);
      if (i < 2)
        {
          g_assert_false (g_spawn_check_wait_status (status, NULL));
          g_assert_cmpint (WEXITSTATUS (status), ==, 1);
          g_assert_false (g_file_test (i == 0 ? pdf : bad, G_FILE_TEST_EXISTS));
        }
      else
        {
          g_assert_true (g_spawn_check_wait_status (status, NULL));
          g_assert_nonnull (strstr (err, "No Such Family Anywhere"));
          g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
        }
    }
}

/* GTK and many tools default to US Letter under en_US; the document is A4 whatever the
 * locale (36-HD/VPTW; NĐ 30/2020). */
static void
test_a4_any_locale (void)
{
  g_autoptr(CtProgramme) p = fixture_programme ();
  g_autofree char *en = export_with_cli (p, "locale-en", "en_US.UTF-8", NULL);
  g_autofree char *vi = NULL;

  p->id = 0;
  vi = export_with_cli (p, "locale-vi", "vi_VN.UTF-8", NULL);
  assert_a4 (en);
  assert_a4 (vi);
}

static void
test_fonts (void)
{
  g_autoptr(CtProgramme) p = fixture_programme ();
  g_autofree char *path = export (p, "fonts.pdf");
  g_autoptr(PopplerDocument) doc = open_pdf (path);

  assert_fonts (doc);
}

static void
test_header_columns (void)
{
  g_autoptr(CtProgramme) p = fixture_programme ();
  g_autoptr(PopplerDocument) doc = NULL;
  g_autoptr(GPtrArray) words = export_words (p, "header.pdf", &doc);
  PopplerRectangle box;

  assert_header_columns (words, p);
  assert_party_type (doc, p);
  g_assert_cmpint (find_phrase (words, 0, "Sông Mây, ngày 27 tháng 11 năm 2026", &box), >=, 0);
  g_assert_cmpint (find_phrase (words, 0, "Số 58-CTr/HU", &box), >=, 0);
}

static void
test_page_numbers_and_margins (void)
{
  g_autoptr(CtProgramme) p = fixture_programme ();
  g_autoptr(PopplerDocument) doc = NULL;
  g_autoptr(GPtrArray) words = export_words (p, "margins.pdf", &doc);

  assert_page_numbers_and_margins (doc, words, FALSE);
}

/* Printed on both sides, back pages have the margins mirrored (36-HD/VPTW: left 15,
 * right 30 mm); front pages keep theirs. */
static void
test_two_sided (void)
{
  g_autoptr(CtProgramme) p = fixture_programme ();
  g_autofree char *path = export_with_cli (p, "two-sided", "C.UTF-8", "--two-sided");
  g_autoptr(PopplerDocument) doc = open_pdf (path);
  g_autoptr(GPtrArray) words = pdf_words (doc);
  double back_left = PAGE_W, front_left = PAGE_W;

  g_assert_cmpint (poppler_document_get_n_pages (doc), >=, 2);
  assert_page_numbers_and_margins (doc, words, TRUE);
  for (guint i = 0; i < words->len; i++)
    {
      const Word *w = g_ptr_array_index (words, i);

      if (w->page == 1)
        back_left = MIN (back_left, w->x1);
      else if (w->page == 0)
        front_left = MIN (front_left, w->x1);
    }
  /* The text starts at the margin: 15 mm on the back page, 30 mm on the front. */
  g_assert_cmpfloat_with_epsilon (back_left, MM (15), 1.0);
  g_assert_cmpfloat_with_epsilon (front_left, MM (30), 1.0);
}

static void
test_closing_block (void)
{
  g_autoptr(CtProgramme) p = fixture_programme ();
  g_autoptr(PopplerDocument) doc = NULL;
  g_autoptr(GPtrArray) words = export_words (p, "closing.pdf", &doc);

  assert_closing_together (words, p);
}

/* Pushes the closing block to every possible position across a page break by adding one
 * task paragraph at a time: it is never split and never alone on a page. */
static void
test_closing_never_alone (void)
{
  g_autoptr(CtProgramme) p = fixture_programme ();
  CtSection *section = g_ptr_array_index (p->sections, 0);

  for (guint i = 0; i < 40; i++)
    {
      g_autoptr(CtRenderer) renderer = NULL;
      g_autofree char *name = g_strdup_printf ("alone-%u.pdf", i);
      g_autoptr(PopplerDocument) doc = NULL;
      g_autoptr(GPtrArray) words = NULL;

      ct_section_add_item (section, ct_item_new_task ("Rà soát, hoàn thiện hồ sơ."));
      words = export_words (p, name, &doc);
      assert_closing_together (words, p);
      assert_same_words (p, words);
    }
}

/* 60 conferences, one of them with a 120-item agenda spanning several pages: every agenda
 * line appears exactly once, in order, and the words equal the text rendering's. */
static void
test_long_agenda (void)
{
  g_autoptr(CtProgramme) p = fixture_programme ();
  g_autoptr(PopplerDocument) doc = NULL;
  g_autoptr(GPtrArray) words = NULL;

  fixture_add_conferences (p);
  words = export_words (p, "long.pdf", &doc);
  g_assert_cmpint (poppler_document_get_n_pages (doc), >=, 6);
  assert_numbered_once (words, "CĐ", 3, 120, "");
  assert_numbered_once (words, "HN", 2, 59, "");
  assert_same_words (p, words);
  assert_closing_together (words, p);
  assert_page_numbers_and_margins (doc, words, FALSE);
}

/* A task paragraph taller than a page splits between lines, losing nothing; a programme
 * with nothing in it still gives one page. Pagination ends in both. */
static void
test_tall_paragraph (void)
{
  g_autoptr(CtProgramme) p = fixture_programme ();
  g_autoptr(CtProgramme) empty = ct_programme_new ();
  g_autoptr(GString) text = g_string_new ("Tiếp tục");
  g_autoptr(CtRenderer) renderer = NULL;
  g_autoptr(PopplerDocument) doc = NULL;
  g_autoptr(GPtrArray) words = NULL;

  for (guint i = 0; i < 900; i++)
    g_string_append_printf (text, " ỔN ĐỊNH%u", i);
  ct_section_add_item (g_ptr_array_index (p->sections, 0), ct_item_new_task (text->str));
  words = export_words (p, "tall.pdf", &doc);
  g_assert_cmpint (poppler_document_get_n_pages (doc), >=, 4);
  assert_same_words (p, words);

  renderer = ct_renderer_new (empty, NULL);
  g_assert_cmpuint (ct_renderer_paginate (renderer), ==, 1);
}

/* NĐ 30/2020 preset: Quốc hiệu and Tiêu ngữ instead of the Party line, "Số:" with a colon,
 * "TM." with a dot, recipients ending with ";". */
static void
test_state_style (void)
{
  g_autoptr(CtProgramme) p = fixture_programme ();
  g_autoptr(PopplerDocument) doc = NULL;
  g_autoptr(GPtrArray) words = NULL;
  PopplerRectangle box;

  p->style = CT_DOCUMENT_STYLE_STATE;
  g_free (p->superior_body);
  p->superior_body = g_strdup ("UBND TỈNH ĐỒNG XANH");
  g_free (p->issuing_body);
  p->issuing_body = g_strdup ("UBND HUYỆN SÔNG MÂY");
  g_free (p->body_code);
  p->body_code = g_strdup ("UBND");
  g_ptr_array_set_size (p->signer_authorities, 0);
  ct_programme_add_signer_authority (p, CT_SIGNING_AUTHORITY_ON_BEHALF, "ỦY BAN NHÂN DÂN");
  words = export_words (p, "state.pdf", &doc);
  g_assert_cmpint (find_phrase (words, 0, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", &box), >=, 0);
  g_assert_cmpint (find_phrase (words, 0, "Độc lập - Tự do - Hạnh phúc", &box), >=, 0);
  g_assert_cmpint (find_phrase (words, 0, "Số: 58/CTr-UBND", &box), >=, 0);
  g_assert_cmpint (find_phrase (words, -1, "TM. ỦY BAN NHÂN DÂN", &box), >=, 0);
  g_assert_cmpint (find_phrase (words, -1, "- Thường trực Huyện ủy;", &box), >=, 0);
  g_assert_cmpint (find_phrase (words, 0, "ĐẢNG CỘNG SẢN VIỆT NAM", &box), <, 0);
  assert_same_words (p, words);
}

/* The State fixture prints every attribute, the vague timings, the monthly rules, the
 * tasks' units and due times as the text rendering does; the sub-points sit one indent
 * deeper than their agenda item; the authority lines "TM. ỦY BAN NHÂN DÂN" and
 * "KT. CHỦ TỊCH" are two bold lines in order above the title and the name, all centred
 * on one axis in the signature column (NĐ 30/2020 Phụ lục I §II.8). */
static void
test_state_2025 (void)
{
  g_autoptr(CtProgramme) p = fixture_programme_state_2025 ();
  g_autoptr(PopplerDocument) doc = NULL;
  g_autoptr(GPtrArray) words = export_words (p, "state-2025.pdf", &doc);
  const char *signature[] = { "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
                              "Trần Quốc Bảo" };
  PopplerRectangle agenda, point_a, point_b, detail, lines[G_N_ELEMENTS (signature)];
  double centre;

  assert_same_words (p, words);
  g_assert_cmpint (find_phrase (words, 0, "- Chủ trì: Chủ tịch UBND huyện", &detail), >=, 0);
  g_assert_cmpint (find_phrase (words, -1, "(Giấy mời riêng)", &detail), >=, 0);
  g_assert_cmpint (find_phrase (words, -1, "Bến Đò: Tuần 3.", &detail), >=, 0);
  g_assert_cmpint (find_phrase (words, -1, "chiều thứ Hai tuần đầu tiên hằng tháng", &detail),
                   >=, 0);
  g_assert_cmpint (find_phrase (words, -1, "- Thời gian hoàn thành: quý II", &detail), >=, 0);

  g_assert_cmpint (find_phrase (words, -1, "- Báo cáo tình hình", &agenda), >=, 0);
  g_assert_cmpint (find_phrase (words, -1, "a) Kết quả", &point_a), >=, 0);
  g_assert_cmpint (find_phrase (words, -1, "b) Tiến độ", &point_b), >=, 0);
  g_assert_cmpfloat_with_epsilon (agenda.x1, MARGIN_LEFT + MM (10), 1.0);
  g_assert_cmpfloat_with_epsilon (point_a.x1, MARGIN_LEFT + MM (20), 1.0);
  g_assert_cmpfloat_with_epsilon (point_b.x1, point_a.x1, 0.5);
  g_assert_cmpfloat (agenda.y2, <, point_a.y1);
  g_assert_cmpfloat (point_a.y2, <, point_b.y1);

  for (guint i = 0; i < G_N_ELEMENTS (signature); i++)
    {
      g_autofree char *font = NULL;
      double size = 0;

      g_assert_cmpint (find_phrase (words, -1, signature[i], &lines[i]), >=, 0);
      g_assert_true (find_type (doc, signature[i], &font, &size));
      g_assert_cmpstr (font, ==, "LiberationSerif-Bold");
      g_assert_cmpfloat_with_epsilon (size, 14, 0.01);
      if (i > 0)
        g_assert_cmpfloat (lines[i].y1, >, lines[i - 1].y2 - 1);
    }
  centre = (lines[0].x1 + lines[0].x2) / 2;
  g_assert_cmpfloat (centre, >, MARGIN_LEFT + TEXT_W / 2);
  for (guint i = 1; i < G_N_ELEMENTS (signature); i++)
    g_assert_cmpfloat_with_epsilon ((lines[i].x1 + lines[i].x2) / 2, centre, 1.0);
}

/* Document symbols and dates are never cut at their "-" or "/" at the end of a line:
 * among 60 of them at every position of a justified paragraph, each stays one word. */
static void
test_symbols_whole (void)
{
  g_autoptr(CtProgramme) p = fixture_programme ();
  g_autoptr(GString) text = g_string_new ("Triển khai");
  g_autoptr(PopplerDocument) doc = NULL;
  g_autoptr(GPtrArray) words = NULL;

  for (guint i = 0; i < 60; i++)
    g_string_append_printf (text, " %s Quy định số %u-QĐ/TW ngày %02u/7/2023", i % 3 ? "và" : "",
                            100 + i * 7, 1 + i % 28);
  ct_section_add_item (g_ptr_array_index (p->sections, 0), ct_item_new_task (text->str));
  words = export_words (p, "symbols.pdf", &doc);
  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *symbol = g_strdup_printf ("%u-QĐ/TW", 100 + i * 7);
      g_autofree char *date = g_strdup_printf ("%02u/7/2023", 1 + i % 28);

      g_assert_cmpuint (count_word (words, symbol), ==, 1);
      g_assert_cmpuint (count_word (words, date), >=, 1);
    }
  assert_same_words (p, words);
}

/* A weekday is never broken between its words: each "(thứ" is followed on its own line by
 * the weekday's name, whatever the words before it; the text is printed as typed. */
static void
test_weekdays_whole (void)
{
  static const char *const fillers[] = { "họp", "giao ban", "làm việc với xã", "kiểm tra",
                                         "đoàn công tác", "tổng kết", "dự hội nghị" };
  static const char *const days_v[] = { "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", NULL };
  const guint n_days = G_N_ELEMENTS (days_v) - 1;
  g_autoptr(CtProgramme) p = fixture_programme ();
  g_autoptr(GString) text = g_string_new ("Lịch làm việc");
  g_autoptr(PopplerDocument) doc = NULL;
  g_autoptr(GPtrArray) words = NULL;
  guint found = 0;

  for (guint i = 0; i < 90; i++)
    g_string_append_printf (text, " %s (thứ %s)", fillers[(i * 5) % G_N_ELEMENTS (fillers)],
                            days_v[i % n_days]);
  ct_section_add_item (g_ptr_array_index (p->sections, 0), ct_item_new_task (text->str));
  words = export_words (p, "weekdays.pdf", &doc);
  /* The fixture's own "(thứ Sáu)" are checked too. */
  for (guint i = 0; i + 1 < words->len; i++)
    {
      Word *w = g_ptr_array_index (words, i), *next = g_ptr_array_index (words, i + 1);
      g_autofree char *day = NULL;

      if (!g_str_equal (w->text, "(thứ"))
        continue;
      day = g_strndup (next->text, strcspn (next->text, ")."));
      g_assert_true (g_strv_contains (days_v, day));
      g_assert_cmpuint (next->page, ==, w->page);
      g_assert_cmpfloat (fabs (next->y1 - w->y1), <, 1);
      found++;
    }
  g_assert_cmpuint (found, >=, 90);
  assert_same_words (p, words);
}

/* Ninety recipients make the closing block taller than a page: it breaks between
 * recipient lines below the signature, "Nơi nhận:" and the signature stay together, and
 * every recipient is printed once. */
static void
test_many_recipients (void)
{
  g_autoptr(CtProgramme) p = fixture_programme ();
  g_autoptr(PopplerDocument) doc = NULL;
  g_autoptr(GPtrArray) words = NULL;

  for (guint i = 0; i < 90; i++)
    {
      g_autofree char *text = g_strdup_printf ("Đảng ủy xã Đồi Chè số NN%02u", i + 1);

      ct_programme_add_recipient (p, text, i < 3 ? "để biết" : NULL);
    }
  words = export_words (p, "recipients.pdf", &doc);
  assert_numbered_once (words, "NN", 2, 90, ",");
  assert_closing_together (words, p);
  assert_same_words (p, words);
  assert_page_numbers_and_margins (doc, words, FALSE);
}

/* Programmes of random shape (sections, paragraph lengths, agendas, recipients) from the
 * test's random seed: pagination ends and no word is lost or repeated. */
static void
test_random_shapes (void)
{
  for (guint round = 0; round < 12; round++)
    {
      g_autoptr(CtProgramme) p = fixture_programme ();
      g_autofree char *name = g_strdup_printf ("random-%u.pdf", round);
      g_autoptr(PopplerDocument) doc = NULL;
      g_autoptr(GPtrArray) words = NULL;
      guint n_sections = g_test_rand_int_range (0, 6);

      for (guint s = 0; s < n_sections; s++)
        {
          CtSection *section = ct_programme_add_section (p, "Công tác kiểm tra, giám sát");
          guint n_items = g_test_rand_int_range (0, 5);

          for (guint i = 0; i < n_items; i++)
            {
              g_autoptr(GString) text = g_string_new ("Chỉ đạo");
              guint n_words = g_test_rand_int_range (1, 700);

              for (guint w = 0; w < n_words; w++)
                g_string_append (text, w % 9 ? " thực hiện" : " Ủy ban");
              ct_section_add_item (section, ct_item_new_task (text->str));
            }
        }
      for (guint r = g_test_rand_int_range (0, 30); r > 0; r--)
        ct_programme_add_recipient (p, "Các chi, đảng bộ trực thuộc", r % 4 ? NULL : "để biết");
      if (g_test_rand_bit ())
        g_clear_pointer (&p->archive_line, g_free);
      words = export_words (p, name, &doc);
      assert_same_words (p, words);
      assert_closing_together (words, p);
      assert_page_numbers_and_margins (doc, words, FALSE);
    }
}

/* Returns whether row @y of an A8 image surface has any ink. */
static gboolean
row_has_ink (cairo_surface_t *surface,
             int              y)
{
  const unsigned char *row = cairo_image_surface_get_data (surface) +
                             y * cairo_image_surface_get_stride (surface);

  for (int x = 0; x < cairo_image_surface_get_width (surface); x++)
    if (row[x] > 64)
      return TRUE;
  return FALSE;
}

/* Capitals with two stacked marks (Ỗ, Ể, Ấ) at the top of a page keep their marks inside
 * the text area: nothing is drawn between the page number and the top margin, and the
 * first line's ink is right under the margin. Nothing is clipped: the renderer never
 * clips, and the line box leaves room above the capitals. */
static void
test_stacked_marks (void)
{
  g_autoptr(CtProgramme) p = fixture_programme ();
  g_autoptr(GString) text = g_string_new ("Ỗn");
  g_autoptr(CtRenderer) renderer = NULL;
  const double scale = 4;
  cairo_surface_t *surface;
  cairo_t *cr;
  int top;

  for (guint i = 0; i < 400; i++)
    g_string_append (text, " ỖỂẤ ẶỄ");
  ct_section_add_item (g_ptr_array_index (p->sections, 0), ct_item_new_task (text->str));
  renderer = ct_renderer_new (p, NULL);
  g_assert_cmpuint (ct_renderer_paginate (renderer), >=, 3);

  surface = cairo_image_surface_create (CAIRO_FORMAT_A8, (int) (PAGE_W * scale),
                                        (int) (PAGE_H * scale));
  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  ct_renderer_draw_page (renderer, cr, 1);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  /* The page number ends about 36 pt from the top; then blank paper down to the margin. */
  for (int y = (int) (40 * scale); y < (int) (MARGIN_TOP * scale); y++)
    g_assert_false (row_has_ink (surface, y));
  for (top = (int) (MARGIN_TOP * scale); !row_has_ink (surface, top); top++)
    ;
  g_test_message ("first ink %.2f pt under the margin", top / scale - MARGIN_TOP);
  g_assert_cmpfloat (top / scale - MARGIN_TOP, <, 4.0);
  cairo_surface_destroy (surface);
}

/* Page @page of @programme drawn on an A8 image, INK_SCALE pixels a point. */
#define INK_SCALE 4.0

static cairo_surface_t *
draw_page_image (const CtProgramme *programme,
                 guint              page)
{
  g_autoptr(CtRenderer) renderer = ct_renderer_new (programme, TEST_FONT);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_A8,
                                                         (int) (PAGE_W * INK_SCALE),
                                                         (int) (PAGE_H * INK_SCALE));
  cairo_t *cr = cairo_create (surface);

  g_assert_cmpuint (page, <, ct_renderer_paginate (renderer));
  cairo_scale (cr, INK_SCALE, INK_SCALE);
  ct_renderer_draw_page (renderer, cr, page);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* The bounding box, pt, of the ink inside the rectangle (@x0, @y0)–(@x1, @y1) of an image
 * from draw_page_image(); FALSE when there is none. */
static gboolean
ink_box (cairo_surface_t  *surface,
         double            x0,
         double            y0,
         double            x1,
         double            y1,
         PopplerRectangle *ink)
{
  const unsigned char *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  gboolean found = FALSE;

  ink->x1 = ink->y1 = G_MAXDOUBLE;
  ink->x2 = ink->y2 = -G_MAXDOUBLE;
  for (int y = (int) (y0 * INK_SCALE); y < (int) (y1 * INK_SCALE); y++)
    for (int x = (int) (x0 * INK_SCALE); x < (int) (x1 * INK_SCALE); x++)
      if (data[y * stride + x] > 64)
        {
          ink->x1 = MIN (ink->x1, x / INK_SCALE), ink->x2 = MAX (ink->x2, (x + 1) / INK_SCALE);
          ink->y1 = MIN (ink->y1, y / INK_SCALE), ink->y2 = MAX (ink->y2, (y + 1) / INK_SCALE);
          found = TRUE;
        }
  return found;
}

/* Each of @lines is a line of its own on page 1, in order, centred in the left header
 * column (@fraction of the text width), in @font; returns the box of the last one. */
static PopplerRectangle
assert_name_lines (PopplerDocument   *doc,
                   GPtrArray         *words,
                   double             fraction,
                   const char *const *lines,
                   const char        *font)
{
  PopplerRectangle box = { 0 }, previous = { 0 };

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *found = NULL;
      double size;

      if (find_phrase (words, 0, lines[i], &box) < 0)
        g_error ("“%s” is not a line of page 1", lines[i]);
      g_assert_cmpfloat_with_epsilon ((box.x1 + box.x2) / 2,
                                      MARGIN_LEFT + TEXT_W * fraction / 2, 1.0);
      if (i > 0)
        g_assert_cmpfloat (box.y1, >, previous.y2 - 1);
      g_assert_true (find_type (doc, lines[i], &found, &size));
      g_assert_cmpstr (found, ==, font);
      previous = box;
    }
  return box;
}

/* NĐ 30/2020 Phụ lục I §II.3: a People's Committee has no superior body and its name goes
 * over the two lines the author typed, both bold, each centred; the short rule (1/3 to
 * 1/2 of the line) goes under the last one. */
static void
test_state_agency_lines (void)
{
  g_autoptr(CtProgramme) p = fixture_programme ();
  const char *const lines[] = { "ỦY BAN NHÂN DÂN", "XÃ ĐỒI CHÈ", NULL };
  g_autoptr(PopplerDocument) doc = NULL;
  g_autoptr(GPtrArray) words = NULL;
  PopplerRectangle last, rule;
  cairo_surface_t *image;

  p->style = CT_DOCUMENT_STYLE_STATE;
  g_clear_pointer (&p->superior_body, g_free);
  g_free (p->issuing_body);
  p->issuing_body = g_strdup ("Ủy ban nhân dân\nXã Đồi Chè");
  words = export_words (p, "agency-state.pdf", &doc);
  last = assert_name_lines (doc, words, 0.40, lines, "LiberationSerif-Bold");

  image = draw_page_image (p, 0);
  g_assert_true (ink_box (image, MARGIN_LEFT, last.y2 + 1, MARGIN_LEFT + TEXT_W * 0.40,
                          last.y2 + 6, &rule));
  cairo_surface_destroy (image);
  g_test_message ("rule %.1f pt under a line of %.1f pt", rule.x2 - rule.x1,
                  last.x2 - last.x1);
  g_assert_cmpfloat (rule.y2 - rule.y1, <, 1.5);
  g_assert_cmpfloat (rule.x2 - rule.x1, >=, (last.x2 - last.x1) / 3);
  g_assert_cmpfloat (rule.x2 - rule.x1, <=, (last.x2 - last.x1) / 2);
  g_assert_cmpfloat_with_epsilon ((rule.x1 + rule.x2) / 2, (last.x1 + last.x2) / 2, 1.0);
}

/* A department under a parent agency: the parent regular, the department's two typed
 * lines bold; the Party header breaks its names the same way. */
static void
test_agency_lines_under_parent (void)
{
  g_autoptr(CtProgramme) p = fixture_programme ();
  const char *const parent[] = { "UBND TỈNH BẮC HÒA", NULL };
  const char *const department[] = { "SỞ TÀI NGUYÊN", "VÀ MÔI TRƯỜNG", NULL };
  const char *const party_parent[] = { "ĐẢNG BỘ TỈNH", "ĐỒNG XANH", NULL };
  const char *const committee[] = { "ĐẢNG ỦY KHỐI CƠ QUAN", "TỈNH HÀ LAM", NULL };
  g_autoptr(PopplerDocument) doc = NULL, party_doc = NULL;
  g_autoptr(GPtrArray) words = NULL, party_words = NULL;

  p->style = CT_DOCUMENT_STYLE_STATE;
  g_free (p->superior_body);
  p->superior_body = g_strdup ("UBND TỈNH BẮC HÒA");
  g_free (p->issuing_body);
  p->issuing_body = g_strdup ("SỞ TÀI NGUYÊN\nVÀ MÔI TRƯỜNG");
  words = export_words (p, "agency-parent.pdf", &doc);
  assert_name_lines (doc, words, 0.40, parent, "LiberationSerif");
  assert_name_lines (doc, words, 0.40, department, "LiberationSerif-Bold");

  p->style = CT_DOCUMENT_STYLE_PARTY;
  g_free (p->superior_body);
  p->superior_body = g_strdup ("ĐẢNG BỘ TỈNH\nĐỒNG XANH");
  g_free (p->issuing_body);
  p->issuing_body = g_strdup ("ĐẢNG ỦY KHỐI CƠ QUAN\nTỈNH HÀ LAM");
  party_words = export_words (p, "agency-party.pdf", &party_doc);
  assert_name_lines (party_doc, party_words, 0.45, party_parent, "LiberationSerif");
  assert_name_lines (party_doc, party_words, 0.45, committee, "LiberationSerif-Bold");
}

/* The rule under "ĐẢNG CỘNG SẢN VIỆT NAM" is drawn, as long as the line, when nothing is
 * in the left column (no bodies, no number) and no place or date either. */
static void
test_party_rule_alone (void)
{
  g_autoptr(CtProgramme) p = fixture_programme ();
  g_autoptr(PopplerDocument) doc = NULL;
  g_autoptr(GPtrArray) words = NULL;
  PopplerRectangle party, rule;
  cairo_surface_t *image;

  g_clear_pointer (&p->superior_body, g_free);
  g_clear_pointer (&p->issuing_body, g_free);
  g_clear_pointer (&p->body_code, g_free);
  g_clear_pointer (&p->place_name, g_free);
  g_date_clear (&p->issue_date, 1);
  p->number = 0;
  words = export_words (p, "party-rule.pdf", &doc);
  g_assert_cmpint (find_phrase (words, 0, "ĐẢNG CỘNG SẢN VIỆT NAM", &party), >=, 0);
  image = draw_page_image (p, 0);
  g_assert_true (ink_box (image, party.x1 - 10, party.y2 + 1, party.x2 + 10, party.y2 + 6,
                          &rule));
  cairo_surface_destroy (image);
  g_assert_cmpfloat (rule.y2 - rule.y1, <, 1.5);
  g_assert_cmpfloat_with_epsilon (rule.x1, party.x1, 1.0);
  g_assert_cmpfloat_with_epsilon (rule.x2, party.x2, 1.0);
}

/* The signature is centred under the header's right column ("ĐẢNG CỘNG SẢN VIỆT NAM", the
 * Quốc hiệu) in both styles, to half a millimetre. */
static void
test_signature_under_header (void)
{
  for (guint style = 0; style < 2; style++)
    {
      g_autoptr(CtProgramme) p = fixture_programme ();
      g_autofree char *name = g_strdup_printf ("signature-%u.pdf", style);
      g_autoptr(PopplerDocument) doc = NULL;
      g_autoptr(GPtrArray) words = NULL;
      PopplerRectangle header, signer;
      double offset;

      p->style = style == 0 ? CT_DOCUMENT_STYLE_PARTY : CT_DOCUMENT_STYLE_STATE;
      words = export_words (p, name, &doc);
      g_assert_cmpint (find_phrase (words, 0, style == 0 ? "ĐẢNG CỘNG SẢN VIỆT NAM"
                                                         : "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                                    &header), >=, 0);
      g_assert_cmpint (find_phrase (words, -1, p->signer_name, &signer), >=, 0);
      offset = (signer.x1 + signer.x2) / 2 - (header.x1 + header.x2) / 2;
      g_test_message ("%s: signature centre %+.2f mm from the header's right column",
                      style == 0 ? "Party" : "State", offset * 25.4 / 72);
      g_assert_cmpfloat (ABS (offset), <, MM (0.5));
    }
}

/* Three recipients sharing "(báo cáo)" are joined by a brace drawn over their lines, the
 * purpose after it on one line, a space away, level with the brace's point. */
static void
test_recipient_brace (void)
{
  g_autoptr(CtProgramme) p = fixture_programme ();
  const char *const group[] = { "Thường trực Tỉnh ủy", "Văn phòng Tỉnh ủy",
                                "Ban Tổ chức Tỉnh ủy" };
  g_autoptr(PopplerDocument) doc = NULL;
  g_autoptr(GPtrArray) words = NULL;
  PopplerRectangle purpose, first = { 0 }, last = { 0 }, brace;
  double text_right = 0;
  cairo_surface_t *image;
  guint page;

  g_ptr_array_set_size (p->recipients, 0);
  for (guint i = 0; i < G_N_ELEMENTS (group); i++)
    ct_programme_add_recipient (p, group[i], "báo cáo");
  ct_programme_add_recipient (p, "Các chi, đảng bộ cơ sở", NULL);
  words = export_words (p, "brace.pdf", &doc);
  g_assert_cmpint (find_phrase (words, -1, "(báo cáo)", &purpose), >=, 0);
  page = ((Word *) g_ptr_array_index (words, find_phrase (words, -1, "(báo cáo)",
                                                          &purpose)))->page;
  for (guint i = 0; i < G_N_ELEMENTS (group); i++)
    {
      g_autofree char *line = g_strdup_printf ("- %s,", group[i]);

      g_assert_cmpint (find_phrase (words, page, line, i == 0 ? &first : &last), >=, 0);
      text_right = MAX (text_right, i == 0 ? first.x2 : last.x2);
    }
  /* One line, right of the recipients. */
  g_assert_cmpfloat (purpose.y2 - purpose.y1, <, 12 * 1.5);
  g_assert_cmpfloat (purpose.x1, >, text_right);

  image = draw_page_image (p, page);
  g_assert_true (ink_box (image, text_right + 0.5, first.y1 - 3, purpose.x1 - 0.5,
                          last.y2 + 3, &brace));
  cairo_surface_destroy (image);
  g_test_message ("brace %.1f × %.1f pt, %.1f pt before the purpose", brace.x2 - brace.x1,
                  brace.y2 - brace.y1, purpose.x1 - brace.x2);
  g_assert_cmpfloat (brace.y1, <, (first.y1 + first.y2) / 2);
  g_assert_cmpfloat (brace.y2, >, (last.y1 + last.y2) / 2);
  g_assert_cmpfloat (brace.x2 - brace.x1, >, 2);
  g_assert_cmpfloat (brace.x2 - brace.x1, <, 8);
  g_assert_cmpfloat (purpose.x1 - brace.x2, >, 1);
  g_assert_cmpfloat (purpose.x1 - brace.x2, <, 6);
  g_assert_cmpfloat_with_epsilon ((purpose.y1 + purpose.y2) / 2, (brace.y1 + brace.y2) / 2,
                                  2.0);
}

/* A programme whose body ends low on its third page, with twelve recipients: the
 * signature and the recipients beside it fit under the body's last lines, the whole list
 * would not. The list goes on on the fourth page instead of the signature leaving the
 * body's page with its last lines and a quarter of that page empty. */
static void
test_recipients_go_on (void)
{
  g_autoptr(CtProgramme) p = fixture_programme ();
  CtSection *section = g_ptr_array_index (p->sections, 0);
  g_autoptr(PopplerDocument) doc = NULL;
  g_autoptr(GPtrArray) words = NULL;
  g_autofree char *archive = g_strdup_printf ("- %s.", p->archive_line);
  PopplerRectangle label, name, box;
  const Word *label_word, *last_body;
  int label_index;

  for (guint i = 0; i < 24; i++)
    ct_section_add_item (section, ct_item_new_task ("Rà soát, hoàn thiện hồ sơ đề nghị khen "
                                                    "thưởng các tập thể, cá nhân tiêu biểu."));
  g_ptr_array_set_size (p->recipients, 0);
  for (guint i = 0; i < 12; i++)
    {
      g_autofree char *text = g_strdup_printf ("Đảng ủy xã Đồi Chè số NN%02u", i + 1);

      ct_programme_add_recipient (p, text, NULL);
    }
  words = export_words (p, "go-on.pdf", &doc);
  label_index = find_phrase (words, -1, "Nơi nhận:", &label);
  g_assert_cmpint (label_index, >, 0);
  label_word = g_ptr_array_index (words, label_index);
  last_body = g_ptr_array_index (words, label_index - 1);
  g_test_message ("“Nơi nhận:” on page %u of %d, %.0f pt from the top", label_word->page + 1,
                  poppler_document_get_n_pages (doc), label.y1);
  g_assert_cmpint (poppler_document_get_n_pages (doc), ==, 4);
  g_assert_cmpuint (label_word->page, ==, 2);
  g_assert_cmpuint (last_body->page, ==, 2);
  g_assert_false (is_page_number (last_body));
  g_assert_cmpint (find_phrase (words, 2, p->signer_name, &name), >=, 0);
  g_assert_cmpint (find_phrase (words, 3, archive, &box), >=, 0);
  assert_closing_together (words, p);
  assert_same_words (p, words);
}

/* A failed export reports CT_RENDERER_ERROR_IO and leaves an existing file as it was. */
static void
test_export_errors (void)
{
  g_autoptr(CtProgramme) p = fixture_programme ();
  g_autoptr(CtRenderer) renderer = ct_renderer_new (p, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *missing = g_build_filename (tmpdir, "no-such-folder", "x.pdf", NULL);
  g_autofree char *folder = g_build_filename (tmpdir, "a-folder.pdf", NULL);

  g_assert_false (ct_renderer_export_pdf (renderer, missing, &error));
  g_assert_error (error, CT_RENDERER_ERROR, CT_RENDERER_ERROR_IO);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_false (ct_renderer_export_pdf (renderer, folder, &error));
  g_assert_error (error, CT_RENDERER_ERROR, CT_RENDERER_ERROR_IO);
  g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));
}

static void
test_font_check (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ct_renderer_check_font ("Liberation Serif", &error));
  g_assert_no_error (error);
  g_assert_false (ct_renderer_check_font ("No Such Family Anywhere", &error));
  g_assert_error (error, CT_RENDERER_ERROR, CT_RENDERER_ERROR_FONT_MISSING);
  g_clear_error (&error);
  /* DejaVu Math TeX Gyre (fonts-dejavu-extra) has no Vietnamese letters. */
  if (ct_renderer_check_font ("DejaVu Math TeX Gyre", &error))
    g_assert_not_reached ();
  if (g_error_matches (error, CT_RENDERER_ERROR, CT_RENDERER_ERROR_FONT_MISSING))
    {
      g_test_message ("DejaVu Math TeX Gyre is not installed; the no-Vietnamese case is not "
                      "checked");
      return;
    }
  g_assert_error (error, CT_RENDERER_ERROR, CT_RENDERER_ERROR_FONT_NO_VIETNAMESE);
}

/* Times New Roman when it is installed (NĐ 30/2020 names it), whatever the case of its
 * name; otherwise Liberation Serif, with the same metrics. The list is given, so the test
 * does not depend on the fonts of this computer. */
static void
test_choose_font (void)
{
  const char *const with[] = { "DejaVu Serif", "times new roman", "Liberation Serif", NULL };
  const char *const without[] = { "DejaVu Serif", "Liberation Serif", NULL };
  const char *const none[] = { NULL };
  const char *chosen = ct_renderer_get_default_font ();
  g_autoptr(CtProgramme) p = ct_programme_new ();
  g_autoptr(CtRenderer) renderer = ct_renderer_new (p, NULL);

  g_assert_cmpstr (ct_renderer_choose_font (with), ==, "Times New Roman");
  g_assert_cmpstr (ct_renderer_choose_font (without), ==, "Liberation Serif");
  g_assert_cmpstr (ct_renderer_choose_font (none), ==, "Liberation Serif");
  /* This computer's choice is one of the two, and a renderer without a family uses it. */
  g_assert_true (g_strcmp0 (chosen, "Times New Roman") == 0 ||
                 g_strcmp0 (chosen, "Liberation Serif") == 0);
  g_assert_cmpstr (ct_renderer_get_font_family (renderer), ==, chosen);
}

int
main (int    argc,
      char **argv)
{
  ct_test_init (&argc, &argv);

  g_test_add_func ("/pdf/seed", test_seed);
  g_test_add_func ("/pdf/a4-any-locale", test_a4_any_locale);
  g_test_add_func ("/pdf/cli-errors", test_cli_errors);
  g_test_add_func ("/pdf/fonts", test_fonts);
  g_test_add_func ("/pdf/two-sided", test_two_sided);
  g_test_add_func ("/pdf/text-matches", test_text_matches);
  g_test_add_func ("/pdf/header-columns", test_header_columns);
  g_test_add_func ("/pdf/page-numbers-and-margins", test_page_numbers_and_margins);
  g_test_add_func ("/pdf/closing-block", test_closing_block);
  g_test_add_func ("/pdf/closing-never-alone", test_closing_never_alone);
  g_test_add_func ("/pdf/long-agenda", test_long_agenda);
  g_test_add_func ("/pdf/tall-paragraph", test_tall_paragraph);
  g_test_add_func ("/pdf/many-recipients", test_many_recipients);
  g_test_add_func ("/pdf/random-shapes", test_random_shapes);
  g_test_add_func ("/pdf/symbols-whole", test_symbols_whole);
  g_test_add_func ("/pdf/weekdays-whole", test_weekdays_whole);
  g_test_add_func ("/pdf/stacked-marks", test_stacked_marks);
  g_test_add_func ("/pdf/state-style", test_state_style);
  g_test_add_func ("/pdf/state-agency-lines", test_state_agency_lines);
  g_test_add_func ("/pdf/agency-lines-under-parent", test_agency_lines_under_parent);
  g_test_add_func ("/pdf/party-rule-alone", test_party_rule_alone);
  g_test_add_func ("/pdf/signature-under-header", test_signature_under_header);
  g_test_add_func ("/pdf/recipient-brace", test_recipient_brace);
  g_test_add_func ("/pdf/recipients-go-on", test_recipients_go_on);
  g_test_add_func ("/pdf/state-2025", test_state_2025);
  g_test_add_func ("/pdf/export-errors", test_export_errors);
  g_test_add_func ("/pdf/font-check", test_font_check);
  g_test_add_func ("/pdf/choose-font", test_choose_font);

  return ct_test_run_in_folder ("test-pdf-XXXXXX", &tmpdir);
}
