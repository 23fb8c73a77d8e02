/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ct-programme.h"

G_BEGIN_DECLS

/* Slots are encoded as the period year (CRASH_FIRST_YEAR + slot), generations as the
 * document number, so a programme read back names the exact content it must hold. */
#define CRASH_N_SLOTS    24
#define CRASH_FIRST_YEAR 2000

CtProgramme *crash_programme_build  (guint              slot,
                                     guint              generation);
gboolean     crash_programme_equal  (const CtProgramme *expected,
                                     const CtProgramme *actual,
                                     char             **difference);

G_END_DECLS
