/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "ct-json.h"
#include "ct-render-text.h"
#include "fixture-programme.h"
#include "ics-fixture.h"
#include "test-util.h"

static char *tmpdir;

/* Export, import, export: the same bytes, and the same document. */
static void
assert_round_trip (CtProgramme *original)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *first = ct_programme_to_json (original);
  g_autoptr(CtProgramme) copy = ct_programme_from_json (first, -1, &error);
  g_autofree char *second = NULL;
  g_autofree char *text_before = NULL, *text_after = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (copy);
  second = ct_programme_to_json (copy);
  g_assert_cmpstr (second, ==, first);
  text_before = ct_programme_render_text (original);
  text_after = ct_programme_render_text (copy);
  g_assert_cmpstr (text_after, ==, text_before);
  g_assert_cmpint (copy->id, ==, 0);
  g_assert_cmpint (copy->revision, ==, 0);
}

static void
test_round_trip_fixtures (void)
{
  g_autoptr(CtProgramme) september = fixture_programme_september_2023 ();
  g_autoptr(CtProgramme) seed_shaped = ics_seed_shaped_programme ();
  g_autoptr(CtProgramme) more = ics_more_shapes_programme ();
  g_autoptr(CtProgramme) state = fixture_programme_state_2025 ();

  assert_round_trip (state);
  assert_round_trip (september);
  assert_round_trip (seed_shaped);
  assert_round_trip (more);
}

/* Every field is written under its documented key, and read back. */
static void
test_fields (void)
{
  g_autoptr(CtProgramme) p = ct_programme_new ();
  g_autoptr(CtProgramme) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  CtSection *section;
  CtItem *item;
  GDate date = ct_test_dmy (9, 3, 2026);

  p->style = CT_DOCUMENT_STYLE_STATE;
  ct_programme_set_period (p, CT_PERIOD_KIND_QUARTER, 2026, 1);
  ct_programme_add_signer_authority (p, CT_SIGNING_AUTHORITY_SIGNING_FOR, "CHỦ TỊCH");
  p->status = CT_PROGRAMME_STATUS_ISSUED;
  p->number = 7;
  section = ct_programme_add_section (p, "Giao ban");
  item = ct_item_new (CT_ITEM_RECURRING);
  g_free (item->uuid);
  item->uuid = g_strdup ("0b6f3c1e-2d4a-4f7e-9c1a-5e8d7b6a4c3f");
  item->title = g_strdup ("Giao ban Văn phòng");
  item->weekdays = CT_WEEKDAY_MONDAY | CT_WEEKDAY_THURSDAY;
  item->day_part = CT_DAY_PART_ALL_DAY;
  item->start_minute = 7 * 60 + 30;
  item->sequence = 3;
  item->ics_uid = g_strdup ("040000008200E00074C5B7101A82E008");
  ct_item_add_exception (item, &date);
  g_ptr_array_add (section->items, item);
  json = ct_programme_to_json (p);
  g_assert_nonnull (strstr (json, "\"style\" : \"state\""));
  g_assert_nonnull (strstr (json, "\"period_kind\" : \"quarter\""));
  g_assert_nonnull (strstr (json, "\"authority\" : \"signing-for\""));
  g_assert_nonnull (strstr (json, "\"status\" : \"issued\""));
  g_assert_nonnull (strstr (json, "\"kind\" : \"recurring\""));
  g_assert_nonnull (strstr (json, "\"day_part\" : \"all-day\""));
  g_assert_nonnull (strstr (json, "\"start_time\" : \"07:30\""));
  g_assert_nonnull (strstr (json, "\"end_time\" : null"));
  g_assert_nonnull (strstr (json, "\"weekdays\" : [\n"
                                  "            \"monday\",\n"
                                  "            \"thursday\"\n"));
  g_assert_nonnull (strstr (json, "\"exceptions\" : [\n"
                                  "            \"2026-03-09\"\n"));
  g_assert_null (strstr (json, "\"id\""));
  g_assert_null (strstr (json, "\"revision\""));
  g_assert_true (g_str_has_prefix (json, "{\n  \"format\" : \"congtac-programme\",\n"
                                         "  \"version\" : 4,\n"));
  g_assert_nonnull (strstr (json, "\"ics_uid\" : \"040000008200E00074C5B7101A82E008\"\n"));
  back = ct_programme_from_json (json, -1, &error);
  g_assert_no_error (error);
  item = g_ptr_array_index (((CtSection *) g_ptr_array_index (back->sections, 0))->items, 0);
  g_assert_cmpstr (item->uuid, ==, "0b6f3c1e-2d4a-4f7e-9c1a-5e8d7b6a4c3f");
  g_assert_cmpuint (item->sequence, ==, 3);
  g_assert_cmpstr (item->ics_uid, ==, "040000008200E00074C5B7101A82E008");
  g_assert_cmpuint (item->weekdays, ==, CT_WEEKDAY_MONDAY | CT_WEEKDAY_THURSDAY);
  g_assert_cmpint (item->start_minute, ==, 450);
  g_assert_cmpint (item->end_minute, ==, CT_NO_TIME);
  ct_test_assert_authorities (back, "KT. CHỦ TỊCH");
  g_assert_cmpuint (back->number, ==, 7);
}

