/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ct-session.h"

G_BEGIN_DECLS

/**
 * CtAgendaFocus:
 * @CT_AGENDA_FOCUS_TEXT: the item's text
 * @CT_AGENDA_FOCUS_UNIT: its preparing unit
 * @CT_AGENDA_FOCUS_UNIT_END: its preparing unit, the cursor after the text
 */
typedef enum
{
  CT_AGENDA_FOCUS_TEXT,
  CT_AGENDA_FOCUS_UNIT,
  CT_AGENDA_FOCUS_UNIT_END,
} CtAgendaFocus;

#define CT_TYPE_AGENDA_ROW (ct_agenda_row_get_type ())
G_DECLARE_FINAL_TYPE (CtAgendaRow, ct_agenda_row, CT, AGENDA_ROW, GtkListBoxRow)

GtkWidget *ct_agenda_row_new        (CtSession    *session,
                                     CtItem       *event,
                                     guint         position,
                                     GtkTreeModel *units);
void       ct_agenda_row_focus      (CtAgendaRow  *self,
                                     CtAgendaFocus part);
GtkWidget *ct_agenda_row_get_unit_entry (CtAgendaRow *self);
GtkWidget *ct_agenda_row_get_text_view  (CtAgendaRow *self);

G_END_DECLS
