/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "pdf-check.h"

#include "ct-format.h"
#include "ct-render-text.h"
#include "ct-text.h"

static void
word_free (Word *word)
{
  g_free (word->text);
  g_free (word);
}

PopplerDocument *
open_pdf (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = g_filename_to_uri (path, NULL, &error);
  PopplerDocument *doc;

  g_assert_no_error (error);
  doc = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  return doc;
}

/* Appends the words of @page with the union of their characters' boxes. */
static void
add_page_words (GPtrArray   *words,
                PopplerPage *page,
                guint        index)
{
  g_autofree char *text = poppler_page_get_text (page);
  g_autofree PopplerRectangle *rects = NULL;
  guint n_rects = 0, i = 0;
  Word *word = NULL;

  g_assert_true (poppler_page_get_text_layout (page, &rects, &n_rects));
  for (const char *p = text; *p; p = g_utf8_next_char (p), i++)
    {
      gunichar c = g_utf8_get_char (p);

      g_assert_cmpuint (i, <, n_rects);
      if (g_unichar_isspace (c))
        {
          word = NULL;
          continue;
        }
      /* Poppler may join two columns' lines without a space: a jump to another line or a
       * gap wider than a fifth of the type size also ends a word. */
      if (word != NULL && i > 0)
        {
          const PopplerRectangle *prev = &rects[i - 1], *r = &rects[i];
          double height = r->y2 - r->y1;

          if (ABS ((r->y1 + r->y2) - (prev->y1 + prev->y2)) / 2 > height / 2 ||
              r->x1 - prev->x2 > height / 5 || r->x1 < prev->x1)
            word = NULL;
        }
      if (word == NULL)
        {
          word = g_new0 (Word, 1);
          word->text = g_strdup ("");
          word->page = index;
          word->x1 = rects[i].x1, word->y1 = rects[i].y1;
          word->x2 = rects[i].x2, word->y2 = rects[i].y2;
          g_ptr_array_add (words, word);
        }
      {
        char buffer[8] = { 0 };
        char *joined;

        g_unichar_to_utf8 (c, buffer);
        joined = g_strconcat (word->text, buffer, NULL);
        g_free (word->text);
        word->text = joined;
      }
      word->x1 = MIN (word->x1, rects[i].x1), word->y1 = MIN (word->y1, rects[i].y1);
      word->x2 = MAX (word->x2, rects[i].x2), word->y2 = MAX (word->y2, rects[i].y2);
    }
}

/* Every word of the document, NFC, in reading order. */
GPtrArray *
pdf_words (PopplerDocument *doc)
{
  GPtrArray *words = g_ptr_array_new_with_free_func ((GDestroyNotify) word_free);

  for (int i = 0; i < poppler_document_get_n_pages (doc); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (doc, i);

      add_page_words (words, page, i);
    }
  for (guint i = 0; i < words->len; i++)
    {
      Word *w = g_ptr_array_index (words, i);
      char *nfc = ct_text_normalize (w->text);

      g_free (w->text);
      w->text = nfc;
    }
  return words;
}

gboolean
is_page_number (const Word *w)
{
  return (w->y1 + w->y2) / 2 < MARGIN_TOP;
}

/* The words of the text rendering. */
static GPtrArray *
text_words (const CtProgramme *programme)
{
  g_autofree char *text = ct_programme_render_text (programme);
  g_autofree char *nfc = ct_text_normalize (text);
  g_auto(GStrv) parts = g_regex_split_simple ("\\s+", nfc, 0, 0);
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; parts[i]; i++)
    if (*parts[i] != '\0')
      g_ptr_array_add (words, g_strdup (parts[i]));
  return words;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(char **) a, *(char **) b);
}

static void
assert_same_sets (GPtrArray *a,
                  GPtrArray *b)
{
  g_ptr_array_sort (a, compare_strings);
  g_ptr_array_sort (b, compare_strings);
  for (guint i = 0; i < MIN (a->len, b->len); i++)
    if (g_strcmp0 (g_ptr_array_index (a, i), g_ptr_array_index (b, i)) != 0)
      g_error ("the text rendering has “%s” where the PDF has “%s”",
               (char *) g_ptr_array_index (a, i), (char *) g_ptr_array_index (b, i));
  g_assert_cmpuint (a->len, ==, b->len);
}

/* Index of the closing block's first word ("Nơi nhận:") in the text rendering's words. */
static guint
find_closing (GPtrArray *expected)
{
  for (guint i = 0; i + 1 < expected->len; i++)
    if (g_strcmp0 (g_ptr_array_index (expected, i), "Nơi") == 0 &&
        g_strcmp0 (g_ptr_array_index (expected, i + 1), "nhận:") == 0)
      return i;
  return expected->len;
}

