/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-item-attributes"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-field.h"
#include "ct-format.h"
#include "ct-item-attributes.h"

/* ------------------------------------------------------------------ text attributes */

/* How the form shows each of ct_item_text_fields[]: the kinds it belongs to, and whether
 * it is common enough to be shown at once or waits under "More Details". */
typedef struct
{
  const char *key;
  const char *label;
  guint kinds;   /* 1 << CtItemKind */
  gboolean more;
} AttributeRow;

#define EVENTS ((1u << CT_ITEM_EVENT) | (1u << CT_ITEM_RECURRING))
#define TASKS (1u << CT_ITEM_TASK)

static const AttributeRow attribute_rows[] = {
  { "chair", N_("Chair"), EVENTS, FALSE },
  { "attending_leaders", N_("Attending Leaders"), EVENTS, FALSE },
  { "participants", N_("Participants"), EVENTS, FALSE },
  { "location", N_("Location"), EVENTS, FALSE },
  { "preparing_unit", N_("Preparing Body"), EVENTS, TRUE },
  { "lead_unit", N_("Lead Unit"), TASKS, FALSE },
  { "cooperating_units", N_("Co-operating Units"), EVENTS | TASKS, TRUE },
  { "accompanying_officer", N_("Accompanying Office Leader"), EVENTS, TRUE },
  { "note", N_("Note (e.g. “Giấy mời riêng”)"), EVENTS, TRUE },
};

static const AttributeRow *
find_attribute_row (const char *key)
{
  for (guint i = 0; i < G_N_ELEMENTS (attribute_rows); i++)
    if (g_str_equal (attribute_rows[i].key, key))
      return &attribute_rows[i];
  return NULL;
}

static void
add_row (GtkWidget *parent,
         GtkWidget *row)
{
  if (ADW_IS_EXPANDER_ROW (parent))
    adw_expander_row_add_row (ADW_EXPANDER_ROW (parent), row);
  else
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (parent), row);
}

/**
 * ct_item_attributes_add_text_rows:
 * @group: the #AdwPreferencesGroup to add to
 * @item: the item
 * @session: the session announcing edits
 * @fields: name → row, filled with the rows made
 *
 * Adds an entry row for each text attribute of @item's kind, in print order; the less
 * common ones go under a "More Details" expander, open when one of them is filled.
 */
void
ct_item_attributes_add_text_rows (GtkWidget  *group,
                                  CtItem     *item,
                                  CtSession  *session,
                                  GHashTable *fields)
{
  GtkWidget *more = adw_expander_row_new ();
  gboolean more_used = FALSE, more_filled = FALSE;

  g_return_if_fail (ADW_IS_PREFERENCES_GROUP (group));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (more), _("More Details"));
  for (guint i = 0; i < CT_ITEM_N_TEXT_FIELDS; i++)
    {
      const CtItemTextField *field = &ct_item_text_fields[i];
      const AttributeRow *spec = find_attribute_row (field->key);
      GtkWidget *row;

      if (spec == NULL || !(spec->kinds & (1u << item->kind)))
        continue;
      row = ct_field_entry_row (_(spec->label),
                                &G_STRUCT_MEMBER (char *, item, field->offset), session);
      g_hash_table_insert (fields, (gpointer) field->key, row);
      add_row (spec->more ? more : group, row);
      more_used |= spec->more;
      more_filled |= spec->more && ct_item_get_text_field (item, field) != NULL;
    }
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (more), more_filled);
  if (more_used)
    {
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), more);
      g_hash_table_insert (fields, "more_details", more);
    }
  else
    {
      g_object_ref_sink (more);
      g_object_unref (more);
    }
}

/* ------------------------------------------------------------------ recurrence rule */

typedef struct
{
  CtSession *session;
  CtItem *item;
  GtkWidget *weekdays_row;
  GtkWidget *weekday_buttons[7];  /* Monday first */
  GtkWidget *day_row;
  GtkWidget *day_spin;
  GtkWidget *week_row;
  GtkWidget *weekday_row;
  gboolean syncing;
} Rule;

static const char *const rule_labels[] = {
  N_("Every Week"), N_("Day of the Month"), N_("Weekday of the Month"), NULL,
};
static const char *const week_labels[] = {
  N_("First Week"), N_("Second Week"), N_("Third Week"), N_("Fourth Week"), N_("Last Week"),
  N_("Fifth Week"), NULL,
};
/* #CtItem.month_week for each entry of week_labels. */
static const int week_values[] = { 1, 2, 3, 4, -1, 5 };

