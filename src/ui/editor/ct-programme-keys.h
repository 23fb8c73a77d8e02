/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ct-programme-editor.h"

G_BEGIN_DECLS

void ct_programme_keys_install (CtProgrammeEditor *editor);

G_END_DECLS
