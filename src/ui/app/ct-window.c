/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-field.h"
#include "ct-format.h"
#include "ct-ics-dialog.h"
#include "ct-programme-editor.h"
#include "ct-programme-entry.h"
#include "ct-window-private.h"

G_DEFINE_FINAL_TYPE (CtWindow, ct_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROGRAMME_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void init_announcer (CtWindow *self);

static gint64
selected_id (CtWindow *self)
{
  CtProgrammeEntry *entry = gtk_single_selection_get_selected_item (self->programme_selection);

  return entry ? ct_programme_entry_get_id (entry) : 0;
}

/* What another window or program did to the open programme, and what can be done. */
static void
update_external_bar (CtWindow *self)
{
  CtSaveState state = self->session ? ct_session_get_save_state (self->session)
                                    : CT_SAVE_STATE_SAVED;

  if (state == CT_SAVE_STATE_CONFLICT)
    gtk_label_set_text (self->external_label,
                        _("Another window or program changed this programme too, in the same "
                          "places. Your changes are kept here and nothing was overwritten."));
  else if (state == CT_SAVE_STATE_DELETED)
    gtk_label_set_text (self->external_label,
                        _("Another window or program deleted this programme. It is still shown "
                          "here; restore it to keep it."));
  gtk_widget_set_visible (self->review_button, state == CT_SAVE_STATE_CONFLICT);
  gtk_widget_set_visible (self->keep_both_button, state == CT_SAVE_STATE_CONFLICT);
  gtk_widget_set_visible (self->restore_button, state == CT_SAVE_STATE_DELETED);
  gtk_info_bar_set_revealed (self->external_bar,
                             state == CT_SAVE_STATE_CONFLICT || state == CT_SAVE_STATE_DELETED);
}

/* Said once the window opens, not found out at the first save: a database that cannot
 * be written, and one on a network share, where SQLite's locking is not reliable. */
static void
show_store_notice (CtWindow *self)
{
  const char *path = ct_store_get_path (self->store);

  if (ct_store_is_read_only (self->store))
    {
      gtk_label_set_text (self->store_label,
                          _("This database is read-only: its programmes can be read, printed "
                            "and exported, not changed. To edit them, copy the file to a "
                            "folder of yours and open the copy."));
      gtk_widget_set_sensitive (GTK_WIDGET (self->editor_bin), FALSE);
    }
  else if (ct_store_is_on_network (path))
    gtk_label_set_text (self->store_label,
                        _("This database is on a network share. Two computers writing it at "
                          "once can damage it. Keep the database on this computer, and share "
                          "programmes as PDF or calendar files, or publish them to a calendar "
                          "server."));
  else
    return;
  gtk_info_bar_set_revealed (self->store_bar, TRUE);
}

/* Another process (a second window's, congtac-cli) committed to the database: the list
 * and the open programme are brought up to date. SQLite's data version changes only for
 * other connections' commits and costs no file read. */
static gboolean
watch_cb (gpointer user_data)
{
  CtWindow *self = user_data;
  guint64 version = ct_store_get_data_version (self->store);

  /* 0: the store is busy in a worker thread; the next tick will tell. */
  if (version == 0 || version == self->data_version)
    return G_SOURCE_CONTINUE;
  self->data_version = version;
  /* A name still being typed (a unit is written only when finished) goes into the
   * programme first: it is then an unsaved edit, merged with the other program's
   * version instead of being replaced by it. */
  ct_field_finish_editing (gtk_root_get_focus (GTK_ROOT (self)));
  if (self->session != NULL)
    ct_session_check_external (self->session);
  ct_window_reload_list (self);
  return G_SOURCE_CONTINUE;
}

static const char *
save_state_text (CtWindow *self)
{
  if (self->store != NULL && ct_store_is_read_only (self->store))
    return _("Read-only");
  if (self->session == NULL)
    return "";
  switch (ct_session_get_save_state (self->session))
    {
    case CT_SAVE_STATE_SAVED:
      return _("Saved");
    case CT_SAVE_STATE_MODIFIED:
      return _("Edited");
    case CT_SAVE_STATE_SAVING:
      return _("Saving…");
    case CT_SAVE_STATE_FAILED:
      return _("Not saved");
    case CT_SAVE_STATE_CONFLICT:
      return _("Changed elsewhere");
    case CT_SAVE_STATE_DELETED:
      return _("Deleted elsewhere");
    }
  return "";
}

/* The header's subtitle: the save state, then the publish state when there is one. */
static void
update_subtitle (CtWindow *self)
{
  const char *text = save_state_text (self);
  g_autofree char *publish = ct_window_publish_dup_status (self);
  g_autofree char *subtitle = NULL;

  /* Translators: the save state, then the publish state, e.g. "Saved · Published at 15:20 on 07/12/2026". */
  subtitle = publish != NULL ? g_strdup_printf (_("%s · %s"), text, publish) : g_strdup (text);
  adw_view_switcher_title_set_subtitle (self->switcher_title, subtitle);
  gtk_label_set_text (self->save_label, subtitle);
}

static void
update_save_state (CtWindow *self)
{
  const char *error = self->session ? ct_session_get_save_error (self->session) : NULL;

  update_subtitle (self);
  if (error != NULL)
    {
      g_autofree char *message =
        /* Translators: %s is the reason, e.g. "The disk holding “…” is full." */
        g_strdup_printf (_("Your changes could not be saved: %s They are kept and saving is "
                           "tried again."), error);
      gtk_label_set_text (self->save_error_label, message);
    }
  gtk_info_bar_set_revealed (self->save_error_bar, error != NULL);
  update_external_bar (self);
  if (self->session != NULL && ct_session_get_save_state (self->session) == CT_SAVE_STATE_SAVED)
    ct_window_reload_list (self);
}

static void
session_changed_cb (CtWindow  *self,
                    gboolean   replaced,
                    CtSession *session)
{
  CtProgramme *programme = ct_session_get_programme (session);
  g_autofree char *title = ct_programme_dup_subtitle (programme);

  adw_view_switcher_title_set_title (self->switcher_title, title);
  g_signal_emit (self, signals[PROGRAMME_CHANGED], 0, replaced);
}

void
ct_window_set_session (CtWindow  *self,
                       CtSession *session)
{
  if (self->session != NULL)
    {
      g_clear_signal_handler (&self->session_changed_id, self->session);
      g_clear_signal_handler (&self->session_state_id, self->session);
      g_clear_signal_handler (&self->session_undo_id, self->session);
      ct_session_save (self->session);
      g_clear_object (&self->session);
    }
  if (session != NULL)
    {
      self->session = g_object_ref (session);
      self->session_changed_id =
        g_signal_connect_swapped (session, "changed", G_CALLBACK (session_changed_cb), self);
      self->session_state_id =
        g_signal_connect_swapped (session, "notify::save-state",
                                  G_CALLBACK (update_save_state), self);
      self->session_undo_id =
        g_signal_connect_swapped (session, "notify::can-undo",
                                  G_CALLBACK (ct_window_update_actions), self);
      gtk_stack_set_visible_child_name (self->content_stack, "programme");
      ct_programme_editor_set_session (CT_PROGRAMME_EDITOR (self->editor), session);
      ct_window_pages_set_session (self);
      session_changed_cb (self, TRUE, session);
    }
  else
    {
      gtk_stack_set_visible_child_name (self->content_stack, "empty");
      ct_programme_editor_set_session (CT_PROGRAMME_EDITOR (self->editor), NULL);
      ct_window_pages_set_session (self);
      adw_view_switcher_title_set_title (self->switcher_title, _("Congtac"));
      g_signal_emit (self, signals[PROGRAMME_CHANGED], 0, TRUE);
    }
  /* The pages are a programme's: without one, the header shows the title instead. */
  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, session != NULL);
  ct_window_publish_session_changed (self);
  update_save_state (self);
  ct_window_update_actions (self);
}