static void
rule_free (gpointer data)
{
  Rule *r = data;

  g_object_unref (r->session);
  ct_item_unref (r->item);
  g_free (r);
}

static GDateWeekday
first_weekday (guint mask)
{
  for (GDateWeekday wd = G_DATE_MONDAY; wd <= G_DATE_SUNDAY; wd++)
    if (mask & CT_WEEKDAY_FROM_GDATE (wd))
      return wd;
  return G_DATE_MONDAY;
}

static guint
week_position (int month_week)
{
  for (guint i = 0; i < G_N_ELEMENTS (week_values); i++)
    if (week_values[i] == month_week)
      return i;
  return 0;
}

/* Shows the rows of the item's rule with the item's values. */
static void
rule_sync (Rule *r)
{
  CtItem *item = r->item;

  r->syncing = TRUE;
  gtk_widget_set_visible (r->weekdays_row, item->recurrence == CT_RECURRENCE_WEEKLY);
  gtk_widget_set_visible (r->day_row, item->recurrence == CT_RECURRENCE_MONTHLY_DAY);
  gtk_widget_set_visible (r->week_row, item->recurrence == CT_RECURRENCE_MONTHLY_WEEKDAY);
  gtk_widget_set_visible (r->weekday_row, item->recurrence == CT_RECURRENCE_MONTHLY_WEEKDAY);
  for (GDateWeekday wd = G_DATE_MONDAY; wd <= G_DATE_SUNDAY; wd++)
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (r->weekday_buttons[wd - 1]),
                                  item->weekdays & CT_WEEKDAY_FROM_GDATE (wd));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (r->day_spin), CLAMP (item->month_day, 1, 31));
  adw_combo_row_set_selected (ADW_COMBO_ROW (r->week_row), week_position (item->month_week));
  adw_combo_row_set_selected (ADW_COMBO_ROW (r->weekday_row),
                              first_weekday (item->weekdays) - G_DATE_MONDAY);
  r->syncing = FALSE;
}

/* A monthly rule needs a day, or a week and one weekday: the form starts them on the
 * first day, the first week and the first weekday held, in the same undo step. */
static void
rule_changed_cb (AdwComboRow *combo,
                 GParamSpec  *pspec,
                 Rule        *r)
{
  CtItem *item = r->item;

  if (r->syncing)
    return;
  item->recurrence = adw_combo_row_get_selected (combo);
  if (item->recurrence == CT_RECURRENCE_MONTHLY_DAY
      && (item->month_day < 1 || item->month_day > 31))
    item->month_day = 1;
  if (item->recurrence == CT_RECURRENCE_MONTHLY_WEEKDAY)
    {
      if (item->month_week == 0)
        item->month_week = 1;
      item->weekdays = CT_WEEKDAY_FROM_GDATE (first_weekday (item->weekdays));
    }
  ct_session_edited (r->session, NULL);
  rule_sync (r);
}

static void
weekday_toggled_cb (GtkToggleButton *button,
                    Rule            *r)
{
  guint bit = 0;

  if (r->syncing)
    return;
  for (GDateWeekday wd = G_DATE_MONDAY; wd <= G_DATE_SUNDAY; wd++)
    if (r->weekday_buttons[wd - 1] == GTK_WIDGET (button))
      bit = CT_WEEKDAY_FROM_GDATE (wd);
  g_return_if_fail (bit != 0);
  if (gtk_toggle_button_get_active (button))
    r->item->weekdays |= bit;
  else
    r->item->weekdays &= ~bit;
  ct_session_edited (r->session, NULL);
}

static void
month_day_changed_cb (GtkSpinButton *spin,
                      Rule          *r)
{
  g_autofree char *key = g_strdup_printf ("field:%p", (gpointer) &r->item->month_day);
  int day = gtk_spin_button_get_value_as_int (spin);

  if (r->syncing || day == r->item->month_day)
    return;
  r->item->month_day = day;
  ct_session_edited (r->session, key);
}

static void
month_week_changed_cb (AdwComboRow *combo,
                       GParamSpec  *pspec,
                       Rule        *r)
{
  if (r->syncing)
    return;
  r->item->month_week = week_values[adw_combo_row_get_selected (combo)];
  ct_session_edited (r->session, NULL);
}

static void
month_weekday_changed_cb (AdwComboRow *combo,
                          GParamSpec  *pspec,
                          Rule        *r)
{
  if (r->syncing)
    return;
  r->item->weekdays = CT_WEEKDAY_FROM_GDATE (adw_combo_row_get_selected (combo) + G_DATE_MONDAY);
  ct_session_edited (r->session, NULL);
}

