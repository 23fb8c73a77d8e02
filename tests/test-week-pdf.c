/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "ct-holidays.h"
#include "ct-week-renderer.h"
#include "fixture-programme.h"
#include "pdf-check.h"
#include "test-util.h"

/* The weekly schedule's PDF read as a reader sees it, through poppler: A4 landscape, the
 * header of the issuing body, the column titles on every page, the week's days and
 * entries in order, rows whole on a page, a day going on on the next page marked
 * "(tiếp)". */

#define LANDSCAPE_W PAGE_H
#define LANDSCAPE_H PAGE_W

static char *tmpdir;

static const char *const head_words[] = {
  "Thứ/Ngày", "Buổi/Giờ", "Nội", "dung", "Chủ", "trì", "(lãnh", "đạo", "dự)", "Thành",
  "phần", "Địa", "điểm", "Đơn", "vị", "chuẩn", "bị",
};

/* The month of tests/test-week.c and a programme of week 39 adding one meeting. */
static GPtrArray *
september_week (void)
{
  GPtrArray *programmes = g_ptr_array_new_with_free_func ((GDestroyNotify) ct_programme_unref);

  g_ptr_array_add (programmes, fixture_programme_september_2023 ());
  g_ptr_array_add (programmes, fixture_programme_week_39_2023 ());
  return programmes;
}

