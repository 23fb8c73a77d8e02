/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-session"

#include "config.h"

#include "ct-history.h"
#include "ct-session.h"

/* Undo steps kept per programme. */
#define HISTORY_LIMIT 200

struct _CtSession
{
  GObject parent_instance;

  CtStore *store;
  CtProgramme *programme;
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
};

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
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
set_save_state (CtSession   *self,
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

static void
schedule_autosave (CtSession *self)
{
  g_clear_handle_id (&self->autosave_id, g_source_remove);
  self->autosave_id = g_timeout_add (self->delay_ms, autosave_cb, self);
}

static void
save_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(CtSession) self = user_data;
  g_autoptr(GError) error = NULL;

  self->saving = FALSE;
  if (!ct_store_save_programme_finish (CT_STORE (object), result, &error) &&
      g_error_matches (error, CT_STORE_ERROR, CT_STORE_ERROR_NOT_FOUND) &&
      self->programme->id != 0)
    {
      /* Another program (congtac-cli delete) removed it while it was open here: what is
       * on screen is saved again as a new programme rather than lost. */
      g_debug ("Programme %" G_GINT64_FORMAT " was deleted elsewhere; saving it anew",
               self->programme->id);
      self->programme->id = 0;
      ct_session_save (self);
      return;
    }
  if (error != NULL)
    {
      g_debug ("Autosave failed: %s", error->message);
      g_free (self->save_error);
      self->save_error = g_strdup (error->message);
      set_save_state (self, CT_SAVE_STATE_FAILED);
      g_clear_handle_id (&self->retry_id, g_source_remove);
      self->retry_id = g_timeout_add (CT_SESSION_RETRY_DELAY_MS, retry_cb, self);
      return;
    }
  self->saved_gen = MAX (self->saved_gen, self->saving_gen);
  g_clear_pointer (&self->save_error, g_free);
  if (self->edit_gen != self->saved_gen)
    {
      set_save_state (self, CT_SAVE_STATE_MODIFIED);
      schedule_autosave (self);
    }
  else
    set_save_state (self, CT_SAVE_STATE_SAVED);
}

/* Undo brings back a snapshot: keep what the store owns (the id) and never lower an
 * item's iCalendar SEQUENCE, which only grows (RFC 5545 §3.8.7.4). */
static void
adopt_store_fields (CtProgramme       *restored,
                    const CtProgramme *current)
{
  restored->id = current->id;
  restored->modified = current->modified;
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
replace_programme (CtSession   *self,
                   CtProgramme *restored)
{
  adopt_store_fields (restored, self->programme);
  ct_programme_unref (self->programme);
  self->programme = restored;
  self->edit_gen++;
  if (self->save_state != CT_SAVE_STATE_FAILED)
    set_save_state (self, CT_SAVE_STATE_MODIFIED);
  schedule_autosave (self);
  notify_history (self);
  g_signal_emit (self, signals[CHANGED], 0, TRUE);
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
      g_value_set_int (value, self->save_state);
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
    g_param_spec_int ("save-state", NULL, NULL, CT_SAVE_STATE_SAVED, CT_SAVE_STATE_FAILED,
                      CT_SAVE_STATE_SAVED, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS |
                      G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CtSession::changed:
   * @replaced: %TRUE when the programme object itself was replaced (undo, redo): views
   *   must be rebuilt from ct_session_get_programme(); %FALSE after an edit in place
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_BOOLEAN);
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
  if (self->save_state != CT_SAVE_STATE_FAILED && !self->saving)
    set_save_state (self, CT_SAVE_STATE_MODIFIED);
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
 * Goes back one step; the programme object is replaced.
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
 * Restores the step undone last; the programme object is replaced.
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
  if (self->saving)
    return;
  g_clear_handle_id (&self->retry_id, g_source_remove);
  if (self->edit_gen == self->saved_gen)
    {
      set_save_state (self, CT_SAVE_STATE_SAVED);
      return;
    }
  self->saving = TRUE;
  self->saving_gen = self->edit_gen;
  set_save_state (self, CT_SAVE_STATE_SAVING);
  ct_store_save_programme_async (self->store, self->programme, NULL, save_cb,
                                 g_object_ref (self));
}

/**
 * ct_session_flush:
 * @self: a session
 * @error: return location for a #CT_STORE_ERROR
 *
 * Saves synchronously whatever is unsaved, for the moments the main loop will not run
 * again (application quit).
 *
 * Returns: %TRUE when everything is in the database
 */
gboolean
ct_session_flush (CtSession  *self,
                  GError    **error)
{
  g_return_val_if_fail (CT_IS_SESSION (self), FALSE);

  g_clear_handle_id (&self->autosave_id, g_source_remove);
  if (self->edit_gen == self->saved_gen && !self->saving)
    return TRUE;
  if (!ct_store_save_programme (self->store, self->programme, error))
    {
      g_free (self->save_error);
      self->save_error = g_strdup (error && *error ? (*error)->message : "");
      set_save_state (self, CT_SAVE_STATE_FAILED);
      return FALSE;
    }
  self->saved_gen = self->edit_gen;
  g_clear_pointer (&self->save_error, g_free);
  set_save_state (self, CT_SAVE_STATE_SAVED);
  return TRUE;
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
