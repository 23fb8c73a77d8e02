/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-week-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "ct-format.h"
#include "ct-week-day.h"
#include "ct-week-page-private.h"

G_DEFINE_FINAL_TYPE (CtWeekPage, ct_week_page, GTK_TYPE_WIDGET)

enum {
  TOAST,
  OPEN_ITEM,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

void
ct_week_page_week_range (CtWeekPage *self,
                         GDate      *first,
                         GDate      *last)
{
  ct_programme_get_week_range (self->iso_year, self->week, first, last);
}

static void
iso_week_of (const GDate *date,
             int         *iso_year,
             int         *week)
{
  GDate thursday = *date;

  /* The ISO year is the year of the week's Thursday. */
  g_date_add_days (&thursday, 4);
  g_date_subtract_days (&thursday, g_date_get_weekday (date));
  *iso_year = g_date_get_year (&thursday);
  *week = g_date_get_iso8601_week_of_year (date);
}

static void
update_today (CtWeekPage *self)
{
  g_autoptr(GDateTime) now = NULL;

  if (self->today_fixed)
    return;
  now = g_date_time_new_now_local ();
  g_date_clear (&self->today, 1);
  g_date_set_dmy (&self->today, g_date_time_get_day_of_month (now),
                  g_date_time_get_month (now), g_date_time_get_year (now));
}

/* "Tuần 39 · 25/9 – 01/10/2023": the year once, unless the week spans two. Shown on two
 * lines, the week over its days, each whole: the range is what a clerk reads. */
static void
update_title (CtWeekPage *self)
{
  GDate first, last;
  g_autofree char *from = NULL, *to = NULL, *week = NULL, *range = NULL;
  GtkWidget *heading;

  ct_week_page_week_range (self, &first, &last);
  from = ct_format_date_short (&first);
  to = ct_format_date_short (&last);
  if (g_date_get_year (&first) == g_date_get_year (&last))
    *strrchr (from, '/') = '\0';
  /* Translators: the week page's title: %1$d is the ISO week, %2$s its Monday, %3$s its
   * Sunday ("Tuần 39 · 25/9 – 01/10/2023") */
  g_free (self->title);
  self->title = g_strdup_printf (_("Week %1$d · %2$s – %3$s"), self->week, from, to);
  /* Translators: the week page's title, over the week's days: %d is the ISO week ("Tuần 39") */
  week = g_strdup_printf (_("Week %d"), self->week);
  range = g_strdup_printf ("%s – %s", from, to);
  gtk_label_set_text (self->title_label, week);
  gtk_label_set_text (self->range_label, range);
  heading = gtk_widget_get_parent (GTK_WIDGET (self->title_label));
  gtk_accessible_update_property (GTK_ACCESSIBLE (heading), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  self->title, -1);
}

void
ct_week_page_open_item (CtWeekPage *self,
                        gint64      programme_id,
                        const char *uuid)
{
  g_signal_emit (self, signals[OPEN_ITEM], 0, programme_id, uuid);
}

static void
row_activated_cb (GtkListBox    *list,
                  GtkListBoxRow *row,
                  CtWeekPage    *self)
{
  const char *uuid = ct_week_day_row_get_uuid (row);

  if (uuid != NULL)
    ct_week_page_open_item (self, ct_week_day_row_get_programme_id (row), uuid);
}

/* "Add Week-Only Item…" at the end of a day's heading, for the keyboard as well. */
static void
add_day_button (GtkWidget *group,
                guint      day)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("list-add-symbolic");

