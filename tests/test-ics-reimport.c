/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Importing calendar files into a programme that already holds their events: our own
 * exports, older copies of them, and files from other calendar programs. */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "ct-ics-export.h"
#include "ct-ics-import-file.h"
#include "ct-ics-private.h"
#include "ct-json.h"
#include "ct-roll-forward.h"
#include "ct-store.h"
#include "fixture-programme.h"
#include "ics-fixture.h"
#include "test-util.h"

static char *tmpdir;

#define CAL(body) "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n" body \
                  "END:VCALENDAR\r\n"
#define EVENT(uid, summary, rest) "BEGIN:VEVENT\r\nUID:" uid "\r\nSUMMARY:" summary "\r\n" \
                                  rest "END:VEVENT\r\n"

static gboolean
has_warning (const CtIcsImportResult *result,
             const char              *text)
{
  for (guint i = 0; result->warnings != NULL && i < result->warnings->len; i++)
    if (g_strcmp0 (g_ptr_array_index (result->warnings, i), text) == 0)
      return TRUE;
  return FALSE;
}

static void
dump_warnings (const CtIcsImportResult *result)
{
  for (guint i = 0; result->warnings != NULL && i < result->warnings->len; i++)
    g_test_message ("warning: %s", (const char *) g_ptr_array_index (result->warnings, i));
}

/* ---- our own export, imported back unchanged ---- */

typedef CtProgramme *(*FixtureFunc) (void);

static void
assert_round_trip_unchanged (CtProgramme *p)
{
  g_autofree char *before = NULL, *after = NULL, *text = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(CtIcsImportResult) result = { 0 };
  g_auto(GStrv) lines = NULL;
  guint n_events;

  p->modified = ICS_STAMP;
  before = ct_programme_to_json (p);
  text = ics_export_text (p);
  lines = ics_unfolded_lines (text);
  n_events = ics_count_lines (lines, "BEGIN:VEVENT");
  g_assert_true (ct_ics_import (p, NULL, text, -1, &result, &error));
  g_assert_no_error (error);
  dump_warnings (&result);
  g_assert_cmpuint (result.added, ==, 0);
  g_assert_cmpuint (result.updated, ==, 0);
  g_assert_cmpuint (result.older, ==, 0);
  g_assert_cmpuint (result.unchanged, ==, n_events);
  after = ct_programme_to_json (p);
  g_assert_cmpstr (after, ==, before);
}

/* Every fixture: export, import into the same programme, the same programme, SEQUENCE
 * and all. */
static void
test_round_trip_fixtures (void)
{
  static const FixtureFunc fixtures[] = {
    fixture_programme_september_2023, fixture_programme_state_2025,
    fixture_programme_week_39_2023, ics_seed_shaped_programme, ics_more_shapes_programme,
  };

  for (guint i = 0; i < G_N_ELEMENTS (fixtures); i++)
    {
      g_autoptr(CtProgramme) p = fixtures[i] ();

      g_test_message ("fixture %u", i);
      assert_round_trip_unchanged (p);
    }
}

/* Other calendar programs ignore the mark and show the morning's block: 07:30 to 11:30
 * in Vietnam, 00:30 to 04:30 UTC. */
static void
assert_python_block (const char *text)
{
  g_autofree char *path = g_build_filename (tmpdir, "no-end.ics", NULL);
  g_autofree char *reason = NULL, *listing = NULL;

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  listing = ics_python_listing (path, &reason);
  if (listing == NULL)
    {
      g_test_message ("%s", reason);
      return;
    }
  g_assert_nonnull (strstr (listing, "\tPhiên họp thường kỳ Ủy ban nhân dân huyện tháng 3\t"
                                     "2025-03-14T00:30:00Z\t2025-03-14T04:30:00Z\t"));
}