/* The page-1 header and the closing block are two columns side by side, whose reading
 * order is not defined: their words are compared as sets, the words between them in
 * order. Page numbers are left out. */
void
assert_same_words (const CtProgramme *programme,
                   GPtrArray         *words)
{
  g_autoptr(GPtrArray) expected = text_words (programme);
  g_autoptr(GPtrArray) set_a = g_ptr_array_new ();
  g_autoptr(GPtrArray) set_b = g_ptr_array_new ();
  guint k = 0, i = 0, closing;

  /* The State layout draws a short rule under the subtitle (NĐ 30/2020) where the text
   * rendering writes "-----". */
  if (programme->style == CT_DOCUMENT_STYLE_STATE)
    for (guint j = 0; j < expected->len; j++)
      if (g_strcmp0 (g_ptr_array_index (expected, j), "-----") == 0)
        {
          g_ptr_array_remove_index (expected, j);
          break;
        }

  while (k < expected->len && g_strcmp0 (g_ptr_array_index (expected, k), "CHƯƠNG") != 0)
    g_ptr_array_add (set_a, g_ptr_array_index (expected, k++));
  for (; i < k && i < words->len; i++)
    g_ptr_array_add (set_b, ((Word *) g_ptr_array_index (words, i))->text);
  assert_same_sets (set_a, set_b);

  closing = find_closing (expected);
  for (; i < words->len && k < closing; i++)
    {
      const Word *w = g_ptr_array_index (words, i);

      if (is_page_number (w))
        continue;
      if (g_strcmp0 (w->text, g_ptr_array_index (expected, k)) != 0)
        g_error ("word %u on page %u is “%s”, the text rendering says “%s”", k, w->page + 1,
                 w->text, (char *) g_ptr_array_index (expected, k));
      k++;
    }
  g_assert_cmpuint (k, ==, closing);

  g_ptr_array_set_size (set_a, 0);
  g_ptr_array_set_size (set_b, 0);
  for (; k < expected->len; k++)
    g_ptr_array_add (set_a, g_ptr_array_index (expected, k));
  for (; i < words->len; i++)
    if (!is_page_number (g_ptr_array_index (words, i)))
      g_ptr_array_add (set_b, ((Word *) g_ptr_array_index (words, i))->text);
  assert_same_sets (set_a, set_b);
}

/* Finds @phrase as consecutive words on @page; returns the index of its first word and
 * its box. */
int
find_phrase (GPtrArray        *words,
             int               page,
             const char       *phrase,
             PopplerRectangle *box)
{
  g_auto(GStrv) parts = g_strsplit (phrase, " ", -1);
  guint n = g_strv_length (parts);

  for (guint i = 0; i + n <= words->len; i++)
    {
      guint k;

      for (k = 0; k < n; k++)
        {
          const Word *w = g_ptr_array_index (words, i + k);

          if ((page >= 0 && w->page != (guint) page) || g_strcmp0 (w->text, parts[k]) != 0)
            break;
        }
      if (k < n)
        continue;
      box->x1 = box->y1 = G_MAXDOUBLE;
      box->x2 = box->y2 = -G_MAXDOUBLE;
      for (k = 0; k < n; k++)
        {
          const Word *w = g_ptr_array_index (words, i + k);

          box->x1 = MIN (box->x1, w->x1), box->y1 = MIN (box->y1, w->y1);
          box->x2 = MAX (box->x2, w->x2), box->y2 = MAX (box->y2, w->y2);
        }
      return (int) i;
    }
  return -1;
}

guint
count_word (GPtrArray  *words,
            const char *text)
{
  guint n = 0;

  for (guint i = 0; i < words->len; i++)
    n += g_strcmp0 (((Word *) g_ptr_array_index (words, i))->text, text) == 0;
  return n;
}

void
assert_a4 (const char *path)
{
  g_autoptr(PopplerDocument) doc = open_pdf (path);

  g_assert_cmpint (poppler_document_get_n_pages (doc), >=, 2);
  for (int i = 0; i < poppler_document_get_n_pages (doc); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (doc, i);
      double width, height;

      poppler_page_get_size (page, &width, &height);
      g_assert_cmpfloat_with_epsilon (width, 595.276, 0.01);
      g_assert_cmpfloat_with_epsilon (height, 841.89, 0.01);
    }
}

/* Every font embedded; the whole document in one family (Liberation Serif regular, bold,
 * italic), none borrowed for missing Vietnamese letters. */
