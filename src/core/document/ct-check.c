/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-check"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "ct-check-private.h"
#include "ct-conflict.h"
#include "ct-format.h"
#include "ct-occurrence.h"
#include "ct-programme-edit.h"
#include "ct-text.h"

/* Weekday names after folding (ct_text_fold: lowercase, no marks, đ → d), as written in
 * running text ("thứ Sáu", "Chủ nhật") or with digits ("thứ 6", "CN"). */
#define WEEKDAY_RE "(thu\\s*(?:hai|ba|tu|nam|sau|bay|[2-7])|chu\\s*nhat|cn)"
#define DATE_RE "(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}))?"

/**
 * ct_check_issue_free:
 * @issue: (transfer full) (nullable): an issue
 */
void
ct_check_issue_free (CtCheckIssue *issue)
{
  if (issue == NULL)
    return;
  g_free (issue->message);
  g_free (issue->item_uuid);
  g_free (issue);
}

static GDateWeekday
parse_weekday (const char *folded)
{
  static const char *const names[] = { "hai", "ba", "tu", "nam", "sau", "bay" };
  const char *rest = folded;

  if (g_str_has_prefix (folded, "chu") || g_str_equal (folded, "cn"))
    return G_DATE_SUNDAY;
  rest += 3;
  while (g_ascii_isspace (*rest))
    rest++;
  if (*rest >= '2' && *rest <= '7')
    return G_DATE_MONDAY + (*rest - '2');
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_str_equal (rest, names[i]))
      return G_DATE_MONDAY + i;
  return G_DATE_BAD_WEEKDAY;
}

