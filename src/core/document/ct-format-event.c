/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-format"

#include "ct-format.h"
#include "ct-text.h"

#include <string.h>

/* Sentence case for a clause that opens after a colon ("…: Ngày 20/9/2023 (thứ Tư)."). */
static char *
upcase_first (const char *text)
{
  gunichar first;
  char buffer[8];
  int len;

  if (*text == '\0')
    return g_strdup ("");
  first = g_unichar_totitle (g_utf8_get_char (text));
  len = g_unichar_to_utf8 (first, buffer);
  buffer[len] = '\0';
  return g_strconcat (buffer, g_utf8_next_char (text), NULL);
}

static void
append_time_prefix (GString *out,
                    int      start_minute,
                    int      end_minute)
{
  g_autofree char *start = ct_format_time (start_minute);
  g_autofree char *end = ct_format_time (end_minute);

  if (*start == '\0')
    return;
  if (*end != '\0')
    g_string_append_printf (out, "từ %s đến %s, ", start, end);
  else
    g_string_append_printf (out, "%s, ", start);
}

static void
append_day_part (GString   *out,
                 CtDayPart  day_part)
{
  const char *part = ct_format_day_part (day_part);

  if (*part != '\0')
    g_string_append_printf (out, "%s ", part);
}

/**
 * ct_format_recurring_when:
 * @day_part: the day part, or %CT_DAY_PART_NONE
 * @weekdays: a #CtWeekdayMask
 * @start_minute: the start time, or %CT_NO_TIME
 *
 * The "when" of a weekly item: "chiều thứ Hai hằng tuần", "8 giờ 00, sáng thứ Hai, thứ Năm
 * hằng tuần". Weekdays are named as in running text (document-format.md §10, NĐ 30/2020
 * Phụ lục II §V.8.c) and "hằng tuần" is spelt with "ằ".
 *
 * Returns: (transfer full): the phrase, lowercase
 */
char *
ct_format_recurring_when (CtDayPart day_part,
                          guint     weekdays,
                          int       start_minute)
{
  GString *out = g_string_new (NULL);
  gboolean first = TRUE;

  append_time_prefix (out, start_minute, CT_NO_TIME);
  append_day_part (out, day_part);
  for (GDateWeekday wd = G_DATE_MONDAY; wd <= G_DATE_SUNDAY; wd++)
    if (weekdays & CT_WEEKDAY_FROM_GDATE (wd))
      {
        g_string_append_printf (out, "%s%s", first ? "" : ", ", ct_format_weekday (wd));
        first = FALSE;
      }
  if (!first)
    g_string_append_c (out, ' ');
  g_string_append (out, "hằng tuần");
  return g_string_free (out, FALSE);
}

/* "tuần đầu tiên", "tuần thứ hai", …, "tuần cuối cùng": the week of the month a
 * monthly rule names (#CtItem.month_week, 1–5 or -1). */
static const char *
month_week_phrase (int month_week)
{
  static const char *const weeks[] = {
    "tuần đầu tiên", "tuần thứ hai", "tuần thứ ba", "tuần thứ tư", "tuần thứ năm",
  };

  if (month_week >= 1 && month_week <= (int) G_N_ELEMENTS (weeks))
    return weeks[month_week - 1];
  return "tuần cuối cùng";
}

/* "sáng ngày 05 hằng tháng", "chiều thứ Hai tuần đầu tiên hằng tháng": the day is
 * padded as dates are (document-format.md §8); "hằng", as in "hằng tuần". */
static char *
monthly_when (const CtItem *item)
{
  GString *out = g_string_new (NULL);

  append_time_prefix (out, item->start_minute, CT_NO_TIME);
  if (item->recurrence == CT_RECURRENCE_MONTHLY_DAY)
    {
      if (item->day_part == CT_DAY_PART_ALL_DAY)
        g_string_append (out, "cả ngày ");
      else
        {
          append_day_part (out, item->day_part);
          g_string_append (out, "ngày ");
        }
      g_string_append_printf (out, "%02d hằng tháng", item->month_day);
      return g_string_free (out, FALSE);
    }
  append_day_part (out, item->day_part);
  for (GDateWeekday wd = G_DATE_MONDAY; wd <= G_DATE_SUNDAY; wd++)
    if (item->weekdays & CT_WEEKDAY_FROM_GDATE (wd))
      {
        g_string_append_printf (out, "%s ", ct_format_weekday (wd));
        break;
      }
  g_string_append_printf (out, "%s hằng tháng", month_week_phrase (item->month_week));
  return g_string_free (out, FALSE);
}

