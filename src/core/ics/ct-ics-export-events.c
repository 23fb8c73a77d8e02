/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-ics"

#include "config.h"

#include <string.h>

#include "ct-ics-export-events.h"
#include "ct-ics-export-private.h"
#include "ct-ics-private.h"
#include "ct-text.h"

void
ct_ics_event_file_free (CtIcsEventFile *file)
{
  if (file == NULL)
    return;
  g_free (file->uid);
  g_free (file->title);
  g_free (file->text);
  g_free (file->hash);
  g_free (file);
}

static struct icaltimetype
utc_time (gint64 seconds)
{
  return icaltime_from_timet_with_zone ((time_t) seconds, FALSE,
                                        icaltimezone_get_utc_timezone ());
}

static void
remove_properties (icalcomponent    *component,
                   icalproperty_kind kind)
{
  icalproperty *prop;

  while ((prop = icalcomponent_get_first_property (component, kind)) != NULL)
    {
      icalcomponent_remove_property (component, prop);
      icalproperty_free (prop);
    }
}

/* A calendar object resource holds no METHOD (RFC 4791 §4.1), and a calendar's name is
 * the collection's, not each event's. */
static icalcomponent *
build_resource (const char *name)
{
  icalcomponent *calendar = ct_ics_build_calendar (name);

  remove_properties (calendar, ICAL_METHOD_PROPERTY);
  remove_properties (calendar, ICAL_X_PROPERTY);
  return calendar;
}

/* The hash of what the event says, whatever the time of the export. */
static char *
content_hash (icalcomponent *calendar)
{
  icalcomponent *copy = icalcomponent_new_clone (calendar);
  icalcomponent *event = icalcomponent_get_first_component (copy, ICAL_VEVENT_COMPONENT);
  g_autofree char *text = NULL;

  remove_properties (event, ICAL_DTSTAMP_PROPERTY);
  remove_properties (event, ICAL_LASTMODIFIED_PROPERTY);
  text = ct_ics_serialize (copy);
  icalcomponent_free (copy);
  return g_compute_checksum_for_string (G_CHECKSUM_SHA256, text, -1);
}

static CtIcsEventFile *
event_file (const CtIcsExportContext *ctx,
            const CtSection          *section,
            const CtItem             *item,
            icalcomponent            *event)
{
  icalcomponent *calendar = build_resource ("");
  CtIcsEventFile *file = g_new0 (CtIcsEventFile, 1);

  icalcomponent_add_component (calendar, event);
  file->uid = ct_ics_item_uid (item);
  file->title = g_strdup (item->title ? item->title : section->title);
  file->sequence = item->sequence;
  file->text = ct_ics_serialize (calendar);
  file->hash = content_hash (calendar);
  icalcomponent_free (calendar);
  return file;
}

/**
 * ct_ics_export_events:
 * @programme: a programme
 * @options: (nullable): what to export; %NULL for the defaults
 * @error: return location for a #CT_ICS_ERROR
 *
 * The events ct_ics_export() writes, each as a calendar of its own with the same
 * VTIMEZONE, UID, SEQUENCE and properties, without METHOD (a calendar server's resources
 * have none). A programme with no event to export gives an empty array: a calendar that
 * had its events then holds none.
 *
 * Returns: (transfer full) (element-type CtIcsEventFile): the events in document order,
 *   or %NULL with @error set: %CT_ICS_ERROR_NO_SECTION, %CT_ICS_ERROR_DATE_RANGE as for
 *   ct_ics_export()
 */
GPtrArray *
ct_ics_export_events (const CtProgramme        *programme,
                      const CtIcsExportOptions *options,
                      GError                  **error)
{
  CtIcsExportOptions defaults;
  CtIcsExportContext ctx = { programme, options };
  g_autoptr(GPtrArray) files = NULL;

  g_return_val_if_fail (programme != NULL, NULL);

  if (options == NULL)
    {
      ct_ics_export_options_init (&defaults);
      ctx.options = options = &defaults;
    }
  if (options->section >= (int) programme->sections->len)
    {
      /* ct_ics_export() says it in its words. */
      g_free (ct_ics_export (programme, options, error));
      return NULL;
    }
  ctx.unit_key = options->unit ? ct_text_fold (options->unit) : NULL;
  ctx.stamp = utc_time (options->now ? options->now : g_get_real_time () / G_USEC_PER_SEC);
  ctx.modified = programme->modified > 0 ? utc_time (programme->modified) : ctx.stamp;
  files = g_ptr_array_new_with_free_func ((GDestroyNotify) ct_ics_event_file_free);
  for (guint i = 0; i < programme->sections->len; i++)
    {
      CtSection *section = g_ptr_array_index (programme->sections, i);

      if (options->section >= 0 && (guint) options->section != i)
        continue;
      for (guint j = 0; j < section->items->len; j++)
        {
          CtItem *item = g_ptr_array_index (section->items, j);
          icalcomponent *event;

          if (!ct_ics_item_exported (&ctx, item))
            continue;
          if (!ct_ics_check_years (&ctx, section, item, error))
            {
              g_free (ctx.unit_key);
              return NULL;
            }
          if ((event = ct_ics_build_event (&ctx, section, item)) != NULL)
            g_ptr_array_add (files, event_file (&ctx, section, item, event));
        }
    }
  g_free (ctx.unit_key);
  return g_steal_pointer (&files);
}