/* The header's subtitle anew, its publish state changed (nothing else is done again). */
void
ct_window_update_subtitle (CtWindow *self)
{
  update_subtitle (self);
}

static void
search_changed_cb (CtWindow *self)
{
  ct_window_reload_list (self);
}

/* Enter in the search entry opens the first programme found for the text as shown: the
 * word an input method is composing is committed, and the list is read again at once
 * rather than after the search entry's delay. */
static void
search_activate_cb (CtWindow *self)
{
  ct_field_commit_preedit (GTK_WIDGET (self->search_entry));
  ct_window_reload_list (self);
  ct_window_select_newest (self);
}

static void
stop_search_cb (CtWindow *self)
{
  /* Give the focus back to the search button: left to itself it would land on the list,
   * whose focus selects (and so opens) its first programme. */
  gtk_widget_grab_focus (GTK_WIDGET (self->search_button));
  gtk_toggle_button_set_active (self->search_button, FALSE);
}

/* Damage is for the application to explain, with the ways to recover; anything else is
 * said in a toast. */
void
ct_window_report_store_error (CtWindow     *self,
                              const GError *error)
{
  if (g_error_matches (error, CT_STORE_ERROR, CT_STORE_ERROR_CORRUPT))
    gtk_widget_activate_action (GTK_WIDGET (self), "app.recover", NULL);
  else
    ct_window_add_toast (self, error->message);
}

