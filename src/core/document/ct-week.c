/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-document"

#include "ct-week.h"

#include "ct-format.h"
#include "ct-text.h"

/* The weekly schedule derived from the month: every writer of it (the landscape table,
 * the HTML page, the digest per leader, the week's calendar file) reads the days and the
 * wording of its cells from here (document-format.md §13, "Weekly schedule"). */

static void
entry_free (CtWeekEntry *entry)
{
  ct_occurrence_free (entry->occurrence);
  ct_programme_unref (entry->programme);
  g_clear_pointer (&entry->source, ct_item_unref);
  g_free (entry);
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const CtOccurrence *x = (*(const CtWeekEntry **) a)->occurrence;
  const CtOccurrence *y = (*(const CtWeekEntry **) b)->occurrence;
  /* An untimed entry of a day part goes at that part's start: morning 7:00, afternoon
   * 13:30, evening 18:00; an entry with neither, first. */
  static const int part_minutes[] = { -1, 7 * 60, 13 * 60 + 30, 18 * 60, -1 };
  int mx = x->start_minute != CT_NO_TIME ? x->start_minute : part_minutes[x->day_part];
  int my = y->start_minute != CT_NO_TIME ? y->start_minute : part_minutes[y->day_part];

  return mx != my ? (mx < my ? -1 : 1) : 0;
}

static CtWeekMark
mark_of (const CtItem *week_item)
{
  if (week_item->source_uuid == NULL)
    return CT_WEEK_MARK_ADDED;
  return week_item->postponed ? CT_WEEK_MARK_POSTPONED : CT_WEEK_MARK_ADJUSTED;
}

/* Fills @replaced with the month items' UUIDs that an item of a week's programme stands
 * for, and @sources with those month items by UUID. The tables borrow the strings. */
static void
collect_links (GPtrArray  *programmes,
               GHashTable *replaced,
               GHashTable *sources)
{
  for (guint i = 0; programmes != NULL && i < programmes->len; i++)
    {
      CtProgramme *p = g_ptr_array_index (programmes, i);

      for (guint s = 0; s < p->sections->len; s++)
        {
          CtSection *section = g_ptr_array_index (p->sections, s);

          for (guint k = 0; k < section->items->len; k++)
            {
              CtItem *item = g_ptr_array_index (section->items, k);

              if (p->period_kind == CT_PERIOD_KIND_WEEK && item->source_uuid != NULL)
                g_hash_table_add (replaced, item->source_uuid);
              else if (p->period_kind != CT_PERIOD_KIND_WEEK)
                g_hash_table_insert (sources, item->uuid, item);
            }
        }
    }
}

/**
 * ct_week_new:
 * @iso_year: the ISO week-numbering year
 * @week: the ISO week
 * @programmes: (element-type CtProgramme): the programmes whose period may cover the week
 * @holidays: (nullable): the days off, for marking them
 *
 * Collects the week's entries: the days of every dated event and rule of @programmes
 * that fall in the week; the items of a programme of that very week are marked as added
 * to the month ("bổ sung"), or, when they stand for an item of the month
 * (#CtItem.source_uuid), as adjusted ("điều chỉnh") or postponed ("hoãn"): such an item
 * takes the place of the month's, which is then left out. Each day keeps its entries in
 * the order of the day: by time, an untimed entry at the start of its day part, then in
 * programme order.
 *
 * Returns: (transfer full): the week, free with ct_week_free()
 */
