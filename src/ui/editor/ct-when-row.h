/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ct-session.h"

G_BEGIN_DECLS

#define CT_TYPE_WHEN_ROW (ct_when_row_get_type ())
G_DECLARE_FINAL_TYPE (CtWhenRow, ct_when_row, CT, WHEN_ROW, AdwEntryRow)

GtkWidget *ct_when_row_new           (CtSession *session,
                                      CtItem    *item);
GtkWidget *ct_when_row_new_due       (CtSession *session,
                                      CtItem    *item);
GtkWidget *ct_when_row_get_status    (CtWhenRow *self);
GtkWidget *ct_when_row_get_calendar  (CtWhenRow *self);
void       ct_when_row_forget_typed  (CtSession *session);

G_END_DECLS
