/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-publish"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ct-publish-private.h"

/* Finding the calendars of a server (current-user-principal, calendar-home-set) and
 * making one (MKCALENDAR). */

static CtPublishCalendar *
calendar_of (CtDavResource *resource)
{
  CtPublishCalendar *calendar = g_new0 (CtPublishCalendar, 1);

  calendar->url = g_strdup (resource->url);
  calendar->display_name = g_strdup (resource->display_name);
  return calendar;
}

static GPtrArray *
list_calendars (CtDav       *dav,
                const char  *home,
                GError     **error)
{
  g_autoptr(GPtrArray) found = ct_dav_propfind (dav, home, "1",
                                                "<d:resourcetype/><d:displayname/>", NULL,
                                                error);
  GPtrArray *out;

  if (found == NULL)
    return NULL;
  out = g_ptr_array_new_with_free_func ((GDestroyNotify) ct_publish_calendar_free);
  for (guint i = 0; i < found->len; i++)
    {
      CtDavResource *r = g_ptr_array_index (found, i);

      if (r->calendar)
        g_ptr_array_add (out, calendar_of (r));
    }
  return out;
}

/* The calendar home of the user (RFC 4791 §6.2.1): the address's calendar-home-set, else
 * that of its DAV:current-user-principal, else the principal itself (a server without
 * calendar-home-set keeps calendars under it), else the address. Sets @calendar (and
 * returns it) when the address is itself a calendar collection. */
static char *
find_home (CtPublisher    *self,
           CtDav          *dav,
           CtDavResource **calendar,
           GPtrArray     **root_out,
           GError        **error)
{
  g_autoptr(GPtrArray) root = NULL;
  g_autoptr(GPtrArray) principal = NULL;
  CtDavResource *r;

  root = ct_dav_propfind (dav, self->url, "0",
                          "<d:resourcetype/><d:displayname/><d:current-user-principal/>"
                          "<c:calendar-home-set/>", NULL, error);
  if (root == NULL)
    return NULL;
  r = root->len > 0 ? g_ptr_array_index (root, 0) : NULL;
  if (r != NULL && r->calendar)
    {
      *calendar = r;
      *root_out = g_steal_pointer (&root);
      return g_strdup (self->url);
    }
  if (r != NULL && r->home != NULL)
    return g_strdup (r->home);
  if (r != NULL && r->principal != NULL)
    {
      principal = ct_dav_propfind (dav, r->principal, "0", "<c:calendar-home-set/>", NULL,
                                   error);
      if (principal == NULL)
        return NULL;
      if (principal->len > 0 && ((CtDavResource *) principal->pdata[0])->home != NULL)
        return g_strdup (((CtDavResource *) principal->pdata[0])->home);
      return g_strdup (r->principal);
    }
  return g_strdup (self->url);
}

static GPtrArray *
discover (CtPublisher   *self,
          CtDav         *dav,
          GError       **error)
{
  g_autoptr(GPtrArray) root = NULL;
  CtDavResource *calendar = NULL;
  g_autofree char *home = find_home (self, dav, &calendar, &root, error);

  if (home == NULL)
    return NULL;
  if (calendar != NULL)
    {
      GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) ct_publish_calendar_free);

      g_ptr_array_add (out, calendar_of (calendar));
      return out;
    }
  return list_calendars (dav, home, error);
}

/**
 * ct_publisher_dup_home:
 * @self: a publisher
 * @cancellable: (nullable): a cancellable
 * @error: return location for a #CT_PUBLISH_ERROR
 *
 * Finds where the user's calendars are kept, as ct_publisher_discover() does: the place
 * to make a new calendar in.
 *
 * Returns: (transfer full): the calendar home's URL, ending with a slash; %NULL with
 *   %CT_PUBLISH_ERROR_NOT_CALENDAR set when the address is itself a calendar
 */
