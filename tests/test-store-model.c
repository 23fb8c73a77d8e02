/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <sqlite3.h>
#include <string.h>

#include "ct-json.h"
#include "ct-store-publish.h"
#include "ct-store.h"
#include "fixture-programme.h"
#include "test-util.h"

/* What real programmes hold beyond the first model goes through the store whole: authority
 * lines, body names over two lines, the who/where/with whom of items, vague timing,
 * monthly rules, due times and agenda sub-points. The JSON form names every field, so
 * equal JSON is an equal programme. */

typedef struct
{
  char *dir;
  char *path;
  CtStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("congtac-store-model-XXXXXX", NULL);
  f->path = g_build_filename (f->dir, "test.db", NULL);
  f->store = ct_store_open (f->path, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  ct_test_remove_tree (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static CtProgramme *
save_and_load (Fixture     *f,
               CtProgramme *p)
{
  g_autoptr(GError) error = NULL;
  CtProgramme *back;

  g_assert_true (ct_store_save_programme (f->store, p, &error));
  g_assert_no_error (error);
  back = ct_store_load_programme (f->store, p->id, &error);
  g_assert_no_error (error);
  return back;
}

static void
assert_same (CtProgramme *a,
             CtProgramme *b)
{
  g_autofree char *ja = ct_programme_to_json (a);
  g_autofree char *jb = ct_programme_to_json (b);

  g_assert_cmpstr (jb, ==, ja);
}

static CtItem *
item_at (CtProgramme *p,
         guint        section,
         guint        index)
{
  return g_ptr_array_index (((CtSection *) g_ptr_array_index (p->sections, section))->items,
                            index);
}

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(CtProgramme) p = fixture_programme_state_2025 ();
  g_autoptr(CtProgramme) back = save_and_load (f, p);
  CtItem *meeting = item_at (back, 0, 0);
  CtAgendaItem *agenda = g_ptr_array_index (meeting->agenda, 0);

  assert_same (p, back);
  g_assert_cmpstr (back->issuing_body, ==, "ỦY BAN NHÂN DÂN\nHUYỆN SÔNG MÂY");
  g_assert_null (back->superior_body);
  ct_test_assert_authorities (back, "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH");
  g_assert_cmpstr (meeting->attending_leaders, ==, "Các Phó Chủ tịch UBND huyện");
  g_assert_cmpstr (meeting->accompanying_officer, ==, "Đ/c Chánh Văn phòng");
  g_assert_cmpstr (meeting->note, ==, "Giấy mời riêng");
  g_assert_cmpuint (agenda->subpoints->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (agenda->subpoints, 1), ==,
                   "Tiến độ giải ngân vốn đầu tư công.");
  g_assert_cmpstr (item_at (back, 0, 2)->vague_when, ==, "thời gian cụ thể thông báo sau");
  g_assert_cmpint (item_at (back, 1, 0)->recurrence, ==, CT_RECURRENCE_MONTHLY_DAY);
  g_assert_cmpint (item_at (back, 1, 0)->month_day, ==, 5);
  g_assert_cmpint (item_at (back, 1, 1)->month_week, ==, 1);
  g_assert_cmpstr (item_at (back, 2, 1)->vague_when, ==, "quý II");
  g_assert_cmpstr (item_at (back, 2, 1)->lead_unit, ==, "Phòng Nông nghiệp và Môi trường");
}

static guint
count_found (CtStore    *store,
             const char *query)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) found = ct_store_list_programmes (store, query, &error);

  g_assert_no_error (error);
  return found->len;
}

/* The list's search finds a programme by what its items' new parts say. */
static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(CtProgramme) p = fixture_programme_state_2025 ();
  g_autoptr(CtProgramme) back = save_and_load (f, p);

  g_assert_cmpuint (count_found (f->store, "Chánh Văn phòng"), ==, 1);   /* LĐVP */
  g_assert_cmpuint (count_found (f->store, "giải ngân"), ==, 1);         /* a sub-point */
  g_assert_cmpuint (count_found (f->store, "thông báo sau"), ==, 1);     /* vague timing */
  g_assert_cmpuint (count_found (f->store, "Văn hóa, Khoa học"), ==, 1); /* a lead unit */
  g_assert_cmpuint (count_found (f->store, "Đồng Tháp"), ==, 0);
}

