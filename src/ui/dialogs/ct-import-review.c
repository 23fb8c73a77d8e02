/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-import-review"

#include "config.h"

#include "ct-import-review.h"

#include <glib/gi18n.h>

#include "ct-render-text.h"

/* The review before an import is saved: the text as the importer read it, with its line
 * numbers, beside the programme it became, with what was found (shape, confidence, file
 * type) and the list of what to check. Choosing a point of the list shows its line, so
 * that the clerk can compare the two before deciding to import or not. */

struct _CtImportReview
{
  AdwWindow parent_instance;

  gboolean responded;
  GtkLabel *shape_label;
  GtkLabel *confidence_label;
  GtkTextView *source_view;
  GtkWidget *gutter;
  gboolean following;  /* the chosen line is kept in view while the layout settles */
  GtkListBox *problem_list;
};

G_DEFINE_FINAL_TYPE (CtImportReview, ct_import_review, ADW_TYPE_WINDOW)

enum {
  RESPONSE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Space between the line numbers and the text. */
#define GUTTER_PADDING 8

static void
respond (CtImportReview *self,
         gboolean        accepted)
{
  if (self->responded)
    return;
  self->responded = TRUE;
  g_signal_emit (self, signals[RESPONSE], 0, accepted);
}

static const char *
format_name (const char *format)
{
  if (g_strcmp0 (format, "docx") == 0)
    return _("Word document (.docx)");
  if (g_strcmp0 (format, "odt") == 0)
    return _("OpenDocument text (.odt)");
  if (g_strcmp0 (format, "pdf") == 0)
    return _("PDF document");
  if (g_strcmp0 (format, "doc") == 0)
    return _("Word 97–2003 document (.doc)");
  return _("Text file");
}

static GtkWidget *
heading_label (const char *mnemonic,
               GtkWidget  *target)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (mnemonic);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  if (target != NULL)
    gtk_label_set_mnemonic_widget (GTK_LABEL (label), target);
  return label;
}

/* One "Name: value" line of the summary; returns the value's label. */
static GtkLabel *
add_fact (GtkGrid    *grid,
          int         row,
          const char *name,
          const char *value)
{
  GtkWidget *name_label = gtk_label_new (name);
  GtkWidget *value_label = gtk_label_new (value);

  gtk_label_set_xalign (GTK_LABEL (name_label), 0);
  gtk_widget_add_css_class (name_label, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (value_label), 0);
  gtk_label_set_wrap (GTK_LABEL (value_label), TRUE);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (value_label),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, name_label, NULL, -1);
  gtk_grid_attach (grid, name_label, 0, row, 1, 1);
  gtk_grid_attach (grid, value_label, 1, row, 1, 1);
  return GTK_LABEL (value_label);
}

static guint
count_problems (const CtImportReport *report)
{
  return (report->warnings ? report->warnings->len : 0)
         + (report->unrecognised ? report->unrecognised->len : 0);
}

static GtkWidget *
build_summary (CtImportReview       *self,
               const CtImportReport *report)
{
  GtkGrid *grid = GTK_GRID (gtk_grid_new ());
  g_autofree char *confidence = ct_import_review_describe_confidence (report->confidence);
  int row = 0;

  gtk_grid_set_row_spacing (grid, 4);
  gtk_grid_set_column_spacing (grid, 12);
  self->shape_label = add_fact (grid, row++, _("Shape found"),
                                ct_import_shape_describe (report->shape));
  self->confidence_label = add_fact (grid, row++, _("Confidence"), confidence);
  /* Plain UTF-8 text is what most files are: the facts are told only when they differ. */
  if (report->format != NULL && g_strcmp0 (report->format, "text") != 0)
    add_fact (grid, row++, _("File type"), format_name (report->format));
  if (report->encoding != NULL && g_ascii_strcasecmp (report->encoding, "UTF-8") != 0)
    add_fact (grid, row++, _("Encoding"), report->encoding);
  /* With nothing to check there is no list: the texts take its room. */
  if (count_problems (report) == 0)
    add_fact (grid, row++, _("Points to check"), _("Nothing to check"));
  return GTK_WIDGET (grid);
}

