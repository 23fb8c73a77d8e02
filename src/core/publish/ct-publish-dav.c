/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-publish"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <string.h>

#include "ct-publish-private.h"

#define DAV_NS "DAV:"
#define CALDAV_NS "urn:ietf:params:xml:ns:caldav"

void
ct_dav_reply_clear (CtDavReply *reply)
{
  g_clear_pointer (&reply->etag, g_free);
  g_clear_pointer (&reply->body, g_bytes_unref);
  reply->status = 0;
}

void
ct_dav_resource_free (CtDavResource *resource)
{
  if (resource == NULL)
    return;
  g_free (resource->url);
  g_free (resource->key);
  g_free (resource->etag);
  g_free (resource->display_name);
  g_free (resource->principal);
  g_free (resource->home);
  g_free (resource);
}

static void
count (CtDav      *dav,
       const char *method)
{
  g_mutex_lock (dav->stats_lock);
  dav->stats->requests++;
  if (g_str_equal (method, "PUT"))
    dav->stats->puts++;
  else if (g_str_equal (method, "DELETE"))
    dav->stats->deletes++;
  else if (g_str_equal (method, "MKCALENDAR"))
    dav->stats->mkcalendars++;
  else
    dav->stats->listings++;
  g_mutex_unlock (dav->stats_lock);
}

static void
set_transport_error (CtDav   *dav,
                     GError  *cause,
                     GError **error)
{
  if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_propagate_error (error, g_error_copy (cause));
  else if (cause->domain == G_TLS_ERROR)
    g_set_error (error, CT_PUBLISH_ERROR, CT_PUBLISH_ERROR_TLS,
                 /* Translators: %s is the server's address. */
                 _("The calendar server “%s” has a security certificate this computer does "
                   "not trust, so nothing was sent to it. Check the address with whoever "
                   "runs the server."), dav->display_url);
  else
    g_set_error (error, CT_PUBLISH_ERROR, CT_PUBLISH_ERROR_NETWORK,
                 /* Translators: %1$s is the server's address, %2$s the system's reason. */
                 _("Cannot reach the calendar server “%1$s” (%2$s). Check the network; what "
                   "was not sent is sent at the next publish."), dav->display_url,
                 cause->message);
}

/**
 * ct_dav_status_error:
 *
 * Sets @error for an answer the caller did not expect. Always returns FALSE.
 */
gboolean
ct_dav_status_error (CtDav       *dav,
                     const char  *url,
                     guint        status,
                     GError     **error)
{
  if (status == CT_HTTP_UNAUTHORIZED || status == CT_HTTP_FORBIDDEN)
    g_set_error (error, CT_PUBLISH_ERROR, CT_PUBLISH_ERROR_AUTH,
                 /* Translators: %s is the server's address. */
                 _("The calendar server “%s” refused the user name or password. Check them, "
                   "then publish again."), dav->display_url);
  else if (status == CT_HTTP_NOT_FOUND)
    g_set_error (error, CT_PUBLISH_ERROR, CT_PUBLISH_ERROR_NOT_FOUND,
                 /* Translators: %s is the calendar's address; keep “--create”. */
                 _("There is no calendar at “%s”. Check the address, or publish with "
                   "--create to make a new calendar there."), dav->display_url);
  else
    g_set_error (error, CT_PUBLISH_ERROR, CT_PUBLISH_ERROR_SERVER,
                 /* Translators: %1$s is the server's address, %2$u an HTTP status code and
                  * %3$s its English name, e.g. "500 Internal Server Error". */
                 _("The calendar server “%1$s” answered “%2$u %3$s”. What was not sent is "
                   "sent at the next publish; if this goes on, ask whoever runs the server."),
                 dav->display_url, status, ct_publish_net_get_funcs (NULL)->status_phrase (status));
  return FALSE;
}

/**
 * ct_dav_send:
 *
 * Makes one request and reads the whole answer. A transport failure, a refused
 * certificate and a refused password are errors; any other status is the caller's.
 */
gboolean
ct_dav_send (CtDav       *dav,
             const char  *method,
             const char  *url,
             const char  *content_type,
             const char  *body,
             const char  *depth,
             const char  *if_match,
             gboolean     if_none_match,
             CtDavReply  *reply,
             GError     **error)
{
  const CtPublishNetFuncs *net = ct_publish_net_get_funcs (error);
  g_autoptr(GError) local_error = NULL;

  if (net == NULL)
    return FALSE;
  if (dav->session == NULL)
    dav->session = net->session_new (CT_PUBLISH_TIMEOUT, "Congtac/" PACKAGE_VERSION);
  count (dav, method);
  g_clear_pointer (&reply->etag, g_free);
  if (!net->send (dav->session, method, url, content_type, body, depth, if_match,
                  if_none_match, dav->user, dav->password, dav->cancellable, &reply->status,
                  &reply->etag, &reply->body, &local_error))
    {
      if (local_error->domain == G_URI_ERROR)
        g_set_error (error, CT_PUBLISH_ERROR, CT_PUBLISH_ERROR_BAD_URL,
                     /* Translators: %s is what the user gave as the address. */
                     _("“%s” is not a web address a calendar can be published to (it "
                       "starts with https:// or http://)."), dav->display_url);
      else
        set_transport_error (dav, local_error, error);
      return FALSE;
    }
  if (reply->status == CT_HTTP_UNAUTHORIZED)
    return ct_dav_status_error (dav, url, reply->status, error);
  return TRUE;
}

/* What two spellings of one resource share: its path, percent-decoded, without a
 * closing slash. */
