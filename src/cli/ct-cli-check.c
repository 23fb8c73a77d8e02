/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "congtac-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-cli.h"
#include "ct-instance.h"
#include "ct-store-backup.h"
#include "ct-store-recover.h"

static char *
describe_health (CtStoreHealth health,
                 guint         n_programmes)
{
  switch (health)
    {
    case CT_STORE_HEALTH_GOOD:
      /* Translators: the state of a backup copy in "congtac-cli check". */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "good, %u programme",
                                           "good, %u programmes", n_programmes), n_programmes);
    case CT_STORE_HEALTH_DAMAGED:
      return g_strdup (_("damaged, cannot be restored"));
    case CT_STORE_HEALTH_FOREIGN:
      return g_strdup (_("not a Congtac database"));
    case CT_STORE_HEALTH_MISSING:
    default:
      return g_strdup (_("cannot be read"));
    }
}

/* Lists the backups with their state; returns whether any is good. */
static gboolean
print_backups (const char *db_path)
{
  g_autoptr(GPtrArray) backups = ct_store_list_backups (db_path);
  g_autofree char *folder = ct_store_backup_get_folder (db_path);
  gboolean any_good = FALSE;

  if (backups->len == 0)
    {
      /* Translators: %s is a folder path. */
      g_print (_("There are no backups in “%s”.\n"), folder);
      return FALSE;
    }
  /* Translators: %s is a folder path. */
  g_print (_("Backups in “%s”, newest first:\n"), folder);
  for (guint i = 0; i < backups->len; i++)
    {
      CtBackupInfo *info = g_ptr_array_index (backups, i);
      g_autofree char *state = describe_health (info->health, info->n_programmes);
      char date[16];

      g_date_strftime (date, sizeof date, "%d/%m/%Y", &info->date);
      g_print ("  %s  %s  %s\n", date, state, info->path);
      any_good |= info->health == CT_STORE_HEALTH_GOOD;
    }
  return any_good;
}

static void
print_verdict (const char    *db_path,
               CtStoreHealth  health,
               guint          n_programmes)
{
  switch (health)
    {
    case CT_STORE_HEALTH_GOOD:
      /* Translators: %1$s is a file path, %2$u a number of programmes. */
      g_print (g_dngettext (GETTEXT_PACKAGE, "The database “%1$s” passed its check: %2$u "
                            "programme.\n", "The database “%1$s” passed its check: %2$u "
                            "programmes.\n", n_programmes), db_path, n_programmes);
      break;
    case CT_STORE_HEALTH_DAMAGED:
      /* Translators: %s is a file path. */
      g_print (_("The database “%s” is damaged: some programmes cannot be read.\n"), db_path);
      break;
    case CT_STORE_HEALTH_FOREIGN:
      /* Translators: %s is a file path. */
      g_print (_("The file “%s” is not a Congtac database, or its first page is damaged.\n"),
               db_path);
      break;
    case CT_STORE_HEALTH_MISSING:
    default:
      /* Translators: %s is a file path. */
      g_print (_("The database “%s” does not exist or cannot be read.\n"), db_path);
      break;
    }
}

/**
 * ct_cli_run_check:
 * @db_path: the database file
 * @arguments: none
 *
 * "check": runs the integrity check on the database, prints the verdict and the backups
 * with theirs. Works on the file without opening a store: a damaged one stays unchanged.
 *
 * Returns: 0 when the database is good, 1 otherwise
 */
int
ct_cli_run_check (const char  *db_path,
                  char       **arguments)
{
  guint n_programmes = 0;
  CtStoreHealth health = ct_store_check_file (db_path, &n_programmes);
  gboolean any_good;

  print_verdict (db_path, health, n_programmes);
  any_good = print_backups (db_path);
  if (health == CT_STORE_HEALTH_GOOD)
    return CT_CLI_EXIT_OK;
  if (any_good)
    g_print (_("To put a good backup in its place, run “congtac-cli restore BACKUP”; the "
               "damaged file is kept beside it.\n"));
  return CT_CLI_EXIT_FAILURE;
}

/**
 * ct_cli_run_restore:
 * @db_path: the database file
 * @arguments: the backup file
 *
 * "restore BACKUP": checks the backup, keeps the current file aside and puts the backup's
 * copy in its place (see ct_store_restore()); refused while the app has the database open.
 *
 * Returns: an exit code
 */
int
ct_cli_run_restore (const char  *db_path,
                    char       **arguments)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *aside = NULL;
  guint n = 0;

  /* The app's connection would go on writing into the file kept aside. */
  if (ct_instance_is_running (db_path))
    {
      g_set_error (&error, CT_STORE_ERROR, CT_STORE_ERROR_LOCKED,
                   _("Congtac has this database open. Close its window, then restore the "
                     "backup."));
      return ct_cli_fail (error);
    }
  if (!ct_store_restore (db_path, arguments[0], now, &aside, &error))
    return ct_cli_fail (error);
  ct_store_check_file (db_path, &n);
  if (aside != NULL)
    /* Translators: %1$s is the backup file, %2$u a number of programmes, %3$s where the
     * previous database file was kept. */
    g_print (g_dngettext (GETTEXT_PACKAGE,
                          "Restored the backup “%1$s” (%2$u programme). The previous database "
                          "was kept as “%3$s”.\n",
                          "Restored the backup “%1$s” (%2$u programmes). The previous database "
                          "was kept as “%3$s”.\n", n), arguments[0], n, aside);
  else
    /* Translators: %1$s is the backup file, %2$u a number of programmes. */
    g_print (g_dngettext (GETTEXT_PACKAGE, "Restored the backup “%1$s” (%2$u programme).\n",
                          "Restored the backup “%1$s” (%2$u programmes).\n", n),
             arguments[0], n);
  return CT_CLI_EXIT_OK;
}
