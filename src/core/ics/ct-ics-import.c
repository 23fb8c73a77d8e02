/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-ics"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ct-date-time.h"
#include "ct-file.h"
#include "ct-ics-export-private.h"
#include "ct-ics-import.h"
#include "ct-ics-parse-private.h"
#include "ct-ics-private.h"
#include "ct-occurrence.h"
#include "ct-text.h"

/* The section new events go to when the file gives them no CATEGORIES (document text,
 * hence Vietnamese). */
#define UNCATEGORISED_TITLE "Sự kiện từ tệp lịch"

/* Lookups during one import: items by UUID and sections by folded title, so that a file
 * of n events costs O(n), not O(n²) (10 000 events took seconds to minutes). */
typedef struct
{
  GHashTable *items;    /* uuid (owned by the item) → CtItem */
  GHashTable *foreign;  /* ics_uid (owned by the item) → CtItem */
  GHashTable *owners;   /* CtItem → its CtSection */
  GHashTable *sections; /* folded title (owned) → CtSection */
  GHashTable *titles;   /* CATEGORIES as the file writes it (owned) → CtSection */
} ImportIndex;

static void
import_index_init (ImportIndex       *index,
                   const CtProgramme *programme)
{
  index->items = g_hash_table_new (g_str_hash, g_str_equal);
  index->foreign = g_hash_table_new (g_str_hash, g_str_equal);
  index->owners = g_hash_table_new (NULL, NULL);
  index->sections = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  index->titles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < programme->sections->len; i++)
    {
      CtSection *section = g_ptr_array_index (programme->sections, i);

      for (guint j = 0; j < section->items->len; j++)
        {
          CtItem *item = g_ptr_array_index (section->items, j);
          g_hash_table_insert (index->items, item->uuid, item);
          g_hash_table_insert (index->owners, item, section);
          /* The first item of a UID wins, as a search from the top would. */
          if (item->ics_uid != NULL && !g_hash_table_contains (index->foreign, item->ics_uid))
            g_hash_table_insert (index->foreign, item->ics_uid, item);
        }
      char *key = ct_text_fold (section->title);

      /* The first section of a title wins, as a search from the top would. */
      if (g_hash_table_contains (index->sections, key))
        g_free (key);
      else
        g_hash_table_insert (index->sections, key, section);
    }
}

static void
import_index_clear (ImportIndex *index)
{
  g_clear_pointer (&index->items, g_hash_table_unref);
  g_clear_pointer (&index->foreign, g_hash_table_unref);
  g_clear_pointer (&index->owners, g_hash_table_unref);
  g_clear_pointer (&index->sections, g_hash_table_unref);
  g_clear_pointer (&index->titles, g_hash_table_unref);
}

/* The item an event updates: the Congtac item of its UID, the item that kept another
 * calendar's UID, or the one an earlier import of the same UID created (before items kept
 * it, or an instance of a rule). */
static CtItem *
find_existing (CtProgramme      *programme,
               ImportIndex      *index,
               const CtIcsEvent *event,
               char            **uuid_out)
{
  g_autofree char *own = event->instance ? NULL : ct_ics_uuid_from_uid (event->uid);
  CtItem *item = own ? g_hash_table_lookup (index->items, own) : NULL;

  if (item != NULL)
    return item;
  item = event->instance ? NULL : g_hash_table_lookup (index->foreign, event->uid);
  if (item != NULL)
    return item;
  *uuid_out = ct_ics_derive_uuid (programme->id, event->uid, event->instance);
  return g_hash_table_lookup (index->items, *uuid_out);
}

static CtSection *
target_section (CtProgramme              *programme,
                ImportIndex              *index,
                const CtIcsImportOptions *options,
                const CtIcsEvent         *event)
{
  const char *title = event->category ? event->category : UNCATEGORISED_TITLE;
  g_autofree char *key = NULL;
  CtSection *section;

  if (options->section >= 0)
    return g_ptr_array_index (programme->sections, options->section);
  /* A file repeats a few categories over thousands of events: fold each once. */
  section = g_hash_table_lookup (index->titles, title);
  if (section != NULL)
    return section;
  key = ct_text_fold (title);
  section = g_hash_table_lookup (index->sections, key);
  if (section == NULL)
    {
      section = ct_programme_add_section (programme, title);
      g_hash_table_insert (index->sections, g_steal_pointer (&key), section);
    }
  g_hash_table_insert (index->titles, g_strdup (title), section);
  return section;
}

