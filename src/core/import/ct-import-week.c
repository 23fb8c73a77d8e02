/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-import"

#include "config.h"

#include "ct-import-text-private.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "ct-date-time.h"
#include "ct-format.h"
#include "ct-text.h"

/* A weekly schedule ("LỊCH CÔNG TÁC TUẦN", "LỊCH LÀM VIỆC"): its week, "(Tuần 10, từ ngày
 * 03/3/2025 đến ngày 09/3/2025)", then day by day ("THỨ HAI (03/3)", "Thứ Hai, ngày
 * 03/3/2025"), day parts ("Sáng:", "Chiều:") and items that start with their time ("- 7 giờ
 * 30: …", "08h00: …"), with their attributes ("Chủ trì: …", "Địa điểm: …", "(LĐVP: …)").
 * The table form is read by ct-import-table.c (document-format.md §13, weekly schedule). */

/* Labels of an item's attributes in a schedule's prose, folded, longest first where one
 * starts another. */
static const struct
{
  const char *label;
  const char *key;
} labels[] = {
  { "lanh dao van phong", "accompanying_officer" }, { "ldvp", "accompanying_officer" },
  { "lanh dao du", "attending_leaders" }, { "chu tri", "chair" },
  { "thanh phan tham du", "participants" }, { "thanh phan du", "participants" },
  { "thanh phan", "participants" }, { "dia diem", "location" },
  { "don vi chuan bi", "preparing_unit" }, { "co quan chuan bi", "preparing_unit" },
  { "chuan bi", "preparing_unit" }, { "don vi phoi hop", "cooperating_units" },
  { "phoi hop", "cooperating_units" }, { "ghi chu", "note" },
};

typedef struct
{
  CtImportContext *ctx;
  CtSection *section;
  CtItem *item;
  GDate day;
  gboolean in_day;      /* a day heading was read */
  CtDayPart day_part;
} Week;

/*
 * ct_import_is_week_title:
 * @text: a line
 *
 * Returns: %TRUE for a weekly schedule's title, in capitals: "LỊCH CÔNG TÁC TUẦN",
 *   "LỊCH LÀM VIỆC", "LỊCH CÔNG TÁC CỦA …"
 */
gboolean
ct_import_is_week_title (const char *text)
{
  g_autofree char *upper = g_utf8_strup (text, -1);
  g_autofree char *f = NULL;

  if (strcmp (upper, text) != 0)
    return FALSE;
  f = ct_text_fold (text);
  return g_str_has_prefix (f, "lich cong tac") || g_str_has_prefix (f, "lich lam viec");
}

/*
 * ct_import_iso_week_year:
 * @date: a valid date
 *
 * Returns: the ISO 8601 week-year of @date: the year of its week's Thursday
 */
int
ct_import_iso_week_year (const GDate *date)
{
  GDate thursday = *date;

  g_date_add_days (&thursday, G_DATE_THURSDAY);
  g_date_subtract_days (&thursday, g_date_get_weekday (date));
  return g_date_get_year (&thursday);
}

/* "(Tuần 10, từ ngày 03/3/2025 đến ngày 09/3/2025)", "Tuần 10 năm 2025". Returns whether
 * @text is such a line. */
