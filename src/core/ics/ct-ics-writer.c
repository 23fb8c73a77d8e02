/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-ics"

#include "config.h"

#include <string.h>

#include "ct-ics-private.h"

/* RFC 5545 §3.1: content lines SHOULD NOT be longer than 75 octets, line break excluded. */
#define LINE_OCTETS 75

G_DEFINE_QUARK (ct-ics-error-quark, ct_ics_error)

/**
 * ct_ics_escape_text:
 * @text: UTF-8 text
 *
 * Escapes a TEXT value once (RFC 5545 §3.3.11): "\" → "\\", ";" → "\;", "," → "\,", and
 * line breaks (CRLF, LF or CR) → "\n".
 *
 * Returns: (transfer full): the escaped value
 */
char *
ct_ics_escape_text (const char *text)
{
  GString *out = g_string_sized_new (strlen (text) + 8);

  for (const char *p = text; *p; p++)
    {
      switch (*p)
        {
        case '\\':
        case ';':
        case ',':
          g_string_append_c (out, '\\');
          g_string_append_c (out, *p);
          break;
        case '\r':
          g_string_append (out, "\\n");
          if (p[1] == '\n')
            p++;
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        default:
          g_string_append_c (out, *p);
        }
    }
  return g_string_free (out, FALSE);
}

/* The longest prefix of @text of at most @max octets that ends between two UTF-8
 * characters. */
static gsize
utf8_prefix (const char *text,
             gsize       length,
             gsize       max)
{
  gsize n;

  if (length <= max)
    return length;
  n = max;
  /* Back off continuation bytes (10xxxxxx) so the cut falls before a lead byte. */
  while (n > 0 && ((guchar) text[n] & 0xC0) == 0x80)
    n--;
  return n;
}

/**
 * ct_ics_append_folded:
 * @out: where to append
 * @line: one unfolded content line, without line break
 *
 * Appends @line folded to lines of at most 75 octets (RFC 5545 §3.1), each continuation
 * starting with one space, breaking only between UTF-8 characters, every line ended by
 * CRLF.
 */
void
ct_ics_append_folded (GString    *out,
                      const char *line)
{
  gsize length = strlen (line);
  gsize limit = LINE_OCTETS;

  do
    {
      gsize n = utf8_prefix (line, length, limit);

      if (limit < LINE_OCTETS)
        g_string_append_c (out, ' ');
      g_string_append_len (out, line, n);
      g_string_append (out, "\r\n");
      line += n;
      length -= n;
      limit = LINE_OCTETS - 1;
    }
  while (length > 0);
}