static void
opened_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  CtWindow *self = CT_WINDOW (source);
  g_autoptr(GError) error = NULL;

  if (ct_window_open_programme_finish (self, result, &error))
    adw_leaflet_set_visible_child (self->leaflet, self->content);
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    ct_window_report_store_error (self, error); /* not when the user chose another one meanwhile */
}

/**
 * ct_window_open_selected:
 * @self: the window
 *
 * Opens the programme selected in the sidebar, or shows it again when it is the one open
 * (a narrow window shows the list in place of the programme).
 */
void
ct_window_open_selected (CtWindow *self)
{
  gint64 id = selected_id (self);

  if (id == 0 || self->reloading)
    return;
  if (self->session != NULL && ct_session_get_programme (self->session)->id == id)
    {
      /* Back to the open programme: one still loading is not wanted any more. */
      g_cancellable_cancel (self->open_cancellable);
      adw_leaflet_set_visible_child (self->leaflet, self->content);
      return;
    }
  if (id != self->opening_id)
    ct_window_open_programme_async (self, id, opened_cb, NULL);
}

static void
selection_changed_cb (CtWindow *self)
{
  ct_window_open_selected (self);
}

static void
back_clicked_cb (CtWindow *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
active_changed_cb (CtWindow *self)
{
  if (self->session != NULL && !gtk_window_is_active (GTK_WINDOW (self)))
    ct_session_save (self->session);
}

/* Moving to another field ends a typing run: undo steps stop merging and what was typed is
 * written now rather than after the timer. */
static void
focus_changed_cb (CtWindow *self)
{
  if (self->session == NULL)
    return;
  ct_session_break_merge (self->session);
  if (ct_session_get_save_state (self->session) == CT_SAVE_STATE_MODIFIED)
    ct_session_save (self->session);
}

static void
shutdown_cb (CtWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (!ct_window_flush (self, &error))
    g_warning ("Cannot save before quitting: %s", error->message);
}

static gboolean
ct_window_close_request (GtkWindow *window)
{
  CtWindow *self = CT_WINDOW (window);
  g_autoptr(GError) error = NULL;

  if (!self->discard_confirmed && !ct_window_flush (self, &error))
    {
      update_save_state (self);
      ct_window_ask_before_discarding (self, error);
      return TRUE;
    }
  return GTK_WINDOW_CLASS (ct_window_parent_class)->close_request (window);
}

static void
ct_window_dispose (GObject *object)
{
  CtWindow *self = CT_WINDOW (object);

  self->closing = TRUE;
  /* A closed window has left its application already: the handler is disconnected from
   * the application it was connected to, not from gtk_window_get_application(). */
  if (self->shutdown_app != NULL)
    {
      g_clear_signal_handler (&self->shutdown_id, self->shutdown_app);
      g_clear_weak_pointer (&self->shutdown_app);
    }
  g_clear_weak_pointer (&self->unsaved_dialog);
  g_clear_handle_id (&self->watch_id, g_source_remove);
  g_clear_handle_id (&self->spinner_id, g_source_remove);
  g_cancellable_cancel (self->list_cancellable);
  g_clear_object (&self->list_cancellable);
  g_cancellable_cancel (self->open_cancellable);
  g_clear_object (&self->open_cancellable);
  ct_window_publish_dispose (self);
  if (self->session != NULL)
    {
      g_autoptr(GError) error = NULL;

      if (!self->discard_confirmed && !ct_session_flush (self->session, &error))
        g_warning ("Cannot save the programme: %s", error->message);
      g_clear_signal_handler (&self->session_changed_id, self->session);
      g_clear_signal_handler (&self->session_state_id, self->session);
      g_clear_signal_handler (&self->session_undo_id, self->session);
      g_clear_object (&self->session);
    }
  g_clear_object (&self->store);
  /* Closed before its first frame: nothing is opened any more. */
  self->start_pending = FALSE;

  g_clear_object (&self->programme_selection);
  g_clear_object (&self->programmes);
  g_clear_pointer (&self->pending_imports, g_ptr_array_unref);

  G_OBJECT_CLASS (ct_window_parent_class)->dispose (object);
  /* Destroyed with the view stack. */
  self->calendar_page = self->preview_page = self->week_page = NULL;
}

/* GTK's Vietnamese catalogue has no text for the descriptions of the title bar's buttons
 * ("Minimize the window", …), so a screen reader would read them in English: they get
 * ours each time one is shown, since GTK builds them anew when the window's state or the
 * header bar's layout changes. The same catalogue "translates" the key names Page_Up and
 * Page_Down to themselves, so the shortcuts window would show the raw names: their
 * underscores become spaces, as GTK does with the names it does not translate. */
static gboolean
mend_gtk_wording_cb (GSignalInvocationHint *hint,
                           guint                  n_values,
                           const GValue          *values,
                           gpointer               user_data)
{
  static const struct
  {
    const char *css_class;
    const char *description;
  } buttons[] = {
    /* Translators: read by a screen reader for the buttons of the title bar */
    { "minimize", N_("Minimize the window") },
    { "maximize", N_("Maximize the window") },
    { "close", N_("Close the window") },
  };
  GtkWidget *widget = g_value_get_object (&values[0]);

  if (GTK_IS_LABEL (widget) && GTK_IS_SHORTCUT_LABEL (gtk_widget_get_parent (widget)) &&
      strchr (gtk_label_get_label (GTK_LABEL (widget)), '_') != NULL)
    {
      g_autofree char *name = g_strdup (gtk_label_get_label (GTK_LABEL (widget)));

      gtk_label_set_label (GTK_LABEL (widget), g_strdelimit (name, "_", ' '));
    }
  if (GTK_IS_BUTTON (widget) && gtk_widget_get_ancestor (widget, GTK_TYPE_WINDOW_CONTROLS))
    for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
      if (gtk_widget_has_css_class (widget, buttons[i].css_class))
        gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                        GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                        _(buttons[i].description), -1);
  return TRUE;
}

