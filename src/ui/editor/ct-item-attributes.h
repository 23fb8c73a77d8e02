/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ct-session.h"

G_BEGIN_DECLS

/* Rows of the item form (ct-item-editor.c) for an item's attributes, its timing and its
 * recurrence rule. Each row is bound to a member of the live item and announces its edits
 * to the session; the rows are registered in @fields under the member's name. */

void ct_item_attributes_add_text_rows (GtkWidget  *group,
                                       CtItem     *item,
                                       CtSession  *session,
                                       GHashTable *fields);
void ct_item_attributes_add_rule      (GtkWidget  *group,
                                       CtItem     *item,
                                       CtSession  *session,
                                       GHashTable *fields);

G_END_DECLS
