/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ct-doc.h"
#include "ct-renderer.h"

G_BEGIN_DECLS

/* Internal model of the renderer. Everything is in points (1/72 inch) on an A4 page whose
 * origin is the paper's top-left corner; y grows downwards.
 *
 * The document is a list of blocks (a paragraph, the page-1 header, the closing block).
 * A block is a set of positioned Pango lines and rules plus the offsets where a page may
 * break it. Pagination cuts blocks into slices at those offsets and places the slices on
 * pages, so a line is always drawn whole on exactly one page. */

/* One line of text placed in a block. */
typedef struct
{
  PangoLayoutLine *line;  /* owned reference */
  char *text;             /* the line's text, owned */
  double x;               /* left edge of the line's logical rectangle, on the page */
  double top;             /* top of the line box, from the block's top */
  double baseline;        /* baseline, from the block's top */
} CtRenderLine;

/* A horizontal rule placed in a block, e.g. under "ĐẢNG CỘNG SẢN VIỆT NAM". */
typedef struct
{
  double x0;
  double x1;
  double y;               /* from the block's top */
} CtRenderRule;

/* A right brace "}" joining the lines from @top to @bottom, its left edge at @x, @width
 * wide, e.g. before the shared purpose of grouped recipients. */
typedef struct
{
  double x;
  double width;
  double top;             /* from the block's top */
  double bottom;
} CtRenderBrace;

typedef struct
{
  GArray *lines;          /* CtRenderLine */
  GArray *rules;          /* CtRenderRule */
  GArray *braces;         /* CtRenderBrace, drawn with the slice that holds their top */
  GArray *breaks;         /* double: offsets where a page may end, ascending, in (0, height) */
  double height;
  double space_before;    /* dropped when the block starts a page */
  gboolean keep_with_next;  /* e.g. a heading: never the last thing on a page */
  gboolean keep_with_prev;  /* e.g. the closing block: never the first thing on a page */
  gboolean keep_together;   /* split only when taller than a page */
  gboolean loose_tail;      /* the closing block: its first slice (the signature) is whole,
                             * the lines after it may break anywhere but before the last */
} CtRenderBlock;

/* A slice of a block placed on a page at @y (the slice's top, on the page). */
typedef struct
{
  guint block;
  double from;
  double to;
  double y;
} CtRenderPlacement;

/* ct-renderer-blocks.c */
CtRenderBlock *ct_render_block_new       (void);
void           ct_render_block_free      (CtRenderBlock *block);
PangoLayout   *ct_render_layout_new      (PangoContext      *context,
                                          const char        *family,
                                          const CtDocTextStyle *style,
                                          const char        *text,
                                          double             width);
void           ct_render_block_add_layout (CtRenderBlock     *block,
                                           PangoLayout       *layout,
                                           const CtDocTextStyle *style,
                                           double             x,
                                           double             top,
                                           gboolean           breakable);
double         ct_render_block_line_baseline (const CtRenderBlock *block,
                                              guint                index);
void           ct_render_block_add_rule  (CtRenderBlock *block,
                                          double         x0,
                                          double         x1,
                                          double         y);
void           ct_render_block_add_brace (CtRenderBlock *block,
                                          double         x,
                                          double         width,
                                          double         top,
                                          double         bottom);
void           ct_render_block_draw      (const CtRenderBlock *block,
                                          cairo_t             *cr,
                                          double               from,
                                          double               to,
                                          double               y);
void           ct_render_block_append_text (const CtRenderBlock *block,
                                            double               from,
                                            double               to,
                                            GString             *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtRenderBlock, ct_render_block_free)

/* ct-renderer-layout.c */
GPtrArray     *ct_render_build_blocks    (const CtProgramme *programme,
                                          PangoContext      *context,
                                          const char        *family);
CtRenderBlock *ct_render_header_block    (const CtProgramme *programme,
                                          PangoContext      *context,
                                          const char        *family,
                                          double             left,
                                          double             width);

/* ct-renderer-body.c */
void           ct_render_add_body        (const CtDoc       *doc,
                                          PangoContext      *context,
                                          const char        *family,
                                          GPtrArray         *blocks);

/* ct-renderer-closing.c */
void           ct_render_add_closing     (const CtProgramme *programme,
                                          PangoContext      *context,
                                          const char        *family,
                                          GPtrArray         *blocks);

/* ct-renderer-pages.c */
GPtrArray     *ct_render_paginate_blocks (GPtrArray *blocks,
                                          double     body_height);

/* ct-renderer.c: what every document the renderer writes shares. */
typedef void (*CtRenderPageFunc) (gpointer  data,
                                  cairo_t  *cr,
                                  guint     page);

/* A document to write as PDF: its page size, its pages and how each is drawn. */
typedef struct
{
  double width;
  double height;
  guint n_pages;
  CtRenderPageFunc draw_page;
  gpointer data;
  const char *title;
  const char *author;     /* nullable */
} CtRenderPdf;

PangoFontMap  *ct_render_take_font_map    (void);
void           ct_render_release_font_map (PangoFontMap *map);
PangoContext  *ct_render_create_context   (PangoFontMap *map);
void           ct_render_draw_page_number (PangoContext        *context,
                                           const char          *family,
                                           const CtDocGeometry *g,
                                           double               width,
                                           cairo_t             *cr,
                                           guint                page);
gboolean       ct_render_export_pdf       (const CtRenderPdf  *pdf,
                                           const char         *path,
                                           GError            **error);

G_END_DECLS
