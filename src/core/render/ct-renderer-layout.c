/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-renderer"

#include "ct-renderer-private.h"

#include "ct-format.h"
#include "ct-text.h"

/* Turns a programme into the blocks of the official layout: the page-1 header, the title,
 * the body and the closing block ("Nơi nhận" + signature). The wording comes from
 * ct-format.c, the same functions as the text rendering, so both say the same words. */

typedef struct
{
  PangoContext *context;
  const char *family;
  const CtDocGeometry *g;
  const CtProgramme *programme;
  double left;          /* left edge of the text area, pt */
  double width;         /* width of the text area, pt */
  double last_width;    /* width of the last line add_centred() placed, pt */
  gboolean bodies_only; /* the header without the number and the place-date line */
  GPtrArray *blocks;
} Builder;

static gboolean
is_set (const char *text)
{
  return !ct_text_is_blank (text);
}

static PangoLayout *
make_layout (Builder           *b,
             const CtDocTextStyle *style,
             const char        *text,
             double             width)
{
  return ct_render_layout_new (b->context, b->family, style, text, width);
}

/* Width of a one-line layout's logical rectangle, pt. */
static double
layout_width (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double) logical.width / PANGO_SCALE;
}

/* Adds a centred layout to a column of a composite block; returns its bottom. */
static double
add_centred (Builder           *b,
             CtRenderBlock     *block,
             const CtDocTextStyle *style,
             const char        *text,
             double             x,
             double             width,
             double             top)
{
  g_autoptr(PangoLayout) layout = make_layout (b, style, text, width);

  int count = pango_layout_get_line_count (layout);
  PangoRectangle logical;

  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  ct_render_block_add_layout (block, layout, style, x, top, FALSE);
  pango_layout_line_get_extents (pango_layout_get_line_readonly (layout, count - 1), NULL,
                                 &logical);
  b->last_width = (double) logical.width / PANGO_SCALE;
  return top + count * style->pitch;
}

/* A rule @length long (at most the column's @width), centred in the column under @block's
 * last line, clear of the dots below letters such as Ộ and Ệ. */
static void
add_rule_under (CtRenderBlock     *block,
                const CtDocTextStyle *style,
                double             x,
                double             width,
                double             length)
{
  guint last = block->lines->len - 1;
  double baseline = ct_render_block_line_baseline (block, last);
  double centre = x + width / 2;

  length = MIN (length, width);
  ct_render_block_add_rule (block, centre - length / 2, centre + length / 2,
                            baseline + style->size * 0.4);
}

/* Moves line @index of @block down by @shift, growing the block to hold it. */
static void
move_line (CtRenderBlock *block,
           guint          index,
           double         shift,
           double         pitch)
{
  CtRenderLine *line = &g_array_index (block->lines, CtRenderLine, index);

  line->top += shift;
  line->baseline += shift;
  block->height = MAX (block->height, line->top + pitch);
}

static char *
dup_upper (const char *text)
{
  return g_utf8_strup (text, -1);
}

/* An agency name as the user broke it: each typed line is a centred line of its own,
 * upper-cased, wrapped only when wider than the column (NĐ 30/2020 Phụ lục I §II.3: the
 * break of "ỦY BAN NHÂN DÂN / HUYỆN BÌNH SƠN" is the author's). Returns the bottom. */
