/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ct-programme.h"

G_BEGIN_DECLS

/* The benchmark's synthetic archive: 10 years × 20 issuing bodies × 12 months. */
#define BENCH_N_YEARS    10
#define BENCH_FIRST_YEAR 2017
#define BENCH_N_BODIES   20

const char  *bench_body_name       (guint   body);
CtProgramme *bench_programme_new   (GRand  *rand,
                                    guint   body,
                                    int     year,
                                    int     month);
CtProgramme *bench_big_programme_new (GRand *rand,
                                      guint  n_events,
                                      guint  n_agenda_per_event);

G_END_DECLS