  /* Translators: button of a day on the week page: an item of this week alone, not in
   * the month programme ("Thêm việc phát sinh…") */
  gtk_widget_set_tooltip_text (button, _("Add Week-Only Item…"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Add Week-Only Item…"), -1);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "week.add-item");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "i", (gint32) day);
  gtk_widget_set_halign (button, GTK_ALIGN_END);
  gtk_widget_set_hexpand (button, TRUE);
  gtk_box_append (GTK_BOX (gtk_widget_get_first_child (group)), button);
}

void
ct_week_page_update_notice (CtWeekPage *self,
                            guint       n_programmes)
{
  gtk_widget_set_visible (GTK_WIDGET (self->notice_label),
                          self->cancellable == NULL && n_programmes == 0);
}

/* Draws the week again from the programmes read and the open programme. */
void
ct_week_page_rebuild (CtWeekPage *self)
{
  g_autoptr(GPtrArray) programmes = ct_week_page_programmes (self);
  int group_index = 0, row_index = 0;
  gboolean refocus = ct_week_page_find_focus (self, &group_index, &row_index);
  GtkWidget *child;

  self->dirty = FALSE;
  update_today (self);
  g_clear_pointer (&self->schedule, ct_week_free);
  self->schedule = ct_week_new (self->iso_year, self->week, programmes, self->holidays);
  while ((child = gtk_widget_get_first_child (self->days_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->days_box), child);
  for (guint d = 0; d < 7; d++)
    {
      const CtWeekDay *day = &self->schedule->days[d];
      GtkWidget *group;

      if (!ct_week_day_is_shown (self->schedule, d))
        continue;
      group = ct_week_day_group_new (day, g_date_valid (&self->today) &&
                                            g_date_compare (&day->date, &self->today) == 0);
      g_signal_connect (ct_week_day_group_get_list (group), "row-activated",
                        G_CALLBACK (row_activated_cb), self);
      g_signal_connect (ct_week_day_group_get_list (group), "keynav-failed",
                        G_CALLBACK (ct_week_page_keynav_failed_cb), self);
      add_day_button (group, d);
      g_object_set_data (G_OBJECT (group), "ct-day", GUINT_TO_POINTER (d));
      gtk_box_append (GTK_BOX (self->days_box), group);
    }
  ct_week_page_update_notice (self, programmes->len);
  /* A moved row keeps the focus in its new place. */
  if (self->focus_uuid != NULL && ct_week_page_focus_item_row (self, self->focus_uuid))
    g_clear_pointer (&self->focus_uuid, g_free);
  else if (refocus)
    ct_week_page_restore_focus (self, group_index, row_index);
}

void
ct_week_page_toast (CtWeekPage *self,
                    const char *message)
{
  g_signal_emit (self, signals[TOAST], 0, message);
}

/* Drawn now when on screen, else when the page is next shown. */
static void
redraw (CtWeekPage *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    ct_week_page_rebuild (self);
  else
    self->dirty = TRUE;
}

void
ct_week_page_set_loading (CtWeekPage *self,
                          gboolean    loading)
{
  gtk_spinner_set_spinning (self->spinner, loading);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), loading);
}

/* The store is read again when the page is on screen: a week nobody looks at is not. */
static void
refresh (CtWeekPage *self)
{
  self->stale = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    ct_week_page_start_load (self);
}

static void
set_week (CtWeekPage *self,
          int         iso_year,
          int         week)
{
  if (iso_year == self->iso_year && week == self->week)
    return;
  self->iso_year = iso_year;
  self->week = week;
  update_title (self);
  g_clear_pointer (&self->loaded, g_ptr_array_unref);
  /* Shown, the page keeps the days drawn (and the focus in them) until the store is
   * read; hidden, it draws the open programme's days at once. */
  if (self->store == NULL || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    redraw (self);
  refresh (self);
}

static void
show_date (CtWeekPage  *self,
           const GDate *date)
{
  int iso_year, week;

  iso_week_of (date, &iso_year, &week);
  set_week (self, iso_year, week);
}

/* Another programme opened: a week outside its period gives way to today's week when
 * the period holds today, else to the period's first week. */
static void
follow_programme (CtWeekPage  *self,
                  CtProgramme *programme)
{
  GDate first, last, from, to;

  ct_week_page_week_range (self, &first, &last);
  if (ct_week_page_overlaps (programme, &first, &last))
    return;
  ct_programme_get_period_range (programme, &from, &to);
  update_today (self);
  if (g_date_valid (&self->today) && g_date_compare (&self->today, &from) >= 0 &&
      g_date_compare (&self->today, &to) <= 0)
    from = self->today;
  show_date (self, &from);
}

static void
session_changed_cb (CtWeekPage *self)
{
  CtProgramme *programme = ct_session_get_programme (self->session);

  if (programme->id != self->session_id)
    {
      self->session_id = programme->id;
      follow_programme (self, programme);
    }
  redraw (self);
}

static void
step_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CtWeekPage *self = CT_WEEK_PAGE (widget);
  GDate first, last;

  ct_week_page_week_range (self, &first, &last);
  if (g_str_equal (action_name, "week.previous"))
    g_date_subtract_days (&first, 7);
  else if (g_str_equal (action_name, "week.next"))
    g_date_add_days (&first, 7);
  else
    {
      update_today (self);
      first = self->today;
    }
  show_date (self, &first);
}

void
ct_week_page_copy_digest (CtWeekPage *self)
{
  g_autofree char *digest = ct_week_page_dup_digest (self);

  self->copy_pending = FALSE;
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), digest);
  /* Translators: toast after the week's schedule, told leader by leader, was copied to
   * the clipboard ("Đã chép lịch theo từng lãnh đạo") */
  ct_week_page_toast (self, _("Schedule copied leader by leader"));
}