char *
ct_dav_key (const char *url)
{
  g_autoptr(GUri) uri = g_uri_parse (url, G_URI_FLAGS_ENCODED, NULL);
  char *path;
  gsize length;

  if (uri == NULL)
    return g_strdup (url);
  path = g_uri_unescape_string (g_uri_get_path (uri), NULL);
  if (path == NULL)
    path = g_strdup (g_uri_get_path (uri));
  length = strlen (path);
  if (length > 1 && path[length - 1] == '/')
    path[length - 1] = '\0';
  return path;
}

static gboolean
is_element (xmlNode    *node,
            const char *ns,
            const char *name)
{
  return node->type == XML_ELEMENT_NODE && node->ns != NULL &&
         g_strcmp0 ((const char *) node->ns->href, ns) == 0 &&
         g_strcmp0 ((const char *) node->name, name) == 0;
}

static xmlNode *
child (xmlNode    *node,
       const char *ns,
       const char *name)
{
  for (xmlNode *c = node->children; c != NULL; c = c->next)
    if (is_element (c, ns, name))
      return c;
  return NULL;
}

static char *
text_of (xmlNode *node)
{
  xmlChar *content = node ? xmlNodeGetContent (node) : NULL;
  char *text = content ? g_strstrip (g_strdup ((const char *) content)) : NULL;

  xmlFree (content);
  return text;
}

static char *
resolve (const char *base,
         xmlNode    *href)
{
  g_autofree char *text = text_of (href);

  if (text == NULL || *text == '\0')
    return NULL;
  return g_uri_resolve_relative (base, text, G_URI_FLAGS_ENCODED, NULL);
}

static void
read_prop (CtDavResource *resource,
           const char    *base,
           xmlNode       *prop)
{
  xmlNode *node;

  if ((node = child (prop, DAV_NS, "getetag")) != NULL)
    resource->etag = text_of (node);
  if ((node = child (prop, DAV_NS, "displayname")) != NULL)
    resource->display_name = text_of (node);
  if ((node = child (prop, DAV_NS, "resourcetype")) != NULL)
    {
      resource->collection = child (node, DAV_NS, "collection") != NULL;
      resource->calendar = child (node, CALDAV_NS, "calendar") != NULL;
    }
  if ((node = child (prop, DAV_NS, "current-user-principal")) != NULL)
    resource->principal = resolve (base, child (node, DAV_NS, "href"));
  if ((node = child (prop, CALDAV_NS, "calendar-home-set")) != NULL)
    resource->home = resolve (base, child (node, DAV_NS, "href"));
}

static CtDavResource *
read_response (const char *base,
               xmlNode    *response)
{
  CtDavResource *resource;
  char *url = resolve (base, child (response, DAV_NS, "href"));

  if (url == NULL)
    return NULL;
  resource = g_new0 (CtDavResource, 1);
  resource->url = url;
  resource->key = ct_dav_key (url);
  for (xmlNode *c = response->children; c != NULL; c = c->next)
    {
      g_autofree char *status = NULL;
      xmlNode *prop;

      if (!is_element (c, DAV_NS, "propstat") || (prop = child (c, DAV_NS, "prop")) == NULL)
        continue;
      status = text_of (child (c, DAV_NS, "status"));
      if (status != NULL && strstr (status, " 200") != NULL)
        read_prop (resource, base, prop);
    }
  return resource;
}

static GPtrArray *
parse_multistatus (const char *base,
                   GBytes     *body)
{
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) ct_dav_resource_free);
  gsize length = 0;
  const char *data = g_bytes_get_data (body, &length);
  xmlDoc *doc;
  xmlNode *root;

  if (length == 0 || length > G_MAXINT)
    return out;
  doc = xmlReadMemory (data, (int) length, base, NULL,
                       XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (doc == NULL)
    return out;
  root = xmlDocGetRootElement (doc);
  if (root != NULL && is_element (root, DAV_NS, "multistatus"))
    for (xmlNode *c = root->children; c != NULL; c = c->next)
      {
        CtDavResource *resource;

        if (is_element (c, DAV_NS, "response") && (resource = read_response (base, c)) != NULL)
          g_ptr_array_add (out, resource);
      }
  xmlFreeDoc (doc);
  return out;
}

/**
 * ct_dav_propfind:
 * @props: the inner XML of DAV:prop, with the prefixes d: (DAV:) and c: (CalDAV)
 *
 * Returns: (transfer full): the resources of the multistatus answer; %NULL with @error
 *   (%CT_PUBLISH_ERROR_NOT_FOUND for 404) on any other answer
 */
GPtrArray *
ct_dav_propfind (CtDav       *dav,
                 const char  *url,
                 const char  *depth,
                 const char  *props,
                 guint       *status,
                 GError     **error)
{
  g_auto(CtDavReply) reply = { 0 };
  g_autofree char *body = g_strdup_printf (
    "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
    "<d:propfind xmlns:d=\"DAV:\" xmlns:c=\"" CALDAV_NS "\"><d:prop>%s</d:prop></d:propfind>",
    props);

  if (!ct_dav_send (dav, "PROPFIND", url, "application/xml; charset=utf-8", body, depth,
                    NULL, FALSE, &reply, error))
    return NULL;
  if (status != NULL)
    *status = reply.status;
  if (reply.status != CT_HTTP_MULTI_STATUS)
    {
      ct_dav_status_error (dav, url, reply.status, error);
      return NULL;
    }
  return parse_multistatus (url, reply.body);
}
