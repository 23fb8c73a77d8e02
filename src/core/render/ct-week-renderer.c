/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-renderer"

#include "ct-week-renderer.h"

#include "ct-format.h"
#include "ct-renderer-private.h"
#include "ct-text.h"

/* The weekly schedule ("Lịch công tác tuần") as a ruled table on A4 landscape pages
 * (document-format.md §13): on page 1 the header of the issuing body, the title and the
 * week; then the table, its column titles on every page, one row per entry, each day's
 * cell spanning the day's rows; then the signature of the office's chief. A row is never
 * split across pages unless it is taller than a page, and then only between lines, from
 * where the page before ends; a day
 * that goes on on another page has its cell again there, marked "(tiếp)". The wording of
 * every cell is ct-week.c's, the measures those of ct_doc_geometry_get(). */

#define N_COLUMNS 7
#define PAD_X 3.0        /* between a cell's border and its text, pt */
#define PAD_Y 2.5
#define RULE_WIDTH 0.6
#define TABLE_SPACE 12.0 /* between the week line and the table, pt */
#define EPS 0.01

static const struct
{
  const char *title;
  double share;          /* of the text width */
  PangoAlignment align;
} columns[N_COLUMNS] = {
  /* The long titles break where a clerk would break them, not where the cell is full. */
  { "Thứ/Ngày", 0.10, PANGO_ALIGN_CENTER },
  { "Buổi/Giờ", 0.08, PANGO_ALIGN_CENTER },
  { "Nội dung", 0.32, PANGO_ALIGN_LEFT },
  { "Chủ trì\n(lãnh đạo dự)", 0.14, PANGO_ALIGN_LEFT },
  { "Thành phần", 0.13, PANGO_ALIGN_LEFT },
  { "Địa điểm", 0.11, PANGO_ALIGN_LEFT },
  { "Đơn vị\nchuẩn bị", 0.12, PANGO_ALIGN_LEFT },
};

typedef struct
{
  CtRenderBlock *cells;  /* every column but the day's, from the row's top */
  guint n_lines;         /* lines of its tallest cell */
  guint day;             /* index in the renderer's days */
  gboolean first;        /* the day's first row */
} Row;

typedef struct
{
  CtRenderBlock *label;      /* "Thứ Hai\n25/9/2023" */
  CtRenderBlock *continued;  /* the same and "(tiếp)", atop a following page */
} Day;

/* A slice of a row on a page. */
typedef struct
{
  guint row;
  double from;          /* the slice of the row's block, [from, to) */
  double to;
  double y;             /* top of its borders, from the top margin */
  double height;        /* between its borders: stretched to hold the day cell */
  gboolean continued;   /* its day began on an earlier page */
} Placement;

typedef struct
{
  GArray *placements;   /* Placement */
  double table_top;     /* top of the column titles, from the top margin */
  double signature_y;   /* top of the signature, or -1 */
} Page;

struct _CtWeekRenderer
{
  PangoFontMap *font_map;
  PangoContext *context;
  char *family;
  const CtDocGeometry *g;
  char *title;
  char *author;
  double left;
  double width;
  double edges[N_COLUMNS + 1];  /* the columns' borders, pt on the page */
  CtRenderBlock *header;
  CtRenderBlock *titles;
  CtRenderBlock *head_row;
  CtRenderBlock *signature;
  double head_height;
  GArray *rows;         /* Row */
  GArray *days;         /* Day */
  GPtrArray *pages;     /* Page */
};

static void
page_free (Page *page)
{
  g_array_unref (page->placements);
  g_free (page);
}

/* Lays @text out in @column of @block, its first line box at @top; returns its lines. */
static guint
add_cell (CtWeekRenderer       *self,
          CtRenderBlock        *block,
          const CtDocTextStyle *style,
          const char           *text,
          guint                 column,
          double                top)
{
  double width = self->edges[column + 1] - self->edges[column] - 2 * PAD_X;
  g_autoptr(PangoLayout) layout = NULL;

  if (ct_text_is_blank (text))
    return 0;
  layout = ct_render_layout_new (self->context, self->family, style, text, width);
  pango_layout_set_alignment (layout, columns[column].align);
  ct_render_block_add_layout (block, layout, style, self->edges[column] + PAD_X, top, FALSE);
  return pango_layout_get_line_count (layout);
}

