/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-footer-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-field.h"
#include "ct-footer-editor.h"
#include "ct-list-keys.h"
#include "ct-programme-edit.h"
#include "ct-text.h"

struct _CtFooterEditor
{
  GtkBox parent_instance;

  CtSession *session;
  GtkListBox *recipient_list;
  GtkWidget *add_button;
  GtkListBox *authority_list;
  GtkWidget *add_authority_button;
  GHashTable *fields;
  GtkSizeGroup *purposes;  /* the purpose drop-downs: one width, so the rows line up */
  gboolean syncing;        /* drop-downs shown the programme's values again: no edit */
};

G_DEFINE_FINAL_TYPE (CtFooterEditor, ct_footer_editor, GTK_TYPE_BOX)

/* Purposes as the document writes them (not translated: document content). */
static const char *const purposes[] = { "báo cáo", "để biết", "thực hiện", NULL };

/* In the order of #CtSigningAuthority; both forms of each code, Party and State. */
static const char *const authority_labels[] = {
  N_("No Code"), N_("On Behalf of (T/M, TM.)"), N_("By Order of (T/L, TL.)"),
  N_("Signing for (K/T, KT.)"), N_("Authorised (T/U, TUQ.)"), N_("Acting (Q.)"), NULL,
};

static CtProgramme *
programme (CtFooterEditor *self)
{
  return ct_session_get_programme (self->session);
}

static void rebuild_recipients (CtFooterEditor *self, guint focus);

static guint
row_index (GtkWidget *widget)
{
  GtkWidget *row = GTK_IS_LIST_BOX_ROW (widget) ? widget
                   : gtk_widget_get_ancestor (widget, GTK_TYPE_LIST_BOX_ROW);

  return gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));
}

static void
purpose_changed_cb (GtkDropDown    *dropdown,
                    GParamSpec     *pspec,
                    CtFooterEditor *self)
{
  CtRecipient *r = g_ptr_array_index (programme (self)->recipients,
                                      row_index (GTK_WIDGET (dropdown)));
  GtkStringObject *item = gtk_drop_down_get_selected_item (dropdown);
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (self->syncing)
    return;
  g_free (r->purpose);
  r->purpose = selected == 0 || item == NULL ? NULL : g_strdup (gtk_string_object_get_string (item));
  ct_session_edited (self->session, NULL);
}

/* Moves the recipient of @button's row by @delta, or removes it when @delta is 0. */
static void
change_recipient (CtFooterEditor *self,
                  GtkWidget      *button,
                  int             delta)
{
  GPtrArray *recipients = programme (self)->recipients;
  guint index = row_index (button);
  guint focus = index;

  if (delta == 0)
    {
      g_ptr_array_remove_index (recipients, index);
      focus = index > 0 ? index - 1 : 0;
    }
  else
    {
      if ((delta < 0 && index == 0) || (delta > 0 && index + 1 >= recipients->len))
        return;
      focus = index + delta;
      ct_ptr_array_move (recipients, index, focus);
    }
  ct_session_edited (self->session, NULL);
  rebuild_recipients (self, focus);
}

static void
move_up_cb (GtkWidget      *button,
            CtFooterEditor *self)
{
  change_recipient (self, button, -1);
}

static void
move_down_cb (GtkWidget      *button,
              CtFooterEditor *self)
{
  change_recipient (self, button, 1);
}

static void
remove_recipient_cb (GtkWidget      *button,
                     CtFooterEditor *self)
{
  change_recipient (self, button, 0);
}

/* The popover is a child of the row's menu button: the entry finds its row as an
 * ancestor. */
static GtkWidget *
menu_entry (CtFooterEditor *self,
            const char     *label,
            GCallback       callback)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_halign (gtk_button_get_child (GTK_BUTTON (button)), GTK_ALIGN_START);
  g_signal_connect (button, "clicked", callback, self);
  return button;
}

