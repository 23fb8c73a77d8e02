/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ct-merge.h"
#include "ct-session-enum-types.h"
#include "ct-store.h"

G_BEGIN_DECLS

/**
 * CtSaveState:
 * @CT_SAVE_STATE_SAVED: everything is in the database
 * @CT_SAVE_STATE_MODIFIED: edits wait for the autosave timer
 * @CT_SAVE_STATE_SAVING: a save runs in a worker thread
 * @CT_SAVE_STATE_FAILED: the last save failed; the edits are kept and retried
 * @CT_SAVE_STATE_CONFLICT: another program saved the programme meanwhile and both changed
 *   the same things: the edits are kept and wait for ct_session_resolve_conflict()
 * @CT_SAVE_STATE_DELETED: another program deleted the programme; the edits are kept and
 *   nothing is saved until ct_session_restore()
 */
typedef enum {
  CT_SAVE_STATE_SAVED,
  CT_SAVE_STATE_MODIFIED,
  CT_SAVE_STATE_SAVING,
  CT_SAVE_STATE_FAILED,
  CT_SAVE_STATE_CONFLICT,
  CT_SAVE_STATE_DELETED,
} CtSaveState;

/* Milliseconds between the last edit and the autosave. */
#define CT_SESSION_AUTOSAVE_DELAY_MS 700
/* Longest time edits wait unsaved while typing goes on without a pause. */
#define CT_SESSION_AUTOSAVE_MAX_MS 2000
/* Milliseconds before a failed save is tried again on its own. */
#define CT_SESSION_RETRY_DELAY_MS 10000

#define CT_TYPE_SESSION (ct_session_get_type ())
G_DECLARE_FINAL_TYPE (CtSession, ct_session, CT, SESSION, GObject)

CtSession   *ct_session_new            (CtStore      *store,
                                        CtProgramme  *programme);
CtStore     *ct_session_get_store      (CtSession    *self);
CtProgramme *ct_session_get_programme  (CtSession    *self);
void         ct_session_edited         (CtSession    *self,
                                        const char   *merge_key);
void         ct_session_break_merge    (CtSession    *self);
gboolean     ct_session_undo           (CtSession    *self);
gboolean     ct_session_redo           (CtSession    *self);
gboolean     ct_session_can_undo       (CtSession    *self);
gboolean     ct_session_can_redo       (CtSession    *self);
CtSaveState  ct_session_get_save_state (CtSession    *self);
const char  *ct_session_get_save_error (CtSession    *self);
void         ct_session_save           (CtSession    *self);
gboolean     ct_session_save_now       (CtSession    *self,
                                        GError      **error);
gboolean     ct_session_flush          (CtSession    *self,
                                        GError      **error);
void         ct_session_set_autosave_delay (CtSession *self,
                                            guint      milliseconds);
void         ct_session_check_external (CtSession    *self);
CtMerge     *ct_session_get_conflict   (CtSession    *self);
void         ct_session_resolve_conflict (CtSession  *self);
gint64       ct_session_keep_copy      (CtSession    *self,
                                        GError      **error);
gboolean     ct_session_restore        (CtSession    *self,
                                        GError      **error);

G_END_DECLS
