/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ct-ics-export.h"
#include "ct-store.h"

G_BEGIN_DECLS

/* Shared by test-ics.c and test-ics-import.c. */

/* Fixed DTSTAMP of ics_export_text(): 2023-09-01 00:00:00 UTC. */
#define ICS_STAMP G_GINT64_CONSTANT (1693526400)

/* Titles of 40+ Vietnamese letters (fictional), placed so that a cut of their SUMMARY line
 * at octet 75 would split a letter. */
#define ICS_N_LONG_TITLES 3
extern const char *const ics_long_titles[ICS_N_LONG_TITLES];

CtProgramme *ics_seed_shaped_programme (void);
CtProgramme *ics_more_shapes_programme (void);
CtItem      *ics_find_titled           (CtProgramme       *p,
                                        const char        *title);
char        *ics_export_text           (const CtProgramme *p);
GStrv        ics_unfolded_lines        (const char        *text);
guint        ics_count_lines           (const GStrv        lines,
                                        const char        *line);
guint        ics_count_prefixed        (const GStrv        lines,
                                        const char        *prefix);
CtStore     *ics_open_store            (const char        *dir,
                                        const char        *name);
void         ics_assert_rfc5545_bytes  (const char        *text);
char        *ics_events_only           (const char        *text);
char        *ics_python_listing        (const char        *path,
                                        char             **reason);
char        *ics_icaljs_listing        (const char        *path,
                                        char             **reason);
char        *ics_occurrences_of        (const char        *listing,
                                        const char        *uuid);

G_END_DECLS