/* The days @item falls on in @programme's period, as Julian day numbers. */
static GArray *
item_days (const CtProgramme *programme,
           CtItem            *item)
{
  g_autoptr(CtProgramme) alone = ct_programme_new ();
  g_autoptr(GPtrArray) occurrences = NULL;
  GArray *days = g_array_new (FALSE, FALSE, sizeof (guint32));

  ct_programme_set_period (alone, programme->period_kind, programme->period_year,
                           programme->period_index);
  ct_section_add_item (ct_programme_add_section (alone, ""), ct_item_ref (item));
  occurrences = ct_programme_expand_occurrences (alone, NULL, NULL);
  for (guint i = 0; i < occurrences->len; i++)
    {
      guint32 julian = g_date_get_julian (&((CtOccurrence *) g_ptr_array_index (occurrences,
                                                                                 i))->date);
      g_array_append_val (days, julian);
    }
  return days;
}

/* A file states a rule from its first to its last day; the item may say the same thing
 * as "the whole period" with exceptions outside it. Keep the item's wording then, so
 * that re-importing an export changes nothing and raises no SEQUENCE. */
static gboolean
same_rule_days (const CtProgramme *programme,
                CtItem            *target,
                CtItem            *source)
{
  g_autoptr(GArray) a = NULL;
  g_autoptr(GArray) b = NULL;

  if (target->kind != CT_ITEM_RECURRING || source->kind != CT_ITEM_RECURRING ||
      target->recurrence != source->recurrence || target->weekdays != source->weekdays ||
      target->month_day != source->month_day || target->month_week != source->month_week)
    return FALSE;
  a = item_days (programme, target);
  b = item_days (programme, source);
  return a->len == b->len &&
         (a->len == 0 || memcmp (a->data, b->data, a->len * sizeof (guint32)) == 0);
}

/* @source as it would replace @target: where both say the same thing in other words,
 * @target's words. */
static CtItem *
replacement (const CtProgramme *programme,
             CtItem            *target,
             CtItem            *source)
{
  CtItem *copy = ct_item_copy (source);

  /* The UID that found @target is @target's (place_event() gave it the file's). */
  g_free (copy->ics_uid);
  copy->ics_uid = g_strdup (target->ics_uid);
  if (same_rule_days (programme, target, source))
    {
      copy->start_date = target->start_date;
      copy->end_date = target->end_date;
      g_array_set_size (copy->exceptions, 0);
      g_array_append_vals (copy->exceptions, target->exceptions->data, target->exceptions->len);
    }
  /* A calendar file knows no "cả ngày" apart from an event without times. */
  if (target->day_part == CT_DAY_PART_ALL_DAY && copy->day_part == CT_DAY_PART_NONE &&
      copy->start_minute == CT_NO_TIME)
    copy->day_part = CT_DAY_PART_ALL_DAY;
  /* Nor a day part alongside clock times ("sáng, 7 giờ 30"): the same times keep it. */
  if (copy->day_part == CT_DAY_PART_NONE && copy->start_minute != CT_NO_TIME &&
      copy->start_minute == target->start_minute && copy->end_minute == target->end_minute)
    copy->day_part = target->day_part;
  return copy;
}

/* Replaces the content of @target by @copy's (from replacement()), keeping @target's
 * UUID and the larger SEQUENCE. Returns whether anything @target says changed. */
static gboolean
update_item (CtItem *target,
             CtItem *copy)
{
  guint sequence = MAX (target->sequence, copy->sequence);
  g_autofree char *uuid = g_steal_pointer (&target->uuid);
  gboolean changed = !ct_item_content_equal (target, copy);

#define TAKE(field) G_STMT_START { \
    typeof (target->field) tmp_ = target->field; \
    target->field = copy->field; \
    copy->field = tmp_; \
  } G_STMT_END
  TAKE (title);
  TAKE (paragraphs);
  TAKE (vague_when);
  TAKE (agenda);
  TAKE (exceptions);
