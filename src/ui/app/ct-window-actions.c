/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-conflict-dialog.h"
#include "ct-field.h"
#include "ct-format.h"
#include "ct-ics-dialog.h"
#include "ct-import-dialog.h"
#include "ct-new-programme-dialog.h"
#include "ct-programme-editor.h"
#include "ct-window-private.h"

/* Undo, redo and save act on what the form shows: a word still being composed and a
 * field that writes when left are made part of the programme first (ct-field.c). */
static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CtWindow *self = CT_WINDOW (widget);

  if (self->session == NULL)
    return;
  ct_field_finish_editing (gtk_root_get_focus (GTK_ROOT (self)));
  ct_session_undo (self->session);
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CtWindow *self = CT_WINDOW (widget);

  if (self->session == NULL)
    return;
  ct_field_finish_editing (gtk_root_get_focus (GTK_ROOT (self)));
  ct_session_redo (self->session);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CtWindow *self = CT_WINDOW (widget);

  if (self->session == NULL)
    return;
  ct_field_finish_editing (gtk_root_get_focus (GTK_ROOT (self)));
  ct_session_save (self->session);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CtWindow *self = CT_WINDOW (widget);

  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  gtk_toggle_button_set_active (self->search_button, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* A toast for an edit that removed something, with an Undo button: parts of the form
 * announce their removals through this action, without knowing the window. */
static void
toast_undoable_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  CtWindow *self = CT_WINDOW (widget);
  g_autofree char *title = g_markup_escape_text (g_variant_get_string (parameter, NULL), -1);
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  ct_window_show_toast (self, toast);
}

/* A message from a page or a row, with nothing to undo. */
static void
toast_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  ct_window_add_toast (CT_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

/* The keys go on in the page shown (Alt+3 then Page Down reads the preview), not on the
 * first button of the window GTK gives the focus to once the page that had it hides: so
 * once the page is drawn. */
static gboolean
focus_page_cb (GtkWidget     *page,
               GdkFrameClock *clock,
               gpointer       data)
{
  GtkRoot *root = gtk_widget_get_root (page);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (gtk_widget_get_mapped (page) && (focus == NULL || !gtk_widget_is_ancestor (focus, page)))
    gtk_widget_child_focus (page, GTK_DIR_TAB_FORWARD);
  return G_SOURCE_REMOVE;
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CtWindow *self = CT_WINDOW (widget);
  const char *name = g_variant_get_string (parameter, NULL);

  GtkWidget *page;

  if (self->session == NULL)
    return;
  ct_window_ensure_page (self, name);
  adw_view_stack_set_visible_child_name (self->view_stack, name);
  page = adw_view_stack_get_child_by_name (self->view_stack, name);
  if (page != NULL)
    gtk_widget_add_tick_callback (page, focus_page_cb, NULL, NULL);
}

/* F8: the pre-signing check, from wherever the focus is, with the focus on its first
 * problem; Escape goes back to the form (ct_programme_editor_leave_check()). */
static void
check_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  CtWindow *self = CT_WINDOW (widget);

  if (self->session == NULL)
    return;
  adw_view_stack_set_visible_child_name (self->view_stack, "editor");
  ct_programme_editor_show_check (CT_PROGRAMME_EDITOR (self->editor));
}

/* Print and calendar files belong to the preview page and the "ics" action group: the
 * window action only routes the shortcut to them. */
static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  CtWindow *self = CT_WINDOW (widget);
  /* The page is built on its first visit: the print action comes with it. */
  GtkWidget *preview = ct_window_ensure_page (self, "preview");

  adw_view_stack_set_visible_child_name (self->view_stack, "preview");
  if (!gtk_widget_activate_action (preview, "preview.print", NULL))
    g_debug ("The preview page has no print action");
}

static void
calendar_file_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  /* ics.import takes a file URI; "" asks for the file. */
  gboolean export = g_str_equal (action_name, "win.export-calendar");

  if (export ? !gtk_widget_activate_action (widget, "ics.export", NULL)
             : !gtk_widget_activate_action (widget, "ics.import", "s", ""))
    g_debug ("No action ics.%s", export ? "export" : "import");
}

/* A calendar file given by the desktop or on the command line (parameter: its URI). */
static void
import_calendar_file_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  if (!gtk_widget_activate_action_variant (widget, "ics.import", parameter))
    g_debug ("No action ics.import");
}

static void
imported_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  CtWindow *self = CT_WINDOW (source);
  g_autofree char *message = NULL;
  gint64 id = ct_import_dialog_finish (GTK_WINDOW (self), result, &message);

  if (id == 0)
    return;
  ct_window_reload_list (self);
  ct_window_select_programme (self, id);
  if (message != NULL)
    ct_window_add_toast (self, message);
}

