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

typedef struct
{
  CtImportContext *ctx;
  CtImportColumn *columns;
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
        CtImportColumn  column)
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
         CtImportColumn  column)
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

  if (nonempty == 0 || is_separator_row (cells) || ct_import_is_header (cells))
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
  g_autofree CtImportColumn *columns = NULL;
  Table t = { ctx };
  guint items = ct_programme_count_items (ctx->programme);
  gboolean due = FALSE, date = FALSE, cooperating = FALSE, skip_number;
  guint prose;

  t.n_columns = g_strv_length (names);
  columns = g_new0 (CtImportColumn, t.n_columns);
  for (guint i = 0; i < t.n_columns; i++)
    {
      columns[i] = ct_import_column_of (names[i]);
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

