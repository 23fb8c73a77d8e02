/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-wrap-view"

#include "config.h"

#include "ct-wrap-view.h"

/* The text view of every field of the form whose text wraps (titles, bodies' names,
 * agenda items, a task's text).
 *
 * GTK 4.8's text view tells its height from its text as laid out at the last width it
 * was given, whatever width it is asked about. It lays its text out at its real width only
 * once allocated, first the lines on screen, then the others when idle, and takes the new
 * height without asking to be measured again. A view filled before it was ever shown (an
 * item's page built anew, a header built for a new programme) was then given the height
 * of no text, or of its first line, and kept it until something else resized the form:
 * the field looked empty, or cut, while it held text, and what was typed in it could not
 * be seen. Here the view checks, each time it is allocated or drawn, whether its text
 * needs another height than the one it told, and if so asks again on the next frame. */

struct _CtWrapView
{
  GtkTextView parent_instance;

  int told_height;    /* the minimum height it last told, -1 for none */
  guint remeasure_id; /* tick callback asking to be measured again */
};

G_DEFINE_FINAL_TYPE (CtWrapView, ct_wrap_view, GTK_TYPE_TEXT_VIEW)

static gboolean
remeasure_cb (GtkWidget     *widget,
              GdkFrameClock *clock,
              gpointer       data)
{
  CT_WRAP_VIEW (widget)->remeasure_id = 0;
  gtk_widget_queue_resize (widget);
  return G_SOURCE_REMOVE;
}

/* Whether the view's text is laid out to another height than the one it told (the
 * measure does not depend on the width asked about: see above). */
static void
check_height (CtWrapView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  int minimum, natural;

  if (self->remeasure_id != 0 || !gtk_widget_get_mapped (widget))
    return;
  GTK_WIDGET_CLASS (ct_wrap_view_parent_class)->measure (widget, GTK_ORIENTATION_VERTICAL,
                                                         gtk_widget_get_width (widget),
                                                         &minimum, &natural, NULL, NULL);
  if (minimum != self->told_height)
    self->remeasure_id = gtk_widget_add_tick_callback (widget, remeasure_cb, NULL, NULL);
}

static void
ct_wrap_view_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  GTK_WIDGET_CLASS (ct_wrap_view_parent_class)->measure (widget, orientation, for_size,
                                                         minimum, natural,
                                                         minimum_baseline, natural_baseline);
  if (orientation == GTK_ORIENTATION_VERTICAL)
    CT_WRAP_VIEW (widget)->told_height = *minimum;
}

static void
ct_wrap_view_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  GTK_WIDGET_CLASS (ct_wrap_view_parent_class)->size_allocate (widget, width, height,
                                                               baseline);
  check_height (CT_WRAP_VIEW (widget));
}

/* The lines laid out when idle are drawn: the view's height is checked then too. */
static void
ct_wrap_view_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  GTK_WIDGET_CLASS (ct_wrap_view_parent_class)->snapshot (widget, snapshot);
  check_height (CT_WRAP_VIEW (widget));
}

static void
ct_wrap_view_unmap (GtkWidget *widget)
{
  CtWrapView *self = CT_WRAP_VIEW (widget);

  if (self->remeasure_id != 0)
    {
      gtk_widget_remove_tick_callback (widget, self->remeasure_id);
      self->remeasure_id = 0;
    }
  GTK_WIDGET_CLASS (ct_wrap_view_parent_class)->unmap (widget);
}

static void
ct_wrap_view_class_init (CtWrapViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->measure = ct_wrap_view_measure;
  widget_class->size_allocate = ct_wrap_view_size_allocate;
  widget_class->snapshot = ct_wrap_view_snapshot;
  widget_class->unmap = ct_wrap_view_unmap;
}

static void
ct_wrap_view_init (CtWrapView *self)
{
  self->told_height = -1;
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (self), GTK_WRAP_WORD_CHAR);
}

/**
 * ct_wrap_view_new:
 *
 * Returns: (transfer floating): a text view wrapping words (or characters, in a word
 *   longer than the line) that is always as tall as its text
 */
GtkWidget *
ct_wrap_view_new (void)
{
  return g_object_new (CT_TYPE_WRAP_VIEW, NULL);
}
