/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-instance"

#include "config.h"

#include <stdlib.h>

#include "ct-instance.h"
#include "ct-store.h"

/* One Congtac process owns a database: the application is unique on the session bus
 * under an id derived from the database's path. The id tells the CLI, too, whether the
 * app has a database open. */

/* The path as the id is made from: absolute, with links resolved when the file exists. */
static char *
canonical_path (const char *path)
{
  g_autofree char *absolute = g_canonicalize_filename (path, NULL);
  char *resolved = realpath (absolute, NULL);
  char *canonical;

  if (resolved == NULL)
    return g_steal_pointer (&absolute);
  canonical = g_strdup (resolved);
  free (resolved);
  return canonical;
}

/**
 * ct_instance_id_for_database:
 * @db_path: a database file (another name or a link for it gives the same id)
 *
 * The default database has the app's own id; another file an id derived from its path,
 * so that `--db` opens a separate process for each other file.
 *
 * Returns: (transfer full): the GApplication id for @db_path
 */
char *
ct_instance_id_for_database (const char *db_path)
{
  g_autofree char *default_path = ct_store_get_default_path ();
  g_autofree char *canonical_default = canonical_path (default_path);
  g_autofree char *canonical = canonical_path (db_path);
  g_autofree char *hash = NULL;

  if (g_strcmp0 (canonical, canonical_default) == 0)
    return g_strdup (APP_ID);
  hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, canonical, -1);
  hash[16] = '\0';
  return g_strdup_printf ("%s.Db_%s", APP_ID, hash);
}

/**
 * ct_instance_is_running:
 * @db_path: a database file
 *
 * Asks the session bus whether the app has @db_path open. Without a session bus (a
 * console, a script) nothing can be known and the answer is %FALSE.
 *
 * Returns: %TRUE when a Congtac window has the database open
 */
gboolean
ct_instance_is_running (const char *db_path)
{
  g_autofree char *id = ct_instance_id_for_database (db_path);
  g_autoptr(GDBusConnection) bus = NULL;
  g_autoptr(GVariant) reply = NULL;
  gboolean owned = FALSE;

  /* Never start a bus just to ask. */
  if (g_getenv ("DBUS_SESSION_BUS_ADDRESS") == NULL)
    return FALSE;
  bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  if (bus == NULL)
    return FALSE;
  reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "NameHasOwner",
                                       g_variant_new ("(s)", id), G_VARIANT_TYPE ("(b)"),
                                       G_DBUS_CALL_FLAGS_NONE, 2000, NULL, NULL);
  if (reply != NULL)
    g_variant_get (reply, "(b)", &owned);
  return owned;
}
