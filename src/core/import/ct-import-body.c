/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-import"

#include "config.h"

#include "ct-import-body-private.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ct-date-time.h"
#include "ct-format.h"
#include "ct-text.h"

/* The body of a programme: roman sections, numbered items, conference headings with
 * their agenda and preparation notes, weekly items. */

/* At most this many characters from the end of a heading are looked at for its "when":
 * the longest form ("Dự kiến từ 8 giờ 00 đến 11 giờ 30, sáng ngày …") is under 100. */
#define WHEN_WINDOW 200

char *
ct_import_trim_title (const char *text,
            gsize       length)
{
  g_autofree char *title = g_strndup (text, length);

  g_strstrip (title);
  while (*title && strchr (":,-", title[strlen (title) - 1]) != NULL)
    {
      title[strlen (title) - 1] = '\0';
      g_strchomp (title);
    }
  return g_steal_pointer (&title);
}

/* The dates of @when as written in @text, folded as @f: "31/02/2023",
 * "30/9 đến ngày 02/10/2023". */
static char *
when_written (const CtWhen   *when,
              const CtFolded *f,
              const char     *text)
{
  const char *end = when->range ? when->written2 + when->written2_len
                                : when->written1 + when->written1_len;
  gsize from = f->offsets[when->written1 - f->text], to = f->offsets[end - f->text];

  return g_strndup (text + from, to - from);
}

/* Completes a date with the period's month and year when they are not written. Returns
 * %FALSE, with a warning naming @line, for a date that is not certain: no date is ever
 * made up (a year from today, a day moved into the month). */
