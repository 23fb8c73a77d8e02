/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-import-text.h"
#include "ct-window-private.h"

static char *
format_warnings (GPtrArray *warnings)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < warnings->len; i++)
    {
      CtImportWarning *warning = g_ptr_array_index (warnings, i);

      if (text->len > 0)
        g_string_append_c (text, '\n');
      if (warning->line > 0)
        /* Translators: %1$u is a line number of the imported text, %2$s a warning. */
        g_string_append_printf (text, _("Line %1$u: %2$s"), warning->line, warning->message);
      else
        g_string_append (text, warning->message);
    }
  return g_string_free (text, FALSE);
}

/* The importer's warnings say what it could not read for sure: show them all, in a
 * scrollable list, so the drafter can check those places. */
static void
show_warnings (CtWindow  *self,
               GPtrArray *warnings)
{
  GtkWidget *dialog, *scroller, *label;
  g_autofree char *text = format_warnings (warnings);
  g_autofree char *heading = NULL;

  /* Translators: %u is a number of warnings. */
  heading = g_strdup_printf (ngettext ("Imported with %u Warning", "Imported with %u Warnings",
                                       warnings->len), warnings->len);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                   _("Check these places in the editor."));
  label = gtk_label_new (text);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 300);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), label);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scroller);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * ct_window_import_text_file:
 * @self: the window
 * @path: a plain-text programme (UTF-8)
 * @warnings: (out) (optional) (transfer full) (element-type CtImportWarning): what the
 *   importer was unsure about
 * @error: return location for a #CT_IMPORT_ERROR or #CT_STORE_ERROR
 *
 * Reads a programme from a text file (ct_import_text_file()), saves it as a new programme
 * and opens it.
 *
 * Returns: the new programme's id, 0 on error
 */
gint64
ct_window_import_text_file (CtWindow    *self,
                            const char  *path,
                            GPtrArray  **warnings,
                            GError     **error)
{
  g_autoptr(CtProgramme) programme = NULL;

  g_return_val_if_fail (CT_IS_WINDOW (self), 0);
  g_return_val_if_fail (path != NULL, 0);

  programme = ct_import_text_file (path, warnings, error);
  if (programme == NULL)
    return 0;
  programme->id = 0;
  if (!ct_window_flush (self, error) || !ct_store_save_programme (self->store, programme, error))
    return 0;
  ct_window_reload_list (self);
  if (!ct_window_open_programme (self, programme->id, error))
    return 0;
  ct_window_reload_list (self);
  return programme->id;
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     CtWindow        *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);
  if (file == NULL)
    return;
  path = g_file_get_path (file);
  if (path == NULL || ct_window_import_text_file (self, path, &warnings, &error) == 0)
    {
      AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (
        adw_message_dialog_new (GTK_WINDOW (self), _("Cannot Import the Text"),
                                error ? error->message : _("The file is not on this computer.")));
      adw_message_dialog_add_response (dialog, "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }
  if (warnings != NULL && warnings->len > 0)
    show_warnings (self, warnings);
  else
    ct_window_add_toast (self, _("Programme imported"));
}

/**
 * ct_window_import_text_action:
 * @widget: the window
 * @action_name: "win.import-text"
 * @parameter: unused
 *
 * Asks for a text file and imports it as a new programme (Ctrl+O).
 */
void
ct_window_import_text_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) text = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Import a Programme from Text"), GTK_WINDOW (widget),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), NULL);
  gtk_file_filter_set_name (text, _("Text Files"));
  gtk_file_filter_add_mime_type (text, "text/plain");
  gtk_file_filter_add_suffix (text, "txt");
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), text);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), widget);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
