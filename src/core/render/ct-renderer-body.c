/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-renderer"

#include "ct-renderer-private.h"

#include "ct-format.h"
#include "ct-text.h"

/* The body of the document: the introduction and the sections, one block per paragraph.
 * The words come from ct-format (ct_format_event_line(), ct_format_item_lines()), as in
 * the text rendering, so both print the same lines. */

typedef struct
{
  PangoContext *context;
  const char *family;
  const CtDocGeometry *g;
  double left;          /* left edge of the text area, pt */
  double width;         /* width of the text area, pt */
  GPtrArray *blocks;
} Body;

typedef enum {
  PARA_BODY,            /* justified, first-line indent */
  PARA_HEADING,         /* bold, justified, indent, kept with what follows */
  PARA_NOTE,            /* italic: a preparation note, the item's note */
  PARA_SUBPOINT,        /* "a) …": indented one level deeper than its agenda item */
} ParaKind;

static CtRenderBlock *
add_paragraph (Body       *b,
               ParaKind    kind,
               const char *text)
{
  const CtDocGeometry *g = b->g;
  const CtDocTextStyle *style = kind == PARA_HEADING ? &g->heading :
                             kind == PARA_NOTE ? &g->note : &g->body;
  double indent = g->first_line_indent * (kind == PARA_SUBPOINT ? 2 : 1);
  CtRenderBlock *block = ct_render_block_new ();
  g_autoptr(PangoLayout) layout = ct_render_layout_new (b->context, b->family, style, text,
                                                        b->width);

  pango_layout_set_justify (layout, TRUE);
  pango_layout_set_indent (layout, (int) (indent * PANGO_SCALE));
  block->space_before = g->paragraph_space;
  block->keep_with_next = kind == PARA_HEADING;
  ct_render_block_add_layout (block, layout, style, b->left, 0, TRUE);
  g_ptr_array_add (b->blocks, block);
  return block;
}

static ParaKind
para_kind (CtFormatLineKind kind)
{
  switch (kind)
    {
    case CT_FORMAT_LINE_NOTE:
    case CT_FORMAT_LINE_PREPARATION:
      return PARA_NOTE;
    case CT_FORMAT_LINE_SUBPOINT:
      return PARA_SUBPOINT;
    case CT_FORMAT_LINE_DETAIL:
    case CT_FORMAT_LINE_PARAGRAPH:
    case CT_FORMAT_LINE_AGENDA:
    default:
      return PARA_BODY;
    }
}

/* The lines under an item's numbered line, each a paragraph (ct_format_item_lines()). */
static void
add_item_lines (Body         *b,
                const CtItem *item,
                gboolean      numbered_agenda)
{
  g_autoptr(GPtrArray) lines = ct_format_item_lines (item, numbered_agenda);

  for (guint i = 0; i < lines->len; i++)
    {
      const CtFormatLine *line = g_ptr_array_index (lines, i);

      add_paragraph (b, para_kind (line->kind), line->text);
    }
}

static void
add_item (Body         *b,
          const CtItem *item,
          guint         number)
{
  g_autofree char *line = NULL;
  g_autofree char *text = NULL;

  if (item->kind == CT_ITEM_TASK)
    line = g_strdup (item->paragraphs->len ? g_ptr_array_index (item->paragraphs, 0) : "");
  else
    line = ct_format_event_line (item);
  text = g_strdup_printf ("%u. %s", number, line);
  add_paragraph (b, PARA_BODY, text);
  add_item_lines (b, item, FALSE);
}

/* Whether anything is printed under a conference that heads its section. */
static gboolean
has_lines (const CtItem *item)
{
  g_autoptr(GPtrArray) lines = ct_format_item_lines (item, TRUE);

  return lines->len > 0;
}

static void
add_section (Body            *b,
             const CtSection *section,
             guint            index)
{
  g_autofree char *numeral = ct_format_roman (index + 1);
  CtItem *heading = ct_section_get_heading_event (section);
  g_autofree char *title = heading ? ct_format_event_line (heading) : g_strdup (section->title);
  g_autofree char *text = g_strdup_printf ("%s. %s", numeral, title);
  guint number = 0;
  CtRenderBlock *block;

  block = add_paragraph (b, PARA_HEADING, text);
  /* A conference heading with nothing under it is a paragraph of its own. */
  block->keep_with_next = section->items->len > 1 ||
                          (heading == NULL && section->items->len > 0) ||
                          (heading != NULL && has_lines (heading));
  if (heading != NULL)
    add_item_lines (b, heading, TRUE);
  for (guint i = heading != NULL ? 1 : 0; i < section->items->len; i++)
    add_item (b, g_ptr_array_index (section->items, i), ++number);
}

/**
 * ct_render_add_body:
 * @programme: the programme
 * @context: the renderer's Pango context
 * @family: the font family
 * @blocks: (element-type CtRenderBlock): the document's blocks; the body's are appended
 *
 * Adds the introduction and the sections: headings in bold kept with what follows, body
 * paragraphs justified with a first-line indent, notes in italics, an agenda item's
 * sub-points indented one level deeper (document-format.md §4, §11, §13).
 */
void
ct_render_add_body (const CtProgramme *programme,
                    PangoContext      *context,
                    const char        *family,
                    GPtrArray         *blocks)
{
  Body b = {
    .context = context,
    .family = family,
    .g = ct_doc_geometry_get (programme->style),
    .blocks = blocks,
  };

  b.left = b.g->margin_left;
  b.width = CT_RENDERER_PAGE_WIDTH - b.g->margin_left - b.g->margin_right;
  if (!ct_text_is_blank (programme->introduction))
    add_paragraph (&b, PARA_BODY, programme->introduction);
  for (guint i = 0; i < programme->sections->len; i++)
    add_section (&b, g_ptr_array_index (programme->sections, i), i);
}
