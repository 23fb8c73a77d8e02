/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-renderer"

#include "ct-renderer-private.h"

#include "ct-format.h"
#include "ct-text.h"

/* The closing block of the last page, in two columns: "Nơi nhận" with the recipients on
 * the left, the signature block on the right (36-HD/VPTW; shared/spec/document-format.md
 * §5–§6). It is one block kept whole; only when it is taller than a page does it break,
 * and then only between recipient lines below the signature. */

typedef struct
{
  PangoContext *context;
  const char *family;
  const CtRenderGeometry *g;
  const CtProgramme *programme;
  CtRenderBlock *block;
} Closing;

static PangoLayout *
make_layout (Closing           *c,
             const CtTextStyle *style,
             const char        *text,
             double             width)
{
  return ct_render_layout_new (c->context, c->family, style, text, width);
}

/* Adds @text at (@x, @top) wrapped to @width; returns the bottom of its last line box. */
static double
add_text (Closing           *c,
          const CtTextStyle *style,
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

/* A run of recipients sharing a purpose, with "(báo cáo)" once at the right of the run,
 * level with the first line of its middle recipient, where the original document puts a
 * brace. Returns the bottom of the run. */
static double
add_group (Closing *c,
           guint    first,
           guint    end,
           double   x,
           double   width,
           double   top)
{
  const CtProgramme *p = c->programme;
  const CtTextStyle *style = &c->g->recipients;
  const CtRecipient *head = g_ptr_array_index (p->recipients, first);
  g_autofree char *purpose = g_strdup_printf ("(%s)", head->purpose);
  g_autoptr(PangoLayout) purpose_layout = make_layout (c, style, purpose, 0);
  PangoRectangle logical;
  double purpose_width, middle_top = top, y = top;

  pango_layout_get_extents (purpose_layout, NULL, &logical);
  purpose_width = (double) logical.width / PANGO_SCALE;
  for (guint k = first; k < end; k++)
    {
      const CtRecipient *r = g_ptr_array_index (p->recipients, k);
      g_autofree char *text = g_strdup_printf ("- %s%s", r->text,
                                               ct_programme_get_recipient_line_end (p, k));

      if (k == first + (end - first - 1) / 2)
        middle_top = y;
      y = add_text (c, style, text, x, width - purpose_width - style->size / 2, y,
                    PANGO_ALIGN_LEFT);
    }
  ct_render_block_add_layout (c->block, purpose_layout, style, x + width - purpose_width,
                              middle_top, FALSE);
  return y;
}

/* "Nơi nhận:" and the recipients; returns the column's bottom. */
static double
add_recipients (Closing *c,
                double   x,
                double   width)
{
  const CtProgramme *p = c->programme;
  const CtRenderGeometry *g = c->g;
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
  const CtRenderGeometry *g = c->g;
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

/* Breaks at the tops of the lines below the signature, for a block taller than a page. */
static void
add_breaks (CtRenderBlock *block,
            double         signature_bottom)
{
  const double eps = 0.01;

  for (guint i = 0; i < block->lines->len; i++)
    {
      double top = g_array_index (block->lines, CtRenderLine, i).top;
      gboolean seen = FALSE;

      if (top < eps || top < signature_bottom - eps)
        continue;
      for (guint k = 0; k < block->breaks->len && !seen; k++)
        seen = ABS (g_array_index (block->breaks, double, k) - top) < eps;
      if (!seen)
        g_array_append_val (block->breaks, top);
    }
  g_array_sort (block->breaks, compare_doubles);
}

/**
 * ct_render_add_closing:
 * @programme: the programme
 * @context: the renderer's Pango context
 * @family: the font family
 * @blocks: (element-type CtRenderBlock): the document's blocks; the closing block is appended
 *
 * Adds the closing block: kept whole, kept with the body's last lines (never alone at the
 * top of a page), "Nơi nhận:" and the signature block starting on the same line.
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
    .g = ct_render_geometry_get (programme->style),
    .programme = programme,
    .block = ct_render_block_new (),
  };
  double width = CT_RENDERER_PAGE_WIDTH - c.g->margin_left - c.g->margin_right;
  double left_width = width * c.g->closing_left_fraction;
  double signature_bottom;

  if (programme->recipients->len > 0 || !ct_text_is_blank (programme->archive_line))
    add_recipients (&c, c.g->margin_left, left_width);
  signature_bottom = add_signature (&c, c.g->margin_left + left_width, width - left_width);
  add_breaks (c.block, signature_bottom);
  c.block->space_before = c.g->closing_space;
  c.block->keep_with_prev = TRUE;
  c.block->keep_together = TRUE;
  g_ptr_array_add (blocks, c.block);
}