static CtRenderBlock *
build_centred (CtWeekRenderer *self,
               const char     *first,
               const char     *second)
{
  CtRenderBlock *block = ct_render_block_new ();
  const char *texts[] = { first, second };
  const CtDocTextStyle *styles[] = { &self->g->title, &self->g->subtitle };
  double top = 0;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(PangoLayout) layout = ct_render_layout_new (self->context, self->family,
                                                            styles[i], texts[i], self->width);

      pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
      ct_render_block_add_layout (block, layout, styles[i], self->left, top, FALSE);
      top += pango_layout_get_line_count (layout) * styles[i]->pitch;
    }
  return block;
}

/* The column titles, each centred in its cell, level with the middle of the row. */
static void
build_head_row (CtWeekRenderer *self)
{
  const CtDocTextStyle *style = &self->g->table_head;
  PangoLayout *layouts[N_COLUMNS];
  guint most = 1;

  self->head_row = ct_render_block_new ();
  for (guint c = 0; c < N_COLUMNS; c++)
    {
      layouts[c] = ct_render_layout_new (self->context, self->family, style, columns[c].title,
                                         self->edges[c + 1] - self->edges[c] - 2 * PAD_X);
      pango_layout_set_alignment (layouts[c], PANGO_ALIGN_CENTER);
      most = MAX (most, (guint) pango_layout_get_line_count (layouts[c]));
    }
  for (guint c = 0; c < N_COLUMNS; c++)
    {
      guint n = pango_layout_get_line_count (layouts[c]);

      ct_render_block_add_layout (self->head_row, layouts[c], style, self->edges[c] + PAD_X,
                                  PAD_Y + (most - n) * style->pitch / 2, FALSE);
      g_object_unref (layouts[c]);
    }
  self->head_height = 2 * PAD_Y + most * style->pitch;
}

/* "TL. CHỦ TỊCH" (State) or "T/L BAN THƯỜNG VỤ" (Party), "CHÁNH VĂN PHÒNG", and the room
 * to sign, centred under the header's right column as the programme's signature is. */
static void
build_signature (CtWeekRenderer    *self,
                 const CtProgramme *issuer)
{
  const CtDocGeometry *g = self->g;
  double x = self->left + self->width * g->header_left_fraction;
  const char *body = issuer->style == CT_DOCUMENT_STYLE_STATE ? "CHỦ TỊCH" : "BAN THƯỜNG VỤ";
  g_autofree char *authority = g_strdup_printf (
    "%s %s", ct_format_signing_authority (issuer->style, CT_SIGNING_AUTHORITY_BY_ORDER), body);
  const char *texts[] = { authority, "CHÁNH VĂN PHÒNG" };
  const CtDocTextStyle *styles[] = { &g->signature_authority, &g->signature_title };
  double top = 0;

  self->signature = ct_render_block_new ();
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(PangoLayout) layout = ct_render_layout_new (self->context, self->family,
                                                            styles[i], texts[i],
                                                            self->left + self->width - x);

      pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
      ct_render_block_add_layout (self->signature, layout, styles[i], x, top, FALSE);
      top += pango_layout_get_line_count (layout) * styles[i]->pitch;
    }
  self->signature->height = top + g->signature_space;
}

static CtRenderBlock *
build_day_cell (CtWeekRenderer *self,
                const char     *label)
{
  CtRenderBlock *block = ct_render_block_new ();

  add_cell (self, block, &self->g->table_head, label, 0, PAD_Y);
  return block;
}

/* One row: the time, the content, the chair, the participants, the place, the units
 * that prepare. */
