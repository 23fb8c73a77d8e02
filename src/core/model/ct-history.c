/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-history"

#include "ct-history.h"

struct _CtHistory
{
  GPtrArray *states;   /* (element-type CtProgramme) oldest first */
  guint current;       /* index of the state the document is in */
  guint limit;
  char *merge_key;     /* key of the edit that made states[current], if mergeable */
};

/**
 * ct_history_new:
 * @initial: the programme as opened; copied
 * @limit: how many undo steps to keep, at least 1
 *
 * Returns: (transfer full): a history whose only state is @initial
 */
CtHistory *
ct_history_new (const CtProgramme *initial,
                guint              limit)
{
  CtHistory *self;

  g_return_val_if_fail (initial != NULL, NULL);

  self = g_new0 (CtHistory, 1);
  self->states = g_ptr_array_new_with_free_func ((GDestroyNotify) ct_programme_unref);
  self->limit = MAX (limit, 1);
  g_ptr_array_add (self->states, ct_programme_copy (initial));
  return self;
}

/**
 * ct_history_free:
 * @self: (transfer full): a history
 */
void
ct_history_free (CtHistory *self)
{
  g_return_if_fail (self != NULL);
  g_ptr_array_unref (self->states);
  g_free (self->merge_key);
  g_free (self);
}

/**
 * ct_history_record:
 * @self: a history
 * @state: the programme after an edit; copied
 * @merge_key: (nullable): identifies the field edited, e.g. "number" or
 *   "item:UUID:title"; consecutive edits with the same non-%NULL key form one undo step,
 *   so typing a word in a field is undone at once
 *
 * Records @state as the current state and drops the redo branch.
 */
void
ct_history_record (CtHistory         *self,
                   const CtProgramme *state,
                   const char        *merge_key)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (state != NULL);

  g_ptr_array_set_size (self->states, self->current + 1);
  if (merge_key != NULL && self->current > 0 && g_strcmp0 (merge_key, self->merge_key) == 0)
    {
      ct_programme_unref (g_ptr_array_index (self->states, self->current));
      g_ptr_array_index (self->states, self->current) = ct_programme_copy (state);
      return;
    }
  g_ptr_array_add (self->states, ct_programme_copy (state));
  self->current++;
  g_free (self->merge_key);
  self->merge_key = g_strdup (merge_key);
  while (self->states->len > self->limit + 1)
    {
      g_ptr_array_remove_index (self->states, 0);
      self->current--;
    }
}

/**
 * ct_history_break_merge:
 * @self: a history
 *
 * Makes the next record a step of its own even with the same merge key (called when the
 * focus leaves a field).
 */
void
ct_history_break_merge (CtHistory *self)
{
  g_return_if_fail (self != NULL);
  g_clear_pointer (&self->merge_key, g_free);
}

/**
 * ct_history_can_undo:
 * @self: a history
 *
 * Returns: whether there is an older state
 */
gboolean
ct_history_can_undo (const CtHistory *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->current > 0;
}

/**
 * ct_history_can_redo:
 * @self: a history
 *
 * Returns: whether an undone state can be restored
 */
gboolean
ct_history_can_redo (const CtHistory *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->current + 1 < self->states->len;
}

/**
 * ct_history_undo:
 * @self: a history
 *
 * Moves the cursor one state back.
 *
 * Returns: (transfer full) (nullable): a copy of the state to show, %NULL when there is
 *   nothing to undo
 */
CtProgramme *
ct_history_undo (CtHistory *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (!ct_history_can_undo (self))
    return NULL;
  self->current--;
  g_clear_pointer (&self->merge_key, g_free);
  return ct_programme_copy (g_ptr_array_index (self->states, self->current));
}

/**
 * ct_history_redo:
 * @self: a history
 *
 * Moves the cursor one state forward.
 *
 * Returns: (transfer full) (nullable): a copy of the state to show, %NULL when there is
 *   nothing to redo
 */
CtProgramme *
ct_history_redo (CtHistory *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (!ct_history_can_redo (self))
    return NULL;
  self->current++;
  g_clear_pointer (&self->merge_key, g_free);
  return ct_programme_copy (g_ptr_array_index (self->states, self->current));
}

/**
 * ct_history_get_length:
 * @self: a history
 *
 * Returns: the number of states kept, including the current one and the redo branch
 */
guint
ct_history_get_length (const CtHistory *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->states->len;
}
