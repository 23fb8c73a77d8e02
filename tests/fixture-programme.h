/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ct-programme.h"

G_BEGIN_DECLS

/* A fictional September 2023 programme in the shape of a district committee's monthly
 * programme: a task section, conferences on 8 (dự kiến), 20, 26 (dự kiến, with agenda),
 * 28 (dự kiến) and 29 (dự kiến) September, and a briefing every Monday afternoon. */
CtProgramme *fixture_programme_september_2023 (void);

/* The real September 2023 programme imported from CT_SEEDS_DIR, or %NULL after
 * g_test_skip() when the folder is absent. */
CtProgramme *fixture_programme_seed (void);

/* Adds to @p 59 conferences in December 2026, "Hội nghị chuyên đề HN01 của các ban" to
 * HN59, in a section of their own, and in another section a conference on 30 December
 * whose agenda has 120 reports, "Báo cáo chuyên đề CĐ001 …" to CĐ120. */
void fixture_add_conferences (CtProgramme *p);

/* The first item titled @title and the index of its section in @section (when not NULL),
 * or NULL. */
CtItem *fixture_find_titled  (CtProgramme *p,
                              const char  *title,
                              guint       *section);
/* How many items are titled @title. */
guint   fixture_count_titled (CtProgramme *p,
                              const char  *title);

G_END_DECLS
