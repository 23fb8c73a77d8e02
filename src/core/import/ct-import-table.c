/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-import"

#include "config.h"

#include "ct-import-text-private.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "ct-date-time.h"
#include "ct-format.h"
#include "ct-text.h"

/* Tables: a row is one line whose cells are separated by tabs (a table copied from Word,
 * or read from a .docx, .odt or PDF) or by "|" (a markdown-like paste). A header row names
 * the columns; the rows under it become events (Ngày | Thời gian | Nội dung | Chủ trì |
 * Địa điểm …), tasks (Nội dung | Chủ trì | Phối hợp | Thời gian hoàn thành) or, under a
 * "LỊCH CÔNG TÁC TUẦN" title, a week's events. A merged cell leaves its later rows' cell
 * empty; a cell of several paragraphs gives several lines whose other cells are empty. */

typedef enum {
  COL_OTHER,
  COL_NUMBER,
  COL_DATE,
  COL_TIME,
  COL_CONTENT,
  COL_CHAIR,
  COL_LEADERS,
  COL_PARTICIPANTS,
  COL_LOCATION,
  COL_PREPARING,
  COL_COOPERATING,
  COL_DUE,
  COL_NOTE,
  COL_OFFICER,
} Column;

static const struct
{
  const char *name; /* folded, without its parenthesised part */
  Column column;
} column_names[] = {
  { "stt", COL_NUMBER }, { "tt", COL_NUMBER }, { "so tt", COL_NUMBER },
  { "so thu tu", COL_NUMBER },
  { "ngay", COL_DATE }, { "thu", COL_DATE }, { "thu/ngay", COL_DATE },
  { "ngay/thu", COL_DATE }, { "thu, ngay", COL_DATE }, { "thu ngay", COL_DATE },
  { "ngay thang", COL_DATE }, { "ngay, thang", COL_DATE }, { "thu, ngay, thang", COL_DATE },
  { "thoi gian", COL_TIME }, { "gio", COL_TIME }, { "buoi", COL_TIME },
  { "buoi/gio", COL_TIME }, { "gio/buoi", COL_TIME }, { "buoi/thoi gian", COL_TIME },
  { "thoi gian/buoi", COL_TIME },
  { "noi dung", COL_CONTENT }, { "noi dung cong viec", COL_CONTENT },
  { "noi dung cong tac", COL_CONTENT }, { "cong viec", COL_CONTENT },
  { "nhiem vu", COL_CONTENT }, { "noi dung nhiem vu", COL_CONTENT },
  { "chu tri", COL_CHAIR }, { "lanh dao chu tri", COL_CHAIR }, { "nguoi chu tri", COL_CHAIR },
  { "don vi chu tri", COL_CHAIR }, { "co quan chu tri", COL_CHAIR },
  { "chu tri/lanh dao du", COL_CHAIR },
  { "lanh dao du", COL_LEADERS }, { "lanh dao tham du", COL_LEADERS },
  { "thanh phan", COL_PARTICIPANTS }, { "thanh phan tham du", COL_PARTICIPANTS },
  { "thanh phan du", COL_PARTICIPANTS }, { "thanh phan tham gia", COL_PARTICIPANTS },
  { "dia diem", COL_LOCATION },
  { "don vi chuan bi", COL_PREPARING }, { "co quan chuan bi", COL_PREPARING },
  { "chuan bi", COL_PREPARING }, { "don vi chuan bi noi dung", COL_PREPARING },
  { "phoi hop", COL_COOPERATING }, { "don vi phoi hop", COL_COOPERATING },
  { "co quan phoi hop", COL_COOPERATING },
  { "thoi gian hoan thanh", COL_DUE }, { "thoi han", COL_DUE },
  { "thoi han hoan thanh", COL_DUE }, { "thoi gian thuc hien", COL_DUE },
  { "ghi chu", COL_NOTE },
  { "ldvp", COL_OFFICER }, { "lanh dao van phong", COL_OFFICER },
};

typedef struct
{
  CtImportContext *ctx;
  Column *columns;
  char **names;         /* the header's cells as written */
  guint n_columns;
  gboolean work_plan;
  gboolean by_date;      /* the first column is the day: an empty one carries it on */
  CtSection *section;
  CtItem *item;          /* the last item: continuation rows go to it */
  GDate day;             /* the day carried by a merged day cell */
  GDate day_end;         /* its last day, when the cell is a range ("24/6 - 25/6") */
  gboolean tentative;    /* the day cell says "Dự kiến" */
  GDateWeekday day_weekday; /* a day cell naming only its weekday */
  CtDayPart day_part;    /* the day part carried by a merged "Buổi" cell */
  GPtrArray *day_items;  /* items of the current day cell still without a date */
  const char *day_words; /* a day cell that names no day ("Trong tháng"), kept as written */
} Table;

