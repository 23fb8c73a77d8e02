/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-publish"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ct-format.h"
#include "ct-ics-export-events.h"
#include "ct-publish-private.h"
#include "ct-store-publish.h"
#include "ct-text.h"


G_DEFINE_TYPE (CtPublisher, ct_publisher, G_TYPE_OBJECT)
G_DEFINE_QUARK (ct-publish-error-quark, ct_publish_error)

static void
forget_password (char **password)
{
  if (*password != NULL)
    memset (*password, 0, strlen (*password));
  g_clear_pointer (password, g_free);
}

static void
ct_publisher_finalize (GObject *object)
{
  CtPublisher *self = CT_PUBLISHER (object);

  g_free (self->url);
  g_free (self->display_url);
  g_free (self->user);
  forget_password (&self->password);
  g_mutex_clear (&self->stats_lock);
  G_OBJECT_CLASS (ct_publisher_parent_class)->finalize (object);
}

static void
ct_publisher_class_init (CtPublisherClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ct_publisher_finalize;
}

static void
ct_publisher_init (CtPublisher *self)
{
  g_mutex_init (&self->stats_lock);
}

void
ct_publish_result_free (CtPublishResult *result)
{
  if (result == NULL)
    return;
  g_clear_pointer (&result->conflicts, g_ptr_array_unref);
  g_clear_error (&result->error);
  g_free (result);
}

void
ct_publish_calendar_free (CtPublishCalendar *calendar)
{
  if (calendar == NULL)
    return;
  g_free (calendar->url);
  g_free (calendar->display_name);
  g_free (calendar);
}

/**
 * ct_publisher_new:
 * @url: the calendar collection's URL, a server's root to discover calendars from, or
 *   (for %CT_PUBLISH_FILE) the URL of the calendar file
 * @user: (nullable): the user name; %NULL to publish without one
 * @password: (nullable): the password of @user
 * @error: return location for a #CT_PUBLISH_ERROR
 *
 * A user name and password written in @url ("https://name:secret@host/…") are taken
 * from it and removed: the URL that is stored and shown never holds them.
 *
 * Returns: (transfer full): a publisher, or %NULL with %CT_PUBLISH_ERROR_BAD_URL
 */
CtPublisher *
ct_publisher_new (const char  *url,
                  const char  *user,
                  const char  *password,
                  GError     **error)
{
  g_autoptr(GUri) uri = NULL;
  g_autoptr(GUri) bare = NULL;
  CtPublisher *self;
  const char *scheme;

  g_return_val_if_fail (url != NULL, NULL);

  uri = g_uri_parse (url, G_URI_FLAGS_ENCODED | G_URI_FLAGS_HAS_PASSWORD, NULL);
  scheme = uri ? g_uri_get_scheme (uri) : NULL;
  if (uri == NULL || g_uri_get_host (uri) == NULL || *g_uri_get_host (uri) == '\0' ||
      (g_ascii_strcasecmp (scheme, "http") != 0 && g_ascii_strcasecmp (scheme, "https") != 0))
    {
      g_autoptr(GUri) shown = uri ? g_uri_ref (uri) : NULL;
      g_autofree char *text = shown ? g_uri_to_string_partial (shown, G_URI_HIDE_PASSWORD)
                                    : ct_text_collapse_spaces (url);

      g_set_error (error, CT_PUBLISH_ERROR, CT_PUBLISH_ERROR_BAD_URL,
                   /* Translators: %s is what the user gave as the address. */
                   _("“%s” is not a web address a calendar can be published to (it starts "
                     "with https:// or http://)."), uri ? text : "…");
      return NULL;
    }
  bare = g_uri_build (G_URI_FLAGS_ENCODED, g_uri_get_scheme (uri), NULL, g_uri_get_host (uri),
                      g_uri_get_port (uri),
                      *g_uri_get_path (uri) ? g_uri_get_path (uri) : "/",
                      g_uri_get_query (uri), NULL);
  self = g_object_new (CT_TYPE_PUBLISHER, NULL);
  self->url = g_uri_to_string (bare);
  self->display_url = g_strdup (self->url);
  self->user = g_strdup (user ? user : g_uri_get_user (uri));
  self->password = g_strdup (password ? password : g_uri_get_password (uri));
  if (self->user != NULL && self->password != NULL && user == NULL)
    {
      char *decoded = g_uri_unescape_string (self->user, NULL);

      g_free (self->user);
      self->user = decoded;
    }
  return self;
}