static GtkWidget *
scrolled (GtkWidget *child)
{
  GtkWidget *window = gtk_scrolled_window_new ();

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (window), child);
  gtk_widget_set_vexpand (window, TRUE);
  gtk_widget_set_hexpand (window, TRUE);
  gtk_widget_add_css_class (window, "card");
  gtk_widget_set_overflow (window, GTK_OVERFLOW_HIDDEN);
  return window;
}

static GtkTextView *
read_only_view (const char *accessible_label)
{
  GtkTextView *view = GTK_TEXT_VIEW (gtk_text_view_new ());

  gtk_text_view_set_editable (view, FALSE);
  /* A visible cursor lets the keyboard select and copy. */
  gtk_text_view_set_cursor_visible (view, TRUE);
  gtk_text_view_set_wrap_mode (view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_left_margin (view, 8);
  gtk_text_view_set_right_margin (view, 8);
  gtk_text_view_set_top_margin (view, 6);
  gtk_text_view_set_bottom_margin (view, 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible_label, -1);
  return view;
}

/* Draws the numbers of the source lines in view, each at its line's top. */
static void
draw_gutter (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        data)
{
  GtkTextView *view = data;
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (area), NULL);
  GdkRectangle visible;
  GtkTextIter iter;
  GdkRGBA color;

  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (area)), &color);
  gdk_cairo_set_source_rgba (cr, &color);
  gtk_text_view_get_visible_rect (view, &visible);
  gtk_text_view_get_line_at_y (view, &iter, visible.y, NULL);
  do
    {
      char number[16];
      int y, line_height, window_y, text_width;

      gtk_text_view_get_line_yrange (view, &iter, &y, &line_height);
      if (y > visible.y + visible.height)
        break;
      gtk_text_view_buffer_to_window_coords (view, GTK_TEXT_WINDOW_LEFT, 0, y, NULL, &window_y);
      g_snprintf (number, sizeof number, "%d", gtk_text_iter_get_line (&iter) + 1);
      pango_layout_set_text (layout, number, -1);
      pango_layout_get_pixel_size (layout, &text_width, NULL);
      cairo_move_to (cr, width - text_width - GUTTER_PADDING, window_y);
      pango_cairo_show_layout (cr, layout);
    }
  while (gtk_text_iter_forward_line (&iter));
}

static void
scrolled_cb (GtkAdjustment *adjustment,
             GtkWidget     *gutter)
{
  gtk_widget_queue_draw (gutter);
}

/* The view measures its lines bit by bit after it is shown, and a line chosen before it
 * is done moves down as the lines above it are measured: it is scrolled to again. */
static void
layout_changed_cb (GtkAdjustment  *adjustment,
                   CtImportReview *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->source_view);

  if (self->following)
    gtk_text_view_scroll_to_mark (self->source_view, gtk_text_buffer_get_insert (buffer), 0.0,
                                  TRUE, 0.0, 0.3);
}

/* The numbers are drawn beside the text rather than written in it, so that what is
 * selected and copied is the text alone. */
static void
add_gutter (CtImportReview *self,
            guint           n_lines)
{
  g_autofree char *widest = g_strdup_printf ("%u", MAX (n_lines, 10));
  g_autoptr(PangoLayout) layout = NULL;
  int width;

  self->gutter = gtk_drawing_area_new ();
  gtk_widget_add_css_class (self->gutter, "monospace");
  gtk_widget_add_css_class (self->gutter, "dim-label");
  layout = gtk_widget_create_pango_layout (self->gutter, widest);
  pango_layout_get_pixel_size (layout, &width, NULL);
  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (self->gutter),
                                      width + 2 * GUTTER_PADDING);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->gutter), draw_gutter,
                                  self->source_view, NULL);
  gtk_text_view_set_gutter (self->source_view, GTK_TEXT_WINDOW_LEFT, self->gutter);
}

