/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/**
 * CtListKey:
 * @CT_LIST_KEY_NEXT: Enter: add the next entry below and go there
 * @CT_LIST_KEY_REMOVE: Backspace in an empty field: remove the entry, back to the one before
 * @CT_LIST_KEY_END: Ctrl+Enter: the list is done, on to the field after it
 */
typedef enum
{
  CT_LIST_KEY_NEXT,
  CT_LIST_KEY_REMOVE,
  CT_LIST_KEY_END,
} CtListKey;

/* Returns: %TRUE when the key was used */
typedef gboolean (*CtListKeyFunc) (GtkWidget *field,
                                   CtListKey  key,
                                   gpointer   data);

void       ct_list_keys_attach         (GtkWidget     *field,
                                        CtListKeyFunc  func,
                                        gpointer       data);
GtkWidget *ct_list_keys_text_view_new  (const char    *text,
                                        const char    *accessible_label);
char      *ct_list_keys_dup_text       (GtkWidget     *field);
void       ct_list_keys_focus_end      (GtkWidget     *field);
void       ct_list_keys_focus_after    (GtkWidget     *list);
void       ct_list_keys_scroll_into_view (GtkWidget   *widget);

G_END_DECLS