/**
 * ct_publisher_get_url:
 *
 * Returns: the URL published to, without user name or password
 */
const char *
ct_publisher_get_url (CtPublisher *self)
{
  g_return_val_if_fail (CT_IS_PUBLISHER (self), NULL);
  return self->url;
}

/**
 * ct_publisher_dup_display_url:
 *
 * Returns: (transfer full): the URL as messages show it
 */
char *
ct_publisher_dup_display_url (CtPublisher *self)
{
  g_return_val_if_fail (CT_IS_PUBLISHER (self), NULL);
  return g_strdup (self->display_url);
}

/**
 * ct_publisher_set_progress:
 * @func: (nullable): called after each event, in the publishing thread
 * @user_data: given to @func
 */
void
ct_publisher_set_progress (CtPublisher           *self,
                           CtPublishProgressFunc  func,
                           gpointer               user_data)
{
  g_return_if_fail (CT_IS_PUBLISHER (self));
  self->progress = func;
  self->progress_data = user_data;
}

/**
 * ct_publisher_get_stats:
 * @stats: (out caller-allocates): what was sent since the publisher was made or its
 *   counts reset
 */
void
ct_publisher_get_stats (CtPublisher    *self,
                        CtPublishStats *stats)
{
  g_return_if_fail (CT_IS_PUBLISHER (self));
  g_mutex_lock (&self->stats_lock);
  *stats = self->stats;
  g_mutex_unlock (&self->stats_lock);
}

void
ct_publisher_reset_stats (CtPublisher *self)
{
  g_return_if_fail (CT_IS_PUBLISHER (self));
  g_mutex_lock (&self->stats_lock);
  memset (&self->stats, 0, sizeof self->stats);
  g_mutex_unlock (&self->stats_lock);
}

void
ct_publisher_dav_init (CtPublisher  *self,
                       CtDav        *dav,
                       GCancellable *cancellable)
{
  dav->session = NULL;
  dav->user = self->user;
  dav->password = self->password;
  dav->stats = &self->stats;
  dav->stats_lock = &self->stats_lock;
  dav->cancellable = cancellable;
  dav->display_url = self->display_url;
}

void
ct_publisher_dav_clear (CtDav *dav)
{
  /* A session was made only by the module's functions, so they are there. */
  if (dav->session != NULL)
    ct_publish_net_get_funcs (NULL)->session_free (g_steal_pointer (&dav->session));
}

/* The collection's URL ends with a slash: its events' URLs are made by appending. */
char *
ct_publisher_collection_url (CtPublisher *self)
{
  return g_str_has_suffix (self->url, "/") ? g_strdup (self->url)
                                           : g_strconcat (self->url, "/", NULL);
}

/*
 * CtPublishRun:
 * @server: (element-type utf8 CtDavResource): what the server holds, by ct_dav_key()
 * @records: (element-type utf8 CtPublishedEvent): what was published before, by UID
 * @stopped: a request failed in a way the next ones would too (offline, password): what
 *   is left is queued without a request
 */
typedef struct
{
  CtPublisher *self;
  CtDav dav;
  CtStore *store;
  gint64 id;
  char *collection;
  GHashTable *server;
  GHashTable *records;
  CtPublishResult *result;
  gboolean stopped;
  GError *store_error;
  guint done;
  guint total;
} CtPublishRun;

static void
remember (CtPublishRun *run,
          const char   *uid,
          const char   *href,
          const char   *etag,
          guint         sequence,
          const char   *hash,
          gboolean      pending)
{
  CtPublishedEvent event = { (char *) uid, (char *) href, (char *) etag, sequence,
                             (char *) hash, pending };

  if (run->store_error == NULL)
    ct_store_set_published (run->store, run->id, run->collection, &event, &run->store_error);
}

/* A failed request: the event is left pending (or stays so), with what was last sent. */
static void
queue (CtPublishRun     *run,
       const char       *uid,
       const char       *href,
       CtPublishedEvent *record,
       GError           *error)
{
  if (record != NULL)
    remember (run, uid, record->href, record->etag, record->sequence, record->hash, TRUE);
  else
    remember (run, uid, href, NULL, 0, NULL, TRUE);
  run->result->queued++;
  if (error == NULL)
    return;
  if (!g_error_matches (error, CT_PUBLISH_ERROR, CT_PUBLISH_ERROR_SERVER))
    run->stopped = TRUE;
  if (run->result->error == NULL)
    run->result->error = g_error_copy (error);
}

