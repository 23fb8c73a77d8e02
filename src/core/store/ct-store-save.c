/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ct-date-time.h"
#include "ct-format.h"
#include "ct-store-private.h"
#include "ct-text.h"

/* Longest text a single field may hold (bytes). Beyond this the input is not a
 * programme field but a mistake (a whole file pasted into a title). */
#define MAX_FIELD_BYTES (1024 * 1024)

typedef struct
{
  CtStore *store;
  sqlite3_stmt *stmt;
  int column;
  GError **error;
  gboolean failed;
} Binder;

/* ------------------------------------------------------------------ helpers */

static Binder
binder_init (CtStore       *store,
             sqlite3_stmt  *stmt,
             GError       **error)
{
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  return (Binder) { store, stmt, 1, error, FALSE };
}

/* Binds text as NFC; NULL stays NULL. */
static void
bind_text (Binder     *b,
           const char *text)
{
  int column = b->column++;

  if (b->failed)
    return;
  if (text == NULL)
    {
      sqlite3_bind_null (b->stmt, column);
      return;
    }
  if (strlen (text) > MAX_FIELD_BYTES)
    {
      g_autofree char *start = g_utf8_substring (text, 0, 40);
      g_set_error (b->error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
                   /* Translators: %s is the start of the text that is too long. */
                   _("A text beginning “%s…” is too long to be saved (more than one million "
                     "characters)."), start);
      b->failed = TRUE;
      return;
    }
  sqlite3_bind_text (b->stmt, column, ct_text_normalize (text), -1, g_free);
}

/* Binds an identifier another program made (a calendar UID) byte for byte, as it must
 * go back to that program; NULL stays NULL. */
static void
bind_identifier (Binder     *b,
                 const char *text)
{
  int column = b->column;

  bind_text (b, text);
  if (text != NULL && !b->failed)
    sqlite3_bind_text (b->stmt, column, text, -1, SQLITE_TRANSIENT);
}

static void
bind_date (Binder      *b,
           const GDate *date)
{
  int column = b->column++;
  char *iso = ct_date_to_iso (date);

  if (iso)
    sqlite3_bind_text (b->stmt, column, iso, -1, g_free);
  else
    sqlite3_bind_null (b->stmt, column);
}

static void
bind_int64 (Binder *b,
            gint64  value)
{
  sqlite3_bind_int64 (b->stmt, b->column++, value);
}

/* Steps a bound statement that returns no row. */
static gboolean
binder_run (Binder *b)
{
  int rc;

  if (b->failed)
    return FALSE;
  rc = sqlite3_step (b->stmt);
  if (rc != SQLITE_DONE)
    return ct_store_set_error (b->store, rc, b->error);
  return TRUE;
}

/* ------------------------------------------------------------------ save */

typedef struct
{
  CtStore *store;
  gint64 programme_id;
  gint64 revision;       /* the revision this save writes */
  GHashTable *old_items; /* uuid → CtItem holding the stored schedule and sequence */
  GArray *sequences;     /* new SEQUENCE per item, in document order */
  sqlite3_stmt *section;
  sqlite3_stmt *item;
  sqlite3_stmt *paragraph;
  sqlite3_stmt *agenda;
  sqlite3_stmt *subpoint;
  sqlite3_stmt *unit_insert;
  sqlite3_stmt *unit_select;
  sqlite3_stmt *recipient;
  sqlite3_stmt *item_update;
} SaveContext;

/* A stored item of the programme being saved, to update its row in place. */
typedef struct
{
  CtItem *item;
  gint64 id;
  guint section;
  guint position;
  gboolean seen;
} StoredItem;



/* The columns of an item row, in the order bind_item_row() binds them; the text
 * attributes in the order of ct_item_text_fields. */
#define ITEM_COLUMNS \
  "section_id, position, uuid, kind, title, start_date, end_date, day_part, start_minute, " \
  "end_minute, tentative, weekdays, exceptions, sequence, vague_when, recurrence, " \
  "month_day, month_week, chair, attending_leaders, participants, location, " \
  "preparing_unit, lead_unit, cooperating_units, accompanying_officer, note, source_uuid, " \
  "postponed, ics_uid"