/* Selects @r's purpose in the drop-down, added to its choices when it is not there. */
static void
purpose_sync (GtkWidget *dropdown,
              gpointer   data)
{
  CtFooterEditor *self = data;
  CtRecipient *r = g_ptr_array_index (programme (self)->recipients, row_index (dropdown));
  GtkStringList *model = GTK_STRING_LIST (gtk_drop_down_get_model (GTK_DROP_DOWN (dropdown)));
  guint n = g_list_model_get_n_items (G_LIST_MODEL (model));
  guint selected = 0;

  if (r->purpose != NULL)
    {
      for (selected = 1; selected < n; selected++)
        if (g_str_equal (gtk_string_list_get_string (model, selected), r->purpose))
          break;
      if (selected == n)
        gtk_string_list_append (model, r->purpose);
    }
  if (gtk_drop_down_get_selected (GTK_DROP_DOWN (dropdown)) == selected)
    return;
  self->syncing = TRUE;
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), selected);
  self->syncing = FALSE;
}

static GtkWidget *
purpose_dropdown (CtFooterEditor *self,
                  CtRecipient    *r)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);
  guint selected = 0, n = 1;
  GtkWidget *dropdown;

  gtk_string_list_append (model, _("No Purpose"));
  for (guint i = 0; purposes[i] != NULL; i++, n++)
    {
      gtk_string_list_append (model, purposes[i]);
      if (g_strcmp0 (r->purpose, purposes[i]) == 0)
        selected = n;
    }
  if (r->purpose != NULL && selected == 0)
    {
      gtk_string_list_append (model, r->purpose);
      selected = n;
    }
  dropdown = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (model)), NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), selected);
  gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (dropdown, "flat");
  gtk_widget_set_tooltip_text (dropdown, _("Purpose"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Purpose"), -1);
  g_signal_connect (dropdown, "notify::selected", G_CALLBACK (purpose_changed_cb), self);
  ct_field_set_sync (dropdown, purpose_sync, self);
  gtk_size_group_add_widget (self->purposes, dropdown);
  return dropdown;
}

/* The row's moves sit in a menu: the recipient's text needs the width. */
static GtkWidget *
recipient_menu (CtFooterEditor *self)
{
  GtkWidget *menu = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_box_append (GTK_BOX (box), menu_entry (self, _("Move _Up"), G_CALLBACK (move_up_cb)));
  gtk_box_append (GTK_BOX (box), menu_entry (self, _("Move _Down"), G_CALLBACK (move_down_cb)));
  gtk_box_append (GTK_BOX (box), menu_entry (self, _("_Remove"),
                                             G_CALLBACK (remove_recipient_cb)));
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (menu), popover);
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu), "view-more-symbolic");
  gtk_widget_add_css_class (menu, "flat");
  gtk_widget_set_valign (menu, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (menu, _("Move or Remove"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (menu), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Move or Remove"), -1);
  return menu;
}

/* Enter adds the next recipient below, Backspace in an empty one removes it, Ctrl+Enter
 * goes on to the signature. */
static gboolean
recipient_key_cb (GtkWidget *row,
                  CtListKey  key,
                  gpointer   data)
{
  CtFooterEditor *self = data;
  GPtrArray *recipients = programme (self)->recipients;
  guint index = row_index (row);

  switch (key)
    {
    case CT_LIST_KEY_NEXT:
      g_ptr_array_insert (recipients, index + 1, ct_recipient_new ("", NULL));
      ct_session_edited (self->session, NULL);
      rebuild_recipients (self, index + 1);
      return TRUE;
    case CT_LIST_KEY_REMOVE:
      if (index == 0 || ((CtRecipient *) g_ptr_array_index (recipients, index))->purpose)
        return FALSE;
      g_ptr_array_remove_index (recipients, index);
      ct_session_edited (self->session, NULL);
      rebuild_recipients (self, index - 1);
      return TRUE;
    case CT_LIST_KEY_END:
    default:
      ct_list_keys_focus_after (GTK_WIDGET (self->recipient_list));
      /* An empty last line typed by Enter is not kept. */
      if (ct_text_is_blank (((CtRecipient *) g_ptr_array_index (recipients, index))->text) &&
          ((CtRecipient *) g_ptr_array_index (recipients, index))->purpose == NULL)
        {
          g_ptr_array_remove_index (recipients, index);
          ct_session_edited (self->session, NULL);
          rebuild_recipients (self, G_MAXUINT);
        }
      return TRUE;
    }
}

static GtkWidget *
recipient_row (CtFooterEditor *self,
               CtRecipient    *r,
               guint           index)
{
  /* Translators: %u is the recipient's line number. */
  g_autofree char *title = g_strdup_printf (_("Recipient %u"), index + 1);
  GtkWidget *row = ct_field_entry_row (title, &r->text, self->session);

  g_object_set_data (G_OBJECT (row), "ct-shown", r);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), purpose_dropdown (self, r));
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), recipient_menu (self));
  ct_list_keys_attach (row, recipient_key_cb, self);
  return row;
}