/* A small programme file; @section1_item is the first item of its second section. */
static char *
minimal (const char *top,
         const char *section1_item)
{
  return g_strdup_printf ("{\"format\": \"congtac-programme\", \"version\": 1,%s"
                          " \"style\": \"party\", \"period_kind\": \"month\","
                          " \"period_year\": 2026, \"period_index\": 2,"
                          " \"sections\": [{\"title\": \"Nhiệm vụ\", \"items\": []},"
                          " {\"title\": \"Hội nghị\", \"items\": [%s]}]}",
                          top, section1_item);
}

static void
assert_refused (const char *json,
                int         code,
                const char *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtProgramme) p = ct_programme_from_json (json, -1, &error);

  g_assert_null (p);
  g_assert_error (error, CT_JSON_ERROR, code);
  g_assert_cmpstr (error->message, ==, message);
}

static void
assert_item_refused (const char *item,
                     const char *message)
{
  g_autofree char *json = minimal ("", item);

  assert_refused (json, CT_JSON_ERROR_INVALID, message);
}

static void
test_minimal (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *json = minimal ("", "{\"kind\": \"event\", \"title\": \"Hội nghị tổng kết\","
                                   " \"start_date\": \"2026-02-27\"}");
  g_autoptr(CtProgramme) p = ct_programme_from_json (json, -1, &error);
  CtItem *item;

  g_assert_no_error (error);
  g_assert_cmpuint (p->sections->len, ==, 2);
  g_assert_cmpint (p->period_index, ==, 2);
  g_assert_cmpstr (p->kind_code, ==, "CTr");
  item = g_ptr_array_index (((CtSection *) g_ptr_array_index (p->sections, 1))->items, 0);
  g_assert_true (g_uuid_string_is_valid (item->uuid));
  g_assert_cmpuint (g_date_get_day (&item->start_date), ==, 27);
  g_assert_null (item->ics_uid);
}

/* A byte order mark before the text, as some editors write, is skipped. */
static void
test_byte_order_mark (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *body = minimal ("", "");
  g_autofree char *json = g_strconcat ("\xef\xbb\xbf", body, NULL);
  g_autoptr(CtProgramme) p = ct_programme_from_json (json, strlen (json), &error);

  g_assert_no_error (error);
  g_assert_cmpuint (p->sections->len, ==, 2);
}

