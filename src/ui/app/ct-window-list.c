/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-programme-entry.h"
#include "ct-window-private.h"

/* The sidebar: the programmes by year, newest first, filtered by the search, read from
 * the store in a worker thread. */

/* A sidebar row shows either a year's heading or a programme's subtitle, where a search
 * found its words (when not in the subtitle) and "No. 58 · Draft"; headings are no stop
 * of the keyboard, nor can they be selected or activated. Built once per visible row and
 * rebound while scrolling. */
static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *excerpt = gtk_label_new (NULL);
  GtkWidget *details = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  /* An excerpt is at most some 80 characters: two or three lines of a narrow sidebar. */
  gtk_label_set_xalign (GTK_LABEL (excerpt), 0);
  gtk_label_set_wrap (GTK_LABEL (excerpt), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (excerpt), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (excerpt), 3);
  gtk_label_set_ellipsize (GTK_LABEL (excerpt), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (excerpt, "caption");
  gtk_label_set_xalign (GTK_LABEL (details), 0);
  gtk_widget_add_css_class (details, "caption");
  gtk_widget_add_css_class (details, "dim-label");
  gtk_widget_set_margin_bottom (details, 4);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), excerpt);
  gtk_box_append (GTK_BOX (box), details);
  gtk_list_item_set_child (list_item, box);
  g_object_set_data (G_OBJECT (box), "ct-list-item", list_item);
}

/* The row is what takes the keyboard focus, and GTK 4.8 names it after its type
 * ("GtkListItemWidget"): a screen reader says its programme instead. */
static void
name_row (GtkWidget        *row,
          CtProgrammeEntry *entry)
{
  const char *details = ct_programme_entry_get_details (entry);
  const char *excerpt = ct_programme_entry_get_excerpt_text (entry);
  g_autofree char *name = NULL;

  if (row == NULL)
    return;
  if (ct_programme_entry_is_heading (entry) || details == NULL || *details == '\0')
    name = g_strdup (ct_programme_entry_get_title (entry));
  else
    /* Translators: a programme in the sidebar, read by screen readers: its title, then
     * "No. 58 · Draft". */
    name = g_strdup_printf (_("%1$s, %2$s"), ct_programme_entry_get_title (entry), details);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  /* Where a search found its words is read after the name, as the row shows it. */
  if (excerpt != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    excerpt, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

static void keep_tab_on_selected (CtWindow *self);

static gboolean
keep_tab_idle_cb (gpointer self)
{
  if (!CT_WINDOW (self)->closing)
    keep_tab_on_selected (self);
  return G_SOURCE_REMOVE;
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             gpointer                  user_data)
{
  CtProgrammeEntry *entry = gtk_list_item_get_item (list_item);
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *title = gtk_widget_get_first_child (box);
  GtkWidget *excerpt = gtk_widget_get_next_sibling (title);
  GtkWidget *details = gtk_widget_get_next_sibling (excerpt);
  gboolean heading = ct_programme_entry_is_heading (entry);
  const char *markup = ct_programme_entry_get_excerpt (entry);

  /* A row that cannot be selected refuses the focus: the keys step over headings
   * (list_key_cb()), and Tab into the list goes to the selected row
   * (keep_tab_on_selected()). */
  gtk_list_item_set_selectable (list_item, !heading);
  gtk_list_item_set_activatable (list_item, !heading);
  if (heading)
    gtk_widget_add_css_class (title, "heading");
  else
    gtk_widget_remove_css_class (title, "heading");
  gtk_widget_set_margin_top (title, heading ? 12 : 4);
  gtk_widget_set_visible (details, !heading);
  gtk_label_set_text (GTK_LABEL (title), ct_programme_entry_get_title (entry));
  gtk_label_set_text (GTK_LABEL (details), ct_programme_entry_get_details (entry));
  gtk_widget_set_visible (excerpt, markup != NULL);
  gtk_label_set_markup (GTK_LABEL (excerpt), markup != NULL ? markup : "");
  name_row (gtk_widget_get_parent (box), entry);
  /* The selected row is built after the selection was made (a reload, a scroll). */
  if (!heading && gtk_list_item_get_selected (list_item))
    g_idle_add_full (G_PRIORITY_DEFAULT, keep_tab_idle_cb, g_object_ref (user_data),
                     g_object_unref);
}

/* Enter (or a double click) on a row opens its programme, also the one already selected,
 * which a narrow window shows in place of the list. */
static void
row_activated_cb (GtkGridView *view,
                  guint        position,
                  CtWindow    *self)
{
  g_autoptr(CtProgrammeEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->programmes),
                                                             position);

  if (entry == NULL || ct_programme_entry_is_heading (entry))
    return;
  gtk_single_selection_set_selected (self->programme_selection, position);
  ct_window_open_selected (self);
}

/* The sidebar entry of the row under (@x, @y) of the list, or %NULL. */
static CtProgrammeEntry *
entry_at_point (GtkWidget *list,
                double     x,
                double     y)
{
  GtkWidget *row = gtk_widget_pick (list, x, y, GTK_PICK_DEFAULT);
  GtkListItem *item;

  while (row != NULL && gtk_widget_get_parent (row) != list)
    row = gtk_widget_get_parent (row);
  if (row == NULL || gtk_widget_get_first_child (row) == NULL)
    return NULL;
  item = g_object_get_data (G_OBJECT (gtk_widget_get_first_child (row)), "ct-list-item");
  return item != NULL ? gtk_list_item_get_item (item) : NULL;
}

/* A click on the programme already selected changes no selection, so nothing else opens
 * it: a narrow window, which shows the list in place of the programme, shows it again.
 * The row's own gesture has selected the row clicked by now. */
static void
row_released_cb (GtkGestureClick *gesture,
                 int              n_press,
                 double           x,
                 double           y,
                 CtWindow        *self)
{
  GtkWidget *list = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));
  CtProgrammeEntry *entry = entry_at_point (list, x, y);

  if (n_press != 1 || entry == NULL || ct_programme_entry_is_heading (entry))
    return;
  if (gtk_single_selection_get_selected_item (self->programme_selection) == (gpointer) entry)
    ct_window_open_selected (self);
}