static void
ct_window_class_init (CtWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = ct_window_dispose;
  window_class->close_request = ct_window_close_request;

  /**
   * CtWindow::programme-changed:
   * @replaced: %TRUE when another programme object is shown (opened, undo, redo, or none:
   *   ct_window_get_programme() may return %NULL); %FALSE after an edit in place
   */
  signals[PROGRAMME_CHANGED] =
    g_signal_new ("programme-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_BOOLEAN);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/ct-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CtWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CtWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, CtWindow, content);
  gtk_widget_class_bind_template_child (widget_class, CtWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, CtWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, CtWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CtWindow, spinner);
  gtk_widget_class_bind_template_child (widget_class, CtWindow, sidebar_stack);
  gtk_widget_class_bind_template_child (widget_class, CtWindow, programme_list);
  gtk_widget_class_bind_template_child (widget_class, CtWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, CtWindow, save_label);
  gtk_widget_class_bind_template_child (widget_class, CtWindow, save_error_bar);
  gtk_widget_class_bind_template_child (widget_class, CtWindow, save_error_label);
  gtk_widget_class_bind_template_child (widget_class, CtWindow, store_bar);
  gtk_widget_class_bind_template_child (widget_class, CtWindow, store_label);
  gtk_widget_class_bind_template_child (widget_class, CtWindow, external_bar);
  gtk_widget_class_bind_template_child (widget_class, CtWindow, external_label);
  gtk_widget_class_bind_template_child (widget_class, CtWindow, review_button);
  gtk_widget_class_bind_template_child (widget_class, CtWindow, keep_both_button);
  gtk_widget_class_bind_template_child (widget_class, CtWindow, restore_button);
  gtk_widget_class_bind_template_child (widget_class, CtWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, CtWindow, content_header);
  gtk_widget_class_bind_template_child (widget_class, CtWindow, empty_page);
  gtk_widget_class_bind_template_child (widget_class, CtWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, CtWindow, editor_bin);
  gtk_widget_class_bind_template_child (widget_class, CtWindow, calendar_bin);
  gtk_widget_class_bind_template_child (widget_class, CtWindow, preview_bin);
  gtk_widget_class_bind_template_child (widget_class, CtWindow, week_bin);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);

  ct_window_class_init_actions (widget_class);
  ct_window_class_init_regions (widget_class);
  g_signal_add_emission_hook (g_signal_lookup ("map", GTK_TYPE_WIDGET), 0,
                              mend_gtk_wording_cb, NULL, NULL);
}

