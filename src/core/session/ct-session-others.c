/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-session"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ct-session-private.h"

/* What other windows and programs do to the open programme: a save refused because
 * another one saved first (merged, or a question for the user), a programme deleted
 * elsewhere, a change to show. */

/* Editing goes on while a conflict waits (typing, undo, redo): the question is about the
 * programme shown now. */
void
ct_session_refresh_conflict (CtSession *self)
{
  if (self->merge == NULL)
    return;
  ct_merge_free (self->merge);
  self->merge = ct_merge_new (self->ancestor, self->programme, self->base);
}

void
ct_session_end_conflict (CtSession *self)
{
  g_clear_pointer (&self->merge, ct_merge_free);
  g_clear_pointer (&self->ancestor, ct_programme_unref);
}

/* A save was refused because another program saved the programme since: merge what
 * does not overlap; what both changed differently waits for the user. */
void
ct_session_handle_conflict (CtSession *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtProgramme) theirs = ct_store_load_programme (self->store, self->programme->id,
                                                           &error);

  if (g_error_matches (error, CT_STORE_ERROR, CT_STORE_ERROR_NOT_FOUND))
    {
      ct_session_set_state (self, CT_SAVE_STATE_DELETED);
      return;
    }
  if (theirs == NULL)
    {
      ct_session_fail_and_retry (self, error->message);
      return;
    }
  ct_session_end_conflict (self);
  self->merge = ct_merge_new (self->base, self->programme, theirs);
  self->ancestor = g_steal_pointer (&self->base);
  ct_session_set_base (self, g_steal_pointer (&theirs));
  if (ct_merge_get_conflicts (self->merge)->len == 0)
    {
      ct_session_resolve_conflict (self);
      return;
    }
  g_clear_pointer (&self->save_error, g_free);
  ct_session_set_state (self, CT_SAVE_STATE_CONFLICT);
}

/* What waits for the user (a conflict, a programme deleted elsewhere): when closing, kept
 * without asking (a separate copy, a restore), since nothing can be asked any more;
 * otherwise refused, saying what to do first. */
gboolean
ct_session_settle_waiting (CtSession  *self,
                           gboolean    closing,
                           GError    **error)
{
  if (self->save_state == CT_SAVE_STATE_CONFLICT)
    {
      if (closing)
        return ct_session_keep_copy (self, error) != 0;
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_CONFLICT,
                   _("Another window or program changed this programme in the same places "
                     "as you. Review the changes or keep both versions first."));
      return FALSE;
    }
  if (closing)
    return ct_session_restore (self, error);
  g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_NOT_FOUND,
               _("Another window or program deleted this programme. Restore it first to keep "
                 "your changes."));
  return FALSE;
}

/**
 * ct_session_check_external:
 * @self: a session
 *
 * Looks whether another program saved or deleted the programme (call it when the store's
 * data version changed, see ct_store_get_data_version()). Without unsaved edits the
 * stored version is shown; with some, they are saved now, which merges them with the
 * stored version. A deleted programme turns the state to %CT_SAVE_STATE_DELETED.
 */
void
ct_session_check_external (CtSession *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtProgramme) theirs = NULL;
  gint64 revision;

  g_return_if_fail (CT_IS_SESSION (self));

  if (self->saving || self->save_state == CT_SAVE_STATE_CONFLICT ||
      self->save_state == CT_SAVE_STATE_DELETED)
    return;
  revision = ct_store_get_revision (self->store, self->programme->id, &error);
  if (g_error_matches (error, CT_STORE_ERROR, CT_STORE_ERROR_NOT_FOUND))
    {
      g_clear_handle_id (&self->autosave_id, g_source_remove);
      g_clear_handle_id (&self->retry_id, g_source_remove);
      ct_session_set_state (self, CT_SAVE_STATE_DELETED);
      return;
    }
  if (revision == 0 || revision == self->programme->revision)
    return;
  if (self->edit_gen != self->saved_gen)
    {
      ct_session_save (self);
      return;
    }
  theirs = ct_store_load_programme (self->store, self->programme->id, NULL);
  if (theirs == NULL)
    return;
  ct_session_set_base (self, ct_programme_copy (theirs));
  ct_session_show_programme (self, g_steal_pointer (&theirs));
}

/**
 * ct_session_get_conflict:
 * @self: a session
 *
 * Returns: (transfer none) (nullable): the merge waiting for the user's choices while the
 *   state is %CT_SAVE_STATE_CONFLICT
 */
CtMerge *
ct_session_get_conflict (CtSession *self)
{
  g_return_val_if_fail (CT_IS_SESSION (self), NULL);
  return self->merge;
}

/**
 * ct_session_resolve_conflict:
 * @self: a session
 *
 * Shows and saves the merge with the choices made on its conflicts (see
 * ct_session_get_conflict()). The undo history starts again from the merge.
 */
void
ct_session_resolve_conflict (CtSession *self)
{
  g_return_if_fail (CT_IS_SESSION (self));
  g_return_if_fail (self->merge != NULL);

  ct_session_show_programme (self, ct_merge_build (self->merge));
  ct_session_end_conflict (self);
  self->edit_gen++;
  ct_session_set_state (self, CT_SAVE_STATE_MODIFIED);
  ct_session_save (self);
}

/**
 * ct_session_keep_copy:
 * @self: a session
 * @error: return location for a #CT_STORE_ERROR
 *
 * Ends a conflict without choosing: this window's version is saved as a separate new
 * programme (a draft without number or issue date, with new item UUIDs) and the stored
 * version is shown here.
 *
 * Returns: the copy's id, or 0 with @error set (the edits stay here)
 */
gint64
ct_session_keep_copy (CtSession  *self,
                      GError    **error)
{
  g_autoptr(CtProgramme) copy = NULL;

  g_return_val_if_fail (CT_IS_SESSION (self), 0);

  /* A separate draft without a number: the list tells it from the numbered original. */
  copy = ct_programme_copy (self->programme);
  ct_programme_make_new_draft (copy);
  if (!ct_store_save_programme (self->store, copy, error))
    return 0;
  ct_session_end_conflict (self);
  ct_session_show_programme (self, ct_programme_copy (self->base));
  self->saved_gen = self->edit_gen;
  ct_session_set_state (self, CT_SAVE_STATE_SAVED);
  return copy->id;
}

/**
 * ct_session_restore:
 * @self: a session
 * @error: return location for a #CT_STORE_ERROR
 *
 * Saves a programme that another program deleted (state %CT_SAVE_STATE_DELETED) again,
 * as it is shown here, under a new id.
 *
 * Returns: %TRUE when it was saved
 */
gboolean
ct_session_restore (CtSession  *self,
                    GError    **error)
{
  g_return_val_if_fail (CT_IS_SESSION (self), FALSE);

  self->programme->id = 0;
  self->programme->revision = 0;
  if (!ct_store_save_programme (self->store, self->programme, error))
    return FALSE;
  ct_session_set_base (self, ct_programme_copy (self->programme));
  self->saved_gen = self->edit_gen;
  g_clear_pointer (&self->save_error, g_free);
  ct_session_set_state (self, CT_SAVE_STATE_SAVED);
  ct_session_emit_changed (self, FALSE);
  return TRUE;
}