static GtkWidget *row_at (CtWindow *self, guint position);

/* A narrow window shows the list in place of the programme: the keyboard focus goes to the
 * selected row, so that Enter shows its programme again, rather than staying on a button
 * of the hidden page or falling to the first button of the list's header. */
static void
visible_page_cb (CtWindow *self)
{
  guint selected = gtk_single_selection_get_selected (self->programme_selection);
  GtkWidget *row;

  if (!adw_leaflet_get_folded (self->leaflet)
      || adw_leaflet_get_visible_child (self->leaflet) == self->content
      || selected == GTK_INVALID_LIST_POSITION)
    return;
  row = row_at (self, selected);
  if (row != NULL)
    gtk_widget_grab_focus (row);
}

/* The row showing sidebar position @position, %NULL when it is not built. */
static GtkWidget *
row_at (CtWindow *self,
        guint     position)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->programme_list));
       row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *box = gtk_widget_get_first_child (row);
      GtkListItem *item = box != NULL ? g_object_get_data (G_OBJECT (box), "ct-list-item") : NULL;

      if (item != NULL && gtk_list_item_get_position (item) == position)
        return row;
    }
  return NULL;
}

static gboolean
is_heading (CtWindow *self,
            guint     position)
{
  g_autoptr(CtProgrammeEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->programmes),
                                                             position);

  return entry == NULL || ct_programme_entry_is_heading (entry);
}

/* The first programme from @position on, going by @step (1 or -1), or
 * GTK_INVALID_LIST_POSITION. */
static guint
programme_from (CtWindow *self,
                int       position,
                int       step)
{
  int n = (int) g_list_model_get_n_items (G_LIST_MODEL (self->programmes));

  for (; position >= 0 && position < n; position += step)
    if (!is_heading (self, position))
      return position;
  return GTK_INVALID_LIST_POSITION;
}

/* Scrolls to the row at @position and gives it the focus. */
static gboolean
focus_position (CtWindow *self,
                guint     position)
{
  GtkWidget *row;

  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;
  gtk_widget_activate_action (GTK_WIDGET (self->programme_list), "list.scroll-to-item", "u",
                              position);
  row = row_at (self, position);
  return row != NULL && gtk_widget_grab_focus (row);
}

/**
 * ct_window_focus_programme_row:
 * @self: the window
 *
 * Gives the keyboard focus to the selected programme's row in the sidebar, or to the
 * first programme's when none is selected.
 *
 * Returns: %TRUE when a row took it (%FALSE: the list is empty)
 */
gboolean
ct_window_focus_programme_row (CtWindow *self)
{
  guint selected = gtk_single_selection_get_selected (self->programme_selection);

  if (selected == GTK_INVALID_LIST_POSITION || is_heading (self, selected))
    selected = programme_from (self, 0, 1);
  return focus_position (self, selected);
}

/* The position of the row with the focus, or GTK_INVALID_LIST_POSITION. */
static guint
focused_position (CtWindow *self)
{
  GtkWidget *row = gtk_widget_get_focus_child (GTK_WIDGET (self->programme_list));
  GtkWidget *box = row != NULL ? gtk_widget_get_first_child (row) : NULL;
  GtkListItem *item = box != NULL ? g_object_get_data (G_OBJECT (box), "ct-list-item") : NULL;

  return item != NULL ? gtk_list_item_get_position (item) : GTK_INVALID_LIST_POSITION;
}

