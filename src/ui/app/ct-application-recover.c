/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A database that cannot be opened or read: start a new one, restore a backup, or save
 * what can be read, always keeping the damaged file. */
#define G_LOG_DOMAIN "ct-application"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "ct-application-private.h"
#include "ct-file.h"
#include "ct-render-text.h"
#include "ct-restore-dialog.h"
#include "ct-store-backup.h"
#include "ct-store-recover.h"
#include "ct-window-private.h"
#include "ct-window.h"

static void
store_error_response_cb (AdwMessageDialog *dialog,
                         const char       *response,
                         CtApplication    *self)
{
  if (g_strcmp0 (response, "new") == 0)
    ct_application_start_new_database (self);
}

/* Saves @window's programme, or, when that fails, writes it as text beside the database
 * and says where. FALSE when neither worked: then nothing may be replaced. */
static gboolean
keep_unsaved_as_text (CtApplication *self,
                      CtWindow      *window)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) text_error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = NULL, *dir = NULL, *name = NULL, *path = NULL, *text = NULL;
  g_autofree char *body = NULL;

  if (ct_window_flush (window, &error))
    return TRUE;
  stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  dir = g_path_get_dirname (self->db_path);
  name = g_strdup_printf ("unsaved-%s.txt", stamp);
  path = g_build_filename (dir, name, NULL);
  text = ct_programme_render_text (ct_window_get_programme (window));
  if (!ct_file_replace_contents (path, text, strlen (text), &text_error))
    {
      ct_application_show_message (self, _("Cannot Replace the Database Now"), error->message);
      return FALSE;
    }
  body = g_strdup_printf (
    /* Translators: %1$s is the reason the save failed, %2$s a file path. */
    _("%1$s\n\nThe changes that could not be saved were written as text to “%2$s”; Import "
      "Programme… reads them back."), error->message, path);
  ct_application_show_message (self, _("Unsaved Changes Kept as Text"), body);
  return TRUE;
}

/* Closes the main windows and the store so that the database file can be replaced: a
 * connection left open would write into the file kept aside. Returns FALSE, the windows
 * back, when something still holds the store (a save under way). */
static gboolean
release_store (CtApplication *self)
{
  g_autoptr(GList) windows = NULL;

  if (self->store == NULL)
    return TRUE;
  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));
  /* Nothing typed is dropped by replacing the file: what cannot be saved (the database is
   * damaged, after all) is written beside it as text, which Import Programme reads back. */
  for (GList *l = windows; l != NULL; l = l->next)
    if (CT_IS_WINDOW (l->data) && !keep_unsaved_as_text (self, l->data))
      return FALSE;
  for (GList *l = windows; l != NULL; l = l->next)
    if (CT_IS_WINDOW (l->data))
      {
        g_autoptr(GtkWindow) window = g_object_ref (l->data);

        gtk_window_destroy (window);
        /* Pending callbacks hold the window: let go of its store now (it saves first). */
        g_object_run_dispose (G_OBJECT (window));
      }
  g_clear_handle_id (&self->backup_source, g_source_remove);
  if (G_OBJECT (self->store)->ref_count > 1)
    {
      g_application_activate (G_APPLICATION (self));
      ct_application_show_message (self, _("Cannot Replace the Database Now"),
                    _("A programme is still being saved. Wait a moment and try again."));
      return FALSE;
    }
  g_clear_object (&self->store);
  g_clear_error (&self->store_error);
  return TRUE;
}

/* Opens the database again after it was replaced, or left as it was after a failure. */
static void
reopen_store (CtApplication *self,
              const char    *heading,
              const char    *body)
{
  g_clear_error (&self->store_error);
  g_application_activate (G_APPLICATION (self));
  if (self->store != NULL)
    ct_application_show_message (self, heading, body);
}

static void
restore_chosen_cb (CtRestoreDialog *dialog,
                   const char      *backup,
                   CtApplication   *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  g_autofree char *aside = NULL, *name = g_path_get_basename (backup), *body = NULL;
  char date[16] = "";
  GDate day;
  guint n = 0;

  g_application_hold (G_APPLICATION (self));
  if (!release_store (self))
    goto out;
  if (!ct_store_restore (self->db_path, backup, now, &aside, &error))
    {
      reopen_store (self, _("Cannot Restore the Backup"), error->message);
      goto out;
    }
  if (ct_store_backup_date_from_name (name, &day))
    g_date_strftime (date, sizeof date, "%d/%m/%Y", &day);
  ct_store_check_file (self->db_path, &n);
  /* Translators: %1$s is a date, %2$u a number of programmes, %3$s a file path. */
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "The backup copy of %1$s is now the database (%2$u "
                                       "programme). The damaged database was kept as “%3$s”.",
                                       "The backup copy of %1$s is now the database (%2$u "
                                       "programmes). The damaged database was kept as “%3$s”.",
                                       n), date, n, aside ? aside : "");
  reopen_store (self, _("Backup Restored"), body);
out:
  g_application_release (G_APPLICATION (self));
}