static GtkWidget *
build_source (CtImportReview       *self,
              const CtImportReport *report)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkTextBuffer *buffer;
  GtkTextIter start;
  GtkWidget *window;
  g_autofree char *text = NULL;
  guint n_lines = report->source_lines ? g_strv_length (report->source_lines) : 0;

  self->source_view = read_only_view (_("Source text"));
  gtk_text_view_set_monospace (self->source_view, TRUE);
  buffer = gtk_text_view_get_buffer (self->source_view);
  text = report->source_lines ? g_strjoinv ("\n", report->source_lines) : g_strdup ("");
  /* Columns laid out with spaces stay aligned in a fixed-width font. Fontconfig's
   * "Monospace" for Vietnamese text may be a proportional font (DejaVu Sans Mono lacks
   * ơ, ư and ạ…ỹ): fixed-width fonts that have them come first. */
  gtk_text_buffer_create_tag (buffer, "source", "family",
                              "Liberation Mono, Noto Sans Mono, Monospace", NULL);
  gtk_text_buffer_create_tag (buffer, "problem", "paragraph-background", "rgba(246,211,45,0.35)",
                              NULL);
  gtk_text_buffer_get_start_iter (buffer, &start);
  gtk_text_buffer_insert_with_tags_by_name (buffer, &start, text, -1, "source", NULL);
  add_gutter (self, n_lines);
  window = scrolled (GTK_WIDGET (self->source_view));
  g_signal_connect_object (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->source_view)),
                           "value-changed", G_CALLBACK (scrolled_cb), self->gutter, 0);
  g_signal_connect_object (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->source_view)),
                           "changed", G_CALLBACK (layout_changed_cb), self, 0);
  gtk_box_append (GTK_BOX (box), heading_label (_("_Source Text"),
                                                GTK_WIDGET (self->source_view)));
  gtk_box_append (GTK_BOX (box), window);
  return box;
}

static GtkWidget *
build_result (const CtImportReport *report)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkTextView *view = read_only_view (_("Programme as it will be saved"));
  g_autofree char *text = ct_programme_render_text (report->programme);

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text, -1);
  gtk_box_append (GTK_BOX (box), heading_label (_("_Programme as It Will Be Saved"),
                                                GTK_WIDGET (view)));
  gtk_box_append (GTK_BOX (box), scrolled (GTK_WIDGET (view)));
  return box;
}

/* Puts the source line @line (1-based) in view, selected and highlighted. */
static void
show_source_line (CtImportReview *self,
                  guint           line)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->source_view);
  GtkTextIter start, end;
  GtkTextMark *mark;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_remove_tag_by_name (buffer, "problem", &start, &end);
  self->following = FALSE;
  if (line == 0 || (int) line > gtk_text_buffer_get_line_count (buffer))
    return;
  gtk_text_buffer_get_iter_at_line (buffer, &start, line - 1);
  end = start;
  if (!gtk_text_iter_ends_line (&end))
    gtk_text_iter_forward_to_line_end (&end);
  gtk_text_buffer_apply_tag_by_name (buffer, "problem", &start, &end);
  gtk_text_buffer_select_range (buffer, &start, &end);
  mark = gtk_text_buffer_get_insert (buffer);
  self->following = TRUE;
  gtk_text_view_scroll_to_mark (self->source_view, mark, 0.0, TRUE, 0.0, 0.3);
}

static void
problem_selected_cb (GtkListBox     *list,
                     GtkListBoxRow  *row,
                     CtImportReview *self)
{
  if (row != NULL)
    show_source_line (self, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "line")));
}

static void
problem_activated_cb (GtkListBox     *list,
                      GtkListBoxRow  *row,
                      CtImportReview *self)
{
  show_source_line (self, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "line")));
}

