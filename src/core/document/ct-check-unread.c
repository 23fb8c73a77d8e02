/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-check"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "ct-check-private.h"
#include "ct-date-time.h"
#include "ct-when-text.h"

/* Text typed in a field that is no value yet (#CtProgramme.unread_texts) is listed first:
 * the programme still prints the field's last good value, not what the clerk sees typed. */

static char *
number_reason (const char *text)
{
  const char *c = text;

  while (g_ascii_isdigit (*c))
    c++;
  if (*c != '\0')
    return g_strdup (_("a number has digits only"));
  if (strlen (text) > 5 || g_ascii_strtoull (text, NULL, 10) > 99999)
    return g_strdup (_("a number has at most five digits"));
  return NULL;
}

/* The value of digits typed, -1 for other text. */
static int
digits_value (const char *text)
{
  if (*text == '\0' || strlen (text) > 9 || strspn (text, "0123456789") != strlen (text))
    return -1;
  return atoi (text);
}

/* As the editor reads the period: the month, quarter or week within the stored year. */
static char *
period_reason (const CtProgramme *programme,
               gboolean           year,
               const char        *text)
{
  int value = digits_value (text);
  guint weeks;

  if (year)
    return value >= 1900 && value <= 9999
           ? NULL : g_strdup (_("a year has four digits, from 1900 to 9999"));
  switch (programme->period_kind)
    {
    case CT_PERIOD_KIND_MONTH:
      return value >= 1 && value <= 12 ? NULL : g_strdup (_("a month is 1 to 12"));
    case CT_PERIOD_KIND_QUARTER:
      return value >= 1 && value <= 4 ? NULL : g_strdup (_("a quarter is 1 to 4"));
    case CT_PERIOD_KIND_WEEK:
      weeks = ct_programme_weeks_in_year (programme->period_year);
      if (value >= 1 && value <= (int) weeks)
        return NULL;
      /* Translators: %1$d is a year, %2$u its last ISO week (52 or 53). */
      return g_strdup_printf (_("%1$d has weeks 1 to %2$u"), programme->period_year, weeks);
    case CT_PERIOD_KIND_YEAR:
    default:
      return NULL;
    }
}

static char *
minute_reason (const char *text)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text));
  int minute;

  if (*trimmed == '\0' || ct_time_parse (trimmed, &minute))
    return NULL;
  return g_strdup (_("a time is written as 8:30 or 14h, up to 23:59"));
}

static char *
when_reason (const char *text,
             int         year,
             gboolean    due)
{
  CtWhenText when;
  char *reason = NULL;

  ct_when_text_parse (text, year, &when);
  if (when.kind == CT_WHEN_TEXT_INVALID)
    reason = g_strdup (when.error);
  else if (due && when.kind == CT_WHEN_TEXT_DATE && g_date_valid (&when.last))
    reason = g_strdup (_("A task is due on one day: type its last day only"));
  else if (due && when.kind == CT_WHEN_TEXT_DATE &&
           (when.day_part != CT_DAY_PART_NONE || when.start_minute != CT_NO_TIME))
    reason = g_strdup (_("A due date is a day, without a time of day"));
  ct_when_text_clear (&when);
  return reason;
}

/* A date row's text: one day, without a time or a run of days; empty clears it. */
static char *
day_reason (const char *text,
            int         year)
{
  CtWhenText when;
  char *reason = NULL;

  ct_when_text_parse (text, year, &when);
  if (when.kind == CT_WHEN_TEXT_INVALID)
    reason = g_strdup (when.error);
  else if (when.kind == CT_WHEN_TEXT_VAGUE ||
           (when.kind == CT_WHEN_TEXT_DATE &&
            (g_date_valid (&when.last) || when.day_part != CT_DAY_PART_NONE ||
             when.start_minute != CT_NO_TIME)))
    reason = g_strdup (_("type one day, such as 15/12/2026"));
  ct_when_text_clear (&when);
  return reason;
}

/* The item field of @key ("item:UUID:FIELD"), and its item in @programme. */
static const char *
split_item_key (const CtProgramme *programme,
                const char        *key,
                CtItem           **item)
{
  const char *field;
  g_autofree char *uuid = NULL;

  *item = NULL;
  if (!g_str_has_prefix (key, "item:") || (field = strrchr (key, ':')) == key + 4)
    return NULL;
  uuid = g_strndup (key + 5, field - key - 5);
  *item = ct_programme_find_item (programme, uuid, NULL);
  return *item != NULL ? field + 1 : NULL;
}