/* The context's statements belong to the store's cache: they are reset, not finalized. */
static void
save_context_clear (SaveContext *ctx)
{
  g_clear_pointer (&ctx->old_items, g_hash_table_unref);
  g_clear_pointer (&ctx->sequences, g_array_unref);
  g_clear_pointer (&ctx->section, sqlite3_reset);
  g_clear_pointer (&ctx->item, sqlite3_reset);
  g_clear_pointer (&ctx->paragraph, sqlite3_reset);
  g_clear_pointer (&ctx->agenda, sqlite3_reset);
  g_clear_pointer (&ctx->subpoint, sqlite3_reset);
  g_clear_pointer (&ctx->unit_insert, sqlite3_reset);
  g_clear_pointer (&ctx->unit_select, sqlite3_reset);
  g_clear_pointer (&ctx->recipient, sqlite3_reset);
  g_clear_pointer (&ctx->item_update, sqlite3_reset);
}

static gboolean
save_context_prepare (SaveContext  *ctx,
                      GError      **error)
{
  CtStore *s = ctx->store;

  ctx->old_items = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                          (GDestroyNotify) ct_item_unref);
  ctx->sequences = g_array_new (FALSE, FALSE, sizeof (guint));
  return (ctx->section = ct_store_prepare_cached (s, "INSERT INTO sections (programme_id, "
                                                     "position, title) VALUES (?, ?, ?)",
                                                  error)) &&
         (ctx->item = ct_store_prepare_cached (s, "INSERT INTO items (" ITEM_COLUMNS ") VALUES "
                                                  "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,"
                                                  "?,?,?,?,?,?,?,?,?,?,?)", error)) &&
         (ctx->paragraph = ct_store_prepare_cached (s, "INSERT INTO paragraphs (item_id, "
                                                       "position, text) VALUES (?, ?, ?)",
                                                    error)) &&
         (ctx->agenda = ct_store_prepare_cached (s, "INSERT INTO agenda_items (item_id, "
                                                    "position, text, unit_id) "
                                                    "VALUES (?, ?, ?, ?)", error)) &&
         (ctx->subpoint = ct_store_prepare_cached (s, "INSERT INTO agenda_subpoints "
                                                      "(agenda_item_id, position, text) "
                                                      "VALUES (?, ?, ?)", error)) &&
         (ctx->unit_insert = ct_store_prepare_cached (s, "INSERT OR IGNORE INTO units (name, "
                                                         "fold_key) VALUES (?, ?)", error)) &&
         (ctx->unit_select = ct_store_prepare_cached (s, "SELECT id FROM units "
                                                         "WHERE fold_key = ?", error)) &&
         (ctx->recipient = ct_store_prepare_cached (s, "INSERT INTO recipients (programme_id, "
                                                       "position, text, purpose) "
                                                       "VALUES (?, ?, ?, ?)", error)) &&
         (ctx->item_update = ct_store_prepare_cached (s, "UPDATE items SET (" ITEM_COLUMNS
                                                         ") = (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,"
                                                         "?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) WHERE id=?",
                                                      error));
}

static gint64
resolve_unit (SaveContext  *ctx,
              const char   *name,
              GError      **error)
{
  g_autofree char *key = ct_text_fold (name);
  Binder b = binder_init (ctx->store, ctx->unit_insert, error);
  int rc;

  if (*key == '\0')
    return 0;
  bind_text (&b, name);
  bind_text (&b, key);
  if (!binder_run (&b))
    return -1;

  b = binder_init (ctx->store, ctx->unit_select, error);
  bind_text (&b, key);
  rc = sqlite3_step (ctx->unit_select);
  if (rc != SQLITE_ROW)
    {
      ct_store_set_error (ctx->store, rc, error);
      return -1;
    }
  return sqlite3_column_int64 (ctx->unit_select, 0);
}