static GtkWidget *
problem_row (guint       line,
             const char *message)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  g_autofree char *where = NULL;
  g_autofree char *accessible = NULL;
  GtkWidget *where_label, *message_label;

  /* Translators: where an import warning is, in the review's list. */
  where = line > 0 ? g_strdup_printf (_("Line %u"), line) : g_strdup (_("Whole text"));
  where_label = gtk_label_new (where);
  gtk_label_set_xalign (GTK_LABEL (where_label), 0);
  gtk_label_set_yalign (GTK_LABEL (where_label), 0);
  gtk_label_set_width_chars (GTK_LABEL (where_label), 9);
  gtk_widget_add_css_class (where_label, "dim-label");
  gtk_widget_add_css_class (where_label, "numeric");
  message_label = gtk_label_new (message);
  gtk_label_set_xalign (GTK_LABEL (message_label), 0);
  gtk_label_set_wrap (GTK_LABEL (message_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (message_label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_hexpand (message_label, TRUE);
  gtk_box_append (GTK_BOX (box), where_label);
  gtk_box_append (GTK_BOX (box), message_label);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), line > 0);
  g_object_set_data (G_OBJECT (row), "line", GUINT_TO_POINTER (line));
  /* Translators: a point of the import review's list as a screen reader says it. */
  accessible = g_strdup_printf (_("%1$s: %2$s"), where, message);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible, -1);
  return row;
}

static int
compare_rows (GtkListBoxRow *a,
              GtkListBoxRow *b,
              gpointer       data)
{
  guint la = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (a), "line"));
  guint lb = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (b), "line"));
  guint oa = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (a), "order"));
  guint ob = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (b), "order"));

  /* By line; on one line, warnings before the line's text, each in the importer's order. */
  if (la != lb)
    return (la > lb) - (la < lb);
  return (oa > ob) - (oa < ob);
}

static void
append_problem (CtImportReview *self,
                guint           line,
                const char     *message)
{
  GtkWidget *row = problem_row (line, message);
  guint order = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (self->problem_list), "n-rows"));

  g_object_set_data (G_OBJECT (row), "order", GUINT_TO_POINTER (order));
  g_object_set_data (G_OBJECT (self->problem_list), "n-rows", GUINT_TO_POINTER (order + 1));
  gtk_list_box_append (self->problem_list, row);
}

static void
fill_problems (CtImportReview       *self,
               const CtImportReport *report)
{
  gtk_list_box_set_sort_func (self->problem_list, (GtkListBoxSortFunc) compare_rows, NULL, NULL);
  for (guint i = 0; report->warnings && i < report->warnings->len; i++)
    {
      CtImportWarning *w = g_ptr_array_index (report->warnings, i);

      append_problem (self, w->line, w->message);
    }
  for (guint i = 0; report->unrecognised && i < report->unrecognised->len; i++)
    {
      CtImportWarning *u = g_ptr_array_index (report->unrecognised, i);
      /* Translators: %s is a line of the imported text that fitted nothing. */
      g_autofree char *message = g_strdup_printf (_("Not understood, left out: “%s”"),
                                                   u->message);

      append_problem (self, u->line, message);
    }
}

static GtkWidget *
build_problems (CtImportReview       *self,
                const CtImportReport *report)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *window;
  guint n;
  g_autofree char *heading = NULL;

  self->problem_list = GTK_LIST_BOX (gtk_list_box_new ());
  /* The card wraps the rows, not the whole pane. */
  gtk_widget_set_valign (GTK_WIDGET (self->problem_list), GTK_ALIGN_START);
  gtk_list_box_set_selection_mode (self->problem_list, GTK_SELECTION_SINGLE);
  gtk_widget_add_css_class (GTK_WIDGET (self->problem_list), "boxed-list");
  fill_problems (self, report);
  n = count_problems (report);
  /* Translators: heading of the review's list of warnings and lines not understood. */
  heading = g_strdup_printf (ngettext ("_Check %u Point", "_Check %u Points", n), n);
  g_signal_connect (self->problem_list, "row-selected", G_CALLBACK (problem_selected_cb), self);
  g_signal_connect (self->problem_list, "row-activated", G_CALLBACK (problem_activated_cb),
                    self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->problem_list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Points to check"), -1);
  window = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (window), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (window),
                                 GTK_WIDGET (self->problem_list));
  gtk_widget_set_vexpand (window, TRUE);
  /* A list box takes no focus itself: the mnemonic goes to its first row. */
  gtk_box_append (GTK_BOX (box), heading_label (heading, GTK_WIDGET (
                    gtk_list_box_get_row_at_index (self->problem_list, 0))));
  gtk_box_append (GTK_BOX (box), window);
  return box;
}

