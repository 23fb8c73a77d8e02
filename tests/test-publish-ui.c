/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Publishing from the app to a Radicale server started by the test: the Preferences'
 * "Calendar Server" group by its widgets, win.publish, publishing after each save, a
 * server down then up, and the messages of a wrong password and an untrusted
 * certificate. The server's storage is read back as files: one UID.ics per event. */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "ct-ics-export-events.h"
#include "ct-preferences-window.h"
#include "ct-publish-account.h"
#include "ct-publish-prefs.h"
#include "ct-settings.h"
#include "ct-store-publish.h"
#include "ct-window-private.h"
#include "radicale-server.h"
#include "test-util-widget.h"
#include "window-wait.h"

typedef struct
{
  CtTestSampleWindow w;
  CtRadicale *server;
  GSettings *settings;
  char *collection;
} Fixture;

static void
reset_settings (GSettings *settings)
{
  const char *const keys[] = { CT_SETTINGS_KEY_CALDAV_SERVER, CT_SETTINGS_KEY_CALDAV_USER,
                               CT_SETTINGS_KEY_CALDAV_CALENDAR,
                               CT_SETTINGS_KEY_PUBLISH_AFTER_SAVE };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_settings_reset (settings, keys[i]);
  ct_publish_account_forget_session ();
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  if (!ct_radicale_available ())
    {
      g_test_skip ("radicale is not installed");
      return;
    }
  f->settings = ct_settings_new ();
  reset_settings (f->settings);
  f->server = ct_radicale_start ();
  f->collection = ct_radicale_url (f->server, "clerk/programme/");
  ct_test_sample_window_set_up (&f->w, "congtac-publish-ui-XXXXXX",
                                "io.github.congtac.CongtacPublishTest");
  g_assert_true (ct_test_open_programme (f->w.window, 1, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->server == NULL)
    return;
  ct_test_sample_window_tear_down (&f->w);
  reset_settings (f->settings);
  g_clear_object (&f->settings);
  g_clear_pointer (&f->server, ct_radicale_free);
  g_free (f->collection);
}

/* Keeps @password for the session (no keyring runs in the tests) and waits for it. */
static void
set_password (GSettings  *settings,
              const char *password)
{
  g_autoptr(GAsyncResult) result = NULL;
  gboolean in_keyring = TRUE;

  ct_publish_account_store_password (settings, password, NULL, ct_test_result_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (ct_publish_account_store_password_finish (result, &in_keyring, NULL));
  g_assert_false (in_keyring);
}

/* Makes the calendar "programme" and points the settings at it. */
static void
set_up_calendar (Fixture    *f,
                 const char *password)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtPublisher) maker = ct_publisher_new (f->collection, CT_RADICALE_USER,
                                                   CT_RADICALE_PASSWORD, &error);

  g_assert_true (ct_publisher_make_calendar (maker, "Lịch thử", NULL, &error));
  g_assert_no_error (error);
  g_settings_set_string (f->settings, CT_SETTINGS_KEY_CALDAV_SERVER, f->server->root);
  g_settings_set_string (f->settings, CT_SETTINGS_KEY_CALDAV_USER, CT_RADICALE_USER);
  g_settings_set_string (f->settings, CT_SETTINGS_KEY_CALDAV_CALENDAR, f->collection);
  set_password (f->settings, password);
}

static gboolean
publish_done (gpointer data)
{
  return !ct_window_get_publishing (data);
}

static void
publish_and_wait (Fixture *f)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->w.window), "win.publish", NULL));
  g_assert_true (ct_window_get_publishing (f->w.window));
  g_assert_true (ct_test_wait_until (publish_done, f->w.window, 120));
}

/* The last toast's text, as screen readers are given it. */
static const char *
last_toast (Fixture *f)
{
  return gtk_label_get_text (f->w.window->announcer);
}

static const char *
subtitle (Fixture *f)
{
  return gtk_label_get_text (f->w.window->save_label);
}

/* The UIDs the server holds in the calendar, sorted: its storage's UID.ics files. */
static GPtrArray *
server_uids (Fixture *f)
{
  g_autofree char *folder = g_build_filename (f->server->folder, "storage", "collection-root",
                                              CT_RADICALE_USER, "programme", NULL);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  GPtrArray *uids = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".ics"))
      g_ptr_array_add (uids, g_uri_unescape_segment (name, name + strlen (name) - 4, NULL));
  return uids;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(char *const *) a, *(char *const *) b);
}