static gboolean
save_subpoints (SaveContext         *ctx,
                const CtAgendaItem  *agenda,
                gint64               agenda_id,
                GError             **error)
{
  for (guint i = 0; i < agenda->subpoints->len; i++)
    {
      Binder b = binder_init (ctx->store, ctx->subpoint, error);

      bind_int64 (&b, agenda_id);
      bind_int64 (&b, i);
      bind_text (&b, g_ptr_array_index (agenda->subpoints, i));
      if (!binder_run (&b))
        return FALSE;
    }
  return TRUE;
}

static gboolean
save_item_children (SaveContext  *ctx,
                    const CtItem *item,
                    gint64        item_id,
                    GError      **error)
{
  for (guint i = 0; i < item->paragraphs->len; i++)
    {
      Binder b = binder_init (ctx->store, ctx->paragraph, error);

      bind_int64 (&b, item_id);
      bind_int64 (&b, i);
      bind_text (&b, g_ptr_array_index (item->paragraphs, i));
      if (!binder_run (&b))
        return FALSE;
    }
  for (guint i = 0; i < item->agenda->len; i++)
    {
      CtAgendaItem *agenda = g_ptr_array_index (item->agenda, i);
      gint64 unit_id = 0;
      Binder b;

      if (agenda->preparing_unit != NULL &&
          (unit_id = resolve_unit (ctx, agenda->preparing_unit, error)) < 0)
        return FALSE;
      b = binder_init (ctx->store, ctx->agenda, error);
      bind_int64 (&b, item_id);
      bind_int64 (&b, i);
      bind_text (&b, agenda->text);
      if (unit_id > 0)
        bind_int64 (&b, unit_id);
      else
        sqlite3_bind_null (ctx->agenda, b.column++);
      if (!binder_run (&b) ||
          !save_subpoints (ctx, agenda, sqlite3_last_insert_rowid (ct_store_get_db (ctx->store)),
                           error))
        return FALSE;
    }
  return TRUE;
}

/* SEQUENCE rises exactly when date, time, recurrence or location change
 * (RFC 5545 §3.8.7.4), compared with the stored item. */
static guint
next_sequence (SaveContext  *ctx,
               const CtItem *item)
{
  CtItem *old = g_hash_table_lookup (ctx->old_items, item->uuid);
  guint sequence = item->sequence;

  if (old != NULL)
    sequence = MAX (sequence, old->sequence + (ct_item_schedule_equal (old, item) ? 0 : 1));
  g_array_append_val (ctx->sequences, sequence);
  return sequence;
}

/* Binds the columns shared by the item INSERT and UPDATE, in their order. */
static void
bind_item_row (Binder       *b,
               const CtItem *item,
               gint64        section_id,
               guint         position,
               guint         sequence)
{
  g_autofree char *exceptions = ct_store_exceptions_to_text (item->exceptions);

  bind_int64 (b, section_id);
  bind_int64 (b, position);
  bind_text (b, item->uuid);
  bind_int64 (b, item->kind);
  bind_text (b, item->title);
  bind_date (b, &item->start_date);
  bind_date (b, &item->end_date);
  bind_int64 (b, item->day_part);
  bind_int64 (b, item->start_minute);
  bind_int64 (b, item->end_minute);
  bind_int64 (b, item->tentative ? 1 : 0);
  bind_int64 (b, item->weekdays);
  bind_text (b, exceptions);
  bind_int64 (b, sequence);
  bind_text (b, item->vague_when);
  bind_int64 (b, item->recurrence);
  bind_int64 (b, item->month_day);
  bind_int64 (b, item->month_week);
  for (guint i = 0; i < G_N_ELEMENTS (ct_item_text_fields); i++)
    bind_text (b, ct_item_get_text_field (item, &ct_item_text_fields[i]));
  bind_text (b, item->source_uuid);
  bind_int64 (b, item->postponed ? 1 : 0);
  bind_identifier (b, item->ics_uid);
}

static gboolean
insert_item (SaveContext  *ctx,
             const CtItem *item,
             gint64        section_id,
             guint         position,
             GError      **error)
{
  Binder b = binder_init (ctx->store, ctx->item, error);

  bind_item_row (&b, item, section_id, position, next_sequence (ctx, item));
  if (!binder_run (&b))
    return FALSE;
  return save_item_children (ctx, item, sqlite3_last_insert_rowid (ct_store_get_db (ctx->store)),
                             error);
}

