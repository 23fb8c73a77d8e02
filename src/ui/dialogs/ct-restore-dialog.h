/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CT_TYPE_RESTORE_DIALOG (ct_restore_dialog_get_type ())
G_DECLARE_FINAL_TYPE (CtRestoreDialog, ct_restore_dialog, CT, RESTORE_DIALOG, AdwWindow)

CtRestoreDialog *ct_restore_dialog_new (const char *db_path);

G_END_DECLS