CtWeek *
ct_week_new (int         iso_year,
             int         week,
             GPtrArray  *programmes,
             CtHolidays *holidays)
{
  CtWeek *self = g_new0 (CtWeek, 1);
  g_autoptr(GHashTable) replaced = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) sources = g_hash_table_new (g_str_hash, g_str_equal);
  GDate first, last;

  self->iso_year = iso_year;
  self->week = week;
  ct_programme_get_week_range (iso_year, week, &first, &last);
  for (guint d = 0; d < 7; d++)
    {
      self->days[d].date = first;
      g_date_add_days (&self->days[d].date, d);
      self->days[d].entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);
      if (holidays != NULL)
        ct_holidays_lookup (holidays, &self->days[d].date, &self->days[d].info);
    }
  collect_links (programmes, replaced, sources);
  for (guint i = 0; programmes != NULL && i < programmes->len; i++)
    {
      CtProgramme *p = g_ptr_array_index (programmes, i);
      g_autoptr(GPtrArray) days = ct_programme_expand_occurrences (p, &first, &last);
      gboolean of_week = p->period_kind == CT_PERIOD_KIND_WEEK;

      for (guint k = 0; k < days->len; k++)
        {
          CtOccurrence *o = g_ptr_array_index (days, k);
          guint d = g_date_days_between (&first, &o->date);
          CtWeekEntry *entry;

          /* A month's item that a week's item stands for is printed once, as the week's. */
          if (d >= 7 || (!of_week && g_hash_table_contains (replaced, o->item->uuid)))
            continue;
          entry = g_new0 (CtWeekEntry, 1);
          entry->occurrence = ct_occurrence_copy (o);
          entry->programme = ct_programme_ref (p);
          entry->mark = of_week ? mark_of (o->item) : CT_WEEK_MARK_NONE;
          if (of_week && o->item->source_uuid != NULL &&
              g_hash_table_lookup (sources, o->item->source_uuid) != NULL)
            entry->source = ct_item_ref (g_hash_table_lookup (sources, o->item->source_uuid));
          g_ptr_array_add (self->days[d].entries, entry);
        }
    }
  for (guint d = 0; d < 7; d++)
    g_ptr_array_sort (self->days[d].entries, compare_entries);
  return self;
}

/**
 * ct_week_compare_programmes:
 * @a: (type CtProgramme*): a pointer to a programme, as g_ptr_array_sort() gives it
 * @b: (type CtProgramme*): another
 *
 * Orders the programmes of a week by the start of their period, then by id: the month's
 * before the week's own, so that the first one heads the schedule.
 *
 * Returns: < 0, 0 or > 0
 */
int
ct_week_compare_programmes (gconstpointer a,
                            gconstpointer b)
{
  const CtProgramme *x = *(CtProgramme **) a, *y = *(CtProgramme **) b;
  GDate x_first, x_last, y_first, y_last;
  int order;

  ct_programme_get_period_range (x, &x_first, &x_last);
  ct_programme_get_period_range (y, &y_first, &y_last);
  order = g_date_compare (&x_first, &y_first);
  if (order != 0)
    return order;
  return x->id < y->id ? -1 : x->id > y->id;
}

/**
 * ct_week_free:
 * @week: (nullable): a week
 */
void
ct_week_free (CtWeek *week)
{
  if (week == NULL)
    return;
  for (guint d = 0; d < 7; d++)
    g_ptr_array_unref (week->days[d].entries);
  g_free (week);
}

/**
 * ct_week_day_is_shown:
 * @week: a week
 * @day: 0 for Monday to 6 for Sunday
 *
 * Returns: whether the schedule lists the day: Monday to Friday always, Saturday and
 *   Sunday when they hold an entry or are worked (làm bù)
 */
gboolean
ct_week_day_is_shown (const CtWeek *week,
                      guint         day)
{
  g_return_val_if_fail (day < 7, FALSE);

  return day < 5 || week->days[day].entries->len > 0 ||
         week->days[day].info.kind == CT_DAY_KIND_WORKING_DAY;
}

/**
 * ct_week_dup_heading:
 * @week: a week
 *
 * Returns: (transfer full): "(Tuần 39, từ ngày 25/9/2023 đến ngày 01/10/2023)"
 */
char *
ct_week_dup_heading (const CtWeek *week)
{
  g_autofree char *from = ct_format_date_short (&week->days[0].date);
  g_autofree char *to = ct_format_date_short (&week->days[6].date);

  return g_strdup_printf ("(Tuần %d, từ ngày %s đến ngày %s)", week->week, from, to);
}

/**
 * ct_week_day_dup_label:
 * @day: a day of the week
 *
 * Returns: (transfer full): the day cell, "Thứ Hai\n25/9/2023", with "(nghỉ lễ Quốc
 *   khánh)" or "(làm bù)" under it when the day is not an ordinary one
 */
char *
ct_week_day_dup_label (const CtWeekDay *day)
{
  g_autofree char *date = ct_format_date_short (&day->date);
  const char *weekday = ct_format_weekday (g_date_get_weekday (&day->date));
  g_autofree char *name = g_strdup (weekday);

  name[0] = g_ascii_toupper (name[0]);
  switch (day->info.kind)
    {
    case CT_DAY_KIND_HOLIDAY:
    case CT_DAY_KIND_DAY_OFF:
      return g_strdup_printf ("%s\n%s\n(nghỉ%s%s)", name, date,
                              day->info.document_name ? " " : "",
                              day->info.document_name ? day->info.document_name : "");
    case CT_DAY_KIND_WORKING_DAY:
      return g_strdup_printf ("%s\n%s\n(làm bù)", name, date);
    default:
      return g_strdup_printf ("%s\n%s", name, date);
    }
}