static void
conflict (CtPublishRun *run,
          const char   *title)
{
  run->result->conflicted++;
  g_ptr_array_add (run->result->conflicts, g_strdup_printf (
                     /* Translators: %s is an event's title. */
                     _("“%s” was changed on the calendar server since it was published: the "
                       "server's copy was kept. Delete it there to publish the programme's "
                       "version again."), title));
}

static void
progress (CtPublishRun *run)
{
  run->done++;
  if (run->self->progress != NULL)
    run->self->progress (run->done, run->total, run->self->progress_data);
}

/* Sends @text to @href: created when the server has nothing there (If-None-Match: *),
 * else replacing only the version last sent (If-Match). */
static void
put_event (CtPublishRun     *run,
           const char       *uid,
           const char       *title,
           const char       *href,
           guint             sequence,
           const char       *text,
           const char       *hash,
           CtPublishedEvent *record,
           CtDavResource    *on_server)
{
  g_auto(CtDavReply) reply = { 0 };
  g_autoptr(GError) error = NULL;
  const char *if_match = on_server != NULL && record != NULL ? record->etag : NULL;
  gboolean create = on_server == NULL || if_match == NULL;

  if (!ct_dav_send (&run->dav, "PUT", href, "text/calendar; charset=utf-8", text, NULL,
                    if_match, create, &reply, &error))
    {
      queue (run, uid, href, record, error);
      return;
    }
  if (reply.status == CT_HTTP_PRECONDITION_FAILED)
    {
      conflict (run, title);
      if (record != NULL && record->pending)
        remember (run, uid, record->href, record->etag, record->sequence, record->hash, FALSE);
      return;
    }
  if (!CT_HTTP_IS_SUCCESSFUL (reply.status))
    {
      ct_dav_status_error (&run->dav, href, reply.status, &error);
      queue (run, uid, href, record, error);
      return;
    }
  if (create)
    run->result->created++;
  else
    run->result->updated++;
  remember (run, uid, href, reply.etag, sequence, hash, FALSE);
}

/* One event of the programme: nothing sent when the server has what was sent last. */
static void
publish_event (CtPublishRun *run,
               const char   *uid,
               const char   *title,
               const char   *href,
               guint         sequence,
               const char   *text,
               const char   *hash)
{
  CtPublishedEvent *record = g_hash_table_lookup (run->records, uid);
  g_autofree char *key = NULL;
  CtDavResource *on_server;

  if (record != NULL)
    href = record->href;
  key = ct_dav_key (href);
  on_server = g_hash_table_lookup (run->server, key);
  if (run->stopped)
    {
      if (record == NULL || record->pending || g_strcmp0 (record->hash, hash) != 0)
        queue (run, uid, href, record, NULL);
      return;
    }
  if (record != NULL && !record->pending && g_strcmp0 (record->hash, hash) == 0 &&
      on_server != NULL)
    {
      if (record->etag == NULL)
        remember (run, uid, href, on_server->etag, record->sequence, record->hash, FALSE);
      if (record->etag == NULL || g_strcmp0 (record->etag, on_server->etag) == 0)
        run->result->unchanged++;
      else
        conflict (run, title);
      return;
    }
  put_event (run, uid, title, href, sequence, text, hash, record, on_server);
}

/* An event the programme no longer has: removed from the server unless someone changed
 * it there. */
