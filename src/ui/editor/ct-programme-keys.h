/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ct-programme-editor.h"

G_BEGIN_DECLS

void ct_programme_keys_install  (CtProgrammeEditor *editor);
void ct_programme_keys_show_focus_row (CtProgrammeEditor *editor);
void ct_programme_keys_set_root (CtProgrammeEditor *editor,
                                 GtkRoot           *root,
                                 GtkRoot           *old);

G_END_DECLS