/* Edits of each new part are saved as edits: a removed authority line, a changed
 * sub-point, a cleared attribute. */
static void
test_edits (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(CtProgramme) p = fixture_programme_state_2025 ();
  g_autoptr(CtProgramme) first = save_and_load (f, p);
  g_autoptr(CtProgramme) second = NULL;
  CtItem *meeting = item_at (first, 0, 0);
  CtAgendaItem *agenda = g_ptr_array_index (meeting->agenda, 0);

  g_ptr_array_remove_index (first->signer_authorities, 0);
  g_free (g_ptr_array_index (agenda->subpoints, 0));
  agenda->subpoints->pdata[0] = g_strdup ("Kết quả thu, chi ngân sách.");
  g_clear_pointer (&meeting->participants, g_free);
  item_at (first, 1, 1)->month_week = -1;
  second = save_and_load (f, first);
  assert_same (first, second);
  ct_test_assert_authorities (second, "KT. CHỦ TỊCH");
  g_assert_null (item_at (second, 0, 0)->participants);
  g_assert_cmpint (item_at (second, 1, 1)->month_week, ==, -1);
}

/* Calendar clients update an event when its SEQUENCE rises (RFC 5545 §3.8.7.4): a new
 * vague timing or monthly rule is a new schedule; a new participant is not. */
static void
test_sequence (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(CtProgramme) p = fixture_programme_state_2025 ();
  g_autoptr(CtProgramme) first = save_and_load (f, p);
  g_autoptr(CtProgramme) second = NULL;

  g_free (item_at (first, 0, 1)->vague_when);
  item_at (first, 0, 1)->vague_when = g_strdup ("tuần 4");
  item_at (first, 1, 0)->month_day = 6;
  g_free (item_at (first, 0, 0)->participants);
  item_at (first, 0, 0)->participants = g_strdup ("Trưởng các phòng");
  second = save_and_load (f, first);
  g_assert_cmpuint (item_at (second, 0, 1)->sequence, ==, 1);
  g_assert_cmpuint (item_at (second, 1, 0)->sequence, ==, 1);
  g_assert_cmpuint (item_at (second, 0, 0)->sequence, ==, 0);
}

/* A week is a period: ISO week 10 of 2025 is 3 to 9 March; week 1 of 2026 starts on
 * Monday 29 December 2025; 2026 has 53 weeks (28 December 2026 is in week 53). */
static void
test_week_period (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(CtProgramme) p = fixture_programme_state_2025 ();
  g_autoptr(CtProgramme) back = NULL;
  GDate first, last;

  ct_programme_set_period (p, CT_PERIOD_KIND_WEEK, 2025, 10);
  ct_programme_get_period_range (p, &first, &last);
  g_assert_cmpint (g_date_get_day (&first), ==, 3);
  g_assert_cmpint (g_date_get_month (&first), ==, 3);
  g_assert_cmpint (g_date_get_day (&last), ==, 9);
  g_assert_cmpint (g_date_get_month (&last), ==, 3);
  back = save_and_load (f, p);
  g_assert_cmpint (back->period_kind, ==, CT_PERIOD_KIND_WEEK);
  g_assert_cmpint (back->period_index, ==, 10);

  ct_programme_get_week_range (2026, 1, &first, &last);
  g_assert_cmpint (g_date_get_day (&first), ==, 29);
  g_assert_cmpint (g_date_get_month (&first), ==, 12);
  g_assert_cmpint (g_date_get_year (&first), ==, 2025);
  g_assert_cmpuint (ct_programme_weeks_in_year (2026), ==, 53);
  g_assert_cmpuint (ct_programme_weeks_in_year (2025), ==, 52);
}

/* An item of a week's programme keeps the month item it stands for and whether it is
 * postponed, through the store (also after an edit of the flag alone) and JSON. */