static void
delete_event (CtPublishRun     *run,
              CtPublishedEvent *record)
{
  g_auto(CtDavReply) reply = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *key = ct_dav_key (record->href);
  CtDavResource *on_server = g_hash_table_lookup (run->server, key);

  if (run->stopped)
    {
      queue (run, record->uid, record->href, record, NULL);
      return;
    }
  if (on_server == NULL)
    {
      if (run->store_error == NULL)
        ct_store_forget_published (run->store, run->id, run->collection, record->uid,
                                   &run->store_error);
      run->result->deleted++;
      return;
    }
  if (record->etag == NULL)
    {
      conflict (run, record->uid);
      return;
    }
  if (!ct_dav_send (&run->dav, "DELETE", record->href, NULL, NULL, NULL, record->etag, FALSE,
                    &reply, &error))
    {
      queue (run, record->uid, record->href, record, error);
      return;
    }
  if (reply.status == CT_HTTP_PRECONDITION_FAILED)
    {
      conflict (run, record->uid);
      return;
    }
  if (!CT_HTTP_IS_SUCCESSFUL (reply.status) && reply.status != CT_HTTP_NOT_FOUND)
    {
      ct_dav_status_error (&run->dav, record->href, reply.status, &error);
      queue (run, record->uid, record->href, record, error);
      return;
    }
  if (run->store_error == NULL)
    ct_store_forget_published (run->store, run->id, run->collection, record->uid,
                               &run->store_error);
  run->result->deleted++;
}

static char *
calendar_display_name (const CtProgramme *programme)
{
  g_autofree char *subtitle = ct_programme_dup_subtitle (programme);
  g_autofree char *body = NULL;

  if (programme->issuing_body == NULL || ct_text_is_blank (programme->issuing_body))
    return g_strdup_printf ("Chương trình %s", subtitle);
  body = ct_text_collapse_spaces (programme->issuing_body);
  return g_strdup_printf ("%s - Chương trình %s", body, subtitle);
}

/* What the server holds, by key. A transient failure stops the run (the events are
 * queued); a wrong address or password is the publish's error. */
static gboolean
read_server (CtPublishRun      *run,
             const CtProgramme *programme,
             CtPublishMode      mode,
             gboolean           create,
             GError           **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GPtrArray) found = NULL;
  guint status = 0;

  if (mode == CT_PUBLISH_FILE)
    {
      g_auto(CtDavReply) reply = { 0 };

      if (!ct_dav_send (&run->dav, "HEAD", run->collection, NULL, NULL, NULL, NULL, FALSE,
                        &reply, &local_error))
        goto failed;
      if (reply.status == CT_HTTP_NOT_FOUND)
        return TRUE;
      if (!CT_HTTP_IS_SUCCESSFUL (reply.status))
        {
          ct_dav_status_error (&run->dav, run->collection, reply.status, &local_error);
          goto failed;
        }
      found = g_ptr_array_new_with_free_func ((GDestroyNotify) ct_dav_resource_free);
      g_ptr_array_add (found, g_new0 (CtDavResource, 1));
      ((CtDavResource *) found->pdata[0])->key = ct_dav_key (run->collection);
      ((CtDavResource *) found->pdata[0])->etag = g_steal_pointer (&reply.etag);
    }
  else
    {
      found = ct_dav_propfind (&run->dav, run->collection, "1",
                               "<d:resourcetype/><d:getetag/>", &status, &local_error);
      if (found == NULL && create &&
          g_error_matches (local_error, CT_PUBLISH_ERROR, CT_PUBLISH_ERROR_NOT_FOUND))
        {
          g_autofree char *name = calendar_display_name (programme);

          g_clear_error (&local_error);
          if (!ct_dav_make_calendar (&run->dav, run->collection, name, &local_error))
            goto failed;
          return TRUE;
        }
      if (found == NULL)
        goto failed;
      if (found->len == 0 || !((CtDavResource *) found->pdata[0])->calendar)
        {
          g_set_error (error, CT_PUBLISH_ERROR, CT_PUBLISH_ERROR_NOT_CALENDAR,
                       /* Translators: %s is the address the user gave. */
                       _("“%s” is not a calendar. Give the address of a calendar (congtac-cli "
                         "lists them when given the server's address), or publish with "
                         "--create to make one there."), run->dav.display_url);
          return FALSE;
        }
    }
  for (guint i = 0; i < found->len; i++)
    {
      CtDavResource *r = g_ptr_array_index (found, i);

      g_hash_table_replace (run->server, g_strdup (r->key), r);
    }
  g_ptr_array_set_free_func (found, NULL);
  return TRUE;

failed:
  if (g_error_matches (local_error, CT_PUBLISH_ERROR, CT_PUBLISH_ERROR_NETWORK) ||
      g_error_matches (local_error, CT_PUBLISH_ERROR, CT_PUBLISH_ERROR_SERVER))
    {
      run->stopped = TRUE;
      run->result->error = g_steal_pointer (&local_error);
      return TRUE;
    }
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