static gboolean
when_to_date (Body         *body,
              guint         line,
              const char   *written,
              int           day,
              int           month,
              int           year,
              GDate        *date)
{
  CtProgramme *p = body->ctx->programme;
  gboolean completed = year < 0 || month < 0;

  g_date_clear (date, 1);
  if (year >= 0 && !ct_date_year_in_range (year))
    {
      ct_import_warn (body->ctx, line,
                      /* Translators: %1$s is a date as written, %2$d and %3$d are years. */
                      _("The year in “%1$s” is not between %2$d and %3$d; the event is kept "
                        "without a date."), written, CT_DATE_MIN_YEAR, CT_DATE_MAX_YEAR);
      return FALSE;
    }
  if (year < 0 && !body->ctx->period_known)
    {
      ct_import_warn (body->ctx, line,
                      /* Translators: %s is a date as written, e.g. "30/9". */
                      _("“%s” has no year and the subtitle names no period; the event is kept "
                        "without a date."), written);
      return FALSE;
    }
  if (month < 0 && p->period_kind != CT_PERIOD_KIND_MONTH)
    {
      ct_import_warn (body->ctx, line,
                      /* Translators: %s is a date as written, e.g. "10". */
                      _("“%s” has no month and the programme's period is not a month; the "
                        "event is kept without a date."), written);
      return FALSE;
    }
  if (year < 0)
    year = p->period_year;
  if (month < 0)
    month = p->period_index;
  if (!g_date_valid_dmy (day, month, year) && completed)
    {
      ct_import_warn (body->ctx, line,
                      /* Translators: %1$s is a date as written, %2$02d/%3$02d/%4$d the day
                       * it reads as once completed from the period. */
                      _("“%1$s” would be %2$02d/%3$02d/%4$d, which is not a valid date; the "
                        "event is kept without a date."), written, day, month, year);
      return FALSE;
    }
  if (!g_date_valid_dmy (day, month, year))
    {
      ct_import_warn (body->ctx, line,
                      /* Translators: %s is a date as written. */
                      _("“%s” is not a valid date; the event is kept without a date."),
                      written);
      return FALSE;
    }
  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

static void
check_weekday (Body         *body,
               guint         line,
               const GDate  *date,
               GDateWeekday  written)
{
  g_autofree char *short_date = NULL;

  if (written == G_DATE_BAD_WEEKDAY || g_date_get_weekday (date) == written)
    return;
  short_date = ct_format_date_short (date);
  ct_import_warn (body->ctx, line,
                  /* Translators: %1$s is a date, %2$s and %3$s are Vietnamese weekday names
                   * ("thứ Ba"), which stay in Vietnamese: they are the document's words. */
                  _("%1$s is a “%2$s”, not a “%3$s” as written; the weekday is computed from "
                    "the date."),
                  short_date, ct_format_weekday (g_date_get_weekday (date)),
                  ct_format_weekday (written));
}

CtItem *
ct_import_body_event_from_when (Body         *body,
                                guint         line,
                                const CtWhen *when,
                                const char   *written,
                                char         *title)
{
  CtItem *item = ct_item_new (CT_ITEM_EVENT);

  item->title = title;
  item->tentative = when->tentative;
  item->day_part = when->day_part;
  item->start_minute = when->start_minute;
  item->end_minute = when->end_minute;
  if (!when_to_date (body, line, written, when->day1, when->month1, when->year1,
                     &item->start_date))
    return item;
  check_weekday (body, line, &item->start_date, when->weekday);
  if (!when->range)
    return item;
  /* A range is kept whole or not at all: its first day alone would be a wrong date. */
  if (!when_to_date (body, line, written, when->day2, when->month2, when->year2,
                     &item->end_date))
    g_date_clear (&item->start_date, 1);
  else if (g_date_compare (&item->end_date, &item->start_date) < 0)
    {
      ct_import_warn (body->ctx, line,
                      /* Translators: %s is a range of dates as written. */
                      _("“%s” ends before it starts; the event is kept without a date."),
                      written);
      g_date_clear (&item->start_date, 1);
      g_date_clear (&item->end_date, 1);
    }
  else if (g_date_compare (&item->end_date, &item->start_date) == 0)
    g_date_clear (&item->end_date, 1);
  else
    check_weekday (body, line, &item->end_date, when->weekday2);
  return item;
}

/* ":" or " - " before a heading's "when": "Hội nghị …: Ngày 30/10/2025", "Hội nghị … -
 * Dự kiến ngày 14/10/2025 (thứ Ba)". */
static gboolean
is_when_separator (const CtFolded *f,
                   gsize           i)
{
  return f->text[i] == ':' ||
         (f->text[i] == '-' && i > 0 && f->text[i - 1] == ' ' && f->text[i + 1] == ' ');
}

/* "<title>: <when>." or "<title> <weekly when>" → an event or recurring item; timings
 * that are not dates and monthly rules: ct_import_outline_undated(). */
CtItem *
ct_import_body_parse_dated (Body       *body,
                            const char *text,
                            guint       line)
{
  CtFolded f;
  CtWhen when;
  CtItem *item = NULL;
  gsize from;

  ct_folded_init (&f, text);
  from = f.len > WHEN_WINDOW ? f.len - WHEN_WINDOW : 0;
  for (gsize i = from; i < f.len && item == NULL; i++)
    if (is_when_separator (&f, i) && ct_import_parse_when (f.text + i + 1, &when))
      {
        g_autofree char *written = when_written (&when, &f, text);

        item = ct_import_body_event_from_when (body, line, &when, written, ct_import_trim_title (text, f.offsets[i]));
        /* A date that could not be read stays in the title as written, not lost. */
        if (!g_date_valid (&item->start_date))
          {
            g_free (item->title);
            item->title = ct_import_trim_title (text, strlen (text));
            /* The document puts back the full stop. */
            if (g_str_has_suffix (item->title, "."))
              item->title[strlen (item->title) - 1] = '\0';
          }
      }
  for (gsize i = from; i < f.len && item == NULL; i++)
    if (f.text[i] == ' ' && ct_import_parse_recurring (f.text + i + 1, &when))
      {
        item = ct_item_new (CT_ITEM_RECURRING);
        item->title = ct_import_trim_title (text, f.offsets[i]);
        item->weekdays = when.weekdays;
        item->day_part = when.day_part;
        item->start_minute = when.start_minute;
      }
  ct_folded_clear (&f);
  if (item == NULL)
    item = ct_import_outline_undated (body, text, line);
  if (item != NULL)
    g_hash_table_insert (body->ctx->lines, item, GUINT_TO_POINTER (line));
  return item;
}

static void
check_number (Body       *body,
              guint       line,
              guint       written,
              guint       expected)
{
  if (written == expected)
    return;
  ct_import_warn (body->ctx, line,
                  /* Translators: numbers of items as written in the imported text. */
                  _("Item numbered %1$u where %2$u was expected; items are numbered from their "
                    "positions."),
                  written, expected);
}

static void
start_section (Body       *body,
               const char *text,
               guint       line,
               guint       numeral)
{
  CtItem *dated = ct_import_body_parse_dated (body, text, line);

  if (numeral != body->section_number + 1)
    {
      g_autofree char *written = ct_format_roman (numeral);
      g_autofree char *expected = ct_format_roman (body->section_number + 1);

      ct_import_warn (body->ctx, line,
                      /* Translators: roman numerals of sections as written. */
                      _("Section numbered %1$s where %2$s was expected; sections are numbered "
                        "from their positions."),
                      written, expected);
    }
  body->section_number = numeral;
  body->section = ct_programme_add_section (body->ctx->programme, dated ? dated->title : text);
  body->item = body->event = dated;
  body->heading = dated != NULL;
  body->numbered_agenda = FALSE;
  body->from_bullet = FALSE;
  body->item_number = 0;
  body->numbered_items++;
  g_array_set_size (body->agenda_numbers, 0);
  g_array_set_size (body->agenda_lines, 0);
  body->noted = 0;
  if (dated != NULL)
    ct_section_add_item (body->section, dated);
}

/* An agenda item of the current event; "(X chuẩn bị)" at its end names its preparing
 * unit. */
void
ct_import_body_add_agenda (Body       *body,
                           const char *text,
                           guint       number,
                           guint       line)
{
  g_autofree char *wording = g_strdup (text);
  g_autofree char *unit = ct_import_outline_take_unit (wording);

  ct_item_add_agenda_item (body->event, wording,
                           unit ? ct_import_body_unit (body->ctx, unit) : NULL);
  g_array_append_val (body->agenda_numbers, number);
  g_array_append_val (body->agenda_lines, line);
}

void
ct_import_body_add_item (Body   *body,
                         CtItem *item,
                         guint   line)
{
  if (body->section == NULL)
    body->section = ct_programme_add_section (body->ctx->programme, "");
  ct_section_add_item (body->section, item);
  if (!g_hash_table_contains (body->ctx->lines, item))
    g_hash_table_insert (body->ctx->lines, item, GUINT_TO_POINTER (line));
  body->item = item;
  body->event = item->kind == CT_ITEM_TASK ? NULL : item;
  body->heading = FALSE;
  body->numbered_agenda = FALSE;
  body->from_bullet = FALSE;
  g_array_set_size (body->agenda_numbers, 0);
  g_array_set_size (body->agenda_lines, 0);
  body->noted = 0;
}

static void
numbered (Body       *body,
          const char *rest,
          guint       line,
          guint       number)
{
  CtItem *dated;

  if (body->heading || ct_import_outline_is_agenda (body, rest, line, number))
    {
      guint n = body->agenda_numbers->len;
      guint last = n ? g_array_index (body->agenda_numbers, guint, n - 1) : 0;

      if (number != last + 1)
        ct_import_warn (body->ctx, line,
                        /* Translators: numbers of agenda items as written. */
                        _("Agenda item numbered %1$u where %2$u was expected: it is printed "
                          "as %2$u. Check that no item is missing or repeated."),
                        number, last + 1);
      ct_import_body_add_agenda (body, rest, number, line);
      return;
    }
  check_number (body, line, number, body->item_number + 1);
  body->item_number = number;
  body->numbered_items++;
  dated = ct_import_body_parse_dated (body, rest, line);
  ct_import_body_add_item (body, dated ? dated : ct_item_new_task (rest), line);
}

const char *
ct_import_body_unit (CtImportContext *ctx,
                     const char      *name)
{
  char *key = ct_text_fold (name);
  const char *known = g_hash_table_lookup (ctx->units, key);

  if (known != NULL)
    {
      g_free (key);
      return known;
    }
  g_hash_table_insert (ctx->units, key, g_strdup (name));
  return g_hash_table_lookup (ctx->units, key);
}

static void
plain (Body       *body,
       const char *text,
       guint       line)
{
  if (body->item != NULL)
    ct_item_add_paragraph (body->item, text);
  else if (body->section != NULL)
    ct_import_body_add_item (body, ct_item_new_task (text), line);
  else
    {
      if (body->introduction->len > 0)
        g_string_append_c (body->introduction, '\n');
      g_string_append (body->introduction, text);
    }
}

static gboolean
is_bullet (const char *text)
{
  return g_str_has_prefix (text, "- ") || g_str_has_prefix (text, "+ ") ||
         g_str_has_prefix (text, "– ");
}

static void
paragraph (Body                    *body,
           const CtImportParagraph *para)
{
  const char *text = para->text, *rest;
  guint value;

  if (strchr (text, '\t') != NULL)
    /* A table row no grammar of the outline reads: shown, never merged. */
    ct_import_unrecognised (body->ctx, para->line, text);
  else if (ct_import_parse_roman (text, &value, &rest))
    start_section (body, rest, para->line, value);
  else if (body->section != NULL && ct_import_parse_number (text, &value, &rest))
    numbered (body, rest, para->line, value);
  else if (ct_import_outline_note (body, text, para->line) ||
           ct_import_outline_attribute (body, text, para->line) ||
           ct_import_outline_subpoint (body, text, para->line))
    return;
  else if (is_bullet (text) && ct_import_bullet (body, text, para->line))
    return;
  else if (body->event != NULL && is_bullet (text))
    ct_import_body_add_agenda (body, text + (g_str_has_prefix (text, "– ") ? strlen ("– ") : 2),
                               body->event->agenda->len + 1, para->line);
  else
    plain (body, text, para->line);
}

/**
 * ct_import_body:
 * @ctx: the import
 * @paragraphs: (element-type CtImportParagraph): the body's paragraphs
 *
 * Adds the sections, items and the introduction read from @paragraphs to the programme.
 */
void
ct_import_body (CtImportContext *ctx,
                GPtrArray       *paragraphs)
{
  Body body = { 0 };

  body.ctx = ctx;
  body.agenda_numbers = g_array_new (FALSE, FALSE, sizeof (guint));
  body.agenda_lines = g_array_new (FALSE, FALSE, sizeof (guint));
  body.introduction = g_string_new (NULL);
  for (guint i = 0; i < paragraphs->len; i++)
    paragraph (&body, g_ptr_array_index (paragraphs, i));
  if (body.introduction->len > 0)
    ctx->programme->introduction = g_strdup (body.introduction->str);
  g_string_free (body.introduction, TRUE);
  g_array_unref (body.agenda_numbers);
  g_array_unref (body.agenda_lines);
  /* The lines before a table or a week's days do not make the document an outline. */
  if (ctx->shape == CT_IMPORT_SHAPE_WEEKLY_SCHEDULE || paragraphs->len == 0)
    return;
  ctx->shape = body.dated_bullets > body.numbered_items ? CT_IMPORT_SHAPE_BULLETS
                                                        : CT_IMPORT_SHAPE_OUTLINE;
}