static gboolean
exec_with_id (SaveContext  *ctx,
              const char   *sql,
              gint64        id,
              GError      **error)
{
  g_autoptr(CtCachedStatement) stmt = ct_store_prepare_cached (ctx->store, sql, error);
  Binder b;

  if (stmt == NULL)
    return FALSE;
  b = binder_init (ctx->store, stmt, error);
  bind_int64 (&b, id);
  return binder_run (&b);
}

/* Rewrites only what differs from the stored row: an edit of one title writes one row.
 * Text compares as stored (NFC); text typed NFD is simply written again. */
static gboolean
update_item (SaveContext  *ctx,
             const CtItem *item,
             StoredItem   *old,
             gint64        section_id,
             guint         section,
             guint         position,
             GError      **error)
{
  const CtItem *o = old->item;
  guint sequence = next_sequence (ctx, item);

  old->seen = TRUE;
  if (old->section != section || old->position != position || o->sequence != sequence ||
      !ct_item_attributes_equal (o, item))
    {
      Binder b = binder_init (ctx->store, ctx->item_update, error);

      bind_item_row (&b, item, section_id, position, sequence);
      bind_int64 (&b, old->id);
      if (!binder_run (&b))
        return FALSE;
    }
  if (ct_item_children_equal (o, item))
    return TRUE;
  return exec_with_id (ctx, "DELETE FROM paragraphs WHERE item_id = ?", old->id, error) &&
         exec_with_id (ctx, "DELETE FROM agenda_items WHERE item_id = ?", old->id, error) &&
         save_item_children (ctx, item, old->id, error);
}

/* The stored sections' ids in order, and the stored items by UUID with their row ids. */
static gboolean
load_stored (SaveContext  *ctx,
             CtProgramme  *stored,
             GArray       *section_ids,
             GHashTable   *items,
             GError      **error)
{
  g_autoptr(CtCachedStatement) sections = NULL;
  g_autoptr(CtCachedStatement) ids = NULL;
  g_autoptr(GHashTable) id_by_uuid = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                            g_free);
  int rc;

  stored->id = ctx->programme_id;
  if (!ct_store_load_sections (ctx->store, stored, error) ||
      !ct_store_load_recipients (ctx->store, stored, error) ||
      !ct_store_load_signer_authorities (ctx->store, stored, error))
    return FALSE;
  sections = ct_store_prepare_cached (ctx->store, "SELECT id FROM sections "
                                                  "WHERE programme_id = ? ORDER BY position",
                                      error);
  ids = ct_store_prepare_cached (ctx->store, "SELECT i.uuid, i.id FROM items i JOIN sections s "
                                             "ON s.id = i.section_id "
                                             "WHERE s.programme_id = ?", error);
  if (sections == NULL || ids == NULL)
    return FALSE;
  sqlite3_bind_int64 (sections, 1, ctx->programme_id);
  while ((rc = sqlite3_step (sections)) == SQLITE_ROW)
    g_array_append_val (section_ids, (gint64) { sqlite3_column_int64 (sections, 0) });
  if (rc != SQLITE_DONE)
    return ct_store_set_error (ctx->store, rc, error);
  sqlite3_bind_int64 (ids, 1, ctx->programme_id);
  while ((rc = sqlite3_step (ids)) == SQLITE_ROW)
    g_hash_table_insert (id_by_uuid, ct_store_column_dup (ids, 0),
                         g_memdup2 (&(gint64) { sqlite3_column_int64 (ids, 1) }, sizeof (gint64)));
  if (rc != SQLITE_DONE)
    return ct_store_set_error (ctx->store, rc, error);

  for (guint i = 0; i < stored->sections->len; i++)
    {
      CtSection *section = g_ptr_array_index (stored->sections, i);

      for (guint j = 0; j < section->items->len; j++)
        {
          CtItem *item = g_ptr_array_index (section->items, j);
          gint64 *id = g_hash_table_lookup (id_by_uuid, item->uuid);
          StoredItem *entry = g_new0 (StoredItem, 1);

          *entry = (StoredItem) { item, id ? *id : 0, i, j, FALSE };
          g_hash_table_insert (items, item->uuid, entry);
          g_hash_table_replace (ctx->old_items, item->uuid, ct_item_ref (item));
        }
    }
  return TRUE;
}

