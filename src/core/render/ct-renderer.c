/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-renderer"

#include "config.h"

#include <cairo-pdf.h>
#include <fontconfig/fontconfig.h>
#include <glib/gi18n-lib.h>

#include "ct-renderer-private.h"

#include "ct-file.h"
#include "ct-format.h"

/**
 * CtRenderer:
 *
 * Lays out a programme into A4 pages in the official layout (36-HD/VPTW or NĐ 30/2020) and
 * draws them on any cairo context: a PDF surface, a GTK print context or a preview widget.
 * Text is laid out once, in points, with a Pango context of its own (72 dpi, no hinting,
 * unrounded glyph positions), so line breaks and page breaks are the same whatever the
 * target and its resolution: print, preview and PDF are identical page for page.
 *
 * A renderer holds a copy of the programme. It may be created and paginated in a worker
 * thread and then handed to another thread, as long as one thread uses it at a time.
 */
struct _CtRenderer
{
  GObject parent_instance;

  CtProgramme *programme;
  char *font_family;
  PangoFontMap *font_map;   /* taken from the pool, given back when finalized */
  PangoContext *context;
  GPtrArray *blocks;     /* CtRenderBlock, NULL until paginated */
  GPtrArray *pages;      /* GArray of CtRenderPlacement per page */
  gboolean two_sided;
};

G_DEFINE_FINAL_TYPE (CtRenderer, ct_renderer, G_TYPE_OBJECT)

G_DEFINE_QUARK (ct-renderer-error-quark, ct_renderer_error)

typedef struct
{
  GOutputStream *stream;
  GError *error;
} PdfWriter;

/* Font maps are not thread-safe, so each renderer has its own; loading fonts into a new
 * one costs tens of milliseconds, so a released map keeps its caches in this pool for the
 * next renderer. A map belongs to one renderer at a time. */
G_LOCK_DEFINE_STATIC (idle_font_maps);
static GPtrArray *idle_font_maps;
#define MAX_IDLE_FONT_MAPS 4

/**
 * ct_render_take_font_map:
 *
 * Returns: (transfer full): a 72 dpi font map of the pool, or a new one; give it back
 *   with ct_render_release_font_map()
 */
PangoFontMap *
ct_render_take_font_map (void)
{
  PangoFontMap *map = NULL;

  G_LOCK (idle_font_maps);
  if (idle_font_maps != NULL && idle_font_maps->len > 0)
    map = g_ptr_array_steal_index (idle_font_maps, idle_font_maps->len - 1);
  G_UNLOCK (idle_font_maps);
  if (map == NULL)
    {
      map = pango_cairo_font_map_new ();
      pango_cairo_font_map_set_resolution (PANGO_CAIRO_FONT_MAP (map), 72.0);
    }
  return map;
}

/**
 * ct_render_release_font_map:
 * @map: (transfer full): a map from ct_render_take_font_map()
 */
void
ct_render_release_font_map (PangoFontMap *map)
{
  G_LOCK (idle_font_maps);
  if (idle_font_maps == NULL)
    idle_font_maps = g_ptr_array_new ();
  if (idle_font_maps->len < MAX_IDLE_FONT_MAPS)
    g_ptr_array_add (idle_font_maps, g_steal_pointer (&map));
  G_UNLOCK (idle_font_maps);
  g_clear_object (&map);
}

/**
 * ct_render_create_context:
 * @map: a font map from ct_render_take_font_map()
 *
 * Returns: (transfer full): a context laying text out the same on every target
 */
PangoContext *
ct_render_create_context (PangoFontMap *map)
{
  PangoContext *context = pango_font_map_create_context (map);
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (context, FALSE);
  pango_context_set_language (context, pango_language_from_string ("vi"));
  return context;
}

/**
 * ct_render_draw_page_number:
 * @context: the renderer's Pango context
 * @family: the font family
 * @g: the measures of the document's style
 * @width: the width of the text area, pt
 * @cr: the page's cairo context
 * @page: the 0-based page index
 *
 * Draws the page's number centred over the text area, in the top margin.
 */
