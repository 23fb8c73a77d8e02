/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ct-store-private.h"

/* Ordered migrations: migrations[n] takes a database from user_version n to n + 1.
 * Never edit a released one; append a new one and raise CT_STORE_SCHEMA_VERSION. */
static const char *const migrations[] = {
  /* 0 → 1 */
  "CREATE TABLE units ("
  "  id INTEGER PRIMARY KEY,"
  "  name TEXT NOT NULL,"
  "  fold_key TEXT NOT NULL UNIQUE);"
  "CREATE TABLE programmes ("
  "  id INTEGER PRIMARY KEY,"
  "  style INTEGER NOT NULL DEFAULT 0,"
  "  superior_body TEXT, issuing_body TEXT,"
  "  number INTEGER NOT NULL DEFAULT 0,"
  "  kind_code TEXT, body_code TEXT, place_name TEXT,"
  "  issue_date TEXT,"
  "  period_kind INTEGER NOT NULL, period_year INTEGER NOT NULL,"
  "  period_index INTEGER NOT NULL,"
  "  subtitle TEXT,"
  "  status INTEGER NOT NULL DEFAULT 0,"
  "  introduction TEXT, archive_line TEXT,"
  "  signing_authority INTEGER NOT NULL DEFAULT 0,"
  "  signer_body TEXT, signer_title TEXT, signer_name TEXT,"
  "  modified INTEGER NOT NULL DEFAULT 0,"
  "  search_key TEXT NOT NULL DEFAULT '');"
  "CREATE INDEX programmes_period ON programmes (period_year, period_index);"
  "CREATE TABLE sections ("
  "  id INTEGER PRIMARY KEY,"
  "  programme_id INTEGER NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  title TEXT NOT NULL);"
  "CREATE INDEX sections_programme ON sections (programme_id, position);"
  "CREATE TABLE items ("
  "  id INTEGER PRIMARY KEY,"
  "  section_id INTEGER NOT NULL REFERENCES sections (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  kind INTEGER NOT NULL,"
  "  title TEXT,"
  "  start_date TEXT, end_date TEXT,"
  "  day_part INTEGER NOT NULL DEFAULT 0,"
  "  start_minute INTEGER NOT NULL DEFAULT -1,"
  "  end_minute INTEGER NOT NULL DEFAULT -1,"
  "  tentative INTEGER NOT NULL DEFAULT 0,"
  "  location TEXT, chair TEXT,"
  "  weekdays INTEGER NOT NULL DEFAULT 0,"
  "  exceptions TEXT,"
  "  sequence INTEGER NOT NULL DEFAULT 0);"
  "CREATE INDEX items_section ON items (section_id, position);"
  "CREATE TABLE paragraphs ("
  "  id INTEGER PRIMARY KEY,"
  "  item_id INTEGER NOT NULL REFERENCES items (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  text TEXT NOT NULL);"
  "CREATE INDEX paragraphs_item ON paragraphs (item_id, position);"
  "CREATE TABLE agenda_items ("
  "  id INTEGER PRIMARY KEY,"
  "  item_id INTEGER NOT NULL REFERENCES items (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  text TEXT NOT NULL,"
  "  unit_id INTEGER REFERENCES units (id));"
  "CREATE INDEX agenda_items_item ON agenda_items (item_id, position);"
  "CREATE TABLE recipients ("
  "  id INTEGER PRIMARY KEY,"
  "  programme_id INTEGER NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  text TEXT NOT NULL,"
  "  purpose TEXT);"
  "CREATE INDEX recipients_programme ON recipients (programme_id, position);",
  /* 1 → 2: the search text moves from a column scanned by LIKE to an FTS5 index (see
   * ct-store-search.c); programme rows get small again, so listing them is fast. */
  "CREATE VIRTUAL TABLE programme_search USING fts5 (key,"
  "  tokenize = 'unicode61 remove_diacritics 0');"
  "INSERT INTO programme_search (rowid, key) SELECT id, search_key FROM programmes;"
  "ALTER TABLE programmes DROP COLUMN search_key;"
  "CREATE TRIGGER programmes_search_delete AFTER DELETE ON programmes BEGIN"
  "  DELETE FROM programme_search WHERE rowid = old.id;"
  "END;",
  /* 2 → 3: the unit directory lists the units some agenda item names (see
   * ct_store_list_units()); the index answers that for each unit. */
  "CREATE INDEX agenda_items_unit ON agenda_items (unit_id);",
  /* 3 → 4: every save raises a programme's revision; a save based on an older one is
   * refused (see ct_store_save_programme()), so two programs never overwrite each other. */
  "ALTER TABLE programmes ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;",
  /* 4 → 5: what real programmes hold beyond the first model. The one authority line
   * becomes a list ("TM. ỦY BAN NHÂN DÂN" then "KT. CHỦ TỊCH"); items get who attends,
   * prepares and co-operates, vague timing and monthly rules; agenda items sub-points. */
  "CREATE TABLE signer_authorities ("
  "  id INTEGER PRIMARY KEY,"
  "  programme_id INTEGER NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  authority INTEGER NOT NULL,"
  "  body TEXT NOT NULL);"
  "CREATE INDEX signer_authorities_programme ON signer_authorities (programme_id, position);"
  "INSERT INTO signer_authorities (programme_id, position, authority, body)"
  "  SELECT id, 0, signing_authority, COALESCE (signer_body, '') FROM programmes"
  "  WHERE signing_authority <> 0 OR COALESCE (signer_body, '') <> '';"
  "ALTER TABLE programmes DROP COLUMN signing_authority;"
  "ALTER TABLE programmes DROP COLUMN signer_body;"
  "ALTER TABLE items ADD COLUMN vague_when TEXT;"
  "ALTER TABLE items ADD COLUMN attending_leaders TEXT;"
  "ALTER TABLE items ADD COLUMN participants TEXT;"
  "ALTER TABLE items ADD COLUMN preparing_unit TEXT;"
  "ALTER TABLE items ADD COLUMN lead_unit TEXT;"
  "ALTER TABLE items ADD COLUMN cooperating_units TEXT;"
  "ALTER TABLE items ADD COLUMN accompanying_officer TEXT;"
  "ALTER TABLE items ADD COLUMN note TEXT;"
  "ALTER TABLE items ADD COLUMN recurrence INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE items ADD COLUMN month_day INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE items ADD COLUMN month_week INTEGER NOT NULL DEFAULT 0;"
  "CREATE TABLE agenda_subpoints ("
  "  id INTEGER PRIMARY KEY,"
  "  agenda_item_id INTEGER NOT NULL REFERENCES agenda_items (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  text TEXT NOT NULL);"
  "CREATE INDEX agenda_subpoints_agenda_item ON agenda_subpoints (agenda_item_id, position);",
  /* 5 → 6: an item of a week's own programme may stand for an item of the month
   * programme, moved or changed this week, or postponed (the weekly schedule's marks). */
  "ALTER TABLE items ADD COLUMN source_uuid TEXT;"
  "ALTER TABLE items ADD COLUMN postponed INTEGER NOT NULL DEFAULT 0;",
  /* 6 → 7: what was published to a calendar server (see ct-store-publish.c): per
   * programme and collection, each event's resource, the ETag the server gave it, the
   * SEQUENCE and hash of what was sent, and whether a request for it is still to be made. */
  "CREATE TABLE published_events ("
  "  programme_id INTEGER NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,"
  "  collection TEXT NOT NULL,"
  "  uid TEXT NOT NULL,"
  "  href TEXT NOT NULL,"
  "  etag TEXT,"
  "  sequence INTEGER NOT NULL DEFAULT 0,"
  "  hash TEXT,"
  "  pending INTEGER NOT NULL DEFAULT 0,"
  "  PRIMARY KEY (programme_id, collection, uid));",
  /* 7 → 8: an event imported from another calendar keeps the UID its file gave it
   * (#CtItem.ics_uid), so that exports and publishing write it back. */
  "ALTER TABLE items ADD COLUMN ics_uid TEXT;",
  /* 8 → 9: when a programme was last published in full to a calendar collection (Unix
   * seconds), so that the app still tells it after a restart. */
  "CREATE TABLE publishes ("
  "  programme_id INTEGER NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,"
  "  collection TEXT NOT NULL,"
  "  published_at INTEGER NOT NULL,"
  "  PRIMARY KEY (programme_id, collection));",
  /* 9 → 10: text typed in a field that is no value yet ("12a" for the number), kept per
   * field (#CtProgramme.unread_texts) so that closing the programme loses none of it. */
  "CREATE TABLE unread_texts ("
  "  programme_id INTEGER NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,"
  "  field TEXT NOT NULL,"
  "  text TEXT NOT NULL,"
  "  PRIMARY KEY (programme_id, field));",
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == CT_STORE_SCHEMA_VERSION);