/* "7 giờ 30", no end: exported 07:30–11:30, the morning's default end, and marked so. */
static void
test_start_without_end (void)
{
  g_autoptr(CtProgramme) p = fixture_programme_state_2025 ();
  g_autoptr(CtProgramme) q = ct_programme_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  CtItem *meeting;

  fixture_find_titled (p, "Phiên họp thường kỳ Ủy ban nhân dân huyện tháng 3", NULL)
    ->day_part = CT_DAY_PART_NONE;
  text = ics_export_text (p);
  lines = ics_unfolded_lines (text);
  g_assert_cmpuint (ics_count_lines (lines, "DTSTART;TZID=Asia/Ho_Chi_Minh:20250314T073000"),
                    ==, 1);
  g_assert_cmpuint (ics_count_lines (lines, "DTEND;TZID=Asia/Ho_Chi_Minh:20250314T113000"),
                    ==, 1);
  g_assert_cmpuint (ics_count_lines (lines, "X-CONGTAC-NO-END:TRUE"), ==, 1);
  assert_python_block (text);

  /* Into another programme too: the start only, not "Sáng". */
  ct_programme_set_period (q, CT_PERIOD_KIND_MONTH, 2025, 3);
  g_assert_true (ct_ics_import (q, NULL, text, -1, NULL, &error));
  meeting = fixture_find_titled (q, "Phiên họp thường kỳ Ủy ban nhân dân huyện tháng 3", NULL);
  g_assert_cmpint (meeting->day_part, ==, CT_DAY_PART_NONE);
  g_assert_cmpint (meeting->start_minute, ==, 7 * 60 + 30);
  g_assert_cmpint (meeting->end_minute, ==, CT_NO_TIME);
  g_assert_cmpuint (meeting->sequence, ==, 0);
}

/* ---- an older file never undoes newer edits ---- */

static CtItem *
find (CtProgramme *p,
      const char  *title)
{
  CtItem *item = fixture_find_titled (p, title, NULL);

  g_assert_nonnull (item);
  return item;
}