void
ct_render_draw_page_number (PangoContext        *context,
                            const char          *family,
                            const CtDocGeometry *g,
                            double               width,
                            cairo_t             *cr,
                            guint                page)
{
  g_autofree char *text = g_strdup_printf ("%u", page + 1);
  g_autoptr(PangoLayout) layout = ct_render_layout_new (context, family, &g->page_number,
                                                        text, width);
  g_autoptr(CtRenderBlock) block = ct_render_block_new ();

  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  ct_render_block_add_layout (block, layout, &g->page_number, g->margin_left, 0, FALSE);
  ct_render_block_draw (block, cr, 0, block->height,
                        g->page_number_centre - block->height / 2);
}

static void
draw_page_number (CtRenderer *self,
                  cairo_t    *cr,
                  guint       page)
{
  const CtDocGeometry *g = ct_doc_geometry_get (self->programme->style);

  ct_render_draw_page_number (self->context, self->font_family, g,
                              CT_RENDERER_PAGE_WIDTH - g->margin_left - g->margin_right, cr,
                              page);
}

static cairo_status_t
pdf_write_cb (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  PdfWriter *writer = closure;

  if (writer->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (!g_output_stream_write_all (writer->stream, data, length, NULL, NULL, &writer->error))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

/* Draws every page on a PDF surface writing to @writer; FALSE with @error on failure. */
static gboolean
write_pdf (const CtRenderPdf *pdf,
           PdfWriter         *writer,
           GError           **error)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;

  surface = cairo_pdf_surface_create_for_stream (pdf_write_cb, writer, pdf->width, pdf->height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, pdf->title);
  if (pdf->author != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, pdf->author);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, PACKAGE_NAME);
  cr = cairo_create (surface);
  for (guint i = 0; i < pdf->n_pages; i++)
    {
      pdf->draw_page (pdf->data, cr, i);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (writer->error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&writer->error));
      return FALSE;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

/**
 * ct_render_export_pdf:
 * @pdf: the pages and how to draw them
 * @path: the PDF file to write, in the GLib filename encoding
 * @error: return location for a #CT_RENDERER_ERROR_IO error
 *
 * Writes the pages of @pdf to @path with the fonts embedded. The file is replaced
 * atomically (ct_file_replace_contents(), mode 0644, a folder or device refused): on
 * failure an existing file at @path is left as it was and no partial file remains.
 *
 * Returns: %TRUE on success
 */
gboolean
ct_render_export_pdf (const CtRenderPdf  *pdf,
                      const char         *path,
                      GError            **error)
{
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) local_error = NULL;
  PdfWriter writer = { stream, NULL };
  g_autofree char *display = NULL;
  GMemoryOutputStream *memory = G_MEMORY_OUTPUT_STREAM (stream);

  /* Drawn in memory first (a few hundred kilobytes): the file is only written whole. */
  if (write_pdf (pdf, &writer, &local_error) &&
      g_output_stream_close (stream, NULL, &local_error) &&
      ct_file_replace_contents (path, g_memory_output_stream_get_data (memory),
                                g_memory_output_stream_get_data_size (memory), &local_error))
    return TRUE;

  /* A refused target (a folder, a device) has a whole sentence already. */
  if (local_error->domain == CT_FILE_ERROR && local_error->code != CT_FILE_ERROR_IO)
    {
      g_set_error_literal (error, CT_RENDERER_ERROR, CT_RENDERER_ERROR_IO, local_error->message);
      return FALSE;
    }
  display = g_filename_display_name (path);
  g_set_error (error, CT_RENDERER_ERROR, CT_RENDERER_ERROR_IO,
               /* Translators: %1$s is a file name, %2$s the system's reason. */
               _("Could not write the PDF file “%1$s”: %2$s"), display, local_error->message);
  return FALSE;
}

static void
ct_renderer_finalize (GObject *object)
{
  CtRenderer *self = (CtRenderer *) object;

  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->blocks, g_ptr_array_unref);
  g_clear_object (&self->context);
  ct_render_release_font_map (g_steal_pointer (&self->font_map));
  g_clear_pointer (&self->programme, ct_programme_unref);
  g_clear_pointer (&self->font_family, g_free);

  G_OBJECT_CLASS (ct_renderer_parent_class)->finalize (object);
}

static void
ct_renderer_class_init (CtRendererClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ct_renderer_finalize;
}

static void
ct_renderer_init (CtRenderer *self)
{
}