static void
add_entry_row (CtWeekRenderer    *self,
               const CtWeekEntry *entry,
               guint              day,
               gboolean           first)
{
  const CtItem *item = entry->occurrence->item;
  g_autofree char *when = ct_week_entry_dup_when (entry);
  g_autofree char *content = ct_week_entry_dup_content (entry);
  g_autofree char *chair = ct_week_entry_dup_chair (entry);
  g_autofree char *preparing = ct_week_entry_dup_preparing (entry);
  const char *texts[N_COLUMNS] = { NULL, when, content, chair, item->participants,
                                   item->location, preparing };
  Row row = { ct_render_block_new (), 0, day, first };

  for (guint c = 1; c < N_COLUMNS; c++)
    row.n_lines = MAX (row.n_lines, add_cell (self, row.cells, &self->g->table_cell, texts[c],
                                              c, PAD_Y));
  g_array_append_val (self->rows, row);
}

static void
build_rows (CtWeekRenderer *self,
            const CtWeek   *week)
{
  for (guint d = 0; d < 7; d++)
    {
      GPtrArray *entries = week->days[d].entries;
      g_autofree char *label = NULL, *continued = NULL;
      Day day;

      if (!ct_week_day_is_shown (week, d))
        continue;
      label = ct_week_day_dup_label (&week->days[d]);
      continued = g_strconcat (label, "\n(tiếp)", NULL);
      day.label = build_day_cell (self, label);
      day.continued = build_day_cell (self, continued);
      g_array_append_val (self->days, day);
      /* A day without entries still has its row: it is listed, a day off as such. */
      if (entries->len == 0)
        {
          Row row = { ct_render_block_new (), 0, self->days->len - 1, TRUE };

          g_array_append_val (self->rows, row);
        }
      for (guint i = 0; i < entries->len; i++)
        add_entry_row (self, g_ptr_array_index (entries, i), self->days->len - 1, i == 0);
    }
}

/* Pagination state: the page being filled and the day whose cell ends it. */
typedef struct
{
  CtWeekRenderer *self;
  double body_height;
  Page *page;
  double y;             /* bottom of what the page holds, from the top margin */
  guint day;            /* G_MAXUINT for none */
  double day_top;
  double day_height;    /* the height its day cell needs */
} Filler;

static double
row_height (Filler    *f,
            const Row *row)
{
  return 2 * PAD_Y + row->n_lines * f->self->g->table_cell.pitch;
}

/* The slice [@from, @to) with its padding: a cut edge has the padding of a border. */
static double
slice_height (Filler    *f,
              const Row *row,
              double     from,
              double     to)
{
  return to - from + (from > EPS ? PAD_Y : 0) + (to < row_height (f, row) - EPS ? PAD_Y : 0);
}

static gboolean
is_continued (const Row *row,
              double     from)
{
  return !row->first || from > EPS;
}

static double
day_cell_height (Filler    *f,
                 const Row *row,
                 double     from)
{
  const Day *day = &g_array_index (f->self->days, Day, row->day);

  return (is_continued (row, from) ? day->continued : day->label)->height + PAD_Y;
}

/* Stretches the last row of the day that ends the page to the height of its day cell. */
static void
close_day (Filler *f)
{
  GArray *placements = f->page != NULL ? f->page->placements : NULL;

  if (f->day != G_MAXUINT && f->y < f->day_top + f->day_height && placements->len > 0)
    {
      g_array_index (placements, Placement, placements->len - 1).height +=
        f->day_top + f->day_height - f->y;
      f->y = f->day_top + f->day_height;
    }
  f->day = G_MAXUINT;
}

static void
start_page (Filler   *f,
            gboolean  table)
{
  CtWeekRenderer *self = f->self;

  close_day (f);
  f->page = g_new0 (Page, 1);
  f->page->placements = g_array_new (FALSE, FALSE, sizeof (Placement));
  f->page->signature_y = -1;
  f->y = 0;
  if (self->pages->len == 0)
    f->y = self->header->height + self->g->title_space + self->titles->height + TABLE_SPACE;
  g_ptr_array_add (self->pages, f->page);
  f->page->table_top = f->y;
  if (table)
    f->y += self->head_height;
}

