/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ct-session.h"

G_BEGIN_DECLS

/*
 * Editor fields bound to a member of the live programme. A bound widget writes the member
 * on every change, as typed (never normalised: the store writes NFC), and announces the edit
 * to the session with the member's address as undo merge key, so typing in one field is one
 * undo step. Widgets are built from the model; an undo or redo of the same shape
 * (#CtSession::restored) writes the members' values back into the same widgets
 * (ct_field_sync_tree()), the one being typed in keeping its focus and cursor.
 */

typedef void (*CtFieldSyncFunc) (GtkWidget *widget,
                                 gpointer   data);

GtkWidget *ct_field_entry_row  (const char  *title,
                                char       **field,
                                CtSession   *session);
GtkWidget *ct_field_wrapped_row (const char *title,
                                 char      **field,
                                 CtSession  *session);
GtkWidget *ct_field_wrapped_row_get_view (GtkWidget *row);
GtkWidget *ct_field_number_row (const char  *title,
                                guint       *field,
                                const char  *unread_key,
                                CtSession   *session);
GtkWidget *ct_field_combo_row  (const char  *title,
                                const char *const *labels,
                                int         *field,
                                CtSession   *session);
GtkWidget *ct_field_switch_row (const char  *title,
                                gboolean    *field,
                                CtSession   *session);
GtkWidget *ct_field_date_row   (const char  *title,
                                GDate       *field,
                                gboolean     clearable,
                                const char  *unread_key,
                                CtSession   *session);
GtkWidget *ct_field_minute_row (const char  *title,
                                int         *field,
                                const char  *unread_key,
                                CtSession   *session);
void       ct_field_add_status  (GtkWidget         *row);
GtkWidget *ct_field_get_status  (GtkWidget         *row);
void       ct_field_show_unread (GtkWidget         *row,
                                 const CtProgramme *programme,
                                 const char        *key,
                                 const char        *text);
GtkListItemFactory *ct_field_wrapping_list_factory (void);
GtkWidget *ct_field_icon_button (const char *icon_name,
                                 const char *label);
void       ct_field_disable_undo (GtkWidget *editable);
void       ct_field_name_text   (GtkWidget  *editable,
                                 const char *label);
gboolean   ct_field_parse_minute (const char *text,
                                  int        *minute);
char      *ct_field_format_minute (int        minute);
void       ct_field_set_sync     (GtkWidget       *widget,
                                  CtFieldSyncFunc  sync,
                                  gpointer         data);
void       ct_field_sync_tree    (GtkWidget       *root);
void       ct_field_show_text    (GtkWidget       *editable,
                                  const char      *text);
void       ct_field_show_buffer_text (GtkTextBuffer *buffer,
                                      const char    *text);

typedef void (*CtFieldFinishFunc) (gpointer data);

void       ct_field_commit_preedit (GtkWidget *widget);
void       ct_field_hold_keys_while_composing (GtkWidget *editable);
void       ct_field_set_finish_func (GtkWidget        *field,
                                     CtFieldFinishFunc func,
                                     gpointer          data);
void       ct_field_finish_editing (GtkWidget *focus);

G_END_DECLS
