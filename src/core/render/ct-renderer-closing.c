/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-renderer"

#include "ct-renderer-private.h"

#include "ct-format.h"
#include "ct-text.h"

/* The closing block of the last page, in two columns: "Nơi nhận" with the recipients on
 * the left, the signature block on the right (36-HD/VPTW; shared/spec/document-format.md
 * §5–§6). It is one block that may break only between recipient lines below the
 * signature. */

typedef struct
{
  PangoContext *context;
  const char *family;
  const CtDocGeometry *g;
  const CtProgramme *programme;
  CtRenderBlock *block;
  GArray *groups;         /* CtRenderBrace: the extent of each grouped run, not to break */
} Closing;

static PangoLayout *
make_layout (Closing           *c,
             const CtDocTextStyle *style,
             const char        *text,
             double             width)
{
  return ct_render_layout_new (c->context, c->family, style, text, width);
}

/* Adds @text at (@x, @top) wrapped to @width; returns the bottom of its last line box. */
static double
add_text (Closing           *c,
          const CtDocTextStyle *style,
          const char        *text,
          double             x,
          double             width,
          double             top,
          PangoAlignment     alignment)
{
  g_autoptr(PangoLayout) layout = make_layout (c, style, text, width);

  pango_layout_set_alignment (layout, alignment);
  ct_render_block_add_layout (c->block, layout, style, x, top, FALSE);
  return top + pango_layout_get_line_count (layout) * style->pitch;
}

/* A run of recipients sharing a purpose: their lines, a right brace spanning them, then
 * "(báo cáo)" once, after a space, level with the brace's point (the seed programme; a
 * purpose too long for a third of the column wraps there). Returns the bottom of the run. */
static double
add_group (Closing *c,
           guint    first,
           guint    end,
           double   x,
           double   width,
           double   top)
{
  const CtProgramme *p = c->programme;
  const CtDocTextStyle *style = &c->g->recipients;
  const CtRecipient *head = g_ptr_array_index (p->recipients, first);
  g_autofree char *purpose = g_strdup_printf ("(%s)", head->purpose);
  g_autoptr(PangoLayout) purpose_layout = make_layout (c, style, purpose, width / 3);
  double brace_width = style->size * 0.4, gap = style->size / 4;
  PangoRectangle logical;
  double purpose_width, purpose_height, text_width, brace_x, y = top;
  CtRenderBrace span;

  pango_layout_get_extents (purpose_layout, NULL, &logical);
  purpose_width = (double) logical.width / PANGO_SCALE;
  purpose_height = pango_layout_get_line_count (purpose_layout) * style->pitch;
  text_width = width - purpose_width - brace_width - 2 * gap;
  for (guint k = first; k < end; k++)
    {
      const CtRecipient *r = g_ptr_array_index (p->recipients, k);
      g_autofree char *text = g_strdup_printf ("- %s%s", r->text,
                                               ct_programme_get_recipient_line_end (p, k));

      y = add_text (c, style, text, x, text_width, y, PANGO_ALIGN_LEFT);
    }
  /* The brace spans the ink of the run's lines, a little inside their boxes. */
  brace_x = x + text_width + gap;
  span.top = top + style->pitch * 0.15;
  span.bottom = y - style->pitch * 0.15;
  ct_render_block_add_brace (c->block, brace_x, brace_width, span.top, span.bottom);
  ct_render_block_add_layout (c->block, purpose_layout, style, brace_x + brace_width + gap,
                              (top + y - purpose_height) / 2, FALSE);
  /* No page break inside the run: the brace is drawn whole. */
  span.top = top;
  span.bottom = y;
  g_array_append_val (c->groups, span);
  return y;
}

/* "Nơi nhận:" and the recipients; returns the column's bottom. */
static double
add_recipients (Closing *c,
                double   x,
                double   width)
{
  const CtProgramme *p = c->programme;
  const CtDocGeometry *g = c->g;
  gboolean has_archive = !ct_text_is_blank (p->archive_line);
  double y;
  guint i = 0;

  y = add_text (c, &g->recipients_label, "Nơi nhận:", x, width, 0, PANGO_ALIGN_LEFT);
  while (i < p->recipients->len)
    {
      const CtRecipient *r = g_ptr_array_index (p->recipients, i);
      guint end = ct_programme_get_recipient_group_end (p, i);

      if (end - i > 1)
        y = add_group (c, i, end, x, width, y);
      else
        {
          g_autofree char *purpose = ct_text_is_blank (r->purpose)
                                     ? g_strdup ("") : g_strdup_printf (" (%s)", r->purpose);
          g_autofree char *text = g_strdup_printf ("- %s%s%s", r->text, purpose,
                                                   ct_programme_get_recipient_line_end (p, i));

          y = add_text (c, &g->recipients, text, x, width, y, PANGO_ALIGN_LEFT);
        }
      i = end;
    }
  if (has_archive)
    {
      g_autofree char *text = g_strdup_printf ("- %s.", p->archive_line);

      y = add_text (c, &g->recipients, text, x, width, y, PANGO_ALIGN_LEFT);
    }
  return y;
}

