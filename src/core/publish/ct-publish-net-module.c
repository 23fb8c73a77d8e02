/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-publish"

#include <gmodule.h>
#include <libsecret/secret.h>
#include <libsoup/soup.h>
#include <string.h>

#include "ct-publish-net.h"

/* libsoup and libsecret for the publish layer, loaded when first needed (ct-publish-net.h).
 * Links only them and GLib. */

G_MODULE_EXPORT const CtPublishNetFuncs *ct_publish_net_module_funcs (void);

static CtHttpSession *
net_session_new (guint       timeout,
                 const char *user_agent)
{
  return (CtHttpSession *) soup_session_new_with_options ("timeout", timeout,
                                                          "user-agent", user_agent, NULL);
}

static void
net_session_free (CtHttpSession *session)
{
  g_clear_object (&session);
}

/* The challenge of a 401 answer, kept to answer it with a new message: libsoup would
 * send the same message again, but without the body it has already read out. */
static gboolean
on_authenticate (SoupMessage  *message,
                 SoupAuth     *auth,
                 gboolean      retrying,
                 SoupAuth    **challenge)
{
  if (!retrying && *challenge == NULL)
    *challenge = g_object_ref (auth);
  return FALSE;
}

static SoupMessage *
new_message (const char *method,
             const char *url,
             const char *content_type,
             const char *body,
             const char *depth,
             const char *if_match,
             gboolean    if_none_match)
{
  SoupMessage *message = soup_message_new (method, url);
  SoupMessageHeaders *headers;

  if (message == NULL)
    return NULL;
  headers = soup_message_get_request_headers (message);
  if (depth != NULL)
    soup_message_headers_replace (headers, "Depth", depth);
  if (if_match != NULL)
    soup_message_headers_replace (headers, "If-Match", if_match);
  if (if_none_match)
    soup_message_headers_replace (headers, "If-None-Match", "*");
  if (body != NULL)
    {
      g_autoptr(GBytes) bytes = g_bytes_new (body, strlen (body));

      soup_message_set_request_body_from_bytes (message, content_type, bytes);
    }
  return message;
}

static gboolean
net_send (CtHttpSession  *http,
          const char     *method,
          const char     *url,
          const char     *content_type,
          const char     *request_body,
          const char     *depth,
          const char     *if_match,
          gboolean        if_none_match,
          const char     *user,
          const char     *password,
          GCancellable   *cancellable,
          guint          *status,
          char          **etag,
          GBytes        **body,
          GError        **error)
{
  SoupSession *session = SOUP_SESSION (http);
  g_autoptr(SoupMessage) message = NULL;

  for (guint attempt = 0;; attempt++)
    {
      g_autoptr(SoupAuth) challenge = NULL;

      g_clear_object (&message);
      message = new_message (method, url, content_type, request_body, depth, if_match,
                             if_none_match);
      if (message == NULL)
        {
          g_set_error (error, G_URI_ERROR, G_URI_ERROR_FAILED, "%s", url);
          return FALSE;
        }
      g_signal_connect (message, "authenticate", G_CALLBACK (on_authenticate), &challenge);
      g_clear_pointer (body, g_bytes_unref);
      *body = soup_session_send_and_read (session, message, cancellable, error);
      if (*body == NULL)
        return FALSE;
      if (soup_message_get_status (message) != SOUP_STATUS_UNAUTHORIZED || attempt > 0 ||
          challenge == NULL || user == NULL || password == NULL)
        break;
      /* The session answers the challenge from now on, before being asked. */
      soup_auth_authenticate (challenge, user, password);
      soup_auth_manager_use_auth (SOUP_AUTH_MANAGER (soup_session_get_feature (
                                                       session, SOUP_TYPE_AUTH_MANAGER)),
                                  soup_message_get_uri (message), challenge);
    }
  *status = soup_message_get_status (message);
  *etag = g_strdup (soup_message_headers_get_one (soup_message_get_response_headers (message),
                                                  "ETag"));
  return TRUE;
}

static const SecretSchema password_schema = {
  "io.github.congtac.Congtac.CalDAV", SECRET_SCHEMA_NONE,
  {
    { "url", SECRET_SCHEMA_ATTRIBUTE_STRING },
    { "user", SECRET_SCHEMA_ATTRIBUTE_STRING },
    { NULL, 0 },
  },
};

static void
net_password_store (const char          *url,
                    const char          *user,
                    const char          *label,
                    const char          *password,
                    GCancellable        *cancellable,
                    GAsyncReadyCallback  callback,
                    gpointer             user_data)
{
  secret_password_store (&password_schema, SECRET_COLLECTION_DEFAULT, label, password,
                         cancellable, callback, user_data, "url", url, "user", user, NULL);
}

static void
net_password_clear (const char   *url,
                    const char   *user,
                    GCancellable *cancellable)
{
  secret_password_clear (&password_schema, cancellable, NULL, NULL,
                         "url", url, "user", user, NULL);
}

static void
net_password_lookup (const char          *url,
                     const char          *user,
                     GCancellable        *cancellable,
                     GAsyncReadyCallback  callback,
                     gpointer             user_data)
{
  secret_password_lookup (&password_schema, cancellable, callback, user_data,
                          "url", url, "user", user, NULL);
}

static char *
copy_secret (char *secret)
{
  char *password;

  if (secret == NULL)
    return NULL;
  password = g_strdup (secret);
  secret_password_free (secret);
  return password;
}

static char *
net_password_lookup_finish (GAsyncResult  *result,
                            GError       **error)
{
  return copy_secret (secret_password_lookup_finish (result, error));
}

static char *
net_password_lookup_sync (const char    *url,
                          const char    *user,
                          GCancellable  *cancellable,
                          GError       **error)
{
  return copy_secret (secret_password_lookup_sync (&password_schema, cancellable, error,
                                                   "url", url, "user", user, NULL));
}

/* The module's one entry point (see ct_publish_net_get_funcs()). */
G_MODULE_EXPORT const CtPublishNetFuncs *
ct_publish_net_module_funcs (void)
{
  static const CtPublishNetFuncs funcs = {
    net_session_new,
    net_session_free,
    net_send,
    soup_status_get_phrase,
    net_password_store,
    secret_password_store_finish,
    net_password_clear,
    net_password_lookup,
    net_password_lookup_finish,
    net_password_lookup_sync,
  };

  return &funcs;
}
