/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-week-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ct-text.h"
#include "ct-week-day.h"

/* The cells' wording is the printed schedule's (ct_week_entry_dup_*()), so that what the
 * clerk reads here is what goes out on paper and in the digest. */

static GtkWidget *
wrapped_label (const char *text,
               const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static GtkWidget *
badge_new (const char *text,
           const char *css_class)
{
  GtkWidget *badge = gtk_label_new (text);

  gtk_widget_add_css_class (badge, "week-badge");
  gtk_widget_add_css_class (badge, css_class);
  gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
  return badge;
}

/* "Thứ Hai, 25/9/2023", from the printed day cell "Thứ Hai\n25/9/2023\n(nghỉ …)"; @mark
 * gets "Nghỉ lễ Quốc khánh" or "Làm bù" when the cell has it. */
static char *
day_title (const CtWeekDay  *day,
           char            **mark)
{
  g_autofree char *label = ct_week_day_dup_label (day);
  g_auto(GStrv) lines = g_strsplit (label, "\n", 3);

  *mark = NULL;
  if (lines[1] != NULL && lines[2] != NULL)
    {
      char *text = lines[2];
      gsize len = strlen (text);

      if (len >= 2 && text[0] == '(' && text[len - 1] == ')')
        *mark = g_strndup (text + 1, len - 2);
      else
        *mark = g_strdup (text);
      (*mark)[0] = g_ascii_toupper ((*mark)[0]);
    }
  return g_strdup_printf ("%s, %s", lines[0], lines[1] ? lines[1] : "");
}

/* A "Chủ trì" / "Địa điểm" / "Cơ quan chuẩn bị" line of the row's details. */
static void
add_detail (GtkGrid    *grid,
            const char *name,
            const char *value)
{
  int row = 0;
  GtkWidget *key, *text;

  if (ct_text_is_blank (value))
    return;
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (grid)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    row++;
  key = gtk_label_new (name);
  gtk_label_set_xalign (GTK_LABEL (key), 0);
  gtk_widget_set_valign (key, GTK_ALIGN_START);
  gtk_widget_add_css_class (key, "dim-label");
  text = wrapped_label (value, NULL);
  gtk_label_set_selectable (GTK_LABEL (text), FALSE);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_grid_attach (grid, key, 0, row / 2, 1, 1);
  gtk_grid_attach (grid, text, 1, row / 2, 1, 1);
}

static GtkWidget *
details_new (const CtWeekEntry *entry)
{
  GtkWidget *grid = gtk_grid_new ();
  g_autofree char *chair = ct_week_entry_dup_chair (entry);
  g_autofree char *preparing = ct_week_entry_dup_preparing (entry);

  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 2);
  gtk_widget_add_css_class (grid, "week-details");
  add_detail (GTK_GRID (grid), _("Chair"), chair);
  add_detail (GTK_GRID (grid), _("Location"), entry->occurrence->item->location);
  add_detail (GTK_GRID (grid), _("Preparing Body"), preparing);
  gtk_widget_set_visible (grid, gtk_widget_get_first_child (grid) != NULL);
  return grid;
}

/* The badge of an entry's mark, translated; NULL for none. */
static const char *
mark_badge (CtWeekMark mark)
{
  switch (mark)
    {
    case CT_WEEK_MARK_ADDED:
      /* Translators: badge of an entry of the week alone, not in the month programme
       * ("Bổ sung") */
      return _("Added");
    case CT_WEEK_MARK_ADJUSTED:
      /* Translators: badge of a month's event moved or changed for this week
       * ("Điều chỉnh") */
      return _("Adjusted");
    case CT_WEEK_MARK_POSTPONED:
      /* Translators: badge of a month's event postponed ("Hoãn") */
      return _("Postponed");
    case CT_WEEK_MARK_NONE:
    default:
      return NULL;
    }
}

/* The content cell without its mark line ("(bổ sung)"), which the row shows as a badge: the
 * first line (with "Dự kiến: ") as title, the others (agenda, note) under it. */
static void
split_content (const CtWeekEntry  *entry,
               char              **title,
               char              **body)
{
  g_autofree char *content = ct_week_entry_dup_content (entry);
  g_auto(GStrv) lines = g_strsplit (content, "\n", -1);
  guint n = g_strv_length (lines);
  g_autoptr(GString) rest = g_string_new (NULL);

  if (entry->mark != CT_WEEK_MARK_NONE && n > 1)
    n--;
  *title = g_strdup (n > 0 ? lines[0] : "");
  for (guint i = 1; i < n; i++)
    g_string_append_printf (rest, "%s%s", rest->len ? "\n" : "", lines[i]);
  *body = g_string_free (g_steal_pointer (&rest), FALSE);
}

