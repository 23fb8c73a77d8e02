/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Databases an earlier congtac-cli made (tests/data/migration, see make-databases.sh there)
 * open in today's: every programme prints byte for byte as that version printed it. */
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "ct-store.h"
#include "test-util.h"

static char *tmpdir;

/* The recorded output of the earlier version: data/migration/schema-N/NAME. */
static char *
expected (const char *schema,
          const char *name)
{
  g_autofree char *folder = g_strdup_printf ("schema-%s", schema);
  g_autofree char *path = g_build_filename (TEST_SOURCE_DIR, "data", "migration", folder, name,
                                            NULL);

  return ct_test_contents_of (path, NULL);
}

/* A copy of data/migration/schema-N.db in a folder of its own, as a user's file would be. */
static char *
copy_database (const char *schema,
               const char *test)
{
  g_autofree char *name = g_strdup_printf ("schema-%s.db", schema);
  g_autofree char *source = g_build_filename (TEST_SOURCE_DIR, "data", "migration", name,
                                              NULL);
  g_autofree char *own = g_strdup_printf ("%s-%s", test, schema);
  g_autofree char *folder = g_build_filename (tmpdir, own, NULL);
  g_autofree char *contents = NULL;
  char *db = g_build_filename (folder, name, NULL);
  gsize length;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  contents = ct_test_contents_of (source, &length);
  g_assert_true (g_file_set_contents (db, contents, length, NULL));
  return db;
}