static GtkWidget *
weekdays_row (Rule *r)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  /* Short weekday labels are the document's: "T2" … "CN". */
  static const char *const short_names[] = { "T2", "T3", "T4", "T5", "T6", "T7", "CN" };

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Weekdays"));
  gtk_widget_add_css_class (box, "linked");
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  for (GDateWeekday wd = G_DATE_MONDAY; wd <= G_DATE_SUNDAY; wd++)
    {
      GtkWidget *button = gtk_toggle_button_new_with_label (short_names[wd - 1]);

      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      ct_format_weekday (wd), -1);
      r->weekday_buttons[wd - 1] = button;
      g_signal_connect (button, "toggled", G_CALLBACK (weekday_toggled_cb), r);
      gtk_box_append (GTK_BOX (box), button);
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), box);
  return row;
}

static GtkWidget *
day_row (Rule *r)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Day of the Month"));
  r->day_spin = gtk_spin_button_new_with_range (1, 31, 1);
  gtk_widget_set_valign (r->day_spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (r->day_spin), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Day of the Month"), -1);
  g_signal_connect (r->day_spin, "value-changed", G_CALLBACK (month_day_changed_cb), r);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), r->day_spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), r->day_spin);
  return row;
}

static GtkWidget *
choice_row (const char *title,
            GListModel *model,
            GCallback   callback,
            Rule       *r)
{
  GtkWidget *row = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), model);
  g_signal_connect (row, "notify::selected", callback, r);
  return row;
}

/**
 * ct_item_attributes_add_rule:
 * @group: the #AdwPreferencesGroup to add to
 * @item: a recurring item
 * @session: the session announcing edits
 * @fields: name → row, given "recurrence", "weekdays", "month_day", "month_week" and
 *   "month_weekday"
 *
 * Adds the rule of a recurring item: every week on the weekdays toggled, on a day of the
 * month (1–31), or on a weekday of a week of the month (first … fourth, last); only the
 * rows of the chosen rule show.
 */
void
ct_item_attributes_add_rule (GtkWidget  *group,
                             CtItem     *item,
                             CtSession  *session,
                             GHashTable *fields)
{
  Rule *r = g_new0 (Rule, 1);
  g_autoptr(GtkStringList) rules = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) weeks = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) weekdays = gtk_string_list_new (NULL);
  GtkWidget *rule;

  g_return_if_fail (ADW_IS_PREFERENCES_GROUP (group));

  r->session = g_object_ref (session);
  r->item = ct_item_ref (item);
  for (guint i = 0; rule_labels[i] != NULL; i++)
    gtk_string_list_append (rules, _(rule_labels[i]));
  /* "Fifth" only for an item that already has it: four weeks and the last cover the
   * document's rules. */
  for (guint i = 0; week_labels[i] != NULL && (i < 5 || item->month_week == 5); i++)
    gtk_string_list_append (weeks, _(week_labels[i]));
  for (GDateWeekday wd = G_DATE_MONDAY; wd <= G_DATE_SUNDAY; wd++)
    gtk_string_list_append (weekdays, ct_format_weekday (wd));
  rule = choice_row (_("Repeats"), G_LIST_MODEL (rules), G_CALLBACK (rule_changed_cb), r);
  g_object_set_data_full (G_OBJECT (rule), "ct-rule", r, rule_free);
  r->syncing = TRUE;
  adw_combo_row_set_selected (ADW_COMBO_ROW (rule), item->recurrence);
  r->syncing = FALSE;
  r->weekdays_row = weekdays_row (r);
  r->day_row = day_row (r);
  r->week_row = choice_row (_("Week of the Month"), G_LIST_MODEL (weeks),
                            G_CALLBACK (month_week_changed_cb), r);
  r->weekday_row = choice_row (_("Weekday"), G_LIST_MODEL (weekdays),
                               G_CALLBACK (month_weekday_changed_cb), r);
  rule_sync (r);

  g_hash_table_insert (fields, "recurrence", rule);
  g_hash_table_insert (fields, "weekdays", r->weekdays_row);
  g_hash_table_insert (fields, "month_day", r->day_row);
  g_hash_table_insert (fields, "month_week", r->week_row);
  g_hash_table_insert (fields, "month_weekday", r->weekday_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), rule);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), r->weekdays_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), r->day_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), r->week_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), r->weekday_row);
}
