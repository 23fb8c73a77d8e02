/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-renderer"

#include "ct-renderer-private.h"

/* Pagination: blocks are cut into slices at their break offsets; slices fill pages from the
 * top. A slice that may not be separated from the one before it (keep_with_prev) pulls
 * that one along to the next page, so headings never end a page, a paragraph never leaves
 * one line alone at either side of a break, and the closing block takes the last lines of
 * the body with it (the recipients under the signature may go on on the next page). When a whole page is one chain of such slices, the chain is broken
 * where the page is full: every page takes at least one slice, so pagination ends. */

typedef struct
{
  guint block;
  double from;
  double to;
  double space_before;
  gboolean keep_with_prev;
} Slice;

static void
append_block_slices (GArray              *slices,
                     const CtRenderBlock *block,
                     const CtRenderBlock *previous,
                     guint                index)
{
  guint n = block->breaks->len + 1;

  for (guint k = 0; k < n; k++)
    {
      Slice slice = { .block = index };

      slice.from = k == 0 ? 0 : g_array_index (block->breaks, double, k - 1);
      slice.to = k + 1 == n ? block->height : g_array_index (block->breaks, double, k);
      if (k == 0)
        {
          slice.space_before = block->space_before;
          slice.keep_with_prev = block->keep_with_prev ||
                                 (previous != NULL && previous->keep_with_next);
        }
      else if (block->loose_tail)
        {
          /* The signature's slice is tall enough: the list under it may break after it,
           * but its last line does not go alone to the next page. */
          slice.keep_with_prev = k + 1 == n;
        }
      else
        {
          /* Two lines at least on each side of a break inside a paragraph. */
          slice.keep_with_prev = block->keep_together || block->keep_with_next ||
                                 k == 1 || k + 1 == n;
        }
      g_array_append_val (slices, slice);
    }
}

static GArray *
build_slices (GPtrArray *blocks)
{
  GArray *slices = g_array_new (FALSE, FALSE, sizeof (Slice));

  for (guint i = 0; i < blocks->len; i++)
    append_block_slices (slices, g_ptr_array_index (blocks, i),
                         i > 0 ? g_ptr_array_index (blocks, i - 1) : NULL, i);
  return slices;
}

/* Fills one page from slice @first; returns the first slice of the next page. */
static guint
fill_page (GArray *slices,
           guint   first,
           double  body_height,
           GArray *placements)
{
  const double eps = 0.01;
  double y = 0;
  guint i;

  for (i = first; i < slices->len; i++)
    {
      const Slice *s = &g_array_index (slices, Slice, i);
      double space = i == first ? 0 : s->space_before;
      CtRenderPlacement placement;
      guint j;

      if (i > first && y + space + (s->to - s->from) > body_height + eps)
        {
          for (j = i; j > first && g_array_index (slices, Slice, j).keep_with_prev; j--)
            ;
          if (j == first)
            j = i;
          g_array_set_size (placements, placements->len - (i - j));
          return j;
        }
      placement.block = s->block;
      placement.from = s->from;
      placement.to = s->to;
      placement.y = y + space;
      g_array_append_val (placements, placement);
      y += space + (s->to - s->from);
    }
  return i;
}

/**
 * ct_render_paginate_blocks:
 * @blocks: (element-type CtRenderBlock): the document's blocks in order
 * @body_height: height of the text area of a page, pt
 *
 * Returns: (transfer full) (element-type GArray): one #GArray of #CtRenderPlacement per
 *   page, with y measured from the top of the text area; at least one page
 */
GPtrArray *
ct_render_paginate_blocks (GPtrArray *blocks,
                           double     body_height)
{
  g_autoptr(GArray) slices = build_slices (blocks);
  GPtrArray *pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  guint next = 0;

  do
    {
      GArray *placements = g_array_new (FALSE, FALSE, sizeof (CtRenderPlacement));

      next = fill_page (slices, next, body_height, placements);
      g_ptr_array_add (pages, placements);
    }
  while (next < slices->len);
  return pages;
}
