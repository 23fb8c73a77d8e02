/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-import"

#include "config.h"

#include "ct-import-body-private.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "ct-date-time.h"
#include "ct-text.h"

/* The outline's nesting: what a line means depends on the item above it. Under a
 * numbered conference, a new run "1.", "2." is its agenda; "a)" under an agenda item is
 * its sub-point; "(X chuẩn bị nội dung 1, 2)" binds the agenda items it names, by the
 * numbers written; "- Chủ trì: …" and the like fill the item's attributes; a timing that
 * is not a date ("thời gian cụ thể thông báo sau") or a monthly rule ("ngày 05 hằng
 * tháng") is kept as such. */

/* Whether "@number. @rest" continues the agenda of the numbered event above rather than
 * the section's items: a run restarting at 1 under the event, then its next numbers. A
 * number that fits both is the section's next item when it has a date of its own. */
gboolean
ct_import_outline_is_agenda (Body       *body,
                             const char *rest,
                             guint       line,
                             guint       number)
{
  guint n = body->agenda_numbers->len;
  guint last = n ? g_array_index (body->agenda_numbers, guint, n - 1) : 0;
  CtItem *dated;

  if (body->event == NULL || body->heading || body->event->kind != CT_ITEM_EVENT)
    return FALSE;
  if (!body->numbered_agenda)
    {
      if (number != 1 || number == body->item_number + 1 || n > 0)
        return FALSE;
      body->numbered_agenda = TRUE;
      return TRUE;
    }
  if (number == body->item_number + 1)
    {
      if (number != last + 1)
        return FALSE;
      dated = ct_import_body_parse_dated (body, rest, line);
      if (dated != NULL)
        {
          g_hash_table_remove (body->ctx->lines, dated);
          ct_item_unref (dated);
          return FALSE;
        }
    }
  return number > last;
}

/* "(Văn phòng chuẩn bị)" ending @text: cut from it (in place), the unit returned. */
char *
ct_import_outline_take_unit (char *text)
{
  gsize len = strlen (text);
  char stop = len > 0 && strchr (".:", text[len - 1]) != NULL ? text[len - 1] : '\0';
  char *open;
  g_autofree char *folded = NULL;
  char *unit;

  /* "… (Văn phòng chuẩn bị)." keeps its full stop on the wording, "… (X chuẩn bị):"
   * before its sub-points its colon. */
  len -= stop != '\0';
  if (len < 3 || text[len - 1] != ')' || (open = strrchr (text, '(')) == NULL)
    return NULL;
  folded = ct_text_fold (open);
  if (stop)
    folded[strlen (folded) - 1] = '\0';
  if (!g_str_has_suffix (folded, " chuan bi)"))
    return NULL;
  /* "chuẩn bị" is the note's last two words; the unit is before them. */
  unit = g_strndup (open + 1, len - (open - text) - 1 - 1);
  unit[strlen (unit) - strlen ("chuẩn bị")] = '\0';
  g_strstrip (unit);
  if (*unit == '\0' || strchr (unit, '(') != NULL)
    {
      g_free (unit);
      return NULL;
    }
  *open = '\0';
  g_strchomp (text);
  if (stop && *text != '\0')
    {
      gsize end = strlen (text);

      /* The note was cut from the end, so there is room for the one character. */
      text[end] = stop;
      text[end + 1] = '\0';
    }
  return unit;
}

/* "a) …", "đ) …": a sub-point of the last agenda item. */
gboolean
ct_import_outline_subpoint (Body       *body,
                            const char *text,
                            guint       line)
{
  const char *after;
  CtAgendaItem *agenda;

  if (body->event == NULL || body->event->agenda->len == 0)
    return FALSE;
  if (!g_unichar_islower (g_utf8_get_char (text)))
    return FALSE;
  after = g_utf8_next_char (text);
  if (after[0] != ')' || after[1] != ' ')
    return FALSE;
  agenda = g_ptr_array_index (body->event->agenda, body->event->agenda->len - 1);
  ct_agenda_item_add_subpoint (agenda, after + 2);
  (void) line;
  return TRUE;
}

