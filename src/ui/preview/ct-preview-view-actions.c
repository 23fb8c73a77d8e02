/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-preview"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ct-preview-view-private.h"

#include "ct-file.h"
#include "ct-format.h"
#include "ct-preview-export.h"
#include "ct-print.h"
#include "ct-store-backup.h"

/* The preview's actions: export, print, pages, reading down a page and zoom, with their
 * keys. */

static void
toast_or_dialog (CtPreviewView *self,
                 const char    *text)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  GtkWidget *dialog;

  if (overlay != NULL)
    {
      /* A toast's title is markup: a file name with "&" would leave it blank. */
      g_autofree char *escaped = g_markup_escape_text (text, -1);

      adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (escaped));
      return;
    }
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), NULL,
                                   text);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Refuses the programme database, its backups, a folder or a device as the PDF. */
static gboolean
check_export_target (CtPreviewView  *self,
                     const char     *path,
                     GError        **error)
{
  return ct_store_check_export_target (self->session ? ct_session_get_store (self->session)
                                                     : NULL,
                                       path, error);
}

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    CtPreviewView   *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(CtRenderer) renderer = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT && self->programme != NULL)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      path = g_file_get_path (file);
      renderer = ct_renderer_new (self->programme, self->font_family);
      ct_renderer_set_two_sided (renderer, g_strcmp0 (gtk_file_chooser_get_choice (
                                             GTK_FILE_CHOOSER (chooser), "two-sided"),
                                           "true") == 0);
      if (path == NULL || !check_export_target (self, path, &error) ||
          !ct_renderer_export_pdf (renderer, path, &error))
        toast_or_dialog (self, error ? error->message : _("Choose a file on this computer."));
      else
        {
          g_autofree char *name = g_file_get_basename (file);
          /* Translators: %s is the name of the PDF file just written. */
          g_autofree char *text = g_strdup_printf (_("Saved “%s”"), name);

          toast_or_dialog (self, text);
        }
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  g_object_unref (self);
}

static void
export_pdf_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  CtPreviewView *self = CT_PREVIEW_VIEW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;

  if (self->programme == NULL)
    return;
  name = ct_programme_dup_file_name (self->programme, ".pdf");
  chooser = gtk_file_chooser_native_new (_("Export PDF"),
                                         GTK_WINDOW (gtk_widget_get_root (widget)),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), NULL);
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  /* A PDF to be printed on both sides gets the mirrored margins of back pages. */
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "two-sided",
                               _("For printing on both sides (mirrored margins)"), NULL, NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (export_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
export_document_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  CtPreviewView *self = CT_PREVIEW_VIEW (widget);
  const char *name = g_variant_get_string (parameter, NULL);
  CtExportFormat format = CT_EXPORT_FORMAT_DOCX;

  if (self->programme == NULL)
    return;
  if (g_str_equal (name, "odt"))
    format = CT_EXPORT_FORMAT_ODT;
  else if (g_str_equal (name, "html"))
    format = CT_EXPORT_FORMAT_HTML;
  ct_preview_export_choose (widget, ct_preview_view_get_store (self), self->programme, format);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  CtPreviewView *self = CT_PREVIEW_VIEW (widget);

  if (self->programme != NULL)
    ct_print_run (self->programme, GTK_WINDOW (gtk_widget_get_root (widget)),
                  self->renderer != NULL ? (int) self->page : -1);
}

static void
page_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CtPreviewView *self = CT_PREVIEW_VIEW (widget);

  if (g_str_equal (action_name, "preview.next-page"))
    ct_preview_view_set_page (self, self->page + 1);
  else if (self->page > 0)
    ct_preview_view_set_page (self, self->page - 1);
}

/* Page Down reads on down the page shown, then goes to the next one (at the top); Page Up
 * reads back up, then goes to the one before (at its top, as a new page opens). */
static void
read_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CtPreviewView *self = CT_PREVIEW_VIEW (widget);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scrolled);
  double value = gtk_adjustment_get_value (adjustment);
  double step = gtk_adjustment_get_page_size (adjustment) * 0.9;
  double end = gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment);
  gboolean down = g_str_equal (action_name, "preview.read-down");

  if (down && value < end - 0.5)
    gtk_adjustment_set_value (adjustment, MIN (value + step, end));
  else if (!down && value > gtk_adjustment_get_lower (adjustment) + 0.5)
    gtk_adjustment_set_value (adjustment, MAX (value - step, gtk_adjustment_get_lower (adjustment)));
  else if (down)
    ct_preview_view_set_page (self, self->page + 1);
  else if (self->page > 0)
    ct_preview_view_set_page (self, self->page - 1);
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CtPreviewView *self = CT_PREVIEW_VIEW (widget);
  double current = self->zoom > 0 ? self->zoom
                                  : ct_preview_page_get_scale (self->page_view) /
                                    CT_PREVIEW_PIXELS_PER_POINT;
  double zoom = current;

  if (g_str_equal (action_name, "preview.zoom-fit"))
    zoom = 0;
  else if (g_str_equal (action_name, "preview.zoom-in"))
    {
      for (guint i = 0; i < G_N_ELEMENTS (ct_preview_zoom_steps) && zoom == current; i++)
        if (ct_preview_zoom_steps[i] > current + 0.01)
          zoom = ct_preview_zoom_steps[i];
    }
  else
    {
      for (guint i = G_N_ELEMENTS (ct_preview_zoom_steps); i > 0 && zoom == current; i--)
        if (ct_preview_zoom_steps[i - 1] < current - 0.01)
          zoom = ct_preview_zoom_steps[i - 1];
    }
  ct_preview_view_set_zoom (self, zoom);
}

/**
 * ct_preview_view_class_init_actions:
 * @widget_class: #CtPreviewView's class
 *
 * Installs the view's actions and their keys (listed in ct-preview-view.c).
 */
void
ct_preview_view_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "preview.previous-page", NULL, page_action);
  gtk_widget_class_install_action (widget_class, "preview.next-page", NULL, page_action);
  gtk_widget_class_install_action (widget_class, "preview.read-up", NULL, read_action);
  gtk_widget_class_install_action (widget_class, "preview.read-down", NULL, read_action);
  gtk_widget_class_install_action (widget_class, "preview.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "preview.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "preview.zoom-fit", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "preview.export-pdf", NULL, export_pdf_action);
  gtk_widget_class_install_action (widget_class, "preview.export-document", "s",
                                   export_document_action);
  gtk_widget_class_install_action (widget_class, "preview.print", NULL, print_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0,
                                       "preview.read-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0,
                                       "preview.read-down", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK,
                                       "preview.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK,
                                       "preview.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK,
                                       "preview.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK,
                                       "preview.zoom-fit", NULL);
}
