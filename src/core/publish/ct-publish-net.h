/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* HTTP and the keyring, through libsoup and libsecret in the module
 * libcongtac-publish.so (ct-publish-net-module.c): they and what they bring (Kerberos,
 * libgcrypt, HTTP/2, public suffixes …) are loaded only when the app first publishes or
 * reads a password, not at start. The table is as thin as the two libraries: what is
 * sent, and every message, stay with the publish layer and its callers. */

typedef struct _CtHttpSession CtHttpSession;

typedef struct
{
  CtHttpSession *(*session_new)  (guint          timeout,
                                  const char    *user_agent);
  void           (*session_free) (CtHttpSession *session);
  /* Makes one request and reads the whole answer into @body. A 401 challenge is
   * answered once with @user and @password when both are given, and the session answers
   * it before being asked from then on. %FALSE on a transport failure with libsoup's
   * error, or with a #G_URI_ERROR when @url is no http(s) address. */
  gboolean       (*send)         (CtHttpSession *session,
                                  const char    *method,
                                  const char    *url,
                                  const char    *content_type,
                                  const char    *request_body,
                                  const char    *depth,
                                  const char    *if_match,
                                  gboolean       if_none_match,
                                  const char    *user,
                                  const char    *password,
                                  GCancellable  *cancellable,
                                  guint         *status,
                                  char         **etag,
                                  GBytes       **body,
                                  GError       **error);
  /* The status's English name ("Internal Server Error"). */
  const char    *(*status_phrase) (guint         status);

  /* The Secret Service's item of a calendar server's address and user (the one
   * `secret-tool store --label=Congtac url URL user NAME` makes). */
  void           (*password_store)        (const char          *url,
                                           const char          *user,
                                           const char          *label,
                                           const char          *password,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);
  gboolean       (*password_store_finish) (GAsyncResult        *result,
                                           GError             **error);
  void           (*password_clear)        (const char          *url,
                                           const char          *user,
                                           GCancellable        *cancellable);
  void           (*password_lookup)       (const char          *url,
                                           const char          *user,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);
  /* A copy of the password, or %NULL when there is none; the keyring's own copy is
   * wiped. */
  char          *(*password_lookup_finish) (GAsyncResult       *result,
                                            GError            **error);
  char          *(*password_lookup_sync)   (const char         *url,
                                            const char         *user,
                                            GCancellable       *cancellable,
                                            GError            **error);
} CtPublishNetFuncs;

#define CT_PUBLISH_NET_MODULE "congtac-publish"
#define CT_PUBLISH_NET_MODULE_FUNCS "ct_publish_net_module_funcs"

const CtPublishNetFuncs *ct_publish_net_get_funcs   (GError **error);
gboolean                 ct_publish_has_session_bus (void);
void                     ct_publish_password_wipe   (char    *password);

G_END_DECLS