/* The attribute labels, folded, and the fields they fill; "Chủ trì" of a task is its
 * lead unit. */
static const struct { const char *label; const char *event; const char *task; } labels[] = {
  { "chu tri", "chair", "lead_unit" },
  { "don vi chu tri", "lead_unit", "lead_unit" },
  { "lanh dao du", "attending_leaders", "attending_leaders" },
  { "thanh phan", "participants", "participants" },
  { "dia diem", "location", "location" },
  { "co quan chuan bi", "preparing_unit", "preparing_unit" },
  { "phoi hop", "cooperating_units", "cooperating_units" },
  { "ldvp", "accompanying_officer", "accompanying_officer" },
};

static const CtItemTextField *
field_of (const char *key)
{
  for (guint i = 0; i < CT_ITEM_N_TEXT_FIELDS; i++)
    if (strcmp (ct_item_text_fields[i].key, key) == 0)
      return &ct_item_text_fields[i];
  return NULL;
}

/* Sets one attribute; one already set is not overwritten: the line is shown instead. */
static void
set_attribute (Body       *body,
               const char *key,
               const char *value,
               const char *text,
               guint       line)
{
  const CtItemTextField *field = field_of (key);

  if (!ct_text_is_blank (ct_item_get_text_field (body->item, field)))
    {
      ct_import_unrecognised (body->ctx, line, text);
      return;
    }
  ct_item_set_text_field (body->item, field, value);
}

static gboolean is_vague (const char *folded);

/* "30/11/2025" exactly, as a valid date. */
static gboolean
parse_full_date (const char *value,
                 GDate      *date)
{
  int day, month, year, used = 0;

  if (sscanf (value, "%2d/%2d/%4d%n", &day, &month, &year, &used) != 3 ||
      value[used] != '\0' || !g_date_valid_dmy (day, month, year) ||
      !ct_date_year_in_range (year))
    return FALSE;
  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

/* A task's due time in words, as work plans write it: "quý II", "tháng 11", "thường
 * xuyên", "trước ngày 25 hằng tháng", "năm 2026", or a vague timing. */
static gboolean
is_due_words (const char *folded)
{
  static const char *const starts[] = { "quy ", "thang ", "thuong xuyen", "truoc ", "nam ",
                                        "hang thang", "hang quy" };

  for (guint i = 0; i < G_N_ELEMENTS (starts); i++)
    if (g_str_has_prefix (folded, starts[i]))
      return strlen (folded) < 60;
  return is_vague (folded);
}

/* "Thời gian hoàn thành: 30/11/2025." of a task: its due date; "quý I năm 2026" or
 * another timing in words: its due time as written. Anything else, or a second due
 * time, is shown as not read rather than guessed. */
static void
set_due (Body       *body,
         const char *value,
         const char *text,
         guint       line)
{
  CtItem *item = body->item;
  g_autofree char *folded = ct_text_fold (value);
  GDate date;

  if (g_date_valid (&item->end_date) || item->vague_when != NULL)
    ct_import_unrecognised (body->ctx, line, text);
  else if (parse_full_date (value, &date))
    item->end_date = date;
  else if (is_due_words (folded))
    item->vague_when = g_strdup (value);
  else
    ct_import_unrecognised (body->ctx, line, text);
}

/* The label of a task's due time, folded. */
static const char *const due_labels[] = { "thoi gian hoan thanh", "thoi han hoan thanh",
                                          "thoi han", "thoi gian" };

/* "<label>: <value>" in @inner (without bullet or parentheses): the field filled. */
static gboolean
labelled (Body       *body,
          const char *inner,
          const char *text,
          guint       line)
{
  CtFolded f;
  gboolean found = FALSE;

  ct_folded_init (&f, inner);
  /* "- Nội dung:" alone introduces the agenda below it; it holds nothing itself. */
  if (body->item->kind != CT_ITEM_TASK && g_str_has_prefix (f.text, "noi dung:") &&
      ct_text_is_blank (inner + f.offsets[strlen ("noi dung:")]))
    found = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (due_labels) && !found; i++)
    {
      gsize n = strlen (due_labels[i]);
      g_autofree char *value = NULL;

      if (body->item->kind != CT_ITEM_TASK || !g_str_has_prefix (f.text, due_labels[i]) ||
          f.text[n] != ':')
        continue;
      value = g_strstrip (g_strdup (inner + f.offsets[n + 1]));
      while (*value && strchr (".;,", value[strlen (value) - 1]) != NULL)
        value[strlen (value) - 1] = '\0';
      set_due (body, value, text, line);
      found = TRUE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (labels) && !found; i++)
    {
      gsize n = strlen (labels[i].label);
      g_autofree char *value = NULL;
      char *more;

      if (!g_str_has_prefix (f.text, labels[i].label) || f.text[n] != ':')
        continue;
      value = g_strstrip (g_strdup (inner + f.offsets[n + 1]));
      /* "Đơn vị chủ trì: A; phối hợp: B", as tasks print. */
      more = strstr (value, "; phối hợp: ");
      if (more != NULL)
        {
          char *units = more + strlen ("; phối hợp: ");

          *more = '\0';
          while (*units && strchr (".;,", units[strlen (units) - 1]) != NULL)
            units[strlen (units) - 1] = '\0';
          set_attribute (body, "cooperating_units", units, text, line);
        }
      while (*value && strchr (".;,", value[strlen (value) - 1]) != NULL)
        value[strlen (value) - 1] = '\0';
      set_attribute (body, body->item->kind == CT_ITEM_TASK ? labels[i].task : labels[i].event,
                     value, text, line);
      found = TRUE;
    }
  ct_folded_clear (&f);
  return found;
}