/* libical's output of one property, unfolded and without its line break. */
static char *
libical_line (icalproperty *prop)
{
  g_autofree char *text = icalproperty_as_ical_string_r (prop);
  GString *out = g_string_sized_new (strlen (text));

  for (const char *p = text; *p; p++)
    {
      if (p[0] == '\r' && p[1] == '\n')
        {
          p++;
          if (p[1] == ' ' || p[1] == '\t')
            p++;
          continue;
        }
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

/* libical 3.0 leaves "," and ";" unescaped in CATEGORIES (a list) and X- properties, so
 * a section title with a comma would split into two categories: write those values from
 * the stored text. */
static char *
property_line (icalproperty *prop)
{
  icalproperty_kind kind = icalproperty_isa (prop);
  const char *value = NULL;

  if (icalproperty_count_parameters (prop) == 0)
    {
      if (kind == ICAL_CATEGORIES_PROPERTY)
        value = icalproperty_get_categories (prop);
      else if (kind == ICAL_X_PROPERTY)
        value = icalproperty_get_x (prop);
    }
  if (value != NULL)
    {
      g_autofree char *name = icalproperty_get_property_name_r (prop);
      g_autofree char *escaped = ct_ics_escape_text (value);

      return g_strconcat (name, ":", escaped, NULL);
    }
  return libical_line (prop);
}

static void
write_component (GString       *out,
                 icalcomponent *comp)
{
  const char *name = icalcomponent_kind_to_string (icalcomponent_isa (comp));

  g_string_append_printf (out, "BEGIN:%s\r\n", name);
  for (icalproperty *p = icalcomponent_get_first_property (comp, ICAL_ANY_PROPERTY); p;
       p = icalcomponent_get_next_property (comp, ICAL_ANY_PROPERTY))
    {
      g_autofree char *line = property_line (p);
      ct_ics_append_folded (out, line);
    }
  for (icalcomponent *c = icalcomponent_get_first_component (comp, ICAL_ANY_COMPONENT); c;
       c = icalcomponent_get_next_component (comp, ICAL_ANY_COMPONENT))
    write_component (out, c);
  g_string_append_printf (out, "END:%s\r\n", name);
}

/**
 * ct_ics_event_signature:
 * @vevent: a VEVENT, built by the export or read from a file
 *
 * What @vevent says, written as the export writes it: every property line but those
 * that only identify or date the writing (UID, DTSTAMP, LAST-MODIFIED, SEQUENCE) and
 * CATEGORIES (the section, which an import does not change), in their order. An event of
 * a file with the signature of the event the export would write for an item today says
 * nothing new about the item, whatever its reading loses.
 *
 * Returns: (transfer full): the signature
 */
char *
ct_ics_event_signature (icalcomponent *vevent)
{
  GString *out = g_string_new (NULL);

  for (icalproperty *p = icalcomponent_get_first_property (vevent, ICAL_ANY_PROPERTY); p;
       p = icalcomponent_get_next_property (vevent, ICAL_ANY_PROPERTY))
    {
      g_autofree char *line = NULL;

      switch (icalproperty_isa (p))
        {
        case ICAL_UID_PROPERTY:
        case ICAL_DTSTAMP_PROPERTY:
        case ICAL_LASTMODIFIED_PROPERTY:
        case ICAL_SEQUENCE_PROPERTY:
        case ICAL_CATEGORIES_PROPERTY:
          continue;
        default:
          line = property_line (p);
          g_string_append (out, line);
          g_string_append_c (out, '\n');
        }
    }
  return g_string_free (out, FALSE);
}

/**
 * ct_ics_serialize:
 * @root: a VCALENDAR built with libical
 *
 * Writes @root as RFC 5545 text: CRLF after every line including the last, lines folded
 * at 75 octets between UTF-8 characters, TEXT values escaped exactly once, no BOM.
 *
 * Returns: (transfer full): the file's content
 */
char *
ct_ics_serialize (icalcomponent *root)
{
  GString *out = g_string_sized_new (4096);

  write_component (out, root);
  return g_string_free (out, FALSE);
}

/**
 * ct_ics_uid_from_uuid:
 * @uuid: an item's UUID
 *
 * Returns: (transfer full): the item's UID, "<uuid>@" CT_ICAL_UID_DOMAIN (RFC 5545
 *   §3.8.4.7 recommends a domain on the right-hand side)
 */
char *
ct_ics_uid_from_uuid (const char *uuid)
{
  return g_strconcat (uuid, "@", CT_ICAL_UID_DOMAIN, NULL);
}

/**
 * ct_ics_item_uid:
 * @item: an item
 *
 * Returns: (transfer full): the UID of @item's event: the one another calendar gave it
 *   (#CtItem.ics_uid) as it came, else ct_ics_uid_from_uuid()
 */
char *
ct_ics_item_uid (const CtItem *item)
{
  if (item->ics_uid != NULL)
    return g_strdup (item->ics_uid);
  return ct_ics_uid_from_uuid (item->uuid);
}

/**
 * ct_ics_uuid_from_uid:
 * @uid: a UID read from a calendar file
 *
 * Returns: (transfer full) (nullable): the item UUID when @uid is one that Congtac wrote
 *   (ct_ics_uid_from_uuid()), lower case; %NULL otherwise
 */
char *
ct_ics_uuid_from_uid (const char *uid)
{
  const char *at = strrchr (uid, '@');
  g_autofree char *uuid = NULL;

  if (at == NULL || g_ascii_strcasecmp (at + 1, CT_ICAL_UID_DOMAIN) != 0)
    return NULL;
  uuid = g_ascii_strdown (uid, at - uid);
  if (!g_uuid_string_is_valid (uuid))
    return NULL;
  return g_steal_pointer (&uuid);
}

/**
 * ct_ics_derive_uuid:
 * @programme_id: the programme the item is imported into
 * @uid: the event's UID
 * @instance: (nullable): which instance of a recurring event, e.g. its RECURRENCE-ID;
 *   %NULL for the event itself
 *
 * A name-based UUID (RFC 4122 §4.3, SHA-1, version 5) for an imported event whose UID
 * is not a free Congtac UUID: the same file imported again into the same programme
 * finds its items again, while the item UUIDs stay unique across the database's
 * programmes.
 *
 * Returns: (transfer full): the UUID
 */
char *
ct_ics_derive_uuid (gint64      programme_id,
                    const char *uid,
                    const char *instance)
{
  /* Called once per event of a file: pieces fed to the digest and a table for the hex
   * digits, which printf made a tenth of an import. */
  static const char hex[] = "0123456789abcdef";
  g_autoptr(GChecksum) sha1 = g_checksum_new (G_CHECKSUM_SHA1);
  char id[24];
  guint8 digest[20];
  gsize length = sizeof digest;
  char *uuid = g_malloc (37), *out = uuid;

  g_snprintf (id, sizeof id, "%" G_GINT64_FORMAT, programme_id);
  g_checksum_update (sha1, (const guchar *) "congtac-ics\n", -1);
  g_checksum_update (sha1, (const guchar *) id, -1);
  g_checksum_update (sha1, (const guchar *) "\n", 1);
  g_checksum_update (sha1, (const guchar *) uid, -1);
  g_checksum_update (sha1, (const guchar *) "\n", 1);
  if (instance != NULL)
    g_checksum_update (sha1, (const guchar *) instance, -1);
  g_checksum_get_digest (sha1, digest, &length);
  digest[6] = (digest[6] & 0x0F) | 0x50;
  digest[8] = (digest[8] & 0x3F) | 0x80;
  for (guint i = 0; i < 16; i++)
    {
      if (i == 4 || i == 6 || i == 8 || i == 10)
        *out++ = '-';
      *out++ = hex[digest[i] >> 4];
      *out++ = hex[digest[i] & 0x0F];
    }
  *out = '\0';
  return uuid;
}
