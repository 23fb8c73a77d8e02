/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-programme-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-check-list.h"
#include "ct-document-editor.h"
#include "ct-field.h"
#include "ct-focus-place.h"
#include "ct-footer-editor.h"
#include "ct-form-target.h"
#include "ct-item-editor.h"
#include "ct-programme-editor-private.h"
#include "ct-section-row.h"
#include "ct-programme-keys.h"
#include "ct-summary.h"
#include "ct-when-row.h"

/* Milliseconds between an edit and the refresh of the check panel. */
#define CHECK_DELAY_MS 250


G_DEFINE_FINAL_TYPE (CtProgrammeEditor, ct_programme_editor, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_ITEM_UUID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void rebuild_form (CtProgrammeEditor *self, const CtFormTarget *focus, gboolean defer);

static void
refresh_check (CtProgrammeEditor *self)
{
  g_autofree char *label = NULL;

  g_clear_handle_id (&self->check_id, g_source_remove);
  g_clear_pointer (&self->issues, g_ptr_array_unref);
  if (self->session == NULL)
    {
      ct_check_list_show (self->check_list, NULL);
      return;
    }
  self->issues = ct_programme_check (ct_session_get_programme (self->session),
                                     ct_holidays_get_default ());
  ct_check_list_show (self->check_list, self->issues);
  if (self->issues->len == 0)
    label = g_strdup (_("Nothing to fix: ready to sign."));
  else
    /* Translators: %u is a number of problems found before signing. */
    label = g_strdup_printf (ngettext ("%u problem to fix.", "%u problems to fix.",
                                       self->issues->len), self->issues->len);
  gtk_label_set_text (self->check_status, label);
  g_clear_pointer (&label, g_free);
  if (self->issues->len == 0)
    label = g_strdup (_("Ready to Sign"));
  else
    /* Translators: button label; %u is a number of problems. */
    label = g_strdup_printf (ngettext ("%u Problem", "%u Problems", self->issues->len),
                             self->issues->len);
  /* A status with its icon, so that it does not read as an action that marks the
   * programme ready: the button only shows or hides the check. */
  adw_button_content_set_label (self->check_content, label);
  adw_button_content_set_icon_name (self->check_content, self->issues->len == 0
                                                         ? "emblem-ok-symbolic"
                                                         : "dialog-warning-symbolic");
}

static gboolean
check_timeout_cb (gpointer data)
{
  CtProgrammeEditor *self = data;

  self->check_id = 0;
  refresh_check (self);
  return G_SOURCE_REMOVE;
}

/* Returns: (nullable): the item whose form is open */
static const char *
open_item_uuid (CtProgrammeEditor *self)
{
  GtkWidget *form = adw_bin_get_child (self->item_bin);

  return form != NULL ? ct_item_editor_get_uuid (CT_ITEM_EDITOR (form)) : NULL;
}

static void
set_item_form (CtProgrammeEditor *self,
               GtkWidget         *form)
{
  const char *open = open_item_uuid (self);

  if (form == NULL && adw_bin_get_child (self->item_bin) == NULL)
    return;
  /* The "Thời gian" typed stays as typed while its item stays open, form built again
   * or not; another item, or none, and it is shown written in full. */
  if (open != NULL && self->session != NULL &&
      (form == NULL || g_strcmp0 (open, ct_item_editor_get_uuid (CT_ITEM_EDITOR (form))) != 0))
    ct_when_row_forget_typed (self->session);
  adw_bin_set_child (self->item_bin, form);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM_UUID]);
}

static void
check_activate_cb (CtProgrammeEditor *self,
                   guint              position)
{
  if (self->issues != NULL && position < self->issues->len)
    ct_programme_editor_jump (self, g_ptr_array_index (self->issues, position));
}