static int
read_user_version (CtStore  *self,
                   GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = ct_store_prepare (self, "PRAGMA user_version", error);
  int rc;

  if (stmt == NULL)
    return -1;
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      ct_store_set_error (self, rc, error);
      return -1;
    }
  return sqlite3_column_int (stmt, 0);
}

/*
 * ct_store_migrate:
 *
 * Brings the schema to CT_STORE_SCHEMA_VERSION, each step in its own transaction together
 * with its user_version, after a copy of the older file (see
 * ct_store_backup_before_migration()). A file from a newer version is refused
 * (CT_STORE_ERROR_TOO_NEW) before anything is written to it.
 */
gboolean
ct_store_migrate (CtStore  *self,
                  GError  **error)
{
  int version = read_user_version (self, error);
  int from_version;

  if (version < 0)
    return FALSE;
  if (version > CT_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_TOO_NEW,
                   /* Translators: %1$s is a file path, %2$d and %3$d schema versions. */
                   _("The database “%1$s” was made by a newer version of Congtac (format %2$d; "
                     "this version reads up to %3$d). Update Congtac to open it."),
                   ct_store_get_path (self), version, CT_STORE_SCHEMA_VERSION);
      return FALSE;
    }

  /* A file of an older Congtac is copied first: migrations are one way. An empty new
   * database (0) has nothing to keep. */
  if (version > 0 && version < CT_STORE_SCHEMA_VERSION &&
      !ct_store_backup_before_migration (ct_store_get_path (self), version, error))
    return FALSE;
  from_version = version;
  for (; version < CT_STORE_SCHEMA_VERSION; version++)
    {
      g_autofree char *bump = g_strdup_printf ("PRAGMA user_version = %d", version + 1);

      if (!ct_store_exec (self, "BEGIN IMMEDIATE", error))
        return FALSE;
      if (!ct_store_exec (self, migrations[version], error) || !ct_store_exec (self, bump, error))
        {
          ct_store_exec (self, "ROLLBACK", NULL);
          return FALSE;
        }
      if (!ct_store_exec (self, "COMMIT", error))
        {
          ct_store_exec (self, "ROLLBACK", NULL);
          return FALSE;
        }
    }
  /* Dropping the search column left one programme per page: repack once, so listing
   * the programmes reads a few pages instead of one per programme. */
  if (from_version == 1)
    return ct_store_exec (self, "VACUUM", error);
  return TRUE;
}