static gboolean
save_section_row (SaveContext      *ctx,
                  const CtSection  *section,
                  const CtProgramme *stored,
                  GArray           *section_ids,
                  guint             i,
                  gint64           *section_id,
                  GError          **error)
{
  Binder b;

  if (i < section_ids->len)
    {
      g_autoptr(CtCachedStatement) stmt = NULL;

      *section_id = g_array_index (section_ids, gint64, i);
      if (g_strcmp0 (((CtSection *) stored->sections->pdata[i])->title, section->title) == 0)
        return TRUE;
      stmt = ct_store_prepare_cached (ctx->store, "UPDATE sections SET title = ? WHERE id = ?",
                                      error);
      if (stmt == NULL)
        return FALSE;
      b = binder_init (ctx->store, stmt, error);
      bind_text (&b, section->title);
      bind_int64 (&b, *section_id);
      return binder_run (&b);
    }
  b = binder_init (ctx->store, ctx->section, error);
  bind_int64 (&b, ctx->programme_id);
  bind_int64 (&b, i);
  bind_text (&b, section->title);
  if (!binder_run (&b))
    return FALSE;
  *section_id = sqlite3_last_insert_rowid (ct_store_get_db (ctx->store));
  return TRUE;
}

static gboolean
save_recipients (SaveContext       *ctx,
                 const CtProgramme *programme,
                 const CtProgramme *stored,
                 GError           **error)
{
  if (ct_programme_recipients_equal (programme, stored))
    return TRUE;
  if (!exec_with_id (ctx, "DELETE FROM recipients WHERE programme_id = ?", ctx->programme_id,
                     error))
    return FALSE;
  for (guint i = 0; i < programme->recipients->len; i++)
    {
      CtRecipient *recipient = g_ptr_array_index (programme->recipients, i);
      Binder b = binder_init (ctx->store, ctx->recipient, error);

      bind_int64 (&b, ctx->programme_id);
      bind_int64 (&b, i);
      bind_text (&b, recipient->text);
      bind_text (&b, recipient->purpose);
      if (!binder_run (&b))
        return FALSE;
    }
  return TRUE;
}

static gboolean
save_signer_authorities (SaveContext       *ctx,
                         const CtProgramme *programme,
                         const CtProgramme *stored,
                         GError           **error)
{
  g_autoptr(CtCachedStatement) stmt = NULL;

  if (ct_programme_signer_authorities_equal (programme, stored))
    return TRUE;
  if (!exec_with_id (ctx, "DELETE FROM signer_authorities WHERE programme_id = ?",
                     ctx->programme_id, error))
    return FALSE;
  stmt = ct_store_prepare_cached (ctx->store, "INSERT INTO signer_authorities (programme_id, "
                                              "position, authority, body) VALUES (?, ?, ?, ?)",
                                  error);
  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < programme->signer_authorities->len; i++)
    {
      CtSignerAuthority *line = g_ptr_array_index (programme->signer_authorities, i);
      Binder b = binder_init (ctx->store, stmt, error);

      bind_int64 (&b, ctx->programme_id);
      bind_int64 (&b, i);
      bind_int64 (&b, line->authority);
      bind_text (&b, line->body);
      if (!binder_run (&b))
        return FALSE;
    }
  return TRUE;
}

/* Deletes the stored items no longer in the programme, then the sections beyond its
 * last one (their remaining items went with the first step or were moved). */