/**
 * ct_check_unread_reason:
 * @programme: a programme
 * @key: a field key of #CtProgramme.unread_texts ("number", "period_year", "period_index",
 *   "item:UUID:when", "item:UUID:due", "item:UUID:start_minute", "item:UUID:end_minute")
 * @text: the text typed in that field
 *
 * Returns: (transfer full) (nullable): why @text is no value of that field, translated
 *   ("a number has digits only", "31/02 does not exist"); %NULL when it reads as one, or
 *   for a key this version does not know
 */
char *
ct_check_unread_reason (const CtProgramme *programme,
                        const char        *key,
                        const char        *text)
{
  const char *field;
  CtItem *item;

  g_return_val_if_fail (programme != NULL && key != NULL && text != NULL, NULL);

  if (g_str_equal (key, "number"))
    return number_reason (text);
  if (g_str_equal (key, "period_year") || g_str_equal (key, "period_index"))
    return period_reason (programme, g_str_equal (key, "period_year"), text);
  if (g_str_equal (key, "issue_date"))
    return day_reason (text, programme->period_year);
  field = split_item_key (programme, key, &item);
  if (field == NULL)
    return NULL;
  if (g_str_equal (field, "when") || g_str_equal (field, "due"))
    return when_reason (text, programme->period_year, g_str_equal (field, "due"));
  if (g_str_equal (field, "start_minute") || g_str_equal (field, "end_minute"))
    return minute_reason (text);
  if (g_str_equal (field, "start_date") || g_str_equal (field, "end_date"))
    return day_reason (text, programme->period_year);
  return NULL;
}

static char *
item_message (const char *field,
              const char *name,
              const char *text,
              const char *reason)
{
  if (g_str_equal (field, "when"))
    /* Translators: %s are the event's title, the date as typed, and why it is no
     * date ("31/02 does not exist"). */
    return g_strdup_printf (_("“%s”: the date “%s” is not used yet: %s"), name, text, reason);
  if (g_str_equal (field, "due"))
    /* Translators: %1$s is a task, %2$s its due time as typed, %3$s why it is not used. */
    return g_strdup_printf (_("“%1$s”: the due time “%2$s” is not used yet: %3$s"), name, text,
                            reason);
  if (g_str_equal (field, "start_date"))
    /* Translators: %1$s is a recurring item's title, %2$s its first day as typed, %3$s
     * why it is no day. */
    return g_strdup_printf (_("“%1$s”: the first day “%2$s” is not used yet: %3$s"), name,
                            text, reason);
  if (g_str_equal (field, "end_date"))
    /* Translators: %1$s is a recurring item's title, %2$s its last day as typed, %3$s
     * why it is no day. */
    return g_strdup_printf (_("“%1$s”: the last day “%2$s” is not used yet: %3$s"), name,
                            text, reason);
  if (g_str_equal (field, "start_minute"))
    /* Translators: %1$s is an item's title, %2$s its start time as typed, %3$s why it is
     * not a time ("a time is written as 8:30 or 14h, up to 23:59"). */
    return g_strdup_printf (_("“%1$s”: the start time “%2$s” is not used yet: %3$s"), name,
                            text, reason);
  /* Translators: %1$s is an item's title, %2$s its end time as typed, %3$s why it is not
   * a time. */
  return g_strdup_printf (_("“%1$s”: the end time “%2$s” is not used yet: %3$s"), name, text,
                          reason);
}

static void
add_item_issue (GPtrArray         *issues,
                const CtProgramme *programme,
                const CtItem      *item,
                int                section,
                const char        *field)
{
  g_autofree char *key = ct_programme_item_key (item, field);
  const char *text = ct_programme_get_unread_text (programme, key);
  g_autofree char *reason = NULL;
  g_autofree char *name = NULL;
  gboolean date = g_str_equal (field, "when") || g_str_equal (field, "due");

  if (text == NULL || (reason = ct_check_unread_reason (programme, key, text)) == NULL)
    return;
  name = ct_check_item_name (item);
  /* The rows' names in the item form: "date" is a recurring item's first day. */
  ct_check_add_issue (issues, date ? CT_CHECK_DATE_NOT_UNDERSTOOD : CT_CHECK_TEXT_NOT_UNDERSTOOD,
                      date ? "when" : g_str_equal (field, "start_date") ? "date" : field,
                      section, item->uuid, -1,
                      item_message (field, name, text, reason));
}

