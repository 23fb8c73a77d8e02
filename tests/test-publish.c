/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "ct-ics-import.h"
#include "ct-occurrence.h"
#include "ct-publish.h"
#include "ct-store-publish.h"
#include "ct-store.h"
#include "fixture-programme.h"
#include "radicale-server.h"
#include "test-util.h"

/* Publishing to a real CalDAV server, Radicale, started by each test on 127.0.0.1; what
 * it holds is read back with python3-caldav. */

static char *tmpdir;

typedef struct
{
  char *folder;
  char *db_path;
  CtStore *store;
  CtRadicale *server;
  CtProgramme *programme;
  char *collection;
  CtPublisher *publisher;
} Fixture;

static void
save (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ct_store_save_programme (f->store, f->programme, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  if (!ct_radicale_available ())
    {
      g_test_skip ("Radicale is not installed (build-aux/test installs it)");
      return;
    }
  f->folder = g_build_filename (tmpdir, "XXXXXX", NULL);
  g_assert_nonnull (g_mkdtemp (f->folder));
  f->db_path = g_build_filename (f->folder, "congtac.db", NULL);
  f->store = ct_store_open (f->db_path, &error);
  g_assert_no_error (error);
  f->programme = fixture_programme_september_2023 ();
  save (f);
  f->server = ct_radicale_start ();
  f->collection = ct_radicale_url (f->server, "clerk/programme/");
  f->publisher = ct_publisher_new (f->collection, CT_RADICALE_USER, CT_RADICALE_PASSWORD,
                                   &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->publisher);
  g_clear_pointer (&f->server, ct_radicale_free);
  g_clear_pointer (&f->programme, ct_programme_unref);
  g_clear_object (&f->store);
  g_free (f->collection);
  g_free (f->db_path);
  g_free (f->folder);
}

/* One publish of the fixture's programme, with what it sent in @stats. */
static CtPublishResult *
publish_mode (Fixture        *f,
              CtPublishMode   mode,
              gboolean        create,
              CtPublishStats *stats)
{
  g_autoptr(GError) error = NULL;
  CtPublishResult *result;

  ct_publisher_reset_stats (f->publisher);
  result = ct_publisher_publish (f->publisher, f->store, f->programme, mode, create, NULL,
                                 NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (result);
  ct_publisher_get_stats (f->publisher, stats);
  return result;
}

static CtPublishResult *
publish (Fixture        *f,
         CtPublishStats *stats)
{
  return publish_mode (f, CT_PUBLISH_EVENTS, TRUE, stats);
}

#define assert_counts(r, n_created, n_updated, n_deleted, n_same, n_conflicts, n_queued) \
  G_STMT_START { \
    g_assert_cmpuint ((r)->created, ==, (n_created)); \
    g_assert_cmpuint ((r)->updated, ==, (n_updated)); \
    g_assert_cmpuint ((r)->deleted, ==, (n_deleted)); \
    g_assert_cmpuint ((r)->unchanged, ==, (n_same)); \
    g_assert_cmpuint ((r)->conflicted, ==, (n_conflicts)); \
    g_assert_cmpuint ((r)->queued, ==, (n_queued)); \
  } G_STMT_END

static char *
uid_of (const CtItem *item)
{
  if (item->ics_uid != NULL)
    return g_strdup (item->ics_uid);
  return g_strconcat (item->uuid, "@congtac.github.io", NULL);
}

/* What the server holds in the programme's period, one line per occurrence, as
 * python3-caldav reads it. */
static char *
server_occurrences (Fixture *f)
{
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "caldav-events.py", NULL);
  GDate first, last;
  char first_text[16], last_text[16];
  g_auto(GStrv) envp = g_environ_setenv (g_get_environ (), "CT_CALDAV_PASSWORD",
                                         CT_RADICALE_PASSWORD, TRUE);
  const char *argv[] = { "/usr/bin/python3", script, f->collection, CT_RADICALE_USER,
                         first_text, last_text, NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  g_autofree char *err = NULL;
  int status;

  ct_programme_get_period_range (f->programme, &first, &last);
  g_date_strftime (first_text, sizeof first_text, "%Y-%m-%d", &first);
  g_date_strftime (last_text, sizeof last_text, "%Y-%m-%d", &last);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_DEFAULT, NULL, NULL, &out,
                               &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("caldav-events.py failed: %s", err);
  return out;
}

/* A multi-day event without set times is one block in a calendar; with times, a daily
 * rule: one occurrence each day (see ct-ics-export.c). */
static gboolean
is_calendar_occurrence (const CtOccurrence *o)
{
  const CtItem *item = o->item;

  if (item->kind == CT_ITEM_TASK)
    return FALSE;
  if (item->kind == CT_ITEM_RECURRING || o->index == 0)
    return TRUE;
  return item->start_minute != CT_NO_TIME || item->day_part != CT_DAY_PART_NONE;
}

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

/* The same lines from ct_programme_expand_occurrences(), the calendar view's days. */
static char *
expected_occurrences (const CtProgramme *p)
{
  GDate first, last;
  g_autoptr(GPtrArray) occurrences = NULL;
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  GString *out = g_string_new (NULL);

  ct_programme_get_period_range (p, &first, &last);
  occurrences = ct_programme_expand_occurrences (p, &first, &last);
  for (guint i = 0; i < occurrences->len; i++)
    {
      CtOccurrence *o = g_ptr_array_index (occurrences, i);
      g_autofree char *uid = uid_of (o->item);
      char day[16];

      if (!is_calendar_occurrence (o))
        continue;
      g_date_strftime (day, sizeof day, "%Y-%m-%d", &o->date);
      g_ptr_array_add (lines, g_strdup_printf ("%s\t%s\t%s", uid, day,
                                               o->item->title ? o->item->title
                                                              : o->section->title));
    }
  g_ptr_array_sort (lines, compare_lines);
  for (guint i = 0; i < lines->len; i++)
    g_string_append_printf (out, "%s\n", (char *) g_ptr_array_index (lines, i));
  return g_string_free (out, FALSE);
}

/* When the fixture's programme was last published in full to its calendar, by the store. */
static gint64
last_published (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  gint64 when = ct_store_get_last_published (f->store, f->programme->id, f->collection,
                                             &error);

  g_assert_no_error (error);
  return when;
}

static void
test_create (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(CtPublishResult) result = NULL;
  g_autofree char *held = NULL;
  g_autofree char *expected = NULL;
  CtPublishStats stats;
  gint64 before, after;

  if (f->server == NULL)
    return;
  g_assert_cmpint (last_published (f), ==, 0);
  before = g_get_real_time () / G_USEC_PER_SEC;
  result = publish (f, &stats);
  after = g_get_real_time () / G_USEC_PER_SEC;
  g_assert_no_error (result->error);
  assert_counts (result, 6, 0, 0, 0, 0, 0);
  /* The store keeps when it was published. */
  g_assert_cmpint (last_published (f), >=, before);
  g_assert_cmpint (last_published (f), <=, after);
  /* The listing (404), MKCALENDAR, then one PUT per event. */
  g_assert_cmpuint (stats.listings, ==, 1);
  g_assert_cmpuint (stats.mkcalendars, ==, 1);
  g_assert_cmpuint (stats.puts, ==, 6);
  g_assert_cmpuint (stats.requests, ==, 8);

  held = server_occurrences (f);
  expected = expected_occurrences (f->programme);
  /* Five conferences and the four Monday briefings of September 2023. */
  {
    g_auto(GStrv) lines = g_strsplit (held, "\n", -1);

    g_assert_cmpuint (g_strv_length (lines), ==, 10);
  }
  g_assert_cmpstr (held, ==, expected);
  g_assert_nonnull (strstr (held, "\t2023-09-25\t"));
}

static void
test_republish (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(CtPublishResult) first = NULL;
  g_autoptr(CtPublishResult) again = NULL;
  CtPublishStats stats;

  if (f->server == NULL)
    return;
  first = publish (f, &stats);
  assert_counts (first, 6, 0, 0, 0, 0, 0);
  /* Saved again (LAST-MODIFIED and DTSTAMP change) but no event changed: nothing sent. */
  save (f);
  again = publish (f, &stats);
  assert_counts (again, 0, 0, 0, 6, 0, 0);
  g_assert_cmpuint (stats.requests, ==, 1);
  g_assert_cmpuint (stats.listings, ==, 1);
  g_assert_cmpuint (stats.puts, ==, 0);
}

static void
test_edit (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(CtPublishResult) first = NULL;
  g_autoptr(CtPublishResult) edited = NULL;
  g_autofree char *held = NULL;
  g_autofree char *expected = NULL;
  CtItem *item;
  CtPublishStats stats;

  if (f->server == NULL)
    return;
  first = publish (f, &stats);
  item = fixture_find_titled (f->programme, "Hội nghị Ban Thường vụ Huyện ủy", NULL);
  g_assert_nonnull (item);
  g_free (item->title);
  item->title = g_strdup ("Hội nghị Ban Thường vụ Huyện ủy mở rộng");
  save (f);
  edited = publish (f, &stats);
  assert_counts (edited, 0, 1, 0, 5, 0, 0);
  g_assert_cmpuint (stats.puts, ==, 1);
  g_assert_cmpuint (stats.requests, ==, 2);
  held = server_occurrences (f);
  expected = expected_occurrences (f->programme);
  g_assert_cmpstr (held, ==, expected);
  g_assert_nonnull (strstr (held, "\tHội nghị Ban Thường vụ Huyện ủy mở rộng\n"));
}

static void
test_delete (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(CtPublishResult) first = NULL;
  g_autoptr(CtPublishResult) after = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *held = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *uid = NULL;
  CtPublishStats stats;
  CtItem *item;
  guint section;

  if (f->server == NULL)
    return;
  first = publish (f, &stats);
  item = fixture_find_titled (f->programme, "Hội nghị Ban Thường vụ Huyện ủy",
                              &section);
  uid = uid_of (item);
  g_ptr_array_remove (((CtSection *) g_ptr_array_index (f->programme->sections,
                                                        section))->items, item);
  save (f);
  after = publish (f, &stats);
  assert_counts (after, 0, 0, 1, 5, 0, 0);
  g_assert_cmpuint (stats.deletes, ==, 1);
  g_assert_cmpuint (stats.puts, ==, 0);
  g_assert_cmpuint (stats.requests, ==, 2);
  held = server_occurrences (f);
  expected = expected_occurrences (f->programme);
  g_assert_cmpstr (held, ==, expected);
  g_assert_null (strstr (held, uid));
  records = ct_store_list_published (f->store, f->programme->id, f->collection, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (records->len, ==, 5);
}

/* Someone changes an event on the server (here curl, as another client would). */
static void
change_on_server (Fixture    *f,
                  const char *uid,
                  const char *summary)
{
  g_autofree char *name = g_strconcat (uid, ".ics", NULL);
  g_autofree char *escaped = g_uri_escape_string (name, NULL, FALSE);
  g_autofree char *url = g_strconcat (f->collection, escaped, NULL);
  g_autofree char *body = g_strdup_printf ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
                                           "PRODID:-//Other client//EN\r\nBEGIN:VEVENT\r\n"
                                           "UID:%s\r\nDTSTAMP:20230901T000000Z\r\n"
                                           "DTSTART;VALUE=DATE:20230926\r\nSUMMARY:%s\r\n"
                                           "END:VEVENT\r\nEND:VCALENDAR\r\n", uid, summary);
  const char *argv[] = { "curl", "-s", "-o", "/dev/null", "-w", "%{http_code}", "-X", "PUT",
                         "-u", CT_RADICALE_USER ":" CT_RADICALE_PASSWORD,
                         "-H", "Content-Type: text/calendar", "--data-binary", body, url,
                         NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (out, ==, "201");
}

static void
test_conflict (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(CtPublishResult) first = NULL;
  g_autoptr(CtPublishResult) untouched = NULL;
  g_autoptr(CtPublishResult) edited = NULL;
  g_autofree char *held = NULL;
  g_autofree char *uid = NULL;
  g_autofree char *line = NULL;
  CtPublishStats stats;
  CtItem *item;

  if (f->server == NULL)
    return;
  first = publish (f, &stats);
  item = fixture_find_titled (f->programme, "Hội nghị Ban Thường vụ Huyện ủy", NULL);
  uid = uid_of (item);
  change_on_server (f, uid, "Đổi trên điện thoại");

  /* Unchanged here: the server's copy is reported, not overwritten, without a PUT. */
  untouched = publish (f, &stats);
  assert_counts (untouched, 0, 0, 0, 5, 1, 0);
  g_assert_cmpuint (stats.puts, ==, 0);

  /* Changed here too: the PUT is conditional on the ETag sent last, and refused (412). */
  g_free (item->title);
  item->title = g_strdup ("Hội nghị Ban Thường vụ Huyện ủy mở rộng");
  save (f);
  edited = publish (f, &stats);
  assert_counts (edited, 0, 0, 0, 5, 1, 0);
  g_assert_cmpuint (stats.puts, ==, 1);
  g_assert_cmpuint (edited->conflicts->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (edited->conflicts, 0), ==,
                   "“Hội nghị Ban Thường vụ Huyện ủy mở rộng” was changed on the calendar "
                   "server since it was published: the server's copy was kept. Delete it "
                   "there to publish the programme's version again.");
  held = server_occurrences (f);
  line = g_strdup_printf ("%s\t2023-09-26\tĐổi trên điện thoại\n", uid);
  g_assert_nonnull (strstr (held, line));
}

static void
test_wrong_password (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(CtPublisher) wrong = NULL;
  g_autoptr(CtPublishResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (f->server == NULL)
    return;
  wrong = ct_publisher_new (f->collection, CT_RADICALE_USER, "mật-khẩu-sai", &error);
  g_assert_no_error (error);
  result = ct_publisher_publish (wrong, f->store, f->programme, CT_PUBLISH_EVENTS, TRUE, NULL,
                                 NULL, &error);
  g_assert_null (result);
  g_assert_error (error, CT_PUBLISH_ERROR, CT_PUBLISH_ERROR_AUTH);
  message = g_strdup_printf ("The calendar server “%s” refused the user name or password. "
                             "Check them, then publish again.", f->collection);
  g_assert_cmpstr (error->message, ==, message);
  g_assert_null (strstr (error->message, "mật-khẩu"));
  /* Refused: not published. */
  g_assert_cmpint (last_published (f), ==, 0);
}

static void
test_tls (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(CtRadicale) untrusted = NULL;
  g_autoptr(CtPublisher) publisher = NULL;
  g_autoptr(CtPublishResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *url = NULL;
  g_autofree char *message = NULL;
  g_autofree char *path = g_find_program_in_path ("openssl");

  if (f->server == NULL)
    return;
  if (path == NULL)
    {
      g_test_skip ("openssl is not installed: no certificate to test with");
      return;
    }
  untrusted = ct_radicale_start_tls ();
  url = ct_radicale_url (untrusted, "clerk/programme/");
  publisher = ct_publisher_new (url, CT_RADICALE_USER, CT_RADICALE_PASSWORD, &error);
  g_assert_no_error (error);
  result = ct_publisher_publish (publisher, f->store, f->programme, CT_PUBLISH_EVENTS, TRUE,
                                 NULL, NULL, &error);
  g_assert_null (result);
  g_assert_error (error, CT_PUBLISH_ERROR, CT_PUBLISH_ERROR_TLS);
  message = g_strdup_printf ("The calendar server “%s” has a security certificate this "
                             "computer does not trust, so nothing was sent to it. Check the "
                             "address with whoever runs the server.", url);
  g_assert_cmpstr (error->message, ==, message);
}

static void
test_offline (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(CtPublishResult) first = NULL;
  g_autoptr(CtPublishResult) offline = NULL;
  g_autoptr(CtPublishResult) back = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *held = NULL;
  g_autofree char *expected = NULL;
  CtPublishStats stats;
  CtItem *item;
  guint pending = 0;

  if (f->server == NULL)
    return;
  first = publish (f, &stats);
  /* 14:05 on 07/12/2026 in Hà Nội, to tell it from the time of the publishes below. */
  g_assert_true (ct_store_set_last_published (f->store, f->programme->id, f->collection,
                                              1796627100, &error));
  g_assert_no_error (error);
  item = fixture_find_titled (f->programme, "Hội nghị Ban Thường vụ Huyện ủy", NULL);
  g_free (item->title);
  item->title = g_strdup ("Hội nghị Ban Thường vụ Huyện ủy mở rộng");
  save (f);

  ct_radicale_stop (f->server);
  offline = publish (f, &stats);
  assert_counts (offline, 0, 0, 0, 0, 0, 1);
  g_assert_error (offline->error, CT_PUBLISH_ERROR, CT_PUBLISH_ERROR_NETWORK);
  g_assert_true (g_str_has_prefix (offline->error->message, "Cannot reach the calendar server "));
  g_assert_cmpuint (stats.requests, ==, 1);
  records = ct_store_list_published (f->store, f->programme->id, f->collection, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < records->len; i++)
    pending += ((CtPublishedEvent *) g_ptr_array_index (records, i))->pending;
  g_assert_cmpuint (pending, ==, 1);
  /* A change waits: the programme is not published as it is. */
  g_assert_cmpint (last_published (f), ==, 1796627100);

  ct_radicale_restart (f->server);
  back = publish (f, &stats);
  assert_counts (back, 0, 1, 0, 5, 0, 0);
  g_assert_null (back->error);
  g_assert_cmpint (last_published (f), >, 1796627100);
  g_assert_cmpuint (stats.puts, ==, 1);
  held = server_occurrences (f);
  expected = expected_occurrences (f->programme);
  g_assert_cmpstr (held, ==, expected);
}

static void
test_file (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(CtPublisher) file = NULL;
  g_autoptr(CtPublishResult) first = NULL;
  g_autoptr(CtPublishResult) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *url = ct_radicale_url (f->server, "clerk/programme.ics");
  CtPublishStats stats;

  if (f->server == NULL)
    return;
  g_clear_object (&f->publisher);
  f->publisher = ct_publisher_new (url, CT_RADICALE_USER, CT_RADICALE_PASSWORD, &error);
  g_assert_no_error (error);
  first = publish_mode (f, CT_PUBLISH_FILE, FALSE, &stats);
  assert_counts (first, 1, 0, 0, 0, 0, 0);
  g_assert_cmpuint (stats.puts, ==, 1);
  save (f);
  again = publish_mode (f, CT_PUBLISH_FILE, FALSE, &stats);
  assert_counts (again, 0, 0, 0, 1, 0, 0);
  g_assert_cmpuint (stats.requests, ==, 1);
  g_assert_cmpuint (stats.puts, ==, 0);
}

static void
test_discover (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(CtPublishResult) first = NULL;
  g_autoptr(CtPublisher) root = NULL;
  g_autoptr(GPtrArray) calendars = NULL;
  g_autoptr(GError) error = NULL;
  CtPublishCalendar *calendar;
  CtPublishStats stats;

  if (f->server == NULL)
    return;
  first = publish (f, &stats);
  root = ct_publisher_new (f->server->root, CT_RADICALE_USER, CT_RADICALE_PASSWORD, &error);
  g_assert_no_error (error);
  calendars = ct_publisher_discover (root, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (calendars->len, ==, 1);
  calendar = g_ptr_array_index (calendars, 0);
  g_assert_cmpstr (calendar->url, ==, f->collection);
  g_assert_cmpstr (calendar->display_name, ==,
                   "HUYỆN ỦY SÔNG MÂY - Chương trình công tác tháng 9 năm 2023");
}

static char **
cli_environ (const char *password)
{
  g_autofree char *runtime = g_build_filename (tmpdir, "runtime", NULL);
  char **envp = ct_test_cli_environ (NULL);

  g_mkdir_with_parents (runtime, 0700);
  /* No session bus: the password comes from the variable. */
  envp = g_environ_unsetenv (envp, "DBUS_SESSION_BUS_ADDRESS");
  envp = g_environ_setenv (envp, "XDG_RUNTIME_DIR", runtime, TRUE);
  return g_environ_setenv (envp, "CONGTAC_CALDAV_PASSWORD", password, TRUE);
}

static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  g_auto(GStrv) envp = NULL;
  g_auto(GStrv) wrong = NULL;
  g_autofree char *id = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *message = NULL;

  if (f->server == NULL)
    return;
  envp = cli_environ (CT_RADICALE_PASSWORD);
  id = g_strdup_printf ("%" G_GINT64_FORMAT, f->programme->id);
  {
    const char *args[] = { "--db", f->db_path, "publish", id, f->collection, "--user",
                           CT_RADICALE_USER, "--create", NULL };

    g_assert_cmpint (ct_test_run_cli (NULL, envp, args, &out, &err), ==, 0);
    g_assert_cmpstr (out, ==, "Created: 6\nUpdated: 0\nDeleted: 0\nUnchanged: 0\n"
                              "Conflicts: 0\nQueued: 0\n");
    g_assert_cmpstr (err, ==, "");
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
    g_assert_cmpint (ct_test_run_cli (NULL, envp, args, &out, &err), ==, 0);
    g_assert_cmpstr (out, ==, "Created: 0\nUpdated: 0\nDeleted: 0\nUnchanged: 6\n"
                              "Conflicts: 0\nQueued: 0\n");
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    const char *args[] = { "--db", f->db_path, "publish", id, f->collection, "--user",
                           CT_RADICALE_USER, NULL };

    wrong = cli_environ ("mật-khẩu-sai");
    g_assert_cmpint (ct_test_run_cli (NULL, wrong, args, &out, &err), ==, 1);
    g_assert_cmpstr (out, ==, "");
    message = g_strdup_printf ("congtac-cli: The calendar server “%s” refused the user name "
                               "or password. Check them, then publish again.\n",
                               f->collection);
    g_assert_cmpstr (err, ==, message);
  }
}

static void
test_cli_no_password (Fixture       *f,
                      gconstpointer  data)
{
  g_auto(GStrv) envp = NULL;
  g_autofree char *id = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *message = NULL;

  if (f->server == NULL)
    return;
  envp = g_environ_unsetenv (cli_environ (""), "CONGTAC_CALDAV_PASSWORD");
  id = g_strdup_printf ("%" G_GINT64_FORMAT, f->programme->id);
  {
    const char *args[] = { "--db", f->db_path, "publish", id, f->collection, "--user",
                           CT_RADICALE_USER, NULL };

    g_assert_cmpint (ct_test_run_cli (NULL, envp, args, &out, &err), ==, 1);
  }
  message = g_strdup_printf ("congtac-cli: No password is known for “clerk” at “%s”. Store it "
                             "in the keyring (secret-tool store --label=Congtac url %s user "
                             "clerk) or set CONGTAC_CALDAV_PASSWORD.\n", f->collection,
                             f->collection);
  g_assert_cmpstr (err, ==, message);
}

/* The lines of records of @records, to compare two listings of the store. */
static char *
describe_published (GPtrArray *records)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < records->len; i++)
    {
      CtPublishedEvent *event = g_ptr_array_index (records, i);

      g_string_append_printf (out, "%s %s %s %u %s %d\n", event->uid, event->href,
                              event->etag ? event->etag : "-", event->sequence,
                              event->hash ? event->hash : "-", event->pending);
    }
  return g_string_free (out, FALSE);
}

/* A server that takes only Digest (tests/digest-proxy.py in front of Radicale): the
 * session answers its challenge with Digest, never sending the password in Basic, and a
 * wrong password is the same translated error, with nothing of the store changed. */
static void
test_digest (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(CtDigestProxy) proxy = NULL;
  g_autoptr(CtPublisher) publisher = NULL;
  g_autoptr(CtPublisher) wrong = NULL;
  g_autoptr(CtPublishResult) first = NULL;
  g_autoptr(CtPublishResult) again = NULL;
  g_autoptr(CtPublishResult) refused = NULL;
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *url = NULL;
  g_autofree char *log = NULL;
  g_autofree char *before_text = NULL;
  g_autofree char *after_text = NULL;
  g_autofree char *message = NULL;
  CtPublishStats stats;

  if (f->server == NULL)
    return;
  proxy = ct_digest_proxy_start (f->server);
  url = ct_digest_proxy_url (proxy, "clerk/programme/");
  publisher = ct_publisher_new (url, CT_RADICALE_USER, CT_RADICALE_PASSWORD, &error);
  g_assert_no_error (error);

  first = ct_publisher_publish (publisher, f->store, f->programme, CT_PUBLISH_EVENTS, TRUE,
                                NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_no_error (first->error);
  assert_counts (first, 6, 0, 0, 0, 0, 0);
  ct_publisher_get_stats (publisher, &stats);
  g_assert_cmpuint (stats.requests, ==, 8);
  save (f);
  ct_publisher_reset_stats (publisher);
  again = ct_publisher_publish (publisher, f->store, f->programme, CT_PUBLISH_EVENTS, TRUE,
                                NULL, NULL, &error);
  g_assert_no_error (error);
  assert_counts (again, 0, 0, 0, 6, 0, 0);
  ct_publisher_get_stats (publisher, &stats);
  g_assert_cmpuint (stats.puts, ==, 0);

  /* Each publish's first request, without credentials, is challenged; every later one
   * carries a right Digest answer: the listing, MKCALENDAR and six PUTs, then the second
   * publish's listing. */
  log = ct_digest_proxy_dup_log (proxy);
  g_assert_cmpstr (log, ==, "none refused\n"
                            "Digest ok\nDigest ok\n"
                            "Digest ok\nDigest ok\nDigest ok\nDigest ok\nDigest ok\n"
                            "Digest ok\n"
                            "none refused\nDigest ok\n");
  g_assert_null (strstr (log, "Basic"));

  before = ct_store_list_published (f->store, f->programme->id, url, &error);
  g_assert_no_error (error);
  before_text = describe_published (before);
  g_assert_cmpuint (before->len, ==, 6);
  wrong = ct_publisher_new (url, CT_RADICALE_USER, "mật-khẩu-sai", &error);
  g_assert_no_error (error);
  refused = ct_publisher_publish (wrong, f->store, f->programme, CT_PUBLISH_EVENTS, TRUE,
                                  NULL, NULL, &error);
  g_assert_null (refused);
  g_assert_error (error, CT_PUBLISH_ERROR, CT_PUBLISH_ERROR_AUTH);
  message = g_strdup_printf ("The calendar server “%s” refused the user name or password. "
                             "Check them, then publish again.", url);
  g_assert_cmpstr (error->message, ==, message);
  g_assert_null (strstr (error->message, "mật-khẩu"));
  g_clear_error (&error);
  after = ct_store_list_published (f->store, f->programme->id, url, &error);
  g_assert_no_error (error);
  after_text = describe_published (after);
  g_assert_cmpstr (after_text, ==, before_text);
  g_clear_pointer (&log, g_free);
  log = ct_digest_proxy_dup_log (proxy);
  g_assert_true (g_str_has_suffix (log, "Digest ok\nnone refused\nDigest refused\n"));
  g_assert_null (strstr (log, "Basic"));
}

/* The real programme, when present: what the server holds is what the calendar shows. */
static void
test_seed (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(CtPublishResult) result = NULL;
  g_autofree char *held = NULL;
  g_autofree char *expected = NULL;
  CtProgramme *seed;
  CtPublishStats stats;

  if (f->server == NULL || (seed = fixture_programme_seed ()) == NULL)
    return;
  ct_programme_unref (f->programme);
  f->programme = seed;
  save (f);
  result = publish (f, &stats);
  g_assert_cmpuint (result->created, >, 0);
  g_assert_cmpuint (result->conflicted + result->queued, ==, 0);
  held = server_occurrences (f);
  expected = expected_occurrences (f->programme);
  g_assert_cmpstr (held, ==, expected);
}

#define OUTLOOK_UID "040000008200E00074C5B7101A82E00800000000D0C9E0B1F4A0D901000000000000000" \
                    "0100000007A3C5E9B2D1F4E6A8B0C2D4E6F8A0B1C"
#define FOREIGN_EVENT(uid, summary, day) \
  "BEGIN:VEVENT\r\nUID:" uid "\r\nSUMMARY:" summary "\r\nDTSTAMP:20230801T000000Z\r\n" \
  "DTSTART;TZID=Asia/Ho_Chi_Minh:202309" day "T080000\r\n" \
  "DTEND;TZID=Asia/Ho_Chi_Minh:202309" day "T100000\r\nEND:VEVENT\r\n"

static const char *
href_of (GPtrArray  *records,
         const char *uid)
{
  for (guint i = 0; i < records->len; i++)
    if (g_str_equal (((CtPublishedEvent *) g_ptr_array_index (records, i))->uid, uid))
      return ((CtPublishedEvent *) g_ptr_array_index (records, i))->href;
  return NULL;
}

/* Events imported from another calendar are published under their own UIDs, so that a
 * client holding the originals sees the same events; each resource's name is the UID
 * made safe for a path. */
static void
test_foreign_uids (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(CtPublishResult) result = NULL;
  g_autoptr(CtPublishResult) again = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *held = NULL, *expected = NULL;
  g_autofree char *outlook = NULL, *plain = NULL, *hashed = NULL, *encoded = NULL;
  CtPublishStats stats;
  static const char file[] =
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n"
    FOREIGN_EVENT (OUTLOOK_UID, "Họp trực tuyến với Sở Nội vụ", "06")
    FOREIGN_EVENT ("abc@example.org", "Tiếp đoàn công tác của tỉnh bạn", "14")
    FOREIGN_EVENT ("họp 5/9@example.org", "Họp chuẩn bị Đại hội", "05")
    FOREIGN_EVENT ("lịch tuần+1@example.org", "Họp Ban Chỉ đạo", "22")
    "END:VCALENDAR\r\n";

  if (f->server == NULL)
    return;
  g_assert_true (ct_ics_import (f->programme, NULL, file, -1, NULL, &error));
  g_assert_no_error (error);
  save (f);
  result = publish (f, &stats);
  g_assert_no_error (result->error);
  assert_counts (result, 10, 0, 0, 0, 0, 0);
  held = server_occurrences (f);
  expected = expected_occurrences (f->programme);
  g_assert_cmpstr (held, ==, expected);
  g_assert_nonnull (strstr (held, OUTLOOK_UID "\t2023-09-06\tHọp trực tuyến với Sở Nội vụ\n"));
  g_assert_nonnull (strstr (held, "abc@example.org\t2023-09-14\t"));
  g_assert_nonnull (strstr (held, "họp 5/9@example.org\t2023-09-05\t"));
  g_assert_nonnull (strstr (held, "lịch tuần+1@example.org\t2023-09-22\t"));

  records = ct_store_list_published (f->store, f->programme->id, f->collection, &error);
  g_assert_no_error (error);
  outlook = g_strconcat (f->collection, OUTLOOK_UID ".ics", NULL);
  plain = g_strconcat (f->collection, "abc@example.org.ics", NULL);
  /* A "/" would be a path: the SHA-256 of the UID names it. */
  hashed = g_strconcat (f->collection, "273f414157a1e2d88db4fcde377e79eb775f76324578375a0340"
                        "834a5356cb66.ics", NULL);
  encoded = g_strconcat (f->collection, "l%E1%BB%8Bch%20tu%E1%BA%A7n%2B1@example.org.ics",
                         NULL);
  g_assert_cmpstr (href_of (records, OUTLOOK_UID), ==, outlook);
  g_assert_cmpstr (href_of (records, "abc@example.org"), ==, plain);
  g_assert_cmpstr (href_of (records, "họp 5/9@example.org"), ==, hashed);
  g_assert_cmpstr (href_of (records, "lịch tuần+1@example.org"), ==, encoded);

  /* The server's listing names them as they were sent: nothing to send again. */
  again = publish (f, &stats);
  assert_counts (again, 0, 0, 0, 10, 0, 0);
  g_assert_cmpuint (stats.puts, ==, 0);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  ct_test_init (&argc, &argv);
  CT_TEST_ADD ("/publish/create", test_create);
  CT_TEST_ADD ("/publish/republish", test_republish);
  CT_TEST_ADD ("/publish/edit", test_edit);
  CT_TEST_ADD ("/publish/delete", test_delete);
  CT_TEST_ADD ("/publish/conflict", test_conflict);
  CT_TEST_ADD ("/publish/wrong-password", test_wrong_password);
  CT_TEST_ADD ("/publish/digest", test_digest);
  CT_TEST_ADD ("/publish/tls", test_tls);
  CT_TEST_ADD ("/publish/offline", test_offline);
  CT_TEST_ADD ("/publish/file", test_file);
  CT_TEST_ADD ("/publish/discover", test_discover);
  CT_TEST_ADD ("/publish/cli", test_cli);
  CT_TEST_ADD ("/publish/cli-no-password", test_cli_no_password);
  CT_TEST_ADD ("/publish/seed", test_seed);
  CT_TEST_ADD ("/publish/foreign-uids", test_foreign_uids);
  return ct_test_run_in_folder ("ct-publish-XXXXXX", &tmpdir);
}