/* The menu of a row: edit its item here; for a month's event, adjust it for this week
 * or postpone it. */
static GtkWidget *
row_menu_new (const CtWeekEntry *entry)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenuItem) edit = NULL, adjust = NULL, postpone = NULL;
  GVariant *uuid = g_variant_new_string (entry->occurrence->item->uuid);
  GtkWidget *button = gtk_menu_button_new ();

  g_variant_ref_sink (uuid);
  /* Translators: menu of a row on the week page: edit the item in a dialog ("Sửa…") */
  edit = g_menu_item_new (_("_Edit…"), NULL);
  g_menu_item_set_action_and_target_value (edit, "week.edit",
                                           g_variant_new ("(xs)", entry->programme->id,
                                                          entry->occurrence->item->uuid));
  g_menu_append_item (menu, edit);
  if (entry->mark != CT_WEEK_MARK_NONE || entry->occurrence->item->kind != CT_ITEM_EVENT ||
      entry->programme->period_kind == CT_PERIOD_KIND_WEEK)
    goto done;
  /* Translators: menu of a month's event on the week page ("Điều chỉnh trong tuần
   * này…"): copy it into the week's programme, to change its day, time or details */
  adjust = g_menu_item_new (_("_Adjust for This Week…"), NULL);
  g_menu_item_set_action_and_target_value (adjust, "week.adjust", uuid);
  g_menu_append_item (menu, adjust);
  /* Translators: menu of a month's event on the week page ("Hoãn") */
  postpone = g_menu_item_new (_("_Postpone"), NULL);
  g_menu_item_set_action_and_target_value (postpone, "week.postpone", uuid);
  g_menu_append_item (menu, postpone);
done:
  g_variant_unref (uuid);
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (button, _("Change Item"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Change Item"), -1);
  return button;
}

static GtkWidget *
entry_row_new (const CtWeekEntry *entry,
               const char        *day)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *heading = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  g_autofree char *when = ct_week_entry_dup_when (entry);
  g_autofree char *title = NULL, *body = NULL, *a11y = NULL;
  GtkWidget *time = gtk_label_new (when);
  GtkWidget *title_label;
  const char *badge = mark_badge (entry->mark);
  static const char *const badge_classes[] = { NULL, "added", "adjusted", "postponed" };

  split_content (entry, &title, &body);
  gtk_label_set_xalign (GTK_LABEL (time), 0);
  gtk_label_set_width_chars (GTK_LABEL (time), 8);
  gtk_widget_set_valign (time, GTK_ALIGN_START);
  gtk_widget_add_css_class (time, "week-time");
  gtk_box_append (GTK_BOX (box), time);

  title_label = wrapped_label (title, "week-title");
  gtk_widget_set_hexpand (title_label, TRUE);
  if (entry->occurrence->tentative)
    gtk_widget_add_css_class (title_label, "tentative");
  gtk_box_append (GTK_BOX (heading), title_label);
  if (badge != NULL)
    gtk_box_append (GTK_BOX (heading), badge_new (badge, badge_classes[entry->mark]));
  gtk_box_append (GTK_BOX (column), heading);
  if (*body != '\0')
    gtk_box_append (GTK_BOX (column), wrapped_label (body, "week-agenda"));
  gtk_box_append (GTK_BOX (column), details_new (entry));
  gtk_widget_set_hexpand (column, TRUE);
  gtk_box_append (GTK_BOX (box), column);
  gtk_box_append (GTK_BOX (box), row_menu_new (entry));
  gtk_widget_add_css_class (box, "week-entry");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  /* Read as "Thứ Ba, 26/9/2023, Sáng, Dự kiến: Hội nghị …, added". */
  a11y = g_strdup_printf ("%s%s%s, %s%s%s", day, *when ? ", " : "", when, title,
                          badge ? ", " : "", badge ? badge : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, a11y,
                                  -1);
  g_object_set_data_full (G_OBJECT (row), "ct-a11y", g_steal_pointer (&a11y), g_free);
  g_object_set_data_full (G_OBJECT (row), "ct-uuid",
                          g_strdup (entry->occurrence->item->uuid), g_free);
  g_object_set_data_full (G_OBJECT (row), "ct-programme-id",
                          g_memdup2 (&entry->programme->id, sizeof (gint64)), g_free);
  return row;
}

static GtkWidget *
empty_placeholder_new (void)
{
  /* Translators: shown for a weekday that has nothing scheduled ("Không có lịch") */
  GtkWidget *label = gtk_label_new (_("No events"));

  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "week-empty");
  return label;
}