static void
rebuild_recipients (CtFooterEditor *self,
                    guint           focus)
{
  GPtrArray *recipients = programme (self)->recipients;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->recipient_list))) != NULL)
    gtk_list_box_remove (self->recipient_list, child);
  for (guint i = 0; i < recipients->len; i++)
    {
      GtkWidget *row = recipient_row (self, g_ptr_array_index (recipients, i), i);

      gtk_list_box_append (self->recipient_list, row);
      if (i == focus)
        ct_list_keys_focus_end (row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->recipient_list), recipients->len > 0);
}

static void
add_recipient_cb (CtFooterEditor *self)
{
  CtProgramme *p = programme (self);

  ct_programme_add_recipient (p, "", NULL);
  ct_session_edited (self->session, NULL);
  rebuild_recipients (self, p->recipients->len - 1);
}

/* ------------------------------------------------------------------ authority lines */

static void rebuild_authorities (CtFooterEditor *self, guint focus);

static void
authority_changed_cb (GtkDropDown    *dropdown,
                      GParamSpec     *pspec,
                      CtFooterEditor *self)
{
  CtSignerAuthority *line = g_ptr_array_index (programme (self)->signer_authorities,
                                               row_index (GTK_WIDGET (dropdown)));

  if (self->syncing)
    return;
  line->authority = gtk_drop_down_get_selected (dropdown);
  ct_session_edited (self->session, NULL);
}

static void
remove_authority_cb (GtkWidget      *button,
                     CtFooterEditor *self)
{
  guint index = row_index (button);

  g_ptr_array_remove_index (programme (self)->signer_authorities, index);
  ct_session_edited (self->session, NULL);
  rebuild_authorities (self, index > 0 ? index - 1 : G_MAXUINT);
}

static void
move_authority (CtFooterEditor *self,
                GtkWidget      *button,
                int             delta)
{
  GPtrArray *lines = programme (self)->signer_authorities;
  guint index = row_index (button);

  if ((delta < 0 && index == 0) || (delta > 0 && index + 1 >= lines->len))
    return;
  ct_ptr_array_move (lines, index, index + delta);
  ct_session_edited (self->session, NULL);
  rebuild_authorities (self, index + delta);
}

static void
authority_up_cb (GtkWidget      *button,
                 CtFooterEditor *self)
{
  move_authority (self, button, -1);
}

static void
authority_down_cb (GtkWidget      *button,
                   CtFooterEditor *self)
{
  move_authority (self, button, 1);
}

static void
authority_sync (GtkWidget *dropdown,
                gpointer   data)
{
  CtFooterEditor *self = data;
  CtSignerAuthority *line = g_ptr_array_index (programme (self)->signer_authorities,
                                               row_index (dropdown));

  if (gtk_drop_down_get_selected (GTK_DROP_DOWN (dropdown)) == (guint) line->authority)
    return;
  self->syncing = TRUE;
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), line->authority);
  self->syncing = FALSE;
}

static GtkWidget *
authority_row (CtFooterEditor    *self,
               CtSignerAuthority *line,
               guint              index)
{
  /* Translators: %u is the number of the authority line in the signature block. */
  g_autofree char *title = g_strdup_printf (_("Authority Line %u"), index + 1);
  GtkWidget *row = ct_field_entry_row (title, &line->body, self->session);
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);
  g_autoptr(GtkListItemFactory) factory = ct_field_wrapping_list_factory ();

  g_object_set_data (G_OBJECT (row), "ct-shown", line);
  GtkWidget *dropdown, *remove, *up, *down;

  for (guint i = 0; authority_labels[i] != NULL; i++)
    gtk_string_list_append (model, _(authority_labels[i]));
  dropdown = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (model)), NULL);
  /* Each choice whole in the list, however narrow the window. */
  gtk_drop_down_set_list_factory (GTK_DROP_DOWN (dropdown), factory);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), line->authority);
  gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (dropdown, "flat");
  gtk_widget_set_tooltip_text (dropdown, _("Authority"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Authority"), -1);
  g_signal_connect (dropdown, "notify::selected", G_CALLBACK (authority_changed_cb), self);
  ct_field_set_sync (dropdown, authority_sync, self);
  remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (remove, _("Remove Authority Line"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Remove Authority Line"), -1);
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_authority_cb), self);
  up = ct_field_icon_button ("go-up-symbolic", _("Move Authority Line Up"));
  down = ct_field_icon_button ("go-down-symbolic", _("Move Authority Line Down"));
  gtk_widget_set_sensitive (up, index > 0);
  gtk_widget_set_sensitive (down, index + 1 < programme (self)->signer_authorities->len);
  g_signal_connect (up, "clicked", G_CALLBACK (authority_up_cb), self);
  g_signal_connect (down, "clicked", G_CALLBACK (authority_down_cb), self);
  adw_entry_row_add_prefix (ADW_ENTRY_ROW (row), dropdown);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), up);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), down);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), remove);
  return row;
}

