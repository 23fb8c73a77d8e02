/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ct-programme.h"

G_BEGIN_DECLS

/**
 * CtMergeConflict:
 * @label: what both versions changed, translated: "Place name", "Item “Hội nghị…”"
 * @mine: this window's value, as a person reads it
 * @theirs: the value another program saved, as a person reads it
 * @take_mine: the choice; %TRUE (what was typed here) until the user chooses otherwise
 *
 * One place where both versions changed the same thing differently.
 */
typedef struct
{
  char *label;
  char *mine;
  char *theirs;
  gboolean take_mine;
} CtMergeConflict;

typedef struct _CtMerge CtMerge;

CtMerge     *ct_merge_new           (const CtProgramme *base,
                                     const CtProgramme *mine,
                                     const CtProgramme *theirs);
void         ct_merge_free          (CtMerge           *self);
GPtrArray   *ct_merge_get_conflicts (CtMerge           *self);
CtProgramme *ct_merge_build         (CtMerge           *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtMerge, ct_merge_free)

G_END_DECLS