/* "từ ngày 10 đến ngày 12/10/2023", "từ ngày 30/9 đến ngày 02/10/2023",
 * "từ ngày 30/12/2023 đến ngày 02/01/2024": the shared parts are written once. */
static void
append_range (GString     *out,
              const GDate *first,
              const GDate *last)
{
  g_autofree char *last_text = ct_format_date_short (last);
  g_autofree char *first_text = ct_format_date_short (first);

  if (g_date_get_year (first) != g_date_get_year (last))
    g_string_append_printf (out, "từ ngày %s", first_text);
  else if (g_date_get_month (first) != g_date_get_month (last))
    {
      *strrchr (first_text, '/') = '\0';
      g_string_append_printf (out, "từ ngày %s", first_text);
    }
  else
    g_string_append_printf (out, "từ ngày %02u", g_date_get_day (first));
  g_string_append_printf (out, " đến ngày %s", last_text);
}

static void
append_single_day (GString      *out,
                   const CtItem *item)
{
  g_autofree char *date = ct_format_date_short (&item->start_date);
  const char *weekday = ct_format_weekday (g_date_get_weekday (&item->start_date));

  if (item->day_part == CT_DAY_PART_ALL_DAY)
    g_string_append (out, "cả ngày");
  else if (item->day_part != CT_DAY_PART_NONE)
    g_string_append_printf (out, "%s ngày", ct_format_day_part (item->day_part));
  else
    g_string_append (out, "ngày");
  g_string_append_printf (out, " %s (%s)", date, weekday);
}

/* The timing as the user wrote it, in place of a date: "Tuần 3", "Dự kiến trong tháng",
 * "Thời gian cụ thể thông báo sau". Its window is not printed: it may be only the
 * editor's reading of the wording, and the document says what the office wrote. */
static char *
vague_when (const CtItem *item)
{
  g_autofree char *text = g_strstrip (g_strdup (item->vague_when));

  if (item->tentative && *text != '\0')
    return g_strconcat ("Dự kiến ", text, NULL);
  return upcase_first (text);
}

/**
 * ct_format_event_when:
 * @item: an event or recurring item
 *
 * The "when" of an item, in the wording of a Party programme (document-format.md §10–11):
 * - event: "Dự kiến ngày 08/9/2023 (thứ Sáu)" when tentative, "Ngày 20/9/2023 (thứ Tư)"
 *   otherwise; with a day part "Dự kiến chiều ngày 08/9/2023 (thứ Sáu)", all day
 *   "Cả ngày 08/9/2023 (thứ Sáu)"; with a time "8 giờ 00, sáng ngày …" or
 *   "từ 8 giờ 00 đến 11 giờ 30, sáng ngày …"; over several days
 *   "Từ ngày 10 đến ngày 12/10/2023" (no weekdays, no day part);
 * - event of vague timing (#CtItem.vague_when): the wording as written, in place of the
 *   date, with its first letter capitalised: "Tuần 3", "Thời gian cụ thể thông báo sau",
 *   "Dự kiến trong tháng"; never a date made up from its window;
 * - recurring item: ct_format_recurring_when(), e.g. "chiều thứ Hai hằng tuần"; a monthly
 *   rule "sáng ngày 05 hằng tháng", "chiều thứ Hai tuần đầu tiên hằng tháng",
 *   "thứ Sáu tuần cuối cùng hằng tháng".
 * Dates follow ct_format_date_short(); the weekday is computed, never typed.
 *
 * Returns: (transfer full): the phrase; "" for an event without a date or for a task
 */
char *
ct_format_event_when (const CtItem *item)
{
  g_autoptr(GString) out = g_string_new (NULL);

  g_return_val_if_fail (item != NULL, g_strdup (""));

  if (item->kind == CT_ITEM_RECURRING && item->recurrence != CT_RECURRENCE_WEEKLY)
    return monthly_when (item);
  if (item->kind == CT_ITEM_RECURRING)
    return ct_format_recurring_when (item->day_part, item->weekdays, item->start_minute);
  if (item->kind == CT_ITEM_EVENT && ct_item_is_vague (item))
    return vague_when (item);
  if (item->kind != CT_ITEM_EVENT || !g_date_valid (&item->start_date))
    return g_strdup ("");

  append_time_prefix (out, item->start_minute, item->end_minute);
  if (g_date_valid (&item->end_date) && g_date_compare (&item->end_date, &item->start_date) > 0)
    append_range (out, &item->start_date, &item->end_date);
  else
    append_single_day (out, item);
  if (item->tentative)
    return g_strconcat ("Dự kiến ", out->str, NULL);
  return upcase_first (out->str);
}