/**
 * ct_window_import_text_file:
 * @self: the window
 * @file: a text file
 *
 * Imports @file as a new programme and opens it (see ct_import_dialog_import_file()).
 */
void
ct_window_import_text_file (CtWindow *self,
                            GFile    *file)
{
  g_return_if_fail (CT_IS_WINDOW (self));
  ct_import_dialog_import_file (GTK_WINDOW (self), self->store, file, imported_cb, NULL);
}

static void
import_text_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CtWindow *self = CT_WINDOW (widget);

  ct_import_dialog_choose (GTK_WINDOW (self), self->store, imported_cb, NULL);
}

/* The programme just made opens with the focus in its form, where it is filled in. */
static void
programme_created_cb (CtWindow *self,
                      gint64    id)
{
  self->focus_form_of = id;
  ct_window_reload_list (self);
  ct_window_select_programme (self, id);
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  CtWindow *self = CT_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog;

  /* A month copied from the open programme copies what the clerk sees. */
  if (self->session != NULL && !ct_session_save_now (self->session, &error))
    {
      ct_window_add_toast (self, error->message);
      return;
    }
  dialog = ct_new_programme_dialog_new (GTK_WINDOW (self), self->store);
  /* The month after the one the clerk is working on, not after the newest in the list. */
  if (self->session != NULL)
    ct_new_programme_dialog_propose_after (CT_NEW_PROGRAMME_DIALOG (dialog),
                                           ct_session_get_programme (self->session));
  g_signal_connect_object (dialog, "created", G_CALLBACK (programme_created_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "failed", G_CALLBACK (ct_window_add_toast), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
duplicated_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(CtWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  gint64 id = ct_store_duplicate_programme_finish (CT_STORE (source), result, &error);

  self->n_changes--;
  ct_window_update_busy (self);
  if (id == 0)
    {
      ct_window_add_toast (self, error->message);
      return;
    }
  ct_window_reload_list (self);
  ct_window_select_programme (self, id);
  ct_window_add_toast (self, _("Programme duplicated"));
}

static void
duplicate_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CtWindow *self = CT_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (self->session == NULL)
    return;
  /* The copy is of what the clerk sees: unsaved edits are written first. */
  if (self->session != NULL && !ct_session_save_now (self->session, &error))
    {
      ct_window_add_toast (self, error->message);
      return;
    }
  self->n_changes++;
  ct_store_duplicate_programme_async (self->store, ct_window_get_programme (self)->id, NULL,
                                      duplicated_cb, g_object_ref (self));
  ct_window_update_busy (self);
}

/* The window and a programme: a delete under way, and the undo of one. */
typedef struct
{
  CtWindow *window;
  CtProgramme *programme;
} DeleteJob;

static DeleteJob *
delete_job_new (CtWindow    *window,
                CtProgramme *programme)
{
  DeleteJob *job = g_new0 (DeleteJob, 1);

  job->window = g_object_ref (window);
  job->programme = ct_programme_ref (programme);
  return job;
}

static void
delete_job_free (DeleteJob *job)
{
  g_object_unref (job->window);
  ct_programme_unref (job->programme);
  g_free (job);
}

static void
delete_job_free_closure (gpointer  data,
                         GClosure *closure)
{
  delete_job_free (data);
}

static void
restored_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  DeleteJob *job = user_data;
  CtWindow *self = job->window;
  g_autoptr(GError) error = NULL;

  self->n_changes--;
  ct_window_update_busy (self);
  if (ct_store_save_programme_finish (CT_STORE (source), result, &error))
    {
      ct_window_reload_list (self);
      ct_window_select_programme (self, job->programme->id);
    }
  else
    ct_window_add_toast (self, error->message);
  delete_job_free (job);
}

static void
undo_delete_cb (AdwToast  *toast,
                DeleteJob *undo)
{
  CtWindow *self = undo->window;

  /* The row is gone: the programme comes back as a new row with the same content. */
  undo->programme->id = 0;
  undo->programme->revision = 0;
  self->n_changes++;
  ct_store_save_programme_async (self->store, undo->programme, NULL, restored_cb,
                                 delete_job_new (self, undo->programme));
  ct_window_update_busy (self);
}

static void
deleted_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  DeleteJob *job = user_data;
  CtWindow *self = job->window;
  CtProgramme *programme = job->programme;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  AdwToast *toast;

  self->n_changes--;
  ct_window_update_busy (self);
  if (!ct_store_delete_programme_finish (CT_STORE (source), result, &error))
    {
      ct_window_add_toast (self, error->message);
      goto out;
    }
  if (self->closing)
    goto out;
  if (self->session != NULL && ct_session_get_programme (self->session)->id == programme->id)
    ct_window_close_programme (self);
  ct_window_reload_list (self);

  subtitle = ct_programme_dup_subtitle (programme);
  /* Translators: %s is the programme's subtitle, e.g. "công tác tháng 9 năm 2023". */
  title = g_markup_printf_escaped (_("“%s” deleted"), subtitle);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_delete_cb),
                         delete_job_new (self, programme), delete_job_free_closure, 0);
  ct_window_show_toast (self, toast);