/**
 * ct_renderer_new:
 * @programme: the programme to render; copied, later edits do not affect the renderer
 * @font_family: (nullable): the font family, %NULL for ct_renderer_get_default_font()
 *
 * Creates a renderer for the layout of @programme's style: Party (36-HD/VPTW) or State
 * (NĐ 30/2020). Nothing is laid out until ct_renderer_paginate().
 *
 * Returns: (transfer full): a new renderer
 */
CtRenderer *
ct_renderer_new (const CtProgramme *programme,
                 const char        *font_family)
{
  CtRenderer *self;

  g_return_val_if_fail (programme != NULL, NULL);

  self = g_object_new (CT_TYPE_RENDERER, NULL);
  self->programme = ct_programme_copy (programme);
  self->font_family = g_strdup (font_family != NULL && *font_family != '\0'
                                ? font_family : ct_renderer_get_default_font ());
  self->font_map = ct_render_take_font_map ();
  self->context = ct_render_create_context (self->font_map);
  return self;
}

/**
 * ct_renderer_get_font_family:
 * @self: a renderer
 *
 * Returns: (transfer none): the font family the document is set in
 */
const char *
ct_renderer_get_font_family (CtRenderer *self)
{
  g_return_val_if_fail (CT_IS_RENDERER (self), NULL);

  return self->font_family;
}

/**
 * ct_renderer_paginate:
 * @self: a renderer
 *
 * Lays the programme out and breaks it into pages, once; later calls return the same
 * count. Pagination always ends: each page takes at least one line.
 *
 * Returns: the number of pages, at least 1
 */
guint
ct_renderer_paginate (CtRenderer *self)
{
  const CtDocGeometry *g;

  g_return_val_if_fail (CT_IS_RENDERER (self), 0);

  if (self->pages != NULL)
    return self->pages->len;
  g = ct_doc_geometry_get (self->programme->style);
  self->blocks = ct_render_build_blocks (self->programme, self->context, self->font_family);
  self->pages = ct_render_paginate_blocks (self->blocks, CT_RENDERER_PAGE_HEIGHT -
                                           g->margin_top - g->margin_bottom);
  return self->pages->len;
}

/**
 * ct_renderer_get_n_pages:
 * @self: a renderer
 *
 * Returns: the number of pages, paginating first if needed
 */
guint
ct_renderer_get_n_pages (CtRenderer *self)
{
  g_return_val_if_fail (CT_IS_RENDERER (self), 0);

  return ct_renderer_paginate (self);
}

/**
 * ct_renderer_dup_page_text:
 * @self: a renderer
 * @page: the 0-based page index, below ct_renderer_get_n_pages()
 *
 * The text of one page as it is drawn, one printed line per line, for those who cannot
 * see the drawing (a screen reader reads the preview with it). The page number is left
 * out.
 *
 * Returns: (transfer full): the page's text, each line ending in "\n"
 */
char *
ct_renderer_dup_page_text (CtRenderer *self,
                           guint       page)
{
  GString *text = g_string_new (NULL);
  GArray *placements;

  g_return_val_if_fail (CT_IS_RENDERER (self), NULL);
  g_return_val_if_fail (page < ct_renderer_paginate (self), NULL);

  placements = g_ptr_array_index (self->pages, page);
  for (guint i = 0; i < placements->len; i++)
    {
      const CtRenderPlacement *p = &g_array_index (placements, CtRenderPlacement, i);

      ct_render_block_append_text (g_ptr_array_index (self->blocks, p->block), p->from, p->to,
                                   text);
    }
  return g_string_free (text, FALSE);
}

/**
 * ct_renderer_draw_page:
 * @self: a renderer
 * @cr: a cairo context whose user space is the page in points (595.28 × 841.89 pt for
 *   A4), origin at the paper's top-left corner; scale it for a preview
 * @page: the 0-based page index, below ct_renderer_get_n_pages()
 *
 * Draws one page in black: its text, rules and, from page 2 on, the page number centred
 * in the top margin (36-HD/VPTW; NĐ 30/2020: no number on page 1). The background is not
 * painted. The state of @cr is saved and restored. With ct_renderer_set_two_sided(), the
 * pages of even number (2, 4, …) are back pages with mirrored margins.
 */