static gboolean
rest_tick_cb (GtkWidget     *widget,
              GdkFrameClock *clock,
              gpointer       data)
{
  CtProgrammeEditor *self = CT_PROGRAMME_EDITOR (widget);

  /* The first call comes in the frame that draws the heading part. */
  if (!self->rest_due)
    {
      self->rest_due = TRUE;
      return G_SOURCE_CONTINUE;
    }
  self->rest_tick_id = 0;
  gtk_box_append (self->form_box, ct_programme_editor_build_sections (self));
  self->footer_editor = ct_footer_editor_new (self->session);
  gtk_box_append (self->form_box, self->footer_editor);
  /* The check's rows (wrapped text, dozens of them) come once the form is drawn. */
  g_clear_handle_id (&self->check_id, g_source_remove);
  self->check_id = g_idle_add_full (G_PRIORITY_LOW, check_timeout_cb, self, NULL);
  return G_SOURCE_REMOVE;
}

/* Builds the sections and the closing part of the form, when rebuild_form() left them
 * for the next frame. */
void
ct_programme_editor_complete_form (CtProgrammeEditor *self)
{
  if (self->rest_tick_id == 0)
    return;
  gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->rest_tick_id);
  self->rest_due = TRUE;
  rest_tick_cb (GTK_WIDGET (self), NULL, NULL);
}

/* @defer: when the editor is on screen and nothing in the sections is to be focused,
 * the programme's heading part is drawn first and the rest comes one frame later: a
 * long programme opens at the speed of its first screen. */
static void
rebuild_form (CtProgrammeEditor  *self,
              const CtFormTarget *focus,
              gboolean            defer)
{
  GtkWidget *child;
  g_autoptr(CtFormTarget) pending = g_steal_pointer (&self->rebuild_focus);
  double scroll = gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (self->form_scroller));
  guint64 expanded = 0;

  if (focus == NULL)
    focus = pending;
  /* Sections stay open across a rebuild (up to 64 of them are remembered). */
  for (guint i = 0; i < 64; i++)
    {
      GtkWidget *row = ct_programme_editor_get_section_row (self, i);
      if (row == NULL)
        break;
      if (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)))
        expanded |= G_GUINT64_CONSTANT (1) << i;
    }
  if (self->rest_tick_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->rest_tick_id);
  self->rest_tick_id = 0;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->form_box))) != NULL)
    gtk_box_remove (self->form_box, child);
  self->document_editor = self->footer_editor = NULL;
  self->section_list = NULL;
  if (self->session == NULL)
    {
      refresh_check (self);
      return;
    }
  g_clear_handle_id (&self->check_id, g_source_remove);
  self->document_editor = ct_document_editor_new (self->session);
  gtk_box_append (self->form_box, self->document_editor);
  self->rest_due = FALSE;
  self->rest_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), rest_tick_cb, NULL, NULL);
  if (!defer || focus != NULL || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    ct_programme_editor_complete_form (self);
  /* Keep the reader where they were: the new widgets get their size first. */
  for (guint i = 0; i < 64; i++)
    if (expanded & (G_GUINT64_CONSTANT (1) << i))
      {
        GtkWidget *row = ct_programme_editor_get_section_row (self, i);
        if (row != NULL)
          adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
      }
  self->restore_scroll = scroll;
  self->has_restore_scroll = TRUE;
  g_clear_pointer (&self->restore_focus, ct_form_target_free);
  self->restore_focus = focus ? ct_form_target_copy (focus) : NULL;
  ct_programme_editor_apply_focus (self, focus);
  /* After the new rows are laid out (an idle can run before that). */
  g_timeout_add_full (G_PRIORITY_LOW, 50, ct_programme_editor_restore_scroll_cb, g_object_ref (self), g_object_unref);
}

static void
item_removed_cb (CtProgrammeEditor *self)
{
  ct_programme_editor_show_form (self);
}