static gboolean
delete_unseen (SaveContext *ctx,
               GHashTable  *items,
               GArray      *section_ids,
               guint        n_sections,
               GError     **error)
{
  GHashTableIter iter;
  StoredItem *old;

  g_hash_table_iter_init (&iter, items);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &old))
    if (!old->seen && !exec_with_id (ctx, "DELETE FROM items WHERE id = ?", old->id, error))
      return FALSE;
  for (guint i = n_sections; i < section_ids->len; i++)
    if (!exec_with_id (ctx, "DELETE FROM sections WHERE id = ?",
                       g_array_index (section_ids, gint64, i), error))
      return FALSE;
  return TRUE;
}

/* Writes sections, items and recipients as a difference from the stored programme. */
static gboolean
save_sections_and_recipients (SaveContext       *ctx,
                              const CtProgramme *programme,
                              GError           **error)
{
  g_autoptr(CtProgramme) stored = ct_programme_new ();
  g_autoptr(GArray) section_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GHashTable) items = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);

  if (!load_stored (ctx, stored, section_ids, items, error))
    return FALSE;
  for (guint i = 0; i < programme->sections->len; i++)
    {
      CtSection *section = g_ptr_array_index (programme->sections, i);
      gint64 section_id;

      if (!save_section_row (ctx, section, stored, section_ids, i, &section_id, error))
        return FALSE;
      for (guint j = 0; j < section->items->len; j++)
        {
          CtItem *item = g_ptr_array_index (section->items, j);
          StoredItem *old = g_hash_table_lookup (items, item->uuid);
          gboolean ok = old != NULL && !old->seen
                          ? update_item (ctx, item, old, section_id, i, j, error)
                          : insert_item (ctx, item, section_id, j, error);

          if (!ok)
            return FALSE;
        }
    }
  return delete_unseen (ctx, items, section_ids, programme->sections->len, error) &&
         save_recipients (ctx, programme, stored, error) &&
         save_signer_authorities (ctx, programme, stored, error);
}

static gboolean
save_programme_row (SaveContext       *ctx,
                    const CtProgramme *p,
                    gint64             modified,
                    GError           **error)
{
  static const char insert_sql[] =
    "INSERT INTO programmes (style, superior_body, issuing_body, number, kind_code, body_code, "
    "place_name, issue_date, period_kind, period_year, period_index, subtitle, status, "
    "introduction, archive_line, signer_title, signer_name, modified, revision, id) "
    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,NULL)";
  static const char update_sql[] =
    "UPDATE programmes SET style=?, superior_body=?, issuing_body=?, number=?, kind_code=?, "
    "body_code=?, place_name=?, issue_date=?, period_kind=?, period_year=?, period_index=?, "
    "subtitle=?, status=?, introduction=?, archive_line=?, signer_title=?, signer_name=?, "
    "modified=?, revision=? WHERE id=?";
  g_autoptr(CtCachedStatement) stmt = NULL;
  Binder b;

  stmt = ct_store_prepare_cached (ctx->store, p->id == 0 ? insert_sql : update_sql, error);
  if (stmt == NULL)
    return FALSE;
  b = binder_init (ctx->store, stmt, error);
  bind_int64 (&b, p->style);
  bind_text (&b, p->superior_body);
  bind_text (&b, p->issuing_body);
  bind_int64 (&b, p->number);
  bind_text (&b, p->kind_code);
  bind_text (&b, p->body_code);
  bind_text (&b, p->place_name);
  bind_date (&b, &p->issue_date);
  bind_int64 (&b, p->period_kind);
  bind_int64 (&b, p->period_year);
  bind_int64 (&b, p->period_index);
  bind_text (&b, p->subtitle);
  bind_int64 (&b, p->status);
  bind_text (&b, p->introduction);
  bind_text (&b, p->archive_line);
  bind_text (&b, p->signer_title);
  bind_text (&b, p->signer_name);
  bind_int64 (&b, modified);
  bind_int64 (&b, ctx->revision);
  if (p->id != 0)
    bind_int64 (&b, p->id);
  if (!binder_run (&b))
    return FALSE;

  if (p->id == 0)
    ctx->programme_id = sqlite3_last_insert_rowid (ct_store_get_db (ctx->store));
  else if (sqlite3_changes (ct_store_get_db (ctx->store)) == 0)
    return ct_store_set_not_found (p->id, error);
  return TRUE;
}

