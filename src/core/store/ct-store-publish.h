/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ct-store.h"

G_BEGIN_DECLS

/**
 * CtPublishedEvent:
 * @uid: the event's UID, or "" for a whole calendar file put at one URL
 * @href: the resource's absolute URL
 * @etag: (nullable): the ETag the server gave what was sent, %NULL when unknown
 * @sequence: the SEQUENCE sent
 * @hash: (nullable): the hash of what was sent (without its time stamps), %NULL when
 *   nothing was sent yet
 * @pending: a request for this event could not be made or failed: the next publish
 *   makes it again
 *
 * What the store remembers of one event published to a calendar collection.
 */
typedef struct
{
  char *uid;
  char *href;
  char *etag;
  guint sequence;
  char *hash;
  gboolean pending;
} CtPublishedEvent;

void       ct_published_event_free    (CtPublishedEvent *event);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtPublishedEvent, ct_published_event_free)

GPtrArray *ct_store_list_published    (CtStore                *self,
                                       gint64                  programme_id,
                                       const char             *collection,
                                       GError                **error);
gboolean   ct_store_set_published     (CtStore                *self,
                                       gint64                  programme_id,
                                       const char             *collection,
                                       const CtPublishedEvent *event,
                                       GError                **error);
gboolean   ct_store_forget_published  (CtStore                *self,
                                       gint64                  programme_id,
                                       const char             *collection,
                                       const char             *uid,
                                       GError                **error);
gboolean   ct_store_set_last_published (CtStore             *self,
                                        gint64               programme_id,
                                        const char          *collection,
                                        gint64               when,
                                        GError             **error);
gint64     ct_store_get_last_published (CtStore             *self,
                                        gint64               programme_id,
                                        const char          *collection,
                                        GError             **error);

G_END_DECLS