/* While the week is read, the digest is copied once it is complete. The button stays
 * sensitive meanwhile: a button made insensitive would drop the keyboard focus. */
static void
copy_digest_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CtWeekPage *self = CT_WEEK_PAGE (widget);

  if (ct_week_page_get_loading (self))
    self->copy_pending = TRUE;
  else
    ct_week_page_copy_digest (self);
}

static GtkWidget *
button_new (const char *icon,
            const char *label,
            const char *action,
            const char *tooltip)
{
  GtkWidget *button = icon ? gtk_button_new_from_icon_name (icon)
                           : gtk_button_new_with_mnemonic (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  if (tooltip != NULL)
    gtk_widget_set_tooltip_text (button, tooltip);
  if (icon != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    tooltip, -1);
  return button;
}

static GtkWidget *
header_new (CtWeekPage *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *heading = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *range = gtk_label_new (NULL);

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 6);
  gtk_box_append (GTK_BOX (box), button_new ("go-previous-symbolic", NULL, "week.previous",
                                             _("Previous Week")));
  self->next_button = button_new ("go-next-symbolic", NULL, "week.next", _("Next Week"));
  gtk_box_append (GTK_BOX (box), self->next_button);
  self->title_label = GTK_LABEL (title);
  self->range_label = GTK_LABEL (range);
  gtk_label_set_xalign (self->title_label, 0);
  gtk_label_set_xalign (self->range_label, 0);
  gtk_widget_add_css_class (title, "title-3");
  gtk_widget_add_css_class (range, "heading");
  gtk_widget_set_valign (heading, GTK_ALIGN_CENTER);
  gtk_widget_set_hexpand (heading, TRUE);
  gtk_widget_set_margin_start (heading, 6);
  gtk_box_append (GTK_BOX (heading), title);
  gtk_box_append (GTK_BOX (heading), range);
  gtk_box_append (GTK_BOX (box), heading);
  self->spinner = GTK_SPINNER (gtk_spinner_new ());
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->spinner));
  gtk_box_append (GTK_BOX (box), button_new (NULL, _("This _Week"), "week.this-week", NULL));
  gtk_box_append (GTK_BOX (box),
                  button_new (NULL, _("_Copy Digest"), "week.copy-digest",
                              _("Copy the week’s schedule leader by leader, for a chat "
                                "group or a text message")));
  gtk_box_append (GTK_BOX (box), ct_week_page_export_button_new ());
  return box;
}

static void
build (CtWeekPage *self)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();

  self->root = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_parent (self->root, GTK_WIDGET (self));
  gtk_box_append (GTK_BOX (self->root), header_new (self));
  self->notice_label = GTK_LABEL (gtk_label_new (_("No programme in the database covers this "
                                                   "week.")));
  gtk_label_set_wrap (self->notice_label, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->notice_label), "dim-label");
  gtk_widget_set_visible (GTK_WIDGET (self->notice_label), FALSE);
  gtk_box_append (GTK_BOX (self->root), GTK_WIDGET (self->notice_label));

  self->days_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_widget_set_margin_start (self->days_box, 12);
  gtk_widget_set_margin_end (self->days_box, 12);
  gtk_widget_set_margin_top (self->days_box, 6);
  gtk_widget_set_margin_bottom (self->days_box, 18);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 960);
  adw_clamp_set_tightening_threshold (ADW_CLAMP (clamp), 720);
  adw_clamp_set_child (ADW_CLAMP (clamp), self->days_box);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (self->root), scrolled);
}

/* Page Up and Page Down are caught before the focused day list, which would take them
 * to move its cursor. */
