/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-renderer"

#include "ct-renderer-private.h"

/**
 * ct_render_block_new:
 *
 * Returns: (transfer full): an empty block, free with ct_render_block_free()
 */
CtRenderBlock *
ct_render_block_new (void)
{
  CtRenderBlock *block = g_new0 (CtRenderBlock, 1);

  block->lines = g_array_new (FALSE, FALSE, sizeof (CtRenderLine));
  block->rules = g_array_new (FALSE, FALSE, sizeof (CtRenderRule));
  block->braces = g_array_new (FALSE, FALSE, sizeof (CtRenderBrace));
  block->breaks = g_array_new (FALSE, FALSE, sizeof (double));
  return block;
}

/**
 * ct_render_block_free:
 * @block: (nullable): a block
 *
 * Frees @block and drops its references to Pango lines.
 */
void
ct_render_block_free (CtRenderBlock *block)
{
  if (block == NULL)
    return;
  for (guint i = 0; i < block->lines->len; i++)
    {
      pango_layout_line_unref (g_array_index (block->lines, CtRenderLine, i).line);
      g_free (g_array_index (block->lines, CtRenderLine, i).text);
    }
  g_array_unref (block->lines);
  g_array_unref (block->rules);
  g_array_unref (block->braces);
  g_array_unref (block->breaks);
  g_free (block);
}

/* Longest token kept on one line, in characters: a longer one may have to break to fit. */
#define MAX_UNBREAKABLE 40

/* Keeps document symbols and dates such as "114-QĐ/TW", "06/7/2023" or "2023-2024" whole:
 * a line may not end inside a token that holds a "-" or "/" between two characters. */
