/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-window.h"

struct _CtWindow
{
  AdwApplicationWindow parent_instance;

  CtStore *store;

  AdwLeaflet *leaflet;
  GtkWidget *content;
  GtkSearchEntry *search_entry;
  GtkListBox *programme_list;
  AdwWindowTitle *content_title;
};

G_DEFINE_FINAL_TYPE (CtWindow, ct_window, ADW_TYPE_APPLICATION_WINDOW)

static const char *const status_labels[] = {
  N_("Draft"), N_("Submitted"), N_("Issued"), N_("Amended"),
};

static GtkWidget *
create_row (const CtProgrammeSummary *summary)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *number = NULL;
  g_autofree char *subtitle = NULL;
  const char *status = _(status_labels[CLAMP (summary->status, 0, 3)]);

  if (summary->number != 0)
    /* Translators: %1$02u is the document number, %2$s its status, e.g. "Số 58 · Draft". */
    subtitle = g_strdup_printf (_("No. %1$02u · %2$s"), summary->number, status);
  else
    subtitle = g_strdup (status);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), summary->subtitle);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  g_object_set_data (G_OBJECT (row), "ct-programme-id", GINT_TO_POINTER ((int) summary->id));
  return row;
}

static GtkWidget *
create_year_header (int year)
{
  g_autofree char *text = g_strdup_printf ("%d", year);
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_halign (label, GTK_ALIGN_START);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 6);
  return label;
}

static void
header_func (GtkListBoxRow *row,
             GtkListBoxRow *before,
             gpointer       user_data)
{
  int year = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "ct-year"));
  int before_year = before ? GPOINTER_TO_INT (g_object_get_data (G_OBJECT (before), "ct-year"))
                           : 0;

  if (year != before_year)
    gtk_list_box_row_set_header (row, create_year_header (year));
  else
    gtk_list_box_row_set_header (row, NULL);
}

static void
search_changed_cb (CtWindow *self)
{
  ct_window_reload_list (self);
}

static void
row_selected_cb (CtWindow      *self,
                 GtkListBoxRow *row)
{
  if (row == NULL)
    return;
  adw_window_title_set_title (self->content_title,
                              adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
back_clicked_cb (CtWindow *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
ct_window_dispose (GObject *object)
{
  CtWindow *self = CT_WINDOW (object);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (ct_window_parent_class)->dispose (object);
}

static void
ct_window_class_init (CtWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ct_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/ct-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CtWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, CtWindow, content);
  gtk_widget_class_bind_template_child (widget_class, CtWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CtWindow, programme_list);
  gtk_widget_class_bind_template_child (widget_class, CtWindow, content_title);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
}

static void
ct_window_init (CtWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_list_box_set_header_func (self->programme_list, header_func, NULL, NULL);
}

/**
 * ct_window_new:
 * @application: the application
 * @store: the open store
 *
 * Returns: (transfer full): a new main window listing the store's programmes
 */
CtWindow *
ct_window_new (GtkApplication *application,
               CtStore        *store)
{
  CtWindow *self;

  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (CT_IS_STORE (store), NULL);

  self = g_object_new (CT_TYPE_WINDOW, "application", application, NULL);
  self->store = g_object_ref (store);
  ct_window_reload_list (self);
  return self;
}

/**
 * ct_window_reload_list:
 * @self: the window
 *
 * Refills the sidebar from the store, filtered by the search entry's text.
 */
void
ct_window_reload_list (CtWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  GtkWidget *child;

  g_return_if_fail (CT_IS_WINDOW (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->programme_list))) != NULL)
    gtk_list_box_remove (self->programme_list, child);

  list = ct_store_list_programmes (self->store,
                                   gtk_editable_get_text (GTK_EDITABLE (self->search_entry)),
                                   &error);
  if (list == NULL)
    {
      g_warning ("Cannot list programmes: %s", error->message);
      return;
    }
  for (guint i = 0; i < list->len; i++)
    {
      CtProgrammeSummary *summary = g_ptr_array_index (list, i);
      GtkWidget *row = create_row (summary);

      g_object_set_data (G_OBJECT (row), "ct-year", GINT_TO_POINTER (summary->period_year));
      gtk_list_box_append (self->programme_list, row);
    }
}