static void
test_week_links (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(CtProgramme) month = fixture_programme_september_2023 ();
  g_autoptr(CtProgramme) p = fixture_programme_week_39_2023_marked (month);
  g_autoptr(CtProgramme) back = save_and_load (f, p);
  g_autoptr(CtProgramme) again = NULL, from_json = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  CtItem *moved = item_at (p, 1, 0);

  assert_same (p, back);
  g_assert_nonnull (moved->source_uuid);
  g_assert_cmpstr (item_at (back, 1, 0)->source_uuid, ==, moved->source_uuid);
  g_assert_false (item_at (back, 1, 0)->postponed);
  g_assert_true (item_at (back, 1, 1)->postponed);
  g_assert_null (item_at (back, 0, 0)->source_uuid);

  item_at (back, 1, 1)->postponed = FALSE;
  again = save_and_load (f, back);
  g_assert_false (item_at (again, 1, 1)->postponed);

  json = ct_programme_to_json (p);
  g_assert_nonnull (strstr (json, "\"postponed\" : true"));
  from_json = ct_programme_from_json (json, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (item_at (from_json, 1, 0)->source_uuid, ==, moved->source_uuid);
  g_assert_true (item_at (from_json, 1, 1)->postponed);
}

/* Another calendar's UID is kept byte for byte (not made NFC like text a user types:
 * it goes back to that calendar), also when it alone changes. */
static void
test_ics_uid (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(CtProgramme) p = fixture_programme_september_2023 ();
  g_autoptr(CtProgramme) back = NULL, again = NULL;
  /* "họp" with the dot below as a combining mark (NFD). */
  const char *decomposed = "ho\xcc\xa3p-1@example.org";

  item_at (p, 1, 0)->ics_uid = g_strdup (decomposed);
  back = save_and_load (f, p);
  g_assert_cmpstr (item_at (back, 1, 0)->ics_uid, ==, decomposed);
  g_assert_null (item_at (back, 0, 0)->ics_uid);

  g_free (item_at (back, 1, 0)->ics_uid);
  item_at (back, 1, 0)->ics_uid = g_strdup ("abc@example.org");
  again = save_and_load (f, back);
  g_assert_cmpstr (item_at (again, 1, 0)->ics_uid, ==, "abc@example.org");
  g_assert_cmpuint (item_at (again, 1, 0)->sequence, ==, item_at (p, 1, 0)->sequence);
}

/* When a programme was last published to a calendar is kept per programme and calendar,
 * read again after the store is closed and opened, and goes with its programme. */
static void
test_last_published (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(CtProgramme) p = fixture_programme_state_2025 ();
  g_autoptr(CtProgramme) other = fixture_programme_state_2025 ();
  g_autoptr(CtProgramme) back = NULL;
  g_autoptr(GError) error = NULL;
  const char *calendar = "https://lich.example.org/van-phong/chuong-trinh/";
  const char *phones = "https://lich.example.org/van-phong/dien-thoai/";
  /* 14:05 on 07/12/2026 in Hà Nội. */
  const gint64 when = 1796627100;

  back = save_and_load (f, p);
  g_clear_pointer (&back, ct_programme_unref);
  back = save_and_load (f, other);
  g_assert_cmpint (ct_store_get_last_published (f->store, p->id, calendar, &error), ==, 0);
  g_assert_no_error (error);
  g_assert_true (ct_store_set_last_published (f->store, p->id, calendar, when - 3600, &error));
  g_assert_no_error (error);
  g_assert_true (ct_store_set_last_published (f->store, p->id, calendar, when, &error));
  g_assert_no_error (error);
  g_assert_true (ct_store_set_last_published (f->store, p->id, phones, when - 60, &error));
  g_assert_no_error (error);

  g_clear_object (&f->store);
  f->store = ct_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ct_store_get_last_published (f->store, p->id, calendar, &error), ==, when);
  g_assert_cmpint (ct_store_get_last_published (f->store, p->id, phones, &error), ==,
                   when - 60);
  g_assert_cmpint (ct_store_get_last_published (f->store, other->id, calendar, &error), ==, 0);
  g_assert_no_error (error);

  g_assert_true (ct_store_delete_programme (f->store, p->id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ct_store_get_last_published (f->store, p->id, calendar, &error), ==, 0);
  g_assert_no_error (error);
}

/* A database of format 4 keeps its one authority line as the first of the list. */
static void
test_migration_of_authority (void)
{
  g_autofree char *dir = g_dir_make_tmp ("congtac-store-model-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "old.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = NULL;
  g_autoptr(CtStore) fresh = NULL;
  g_autoptr(CtProgramme) p = ct_programme_new ();
  g_autoptr(CtProgramme) a = NULL, b = NULL;
  sqlite3 *db = NULL;

  /* A fresh store of today's format, taken back to format 4 by hand. */
  fresh = ct_store_open (path, &error);
  g_assert_no_error (error);
  g_clear_object (&fresh);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
                                 "DROP TABLE signer_authorities;"
                                 "ALTER TABLE programmes ADD COLUMN signing_authority"
                                 " INTEGER NOT NULL DEFAULT 0;"
                                 "ALTER TABLE programmes ADD COLUMN signer_body TEXT;"
                                 "DROP TABLE agenda_subpoints;"
                                 "ALTER TABLE items DROP COLUMN vague_when;"
                                 "ALTER TABLE items DROP COLUMN attending_leaders;"
                                 "ALTER TABLE items DROP COLUMN participants;"
                                 "ALTER TABLE items DROP COLUMN preparing_unit;"
                                 "ALTER TABLE items DROP COLUMN lead_unit;"
                                 "ALTER TABLE items DROP COLUMN cooperating_units;"
                                 "ALTER TABLE items DROP COLUMN accompanying_officer;"
                                 "ALTER TABLE items DROP COLUMN note;"
                                 "ALTER TABLE items DROP COLUMN recurrence;"
                                 "ALTER TABLE items DROP COLUMN month_day;"
                                 "ALTER TABLE items DROP COLUMN month_week;"
                                 /* format 6 */
                                 "ALTER TABLE items DROP COLUMN source_uuid;"
                                 "ALTER TABLE items DROP COLUMN postponed;"
                                 /* format 7 */
                                 "DROP TABLE published_events;"
                                 /* format 8 */
                                 "ALTER TABLE items DROP COLUMN ics_uid;"
                                 /* format 9 */
                                 "DROP TABLE publishes;"
                                 /* format 10 */
                                 "DROP TABLE unread_texts;"
                                 "INSERT INTO programmes (period_kind, period_year, period_index,"
                                 " signing_authority, signer_body, signer_title)"
                                 " VALUES (0, 2025, 3, 2, 'BAN THƯỜNG VỤ', 'CHÁNH VĂN PHÒNG');"
                                 "INSERT INTO programmes (period_kind, period_year, period_index,"
                                 " signer_title) VALUES (0, 2025, 4, 'BÍ THƯ');"
                                 "PRAGMA user_version = 4;", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);

  store = ct_store_open (path, &error);
  g_assert_no_error (error);
  a = ct_store_load_programme (store, 1, &error);
  g_assert_no_error (error);
  ct_test_assert_authorities (a, "T/L BAN THƯỜNG VỤ");
  g_assert_cmpstr (a->signer_title, ==, "CHÁNH VĂN PHÒNG");
  b = ct_store_load_programme (store, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (b->signer_authorities->len, ==, 0);
  g_clear_object (&store);
  ct_test_remove_tree (dir);
}

/* Number of rows of the table of texts typed that are no value yet. */
static int
count_unread_rows (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int n;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count(*) FROM unread_texts", -1, &stmt,
                                       NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

/* Text typed that is no value yet is saved with its programme by field, as typed (NFC),
 * and goes with a removed item; the fields keep their values meanwhile. */
static void
test_unread_texts (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(CtProgramme) p = fixture_programme_state_2025 ();
  g_autoptr(CtProgramme) back = NULL;
  g_autoptr(CtProgramme) again = NULL;
  g_autofree char *when = ct_programme_item_key (item_at (p, 0, 0), "when");
  g_autofree char *time = ct_programme_item_key (item_at (p, 1, 0), "start_minute");
  guint number = p->number;

  g_assert_true (ct_programme_set_unread_text (p, "number", "12a"));
  g_assert_false (ct_programme_set_unread_text (p, "number", "12a"));
  ct_programme_set_unread_text (p, when, "31/02 7h30");
  /* Typed decomposed ("giờ" with its marks apart): stored NFC. */
  ct_programme_set_unread_text (p, time, "25 gio\xcc\x80");
  ct_programme_set_unread_text (p, "item:00000000-0000-4000-8000-000000000000:when", "x");
  back = save_and_load (f, p);
  g_assert_cmpuint (back->number, ==, number);
  g_assert_cmpuint (g_hash_table_size (back->unread_texts), ==, 3);
  g_assert_cmpstr (ct_programme_get_unread_text (back, "number"), ==, "12a");
  g_assert_cmpstr (ct_programme_get_unread_text (back, when), ==, "31/02 7h30");
  g_assert_cmpstr (ct_programme_get_unread_text (back, time), ==, "25 gi\xc3\xb2");
  g_assert_cmpint (count_unread_rows (f->path), ==, 3);

  g_assert_true (ct_programme_set_unread_text (back, "number", NULL));
  ct_programme_set_unread_text (back, when, "30/02");
  again = save_and_load (f, back);
  g_assert_null (ct_programme_get_unread_text (again, "number"));
  g_assert_cmpstr (ct_programme_get_unread_text (again, when), ==, "30/02");
  g_assert_cmpint (count_unread_rows (f->path), ==, 2);

  g_assert_true (ct_store_delete_programme (f->store, again->id, NULL));
  g_assert_cmpint (count_unread_rows (f->path), ==, 0);
}

/* A database of format 9 gets the table of texts typed; what it held stays. */
static void
test_migration_of_unread_texts (void)
{
  g_autofree char *dir = g_dir_make_tmp ("congtac-store-model-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "old.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = NULL;
  g_autoptr(CtProgramme) p = fixture_programme_state_2025 ();
  g_autoptr(CtProgramme) back = NULL;
  g_autoptr(CtProgramme) again = NULL;
  sqlite3 *db = NULL;

  store = ct_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (ct_store_save_programme (store, p, &error));
  g_clear_object (&store);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "DROP TABLE unread_texts; PRAGMA user_version = 9;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);

  store = ct_store_open (path, &error);
  g_assert_no_error (error);
  back = ct_store_load_programme (store, p->id, &error);
  g_assert_no_error (error);
  assert_same (p, back);
  g_assert_cmpuint (g_hash_table_size (back->unread_texts), ==, 0);
  ct_programme_set_unread_text (back, "number", "12a");
  g_assert_true (ct_store_save_programme (store, back, &error));
  again = ct_store_load_programme (store, p->id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ct_programme_get_unread_text (again, "number"), ==, "12a");
  g_clear_object (&store);
  ct_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  ct_test_init (&argc, &argv);
  CT_TEST_ADD ("/store-model/round-trip", test_round_trip);
  CT_TEST_ADD ("/store-model/edits", test_edits);
  CT_TEST_ADD ("/store-model/search", test_search);
  CT_TEST_ADD ("/store-model/sequence", test_sequence);
  CT_TEST_ADD ("/store-model/week-period", test_week_period);
  CT_TEST_ADD ("/store-model/week-links", test_week_links);
  CT_TEST_ADD ("/store-model/ics-uid", test_ics_uid);
  CT_TEST_ADD ("/store-model/last-published", test_last_published);
  g_test_add_func ("/store-model/migration-of-authority", test_migration_of_authority);
  CT_TEST_ADD ("/store-model/unread-texts", test_unread_texts);
  g_test_add_func ("/store-model/migration-of-unread-texts", test_migration_of_unread_texts);
  return g_test_run ();
}