static char *
run_ok (const char *const *args)
{
  g_autofree char *err = NULL;
  char *out = NULL;

  g_assert_cmpint (ct_test_run_cli (NULL, NULL, args, &out, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  return out;
}

static char *
list (const char *db)
{
  const char *args[] = { "--db", db, "list", NULL };

  return run_ok (args);
}

static char *
show (const char *db,
      const char *id)
{
  const char *args[] = { "--db", db, "show", id, NULL };

  return run_ok (args);
}

/* The ids of "list"'s output, in its order. */
static GStrv
list_ids (const char *listing)
{
  g_auto(GStrv) lines = g_strsplit (listing, "\n", -1);
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();

  for (guint i = 0; lines[i] != NULL && lines[i][0] != '\0'; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", 2);

      g_strv_builder_add (ids, fields[0]);
    }
  return g_strv_builder_end (ids);
}

static int
query_int (const char *db,
           const char *sql)
{
  /* Immutable: a read-only connection would leave a write-ahead log beside the file. */
  g_autofree char *uri = g_strdup_printf ("file:%s?immutable=1", db);
  sqlite3 *handle = NULL;
  sqlite3_stmt *stmt = NULL;
  int value;

  g_assert_cmpint (sqlite3_open_v2 (uri, &handle, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (handle, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (handle);
  return value;
}

/* Today's "show" prints the chair and the location of an event on lines of their own,
 * "- Chủ trì: …" and "- Địa điểm: …" (shared/spec/document-format.md §13); earlier
 * versions kept them without printing them. Leaving out exactly these lines gives what
 * the earlier version printed. */
static char *
without_attribute_lines (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_str_has_prefix (lines[i], "- Chủ trì: ") ||
          g_str_has_prefix (lines[i], "- Địa điểm: "))
        continue;
      g_string_append (out, lines[i]);
      if (lines[i + 1] != NULL)
        g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}

/* Every programme prints as the earlier version printed it, and "list" too, apart from
 * the chair and location lines it did not print. */
static void
test_show_identical (gconstpointer data)
{
  const char *schema = data;
  g_autofree char *db = copy_database (schema, "show");
  g_autofree char *listing = list (db);
  g_autofree char *expected_list = expected (schema, "list.txt");
  g_auto(GStrv) ids = list_ids (listing);

  g_assert_cmpstr (listing, ==, expected_list);
  g_assert_cmpuint (g_strv_length (ids), >=, 6);
  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autofree char *name = g_strdup_printf ("show-%s.txt", ids[i]);
      g_autofree char *want = expected (schema, name);
      g_autofree char *got = show (db, ids[i]);
      g_autofree char *got_then = without_attribute_lines (got);

      g_assert_cmpstr (got_then, ==, want);
    }
}

/* The first open migrates after copying the file; the next ones change nothing. */
static void
test_second_open (gconstpointer data)
{
  const char *schema = data;
  g_autofree char *db = copy_database (schema, "again");
  g_autofree char *folder = g_path_get_dirname (db);
  g_autofree char *backups = g_build_filename (folder, "backups", NULL);
  g_autofree char *backup_name = g_strdup_printf ("schema-%1$s-format-%1$s.db", schema);
  g_autofree char *backup = g_build_filename (backups, backup_name, NULL);
  g_autofree char *first = list (db);
  g_autofree char *db_hash = ct_test_file_hash (db);
  g_autofree char *backup_hash = ct_test_file_hash (backup);
  g_autofree char *second = NULL, *db_hash_after = NULL, *backup_hash_after = NULL;
  g_autoptr(GDir) dir = NULL;
  g_auto(GStrv) ids = list_ids (first);

  g_assert_cmpint (query_int (db, "PRAGMA user_version"), ==, CT_STORE_SCHEMA_VERSION);
  /* The copy is the file as the earlier version left it, every programme in it. */
  g_assert_cmpint (query_int (backup, "PRAGMA user_version"), ==, atoi (schema));
  g_assert_cmpint (query_int (backup, "SELECT count(*) FROM programmes"), ==,
                   g_strv_length (ids));

  second = list (db);
  g_assert_cmpstr (second, ==, first);
  g_free (show (db, ids[0]));
  db_hash_after = ct_test_file_hash (db);
  backup_hash_after = ct_test_file_hash (backup);
  g_assert_cmpstr (db_hash_after, ==, db_hash);
  g_assert_cmpstr (backup_hash_after, ==, backup_hash);
  dir = g_dir_open (backups, 0, NULL);
  g_assert_nonnull (dir);
  g_assert_cmpstr (g_dir_read_name (dir), ==, backup_name);
  g_assert_null (g_dir_read_name (dir));
}

/* What "show" does not print survives too: item UUIDs, exception days, SEQUENCE, the
 * authority line, as the programme file of today tells them. */
static const struct
{
  const char *schema;
  const char *id;
  const char *text;
} kept_fields[] = {
  { "3", "2", "\"weekdays\" : [\n            \"monday\"\n          ],\n"
              "          \"exceptions\" : [\n            \"2023-09-11\",\n"
              "            \"2023-09-18\"\n          ]," },
  { "4", "7", "\"uuid\" : \"5a0e8c1d-7b2f-4c3a-9d4e-1f2a3b4c5d08\",\n"
              "          \"title\" : \"Tiếp công dân\"," },
  { "4", "7", "\"exceptions\" : [\n            \"2025-05-15\",\n"
              "            \"2025-05-22\"\n          ]," },
  { "4", "7", "\"exceptions\" : [],\n          \"sequence\" : 2\n" },
  { "4", "7", "\"signer_authorities\" : [\n    {\n      \"authority\" : \"on-behalf\",\n"
              "      \"body\" : \"BAN THƯỜNG VỤ\"\n    }\n  ],\n" },
  { "4", "8", "\"authority\" : \"signing-for\",\n      \"body\" : \"CHỦ TỊCH\"\n" },
  { "4", "9", "\"authority\" : \"by-order\",\n      \"body\" : \"CHI ỦY\"\n" },
};

static void
test_kept_fields (gconstpointer data)
{
  const char *schema = data;
  g_autofree char *db = copy_database (schema, "fields");
  g_autofree char *folder = g_path_get_dirname (db);

  for (guint i = 0; i < G_N_ELEMENTS (kept_fields); i++)
    {
      g_autofree char *name = NULL, *file = NULL, *json = NULL;

      if (strcmp (kept_fields[i].schema, schema) != 0)
        continue;
      name = g_strdup_printf ("programme-%s.json", kept_fields[i].id);
      file = g_build_filename (folder, name, NULL);
      {
        const char *export[] = { "--db", db, "export", kept_fields[i].id, file, NULL };

        g_free (run_ok (export));
      }
      json = ct_test_contents_of (file, NULL);
      g_assert_nonnull (strstr (json, kept_fields[i].text));
    }
}

/* Exported as a programme file and imported again, each programme prints the same as
 * before the round trip (and, apart from the chair and location lines, as the earlier
 * version printed it). */
static void
test_export_import (gconstpointer data)
{
  const char *schema = data;
  g_autofree char *db = copy_database (schema, "round-trip");
  g_autofree char *listing = list (db);
  g_auto(GStrv) ids = list_ids (listing);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autofree char *folder = g_path_get_dirname (db);
      g_autofree char *name = g_strdup_printf ("programme-%s.json", ids[i]);
      g_autofree char *file = g_build_filename (folder, name, NULL);
      g_autofree char *show_name = g_strdup_printf ("show-%s.txt", ids[i]);
      g_autofree char *want = expected (schema, show_name);
      g_autofree char *out = NULL, *err = NULL, *got = NULL;
      g_autofree char *then = NULL, *original = NULL;
      const char *export[] = { "--db", db, "export", ids[i], file, NULL };
      const char *import[] = { "--db", db, "import", file, NULL };

      g_free (run_ok (export));
      g_assert_cmpint (ct_test_run_cli (NULL, NULL, import, &out, &err), ==, 0);
      g_strchomp (out);
      g_assert_cmpstr (out, !=, ids[i]);
      got = show (db, out);
      then = without_attribute_lines (got);
      g_assert_cmpstr (then, ==, want);
      original = show (db, ids[i]);
      g_assert_cmpstr (got, ==, original);
    }
}

int
main (int    argc,
      char **argv)
{
  g_setenv ("LANGUAGE", "C", TRUE);
  ct_test_init (&argc, &argv);
  g_test_add_data_func ("/migration/schema-3/show-identical", "3", test_show_identical);
  g_test_add_data_func ("/migration/schema-3/second-open", "3", test_second_open);
  g_test_add_data_func ("/migration/schema-3/kept-fields", "3", test_kept_fields);
  g_test_add_data_func ("/migration/schema-3/export-import", "3", test_export_import);
  g_test_add_data_func ("/migration/schema-4/show-identical", "4", test_show_identical);
  g_test_add_data_func ("/migration/schema-4/second-open", "4", test_second_open);
  g_test_add_data_func ("/migration/schema-4/kept-fields", "4", test_kept_fields);
  g_test_add_data_func ("/migration/schema-4/export-import", "4", test_export_import);
  return ct_test_run_in_folder ("congtac-migration-XXXXXX", &tmpdir);
}