static double
add_name_lines (Builder           *b,
                CtRenderBlock     *block,
                const CtDocTextStyle *style,
                const char        *name,
                double             x,
                double             width,
                double             top)
{
  g_autofree char *upper = dup_upper (name);
  g_auto(GStrv) lines = g_strsplit (upper, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (is_set (lines[i]))
      top = add_centred (b, block, style, g_strstrip (lines[i]), x, width, top);
  return top;
}

/* Left column: superior body, issuing body, "*" (Party) and "Số …"; returns the baseline of
 * the "Số" line so that the place-date line can share it. */
static gboolean
has_number_line (Builder *b)
{
  return !b->bodies_only && (b->programme->number > 0 || is_set (b->programme->body_code));
}

static double
add_header_left (Builder       *b,
                 CtRenderBlock *block,
                 double         x,
                 double         width)
{
  const CtDocGeometry *g = b->g;
  const CtProgramme *p = b->programme;
  g_autofree char *number = ct_programme_dup_number_symbol (p);
  double y = 0;

  if (is_set (p->superior_body))
    y = add_name_lines (b, block, &g->superior_body, p->superior_body, x, width, y);
  if (is_set (p->issuing_body))
    {
      y = add_name_lines (b, block, &g->issuing_body, p->issuing_body, x, width, y);
      if (p->style == CT_DOCUMENT_STYLE_STATE)
        {
          /* NĐ 30/2020: a rule of 1/3–1/2 of the width of the issuing body's last line. */
          add_rule_under (block, &g->issuing_body, x, width,
                          b->last_width * 0.4);
          y += 4;
        }
    }
  if (p->style == CT_DOCUMENT_STYLE_PARTY && is_set (p->issuing_body))
    y = add_centred (b, block, &g->star, "*", x, width, y);
  /* Without a number and a body code the line is left out, as in the text rendering;
   * the place-date line then sits one line lower than the last line. */
  if (has_number_line (b))
    add_centred (b, block, &g->number, number, x, width, y);
  else
    return y + g->number.pitch * 0.75;
  return ct_render_block_line_baseline (block, block->lines->len - 1);
}

/* Right column: "ĐẢNG CỘNG SẢN VIỆT NAM" with its rule (Party) or Quốc hiệu + Tiêu ngữ with
 * a rule under the Tiêu ngữ (State), then the place-date line level with the "Số" line at
 * @number_index (-1 when there is none). */
static void
add_header_right (Builder       *b,
                  CtRenderBlock *block,
                  double         x,
                  double         width,
                  double         number_baseline,
                  int            number_index)
{
  const CtDocGeometry *g = b->g;
  const CtProgramme *p = b->programme;
  g_autofree char *place_date = NULL;
  const char *motto = p->style == CT_DOCUMENT_STYLE_STATE ? "Độc lập - Tự do - Hạnh phúc"
                                                          : "ĐẢNG CỘNG SẢN VIỆT NAM";
  const CtDocTextStyle *motto_style = &g->motto_top;
  double y = 0, rule_y, top;
  guint index;

  if (p->style == CT_DOCUMENT_STYLE_STATE)
    {
      y = add_centred (b, block, &g->motto_top, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", x, width,
                       y);
      motto_style = &g->motto_bottom;
    }
  y = add_centred (b, block, motto_style, motto, x, width, y);
  add_rule_under (block, motto_style, x, width, b->last_width);
  rule_y = g_array_index (block->rules, CtRenderRule, block->rules->len - 1).y;

  if (b->bodies_only || (!is_set (p->place_name) && !g_date_valid (&p->issue_date)))
    return;
  place_date = ct_format_place_date (p->place_name, &p->issue_date);

  /* The place-date line and the "Số" line share a baseline (36-HD/VPTW Phụ lục 3): the
   * higher of the two moves down to the other. */
  index = block->lines->len;
  top = MAX (y + 2, rule_y + 3);
  add_centred (b, block, &g->place_date, place_date, x, width, top);
  if (block->lines->len == index + 1)
    {
      double shift = number_baseline - ct_render_block_line_baseline (block, index);

      if (shift > 0)
        move_line (block, index, shift, g->place_date.pitch);
      else if (number_index >= 0)
        move_line (block, (guint) number_index, -shift, g->number.pitch);
    }
}

static CtRenderBlock *
build_header (Builder *b)
{
  CtRenderBlock *block = ct_render_block_new ();
  double left_width = b->width * b->g->header_left_fraction;
  double number_baseline;
  int number_index;

  number_baseline = add_header_left (b, block, b->left, left_width);
  number_index = has_number_line (b) ? (int) block->lines->len - 1 : -1;
  add_header_right (b, block, b->left + left_width, b->width - left_width, number_baseline,
                    number_index);
  block->keep_together = TRUE;
  block->keep_with_next = TRUE;
  return block;
}

static void
add_header (Builder *b)
{
  g_ptr_array_add (b->blocks, build_header (b));
}

/**
 * ct_render_header_block:
 * @programme: the programme whose issuing body speaks
 * @context: the renderer's Pango context
 * @family: the font family
 * @left: left edge of the text area on the page, pt
 * @width: width of the text area, pt
 *
 * The two-column header of @programme's body in its style, without the "Số …" line and
 * the place-date line: those belong to the programme, not to a schedule drawn from it.
 *
 * Returns: (transfer full): the header's block
 */
CtRenderBlock *
ct_render_header_block (const CtProgramme *programme,
                        PangoContext      *context,
                        const char        *family,
                        double             left,
                        double             width)
{
  Builder b = {
    .context = context,
    .family = family,
    .g = ct_doc_geometry_get (programme->style),
    .programme = programme,
    .left = left,
    .width = width,
    .bodies_only = TRUE,
  };

  return build_header (&b);
}

/* One centred title line ("CHƯƠNG TRÌNH", the subtitle, "-----"), kept with the body. */
static CtRenderBlock *
add_title_line (Builder           *b,
                const CtDocTextStyle *style,
                const char        *text)
{
  CtRenderBlock *block = ct_render_block_new ();

  add_centred (b, block, style, text, b->left, b->width, 0);
  block->keep_together = TRUE;
  block->keep_with_next = TRUE;
  g_ptr_array_add (b->blocks, block);
  return block;
}

static void
add_title (Builder *b)
{
  const CtDocGeometry *g = b->g;
  g_autofree char *subtitle = ct_programme_dup_subtitle (b->programme);
  CtRenderBlock *block;

  block = add_title_line (b, &g->title, "CHƯƠNG TRÌNH");
  block->space_before = g->title_space;
  block = add_title_line (b, &g->subtitle, subtitle);
  if (b->programme->style == CT_DOCUMENT_STYLE_STATE)
    {
      /* NĐ 30/2020: a short rule under the subtitle instead of the dashes. */
      g_autoptr(PangoLayout) dashes = make_layout (b, &g->subtitle, "-----------------", 0);

      add_rule_under (block, &g->subtitle, b->left, b->width, layout_width (dashes));
      block->height += 6;
    }
  else
    add_title_line (b, &g->separator, "-----");
}

/**
 * ct_render_build_blocks:
 * @programme: the programme
 * @context: the renderer's Pango context
 * @family: the font family
 *
 * Returns: (transfer full) (element-type CtRenderBlock): the document's blocks in order
 */
GPtrArray *
ct_render_build_blocks (const CtProgramme *programme,
                        PangoContext      *context,
                        const char        *family)
{
  g_autoptr(CtDoc) doc = NULL;
  Builder b = {
    .context = context,
    .family = family,
    .g = ct_doc_geometry_get (programme->style),
    .programme = programme,
    .blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) ct_render_block_free),
  };

  b.left = b.g->margin_left;
  b.width = CT_RENDERER_PAGE_WIDTH - b.g->margin_left - b.g->margin_right;
  add_header (&b);
  add_title (&b);
  doc = ct_doc_new_for_programme (programme);
  ct_render_add_body (doc, context, family, b.blocks);
  ct_render_add_closing (programme, context, family, b.blocks);
  return b.blocks;
}