static gboolean
match_to_date (GMatchInfo *match,
               int         first_group,
               int         default_year,
               GDate      *date)
{
  g_autofree char *d = g_match_info_fetch (match, first_group);
  g_autofree char *m = g_match_info_fetch (match, first_group + 1);
  g_autofree char *y = g_match_info_fetch (match, first_group + 2);
  int day = atoi (d), month = atoi (m), year = (y && *y) ? atoi (y) : default_year;

  g_date_clear (date, 1);
  if (!g_date_valid_dmy (day, month, year))
    return FALSE;
  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

static gboolean
scan (const char   *folded,
      const char   *pattern,
      int           date_group,
      int           weekday_group,
      int           default_year,
      GDate        *date,
      GDateWeekday *written)
{
  g_autoptr(GRegex) regex = g_regex_new (pattern, G_REGEX_OPTIMIZE, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;

  g_regex_match (regex, folded, 0, &match);
  for (; g_match_info_matches (match); g_match_info_next (match, NULL))
    {
      g_autofree char *name = g_match_info_fetch (match, weekday_group);
      GDateWeekday weekday = parse_weekday (name);

      if (weekday == G_DATE_BAD_WEEKDAY || !match_to_date (match, date_group, default_year, date))
        continue;
      if (g_date_get_weekday (date) != weekday)
        {
          *written = weekday;
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * ct_check_find_weekday_mismatch:
 * @text: (nullable): text as typed, in any normalisation form
 * @default_year: the year of dates written without one ("08/9")
 * @date: (out caller-allocates): the date whose weekday is wrong
 * @written: (out): the weekday written next to it
 *
 * Finds a weekday that contradicts its date: "26/9/2023 (thứ Tư)" (26/9/2023 is a
 * Tuesday), "thứ 6, ngày 07/9" and "Chủ nhật 10/9/2023" forms included (weekday names as
 * in document-format.md §10).
 *
 * Returns: %TRUE when a contradiction was found
 */
gboolean
ct_check_find_weekday_mismatch (const char   *text,
                                int           default_year,
                                GDate        *date,
                                GDateWeekday *written)
{
  g_autofree char *folded = NULL;

  g_return_val_if_fail (date != NULL && written != NULL, FALSE);

  if (text == NULL || *text == '\0')
    return FALSE;
  folded = ct_text_fold (text);
  return scan (folded, DATE_RE "\\s*\\(\\s*" WEEKDAY_RE "\\s*\\)", 1, 4, default_year, date,
               written)
         || scan (folded, WEEKDAY_RE "\\s*,?\\s*(?:ngay\\s*)?" DATE_RE, 2, 1, default_year,
                  date, written);
}

static CtCheckIssue *
issue_new (GPtrArray   *issues,
           CtCheckKind  kind,
           const char  *field,
           int          section,
           const char  *uuid,
           int          index,
           char        *message)
{
  CtCheckIssue *issue = g_new0 (CtCheckIssue, 1);

  issue->kind = kind;
  issue->field = field;
  issue->section = section;
  issue->item_uuid = g_strdup (uuid);
  issue->index = index;
  issue->message = message;
  g_ptr_array_add (issues, issue);
  return issue;
}

/* Adds an issue, taking @message (ct-check-private.h). */
CtCheckIssue *
ct_check_add_issue (GPtrArray   *issues,
                    CtCheckKind  kind,
                    const char  *field,
                    int          section,
                    const char  *uuid,
                    int          index,
                    char        *message)
{
  return issue_new (issues, kind, field, section, uuid, index, message);
}

static void
check_text (GPtrArray         *issues,
            const CtProgramme *programme,
            const char        *text,
            const char        *field,
            int                section,
            const char        *uuid,
            int                index)
{
  GDate date;
  GDateWeekday written;
  g_autofree char *day = NULL;

  if (!ct_check_find_weekday_mismatch (text, programme->period_year, &date, &written))
    return;
  day = ct_format_date_short (&date);
  issue_new (issues, CT_CHECK_WEEKDAY_MISMATCH, field, section, uuid, index,
             /* Translators: %1$s is a date ("26/9/2023"), %2$s the weekday typed next to it
              * ("thứ Tư"), %3$s its real weekday ("thứ Ba"). */
             g_strdup_printf (_("%1$s is written as %2$s but is a %3$s"), day,
                              ct_format_weekday (written),
                              ct_format_weekday (g_date_get_weekday (&date))));
}

static char *
item_name (const CtItem *item)
{
  const char *text = item->title;
  g_autofree char *flat = NULL;

  if (ct_text_is_blank (text) && item->paragraphs->len > 0)
    text = g_ptr_array_index (item->paragraphs, 0);
  flat = ct_text_collapse_spaces (text ? text : "");
  if (*flat == '\0')
    /* Translators: names an item without a title in the check's messages. */
    return g_strdup (_("untitled"));
  if (g_utf8_strlen (flat, -1) > 60)
    {
      g_autofree char *cut = g_utf8_substring (flat, 0, 59);
      return g_strconcat (cut, "…", NULL);
    }
  return g_steal_pointer (&flat);
}

/* The item's title, or its first words, as the check's messages name it. */
char *
ct_check_item_name (const CtItem *item)
{
  return item_name (item);
}

static void
check_event_dates (GPtrArray         *issues,
                   const CtProgramme *programme,
                   const CtItem      *item,
                   int                section)
{
  g_autofree char *name = item_name (item);

  /* A vague event's timing is its words; its dates are only a window (ct-check-schedule). */
  /* A date typed that is not used yet is listed as such (ct-check-unread.c), not as none. */
  if (!g_date_valid (&item->start_date) && !ct_item_is_vague (item))
    {
      if (ct_check_unread_listed (programme, item, "when")
          || ct_check_unread_listed (programme, item, "start_date"))
        return;
      issue_new (issues, CT_CHECK_EVENT_WITHOUT_DATE, "date", section, item->uuid, -1,
                 /* Translators: %s is an event's title. */
                 g_strdup_printf (_("“%s” has no date"), name));
      return;
    }
  if (ct_programme_event_outside_period (programme, item))
    {
      g_autofree char *day = ct_format_date_short (&item->start_date);
      issue_new (issues, CT_CHECK_DATE_OUTSIDE_PERIOD, "date", section, item->uuid, -1,
                 /* Translators: %1$s is an event's title, %2$s its date ("26/9/2023"). */
                 g_strdup_printf (_("“%1$s” on %2$s is outside the programme’s period"),
                                  name, day));
    }
}

static void
check_agenda (GPtrArray    *issues,
              const CtItem *item,
              int           section)
{
  g_autofree char *name = NULL;
  int first = -1;
  guint missing = 0;

  for (guint i = 0; i < item->agenda->len; i++)
    {
      CtAgendaItem *agenda = g_ptr_array_index (item->agenda, i);

      if (!ct_text_is_blank (agenda->preparing_unit))
        continue;
      if (first < 0)
        first = i;
      missing++;
    }
  if (missing == 0)
    return;
  name = item_name (item);
  issue_new (issues, CT_CHECK_AGENDA_WITHOUT_UNIT, "agenda", section, item->uuid, first,
             /* Translators: %1$u is a count, %2$s an event's title. */
             g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%1$u agenda item of “%2$s” has no preparing unit",
                                           "%1$u agenda items of “%2$s” have no preparing unit",
                                           missing), missing, name));
}

static void
check_item (GPtrArray         *issues,
            const CtProgramme *programme,
            const CtItem      *item,
            int                section)
{
  check_text (issues, programme, item->title, "title", section, item->uuid, -1);
  for (guint i = 0; i < item->paragraphs->len; i++)
    check_text (issues, programme, g_ptr_array_index (item->paragraphs, i), "paragraph",
                section, item->uuid, i);
  for (guint i = 0; i < item->agenda->len; i++)
    check_text (issues, programme, ((CtAgendaItem *) g_ptr_array_index (item->agenda, i))->text,
                "agenda", section, item->uuid, i);
  if (item->kind != CT_ITEM_TASK && ct_text_is_blank (item->title))
    issue_new (issues, CT_CHECK_ITEM_WITHOUT_TITLE, "title", section, item->uuid, -1,
               g_strdup (item->kind == CT_ITEM_EVENT ? _("An event has no title")
                                                     : _("A weekly item has no title")));
  if (item->kind == CT_ITEM_EVENT)
    check_event_dates (issues, programme, item, section);
  ct_check_item_schedule (issues, programme, item, section);
  ct_check_item_due (issues, programme, item, section);
  check_agenda (issues, item, section);
}

static gboolean
day_parts_clash (CtDayPart a,
                 CtDayPart b)
{
  return a == b || a == CT_DAY_PART_ALL_DAY || b == CT_DAY_PART_ALL_DAY;
}

static int
section_index (const CtProgramme *programme,
               const CtSection   *section)
{
  guint index;

  return g_ptr_array_find (programme->sections, section, &index) ? (int) index : -1;
}

static void
check_chairs (GPtrArray         *issues,
              const CtProgramme *programme)
{
  g_autoptr(GPtrArray) days = ct_programme_expand_occurrences (programme, NULL, NULL);
  g_autoptr(GHashTable) reported = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < days->len; i++)
    for (guint j = i + 1; j < days->len; j++)
      {
        CtOccurrence *a = g_ptr_array_index (days, i), *b = g_ptr_array_index (days, j);
        g_autofree char *chair_a = NULL, *chair_b = NULL, *key = NULL, *day = NULL;

        if (g_date_compare (&a->date, &b->date) != 0)
          break;
        if (a->item == b->item || ct_text_is_blank (a->item->chair)
            || ct_text_is_blank (b->item->chair) || !day_parts_clash (a->day_part, b->day_part))
          continue;
        chair_a = ct_text_fold (a->item->chair);
        chair_b = ct_text_fold (b->item->chair);
        key = g_strconcat (a->item->uuid, b->item->uuid, NULL);
        if (!g_str_equal (chair_a, chair_b) || g_hash_table_contains (reported, key))
          continue;
        g_hash_table_add (reported, g_steal_pointer (&key));
        day = ct_format_date_short (&a->date);
        issue_new (issues, CT_CHECK_CHAIR_CLASH, "date", section_index (programme, b->section),
                   b->item->uuid, -1,
                   /* Translators: %1$s is a person or body, %2$s a date ("26/9/2023"). */
                   g_strdup_printf (_("%1$s chairs two events at the same time on %2$s"),
                                    b->item->chair, day));
      }
}

/* Days off and weekends come from the calendar's conflict finder (ct-conflict), over the
 * programme's period. */
static void
check_days (GPtrArray         *issues,
            const CtProgramme *programme,
            CtHolidays        *holidays)
{
  g_autoptr(GPtrArray) conflicts = NULL;
  GDate first, last;

  ct_programme_get_period_range (programme, &first, &last);
  conflicts = ct_programme_check_conflicts (programme, holidays, &first, &last);
  for (guint i = 0; i < conflicts->len; i++)
    {
      CtConflict *conflict = g_ptr_array_index (conflicts, i);
      guint section = 0;

      if (conflict->kind == CT_CONFLICT_SAME_TIME)
        continue;
      ct_programme_locate_item (programme, conflict->item->uuid, &section, NULL);
      issue_new (issues, conflict->kind == CT_CONFLICT_DAY_OFF ? CT_CHECK_DAY_OFF
                                                               : CT_CHECK_WEEKEND,
                 "date", section, conflict->item->uuid, -1, g_strdup (conflict->message));
    }
}

/* Whether the issuing body's name is that of a Party committee or of a People's Committee,
 * ignoring case and marks; FALSE for both when it is neither. */
static void
body_kind (const char *body,
           gboolean   *party,
           gboolean   *state)
{
  static const char *const party_words[] = {
    "dang uy", "huyen uy", "tinh uy", "thanh uy", "quan uy", "thi uy", "chi bo", "dang bo",
    "ban thuong vu", "ban chap hanh",
  };
  static const char *const state_words[] = { "uy ban nhan dan", "ubnd", "hoi dong nhan dan" };
  g_autofree char *folded = ct_text_fold (body);

  *party = *state = FALSE;
  for (gsize i = 0; i < G_N_ELEMENTS (party_words); i++)
    *party |= strstr (folded, party_words[i]) != NULL;
  for (gsize i = 0; i < G_N_ELEMENTS (state_words); i++)
    *state |= strstr (folded, state_words[i]) != NULL;
}

static void
check_header (GPtrArray         *issues,
              const CtProgramme *programme)
{
  gboolean party, state;

  body_kind (programme->issuing_body, &party, &state);
  if (programme->style == CT_DOCUMENT_STYLE_STATE && party && !state)
    issue_new (issues, CT_CHECK_STYLE_MISMATCH, "style", -1, NULL, -1,
               g_strdup (_("The issuing body is a Party body, but the State format "
                           "(Decree 30/2020) is chosen")));
  else if (programme->style == CT_DOCUMENT_STYLE_PARTY && state && !party)
    issue_new (issues, CT_CHECK_STYLE_MISMATCH, "style", -1, NULL, -1,
               g_strdup (_("The issuing body is a State body, but the Party format "
                           "(36-HD/VPTW) is chosen")));
  if (ct_text_is_blank (programme->issuing_body))
    issue_new (issues, CT_CHECK_NO_ISSUING_BODY, "issuing_body", -1, NULL, -1,
               g_strdup (_("The document has no issuing body")));
  /* A number or issue date typed that is not used yet is listed first, not as missing. */
  if (programme->number == 0 && !ct_check_unread_listed (programme, NULL, "number"))
    issue_new (issues, CT_CHECK_NO_NUMBER, "number", -1, NULL, -1,
               g_strdup (_("The document has no number")));
  if (ct_text_is_blank (programme->place_name))
    issue_new (issues, CT_CHECK_NO_PLACE_NAME, "place_name", -1, NULL, -1,
               g_strdup (_("The date line has no place name")));
  if (!g_date_valid (&programme->issue_date)
      && !ct_check_unread_listed (programme, NULL, "issue_date"))
    issue_new (issues, CT_CHECK_NO_ISSUE_DATE, "issue_date", -1, NULL, -1,
               g_strdup (_("The document has no issue date")));
  check_text (issues, programme, programme->introduction, "introduction", -1, NULL, -1);
}

static void
check_footer (GPtrArray         *issues,
              const CtProgramme *programme)
{
  if (programme->recipients->len == 0)
    issue_new (issues, CT_CHECK_NO_RECIPIENTS, "recipients", -1, NULL, -1,
               g_strdup (_("The document has no recipients")));
  if (ct_text_is_blank (programme->signer_name) || ct_text_is_blank (programme->signer_title))
    issue_new (issues, CT_CHECK_NO_SIGNER, "signer_name", -1, NULL, -1,
               g_strdup (_("The signer’s title or name is missing")));
  ct_check_signer_chain (issues, programme);
}

/**
 * ct_programme_check:
 * @programme: a programme
 * @holidays: (nullable): the holiday calendar for day-off and weekend checks; %NULL to
 *   leave those out
 *
 * The pre-signing check: what is wrong before the leader signs. It looks for weekdays that
 * contradict their dates in any text, events outside the period or without a date, agenda
 * items without a preparing unit, one chair at two events on the same day and day part
 * (all day clashes with any part), a monthly rule on a day some months lack, a vague event
 * of a month's programme without a window, a task due far from the period, a task
 * without unit or due time among tasks
 * that give them, a missing number, issue date, recipients block or signer, and authority
 * lines the rulebooks do not allow (see ct_check_signer_chain()); with @holidays, items on a day off or a weekend (see
 * ct_programme_check_conflicts()). Text typed in a field that is no value yet
 * (#CtProgramme.unread_texts) comes first. Pure: no I/O, no display.
 *
 * Returns: (transfer full) (element-type CtCheckIssue): the issues: texts typed not used
 *   yet, then in document order (header, sections, chair clashes, footer); empty when all
 *   is well
 */
GPtrArray *
ct_programme_check (const CtProgramme *programme,
                    CtHolidays        *holidays)
{
  GPtrArray *issues = g_ptr_array_new_with_free_func ((GDestroyNotify) ct_check_issue_free);

  g_return_val_if_fail (programme != NULL, issues);

  ct_check_unread_texts (issues, programme);
  check_header (issues, programme);
  for (guint i = 0; i < programme->sections->len; i++)
    {
      CtSection *section = g_ptr_array_index (programme->sections, i);

      check_text (issues, programme, section->title, "section_title", i, NULL, -1);
      for (guint j = 0; j < section->items->len; j++)
        check_item (issues, programme, g_ptr_array_index (section->items, j), i);
      ct_check_section_tasks (issues, programme, section, i);
      ct_check_section_order (issues, section, i);
    }
  check_chairs (issues, programme);
  if (holidays != NULL)
    check_days (issues, programme, holidays);
  check_footer (issues, programme);
  return issues;
}