static void
add_shortcuts (CtWeekPage *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Page_Up, 0),
                                                          gtk_named_action_new ("week.previous")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Page_Down, 0),
                                                          gtk_named_action_new ("week.next")));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static void
load_css (void)
{
  static gsize loaded;

  if (g_once_init_enter (&loaded))
    {
      GtkCssProvider *provider = gtk_css_provider_new ();

      gtk_css_provider_load_from_resource (provider, RESOURCE_PATH "/ui/ct-week-page.css");
      gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                  GTK_STYLE_PROVIDER (provider),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
      g_once_init_leave (&loaded, 1);
    }
}

static void
ct_week_page_map (GtkWidget *widget)
{
  CtWeekPage *self = CT_WEEK_PAGE (widget);

  GTK_WIDGET_CLASS (ct_week_page_parent_class)->map (widget);
  if (self->stale)
    ct_week_page_start_load (self);
  else if (self->dirty)
    ct_week_page_rebuild (self);
}

static void
ct_week_page_dispose (GObject *object)
{
  CtWeekPage *self = CT_WEEK_PAGE (object);

  ct_week_page_set_session (self, NULL);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->root, gtk_widget_unparent);
  g_clear_object (&self->store);
  g_clear_object (&self->holidays);
  g_clear_pointer (&self->loaded, g_ptr_array_unref);
  g_clear_pointer (&self->schedule, ct_week_free);
  g_clear_pointer (&self->focus_uuid, g_free);
  g_clear_pointer (&self->title, g_free);
  G_OBJECT_CLASS (ct_week_page_parent_class)->dispose (object);
}

static void
ct_week_page_class_init (CtWeekPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ct_week_page_dispose;
  widget_class->map = ct_week_page_map;

  /**
   * CtWeekPage::toast:
   * @title: a short message, translated, plain text
   */
  signals[TOAST] = g_signal_new ("toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  /**
   * CtWeekPage::open-item:
   * @programme_id: the store id of the item's programme
   * @uuid: the item
   *
   * The clerk asked to edit the item.
   */
  signals[OPEN_ITEM] = g_signal_new ("open-item", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT64,
                                     G_TYPE_STRING);
  gtk_widget_class_install_action (widget_class, "week.previous", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "week.next", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "week.this-week", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "week.copy-digest", NULL, copy_digest_action);
  ct_week_page_export_install_actions (widget_class);
  ct_week_page_edit_install_actions (widget_class);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "week-page");
}

static void
ct_week_page_init (CtWeekPage *self)
{
  load_css ();
  self->holidays = g_object_ref (ct_holidays_get_default ());
  build (self);
  add_shortcuts (self);
  update_today (self);
  iso_week_of (&self->today, &self->iso_year, &self->week);
  update_title (self);
  ct_week_page_set_loading (self, FALSE);
  self->stale = TRUE;
}

/**
 * ct_week_page_new:
 *
 * Returns: (transfer floating): a page showing this week, from no store yet
 */
GtkWidget *
ct_week_page_new (void)
{
  return g_object_new (CT_TYPE_WEEK_PAGE, NULL);
}

/**
 * ct_week_page_set_store:
 * @self: a week page
 * @store: (nullable): the store whose programmes make the schedule
 */
void
ct_week_page_set_store (CtWeekPage *self,
                        CtStore    *store)
{
  g_return_if_fail (CT_IS_WEEK_PAGE (self));
  g_return_if_fail (store == NULL || CT_IS_STORE (store));

  if (g_set_object (&self->store, store))
    refresh (self);
}

/**
 * ct_week_page_set_session:
 * @self: a week page
 * @session: (nullable): the session of the open programme
 *
 * Shows the open programme as edited, following its changes (edits, undo, redo). Another
 * programme brings the page to its period when the week shown is not in it.
 */
void
ct_week_page_set_session (CtWeekPage *self,
                          CtSession  *session)
{
  g_return_if_fail (CT_IS_WEEK_PAGE (self));
  g_return_if_fail (session == NULL || CT_IS_SESSION (session));

  if (self->session != NULL)
    g_clear_signal_handler (&self->changed_id, self->session);
  g_set_object (&self->session, session);
  if (session == NULL)
    {
      self->session_id = 0;
      self->dirty = TRUE;
      return;
    }
  self->changed_id = g_signal_connect_swapped (session, "changed",
                                               G_CALLBACK (session_changed_cb), self);
  self->session_id = -1;
  session_changed_cb (self);
}

