/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ct-history.h"
#include "ct-session.h"

G_BEGIN_DECLS

/* Shared by ct-session.c (editing, undo, autosave) and ct-session-others.c (what other
 * windows and programs did: conflicts, deletions, reloads). */
struct _CtSession
{
  GObject parent_instance;

  CtStore *store;
  CtProgramme *programme;
  /* The programme as stored at the revision it was last loaded or saved here: the common
   * ancestor when another program saved it meanwhile (see CtMerge). */
  CtProgramme *base;
  CtProgramme *saving_copy; /* the snapshot being written by the worker thread */
  CtMerge *merge;        /* a conflict waiting for the user's choices */
  CtProgramme *ancestor; /* while it waits: the base the conflicting edits started from */
  CtHistory *history;

  CtSaveState save_state;
  char *save_error;
  guint autosave_id;
  guint retry_id;
  guint delay_ms;
  /* Edits are counted; a save records the count it wrote so that edits made while the
   * worker thread runs are saved by the next round. */
  guint64 edit_gen;
  guint64 saved_gen;
  guint64 saving_gen;
  gboolean saving;
  gint64 dirty_since;    /* monotonic time of the first edit not yet being saved */
};

void     ct_session_set_state         (CtSession    *self,
                                       CtSaveState   state);
void     ct_session_set_base          (CtSession    *self,
                                       CtProgramme  *stored);
void     ct_session_show_programme    (CtSession    *self,
                                       CtProgramme  *programme);
void     ct_session_emit_changed      (CtSession    *self,
                                       gboolean      replaced);
void     ct_session_fail_and_retry    (CtSession    *self,
                                       const char   *message);
void     ct_session_refresh_conflict  (CtSession    *self);
void     ct_session_end_conflict      (CtSession    *self);
void     ct_session_handle_conflict   (CtSession    *self);
gboolean ct_session_settle_waiting    (CtSession    *self,
                                       gboolean      closing,
                                       GError      **error);

G_END_DECLS