/* "- Chủ trì: …", "+ Địa điểm: …", "LĐVP: …", "(LĐVP: Đ/c …)", "(Giấy mời riêng)". */
gboolean
ct_import_outline_attribute (Body       *body,
                             const char *text,
                             guint       line)
{
  g_autofree char *inner = NULL;
  g_autofree char *folded = NULL;
  gsize len = strlen (text);

  if (body->item == NULL)
    return FALSE;
  if (g_str_has_prefix (text, "- ") || g_str_has_prefix (text, "+ "))
    return labelled (body, text + 2, text, line);
  if (len > 2 && text[0] == '(' && text[len - 1] == ')')
    {
      inner = g_strndup (text + 1, len - 2);
      folded = ct_text_fold (inner);
      if (g_str_equal (folded, "giay moi rieng"))
        {
          set_attribute (body, "note", text, text, line);
          return TRUE;
        }
      return labelled (body, inner, text, line);
    }
  return labelled (body, text, text, line);
}

/* "nội dung 1-3", "nội dung 4,5", "nội dung 1, 3 và 5": the ranges, at most @max. */
static guint
parse_ranges (const char *p,
              guint       ranges[][2],
              guint       max)
{
  guint n = 0;

  while (n < max)
    {
      guint64 a, b;
      char *end;

      while (*p == ' ' || *p == ',')
        p++;
      if (g_str_has_prefix (p, "va "))
        p += 3;
      if (!g_ascii_isdigit (*p) || (a = g_ascii_strtoull (p, &end, 10)) > 999)
        break;
      p = end;
      while (*p == ' ')
        p++;
      b = a;
      if (*p == '-' || g_str_has_prefix (p, "–") || g_str_has_prefix (p, "den "))
        {
          p += *p == '-' ? 1 : g_str_has_prefix (p, "–") ? strlen ("–") : 4;
          while (*p == ' ')
            p++;
          if (!g_ascii_isdigit (*p) || (b = g_ascii_strtoull (p, &end, 10)) > 999 || b < a)
            return 0;
          p = end;
        }
      ranges[n][0] = a;
      ranges[n][1] = b;
      n++;
    }
  while (*p == ' ' || *p == '.')
    p++;
  return *p == '\0' ? n : 0;
}

/* The agenda item written @number the note means: the latest one since the previous
 * note, else the latest before it. @twice tells whether the number is written more than
 * once where it was looked for. */