/*
 * ct_import_line_cells:
 * @ctx: the import
 * @line: a line
 *
 * Returns: (transfer full): the line's cells, white space collapsed, when it is a table
 *   row (tabs, or at least two "|"), else %NULL
 */
char **
ct_import_line_cells (CtImportContext    *ctx,
                      const CtImportLine *line)
{
  const char *raw = line->text;
  g_autofree char *trimmed = NULL;
  char **cells;
  char sep[2] = "\t";

  if (ctx->source != NULL && ctx->n_source >= line->number &&
      strchr (ctx->source[line->number - 1], '\t') != NULL)
    raw = ctx->source[line->number - 1];
  if (strchr (raw, '\t') == NULL)
    {
      const char *first = strchr (raw, '|');

      if (first == NULL || strchr (first + 1, '|') == NULL)
        return NULL;
      sep[0] = '|';
    }
  /* An empty first cell is a leading tab: only "| a | b |" is trimmed, of its spaces and
   * outer bars. */
  trimmed = g_strdup (raw);
  if (sep[0] == '|')
    {
      g_strstrip (trimmed);
      if (trimmed[0] == '|')
        memmove (trimmed, trimmed + 1, strlen (trimmed));
      if (*trimmed && trimmed[strlen (trimmed) - 1] == '|')
        trimmed[strlen (trimmed) - 1] = '\0';
    }
  cells = g_strsplit (trimmed, sep, -1);
  for (guint i = 0; cells[i] != NULL; i++)
    {
      char *collapsed = ct_text_collapse_spaces (cells[i]);

      g_free (cells[i]);
      cells[i] = collapsed;
    }
  return cells;
}

/* A column's name folded, its parenthesised part and final punctuation left out:
 * "Chủ trì (lãnh đạo dự)" → "chu tri". */
static Column
column_of (const char *name)
{
  g_autofree char *f = ct_text_fold (name);
  g_autofree char *plain = NULL;
  char *paren = strchr (f, '(');

  if (paren != NULL)
    *paren = '\0';
  plain = ct_text_collapse_spaces (f);
  while (*plain && strchr (".:", plain[strlen (plain) - 1]) != NULL)
    plain[strlen (plain) - 1] = '\0';
  g_strchomp (plain);
  for (guint i = 0; i < G_N_ELEMENTS (column_names); i++)
    if (strcmp (plain, column_names[i].name) == 0)
      return column_names[i].column;
  return COL_OTHER;
}

/* A header row: two or more named columns, one of them the content. */
static gboolean
is_header (char **cells)
{
  guint known = 0;
  gboolean content = FALSE;

  if (cells == NULL)
    return FALSE;
  for (guint i = 0; cells[i] != NULL; i++)
    {
      Column c = column_of (cells[i]);

      known += c != COL_OTHER;
      content |= c == COL_CONTENT;
    }
  return known >= 2 && content;
}

/*
 * ct_import_find_table:
 * @ctx: the import
 * @lines: (element-type CtImportLine): the lines
 * @first: the first line to look at
 * @end: the line after the last
 *
 * Returns: the index of the first table header row in [@first, @end), or @end
 */
guint
ct_import_find_table (CtImportContext *ctx,
                      GPtrArray       *lines,
                      guint            first,
                      guint            end)
{
  for (guint i = first; i < end; i++)
    {
      g_auto(GStrv) cells = ct_import_line_cells (ctx, g_ptr_array_index (lines, i));

      if (is_header (cells))
        return i;
    }
  return end;
}

/*
 * ct_import_set_attribute:
 * @item: an item
 * @key: a key of ct_item_text_fields[]
 * @value: the text; added on a new line when the field holds some already
 */
void
ct_import_set_attribute (CtItem     *item,
                         const char *key,
                         const char *value)
{
  for (guint i = 0; i < CT_ITEM_N_TEXT_FIELDS; i++)
    {
      const CtItemTextField *field = &ct_item_text_fields[i];
      const char *old;
      g_autofree char *joined = NULL;

      if (strcmp (field->key, key) != 0)
        continue;
      old = ct_item_get_text_field (item, field);
      if (old != NULL && *old != '\0')
        joined = g_strconcat (old, "\n", value, NULL);
      ct_item_set_text_field (item, field, joined != NULL ? joined : value);
      return;
    }
  g_return_if_reached ();
}

/*
 * ct_import_complete_date:
 * @ctx: the import
 * @line: the line the date is on, for warnings
 * @when: a parsed date (its first day)
 * @date: (out): the date
 *
 * Completes a date with the period's year (for a week, the year that puts the day in
 * the week) and month when they are not written. A date that is not certain is warned
 * about and not made up.
 *
 * Returns: whether @date is set
 */