#undef TAKE
  for (guint i = 0; i < CT_ITEM_N_TEXT_FIELDS; i++)
    ct_item_set_text_field (target, &ct_item_text_fields[i],
                            ct_item_get_text_field (copy, &ct_item_text_fields[i]));
  target->kind = copy->kind;
  target->start_date = copy->start_date;
  target->end_date = copy->end_date;
  target->day_part = copy->day_part;
  target->start_minute = copy->start_minute;
  target->end_minute = copy->end_minute;
  target->tentative = copy->tentative;
  target->recurrence = copy->recurrence;
  target->weekdays = copy->weekdays;
  target->month_day = copy->month_day;
  target->month_week = copy->month_week;
  target->uuid = g_steal_pointer (&uuid);
  target->sequence = sequence;
  return changed;
}

/* Whether the file's @event is older than the programme's @item, which it must then not
 * undo. A lower SEQUENCE is older (RFC 5546 §2.1.5). At the same SEQUENCE, the content
 * decides: the same is nothing to undo. Different content at the same SEQUENCE is a
 * title, a text or a unit changed on one side (a date or time raises SEQUENCE when
 * saved). The model keeps no time per item, only the programme's last save, so the file
 * wins only when its LAST-MODIFIED (or DTSTAMP) is after that save: a file changed
 * elsewhere since. An export taken before the programme's last edit is dated at or
 * before that save, and is reported, not applied. */
static gboolean
event_is_older (const CtProgramme *programme,
                const CtItem      *item,
                const CtItem      *incoming,
                const CtIcsEvent  *event)
{
  if (incoming->sequence != item->sequence)
    return incoming->sequence < item->sequence;
  if (ct_item_content_equal (item, incoming))
    return FALSE;
  return event->modified <= programme->modified;
}

/* Whether @event is word for word the event an export of @item would write today, at
 * the same SEQUENCE: our own export, imported back with nothing changed on either side.
 * Reading it would lose what a calendar file cannot say (sub-points, a day part beside
 * a time, line breaks in a paragraph), so it is not read over the item. */
static gboolean
exported_as_is (const CtProgramme        *programme,
                ImportIndex              *index,
                const CtIcsImportOptions *options,
                const CtItem             *item,
                const CtIcsEvent         *event)
{
  CtIcsExportOptions export_options;
  CtIcsExportContext ctx = { programme, &export_options };
  CtSection *section = g_hash_table_lookup (index->owners, item);
  icalcomponent *vevent;
  g_autofree char *signature = NULL;

  if (event->signature == NULL || section == NULL || event->item->sequence != item->sequence)
    return FALSE;
  ct_ics_export_options_init (&export_options);
  export_options.times = options->times;
  ctx.stamp = ctx.modified = icaltime_from_timet_with_zone (0, FALSE,
                                                            icaltimezone_get_utc_timezone ());
  vevent = ct_ics_build_event (&ctx, section, item);
  if (vevent == NULL)
    return FALSE;
  signature = ct_ics_event_signature (vevent);
  icalcomponent_free (vevent);
  return strcmp (signature, event->signature) == 0;
}