/**
 * ct_week_mark_to_string:
 * @mark: a mark
 *
 * Returns: (transfer none): the mark as the schedule prints it, "(bổ sung)",
 *   "(điều chỉnh)" or "(hoãn)"; %NULL for %CT_WEEK_MARK_NONE
 */
const char *
ct_week_mark_to_string (CtWeekMark mark)
{
  switch (mark)
    {
    case CT_WEEK_MARK_ADDED:
      return "(bổ sung)";
    case CT_WEEK_MARK_ADJUSTED:
      return "(điều chỉnh)";
    case CT_WEEK_MARK_POSTPONED:
      return "(hoãn)";
    case CT_WEEK_MARK_NONE:
    default:
      return NULL;
    }
}

/**
 * ct_week_entry_dup_when:
 * @entry: an entry
 *
 * Returns: (transfer full): the time cell: "7 giờ 30", else the day part "Sáng",
 *   "Chiều", "Tối", "Cả ngày", else ""
 */
char *
ct_week_entry_dup_when (const CtWeekEntry *entry)
{
  const CtOccurrence *o = entry->occurrence;
  char *part;

  if (o->start_minute != CT_NO_TIME)
    return ct_format_time (o->start_minute);
  part = g_strdup (ct_format_day_part (o->day_part));
  if (*part != '\0')
    part[0] = g_ascii_toupper (part[0]);
  return part;
}

static void
append_line (GString    *out,
             const char *line)
{
  if (out->len > 0)
    g_string_append_c (out, '\n');
  g_string_append (out, line);
}

/**
 * ct_week_entry_dup_content:
 * @entry: an entry
 *
 * Returns: (transfer full): the content cell: "Dự kiến: " for a tentative item, its
 *   title, then its agenda as "- …" lines, its note "(Giấy mời riêng)", "(LĐVP: …)", and
 *   its mark: "(bổ sung)" for an item the month does not have, "(điều chỉnh)" for one
 *   of the month moved or changed, "(hoãn)" for one postponed
 */