/**
 * ct_week_page_reload:
 * @self: a week page
 *
 * Reads the store again (another window or program changed it, a programme was
 * deleted): now when the page is shown, else when it next is.
 */
void
ct_week_page_reload (CtWeekPage *self)
{
  g_return_if_fail (CT_IS_WEEK_PAGE (self));
  refresh (self);
}

/**
 * ct_week_page_show_week:
 * @self: a week page
 * @iso_year: the ISO week-numbering year
 * @week: the ISO week, 1 to ct_programme_weeks_in_year()
 */
void
ct_week_page_show_week (CtWeekPage *self,
                        int         iso_year,
                        int         week)
{
  g_return_if_fail (CT_IS_WEEK_PAGE (self));
  g_return_if_fail (week >= 1 && week <= (int) ct_programme_weeks_in_year (iso_year));

  set_week (self, iso_year, week);
}

/**
 * ct_week_page_get_week:
 * @self: a week page
 * @iso_year: (out) (optional): the ISO week-numbering year shown
 * @week: (out) (optional): the ISO week shown
 */
void
ct_week_page_get_week (CtWeekPage *self,
                       int        *iso_year,
                       int        *week)
{
  g_return_if_fail (CT_IS_WEEK_PAGE (self));

  if (iso_year != NULL)
    *iso_year = self->iso_year;
  if (week != NULL)
    *week = self->week;
}

/**
 * ct_week_page_set_today:
 * @self: a week page
 * @today: the day to highlight as today, instead of the local date; for tests
 */
void
ct_week_page_set_today (CtWeekPage  *self,
                        const GDate *today)
{
  g_return_if_fail (CT_IS_WEEK_PAGE (self));
  g_return_if_fail (today != NULL && g_date_valid (today));

  self->today = *today;
  self->today_fixed = TRUE;
  redraw (self);
}

/**
 * ct_week_page_set_holidays:
 * @self: a week page
 * @holidays: the days off to mark (default: ct_holidays_get_default())
 */
void
ct_week_page_set_holidays (CtWeekPage *self,
                           CtHolidays *holidays)
{
  g_return_if_fail (CT_IS_WEEK_PAGE (self));
  g_return_if_fail (CT_IS_HOLIDAYS (holidays));

  if (g_set_object (&self->holidays, holidays))
    redraw (self);
}

/**
 * ct_week_page_get_loading:
 * @self: a week page
 *
 * Returns: %TRUE while the week's programmes are read from the store
 */
gboolean
ct_week_page_get_loading (CtWeekPage *self)
{
  g_return_val_if_fail (CT_IS_WEEK_PAGE (self), FALSE);
  return self->cancellable != NULL;
}

/**
 * ct_week_page_get_title:
 * @self: a week page
 *
 * Returns: (transfer none): the title on one line, "Tuần 39 · 25/9 – 01/10/2023" (shown
 *   on two: the week over its days)
 */
const char *
ct_week_page_get_title (CtWeekPage *self)
{
  g_return_val_if_fail (CT_IS_WEEK_PAGE (self), NULL);
  return self->title;
}

/**
 * ct_week_page_dup_digest:
 * @self: a week page
 *
 * Returns: (transfer full): the week shown told leader by leader (ct_week_dup_digest())
 */
char *
ct_week_page_dup_digest (CtWeekPage *self)
{
  g_return_val_if_fail (CT_IS_WEEK_PAGE (self), NULL);

  if (self->schedule == NULL || self->dirty)
    ct_week_page_rebuild (self);
  return ct_week_dup_digest (self->schedule);
}

/**
 * ct_week_page_dup_outline:
 * @self: a week page
 *
 * What the page shows, day by day (ct_week_day_group_dup_outline()), for tests.
 *
 * Returns: (transfer full): the outline
 */
char *
ct_week_page_dup_outline (CtWeekPage *self)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (CT_IS_WEEK_PAGE (self), NULL);

  for (GtkWidget *group = gtk_widget_get_first_child (self->days_box); group != NULL;
       group = gtk_widget_get_next_sibling (group))
    {
      g_autofree char *text = ct_week_day_group_dup_outline (group);

      g_string_append (out, text);
    }
  return g_string_free (out, FALSE);
}