static void
test_errors (void)
{
  g_autofree char *index = NULL, *unknown_top = NULL, *type = NULL, *missing = NULL;

  assert_refused ("{\n  \"format\": \"congtac-programme\",\n  \"version\" 1\n}",
                  CT_JSON_ERROR_SYNTAX, "Line 3: this is not valid JSON: unexpected string constant "
                  "\"version\", expected character `:'");
  assert_refused ("{\"format\": \"congtac-programme\", \"version\": 1,\n"
                  " \"sections\": [{\"title\": \"Một\",\n \"title\": \"Hai\"}]}",
                  CT_JSON_ERROR_SYNTAX,
                  "Line 3: the key “title” is written twice in the same object; keep one.");
  assert_refused ("[1, 2]", CT_JSON_ERROR_INVALID, "At $: expected an object.");
  assert_refused ("{\"format\": \"congtac-agenda\", \"version\": 1}", CT_JSON_ERROR_FORMAT,
                  "This is not a Congtac programme file: its “format” is not "
                  "“congtac-programme”.");
  assert_refused ("{\"format\": \"congtac-programme\", \"version\": 5, \"later\": true}",
                  CT_JSON_ERROR_VERSION,
                  "This programme file has version 5, made by a newer Congtac; this one "
                  "reads up to version 4. Update Congtac to import it.");
  unknown_top = minimal (" \"subtitel\": \"x\",", "");
  assert_refused (unknown_top, CT_JSON_ERROR_INVALID, "At $: unknown key “subtitel”.");
  type = g_strdup ("{\"format\": \"congtac-programme\", \"version\": 1, \"style\": \"party\","
                   " \"period_kind\": \"month\", \"period_year\": \"2026\","
                   " \"period_index\": 2, \"sections\": []}");
  assert_refused (type, CT_JSON_ERROR_INVALID, "At $.period_year: expected a whole number.");
  missing = g_strdup ("{\"format\": \"congtac-programme\", \"version\": 1, \"style\": "
                      "\"party\", \"period_kind\": \"month\", \"period_year\": 2026,"
                      " \"period_index\": 2}");
  assert_refused (missing, CT_JSON_ERROR_INVALID,
                  "At $: the required key “sections” is missing.");
  index = g_strdup ("{\"format\": \"congtac-programme\", \"version\": 1, \"style\": \"party\","
                    " \"period_kind\": \"month\", \"period_year\": 2026,"
                    " \"period_index\": 13, \"sections\": []}");
  assert_refused (index, CT_JSON_ERROR_INVALID, "At $.period_index: 13 is not between 1 and 12.");

  assert_item_refused ("{\"kind\": \"event\", \"start_date\": \"2026-02-31\"}",
                       "At $.sections[1].items[0].start_date: “2026-02-31” is not a date "
                       "(YYYY-MM-DD).");
  assert_item_refused ("{\"kind\": \"event\", \"end_date\": \"0000-02-03\"}",
                       "At $.sections[1].items[0].end_date: “0000-02-03”: the year must be "
                       "between 1900 and 2200.");
  assert_item_refused ("{\"kind\": \"event\", \"start_date\": \"2026-2-3\"}",
                       "At $.sections[1].items[0].start_date: “2026-2-3” is not a date "
                       "(YYYY-MM-DD).");
  assert_item_refused ("{\"kind\": \"meeting\"}",
                       "At $.sections[1].items[0].kind: “meeting” is not one of: task, event, "
                       "recurring.");
  assert_item_refused ("{\"kind\": \"event\", \"day_part\": \"noon\"}",
                       "At $.sections[1].items[0].day_part: “noon” is not one of: none, "
                       "morning, afternoon, evening, all-day.");
  assert_item_refused ("{\"title\": \"Họp\"}",
                       "At $.sections[1].items[0]: the required key “kind” is missing.");
  assert_item_refused ("{\"kind\": \"event\", \"titel\": \"Họp\"}",
                       "At $.sections[1].items[0]: unknown key “titel”.");
  assert_item_refused ("{\"kind\": \"event\", \"start_time\": \"25:00\"}",
                       "At $.sections[1].items[0].start_time: “25:00” is not a time (HH:MM).");
  assert_item_refused ("{\"kind\": \"event\", \"tentative\": \"yes\"}",
                       "At $.sections[1].items[0].tentative: expected true or false.");
  assert_item_refused ("{\"kind\": \"task\", \"paragraphs\": [\"Một\", 2]}",
                       "At $.sections[1].items[0].paragraphs[1]: expected text.");
  assert_item_refused ("{\"kind\": \"recurring\", \"weekdays\": [\"monday\", \"funday\"]}",
                       "At $.sections[1].items[0].weekdays[1]: “funday” is not one of: "
                       "monday, tuesday, wednesday, thursday, friday, saturday, sunday.");
  assert_item_refused ("{\"kind\": \"event\", \"agenda\": [{\"text\": \"Báo cáo\","
                       " \"unit\": \"Ban Tổ chức\"}]}",
                       "At $.sections[1].items[0].agenda[0]: unknown key “unit”.");
  assert_item_refused ("{\"kind\": \"event\", \"uuid\": \"8a2b\"}",
                       "At $.sections[1].items[0].uuid: “8a2b” is not a UUID.");
  assert_item_refused ("{\"kind\": \"event\", \"uuid\": \"0b6f3c1e-2d4a-4f7e-9c1a-5e8d7b6a4c3f\"},"
                       " {\"kind\": \"task\", \"uuid\": \"0B6F3C1E-2D4A-4F7E-9C1A-5E8D7B6A4C3F\"}",
                       "At $.sections[1].items[1].uuid: the UUID "
                       "“0B6F3C1E-2D4A-4F7E-9C1A-5E8D7B6A4C3F” is already used by another item.");
}

