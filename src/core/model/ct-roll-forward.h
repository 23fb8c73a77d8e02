/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ct-programme.h"

G_BEGIN_DECLS

void         ct_date_roll_forward      (const GDate       *date,
                                        int                months,
                                        GDate             *result);
void         ct_programme_next_period  (const CtProgramme *programme,
                                        CtPeriodKind      *kind,
                                        int               *year,
                                        int               *index);
CtProgramme *ct_programme_roll_forward (const CtProgramme *previous);

G_END_DECLS
