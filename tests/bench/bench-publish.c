/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Times publishing to a Radicale server on 127.0.0.1 (build-aux/bench): a 60-event
 * programme to a new calendar, then the same programme again, unchanged (only the
 * listing is sent). Usage: bench-publish RUNS. Prints one JSON object per line:
 * {"name", "runs_ms": […], "note"}; nothing when Radicale is not installed. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "ct-publish.h"
#include "ct-store.h"
#include "fixture-programme.h"
#include "radicale-server.h"
#include "test-util.h"

static void
emit (const char *name,
      GArray     *runs,
      const char *note)
{
  GString *line = g_string_new (NULL);

  g_string_append_printf (line, "{\"name\": \"%s\", \"runs_ms\": [", name);
  for (guint i = 0; i < runs->len; i++)
    g_string_append_printf (line, "%s%.3f", i ? ", " : "", g_array_index (runs, double, i));
  g_string_append_printf (line, "], \"note\": \"%s\"}\n", note);
  fputs (line->str, stdout);
  fflush (stdout);
  g_string_free (line, TRUE);
}

static double
publish_ms (CtPublisher *publisher,
            CtStore     *store,
            CtProgramme *programme,
            guint        expected_puts)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtPublishResult) result = NULL;
  CtPublishStats stats;
  gint64 start = g_get_monotonic_time ();

  ct_publisher_reset_stats (publisher);
  result = ct_publisher_publish (publisher, store, programme, CT_PUBLISH_EVENTS, TRUE, NULL,
                                 NULL, &error);
  if (result == NULL || result->error != NULL)
    {
      g_printerr ("bench-publish: %s\n", error ? error->message : result->error->message);
      exit (1);
    }
  ct_publisher_get_stats (publisher, &stats);
  if (stats.puts != expected_puts)
    {
      g_printerr ("bench-publish: %u PUT instead of %u\n", stats.puts, expected_puts);
      exit (1);
    }
  return (g_get_monotonic_time () - start) / 1000.0;
}

int
main (int    argc,
      char **argv)
{
  guint runs = argc > 1 ? (guint) atoi (argv[1]) : 7;
  g_autoptr(CtRadicale) server = NULL;
  g_autoptr(CtStore) store = NULL;
  g_autoptr(CtProgramme) programme = ct_programme_new ();
  g_autoptr(GArray) first = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) again = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *db = NULL;

  if (!ct_radicale_available ())
    return 0;
  folder = ct_test_make_folder ("ct-bench-publish-XXXXXX");
  db = g_build_filename (folder, "bench.db", NULL);
  store = ct_store_open (db, &error);
  if (store == NULL)
    {
      g_printerr ("bench-publish: %s\n", error->message);
      return 1;
    }
  ct_programme_set_period (programme, CT_PERIOD_KIND_MONTH, 2026, 12);
  fixture_add_conferences (programme);
  if (!ct_store_save_programme (store, programme, &error))
    {
      g_printerr ("bench-publish: %s\n", error->message);
      return 1;
    }
  server = ct_radicale_start ();
  for (guint i = 0; i < MAX (runs, 1); i++)
    {
      g_autofree char *path = g_strdup_printf ("clerk/bench-%u/", i);
      g_autofree char *url = ct_radicale_url (server, path);
      g_autoptr(CtPublisher) publisher = ct_publisher_new (url, CT_RADICALE_USER,
                                                           CT_RADICALE_PASSWORD, NULL);
      double ms = publish_ms (publisher, store, programme, 60);

      g_array_append_val (first, ms);
      ms = publish_ms (publisher, store, programme, 0);
      g_array_append_val (again, ms);
    }
  emit ("publish_ms", first, "60 events to a new calendar of a local Radicale, with MKCALENDAR");
  emit ("republish_ms", again, "the same 60 events again: one PROPFIND, nothing sent");
  ct_radicale_free (g_steal_pointer (&server));
  ct_test_remove_tree (folder);
  return 0;
}