/* A long title is kept whole: the file form sets no length of its own. */
/* A calendar UID is read byte for byte; an empty one or a number is refused. */
static void
test_ics_uid (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *json = minimal ("", "{\"kind\": \"event\", \"title\": \"Họp\","
                                   " \"ics_uid\": \"ho\xcc\xa3p-1@example.org\"}");
  g_autoptr(CtProgramme) p = ct_programme_from_json (json, -1, &error);
  CtItem *item;

  g_assert_no_error (error);
  item = g_ptr_array_index (((CtSection *) g_ptr_array_index (p->sections, 1))->items, 0);
  g_assert_cmpstr (item->ics_uid, ==, "ho\xcc\xa3p-1@example.org");
  assert_item_refused ("{\"kind\": \"event\", \"ics_uid\": \"\"}",
                       "At $.sections[1].items[0].ics_uid: expected a calendar UID (text that "
                       "is not empty) or null.");
  assert_item_refused ("{\"kind\": \"event\", \"ics_uid\": 7}",
                       "At $.sections[1].items[0].ics_uid: expected a calendar UID (text that "
                       "is not empty) or null.");
}

static void
test_long_title (void)
{
  g_autoptr(GString) title = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *item = NULL, *json = NULL;
  g_autoptr(CtProgramme) p = NULL;
  CtItem *read;

  for (guint i = 0; i < 10000; i++)
    g_string_append_c (title, 'a' + i % 26);
  item = g_strdup_printf ("{\"kind\": \"event\", \"title\": \"%s\"}", title->str);
  json = minimal ("", item);
  p = ct_programme_from_json (json, -1, &error);
  g_assert_no_error (error);
  read = g_ptr_array_index (((CtSection *) g_ptr_array_index (p->sections, 1))->items, 0);
  g_assert_cmpstr (read->title, ==, title->str);
}

/* The documented example is what Congtac writes, byte for byte; the smallest file is
 * accepted. */
static void
test_documented_example (void)
{
  g_autofree char *path = g_build_filename (TEST_SOURCE_DIR, "..", "docs", "programme-json.md",
                                            NULL);
  g_autofree char *doc = ct_test_contents_of (path, NULL);
  g_auto(GStrv) blocks = g_strsplit (doc, "```json\n", -1);
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (g_strv_length (blocks), ==, 3);
  for (guint i = 1; i < 3; i++)
    {
      g_autoptr(CtProgramme) p = NULL;
      g_autofree char *again = NULL;

      *strstr (blocks[i], "```") = '\0';
      p = ct_programme_from_json (blocks[i], -1, &error);
      g_assert_no_error (error);
      again = ct_programme_to_json (p);
      if (i == 1)
        g_assert_cmpstr (again, ==, blocks[i]);
      else
        g_assert_cmpint (p->period_kind, ==, CT_PERIOD_KIND_QUARTER);
    }
}

/* export, then import into the same database: a new programme with new item UUIDs (the
 * store keeps them unique), the same document. */