gboolean
ct_import_complete_date (CtImportContext *ctx,
                         guint            line,
                         const CtWhen    *when,
                         GDate           *date)
{
  CtProgramme *p = ctx->programme;
  g_autofree char *written = g_strndup (when->written1, when->written1_len);
  int day = when->day1, month = when->month1, year = when->year1;

  g_date_clear (date, 1);
  if (year < 0 && !ctx->period_known)
    {
      ct_import_warn (ctx, line,
                      /* Translators: %s is a date as written, e.g. "30/9". */
                      _("“%s” has no year and the subtitle names no period; the event is kept "
                        "without a date."), written);
      return FALSE;
    }
  if (month < 0 && p->period_kind != CT_PERIOD_KIND_MONTH)
    {
      ct_import_warn (ctx, line,
                      /* Translators: %s is a date as written, e.g. "10". */
                      _("“%s” has no month and the programme's period is not a month; the "
                        "event is kept without a date."), written);
      return FALSE;
    }
  if (month < 0)
    month = p->period_index;
  if (year < 0 && p->period_kind == CT_PERIOD_KIND_WEEK)
    {
      GDate first, last;

      /* Week 1 may start in December, the last week end in January. */
      ct_programme_get_week_range (p->period_year, p->period_index, &first, &last);
      year = (month == 12 && g_date_get_month (&first) == 12) ? g_date_get_year (&first)
                                                              : g_date_get_year (&last);
    }
  else if (year < 0)
    year = p->period_year;
  if (!ct_date_year_in_range (year) || !g_date_valid_dmy (day, month, year))
    {
      ct_import_warn (ctx, line,
                      /* Translators: %s is a date as written. */
                      _("“%s” is not a valid date; the event is kept without a date."),
                      written);
      return FALSE;
    }
  g_date_set_dmy (date, day, month, year);
  if (when->weekday != G_DATE_BAD_WEEKDAY && g_date_get_weekday (date) != when->weekday)
    {
      g_autofree char *short_date = ct_format_date_short (date);

      ct_import_warn (ctx, line,
                      /* Translators: %1$s is a date, %2$s and %3$s are Vietnamese weekday
                       * names ("thứ Ba"), which stay in Vietnamese: they are the document's
                       * words. */
                      _("%1$s is a “%2$s”, not a “%3$s” as written; the weekday is computed "
                        "from the date."),
                      short_date, ct_format_weekday (g_date_get_weekday (date)),
                      ct_format_weekday (when->weekday));
    }
  return TRUE;
}

static CtSection *
current_section (Table *t)
{
  CtProgramme *p = t->ctx->programme;

  if (t->section == NULL && p->sections->len > 0)
    t->section = g_ptr_array_index (p->sections, p->sections->len - 1);
  if (t->section == NULL)
    t->section = ct_programme_add_section (p, NULL);
  return t->section;
}

/* "I", "II.", "IV -": a roman numeral alone in a cell. */
static gboolean
is_roman_cell (const char *cell)
{
  g_autofree char *probe = NULL;
  guint value;
  const char *rest;

  if (*cell == '\0')
    return FALSE;
  probe = g_strconcat (cell, cell[strlen (cell) - 1] == '.' ? " x" : ". x", NULL);
  return ct_import_parse_roman (probe, &value, &rest) && strcmp (rest, "x") == 0;
}

/* A section heading row: a roman numeral first, or one cell alone. Returns its title. */
static char *
heading_of (char    **cells,
            guint     nonempty)
{
  guint value;
  const char *rest;
  GString *title = g_string_new (NULL);
  guint from = 0;

  if (is_roman_cell (cells[0]))
    from = 1;
  else if (ct_import_parse_roman (cells[0], &value, &rest))
    {
      g_string_append (title, rest);
      from = 1;
    }
  else if (nonempty != 1 || *cells[0] == '\0')
    return g_string_free (title, TRUE);
  for (guint i = from; cells[i] != NULL; i++)
    if (*cells[i] != '\0')
      g_string_append_printf (title, "%s%s", title->len > 0 ? " " : "", cells[i]);
  if (title->len == 0 && from == 0)
    return g_string_free (title, TRUE);
  return g_string_free (title, FALSE);
}

static const char *
key_of (Table  *t,
        Column  column)
{
  switch (column)
    {
    case COL_CHAIR:
      return t->work_plan ? "lead_unit" : "chair";
    case COL_LEADERS:
      return "attending_leaders";
    case COL_PARTICIPANTS:
      return "participants";
    case COL_LOCATION:
      return "location";
    case COL_PREPARING:
      return "preparing_unit";
    case COL_COOPERATING:
      return "cooperating_units";
    case COL_NOTE:
      return "note";
    case COL_OFFICER:
      return "accompanying_officer";
    default:
      return NULL;
    }
}