out:
  delete_job_free (job);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CtWindow *self = CT_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  DeleteJob *job;

  if (self->session == NULL)
    return;
  /* The undo brings back what the clerk saw: unsaved edits are written first. */
  if (self->session != NULL && !ct_session_save_now (self->session, &error))
    {
      ct_window_add_toast (self, error->message);
      return;
    }
  {
    g_autoptr(CtProgramme) deleted = ct_programme_copy (ct_window_get_programme (self));
    job = delete_job_new (self, deleted);
  }
  /* Nothing typed from now on could be saved into the row being deleted. */
  ct_window_close_programme (self);
  self->n_changes++;
  ct_store_delete_programme_async (self->store, job->programme->id, NULL, deleted_cb, job);
  ct_window_update_busy (self);
}

static void
keep_both (CtWindow *self)
{
  g_autoptr(GError) error = NULL;
  gint64 copy = ct_session_keep_copy (self->session, &error);

  if (copy == 0)
    {
      ct_window_add_toast (self, error->message);
      return;
    }
  /* This window goes on with what was typed here; the other version keeps its number. */
  ct_window_reload_list (self);
  ct_window_select_programme (self, copy);
  ct_window_add_toast (self, _("Your version is now a separate draft without a number, open "
                               "here. The other version keeps its number in the list."));
}

static void
conflict_done_cb (CtConflictChoice  choice,
                  gpointer          user_data)
{
  CtWindow *self = user_data;

  if (self->session == NULL || ct_session_get_conflict (self->session) == NULL)
    return;
  if (choice == CT_CONFLICT_CHOICE_KEEP_BOTH)
    keep_both (self);
  else
    ct_session_resolve_conflict (self->session);
}

static void
review_conflict_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  CtWindow *self = CT_WINDOW (widget);

  if (self->session != NULL && ct_session_get_conflict (self->session) != NULL)
    ct_conflict_dialog_present (GTK_WINDOW (self), self->session, conflict_done_cb, self);
}

static void
keep_both_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CtWindow *self = CT_WINDOW (widget);

  if (self->session != NULL && ct_session_get_conflict (self->session) != NULL)
    keep_both (self);
}

static void
restore_programme_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  CtWindow *self = CT_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (self->session == NULL)
    return;
  if (!ct_session_restore (self->session, &error))
    ct_window_add_toast (self, error->message);
}

static void
publish_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  ct_window_publish (CT_WINDOW (widget), TRUE);
}

/* The message an import or export ended with, as a toast. */
static void
ics_done_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autofree char *message = ct_ics_dialog_finish (GTK_WINDOW (source), result);

  if (message != NULL)
    ct_window_add_toast (CT_WINDOW (source), message);
}

static void
ics_export_activated (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  CtWindow *self = user_data;

  if (self->session == NULL)
    {
      ct_window_add_toast (self, _("Open a programme to export its calendar"));
      return;
    }
  gtk_window_present (ct_ics_export_dialog_new (GTK_WINDOW (self), self->store,
                                                ct_session_get_programme (self->session),
                                                ics_done_cb, NULL));
}

static void
ics_import_activated (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  CtWindow *self = user_data;
  const char *uri = g_variant_get_string (parameter, NULL);

  /* A file given at start-up waits for the programme being opened. */
  if (self->open_cancellable != NULL || self->select_after_list != 0)
    {
      g_ptr_array_add (self->pending_imports, g_strdup (uri));
      return;
    }
  if (self->session == NULL)
    {
      AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (
        adw_message_dialog_new (GTK_WINDOW (self), _("No Programme Open"),
                                _("Open the programme the events belong to, then import the "
                                  "calendar file again.")));

      adw_message_dialog_add_response (dialog, "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
  else if (*uri != '\0')
    {
      g_autoptr(GFile) file = g_file_new_for_uri (uri);

      ct_ics_dialog_import_file (GTK_WINDOW (self), self->session, file, ics_done_cb, NULL);
    }
  else
    ct_ics_dialog_choose_file (GTK_WINDOW (self), self->session, ics_done_cb, NULL);
}

/**
 * ct_window_run_pending_imports:
 * @self: the window
 *
 * Imports the calendar files that waited for a programme to open.
 */
void
ct_window_run_pending_imports (CtWindow *self)
{
  g_autoptr(GPtrArray) uris = g_steal_pointer (&self->pending_imports);

  self->pending_imports = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; uris != NULL && i < uris->len; i++)
    gtk_widget_activate_action (GTK_WIDGET (self), "ics.import", "s",
                                g_ptr_array_index (uris, i));
}

/**
 * ct_window_install_ics_actions:
 * @self: the window
 *
 * Inserts the action group "ics": ics.export and ics.import (s: a calendar file's URI,
 * or "" to ask for one), see ct-ics-dialog.h.
 */
void
ct_window_install_ics_actions (CtWindow *self)
{
  const GActionEntry entries[] = {
    { "export", ics_export_activated, NULL, NULL, NULL },
    { "import", ics_import_activated, "s", NULL, NULL },
  };
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();

  g_action_map_add_action_entries (G_ACTION_MAP (group), entries, G_N_ELEMENTS (entries),
                                   self);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "ics", G_ACTION_GROUP (group));
}