static void
place_event (CtProgramme              *programme,
             ImportIndex              *index,
             const CtIcsImportOptions *options,
             CtIcsEvent               *event,
             CtIcsImportResult        *result)
{
  g_autofree char *uuid = NULL;
  CtItem *existing = find_existing (programme, index, event, &uuid);

  if (event->overrides)
    {
      g_autofree char *master_uuid = NULL;
      CtIcsEvent master = { event->uid };
      CtItem *rule = find_existing (programme, index, &master, &master_uuid);
      GDate day;

      /* An instance of an older version of the rule changes nothing. */
      if (rule != NULL && event->item->sequence < rule->sequence)
        {
          result->older++;
          return;
        }
      /* The instance is the day ct-ics-read.c wrote, "YYYY-MM-DD". */
      if (rule != NULL && rule->kind == CT_ITEM_RECURRING &&
          ct_date_parse_iso (event->instance, &day))
        ct_item_add_exception (rule, &day);
    }
  if (event->cancelled)
    {
      result->skipped++;
      return;
    }
  if (existing != NULL)
    {
      g_autoptr(CtItem) incoming = NULL;
      /* An item imported before items kept the UID of another calendar's event (found
       * by the UUID derived from it) takes it now: exports write it back from then on. */
      gboolean adopted = existing->ics_uid == NULL && event->item->ics_uid != NULL;

      if (adopted)
        {
          existing->ics_uid = g_strdup (event->item->ics_uid);
          g_hash_table_insert (index->foreign, existing->ics_uid, existing);
        }
      if (exported_as_is (programme, index, options, existing, event))
        {
          if (adopted)
            result->updated++;
          else
            result->unchanged++;
          result->outside_period += ct_programme_event_outside_period (programme, existing);
          return;
        }
      incoming = replacement (programme, existing, event->item);
      if (event_is_older (programme, existing, incoming, event))
        {
          result->older++;
          return;
        }
      if (update_item (existing, incoming) || adopted)
        result->updated++;
      else
        result->unchanged++;
      result->outside_period += ct_programme_event_outside_period (programme, existing);
      return;
    }
  g_free (event->item->uuid);
  event->item->uuid = g_steal_pointer (&uuid);
  ct_section_add_item (target_section (programme, index, options, event),
                       ct_item_ref (event->item));
  g_hash_table_insert (index->items, event->item->uuid, event->item);
  if (event->item->ics_uid != NULL && !g_hash_table_contains (index->foreign,
                                                              event->item->ics_uid))
    g_hash_table_insert (index->foreign, event->item->ics_uid, event->item);
  result->added++;
  result->outside_period += ct_programme_event_outside_period (programme, event->item);
}

/* The file's rules as the file means them: without the days its own RECURRENCE-ID
 * instances take out (place_event() takes them out of the programme's rule too). Read
 * so, a rule imported before compares equal to the same file read again. */
static void
exclude_overridden_days (GPtrArray *events)
{
  g_autoptr(GHashTable) rules = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < events->len; i++)
    {
      CtIcsEvent *event = g_ptr_array_index (events, i);

      if (!event->overrides && event->instance == NULL &&
          event->item->kind == CT_ITEM_RECURRING && !g_hash_table_contains (rules, event->uid))
        g_hash_table_insert (rules, event->uid, event);
    }
  for (guint i = 0; i < events->len; i++)
    {
      CtIcsEvent *event = g_ptr_array_index (events, i);
      CtIcsEvent *rule = event->overrides ? g_hash_table_lookup (rules, event->uid) : NULL;
      GDate day;

      if (rule != NULL && event->item->sequence >= rule->item->sequence &&
          ct_date_parse_iso (event->instance, &day))
        ct_item_add_exception (rule->item, &day);
    }
}

/**
 * ct_ics_import_options_init:
 * @options: (out caller-allocates): options to set
 *
 * Sets the defaults: new events filed by their CATEGORIES, default day-part times.
 */
void
ct_ics_import_options_init (CtIcsImportOptions *options)
{
  g_return_if_fail (options != NULL);

  options->section = -1;
  ct_day_part_times_init (&options->times);
  options->cancellable = NULL;
  options->progress = NULL;
  options->progress_data = NULL;
}

/**
 * ct_ics_import_result_clear:
 * @result: a result filled by ct_ics_import() or ct_ics_import_file()
 *
 * Frees the warnings of @result and sets every count to 0.
 */
void
ct_ics_import_result_clear (CtIcsImportResult *result)
{
  g_return_if_fail (result != NULL);

  g_clear_pointer (&result->warnings, g_ptr_array_unref);
  memset (result, 0, sizeof *result);
}