/* Up and Down (Home and End) go to the programme before or after (the first or last),
 * over the years' headings, and select it as the list's own keys do. */
static gboolean
list_key_cb (GtkEventControllerKey *controller,
             guint                  keyval,
             guint                  keycode,
             GdkModifierType        state,
             CtWindow              *self)
{
  guint from = focused_position (self);
  int n = (int) g_list_model_get_n_items (G_LIST_MODEL (self->programmes));
  guint to;

  if ((state & (GDK_CONTROL_MASK | GDK_SHIFT_MASK | GDK_ALT_MASK)) != 0
      || from == GTK_INVALID_LIST_POSITION)
    return FALSE;
  switch (keyval)
    {
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      to = programme_from (self, (int) from - 1, -1);
      break;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      to = programme_from (self, (int) from + 1, 1);
      break;
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      to = programme_from (self, 0, 1);
      break;
    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      to = programme_from (self, n - 1, -1);
      break;
    default:
      return FALSE;
    }
  /* At either end the focus stays where it is. */
  if (to != GTK_INVALID_LIST_POSITION && focus_position (self, to))
    gtk_single_selection_set_selected (self->programme_selection, to);
  return TRUE;
}

/* Tab from outside the list goes to the row the list had the focus on last, the first
 * (a heading, which refuses it) when none had it: the list would be left out. While the
 * focus is elsewhere, the list is told that the selected programme's row had it, as it
 * learns when a row takes the focus (the action "list.scroll-to-item"). */
static void
keep_tab_on_selected (CtWindow *self)
{
  GtkWidget *list = GTK_WIDGET (self->programme_list);
  guint selected = gtk_single_selection_get_selected (self->programme_selection);
  GtkWidget *row;

  if (selected == GTK_INVALID_LIST_POSITION || is_heading (self, selected)
      || gtk_widget_get_focus_child (list) != NULL)
    return;
  row = row_at (self, selected);
  if (row == NULL)
    return;
  gtk_widget_set_focus_child (list, row);
  gtk_widget_activate_action (list, "list.scroll-to-item", "u", selected);
  gtk_widget_set_focus_child (list, NULL);
}

/* The sidebar position of programme @id, or GTK_INVALID_LIST_POSITION. */
static guint
position_of (CtWindow *self,
             gint64    id)
{
  GListModel *model = G_LIST_MODEL (self->programmes);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; id != 0 && i < n; i++)
    {
      g_autoptr(CtProgrammeEntry) entry = g_list_model_get_item (model, i);

      if (ct_programme_entry_get_id (entry) == id)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

/* A year's heading never keeps the selection (set by a program, as the keys and clicks
 * cannot): the programme open (or being opened) stays selected, and nothing else
 * happens. */
static void
heading_selected_cb (CtWindow *self)
{
  CtProgrammeEntry *entry = gtk_single_selection_get_selected_item (self->programme_selection);
  gint64 open = self->opening_id;
  gboolean reloading = self->reloading;

  if (entry == NULL || !ct_programme_entry_is_heading (entry))
    return;
  if (open == 0 && self->session != NULL)
    open = ct_session_get_programme (self->session)->id;
  self->reloading = TRUE;
  gtk_single_selection_set_selected (self->programme_selection, position_of (self, open));
  self->reloading = reloading;
}

/* Replaces the model's entries in one change, so the view updates once. */
static void
fill_programme_list (CtWindow  *self,
                     GPtrArray *summaries)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  int year = G_MININT;

  for (guint i = 0; i < summaries->len; i++)
    {
      CtProgrammeSummary *summary = g_ptr_array_index (summaries, i);

      if (summary->period_year != year)
        g_ptr_array_add (entries, ct_programme_entry_new_heading (summary->period_year));
      g_ptr_array_add (entries, ct_programme_entry_new (summary));
      year = summary->period_year;
    }
  g_list_store_splice (self->programmes, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (self->programmes)),
                       entries->pdata, entries->len);
}