static void
session_changed_cb (CtProgrammeEditor *self,
                    gboolean           replaced)
{
  if (replaced)
    {
      const char *uuid = NULL;
      g_auto(CtFocusPlace) focus = { NULL, };

      ct_focus_place_init (&focus, GTK_WIDGET (self->stack));
      if (g_str_equal (gtk_stack_get_visible_child_name (self->stack), "item"))
        uuid = open_item_uuid (self);
      rebuild_form (self, NULL, FALSE);
      if (uuid != NULL && ct_programme_find_item (ct_session_get_programme (self->session),
                                                  uuid, NULL))
        {
          g_autofree char *keep = g_strdup (uuid);
          ct_programme_editor_open_item (self, keep);
        }
      else
        gtk_stack_set_visible_child_name (self->stack, "form");
      ct_focus_place_restore (&focus, GTK_WIDGET (self->stack));
      return;
    }
  if (self->document_editor != NULL)
    ct_document_editor_sync (CT_DOCUMENT_EDITOR (self->document_editor));
  if (open_item_uuid (self) != NULL)
    {
      CtItem *item = ct_programme_find_item (ct_session_get_programme (self->session),
                                             open_item_uuid (self), NULL);

      if (item != NULL)
        {
          g_autofree char *summary = ct_item_dup_summary (item);
          gtk_label_set_text (self->item_title, summary);
        }
    }
  if (self->check_id == 0)
    self->check_id = g_timeout_add (CHECK_DELAY_MS, check_timeout_cb, self);
}

/* An undo or redo was written into the programme's objects: each row shows its value
 * again, in place, and the one being typed in keeps the focus and the cursor; only the
 * rows of what was added, removed or moved are built again. The open item's form is
 * built again for its one item, with the focus where it was. */
static void
session_restored_cb (CtProgrammeEditor *self)
{
  g_auto(CtFocusPlace) place = { NULL, };

  if (self->document_editor == NULL)
    return;
  ct_programme_editor_complete_form (self);
  ct_focus_place_init (&place, GTK_WIDGET (self->stack));
  ct_document_editor_restore (CT_DOCUMENT_EDITOR (self->document_editor));
  ct_programme_editor_sync_sections (self, NULL);
  ct_footer_editor_restore (CT_FOOTER_EDITOR (self->footer_editor));
  if (open_item_uuid (self) != NULL
      && ct_programme_find_item (ct_session_get_programme (self->session),
                                 open_item_uuid (self), NULL) == NULL)
    ct_programme_editor_show_form (self);
  else if (open_item_uuid (self) != NULL
           && g_str_equal (gtk_stack_get_visible_child_name (self->stack), "item"))
    {
      g_auto(CtFocusPlace) focus = { NULL, };
      g_autofree char *uuid = g_strdup (open_item_uuid (self));

      ct_focus_place_init (&focus, GTK_WIDGET (self->stack));
      ct_programme_editor_open_item (self, uuid);
      ct_focus_place_restore (&focus, GTK_WIDGET (self->stack));
      return;
    }
  /* The focused row was built again: the same place in the new one. */
  if (place.path != NULL)
    {
      GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
      GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

      if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->stack)))
        ct_focus_place_restore (&place, GTK_WIDGET (self->stack));
    }
}

/* "Paste as Items" offered after lines were pasted into one field (ct-paste-offer.c): the
 * section's own paste, seen from the form, where the new items show. */
static void
paste_items_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CtProgrammeEditor *self = CT_PROGRAMME_EDITOR (widget);
  const char *text;
  gboolean field_kept;
  guint section;
  GtkWidget *row;

  g_variant_get (parameter, "(u&sb)", &section, &text, &field_kept);
  if (g_str_equal (gtk_stack_get_visible_child_name (self->stack), "item"))
    ct_programme_editor_show_form (self);
  row = ct_programme_editor_get_section_row (self, section);
  if (row != NULL)
    ct_section_row_paste_text (CT_SECTION_ROW (row), text, field_kept);
}

static void
refresh_check_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  CtProgrammeEditor *self = CT_PROGRAMME_EDITOR (widget);

  if (self->check_id == 0)
    self->check_id = g_timeout_add (CHECK_DELAY_MS, check_timeout_cb, self);
}

static void
back_clicked_cb (CtProgrammeEditor *self)
{
  ct_programme_editor_show_form (self);
}