static gint
find_written (Body    *body,
              guint    number,
              gboolean *twice)
{
  guint len = body->agenda_numbers->len;
  gint found = -1;

  *twice = FALSE;
  for (guint i = len; i > body->noted; i--)
    if (g_array_index (body->agenda_numbers, guint, i - 1) == number)
      {
        *twice = found >= 0;
        if (found < 0)
          found = i - 1;
      }
  for (guint i = body->noted; i > 0 && found < 0; i--)
    if (g_array_index (body->agenda_numbers, guint, i - 1) == number)
      found = i - 1;
  return found;
}

static void
warn_missing (Body       *body,
              guint       line,
              const char *unit,
              GArray     *missing)
{
  g_autoptr(GString) list = g_string_new (NULL);

  for (guint i = 0; i < missing->len; i++)
    g_string_append_printf (list, i ? ", %u" : "%u", g_array_index (missing, guint, i));
  ct_import_warn (body->ctx, line,
                  /* Translators: %1$s lists item numbers, %2$s is a unit's name. */
                  g_dngettext (GETTEXT_PACKAGE,
                               "The preparation note names item %1$s, which the agenda above "
                               "does not have; no item was given to %2$s for it. Check the "
                               "note.",
                               "The preparation note names items %1$s, which the agenda above "
                               "does not have; no item was given to %2$s for them. Check the "
                               "note.", missing->len), list->str, unit);
}

/* Binds the items the note names, by their written numbers, to @unit. Where a written
 * number is not the item's printed one (the agenda is printed numbered from positions),
 * or is written twice, the warning says which items the printout gives the unit. */
static void
bind_note (Body        *body,
           guint        line,
           const char  *unit,
           guint        ranges[][2],
           guint        n)
{
  g_autoptr(GArray) missing = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GString) written = g_string_new (NULL);
  g_autoptr(GString) printed = g_string_new (NULL);
  gboolean moved = FALSE, doubled = FALSE;

  for (guint r = 0; r < n; r++)
    for (guint number = ranges[r][0]; number <= ranges[r][1]; number++)
      {
        gboolean twice;
        gint at = find_written (body, number, &twice);
        CtAgendaItem *agenda;

        if (at < 0)
          {
            g_array_append_val (missing, number);
            continue;
          }
        agenda = g_ptr_array_index (body->event->agenda, at);
        g_free (agenda->preparing_unit);
        agenda->preparing_unit = g_strdup (unit);
        g_string_append_printf (written, written->len ? ", %u" : "%u", number);
        g_string_append_printf (printed, printed->len ? ", %u" : "%u", (guint) at + 1);
        moved = moved || (guint) at + 1 != number;
        doubled = doubled || twice;
      }
  if (missing->len > 0)
    warn_missing (body, line, unit, missing);
  if (doubled)
    ct_import_warn (body->ctx, line,
                    /* Translators: %1$s lists item numbers as written, %2$s as printed. */
                    _("The preparation note names item numbers written twice in the agenda "
                      "above (%1$s); it was given to the later ones, printed as %2$s. Check "
                      "the note."), written->str, printed->str);
  else if (moved)
    ct_import_warn (body->ctx, line,
                    /* Translators: %1$s lists item numbers as written, %2$s as printed;
                     * %3$s is a unit's name. */
                    _("The preparation note names items %1$s as written; the agenda is printed "
                      "numbered from its positions, so these items are printed as %2$s and "
                      "the note as prepared by %3$s for %2$s. Check the note."),
                    written->str, printed->str, unit);
}

/* "(UBND huyện chuẩn bị nội dung 1-3)", "(UBKT Huyện ủy chuẩn bị)". */
/* One clause of a note, "Văn phòng chuẩn bị nội dung 1, 2": its unit (%NULL when it is
 * not a clause) and the numbers it names (@n 0: none). */
