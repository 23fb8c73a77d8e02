/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-format.h"
#include "ct-window-private.h"

/* Closing a window whose edits cannot be saved: the question, and its answers. */

static gboolean
close_discarding_cb (gpointer user_data)
{
  gtk_window_close (GTK_WINDOW (user_data));
  return G_SOURCE_REMOVE;
}

/* The window closes once the dialog has finished its own response (it is transient for
 * the window and goes with it). */
static void
unsaved_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     CtWindow         *self)
{
  g_clear_weak_pointer (&self->unsaved_dialog);
  if (g_strcmp0 (response, "cancel") == 0)
    return;
  /* Discard, or a save that works now: either way nothing is asked again. */
  if (g_strcmp0 (response, "discard") == 0)
    self->discard_confirmed = TRUE;
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, close_discarding_cb, g_object_ref (self),
                   g_object_unref);
}

/* Edits that cannot be saved are never dropped without the user saying so: the window
 * stays open and asks once, saying what is unsaved and why, as GNOME applications ask
 * about unsaved documents; trying again is the default. */
void
ct_window_ask_before_discarding (CtWindow     *self,
                                 const GError *error)
{
  CtProgramme *programme = ct_window_get_programme (self);
  g_autofree char *subtitle = programme != NULL ? ct_programme_dup_subtitle (programme) : NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  /* A second Close or Quit while it asks brings the same question forward. */
  if (self->unsaved_dialog != NULL)
    {
      gtk_window_present (self->unsaved_dialog);
      return;
    }
  body = g_strdup_printf (
    /* Translators: %1$s is the programme, e.g. "công tác tháng 10 năm 2023"; %2$s the
     * reason, e.g. "The disk holding “…” is full." */
    _("The changes to the programme “%1$s” since it was last saved could not be saved: "
      "%2$s\n\nIf you discard them, they are permanently lost."),
    subtitle != NULL ? subtitle : "", error->message);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Save Changes?"), body));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Try Saving Again"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (unsaved_response_cb), self, 0);
  self->unsaved_dialog = GTK_WINDOW (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &self->unsaved_dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}