/* Whether the slice [@from, @to) of @row and @extra below it fit on the page. */
static gboolean
fits (Filler    *f,
      const Row *row,
      double     from,
      double     to,
      double     extra)
{
  gboolean same_day = row->day == f->day;
  /* A new day starts below the cell of the day before, which close_day() completes. */
  double y = !same_day && f->day != G_MAXUINT ? MAX (f->y, f->day_top + f->day_height) : f->y;
  double day_bottom = same_day ? f->day_top + f->day_height
                               : y + day_cell_height (f, row, from);
  double bottom = MAX (y + slice_height (f, row, from, to), day_bottom);

  return bottom + extra <= f->body_height + EPS;
}

static void
place (Filler *f,
       guint   index,
       double  from,
       double  to)
{
  const Row *row = &g_array_index (f->self->rows, Row, index);
  Placement p;

  if (row->day != f->day)
    {
      close_day (f);
      f->day = row->day;
      f->day_top = f->y;
      f->day_height = day_cell_height (f, row, from);
    }
  p = (Placement) { index, from, to, f->y, slice_height (f, row, from, to),
                    is_continued (row, from) };
  g_array_append_val (f->page->placements, p);
  f->y += p.height;
}

/* The end of the longest slice of @row from @from that fits, between two lines; 0 if none. */
static double
longest_slice (Filler    *f,
               const Row *row,
               double     from)
{
  double pitch = f->self->g->table_cell.pitch, end = 0;

  for (guint k = 1; k < row->n_lines; k++)
    {
      double at = PAD_Y + k * pitch;

      if (at > from + EPS && fits (f, row, from, at, 0))
        end = at;
    }
  return end;
}

/* A row taller than a page: cut between its lines, a page at a time. */
static void
place_split (Filler *f,
             guint   index)
{
  const Row *row = &g_array_index (f->self->rows, Row, index);
  double full = row_height (f, row), from = 0;

  while (!fits (f, row, from, full, 0))
    {
      double to = longest_slice (f, row, from);

      /* Not one line fits below the rows already on the page: a new page. */
      if (to <= from + EPS && f->page->placements->len > 0)
        {
          start_page (f, TRUE);
          continue;
        }
      /* Not even one line fits on a page of its own: at least one goes, so that the
       * pages end. */
      if (to <= from + EPS)
        to = MIN (full, from + (from > EPS ? 0 : PAD_Y) + f->self->g->table_cell.pitch);
      if (to >= full - EPS)
        break;
      place (f, index, from, to);
      start_page (f, TRUE);
      from = to;
    }
  place (f, index, from, full);
}

static void
paginate (CtWeekRenderer *self)
{
  const CtDocGeometry *g = self->g;
  double room = g->closing_space + self->signature->height;
  Filler f = { self, CT_WEEK_RENDERER_PAGE_HEIGHT - g->margin_top - g->margin_bottom };
  /* What a following page holds below the column titles. */
  double page_room;

  f.day = G_MAXUINT;
  page_room = f.body_height - self->head_height;
  start_page (&f, TRUE);
  for (guint i = 0; i < self->rows->len; i++)
    {
      const Row *row = &g_array_index (self->rows, Row, i);
      double full = row_height (&f, row);
      /* The signature takes the last row with it to its page. */
      double extra = i + 1 == self->rows->len ? room : 0;

      /* A row that must be cut anyway starts here, not on a new page: moving it would
       * leave this page's rest empty for nothing. */
      if (!fits (&f, row, 0, full, extra) && f.page->placements->len > 0 &&
          full + extra <= page_room)
        start_page (&f, TRUE);
      if (fits (&f, row, 0, full, 0))
        place (&f, i, 0, full);
      else
        place_split (&f, i);
    }
  close_day (&f);
  if (f.y + room > f.body_height + EPS)
    {
      start_page (&f, FALSE);
      f.page->signature_y = 0;
    }
  else
    f.page->signature_y = f.y + g->closing_space;
}

