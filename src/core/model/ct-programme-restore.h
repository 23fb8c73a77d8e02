/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ct-programme.h"

G_BEGIN_DECLS

gboolean ct_programme_same_shape       (const CtProgramme *a,
                                        const CtProgramme *b);
void     ct_programme_restore          (CtProgramme       *self,
                                        const CtProgramme *state);

G_END_DECLS