static gboolean
read_week_line (CtImportContext *ctx,
                guint            line,
                const char      *text)
{
  g_autofree char *f = ct_text_fold (text);
  const char *week = strstr (f, "tuan ");
  const char *from = strstr (f, "tu ngay");
  int stated = week != NULL && g_ascii_isdigit (week[5]) ? atoi (week + 5) : -1;
  CtWhen when;
  GDate first;

  if (from != NULL)
    {
      g_autofree char *range = g_strdup (from);
      char *close = strchr (range, ')');

      if (close != NULL)
        *close = '\0';
      if (!ct_import_parse_when (range, &when) || when.year1 < 0 ||
          !g_date_valid_dmy (when.day1, when.month1, when.year1))
        return FALSE;
      g_date_set_dmy (&first, when.day1, when.month1, when.year1);
      ct_programme_set_period (ctx->programme, CT_PERIOD_KIND_WEEK,
                               ct_import_iso_week_year (&first),
                               g_date_get_iso8601_week_of_year (&first));
      ctx->period_known = TRUE;
      if (stated > 0 && stated != ctx->programme->period_index)
        {
          g_autofree char *date = ct_format_date_short (&first);

          ct_import_warn (ctx, line,
                          /* Translators: %1$d is the week number as written, %2$s a date,
                           * %3$d and %4$d the week number and year of that date. */
                          _("The schedule says week %1$d, but %2$s is in week %3$d of %4$d; "
                            "the week was taken from the dates. Check it."),
                          stated, date, ctx->programme->period_index,
                          ctx->programme->period_year);
        }
      return TRUE;
    }
  if (stated > 0)
    {
      const char *year = strstr (f, "nam ");
      int y = year != NULL ? atoi (year + 4) : -1;

      if (y < CT_DATE_MIN_YEAR || y > CT_DATE_MAX_YEAR ||
          stated > (int) ct_programme_weeks_in_year (y))
        return FALSE;
      ct_programme_set_period (ctx->programme, CT_PERIOD_KIND_WEEK, y, stated);
      ctx->period_known = TRUE;
      return TRUE;
    }
  return FALSE;
}

static gboolean
is_rule (const char *text)
{
  for (const char *p = text; *p; p++)
    if (strchr ("-_*= ", *p) == NULL)
      return FALSE;
  return TRUE;
}

static gboolean
is_day_heading (const char *text)
{
  g_autofree char *f = ct_text_fold (text);
  CtWhen when;

  return ct_import_parse_day (f, &when);
}

/*
 * ct_import_week_title:
 * @ctx: the import
 * @lines: (element-type CtImportLine): the lines
 * @title: the index of the title line
 * @end: the index after the last line
 *
 * Reads the lines under a weekly schedule's title: whose schedule it is (kept as the
 * subtitle) and its week (the period).
 *
 * Returns: the index of the first line of the schedule's body
 */
guint
ct_import_week_title (CtImportContext *ctx,
                      GPtrArray       *lines,
                      guint            title,
                      guint            end)
{
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autoptr(GString) introduction = g_string_new (NULL);
  gboolean week = FALSE;
  guint i;

  ctx->shape = CT_IMPORT_SHAPE_WEEKLY_SCHEDULE;
  for (i = title + 1; i < end && i <= title + 4; i++)
    {
      CtImportLine *line = g_ptr_array_index (lines, i);
      g_auto(GStrv) cells = ct_import_line_cells (ctx, line);

      if (cells != NULL || is_day_heading (line->text))
        break;
      if (is_rule (line->text))
        {
          i++;
          break;
        }
      if (!week && read_week_line (ctx, line->number, line->text))
        week = TRUE;
      else if (week)
        /* "LỊCH NÀY THAY GIẤY MỜI HỌP" under the week: a word to the readers. */
        g_string_append_printf (introduction, "%s%s", introduction->len > 0 ? "\n" : "",
                                line->text);
      else
        g_string_append_printf (subtitle, "%s%s", subtitle->len > 0 ? " " : "", line->text);
    }
  if (subtitle->len > 0)
    ctx->programme->subtitle = g_strdup (subtitle->str);
  if (introduction->len > 0)
    ctx->programme->introduction = g_strdup (introduction->str);
  return i;
}

static CtSection *
current_section (Week *w)
{
  CtProgramme *p = w->ctx->programme;

  if (w->section == NULL)
    w->section = p->sections->len > 0 ? g_ptr_array_index (p->sections, p->sections->len - 1)
                                      : ct_programme_add_section (p, NULL);
  return w->section;
}

/* Where a label such as "Chủ trì:" starts in @f, from @from; its length in @len. */
static const char *
find_label (const char *f,
            const char *from,
            const char **key,
            gsize       *len)
{
  for (const char *p = from; *p; p++)
    {
      if (p != f && strchr (" .;,(-+", p[-1]) == NULL)
        continue;
      for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
        {
          gsize n = strlen (labels[i].label);
          const char *q = p + n;

          if (strncmp (p, labels[i].label, n) != 0)
            continue;
          while (*q == ' ')
            q++;
          if (*q != ':')
            continue;
          *key = labels[i].key;
          *len = q + 1 - p;
          return p;
        }
    }
  return NULL;
}