/* The UIDs of the open programme's events, as the calendar file has them. */
static GPtrArray *
programme_uids (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) files = NULL;
  GPtrArray *uids = g_ptr_array_new_with_free_func (g_free);
  CtIcsExportOptions options;

  ct_ics_export_options_init (&options);
  files = ct_ics_export_events (ct_window_get_programme (f->w.window), &options, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < files->len; i++)
    g_ptr_array_add (uids, g_strdup (((CtIcsEventFile *) files->pdata[i])->uid));
  g_ptr_array_sort (uids, compare_strings);
  return uids;
}

static void
assert_server_has_programme (Fixture *f)
{
  g_autoptr(GPtrArray) on_server = server_uids (f);
  g_autoptr(GPtrArray) expected = programme_uids (f);

  g_ptr_array_sort (on_server, compare_strings);
  g_assert_cmpuint (on_server->len, ==, expected->len);
  for (guint i = 0; i < expected->len; i++)
    g_assert_cmpstr (g_ptr_array_index (on_server, i), ==, g_ptr_array_index (expected, i));
}

/* The first event of the programme, given a new title and saved. */
static CtItem *
first_event (Fixture *f)
{
  CtProgramme *programme = ct_window_get_programme (f->w.window);

  for (guint s = 0; s < programme->sections->len; s++)
    {
      CtSection *section = g_ptr_array_index (programme->sections, s);

      for (guint i = 0; i < section->items->len; i++)
        {
          CtItem *item = g_ptr_array_index (section->items, i);

          if (item->kind == CT_ITEM_EVENT && !ct_item_is_vague (item))
            return item;
        }
    }
  g_assert_not_reached ();
}

static gboolean
saved (gpointer data)
{
  return ct_session_get_save_state (data) == CT_SAVE_STATE_SAVED;
}

static void
retitle_and_save (Fixture    *f,
                  const char *title)
{
  CtSession *session = ct_window_get_session (f->w.window);
  CtItem *item = first_event (f);

  g_free (item->title);
  item->title = g_strdup (title);
  ct_session_edited (session, NULL);
  ct_session_save (session);
  g_assert_true (ct_test_wait_until (saved, session, 60));
}

/* Whether the server's copy of the first event holds @text. */
static gboolean
server_event_has (Fixture    *f,
                  const char *text)
{
  g_autofree char *folder = g_build_filename (f->server->folder, "storage", "collection-root",
                                              CT_RADICALE_USER, "programme", NULL);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_autofree char *contents = NULL;

      if (g_str_has_suffix (name, ".ics") && g_file_get_contents (path, &contents, NULL, NULL)
          && strstr (contents, text) != NULL)
        return TRUE;
    }
  return FALSE;
}

static void
test_publish_action (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *toast = NULL;
  g_autoptr(GPtrArray) expected = NULL;
  CtPublishStats stats;

  if (f->server == NULL)
    return;
  set_up_calendar (f, CT_RADICALE_PASSWORD);
  expected = programme_uids (f);
  g_assert_cmpuint (expected->len, >, 0);
  publish_and_wait (f);
  assert_server_has_programme (f);
  toast = g_strdup_printf ("Published to the calendar server: %u new, 0 updated, 0 deleted",
                           expected->len);
  g_assert_cmpstr (last_toast (f), ==, toast);
  g_assert_true (g_str_has_prefix (subtitle (f), "Saved · Published "));
  g_assert_cmpuint (ct_window_get_publish_pending (f->w.window), ==, 0);

  /* Again, unchanged: nothing is sent. */
  publish_and_wait (f);
  ct_publisher_get_stats (ct_window_get_publisher (f->w.window), &stats);
  g_assert_cmpuint (stats.puts, ==, 0);
  g_assert_cmpstr (last_toast (f), ==,
                   "The calendar server already has this programme as it is.");
}