static void
set_edges (CtWeekRenderer *self)
{
  double x = self->left;

  for (guint c = 0; c < N_COLUMNS; c++)
    {
      self->edges[c] = x;
      x += self->width * columns[c].share;
    }
  self->edges[N_COLUMNS] = self->left + self->width;
}

/**
 * ct_week_renderer_new:
 * @week: the week
 * @issuer: the programme whose issuing body and style the schedule has (the first of
 *   the week's programmes)
 * @font_family: (nullable): the font family, %NULL for ct_renderer_get_default_font()
 *
 * Lays @week out as a table on A4 landscape pages; nothing of @week or @issuer is kept.
 *
 * Returns: (transfer full): the renderer, free with ct_week_renderer_free()
 */
CtWeekRenderer *
ct_week_renderer_new (const CtWeek      *week,
                      const CtProgramme *issuer,
                      const char        *font_family)
{
  CtWeekRenderer *self;
  g_autofree char *heading = NULL;

  g_return_val_if_fail (week != NULL && issuer != NULL, NULL);

  self = g_new0 (CtWeekRenderer, 1);
  self->family = g_strdup (font_family != NULL && *font_family != '\0'
                           ? font_family : ct_renderer_get_default_font ());
  self->font_map = ct_render_take_font_map ();
  self->context = ct_render_create_context (self->font_map);
  self->g = ct_doc_geometry_get (issuer->style);
  self->title = g_strdup_printf ("Lịch công tác tuần %d năm %d", week->week, week->iso_year);
  self->author = g_strdup (issuer->issuing_body);
  self->left = self->g->margin_left;
  self->width = CT_WEEK_RENDERER_PAGE_WIDTH - self->g->margin_left - self->g->margin_right;
  self->rows = g_array_new (FALSE, FALSE, sizeof (Row));
  self->days = g_array_new (FALSE, FALSE, sizeof (Day));
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) page_free);
  set_edges (self);

  heading = ct_week_dup_heading (week);
  self->header = ct_render_header_block (issuer, self->context, self->family, self->left,
                                         self->width);
  self->titles = build_centred (self, "LỊCH CÔNG TÁC TUẦN", heading);
  build_head_row (self);
  build_signature (self, issuer);
  build_rows (self, week);
  paginate (self);
  return self;
}

/**
 * ct_week_renderer_free:
 * @self: (nullable): a renderer
 */
void
ct_week_renderer_free (CtWeekRenderer *self)
{
  if (self == NULL)
    return;
  for (guint i = 0; i < self->rows->len; i++)
    ct_render_block_free (g_array_index (self->rows, Row, i).cells);
  for (guint i = 0; i < self->days->len; i++)
    {
      ct_render_block_free (g_array_index (self->days, Day, i).label);
      ct_render_block_free (g_array_index (self->days, Day, i).continued);
    }
  g_array_unref (self->rows);
  g_array_unref (self->days);
  g_ptr_array_unref (self->pages);
  ct_render_block_free (self->header);
  ct_render_block_free (self->titles);
  ct_render_block_free (self->head_row);
  ct_render_block_free (self->signature);
  g_clear_object (&self->context);
  ct_render_release_font_map (g_steal_pointer (&self->font_map));
  g_free (self->family);
  g_free (self->title);
  g_free (self->author);
  g_free (self);
}

/**
 * ct_week_renderer_get_n_pages:
 * @self: a renderer
 *
 * Returns: the number of pages, at least 1
 */
guint
ct_week_renderer_get_n_pages (CtWeekRenderer *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->pages->len;
}

static void
draw_rule (cairo_t *cr,
           double   x0,
           double   y0,
           double   x1,
           double   y1)
{
  cairo_move_to (cr, x0, y0);
  cairo_line_to (cr, x1, y1);
  cairo_stroke (cr);
}

/* The column titles, the rows' cells and their borders; the day cell spans its rows, so
 * the rule between two rows of a day starts at the time column. */