static void
ct_window_init (CtWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* The text inside the search entry is what takes the focus: a screen reader names it. */
  ct_field_name_text (GTK_WIDGET (self->search_entry), _("Search programmes"));
  self->pending_imports = g_ptr_array_new_with_free_func (g_free);
  self->editor = ct_programme_editor_new ();
  adw_bin_set_child (self->editor_bin, self->editor);
  ct_window_init_list (self);
  g_signal_connect_swapped (self->programme_selection, "notify::selected-item",
                            G_CALLBACK (selection_changed_cb), self);
  ct_window_add_undo_shortcuts (self);
  g_object_bind_property (self->search_button, "active", self->search_bar,
                          "search-mode-enabled", G_BINDING_BIDIRECTIONAL);
  gtk_search_bar_set_key_capture_widget (self->search_bar, GTK_WIDGET (self->programme_list));
  g_signal_connect (self, "notify::is-active", G_CALLBACK (active_changed_cb), NULL);
  g_signal_connect (self, "notify::focus-widget", G_CALLBACK (focus_changed_cb), NULL);
  ct_window_init_pages (self);
  init_announcer (self);
  ct_window_install_publish (self);
  ct_window_install_ics_actions (self);
  ct_window_install_file_drop (self);
  ct_window_set_session (self, NULL);
}

/**
 * ct_window_new:
 * @application: the application
 * @store: the open store
 *
 * Returns: (transfer full): a new main window listing the store's programmes
 */
CtWindow *
ct_window_new (GtkApplication *application,
               CtStore        *store)
{
  CtWindow *self;

  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (CT_IS_STORE (store), NULL);

  self = g_object_new (CT_TYPE_WINDOW, "application", application, NULL);
  self->store = g_object_ref (store);
  self->shutdown_id = g_signal_connect_swapped (application, "shutdown",
                                                G_CALLBACK (shutdown_cb), self);
  g_set_weak_pointer (&self->shutdown_app, application);
  show_store_notice (self);
  self->data_version = ct_store_get_data_version (store);
  self->watch_id = g_timeout_add_seconds (1, watch_cb, self);
  ct_window_load_first_list (self);
  return self;
}

