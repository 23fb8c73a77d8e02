/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-session"

#include "config.h"

#include "ct-programme-restore.h"
#include "ct-session-private.h"

/* Undo steps kept per programme. */
#define HISTORY_LIMIT 200

G_DEFINE_FINAL_TYPE (CtSession, ct_session, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SAVE_STATE,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

enum {
  CHANGED,
  RESTORED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

void
ct_session_set_state (CtSession   *self,
                      CtSaveState  state)
{
  if (self->save_state == state)
    return;
  self->save_state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SAVE_STATE]);
}

static void
notify_history (CtSession *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

static gboolean
autosave_cb (gpointer user_data)
{
  CtSession *self = user_data;

  self->autosave_id = 0;
  ct_session_save (self);
  return G_SOURCE_REMOVE;
}

static gboolean
retry_cb (gpointer user_data)
{
  CtSession *self = user_data;

  self->retry_id = 0;
  ct_session_save (self);
  return G_SOURCE_REMOVE;
}

/* The autosave waits for a pause in typing, but never more than
 * CT_SESSION_AUTOSAVE_MAX_MS after the first unsaved edit: a crash during a long run of
 * typing loses at most that much. */
static void
schedule_autosave (CtSession *self)
{
  gint64 now = g_get_monotonic_time ();
  gint64 waited_ms, delay;

  if (self->save_state == CT_SAVE_STATE_CONFLICT || self->save_state == CT_SAVE_STATE_DELETED)
    return;
  if (self->dirty_since == 0)
    self->dirty_since = now;
  waited_ms = (now - self->dirty_since) / 1000;
  delay = MIN ((gint64) self->delay_ms, MAX (0, CT_SESSION_AUTOSAVE_MAX_MS - waited_ms));
  g_clear_handle_id (&self->autosave_id, g_source_remove);
  self->autosave_id = g_timeout_add ((guint) delay, autosave_cb, self);
}

static void
set_save_error (CtSession   *self,
                const char  *message)
{
  g_free (self->save_error);
  self->save_error = g_strdup (message);
}

/* The edits stay in memory and the save is tried again on its own. */
void
ct_session_fail_and_retry (CtSession  *self,
                           const char *message)
{
  set_save_error (self, message);
  ct_session_set_state (self, CT_SAVE_STATE_FAILED);
  g_clear_handle_id (&self->retry_id, g_source_remove);
  self->retry_id = g_timeout_add (CT_SESSION_RETRY_DELAY_MS, retry_cb, self);
}

/* The programme as it is stored now becomes the base of later saves. */
void
ct_session_emit_changed (CtSession *self,
                         gboolean   replaced)
{
  g_signal_emit (self, signals[CHANGED], 0, replaced);
}

void
ct_session_set_base (CtSession   *self,
                     CtProgramme *stored)
{
  g_clear_pointer (&self->base, ct_programme_unref);
  self->base = stored;
}

/* Shows a version that holds another program's changes. The undo history starts again
 * from it: undoing past it would take those changes back without anybody asking. */
void
ct_session_show_programme (CtSession   *self,
                           CtProgramme *programme)
{
  ct_programme_unref (self->programme);
  self->programme = programme;
  g_clear_pointer (&self->history, ct_history_free);
  self->history = ct_history_new (programme, HISTORY_LIMIT);
  notify_history (self);
  g_signal_emit (self, signals[CHANGED], 0, TRUE);
}

/* What the store owns (id, revision, last save) goes to @restored, the programme shown now,
 * from @current, the one the store last wrote or read; an item's iCalendar SEQUENCE never
 * goes down (RFC 5545 §3.8.7.4). Used after a save (an undo may have written an older
 * state meanwhile). */
static void
adopt_store_fields (CtProgramme       *restored,
                    const CtProgramme *current)
{
  restored->id = current->id;
  restored->modified = current->modified;
  restored->revision = current->revision;
  for (guint i = 0; i < restored->sections->len; i++)
    {
      CtSection *section = g_ptr_array_index (restored->sections, i);

      for (guint j = 0; j < section->items->len; j++)
        {
          CtItem *item = g_ptr_array_index (section->items, j);
          CtItem *now = ct_programme_find_item (current, item->uuid, NULL);

          if (now != NULL)
            item->sequence = MAX (item->sequence, now->sequence);
        }
    }
}

static void
save_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(CtSession) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(CtProgramme) saved = g_steal_pointer (&self->saving_copy);

  self->saving = FALSE;
  if (!ct_store_save_programme_finish (CT_STORE (object), result, &error))
    {
      g_debug ("Autosave failed: %s", error->message);
      if (g_error_matches (error, CT_STORE_ERROR, CT_STORE_ERROR_CONFLICT))
        ct_session_handle_conflict (self);
      else if (g_error_matches (error, CT_STORE_ERROR, CT_STORE_ERROR_NOT_FOUND))
        ct_session_set_state (self, CT_SAVE_STATE_DELETED);
      else
        ct_session_fail_and_retry (self, error->message);
      return;
    }
  adopt_store_fields (self->programme, saved);
  ct_session_set_base (self, g_steal_pointer (&saved));
  self->saved_gen = MAX (self->saved_gen, self->saving_gen);
  g_clear_pointer (&self->save_error, g_free);
  if (self->edit_gen != self->saved_gen)
    {
      ct_session_set_state (self, CT_SAVE_STATE_MODIFIED);
      schedule_autosave (self);
    }
  else
    ct_session_set_state (self, CT_SAVE_STATE_SAVED);
}