static void
test_publish_after_save (Fixture       *f,
                         gconstpointer  data)
{
  CtPublishStats stats;

  if (f->server == NULL)
    return;
  set_up_calendar (f, CT_RADICALE_PASSWORD);
  publish_and_wait (f);
  g_settings_set_boolean (f->settings, CT_SETTINGS_KEY_PUBLISH_AFTER_SAVE, TRUE);
  retitle_and_save (f, "Giao ban mới");
  g_assert_true (ct_window_get_publishing (f->w.window));
  g_assert_true (ct_test_wait_until (publish_done, f->w.window, 120));
  ct_publisher_get_stats (ct_window_get_publisher (f->w.window), &stats);
  g_assert_cmpuint (stats.puts, ==, 1);
  g_assert_cmpuint (stats.deletes, ==, 0);
  g_assert_true (server_event_has (f, "SUMMARY:Giao ban mới"));
  g_assert_cmpstr (last_toast (f), ==,
                   "Published to the calendar server: 0 new, 1 updated, 0 deleted");
  assert_server_has_programme (f);
}

static void
test_server_down_then_up (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *unreachable = NULL;
  CtPublishStats stats;

  if (f->server == NULL)
    return;
  set_up_calendar (f, CT_RADICALE_PASSWORD);
  publish_and_wait (f);
  g_settings_set_boolean (f->settings, CT_SETTINGS_KEY_PUBLISH_AFTER_SAVE, TRUE);

  /* The server is down: the change waits, and the header says so. */
  ct_radicale_stop (f->server);
  retitle_and_save (f, "Giao ban dời");
  g_assert_true (ct_test_wait_until (publish_done, f->w.window, 120));
  g_assert_cmpuint (ct_window_get_publish_pending (f->w.window), ==, 1);
  g_assert_cmpstr (subtitle (f), ==, "Saved · 1 change not published");
  unreachable = g_strdup_printf ("Cannot reach the calendar server “%s” (", f->collection);
  g_assert_true (g_str_has_prefix (last_toast (f), unreachable));
  g_assert_false (server_event_has (f, "SUMMARY:Giao ban dời"));

  /* Up again: the next save sends what waited, and the edit made meanwhile. */
  ct_radicale_restart (f->server);
  retitle_and_save (f, "Giao ban dời lại");
  g_assert_true (ct_test_wait_until (publish_done, f->w.window, 120));
  g_assert_cmpuint (ct_window_get_publish_pending (f->w.window), ==, 0);
  ct_publisher_get_stats (ct_window_get_publisher (f->w.window), &stats);
  g_assert_cmpuint (stats.puts, ==, 1);
  g_assert_true (server_event_has (f, "SUMMARY:Giao ban dời lại"));
  g_assert_true (g_str_has_prefix (subtitle (f), "Saved · Published "));
  assert_server_has_programme (f);
}

static void
test_wrong_password (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *expected = NULL;
  g_autoptr(GPtrArray) on_server = NULL;

  if (f->server == NULL)
    return;
  set_up_calendar (f, "sai-mật-khẩu");
  publish_and_wait (f);
  expected = g_strdup_printf ("The calendar server “%s” refused the user name or password. "
                              "Check them, then publish again.", f->collection);
  g_assert_cmpstr (last_toast (f), ==, expected);
  on_server = server_uids (f);
  g_assert_cmpuint (on_server->len, ==, 0);
}

