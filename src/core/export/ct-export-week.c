/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-export"

#include "ct-export.h"

#include "ct-format.h"
#include "ct-text.h"

/* The weekly schedule as HTML, for the office's portal ("Cổng thông tin điện tử") and
 * for mail: the cells are worded by ct-week.c, as in the landscape PDF. Two forms: a
 * page of its own, styled by a <style> block; and a fragment to paste into a portal's
 * editor, which strips <style> blocks and class attributes, so every element carries
 * its style inline. Both draw on the one table of roles below. */

typedef enum
{
  ROLE_BODY,
  ROLE_ISSUER,
  ROLE_TITLE,
  ROLE_HEADING,
  ROLE_TABLE,
  ROLE_ROW,
  ROLE_HEAD,
  ROLE_DAY,
  ROLE_WHEN,
  ROLE_CELL,
  ROLE_OFF,
} Role;

static const struct
{
  const char *name;
  const char *css;
} roles[] = {
  [ROLE_BODY] = { "week", "font-family:'Times New Roman',Times,serif;font-size:13pt;"
                          "color:#000;background:#fff;margin:0" },
  [ROLE_ISSUER] = { "issuer", "margin:0;text-align:center;font-weight:bold;"
                              "font-family:'Times New Roman',Times,serif;font-size:13pt" },
  [ROLE_TITLE] = { "title", "margin:12pt 0 0;text-align:center;font-weight:bold;"
                            "font-family:'Times New Roman',Times,serif;font-size:14pt" },
  [ROLE_HEADING] = { "heading", "margin:0 0 12pt;text-align:center;font-style:italic;"
                                "font-family:'Times New Roman',Times,serif;font-size:13pt" },
  [ROLE_TABLE] = { "schedule", "width:100%;border-collapse:collapse;border:1px solid #000;"
                               "font-family:'Times New Roman',Times,serif;font-size:12pt" },
  [ROLE_ROW] = { "entry", "vertical-align:top;page-break-inside:avoid" },
  [ROLE_HEAD] = { "head", "border:1px solid #000;padding:4pt;text-align:center;"
                          "vertical-align:middle;font-weight:bold" },
  [ROLE_DAY] = { "day", "border:1px solid #000;padding:4pt;text-align:center;"
                        "vertical-align:top;font-weight:bold" },
  [ROLE_WHEN] = { "when", "border:1px solid #000;padding:4pt;text-align:center;"
                          "vertical-align:top" },
  [ROLE_CELL] = { "cell", "border:1px solid #000;padding:4pt;text-align:left;"
                          "vertical-align:top" },
  [ROLE_OFF] = { "off", "border:1px solid #000;padding:4pt;text-align:center;"
                        "vertical-align:top;font-style:italic" },
};

/* The columns of document-format.md §13, with their share of the width. */
static const struct
{
  const char *name;
  int width;
} columns[] = {
  { "Thứ/Ngày", 12 },
  { "Buổi/Giờ", 9 },
  { "Nội dung", 27 },
  { "Chủ trì (lãnh đạo dự)", 14 },
  { "Thành phần", 13 },
  { "Địa điểm", 12 },
  { "Đơn vị chuẩn bị", 13 },
};

typedef struct
{
  GString *out;
  gboolean fragment;
} Writer;

/* Opens @element in @role: a class for the page, the role's style inline for the
 * fragment. @extra is more of the attribute list, e.g. " rowspan=\"2\"", or "". */
static void
open_tag (Writer     *w,
          const char *element,
          Role        role,
          const char *extra)
{
  if (w->fragment)
    g_string_append_printf (w->out, "<%s style=\"%s\"%s>", element, roles[role].css, extra);
  else
    g_string_append_printf (w->out, "<%s class=\"%s\"%s>", element, roles[role].name, extra);
}

/* @text escaped, its line breaks as <br>. g_markup_escape_text() writes an apostrophe
 * as "&apos;", which HTML 4 has not: older readers (LibreOffice, some portal editors)
 * show it as it is; "&#39;" every reader knows. */