static void
check_period (GPtrArray         *issues,
              const CtProgramme *programme,
              gboolean           year)
{
  const char *key = year ? "period_year" : "period_index";
  const char *text = ct_programme_get_unread_text (programme, key);
  g_autofree char *reason = NULL;
  char *message;

  if (text == NULL || (reason = period_reason (programme, year, text)) == NULL)
    return;
  if (year)
    /* Translators: %1$s is the period's year as typed, %2$s why it is no year. */
    message = g_strdup_printf (_("Year “%1$s” is not used yet: %2$s"), text, reason);
  else if (programme->period_kind == CT_PERIOD_KIND_QUARTER)
    /* Translators: %1$s is the period's quarter as typed, %2$s why it is none. */
    message = g_strdup_printf (_("Quarter “%1$s” is not used yet: %2$s"), text, reason);
  else if (programme->period_kind == CT_PERIOD_KIND_WEEK)
    /* Translators: %1$s is the period's week as typed, %2$s why it is none. */
    message = g_strdup_printf (_("Week “%1$s” is not used yet: %2$s"), text, reason);
  else
    /* Translators: %1$s is the period's month as typed ("13"), %2$s why it is none. */
    message = g_strdup_printf (_("Month “%1$s” is not used yet: %2$s"), text, reason);
  ct_check_add_issue (issues, CT_CHECK_TEXT_NOT_UNDERSTOOD, key, -1, NULL, -1, message);
}

/*
 * ct_check_unread_listed:
 * @item: (nullable): the item of @field, %NULL for a field of the programme
 * @field: "number", "issue_date", or an item's field ("when", "due", "start_date" …)
 *
 * Whether ct_check_unread_texts() lists text typed in that field: the field is then
 * not empty for the clerk, who sees the text, and only that message is given.
 */
gboolean
ct_check_unread_listed (const CtProgramme *programme,
                        const CtItem      *item,
                        const char        *field)
{
  g_autofree char *key = item != NULL ? ct_programme_item_key (item, field) : g_strdup (field);
  const char *text = ct_programme_get_unread_text (programme, key);
  g_autofree char *reason = NULL;

  if (text == NULL)
    return FALSE;
  reason = ct_check_unread_reason (programme, key, text);
  return reason != NULL;
}

/*
 * ct_check_unread_texts:
 *
 * Adds one issue per text typed that is no value yet, in the order of the document:
 * the number, the period, the issue date, then the items' fields.
 */
void
ct_check_unread_texts (GPtrArray         *issues,
                       const CtProgramme *programme)
{
  static const char *const fields[] = { "when", "due", "start_minute", "end_minute",
                                        "start_date", "end_date" };
  const char *number = ct_programme_get_unread_text (programme, "number");
  const char *issue_date = ct_programme_get_unread_text (programme, "issue_date");
  g_autofree char *reason = NULL;

  if (g_hash_table_size (programme->unread_texts) == 0)
    return;
  if (number != NULL && (reason = number_reason (number)) != NULL)
    /* Translators: %1$s is the document number as typed ("12a"), %2$s why it is
     * no number ("a number has digits only"). */
    ct_check_add_issue (issues, CT_CHECK_TEXT_NOT_UNDERSTOOD, "number", -1, NULL, -1,
                        g_strdup_printf (_("Number “%1$s” is not used yet: %2$s"), number,
                                         reason));
  check_period (issues, programme, TRUE);
  check_period (issues, programme, FALSE);
  g_clear_pointer (&reason, g_free);
  if (issue_date != NULL && (reason = day_reason (issue_date, programme->period_year)) != NULL)
    /* Translators: %1$s is the issue date as typed ("31/02"), %2$s why it is no day. */
    ct_check_add_issue (issues, CT_CHECK_DATE_NOT_UNDERSTOOD, "issue_date", -1, NULL, -1,
                        g_strdup_printf (_("Issue date “%1$s” is not used yet: %2$s"),
                                         issue_date, reason));
  for (guint i = 0; i < programme->sections->len; i++)
    {
      CtSection *section = g_ptr_array_index (programme->sections, i);

      for (guint j = 0; j < section->items->len; j++)
        for (guint k = 0; k < G_N_ELEMENTS (fields); k++)
          add_item_issue (issues, programme, g_ptr_array_index (section->items, j), (int) i,
                          fields[k]);
    }
}