static char *
note_clause (const char *clause,
             guint       ranges[][2],
             guint       max,
             guint      *n)
{
  char *unit = NULL;
  CtFolded f;
  const char *at, *rest;

  *n = 0;
  ct_folded_init (&f, clause);
  at = g_strrstr (f.text, " chuan bi");
  rest = at ? at + strlen (" chuan bi") : NULL;
  while (rest && *rest == ' ')
    rest++;
  if (rest != NULL && *rest != '\0' &&
      (!g_str_has_prefix (rest, "noi dung ") ||
       (*n = parse_ranges (rest + strlen ("noi dung "), ranges, max)) == 0))
    rest = NULL;
  if (rest != NULL)
    unit = ct_import_trim_title (clause, f.offsets[at - f.text]);
  ct_folded_clear (&f);
  if (unit != NULL && *unit == '\0')
    g_clear_pointer (&unit, g_free);
  return unit;
}

/* A note without numbers: the agenda items since the previous note, or the event itself
 * when it has no agenda; a unit already given is not replaced, the line is shown. */
static void
note_without_numbers (Body       *body,
                      const char *unit,
                      const char *text,
                      guint       line)
{
  CtItem *event = body->event;
  gboolean given = FALSE;

  if (event->agenda->len == 0)
    {
      if (event->preparing_unit != NULL)
        ct_import_unrecognised (body->ctx, line, text);
      else
        event->preparing_unit = g_strdup (ct_import_body_unit (body->ctx, unit));
      return;
    }
  for (guint i = MIN (body->noted, event->agenda->len - 1); i < event->agenda->len; i++)
    {
      CtAgendaItem *agenda = g_ptr_array_index (event->agenda, i);

      if (agenda->preparing_unit == NULL)
        {
          agenda->preparing_unit = g_strdup (ct_import_body_unit (body->ctx, unit));
          given = TRUE;
        }
    }
  if (!given)
    ct_import_unrecognised (body->ctx, line, text);
}

gboolean
ct_import_outline_note (Body       *body,
                        const char *text,
                        guint       line)
{
  g_autofree char *inner = NULL;
  g_auto(GStrv) clauses = NULL;
  g_autoptr(GPtrArray) units = g_ptr_array_new_with_free_func (g_free);
  guint ranges[8][32][2], counts[8] = { 0 };
  gsize len = strlen (text);
  guint n;

  if (body->event == NULL || len < 3 || text[0] != '(' || text[len - 1] != ')')
    return FALSE;
  inner = g_strndup (text + 1, len - 2);
  /* "(A chuẩn bị nội dung 1; B chuẩn bị nội dung 2)": each clause read, or none. */
  clauses = g_strsplit (inner, ";", G_N_ELEMENTS (counts) + 1);
  n = g_strv_length (clauses);
  if (n > G_N_ELEMENTS (counts))
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      char *unit = note_clause (g_strstrip (clauses[i]), ranges[i], G_N_ELEMENTS (ranges[i]),
                                &counts[i]);

      if (unit == NULL || (n > 1 && counts[i] == 0))
        {
          g_free (unit);
          return FALSE;
        }
      g_ptr_array_add (units, unit);
    }
  /* A note on an event with no agenda of its own is the event's only when it is last. */
  if (body->event->agenda->len == 0 && (counts[0] > 0 || body->event != body->item))
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (counts[i] == 0)
      note_without_numbers (body, g_ptr_array_index (units, i), text, line);
    else
      bind_note (body, line, ct_import_body_unit (body->ctx, g_ptr_array_index (units, i)),
                 ranges[i], counts[i]);
  body->noted = body->event->agenda->len;
  return TRUE;
}

/* Timings kept as written, folded, as they begin. */
static gboolean
is_vague (const char *folded)
{
  static const char *const starts[] = { "thoi gian cu the thong bao sau", "trong thang",
                                        "trong tuan", "dau thang", "giua thang",
                                        "cuoi thang", "theo giay trieu tap", "thoi gian "
                                        "thong bao sau", "se thong bao sau" };
  static const char *const weeks[] = { "tuan 1", "tuan 2", "tuan 3", "tuan 4", "tuan 5",
                                       "tuan thu ", "tuan dau", "tuan cuoi", "tuan giua" };

  /* "tuần 2", "tuần đầu tháng", not "Tuần lễ …". */
  for (guint i = 0; i < G_N_ELEMENTS (weeks); i++)
    if (g_str_has_prefix (folded, weeks[i]))
      return strlen (folded) < 60;
  for (guint i = 0; i < G_N_ELEMENTS (starts); i++)
    if (g_str_has_prefix (folded, starts[i]))
      return strlen (folded) < 60;
  return FALSE;
}