/* Depth-first search of @widget's descendants for the one named @name. */
static GtkWidget *
find_named (GtkWidget  *widget,
            const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_named (child, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
prefs_idle (gpointer data)
{
  return !ct_publish_prefs_is_busy (data);
}

static CtPublishPrefs *
open_prefs (GtkWindow **window,
            GSettings  *settings)
{
  GtkWidget *page;

  *window = GTK_WINDOW (ct_preferences_window_new (settings));
  gtk_window_present (*window);
  page = find_named (GTK_WIDGET (*window), "publishing-page");
  g_assert_nonnull (page);
  adw_preferences_window_set_visible_page (ADW_PREFERENCES_WINDOW (*window),
                                           ADW_PREFERENCES_PAGE (page));
  return CT_PUBLISH_PREFS (gtk_widget_get_ancestor (find_named (page, "server-row"),
                                                    CT_TYPE_PUBLISH_PREFS));
}

static void
type_into (GtkWidget  *prefs,
           const char *row,
           const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (find_named (prefs, row)), text);
}

static void
apply (GtkWidget  *prefs,
       const char *row)
{
  g_signal_emit_by_name (find_named (prefs, row), "apply");
}

static gboolean
message_is (gpointer data)
{
  return *ct_publish_prefs_get_message (data) != '\0' && !ct_publish_prefs_is_busy (data);
}

static void
test_preferences (Fixture       *f,
                  gconstpointer  data)
{
  GtkWindow *window;
  CtPublishPrefs *prefs;
  AdwComboRow *calendars;
  g_autofree char *chosen = NULL;
  GtkStringObject *label;

  if (f->server == NULL)
    return;
  prefs = open_prefs (&window, f->settings);

  /* Typed into the rows: the settings follow; the password goes to the session only. */
  type_into (GTK_WIDGET (prefs), "server-row", f->server->root);
  type_into (GTK_WIDGET (prefs), "user-row", CT_RADICALE_USER);
  chosen = g_settings_get_string (f->settings, CT_SETTINGS_KEY_CALDAV_SERVER);
  g_assert_cmpstr (chosen, ==, f->server->root);
  g_clear_pointer (&chosen, g_free);
  type_into (GTK_WIDGET (prefs), "password-row", CT_RADICALE_PASSWORD);
  apply (GTK_WIDGET (prefs), "password-row");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_named (GTK_WIDGET (prefs),
                                                                    "password-row"))), ==, "");
  g_assert_true (ct_test_wait_until (message_is, prefs, 30));
  g_assert_cmpstr (ct_publish_prefs_get_message (prefs), ==,
                   "No keyring is running on this computer: the password is kept only until "
                   "Congtac closes, and must be typed again next time.");

  /* A new user has no calendar yet. */
  g_signal_emit_by_name (find_named (GTK_WIDGET (prefs), "find-calendars"), "clicked");
  g_assert_true (ct_publish_prefs_is_busy (prefs));
  g_assert_true (ct_test_wait_until (prefs_idle, prefs, 60));
  g_assert_cmpstr (ct_publish_prefs_get_message (prefs), ==,
                   "The server has no calendar for this user yet. Give a name below to make "
                   "one.");

  /* One is made with MKCALENDAR, in the user's calendar home, and chosen. */
  type_into (GTK_WIDGET (prefs), "create-row", "Lịch công tác");
  apply (GTK_WIDGET (prefs), "create-row");
  g_assert_true (ct_test_wait_until (prefs_idle, prefs, 60));
  g_assert_cmpstr (ct_publish_prefs_get_message (prefs), ==,
                   "Calendar “Lịch công tác” made on the server. Programmes are published to "
                   "it.");
  chosen = g_settings_get_string (f->settings, CT_SETTINGS_KEY_CALDAV_CALENDAR);
  g_assert_true (g_str_has_prefix (chosen, f->server->root));
  g_assert_true (g_str_has_prefix (chosen + strlen (f->server->root), "clerk/"));

  /* Found again, by its name. */
  g_signal_emit_by_name (find_named (GTK_WIDGET (prefs), "find-calendars"), "clicked");
  g_assert_true (ct_test_wait_until (prefs_idle, prefs, 60));
  g_assert_cmpstr (ct_publish_prefs_get_message (prefs), ==,
                   "1 calendar found. Choose the one to publish to.");
  calendars = ADW_COMBO_ROW (find_named (GTK_WIDGET (prefs), "calendar-row"));
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (calendars)), ==, 2);
  g_assert_cmpuint (adw_combo_row_get_selected (calendars), ==, 1);
  label = adw_combo_row_get_selected_item (calendars);
  g_assert_cmpstr (gtk_string_object_get_string (label), ==, "Lịch công tác");

  /* The server's address itself may be chosen: the calendar setting is emptied. */
  adw_combo_row_set_selected (calendars, 0);
  g_clear_pointer (&chosen, g_free);
  chosen = g_settings_get_string (f->settings, CT_SETTINGS_KEY_CALDAV_CALENDAR);
  g_assert_cmpstr (chosen, ==, "");
  gtk_window_destroy (window);
}

