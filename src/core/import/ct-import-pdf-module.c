/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-import"

#include "ct-import-pdf-module.h"

#include <poppler.h>

/* A PDF's text through poppler, the library that GNOME's document viewers read PDFs with.
 * poppler gives each character with its box, and lines in an order of its own, in which
 * the two columns of a header come one after the other. The visual lines are rebuilt from
 * the boxes: pieces of text whose boxes share a band of the page are one line, read left
 * to right, and a wide gap between two pieces (side-by-side columns, a table's cells)
 * becomes a tab. Each page is read on its own: no line spans two pages. */

/* A gap wider than this many line heights separates columns: a justified line's widest
 * spaces stay well below it, the gap between a header's two columns is far above it. */
#define COLUMN_GAP 1.2

typedef struct
{
  GString *text;
  double x1, y1, x2, y2;
} Piece;

static void
piece_free (Piece *piece)
{
  g_string_free (piece->text, TRUE);
  g_free (piece);
}

static Piece *
piece_new (const PopplerRectangle *box)
{
  Piece *piece = g_new0 (Piece, 1);

  piece->text = g_string_new (NULL);
  piece->x1 = box->x1;
  piece->y1 = box->y1;
  piece->x2 = box->x2;
  piece->y2 = box->y2;
  return piece;
}

static void
piece_add (Piece                  *piece,
           gunichar                c,
           const PopplerRectangle *box)
{
  g_string_append_unichar (piece->text, c);
  piece->x1 = MIN (piece->x1, box->x1);
  piece->x2 = MAX (piece->x2, box->x2);
  piece->y1 = MIN (piece->y1, box->y1);
  piece->y2 = MAX (piece->y2, box->y2);
}

/* Cuts poppler's lines into pieces at every wide gap; spaces only join the characters of
 * a piece, they never start one. */
static GPtrArray *
page_pieces (const char             *text,
             const PopplerRectangle *boxes,
             guint                   n_boxes)
{
  GPtrArray *pieces = g_ptr_array_new_with_free_func ((GDestroyNotify) piece_free);
  Piece *piece = NULL;
  gboolean space = FALSE;
  guint i = 0;

  for (const char *p = text; *p && i < n_boxes; p = g_utf8_next_char (p), i++)
    {
      gunichar c = g_utf8_get_char (p);
      const PopplerRectangle *box = &boxes[i];
      double height = box->y2 - box->y1;

      if (c == '\n' || c == '\r')
        {
          piece = NULL;
          continue;
        }
      if (g_unichar_isspace (c))
        {
          space = piece != NULL;
          continue;
        }
      if (piece != NULL && (box->x1 - piece->x2 > COLUMN_GAP * height ||
                            box->x2 < piece->x1 || box->y1 > piece->y2 || box->y2 < piece->y1))
        piece = NULL;
      if (piece == NULL)
        {
          piece = piece_new (box);
          g_ptr_array_add (pieces, piece);
          space = FALSE;
        }
      if (space)
        g_string_append_c (piece->text, ' ');
      space = FALSE;
      piece_add (piece, c, box);
    }
  return pieces;
}

static int
compare_middle (gconstpointer a,
                gconstpointer b)
{
  const Piece *pa = *(const Piece **) a, *pb = *(const Piece **) b;
  double ma = pa->y1 + pa->y2, mb = pb->y1 + pb->y2;

  return ma < mb ? -1 : ma > mb ? 1 : pa->x1 < pb->x1 ? -1 : pa->x1 > pb->x1 ? 1 : 0;
}

static int
compare_left (gconstpointer a,
              gconstpointer b)
{
  const Piece *pa = *(const Piece **) a, *pb = *(const Piece **) b;

  return pa->x1 < pb->x1 ? -1 : pa->x1 > pb->x1 ? 1 : 0;
}

/* Whether @piece stands on the band of the line's first piece: their boxes overlap by
 * half the smaller height. */