static void
keep_symbols_whole (PangoAttrList *attrs,
                    const char    *text)
{
  const char *p = text;

  while (*p != '\0')
    {
      const char *start, *q;
      guint length = 0;
      gboolean inner = FALSE;

      while (*p != '\0' && g_unichar_isspace (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      start = p;
      for (q = p; *q != '\0' && !g_unichar_isspace (g_utf8_get_char (q));
           q = g_utf8_next_char (q), length++)
        if ((*q == '-' || *q == '/') && q > start && q[1] != '\0' &&
            !g_unichar_isspace (g_utf8_get_char (q + 1)))
          inner = TRUE;
      if (inner && length <= MAX_UNBREAKABLE)
        {
          PangoAttribute *attr = pango_attr_allow_breaks_new (FALSE);

          attr->start_index = (guint) (start - text);
          attr->end_index = (guint) (q - text);
          pango_attr_list_insert (attrs, attr);
        }
      p = q;
    }
}

static const char *
word_end (const char *p)
{
  while (*p != '\0' && g_unichar_isalnum (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  return p;
}

static gboolean
word_is (const char        *start,
         const char        *end,
         const char *const *words)
{
  g_autofree char *folded = g_utf8_casefold (start, end - start);
  g_autofree char *word = g_utf8_normalize (folded, -1, G_NORMALIZE_NFC);

  return word != NULL && g_strv_contains (words, word);
}

/* Keeps a weekday's two words on one line, as a no-break space would: "(thứ" ending one
 * line and "Ba)" starting the next reads as two things. The text itself is not changed,
 * so the PDF's text and the other exports keep the space typed. */
static void
keep_weekdays_whole (PangoAttrList *attrs,
                     const char    *text)
{
  static const char *const thu[] = { "thứ", NULL };
  static const char *const days[] = {
    "hai", "ba", "tư", "năm", "sáu", "bảy", "2", "3", "4", "5", "6", "7", NULL,
  };
  static const char *const chu[] = { "chủ", NULL };
  static const char *const nhat[] = { "nhật", NULL };
  const char *p = text;

  while (*p != '\0')
    {
      const char *end = word_end (p), *next = end, *last;

      if (end == p)
        {
          p = g_utf8_next_char (p);
          continue;
        }
      while (*next == ' ')
        next++;
      last = word_end (next);
      if (next > end && last > next &&
          ((word_is (p, end, thu) && word_is (next, last, days)) ||
           (word_is (p, end, chu) && word_is (next, last, nhat))))
        {
          PangoAttribute *attr = pango_attr_allow_breaks_new (FALSE);

          attr->start_index = (guint) (p - text);
          attr->end_index = (guint) (last - text);
          pango_attr_list_insert (attrs, attr);
        }
      p = end;
    }
}

/**
 * ct_render_layout_new:
 * @context: the renderer's Pango context (72 dpi: one Pango point is one cairo unit)
 * @family: the font family
 * @style: size and weight
 * @text: the text, UTF-8 NFC
 * @width: the width to wrap at, pt; 0 or less for no wrapping
 *
 * A layout that wraps at word boundaries and, for a word longer than the line, between
 * letters, without inserting hyphens (a hyphen would change the document's text). Symbols
 * and dates ("114-QĐ/TW", "17/10/1963-17/10/2023") are not broken at their "-" or "/",
 * nor a weekday between its words ("thứ Ba", "Chủ nhật").
 *
 * Returns: (transfer full): the layout, left aligned
 */
PangoLayout *
ct_render_layout_new (PangoContext      *context,
                      const char        *family,
                      const CtDocTextStyle *style,
                      const char        *text,
                      double             width)
{
  PangoLayout *layout = pango_layout_new (context);
  g_autoptr(PangoFontDescription) desc = pango_font_description_new ();
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_font_description_set_family (desc, family);
  pango_font_description_set_absolute_size (desc, style->size * PANGO_SCALE);
  pango_font_description_set_weight (desc, style->bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_font_description_set_style (desc, style->italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
  pango_layout_set_font_description (layout, desc);

  pango_attr_list_insert (attrs, pango_attr_insert_hyphens_new (FALSE));
  keep_symbols_whole (attrs, text);
  keep_weekdays_whole (attrs, text);
  if (style->underline)
    pango_attr_list_insert (attrs, pango_attr_underline_new (PANGO_UNDERLINE_SINGLE));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);

  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_text (layout, text, -1);
  return layout;
}

/**
 * ct_render_block_add_layout:
 * @block: a block
 * @layout: a wrapped layout
 * @style: the style it was made with; its pitch spaces the lines
 * @x: left edge of the layout's box on the page, pt
 * @top: top of the first line box from the block's top, pt
 * @breakable: whether a page may break between the layout's lines
 *
 * Places every line of @layout in @block, one line box of @style's pitch each, with the
 * line's ink centred in its box: a 19 pt box around 14 pt type leaves room above the
 * baseline for capitals with two stacked marks (Ấ, Ể, Ỗ), which are never clipped.
 * The block grows to hold the lines.
 */
void
ct_render_block_add_layout (CtRenderBlock     *block,
                            PangoLayout       *layout,
                            const CtDocTextStyle *style,
                            double             x,
                            double             top,
                            gboolean           breakable)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  guint index = 0;

  do
    {
      PangoRectangle logical;
      CtRenderLine line;
      double ascent, height;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      ascent = (double) (pango_layout_iter_get_baseline (iter) - logical.y) / PANGO_SCALE;
      height = (double) logical.height / PANGO_SCALE;

      line.line = pango_layout_line_ref (pango_layout_iter_get_line_readonly (iter));
      /* The line forgets its layout, and so its text, once the layout is gone. */
      line.text = g_strndup (pango_layout_get_text (layout) + line.line->start_index,
                             line.line->length);
      line.x = x + (double) logical.x / PANGO_SCALE;
      line.top = top + index * style->pitch;
      line.baseline = line.top + (style->pitch - height) / 2 + ascent;
      if (breakable && index > 0)
        g_array_append_val (block->breaks, line.top);
      g_array_append_val (block->lines, line);
      index++;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  block->height = MAX (block->height, top + index * style->pitch);
}

/**
 * ct_render_block_line_baseline:
 * @block: a block
 * @index: a line's index in @block
 *
 * Returns: that line's baseline from the block's top, pt
 */
double
ct_render_block_line_baseline (const CtRenderBlock *block,
                               guint                index)
{
  g_assert (index < block->lines->len);
  return g_array_index (block->lines, CtRenderLine, index).baseline;
}

/**
 * ct_render_block_add_rule:
 * @block: a block
 * @x0: left end on the page, pt
 * @x1: right end on the page, pt
 * @y: height from the block's top, pt
 *
 * Adds a 0.6 pt horizontal rule, drawn with the slice that holds @y. The block grows to
 * hold it: a rule under the block's last line (the one under "ĐẢNG CỘNG SẢN VIỆT NAM" when
 * nothing else is in the header) lies below that line's box and would not be drawn.
 */
void
ct_render_block_add_rule (CtRenderBlock *block,
                          double         x0,
                          double         x1,
                          double         y)
{
  CtRenderRule rule = { x0, x1, y };

  g_array_append_val (block->rules, rule);
  block->height = MAX (block->height, y + 1);
}

/**
 * ct_render_block_add_brace:
 * @block: a block
 * @x: left edge on the page, pt
 * @width: width, pt: the depth of the brace's point
 * @top: top end, from the block's top, pt
 * @bottom: bottom end, from the block's top, pt
 *
 * Adds a right brace "}" from @top to @bottom, its point at mid-height on the right. It
 * is a path, not a glyph: a glyph cannot stretch over several lines.
 */
void
ct_render_block_add_brace (CtRenderBlock *block,
                           double         x,
                           double         width,
                           double         top,
                           double         bottom)
{
  CtRenderBrace brace = { x, width, top, bottom };

  g_array_append_val (block->braces, brace);
  block->height = MAX (block->height, bottom);
}

/* The two halves of a "}": quarter curves from each end into the vertical stem at half the
 * width, and from the stem into the point. */
static void
draw_brace (cairo_t             *cr,
            const CtRenderBrace *brace,
            double               y)
{
  double top = y + brace->top, bottom = y + brace->bottom;
  double middle = (top + bottom) / 2;
  double stem = brace->x + brace->width / 2, tip = brace->x + brace->width;
  double r = MIN (brace->width / 2, (bottom - top) / 4);

  cairo_move_to (cr, brace->x, top);
  cairo_curve_to (cr, stem, top, stem, top, stem, top + r);
  cairo_line_to (cr, stem, middle - r);
  cairo_curve_to (cr, stem, middle, stem, middle, tip, middle);
  cairo_curve_to (cr, stem, middle, stem, middle, stem, middle + r);
  cairo_line_to (cr, stem, bottom - r);
  cairo_curve_to (cr, stem, bottom, stem, bottom, brace->x, bottom);
  cairo_stroke (cr);
}

/**
 * ct_render_block_draw:
 * @block: a block
 * @cr: a cairo context in points, origin at the paper's top-left corner
 * @from: top of the slice to draw, from the block's top
 * @to: bottom of the slice
 * @y: where the slice's top goes on the page
 *
 * Draws the lines whose box starts inside [@from, @to), and the rules and braces inside
 * it. Nothing is clipped: slices end only between line boxes.
 */
void
ct_render_block_draw (const CtRenderBlock *block,
                      cairo_t             *cr,
                      double               from,
                      double               to,
                      double               y)
{
  const double eps = 0.01;

  for (guint i = 0; i < block->lines->len; i++)
    {
      const CtRenderLine *line = &g_array_index (block->lines, CtRenderLine, i);

      if (line->top < from - eps || line->top >= to - eps)
        continue;
      cairo_move_to (cr, line->x, y + line->baseline - from);
      pango_cairo_show_layout_line (cr, line->line);
    }

  cairo_set_line_width (cr, 0.6);
  for (guint i = 0; i < block->rules->len; i++)
    {
      const CtRenderRule *rule = &g_array_index (block->rules, CtRenderRule, i);

      if (rule->y < from - eps || rule->y >= to - eps)
        continue;
      cairo_move_to (cr, rule->x0, y + rule->y - from);
      cairo_line_to (cr, rule->x1, y + rule->y - from);
      cairo_stroke (cr);
    }
  for (guint i = 0; i < block->braces->len; i++)
    {
      const CtRenderBrace *brace = &g_array_index (block->braces, CtRenderBrace, i);

      if (brace->top < from - eps || brace->top >= to - eps)
        continue;
      draw_brace (cr, brace, y - from);
    }
}

/**
 * ct_render_block_append_text:
 * @block: a block
 * @from: top of the slice, from the block's top
 * @to: bottom of the slice
 * @text: where the text goes
 *
 * Appends the text of the lines ct_render_block_draw() draws for the same slice, one
 * line of @text per line drawn, in the order they were laid out.
 */
void
ct_render_block_append_text (const CtRenderBlock *block,
                             double               from,
                             double               to,
                             GString             *text)
{
  const double eps = 0.01;

  for (guint i = 0; i < block->lines->len; i++)
    {
      const CtRenderLine *line = &g_array_index (block->lines, CtRenderLine, i);

      if (line->top < from - eps || line->top >= to - eps)
        continue;
      g_string_append (text, line->text);
      g_string_append_c (text, '\n');
    }
}