/* Optimistic concurrency: a save states the revision it is based on. Rows are written
 * as a difference from what is stored, so a save based on an older revision would undo
 * the other program's edits: it is refused instead, and nothing is written. */
static gboolean
check_revision (SaveContext       *ctx,
                const CtProgramme *p,
                GError           **error)
{
  g_autoptr(CtCachedStatement) stmt = NULL;
  gint64 stored;
  int rc;

  ctx->revision = 1;
  if (p->id == 0)
    return TRUE;
  stmt = ct_store_prepare_cached (ctx->store, "SELECT revision FROM programmes WHERE id = ?",
                                  error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, p->id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return ct_store_set_not_found (p->id, error);
  if (rc != SQLITE_ROW)
    return ct_store_set_error (ctx->store, rc, error);
  stored = sqlite3_column_int64 (stmt, 0);
  if (stored != p->revision)
    {
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_CONFLICT,
                   _("Another window or program changed this programme since it was opened "
                     "here. Nothing was overwritten."));
      return FALSE;
    }
  ctx->revision = stored + 1;
  return TRUE;
}

static gboolean
save_in_transaction (SaveContext       *ctx,
                     const CtProgramme *programme,
                     gint64             modified,
                     GError           **error)
{
  ctx->programme_id = programme->id;
  return check_revision (ctx, programme, error) &&
         save_context_prepare (ctx, error) &&
         save_programme_row (ctx, programme, modified, error) &&
         ct_store_search_update (ctx->store, ctx->programme_id, programme, error) &&
         save_sections_and_recipients (ctx, programme, error) &&
         ct_store_save_unread_texts (ctx->store, ctx->programme_id, programme, error);
}

/**
 * ct_store_save_programme:
 * @self: a store
 * @programme: the programme to save; its @id is set when it was 0
 * @error: return location for a #CT_STORE_ERROR
 *
 * Writes the programme in one transaction: either everything is saved or the database is
 * unchanged. Only rows that differ from the stored programme are written (items are
 * matched by UUID), so a one-field edit costs a few rows whatever the programme's size.
 * Text is written NFC; the programme in memory keeps the text as typed. Preparing units
 * are matched to the unit directory ignoring case, NFC/NFD and tone placement (new ones
 * are added). Items whose schedule changed get their SEQUENCE raised, in the database
 * and in @programme.
 *
 * A stored programme is saved only over the revision it was loaded from (@programme's
 * revision): if another program saved it since, the save is refused with
 * %CT_STORE_ERROR_CONFLICT and nothing is written; if it was deleted, with
 * %CT_STORE_ERROR_NOT_FOUND. On success @programme's revision is the new one.
 *
 * Returns: %TRUE on success
 */
gboolean
ct_store_save_programme (CtStore      *self,
                         CtProgramme  *programme,
                         GError      **error)
{
  g_autoptr(GMutexLocker) locker = NULL;
  SaveContext ctx = { self, 0, };
  gint64 modified = g_get_real_time () / G_USEC_PER_SEC;
  gboolean ok;
  guint n = 0;

  g_return_val_if_fail (CT_IS_STORE (self), FALSE);
  g_return_val_if_fail (programme != NULL, FALSE);

  locker = g_mutex_locker_new (ct_store_get_lock (self));
  if (!ct_store_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;
  ok = save_in_transaction (&ctx, programme, modified, error) &&
       ct_store_exec (self, "COMMIT", error);
  if (!ok)
    {
      ct_store_exec (self, "ROLLBACK", NULL);
      save_context_clear (&ctx);
      return FALSE;
    }

  programme->id = ctx.programme_id;
  programme->modified = modified;
  programme->revision = ctx.revision;
  for (guint i = 0; i < programme->sections->len; i++)
    {
      CtSection *section = g_ptr_array_index (programme->sections, i);
      for (guint j = 0; j < section->items->len; j++)
        ((CtItem *) g_ptr_array_index (section->items, j))->sequence =
          g_array_index (ctx.sequences, guint, n++);
    }
  save_context_clear (&ctx);
  return TRUE;
}
