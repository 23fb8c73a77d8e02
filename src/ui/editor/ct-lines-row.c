/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-lines-row"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-lines-row.h"
#include "ct-wrap-view.h"

/* A row of the form for a text typed on several lines (a body's name, printed line by
 * line as typed): its title above a text view, as in an entry row. The row itself never
 * holds the focus: Tab goes straight into the text, and so does a click or an arrow key
 * that reaches the row, so that what is typed next lands in the text. */

struct _CtLinesRow
{
  AdwPreferencesRow parent_instance;

  GtkWidget *view;
};

G_DEFINE_FINAL_TYPE (CtLinesRow, ct_lines_row, ADW_TYPE_PREFERENCES_ROW)

/* The row is drawn as libadwaita draws an entry row holding the focus (row.entry.focused:
 * a ring inside its edge), so that the field being typed in can be seen. */
static void
view_focus_enter_cb (GtkEventControllerFocus *controller,
                     CtLinesRow              *self)
{
  gtk_widget_add_css_class (GTK_WIDGET (self), "focused");
}

static void
view_focus_leave_cb (GtkEventControllerFocus *controller,
                     CtLinesRow              *self)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self), "focused");
}

static gboolean
ct_lines_row_focus (GtkWidget        *widget,
                    GtkDirectionType  direction)
{
  CtLinesRow *self = CT_LINES_ROW (widget);

  /* Entering, the text takes the focus; leaving it, the row is passed over. */
  if (gtk_widget_has_focus (self->view))
    return FALSE;
  return gtk_widget_grab_focus (self->view);
}

static gboolean
ct_lines_row_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (CT_LINES_ROW (widget)->view);
}

static void
ct_lines_row_class_init (CtLinesRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->focus = ct_lines_row_focus;
  widget_class->grab_focus = ct_lines_row_grab_focus;
}

static void
ct_lines_row_init (CtLinesRow *self)
{
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self), "entry");
}

static void
build (CtLinesRow *self,
       const char *title)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *label = gtk_label_new (title);
  GtkEventController *focus = gtk_event_controller_focus_new ();

  self->view = ct_wrap_view_new ();
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (self->view), FALSE);
  gtk_widget_add_css_class (self->view, "inline");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Enter starts a new line, as printed."),
                                  -1);
  gtk_widget_set_tooltip_text (self->view, _("Enter starts a new line, as printed."));
  g_signal_connect (focus, "enter", G_CALLBACK (view_focus_enter_cb), self);
  g_signal_connect (focus, "leave", G_CALLBACK (view_focus_leave_cb), self);
  gtk_widget_add_controller (self->view, focus);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), self->view);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), box);
}

/**
 * ct_lines_row_new:
 * @title: the row's title, shown above the text
 *
 * Returns: (transfer floating): a new row with an empty text view where Enter starts a
 *   line and Tab leaves
 */
GtkWidget *
ct_lines_row_new (const char *title)
{
  CtLinesRow *self;

  g_return_val_if_fail (title != NULL, NULL);

  self = g_object_new (CT_TYPE_LINES_ROW, "title", title, NULL);
  build (self, title);
  return GTK_WIDGET (self);
}

/**
 * ct_lines_row_get_view:
 * @self: a row
 *
 * Returns: (transfer none): the row's #GtkTextView
 */
GtkWidget *
ct_lines_row_get_view (CtLinesRow *self)
{
  g_return_val_if_fail (CT_IS_LINES_ROW (self), NULL);
  return self->view;
}