/* A cell of a column the importer does not know is kept in the note, under its name. */
static void
keep_other (Table      *t,
            CtItem     *item,
            guint       i,
            const char *cell)
{
  g_autofree char *text = g_strdup_printf ("%s: %s", t->names[i], cell);

  ct_import_set_attribute (item, "note", text);
}

/* A task's content cell of several paragraphs gives several rows: one that starts in
 * capitals is the next paragraph, one in lowercase goes on with the wrapped line above. */
static void
append_content (CtItem     *item,
                const char *text)
{
  char **slot;
  char *joined;

  if (item->kind == CT_ITEM_TASK && item->paragraphs->len > 0 &&
      g_unichar_isupper (g_utf8_get_char (text)))
    {
      ct_item_add_paragraph (item, text);
      return;
    }
  slot = item->kind == CT_ITEM_TASK && item->paragraphs->len > 0
         ? (char **) &g_ptr_array_index (item->paragraphs, item->paragraphs->len - 1)
         : &item->title;
  joined = *slot != NULL && **slot ? g_strconcat (*slot, " ", text, NULL) : g_strdup (text);
  g_free (*slot);
  *slot = joined;
}

/*
 * ct_import_cut_note:
 * @text: an item's text, cut in place
 * @key: (out): the attribute the note gives: "preparing_unit" or "note"
 *
 * Cuts a closing note in parentheses off @text: "(Văn phòng chuẩn bị)" gives the
 * preparing unit, "(Giấy mời riêng)" the note. A text that is only the note is left empty.
 *
 * Returns: (transfer full) (nullable): the attribute's value, or %NULL when @text ends
 *   with no such note
 */
char *
ct_import_cut_note (char        *text,
                    const char **key)
{
  gsize len = strlen (text);
  char *open = strrchr (text, '(');
  g_autofree char *f = NULL;
  char *value;

  if (len < 3 || text[len - 1] != ')' || open == NULL)
    return NULL;
  f = ct_text_fold (open);
  if (strcmp (f, "(giay moi rieng)") == 0)
    {
      *key = "note";
      value = g_strndup (open + 1, text + len - 1 - (open + 1));
    }
  else if (g_str_has_suffix (f, " chuan bi)"))
    {
      /* "chuẩn bị)" ends the note; the unit is before it. */
      *key = "preparing_unit";
      value = g_strndup (open + 1, text + len - strlen ("chuẩn bị)") - (open + 1));
      g_strstrip (value);
    }
  else
    return NULL;
  if (*value == '\0')
    {
      g_free (value);
      return NULL;
    }
  *open = '\0';
  g_strchomp (text);
  return value;
}

/* A content cell wholly in parentheses adds to the row above: "(Văn phòng chuẩn bị)". */
static gboolean
is_parenthesised (const char *text)
{
  gsize len = strlen (text);

  return len > 2 && text[0] == '(' && text[len - 1] == ')';
}

/* The cells of a continuation row go to the item above, each after its own. */
static void
continue_item (Table  *t,
               char  **cells)
{
  for (guint i = 0; cells[i] != NULL && i < t->n_columns; i++)
    {
      const char *key = key_of (t, t->columns[i]);

      if (*cells[i] == '\0' || t->columns[i] == COL_NUMBER || t->columns[i] == COL_DATE)
        continue;
      if (t->columns[i] == COL_CONTENT)
        {
          g_autofree char *text = g_strdup (cells[i]);
          const char *note_key;
          g_autofree char *value = ct_import_cut_note (text, &note_key);

          if (value != NULL && *text == '\0')
            ct_import_set_attribute (t->item, note_key, value);
          else
            append_content (t->item, cells[i]);
        }
      else if (key != NULL)
        ct_import_set_attribute (t->item, key, cells[i]);
      else if (t->columns[i] == COL_TIME || t->columns[i] == COL_DUE)
        {
          char *joined = t->item->vague_when != NULL
                         ? g_strconcat (t->item->vague_when, " ", cells[i], NULL)
                         : g_strdup (cells[i]);

          g_free (t->item->vague_when);
          t->item->vague_when = joined;
        }
      else
        keep_other (t, t->item, i, cells[i]);
    }
}

/* "24/6 - 25/6", "24/6 đến 25/6": two days, each as a day cell writes it. Returns whether
 * @f is such a range, its first day in @when and its last day in the day2 fields. */