/* Longest resource name kept readable, in bytes once encoded: a server may store each
 * resource as a file, and file names end at 255 bytes. */
#define MAX_READABLE_NAME 200

/* Whether a server that stores resources as files can take @uid, decoded, as a file
 * name: no path separator, no hidden name, no control character. */
static gboolean
uid_fits_file_name (const char *uid)
{
  if (*uid == '\0' || *uid == '.')
    return FALSE;
  for (const char *c = uid; *c != '\0'; c++)
    if (*c == '/' || *c == '\\' || (guchar) *c < 0x20 || *c == 0x7f)
      return FALSE;
  return TRUE;
}

/*
 * ct_publish_resource_name:
 * @uid: an event's UID
 *
 * The name of the event's resource in the collection, as it goes into its href: the UID
 * and ".ics" (RFC 4791 allows any name; the UID is what clients show), every byte but
 * letters, digits, "-", ".", "_", "~" and "@" percent-encoded. Another calendar's UID can
 * hold anything: one a server would take as a path (a "/", a leading "."), with control
 * characters, or too long once encoded gets the SHA-256 of the UID (hex) instead.
 *
 * Returns: (transfer full): the name, encoded
 */
char *
ct_publish_resource_name (const char *uid)
{
  GString *name = g_string_new (NULL);

  if (uid_fits_file_name (uid))
    for (const guchar *c = (const guchar *) uid; *c != '\0'; c++)
      {
        if (g_ascii_isalnum (*c) || strchr ("-._~@", *c) != NULL)
          g_string_append_c (name, (char) *c);
        else
          g_string_append_printf (name, "%%%02X", *c);
      }
  if (name->len == 0 || name->len > MAX_READABLE_NAME)
    {
      g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, uid, -1);

      g_string_assign (name, hash);
    }
  g_string_append (name, ".ics");
  return g_string_free (name, FALSE);
}

static gboolean
publish_events (CtPublishRun             *run,
                const CtProgramme        *programme,
                const CtIcsExportOptions *options,
                GError                  **error)
{
  g_autoptr(GPtrArray) files = ct_ics_export_events (programme, options, error);
  g_autoptr(GHashTable) kept = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTableIter iter;
  CtPublishedEvent *record;

  if (files == NULL)
    return FALSE;
  run->total = files->len;
  for (guint i = 0; i < files->len; i++)
    {
      CtIcsEventFile *file = g_ptr_array_index (files, i);
      g_autofree char *name = ct_publish_resource_name (file->uid);
      g_autofree char *href = g_strconcat (run->collection, name, NULL);

      g_hash_table_add (kept, file->uid);
      publish_event (run, file->uid, file->title, href, file->sequence, file->text,
                     file->hash);
      progress (run);
    }
  g_hash_table_iter_init (&iter, run->records);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &record))
    if (!g_hash_table_contains (kept, record->uid))
      delete_event (run, record);
  return TRUE;
}

/* The hash of what the file says: its time stamps change at every save of the
 * programme, whatever changed. */
static char *
file_hash (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\r\n", -1);
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);

  for (guint i = 0; lines[i] != NULL; i++)
    if (!g_str_has_prefix (lines[i], "DTSTAMP:") && !g_str_has_prefix (lines[i], "LAST-MODIFIED:"))
      {
        g_checksum_update (checksum, (const guchar *) lines[i], -1);
        g_checksum_update (checksum, (const guchar *) "\n", 1);
      }
  return g_strdup (g_checksum_get_string (checksum));
}

/* The whole calendar file at one URL. Its DTSTAMP is the programme's last save, so that
 * the same programme gives the same file. */
static gboolean
publish_file (CtPublishRun             *run,
              const CtProgramme        *programme,
              const CtIcsExportOptions *options,
              GError                  **error)
{
  CtIcsExportOptions fixed = *options;
  g_autofree char *text = NULL;
  g_autofree char *hash = NULL;
  g_autofree char *title = NULL;

  fixed.now = programme->modified > 0 ? programme->modified : options->now;
  text = ct_ics_export (programme, &fixed, error);
  if (text == NULL)
    return FALSE;
  hash = file_hash (text);
  title = calendar_display_name (programme);
  run->total = 1;
  publish_event (run, "", title, run->collection, 0, text, hash);
  progress (run);
  return TRUE;
}