/* Trims spaces and the punctuation that ends a piece: ". ; , -" and a ")" it does not
 * open. */
static char *
trim_piece (const char *text,
            gsize       length)
{
  char *piece = g_strndup (text, length);
  gboolean changed = TRUE;

  while (changed)
    {
      gsize n;
      guint open = 0, closed = 0;

      g_strstrip (piece);
      n = strlen (piece);
      for (const char *p = piece; *p; p++)
        open += *p == '(', closed += *p == ')';
      changed = n > 0 && (strchr (".;,-", piece[n - 1]) != NULL ||
                          (piece[n - 1] == '(' ) || (piece[n - 1] == ')' && closed > open));
      if (changed)
        piece[n - 1] = '\0';
    }
  return piece;
}

/* Splits "Họp …. Chủ trì: Đ/c A; Địa điểm: Hội trường (LĐVP: Đ/c B)" into the title and
 * the attributes of @item; returns the title, %NULL when @text starts with a label. */
static char *
read_attributes (CtItem     *item,
                 const char *text)
{
  CtFolded f;
  const char *key, *next_key;
  gsize len, next_len;
  const char *at;
  char *title = NULL;

  ct_folded_init (&f, text);
  at = find_label (f.text, f.text, &key, &len);
  if (at == NULL)
    {
      ct_folded_clear (&f);
      return g_strdup (text);
    }
  if (at > f.text)
    title = trim_piece (text, f.offsets[at - f.text]);
  while (at != NULL)
    {
      const char *value = at + len;
      const char *next = find_label (f.text, value, &next_key, &next_len);
      gsize from = f.offsets[value - f.text];
      gsize to = next != NULL ? f.offsets[next - f.text] : strlen (text);
      g_autofree char *piece = trim_piece (text + from, to - from);

      if (*piece != '\0')
        ct_import_set_attribute (item, key, piece);
      at = next, key = next_key, len = next_len;
    }
  ct_folded_clear (&f);
  if (title != NULL && *title == '\0')
    g_clear_pointer (&title, g_free);
  return title;
}

/* "7 giờ 30: …", "08h00 - 11h00: …", "Sáng: …", "Chiều 14h00, …": the time before the
 * first ":" or ",", and the text after it. */
static gboolean
split_time (const char  *text,
            CtWhen      *when,
            const char **rest)
{
  for (const char *sep = text; *sep && sep - text < 40; sep++)
    {
      g_autofree char *head = NULL;
      g_autofree char *f = NULL;
      const char *start;

      if (*sep != ':' && *sep != ',')
        continue;
      head = g_strndup (text, sep - text);
      f = ct_text_fold (head);
      if (g_str_has_prefix (f, "buoi "))
        memmove (f, f + strlen ("buoi "), strlen (f) - strlen ("buoi ") + 1);
      if (!ct_import_parse_time (f, when))
        return FALSE;
      start = sep + 1;
      while (*start == ' ')
        start++;
      *rest = start;
      return TRUE;
    }
  return FALSE;
}

static const char *
strip_bullet (const char *text,
              gboolean   *bullet)
{
  static const char *const bullets[] = { "- ", "+ ", "• ", "* ", "– ", "− " };

  *bullet = FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (bullets); i++)
    if (g_str_has_prefix (text, bullets[i]))
      {
        *bullet = TRUE;
        return text + strlen (bullets[i]);
      }
  return text;
}

static void
read_day_heading (Week               *w,
                  const CtImportLine *line,
                  const CtWhen       *when)
{
  CtProgramme *p = w->ctx->programme;
  g_autofree char *title = g_strdup (line->text);

  /* Each day is a section, titled as written. */
  if (g_str_has_suffix (title, ":"))
    title[strlen (title) - 1] = '\0';
  w->section = ct_programme_add_section (p, g_strchomp (title));
  w->in_day = TRUE;
  w->item = NULL;
  w->day_part = CT_DAY_PART_NONE;
  g_date_clear (&w->day, 1);
  if (when->day1 > 0)
    {
      ct_import_complete_date (w->ctx, line->number, when, &w->day);
      return;
    }
  /* "Thứ Hai" alone: the day of the week named by the schedule. */
  if (w->ctx->period_known && p->period_kind == CT_PERIOD_KIND_WEEK)
    {
      GDate last;

      ct_programme_get_week_range (p->period_year, p->period_index, &w->day, &last);
      g_date_add_days (&w->day, when->weekday - G_DATE_MONDAY);
    }
}