static gboolean
parse_day_range (const char *f,
                 CtWhen     *when)
{
  const char *dash = strchr (f, '-');
  const char *to = strstr (f, " den ");
  const char *second = dash != NULL ? dash + 1 : to != NULL ? to + strlen (" den ") : NULL;
  g_autofree char *first = NULL;
  CtWhen last;

  if (second == NULL)
    return FALSE;
  first = g_strndup (f, (dash != NULL ? dash : to) - f);
  if (!ct_import_parse_day (first, when) || !ct_import_parse_day (second, &last) ||
      when->day1 == 0 || last.day1 == 0)
    return FALSE;
  when->range = TRUE;
  when->day2 = last.day1;
  when->month2 = last.month1;
  when->year2 = last.year1;
  when->written2 = last.written1;
  when->written2_len = last.written1_len;
  when->written1 = f + (when->written1 - first);
  return TRUE;
}

/* The last day of a day cell's range, completed as its first day is. */
static void
read_day_end (Table        *t,
              guint         line,
              const CtWhen *when)
{
  CtWhen end = *when;

  g_date_clear (&t->day_end, 1);
  if (!when->range || !g_date_valid (&t->day))
    return;
  end.day1 = when->day2;
  end.month1 = when->month2;
  end.year1 = when->year2;
  end.written1 = when->written2;
  end.written1_len = when->written2_len;
  end.weekday = G_DATE_BAD_WEEKDAY;
  if (!ct_import_complete_date (t->ctx, line, &end, &t->day_end))
    return;
  if (g_date_compare (&t->day_end, &t->day) < 0)
    {
      g_autofree char *written = g_strndup (end.written1, end.written1_len);

      ct_import_warn (t->ctx, line,
                      /* Translators: %s is a date as written, e.g. "25/6". */
                      _("The range ends on “%s”, before it starts; the event is kept on its "
                        "first day only. Check its dates."), written);
      g_date_clear (&t->day_end, 1);
    }
}

/* A day cell: "Thứ Hai", "03/3", "Thứ Hai, ngày 03/3/2025", "Sáng 05/3/2025", "Dự kiến
 * 27/6", "24/6 - 25/6". Returns whether it named a day. */
static gboolean
read_day (Table      *t,
          guint       line,
          const char *cell)
{
  g_autofree char *f = ct_text_fold (cell);
  const char *range = f;
  CtWhen when;

  g_date_clear (&t->day_end, 1);
  t->tentative = g_str_has_prefix (f, "du kien ");
  if (t->tentative)
    range += strlen ("du kien ");
  if (!ct_import_parse_day (range, &when) && !parse_day_range (range, &when))
    {
      g_autofree char *with_day = g_strconcat ("ngay ", f, NULL);

      if (!ct_import_parse_when (f, &when) && !ct_import_parse_when (with_day, &when))
        return FALSE;
      when.weekday = G_DATE_BAD_WEEKDAY;
      t->day_part = when.day_part;
      t->tentative = when.tentative;
    }
  else
    t->day_part = CT_DAY_PART_NONE;
  if (when.day1 == 0)
    {
      /* "Thứ Hai" alone: its day is the week's, or written on the next line. */
      t->day_weekday = when.weekday;
      g_date_clear (&t->day, 1);
      g_ptr_array_set_size (t->day_items, 0);
      if (t->ctx->period_known && t->ctx->programme->period_kind == CT_PERIOD_KIND_WEEK)
        {
          GDate last;

          ct_programme_get_week_range (t->ctx->programme->period_year,
                                       t->ctx->programme->period_index, &t->day, &last);
          g_date_add_days (&t->day, when.weekday - G_DATE_MONDAY);
        }
      return TRUE;
    }
  if (when.weekday == G_DATE_BAD_WEEKDAY && !g_date_valid (&t->day))
    when.weekday = t->day_weekday;
  if (!ct_import_complete_date (t->ctx, line, &when, &t->day))
    g_date_clear (&t->day, 1);
  read_day_end (t, line, &when);
  /* The date under a weekday cell dates the items already read for it. */
  for (guint i = 0; i < t->day_items->len && g_date_valid (&t->day); i++)
    {
      CtItem *item = g_ptr_array_index (t->day_items, i);

      if (!g_date_valid (&item->start_date))
        item->start_date = t->day;
    }
  g_ptr_array_set_size (t->day_items, 0);
  t->day_weekday = G_DATE_BAD_WEEKDAY;
  return TRUE;
}

static void
read_time (CtItem     *item,
           const char *cell)
{
  g_autofree char *f = ct_text_fold (cell);
  CtWhen when;

  if (!ct_import_parse_time (f, &when))
    {
      /* Timing in words ("Sau hội nghị") is kept as written. */
      item->vague_when = g_strdup (cell);
      return;
    }
  if (when.day_part != CT_DAY_PART_NONE)
    item->day_part = when.day_part;
  item->start_minute = when.start_minute;
  item->end_minute = when.end_minute;
}

