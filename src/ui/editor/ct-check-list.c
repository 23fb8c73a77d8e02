/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-check-list"

#include "config.h"

#include "ct-check-list.h"

#include "ct-check.h"

/* The pre-signing check's list: each problem as an icon and its message, wrapped. A list
 * view, because a long programme can have a hundred problems, and rows that stay as they
 * are while the problems found are the same: the check runs again after each pause in
 * typing, and laying out dozens of wrapped rows each time was felt. */

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 9);
  gtk_widget_set_margin_bottom (box, 9);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name ("dialog-warning-symbolic"));
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_item_set_child (list_item, box);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *list_item)
{
  GtkWidget *label = gtk_widget_get_last_child (gtk_list_item_get_child (list_item));
  const char *message = gtk_string_object_get_string (gtk_list_item_get_item (list_item));

  gtk_label_set_text (GTK_LABEL (label), message);
}

/**
 * ct_check_list_init:
 * @view: an empty list view
 *
 * Gives @view its rows and an empty list of messages; it is activated by position.
 */
void
ct_check_list_init (GtkListView *view)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkNoSelection) selection = gtk_no_selection_new (G_LIST_MODEL (gtk_string_list_new (NULL)));

  g_return_if_fail (GTK_IS_LIST_VIEW (view));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), NULL);
  gtk_list_view_set_factory (view, factory);
  gtk_list_view_set_model (view, GTK_SELECTION_MODEL (selection));
}

/**
 * ct_check_list_show:
 * @view: a list view given its rows by ct_check_list_init()
 * @issues: (nullable) (element-type CtCheckIssue): the problems to list
 *
 * Lists the messages of @issues, leaving the rows alone when they are the same as before.
 */
void
ct_check_list_show (GtkListView *view,
                    GPtrArray   *issues)
{
  GtkNoSelection *selection = GTK_NO_SELECTION (gtk_list_view_get_model (view));
  GtkStringList *messages = GTK_STRING_LIST (gtk_no_selection_get_model (selection));
  guint n = g_list_model_get_n_items (G_LIST_MODEL (messages));
  guint len = issues != NULL ? issues->len : 0;
  g_autofree const char **shown = g_new0 (const char *, len + 1);
  gboolean same = n == len;

  for (guint i = 0; i < len; i++)
    {
      shown[i] = ((CtCheckIssue *) g_ptr_array_index (issues, i))->message;
      if (same)
        same = g_str_equal (shown[i], gtk_string_list_get_string (messages, i));
    }
  if (!same)
    gtk_string_list_splice (messages, 0, n, shown);
}