static void
append_text (Writer     *w,
             const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text ? text : "", "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *escaped = g_markup_escape_text (lines[i], -1);
      g_auto(GStrv) parts = g_strsplit (escaped, "&apos;", -1);
      g_autofree char *line = g_strjoinv ("&#39;", parts);

      if (i > 0)
        g_string_append (w->out, "<br>");
      g_string_append (w->out, line);
    }
}

static void
append_element (Writer     *w,
                const char *element,
                Role        role,
                const char *extra,
                const char *text)
{
  open_tag (w, element, role, extra);
  append_text (w, text);
  g_string_append_printf (w->out, "</%s>", element);
}

static void
append_heading (Writer            *w,
                const CtWeek      *week,
                const CtProgramme *header_source)
{
  g_autofree char *heading = ct_week_dup_heading (week);

  if (header_source != NULL && !ct_text_is_blank (header_source->issuing_body))
    {
      append_element (w, "p", ROLE_ISSUER, "", header_source->issuing_body);
      g_string_append_c (w->out, '\n');
    }
  append_element (w, "p", ROLE_TITLE, "", "LỊCH CÔNG TÁC TUẦN");
  g_string_append_c (w->out, '\n');
  append_element (w, "p", ROLE_HEADING, "", heading);
  g_string_append_c (w->out, '\n');
}

/* Word processors opening the page (LibreOffice, Word) read a column's width and a row's
 * alignment from the HTML 4 attributes, not from CSS: the header cells and the rows carry
 * both. */
static void
append_header_row (Writer *w)
{
  open_tag (w, "tr", ROLE_ROW, "");
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      if (w->fragment)
        g_string_append_printf (w->out, "<th style=\"%s;width:%d%%\" width=\"%d%%\">",
                                roles[ROLE_HEAD].css, columns[i].width, columns[i].width);
      else
        g_string_append_printf (w->out, "<th class=\"%s\" style=\"width:%d%%\" width=\"%d%%\">",
                                roles[ROLE_HEAD].name, columns[i].width, columns[i].width);
      append_text (w, columns[i].name);
      g_string_append (w->out, "</th>");
    }
  g_string_append (w->out, "</tr>\n");
}

/* The six cells after the day's of one entry, in the order of the columns. */
static void
append_entry_cells (Writer            *w,
                    const CtWeekEntry *entry)
{
  const CtItem *item = entry->occurrence->item;
  g_autofree char *when = ct_week_entry_dup_when (entry);
  g_autofree char *content = ct_week_entry_dup_content (entry);
  g_autofree char *chair = ct_week_entry_dup_chair (entry);
  g_autofree char *preparing = ct_week_entry_dup_preparing (entry);

  append_element (w, "td", ROLE_WHEN, "", when);
  append_element (w, "td", ROLE_CELL, "", content);
  append_element (w, "td", ROLE_CELL, "", chair);
  append_element (w, "td", ROLE_CELL, "", item->participants);
  append_element (w, "td", ROLE_CELL, "", item->location);
  append_element (w, "td", ROLE_CELL, "", preparing);
}

/* A day without entries: a day off says so across the row ("Nghỉ Quốc khánh"); a working
 * day keeps its empty cells, for the office to see the day is free. */
static void
append_empty_day (Writer          *w,
                  const CtWeekDay *day)
{
  if (day->info.kind == CT_DAY_KIND_HOLIDAY || day->info.kind == CT_DAY_KIND_DAY_OFF)
    {
      g_autofree char *text = g_strdup_printf ("Nghỉ%s%s",
                                               day->info.document_name ? " " : "",
                                               day->info.document_name
                                               ? day->info.document_name : "");

      append_element (w, "td", ROLE_OFF, " colspan=\"6\"", text);
      return;
    }
  append_element (w, "td", ROLE_WHEN, "", "");
  for (guint i = 0; i < 5; i++)
    append_element (w, "td", ROLE_CELL, "", "");
}

static void
append_day (Writer          *w,
            const CtWeekDay *day)
{
  g_autofree char *label = ct_week_day_dup_label (day);
  g_autofree char *span = g_strdup_printf (" rowspan=\"%u\"", MAX (day->entries->len, 1));

  open_tag (w, "tr", ROLE_ROW, " valign=\"top\"");
  append_element (w, "td", ROLE_DAY, span, label);
  if (day->entries->len == 0)
    append_empty_day (w, day);
  for (guint i = 0; i < day->entries->len; i++)
    {
      if (i > 0)
        open_tag (w, "tr", ROLE_ROW, " valign=\"top\"");
      append_entry_cells (w, g_ptr_array_index (day->entries, i));
      g_string_append (w->out, "</tr>\n");
    }
  if (day->entries->len == 0)
    g_string_append (w->out, "</tr>\n");
}

