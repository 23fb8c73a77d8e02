/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-wrap-view"

#include "config.h"

#include "ct-wrap-view.h"

/* The text view of every field of the form whose text wraps (titles, bodies' names,
 * agenda items, a task's text).
 *
 * GTK 4.8's text view answers how tall it is from its text as laid out at the last width
 * it was given, whatever width it is asked about; it learns its real width only when it is
 * allocated, and the resize it asks for then is lost, being asked while the window lays
 * itself out. A view filled before it was ever shown (a page built anew, a header built
 * for a new programme, a field changed by an undo while its page was hidden) was then
 * given the height of no text, one pixel, and kept it until something else resized the
 * form: the field looked empty while it held text, and what was typed in it could not be
 * seen. Here the view checks, once allocated, whether its text at that width needs
 * another height than the one it told, and if so asks again on the next frame. */

struct _CtWrapView
{
  GtkTextView parent_instance;

  int told_width;     /* the width of the last height it told, -1 for none */
  int told_height;
  guint remeasure_id; /* tick callback asking for a new measure */
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

static void
ct_wrap_view_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  CtWrapView *self = CT_WRAP_VIEW (widget);

  GTK_WIDGET_CLASS (ct_wrap_view_parent_class)->measure (widget, orientation, for_size,
                                                         minimum, natural,
                                                         minimum_baseline, natural_baseline);
  if (orientation == GTK_ORIENTATION_VERTICAL)
    {
      self->told_width = for_size;
      self->told_height = *minimum;
    }
}

/* Whether the height the view told its parent is not the one its text needs at @width. */
static gboolean
told_wrong_height (CtWrapView *self,
                   int         width,
                   int         height)
{
  int minimum, natural;

  GTK_WIDGET_CLASS (ct_wrap_view_parent_class)->measure (GTK_WIDGET (self),
                                                         GTK_ORIENTATION_VERTICAL, width,
                                                         &minimum, &natural, NULL, NULL);
  if (self->told_width == width)
    return minimum != self->told_height;
  return minimum > height;
}

static void
ct_wrap_view_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  CtWrapView *self = CT_WRAP_VIEW (widget);

  GTK_WIDGET_CLASS (ct_wrap_view_parent_class)->size_allocate (widget, width, height,
                                                               baseline);
  if (self->remeasure_id == 0 && told_wrong_height (self, width, height))
    self->remeasure_id = gtk_widget_add_tick_callback (widget, remeasure_cb, NULL, NULL);
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
  widget_class->unmap = ct_wrap_view_unmap;
}

static void
ct_wrap_view_init (CtWrapView *self)
{
  self->told_width = -1;
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