static GtkWidget *
build_header_bar (CtImportReview *self,
                  const char     *file_name)
{
  GtkWidget *bar = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *import = gtk_button_new_with_mnemonic (_("_Import"));

  adw_header_bar_set_title_widget (ADW_HEADER_BAR (bar),
                                   adw_window_title_new (_("Review the Import"),
                                                         file_name ? file_name : ""));
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (bar), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (bar), FALSE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "review.cancel");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (import), "review.import");
  gtk_widget_add_css_class (import, "suggested-action");
  gtk_widget_set_tooltip_text (import, _("Save the programme as a new draft and open it"));
  gtk_widget_set_tooltip_text (cancel, _("Close without saving anything"));
  adw_header_bar_pack_start (ADW_HEADER_BAR (bar), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (bar), import);
  gtk_window_set_default_widget (GTK_WINDOW (self), import);
  return bar;
}

static void
build (CtImportReview       *self,
       const CtImportReport *report,
       const char           *file_name)
{
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *texts = gtk_paned_new (GTK_ORIENTATION_HORIZONTAL);
  GtkWidget *problems = build_problems (self, report);
  GtkWidget *page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *body = texts;

  gtk_paned_set_start_child (GTK_PANED (texts), build_source (self, report));
  gtk_paned_set_end_child (GTK_PANED (texts), build_result (report));
  gtk_paned_set_wide_handle (GTK_PANED (texts), TRUE);
  gtk_paned_set_position (GTK_PANED (texts), 560);
  if (count_problems (report) > 0)
    {
      body = gtk_paned_new (GTK_ORIENTATION_VERTICAL);
      gtk_paned_set_start_child (GTK_PANED (body), texts);
      gtk_paned_set_end_child (GTK_PANED (body), problems);
      gtk_paned_set_wide_handle (GTK_PANED (body), TRUE);
      gtk_paned_set_position (GTK_PANED (body), 380);
      gtk_paned_set_shrink_end_child (GTK_PANED (body), FALSE);
      gtk_widget_set_size_request (problems, -1, 120);
    }
  else
    {
      /* Nothing to list: the (empty) list is kept, unshown. */
      body = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      gtk_widget_set_vexpand (texts, TRUE);
      gtk_box_append (GTK_BOX (body), texts);
      gtk_widget_set_visible (problems, FALSE);
      gtk_box_append (GTK_BOX (body), problems);
    }
  gtk_box_append (GTK_BOX (content), build_summary (self, report));
  gtk_box_append (GTK_BOX (content), body);
  gtk_widget_set_vexpand (body, TRUE);
  g_object_set (content, "margin-start", 12, "margin-end", 12, "margin-top", 12,
                "margin-bottom", 12, NULL);
  gtk_box_append (GTK_BOX (page), build_header_bar (self, file_name));
  gtk_box_append (GTK_BOX (page), content);
  adw_window_set_content (ADW_WINDOW (self), page);
  /* The keyboard starts on the first point to check, else on Import. */
  if (count_problems (report) > 0)
    gtk_window_set_focus (GTK_WINDOW (self),
                          GTK_WIDGET (gtk_list_box_get_row_at_index (self->problem_list, 0)));
  else
    gtk_window_set_focus (GTK_WINDOW (self), gtk_window_get_default_widget (GTK_WINDOW (self)));
}

static void
review_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  respond (CT_IMPORT_REVIEW (widget), g_str_equal (action_name, "review.import"));
}

/* Closing the window is cancelling. */
static gboolean
ct_import_review_close_request (GtkWindow *window)
{
  respond (CT_IMPORT_REVIEW (window), FALSE);
  return GTK_WINDOW_CLASS (ct_import_review_parent_class)->close_request (window);
}