/**
 * ct_ics_import:
 * @programme: the programme to add the events to
 * @options: (nullable): where and how; %NULL for the defaults
 * @data: the calendar file's content (RFC 5545, UTF-8)
 * @length: length of @data in bytes, or -1 when nul-terminated
 * @result: (out) (optional): what was done, with the warnings about what was left out;
 *   free with ct_ics_import_result_clear()
 * @error: return location for a #CT_ICS_ERROR, or %G_IO_ERROR_CANCELLED
 *
 * Adds the file's VEVENTs to @programme as events. An event whose UID is one of the
 * programme's items (an export of this programme) or was imported into it before updates
 * that item instead of adding one, so importing twice adds nothing; an event older than
 * that item (event_is_older()) is counted in @result's older and not applied, and one
 * that is word for word the export of that item changes nothing. A new item from another
 * calendar keeps its UID (#CtItem.ics_uid), which exports write back; an instance
 * (RECURRENCE-ID, or a day of a rule that cannot be kept) does not, as the UID names the
 * whole rule. Times in a TZID (also a
 * Windows zone name or a fixed offset), in UTC or floating become Vietnam time; weekly
 * rules stay weekly rules with their EXDATEs; a RECURRENCE-ID instance removes its day
 * from the rule and becomes a single event. DESCRIPTION is read back into agenda items,
 * preparing units and paragraphs; ORGANIZER and ATTENDEE into the chair and the
 * participants when it names none.
 *
 * What cannot be kept is left out with a warning naming the event: a date outside the
 * years %CT_ICS_MIN_YEAR to %CT_ICS_MAX_YEAR, a time zone that cannot be known, a rule
 * repeating more often than daily, a rule with no day in the programme's period, events
 * written inside events; reminders are counted in a warning. An end
 * before the start is dropped with a warning. Every rule is walked only up to the end of
 * the period, and the whole file within fixed bounds (%CT_ICS_ERROR_TOO_LARGE past them).
 *
 * Everything is read before @programme is touched: on error it is left as it was.
 * Save it afterwards with ct_store_save_programme() (one transaction), or use
 * ct_ics_import_file() (ct-ics-import-file.h).
 *
 * Returns: %TRUE on success; %FALSE with %CT_ICS_ERROR_NOT_CALENDAR,
 *   %CT_ICS_ERROR_MALFORMED, %CT_ICS_ERROR_NO_EVENTS, %CT_ICS_ERROR_NO_SECTION or
 *   %CT_ICS_ERROR_TOO_LARGE
 */
gboolean
ct_ics_import (CtProgramme              *programme,
               const CtIcsImportOptions *options,
               const char               *data,
               gssize                    length,
               CtIcsImportResult        *result,
               GError                  **error)
{
  CtIcsImportOptions defaults;
  CtIcsImportResult counts = { 0 };
  g_autoptr(GPtrArray) events = NULL;
  CtIcsReader reader;
  ImportIndex index;

  g_return_val_if_fail (programme != NULL, FALSE);
  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (options == NULL)
    {
      ct_ics_import_options_init (&defaults);
      options = &defaults;
    }
  if (options->section >= (int) programme->sections->len)
    {
      g_set_error (error, CT_ICS_ERROR, CT_ICS_ERROR_NO_SECTION,
                   /* Translators: %1$d is a section number the user gave, %2$u how many
                    * sections the programme has. */
                   _("There is no section %1$d: the programme has %2$u sections."),
                   options->section + 1, programme->sections->len);
      return FALSE;
    }
  ct_ics_reader_init (&reader, options, programme);
  events = ct_ics_parse_events (&reader, data, length, options, error);
  if (events == NULL)
    {
      ct_ics_reader_clear (&reader);
      return FALSE;
    }

  exclude_overridden_days (events);
  /* Rules first, so that a RECURRENCE-ID finds its rule whatever the file's order. */
  import_index_init (&index, programme);
  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < events->len; i++)
      {
        CtIcsEvent *event = g_ptr_array_index (events, i);
        if (event->overrides == (pass == 1))
          place_event (programme, &index, options, event, &counts);
      }
  import_index_clear (&index);
  if (counts.older > 0)
    ct_ics_reader_warn (&reader,
                        g_dngettext (GETTEXT_PACKAGE,
                                     /* Translators: %u is a number of events of the file
                                      * whose item in the programme was changed after the
                                      * file was made. */
                                     "%u event is older than the programme’s; not applied.",
                                     "%u events are older than the programme’s; not "
                                     "applied.", counts.older), counts.older);
  counts.warnings = ct_ics_reader_take_warnings (&reader);
  ct_ics_reader_clear (&reader);
  if (result != NULL)
    *result = counts;
  else
    ct_ics_import_result_clear (&counts);
  return TRUE;
}