static gboolean
load_records (CtPublishRun  *run,
              GError       **error)
{
  GPtrArray *records = ct_store_list_published (run->store, run->id, run->collection, error);

  if (records == NULL)
    return FALSE;
  for (guint i = 0; i < records->len; i++)
    {
      CtPublishedEvent *record = g_ptr_array_index (records, i);

      g_hash_table_replace (run->records, record->uid, record);
    }
  g_ptr_array_set_free_func (records, NULL);
  g_ptr_array_unref (records);
  return TRUE;
}

static void
run_clear (CtPublishRun *run)
{
  ct_publisher_dav_clear (&run->dav);
  g_free (run->collection);
  g_clear_pointer (&run->server, g_hash_table_unref);
  g_clear_pointer (&run->records, g_hash_table_unref);
  g_clear_pointer (&run->result, ct_publish_result_free);
  g_clear_error (&run->store_error);
}

/**
 * ct_publisher_publish:
 * @self: a publisher
 * @store: the store that keeps what was published (the programme's must be saved)
 * @programme: the programme, as saved in @store
 * @mode: each event as a resource of a calendar, or one calendar file
 * @create: make the calendar (MKCALENDAR) when the address has none
 * @options: (nullable): what to export, as ct_ics_export(); %NULL for the defaults
 * @cancellable: (nullable): a cancellable
 * @error: return location for a #CT_PUBLISH_ERROR, #CT_ICS_ERROR or #CT_STORE_ERROR
 *
 * Brings the server's copy of the programme up to date, sending only what changed since
 * the last publish to the same address: each event as `UID.ics`, created with
 * `If-None-Match: *`, updated with `If-Match` on the ETag last seen, removed with DELETE
 * when the programme no longer has it. An event changed on the server by someone else is
 * never overwritten: it is counted as a conflict. A request that fails (offline, the
 * server's error) leaves its event pending; the next publish makes it. A publish that
 * left nothing pending is recorded in @store as the last (ct_store_get_last_published()).
 *
 * Returns: (transfer full): what was done, its @error set when the publish stopped early
 *   (the server unreachable, the password refused…); %NULL with @error set when nothing
 *   could be tried (no calendar at the address, the programme cannot be exported, the
 *   database cannot be written)
 */
CtPublishResult *
ct_publisher_publish (CtPublisher              *self,
                      CtStore                  *store,
                      const CtProgramme        *programme,
                      CtPublishMode             mode,
                      gboolean                  create,
                      const CtIcsExportOptions *options,
                      GCancellable             *cancellable,
                      GError                  **error)
{
  CtPublishRun run = { self };
  CtIcsExportOptions defaults;
  gboolean ok;

  g_return_val_if_fail (CT_IS_PUBLISHER (self), NULL);
  g_return_val_if_fail (CT_IS_STORE (store), NULL);
  g_return_val_if_fail (programme != NULL && programme->id > 0, NULL);

  if (options == NULL)
    {
      ct_ics_export_options_init (&defaults);
      options = &defaults;
    }
  ct_publisher_dav_init (self, &run.dav, cancellable);
  run.store = store;
  run.id = programme->id;
  run.collection = mode == CT_PUBLISH_FILE ? g_strdup (self->url) : ct_publisher_collection_url (self);
  run.server = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                      (GDestroyNotify) ct_dav_resource_free);
  run.records = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                       (GDestroyNotify) ct_published_event_free);
  run.result = g_new0 (CtPublishResult, 1);
  run.result->conflicts = g_ptr_array_new_with_free_func (g_free);
  ok = load_records (&run, error) && read_server (&run, programme, mode, create, error) &&
       (mode == CT_PUBLISH_FILE ? publish_file (&run, programme, options, error)
                                : publish_events (&run, programme, options, error));
  if (ok && run.store_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&run.store_error));
      ok = FALSE;
    }
  /* Only a publish that sent everything is "published": the app tells it after a
   * restart. */
  if (ok && run.result->error == NULL && run.result->queued == 0)
    ok = ct_store_set_last_published (store, programme->id, run.collection,
                                      g_get_real_time () / G_USEC_PER_SEC, error);
  if (ok)
    {
      CtPublishResult *result = g_steal_pointer (&run.result);

      run_clear (&run);
      return result;
    }
  run_clear (&run);
  return NULL;
}