static void
ct_import_review_class_init (CtImportReviewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  window_class->close_request = ct_import_review_close_request;

  /**
   * CtImportReview::response:
   * @accepted: %TRUE for Import, %FALSE for Cancel (or the window closed)
   *
   * Emitted once; the window stays open for the caller to destroy.
   */
  signals[RESPONSE] = g_signal_new ("response", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_BOOLEAN);
  gtk_widget_class_install_action (widget_class, "review.import", NULL, review_action);
  gtk_widget_class_install_action (widget_class, "review.cancel", NULL, review_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "review.cancel", NULL);
}

static void
ct_import_review_init (CtImportReview *self)
{
}

/**
 * ct_import_review_new:
 * @parent: the window the review is for
 * @report: what an import found
 * @file_name: (nullable): the imported file's name, shown under the title
 *
 * A modal window showing @report (it is not kept): the source text with line numbers
 * beside the programme read, the shape, the confidence, the file type and encoding when
 * not plain UTF-8 text, and the warnings and lines not understood, each of which shows
 * its line when chosen. Import, Cancel and Escape emit #CtImportReview::response.
 *
 * Returns: (transfer none): the new window, not yet shown
 */
GtkWidget *
ct_import_review_new (GtkWindow            *parent,
                      const CtImportReport *report,
                      const char           *file_name)
{
  CtImportReview *self;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (report != NULL && report->programme != NULL, NULL);

  self = g_object_new (CT_TYPE_IMPORT_REVIEW, "transient-for", parent, "modal", TRUE,
                       "default-width", 1120, "default-height", 740,
                       "title", _("Review the Import"), NULL);
  build (self, report, file_name);
  return GTK_WIDGET (self);
}

/**
 * ct_import_review_describe_confidence:
 * @confidence: the share of the text read, 0 to 1
 *
 * Returns: (transfer full): the confidence as shown: a percentage and what it means
 */
char *
ct_import_review_describe_confidence (double confidence)
{
  guint percent = (guint) (CLAMP (confidence, 0, 1) * 100 + 0.5);
  const char *meaning;

  /* 100 % only when nothing was left unread. */
  if (percent == 100 && confidence < 1)
    percent = 99;

  if (percent == 100)
    meaning = _("all of the text was read");
  else if (percent >= 90)
    meaning = _("almost all of the text was read");
  else if (percent >= 60)
    meaning = _("most of the text was read");
  else
    meaning = _("much of the text was not understood");
  /* Translators: %1$u is a percentage, %2$s says what it means ("most of the text was
   * read"). */
  return g_strdup_printf (_("%1$u%% — %2$s"), percent, meaning);
}

/**
 * ct_import_review_get_shape_text:
 * @self: a review
 *
 * Returns: the shape found, as shown
 */
const char *
ct_import_review_get_shape_text (CtImportReview *self)
{
  g_return_val_if_fail (CT_IS_IMPORT_REVIEW (self), NULL);
  return gtk_label_get_text (self->shape_label);
}

/**
 * ct_import_review_get_confidence_text:
 * @self: a review
 *
 * Returns: the confidence, as shown
 */
const char *
ct_import_review_get_confidence_text (CtImportReview *self)
{
  g_return_val_if_fail (CT_IS_IMPORT_REVIEW (self), NULL);
  return gtk_label_get_text (self->confidence_label);
}

/**
 * ct_import_review_get_problem_list:
 * @self: a review
 *
 * Returns: (transfer none): the list of warnings and lines not understood, by line
 */
GtkListBox *
ct_import_review_get_problem_list (CtImportReview *self)
{
  g_return_val_if_fail (CT_IS_IMPORT_REVIEW (self), NULL);
  return self->problem_list;
}

/**
 * ct_import_review_get_source_view:
 * @self: a review
 *
 * Returns: (transfer none): the view of the source text
 */
GtkTextView *
ct_import_review_get_source_view (CtImportReview *self)
{
  g_return_val_if_fail (CT_IS_IMPORT_REVIEW (self), NULL);
  return self->source_view;
}
