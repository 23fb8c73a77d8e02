/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ct-store.h"

G_BEGIN_DECLS

#define CT_TYPE_NEW_PROGRAMME_DIALOG (ct_new_programme_dialog_get_type ())
G_DECLARE_FINAL_TYPE (CtNewProgrammeDialog, ct_new_programme_dialog, CT, NEW_PROGRAMME_DIALOG,
                      AdwMessageDialog)

GtkWidget   *ct_new_programme_dialog_new     (GtkWindow            *parent,
                                              CtStore              *store);
CtProgramme *ct_new_programme_dialog_create  (CtNewProgrammeDialog *self,
                                              GError              **error);
void         ct_new_programme_dialog_set_period (CtNewProgrammeDialog *self,
                                                 int                   year,
                                                 int                   month,
                                                 gboolean              from_previous);
void         ct_new_programme_dialog_propose_after (CtNewProgrammeDialog *self,
                                                    const CtProgramme    *programme);
GtkCheckButton *ct_new_programme_dialog_get_copy_button (CtNewProgrammeDialog *self);
GtkLabel      *ct_new_programme_dialog_get_no_previous_label (CtNewProgrammeDialog *self);
GtkDropDown   *ct_new_programme_dialog_get_kind_list   (CtNewProgrammeDialog *self);
GtkSpinButton *ct_new_programme_dialog_get_week_button (CtNewProgrammeDialog *self);
GtkSpinButton *ct_new_programme_dialog_get_year_button (CtNewProgrammeDialog *self);
GtkLabel      *ct_new_programme_dialog_get_dates_label (CtNewProgrammeDialog *self);

G_END_DECLS
