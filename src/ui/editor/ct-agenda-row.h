/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ct-session.h"

G_BEGIN_DECLS

#define CT_TYPE_AGENDA_ROW (ct_agenda_row_get_type ())
G_DECLARE_FINAL_TYPE (CtAgendaRow, ct_agenda_row, CT, AGENDA_ROW, GtkListBoxRow)

GtkWidget *ct_agenda_row_new        (CtSession    *session,
                                     CtItem       *event,
                                     guint         position,
                                     GtkTreeModel *units);
void       ct_agenda_row_focus      (CtAgendaRow  *self,
                                     gboolean      unit);
GtkWidget *ct_agenda_row_get_unit_entry (CtAgendaRow *self);

G_END_DECLS