/**
 * ct_window_get_busy:
 * @self: the window
 *
 * Returns: %TRUE while the window waits for the store: the list, a programme being
 *   opened, deleted or duplicated (the spinner in the sidebar's header turns meanwhile)
 */
gboolean
ct_window_get_busy (CtWindow *self)
{
  g_return_val_if_fail (CT_IS_WINDOW (self), FALSE);
  return self->list_cancellable != NULL || self->open_cancellable != NULL
         || self->n_changes > 0;
}

/* How long a wait goes unmarked: most reads end well before, and a spinner flashing on
 * each would only distract (and loads the SVG library for its icon). */
#define SPINNER_DELAY_MS 400

static gboolean
show_spinner_cb (gpointer data)
{
  CtWindow *self = data;

  self->spinner_id = 0;
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), TRUE);
  gtk_spinner_set_spinning (self->spinner, TRUE);
  return G_SOURCE_REMOVE;
}

/**
 * ct_window_update_busy:
 * @self: the window
 *
 * Shows the spinner while the window waits for the store, once the wait has lasted.
 */
void
ct_window_update_busy (CtWindow *self)
{
  gboolean busy = ct_window_get_busy (self);

  /* A result arriving while the window is destroyed has nothing to show. */
  if (self->closing)
    return;
  if (!busy)
    {
      g_clear_handle_id (&self->spinner_id, g_source_remove);
      gtk_widget_set_visible (GTK_WIDGET (self->spinner), FALSE);
      gtk_spinner_set_spinning (self->spinner, FALSE);
    }
  else if (self->spinner_id == 0 && !gtk_widget_get_visible (GTK_WIDGET (self->spinner)))
    self->spinner_id = g_timeout_add (SPINNER_DELAY_MS, show_spinner_cb, self);
  ct_window_update_actions (self);
}

/**
 * ct_window_close_programme:
 * @self: the window
 *
 * Saves and closes the open programme (after it was deleted, say): the empty page shows.
 */
void
ct_window_close_programme (CtWindow *self)
{
  ct_window_set_session (self, NULL);
}

/**
 * ct_window_get_store:
 * @self: the window
 *
 * Returns: (transfer none): the store the window shows
 */
CtStore *
ct_window_get_store (CtWindow *self)
{
  g_return_val_if_fail (CT_IS_WINDOW (self), NULL);
  return self->store;
}

/**
 * ct_window_get_session:
 * @self: the window
 *
 * Returns: (transfer none) (nullable): the editing session of the open programme
 */
CtSession *
ct_window_get_session (CtWindow *self)
{
  g_return_val_if_fail (CT_IS_WINDOW (self), NULL);
  return self->session;
}

/**
 * ct_window_get_programme:
 * @self: the window
 *
 * The live programme. It is replaced by another object on open, undo and redo (see
 * #CtWindow::programme-changed); do not keep it.
 *
 * Returns: (transfer none) (nullable): the open programme, %NULL when none is open
 */
CtProgramme *
ct_window_get_programme (CtWindow *self)
{
  g_return_val_if_fail (CT_IS_WINDOW (self), NULL);
  return self->session ? ct_session_get_programme (self->session) : NULL;
}

/**
 * ct_window_programme_edited:
 * @self: the window
 * @merge_key: (nullable): see ct_session_edited()
 *
 * Announces an edit made in place on ct_window_get_programme(): records an undo step,
 * schedules the autosave and emits #CtWindow::programme-changed.
 */
void
ct_window_programme_edited (CtWindow   *self,
                            const char *merge_key)
{
  g_return_if_fail (CT_IS_WINDOW (self));
  g_return_if_fail (self->session != NULL);
  ct_session_edited (self->session, merge_key);
}