static void
draw_table (CtWeekRenderer *self,
            cairo_t        *cr,
            const Page     *page)
{
  double top = self->g->margin_top + page->table_top, bottom = top + self->head_height;
  double right = self->edges[N_COLUMNS];
  guint previous_day = G_MAXUINT;

  ct_render_block_draw (self->head_row, cr, 0, self->head_row->height, top);
  cairo_set_line_width (cr, RULE_WIDTH);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_SQUARE);
  draw_rule (cr, self->edges[0], top, right, top);
  for (guint i = 0; i < page->placements->len; i++)
    {
      const Placement *p = &g_array_index (page->placements, Placement, i);
      const Row *row = &g_array_index (self->rows, Row, p->row);
      double y = self->g->margin_top + p->y;

      ct_render_block_draw (row->cells, cr, p->from, p->to, y + (p->from > EPS ? PAD_Y : 0));
      if (row->day != previous_day)
        {
          const Day *day = &g_array_index (self->days, Day, row->day);
          const CtRenderBlock *label = p->continued ? day->continued : day->label;

          ct_render_block_draw (label, cr, 0, label->height, y);
        }
      draw_rule (cr, row->day != previous_day ? self->edges[0] : self->edges[1], y, right, y);
      previous_day = row->day;
      bottom = y + p->height;
    }
  draw_rule (cr, self->edges[0], bottom, right, bottom);
  for (guint c = 0; c <= N_COLUMNS; c++)
    draw_rule (cr, self->edges[c], top, self->edges[c], bottom);
}

/**
 * ct_week_renderer_draw_page:
 * @self: a renderer
 * @cr: a cairo context whose user space is the landscape page in points (841.89 ×
 *   595.28 pt), origin at the paper's top-left corner
 * @page: the 0-based page index
 *
 * Draws one page in black: on page 1 the header and the title; the table's part on the
 * page; the signature after the table; from page 2 on, the page number in the top margin.
 */
void
ct_week_renderer_draw_page (CtWeekRenderer *self,
                            cairo_t        *cr,
                            guint           page)
{
  const CtDocGeometry *g;
  const Page *p;

  g_return_if_fail (self != NULL && cr != NULL);
  g_return_if_fail (page < self->pages->len);

  g = self->g;
  p = g_ptr_array_index (self->pages, page);
  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  if (page == 0)
    {
      ct_render_block_draw (self->header, cr, 0, self->header->height, g->margin_top);
      ct_render_block_draw (self->titles, cr, 0, self->titles->height,
                            g->margin_top + self->header->height + g->title_space);
    }
  if (p->placements->len > 0)
    draw_table (self, cr, p);
  if (p->signature_y >= 0)
    ct_render_block_draw (self->signature, cr, 0, self->signature->height,
                          g->margin_top + p->signature_y);
  if (page > 0)
    ct_render_draw_page_number (self->context, self->family, g, self->width, cr, page);
  cairo_restore (cr);
}

static void
draw_page_cb (gpointer  data,
              cairo_t  *cr,
              guint     page)
{
  ct_week_renderer_draw_page (data, cr, page);
}

/**
 * ct_week_renderer_export_pdf:
 * @self: a renderer
 * @path: the PDF file to write, in the GLib filename encoding
 * @error: return location for a #CT_RENDERER_ERROR_IO error
 *
 * Writes every page to @path as an A4 landscape PDF with the fonts embedded, replacing
 * the file atomically: on failure an existing file is left as it was.
 *
 * Returns: %TRUE on success
 */
gboolean
ct_week_renderer_export_pdf (CtWeekRenderer  *self,
                             const char      *path,
                             GError         **error)
{
  CtRenderPdf pdf = {
    .width = CT_WEEK_RENDERER_PAGE_WIDTH,
    .height = CT_WEEK_RENDERER_PAGE_HEIGHT,
    .n_pages = self->pages->len,
    .draw_page = draw_page_cb,
    .data = self,
    .title = self->title,
    .author = self->author,
  };

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return ct_render_export_pdf (&pdf, path, error);
}