/* The full stop that closes an event line goes, and a closing "(… chuẩn bị)" or "(Giấy
 * mời riêng)" becomes its attribute. */
static void
cut_title_end (CtItem *item)
{
  char *title = item->title;
  gsize len = strlen (title);
  const char *key;
  g_autofree char *value = NULL;

  if (len > 1 && title[len - 1] == '.' && title[len - 2] != '.')
    title[len - 1] = '\0';
  value = ct_import_cut_note (title, &key);
  if (value != NULL)
    ct_import_set_attribute (item, key, value);
}

static void
new_event (Week       *w,
           guint       line,
           const CtWhen *when,
           const char *text)
{
  CtItem *item = ct_item_new (CT_ITEM_EVENT);

  item->title = read_attributes (item, text);
  if (item->title == NULL)
    item->title = g_strdup ("");
  cut_title_end (item);
  /* A day part heads the items under it that do not say their own. */
  if (when != NULL && when->day_part != CT_DAY_PART_NONE)
    item->day_part = when->day_part;
  else
    item->day_part = w->day_part;
  if (when != NULL)
    {
      item->start_minute = when->start_minute;
      item->end_minute = when->end_minute;
    }
  item->start_date = w->day;
  ct_section_add_item (current_section (w), item);
  g_hash_table_insert (w->ctx->lines, item, GUINT_TO_POINTER (line));
  w->item = item;
}

static void
read_line (Week               *w,
           const CtImportLine *line)
{
  gboolean bullet;
  const char *text = strip_bullet (line->text, &bullet);
  g_autofree char *f = ct_text_fold (text);
  const char *rest, *key;
  gsize len;
  CtWhen when;

  if (ct_import_parse_day (f, &when))
    {
      read_day_heading (w, line, &when);
      return;
    }
  if (w->in_day && split_time (text, &when, &rest))
    {
      CtWhen clock;
      const char *after;

      /* "Chiều: 14h00: …" */
      if (when.start_minute == CT_NO_TIME && split_time (rest, &clock, &after) &&
          clock.start_minute != CT_NO_TIME)
        {
          when.start_minute = clock.start_minute;
          when.end_minute = clock.end_minute;
          w->day_part = when.day_part;
          rest = after;
        }
      /* "Sáng:" alone heads the day part's items; "Sáng: …" is one item's. */
      if (*rest == '\0')
        {
          w->day_part = when.day_part;
          w->item = NULL;
        }
      else
        {
          if (when.start_minute == CT_NO_TIME)
            w->day_part = CT_DAY_PART_NONE;
          new_event (w, line->number, &when, rest);
        }
      return;
    }
  if (w->item != NULL && find_label (f, f, &key, &len) == f + (*f == '(' ? 1 : 0))
    {
      g_autofree char *title = read_attributes (w->item, text);

      if (title == NULL)
        return;
    }
  if (w->in_day && (bullet || g_unichar_isupper (g_utf8_get_char (text))) &&
      !g_str_has_prefix (f, "lich nay") && !g_str_has_prefix (f, "ghi chu"))
    {
      new_event (w, line->number, NULL, text);
      return;
    }
  ct_import_unrecognised (w->ctx, line->number, line->text);
}

/*
 * ct_import_week:
 * @ctx: the import
 * @lines: (element-type CtImportLine): the lines
 * @first: the index of the first line of the schedule's body
 * @end: the index after its last line
 *
 * Reads a weekly schedule written as prose: each item becomes an event on its day.
 */
void
ct_import_week (CtImportContext *ctx,
                GPtrArray       *lines,
                guint            first,
                guint            end)
{
  Week w = { ctx };

  g_date_clear (&w.day, 1);
  for (guint i = first; i < end; i++)
    read_line (&w, g_ptr_array_index (lines, i));
}