static void
rebuild_authorities (CtFooterEditor *self,
                     guint           focus)
{
  GPtrArray *lines = programme (self)->signer_authorities;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->authority_list))) != NULL)
    gtk_list_box_remove (self->authority_list, child);
  for (guint i = 0; i < lines->len; i++)
    {
      GtkWidget *row = authority_row (self, g_ptr_array_index (lines, i), i);

      gtk_list_box_append (self->authority_list, row);
      if (i == focus)
        gtk_widget_grab_focus (row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->authority_list), lines->len > 0);
  if (focus == G_MAXUINT && lines->len == 0 && gtk_widget_get_mapped (GTK_WIDGET (self)))
    gtk_widget_grab_focus (self->add_authority_button);
}

static void
add_authority_cb (CtFooterEditor *self)
{
  CtProgramme *p = programme (self);

  ct_programme_add_signer_authority (p, p->signer_authorities->len == 0
                                          ? CT_SIGNING_AUTHORITY_ON_BEHALF
                                          : CT_SIGNING_AUTHORITY_SIGNING_FOR, "");
  ct_session_edited (self->session, NULL);
  rebuild_authorities (self, p->signer_authorities->len - 1);
}

static GtkWidget *
new_list (GtkWidget  *group,
          GtkWidget **add_button,
          const char *add_label,
          GCallback   add_callback,
          gpointer    self)
{
  GtkWidget *list = gtk_list_box_new ();

  *add_button = gtk_button_new_from_icon_name ("list-add-symbolic");
  gtk_widget_add_css_class (*add_button, "flat");
  gtk_widget_set_halign (*add_button, GTK_ALIGN_END);
  gtk_widget_set_valign (*add_button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (*add_button, add_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (*add_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, add_label, -1);
  g_signal_connect_swapped (*add_button, "clicked", add_callback, self);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), *add_button);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), list);
  return list;
}

static GtkWidget *
new_group (CtFooterEditor *self,
           const char     *title)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  gtk_box_append (GTK_BOX (self), group);
  return group;
}

static void
build (CtFooterEditor *self)
{
  CtProgramme *p = programme (self);
  GtkWidget *group = new_group (self, _("Recipients"));
  GtkWidget *archive_group, *signer, *authorities;

  self->recipient_list = GTK_LIST_BOX (new_list (group, &self->add_button, _("Add Recipient"),
                                                 G_CALLBACK (add_recipient_cb), self));
  rebuild_recipients (self, G_MAXUINT);

  archive_group = new_group (self, NULL);
  g_hash_table_insert (self->fields, "archive_line",
                       ct_field_entry_row (_("Archive Line (e.g. “Lưu Văn phòng Huyện ủy”)"),
                                           &p->archive_line, self->session));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (archive_group),
                             g_hash_table_lookup (self->fields, "archive_line"));

  authorities = new_group (self, _("Signature"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (authorities),
                                         _("The authority lines above the signer’s title, in "
                                           "order: “T/M BAN THƯỜNG VỤ”, or “TM. ỦY BAN NHÂN "
                                           "DÂN” then “KT. CHỦ TỊCH”. None when the head "
                                           "signs directly."));
  self->authority_list = GTK_LIST_BOX (new_list (authorities, &self->add_authority_button,
                                                 _("Add Authority Line"),
                                                 G_CALLBACK (add_authority_cb), self));
  rebuild_authorities (self, G_MAXUINT);
  signer = new_group (self, NULL);
  g_hash_table_insert (self->fields, "signer_title",
                       ct_field_entry_row (_("Signer’s Title"), &p->signer_title,
                                           self->session));
  g_hash_table_insert (self->fields, "signer_name",
                       ct_field_entry_row (_("Signer’s Name"), &p->signer_name, self->session));
  for (guint i = 0; i < 2; i++)
    {
      static const char *const order[] = { "signer_title", "signer_name" };
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (signer),
                                 g_hash_table_lookup (self->fields, order[i]));
    }
}

