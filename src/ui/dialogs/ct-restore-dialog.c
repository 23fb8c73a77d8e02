/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-restore-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-restore-dialog.h"
#include "ct-store-recover.h"

struct _CtRestoreDialog
{
  AdwWindow parent_instance;

  AdwPreferencesGroup *group;
};

G_DEFINE_FINAL_TYPE (CtRestoreDialog, ct_restore_dialog, ADW_TYPE_WINDOW)

enum {
  SIGNAL_RESTORE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
describe_backup (const CtBackupInfo *info)
{
  switch (info->health)
    {
    case CT_STORE_HEALTH_GOOD:
      /* Translators: the state of a backup copy in the list to restore from. */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u programme", "%u programmes",
                                           info->n_programmes), info->n_programmes);
    case CT_STORE_HEALTH_DAMAGED:
      return g_strdup (_("Damaged too, cannot be restored"));
    case CT_STORE_HEALTH_FOREIGN:
    case CT_STORE_HEALTH_MISSING:
    default:
      return g_strdup (_("Cannot be read, cannot be restored"));
    }
}

/* @path is the backup the button restores; the dialog is the button's root. */
static void
restore_clicked_cb (GtkButton  *button,
                    const char *path)
{
  CtRestoreDialog *self = CT_RESTORE_DIALOG (gtk_widget_get_root (GTK_WIDGET (button)));

  g_signal_emit (self, signals[SIGNAL_RESTORE], 0, path);
  gtk_window_close (GTK_WINDOW (self));
}

static GtkWidget *
backup_row_new (CtRestoreDialog    *self,
                const CtBackupInfo *info)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *subtitle = describe_backup (info);
  GtkWidget *button;
  char date[16];

  g_date_strftime (date, sizeof date, "%d/%m/%Y", &info->date);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), date);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (info->health != CT_STORE_HEALTH_GOOD)
    return row;
  button = gtk_button_new_with_mnemonic (_("_Restore"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_signal_connect_data (button, "clicked", G_CALLBACK (restore_clicked_cb),
                         g_strdup (info->path), (GClosureNotify) (void (*) (void)) g_free, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
  return row;
}

static void
ct_restore_dialog_class_init (CtRestoreDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  /**
   * CtRestoreDialog::restore:
   * @self: the dialog
   * @path: the backup file chosen (one that passed its check)
   */
  signals[SIGNAL_RESTORE] = g_signal_new ("restore", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 1, G_TYPE_STRING);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ct-restore-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CtRestoreDialog, group);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ct_restore_dialog_init (CtRestoreDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ct_restore_dialog_new:
 * @db_path: the damaged database
 *
 * Lists the daily backups of @db_path, newest first, each with its date and its
 * programme count or why it cannot be restored (each is checked: this reads them all).
 * Choosing one emits #CtRestoreDialog::restore; the dialog itself changes no file.
 *
 * Returns: (transfer floating): the dialog, not shown
 */
CtRestoreDialog *
ct_restore_dialog_new (const char *db_path)
{
  CtRestoreDialog *self = g_object_new (CT_TYPE_RESTORE_DIALOG, NULL);
  g_autoptr(GPtrArray) backups = NULL;

  g_return_val_if_fail (db_path != NULL, NULL);

  backups = ct_store_list_backups (db_path);
  if (backups->len == 0)
    adw_preferences_group_set_description (self->group,
                                           _("There are no backup copies of this database. "
                                             "Congtac makes one each day it is used."));
  for (guint i = 0; i < backups->len; i++)
    adw_preferences_group_add (self->group, backup_row_new (self, g_ptr_array_index (backups,
                                                                                      i)));
  return self;
}
