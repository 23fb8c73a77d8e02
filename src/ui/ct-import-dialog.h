/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ct-window.h"

G_BEGIN_DECLS

void ct_import_dialog_choose      (CtWindow *window);
void ct_import_dialog_import_file (CtWindow *window,
                                   GFile    *file);

G_END_DECLS
