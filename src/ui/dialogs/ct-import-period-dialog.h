/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ct-import.h"

G_BEGIN_DECLS

#define CT_TYPE_IMPORT_PERIOD_DIALOG (ct_import_period_dialog_get_type ())
G_DECLARE_FINAL_TYPE (CtImportPeriodDialog, ct_import_period_dialog, CT, IMPORT_PERIOD_DIALOG,
                      AdwMessageDialog)

GtkWidget     *ct_import_period_dialog_new             (GtkWindow            *parent,
                                                        const CtImportPeriod *proposed);
void           ct_import_period_dialog_get_period      (CtImportPeriodDialog *self,
                                                        CtImportPeriod       *period);
void           ct_import_period_dialog_set_period      (CtImportPeriodDialog *self,
                                                        const CtImportPeriod *period);
GtkDropDown   *ct_import_period_dialog_get_kind_list   (CtImportPeriodDialog *self);
GtkSpinButton *ct_import_period_dialog_get_index_button (CtImportPeriodDialog *self);
GtkSpinButton *ct_import_period_dialog_get_year_button (CtImportPeriodDialog *self);
const char    *ct_import_period_dialog_get_dates_text  (CtImportPeriodDialog *self);

G_END_DECLS