static void
ct_programme_editor_dispose (GObject *object)
{
  CtProgrammeEditor *self = CT_PROGRAMME_EDITOR (object);

  g_clear_handle_id (&self->check_id, g_source_remove);
  if (self->session != NULL)
    {
      g_clear_signal_handler (&self->changed_id, self->session);
      g_clear_signal_handler (&self->restored_id, self->session);
    }
  g_clear_object (&self->session);
  g_clear_pointer (&self->issues, g_ptr_array_unref);
  g_clear_pointer (&self->rebuild_focus, ct_form_target_free);
  g_clear_pointer (&self->restore_focus, ct_form_target_free);
  g_clear_weak_pointer (&self->check_return);
  /* No gtk_widget_dispose_template(): the template's only child is AdwBin's child, which
   * AdwBin unparents itself. */

  G_OBJECT_CLASS (ct_programme_editor_parent_class)->dispose (object);
}

static void
ct_programme_editor_root (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (ct_programme_editor_parent_class)->root (widget);
  ct_programme_keys_set_root (CT_PROGRAMME_EDITOR (widget), gtk_widget_get_root (widget), NULL);
}

static void
ct_programme_editor_unroot (GtkWidget *widget)
{
  ct_programme_keys_set_root (CT_PROGRAMME_EDITOR (widget), NULL, gtk_widget_get_root (widget));
  GTK_WIDGET_CLASS (ct_programme_editor_parent_class)->unroot (widget);
}