/* A month or a quarter and nothing else, folded: "tháng 7", "tháng 7/2026", "tháng 7 năm
 * 2026", "quý III" — the timing of an event a year's plan places no closer. */
static gboolean
is_month_or_quarter (const char *folded)
{
  static const char *const quarters[] = { "iv", "iii", "ii", "i", "1", "2", "3", "4" };
  const char *p = folded;
  int year;

  if (g_str_has_prefix (p, "thang ") && g_ascii_isdigit (p[6]))
    {
      char *end;
      guint64 month = g_ascii_strtoull (p + 6, &end, 10);

      if (month < 1 || month > 12)
        return FALSE;
      p = end;
      if (sscanf (p, "/%4d", &year) == 1)
        p += 5;
    }
  else if (g_str_has_prefix (p, "quy "))
    {
      guint i = 0;

      p += strlen ("quy ");
      while (i < G_N_ELEMENTS (quarters) && !g_str_has_prefix (p, quarters[i]))
        i++;
      if (i == G_N_ELEMENTS (quarters))
        return FALSE;
      p += strlen (quarters[i]);
    }
  else
    return FALSE;
  if (g_str_has_prefix (p, " nam ") && sscanf (p + 5, "%4d", &year) == 1)
    p += 9;
  return *p == '\0' || (p[0] == '.' && p[1] == '\0');
}

