/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-renderer"

#include "ct-renderer-private.h"

#include "ct-doc.h"

/* The body of the document, from the document tree (ct_doc_new_for_programme()): the
 * introduction and the sections, one block per paragraph, set as its named style says
 * (ct_doc_para_format()), so that the PDF, the Word and OpenDocument files and the HTML
 * page hold the same paragraphs. */

static CtRenderBlock *
add_paragraph (PangoContext         *context,
               const char           *family,
               const CtDoc          *doc,
               const CtDocParagraph *p,
               GPtrArray            *blocks)
{
  const CtDocGeometry *g = doc->geometry;
  double width = CT_RENDERER_PAGE_WIDTH - g->margin_left - g->margin_right;
  g_autofree char *text = p->label ? g_strdup_printf ("%s %s", p->label, p->text)
                                   : g_strdup (p->text);
  CtRenderBlock *block = ct_render_block_new ();
  CtDocParaFormat format;
  g_autoptr(PangoLayout) layout = NULL;

  ct_doc_para_format (doc->style, p->para, &format);
  layout = ct_render_layout_new (context, family, &format.text, text, width);
  pango_layout_set_justify (layout, format.align == CT_DOC_ALIGN_JUSTIFY);
  pango_layout_set_indent (layout, (int) (format.first_indent * PANGO_SCALE));
  block->space_before = format.space_before;
  block->keep_with_next = p->keep_with_next;
  ct_render_block_add_layout (block, layout, &format.text, g->margin_left, 0, TRUE);
  g_ptr_array_add (blocks, block);
  return block;
}

static gboolean
is_body (CtDocPara para)
{
  switch (para)
    {
    case CT_DOC_PARA_BODY:
    case CT_DOC_PARA_HEADING:
    case CT_DOC_PARA_AGENDA:
    case CT_DOC_PARA_SUBPOINT:
    case CT_DOC_PARA_NOTE:
      return TRUE;
    default:
      return FALSE;
    }
}

/**
 * ct_render_add_body:
 * @doc: the document tree
 * @context: the renderer's Pango context
 * @family: the font family
 * @blocks: (element-type CtRenderBlock): the document's blocks; the body's are appended
 *
 * Adds the introduction and the sections: headings in bold kept with what follows, body
 * paragraphs justified with a first-line indent, notes in italics, an agenda item's
 * sub-points indented one level deeper (document-format.md §4, §11, §13). The numbers of
 * sections, items and agenda are printed before the text.
 */
void
ct_render_add_body (const CtDoc  *doc,
                    PangoContext *context,
                    const char   *family,
                    GPtrArray    *blocks)
{
  for (guint i = 0; i < doc->blocks->len; i++)
    {
      const CtDocBlock *block = g_ptr_array_index (doc->blocks, i);

      if (block->paragraph != NULL && is_body (block->paragraph->para))
        add_paragraph (context, family, doc, block->paragraph, blocks);
    }
}