static void
ct_programme_editor_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  CtProgrammeEditor *self = CT_PROGRAMME_EDITOR (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    case PROP_ITEM_UUID:
      g_value_set_string (value, open_item_uuid (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ct_programme_editor_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  CtProgrammeEditor *self = CT_PROGRAMME_EDITOR (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      ct_programme_editor_set_session (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ct_programme_editor_class_init (CtProgrammeEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ct_programme_editor_dispose;
  object_class->get_property = ct_programme_editor_get_property;
  object_class->set_property = ct_programme_editor_set_property;
  widget_class->root = ct_programme_editor_root;
  widget_class->unroot = ct_programme_editor_unroot;

  /**
   * CtProgrammeEditor:session: (nullable)
   *
   * The session whose programme is edited.
   */
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, CT_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /**
   * CtProgrammeEditor:item-uuid: (nullable)
   *
   * The item whose form is open, %NULL while the programme's form is shown.
   */
  properties[PROP_ITEM_UUID] =
    g_param_spec_string ("item-uuid", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ct-programme-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, CtProgrammeEditor, flap);
  gtk_widget_class_bind_template_child (widget_class, CtProgrammeEditor, stack);
  gtk_widget_class_bind_template_child (widget_class, CtProgrammeEditor, form_scroller);
  gtk_widget_class_bind_template_child (widget_class, CtProgrammeEditor, form_box);
  gtk_widget_class_bind_template_child (widget_class, CtProgrammeEditor, item_title);
  gtk_widget_class_bind_template_child (widget_class, CtProgrammeEditor, item_bin);
  gtk_widget_class_bind_template_child (widget_class, CtProgrammeEditor, check_button);
  gtk_widget_class_bind_template_child (widget_class, CtProgrammeEditor, check_content);
  gtk_widget_class_bind_template_child (widget_class, CtProgrammeEditor, check_status);
  gtk_widget_class_bind_template_child (widget_class, CtProgrammeEditor, check_list);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
  gtk_widget_class_install_action (widget_class, "editor.paste-items", "(usb)",
                                   paste_items_action);
  gtk_widget_class_install_action (widget_class, "editor.refresh-check", NULL,
                                   refresh_check_action);
  gtk_widget_class_bind_template_callback (widget_class, check_activate_cb);
}

static void
ct_programme_editor_init (CtProgrammeEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  ct_programme_keys_install (self);
  /* A hidden editor gets no frames: what was left for the next one is built at once. */
  g_signal_connect (self, "unmap", G_CALLBACK (ct_programme_editor_complete_form), NULL);
  ct_check_list_init (self->check_list);
}

/**
 * ct_programme_editor_new:
 *
 * The "Soạn thảo" page: the programme's form (document, sections with their items,
 * recipients and signature), the form of one item, and the live pre-signing check whose
 * entries jump to the field concerned. Lines pasted into one field of a section or an
 * item are offered as items of that section (ct-paste-offer.c; action editor.paste-items).
 *
 * Returns: (transfer floating): a new, empty editor
 */
GtkWidget *
ct_programme_editor_new (void)
{
  return g_object_new (CT_TYPE_PROGRAMME_EDITOR, NULL);
}

/**
 * ct_programme_editor_set_session:
 * @self: the editor
 * @session: (nullable): the session to edit, or %NULL
 *
 * Shows the session's programme. An undo or redo, or an added, removed or moved section
 * or item, updates the rows in place and builds again only the sections that changed.
 */
void
ct_programme_editor_set_session (CtProgrammeEditor *self,
                                 CtSession         *session)
{
  g_return_if_fail (CT_IS_PROGRAMME_EDITOR (self));

  if (self->session == session)
    return;
  if (self->session != NULL)
    {
      g_clear_signal_handler (&self->changed_id, self->session);
      g_clear_signal_handler (&self->restored_id, self->session);
    }
  g_set_object (&self->session, session);
  if (session != NULL)
    {
      self->changed_id = g_signal_connect_swapped (session, "changed",
                                                   G_CALLBACK (session_changed_cb), self);
      self->restored_id = g_signal_connect_swapped (session, "restored",
                                                    G_CALLBACK (session_restored_cb), self);
    }
  set_item_form (self, NULL);
  gtk_stack_set_visible_child_name (self->stack, "form");
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->form_scroller), 0);
  rebuild_form (self, NULL, TRUE);
  self->has_restore_scroll = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

/**
 * ct_programme_editor_open_item:
 * @self: the editor
 * @uuid: the item to edit
 *
 * Shows the item's form.
 */
void
ct_programme_editor_open_item (CtProgrammeEditor *self,
                               const char        *uuid)
{
  GtkWidget *form;
  CtItem *item;
  g_autofree char *summary = NULL;

  g_return_if_fail (CT_IS_PROGRAMME_EDITOR (self));

  form = ct_item_editor_new (self->session, uuid);
  if (form == NULL)
    return;
  item = ct_programme_find_item (ct_session_get_programme (self->session), uuid, NULL);
  summary = ct_item_dup_summary (item);
  gtk_label_set_text (self->item_title, summary);
  g_signal_connect_swapped (form, "removed", G_CALLBACK (item_removed_cb), self);
  set_item_form (self, form);
  gtk_stack_set_visible_child_name (self->stack, "item");
  ct_item_editor_focus (CT_ITEM_EDITOR (form), NULL, -1);
}

/**
 * ct_programme_editor_show_form:
 * @self: the editor
 *
 * Goes back from an item's form to the programme's, with the item summaries brought up
 * to date and the focus on the item that was open.
 */
void
ct_programme_editor_show_form (CtProgrammeEditor *self)
{
  g_autoptr(CtFormTarget) focus = NULL;

  g_return_if_fail (CT_IS_PROGRAMME_EDITOR (self));

  if (open_item_uuid (self) != NULL)
    focus = ct_form_target_new_item (open_item_uuid (self));
  gtk_stack_set_visible_child_name (self->stack, "form");
  ct_programme_editor_complete_form (self);
  if (self->section_list != NULL)
    ct_programme_editor_sync_sections (self, focus);
  else
    rebuild_form (self, focus, FALSE);
  set_item_form (self, NULL);
}

/**
 * ct_programme_editor_jump:
 * @self: the editor
 * @issue: a check issue
 *
 * Shows and focuses the field the issue is about.
 */
void
ct_programme_editor_jump (CtProgrammeEditor  *self,
                          const CtCheckIssue *issue)
{
  GtkWidget *widget;

  g_return_if_fail (CT_IS_PROGRAMME_EDITOR (self));
  g_return_if_fail (issue != NULL);

  ct_programme_editor_complete_form (self);
  if (adw_flap_get_folded (self->flap))
    adw_flap_set_reveal_flap (self->flap, FALSE);
  if (issue->item_uuid != NULL)
    {
      GtkWidget *form;
      ct_programme_editor_open_item (self, issue->item_uuid);
      form = adw_bin_get_child (self->item_bin);
      if (form != NULL)
        ct_item_editor_focus (CT_ITEM_EDITOR (form), issue->field, issue->index);
      ct_programme_keys_show_focus_row (self);
      return;
    }
  if (g_str_equal (gtk_stack_get_visible_child_name (self->stack), "item"))
    ct_programme_editor_show_form (self);
  if (g_strcmp0 (issue->field, "section_title") == 0)
    {
      g_autoptr(CtFormTarget) focus = NULL;

      if (issue->section >= 0)
        focus = ct_form_target_new_heading (issue->section);
      ct_programme_editor_apply_focus (self, focus);
      return;
    }
  widget = ct_document_editor_get_field (CT_DOCUMENT_EDITOR (self->document_editor), issue->field);
  if (widget != NULL)
    gtk_widget_grab_focus (widget);
  else
    ct_footer_editor_focus (CT_FOOTER_EDITOR (self->footer_editor), issue->field);
  ct_programme_keys_show_focus_row (self);
}

/**
 * ct_programme_editor_get_issues:
 * @self: the editor
 *
 * Brings the check up to date and returns it.
 *
 * Returns: (transfer none) (element-type CtCheckIssue) (nullable): the issues listed
 */
GPtrArray *
ct_programme_editor_get_issues (CtProgrammeEditor *self)
{
  g_return_val_if_fail (CT_IS_PROGRAMME_EDITOR (self), NULL);
  refresh_check (self);
  return self->issues;
}

/**
 * ct_programme_editor_get_section_row:
 * @self: the editor
 * @position: a section index
 *
 * Returns: (transfer none) (nullable): the section's row
 */
GtkWidget *
ct_programme_editor_get_section_row (CtProgrammeEditor *self,
                                     guint              position)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (CT_IS_PROGRAMME_EDITOR (self), NULL);
  ct_programme_editor_complete_form (self);
  if (self->section_list == NULL)
    return NULL;
  row = gtk_list_box_get_row_at_index (self->section_list, position);
  return row ? GTK_WIDGET (row) : NULL;
}

/**
 * ct_programme_editor_get_complete:
 * @self: the editor
 *
 * A programme just opened shows its heading part first; its sections and closing part
 * follow in the next frame.
 *
 * Returns: %FALSE while the sections and the closing part are still to come
 */
gboolean
ct_programme_editor_get_complete (CtProgrammeEditor *self)
{
  g_return_val_if_fail (CT_IS_PROGRAMME_EDITOR (self), TRUE);
  return self->rest_tick_id == 0;
}

/**
 * ct_programme_editor_get_item_editor:
 * @self: the editor
 *
 * Returns: (transfer none) (nullable): the open item form
 */
GtkWidget *
ct_programme_editor_get_item_editor (CtProgrammeEditor *self)
{
  g_return_val_if_fail (CT_IS_PROGRAMME_EDITOR (self), NULL);
  return adw_bin_get_child (self->item_bin);
}

/**
 * ct_programme_editor_get_field:
 * @self: the editor
 * @name: a document field ("number", "issue_date", …)
 *
 * Returns: (transfer none) (nullable): the row editing it
 */
GtkWidget *
ct_programme_editor_get_field (CtProgrammeEditor *self,
                               const char        *name)
{
  g_return_val_if_fail (CT_IS_PROGRAMME_EDITOR (self), NULL);
  if (self->document_editor == NULL)
    return NULL;
  return ct_document_editor_get_field (CT_DOCUMENT_EDITOR (self->document_editor), name);
}

/**
 * ct_programme_editor_focus_first_empty:
 * @self: the editor
 *
 * Shows the programme's form with the focus in its first field left to type (or its
 * first field): where a programme just made is taken up.
 */
void
ct_programme_editor_focus_first_empty (CtProgrammeEditor *self)
{
  g_return_if_fail (CT_IS_PROGRAMME_EDITOR (self));

  if (self->document_editor == NULL)
    return;
  if (!g_str_equal (gtk_stack_get_visible_child_name (self->stack), "form"))
    ct_programme_editor_show_form (self);
  ct_document_editor_focus_first_empty (CT_DOCUMENT_EDITOR (self->document_editor));
}
