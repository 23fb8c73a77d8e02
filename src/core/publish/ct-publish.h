/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ct-ics-export.h"
#include "ct-publish-enum-types.h"
#include "ct-store.h"

G_BEGIN_DECLS

/**
 * CT_PUBLISH_ERROR:
 *
 * Error domain of publishing to a calendar server. Messages are translated, meant to be
 * shown as they are, and never hold a password.
 */
#define CT_PUBLISH_ERROR (ct_publish_error_quark ())

/**
 * CtPublishError:
 * @CT_PUBLISH_ERROR_BAD_URL: the address is not an http:// or https:// URL
 * @CT_PUBLISH_ERROR_NETWORK: the server cannot be reached (offline, refused, timed out)
 * @CT_PUBLISH_ERROR_TLS: the server's certificate is not trusted
 * @CT_PUBLISH_ERROR_AUTH: the server refused the user name or password
 * @CT_PUBLISH_ERROR_NOT_FOUND: no calendar at that address (and none was to be created)
 * @CT_PUBLISH_ERROR_NOT_CALENDAR: the address is not a calendar collection
 * @CT_PUBLISH_ERROR_SERVER: the server answered with an error
 * @CT_PUBLISH_ERROR_NO_PASSWORD: a user name was given but no password is known
 */
typedef enum {
  CT_PUBLISH_ERROR_BAD_URL,
  CT_PUBLISH_ERROR_NETWORK,
  CT_PUBLISH_ERROR_TLS,
  CT_PUBLISH_ERROR_AUTH,
  CT_PUBLISH_ERROR_NOT_FOUND,
  CT_PUBLISH_ERROR_NOT_CALENDAR,
  CT_PUBLISH_ERROR_SERVER,
  CT_PUBLISH_ERROR_NO_PASSWORD,
} CtPublishError;

/**
 * CtPublishMode:
 * @CT_PUBLISH_EVENTS: each event is a resource `UID.ics` of a CalDAV calendar collection
 * @CT_PUBLISH_FILE: the whole calendar file is put at one WebDAV URL, for phones that
 *   subscribe to it
 */
typedef enum {
  CT_PUBLISH_EVENTS,
  CT_PUBLISH_FILE,
} CtPublishMode;

/**
 * CtPublishStats:
 * @requests: HTTP requests made (an authentication challenge answered counts once)
 * @listings: PROPFIND and HEAD requests
 * @puts: PUT requests
 * @deletes: DELETE requests
 * @mkcalendars: MKCALENDAR requests
 *
 * What a publisher sent, for tests and benchmarks.
 */
typedef struct
{
  guint requests;
  guint listings;
  guint puts;
  guint deletes;
  guint mkcalendars;
} CtPublishStats;

/**
 * CtPublishResult:
 * @created: events created on the server
 * @updated: events sent again because they changed
 * @deleted: events removed from the server because the programme no longer has them
 * @unchanged: events the server already had as they are: nothing was sent
 * @conflicted: events changed on the server by someone else: the server's copy was kept
 * @queued: events whose request could not be made: the next publish makes it
 * @conflicts: (element-type utf8): a translated sentence for each conflict
 * @error: (nullable): why the publish stopped before its end (offline, password…)
 *
 * What one publish did.
 */
typedef struct
{
  guint created;
  guint updated;
  guint deleted;
  guint unchanged;
  guint conflicted;
  guint queued;
  GPtrArray *conflicts;
  GError *error;
} CtPublishResult;

void ct_publish_result_free (CtPublishResult *result);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtPublishResult, ct_publish_result_free)

/**
 * CtPublishCalendar:
 * @url: the calendar collection's absolute URL
 * @display_name: (nullable): its name as the server shows it
 *
 * A calendar found by ct_publisher_discover().
 */
typedef struct
{
  char *url;
  char *display_name;
} CtPublishCalendar;

void ct_publish_calendar_free (CtPublishCalendar *calendar);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtPublishCalendar, ct_publish_calendar_free)

/**
 * CtPublishProgressFunc:
 * @done: events dealt with so far
 * @total: events to deal with
 * @user_data: data given with the function
 *
 * Called in the thread that publishes, after each event.
 */
typedef void (*CtPublishProgressFunc) (guint    done,
                                       guint    total,
                                       gpointer user_data);

#define CT_TYPE_PUBLISHER (ct_publisher_get_type ())
G_DECLARE_FINAL_TYPE (CtPublisher, ct_publisher, CT, PUBLISHER, GObject)

GQuark       ct_publish_error_quark      (void);
CtPublisher *ct_publisher_new            (const char            *url,
                                          const char            *user,
                                          const char            *password,
                                          GError               **error);
const char  *ct_publisher_get_url        (CtPublisher           *self);
char        *ct_publisher_dup_display_url (CtPublisher          *self);
void         ct_publisher_set_progress   (CtPublisher           *self,
                                          CtPublishProgressFunc  func,
                                          gpointer               user_data);
void         ct_publisher_get_stats      (CtPublisher           *self,
                                          CtPublishStats        *stats);
void         ct_publisher_reset_stats    (CtPublisher           *self);

GPtrArray   *ct_publisher_discover       (CtPublisher           *self,
                                          GCancellable          *cancellable,
                                          GError               **error);
char        *ct_publisher_dup_home       (CtPublisher           *self,
                                          GCancellable          *cancellable,
                                          GError               **error);
gboolean     ct_publisher_make_calendar  (CtPublisher           *self,
                                          const char            *display_name,
                                          GCancellable          *cancellable,
                                          GError               **error);
CtPublishResult *ct_publisher_publish    (CtPublisher              *self,
                                          CtStore                  *store,
                                          const CtProgramme        *programme,
                                          CtPublishMode             mode,
                                          gboolean                  create,
                                          const CtIcsExportOptions *options,
                                          GCancellable             *cancellable,
                                          GError                  **error);

void         ct_publisher_discover_async  (CtPublisher          *self,
                                           GCancellable         *cancellable,
                                           GAsyncReadyCallback   callback,
                                           gpointer              user_data);
GPtrArray   *ct_publisher_discover_finish (CtPublisher          *self,
                                           GAsyncResult         *result,
                                           GError              **error);
void         ct_publisher_publish_async   (CtPublisher              *self,
                                           CtStore                  *store,
                                           const CtProgramme        *programme,
                                           CtPublishMode             mode,
                                           gboolean                  create,
                                           const CtIcsExportOptions *options,
                                           GCancellable             *cancellable,
                                           GAsyncReadyCallback       callback,
                                           gpointer                  user_data);
CtPublishResult *ct_publisher_publish_finish (CtPublisher       *self,
                                              GAsyncResult      *result,
                                              GError           **error);

G_END_DECLS