/**
 * ct_window_add_toast:
 * @self: the window
 * @title: the message, already translated
 *
 * Shows a short message at the bottom of the window. @title is plain text: a file name
 * or a programme's words with "&" or "<" show as they are.
 */
void
ct_window_add_toast (CtWindow   *self,
                     const char *title)
{
  g_autofree char *escaped = NULL;

  g_return_if_fail (CT_IS_WINDOW (self));
  if (self->closing)
    return;
  /* AdwToast parses its title as markup, and shows nothing for invalid markup. */
  escaped = g_markup_escape_text (title, -1);
  ct_window_show_toast (self, adw_toast_new (escaped));
}

/* A toast appears without a word to screen readers, and GTK 4.8 has no call to make them
 * speak. They do speak an alert when it appears: an invisible label with the alert role
 * lies over the window, shown again with the text of each toast. */
static void
init_announcer (CtWindow *self)
{
  GtkWidget *overlay = gtk_overlay_new ();
  GtkWidget *child = adw_toast_overlay_get_child (self->toast_overlay);

  self->announcer = g_object_new (GTK_TYPE_LABEL,
                                  "accessible-role", GTK_ACCESSIBLE_ROLE_ALERT,
                                  "visible", FALSE, "can-target", FALSE, "opacity", 0.0,
                                  "halign", GTK_ALIGN_START, "valign", GTK_ALIGN_START, NULL);
  g_object_ref (child);
  adw_toast_overlay_set_child (self->toast_overlay, NULL);
  gtk_overlay_set_child (GTK_OVERLAY (overlay), child);
  g_object_unref (child);
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), GTK_WIDGET (self->announcer));
  adw_toast_overlay_set_child (self->toast_overlay, overlay);
}

/**
 * ct_window_show_toast:
 * @self: the window
 * @toast: (transfer full): a toast, its title in markup
 *
 * Shows @toast and has screen readers say its title.
 */
void
ct_window_show_toast (CtWindow *self,
                      AdwToast *toast)
{
  g_autofree char *text = NULL;

  if (!pango_parse_markup (adw_toast_get_title (toast), -1, 0, NULL, &text, NULL, NULL))
    text = g_strdup (adw_toast_get_title (toast));
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
  gtk_widget_set_visible (GTK_WIDGET (self->announcer), FALSE);
  gtk_label_set_text (self->announcer, text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->announcer),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  gtk_widget_set_visible (GTK_WIDGET (self->announcer), TRUE);
}

/**
 * ct_window_flush:
 * @self: the window
 * @error: return location for a #CT_STORE_ERROR
 *
 * Writes unsaved edits synchronously (close, quit).
 *
 * Returns: %TRUE when nothing is left unsaved
 */
gboolean
ct_window_flush (CtWindow  *self,
                 GError   **error)
{
  g_return_val_if_fail (CT_IS_WINDOW (self), FALSE);
  if (self->session == NULL)
    return TRUE;
  ct_field_finish_editing (gtk_root_get_focus (GTK_ROOT (self)));
  return ct_session_flush (self->session, error);
}

/**
 * ct_window_open_item:
 * @self: the window
 * @uuid: an item of the open programme
 *
 * Shows the editor page with the item's editor open, for pages that list items
 * (the calendar).
 */
void
ct_window_open_item (CtWindow   *self,
                     const char *uuid)
{
  g_return_if_fail (CT_IS_WINDOW (self));
  g_return_if_fail (uuid != NULL);

  adw_view_stack_set_visible_child_name (self->view_stack, "editor");
  if (self->editor != NULL)
    ct_programme_editor_open_item (CT_PROGRAMME_EDITOR (self->editor), uuid);
}

/**
 * ct_window_get_page:
 * @self: the window
 *
 * Returns: (nullable): the page shown: "editor", "calendar", "preview" or "week"
 */
const char *
ct_window_get_page (CtWindow *self)
{
  g_return_val_if_fail (CT_IS_WINDOW (self), NULL);

  return adw_view_stack_get_visible_child_name (self->view_stack);
}
