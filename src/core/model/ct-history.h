/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ct-programme.h"

G_BEGIN_DECLS

/**
 * CtHistory:
 *
 * The undo stack of one programme: a list of snapshots (deep copies made with
 * ct_programme_copy()) and a cursor on the current one. Saving does not touch it, so
 * undo works across autosaves. Pure data: no main loop, no display.
 */
typedef struct _CtHistory CtHistory;

CtHistory   *ct_history_new      (const CtProgramme *initial,
                                  guint              limit);
void         ct_history_free     (CtHistory         *self);
void         ct_history_record   (CtHistory         *self,
                                  const CtProgramme *state,
                                  const char        *merge_key);
void         ct_history_break_merge (CtHistory      *self);
gboolean     ct_history_can_undo (const CtHistory   *self);
gboolean     ct_history_can_redo (const CtHistory   *self);
CtProgramme *ct_history_undo     (CtHistory         *self);
CtProgramme *ct_history_redo     (CtHistory         *self);
guint        ct_history_get_length (const CtHistory *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtHistory, ct_history_free)

G_END_DECLS