void
assert_fonts (PopplerDocument *doc)
{
  g_autoptr(PopplerFontInfo) info = poppler_font_info_new (doc);
  PopplerFontsIter *iter = NULL;
  guint n_fonts = 0;

  while (poppler_font_info_scan (info, poppler_document_get_n_pages (doc), &iter))
    {
      if (iter == NULL)
        continue;
      do
        {
          const char *name = poppler_fonts_iter_get_name (iter);
          const char *base = strchr (name, '+') ? strchr (name, '+') + 1 : name;

          g_assert_true (poppler_fonts_iter_is_embedded (iter));
          g_assert_true (poppler_fonts_iter_is_subset (iter));
          if (!g_str_has_prefix (base, "LiberationSerif"))
            g_error ("font %s is not Liberation Serif", name);
          n_fonts++;
        }
      while (poppler_fonts_iter_next (iter));
      g_clear_pointer (&iter, poppler_fonts_iter_free);
    }
  g_assert_cmpuint (n_fonts, >=, 3);
}

/* Page 1: the left column holds the bodies, the star and the number, each centred in the
 * column; the right column "ĐẢNG CỘNG SẢN VIỆT NAM" and the place-date line, which shares
 * the number's line. */
void
assert_header_columns (GPtrArray         *words,
                       const CtProgramme *p)
{
  const double left_centre = MARGIN_LEFT + TEXT_W * 0.45 / 2;
  const double right_centre = MARGIN_LEFT + TEXT_W * 0.45 + TEXT_W * 0.55 / 2;
  g_autofree char *number_text = ct_programme_dup_number_symbol (p);
  g_autofree char *date_text = ct_format_place_date (p->place_name, &p->issue_date);
  const struct { const char *text; double centre; } lines[] = {
    { p->superior_body, left_centre },
    { p->issuing_body, left_centre },
    { "*", left_centre },
    { number_text, left_centre },
    { "ĐẢNG CỘNG SẢN VIỆT NAM", right_centre },
    { date_text, right_centre },
  };
  PopplerRectangle box, number, date, party;

  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      if (find_phrase (words, 0, lines[i].text, &box) < 0)
        g_error ("“%s” is not on page 1", lines[i].text);
      g_assert_cmpfloat_with_epsilon ((box.x1 + box.x2) / 2, lines[i].centre, 1.0);
      g_assert_cmpfloat (box.y2, <, MARGIN_TOP + 90);
    }
  g_assert_cmpint (find_phrase (words, 0, "ĐẢNG CỘNG SẢN VIỆT NAM", &party), >=, 0);
  g_assert_cmpfloat_with_epsilon (party.y1, MARGIN_TOP, 4.0);
  g_assert_cmpint (find_phrase (words, 0, number_text, &number), >=, 0);
  g_assert_cmpint (find_phrase (words, 0, date_text, &date), >=, 0);
  g_assert_cmpfloat_with_epsilon (number.y2, date.y2, 0.5);
  /* The title below, centred on the text width, once. */
  g_assert_cmpint (find_phrase (words, 0, "CHƯƠNG TRÌNH", &box), >=, 0);
  g_assert_cmpfloat_with_epsilon ((box.x1 + box.x2) / 2, MARGIN_LEFT + TEXT_W / 2, 1.0);
  g_assert_cmpfloat (box.y1, >, number.y2);
  g_assert_cmpint (find_phrase (words, -1, "CHƯƠNG TRÌNH", &box), ==,
                   find_phrase (words, 0, "CHƯƠNG TRÌNH", &box));
}

/* No number on page 1; "2" centred in the top margin of page 2, about 10 mm from the top
 * edge (36-HD/VPTW); nothing else in any margin. With @two_sided, pages 2, 4, … are back
 * pages with the left and right margins swapped. */
void
assert_page_numbers_and_margins (PopplerDocument *doc,
                                 GPtrArray       *words,
                                 gboolean         two_sided)
{
  guint numbers = 0;

  for (guint i = 0; i < words->len; i++)
    {
      const Word *w = g_ptr_array_index (words, i);
      gboolean back = two_sided && w->page % 2 == 1;
      double left = back ? MARGIN_RIGHT : MARGIN_LEFT;
      double right = back ? MARGIN_LEFT : MARGIN_RIGHT;

      if (is_page_number (w))
        {
          g_autofree char *expected = g_strdup_printf ("%u", w->page + 1);

          g_assert_cmpuint (w->page, >, 0);
          g_assert_cmpstr (w->text, ==, expected);
          g_assert_cmpfloat_with_epsilon ((w->x1 + w->x2) / 2, left + TEXT_W / 2, 0.5);
          g_assert_cmpfloat_with_epsilon ((w->y1 + w->y2) / 2, MM (10), 1.5);
          numbers++;
          continue;
        }
      if (w->x1 < left - 0.01 || w->x2 > PAGE_W - right + 0.01 ||
          w->y1 < MARGIN_TOP - 0.01 || w->y2 > PAGE_H - MARGIN_BOTTOM + 0.01)
        g_error ("“%s” on page %u lies in the margin (%g, %g – %g, %g)", w->text, w->page + 1,
                 w->x1, w->y1, w->x2, w->y2);
    }
  g_assert_cmpuint (numbers, ==, poppler_document_get_n_pages (doc) - 1);
}

