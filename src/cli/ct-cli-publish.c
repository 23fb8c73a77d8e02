/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "congtac-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ct-cli.h"
#include "ct-publish.h"
#include "ct-publish-net.h"
#include "ct-settings.h"

static char *user_name = NULL;
static gboolean create_calendar = FALSE;
static gboolean whole_file = FALSE;

const GOptionEntry ct_cli_publish_options[] = {
  { "user", 0, 0, G_OPTION_ARG_STRING, &user_name,
    N_("Sign in to the server as NAME; the password comes from the keyring or "
       "CONGTAC_CALDAV_PASSWORD"), N_("NAME") },
  { "create", 0, 0, G_OPTION_ARG_NONE, &create_calendar,
    N_("Make the calendar at URL when there is none"), NULL },
  { "file", 0, 0, G_OPTION_ARG_NONE, &whole_file,
    N_("Put the whole calendar file at URL (for phones that subscribe to it) instead of "
       "each event in a calendar"), NULL },
  { NULL },
};

/* The keyring's password for exactly @url and @user (the Secret Service's item
 * `secret-tool store --label=Congtac url URL user NAME` makes), or %NULL. */
static char *
lookup_password (const CtPublishNetFuncs *net,
                 const char              *url,
                 const char              *user)
{
  g_autoptr(GError) error = NULL;
  char *password = net->password_lookup_sync (url, user, NULL, &error);

  if (error != NULL)
    g_debug ("The keyring cannot be read: %s", error->message);
  return password;
}

/* The keyring's password for @url, or for the nearest address above it: the app keeps
 * the password under the server's address of its Preferences ("https://host/" or
 * "https://host/dav"), while a calendar's URL goes on below it. Each address is tried
 * with and without its closing slash, as either may have been typed. */
static char *
find_keyring_password (const CtPublishNetFuncs *net,
                       const char              *url,
                       const char              *user)
{
  g_autofree char *path = g_strdup (url);
  const char *start = strstr (path, "://");
  gsize origin = start != NULL ? (gsize) (start + 3 - path) : 0;

  while (strlen (path) > origin)
    {
      gsize length = strlen (path);
      g_autofree char *other = path[length - 1] == '/' ? g_strndup (path, length - 1)
                                                       : g_strconcat (path, "/", NULL);
      char *password = lookup_password (net, path, user);
      char *slash;

      if (password == NULL && *other != '\0' && strlen (other) > origin)
        password = lookup_password (net, other, user);
      if (password != NULL)
        return password;
      if (path[length - 1] == '/')
        path[length - 1] = '\0';
      slash = strrchr (path + origin, '/');
      if (slash == NULL)
        break;
      slash[1] = '\0';
    }
  return NULL;
}

/* The keyring's password, else CONGTAC_CALDAV_PASSWORD; never a file in clear. */
static char *
find_password (const char *url,
               const char *user)
{
  g_autoptr(GError) error = NULL;
  const CtPublishNetFuncs *net = NULL;

  if (ct_publish_has_session_bus () && (net = ct_publish_net_get_funcs (&error)) == NULL)
    g_printerr ("%s\n", error->message);
  if (net != NULL)
    {
      char *password = find_keyring_password (net, url, user);

      if (password != NULL)
        return password;
    }
  return g_strdup (g_getenv ("CONGTAC_CALDAV_PASSWORD"));
}

static void
print_counts (const CtPublishResult *result)
{
  /* Translators: %u is how many events the publish made on the server; the lines below
   * count what it updated, deleted, left as it was, found changed by someone else, and
   * could not send (sent at the next publish). */
  g_print (_("Created: %u\n"), result->created);
  g_print (_("Updated: %u\n"), result->updated);
  g_print (_("Deleted: %u\n"), result->deleted);
  g_print (_("Unchanged: %u\n"), result->unchanged);
  g_print (_("Conflicts: %u\n"), result->conflicted);
  g_print (_("Queued: %u\n"), result->queued);
}

/* The address was not a calendar: the calendars found from it, to choose one. */
static void
print_calendars (CtPublisher *publisher)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) calendars = ct_publisher_discover (publisher, NULL, &error);

  if (calendars == NULL || calendars->len == 0)
    return;
  g_printerr (_("Calendars found at this address:\n"));
  for (guint i = 0; i < calendars->len; i++)
    {
      CtPublishCalendar *c = g_ptr_array_index (calendars, i);
      g_autofree char *url = ct_cli_escape (c->url, FALSE);
      g_autofree char *name = ct_cli_escape (c->display_name ? c->display_name : "", FALSE);

      g_printerr ("  %s\t%s\n", url, name);
    }
}

static CtPublisher *
make_publisher (const char *url)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtPublisher) probe = ct_publisher_new (url, NULL, NULL, &error);
  g_autofree char *password = NULL;
  CtPublisher *publisher;

  if (probe == NULL)
    {
      ct_cli_fail (error);
      return NULL;
    }
  if (user_name != NULL)
    {
      password = find_password (ct_publisher_get_url (probe), user_name);
      if (password == NULL)
        {
          g_set_error (&error, CT_PUBLISH_ERROR, CT_PUBLISH_ERROR_NO_PASSWORD,
                       /* Translators: %1$s is a user name, %2$s the server's address; keep
                        * the command and CONGTAC_CALDAV_PASSWORD as they are. */
                       _("No password is known for “%1$s” at “%2$s”. Store it in the keyring "
                         "(secret-tool store --label=Congtac url %2$s user %1$s) or set "
                         "CONGTAC_CALDAV_PASSWORD."),
                       user_name, ct_publisher_get_url (probe));
          ct_cli_fail (error);
          return NULL;
        }
    }
  publisher = ct_publisher_new (url, user_name, password, &error);
  if (publisher == NULL)
    ct_cli_fail (error);
  return publisher;
}

int
ct_cli_run_publish (CtStore  *store,
                    char    **arguments)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtProgramme) programme = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(CtPublisher) publisher = NULL;
  g_autoptr(CtPublishResult) result = NULL;
  CtIcsExportOptions options;
  gint64 id;

  if (!ct_cli_parse_id (arguments[0], &id))
    return CT_CLI_EXIT_FAILURE;
  programme = ct_store_load_programme (store, id, &error);
  if (programme == NULL)
    return ct_cli_fail (error);
  if ((publisher = make_publisher (arguments[1])) == NULL)
    return CT_CLI_EXIT_FAILURE;
  settings = ct_settings_new ();
  ct_ics_export_options_init (&options);
  ct_day_part_times_init_from_settings (&options.times, settings);
  result = ct_publisher_publish (publisher, store, programme,
                                 whole_file ? CT_PUBLISH_FILE : CT_PUBLISH_EVENTS,
                                 create_calendar, &options, NULL, &error);
  if (result == NULL)
    {
      ct_cli_fail (error);
      if (g_error_matches (error, CT_PUBLISH_ERROR, CT_PUBLISH_ERROR_NOT_CALENDAR))
        print_calendars (publisher);
      return CT_CLI_EXIT_FAILURE;
    }
  print_counts (result);
  for (guint i = 0; i < result->conflicts->len; i++)
    ct_cli_warn (g_ptr_array_index (result->conflicts, i));
  if (result->error != NULL)
    return ct_cli_fail (result->error);
  return result->conflicted > 0 ? CT_CLI_EXIT_FAILURE : CT_CLI_EXIT_OK;
}