/* Authority + body, title, room for the signature and seal, name; returns the bottom. */
static double
add_signature (Closing *c,
               double   x,
               double   width)
{
  const CtProgramme *p = c->programme;
  const CtDocGeometry *g = c->g;
  g_autofree char *authority = ct_programme_dup_signer_authorities (p);
  double y = 0;

  if (*authority != '\0')
    {
      g_autofree char *upper = g_utf8_strup (authority, -1);

      y = add_text (c, &g->signature_authority, upper, x, width, y, PANGO_ALIGN_CENTER);
    }
  if (!ct_text_is_blank (p->signer_title))
    {
      g_autofree char *upper = g_utf8_strup (p->signer_title, -1);

      y = add_text (c, &g->signature_title, upper, x, width, y, PANGO_ALIGN_CENTER);
    }
  y += g->signature_space;
  if (!ct_text_is_blank (p->signer_name))
    y = add_text (c, &g->signature_name, p->signer_name, x, width, y, PANGO_ALIGN_CENTER);
  return y;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* The "Nơi nhận" column's width: up to its share of the text @width, and clear of the
 * signature's widest line by a space of the recipients' type. */
static double
recipients_width (Closing *c,
                  double   width)
{
  double limit = width * c->g->closing_left_fraction;

  for (guint i = 0; i < c->block->lines->len; i++)
    limit = MIN (limit, g_array_index (c->block->lines, CtRenderLine, i).x -
                        c->g->margin_left - c->g->recipients.size);
  return limit;
}

/* Whether a page may end at @top: not inside a run of grouped recipients. */
static gboolean
outside_groups (Closing *c,
                double   top)
{
  const double eps = 0.01;

  for (guint i = 0; i < c->groups->len; i++)
    {
      const CtRenderBrace *run = &g_array_index (c->groups, CtRenderBrace, i);

      if (top > run->top + eps && top < run->bottom - eps)
        return FALSE;
    }
  return TRUE;
}

/* Breaks at the tops of the lines below the signature: the list of recipients may go on
 * on the next page. */
static void
add_breaks (Closing *c,
            double   signature_bottom)
{
  CtRenderBlock *block = c->block;
  const double eps = 0.01;

  for (guint i = 0; i < block->lines->len; i++)
    {
      double top = g_array_index (block->lines, CtRenderLine, i).top;
      gboolean seen = FALSE;

      if (top < eps || top < signature_bottom - eps || !outside_groups (c, top))
        continue;
      for (guint k = 0; k < block->breaks->len && !seen; k++)
        seen = ABS (g_array_index (block->breaks, double, k) - top) < eps;
      if (!seen)
        g_array_append_val (block->breaks, top);
    }
  g_array_sort (block->breaks, compare_doubles);
}

/* A last body paragraph of one line also keeps the paragraph before it: the signature
 * never goes to a page with less than two lines of the body above it. */
static void
keep_two_body_lines (GPtrArray *blocks)
{
  CtRenderBlock *last;

  if (blocks->len == 0)
    return;
  last = g_ptr_array_index (blocks, blocks->len - 1);
  if (last->lines->len == 1 && last->breaks->len == 0)
    last->keep_with_prev = TRUE;
}

/**
 * ct_render_add_closing:
 * @programme: the programme
 * @context: the renderer's Pango context
 * @family: the font family
 * @blocks: (element-type CtRenderBlock): the document's blocks; the closing block is appended
 *
 * Adds the closing block, "Nơi nhận:" and the signature block starting on the same line,
 * the signature centred under the header's right column (the two columns of the header
 * and of the closing block have the same widths). The signature, with the recipients
 * beside it, is never split and stays with at least the body's last two lines; the
 * recipients below it may go on on the next page, rather than the whole block leaving a
 * page mostly empty.
 */
void
ct_render_add_closing (const CtProgramme *programme,
                       PangoContext      *context,
                       const char        *family,
                       GPtrArray         *blocks)
{
  Closing c = {
    .context = context,
    .family = family,
    .g = ct_doc_geometry_get (programme->style),
    .programme = programme,
    .block = ct_render_block_new (),
    .groups = g_array_new (FALSE, FALSE, sizeof (CtRenderBrace)),
  };
  double width = CT_RENDERER_PAGE_WIDTH - c.g->margin_left - c.g->margin_right;
  double right_x = c.g->margin_left + width * c.g->header_left_fraction;
  double signature_bottom, left_width;

  signature_bottom = add_signature (&c, right_x, c.g->margin_left + width - right_x);
  left_width = recipients_width (&c, width);
  if (programme->recipients->len > 0 || !ct_text_is_blank (programme->archive_line))
    add_recipients (&c, c.g->margin_left, left_width);
  add_breaks (&c, signature_bottom);
  keep_two_body_lines (blocks);
  c.block->space_before = c.g->closing_space;
  c.block->keep_with_prev = TRUE;
  c.block->loose_tail = TRUE;
  g_ptr_array_add (blocks, c.block);
  g_array_unref (c.groups);
}