/* The undo step is written into the live programme, whose objects the views keep showing
 * where they still stand (#CtSession::restored). */
static void
replace_programme (CtSession   *self,
                   CtProgramme *restored)
{
  ct_programme_restore (self->programme, restored);
  ct_programme_unref (restored);
  ct_session_refresh_conflict (self);
  self->edit_gen++;
  if (self->save_state == CT_SAVE_STATE_SAVED || self->save_state == CT_SAVE_STATE_SAVING)
    ct_session_set_state (self, CT_SAVE_STATE_MODIFIED);
  schedule_autosave (self);
  notify_history (self);
  g_signal_emit (self, signals[RESTORED], 0);
  g_signal_emit (self, signals[CHANGED], 0, FALSE);
}

static void
ct_session_dispose (GObject *object)
{
  CtSession *self = CT_SESSION (object);

  g_clear_handle_id (&self->autosave_id, g_source_remove);
  g_clear_handle_id (&self->retry_id, g_source_remove);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ct_session_parent_class)->dispose (object);
}

static void
ct_session_finalize (GObject *object)
{
  CtSession *self = CT_SESSION (object);

  g_clear_pointer (&self->programme, ct_programme_unref);
  g_clear_pointer (&self->base, ct_programme_unref);
  g_clear_pointer (&self->saving_copy, ct_programme_unref);
  ct_session_end_conflict (self);
  g_clear_pointer (&self->history, ct_history_free);
  g_clear_pointer (&self->save_error, g_free);

  G_OBJECT_CLASS (ct_session_parent_class)->finalize (object);
}