static CtItem *
new_item (Table  *t,
          guint   line,
          char  **cells)
{
  CtItem *item = ct_item_new (t->work_plan ? CT_ITEM_TASK : CT_ITEM_EVENT);
  gboolean time_given = FALSE;

  for (guint i = 0; cells[i] != NULL && i < t->n_columns; i++)
    {
      const char *key = key_of (t, t->columns[i]);

      if (*cells[i] == '\0' || t->columns[i] == COL_NUMBER || t->columns[i] == COL_DATE)
        continue;
      if (t->columns[i] == COL_CONTENT && t->work_plan)
        ct_item_add_paragraph (item, cells[i]);
      else if (t->columns[i] == COL_CONTENT)
        item->title = g_strdup (cells[i]);
      else if (t->columns[i] == COL_DUE || (t->columns[i] == COL_TIME && t->work_plan))
        /* Read once the period is known: ct_import_table_windows(). */
        item->vague_when = g_strdup (cells[i]);
      else if (t->columns[i] == COL_TIME)
        {
          read_time (item, cells[i]);
          time_given = TRUE;
        }
      else if (key != NULL)
        ct_import_set_attribute (item, key, cells[i]);
      else
        keep_other (t, item, i, cells[i]);
    }
  if (!t->work_plan)
    {
      /* A "Buổi" cell merged over several rows gives them its day part. */
      if (!time_given)
        item->day_part = t->day_part;
      else if (item->start_minute == CT_NO_TIME && item->vague_when == NULL)
        t->day_part = item->day_part;
      if (t->day_words != NULL && item->vague_when == NULL)
        item->vague_when = g_strdup (t->day_words);
      else if (g_date_valid (&t->day))
        {
          item->start_date = t->day;
          item->end_date = t->day_end;
          item->tentative = t->tentative;
        }
      else if (t->day_weekday != G_DATE_BAD_WEEKDAY)
        g_ptr_array_add (t->day_items, item);
    }
  ct_section_add_item (current_section (t), item);
  g_hash_table_insert (t->ctx->lines, item, GUINT_TO_POINTER (line));
  return item;
}

static guint
count_nonempty (char **cells)
{
  guint n = 0;

  for (guint i = 0; cells[i] != NULL; i++)
    n += *cells[i] != '\0';
  return n;
}

static gboolean
is_separator_row (char **cells)
{
  for (guint i = 0; cells[i] != NULL; i++)
    for (const char *p = cells[i]; *p; p++)
      if (strchr ("-:= ", *p) == NULL)
        return FALSE;
  return TRUE;
}

static gboolean
starts_lowercase (const char *text)
{
  return text != NULL && g_unichar_islower (g_utf8_get_char (text));
}

static const char *
cell_of (Table  *t,
         char  **cells,
         Column  column)
{
  for (guint i = 0; cells[i] != NULL && i < t->n_columns; i++)
    if (t->columns[i] == column)
      return cells[i];
  return "";
}

/* Whether a row with an empty first cell continues the item above rather than starting
 * one: in a table by date, the day cell is merged over the day's items, so only a row
 * with no time, no content or content that goes on in lowercase continues. */
static gboolean
continues (Table  *t,
           char  **cells)
{
  const char *content = cell_of (t, cells, COL_CONTENT);

  if (t->item == NULL || *cells[0] != '\0')
    return FALSE;
  if (!t->by_date)
    return TRUE;
  return *cell_of (t, cells, COL_TIME) == '\0' &&
         (*content == '\0' || starts_lowercase (content) || is_parenthesised (content));
}

static void
read_row (Table              *t,
          const CtImportLine *line,
          char              **cells)
{
  guint nonempty = count_nonempty (cells);
  g_autofree char *heading = NULL;

  if (nonempty == 0 || is_separator_row (cells) || is_header (cells))
    return;
  t->day_words = NULL;
  if (t->by_date && *cells[0] != '\0')
    {
      gboolean day;

      /* A "Buổi" cell carries down only under its merged day cell. */
      t->day_part = CT_DAY_PART_NONE;
      day = read_day (t, line->number, cells[0]);

      if (day && nonempty == 1)
        return;
      if (!day && (heading = heading_of (cells, nonempty)) == NULL)
        {
          /* "Trong tháng": no day, kept as written; the day above does not go on. */
          g_date_clear (&t->day, 1);
          g_date_clear (&t->day_end, 1);
          t->tentative = FALSE;
          t->day_weekday = G_DATE_BAD_WEEKDAY;
        }
      if (heading == NULL && !g_date_valid (&t->day) && t->day_weekday == G_DATE_BAD_WEEKDAY)
        t->day_words = cells[0];
    }
  else
    heading = heading_of (cells, nonempty);
  if (heading != NULL)
    {
      t->section = ct_programme_add_section (t->ctx->programme, heading);
      t->item = NULL;
      return;
    }
  if (continues (t, cells))
    continue_item (t, cells);
  else if (*cell_of (t, cells, COL_CONTENT) != '\0')
    t->item = new_item (t, line->number, cells);
  else
    ct_import_unrecognised (t->ctx, line->number, line->text);
}

