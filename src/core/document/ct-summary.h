/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ct-programme.h"

G_BEGIN_DECLS

/* Longest task excerpt of a summary, in characters, before "…". */
#define CT_SUMMARY_TASK_CHARS 90

char *ct_item_dup_summary    (const CtItem    *item);
char *ct_section_dup_heading (const CtSection *section,
                              guint            position);

G_END_DECLS