static void
ct_session_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  CtSession *self = CT_SESSION (object);

  switch (prop_id)
    {
    case PROP_SAVE_STATE:
      g_value_set_enum (value, self->save_state);
      break;
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, ct_session_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, ct_session_can_redo (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ct_session_class_init (CtSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ct_session_dispose;
  object_class->finalize = ct_session_finalize;
  object_class->get_property = ct_session_get_property;

  properties[PROP_SAVE_STATE] =
    g_param_spec_enum ("save-state", NULL, NULL, CT_TYPE_SAVE_STATE, CT_SAVE_STATE_SAVED,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CtSession::changed:
   * @replaced: %TRUE when the programme object itself was replaced (a version saved by
   *   another program shown): views must be rebuilt from ct_session_get_programme();
   *   %FALSE after an edit in place, or an undo or redo (#CtSession::restored comes
   *   first)
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_BOOLEAN);
  /**
   * CtSession::restored:
   *
   * An undo or redo was written into the live programme (ct_programme_restore()): its
   * objects keep their addresses where they still stand, others were added or removed.
   * Views show the programme again, keeping what still stands. #CtSession::changed
   * follows, with @replaced %FALSE.
   */
  signals[RESTORED] = g_signal_new ("restored", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
ct_session_init (CtSession *self)
{
  self->delay_ms = CT_SESSION_AUTOSAVE_DELAY_MS;
}

/**
 * ct_session_new:
 * @store: the store the programme lives in
 * @programme: (transfer none): the programme being edited, already saved once (its id is
 *   not 0); the session edits this very object
 *
 * An editing session: the live programme, its undo history and its autosave. Edits are
 * made in place on ct_session_get_programme() and then announced with
 * ct_session_edited(); the programme is written within %CT_SESSION_AUTOSAVE_DELAY_MS
 * of the last edit, in a worker thread. Text is written NFC by the store: the session
 * never rewrites what the user is typing.
 *
 * Returns: (transfer full): a new session
 */
CtSession *
ct_session_new (CtStore     *store,
                CtProgramme *programme)
{
  CtSession *self;

  g_return_val_if_fail (CT_IS_STORE (store), NULL);
  g_return_val_if_fail (programme != NULL, NULL);

  self = g_object_new (CT_TYPE_SESSION, NULL);
  self->store = g_object_ref (store);
  self->programme = ct_programme_ref (programme);
  self->base = ct_programme_copy (programme);
  self->history = ct_history_new (programme, HISTORY_LIMIT);
  return self;
}

/**
 * ct_session_get_store:
 * @self: a session
 *
 * Returns: (transfer none): the store
 */
CtStore *
ct_session_get_store (CtSession *self)
{
  g_return_val_if_fail (CT_IS_SESSION (self), NULL);
  return self->store;
}

/**
 * ct_session_get_programme:
 * @self: a session
 *
 * The live programme. Undo and redo replace it with another object (see
 * #CtSession::changed), so do not keep the pointer across main-loop iterations.
 *
 * Returns: (transfer none): the programme being edited
 */
CtProgramme *
ct_session_get_programme (CtSession *self)
{
  g_return_val_if_fail (CT_IS_SESSION (self), NULL);
  return self->programme;
}

/**
 * ct_session_edited:
 * @self: a session
 * @merge_key: (nullable): the field edited (see ct_history_record()); %NULL for a
 *   structural change (add, remove, move), which is always an undo step of its own
 *
 * Announces an edit made in place: records an undo step, (re)starts the autosave timer and
 * emits #CtSession::changed.
 */
void
ct_session_edited (CtSession  *self,
                   const char *merge_key)
{
  g_return_if_fail (CT_IS_SESSION (self));

  self->edit_gen++;
  ct_history_record (self->history, self->programme, merge_key);
  notify_history (self);
  if (self->save_state == CT_SAVE_STATE_SAVED)
    ct_session_set_state (self, CT_SAVE_STATE_MODIFIED);
  ct_session_refresh_conflict (self);
  schedule_autosave (self);
  g_signal_emit (self, signals[CHANGED], 0, FALSE);
}

/**
 * ct_session_break_merge:
 * @self: a session
 *
 * Ends the current run of merged edits (the focus left a field).
 */
void
ct_session_break_merge (CtSession *self)
{
  g_return_if_fail (CT_IS_SESSION (self));
  ct_history_break_merge (self->history);
}

/**
 * ct_session_undo:
 * @self: a session
 *
 * Goes back one step, written into the live programme (#CtSession::restored).
 *
 * Returns: %TRUE if there was a step to undo
 */
gboolean
ct_session_undo (CtSession *self)
{
  CtProgramme *state;

  g_return_val_if_fail (CT_IS_SESSION (self), FALSE);

  state = ct_history_undo (self->history);
  if (state == NULL)
    return FALSE;
  replace_programme (self, state);
  return TRUE;
}

/**
 * ct_session_redo:
 * @self: a session
 *
 * Restores the step undone last, as ct_session_undo() does.
 *
 * Returns: %TRUE if there was a step to redo
 */
gboolean
ct_session_redo (CtSession *self)
{
  CtProgramme *state;

  g_return_val_if_fail (CT_IS_SESSION (self), FALSE);

  state = ct_history_redo (self->history);
  if (state == NULL)
    return FALSE;
  replace_programme (self, state);
  return TRUE;
}

/**
 * ct_session_can_undo:
 * @self: a session
 *
 * Returns: whether ct_session_undo() would do something
 */
gboolean
ct_session_can_undo (CtSession *self)
{
  g_return_val_if_fail (CT_IS_SESSION (self), FALSE);
  return ct_history_can_undo (self->history);
}

/**
 * ct_session_can_redo:
 * @self: a session
 *
 * Returns: whether ct_session_redo() would do something
 */
gboolean
ct_session_can_redo (CtSession *self)
{
  g_return_val_if_fail (CT_IS_SESSION (self), FALSE);
  return ct_history_can_redo (self->history);
}

/**
 * ct_session_get_save_state:
 * @self: a session
 *
 * Returns: whether the programme is saved, waiting, being saved or failed to save
 */
CtSaveState
ct_session_get_save_state (CtSession *self)
{
  g_return_val_if_fail (CT_IS_SESSION (self), CT_SAVE_STATE_SAVED);
  return self->save_state;
}

/**
 * ct_session_get_save_error:
 * @self: a session
 *
 * Returns: (nullable): the translated reason of the last failed save, %NULL once a save
 *   succeeded
 */
const char *
ct_session_get_save_error (CtSession *self)
{
  g_return_val_if_fail (CT_IS_SESSION (self), NULL);
  return self->save_error;
}

/**
 * ct_session_save:
 * @self: a session
 *
 * Starts saving now, in a worker thread, if anything is unsaved (Ctrl+S, focus change,
 * retry). Does nothing while a save already runs: its end starts the next one when edits
 * came in meanwhile.
 */
void
ct_session_save (CtSession *self)
{
  g_return_if_fail (CT_IS_SESSION (self));

  g_clear_handle_id (&self->autosave_id, g_source_remove);
  if (self->saving || self->save_state == CT_SAVE_STATE_CONFLICT ||
      self->save_state == CT_SAVE_STATE_DELETED)
    return;
  g_clear_handle_id (&self->retry_id, g_source_remove);
  if (self->edit_gen == self->saved_gen)
    {
      ct_session_set_state (self, CT_SAVE_STATE_SAVED);
      return;
    }
  self->saving = TRUE;
  self->saving_gen = self->edit_gen;
  self->dirty_since = 0;
  g_clear_pointer (&self->saving_copy, ct_programme_unref);
  self->saving_copy = ct_programme_copy (self->programme);
  ct_session_set_state (self, CT_SAVE_STATE_SAVING);
  ct_store_save_programme_async (self->store, self->saving_copy, NULL, save_cb,
                                 g_object_ref (self));
}

static gboolean
waiting (CtSession *self)
{
  return self->save_state == CT_SAVE_STATE_CONFLICT ||
         self->save_state == CT_SAVE_STATE_DELETED;
}

/* Saves synchronously. When another program saved the programme meanwhile, what does
 * not overlap is merged and saved; what overlaps goes to ct_session_settle_waiting(). */
static gboolean
save_now (CtSession  *self,
          gboolean    closing,
          GError    **error)
{
  g_autoptr(GError) local = NULL;
  g_autoptr(CtProgramme) snapshot = ct_programme_copy (self->programme);

  if (!ct_store_save_programme (self->store, self->programme, &local))
    {
      if (g_error_matches (local, CT_STORE_ERROR, CT_STORE_ERROR_NOT_FOUND))
        ct_session_set_state (self, CT_SAVE_STATE_DELETED);
      else if (g_error_matches (local, CT_STORE_ERROR, CT_STORE_ERROR_CONFLICT))
        ct_session_handle_conflict (self);
      else
        {
          g_propagate_error (error, g_steal_pointer (&local));
          return FALSE;
        }
      if (waiting (self))
        return ct_session_settle_waiting (self, closing, error);
      while (self->saving)
        g_main_context_iteration (NULL, TRUE);
      return self->edit_gen == self->saved_gen || save_now (self, closing, error);
    }
  snapshot->revision = self->programme->revision;
  ct_session_set_base (self, g_steal_pointer (&snapshot));
  self->saved_gen = self->edit_gen;
  g_clear_pointer (&self->save_error, g_free);
  ct_session_set_state (self, CT_SAVE_STATE_SAVED);
  return TRUE;
}

static gboolean
save_sync (CtSession  *self,
           gboolean    closing,
           GError    **error)
{
  g_clear_handle_id (&self->autosave_id, g_source_remove);
  /* A save under way must end first: its revision is what the next save is based on. */
  while (self->saving)
    g_main_context_iteration (NULL, TRUE);
  if (self->edit_gen == self->saved_gen)
    return TRUE;
  if (waiting (self))
    return ct_session_settle_waiting (self, closing, error);
  if (!save_now (self, closing, error))
    {
      if (!waiting (self))
        {
          set_save_error (self, error && *error ? (*error)->message : "");
          ct_session_set_state (self, CT_SAVE_STATE_FAILED);
        }
      return FALSE;
    }
  return TRUE;
}

/**
 * ct_session_save_now:
 * @self: a session
 * @error: return location for a #CT_STORE_ERROR
 *
 * Saves synchronously whatever is unsaved, before the window shows another programme.
 * While a conflict waits or the programme was deleted elsewhere, refuses (with
 * %CT_STORE_ERROR_CONFLICT or %CT_STORE_ERROR_NOT_FOUND and what to do first): those are
 * for the user to decide.
 *
 * Returns: %TRUE when everything is in the database
 */
gboolean
ct_session_save_now (CtSession  *self,
                     GError    **error)
{
  g_return_val_if_fail (CT_IS_SESSION (self), FALSE);
  return save_sync (self, FALSE, error);
}

/**
 * ct_session_flush:
 * @self: a session
 * @error: return location for a #CT_STORE_ERROR
 *
 * Saves synchronously whatever is unsaved, for the moments the main loop will not run
 * again (application quit). Nothing typed is dropped: edits waiting on a conflict are
 * kept as a separate programme (ct_session_keep_copy()), edits to a programme deleted
 * elsewhere are saved anew (ct_session_restore()).
 *
 * Returns: %TRUE when everything is in the database
 */
gboolean
ct_session_flush (CtSession  *self,
                  GError    **error)
{
  g_return_val_if_fail (CT_IS_SESSION (self), FALSE);
  return save_sync (self, TRUE, error);
}

/**
 * ct_session_set_autosave_delay:
 * @self: a session
 * @milliseconds: time between the last edit and the autosave
 *
 * Changes the autosave delay (tests shorten it).
 */
void
ct_session_set_autosave_delay (CtSession *self,
                               guint      milliseconds)
{
  g_return_if_fail (CT_IS_SESSION (self));
  self->delay_ms = milliseconds;
}

