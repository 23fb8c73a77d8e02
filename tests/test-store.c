/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>
#include <locale.h>
#include <sqlite3.h>
#include <sys/stat.h>

#include "ct-sample.h"
#include "fixture-programme.h"
#include "ct-store.h"
#include "test-util.h"

typedef struct
{
  char *dir;
  char *path;
  /* Opened by fixture_set_up_full(), holding full_programme() saved. */
  CtStore *store;
  CtProgramme *p;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = g_dir_make_tmp ("congtac-store-XXXXXX", NULL);
  f->path = g_build_filename (f->dir, "sub", "test.db", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_pointer (&f->p, ct_programme_unref);
  g_clear_object (&f->store);
  ct_test_remove_tree (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static char *
long_title (void)
{
  GString *s = g_string_new (NULL);
  while (g_utf8_strlen (s->str, -1) < 10000)
    g_string_append (s, "Hội nghị ");
  return g_utf8_substring (s->str, 0, 10000);
}

/* A programme with every field set, three sections and all kinds of items. */
static CtProgramme *
full_programme (void)
{
  CtProgramme *p = ct_programme_new ();
  CtSection *s;
  CtItem *item;
  GDate d;
  g_autofree char *title = long_title ();

  p->style = CT_DOCUMENT_STYLE_STATE;
  p->superior_body = g_strdup ("ĐẢNG BỘ TỈNH ĐỒNG XANH");
  /* NFD input: "HUYỆN" with combining marks. */
  p->issuing_body = g_strdup ("HUYE\xcc\x82\xcc\xa3N ỦY SÔNG MÂY");
  p->number = 7;
  g_free (p->kind_code);
  p->kind_code = g_strdup ("CTr");
  p->body_code = g_strdup ("UBND");
  p->place_name = g_strdup ("Sông Mây");
  p->issue_date = ct_test_dmy (29, 2, 2024);
  ct_programme_set_period (p, CT_PERIOD_KIND_QUARTER, 2024, 2);
  p->subtitle = g_strdup ("công tác quý II năm 2024 (sửa đổi)");
  p->status = CT_PROGRAMME_STATUS_ISSUED;
  p->introduction = g_strdup ("Thực hiện Quy chế làm việc, Ban Thường vụ xây dựng chương trình.");

  s = ct_programme_add_section (p, "Nhiệm vụ trọng tâm");
  item = ct_item_new_task ("Đoạn một.");
  ct_item_add_paragraph (item, "Đoạn hai; dấu \"ngoặc\" và ký tự ' đặc biệt %_.");
  ct_section_add_item (s, item);

  s = ct_programme_add_section (p, title);
  d = ct_test_dmy (10, 4, 2024);
  item = ct_item_new_event (title, &d);
  item->end_date = ct_test_dmy (12, 4, 2024);
  item->day_part = CT_DAY_PART_MORNING;
  item->start_minute = 7 * 60 + 30;
  item->end_minute = 11 * 60 + 30;
  item->tentative = TRUE;
  item->location = g_strdup ("Hội trường Huyện ủy");
  item->chair = g_strdup ("Đồng chí Bí thư");
  ct_item_add_agenda_item (item, "Báo cáo một", "UBND huyện");
  ct_item_add_agenda_item (item, "Báo cáo hai", "Văn phòng Huyện uỷ");
  ct_item_add_agenda_item (item, "Báo cáo ba", NULL);
  ct_section_add_item (s, item);

  s = ct_programme_add_section (p, "Giao ban");
  item = ct_item_new (CT_ITEM_RECURRING);
  item->title = g_strdup ("Giao ban Thường trực");
  item->weekdays = CT_WEEKDAY_MONDAY | CT_WEEKDAY_THURSDAY;
  item->day_part = CT_DAY_PART_AFTERNOON;
  item->start_date = ct_test_dmy (1, 4, 2024);
  item->end_date = ct_test_dmy (30, 6, 2024);
  d = ct_test_dmy (29, 4, 2024);
  ct_item_add_exception (item, &d);
  d = ct_test_dmy (15, 4, 2024);
  ct_item_add_exception (item, &d);
  ct_section_add_item (s, item);

  ct_programme_add_recipient (p, "Thường trực Tỉnh ủy", "báo cáo");
  ct_programme_add_recipient (p, "Các chi bộ", NULL);
  p->archive_line = g_strdup ("Lưu Văn phòng Huyện ủy");
  ct_programme_add_signer_authority (p, CT_SIGNING_AUTHORITY_SIGNING_FOR, "BAN THƯỜNG VỤ");
  p->signer_title = g_strdup ("PHÓ BÍ THƯ");
  p->signer_name = g_strdup ("Nguyễn Thị Hoa");
  return p;
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
fixture_set_up_full (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture_set_up (f, data);
  f->store = ct_store_open (f->path, &error);
  g_assert_no_error (error);
  f->p = full_programme ();
  g_assert_true (ct_store_save_programme (f->store, f->p, &error));
  g_assert_no_error (error);
}

static void
assert_date (const GDate *date, int d, int m, int y)
{
  g_assert_true (g_date_valid (date));
  g_assert_cmpint (g_date_get_day (date), ==, d);
  g_assert_cmpint (g_date_get_month (date), ==, m);
  g_assert_cmpint (g_date_get_year (date), ==, y);
}

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = ct_store_open (f->path, &error);
  g_autoptr(CtProgramme) p = full_programme ();
  g_autoptr(CtProgramme) q = NULL;
  g_autofree char *title = long_title ();
  CtSection *s;
  CtItem *item;
  CtAgendaItem *agenda;
  struct stat st;

  g_assert_no_error (error);
  g_assert_cmpint (g_stat (f->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  g_assert_true (ct_store_save_programme (store, p, &error));
  g_assert_no_error (error);
  g_assert_cmpint (p->id, >, 0);

  q = ct_store_load_programme (store, p->id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (q->style, ==, CT_DOCUMENT_STYLE_STATE);
  g_assert_cmpstr (q->superior_body, ==, "ĐẢNG BỘ TỈNH ĐỒNG XANH");
  /* Stored NFC: Ệ is U+1EC6. */
  g_assert_cmpstr (q->issuing_body, ==, "HUY\xe1\xbb\x86N ỦY SÔNG MÂY");
  g_assert_cmpuint (q->number, ==, 7);
  g_assert_cmpstr (q->kind_code, ==, "CTr");
  g_assert_cmpstr (q->body_code, ==, "UBND");
  g_assert_cmpstr (q->place_name, ==, "Sông Mây");
  assert_date (&q->issue_date, 29, 2, 2024);
  g_assert_cmpint (q->period_kind, ==, CT_PERIOD_KIND_QUARTER);
  g_assert_cmpint (q->period_year, ==, 2024);
  g_assert_cmpint (q->period_index, ==, 2);
  g_assert_cmpstr (q->subtitle, ==, "công tác quý II năm 2024 (sửa đổi)");
  g_assert_cmpint (q->status, ==, CT_PROGRAMME_STATUS_ISSUED);
  g_assert_cmpstr (q->introduction, ==, p->introduction);
  g_assert_cmpuint (q->sections->len, ==, 3);

  s = g_ptr_array_index (q->sections, 0);
  g_assert_cmpstr (s->title, ==, "Nhiệm vụ trọng tâm");
  item = g_ptr_array_index (s->items, 0);
  g_assert_cmpint (item->kind, ==, CT_ITEM_TASK);
  g_assert_cmpuint (item->paragraphs->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (item->paragraphs, 1), ==,
                   "Đoạn hai; dấu \"ngoặc\" và ký tự ' đặc biệt %_.");

  s = g_ptr_array_index (q->sections, 1);
  g_assert_cmpstr (s->title, ==, title);
  g_assert_cmpint (g_utf8_strlen (s->title, -1), ==, 10000);
  item = g_ptr_array_index (s->items, 0);
  g_assert_cmpint (item->kind, ==, CT_ITEM_EVENT);
  g_assert_cmpstr (item->uuid, ==,
                   ((CtItem *) item_at (p, 1, 0))->uuid);
  g_assert_cmpstr (item->title, ==, title);
  assert_date (&item->start_date, 10, 4, 2024);
  assert_date (&item->end_date, 12, 4, 2024);
  g_assert_cmpint (item->day_part, ==, CT_DAY_PART_MORNING);
  g_assert_cmpint (item->start_minute, ==, 450);
  g_assert_cmpint (item->end_minute, ==, 690);
  g_assert_true (item->tentative);
  g_assert_cmpstr (item->location, ==, "Hội trường Huyện ủy");
  g_assert_cmpstr (item->chair, ==, "Đồng chí Bí thư");
  g_assert_cmpuint (item->agenda->len, ==, 3);
  agenda = g_ptr_array_index (item->agenda, 1);
  g_assert_cmpstr (agenda->text, ==, "Báo cáo hai");
  g_assert_cmpstr (agenda->preparing_unit, ==, "Văn phòng Huyện uỷ");
  agenda = g_ptr_array_index (item->agenda, 2);
  g_assert_null (agenda->preparing_unit);

  s = g_ptr_array_index (q->sections, 2);
  item = g_ptr_array_index (s->items, 0);
  g_assert_cmpint (item->kind, ==, CT_ITEM_RECURRING);
  g_assert_cmpuint (item->weekdays, ==, CT_WEEKDAY_MONDAY | CT_WEEKDAY_THURSDAY);
  g_assert_cmpint (item->day_part, ==, CT_DAY_PART_AFTERNOON);
  g_assert_cmpint (item->start_minute, ==, -1);
  assert_date (&item->start_date, 1, 4, 2024);
  assert_date (&item->end_date, 30, 6, 2024);
  g_assert_cmpuint (item->exceptions->len, ==, 2);
  assert_date (&g_array_index (item->exceptions, GDate, 0), 15, 4, 2024);
  assert_date (&g_array_index (item->exceptions, GDate, 1), 29, 4, 2024);

  g_assert_cmpuint (q->recipients->len, ==, 2);
  g_assert_cmpstr (((CtRecipient *) g_ptr_array_index (q->recipients, 0))->purpose, ==, "báo cáo");
  g_assert_null (((CtRecipient *) g_ptr_array_index (q->recipients, 1))->purpose);
  g_assert_cmpstr (q->archive_line, ==, "Lưu Văn phòng Huyện ủy");
  ct_test_assert_authorities (q, "KT. BAN THƯỜNG VỤ");
  g_assert_cmpstr (q->signer_title, ==, "PHÓ BÍ THƯ");
  g_assert_cmpstr (q->signer_name, ==, "Nguyễn Thị Hoa");
}

/* The first column of the first row @sql gives, with @text bound to its parameter if any;
 * 0 and *@found FALSE without a row. */
static gint64
query_value (const char *path,
             const char *sql,
             const char *text,
             gboolean   *found)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value = 0;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (text != NULL)
    sqlite3_bind_text (stmt, 1, text, -1, SQLITE_STATIC);
  *found = sqlite3_step (stmt) == SQLITE_ROW;
  if (*found)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

static int
count_rows (const char *path, const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);
  gboolean found;
  int n = query_value (path, sql, NULL, &found);

  g_assert_true (found);
  return n;
}

static void
test_migration_from_empty_file (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = NULL;
  g_autofree char *dir = g_path_get_dirname (f->path);

  /* An existing empty file (0 bytes) is a valid empty SQLite database. */
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (f->path, "", 0, NULL));
  store = ct_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_false (ct_store_get_created (store));
  g_assert_true (ct_store_is_empty (store, &error));
  g_assert_cmpint (count_rows (f->path, "programmes"), ==, 0);
  g_assert_cmpint (count_rows (f->path, "pragma_user_version"), ==, 1);
}

static void
test_failed_save_leaves_database_unchanged (Fixture       *f,
                                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtProgramme) q = NULL;
  CtSection *first, *last;
  CtItem *dup;
  g_autofree char *old_body = NULL;

  old_body = g_strdup (f->p->issuing_body);

  /* Change a field and add an item whose UUID duplicates another: the insert of the last
   * section fails after the programme row and earlier sections were written. */
  g_free (f->p->superior_body);
  f->p->superior_body = g_strdup ("ĐÃ ĐỔI");
  first = g_ptr_array_index (f->p->sections, 0);
  last = g_ptr_array_index (f->p->sections, 2);
  dup = ct_item_copy (g_ptr_array_index (first->items, 0));
  ct_section_add_item (last, dup);

  g_assert_false (ct_store_save_programme (f->store, f->p, &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID);
  g_clear_error (&error);

  q = ct_store_load_programme (f->store, f->p->id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (q->superior_body, ==, "ĐẢNG BỘ TỈNH ĐỒNG XANH");
  g_assert_cmpuint (q->sections->len, ==, 3);
  g_assert_cmpuint (((CtSection *) g_ptr_array_index (q->sections, 2))->items->len, ==, 1);
  g_assert_cmpint (count_rows (f->path, "items"), ==, 3);
}

static void
test_delete_cascades (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (count_rows (f->path, "agenda_items"), ==, 3);
  g_assert_true (ct_store_delete_programme (f->store, f->p->id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (f->path, "programmes"), ==, 0);
  g_assert_cmpint (count_rows (f->path, "sections"), ==, 0);
  g_assert_cmpint (count_rows (f->path, "items"), ==, 0);
  g_assert_cmpint (count_rows (f->path, "paragraphs"), ==, 0);
  g_assert_cmpint (count_rows (f->path, "agenda_items"), ==, 0);
  g_assert_cmpint (count_rows (f->path, "recipients"), ==, 0);

  g_assert_false (ct_store_delete_programme (f->store, f->p->id, &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_NOT_FOUND);
}

static void
test_not_a_database (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = NULL;
  g_autofree char *dir = g_path_get_dirname (f->path);
  g_autofree char *after = NULL;
  gsize len;
  const char content[] = "Đây không phải là cơ sở dữ liệu.\n" "\x01\x02\x03 some more bytes";

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (f->path, content, sizeof content, NULL));
  store = ct_store_open (f->path, &error);
  g_assert_null (store);
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_CORRUPT);
  g_assert_true (g_file_get_contents (f->path, &after, &len, NULL));
  g_assert_cmpmem (after, len, content, sizeof content);
}

static void
test_foreign_database (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = NULL;
  g_autofree char *dir = g_path_get_dirname (f->path);
  sqlite3 *db;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE x (a); INSERT INTO x VALUES (1)", NULL, NULL,
                                 NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  store = ct_store_open (f->path, &error);
  g_assert_null (store);
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_CORRUPT);
  g_assert_cmpint (count_rows (f->path, "x"), ==, 1);
}

static void
test_too_new (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = ct_store_open (f->path, &error);
  sqlite3 *db;

  g_assert_no_error (error);
  g_clear_object (&store);
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA user_version = 99", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  store = ct_store_open (f->path, &error);
  g_assert_null (store);
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_TOO_NEW);
  g_assert_nonnull (strstr (error->message, "99"));
}

static void
test_locked (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = ct_store_open (f->path, &error);
  g_autoptr(CtProgramme) p = ct_sample_programme_new ();
  sqlite3 *other;

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_open (f->path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);

  ct_store_set_busy_timeout (store, 200);
  g_assert_false (ct_store_save_programme (store, p, &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_LOCKED);
  g_assert_nonnull (strstr (error->message, f->path));
  g_assert_cmpint (p->id, ==, 0);
  g_clear_error (&error);

  sqlite3_exec (other, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (other);
  g_assert_true (ct_store_save_programme (store, p, &error));
  g_assert_no_error (error);
}

static void
test_units_merge (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = ct_store_open (f->path, &error);
  g_autoptr(CtProgramme) p = ct_programme_new ();
  g_autoptr(CtProgramme) q = NULL;
  g_autoptr(GPtrArray) units = NULL;
  CtSection *s = ct_programme_add_section (p, "Hội nghị");
  CtItem *item = ct_item_new_event ("Hội nghị", NULL);

  ct_item_add_agenda_item (item, "a", "Văn phòng Huyện ủy");
  ct_item_add_agenda_item (item, "b", "Văn phòng Huyện uỷ");
  ct_item_add_agenda_item (item, "c", "VĂN PHÒNG HUYỆN ỦY");
  ct_item_add_agenda_item (item, "d", "Văn phòng Huye\xcc\x82\xcc\xa3n u\xcc\x89y");
  ct_item_add_agenda_item (item, "e", "UBND huyện");
  ct_section_add_item (s, item);
  g_assert_true (ct_store_save_programme (store, p, &error));

  units = ct_store_list_units (store, &error);
  g_assert_cmpuint (units->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (units, 0), ==, "UBND huyện");
  g_assert_cmpstr (g_ptr_array_index (units, 1), ==, "Văn phòng Huyện ủy");

  q = ct_store_load_programme (store, p->id, &error);
  item = item_at (q, 0, 0);
  for (guint i = 0; i < 4; i++)
    g_assert_cmpstr (((CtAgendaItem *) g_ptr_array_index (item->agenda, i))->preparing_unit, ==,
                     "Văn phòng Huyện ủy");

  /* A unit no agenda item names any more leaves the directory. */
  item = item_at (p, 0, 0);
  g_ptr_array_remove_index (item->agenda, 4);
  g_assert_true (ct_store_save_programme (store, p, &error));
  g_clear_pointer (&units, g_ptr_array_unref);
  units = ct_store_list_units (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (units->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (units, 0), ==, "Văn phòng Huyện ủy");
}

static void
test_sequence (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  CtItem *event = item_at (f->p, 1, 0);
  CtItem *briefing = item_at (f->p, 2, 0);
  GDate d = { 0 };

  g_assert_cmpuint (event->sequence, ==, 0);
  /* Unchanged: no bump. A title change is not a schedule change. */
  g_free (event->title);
  event->title = g_strdup ("Tên mới");
  g_assert_true (ct_store_save_programme (f->store, f->p, &error));
  g_assert_cmpuint (event->sequence, ==, 0);
  g_assert_cmpuint (briefing->sequence, ==, 0);

  g_date_clear (&d, 1);
  g_date_set_dmy (&d, 11, 4, 2024);
  event->start_date = d;
  g_assert_true (ct_store_save_programme (f->store, f->p, &error));
  g_assert_cmpuint (event->sequence, ==, 1);
  g_assert_cmpuint (briefing->sequence, ==, 0);
}

static void
test_list_and_search (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = ct_store_open (f->path, &error);
  g_autoptr(CtProgramme) a = ct_sample_programme_new ();
  g_autoptr(CtProgramme) b = full_programme ();
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GPtrArray) none = NULL;
  CtProgrammeSummary *s;

  g_assert_true (ct_store_save_programme (store, a, &error));
  g_assert_true (ct_store_save_programme (store, b, &error));

  all = ct_store_list_programmes (store, NULL, &error);
  g_assert_cmpuint (all->len, ==, 2);
  s = g_ptr_array_index (all, 0);
  g_assert_cmpint (s->id, ==, a->id); /* 2026 before 2024 */
  g_assert_cmpstr (s->subtitle, ==, "công tác tháng 12 năm 2026");
  g_assert_cmpuint (s->number, ==, 58);

  /* "dai hoi"-style search: no diacritics, đ as d, any case. */
  found = ct_store_list_programmes (store, "DANG BO TINH dong xanh", &error);
  g_assert_cmpuint (found->len, ==, 2);
  g_clear_pointer (&found, g_ptr_array_unref);
  found = ct_store_list_programmes (store, "giao ban thuong truc huyen", &error);
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_cmpint (((CtProgrammeSummary *) g_ptr_array_index (found, 0))->id, ==, a->id);
  none = ct_store_list_programmes (store, "100%", &error);
  g_assert_cmpuint (none->len, ==, 0);
}

static gint64
item_row_id (const char *path,
             const char *uuid)
{
  gboolean found;

  return query_value (path, "SELECT id FROM items WHERE uuid = ?", uuid, &found);
}

/* Saves write the difference: unchanged items keep their rows; moved, edited, added and
 * removed items, sections and recipients all read back as in memory. */
static void
test_incremental_save (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtProgramme) q = NULL;
  CtSection *first, *last;
  CtItem *task, *rule, *added;
  g_autofree char *task_uuid = NULL;
  gint64 task_row;

  first = g_ptr_array_index (f->p->sections, 0);
  last = g_ptr_array_index (f->p->sections, 2);
  task = g_ptr_array_index (first->items, 0);
  rule = g_ptr_array_index (last->items, 0);
  task_uuid = g_strdup (task->uuid);
  task_row = item_row_id (f->path, task_uuid);
  g_assert_cmpint (task_row, >, 0);

  /* Move the weekly rule to the first section, drop the last section, edit the event's
   * agenda, add an item and a recipient. */
  ct_section_add_item (first, ct_item_ref (rule));
  g_ptr_array_remove_index (f->p->sections, 2);
  ct_item_add_agenda_item (item_at (f->p, 1, 0), "Báo cáo bốn", "Ban Dân vận Huyện ủy");
  added = ct_item_new_task ("Nhiệm vụ mới thêm.");
  ct_section_add_item (first, added);
  ct_programme_add_recipient (f->p, "Ban Dân vận Huyện ủy", "để biết");
  g_assert_true (ct_store_save_programme (f->store, f->p, &error));
  g_assert_no_error (error);

  g_assert_cmpint (item_row_id (f->path, task_uuid), ==, task_row);
  q = ct_store_load_programme (f->store, f->p->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (q->sections->len, ==, 2);
  first = g_ptr_array_index (q->sections, 0);
  g_assert_cmpuint (first->items->len, ==, 3);
  g_assert_cmpstr (((CtItem *) first->items->pdata[1])->uuid, ==, rule->uuid);
  g_assert_cmpint (((CtItem *) first->items->pdata[1])->kind, ==, CT_ITEM_RECURRING);
  g_assert_cmpstr (((CtItem *) first->items->pdata[2])->uuid, ==, added->uuid);
  g_assert_cmpuint (((CtItem *) ((CtSection *) q->sections->pdata[1])->items->pdata[0])
                      ->agenda->len, ==, 4);
  g_assert_cmpuint (q->recipients->len, ==, 3);
  g_assert_cmpstr (((CtRecipient *) q->recipients->pdata[2])->purpose, ==, "để biết");

  /* Removing every section and item leaves no row behind. */
  g_ptr_array_set_size (f->p->sections, 0);
  g_assert_true (ct_store_save_programme (f->store, f->p, &error));
  g_assert_cmpint (item_row_id (f->path, task_uuid), ==, 0);
  g_clear_pointer (&q, ct_programme_unref);
  q = ct_store_load_programme (f->store, f->p->id, &error);
  g_assert_cmpuint (q->sections->len, ==, 0);
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

/* The index follows edits and deletions; NFD queries, đ, an incomplete last word and a
 * query without letters work. */
static void
test_search_index (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = ct_store_open (f->path, &error);
  g_autoptr(CtProgramme) a = ct_sample_programme_new ();
  g_autoptr(CtProgramme) b = full_programme ();
  CtSection *section;

  g_assert_true (ct_store_save_programme (store, a, &error));
  g_assert_true (ct_store_save_programme (store, b, &error));

  /* "Hội trường Huyện ủy" (b only), typed NFD and cut short. */
  g_assert_cmpuint (count_found (store, "ho\xcc\x82\xcc\xa3i tru\xcc\x9bo\xcc\x9b\xcc\x80ng huy"),
                    ==, 1);
  g_assert_cmpuint (count_found (store, "đồng chí bí thư"), ==, 1);
  g_assert_cmpuint (count_found (store, "dong chi bi"), ==, 1);
  g_assert_cmpuint (count_found (store, "bi thu chi"), ==, 0); /* a phrase, in order */
  g_assert_cmpuint (count_found (store, "ong chi"), ==, 0);    /* words from their start */

  /* Edited text is found under its new words only. */
  section = g_ptr_array_index (b->sections, 0);
  g_free (section->title);
  section->title = g_strdup ("Công tác chuyển đổi số");
  g_assert_true (ct_store_save_programme (store, b, &error));
  g_assert_cmpuint (count_found (store, "chuyen doi so"), ==, 1);
  g_assert_cmpuint (count_found (store, "nhiem vu trong tam"), ==, 1); /* the sample only */

  /* Punctuation only: a substring search of the folded text. */
  g_assert_cmpuint (count_found (store, "%_."), ==, 1);
  g_assert_cmpuint (count_found (store, "%%"), ==, 0);

  g_assert_true (ct_store_delete_programme (store, b->id, &error));
  g_assert_cmpuint (count_found (store, "chuyen doi so"), ==, 0);
  g_assert_cmpuint (count_found (store, "dong xanh"), ==, 1);
}

/* A database of format 1 (search text in a column) is migrated into the index. */
static void
test_migration_to_search_index (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autofree char *dir = g_path_get_dirname (f->path);
  sqlite3 *db = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
                                 "CREATE TABLE programmes (id INTEGER PRIMARY KEY,"
                                 " style INTEGER NOT NULL DEFAULT 0,"
                                 " superior_body TEXT, issuing_body TEXT,"
                                 " number INTEGER NOT NULL DEFAULT 0,"
                                 " kind_code TEXT, body_code TEXT, place_name TEXT,"
                                 " issue_date TEXT, period_kind INTEGER NOT NULL,"
                                 " period_year INTEGER NOT NULL, period_index INTEGER NOT NULL,"
                                 " subtitle TEXT, status INTEGER NOT NULL DEFAULT 0,"
                                 " introduction TEXT, archive_line TEXT,"
                                 " signing_authority INTEGER NOT NULL DEFAULT 0,"
                                 " signer_body TEXT, signer_title TEXT, signer_name TEXT,"
                                 " modified INTEGER NOT NULL DEFAULT 0,"
                                 " search_key TEXT NOT NULL DEFAULT '');"
                                 /* The part of format 1 that later migrations touch. */
                                 "CREATE TABLE items (id INTEGER PRIMARY KEY);"
                                 "CREATE TABLE agenda_items (id INTEGER PRIMARY KEY,"
                                 " item_id INTEGER NOT NULL, position INTEGER NOT NULL,"
                                 " text TEXT NOT NULL, unit_id INTEGER);"
                                 "INSERT INTO programmes (period_kind, period_year, period_index,"
                                 " issuing_body, search_key) VALUES (0, 2025, 3,"
                                 " 'HUYỆN ỦY SÔNG MÂY', 'cong tac thang 3 nam 2025\nhuyen uy"
                                 " song may\nhoi nghi tong ket');"
                                 "PRAGMA user_version = 1;", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);

  store = ct_store_open (f->path, &error);
  g_assert_no_error (error);
  found = ct_store_list_programmes (store, "Hội nghị tổng kết", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_cmpstr (((CtProgrammeSummary *) g_ptr_array_index (found, 0))->issuing_body, ==,
                   "HUYỆN ỦY SÔNG MÂY");
  g_assert_cmpuint (count_found (store, "tong ket nam"), ==, 0);
}

static void
test_duplicate (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtProgramme) copy = NULL;
  gint64 id;
  CtItem *a, *b;

  id = ct_store_duplicate_programme (f->store, f->p->id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, !=, f->p->id);
  copy = ct_store_load_programme (f->store, id, &error);
  g_assert_cmpuint (copy->number, ==, 0);
  g_assert_cmpint (copy->status, ==, CT_PROGRAMME_STATUS_DRAFT);
  g_assert_false (g_date_valid (&copy->issue_date));
  a = item_at (f->p, 1, 0);
  b = item_at (copy, 1, 0);
  g_assert_cmpstr (a->title, ==, b->title);
  g_assert_cmpstr (a->uuid, !=, b->uuid);
}

static void
store_result_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static GAsyncResult *
wait_result (GAsyncResult **slot)
{
  while (*slot == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *slot;
}

/* List, duplicate and delete off the calling thread give what the synchronous calls
 * give, and a missing programme its error. */
static void
test_async_list_delete_duplicate (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = ct_store_open (f->path, &error);
  g_autoptr(CtProgramme) p = full_programme ();
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GAsyncResult) listed = NULL, copied = NULL, deleted = NULL, missing = NULL;
  gint64 id;

  ct_store_set_delay_for_testing (store, 20);
  g_assert_true (ct_store_save_programme (store, p, &error));

  ct_store_duplicate_programme_async (store, p->id, NULL, store_result_cb, &copied);
  id = ct_store_duplicate_programme_finish (store, wait_result (&copied), &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, ==, p->id + 1);

  ct_store_delete_programme_async (store, p->id, NULL, store_result_cb, &deleted);
  g_assert_true (ct_store_delete_programme_finish (store, wait_result (&deleted), &error));

  ct_store_list_programmes_async (store, NULL, NULL, store_result_cb, &listed);
  list = ct_store_list_programmes_finish (store, wait_result (&listed), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpint (((CtProgrammeSummary *) g_ptr_array_index (list, 0))->id, ==, id);

  ct_store_delete_programme_async (store, p->id, NULL, store_result_cb, &missing);
  g_assert_false (ct_store_delete_programme_finish (store, wait_result (&missing), &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_NOT_FOUND);
}

int
main (int    argc,
      char **argv)
{
  ct_test_init (&argc, &argv);

#define ADD_FULL(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up_full, func, fixture_tear_down)

  CT_TEST_ADD ("/store/round-trip", test_round_trip);
  CT_TEST_ADD ("/store/migration-from-empty-file", test_migration_from_empty_file);
  ADD_FULL ("/store/failed-save-leaves-database-unchanged",
            test_failed_save_leaves_database_unchanged);
  ADD_FULL ("/store/delete-cascades", test_delete_cascades);
  CT_TEST_ADD ("/store/not-a-database", test_not_a_database);
  CT_TEST_ADD ("/store/foreign-database", test_foreign_database);
  CT_TEST_ADD ("/store/too-new", test_too_new);
  CT_TEST_ADD ("/store/locked", test_locked);
  CT_TEST_ADD ("/store/units-merge", test_units_merge);
  ADD_FULL ("/store/sequence", test_sequence);
  CT_TEST_ADD ("/store/list-and-search", test_list_and_search);
  ADD_FULL ("/store/duplicate", test_duplicate);
  CT_TEST_ADD ("/store/async-list-delete-duplicate", test_async_list_delete_duplicate);
  CT_TEST_ADD ("/store/search-index", test_search_index);
  ADD_FULL ("/store/incremental-save", test_incremental_save);
  CT_TEST_ADD ("/store/migration-to-search-index", test_migration_to_search_index);
#undef ADD_FULL
  return g_test_run ();
}