static void
ct_footer_editor_dispose (GObject *object)
{
  CtFooterEditor *self = CT_FOOTER_EDITOR (object);

  g_clear_object (&self->session);
  g_clear_pointer (&self->fields, g_hash_table_unref);
  g_clear_object (&self->purposes);

  G_OBJECT_CLASS (ct_footer_editor_parent_class)->dispose (object);
}

static void
ct_footer_editor_class_init (CtFooterEditorClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ct_footer_editor_dispose;
}

static void
ct_footer_editor_init (CtFooterEditor *self)
{
  self->fields = g_hash_table_new (g_str_hash, g_str_equal);
  self->purposes = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 24);
}

/**
 * ct_footer_editor_new:
 * @session: the editing session
 *
 * The end of the form: the "Nơi nhận" lines with their purpose (reorderable), the archive
 * line, and the signature block (its authority lines, title and name).
 *
 * Returns: (transfer floating): a new widget bound to the session's programme
 */
GtkWidget *
ct_footer_editor_new (CtSession *session)
{
  CtFooterEditor *self = g_object_new (CT_TYPE_FOOTER_EDITOR, NULL);

  self->session = g_object_ref (session);
  build (self);
  return GTK_WIDGET (self);
}

/* Returns: whether the rows of @list show the objects of @shown, in order. */
static gboolean
rows_show (GtkListBox *list,
           GPtrArray  *shown)
{
  guint i = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list)); row != NULL;
       row = gtk_widget_get_next_sibling (row), i++)
    if (i >= shown->len || g_object_get_data (G_OBJECT (row), "ct-shown")
                           != g_ptr_array_index (shown, i))
      return FALSE;
  return i == shown->len;
}

/**
 * ct_footer_editor_restore:
 * @self: the group
 *
 * Shows the programme's values again after an undo or redo (#CtSession::restored): the
 * rows in place, the lists of recipients and authority lines built again when they hold
 * other objects.
 */
void
ct_footer_editor_restore (CtFooterEditor *self)
{
  CtProgramme *p;

  g_return_if_fail (CT_IS_FOOTER_EDITOR (self));

  p = programme (self);
  if (!rows_show (self->recipient_list, p->recipients))
    rebuild_recipients (self, G_MAXUINT);
  if (!rows_show (self->authority_list, p->signer_authorities))
    rebuild_authorities (self, G_MAXUINT);
  ct_field_sync_tree (GTK_WIDGET (self));
}

/**
 * ct_footer_editor_focus:
 * @self: the widget
 * @field: "recipients", "archive_line", "signer_name", "signer_title", …
 *
 * Puts the keyboard focus on a field; for "recipients", the first recipient or the add
 * button.
 */
void
ct_footer_editor_focus (CtFooterEditor *self,
                        const char     *field)
{
  GtkWidget *widget;

  g_return_if_fail (CT_IS_FOOTER_EDITOR (self));

  if (g_strcmp0 (field, "recipients") == 0)
    {
      GtkListBoxRow *first = gtk_list_box_get_row_at_index (self->recipient_list, 0);
      gtk_widget_grab_focus (first ? GTK_WIDGET (first) : self->add_button);
      return;
    }
  if (g_strcmp0 (field, "signer_authorities") == 0)
    {
      GtkListBoxRow *first = gtk_list_box_get_row_at_index (self->authority_list, 0);
      gtk_widget_grab_focus (first ? GTK_WIDGET (first) : self->add_authority_button);
      return;
    }
  if (g_strcmp0 (field, "signer_name") == 0 && ct_session_get_programme (self->session)
      && ct_session_get_programme (self->session)->signer_title == NULL)
    field = "signer_title";
  widget = g_hash_table_lookup (self->fields, field);
  if (widget != NULL)
    gtk_widget_grab_focus (widget);
}
