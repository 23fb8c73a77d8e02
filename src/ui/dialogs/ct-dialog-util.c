/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-dialog-util.h"

#include "ct-file.h"

/* What the dialogs share: a message with a Close button, a file chooser whose answer
 * comes back to a callback, and the wording of an export that could not be written. */

/**
 * ct_dialog_show_message:
 * @parent: the window the message is about
 * @heading: the heading, translated
 * @body: the explanation, translated
 *
 * Shows a message with a Close button.
 */
void
ct_dialog_show_message (GtkWindow  *parent,
                        const char *heading,
                        const char *body)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, heading,
                                                                         body));

  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

typedef struct
{
  GtkWindow *parent;
  CtFileChosen chosen;
  gpointer user_data;
} Choosing;

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     Choosing        *choosing)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  choosing->chosen (choosing->parent, file, choosing->user_data);
  g_object_unref (choosing->parent);
  g_free (choosing);
  g_object_unref (chooser);
}

/**
 * ct_dialog_choose_file:
 * @parent: the window the chooser is for
 * @title: the chooser's title, translated
 * @filters: (array zero-terminated=1): the file filters offered, the first one chosen
 * @chosen: called once with the file, or %NULL when the chooser was cancelled
 * @user_data: data for @chosen
 *
 * Asks for a file to open, in a modal chooser.
 */
void
ct_dialog_choose_file (GtkWindow            *parent,
                       const char           *title,
                       GtkFileFilter *const *filters,
                       CtFileChosen          chosen,
                       gpointer              user_data)
{
  GtkFileChooserNative *chooser;
  Choosing *choosing = g_new0 (Choosing, 1);

  choosing->parent = g_object_ref (parent);
  choosing->chosen = chosen;
  choosing->user_data = user_data;
  chooser = gtk_file_chooser_native_new (title, parent, GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  for (guint i = 0; filters[i] != NULL; i++)
    gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filters[i]);
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), choosing);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/**
 * ct_dialog_export_error_text:
 * @error: why a file could not be written
 * @path: (nullable): the file
 *
 * The body of an export's error dialog: the system's reason alone (CT_FILE_ERROR_IO
 * from the writing) says nothing of the file, so it is named.
 *
 * Returns: (transfer full): the text
 */
char *
ct_dialog_export_error_text (const GError *error,
                             const char   *path)
{
  g_autofree char *name = NULL;

  if (path == NULL || !g_error_matches (error, CT_FILE_ERROR, CT_FILE_ERROR_IO))
    return g_strdup (error->message);
  name = g_filename_display_basename (path);
  /* Translators: %1$s is a file name, %2$s the system's reason, e.g. "Permission denied". */
  return g_strdup_printf (_("“%1$s” could not be written: %2$s. Choose another folder; "
                            "nothing was written."), name, error->message);
}
