/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>
#include <locale.h>
#include <sqlite3.h>

#include "ct-check.h"
#include "ct-conflict.h"
#include "ct-file.h"
#include "ct-history.h"
#include "ct-ics.h"
#include "ct-json.h"
#include "ct-programme-edit.h"
#include "ct-programme-restore.h"
#include "fixture-programme.h"
#include "ct-import-text.h"
#include "ct-renderer.h"
#include "ct-session.h"
#include "ct-store-recover.h"
#include "test-util.h"

typedef struct
{
  char *dir;
  char *path;
  CtStore *store;
  CtProgramme *programme;
  /* The other program's connection and version, from edit_elsewhere(). */
  CtStore *other;
  CtProgramme *theirs;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  CtSection *section;

  f->dir = g_dir_make_tmp ("congtac-session-XXXXXX", NULL);
  f->path = g_build_filename (f->dir, "s.db", NULL);
  f->store = ct_store_open (f->path, &error);
  g_assert_no_error (error);
  f->programme = ct_programme_new ();
  ct_programme_set_period (f->programme, CT_PERIOD_KIND_MONTH, 2024, 3);
  f->programme->number = 12;
  section = ct_programme_add_section (f->programme, "Nhiệm vụ trọng tâm");
  ct_section_add_item (section, ct_item_new_task ("Rà soát kế hoạch quý I."));
  g_assert_true (ct_store_save_programme (f->store, f->programme, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_pointer (&f->theirs, ct_programme_unref);
  g_clear_object (&f->other);
  g_clear_pointer (&f->programme, ct_programme_unref);
  /* The worker thread drops its task (and the store with it) shortly after the callback. */
  for (int i = 0; i < 2000 && G_OBJECT (f->store)->ref_count > 1; i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  g_assert_finalize_object (f->store);
  g_unlink (f->path);
  g_rmdir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static void
wait_for_state (CtSession   *session,
                CtSaveState  state)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (ct_session_get_save_state (session) != state && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (ct_session_get_save_state (session), ==, state);
}

/* Changes the place name in this window, as the editor does. */
static void
edit_place_name (CtSession  *session,
                 const char *name)
{
  CtProgramme *mine = ct_session_get_programme (session);

  g_free (mine->place_name);
  mine->place_name = g_strdup (name);
  ct_session_edited (session, "place_name");
}

/* Changes the number in this window, as the editor does. */
static void
edit_number (CtSession *session,
             guint      number)
{
  ct_session_get_programme (session)->number = number;
  ct_session_edited (session, "number");
}

static void
test_history_merge_and_branch (void)
{
  g_autoptr(CtProgramme) p = ct_programme_new ();
  g_autoptr(CtHistory) history = ct_history_new (p, 10);
  g_autoptr(CtProgramme) undone = NULL;
  g_autoptr(CtProgramme) redone = NULL;

  g_assert_false (ct_history_can_undo (history));

  /* Typing "Lục" then "Lục Ngạn" in one field is one step. */
  p->place_name = g_strdup ("Lục");
  ct_history_record (history, p, "place_name");
  g_free (p->place_name);
  p->place_name = g_strdup ("Lục Ngạn");
  ct_history_record (history, p, "place_name");
  g_assert_cmpuint (ct_history_get_length (history), ==, 2);

  p->number = 5;
  ct_history_record (history, p, "number");
  g_assert_cmpuint (ct_history_get_length (history), ==, 3);

  undone = ct_history_undo (history);
  g_assert_cmpuint (undone->number, ==, 0);
  g_assert_cmpstr (undone->place_name, ==, "Lục Ngạn");
  g_clear_pointer (&undone, ct_programme_unref);
  undone = ct_history_undo (history);
  g_assert_null (undone->place_name);
  g_assert_false (ct_history_can_undo (history));
  g_assert_null (ct_history_undo (history));

  redone = ct_history_redo (history);
  g_assert_cmpstr (redone->place_name, ==, "Lục Ngạn");
  g_assert_true (ct_history_can_redo (history));

  /* A new edit after undo drops the redo branch. */
  ct_programme_add_section (redone, "Phần mới");
  ct_history_record (history, redone, NULL);
  g_assert_false (ct_history_can_redo (history));
  g_assert_cmpuint (ct_history_get_length (history), ==, 3);
}

static void
test_history_limit (void)
{
  g_autoptr(CtProgramme) p = ct_programme_new ();
  g_autoptr(CtHistory) history = ct_history_new (p, 3);
  guint steps = 0;

  for (guint i = 1; i <= 5; i++)
    {
      p->number = i;
      ct_history_record (history, p, NULL);
    }
  g_assert_cmpuint (ct_history_get_length (history), ==, 4);
  while (ct_history_can_undo (history))
    {
      g_autoptr(CtProgramme) state = ct_history_undo (history);
      steps++;
      g_assert_cmpuint (state->number, ==, 5 - steps);
    }
  g_assert_cmpuint (steps, ==, 3);
}

static void
test_session_autosave (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(CtSession) session = ct_session_new (f->store, f->programme);
  g_autoptr(CtProgramme) loaded = NULL;
  g_autoptr(GError) error = NULL;
  CtProgramme *p = ct_session_get_programme (session);
  gint64 start;

  ct_session_set_autosave_delay (session, 50);
  g_assert_cmpint (ct_session_get_save_state (session), ==, CT_SAVE_STATE_SAVED);

  /* NFD typed text stays as typed in memory; the store writes NFC. */
  p->place_name = g_strdup ("Lu\xcc\xa3\x63 Nga\xcc\xa3n");
  ct_session_edited (session, "place_name");
  g_assert_cmpint (ct_session_get_save_state (session), ==, CT_SAVE_STATE_MODIFIED);
  g_assert_cmpstr (p->place_name, ==, "Lu\xcc\xa3\x63 Nga\xcc\xa3n");
  start = g_get_monotonic_time ();
  wait_for_state (session, CT_SAVE_STATE_SAVED);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);

  loaded = ct_store_load_programme (f->store, p->id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (loaded->place_name, ==, "Lục Ngạn");

  /* Undo survives the save and is saved in turn. */
  g_assert_true (ct_session_undo (session));
  g_assert_null (ct_session_get_programme (session)->place_name);
  g_assert_cmpint (ct_session_get_programme (session)->id, ==, p->id);
  wait_for_state (session, CT_SAVE_STATE_SAVED);
  g_clear_pointer (&loaded, ct_programme_unref);
  loaded = ct_store_load_programme (f->store, f->programme->id, &error);
  g_assert_null (loaded->place_name);
  g_assert_true (ct_session_redo (session));
  g_assert_true (ct_session_flush (session, &error));
  g_clear_pointer (&loaded, ct_programme_unref);
  loaded = ct_store_load_programme (f->store, f->programme->id, &error);
  g_assert_cmpstr (loaded->place_name, ==, "Lục Ngạn");
}

/* The property is typed: a binding or an inspector sees the state's name. */
static void
test_session_save_state_enum (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(CtSession) session = ct_session_new (f->store, f->programme);
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (session), "save-state");
  g_autoptr(GEnumClass) states = g_type_class_ref (CT_TYPE_SAVE_STATE);
  CtSaveState state = CT_SAVE_STATE_FAILED;

  g_assert_true (G_IS_PARAM_SPEC_ENUM (pspec));
  g_assert_true (pspec->value_type == CT_TYPE_SAVE_STATE);
  ct_session_set_autosave_delay (session, 60 * 1000);
  edit_number (session, 12);
  g_object_get (session, "save-state", &state, NULL);
  g_assert_cmpint (state, ==, CT_SAVE_STATE_MODIFIED);
  g_assert_cmpstr (g_enum_get_value (states, state)->value_nick, ==, "modified");
  g_assert_cmpint (g_enum_get_value_by_nick (states, "conflict")->value, ==,
                   CT_SAVE_STATE_CONFLICT);
}

/* Each layer's public enums have a GType, with the value names of their headers. */
static void
test_enum_types (void)
{
  static const struct { GType (*get_type) (void); int value; const char *nick; } cases[] = {
    { ct_document_style_get_type, CT_DOCUMENT_STYLE_STATE, "state" },
    { ct_period_kind_get_type, CT_PERIOD_KIND_QUARTER, "quarter" },
    { ct_programme_status_get_type, CT_PROGRAMME_STATUS_ISSUED, "issued" },
    { ct_item_kind_get_type, CT_ITEM_RECURRING, "recurring" },
    { ct_day_part_get_type, CT_DAY_PART_ALL_DAY, "all-day" },
    { ct_signing_authority_get_type, CT_SIGNING_AUTHORITY_BY_ORDER, "by-order" },
    { ct_day_kind_get_type, CT_DAY_KIND_WORKING_DAY, "working-day" },
    { ct_file_error_get_type, CT_FILE_ERROR_TOO_LARGE, "too-large" },
    { ct_holidays_error_get_type, CT_HOLIDAYS_ERROR_INVALID, "invalid" },
    { ct_conflict_kind_get_type, CT_CONFLICT_DAY_OFF, "day-off" },
    { ct_check_kind_get_type, CT_CHECK_CHAIR_CLASH, "chair-clash" },
    { ct_renderer_error_get_type, CT_RENDERER_ERROR_FONT_MISSING, "font-missing" },
    { ct_import_error_get_type, CT_IMPORT_ERROR_ENCODING, "encoding" },
    { ct_ics_error_get_type, CT_ICS_ERROR_UNKNOWN_TIMEZONE, "unknown-timezone" },
    { ct_store_error_get_type, CT_STORE_ERROR_READ_ONLY, "read-only" },
    { ct_store_health_get_type, CT_STORE_HEALTH_FOREIGN, "foreign" },
    { ct_save_state_get_type, CT_SAVE_STATE_DELETED, "deleted" },
  };
  g_autoptr(GFlagsClass) weekdays = g_type_class_ref (CT_TYPE_WEEKDAY_MASK);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (cases[i].get_type ());

      g_assert_true (G_IS_ENUM_CLASS (klass));
      g_assert_cmpstr (g_enum_get_value (klass, cases[i].value)->value_nick, ==, cases[i].nick);
    }
  g_assert_true (G_IS_FLAGS_CLASS (weekdays));
  g_assert_cmpuint (g_flags_get_value_by_nick (weekdays, "sunday")->value, ==,
                    CT_WEEKDAY_SUNDAY);
  g_assert_cmpuint (weekdays->mask, ==, 0x7f);
}

static void
test_session_failed_save_kept (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(CtSession) session = ct_session_new (f->store, f->programme);
  g_autoptr(CtProgramme) loaded = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *other = NULL;

  /* Another program holds the write lock: the save fails with a reason and keeps the edit. */
  g_assert_cmpint (sqlite3_open (f->path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "BEGIN EXCLUSIVE", NULL, NULL, NULL), ==, SQLITE_OK);
  ct_store_set_busy_timeout (f->store, 10);
  ct_session_set_autosave_delay (session, 10);

  f->programme->number = 99;
  ct_session_edited (session, "number");
  wait_for_state (session, CT_SAVE_STATE_FAILED);
  g_assert_nonnull (ct_session_get_save_error (session));
  g_assert_cmpuint (ct_session_get_programme (session)->number, ==, 99);

  g_assert_cmpint (sqlite3_exec (other, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (other);
  ct_session_save (session);
  wait_for_state (session, CT_SAVE_STATE_SAVED);
  g_assert_null (ct_session_get_save_error (session));
  loaded = ct_store_load_programme (f->store, f->programme->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (loaded->number, ==, 99);
}

/* Deleted by another program (congtac-cli delete) while open: the next save writes what
 * is on screen again, as a new programme, rather than failing for ever. */
/* Another program deletes the open programme: nothing is resurrected behind the user's
 * back; the edits stay on screen until Restore saves them as a new programme. */
static void
test_session_deleted_elsewhere (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(CtSession) session = ct_session_new (f->store, f->programme);
  g_autoptr(CtProgramme) loaded = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  gint64 old_id = f->programme->id;

  ct_session_set_autosave_delay (session, 10);
  g_assert_true (ct_store_delete_programme (f->store, old_id, &error));
  g_assert_no_error (error);
  edit_number (session, 13);
  wait_for_state (session, CT_SAVE_STATE_DELETED);
  list = ct_store_list_programmes (f->store, NULL, &error);
  g_assert_cmpuint (list->len, ==, 0);
  g_assert_cmpuint (ct_session_get_programme (session)->number, ==, 13);

  g_assert_true (ct_session_restore (session, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ct_session_get_save_state (session), ==, CT_SAVE_STATE_SAVED);
  g_assert_cmpint (ct_session_get_programme (session)->id, >, 0);
  loaded = ct_store_load_programme (f->store, ct_session_get_programme (session)->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (loaded->number, ==, 13);
  g_assert_cmpuint (ct_programme_count_items (loaded), ==, 1);
}

/* The other program: a second connection to the same file, as congtac-cli or another
 * window's process has. */
static void
edit_elsewhere (Fixture    *f,
                const char *place_name,
                const char *kind_code)
{
  g_autoptr(GError) error = NULL;
  CtProgramme *p;

  f->other = ct_store_open (f->path, &error);
  g_assert_no_error (error);
  p = f->theirs = ct_store_load_programme (f->other, f->programme->id, &error);
  g_assert_no_error (error);
  if (place_name != NULL)
    {
      g_free (p->place_name);
      p->place_name = g_strdup (place_name);
    }
  if (kind_code != NULL)
    {
      g_free (p->kind_code);
      p->kind_code = g_strdup (kind_code);
    }
  g_assert_true (ct_store_save_programme (f->other, p, &error));
  g_assert_no_error (error);
}

static void
test_store_stale_save_refused (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(CtProgramme) loaded = NULL;
  g_autoptr(GError) error = NULL;

  edit_elsewhere (f, "Lam Sơn", NULL);
  g_assert_cmpint (f->programme->revision, ==, 1);
  g_assert_cmpint (f->theirs->revision, ==, 2);
  f->programme->number = 99;
  g_assert_false (ct_store_save_programme (f->store, f->programme, &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_CONFLICT);
  loaded = ct_store_load_programme (f->store, f->programme->id, NULL);
  g_assert_cmpstr (loaded->place_name, ==, "Lam Sơn");
  g_assert_cmpuint (loaded->number, ==, 12);
  g_assert_cmpint (loaded->revision, ==, 2);
  g_assert_finalize_object (g_steal_pointer (&f->other));
}

/* Window A edits the place name while B (another process) edits the kind code: both
 * edits are kept. */
static void
test_session_merges_other_writer (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(CtSession) session = ct_session_new (f->store, f->programme);
  g_autoptr(CtProgramme) loaded = NULL;

  ct_session_set_autosave_delay (session, 10);
  edit_elsewhere (f, NULL, "KH");
  edit_place_name (session, "Thanh Hà");
  wait_for_state (session, CT_SAVE_STATE_SAVED);

  loaded = ct_store_load_programme (f->other, f->programme->id, NULL);
  g_assert_cmpstr (loaded->place_name, ==, "Thanh Hà");
  g_assert_cmpstr (loaded->kind_code, ==, "KH");
  g_assert_cmpint (loaded->revision, ==, 3);
  g_assert_cmpstr (ct_session_get_programme (session)->kind_code, ==, "KH");
}

/* Both change the place name: the save waits for a choice, showing both values; choosing
 * this window's value keeps the other program's other edits. */
static void
test_session_conflict_asks (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(CtSession) session = ct_session_new (f->store, f->programme);
  g_autoptr(CtProgramme) loaded = NULL;
  CtMergeConflict *conflict;
  GPtrArray *conflicts;

  ct_session_set_autosave_delay (session, 10);
  edit_elsewhere (f, "Lam Sơn", "KH");
  edit_place_name (session, "Thanh Hà");
  wait_for_state (session, CT_SAVE_STATE_CONFLICT);

  conflicts = ct_merge_get_conflicts (ct_session_get_conflict (session));
  g_assert_cmpuint (conflicts->len, ==, 1);
  conflict = conflicts->pdata[0];
  g_assert_cmpstr (conflict->label, ==, "Place Name");
  g_assert_cmpstr (conflict->mine, ==, "Thanh Hà");
  g_assert_cmpstr (conflict->theirs, ==, "Lam Sơn");
  /* Nothing was written over the other program's version meanwhile. */
  loaded = ct_store_load_programme (f->other, f->programme->id, NULL);
  g_assert_cmpstr (loaded->place_name, ==, "Lam Sơn");
  g_clear_pointer (&loaded, ct_programme_unref);

  /* Showing another programme does not settle the question behind the user's back. */
  g_assert_false (ct_session_save_now (session, &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_CONFLICT);
  g_assert_cmpint (ct_session_get_save_state (session), ==, CT_SAVE_STATE_CONFLICT);
  list = ct_store_list_programmes (f->store, NULL, NULL);
  g_assert_cmpuint (list->len, ==, 1);

  /* Typing, undo and redo go on while the question waits: it is about what is shown. */
  ct_session_break_merge (session);
  edit_place_name (session, "Thanh Hà Đông");
  conflicts = ct_merge_get_conflicts (ct_session_get_conflict (session));
  conflict = conflicts->pdata[0];
  g_assert_cmpstr (conflict->mine, ==, "Thanh Hà Đông");
  g_assert_true (ct_session_undo (session));
  conflict = ct_merge_get_conflicts (ct_session_get_conflict (session))->pdata[0];
  g_assert_cmpstr (conflict->mine, ==, "Thanh Hà");
  g_assert_true (ct_session_redo (session));
  conflict = ct_merge_get_conflicts (ct_session_get_conflict (session))->pdata[0];
  g_assert_cmpstr (conflict->mine, ==, "Thanh Hà Đông");
  g_assert_true (conflict->take_mine);
  ct_session_resolve_conflict (session);
  wait_for_state (session, CT_SAVE_STATE_SAVED);
  loaded = ct_store_load_programme (f->other, f->programme->id, NULL);
  g_assert_cmpstr (loaded->place_name, ==, "Thanh Hà Đông");
  g_assert_cmpstr (loaded->kind_code, ==, "KH");
  /* Undo cannot take back the other program's edit. */
  g_assert_false (ct_session_can_undo (session));
}

/* Closing with a conflict undecided keeps this window's version as a separate programme. */
static void
test_session_flush_keeps_copy (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(CtSession) session = ct_session_new (f->store, f->programme);
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  gboolean found_mine = FALSE, found_theirs = FALSE;

  edit_elsewhere (f, "Lam Sơn", NULL);
  edit_place_name (session, "Thanh Hà");
  g_assert_true (ct_session_flush (session, &error));
  g_assert_no_error (error);

  list = ct_store_list_programmes (f->store, NULL, &error);
  g_assert_cmpuint (list->len, ==, 2);
  for (guint i = 0; i < list->len; i++)
    {
      CtProgrammeSummary *summary = list->pdata[i];
      g_autoptr(CtProgramme) p = ct_store_load_programme (f->store, summary->id, NULL);

      found_mine |= g_strcmp0 (p->place_name, "Thanh Hà") == 0 && p->id != f->programme->id &&
                    p->number == 0;
      found_theirs |= g_strcmp0 (p->place_name, "Lam Sơn") == 0 && p->id == f->programme->id;
      g_assert_cmpuint (ct_programme_count_items (p), ==, 1);
    }
  g_assert_true (found_mine);
  g_assert_true (found_theirs);
}

/* Without unsaved edits, a change saved elsewhere is shown here. */
static void
test_session_reloads_external (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(CtSession) session = ct_session_new (f->store, f->programme);
  guint64 version = ct_store_get_data_version (f->store);

  edit_elsewhere (f, "Lam Sơn", NULL);
  g_assert_cmpuint (ct_store_get_data_version (f->store), !=, version);
  ct_session_check_external (session);
  g_assert_cmpstr (ct_session_get_programme (session)->place_name, ==, "Lam Sơn");
  g_assert_cmpint (ct_session_get_programme (session)->revision, ==, 2);
  g_assert_cmpint (ct_session_get_save_state (session), ==, CT_SAVE_STATE_SAVED);
  g_assert_false (ct_session_can_undo (session));

  g_assert_true (ct_store_delete_programme (f->other, f->programme->id, NULL));
  ct_session_check_external (session);
  g_assert_cmpint (ct_session_get_save_state (session), ==, CT_SAVE_STATE_DELETED);
}

static gboolean
edit_cb (gpointer user_data)
{
  CtSession *session = user_data;

  ct_session_get_programme (session)->number++;
  ct_session_edited (session, "number");
  return G_SOURCE_CONTINUE;
}

/* Typing without a pause longer than the autosave delay is still saved, at most
 * CT_SESSION_AUTOSAVE_MAX_MS after it began. */
static void
test_session_saves_while_typing (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(CtSession) session = ct_session_new (f->store, f->programme);
  g_autoptr(CtProgramme) loaded = NULL;
  guint edit_id;
  gint64 end;

  ct_session_set_autosave_delay (session, 700);
  edit_id = g_timeout_add (100, edit_cb, session);
  end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (edit_id);
  loaded = ct_store_load_programme (f->store, f->programme->id, NULL);
  /* About 50 edits; saved at least twice (after 2 s and 4 s), never 700 ms after a pause. */
  g_assert_cmpint (loaded->revision, >=, 3);
  g_assert_cmpuint (loaded->number, >, 12);
  g_assert_true (ct_session_flush (session, NULL));
}

static void
note_state_cb (CtSession  *session,
               GParamSpec *pspec,
               gboolean   *conflict_seen)
{
  *conflict_seen |= ct_session_get_save_state (session) == CT_SAVE_STATE_CONFLICT;
}

/* Undo while a save runs: the save's revision goes to the programme shown after the undo,
 * so the next save is no conflict with itself, and redo is still there. */
static void
test_session_undo_during_save (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(CtSession) session = ct_session_new (f->store, f->programme);
  g_autoptr(CtProgramme) loaded = NULL;
  gboolean conflict_seen = FALSE;

  g_signal_connect (session, "notify::save-state", G_CALLBACK (note_state_cb), &conflict_seen);
  ct_session_set_autosave_delay (session, 10);
  ct_store_set_delay_for_testing (f->store, 200);
  edit_number (session, 13);
  ct_session_save (session);
  g_assert_cmpint (ct_session_get_save_state (session), ==, CT_SAVE_STATE_SAVING);
  g_assert_true (ct_session_undo (session));
  wait_for_state (session, CT_SAVE_STATE_SAVED);
  ct_store_set_delay_for_testing (f->store, 0);

  g_assert_false (conflict_seen);
  g_assert_true (ct_session_can_redo (session));
  loaded = ct_store_load_programme (f->store, f->programme->id, NULL);
  g_assert_cmpuint (loaded->number, ==, 12);
  g_assert_cmpint (loaded->revision, ==, 3);
  g_assert_cmpint (ct_session_get_programme (session)->revision, ==, 3);
}

static CtItem *
item_at (CtProgramme *p,
         guint        section,
         guint        index)
{
  return g_ptr_array_index (((CtSection *) g_ptr_array_index (p->sections, section))->items,
                            index);
}

/* An undo step is written into the live objects: every value comes back (the JSON file
 * holds them all), and every object that still stands keeps its address. */
static void
test_restore_in_place (void)
{
  g_autoptr(CtProgramme) live = fixture_programme_state_2025 ();
  g_autoptr(CtProgramme) state = ct_programme_copy (live);
  g_autofree char *expected = ct_programme_to_json (state);
  g_autofree char *after = NULL;
  CtItem *meeting = item_at (live, 0, 0);
  CtAgendaItem *agenda = g_ptr_array_index (meeting->agenda, 0);
  CtRecipient *recipient = g_ptr_array_index (live->recipients, 0);
  CtSignerAuthority *line = g_ptr_array_index (live->signer_authorities, 0);
  char **chair_slot = &meeting->chair;
  GDate day;

  g_assert_true (ct_programme_same_shape (live, state));
  /* Edits of values everywhere, as the form makes them. */
  g_free (live->issuing_body);
  live->issuing_body = g_strdup ("ỦY BAN NHÂN DÂN\nHUYỆN BẾN GIÓ");
  live->number = 99;
  ct_programme_set_period (live, CT_PERIOD_KIND_QUARTER, 2025, 2);
  g_free (((CtSection *) g_ptr_array_index (live->sections, 1))->title);
  ((CtSection *) g_ptr_array_index (live->sections, 1))->title = g_strdup ("Mục khác");
  g_free (meeting->chair);
  meeting->chair = g_strdup ("Phó Chủ tịch Lê Văn Gió");
  meeting->start_minute = 14 * 60;
  g_date_set_dmy (&day, 31, 3, 2025);
  meeting->start_date = day;
  meeting->tentative = !meeting->tentative;
  ct_item_add_paragraph (meeting, "Một đoạn thêm.");
  g_free (agenda->text);
  agenda->text = g_strdup ("Nội dung khác");
  if (agenda->subpoints->len > 0)
    {
      g_free (g_ptr_array_index (agenda->subpoints, 0));
      g_ptr_array_index (agenda->subpoints, 0) = g_strdup ("Tiểu mục khác");
    }
  g_free (recipient->purpose);
  recipient->purpose = g_strdup ("để biết thêm");
  line->authority = CT_SIGNING_AUTHORITY_ACTING;
  g_free (live->signer_name);
  live->signer_name = NULL;

  g_assert_true (ct_programme_same_shape (live, state));
  ct_programme_restore (live, state);
  after = ct_programme_to_json (live);
  g_assert_cmpstr (after, ==, expected);
  g_assert_true (item_at (live, 0, 0) == meeting);
  g_assert_true (g_ptr_array_index (meeting->agenda, 0) == agenda);
  g_assert_true (g_ptr_array_index (live->recipients, 0) == recipient);
  g_assert_true (g_ptr_array_index (live->signer_authorities, 0) == line);
  g_assert_true (&meeting->chair == chair_slot);
  g_assert_cmpstr (meeting->chair, ==, item_at (state, 0, 0)->chair);

  g_clear_pointer (&after, g_free);

  /* Undo of a structural edit: the section removed and the item moved to another section
   * come back; the moved item and the sections that stood are the same objects. */
  {
    g_autoptr(CtProgramme) before = ct_programme_copy (live);
    g_autofree char *expected_before = ct_programme_to_json (before);
    CtSection *first = g_ptr_array_index (live->sections, 0);
    CtItem *moved = item_at (live, 0, 1);
    guint n_sections = live->sections->len;

    g_assert_true (ct_programme_move_item (live, moved->uuid, 1, 0));
    g_ptr_array_remove_index (live->sections, n_sections - 1);
    ct_programme_add_recipient (live, "Lưu hồ sơ", NULL);
    g_assert_false (ct_programme_same_shape (live, before));

    ct_programme_restore (live, before);
    after = ct_programme_to_json (live);
    g_assert_cmpstr (after, ==, expected_before);
    g_assert_cmpuint (live->sections->len, ==, n_sections);
    g_assert_true (g_ptr_array_index (live->sections, 0) == first);
    g_assert_true (item_at (live, 0, 0) == meeting);
    g_assert_true (item_at (live, 0, 1) == moved);
  }
}

static void
count_restored_cb (CtSession *session,
                   guint     *count)
{
  (*count)++;
}

static void
note_replaced_cb (CtSession *session,
                  gboolean   replaced,
                  int       *last)
{
  *last = replaced;
}

/* Undo of a typed value, and of an added section, keeps the programme object and its
 * sections, and announces it as restored. */
static void
test_session_undo_in_place (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(CtSession) session = ct_session_new (f->store, f->programme);
  CtProgramme *live = ct_session_get_programme (session);
  CtSection *section = g_ptr_array_index (live->sections, 0);
  guint restored = 0;
  int replaced = -1;

  g_signal_connect (session, "restored", G_CALLBACK (count_restored_cb), &restored);
  g_signal_connect (session, "changed", G_CALLBACK (note_replaced_cb), &replaced);
  edit_place_name (session, "Đồi Thông");
  edit_number (session, 13);
  g_assert_true (ct_session_undo (session));
  g_assert_true (ct_session_get_programme (session) == live);
  g_assert_true (g_ptr_array_index (live->sections, 0) == section);
  g_assert_cmpuint (live->number, ==, 12);
  g_assert_cmpstr (live->place_name, ==, "Đồi Thông");
  g_assert_cmpuint (restored, ==, 1);
  g_assert_cmpint (replaced, ==, FALSE);
  g_assert_true (ct_session_redo (session));
  g_assert_true (ct_session_get_programme (session) == live);
  g_assert_cmpuint (live->number, ==, 13);
  g_assert_cmpuint (restored, ==, 2);

  ct_programme_add_section (live, "Mục mới");
  ct_session_edited (session, NULL);
  g_assert_cmpuint (live->sections->len, ==, 2);
  g_assert_true (ct_session_undo (session));
  g_assert_true (ct_session_get_programme (session) == live);
  g_assert_cmpuint (live->sections->len, ==, 1);
  g_assert_true (g_ptr_array_index (live->sections, 0) == section);
  g_assert_cmpuint (live->number, ==, 13);
  g_assert_cmpuint (restored, ==, 3);
  g_assert_cmpint (replaced, ==, FALSE);
}

int
main (int    argc,
      char **argv)
{
  ct_test_init (&argc, &argv);
  g_test_add_func ("/history/merge-and-branch", test_history_merge_and_branch);
  g_test_add_func ("/history/limit", test_history_limit);
  CT_TEST_ADD ("/session/autosave", test_session_autosave);
  g_test_add_func ("/core/enum-types", test_enum_types);
  CT_TEST_ADD ("/session/save-state-enum", test_session_save_state_enum);
  CT_TEST_ADD ("/session/failed-save-kept", test_session_failed_save_kept);
  CT_TEST_ADD ("/session/deleted-elsewhere", test_session_deleted_elsewhere);
  CT_TEST_ADD ("/store/stale-save-refused", test_store_stale_save_refused);
  CT_TEST_ADD ("/session/merges-other-writer", test_session_merges_other_writer);
  CT_TEST_ADD ("/session/conflict-asks", test_session_conflict_asks);
  CT_TEST_ADD ("/session/flush-keeps-copy", test_session_flush_keeps_copy);
  CT_TEST_ADD ("/session/reloads-external", test_session_reloads_external);
  CT_TEST_ADD ("/session/saves-while-typing", test_session_saves_while_typing);
  CT_TEST_ADD ("/session/undo-during-save", test_session_undo_during_save);
  g_test_add_func ("/history/restore-in-place", test_restore_in_place);
  CT_TEST_ADD ("/session/undo-in-place", test_session_undo_in_place);
  return g_test_run ();
}