/* Rows as plain lines (no tab, no "|") are single cells: headings, or the text of a cell
 * of several paragraphs whose other cells were empty. */
static char **
row_cells (Table              *t,
           const CtImportLine *line)
{
  char **cells = ct_import_line_cells (t->ctx, line);

  if (cells == NULL)
    {
      cells = g_new0 (char *, 2);
      cells[0] = g_strdup (line->text);
    }
  return cells;
}

/* The prose after a table: from a roman heading on, lines with no cell ("II. CÁC NHIỆM
 * VỤ KHÁC" and its "- …" lines) are not rows but the body grammar's. Returns the index
 * of that heading, or @end. */
static guint
prose_after (CtImportContext *ctx,
             GPtrArray       *lines,
             guint            first,
             guint            end)
{
  guint prose = end;

  for (guint i = end; i > first; i--)
    {
      CtImportLine *line = g_ptr_array_index (lines, i - 1);
      g_auto(GStrv) cells = ct_import_line_cells (ctx, line);
      guint value;
      const char *rest;

      if (cells != NULL)
        break;
      if (ct_import_parse_roman (line->text, &value, &rest))
        prose = i - 1;
    }
  return prose;
}

/* Reads the prose after a table, keeping the table's shape. */
static void
read_prose (CtImportContext *ctx,
            GPtrArray       *lines,
            guint            first,
            guint            end)
{
  CtImportShape shape = ctx->shape;
  g_autoptr(GPtrArray) paragraphs = NULL;

  if (first == end)
    return;
  paragraphs = ct_import_rebuild_paragraphs (lines, first, end);
  ct_import_body (ctx, paragraphs);
  ctx->shape = shape;
}

/*
 * ct_import_table:
 * @ctx: the import
 * @lines: (element-type CtImportLine): the lines
 * @header: the index of the header row (see ct_import_find_table())
 * @end: the index after the table's last row
 * @error: return location for a #CT_IMPORT_ERROR
 *
 * Reads a table into events or tasks, in the last section (or new ones, at each heading
 * row), and the prose after it (see prose_after()) as a body. Sets ctx->shape unless the
 * title made it a weekly schedule.
 *
 * Returns: %FALSE with @error set when the table has no row under its header
 */
gboolean
ct_import_table (CtImportContext *ctx,
                 GPtrArray       *lines,
                 guint            header,
                 guint            end,
                 GError         **error)
{
  CtImportLine *head = g_ptr_array_index (lines, header);
  g_auto(GStrv) names = ct_import_line_cells (ctx, head);
  g_autofree Column *columns = NULL;
  Table t = { ctx };
  guint items = ct_programme_count_items (ctx->programme);
  gboolean due = FALSE, date = FALSE, cooperating = FALSE, skip_number;
  guint prose;

  t.n_columns = g_strv_length (names);
  columns = g_new0 (Column, t.n_columns);
  for (guint i = 0; i < t.n_columns; i++)
    {
      columns[i] = column_of (names[i]);
      due |= columns[i] == COL_DUE;
      date |= columns[i] == COL_DATE;
      cooperating |= columns[i] == COL_COOPERATING;
    }
  t.columns = columns;
  t.names = names;
  /* In a table by date the STT column is left out, so that the day is the first cell. */
  skip_number = t.n_columns > 1 && columns[0] == COL_NUMBER && columns[1] == COL_DATE;
  if (skip_number)
    {
      t.columns++;
      t.names++;
      t.n_columns--;
    }
  t.work_plan = (due || cooperating) && !date;
  t.by_date = t.columns[0] == COL_DATE;
  t.day_weekday = G_DATE_BAD_WEEKDAY;
  t.day_items = g_ptr_array_new ();
  g_date_clear (&t.day, 1);
  g_date_clear (&t.day_end, 1);
  if (ctx->shape != CT_IMPORT_SHAPE_WEEKLY_SCHEDULE)
    ctx->shape = t.work_plan ? CT_IMPORT_SHAPE_WORK_PLAN : CT_IMPORT_SHAPE_EVENT_TABLE;

  prose = prose_after (ctx, lines, header + 1, end);
  for (guint i = header + 1; i < prose; i++)
    {
      CtImportLine *line = g_ptr_array_index (lines, i);
      g_auto(GStrv) cells = row_cells (&t, line);

      if (skip_number && cells[0] != NULL && cells[1] != NULL)
        {
          g_free (cells[0]);
          memmove (cells, cells + 1, g_strv_length (cells) * sizeof (char *));
        }
      read_row (&t, line, cells);
    }
  g_ptr_array_unref (t.day_items);
  if (ct_programme_count_items (ctx->programme) == items)
    {
      g_set_error (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_NO_STRUCTURE,
                   /* Translators: %u is a line number. */
                   _("The table on line %u has a header row but no rows under it, so there "
                     "is nothing to import. Copy the whole table and import it again. "
                     "Nothing was imported."), head->number);
      return FALSE;
    }
  read_prose (ctx, lines, prose, end);
  return TRUE;
}