void
ct_window_init_list (CtWindow *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkEventController *keys;
  GtkGesture *click;

  self->programmes = g_list_store_new (CT_TYPE_PROGRAMME_ENTRY);
  self->programme_selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->programmes)));
  gtk_single_selection_set_autoselect (self->programme_selection, FALSE);
  gtk_single_selection_set_can_unselect (self->programme_selection, TRUE);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  gtk_grid_view_set_factory (self->programme_list, factory);
  gtk_grid_view_set_model (self->programme_list, GTK_SELECTION_MODEL (self->programme_selection));
  g_signal_connect (self->programme_list, "activate", G_CALLBACK (row_activated_cb), self);
  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "released", G_CALLBACK (row_released_cb), self);
  g_signal_connect_swapped (self->leaflet, "notify::visible-child",
                            G_CALLBACK (visible_page_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->programme_list), GTK_EVENT_CONTROLLER (click));
  g_signal_connect_swapped (self->programme_selection, "notify::selected",
                            G_CALLBACK (heading_selected_cb), self);
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (list_key_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->programme_list), keys);
  g_signal_connect_swapped (self->programme_selection, "notify::selected",
                            G_CALLBACK (keep_tab_on_selected), self);
}

/* Shows @list in the sidebar, keeping the selection on the programme open or being
 * opened. */
static void
show_list (CtWindow  *self,
           GPtrArray *list)
{
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  gint64 current = self->opening_id;
  guint position;

  if (current == 0 && self->session != NULL)
    current = ct_session_get_programme (self->session)->id;
  self->reloading = TRUE;
  fill_programme_list (self, list);
  /* An empty database shows its welcome in the content area; an empty search says so
   * here. */
  gtk_stack_set_visible_child_name (self->sidebar_stack,
                                    list->len == 0 && *query != '\0' ? "no-results" : "list");
  position = position_of (self, current);
  if (position != GTK_INVALID_LIST_POSITION)
    gtk_single_selection_set_selected (self->programme_selection, position);
  self->reloading = FALSE;
}

/* The window is not shown yet: it opens with its list, from which
 * ct_window_open_on_start() picks the programme to open. */
void
ct_window_load_first_list (CtWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = ct_store_list_programmes (self->store, NULL, &error);

  if (list != NULL)
    show_list (self, list);
  else
    ct_window_report_store_error (self, error);
}

static void
list_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(CtWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = ct_store_list_programmes_finish (CT_STORE (source), result, &error);
  gint64 select = self->select_after_list;

  /* A later reload (another search typed) replaced this one: its list is out of date. */
  if (g_task_get_cancellable (G_TASK (result)) != self->list_cancellable)
    return;
  g_clear_object (&self->list_cancellable);
  self->select_after_list = 0;
  ct_window_update_busy (self);
  if (list == NULL)
    {
      ct_window_report_store_error (self, error);
      return;
    }
  show_list (self, list);
  if (select == -1)
    ct_window_select_newest (self);
  else if (select > 0)
    ct_window_select_programme (self, select);
}

/**
 * ct_window_reload_list:
 * @self: the window
 *
 * Refills the sidebar from the store, filtered by the search entry's text (ignoring case
 * and Vietnamese marks, see ct_store_list_programmes()), keeping the selection. The list
 * is read in a worker thread; a reload still under way is dropped.
 */
void
ct_window_reload_list (CtWindow *self)
{
  g_return_if_fail (CT_IS_WINDOW (self));

  /* The last save at close: the list is going away. */
  if (self->closing)
    return;
  g_cancellable_cancel (self->list_cancellable);
  g_clear_object (&self->list_cancellable);
  self->list_cancellable = g_cancellable_new ();
  /* Whatever changed the list may have changed the week's schedule too. */
  ct_window_pages_reload (self);
  ct_store_list_programmes_async (self->store,
                                  gtk_editable_get_text (GTK_EDITABLE (self->search_entry)),
                                  self->list_cancellable, list_done_cb, g_object_ref (self));
  ct_window_update_busy (self);
}

/**
 * ct_window_select_programme:
 * @self: the window
 * @id: a programme id
 *
 * Selects the programme's row in the list, which opens it.
 */
void
ct_window_select_programme (CtWindow *self,
                            gint64    id)
{
  guint position;

  if (self->closing)
    return;
  /* The list under way may not hold it yet. */
  if (self->list_cancellable != NULL)
    {
      self->select_after_list = id;
      return;
    }
  position = position_of (self, id);
  if (position != GTK_INVALID_LIST_POSITION)
    gtk_single_selection_set_selected (self->programme_selection, position);
}

/**
 * ct_window_select_newest:
 * @self: the window
 *
 * Selects the first programme of the list (the newest period), which opens it; does
 * nothing when the list is empty.
 */
void
ct_window_select_newest (CtWindow *self)
{
  GListModel *model = G_LIST_MODEL (self->programmes);

  g_return_if_fail (CT_IS_WINDOW (self));

  if (self->list_cancellable != NULL)
    {
      self->select_after_list = -1;
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(CtProgrammeEntry) entry = g_list_model_get_item (model, i);

      if (!ct_programme_entry_is_heading (entry))
        {
          gtk_single_selection_set_selected (self->programme_selection, i);
          return;
        }
    }
}