char *
ct_publisher_dup_home (CtPublisher   *self,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr(GPtrArray) root = NULL;
  CtDavResource *calendar = NULL;
  CtDav dav = { 0 };
  char *home;

  g_return_val_if_fail (CT_IS_PUBLISHER (self), NULL);

  ct_publisher_dav_init (self, &dav, cancellable);
  home = find_home (self, &dav, &calendar, &root, error);
  ct_publisher_dav_clear (&dav);
  if (home != NULL && calendar != NULL)
    {
      g_set_error (error, CT_PUBLISH_ERROR, CT_PUBLISH_ERROR_NOT_CALENDAR,
                   /* Translators: %s is the address the user gave. */
                   _("“%s” is the address of one calendar. To make a new calendar, give "
                     "the server's address instead."), self->display_url);
      g_clear_pointer (&home, g_free);
    }
  if (home != NULL && !g_str_has_suffix (home, "/"))
    {
      char *slash = g_strconcat (home, "/", NULL);

      g_free (home);
      home = slash;
    }
  return home;
}

/**
 * ct_publisher_discover:
 * @self: a publisher
 * @cancellable: (nullable): a cancellable
 * @error: return location for a #CT_PUBLISH_ERROR
 *
 * Finds the user's calendars: the address itself when it is a calendar collection, else
 * through DAV:current-user-principal and CALDAV:calendar-home-set (RFC 4791 §6.2.1, RFC
 * 5397), the calendar collections of the home.
 *
 * Returns: (transfer full) (element-type CtPublishCalendar): the calendars, perhaps none
 */
GPtrArray *
ct_publisher_discover (CtPublisher   *self,
                       GCancellable  *cancellable,
                       GError       **error)
{
  CtDav dav = { 0 };
  GPtrArray *out;

  g_return_val_if_fail (CT_IS_PUBLISHER (self), NULL);

  ct_publisher_dav_init (self, &dav, cancellable);
  out = discover (self, &dav, error);
  ct_publisher_dav_clear (&dav);
  return out;
}

gboolean
ct_dav_make_calendar (CtDav       *dav,
                      const char  *url,
                      const char  *display_name,
                      GError     **error)
{
  g_auto(CtDavReply) reply = { 0 };
  g_autofree char *name = g_markup_escape_text (display_name ? display_name : "", -1);
  g_autofree char *body = g_strdup_printf (
    "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
    "<c:mkcalendar xmlns:d=\"DAV:\" xmlns:c=\"urn:ietf:params:xml:ns:caldav\">"
    "<d:set><d:prop><d:displayname>%s</d:displayname>"
    "<c:supported-calendar-component-set><c:comp name=\"VEVENT\"/>"
    "</c:supported-calendar-component-set></d:prop></d:set></c:mkcalendar>", name);

  if (!ct_dav_send (dav, "MKCALENDAR", url, "application/xml; charset=utf-8", body, NULL,
                    NULL, FALSE, &reply, error))
    return FALSE;
  if (!CT_HTTP_IS_SUCCESSFUL (reply.status))
    return ct_dav_status_error (dav, url, reply.status, error);
  return TRUE;
}

/**
 * ct_publisher_make_calendar:
 * @self: a publisher whose URL is where the new calendar goes
 * @display_name: (nullable): the calendar's name
 * @cancellable: (nullable): a cancellable
 * @error: return location for a #CT_PUBLISH_ERROR
 *
 * Makes a calendar collection with MKCALENDAR (RFC 4791 §5.3.1).
 *
 * Returns: %TRUE when made
 */
gboolean
ct_publisher_make_calendar (CtPublisher   *self,
                            const char    *display_name,
                            GCancellable  *cancellable,
                            GError       **error)
{
  CtDav dav = { 0 };
  g_autofree char *url = NULL;
  gboolean ok;

  g_return_val_if_fail (CT_IS_PUBLISHER (self), FALSE);

  url = ct_publisher_collection_url (self);
  ct_publisher_dav_init (self, &dav, cancellable);
  ok = ct_dav_make_calendar (&dav, url, display_name, error);
  ct_publisher_dav_clear (&dav);
  return ok;
}