static gboolean
same_line (const Piece *first,
           const Piece *piece)
{
  double overlap = MIN (first->y2, piece->y2) - MAX (first->y1, piece->y1);
  double smaller = MIN (first->y2 - first->y1, piece->y2 - piece->y1);

  return overlap >= 0.5 * smaller;
}

/* A line that starts past this share of the page's text width stands in its right
 * column alone ("PHÓ CHỦ TỊCH" under "KT. CHỦ TỊCH", a signer's name): it gets a leading
 * tab, as its cell would from a table, so that it joins that column. A centred title or
 * heading starts well before it. */
#define RIGHT_COLUMN_START 0.55

static void
write_line (GString   *out,
            GPtrArray *line,
            double     left,
            double     right)
{
  const Piece *last = NULL;

  g_ptr_array_sort (line, compare_left);
  if (right > left &&
      ((const Piece *) g_ptr_array_index (line, 0))->x1 > left + RIGHT_COLUMN_START * (right - left))
    g_string_append_c (out, '\t');
  for (guint i = 0; i < line->len; i++)
    {
      const Piece *piece = g_ptr_array_index (line, i);
      double height = piece->y2 - piece->y1;

      if (last != NULL)
        g_string_append_c (out, piece->x1 - last->x2 > COLUMN_GAP * height ? '\t' : ' ');
      g_string_append_len (out, piece->text->str, piece->text->len);
      last = piece;
    }
  g_string_append_c (out, '\n');
}

/* Appends the page's visual lines, top to bottom; returns how many characters it has. */
static gsize
read_page (PopplerPage *page,
           GString     *out)
{
  g_autofree char *text = poppler_page_get_text (page);
  g_autofree PopplerRectangle *boxes = NULL;
  g_autoptr(GPtrArray) pieces = NULL;
  g_autoptr(GPtrArray) line = g_ptr_array_new ();
  guint n_boxes = 0;
  gsize characters = 0;
  double left = G_MAXDOUBLE, right = -G_MAXDOUBLE;

  if (text == NULL || !poppler_page_get_text_layout (page, &boxes, &n_boxes))
    return 0;
  pieces = page_pieces (text, boxes, n_boxes);
  g_ptr_array_sort (pieces, compare_middle);
  for (guint i = 0; i < pieces->len; i++)
    {
      const Piece *piece = g_ptr_array_index (pieces, i);

      left = MIN (left, piece->x1);
      right = MAX (right, piece->x2);
    }
  for (guint i = 0; i < pieces->len; i++)
    {
      Piece *piece = g_ptr_array_index (pieces, i);

      if (line->len > 0 && !same_line (g_ptr_array_index (line, 0), piece))
        {
          write_line (out, line, left, right);
          g_ptr_array_set_size (line, 0);
        }
      g_ptr_array_add (line, piece);
      characters += piece->text->len;
    }
  if (line->len > 0)
    write_line (out, line, left, right);
  return characters;
}


/* The module's one entry point (see ct-import-pdf-module.h). */
G_MODULE_EXPORT CtImportPdfRead
ct_import_pdf_module_read (const char *data,
                           gsize       length,
                           gsize       max_bytes,
                           GString    *out,
                           gsize      *characters)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, length);
  g_autoptr(GObject) document = NULL;
  g_autoptr(GError) local = NULL;
  int pages;

  document = G_OBJECT (poppler_document_new_from_bytes (bytes, NULL, &local));
  if (document == NULL)
    return g_error_matches (local, POPPLER_ERROR, POPPLER_ERROR_ENCRYPTED)
           ? CT_IMPORT_PDF_READ_ENCRYPTED : CT_IMPORT_PDF_READ_DAMAGED;
  *characters = 0;
  pages = poppler_document_get_n_pages (POPPLER_DOCUMENT (document));
  for (int i = 0; i < pages && out->len <= max_bytes; i++)
    {
      PopplerPage *page = poppler_document_get_page (POPPLER_DOCUMENT (document), i);

      if (page != NULL)
        *characters += read_page (page, out);
      g_clear_object (&page);
    }
  return CT_IMPORT_PDF_READ_OK;
}
