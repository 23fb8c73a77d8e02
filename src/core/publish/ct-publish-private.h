/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ct-publish.h"
#include "ct-publish-net.h"

G_BEGIN_DECLS

/* Seconds without an answer before a request counts as failed (and stays pending). */
#define CT_PUBLISH_TIMEOUT 30

/* The HTTP statuses the layer reads (RFC 9110, RFC 4918). */
#define CT_HTTP_MULTI_STATUS 207
#define CT_HTTP_UNAUTHORIZED 401
#define CT_HTTP_FORBIDDEN 403
#define CT_HTTP_NOT_FOUND 404
#define CT_HTTP_PRECONDITION_FAILED 412
#define CT_HTTP_IS_SUCCESSFUL(status) ((status) >= 200 && (status) < 300)

/* Shared by ct-publish.c (what to send) and ct-publish-dav.c (how: HTTP and WebDAV). */

/*
 * CtDav:
 * @session: (nullable): a session of the calling thread (a publish runs in one thread),
 *   made by the first request
 * @user: (nullable): the user name
 * @password: (nullable): the password, given only to the HTTP authentication
 * @stats: counts what is sent
 * @stats_lock: guards @stats, read from other threads
 * @cancellable: (nullable): stops the requests
 * @display_url: the URL as messages show it (never a password)
 */
typedef struct
{
  CtHttpSession *session;
  const char *user;
  const char *password;
  CtPublishStats *stats;
  GMutex *stats_lock;
  GCancellable *cancellable;
  const char *display_url;
} CtDav;

/*
 * CtDavReply:
 * @status: the HTTP status
 * @etag: (nullable): the ETag header of the answer
 * @body: (nullable): the answer's body
 */
typedef struct
{
  guint status;
  char *etag;
  GBytes *body;
} CtDavReply;

void ct_dav_reply_clear (CtDavReply *reply);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CtDavReply, ct_dav_reply_clear)

/*
 * CtDavResource:
 * @url: the absolute URL of the response's href
 * @key: the URL's path, percent-decoded: what two spellings of one href share
 * @etag: (nullable): DAV:getetag
 * @collection: DAV:resourcetype has DAV:collection
 * @calendar: DAV:resourcetype has CALDAV:calendar
 * @display_name: (nullable): DAV:displayname
 * @principal: (nullable): DAV:current-user-principal's href, absolute
 * @home: (nullable): CALDAV:calendar-home-set's href, absolute
 */
typedef struct
{
  char *url;
  char *key;
  char *etag;
  gboolean collection;
  gboolean calendar;
  char *display_name;
  char *principal;
  char *home;
} CtDavResource;

void ct_dav_resource_free (CtDavResource *resource);

gboolean   ct_dav_send      (CtDav       *dav,
                             const char  *method,
                             const char  *url,
                             const char  *content_type,
                             const char  *body,
                             const char  *depth,
                             const char  *if_match,
                             gboolean     if_none_match,
                             CtDavReply  *reply,
                             GError     **error);
GPtrArray *ct_dav_propfind  (CtDav       *dav,
                             const char  *url,
                             const char  *depth,
                             const char  *props,
                             guint       *status,
                             GError     **error);
char      *ct_dav_key       (const char  *url);
gboolean   ct_dav_status_error (CtDav       *dav,
                                const char  *url,
                                guint        status,
                                GError     **error);

char *ct_publish_resource_name (const char *uid);

/**
 * CtPublisher:
 *
 * Publishes programmes to one address of a calendar server (CalDAV, RFC 4791, or a
 * WebDAV folder for a calendar file) with one user name. Each call makes its own HTTP
 * session in the thread it runs in, so the _async() functions run in worker threads while
 * the caller's thread never waits on the network.
 */
struct _CtPublisher
{
  GObject parent_instance;

  char *url;
  char *display_url;
  char *user;
  char *password;
  CtPublishStats stats;
  GMutex stats_lock;
  CtPublishProgressFunc progress;
  gpointer progress_data;
};

void  ct_publisher_dav_init       (CtPublisher  *self,
                                   CtDav        *dav,
                                   GCancellable *cancellable);
void  ct_publisher_dav_clear      (CtDav        *dav);
char *ct_publisher_collection_url (CtPublisher  *self);
gboolean ct_dav_make_calendar     (CtDav        *dav,
                                   const char   *url,
                                   const char   *display_name,
                                   GError      **error);


G_END_DECLS