/* "Nơi nhận:" and the whole signature block on one page, with body text before them; the
 * archive line there too, unless the recipients fill more than a page. */
void
assert_closing_together (GPtrArray         *words,
                         const CtProgramme *p)
{
  PopplerRectangle label, authority, name, box;
  int label_index = find_phrase (words, -1, "Nơi nhận:", &label);
  g_autofree char *authority_line = ct_programme_dup_signer_authorities (p);
  g_autofree char *authority_text = g_utf8_strup (authority_line, -1);
  g_autofree char *archive = g_strdup_printf ("- %s.", p->archive_line);
  const Word *w, *before;

  g_assert_cmpint (label_index, >, 0);
  w = g_ptr_array_index (words, label_index);
  g_assert_cmpint (find_phrase (words, w->page, authority_text, &authority), >=, 0);
  g_assert_cmpint (find_phrase (words, w->page, p->signer_name, &name), >=, 0);
  if (p->archive_line != NULL && find_phrase (words, w->page, archive, &box) < 0)
    {
      g_assert_cmpuint (p->recipients->len, >, 40);
      g_assert_cmpint (find_phrase (words, -1, archive, &box), >, label_index);
    }
  g_assert_cmpfloat_with_epsilon (label.y1, authority.y1, 1.0);
  g_assert_cmpfloat (authority.x1, >, label.x2);
  g_assert_cmpfloat (name.y1, >, authority.y2 + 50);
  /* Never alone at the top of a page: some body text precedes it on its page. */
  before = g_ptr_array_index (words, label_index - 1);
  g_assert_cmpuint (before->page, ==, w->page);
  g_assert_false (is_page_number (before));
}

/* The type of the first occurrence of @text: font name without the subset tag, size. */
gboolean
find_type (PopplerDocument  *doc,
           const char       *text,
           char            **font,
           double           *size)
{
  for (int i = 0; i < poppler_document_get_n_pages (doc); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (doc, i);
      g_autofree char *page_text = poppler_page_get_text (page);
      const char *hit = strstr (page_text, text);
      GList *attributes;
      glong offset;

      if (hit == NULL)
        continue;
      offset = g_utf8_pointer_to_offset (page_text, hit);
      attributes = poppler_page_get_text_attributes (page);
      for (GList *l = attributes; l != NULL; l = l->next)
        {
          PopplerTextAttributes *a = l->data;

          if (a->start_index <= offset && offset <= a->end_index)
            {
              const char *name = strchr (a->font_name, '+');

              *font = g_strdup (name ? name + 1 : a->font_name);
              *size = a->font_size;
              break;
            }
        }
      poppler_page_free_text_attributes (attributes);
      return TRUE;
    }
  return FALSE;
}

/* Sizes and weights of the Party layout (36-HD/VPTW; shared/spec/document-format.md §2–6). */
void
assert_party_type (PopplerDocument   *doc,
                   const CtProgramme *p)
{
  g_autofree char *number = ct_programme_dup_number_symbol (p);
  g_autofree char *date = ct_format_place_date (p->place_name, &p->issue_date);
  g_autofree char *authority = ct_programme_dup_signer_authorities (p);
  g_autofree char *authority_upper = g_utf8_strup (authority, -1);
  g_autofree char *title_upper = g_utf8_strup (p->signer_title, -1);
  const struct { const char *text; const char *font; double size; } expected[] = {
    { p->superior_body, "LiberationSerif", 14 },
    { p->issuing_body, "LiberationSerif-Bold", 14 },
    { number, "LiberationSerif", 14 },
    { "ĐẢNG CỘNG SẢN VIỆT NAM", "LiberationSerif-Bold", 15 },
    { date, "LiberationSerif-Italic", 14 },
    { "CHƯƠNG TRÌNH", "LiberationSerif-Bold", 16 },
    { "-----", "LiberationSerif", 14 },
    { "I. ", "LiberationSerif-Bold", 14 },
    { "Nơi nhận:", "LiberationSerif", 14 },
    { "- Lưu ", "LiberationSerif", 12 },
    { authority_upper, "LiberationSerif-Bold", 14 },
    { title_upper, "LiberationSerif", 14 },
    { p->signer_name, "LiberationSerif-Bold", 14 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *font = NULL;
      double size = 0;

      if (!find_type (doc, expected[i].text, &font, &size))
        g_error ("“%s” is not in the PDF", expected[i].text);
      if (g_strcmp0 (font, expected[i].font) != 0 || ABS (size - expected[i].size) > 0.01)
        g_error ("“%s” is set in %s %g pt, not %s %g pt", expected[i].text, font, size,
                 expected[i].font, expected[i].size);
    }
}