static void
test_preferences_wrong_password (Fixture       *f,
                                 gconstpointer  data)
{
  g_autofree char *expected = NULL;
  GtkWindow *window;
  CtPublishPrefs *prefs;

  if (f->server == NULL)
    return;
  g_settings_set_string (f->settings, CT_SETTINGS_KEY_CALDAV_SERVER, f->server->root);
  g_settings_set_string (f->settings, CT_SETTINGS_KEY_CALDAV_USER, CT_RADICALE_USER);
  set_password (f->settings, "sai");
  prefs = open_prefs (&window, f->settings);
  g_signal_emit_by_name (find_named (GTK_WIDGET (prefs), "find-calendars"), "clicked");
  g_assert_true (ct_test_wait_until (prefs_idle, prefs, 60));
  expected = g_strdup_printf ("The calendar server “%s” refused the user name or password. "
                              "Check them, then publish again.", f->server->root);
  g_assert_cmpstr (ct_publish_prefs_get_message (prefs), ==, expected);
  gtk_window_destroy (window);
}

static void
test_preferences_untrusted (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(CtRadicale) untrusted = NULL;
  g_autofree char *expected = NULL;
  GtkWindow *window;
  CtPublishPrefs *prefs;

  if (f->server == NULL)
    return;
  untrusted = ct_radicale_start_tls ();
  g_settings_set_string (f->settings, CT_SETTINGS_KEY_CALDAV_SERVER, untrusted->root);
  g_settings_set_string (f->settings, CT_SETTINGS_KEY_CALDAV_USER, CT_RADICALE_USER);
  set_password (f->settings, CT_RADICALE_PASSWORD);
  prefs = open_prefs (&window, f->settings);
  g_signal_emit_by_name (find_named (GTK_WIDGET (prefs), "find-calendars"), "clicked");
  g_assert_true (ct_test_wait_until (prefs_idle, prefs, 60));
  expected = g_strdup_printf ("The calendar server “%s” has a security certificate this "
                              "computer does not trust, so nothing was sent to it. Check the "
                              "address with whoever runs the server.", untrusted->root);
  g_assert_cmpstr (ct_publish_prefs_get_message (prefs), ==, expected);
  gtk_window_destroy (window);
}