/* The number after @word in @f ("thang 11" → 11), or -1. */
static int
number_after (const char *f,
              const char *word)
{
  for (const char *at = strstr (f, word); at != NULL; at = strstr (at + 1, word))
    {
      const char *p = at + strlen (word);

      if ((at == f || at[-1] == ' ' || at[-1] == '(') && *p == ' ' && g_ascii_isdigit (p[1]))
        return (int) g_ascii_strtoll (p + 1, NULL, 10);
    }
  return -1;
}

/* "quy iv", "quy 4" → 4, else 0. */
static int
quarter_of (const char *f)
{
  static const char *const romans[] = { "iv", "iii", "ii", "i" };
  static const int values[] = { 4, 3, 2, 1 };
  const char *at = strstr (f, "quy ");

  if (at == NULL || (at != f && at[-1] != ' '))
    return 0;
  at += strlen ("quy ");
  if (*at >= '1' && *at <= '4' && !g_ascii_isalnum (at[1]))
    return *at - '0';
  for (guint i = 0; i < G_N_ELEMENTS (romans); i++)
    if (g_str_has_prefix (at, romans[i]) && !g_ascii_isalnum (at[strlen (romans[i])]))
      return values[i];
  return 0;
}

/* A task's due time in words, read into a date or a window: "15/12/2025" → its end date;
 * "trước 15/12" → the window ends on 15/12; "tháng 11" → 1–30/11; "quý IV" → October to
 * December; "thường xuyên" stays words only. */
static void
read_due (CtImportContext *ctx,
          CtItem          *item)
{
  guint line = GPOINTER_TO_UINT (g_hash_table_lookup (ctx->lines, item));
  g_autofree char *f = ct_text_fold (item->vague_when);
  g_autofree char *with_day = NULL;
  const char *p = f;
  gboolean before = g_str_has_prefix (p, "truoc ");
  int month = number_after (f, "thang"), year = number_after (f, "nam");
  int quarter = quarter_of (f);
  CtWhen when;

  if (before)
    p += strlen ("truoc ");
  with_day = g_strconcat (g_str_has_prefix (p, "ngay") ? "" : "ngay ", p, NULL);
  if (ct_import_parse_day (p, &when) && when.day1 > 0)
    {
      if (!ct_import_complete_date (ctx, line, &when, &item->end_date))
        return;
      if (!before)
        g_clear_pointer (&item->vague_when, g_free);
      return;
    }
  if (year < 0 && ctx->period_known)
    year = ctx->programme->period_year;
  if (month < 0 && quarter == 0)
    {
      /* "tháng 11/2025" */
      const char *slash = strstr (f, "thang ");

      if (slash != NULL && sscanf (slash, "thang %d/%d", &month, &year) < 1)
        month = -1;
    }
  if (!ct_date_year_in_range (year) || (month < 1 && quarter == 0) || month > 12)
    return;
  if (month < 1)
    month = quarter * 3 - 2;
  g_date_set_dmy (&item->start_date, 1, month, year);
  g_date_set_dmy (&item->end_date, g_date_get_days_in_month (quarter > 0 ? month + 2 : month,
                                                            year),
                  quarter > 0 ? month + 2 : month, year);
}

/*
 * ct_import_table_windows:
 * @ctx: the import, its period settled
 *
 * Reads the due times of a work plan's tasks (see read_due()), now that the year is
 * known.
 */
void
ct_import_table_windows (CtImportContext *ctx)
{
  CtProgramme *p = ctx->programme;

  if (ctx->shape != CT_IMPORT_SHAPE_WORK_PLAN)
    return;
  for (guint i = 0; i < p->sections->len; i++)
    {
      CtSection *s = g_ptr_array_index (p->sections, i);

      for (guint j = 0; j < s->items->len; j++)
        {
          CtItem *item = g_ptr_array_index (s->items, j);

          if (item->kind == CT_ITEM_TASK && item->vague_when != NULL &&
              g_hash_table_contains (ctx->lines, item))
            read_due (ctx, item);
        }
    }
}