static void
show_restore_dialog (CtApplication *self)
{
  CtRestoreDialog *dialog = ct_restore_dialog_new (self->db_path);
  GtkWindow *parent = ct_application_get_main_window (self);

  if (parent != NULL)
    gtk_window_set_transient_for (GTK_WINDOW (dialog), parent);
  g_signal_connect_object (dialog, "restore", G_CALLBACK (restore_chosen_cb), self, 0);
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static char *
salvage_report (guint      n_saved,
                GPtrArray *lost,
                const char *aside)
{
  GString *body = g_string_new (NULL);

  /* Translators: %u is a number of programmes. */
  g_string_append_printf (body, g_dngettext (GETTEXT_PACKAGE,
                                             "%u programme was copied into a new database, "
                                             "which is now in use.",
                                             "%u programmes were copied into a new database, "
                                             "which is now in use.", n_saved), n_saved);
  if (lost->len > 0)
    g_string_append_printf (body, "\n\n%s", g_dngettext (GETTEXT_PACKAGE,
                                                         "This programme could not be read:",
                                                         "These programmes could not be read:",
                                                         lost->len));
  for (guint i = 0; i < lost->len; i++)
    {
      CtLostProgramme *gone = g_ptr_array_index (lost, i);

      /* Translators: a programme that could not be read: %1$lld is its id, %2$s its
       * subtitle. */
      g_string_append_printf (body, _("\n• %1$lld: %2$s"), (long long) gone->id,
                              gone->title ? gone->title : _("(its title cannot be read)"));
    }
  /* Translators: %s is a file path. */
  g_string_append_printf (body, _("\n\nThe damaged database was kept as “%s”."), aside);
  return g_string_free (body, FALSE);
}

static void
salvage (CtApplication *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) lost = NULL;
  g_autofree char *target = g_strconcat (self->db_path, ".salvaged", NULL);
  g_autofree char *aside = NULL, *body = NULL;
  guint n_saved = 0;

  g_application_hold (G_APPLICATION (self));
  if (!release_store (self))
    goto out;
  /* A file left by an interrupted attempt holds nothing that is not in the damaged one. */
  g_unlink (target);
  if (!ct_store_salvage (self->db_path, target, &n_saved, &lost, &error) ||
      !ct_store_replace_file (self->db_path, target, "damaged", now, &aside, &error))
    {
      g_unlink (target);
      reopen_store (self, _("Cannot Save What Can Be Read"), error->message);
      goto out;
    }
  body = salvage_report (n_saved, lost, aside ? aside : "");
  reopen_store (self, _("Readable Programmes Saved"), body);
out:
  g_application_release (G_APPLICATION (self));
}

static void
recovery_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      CtApplication    *self)
{
  if (g_strcmp0 (response, "restore") == 0)
    show_restore_dialog (self);
  else if (g_strcmp0 (response, "salvage") == 0)
    {
      /* Saving replaces the main window, which this dialog is still attached to while it
       * answers: the dialog goes first. */
      gtk_window_set_transient_for (GTK_WINDOW (dialog), NULL);
      gtk_window_destroy (GTK_WINDOW (dialog));
      salvage (self);
    }
}

static void
add_recovery_responses (AdwMessageDialog *dialog,
                        CtApplication    *self)
{
  adw_message_dialog_add_response (dialog, "salvage", _("_Save What Can Be Read"));
  adw_message_dialog_add_response (dialog, "restore", _("_Restore from Backup…"));
  adw_message_dialog_set_response_appearance (dialog, "restore", ADW_RESPONSE_SUGGESTED);
  g_signal_connect_object (dialog, "response", G_CALLBACK (recovery_response_cb), self, 0);
}

/* The database opened but part of it cannot be read (a programme fails to load, or the
 * check before the daily backup fails). */
void
ct_application_show_recovery (CtApplication *self)
{
  AdwMessageDialog *dialog;
  g_autofree char *body = NULL;

  if (self->recovery_dialog != NULL)
    {
      gtk_window_present (self->recovery_dialog);
      return;
    }
  /* Translators: %s is a file path. */
  body = g_strdup_printf (_("Part of the database “%s” cannot be read, so some programmes "
                            "cannot be opened. Nothing has been changed.\n\nYou can put a "
                            "backup copy in its place, or copy every programme that can still "
                            "be read into a new database. Either way the damaged file is "
                            "kept."), self->db_path);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (ct_application_get_main_window (self),
                                                       _("The Database Is Damaged"), body));
  adw_message_dialog_add_response (dialog, "close", _("_Not Now"));
  add_recovery_responses (dialog, self);
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  self->recovery_dialog = GTK_WINDOW (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &self->recovery_dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* A damaged file or one from a newer version can be set aside for a new database. */
void
ct_application_show_store_error (CtApplication *self)
{
  AdwMessageDialog *dialog;
  g_autofree char *body = NULL;

  if (!g_error_matches (self->store_error, CT_STORE_ERROR, CT_STORE_ERROR_CORRUPT) &&
      !g_error_matches (self->store_error, CT_STORE_ERROR, CT_STORE_ERROR_TOO_NEW))
    {
      ct_application_show_message (self, _("Cannot Open the Database"), self->store_error->message);
      return;
    }
  body = g_strconcat (self->store_error->message, "\n\n",
                      _("You can start a new, empty database. The current file is then kept "
                        "in the same folder, renamed with today’s date and time; it is never "
                        "overwritten."), NULL);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (NULL, _("Cannot Open the Database"),
                                                       body));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  adw_message_dialog_add_response (dialog, "new", _("_Start a New Database"));
  if (g_error_matches (self->store_error, CT_STORE_ERROR, CT_STORE_ERROR_CORRUPT))
    add_recovery_responses (dialog, self);
  g_signal_connect_object (dialog, "response", G_CALLBACK (store_error_response_cb), self, 0);
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (dialog));
}