void
ct_renderer_draw_page (CtRenderer *self,
                       cairo_t    *cr,
                       guint       page)
{
  const CtDocGeometry *g;
  GArray *placements;

  g_return_if_fail (CT_IS_RENDERER (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < ct_renderer_paginate (self));

  g = ct_doc_geometry_get (self->programme->style);
  placements = g_ptr_array_index (self->pages, page);
  cairo_save (cr);
  /* A back page has the margins of the front page mirrored; the text area keeps its
   * width, so the page moves over by their difference. */
  if (self->two_sided && page % 2 == 1)
    cairo_translate (cr, g->margin_right - g->margin_left, 0);
  cairo_set_source_rgb (cr, 0, 0, 0);
  for (guint i = 0; i < placements->len; i++)
    {
      const CtRenderPlacement *p = &g_array_index (placements, CtRenderPlacement, i);

      ct_render_block_draw (g_ptr_array_index (self->blocks, p->block), cr, p->from, p->to,
                            g->margin_top + p->y);
    }
  if (page > 0)
    draw_page_number (self, cr, page);
  cairo_restore (cr);
}

/**
 * ct_renderer_set_two_sided:
 * @self: a renderer
 * @two_sided: whether the pages are printed on both sides of the paper
 *
 * Mirrors the left and right margins on back pages (the 2nd, 4th, … page), so that the
 * wide margin is on the binding side of every sheet: left 15 mm and right 30 mm on a back
 * page of a Party document (36-HD/VPTW §1, front page left 30 mm, right 15 mm); the same
 * mirror of the front margins for a State document (NĐ 30/2020 Phụ lục I). The layout and
 * the page breaks do not change, only where the pages are drawn. Off by default.
 */
void
ct_renderer_set_two_sided (CtRenderer *self,
                           gboolean    two_sided)
{
  g_return_if_fail (CT_IS_RENDERER (self));
  self->two_sided = two_sided;
}

/**
 * ct_renderer_export_pdf:
 * @self: a renderer
 * @path: the PDF file to write, in the GLib filename encoding
 * @error: return location for a #CT_RENDERER_ERROR_IO error
 *
 * Writes every page to @path as an A4 PDF with the fonts embedded. The file is replaced
 * atomically (ct_file_replace_contents(), mode 0644, a folder or device refused): on
 * failure an existing file at @path is left as it was and no partial file remains.
 *
 * Returns: %TRUE on success
 */
static void
draw_page_cb (gpointer  data,
              cairo_t  *cr,
              guint     page)
{
  ct_renderer_draw_page (data, cr, page);
}

gboolean
ct_renderer_export_pdf (CtRenderer  *self,
                        const char  *path,
                        GError     **error)
{
  g_autofree char *subtitle = NULL;
  g_autofree char *title = NULL;
  CtRenderPdf pdf = {
    .width = CT_RENDERER_PAGE_WIDTH,
    .height = CT_RENDERER_PAGE_HEIGHT,
    .draw_page = draw_page_cb,
    .data = self,
  };

  g_return_val_if_fail (CT_IS_RENDERER (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  pdf.n_pages = ct_renderer_paginate (self);
  subtitle = ct_programme_dup_subtitle (self->programme);
  title = g_strdup_printf ("Chương trình %s", subtitle);
  pdf.title = title;
  pdf.author = self->programme->issuing_body;
  return ct_render_export_pdf (&pdf, path, error);
}

/**
 * ct_renderer_check_font:
 * @font_family: a font family name, e.g. "Liberation Serif"
 * @error: return location for a #CT_RENDERER_ERROR_FONT_MISSING or
 *   #CT_RENDERER_ERROR_FONT_NO_VIETNAMESE error
 *
 * Checks with fontconfig that @font_family is installed and covers Vietnamese
 * (`fc-list ":family=… :lang=vi"`). A family without ơ, ư and ạ … ỹ (such as the old
 * fonts-liberation 1.07) makes Pango take those letters from another font, so the
 * document would mix two typefaces; the official font is Times New Roman, Unicode
 * TCVN 6909:2001 (36-HD/VPTW; NĐ 30/2020 Phụ lục I).
 *
 * Returns: %TRUE when the family can set a Vietnamese document
 */
gboolean
ct_renderer_check_font (const char  *font_family,
                        GError     **error)
{
  FcPattern *pattern;
  FcObjectSet *objects;
  FcFontSet *any, *vietnamese;
  FcLangSet *langs;
  gboolean found, covers;

  g_return_val_if_fail (font_family != NULL, FALSE);

  pattern = FcPatternCreate ();
  FcPatternAddString (pattern, FC_FAMILY, (const FcChar8 *) font_family);
  objects = FcObjectSetBuild (FC_FAMILY, NULL);
  any = FcFontList (NULL, pattern, objects);
  langs = FcLangSetCreate ();
  FcLangSetAdd (langs, (const FcChar8 *) "vi");
  FcPatternAddLangSet (pattern, FC_LANG, langs);
  vietnamese = FcFontList (NULL, pattern, objects);
  found = any != NULL && any->nfont > 0;
  covers = vietnamese != NULL && vietnamese->nfont > 0;
  g_clear_pointer (&any, FcFontSetDestroy);
  g_clear_pointer (&vietnamese, FcFontSetDestroy);
  FcLangSetDestroy (langs);
  FcObjectSetDestroy (objects);
  FcPatternDestroy (pattern);

  if (!found)
    {
      g_set_error (error, CT_RENDERER_ERROR, CT_RENDERER_ERROR_FONT_MISSING,
                   /* Translators: %s is a font family name. */
                   _("The font “%s” is not installed."), font_family);
      return FALSE;
    }
  if (!covers)
    {
      g_set_error (error, CT_RENDERER_ERROR, CT_RENDERER_ERROR_FONT_NO_VIETNAMESE,
                   /* Translators: %s is a font family name. */
                   _("The font “%s” lacks Vietnamese letters; they would be printed in another "
                     "font."), font_family);
      return FALSE;
    }
  return TRUE;
}

/**
 * ct_renderer_choose_font:
 * @installed: (array zero-terminated=1): the families installed with Vietnamese letters
 *
 * The document's font when the user has chosen none: Times New Roman, the one the
 * rulebooks name, when it is among @installed, else Liberation Serif, which has the same
 * metrics, so that the lines and pages break the same.
 *
 * Returns: (transfer none): %CT_RENDERER_OFFICIAL_FONT or %CT_RENDERER_DEFAULT_FONT
 */
const char *
ct_renderer_choose_font (const char *const *installed)
{
  g_return_val_if_fail (installed != NULL, CT_RENDERER_DEFAULT_FONT);

  for (guint i = 0; installed[i] != NULL; i++)
    if (g_ascii_strcasecmp (installed[i], CT_RENDERER_OFFICIAL_FONT) == 0)
      return CT_RENDERER_OFFICIAL_FONT;
  return CT_RENDERER_DEFAULT_FONT;
}

/* The families fontconfig has with Vietnamese letters. */
static GStrv
list_vietnamese_families (void)
{
  FcPattern *pattern = FcPatternCreate ();
  FcObjectSet *objects = FcObjectSetBuild (FC_FAMILY, NULL);
  FcLangSet *langs = FcLangSetCreate ();
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  FcFontSet *fonts;

  FcLangSetAdd (langs, (const FcChar8 *) "vi");
  FcPatternAddLangSet (pattern, FC_LANG, langs);
  fonts = FcFontList (NULL, pattern, objects);
  for (int i = 0; fonts != NULL && i < fonts->nfont; i++)
    {
      FcChar8 *family;

      /* A font may have several family names (localised ones): each counts. */
      for (int k = 0; FcPatternGetString (fonts->fonts[i], FC_FAMILY, k, &family) ==
                      FcResultMatch; k++)
        g_strv_builder_add (builder, (const char *) family);
    }
  g_clear_pointer (&fonts, FcFontSetDestroy);
  FcLangSetDestroy (langs);
  FcObjectSetDestroy (objects);
  FcPatternDestroy (pattern);
  return g_strv_builder_end (builder);
}

/**
 * ct_renderer_get_default_font:
 *
 * ct_renderer_choose_font() over the families installed on this computer, asked of
 * fontconfig once.
 *
 * Returns: (transfer none): %CT_RENDERER_OFFICIAL_FONT or %CT_RENDERER_DEFAULT_FONT
 */
const char *
ct_renderer_get_default_font (void)
{
  static gsize chosen;

  if (g_once_init_enter (&chosen))
    {
      g_auto(GStrv) installed = list_vietnamese_families ();

      g_once_init_leave (&chosen,
                         (gsize) ct_renderer_choose_font ((const char *const *) installed));
    }
  return (const char *) chosen;
}