/**
 * ct_window_update_actions:
 * @self: the window
 *
 * Enables the actions that need an open programme, an undo step or a hosted page.
 */
void
ct_window_update_actions (CtWindow *self)
{
  gboolean open = self->session != NULL;
  gboolean writable = self->store == NULL || !ct_store_is_read_only (self->store);
  GtkWidget *widget = GTK_WIDGET (self);

  gtk_widget_action_set_enabled (widget, "win.undo", open && ct_session_can_undo (self->session));
  gtk_widget_action_set_enabled (widget, "win.redo", open && ct_session_can_redo (self->session));
  gtk_widget_action_set_enabled (widget, "win.save", open);
  /* One change of the list at a time: a second delete would find nothing to delete. */
  gtk_widget_action_set_enabled (widget, "win.duplicate", open && writable
                                                          && self->n_changes == 0);
  gtk_widget_action_set_enabled (widget, "win.delete", open && writable
                                                       && self->n_changes == 0);
  gtk_widget_action_set_enabled (widget, "win.new", writable);
  gtk_widget_action_set_enabled (widget, "win.import-text", writable);
  gtk_widget_action_set_enabled (widget, "win.import-calendar", open && writable);
  gtk_widget_action_set_enabled (widget, "win.print", open);
  gtk_widget_action_set_enabled (widget, "win.check", open);
  gtk_widget_action_set_enabled (widget, "win.export-calendar", open);
  gtk_widget_action_set_enabled (widget, "win.publish", open && writable);
}

/**
 * ct_window_class_init_actions:
 * @widget_class: the window class
 *
 * Installs the window actions and their shortcuts (listed in ct-window.h).
 */
void
ct_window_class_init_actions (GtkWidgetClass *widget_class)
{
  static const struct { const char *page; guint key; } pages[] = {
    { "editor", GDK_KEY_1 }, { "calendar", GDK_KEY_2 }, { "preview", GDK_KEY_3 },
    { "week", GDK_KEY_4 },
  };

  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.review-conflict", NULL,
                                   review_conflict_action);
  gtk_widget_class_install_action (widget_class, "win.keep-both", NULL, keep_both_action);
  gtk_widget_class_install_action (widget_class, "win.restore-programme", NULL,
                                   restore_programme_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "win.import-text", NULL, import_text_action);
  gtk_widget_class_install_action (widget_class, "win.duplicate", NULL, duplicate_action);
  gtk_widget_class_install_action (widget_class, "win.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.export-calendar", NULL,
                                   calendar_file_action);
  gtk_widget_class_install_action (widget_class, "win.import-calendar", NULL,
                                   calendar_file_action);
  gtk_widget_class_install_action (widget_class, "win.import-calendar-file", "s",
                                   import_calendar_file_action);
  gtk_widget_class_install_action (widget_class, "win.publish", NULL, publish_action);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.check", NULL, check_action);
  gtk_widget_class_install_action (widget_class, "win.toast", "s", toast_action);
  gtk_widget_class_install_action (widget_class, "win.toast-undoable", "s",
                                   toast_undoable_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "win.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK,
                                       "win.import-text", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "win.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "win.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "win.export-calendar", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_P,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.publish", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F8, 0, "win.check", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    gtk_widget_class_add_binding_action (widget_class, pages[i].key, GDK_ALT_MASK,
                                         "win.show-page", "s", pages[i].page);
}

/**
 * ct_window_add_undo_shortcuts:
 * @self: the window
 *
 * Ctrl+Z and Shift+Ctrl+Z undo and redo the programme wherever the focus is. They are
 * caught before the focused widget sees them: a text field would otherwise take them
 * for its own undo, which is turned off so that one history covers every field
 * (ct_field_disable_undo()), and nothing would happen.
 */
void
ct_window_add_undo_shortcuts (CtWindow *self)
{
  static const struct { guint key; GdkModifierType mods; const char *action; } keys[] = {
    { GDK_KEY_z, GDK_CONTROL_MASK, "win.undo" },
    { GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo" },
    { GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo" },
  };
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  for (gsize i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (keys[i].key,
                                                                                    keys[i].mods),
                                                            gtk_named_action_new (keys[i].action)));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}
