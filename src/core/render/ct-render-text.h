/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ct-programme.h"

G_BEGIN_DECLS

char *ct_programme_render_text (const CtProgramme *programme);

G_END_DECLS