/* Lets the widgets settle (a toast slides in) before a picture is taken. */
static void
settle (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

static void
save_png (GtkWidget  *widget,
          const char *name)
{
  g_autofree char *path = g_build_filename (g_getenv ("CT_SHOT_DIR"), name, NULL);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

/* Pictures of the Preferences group and of a publish's toast, in the language of the
 * environment, into $CT_SHOT_DIR. */
static void
test_screenshots (Fixture       *f,
                  gconstpointer  data)
{
  GtkWindow *window;
  CtPublishPrefs *prefs;

  if (f->server == NULL)
    return;
  set_up_calendar (f, CT_RADICALE_PASSWORD);
  gtk_window_set_default_size (GTK_WINDOW (f->w.window), 1100, 720);
  gtk_window_present (GTK_WINDOW (f->w.window));
  publish_and_wait (f);
  settle (800);
  save_png (GTK_WIDGET (f->w.window), "caldav-publish.png");

  prefs = open_prefs (&window, f->settings);
  type_into (GTK_WIDGET (prefs), "password-row", CT_RADICALE_PASSWORD);
  apply (GTK_WIDGET (prefs), "password-row");
  g_assert_true (ct_test_wait_until (message_is, prefs, 30));
  g_signal_emit_by_name (find_named (GTK_WIDGET (prefs), "find-calendars"), "clicked");
  g_assert_true (ct_test_wait_until (prefs_idle, prefs, 60));
  gtk_window_set_default_size (window, 640, 760);
  settle (800);
  save_png (GTK_WIDGET (window), "caldav-prefs.png");
  gtk_window_destroy (window);
}

/* Someone else changes the first event on the server: a PUT of their own, without
 * If-Match, by python3's urllib. */
static void
change_on_server (Fixture    *f,
                  const char *uid)
{
  g_autofree char *name = g_uri_escape_string (uid, NULL, FALSE);
  g_autofree char *url = g_strconcat (f->collection, name, ".ics", NULL);
  const char *script =
    "import base64, sys, urllib.request\n"
    "url, user, password, uid = sys.argv[1:5]\n"
    "body = ('BEGIN:VCALENDAR\\r\\nVERSION:2.0\\r\\nPRODID:-//Other//EN\\r\\n'\n"
    "        'BEGIN:VEVENT\\r\\nUID:' + uid + '\\r\\nDTSTAMP:20261201T000000Z\\r\\n'\n"
    "        'DTSTART:20261210T020000Z\\r\\nSUMMARY:Sửa nơi khác\\r\\n'\n"
    "        'END:VEVENT\\r\\nEND:VCALENDAR\\r\\n').encode()\n"
    "request = urllib.request.Request(url, data=body, method='PUT')\n"
    "request.add_header('Content-Type', 'text/calendar; charset=utf-8')\n"
    "token = base64.b64encode((user + ':' + password).encode()).decode()\n"
    "request.add_header('Authorization', 'Basic ' + token)\n"
    "urllib.request.urlopen(request).read()\n";
  const char *argv[] = { "/usr/bin/python3", "-c", script, url, CT_RADICALE_USER,
                         CT_RADICALE_PASSWORD, uid, NULL };
  g_autoptr(GError) error = NULL;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL,
                               NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

/* The UID of the first event's file, as the calendar file names it. */
static char *
first_event_uid (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) files = NULL;
  CtIcsExportOptions options;
  CtItem *item = first_event (f);

  ct_ics_export_options_init (&options);
  files = ct_ics_export_events (ct_window_get_programme (f->w.window), &options, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < files->len; i++)
    {
      CtIcsEventFile *file = g_ptr_array_index (files, i);

      if (g_strcmp0 (file->title, item->title) == 0)
        return g_strdup (file->uid);
    }
  g_assert_not_reached ();
}

static void
test_conflict (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *uid = NULL;
  AdwMessageDialog *dialog;
  CtPublishStats stats;

  if (f->server == NULL)
    return;
  set_up_calendar (f, CT_RADICALE_PASSWORD);
  retitle_and_save (f, "Hội nghị tổng kết");
  publish_and_wait (f);
  uid = first_event_uid (f);
  change_on_server (f, uid);

  /* Changed here too: the publish does not overwrite the server's copy, and says so. */
  retitle_and_save (f, "Hội nghị tổng kết năm");
  publish_and_wait (f);
  ct_publisher_get_stats (ct_window_get_publisher (f->w.window), &stats);
  g_assert_cmpuint (stats.puts, ==, 1);
  dialog = ct_test_wait_for_dialog ("Changed on the Calendar Server");
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==,
                   "“Hội nghị tổng kết năm” was changed on the calendar server since it was "
                   "published: the server's copy was kept. Delete it there to publish the "
                   "programme's version again.");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_true (server_event_has (f, "SUMMARY:Sửa nơi khác"));
  g_assert_false (server_event_has (f, "SUMMARY:Hội nghị tổng kết năm"));
}

/* The network monitor says the network is back: what waited is sent without a save. */
static void
test_network_back (Fixture       *f,
                   gconstpointer  data)
{
  GNetworkMonitor *monitor = g_network_monitor_get_default ();

  if (f->server == NULL)
    return;
  if (!g_network_monitor_get_network_available (monitor))
    {
      g_test_skip ("the system says there is no network");
      return;
    }
  set_up_calendar (f, CT_RADICALE_PASSWORD);
  publish_and_wait (f);
  g_settings_set_boolean (f->settings, CT_SETTINGS_KEY_PUBLISH_AFTER_SAVE, TRUE);
  ct_radicale_stop (f->server);
  retitle_and_save (f, "Giao ban chờ mạng");
  g_assert_true (ct_test_wait_until (publish_done, f->w.window, 120));
  g_assert_cmpuint (ct_window_get_publish_pending (f->w.window), ==, 1);

  ct_radicale_restart (f->server);
  g_object_notify (G_OBJECT (monitor), "network-available");
  g_assert_true (ct_window_get_publishing (f->w.window));
  g_assert_true (ct_test_wait_until (publish_done, f->w.window, 120));
  g_assert_cmpuint (ct_window_get_publish_pending (f->w.window), ==, 0);
  g_assert_true (server_event_has (f, "SUMMARY:Giao ban chờ mạng"));
  g_assert_cmpstr (last_toast (f), ==,
                   "Published to the calendar server: 0 new, 1 updated, 0 deleted");
}

/* The header tells when the programme was last published, from the store: after the app
 * is closed and opened again too. The tests run with TZ=UTC. */
static void
test_last_published_after_restart (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *time = NULL;
  g_autofree char *day = NULL;
  gint64 when;

  if (f->server == NULL)
    return;
  set_up_calendar (f, CT_RADICALE_PASSWORD);
  publish_and_wait (f);
  when = ct_store_get_last_published (f->w.store, 1, f->collection, &error);
  g_assert_no_error (error);
  g_assert_cmpint (when, >, 0);
  local = g_date_time_new_from_unix_local (when);
  time = g_date_time_format (local, "%H:%M");
  day = g_date_time_format (local, "%d/%m/%Y");
  expected = g_strdup_printf ("Saved · Published at %s on %s", time, day);
  g_assert_cmpstr (subtitle (f), ==, expected);

  /* 14:05 UTC on 07/12/2026, a time no publish of the test makes. */
  g_assert_true (ct_store_set_last_published (f->w.store, 1, f->collection, 1796652300,
                                              &error));
  g_assert_no_error (error);
  ct_test_close_window (f->w.window, &f->w.store, NULL);
  g_clear_object (&f->w.app);
  f->w.window = ct_test_sample_window_new ("io.github.congtac.CongtacPublishTestAgain",
                                           f->w.db, &f->w.store, &f->w.app);
  g_assert_true (ct_test_open_programme (f->w.window, 1, &error));
  g_assert_no_error (error);
  g_assert_false (ct_window_get_publishing (f->w.window));
  g_assert_cmpstr (subtitle (f), ==, "Saved · Published at 14:05 on 07/12/2026");

  /* Another calendar in the Preferences: this programme was never published to it. */
  g_settings_set_string (f->settings, CT_SETTINGS_KEY_CALDAV_CALENDAR,
                         f->server->root);
  ct_test_close_window (f->w.window, &f->w.store, NULL);
  g_clear_object (&f->w.app);
  f->w.window = ct_test_sample_window_new ("io.github.congtac.CongtacPublishTestThird",
                                           f->w.db, &f->w.store, &f->w.app);
  g_assert_true (ct_test_open_programme (f->w.window, 1, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (subtitle (f), ==, "Saved");
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *runtime = NULL;

  /* No session bus, so no keyring: the password stays in the session's memory. */
  g_unsetenv ("DBUS_SESSION_BUS_ADDRESS");
  runtime = g_dir_make_tmp ("ct-publish-ui-run-XXXXXX", NULL);
  g_setenv ("XDG_RUNTIME_DIR", runtime, TRUE);
  ct_test_widget_init (&argc, &argv);
  bindtextdomain (GETTEXT_PACKAGE, CT_TEST_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  if (g_getenv ("CT_SHOT_DIR") != NULL)
    {
      g_setenv ("LANGUAGE", "vi", TRUE);
      g_assert_nonnull (setlocale (LC_ALL, "vi_VN.UTF-8"));
      CT_TEST_ADD ("/publish-ui/screenshots", test_screenshots);
      return g_test_run ();
    }

  CT_TEST_ADD ("/publish-ui/preferences", test_preferences);
  CT_TEST_ADD ("/publish-ui/preferences-wrong-password", test_preferences_wrong_password);
  CT_TEST_ADD ("/publish-ui/preferences-untrusted", test_preferences_untrusted);
  CT_TEST_ADD ("/publish-ui/action", test_publish_action);
  CT_TEST_ADD ("/publish-ui/after-save", test_publish_after_save);
  CT_TEST_ADD ("/publish-ui/server-down-then-up", test_server_down_then_up);
  CT_TEST_ADD ("/publish-ui/wrong-password", test_wrong_password);
  CT_TEST_ADD ("/publish-ui/conflict", test_conflict);
  CT_TEST_ADD ("/publish-ui/network-back", test_network_back);
  CT_TEST_ADD ("/publish-ui/last-published-after-restart", test_last_published_after_restart);
  return g_test_run ();
}