static void
test_cli_round_trip (void)
{
  g_autofree char *db = g_build_filename (tmpdir, "cli.db", NULL);
  g_autofree char *file = g_build_filename (tmpdir, "one.json", NULL);
  g_autofree char *again = g_build_filename (tmpdir, "two.json", NULL);
  g_autofree char *out = NULL, *err = NULL, *show1 = NULL, *show2 = NULL;
  g_autofree char *first = NULL, *second = NULL;
  const char *export1[] = { "--db", db, "export", "1", file, NULL };
  const char *import[] = { "--db", db, "import", file, NULL };
  const char *export2[] = { "--db", db, "export", "2", again, NULL };
  const char *show_1[] = { "--db", db, "show", "1", NULL };
  const char *show_2[] = { "--db", db, "show", "2", NULL };
  const char *import_bad[] = { "--db", db, "import", db, NULL };
  const char *list[] = { "--db", db, "list", NULL };
  g_auto(GStrv) lines = NULL;

  g_assert_cmpint (ct_test_run_cli (NULL, NULL, export1, &out, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (ct_test_run_cli (NULL, NULL, import, &out, &err), ==, 0);
  g_assert_cmpstr (out, ==, "2\n");
  g_assert_cmpstr (err, ==, "congtac-cli: warning: Some items of this file are already in the "
                   "database; the imported copy has new item identifiers, so calendars "
                   "treat its events as new ones.\n");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (ct_test_run_cli (NULL, NULL, export2, &out, &err), ==, 0);
  first = ct_test_contents_of (file, NULL);
  second = ct_test_contents_of (again, NULL);
  g_assert_true (g_str_has_prefix (first, "{\n  \"format\" : \"congtac-programme\""));
  g_assert_cmpstr (first, !=, second);
  g_assert_cmpint (ct_test_run_cli (NULL, NULL, show_1, &show1, NULL), ==, 0);
  g_assert_cmpint (ct_test_run_cli (NULL, NULL, show_2, &show2, NULL), ==, 0);
  g_assert_cmpstr (show2, ==, show1);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  /* The database itself is not a programme file: refused, nothing saved. */
  g_assert_cmpint (ct_test_run_cli (NULL, NULL, import_bad, &out, &err), ==, 1);
  g_assert_cmpstr (out, ==, "");
  g_assert_true (g_str_has_prefix (err, "congtac-cli: "));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  /* A refused file names the place of its mistake, and nothing is saved. */
  g_assert_true (g_file_set_contents (file, "{\"format\": \"congtac-programme\", \"version\": 1,"
                                      " \"style\": \"party\", \"period_kind\": \"month\","
                                      " \"period_year\": 2026, \"period_index\": 2,"
                                      " \"sections\": [{\"title\": 3}]}", -1, NULL));
  g_assert_cmpint (ct_test_run_cli (NULL, NULL, import, &out, &err), ==, 1);
  g_assert_cmpstr (out, ==, "");
  g_assert_cmpstr (err, ==, "congtac-cli: At $.sections[0].title: expected text.\n");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (ct_test_run_cli (NULL, NULL, list, &out, &err), ==, 0);
  lines = g_strsplit (out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 3); /* two programmes and the final "" */
  g_assert_cmpstr (lines[2], ==, "");
}

/* The messages are translated: a Vietnamese clerk reads the place and the reason in
 * Vietnamese. */
static void
test_cli_vietnamese (void)
{
  g_autofree char *db = g_build_filename (tmpdir, "vi.db", NULL);
  g_autofree char *file = g_build_filename (tmpdir, "vi.json", NULL);
  g_autofree char *out = NULL, *err = NULL;
  g_auto(GStrv) envp = NULL;
  const char *import[] = { "--db", db, "import", file, NULL };

  if (!ct_test_have_locale ("vi_VN.UTF-8"))
    {
      g_test_skip ("Locale vi_VN.UTF-8 is not generated (build-aux/test generates it)");
      return;
    }
  envp = ct_test_cli_environ ("vi");
  g_assert_true (g_file_set_contents (file, "{\"format\": \"congtac-programme\", \"version\": 1,"
                                      " \"style\": \"party\", \"period_kind\": \"month\","
                                      " \"period_year\": 2026, \"period_index\": 2,"
                                      " \"sections\": [{\"title\": \"Một\", \"items\":"
                                      " [{\"kind\": \"event\", \"start_date\":"
                                      " \"2026-02-30\"}]}]}", -1, NULL));
  g_assert_cmpint (ct_test_run_cli (NULL, envp, import, &out, &err), ==, 1);
  g_assert_cmpstr (out, ==, "");
  g_assert_cmpstr (err, ==, "congtac-cli: Tại $.sections[0].items[0].start_date: “2026-02-30” "
                   "không phải là ngày (YYYY-MM-DD).\n");
}

int
main (int    argc,
      char **argv)
{
  g_setenv ("LANGUAGE", "C", TRUE);
  ct_test_init (&argc, &argv);
  g_test_add_func ("/json/round-trip-fixtures", test_round_trip_fixtures);
  g_test_add_func ("/json/fields", test_fields);
  g_test_add_func ("/json/minimal", test_minimal);
  g_test_add_func ("/json/byte-order-mark", test_byte_order_mark);
  g_test_add_func ("/json/errors", test_errors);
  g_test_add_func ("/json/ics-uid", test_ics_uid);
  g_test_add_func ("/json/long-title", test_long_title);
  g_test_add_func ("/json/documented-example", test_documented_example);
  g_test_add_func ("/json/cli-round-trip", test_cli_round_trip);
  g_test_add_func ("/json/cli-vietnamese", test_cli_vietnamese);
  return ct_test_run_in_folder ("congtac-json-XXXXXX", &tmpdir);
}