/* "thứ Hai" → Monday, the folded text moved past it. */
static GDateWeekday
eat_weekday (const char **p)
{
  static const char *const names[][2] = {
    { "thu hai", "thu 2" }, { "thu ba", "thu 3" }, { "thu tu", "thu 4" },
    { "thu nam", "thu 5" }, { "thu sau", "thu 6" }, { "thu bay", "thu 7" },
    { "chu nhat", "cn" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    for (guint k = 0; k < 2; k++)
      if (g_str_has_prefix (*p, names[i][k]) && (*p)[strlen (names[i][k])] == ' ')
        {
          *p += strlen (names[i][k]) + 1;
          return G_DATE_MONDAY + i;
        }
  return G_DATE_BAD_WEEKDAY;
}

/* "tuần đầu tiên", "tuần thứ hai", "tuần 3", "tuần cuối (cùng)". */
static gboolean
eat_month_week (const char **p,
                int         *week)
{
  static const char *const words[] = { "dau tien", "dau", "thu nhat", "thu hai", "thu ba",
                                       "thu tu", "thu nam", "cuoi cung", "cuoi" };
  static const int values[] = { 1, 1, 1, 2, 3, 4, 5, -1, -1 };

  if (!g_str_has_prefix (*p, "tuan "))
    return FALSE;
  *p += strlen ("tuan ");
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_str_has_prefix (*p, words[i]) && (*p)[strlen (words[i])] == ' ')
      {
        *p += strlen (words[i]) + 1;
        *week = values[i];
        return TRUE;
      }
  if (**p >= '1' && **p <= '5' && (*p)[1] == ' ')
    {
      *week = **p - '0';
      *p += 2;
      return TRUE;
    }
  return FALSE;
}

static CtDayPart
eat_day_part (const char **p)
{
  static const char *const parts[] = { "sang ", "chieu ", "toi " };
  static const CtDayPart values[] = { CT_DAY_PART_MORNING, CT_DAY_PART_AFTERNOON,
                                      CT_DAY_PART_EVENING };

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (g_str_has_prefix (*p, parts[i]))
      {
        *p += strlen (parts[i]);
        return values[i];
      }
  return CT_DAY_PART_NONE;
}

/* "[sáng] ngày 05 hằng tháng", "[chiều] thứ Hai tuần đầu (tiên) [hằng|của] tháng". */
static CtItem *
parse_monthly (const char *folded)
{
  const char *p = folded;
  CtDayPart part = eat_day_part (&p);
  g_autoptr(CtItem) item = ct_item_new (CT_ITEM_RECURRING);
  GDateWeekday weekday;
  guint64 day;
  char *end;

  item->day_part = part;
  if (g_str_has_prefix (p, "ngay ") && g_ascii_isdigit (p[5]))
    {
      day = g_ascii_strtoull (p + 5, &end, 10);
      if (day < 1 || day > 31 || (strcmp (end, " hang thang") != 0 &&
                                  strcmp (end, " hang thang.") != 0))
        return NULL;
      item->recurrence = CT_RECURRENCE_MONTHLY_DAY;
      item->month_day = day;
      return g_steal_pointer (&item);
    }
  if ((weekday = eat_weekday (&p)) == G_DATE_BAD_WEEKDAY ||
      !eat_month_week (&p, &item->month_week))
    return NULL;
  if (g_str_has_prefix (p, "hang ") || g_str_has_prefix (p, "cua "))
    p = strchr (p, ' ') + 1;
  if (strcmp (p, "thang") != 0 && strcmp (p, "thang.") != 0)
    return NULL;
  item->recurrence = CT_RECURRENCE_MONTHLY_WEEKDAY;
  item->weekdays = CT_WEEKDAY_FROM_GDATE (weekday);
  return g_steal_pointer (&item);
}

/* "<title>: <vague timing>." → an event kept with its timing as written;
 * "<title> <monthly rule>" → a monthly recurring item. */
CtItem *
ct_import_outline_undated (Body       *body,
                           const char *text,
                           guint       line)
{
  CtFolded f;
  CtItem *item = NULL;
  const char *colon;

  ct_folded_init (&f, text);
  colon = strrchr (f.text, ':');
  if (colon != NULL)
    {
      const char *when = colon + 1;
      gboolean tentative;

      while (*when == ' ')
        when++;
      tentative = g_str_has_prefix (when, "du kien ");
      if (tentative)
        when += strlen ("du kien ");
      if (is_vague (when) || is_month_or_quarter (when))
        {
          g_autofree char *vague = ct_import_trim_title (text + f.offsets[when - f.text],
                                                         strlen (text + f.offsets[when - f.text]));

          if (g_str_has_suffix (vague, "."))
            vague[strlen (vague) - 1] = '\0';
          item = ct_item_new (CT_ITEM_EVENT);
          item->title = ct_import_trim_title (text, f.offsets[colon - f.text]);
          item->tentative = tentative;
          item->vague_when = g_steal_pointer (&vague);
        }
    }
  for (gsize i = 0; i < f.len && item == NULL; i++)
    if (f.text[i] == ' ' && (item = parse_monthly (f.text + i + 1)) != NULL)
      item->title = ct_import_trim_title (text, f.offsets[i]);
  ct_folded_clear (&f);
  (void) body;
  (void) line;
  return item;
}

/*
 * ct_import_outline_timing:
 * @written: a timing as written before a bullet's title: "Trong tháng", "16h00 thứ Sáu
 *   hằng tuần", "Ngày 15 hằng tháng"
 *
 * Returns: (transfer full) (nullable): an event kept with its timing as written, or a
 *   recurring item, without a title; %NULL when @written is none of these
 */
CtItem *
ct_import_outline_timing (const char *written)
{
  g_autofree char *folded = ct_text_fold (written);
  CtItem *item = NULL;
  CtWhen when;

  if (is_vague (folded))
    {
      item = ct_item_new (CT_ITEM_EVENT);
      item->vague_when = g_strstrip (g_strdup (written));
    }
  else if (ct_import_parse_recurring (folded, &when))
    {
      item = ct_item_new (CT_ITEM_RECURRING);
      item->weekdays = when.weekdays;
      item->day_part = when.day_part;
      item->start_minute = when.start_minute;
    }
  else
    item = parse_monthly (folded);
  return item;
}
