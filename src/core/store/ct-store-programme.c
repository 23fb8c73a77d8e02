/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ct-date-time.h"
#include "ct-format.h"
#include "ct-store-private.h"
#include "ct-text.h"

/* ------------------------------------------------------------------ load */

static gboolean
load_programme_row (CtStore      *self,
                    CtProgramme  *p,
                    GError      **error)
{
  g_autoptr(CtCachedStatement) stmt = NULL;
  int rc;

  static const char sql[] =
    "SELECT style, superior_body, issuing_body, number, kind_code, body_code, place_name, "
    "issue_date, period_kind, period_year, period_index, subtitle, status, introduction, "
    "archive_line, signer_title, signer_name, modified, revision FROM programmes WHERE id = ?";

  stmt = ct_store_prepare_cached (self, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, p->id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return ct_store_set_not_found (p->id, error);
  if (rc != SQLITE_ROW)
    return ct_store_set_error (self, rc, error);

  p->style = sqlite3_column_int (stmt, 0);
  p->superior_body = ct_store_column_dup (stmt, 1);
  p->issuing_body = ct_store_column_dup (stmt, 2);
  p->number = sqlite3_column_int (stmt, 3);
  g_free (p->kind_code);
  p->kind_code = ct_store_column_dup (stmt, 4);
  p->body_code = ct_store_column_dup (stmt, 5);
  p->place_name = ct_store_column_dup (stmt, 6);
  ct_date_parse_iso (ct_store_column_text (stmt, 7), &p->issue_date);
  p->period_kind = sqlite3_column_int (stmt, 8);
  p->period_year = sqlite3_column_int (stmt, 9);
  p->period_index = sqlite3_column_int (stmt, 10);
  p->subtitle = ct_store_column_dup (stmt, 11);
  p->status = sqlite3_column_int (stmt, 12);
  p->introduction = ct_store_column_dup (stmt, 13);
  p->archive_line = ct_store_column_dup (stmt, 14);
  p->signer_title = ct_store_column_dup (stmt, 15);
  p->signer_name = ct_store_column_dup (stmt, 16);
  p->modified = sqlite3_column_int64 (stmt, 17);
  p->revision = sqlite3_column_int64 (stmt, 18);
  return TRUE;
}

gboolean
ct_store_load_signer_authorities (CtStore      *self,
                                  CtProgramme  *p,
                                  GError      **error)
{
  g_autoptr(CtCachedStatement) stmt = NULL;
  int rc;

  stmt = ct_store_prepare_cached (self, "SELECT authority, body FROM signer_authorities "
                                        "WHERE programme_id = ? ORDER BY position", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, p->id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    ct_programme_add_signer_authority (p, sqlite3_column_int (stmt, 0),
                                       ct_store_column_text (stmt, 1));
  if (rc != SQLITE_DONE)
    return ct_store_set_error (self, rc, error);
  return TRUE;
}

gboolean
ct_store_load_recipients (CtStore      *self,
                          CtProgramme  *p,
                          GError      **error)
{
  g_autoptr(CtCachedStatement) stmt = NULL;
  int rc;

  stmt = ct_store_prepare_cached (self, "SELECT text, purpose FROM recipients "
                                        "WHERE programme_id = ? ORDER BY position", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, p->id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    ct_programme_add_recipient (p, ct_store_column_text (stmt, 0), ct_store_column_text (stmt, 1));
  if (rc != SQLITE_DONE)
    return ct_store_set_error (self, rc, error);
  return TRUE;
}

static void
read_item_row (sqlite3_stmt *items,
               CtItem       *item)
{
  g_free (item->uuid);
  item->uuid = ct_store_column_dup (items, 2);
  item->title = ct_store_column_dup (items, 4);
  ct_date_parse_iso (ct_store_column_text (items, 5), &item->start_date);
  ct_date_parse_iso (ct_store_column_text (items, 6), &item->end_date);
  item->day_part = sqlite3_column_int (items, 7);
  item->start_minute = sqlite3_column_int (items, 8);
  item->end_minute = sqlite3_column_int (items, 9);
  item->tentative = sqlite3_column_int (items, 10) != 0;
  item->weekdays = sqlite3_column_int (items, 11);
  ct_store_exceptions_from_text (ct_store_column_text (items, 12), item);
  item->sequence = sqlite3_column_int (items, 13);
  item->vague_when = ct_store_column_dup (items, 14);
  item->recurrence = sqlite3_column_int (items, 15);
  item->month_day = sqlite3_column_int (items, 16);
  item->month_week = sqlite3_column_int (items, 17);
  for (guint i = 0; i < G_N_ELEMENTS (ct_item_text_fields); i++)
    ct_item_set_text_field (item, &ct_item_text_fields[i],
                            ct_store_column_text (items, 18 + i));
  item->source_uuid = ct_store_column_dup (items, 18 + CT_ITEM_N_TEXT_FIELDS);
  item->postponed = sqlite3_column_int (items, 19 + CT_ITEM_N_TEXT_FIELDS) != 0;
  item->ics_uid = ct_store_column_dup (items, 20 + CT_ITEM_N_TEXT_FIELDS);
}

/* Sub-points of the agenda items of programme @p, attached through an id → agenda map. */
static gboolean
load_subpoints (CtStore      *self,
                CtProgramme  *p,
                GHashTable   *agenda_by_id,
                GError      **error)
{
  g_autoptr(CtCachedStatement) stmt = NULL;
  int rc;

  stmt = ct_store_prepare_cached (self, "SELECT x.agenda_item_id, x.text "
                                        "FROM agenda_subpoints x "
                                        "JOIN agenda_items a ON a.id = x.agenda_item_id "
                                        "JOIN items i ON i.id = a.item_id "
                                        "JOIN sections s ON s.id = i.section_id "
                                        "WHERE s.programme_id = ? "
                                        "ORDER BY x.agenda_item_id, x.position", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, p->id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      ct_agenda_item_add_subpoint (g_hash_table_lookup (agenda_by_id, &id),
                                   ct_store_column_text (stmt, 1));
    }
  if (rc != SQLITE_DONE)
    return ct_store_set_error (self, rc, error);
  return TRUE;
}

/* Loads sections and items with one query per table (not per item) and attaches
 * paragraphs and agenda items through an id → item map. */
gboolean
ct_store_load_sections (CtStore      *self,
                        CtProgramme  *p,
                        GError      **error)
{
  g_autoptr(CtCachedStatement) sections = NULL;
  g_autoptr(CtCachedStatement) items = NULL;
  g_autoptr(CtCachedStatement) paragraphs = NULL;
  g_autoptr(CtCachedStatement) agenda = NULL;
  g_autoptr(GHashTable) section_by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) item_by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                            g_free, NULL);
  g_autoptr(GHashTable) agenda_by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                              g_free, NULL);
  g_autoptr(GArray) section_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  int rc;

  static const char sections_sql[] =
    "SELECT id, title FROM sections WHERE programme_id = ?1 ORDER BY position";
  static const char items_sql[] =
    "SELECT i.id, i.section_id, i.uuid, i.kind, i.title, i.start_date, i.end_date, i.day_part, "
    "i.start_minute, i.end_minute, i.tentative, i.weekdays, i.exceptions, i.sequence, "
    "i.vague_when, i.recurrence, i.month_day, i.month_week, "
    /* in the order of ct_item_text_fields */
    "i.chair, i.attending_leaders, i.participants, i.location, i.preparing_unit, i.lead_unit, "
    "i.cooperating_units, i.accompanying_officer, i.note, i.source_uuid, i.postponed, "
    "i.ics_uid "
    "FROM items i JOIN sections s ON s.id = i.section_id "
    "WHERE s.programme_id = ?1 ORDER BY i.section_id, i.position";
  static const char paragraphs_sql[] =
    "SELECT p.item_id, p.text FROM paragraphs p JOIN items i ON i.id = p.item_id "
    "JOIN sections s ON s.id = i.section_id "
    "WHERE s.programme_id = ?1 ORDER BY p.item_id, p.position";
  static const char agenda_sql[] =
    "SELECT a.item_id, a.text, u.name, a.id FROM agenda_items a JOIN items i ON i.id = a.item_id "
    "JOIN sections s ON s.id = i.section_id LEFT JOIN units u ON u.id = a.unit_id "
    "WHERE s.programme_id = ?1 ORDER BY a.item_id, a.position";

  sections = ct_store_prepare_cached (self, sections_sql, error);
  items = ct_store_prepare_cached (self, items_sql, error);
  paragraphs = ct_store_prepare_cached (self, paragraphs_sql, error);
  agenda = ct_store_prepare_cached (self, agenda_sql, error);
  if (!sections || !items || !paragraphs || !agenda)
    return FALSE;

  sqlite3_bind_int64 (sections, 1, p->id);
  while ((rc = sqlite3_step (sections)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (sections, 0);

      ct_programme_add_section (p, ct_store_column_text (sections, 1));
      g_array_append_val (section_ids, id);
    }
  if (rc != SQLITE_DONE)
    return ct_store_set_error (self, rc, error);
  /* Index only once the array no longer grows (its elements move when it does). */
  for (guint i = 0; i < section_ids->len; i++)
    g_hash_table_insert (section_by_id, &g_array_index (section_ids, gint64, i),
                         g_ptr_array_index (p->sections, i));

  sqlite3_bind_int64 (items, 1, p->id);
  while ((rc = sqlite3_step (items)) == SQLITE_ROW)
    {
      gint64 section_id = sqlite3_column_int64 (items, 1);
      CtSection *section = g_hash_table_lookup (section_by_id, &section_id);
      CtItem *item = ct_item_new (sqlite3_column_int (items, 3));

      read_item_row (items, item);
      ct_section_add_item (section, item);
      g_hash_table_insert (item_by_id, g_memdup2 (&(gint64) { sqlite3_column_int64 (items, 0) },
                                                  sizeof (gint64)), item);
    }
  if (rc != SQLITE_DONE)
    return ct_store_set_error (self, rc, error);

  sqlite3_bind_int64 (paragraphs, 1, p->id);
  while ((rc = sqlite3_step (paragraphs)) == SQLITE_ROW)
    {
      gint64 item_id = sqlite3_column_int64 (paragraphs, 0);
      ct_item_add_paragraph (g_hash_table_lookup (item_by_id, &item_id),
                             ct_store_column_text (paragraphs, 1));
    }
  if (rc != SQLITE_DONE)
    return ct_store_set_error (self, rc, error);

  sqlite3_bind_int64 (agenda, 1, p->id);
  while ((rc = sqlite3_step (agenda)) == SQLITE_ROW)
    {
      gint64 item_id = sqlite3_column_int64 (agenda, 0);
      CtItem *item = g_hash_table_lookup (item_by_id, &item_id);

      ct_item_add_agenda_item (item, ct_store_column_text (agenda, 1),
                               ct_store_column_text (agenda, 2));
      g_hash_table_insert (agenda_by_id,
                           g_memdup2 (&(gint64) { sqlite3_column_int64 (agenda, 3) },
                                      sizeof (gint64)),
                           g_ptr_array_index (item->agenda, item->agenda->len - 1));
    }
  if (rc != SQLITE_DONE)
    return ct_store_set_error (self, rc, error);
  return load_subpoints (self, p, agenda_by_id, error);
}

/**
 * ct_store_load_programme:
 * @self: a store
 * @id: the programme's id
 * @error: return location for a #CT_STORE_ERROR
 *
 * Reads a whole programme in one read transaction (a consistent snapshot even while
 * another connection writes). A missing id gives %CT_STORE_ERROR_NOT_FOUND.
 *
 * Returns: (transfer full) (nullable): the programme, or %NULL with @error set
 */
CtProgramme *
ct_store_load_programme (CtStore  *self,
                         gint64    id,
                         GError  **error)
{
  g_autoptr(GMutexLocker) locker = NULL;
  g_autoptr(CtProgramme) programme = NULL;
  gboolean ok;

  g_return_val_if_fail (CT_IS_STORE (self), NULL);

  locker = g_mutex_locker_new (ct_store_get_lock (self));
  programme = ct_programme_new ();
  programme->id = id;
  if (!ct_store_exec (self, "BEGIN", error))
    return NULL;
  ok = load_programme_row (self, programme, error) &&
       ct_store_load_sections (self, programme, error) &&
       ct_store_load_recipients (self, programme, error) &&
       ct_store_load_signer_authorities (self, programme, error) &&
       ct_store_load_unread_texts (self, programme, error);
  ct_store_exec (self, ok ? "COMMIT" : "ROLLBACK", NULL);
  return ok ? g_steal_pointer (&programme) : NULL;
}

/* ------------------------------------------------------------------ async */

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  CtProgramme *programme;

  ct_store_wait_for_testing (source_object);
  programme = ct_store_load_programme (source_object, *(gint64 *) task_data, &error);
  if (programme != NULL)
    g_task_return_pointer (task, programme, (GDestroyNotify) ct_programme_unref);
  else
    g_task_return_error (task, error);
}

/**
 * ct_store_load_programme_async:
 * @self: a store
 * @id: the programme's id
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when done
 * @user_data: data for @callback
 *
 * Loads a programme in a worker thread (see ct_store_load_programme()).
 */
void
ct_store_load_programme_async (CtStore             *self,
                               gint64               id,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (CT_IS_STORE (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ct_store_load_programme_async);
  g_task_set_task_data (task, g_memdup2 (&id, sizeof id), g_free);
  g_task_run_in_thread (task, load_thread);
}

/**
 * ct_store_load_programme_finish:
 * @self: a store
 * @result: the #GAsyncResult
 * @error: return location for a #CT_STORE_ERROR
 *
 * Returns: (transfer full) (nullable): the programme, or %NULL with @error set
 */
CtProgramme *
ct_store_load_programme_finish (CtStore       *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