char *
ct_week_entry_dup_content (const CtWeekEntry *entry)
{
  const CtItem *item = entry->occurrence->item;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *note = ct_format_item_note (item);

  g_string_append_printf (out, "%s%s", entry->occurrence->tentative ? "Dự kiến: " : "",
                          item->title ? item->title : "");
  for (guint i = 0; i < item->agenda->len; i++)
    {
      g_autofree char *line = g_strdup_printf ("- %s", ((CtAgendaItem *)
                                                        g_ptr_array_index (item->agenda, i))->text);

      append_line (out, line);
    }
  if (note != NULL)
    append_line (out, note);
  if (!ct_text_is_blank (item->accompanying_officer))
    {
      g_autofree char *line = g_strdup_printf ("(LĐVP: %s)", item->accompanying_officer);

      append_line (out, line);
    }
  if (entry->mark != CT_WEEK_MARK_NONE)
    append_line (out, ct_week_mark_to_string (entry->mark));
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * ct_week_entry_dup_chair:
 * @entry: an entry
 *
 * Returns: (transfer full): the chair cell: the chair, then "Lãnh đạo dự: …"; "" when
 *   neither is given
 */
char *
ct_week_entry_dup_chair (const CtWeekEntry *entry)
{
  const CtItem *item = entry->occurrence->item;
  g_autoptr(GString) out = g_string_new (NULL);

  if (!ct_text_is_blank (item->chair))
    append_line (out, item->chair);
  if (!ct_text_is_blank (item->attending_leaders))
    {
      g_autofree char *line = g_strdup_printf ("Lãnh đạo dự: %s", item->attending_leaders);

      append_line (out, line);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * ct_week_entry_dup_preparing:
 * @entry: an entry
 *
 * Returns: (transfer full): the preparing cell: the event's preparing unit, else the
 *   units of its agenda items in order, each once, then "Phối hợp: …"
 */
char *
ct_week_entry_dup_preparing (const CtWeekEntry *entry)
{
  const CtItem *item = entry->occurrence->item;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GPtrArray) units = g_ptr_array_new ();

  if (!ct_text_is_blank (item->preparing_unit))
    append_line (out, item->preparing_unit);
  else
    for (guint i = 0; i < item->agenda->len; i++)
      {
        const char *unit = ((CtAgendaItem *) g_ptr_array_index (item->agenda, i))->preparing_unit;

        if (!ct_text_is_blank (unit) &&
            !g_ptr_array_find_with_equal_func (units, unit, g_str_equal, NULL))
          {
            g_ptr_array_add (units, (gpointer) unit);
            append_line (out, unit);
          }
      }
  if (!ct_text_is_blank (item->cooperating_units))
    {
      g_autofree char *line = g_strdup_printf ("Phối hợp: %s", item->cooperating_units);

      append_line (out, line);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The leaders named in @text ("Chủ tịch UBND huyện; Phó Chủ tịch Lê Thị Hạnh"), each
 * trimmed, in order. */
static GStrv
split_leaders (const char *text)
{
  g_auto(GStrv) parts = g_strsplit_set (text ? text : "", ";", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    if (!ct_text_is_blank (g_strstrip (parts[i])))
      g_strv_builder_add (builder, parts[i]);
  return g_strv_builder_end (builder);
}

/* "- Thứ Hai 25/9: chiều, Giao ban Thường trực; tại Phòng họp số 1." */
static void
append_digest_line (GString           *out,
                    const CtWeekDay   *day,
                    const CtWeekEntry *entry,
                    gboolean           attends)
{
  const CtItem *item = entry->occurrence->item;
  /* In the middle of a sentence a day part is lower case: "Thứ Hai 25/9: chiều, …". */
  g_autofree char *when = entry->occurrence->start_minute != CT_NO_TIME
                          ? ct_week_entry_dup_when (entry)
                          : g_strdup (ct_format_day_part (entry->occurrence->day_part));
  g_autofree char *name = g_strdup (ct_format_weekday (g_date_get_weekday (&day->date)));

  name[0] = g_ascii_toupper (name[0]);
  g_string_append_printf (out, "- %s %u/%u: ", name, g_date_get_day (&day->date),
                          g_date_get_month (&day->date));
  if (*when != '\0')
    g_string_append_printf (out, "%s, ", when);
  if (entry->occurrence->tentative)
    g_string_append (out, "dự kiến ");
  g_string_append (out, item->title ? item->title : "");
  if (attends)
    g_string_append (out, " (dự)");
  if (!ct_text_is_blank (item->location))
    g_string_append_printf (out, "; tại %s", item->location);
  if (entry->mark != CT_WEEK_MARK_NONE)
    g_string_append_printf (out, " %s", ct_week_mark_to_string (entry->mark));
  g_string_append (out, ".\n");
}

/**
 * ct_week_dup_digest:
 * @week: a week
 *
 * The schedule told leader by leader, for a chat group or a text message: a heading, then
 * for each leader named as chair or as attending (in order of first appearance) the
 * days they chair or attend, "- Thứ Hai 25/9: 7 giờ 30, Họp …; tại …."; then the entries
 * that name no leader under "Các nội dung khác".
 *
 * Returns: (transfer full): the digest
 */
char *
ct_week_dup_digest (const CtWeek *week)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GPtrArray) leaders = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *heading = ct_week_dup_heading (week);
  gboolean others = FALSE;

  g_string_append_printf (out, "LỊCH CÔNG TÁC TUẦN\n%s\n", heading);
  for (guint d = 0; d < 7; d++)
    for (guint i = 0; i < week->days[d].entries->len; i++)
      {
        const CtItem *item = ((CtWeekEntry *) g_ptr_array_index (week->days[d].entries,
                                                                 i))->occurrence->item;
        g_auto(GStrv) chairs = split_leaders (item->chair);
        g_auto(GStrv) attending = split_leaders (item->attending_leaders);

        for (guint k = 0; chairs[k] != NULL; k++)
          if (!g_ptr_array_find_with_equal_func (leaders, chairs[k], g_str_equal, NULL))
            g_ptr_array_add (leaders, g_strdup (chairs[k]));
        for (guint k = 0; attending[k] != NULL; k++)
          if (!g_ptr_array_find_with_equal_func (leaders, attending[k], g_str_equal, NULL))
            g_ptr_array_add (leaders, g_strdup (attending[k]));
        others = others || (chairs[0] == NULL && attending[0] == NULL);
      }
  for (guint l = 0; l <= leaders->len; l++)
    {
      const char *leader = l < leaders->len ? g_ptr_array_index (leaders, l) : NULL;

      if (leader == NULL && !others)
        break;
      g_string_append_printf (out, "\n%s:\n", leader ? leader : "Các nội dung khác");
      for (guint d = 0; d < 7; d++)
        for (guint i = 0; i < week->days[d].entries->len; i++)
          {
            const CtWeekEntry *entry = g_ptr_array_index (week->days[d].entries, i);
            g_auto(GStrv) chairs = split_leaders (entry->occurrence->item->chair);
            g_auto(GStrv) attending = split_leaders (entry->occurrence->item->attending_leaders);
            gboolean chairs_it = leader && g_strv_contains ((const char *const *) chairs, leader);
            gboolean attends = leader &&
                               g_strv_contains ((const char *const *) attending, leader);

            if (chairs_it || attends || (leader == NULL && chairs[0] == NULL &&
                                         attending[0] == NULL))
              append_digest_line (out, &week->days[d], entry, attends && !chairs_it);
          }
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * ct_week_programme_new:
 * @month: (nullable): the month programme that covers the week
 * @iso_year: the ISO week-numbering year
 * @week: the ISO week
 *
 * A week's own programme, for the items of that week: its header, recipients and
 * signature copied from @month, so that the schedule goes out under the same names.
 *
 * Returns: (transfer full): a new programme, never saved, with no section
 */
CtProgramme *
ct_week_programme_new (const CtProgramme *month,
                       int                iso_year,
                       int                week)
{
  CtProgramme *self = ct_programme_new ();

  ct_programme_set_period (self, CT_PERIOD_KIND_WEEK, iso_year, week);
  if (month == NULL)
    return self;
  self->style = month->style;
  self->superior_body = g_strdup (month->superior_body);
  self->issuing_body = g_strdup (month->issuing_body);
  g_free (self->kind_code);
  self->kind_code = g_strdup (month->kind_code);
  self->body_code = g_strdup (month->body_code);
  self->place_name = g_strdup (month->place_name);
  self->archive_line = g_strdup (month->archive_line);
  for (guint i = 0; i < month->recipients->len; i++)
    {
      const CtRecipient *r = g_ptr_array_index (month->recipients, i);

      ct_programme_add_recipient (self, r->text, r->purpose);
    }
  for (guint i = 0; i < month->signer_authorities->len; i++)
    {
      const CtSignerAuthority *a = g_ptr_array_index (month->signer_authorities, i);

      ct_programme_add_signer_authority (self, a->authority, a->body);
    }
  self->signer_title = g_strdup (month->signer_title);
  self->signer_name = g_strdup (month->signer_name);
  return self;
}

/**
 * ct_week_item_new_linked:
 * @month_item: an item of the month programme
 * @postponed: whether it is postponed ("hoãn") rather than moved or changed
 *
 * The item of a week's own programme that stands for @month_item this week: a copy of
 * it with a new UUID and SEQUENCE 0, whose #CtItem.source_uuid names @month_item.
 *
 * Returns: (transfer full): the new item
 */
CtItem *
ct_week_item_new_linked (const CtItem *month_item,
                         gboolean      postponed)
{
  CtItem *item;

  g_return_val_if_fail (month_item != NULL, NULL);

  item = ct_item_copy (month_item);
  g_free (item->uuid);
  item->uuid = g_uuid_string_random ();
  item->sequence = 0;
  g_free (item->source_uuid);
  item->source_uuid = g_strdup (month_item->uuid);
  item->postponed = postponed;
  /* The week's calendar names the month's event through source_uuid. */
  g_clear_pointer (&item->ics_uid, g_free);
  return item;
}

/**
 * ct_week_programme_section:
 * @week_programme: a week's own programme
 * @title: the section's title
 *
 * Returns: (transfer none): the section of that title, added at the end when absent
 */
CtSection *
ct_week_programme_section (CtProgramme *week_programme,
                           const char  *title)
{
  for (guint i = 0; i < week_programme->sections->len; i++)
    {
      CtSection *section = g_ptr_array_index (week_programme->sections, i);

      if (g_strcmp0 (section->title, title) == 0)
        return section;
    }
  return ct_programme_add_section (week_programme, title);
}