static void
test_older_file (void)
{
  g_autoptr(CtStore) store = ics_open_store (tmpdir, "older.db");
  g_autoptr(CtProgramme) p = fixture_programme_september_2023 ();
  g_autoptr(CtProgramme) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (tmpdir, "before-edits.ics", NULL);
  g_autofree char *text = NULL, *before = NULL, *after = NULL;
  g_auto(CtIcsImportResult) result = { 0 };
  CtItem *moved, *renamed, *rule;
  GDate day;

  g_assert_true (ct_store_save_programme (store, p, &error));
  text = ics_export_text (p);
  g_assert_true (g_file_set_contents (path, text, -1, NULL));

  /* After the export: one conference moves from the 20th to the 21st, another is
   * renamed, and the Monday briefing of the 18th is cancelled. */
  moved = find (p, "Hội nghị đối thoại của Bí thư Huyện ủy với Nhân dân xã Đồi Chè");
  g_date_set_dmy (&moved->start_date, 21, G_DATE_SEPTEMBER, 2023);
  renamed = find (p, "Hội nghị thông tin thường kỳ");
  g_free (renamed->title);
  renamed->title = g_strdup ("Hội nghị thông tin thời sự thường kỳ");
  rule = find (p, "Giao ban Thường trực Huyện ủy");
  g_date_set_dmy (&day, 18, G_DATE_SEPTEMBER, 2023);
  ct_item_add_exception (rule, &day);
  g_assert_true (ct_store_save_programme (store, p, &error));
  g_assert_cmpuint (moved->sequence, ==, 1);
  g_assert_cmpuint (renamed->sequence, ==, 0);
  g_assert_cmpuint (rule->sequence, ==, 1);
  before = ct_programme_to_json (p);

  g_assert_true (ct_ics_import_file (store, p->id, NULL, path, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.older, ==, 3);
  g_assert_cmpuint (result.updated, ==, 0);
  g_assert_cmpuint (result.added, ==, 0);
  g_assert_true (has_warning (&result, "3 events are older than the programme’s; not "
                                       "applied."));

  loaded = ct_store_load_programme (store, p->id, &error);
  g_assert_no_error (error);
  loaded->modified = p->modified;
  loaded->revision = p->revision;
  after = ct_programme_to_json (loaded);
  g_assert_cmpstr (after, ==, before);
  moved = find (loaded, "Hội nghị đối thoại của Bí thư Huyện ủy với Nhân dân xã Đồi Chè");
  g_assert_cmpuint (g_date_get_day (&moved->start_date), ==, 21);
  g_assert_cmpuint (moved->sequence, ==, 1);
  g_assert_nonnull (fixture_find_titled (loaded, "Hội nghị thông tin thời sự thường kỳ", NULL));
  rule = find (loaded, "Giao ban Thường trực Huyện ủy");
  g_assert_cmpuint (rule->exceptions->len, ==, 1);
  g_assert_cmpuint (g_date_get_day (&g_array_index (rule->exceptions, GDate, 0)), ==, 18);
  g_assert_cmpuint (rule->sequence, ==, 1);
}

/* One event of SEQUENCE 0 on 29 September 2023, stamped long after. */
static char *
file_of (const char *uid,
         const char *summary,
         const char *last_modified)
{
  return g_strdup_printf (CAL ("BEGIN:VEVENT\r\nUID:%s\r\nSUMMARY:%s\r\nSEQUENCE:0\r\n"
                               "LAST-MODIFIED:%s\r\nDTSTAMP:20300101T000000Z\r\n"
                               "DTSTART;VALUE=DATE:20230929\r\nEND:VEVENT\r\n"),
                          uid, summary, last_modified);
}

/* At the same SEQUENCE, a file changed after the programme's last save wins; one dated
 * before it does not. */
static void
test_equal_sequence (void)
{
  g_autoptr(CtProgramme) p = fixture_programme_september_2023 ();
  g_autoptr(GError) error = NULL;
  g_auto(CtIcsImportResult) stale = { 0 };
  g_auto(CtIcsImportResult) fresh = { 0 };
  CtItem *item = find (p, "Hội nghị thông tin thường kỳ");
  g_autofree char *uid = ct_ics_uid_from_uuid (item->uuid);
  g_autofree char *old_file = NULL, *new_file = NULL;

  /* Saved at 2024-01-01 00:00 UTC. */
  p->modified = G_GINT64_CONSTANT (1704067200);
  old_file = file_of (uid, "Tên cũ", "20231231T235959Z");
  new_file = file_of (uid, "Tên mới", "20240101T000001Z");
  g_assert_true (ct_ics_import (p, NULL, old_file, -1, &stale, &error));
  g_assert_cmpuint (stale.older, ==, 1);
  g_assert_true (has_warning (&stale, "1 event is older than the programme’s; not applied."));
  g_assert_cmpstr (item->title, ==, "Hội nghị thông tin thường kỳ");

  g_assert_true (ct_ics_import (p, NULL, new_file, -1, &fresh, &error));
  g_assert_cmpuint (fresh.older, ==, 0);
  g_assert_cmpuint (fresh.updated, ==, 1);
  g_assert_cmpstr (item->title, ==, "Tên mới");
  g_assert_cmpuint (item->sequence, ==, 0);
}

/* ---- a file from another calendar, into two programmes ---- */

/* The items of an event from another calendar get a UUID made from the programme and
 * the UID (items.uuid is UNIQUE over the whole database): the same file goes into two
 * programmes of one database, each keeps its own copy, and each import again finds its
 * own. */
static void
test_foreign_into_two (void)
{
  g_autoptr(CtStore) store = ics_open_store (tmpdir, "foreign.db");
  g_autoptr(CtProgramme) a = fixture_programme_september_2023 ();
  g_autoptr(CtProgramme) b = fixture_programme_september_2023 ();
  g_autoptr(CtProgramme) loaded_a = NULL, loaded_b = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (tmpdir, "foreign.ics", NULL);
  g_auto(CtIcsImportResult) first_a = { 0 };
  g_auto(CtIcsImportResult) first_b = { 0 };
  g_auto(CtIcsImportResult) again = { 0 };
  CtItem *in_a, *in_b;
  const char *text = CAL (
    EVENT ("hop-giao-ban-2023-09-07@lich.example.org", "Họp giao ban khối nội chính",
           "SEQUENCE:3\r\nDTSTART;TZID=Asia/Ho_Chi_Minh:20230907T140000\r\n"
           "DTEND;TZID=Asia/Ho_Chi_Minh:20230907T160000\r\n"));

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  g_assert_true (ct_store_save_programme (store, a, &error));
  g_assert_true (ct_store_save_programme (store, b, &error));
  g_assert_true (ct_ics_import_file (store, a->id, NULL, path, &first_a, &error));
  g_assert_no_error (error);
  g_assert_true (ct_ics_import_file (store, b->id, NULL, path, &first_b, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (first_a.added, ==, 1);
  g_assert_cmpuint (first_b.added, ==, 1);

  loaded_a = ct_store_load_programme (store, a->id, &error);
  loaded_b = ct_store_load_programme (store, b->id, &error);
  in_a = find (loaded_a, "Họp giao ban khối nội chính");
  in_b = find (loaded_b, "Họp giao ban khối nội chính");
  g_assert_cmpstr (in_a->uuid, !=, in_b->uuid);
  g_assert_cmpint (in_a->start_minute, ==, 14 * 60);
  g_assert_cmpint (in_b->end_minute, ==, 16 * 60);
  g_assert_cmpuint (in_a->sequence, ==, 3);
  g_assert_cmpuint (in_b->sequence, ==, 3);

  g_assert_true (ct_ics_import_file (store, b->id, NULL, path, &again, &error));
  g_assert_cmpuint (again.added, ==, 0);
  g_assert_cmpuint (again.unchanged, ==, 1);
}

/* ---- the UIDs of another calendar's events ---- */

#define OUTLOOK_UID "040000008200E00074C5B7101A82E00800000000D0C9E0B1F4A0D901000000000000000" \
                    "0100000007A3C5E9B2D1F4E6A8B0C2D4E6F8A0B1C"

/* An Outlook meeting, a plain one, and a weekly rule whose second Tuesday moved to the
 * Wednesday (RECURRENCE-ID). */
static const char foreign_file[] = CAL (
  EVENT (OUTLOOK_UID, "Họp trực tuyến với Sở Nội vụ",
         "SEQUENCE:1\r\nDTSTAMP:20230801T000000Z\r\n"
         "DTSTART;TZID=Asia/Ho_Chi_Minh:20230906T083000\r\n"
         "DTEND;TZID=Asia/Ho_Chi_Minh:20230906T103000\r\n")
  EVENT ("abc@example.org", "Tiếp đoàn công tác của tỉnh bạn",
         "DTSTAMP:20230801T000000Z\r\nDTSTART;VALUE=DATE:20230914\r\n")
  EVENT ("giao-ban-thu-ba@example.org", "Giao ban khối dân vận",
         "DTSTAMP:20230801T000000Z\r\n"
         "DTSTART;TZID=Asia/Ho_Chi_Minh:20230905T140000\r\n"
         "DTEND;TZID=Asia/Ho_Chi_Minh:20230905T160000\r\n"
         "RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20230926T070000Z\r\n")
  EVENT ("giao-ban-thu-ba@example.org", "Giao ban khối dân vận (dời)",
         "DTSTAMP:20230801T000000Z\r\n"
         "RECURRENCE-ID;TZID=Asia/Ho_Chi_Minh:20230912T140000\r\n"
         "DTSTART;TZID=Asia/Ho_Chi_Minh:20230913T140000\r\n"
         "DTEND;TZID=Asia/Ho_Chi_Minh:20230913T160000\r\n"));

/* A saved programme of September 2023 holding the file's events, reloaded. */
static CtProgramme *
import_foreign (CtStore     *store,
                const char  *name)
{
  g_autoptr(CtProgramme) p = fixture_programme_september_2023 ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (tmpdir, name, NULL);
  g_auto(CtIcsImportResult) result = { 0 };
  CtProgramme *loaded;

  g_assert_true (g_file_set_contents (path, foreign_file, -1, NULL));
  g_assert_true (ct_store_save_programme (store, p, &error));
  g_assert_true (ct_ics_import_file (store, p->id, NULL, path, &result, &error));
  g_assert_no_error (error);
  dump_warnings (&result);
  g_assert_cmpuint (result.added, ==, 4);
  loaded = ct_store_load_programme (store, p->id, &error);
  g_assert_no_error (error);
  return loaded;
}

static void
assert_foreign_uids (CtProgramme *p)
{
  g_assert_cmpstr (find (p, "Họp trực tuyến với Sở Nội vụ")->ics_uid, ==, OUTLOOK_UID);
  g_assert_cmpstr (find (p, "Tiếp đoàn công tác của tỉnh bạn")->ics_uid, ==,
                   "abc@example.org");
  g_assert_cmpstr (find (p, "Giao ban khối dân vận")->ics_uid, ==,
                   "giao-ban-thu-ba@example.org");
  /* The moved Tuesday is an event of its own: the UID names the rule. */
  g_assert_null (find (p, "Giao ban khối dân vận (dời)")->ics_uid);
  /* The programme's own items have none. */
  g_assert_null (find (p, "Hội nghị thông tin thường kỳ")->ics_uid);
}

/* Kept by the store and by JSON, written back by the export as they came, read so by
 * python3-icalendar. */
static void
test_foreign_uids_exported (void)
{
  g_autoptr(CtStore) store = ics_open_store (tmpdir, "foreign-uids.db");
  g_autoptr(CtProgramme) p = import_foreign (store, "foreign-uids.ics");
  g_autoptr(CtProgramme) from_json = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL, *text = NULL, *listing = NULL, *reason = NULL;
  g_autofree char *path = g_build_filename (tmpdir, "foreign-uids-export.ics", NULL);
  g_autofree char *moved_uid = NULL, *own_uid = NULL, *moved_line = NULL;
  g_auto(GStrv) lines = NULL;

  assert_foreign_uids (p);
  json = ct_programme_to_json (p);
  g_assert_nonnull (strstr (json, "\"ics_uid\" : \"abc@example.org\""));
  from_json = ct_programme_from_json (json, -1, &error);
  g_assert_no_error (error);
  assert_foreign_uids (from_json);

  text = ics_export_text (p);
  lines = ics_unfolded_lines (text);
  g_assert_cmpuint (ics_count_lines (lines, "UID:" OUTLOOK_UID), ==, 1);
  g_assert_cmpuint (ics_count_lines (lines, "UID:abc@example.org"), ==, 1);
  g_assert_cmpuint (ics_count_lines (lines, "UID:giao-ban-thu-ba@example.org"), ==, 1);
  moved_uid = ct_ics_uid_from_uuid (find (p, "Giao ban khối dân vận (dời)")->uuid);
  own_uid = ct_ics_uid_from_uuid (find (p, "Hội nghị thông tin thường kỳ")->uuid);
  moved_line = g_strconcat ("UID:", moved_uid, NULL);
  g_assert_cmpuint (ics_count_lines (lines, moved_line), ==, 1);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  listing = ics_python_listing (path, &reason);
  if (listing == NULL)
    {
      g_test_message ("%s", reason);
      return;
    }
  g_assert_nonnull (strstr (listing, OUTLOOK_UID "\tHọp trực tuyến với Sở Nội vụ\t"
                                     "2023-09-06T01:30:00Z\t2023-09-06T03:30:00Z\t"));
  g_assert_nonnull (strstr (listing, "\nabc@example.org\tTiếp đoàn công tác của tỉnh bạn\t"
                                     "2023-09-14\t2023-09-15\t"));
  /* The rule's three Tuesdays left, under its UID; the moved one under its own. */
  g_assert_nonnull (strstr (listing, "giao-ban-thu-ba@example.org\tGiao ban khối dân vận\t"
                                     "2023-09-05T07:00:00Z\t"));
  g_assert_nonnull (strstr (listing, "giao-ban-thu-ba@example.org\tGiao ban khối dân vận\t"
                                     "2023-09-19T07:00:00Z\t"));
  g_assert_null (strstr (listing, "giao-ban-thu-ba@example.org\tGiao ban khối dân vận\t"
                                  "2023-09-12T07:00:00Z\t"));
  g_free (moved_line);
  moved_line = g_strconcat (moved_uid, "\tGiao ban khối dân vận (dời)\t"
                            "2023-09-13T07:00:00Z\t", NULL);
  g_assert_nonnull (strstr (listing, moved_line));
  g_assert_nonnull (strstr (listing, own_uid));
}

static guint
count_items (const CtProgramme *p)
{
  guint n = 0;

  for (guint i = 0; i < p->sections->len; i++)
    n += ((CtSection *) g_ptr_array_index (p->sections, i))->items->len;
  return n;
}

/* The same file again finds each event by its UID and changes nothing; so does our
 * export of them. */
static void
test_foreign_uids_reimported (void)
{
  g_autoptr(CtStore) store = ics_open_store (tmpdir, "foreign-again.db");
  g_autoptr(CtProgramme) p = import_foreign (store, "foreign-again.ics");
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL, *after = NULL, *export = NULL, *after_export = NULL;
  g_auto(CtIcsImportResult) again = { 0 };
  g_auto(CtIcsImportResult) back = { 0 };
  guint n_items = count_items (p);

  p->modified = ICS_STAMP;
  before = ct_programme_to_json (p);
  g_assert_true (ct_ics_import (p, NULL, foreign_file, -1, &again, &error));
  g_assert_no_error (error);
  dump_warnings (&again);
  g_assert_cmpuint (again.added, ==, 0);
  g_assert_cmpuint (again.updated, ==, 0);
  g_assert_cmpuint (again.older, ==, 0);
  g_assert_cmpuint (again.unchanged, ==, 4);
  after = ct_programme_to_json (p);
  g_assert_cmpstr (after, ==, before);

  export = ics_export_text (p);
  g_assert_true (ct_ics_import (p, NULL, export, -1, &back, &error));
  g_assert_no_error (error);
  dump_warnings (&back);
  g_assert_cmpuint (back.added, ==, 0);
  g_assert_cmpuint (back.updated, ==, 0);
  g_assert_cmpuint (back.older, ==, 0);
  after_export = ct_programme_to_json (p);
  g_assert_cmpstr (after_export, ==, before);
  g_assert_cmpuint (count_items (p), ==, n_items);
}

/* An item imported before items kept the UID (found by the UUID made from it) takes it
 * at the next import of the file. */
static void
test_foreign_uid_adopted (void)
{
  g_autoptr(CtStore) store = ics_open_store (tmpdir, "foreign-adopted.db");
  g_autoptr(CtProgramme) p = import_foreign (store, "foreign-adopted.ics");
  g_autoptr(GError) error = NULL;
  g_auto(CtIcsImportResult) again = { 0 };
  CtItem *item = find (p, "Tiếp đoàn công tác của tỉnh bạn");
  g_autofree char *uuid = g_strdup (item->uuid);

  g_clear_pointer (&item->ics_uid, g_free);
  g_assert_true (ct_ics_import (p, NULL, foreign_file, -1, &again, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (again.added, ==, 0);
  g_assert_cmpuint (again.updated, ==, 1);
  g_assert_cmpuint (again.unchanged, ==, 3);
  g_assert_cmpstr (item->uuid, ==, uuid);
  g_assert_cmpstr (item->ics_uid, ==, "abc@example.org");
}

/* A new period's programme and a duplicate hold new events: none keeps the UID. */
static void
test_foreign_uids_not_copied (void)
{
  g_autoptr(CtStore) store = ics_open_store (tmpdir, "foreign-copies.db");
  g_autoptr(CtProgramme) p = import_foreign (store, "foreign-copies.ics");
  g_autoptr(CtProgramme) next = ct_programme_roll_forward (p);
  g_autoptr(CtProgramme) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gint64 copy_id;

  g_assert_nonnull (find (next, "Tiếp đoàn công tác của tỉnh bạn"));
  g_assert_null (find (next, "Tiếp đoàn công tác của tỉnh bạn")->ics_uid);
  g_assert_null (find (next, "Họp trực tuyến với Sở Nội vụ")->ics_uid);
  g_assert_null (find (next, "Giao ban khối dân vận")->ics_uid);
  text = ics_export_text (next);
  g_assert_null (strstr (text, "abc@example.org"));
  g_assert_null (strstr (text, "giao-ban-thu-ba@example.org"));

  copy_id = ct_store_duplicate_programme (store, p->id, &error);
  g_assert_no_error (error);
  copy = ct_store_load_programme (store, copy_id, &error);
  g_assert_no_error (error);
  g_assert_null (find (copy, "Tiếp đoàn công tác của tỉnh bạn")->ics_uid);
  g_assert_null (find (copy, "Họp trực tuyến với Sở Nội vụ")->ics_uid);
  /* The original keeps them. */
  assert_foreign_uids (p);
}

/* ---- time zones that are not IANA names ---- */

static void
assert_start (CtProgramme *p,
              const char  *title,
              int          day,
              int          minute)
{
  CtItem *item = find (p, title);

  g_assert_cmpuint (g_date_get_day (&item->start_date), ==, day);
  g_assert_cmpint (item->start_minute, ==, minute);
}

static void
test_unknown_zones (void)
{
  g_autoptr(CtProgramme) p = fixture_programme_september_2023 ();
  g_autoptr(GError) error = NULL;
  g_auto(CtIcsImportResult) result = { 0 };
  const char *text = CAL (
    EVENT ("w1@test", "Họp Windows", "DTSTART;TZID=SE Asia Standard Time:20230904T080000\r\n"
                                     "DTEND;TZID=SE Asia Standard Time:20230904T090000\r\n")
    EVENT ("w2@test", "Họp Tokyo", "DTSTART;TZID=Tokyo Standard Time:20230905T100000\r\n"
                                   "DTEND;TZID=Tokyo Standard Time:20230905T110000\r\n")
    EVENT ("o1@test", "Họp cộng 07", "DTSTART;TZID=+07:20230906T080000\r\n"
                                     "DTEND;TZID=+07:20230906T090000\r\n")
    EVENT ("o2@test", "Họp UTC cộng 7", "DTSTART;TZID=UTC+07:00:20230907T080000\r\n"
                                        "DTEND;TZID=UTC+07:00:20230907T090000\r\n")
    EVENT ("o3@test", "Họp GMT cộng 7", "DTSTART;TZID=GMT+7:20230911T080000\r\n"
                                        "DTEND;TZID=GMT+7:20230911T090000\r\n")
    EVENT ("o4@test", "Họp giờ Hà Nội",
           "DTSTART;TZID=\"(UTC+07:00) Bangkok, Hanoi, Jakarta\":20230912T080000\r\n"
           "DTEND;TZID=\"(UTC+07:00) Bangkok, Hanoi, Jakarta\":20230912T090000\r\n")
    EVENT ("o5@test", "Họp giờ GMT", "DTSTART;TZID=GMT+00:00:20230913T020000\r\n"
                                     "DTEND;TZID=GMT+00:00:20230913T030000\r\n")
    EVENT ("x@test", "Họp ở Atlantis", "DTSTART;TZID=Nowhere/Atlantis:20230914T080000\r\n"));

  g_assert_true (ct_ics_import (p, NULL, text, -1, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.added, ==, 7);
  assert_start (p, "Họp Windows", 4, 8 * 60);
  /* Tokyo is UTC+9: 10:00 there is 08:00 here. */
  assert_start (p, "Họp Tokyo", 5, 8 * 60);
  assert_start (p, "Họp cộng 07", 6, 8 * 60);
  assert_start (p, "Họp UTC cộng 7", 7, 8 * 60);
  assert_start (p, "Họp GMT cộng 7", 11, 8 * 60);
  assert_start (p, "Họp giờ Hà Nội", 12, 8 * 60);
  assert_start (p, "Họp giờ GMT", 13, 9 * 60);
  g_assert_null (fixture_find_titled (p, "Họp ở Atlantis", NULL));
  g_assert_nonnull (result.warnings);
  g_assert_cmpuint (result.warnings->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (result.warnings, 0), ==,
                   "The time zone “Nowhere/Atlantis” of the event “Họp ở Atlantis” is neither "
                   "defined in the file nor a known zone name, so its time cannot be known; "
                   "it was left out.");
}

/* ---- what the model keeps of VALARM, ATTENDEE and ORGANIZER ---- */

static void
test_people_and_alarms (void)
{
  g_autoptr(CtProgramme) p = fixture_programme_september_2023 ();
  g_autoptr(GError) error = NULL;
  g_auto(CtIcsImportResult) result = { 0 };
  CtItem *item;
#define ALARM "BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:Nhắc\r\nTRIGGER:-PT15M\r\n" \
              "END:VALARM\r\n"
  const char *text = CAL (
    EVENT ("a@test", "Họp có chủ trì",
           "DTSTART;VALUE=DATE:20230904\r\n"
           "ATTENDEE;ROLE=CHAIR;CN=Đồng chí Bí thư:mailto:bt@example.org\r\n"
           "ATTENDEE;CN=Ban Tuyên giáo:mailto:btg@example.org\r\n"
           "ATTENDEE:mailto:bdv@example.org\r\n" ALARM)
    EVENT ("b@test", "Họp có người tổ chức",
           "DTSTART;VALUE=DATE:20230905\r\n"
           "ORGANIZER;CN=Văn phòng Huyện ủy:mailto:vp@example.org\r\n"
           "ATTENDEE;CN=Văn phòng Huyện ủy:mailto:vp@example.org\r\n"
           "ATTENDEE;CN=Ban Tổ chức:mailto:bto@example.org\r\n" ALARM)
    EVENT ("f@test", "Họp chủ trì khác người tổ chức",
           "DTSTART;VALUE=DATE:20230911\r\n"
           "ORGANIZER;CN=Văn phòng Huyện ủy:mailto:vp@example.org\r\n"
           "ATTENDEE;CN=Ban Dân vận:mailto:bdv@example.org\r\n"
           "ATTENDEE;ROLE=CHAIR;CN=Phó Bí thư Thường trực:mailto:pbt@example.org\r\n")
    EVENT ("c@test", "Họp đã ghi chủ trì",
           "DTSTART;VALUE=DATE:20230906\r\n"
           "DESCRIPTION:Chủ trì: Thường trực Huyện ủy\r\n"
           "ORGANIZER;CN=Văn phòng Huyện ủy:mailto:vp@example.org\r\n" ALARM ALARM)
    EVENT ("d@test", "Họp nhắc hai lần", "DTSTART;VALUE=DATE:20230907\r\n" ALARM ALARM)
    EVENT ("e@test", "Họp không nhắc", "DTSTART;VALUE=DATE:20230908\r\n"));
#undef ALARM

  g_assert_true (ct_ics_import (p, NULL, text, -1, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.added, ==, 6);
  item = find (p, "Họp có chủ trì");
  g_assert_cmpstr (item->chair, ==, "Đồng chí Bí thư");
  g_assert_cmpstr (item->participants, ==, "Ban Tuyên giáo, bdv@example.org");
  item = find (p, "Họp có người tổ chức");
  g_assert_cmpstr (item->chair, ==, "Văn phòng Huyện ủy");
  g_assert_cmpstr (item->participants, ==, "Ban Tổ chức");
  /* The chair invited, rather than who sent the invitation. */
  item = find (p, "Họp chủ trì khác người tổ chức");
  g_assert_cmpstr (item->chair, ==, "Phó Bí thư Thường trực");
  g_assert_cmpstr (item->participants, ==, "Ban Dân vận");
  /* What the DESCRIPTION says is kept over ORGANIZER. */
  item = find (p, "Họp đã ghi chủ trì");
  g_assert_cmpstr (item->chair, ==, "Thường trực Huyện ủy");
  g_assert_null (item->participants);
  item = find (p, "Họp không nhắc");
  g_assert_null (item->chair);
  g_assert_nonnull (result.warnings);
  g_assert_cmpuint (result.warnings->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (result.warnings, 0), ==,
                   "Reminders are not kept: 4 events.");
}

int
main (int    argc,
      char **argv)
{
  ct_test_init (&argc, &argv);

  g_test_add_func ("/ics/reimport/round-trip-fixtures", test_round_trip_fixtures);
  g_test_add_func ("/ics/reimport/start-without-end", test_start_without_end);
  g_test_add_func ("/ics/reimport/older-file", test_older_file);
  g_test_add_func ("/ics/reimport/equal-sequence", test_equal_sequence);
  g_test_add_func ("/ics/reimport/foreign-into-two", test_foreign_into_two);
  g_test_add_func ("/ics/reimport/foreign-uids-exported", test_foreign_uids_exported);
  g_test_add_func ("/ics/reimport/foreign-uids-reimported", test_foreign_uids_reimported);
  g_test_add_func ("/ics/reimport/foreign-uid-adopted", test_foreign_uid_adopted);
  g_test_add_func ("/ics/reimport/foreign-uids-not-copied", test_foreign_uids_not_copied);
  g_test_add_func ("/ics/reimport/unknown-zones", test_unknown_zones);
  g_test_add_func ("/ics/reimport/people-and-alarms", test_people_and_alarms);
  return ct_test_run_in_folder ("test-ics-reimport-XXXXXX", &tmpdir);
}