/* Writes the week's PDF and returns its words. */
static GPtrArray *
render_week (GPtrArray       *programmes,
             const char      *name,
             PopplerDocument **doc)
{
  g_autoptr(CtWeek) week = ct_week_new (2023, 39, programmes, ct_holidays_get_default ());
  g_autoptr(CtWeekRenderer) renderer = ct_week_renderer_new (week,
                                                             g_ptr_array_index (programmes, 0),
                                                             NULL);
  g_autofree char *path = g_build_filename (tmpdir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (ct_week_renderer_export_pdf (renderer, path, &error));
  g_assert_no_error (error);
  *doc = open_pdf (path);
  g_assert_cmpint (poppler_document_get_n_pages (*doc), ==,
                   ct_week_renderer_get_n_pages (renderer));
  return pdf_words (*doc);
}

static gboolean
has_word (GPtrArray  *words,
          guint       page,
          const char *text)
{
  for (guint i = 0; i < words->len; i++)
    {
      const Word *w = g_ptr_array_index (words, i);

      if (w->page == page && g_strcmp0 (w->text, text) == 0)
        return TRUE;
    }
  return FALSE;
}

/* The first @text on a page after @page, or on @page below @y. */
static const Word *
find_word_below (GPtrArray  *words,
                 const char *text,
                 guint       page,
                 double      y)
{
  for (guint i = 0; i < words->len; i++)
    {
      const Word *w = g_ptr_array_index (words, i);

      if (g_strcmp0 (w->text, text) == 0 && (w->page > page || (w->page == page && w->y1 > y)))
        return w;
    }
  g_error ("“%s” is not in the PDF", text);
  return NULL;
}

static const Word *
find_word (GPtrArray  *words,
           const char *text)
{
  return find_word_below (words, text, 0, -1);
}

/* Every page: A4 landscape, the column titles, the text inside the margins, the page
 * number from page 2 on. */
static void
assert_pages (PopplerDocument *doc,
              GPtrArray       *words)
{
  int n = poppler_document_get_n_pages (doc);

  for (int p = 0; p < n; p++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (doc, p);
      g_autofree char *number = g_strdup_printf ("%d", p + 1);
      double width, height;

      poppler_page_get_size (page, &width, &height);
      g_assert_cmpfloat_with_epsilon (width, 841.89, 0.01);
      g_assert_cmpfloat_with_epsilon (height, 595.28, 0.01);
      for (guint k = 0; k < G_N_ELEMENTS (head_words); k++)
        if (!has_word (words, p, head_words[k]))
          g_error ("page %d lacks the column title word “%s”", p + 1, head_words[k]);
      g_assert_true (p == 0 || has_word (words, p, number));
    }
  for (guint i = 0; i < words->len; i++)
    {
      const Word *w = g_ptr_array_index (words, i);

      if (is_page_number (w))
        {
          g_assert_cmpuint (w->page, >, 0);
          continue;
        }
      g_assert_cmpfloat (w->x1, >=, MM (30) - 0.5);
      g_assert_cmpfloat (w->x2, <=, LANDSCAPE_W - MM (15) + 0.5);
      g_assert_cmpfloat (w->y1, >=, MM (20) - 0.5);
      g_assert_cmpfloat (w->y2, <=, LANDSCAPE_H - MM (20) + 0.5);
    }
}

/* Week 39 of 2023 on one page: the header of Huyện ủy Sông Mây without the month's
 * number, the title and the week, Monday to Friday with their entries in order, the
 * added meeting marked, nothing of 8 or 20 September, no weekend, the signature. */
static void
test_september_week (void)
{
  g_autoptr(GPtrArray) programmes = september_week ();
  g_autoptr(PopplerDocument) doc = NULL;
  g_autoptr(GPtrArray) words = render_week (programmes, "week-39.pdf", &doc);
  const char *dates[] = { "25/9/2023", "26/9/2023", "27/9/2023", "28/9/2023", "29/9/2023" };
  const char *entries[] = { "Giao ban Thường", "Dự kiến: Hội", "Làm việc với", "Ban Chấp hành",
                            "thông tin thường" };
  const char *weekdays[] = { "Hai", "Ba", "Tư", "Năm", "Sáu" };
  PopplerRectangle box, title, heading, authority;
  double previous;

  g_assert_cmpint (poppler_document_get_n_pages (doc), ==, 1);
  assert_pages (doc, words);
  g_assert_cmpint (find_phrase (words, 0, "ĐẢNG BỘ TỈNH ĐỒNG XANH", &box), >=, 0);
  g_assert_cmpint (find_phrase (words, 0, "HUYỆN ỦY SÔNG MÂY", &box), >=, 0);
  g_assert_cmpint (find_phrase (words, 0, "ĐẢNG CỘNG SẢN VIỆT NAM", &box), >=, 0);
  g_assert_cmpuint (count_word (words, "-CTr/HU"), ==, 0);
  g_assert_cmpuint (count_word (words, "Số"), ==, 0);
  g_assert_cmpint (find_phrase (words, 0, "LỊCH CÔNG TÁC TUẦN", &title), >=, 0);
  g_assert_cmpint (find_phrase (words, 0, "(Tuần 39, từ ngày 25/9/2023 đến ngày 01/10/2023)",
                                &heading), >=, 0);
  g_assert_cmpfloat (heading.y1, >, title.y2 - 1);
  g_assert_cmpfloat (find_word (words, "Thứ/Ngày")->y1, >, heading.y2);

  previous = heading.y2;
  for (guint d = 0; d < G_N_ELEMENTS (dates); d++)
    {
      const Word *date = find_word_below (words, dates[d], 0, heading.y2);
      PopplerRectangle entry;

      /* The day cell's first line is level with its entry's first line. */
      g_assert_cmpint (find_phrase (words, 0, entries[d], &entry), >=, 0);
      g_assert_cmpint (find_phrase (words, 0, weekdays[d], &box), >=, 0);
      g_assert_cmpfloat (date->y1, >, previous);
      g_assert_cmpfloat (entry.y1, >, previous);
      g_assert_cmpfloat (ABS (entry.y1 - box.y1), <, 2);
      previous = MAX (date->y2, entry.y2);
    }
  g_assert_cmpint (find_phrase (words, 0, "(bổ sung)", &box), >=, 0);
  g_assert_cmpint (find_phrase (words, 0, "Làm việc với", &heading), >=, 0);
  g_assert_cmpfloat (box.y1, >, heading.y1);
  g_assert_cmpuint (count_word (words, "14"), ==, 1);   /* "14 giờ" */
  g_assert_cmpuint (count_word (words, "Chiều"), ==, 1);
  /* Not the conferences of 8 and 20 September, nor Saturday and Sunday. */
  g_assert_cmpuint (count_word (words, "chuyên"), ==, 0);
  g_assert_cmpuint (count_word (words, "thoại"), ==, 0);
  g_assert_cmpuint (count_word (words, "30/9/2023"), ==, 0);
  g_assert_cmpuint (count_word (words, "Bảy"), ==, 0);
  g_assert_cmpuint (count_word (words, "(tiếp)"), ==, 0);
  /* The Party form's signature, under the table. */
  g_assert_cmpint (find_phrase (words, 0, "T/L BAN THƯỜNG VỤ", &authority), >=, 0);
  g_assert_cmpint (find_phrase (words, 0, "CHÁNH VĂN PHÒNG", &box), >=, 0);
  g_assert_cmpfloat (authority.y1, >, previous);
  g_assert_cmpfloat (box.y1, >, authority.y2 - 1);
}

/* A State programme's week: the Quốc hiệu and "TL. CHỦ TỊCH". */
static void
test_state_week (void)
{
  g_autoptr(GPtrArray) programmes = g_ptr_array_new_with_free_func ((GDestroyNotify)
                                                                     ct_programme_unref);
  g_autoptr(PopplerDocument) doc = NULL;
  g_autoptr(GPtrArray) words = NULL;
  g_autoptr(CtWeek) week = NULL;
  g_autoptr(CtWeekRenderer) renderer = NULL;
  g_autofree char *path = g_build_filename (tmpdir, "state.pdf", NULL);
  PopplerRectangle box;

  g_ptr_array_add (programmes, fixture_programme_state_2025 ());
  week = ct_week_new (2025, 11, programmes, NULL);
  renderer = ct_week_renderer_new (week, g_ptr_array_index (programmes, 0), NULL);
  g_assert_true (ct_week_renderer_export_pdf (renderer, path, NULL));
  doc = open_pdf (path);
  words = pdf_words (doc);
  assert_pages (doc, words);
  g_assert_cmpint (find_phrase (words, 0, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", &box), >=, 0);
  g_assert_cmpint (find_phrase (words, 0, "TL. CHỦ TỊCH", &box), >=, 0);
  g_assert_cmpint (find_phrase (words, 0, "CHÁNH VĂN PHÒNG", &box), >=, 0);
  g_assert_cmpint (find_phrase (words, 0, "Phòng họp số 1,", &box), >=, 0);
  g_assert_cmpint (find_phrase (words, 0, "Lãnh đạo dự:", &box), >=, 0);
}

/* Monday to Thursday empty, their day cells taller than their rows; Friday with 1 to 24
 * meetings: whichever count brings the last row and the signature to the page's end, the
 * signature never stands alone on a page without the table (assert_pages() finds the
 * column titles on every page). */
static void
test_signature_with_last_row (void)
{
  for (guint n = 1; n <= 24; n++)
    {
      g_autoptr(GPtrArray) programmes = g_ptr_array_new_with_free_func ((GDestroyNotify)
                                                                         ct_programme_unref);
      g_autoptr(PopplerDocument) doc = NULL;
      g_autoptr(GPtrArray) words = NULL;
      g_autoptr(CtWeek) week = NULL;
      g_autoptr(CtWeekRenderer) renderer = NULL;
      g_autofree char *path = g_strdup_printf ("%s/friday-%u.pdf", tmpdir, n);
      CtProgramme *p = fixture_programme_state_2025 ();
      CtSection *section = g_ptr_array_index (p->sections, 0);
      GDate date;

      g_ptr_array_add (programmes, p);
      g_date_set_dmy (&date, 14, G_DATE_MARCH, 2025);
      for (guint i = 0; i < n; i++)
        {
          g_autofree char *title = g_strdup_printf ("Họp giao ban số %u của các phòng", i + 1);
          CtItem *item = ct_item_new_event (title, &date);

          item->start_minute = 13 * 60 + 30 + i;
          ct_section_add_item (section, item);
        }
      week = ct_week_new (2025, 11, programmes, NULL);
      renderer = ct_week_renderer_new (week, p, NULL);
      g_assert_true (ct_week_renderer_export_pdf (renderer, path, NULL));
      doc = open_pdf (path);
      words = pdf_words (doc);
      assert_pages (doc, words);
    }
}

/* Monday with 60 entries of two lines and more, Tuesday with one meeting whose agenda is
 * taller than a page. */
static GPtrArray *
long_week (void)
{
  GPtrArray *programmes = september_week ();
  CtProgramme *p = g_ptr_array_index (programmes, 1);
  CtSection *section = g_ptr_array_index (p->sections, 0);
  GDate date;
  CtItem *item;

  g_date_set_dmy (&date, 25, G_DATE_SEPTEMBER, 2023);
  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *title = g_strdup_printf ("Đầu%02u họp bàn việc chuẩn bị kỳ họp thường "
                                                "lệ của các cơ quan trong huyện, nghe báo cáo "
                                                "và kiến nghị cuối%02u", i, i);

      item = ct_item_new_event (title, &date);
      item->day_part = CT_DAY_PART_MORNING;
      item->start_minute = 7 * 60 + i;
      item->location = g_strdup ("Hội trường Huyện ủy");
      ct_section_add_item (section, item);
    }
  g_date_set_dmy (&date, 26, G_DATE_SEPTEMBER, 2023);
  item = ct_item_new_event ("Hội nghị tổng kết dài", &date);
  item->day_part = CT_DAY_PART_AFTERNOON;
  for (guint i = 1; i <= 45; i++)
    {
      g_autofree char *text = g_strdup_printf ("Ý%02u của hội nghị.", i);

      ct_item_add_agenda_item (item, text, NULL);
    }
  ct_section_add_item (section, item);
  return programmes;
}

static void
test_long_week (void)
{
  g_autoptr(GPtrArray) programmes = long_week ();
  g_autoptr(PopplerDocument) doc = NULL;
  g_autoptr(GPtrArray) words = render_week (programmes, "long.pdf", &doc);
  int n = poppler_document_get_n_pages (doc);
  guint previous_page = 0, first_page, last_page;
  double previous_y = 0;

  g_assert_cmpint (n, >=, 4);
  assert_pages (doc, words);
  g_assert_false (has_word (words, 0, "(tiếp)"));
  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *head = g_strdup_printf ("Đầu%02u", i);
      g_autofree char *tail = g_strdup_printf ("cuối%02u", i);
      const Word *first = find_word (words, head), *last = find_word (words, tail);

      /* Whole on one page, in order. */
      g_assert_cmpuint (first->page, ==, last->page);
      g_assert_true (first->page > previous_page ||
                     (first->page == previous_page && first->y1 > previous_y));
      if (first->page > 0)
        {
          /* Monday goes on: its cell again, marked, on every page it reaches. */
          g_assert_true (has_word (words, first->page, "25/9/2023"));
          g_assert_true (has_word (words, first->page, "(tiếp)"));
        }
      previous_page = first->page;
      previous_y = first->y1;
    }
  g_assert_cmpuint (previous_page, >=, 1);
  /* The heading has the date too. */
  g_assert_cmpuint (count_word (words, "25/9/2023"), ==, previous_page + 2);

  /* The meeting taller than a page is cut between its lines; Tuesday goes on marked. */
  first_page = find_word (words, "Ý01")->page;
  last_page = find_word (words, "Ý45")->page;
  g_assert_cmpuint (last_page, >, first_page);
  g_assert_cmpuint (first_page, >=, previous_page);
  g_assert_true (has_word (words, last_page, "26/9/2023"));
  g_assert_true (has_word (words, last_page, "(tiếp)"));
  for (guint i = 1; i < 45; i++)
    {
      g_autofree char *a = g_strdup_printf ("Ý%02u", i);
      g_autofree char *b = g_strdup_printf ("Ý%02u", i + 1);
      const Word *x = find_word (words, a), *y = find_word (words, b);

      g_assert_true (y->page > x->page || (y->page == x->page && y->y1 > x->y2 - 1));
    }
  /* The last days and the signature come after it. */
  g_assert_cmpuint (find_word (words, "29/9/2023")->page, >=, last_page);
  g_assert_cmpuint (find_word (words, "T/L")->page, ==, (guint) n - 1);
}

/* A meeting taller than a page starts below the rows of the days before it, on the page
 * they are on, rather than leaving that page's rest empty. */
static void
test_tall_row_starts_on_page (void)
{
  g_autoptr(GPtrArray) programmes = september_week ();
  CtProgramme *p = g_ptr_array_index (programmes, 1);
  g_autoptr(PopplerDocument) doc = NULL;
  g_autoptr(GPtrArray) words = NULL;
  GDate date;
  CtItem *item;

  g_date_set_dmy (&date, 26, G_DATE_SEPTEMBER, 2023);
  item = ct_item_new_event ("Hội nghị tổng kết dài", &date);
  for (guint i = 1; i <= 45; i++)
    {
      g_autofree char *text = g_strdup_printf ("Ý%02u của hội nghị.", i);

      ct_item_add_agenda_item (item, text, NULL);
    }
  ct_section_add_item (g_ptr_array_index (p->sections, 0), item);
  words = render_week (programmes, "tall.pdf", &doc);
  assert_pages (doc, words);
  g_assert_cmpuint (find_word (words, "Ý01")->page, ==, 0);
  g_assert_cmpuint (find_word (words, "Ý45")->page, >, 0);
}

int
main (int    argc,
      char **argv)
{
  int status;

  ct_test_init (&argc, &argv);
  tmpdir = g_dir_make_tmp ("ct-week-pdf-XXXXXX", NULL);
  g_test_add_func ("/week-pdf/september", test_september_week);
  g_test_add_func ("/week-pdf/state", test_state_week);
  g_test_add_func ("/week-pdf/signature-with-last-row", test_signature_with_last_row);
  g_test_add_func ("/week-pdf/long", test_long_week);
  g_test_add_func ("/week-pdf/tall-row-starts-on-page", test_tall_row_starts_on_page);
  status = g_test_run ();
  ct_test_remove_tree (tmpdir);
  g_free (tmpdir);
  return status;
}
