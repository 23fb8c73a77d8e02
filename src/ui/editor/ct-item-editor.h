/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ct-session.h"

G_BEGIN_DECLS

#define CT_TYPE_ITEM_EDITOR (ct_item_editor_get_type ())
G_DECLARE_FINAL_TYPE (CtItemEditor, ct_item_editor, CT, ITEM_EDITOR, GtkBox)

GtkWidget  *ct_item_editor_new        (CtSession    *session,
                                       const char   *uuid);
const char *ct_item_editor_get_uuid   (CtItemEditor *self);
void        ct_item_editor_focus      (CtItemEditor *self,
                                       const char   *field,
                                       int           index);
GtkWidget  *ct_item_editor_add_agenda_item (CtItemEditor *self);
GtkWidget  *ct_item_editor_get_field  (CtItemEditor *self,
                                       const char   *name);

G_END_DECLS