static void
append_table (Writer       *w,
              const CtWeek *week)
{
  open_tag (w, "table", ROLE_TABLE, "");
  g_string_append_c (w->out, '\n');
  append_header_row (w);
  for (guint d = 0; d < 7; d++)
    if (ct_week_day_is_shown (week, d))
      append_day (w, &week->days[d]);
  g_string_append (w->out, "</table>\n");
}

static void
append_style (Writer *w)
{
  g_string_append (w->out, "<style>\n"
                           "@page { size: A4 landscape; margin: 15mm 15mm 15mm 20mm; }\n");
  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    g_string_append_printf (w->out, ".%s { %s; }\n", roles[i].name, roles[i].css);
  g_string_append (w->out, "</style>\n");
}

/* "HUYỆN ỦY SÔNG MÂY - Lịch công tác tuần 39, từ ngày 25/9/2023 đến ngày 01/10/2023" */
static char *
page_title (const CtWeek      *week,
            const CtProgramme *header_source)
{
  g_autofree char *from = ct_format_date_short (&week->days[0].date);
  g_autofree char *to = ct_format_date_short (&week->days[6].date);
  g_autoptr(GString) title = g_string_new (NULL);

  if (header_source != NULL && !ct_text_is_blank (header_source->issuing_body))
    {
      g_autofree char *body = ct_text_collapse_spaces (header_source->issuing_body);

      g_string_append_printf (title, "%s - ", body);
    }
  g_string_append_printf (title, "Lịch công tác tuần %d, từ ngày %s đến ngày %s", week->week,
                          from, to);
  return g_string_free (g_steal_pointer (&title), FALSE);
}

/**
 * ct_export_week_html:
 * @week: the week's schedule
 * @header_source: (nullable): the programme whose issuing body heads the schedule
 * @fragment: %FALSE for a page of its own, %TRUE for the part to paste into a web editor
 *
 * Writes the weekly schedule (document-format.md §13) as HTML: the issuing body's name
 * (its line breaks kept), "LỊCH CÔNG TÁC TUẦN", the week's heading, then a table with the
 * columns Thứ/Ngày · Buổi/Giờ · Nội dung · Chủ trì (lãnh đạo dự) · Thành phần · Địa điểm ·
 * Đơn vị chuẩn bị: a row per entry, the day's cell spanning its rows; the days listed as
 * ct_week_day_is_shown() says, a day off without entries as one row saying so. The cells
 * are worded by the ct_week_*() functions, escaped, their line breaks as <br>.
 *
 * A page is HTML5 (lang="vi", UTF-8, landscape A4 when printed), styled by its own
 * <style> block, with no script and nothing to fetch. A fragment is the heading lines and
 * the table alone, every element styled inline and none with a class, because a portal's
 * editor keeps neither a <style> block nor classes.
 *
 * Returns: (transfer full): the HTML text, UTF-8
 */
char *
ct_export_week_html (const CtWeek      *week,
                     const CtProgramme *header_source,
                     gboolean           fragment)
{
  Writer w = { g_string_new (NULL), fragment };

  g_return_val_if_fail (week != NULL, NULL);

  if (!fragment)
    {
      g_autofree char *title = page_title (week, header_source);

      g_string_append (w.out, "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n"
                              "<meta charset=\"utf-8\">\n<title>");
      append_text (&w, title);
      g_string_append (w.out, "</title>\n");
      append_style (&w);
      g_string_append (w.out, "</head>\n");
      open_tag (&w, "body", ROLE_BODY, "");
      g_string_append_c (w.out, '\n');
    }
  append_heading (&w, week, header_source);
  append_table (&w, week);
  if (!fragment)
    g_string_append (w.out, "</body>\n</html>\n");
  return g_string_free (w.out, FALSE);
}