static GtkWidget *
heading_new (const char *title,
             const char *mark,
             gboolean    worked,
             gboolean    today)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (title);
  g_autoptr(GString) outline = g_string_new (title);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (box), label);
  if (mark != NULL)
    {
      gtk_box_append (GTK_BOX (box), badge_new (mark, worked ? "worked" : "day-off"));
      g_string_append_printf (outline, " · %s", mark);
    }
  if (today)
    {
      /* Translators: badge of today's day on the week page ("Hôm nay") */
      gtk_box_append (GTK_BOX (box), badge_new (_("Today"), "today"));
      g_string_append_printf (outline, " · %s", _("Today"));
      gtk_widget_add_css_class (label, "accent");
    }
  g_object_set_data_full (G_OBJECT (box), "ct-outline",
                          g_string_free (g_steal_pointer (&outline), FALSE), g_free);
  return box;
}

/**
 * ct_week_day_group_new:
 * @day: a day of a #CtWeek
 * @today: whether @day is today
 *
 * Returns: (transfer floating): the day's heading and its entries
 */
GtkWidget *
ct_week_day_group_new (const CtWeekDay *day,
                       gboolean         today)
{
  GtkWidget *group = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *list = gtk_list_box_new ();
  g_autofree char *mark = NULL;
  g_autofree char *title = day_title (day, &mark);
  gboolean worked = day->info.kind == CT_DAY_KIND_WORKING_DAY;

  g_return_val_if_fail (day != NULL, NULL);

  gtk_widget_add_css_class (group, "week-day");
  if (today)
    gtk_widget_add_css_class (group, "today");
  gtk_box_append (GTK_BOX (group), heading_new (title, mark, worked, today));
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_set_placeholder (GTK_LIST_BOX (list), empty_placeholder_new ());
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  for (guint i = 0; i < day->entries->len; i++)
    gtk_list_box_append (GTK_LIST_BOX (list),
                         entry_row_new (g_ptr_array_index (day->entries, i), title));
  gtk_box_append (GTK_BOX (group), list);
  return group;
}

/**
 * ct_week_day_group_get_list:
 * @group: a group from ct_week_day_group_new()
 *
 * Returns: (transfer none): the list of its entries
 */
GtkListBox *
ct_week_day_group_get_list (GtkWidget *group)
{
  g_return_val_if_fail (GTK_IS_BOX (group), NULL);
  return GTK_LIST_BOX (gtk_widget_get_last_child (group));
}

/**
 * ct_week_day_group_dup_outline:
 * @group: a group from ct_week_day_group_new()
 *
 * What the group says, for tests: its heading with its badges ("Thứ Hai, 25/9/2023 ·
 * Hôm nay"), then a line "- " and the accessible label of each entry, or "- " and the
 * placeholder.
 *
 * Returns: (transfer full): the outline, lines ended by "\n"
 */
char *
ct_week_day_group_dup_outline (GtkWidget *group)
{
  GString *out = g_string_new (NULL);
  GtkListBox *list = ct_week_day_group_get_list (group);
  GtkListBoxRow *row;

  g_string_append_printf (out, "%s\n", (const char *) g_object_get_data (
                                         G_OBJECT (gtk_widget_get_first_child (group)),
                                         "ct-outline"));
  if (gtk_list_box_get_row_at_index (list, 0) == NULL)
    g_string_append_printf (out, "- %s\n", _("No events"));
  for (int i = 0; (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    g_string_append_printf (out, "- %s\n", (const char *) g_object_get_data (G_OBJECT (row),
                                                                            "ct-a11y"));
  return g_string_free (out, FALSE);
}

/**
 * ct_week_day_row_get_uuid:
 * @row: a row of a group's list
 *
 * Returns: (transfer none): the UUID of the row's item
 */
const char *
ct_week_day_row_get_uuid (GtkListBoxRow *row)
{
  g_return_val_if_fail (GTK_IS_LIST_BOX_ROW (row), NULL);
  return g_object_get_data (G_OBJECT (row), "ct-uuid");
}

/**
 * ct_week_day_row_get_programme_id:
 * @row: a row of a group's list
 *
 * Returns: the store id of the programme of the row's item, 0 when it has none
 */
gint64
ct_week_day_row_get_programme_id (GtkListBoxRow *row)
{
  gint64 *id;

  g_return_val_if_fail (GTK_IS_LIST_BOX_ROW (row), 0);
  id = g_object_get_data (G_OBJECT (row), "ct-programme-id");
  return id ? *id : 0;
}