/**
 * ct_format_event_line:
 * @item: an event or recurring item
 *
 * The line that names an item and its date, as in the programme's sections
 * (document-format.md §11):
 * - event: "<title>: <when>." e.g. "Hội nghị Ban Thường vụ Huyện ủy: Dự kiến ngày
 *   26/9/2023 (thứ Ba)."; "<title>." when the event has no date yet;
 * - recurring item: "<title> <when>" with no colon nor final stop, as such headings are
 *   written: "Giao ban Thường trực Huyện ủy chiều thứ Hai hằng tuần".
 *
 * Returns: (transfer full): the line; a task gives its title or ""
 */
char *
ct_format_event_line (const CtItem *item)
{
  g_autofree char *when = NULL;
  const char *title;

  g_return_val_if_fail (item != NULL, g_strdup (""));

  title = item->title ? item->title : "";
  if (item->kind == CT_ITEM_TASK)
    return g_strdup (title);
  when = ct_format_event_when (item);
  if (item->kind == CT_ITEM_RECURRING)
    return *title ? g_strdup_printf ("%s %s", title, when) : g_steal_pointer (&when);
  if (*when == '\0')
    return g_strdup_printf ("%s.", title);
  return g_strdup_printf ("%s: %s.", title, when);
}

/**
 * ct_preparation_note_free:
 * @note: (transfer full) (nullable): a note
 */
void
ct_preparation_note_free (CtPreparationNote *note)
{
  if (note == NULL)
    return;
  g_free (note->text);
  g_free (note);
}

static char *
note_text (const char *unit,
           guint       first,
           guint       last)
{
  if (last - first >= 2)
    return g_strdup_printf ("(%s chuẩn bị nội dung %u-%u)", unit, first, last);
  if (last - first == 1)
    return g_strdup_printf ("(%s chuẩn bị nội dung %u,%u)", unit, first, last);
  return g_strdup_printf ("(%s chuẩn bị)", unit);
}

/**
 * ct_format_preparation_notes:
 * @event: an event item
 *
 * Generates the preparation notes of an event's agenda, the way a Party programme writes
 * them (document-format.md §11): after each run of consecutive agenda items with the same
 * preparing unit, "(UBND huyện chuẩn bị nội dung 1-3)" for three items or more,
 * "(Văn phòng Huyện ủy chuẩn bị nội dung 4,5)" for two, and "(UBKT Huyện ủy chuẩn bị)"
 * for the single item just above. Items without a unit get no note. Units are compared
 * with ct_text_fold(), so "Huyện uỷ" and "Huyện ủy" make one run; the note names the unit
 * as the run's first item writes it. Numbers come from the items' positions.
 *
 * Returns: (transfer full) (element-type CtPreparationNote): the notes in order
 */
GPtrArray *
ct_format_preparation_notes (const CtItem *event)
{
  GPtrArray *notes = g_ptr_array_new_with_free_func ((GDestroyNotify) ct_preparation_note_free);
  guint i = 0;

  g_return_val_if_fail (event != NULL, notes);

  while (i < event->agenda->len)
    {
      CtAgendaItem *first = g_ptr_array_index (event->agenda, i);
      g_autofree char *key = NULL;
      CtPreparationNote *note;
      guint j = i + 1;

      if (first->preparing_unit == NULL || ct_text_is_blank (first->preparing_unit))
        {
          i++;
          continue;
        }
      key = ct_text_fold (first->preparing_unit);
      for (; j < event->agenda->len; j++)
        {
          CtAgendaItem *next = g_ptr_array_index (event->agenda, j);
          g_autofree char *next_key = ct_text_fold (next->preparing_unit);

          if (next->preparing_unit == NULL || g_strcmp0 (key, next_key) != 0)
            break;
        }
      note = g_new0 (CtPreparationNote, 1);
      note->after = j - 1;
      note->text = note_text (first->preparing_unit, i + 1, j);
      g_ptr_array_add (notes, note);
      i = j;
    }
  return notes;
}
