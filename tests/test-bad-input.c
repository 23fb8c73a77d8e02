/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Bad input through congtac-cli, case by case from one table: each case runs in its own
 * folder on a copy of a database holding the sample programme, in English and in
 * Vietnamese. A refused input gives its exact exit code and message (translated) and
 * leaves the database's bytes as they were; an accepted one imports the programme whole,
 * with its exact warnings.
 */
#include <gio/gunixsocketaddress.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "test-util.h"

#define DB "ct.db"

/* The input of a case: written as is, or made by a function. */
typedef char *(*MakeText) (gsize *length);
typedef void (*MakeFile) (const char *path);

typedef struct
{
  const char *name;
  const char *args[5];   /* after "--db DB"; "@" stands for the input's file name */
  const char *input;     /* the input's file name, or NULL */
  const char *text;      /* its contents, or NULL */
  gssize text_length;    /* -1: up to the NUL */
  MakeText make_text;
  MakeFile make_file;    /* for what is not a file of bytes */
  const char *db;        /* --db when it is not DB: the file to keep unchanged */
  int exit_code;
  const char *err;       /* exact English stderr, "@" for the input's escaped name */
  gboolean usage;        /* stderr goes on with a blank line and the command's help */
  gboolean untranslated; /* the same in Vietnamese (nothing to translate) */
  gboolean accepted;     /* exit 0 and a programme changed or added */
  const char *out;       /* exact English stdout, or NULL */
  const char *shown;     /* accepted: a text that “show” of the programme prints */
} BadCase;

static char *tmpdir;
static char *template_db;
static GSocket *socket_input;

/* A programme in the plain-text shape the importer reads, for February 2027 (not a leap
 * year); %s is its first item. */
#define PROGRAMME(item) \
  "ĐẢNG BỘ TỈNH NGÂN GIANG\nHUYỆN ỦY CỬA SUỐI\nSố 21-CTr/HU\n" \
  "Cửa Suối, ngày 28 tháng 01 năm 2027\nCHƯƠNG TRÌNH\ncông tác tháng 2 năm 2027\n-----\n" \
  "I. Nhiệm vụ trọng tâm\n" item "\n2. Rà soát hồ sơ đảng viên.\n" \
  "T/M BAN THƯỜNG VỤ\nBÍ THƯ\nLâm Thị Ngọc\n"

#define CAL(body) \
  "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Congtac tests//Fictional//VI\r\n" body \
  "END:VCALENDAR\r\n"
#define EVENT(uid, summary, rest) \
  "BEGIN:VEVENT\r\nUID:" uid "\r\nSUMMARY:" summary "\r\n" rest "END:VEVENT\r\n"

/* "CHƯƠNG TRÌNH / công tác tháng 2 năm 2027 / I. Nhiệm vụ trọng tâm / 1. Chỉ đạo thu
 * hoạch." in TCVN3 (ABC) bytes. */
#define TCVN3 "CH\xa6\xa5NG TR\x8dNH\nc\xabng t\xb8""c th\xb8ng 2 n\xa8m 2027\n-----\n" \
  "I. Nhi\xd6m v\xf4 tr\xe4ng t\xa9m\n1. Ch\xd8 \xae\xb9o thu ho\xb9""ch.\n"

#define LACKS_ALL "@: warning: The header lacks: superior body, issuing body, number and " \
                  "symbol, place name, issue date. Fill them in before printing.\n" \
                  "@: warning: No signature block was found; fill in the signer before " \
                  "printing.\n"

/* PROGRAMME in UTF-16 (Notepad's "Unicode"), with its byte-order mark. */
static char *
utf16_programme (gsize *length)
{
  gsize n = 0;
  g_autofree char *text = g_convert (PROGRAMME ("1. Học tập nghị quyết."), -1, "UTF-16LE",
                                     "UTF-8", NULL, &n, NULL);
  GString *bytes = g_string_new_len ("\xff\xfe", 2);

  g_assert_nonnull (text);
  g_string_append_len (bytes, text, n);
  *length = bytes->len;
  return g_string_free (bytes, FALSE);
}

static char *
ten_thousand_title (gsize *length)
{
  GString *text = g_string_new ("CHƯƠNG TRÌNH công tác tháng 2 năm 2027 ");

  for (guint i = 0; i < 1000; i++)
    g_string_append (text, "lập thành ");
  g_string_append (text, "\n-----\nI. Nhiệm vụ\n1. Rà soát hồ sơ.\n");
  *length = text->len;
  return g_string_free (text, FALSE);
}

static char *
calendar_of (GString *body,
             gsize   *length)
{
  g_string_prepend (body, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//T//VI\r\n");
  g_string_append (body, "END:VCALENDAR\r\n");
  *length = body->len;
  return g_string_free (body, FALSE);
}

#define ZONE_1601 "BEGIN:STANDARD\r\nDTSTART:16010101T000000\r\nTZOFFSETFROM:+0700\r\n" \
                  "TZOFFSETTO:+0700\r\nRRULE:FREQ=SECONDLY\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"

static char *
thousand_zones (gsize *length)
{
  GString *body = g_string_new (NULL);

  for (guint i = 0; i < 1000; i++)
    g_string_append_printf (body, "BEGIN:VTIMEZONE\r\nTZID:Vùng %u\r\n" ZONE_1601, i);
  g_string_append (body, EVENT ("vung@test", "Họp có múi giờ",
                                "DTSTART;TZID=Asia/Ho_Chi_Minh:20261210T080000\r\n"));
  return calendar_of (body, length);
}

static char *
nested_events (gsize *length)
{
  GString *body = g_string_new (NULL);

  for (guint i = 0; i < 10000; i++)
    g_string_append_printf (body, "BEGIN:VEVENT\r\nUID:long-%u@test\r\nSUMMARY:Lồng %u\r\n"
                            "DTSTART;VALUE=DATE:20261214\r\n", i, i);
  for (guint i = 0; i < 10000; i++)
    g_string_append (body, "END:VEVENT\r\n");
  return calendar_of (body, length);
}

static char *
many_begins (gsize *length)
{
  GString *body = g_string_new (NULL);

  for (guint i = 0; i < 20001; i++)
    g_string_append_printf (body, "BEGIN:VEVENT\r\nUID:viec-%u@test\r\nSUMMARY:Việc %u\r\n"
                            "DTSTART;VALUE=DATE:20261215\r\nEND:VEVENT\r\n", i, i);
  return calendar_of (body, length);
}

static void
make_fifo (const char *path)
{
  g_assert_cmpint (mkfifo (path, 0600), ==, 0);
}

static void
make_folder (const char *path)
{
  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
}

static void
make_socket (const char *path)
{
  g_autoptr(GSocketAddress) address = g_unix_socket_address_new (path);
  g_autoptr(GError) error = NULL;

  g_clear_object (&socket_input);
  socket_input = g_socket_new (G_SOCKET_FAMILY_UNIX, G_SOCKET_TYPE_STREAM, 0, &error);
  g_assert_no_error (error);
  g_assert_true (g_socket_bind (socket_input, address, TRUE, &error));
}

/* Holes only: over the limit without filling the disk. */
static void
make_sparse (const char *path)
{
  g_assert_true (g_file_set_contents (path, "", 0, NULL));
  g_assert_cmpint (truncate (path, 17 * 1024 * 1024), ==, 0);
}

static void
make_link_to_db (const char *path)
{
  g_assert_cmpint (symlink (DB, path), ==, 0);
}

static void
make_notes (const char *path)
{
  g_assert_true (g_file_set_contents (path, "Ghi chú họp chi bộ tháng 2.\n", -1, NULL));
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);
}

#define NOT_READ(what) "congtac-cli: “@” is a " what ", not a file. Choose a file saved on disk.\n"
#define NOT_WRITTEN(what) "congtac-cli: “@” is a " what ", not a file. Choose another file " \
                          "name; nothing was written.\n"
#define DATABASE "congtac-cli: “@” is the programme database or one of its files; an export " \
                 "must not replace it. Choose another file name; nothing was written.\n"
#define UNDATED(line, what) "@:" line ": warning: " what "; the event is kept without a date.\n"
#define LEFT_OUT "congtac-cli: No event of the calendar file could be imported: The event "
#define EVERY_HOUR "repeats every hour, minute or second; a programme keeps events by the day, " \
                   "so it was left out.\n"

#define NUL_TEXT "CHƯƠNG TRÌNH\ncông tác tháng 2 năm 2027\n-----\nI. Nhiệm\0 vụ\n"

static const BadCase cases[] = {
  /* Files, devices and paths. */
  { "files/import-text-dev-zero", { "import-text", "/dev/zero" }, .exit_code = 1,
    .err = "congtac-cli: “/dev/zero” is a device, not a file. Choose a file saved on disk.\n" },
  { "files/import-ics-dev-null", { "import-ics", "1", "/dev/null" }, .exit_code = 1,
    .err = "congtac-cli: “/dev/null” is a device, not a file. Choose a file saved on disk.\n" },
  { "files/import-text-fifo", { "import-text", "@" }, "in.fifo", .make_file = make_fifo,
    .exit_code = 1, .err = NOT_READ ("pipe") },
  { "files/import-ics-fifo", { "import-ics", "1", "@" }, "in.ics", .make_file = make_fifo,
    .exit_code = 1, .err = NOT_READ ("pipe") },
  { "files/import-text-folder", { "import-text", "@" }, "folder.txt",
    .make_file = make_folder, .exit_code = 1, .err = NOT_READ ("folder") },
  { "files/import-ics-missing", { "import-ics", "1", "@" }, "missing.ics", .exit_code = 1,
    .err = "congtac-cli: The file “missing.ics” does not exist.\n" },
  { "files/import-text-socket", { "import-text", "@" }, "in.sock", .make_file = make_socket,
    .exit_code = 1, .err = NOT_READ ("socket") },
  { "files/import-ics-sparse", { "import-ics", "1", "@" }, "holes.ics",
    .make_file = make_sparse, .exit_code = 1,
    .err = "congtac-cli: “holes.ics” is larger than 16 MB, too large for a programme or a "
           "calendar. Nothing was read.\n" },
  { "files/import-text-empty", { "import-text", "@" }, "empty.txt", "", .exit_code = 1,
    .err = "congtac-cli: The text is empty. Nothing was imported.\n" },
  { "files/import-ics-empty", { "import-ics", "1", "@" }, "empty.ics", "", .exit_code = 1,
    .err = "congtac-cli: This is not a calendar file: it does not begin with "
           "BEGIN:VCALENDAR.\n" },
  { "files/import-text-control-name", { "import-text", "@" }, "x\033]0;t\007\nname.txt",
    .exit_code = 1,
    .err = "congtac-cli: The file “x\\x1b]0;t\\x07\\nname.txt” does not exist.\n" },
  { "files/export-pdf-database", { "export-pdf", "1", DB }, .exit_code = 1,
    .err = "congtac-cli: “ct.db” is the programme database or one of its files; an export "
           "must not replace it. Choose another file name; nothing was written.\n" },
  { "files/export-ics-wal", { "export-ics", "1", "@" }, DB "-wal", .exit_code = 1,
    .err = DATABASE },
  { "files/export-pdf-shm", { "export-pdf", "1", "@" }, DB "-shm", .exit_code = 1,
    .err = DATABASE },
  { "files/export-ics-journal", { "export-ics", "1", "@" }, DB "-journal", .exit_code = 1,
    .err = DATABASE },
  { "files/export-pdf-link-to-database", { "export-pdf", "1", "@" }, "other.pdf",
    .make_file = make_link_to_db, .exit_code = 1, .err = DATABASE },
  { "files/export-ics-dev-full", { "export-ics", "1", "/dev/full" }, .exit_code = 1,
    .err = "congtac-cli: “/dev/full” is a device, not a file. Choose another file name; "
           "nothing was written.\n" },
  { "files/export-pdf-folder", { "export-pdf", "1", "@" }, "out.pdf",
    .make_file = make_folder, .exit_code = 1, .err = NOT_WRITTEN ("folder") },
  { "files/export-pdf-missing-folder", { "export-pdf", "1", "no-folder/out.pdf" },
    .exit_code = 1, .err = "congtac-cli: The folder “no-folder” does not exist. Choose "
                           "another file name; nothing was written.\n" },
  { "files/export-ics-missing-folder", { "export-ics", "1", "no-folder/out.ics" },
    .exit_code = 1, .err = "congtac-cli: The folder “no-folder” does not exist. Choose "
                           "another file name; nothing was written.\n" },
  { "files/db-in-missing-folder", { "list" }, .db = "no-folder/ct.db", .exit_code = 1,
    .err = "congtac-cli: The folder “no-folder” does not exist.\n" },
  { "files/db-is-folder", { "list" }, "data", .make_file = make_folder, .db = "data",
    .exit_code = 1, .err = "congtac-cli: “data” is a folder, not a database. Give --db the "
                           "path of a database file.\n" },
  { "files/db-is-text", { "list" }, "notes.txt", .make_file = make_notes, .db = "notes.txt",
    .exit_code = 1, .err = "congtac-cli: The file “notes.txt” is not a Congtac database or is "
                           "damaged. It was left unchanged.\n" },

  /* Encodings. */
  { "encodings/tcvn3-bytes", { "import-text", "@" }, "tcvn3.txt", TCVN3, .exit_code = 0,
    .accepted = TRUE, .out = "2\n", .shown = "1. Chỉ đạo thu hoạch.\n",
    .err = "@: warning: The text was converted from TCVN3 (ABC) to Unicode; check it.\n"
           LACKS_ALL },
  { "encodings/legacy-font-glyphs", { "import-text", "@" }, "glyphs.txt",
    "CH¦¥NG TR\xc2\x8dNH\nc«ng t¸c th¸ng 2 n¨m 2027\n-----\nI. NhiÖm vô\n1. ChØ ®¹o thu ho¹ch.\n",
    .exit_code = 0, .accepted = TRUE, .out = "2\n", .shown = "1. Chỉ đạo thu hoạch.\n",
    .err = "@: warning: The text was typed with an old Vietnamese font (TCVN3 (ABC)) and was "
           "converted to Unicode; check it.\n" LACKS_ALL },
  { "encodings/utf-16", { "import-text", "@" }, "utf16.txt", .make_text = utf16_programme,
    .exit_code = 0, .accepted = TRUE, .out = "2\n", .err = "",
    .shown = "1. Học tập nghị quyết.\n" },
  { "encodings/invalid-utf-8", { "import-text", "@" }, "broken.txt",
    "CHƯƠNG TRÌNH\ncông tác tháng 2 năm 2027\nI. Nhi\xc3\x28m v\xe1\xbb\n", .exit_code = 1,
    .err = "congtac-cli: The text is in UTF-8 but damaged: line 3 holds bytes that are not "
           "UTF-8. Save the text again as UTF-8 and import it again. Nothing was imported.\n" },
  { "encodings/rtf", { "import-text", "@" }, "programme.rtf",
    "{\\rtf1\\ansi\\ansicpg1258 {\\fonttbl {\\f0 Times New Roman;}}\\f0 CH\\u431?\\u416?NG}\n",
    .exit_code = 1,
    .err = "congtac-cli: This is an RTF file; open it in Word or LibreOffice and save it as "
           ".docx or as text. Nothing was imported.\n" },
  { "encodings/nul-byte", { "import-text", "@" }, "nul.txt",
    NUL_TEXT, sizeof NUL_TEXT - 1, .exit_code = 1,
    .err = "congtac-cli: This is not a text file (it holds binary data). Nothing was "
           "imported.\n" },
  { "encodings/only-whitespace", { "import-text", "@" }, "blank.txt",
    " \n\t\r\n\xc2\xa0\xe2\x80\x8b\n", .exit_code = 1,
    .err = "congtac-cli: The text is empty. Nothing was imported.\n" },
  /* PROGRAMME ("1. Học tập nghị quyết.") in Windows-1258 bytes (made with iconv): most
   * tones are combining marks after the letter. */
  { "encodings/windows-1258", { "import-text", "@" }, "cp1258.txt",
    "\xd0""A\xd2NG B\xd4\xf2 TI\xd2NH NG\xc2N GIANG\n"
    "HUY\xca\xf2N U\xd2Y C\xdd\xd2""A SU\xd4\xecI\n"
    "S\xf4\xec 21-CTr/HU\n"
    "C\xfd\xd2""a Su\xf4\xeci, ng\xe0y 28 th\xe1ng 01 n\xe3m 2027\n"
    "CH\xdd\xd5NG TRI\xccNH\n"
    "c\xf4ng t\xe1""c th\xe1ng 2 n\xe3m 2027\n"
    "-----\n"
    "I. Nhi\xea\xf2m vu\xf2 tro\xf2ng t\xe2m\n"
    "1. Ho\xf2""c t\xe2\xf2p nghi\xf2 quy\xea\xect.\n"
    "2. R\xe0 so\xe1t h\xf4\xcc s\xf5 \xf0""a\xd2ng vi\xean.\n"
    "T/M BAN TH\xdd\xd5\xccNG VU\xf2\n"
    "B\xcd TH\xdd\n"
    "L\xe2m Thi\xf2 Ngo\xf2""c\n",
    .exit_code = 0, .accepted = TRUE, .out = "2\n", .shown = "1. Học tập nghị quyết.\n",
    .err = "@: warning: The text was converted from Windows-1258 to Unicode; check it.\n" },
  { "encodings/ten-thousand-title", { "import-text", "@" }, "title.txt",
    .make_text = ten_thousand_title, .exit_code = 0, .accepted = TRUE, .out = "2\n",
    .err = "@: warning: The header lacks: superior body, issuing body, number and symbol, "
           "place name, issue date. Fill them in before printing.\n"
           "@: warning: No signature block was found; fill in the signer before printing.\n"
           "@:1: warning: This line is 10038 characters long: the text may have lost its line "
           "ends. Check that it was read as intended.\n" },
  { "encodings/crlf", { "import-text", "@" }, "crlf.txt",
    "ĐẢNG BỘ TỈNH NGÂN GIANG\r\nHUYỆN ỦY CỬA SUỐI\r\nSố 21-CTr/HU\r\n"
    "Cửa Suối, ngày 28 tháng 01 năm 2027\r\nCHƯƠNG TRÌNH\r\ncông tác tháng 2 năm 2027\r\n"
    "-----\r\nI. Nhiệm vụ trọng tâm\r\n1. Tổng kết công tác dân vận.\r\n"
    "T/M BAN THƯỜNG VỤ\r\nBÍ THƯ\r\nLâm Thị Ngọc\r\n", .exit_code = 0, .accepted = TRUE,
    .out = "2\n", .err = "", .shown = "1. Tổng kết công tác dân vận.\n" },
  { "encodings/utf-8-bom", { "import-text", "@" }, "bom.txt",
    "\xef\xbb\xbf" PROGRAMME ("1. Học tập nghị quyết."), .exit_code = 0, .accepted = TRUE,
    .out = "2\n", .err = "", .shown = "1. Học tập nghị quyết.\n" },

  /* Dates. */
  { "dates/31-february", { "import-text", "@" }, "d.txt",
    PROGRAMME ("1. Hội nghị Ban chấp hành: Ngày 31/02/2027."), .exit_code = 0,
    .accepted = TRUE, .out = "2\n", .shown = "Hội nghị Ban chấp hành: Ngày 31/02/2027.",
    .err = UNDATED ("9", "“31/02/2027” is not a valid date") },
  { "dates/day-0", { "import-text", "@" }, "d.txt",
    PROGRAMME ("1. Hội nghị Ban chấp hành: Ngày 0/5/2027."), .exit_code = 0,
    .accepted = TRUE, .out = "2\n", .shown = "Hội nghị Ban chấp hành: Ngày 0/5/2027.",
    .err = UNDATED ("9", "“0/5/2027” is not a valid date") },
  { "dates/32-january", { "import-text", "@" }, "d.txt",
    PROGRAMME ("1. Hội nghị Ban chấp hành: Ngày 32/1."), .exit_code = 0, .accepted = TRUE,
    .out = "2\n", .shown = "Hội nghị Ban chấp hành: Ngày 32/1.",
    .err = UNDATED ("9", "“32/1” would be 32/01/2027, which is not a valid date") },
  { "dates/29-february-2027", { "import-text", "@" }, "d.txt",
    PROGRAMME ("1. Hội nghị Ban chấp hành: Ngày 29/02."), .exit_code = 0, .accepted = TRUE,
    .out = "2\n", .shown = "Hội nghị Ban chấp hành: Ngày 29/02.",
    .err = UNDATED ("9", "“29/02” would be 29/02/2027, which is not a valid date") },
  { "dates/year-0000", { "import-text", "@" }, "d.txt",
    PROGRAMME ("1. Hội nghị Ban chấp hành: Ngày 01/01/0000."), .exit_code = 0,
    .accepted = TRUE, .out = "2\n", .shown = "Hội nghị Ban chấp hành: Ngày 01/01/0000.",
    .err = UNDATED ("9", "The year in “01/01/0000” is not between 1900 and 2200") },
  { "dates/year-9999", { "import-text", "@" }, "d.txt",
    PROGRAMME ("1. Hội nghị Ban chấp hành: Ngày 31/12/9999."), .exit_code = 0,
    .accepted = TRUE, .out = "2\n", .shown = "Hội nghị Ban chấp hành: Ngày 31/12/9999.",
    .err = UNDATED ("9", "The year in “31/12/9999” is not between 1900 and 2200") },
  { "dates/range-backwards", { "import-text", "@" }, "d.txt",
    PROGRAMME ("1. Tập huấn nghiệp vụ: Từ ngày 20/02 đến ngày 10/02/2027."), .exit_code = 0,
    .accepted = TRUE, .out = "2\n",
    .shown = "Tập huấn nghiệp vụ: Từ ngày 20/02 đến ngày 10/02/2027.",
    .err = UNDATED ("9", "“20/02 đến ngày 10/02/2027” ends before it starts") },
  { "dates/wrong-weekday", { "import-text", "@" }, "d.txt",
    PROGRAMME ("1. Họp Ban Thường vụ: Ngày 08/02/2027 (thứ Ba)."), .exit_code = 0,
    .accepted = TRUE, .out = "2\n",
    .err = "@:9: warning: 08/02/2027 is a “thứ Hai”, not a “thứ Ba” as written; the weekday "
           "is computed from the date.\n" },
  { "dates/issue-date-29-february", { "import-text", "@" }, "d.txt",
    "ĐẢNG BỘ TỈNH NGÂN GIANG\nHUYỆN ỦY CỬA SUỐI\nSố 21-CTr/HU\n"
    "Cửa Suối, ngày 29 tháng 02 năm 2027\nCHƯƠNG TRÌNH\ncông tác tháng 3 năm 2027\n-----\n"
    "I. Nhiệm vụ trọng tâm\n1. Rà soát hồ sơ đảng viên.\n"
    "T/M BAN THƯỜNG VỤ\nBÍ THƯ\nLâm Thị Ngọc\n", .exit_code = 0, .accepted = TRUE,
    .out = "2\n",
    .err = "@: warning: The header lacks: issue date. Fill them in before printing.\n"
           "@:4: warning: “ngày 29 tháng 02 năm 2027” is not a valid date; the issue date was "
           "left blank.\n" },
  { "dates/ics-year-0001", { "import-ics", "1", "@" }, "d.ics",
    CAL (EVENT ("nam-1@test", "Hội thảo năm 1", "DTSTART;VALUE=DATE:00011210\r\n")),
    .exit_code = 1, .err = LEFT_OUT "“Hội thảo năm 1” is dated in the year 1; only the years "
                           "1900 to 2200 are read, so it was left out.\n" },
  { "dates/ics-year-9999", { "import-ics", "1", "@" }, "d.ics",
    CAL (EVENT ("nam-9999@test", "Hạn chót năm 9999", "DTSTART;VALUE=DATE:99991210\r\n")),
    .exit_code = 1, .err = LEFT_OUT "“Hạn chót năm 9999” is dated in the year 9999; only the "
                           "years 1900 to 2200 are read, so it was left out.\n" },
  { "dates/ics-end-before-start", { "import-ics", "1", "@" }, "d.ics",
    CAL (EVENT ("nguoc@test", "Họp Ban chỉ đạo", "DTSTART:20261210T140000\r\n"
                "DTEND:20261210T090000\r\n")), .exit_code = 0, .accepted = TRUE,
    .out = "Imported 1 new event, updated 0, 0 unchanged, left out 0 cancelled.\n",
    .shown = "Họp Ban chỉ đạo",
    .err = "congtac-cli: warning: The event “Họp Ban chỉ đạo” ends before it starts; it was "
           "imported with its start only.\n" },
  { "dates/ics-date-time-garbage", { "import-ics", "1", "@" }, "d.ics",
    CAL (EVENT ("rac@test", "Họp giao ban", "DTSTART:2026-12-10 lúc 8 giờ\r\n")),
    .exit_code = 1,
    .err = "congtac-cli: The calendar file has a line that is not written as calendar files "
           "require, so nothing was imported. Check that the file was saved by a calendar "
           "program and is not damaged. (Technical detail: Can't parse as DATE-TIME value in "
           "DTSTART property. Removing entire property: 2026-12-10 lúc 8 giờ)\n" },
  { "dates/ics-date-out-of-range", { "import-ics", "1", "@" }, "d.ics",
    CAL (EVENT ("sai@test", "Họp giao ban", "DTSTART;VALUE=DATE:20261332\r\n")),
    .exit_code = 1,
    .err = "congtac-cli: The event “Họp giao ban” has a date that cannot be read.\n" },

  /* Recurrences: each ends at once. */
  { "rules/secondly", { "import-ics", "1", "@" }, "r.ics",
    CAL (EVENT ("giay@test", "Trực ban", "DTSTART:20261210T080000\r\n"
                "RRULE:FREQ=SECONDLY\r\n")), .exit_code = 1,
    .err = LEFT_OUT "“Trực ban” " EVERY_HOUR },
  { "rules/minutely", { "import-ics", "1", "@" }, "r.ics",
    CAL (EVENT ("phut@test", "Trực ban", "DTSTART:20261210T080000\r\n"
                "RRULE:FREQ=MINUTELY;INTERVAL=1\r\n")), .exit_code = 1,
    .err = LEFT_OUT "“Trực ban” " EVERY_HOUR },
  { "rules/hourly", { "import-ics", "1", "@" }, "r.ics",
    CAL (EVENT ("gio@test", "Trực ban", "DTSTART:20261210T080000\r\n"
                "RRULE:FREQ=HOURLY\r\n")), .exit_code = 1,
    .err = LEFT_OUT "“Trực ban” " EVERY_HOUR },
  { "rules/never-matching", { "import-ics", "1", "@" }, "r.ics",
    CAL (EVENT ("31-2@test", "Kiểm kê kho", "DTSTART;VALUE=DATE:20261201\r\n"
                "RRULE:FREQ=MONTHLY;BYMONTH=2;BYMONTHDAY=31\r\n")), .exit_code = 1,
    .err = "congtac-cli: The calendar file’s one repeating event, “Kiểm kê kho”, has no day in "
           "the programme’s period; nothing was imported.\n" },
  { "rules/zone-every-second", { "import-ics", "1", "@" }, "r.ics",
    CAL ("BEGIN:VTIMEZONE\r\nTZID:Giờ Hòn Xa\r\n" ZONE_1601
         EVENT ("hon-xa@test", "Họp trực tuyến", "DTSTART;TZID=Giờ Hòn Xa:20261210T080000\r\n")),
    .exit_code = 1,
    .err = "congtac-cli: The time zone “Giờ Hòn Xa” of the event “Họp trực tuyến” changes its "
           "clock more often than once a year, which no real time zone does; the file cannot "
           "be read.\n" },
  { "rules/thousand-zones", { "import-ics", "1", "@" }, "r.ics", .make_text = thousand_zones,
    .exit_code = 0, .accepted = TRUE, .err = "", .shown = "Họp có múi giờ",
    .out = "Imported 1 new event, updated 0, 0 unchanged, left out 0 cancelled.\n" },
  { "rules/count-million", { "import-ics", "1", "@" }, "r.ics",
    CAL (EVENT ("trieu@test", "Điểm danh", "DTSTART;VALUE=DATE:20261201\r\n"
                "RRULE:FREQ=DAILY;COUNT=1000000\r\n")), .exit_code = 0, .accepted = TRUE,
    .err = "congtac-cli: warning: 1 event is outside the programme’s period.\n",
    .shown = "Điểm danh", .out = "Imported 1 new event, updated 0, 0 unchanged, left out 0 "
                                 "cancelled.\n" },
  { "rules/until-far", { "import-ics", "1", "@" }, "r.ics",
    CAL (EVENT ("xa@test", "Giao ban thứ Hai", "DTSTART;VALUE=DATE:20261207\r\n"
                "RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=99991231\r\n")), .exit_code = 0,
    .accepted = TRUE, .err = "", .shown = "Giao ban thứ Hai",
    .out = "Imported 1 new event, updated 0, 0 unchanged, left out 0 cancelled.\n" },
  { "rules/nested-events", { "import-ics", "1", "@" }, "r.ics", .make_text = nested_events,
    .exit_code = 0, .accepted = TRUE, .shown = "Lồng 0",
    .out = "Imported 1 new event, updated 0, 0 unchanged, left out 0 cancelled.\n",
    .err = "congtac-cli: warning: 9999 events are written inside other events, which calendar "
           "files do not allow; they were left out.\n" },
  { "rules/yearly-outside", { "import-ics", "1", "@" }, "r.ics",
    CAL (EVENT ("thanh-lap@test", "Kỷ niệm ngày thành lập xã", "DTSTART;VALUE=DATE:20100315\r\n"
                "RRULE:FREQ=YEARLY\r\n")), .exit_code = 1,
    .err = "congtac-cli: The calendar file’s one repeating event, “Kỷ niệm ngày thành lập xã”, "
           "has no day in the programme’s period; nothing was imported.\n" },
  { "rules/too-many-entries", { "import-ics", "1", "@" }, "r.ics", .make_text = many_begins,
    .exit_code = 1,
    .err = "congtac-cli: The calendar file holds more than 20000 entries (events, time zones, "
           "reminders); nothing was imported. Export a shorter span of time.\n" },

  /* Ids and arguments. */
  { "ids/show-0", { "show", "0" }, .exit_code = 1,
    .err = "congtac-cli: “0” is not a programme id (a whole number, see “list”).\n" },
  { "ids/delete-minus-1", { "delete", "--", "-1" }, .exit_code = 1,
    .err = "congtac-cli: “-1” is not a programme id (a whole number, see “list”).\n" },
  { "ids/delete-99999", { "delete", "99999" }, .exit_code = 1,
    .err = "congtac-cli: There is no programme with the id 99999.\n" },
  { "ids/export-pdf-abc", { "export-pdf", "abc", "out.pdf" }, .exit_code = 1,
    .err = "congtac-cli: “abc” is not a programme id (a whole number, see “list”).\n" },
  { "ids/show-huge", { "show", "99999999999999999999999" }, .exit_code = 1,
    .err = "congtac-cli: “99999999999999999999999” is not a programme id (a whole number, see "
           "“list”).\n" },
  { "ids/export-ics-99999", { "export-ics", "99999", "out.ics" }, .exit_code = 1,
    .err = "congtac-cli: There is no programme with the id 99999.\n" },
  { "ids/import-ics-99999", { "import-ics", "99999", "@" }, "ok.ics",
    CAL (EVENT ("ok@test", "Họp chi bộ", "DTSTART;VALUE=DATE:20261210\r\n")),
    .exit_code = 1, .err = "congtac-cli: There is no programme with the id 99999.\n" },
  { "args/delete-missing-id", { "delete" }, .exit_code = 2, .usage = TRUE,
    .err = "congtac-cli: Wrong number of arguments.\n" },
  { "args/show-two-ids", { "show", "1", "2" }, .exit_code = 2, .usage = TRUE,
    .err = "congtac-cli: Wrong number of arguments.\n" },
  { "args/unknown-command", { "xoa-het" }, .exit_code = 2, .usage = TRUE,
    .err = "congtac-cli: Unknown command “xoa-het”.\n" },
  { "args/restore-not-database", { "restore", "@" }, "notes.txt", .make_file = make_notes,
    .exit_code = 1,
    .err = "congtac-cli: “notes.txt” is not a Congtac database. Nothing was restored.\n" },
  { "args/check-good", { "check" }, .exit_code = 0, .err = "",
    .out = "The database “ct.db” passed its check: 1 programme.\n"
           "There are no backups in “./backups”.\n" },
};

static char *
file_state (const char *path)
{
  g_autofree char *contents = NULL, *checksum = NULL;
  gsize length;
  GStatBuf st;

  g_assert_cmpint (g_lstat (path, &st), ==, 0);
  if (S_ISDIR (st.st_mode))
    return g_strdup_printf ("folder %o", st.st_mode);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  checksum = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
  return g_strdup_printf ("%o %s", st.st_mode, checksum);
}

static void
copy_file (const char *from,
           const char *to)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (from, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (to, contents, length, NULL));
  g_assert_cmpint (g_chmod (to, 0600), ==, 0);
}

/* Runs congtac-cli in @dir with @args, in Vietnamese when @vietnamese. */
static int
run_cli (const char        *dir,
         gboolean           vietnamese,
         const char *const *args,
         char             **out,
         char             **err)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  int status;

  envp = g_environ_setenv (envp, "CONGTAC_LOCALEDIR", CT_TEST_LOCALEDIR, TRUE);
  envp = g_environ_setenv (envp, "LC_ALL", vietnamese ? "vi_VN.UTF-8" : "C.UTF-8", TRUE);
  if (vietnamese)
    envp = g_environ_setenv (envp, "LANGUAGE", "vi", TRUE);
  else
    envp = g_environ_unsetenv (envp, "LANGUAGE");

  g_ptr_array_add (argv, (char *) g_getenv ("CT_CLI"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);
  g_assert_true (g_spawn_sync (dir, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                               out, err, &status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

static gboolean
have_vi_locale (void)
{
  g_autofree char *saved = g_strdup (setlocale (LC_ALL, NULL));
  gboolean ok = setlocale (LC_ALL, "vi_VN.UTF-8") != NULL;

  setlocale (LC_ALL, saved);
  return ok;
}

/* A fresh folder for one run of @c: the good database, and the input. */
static char *
prepare (const BadCase *c,
         guint          run)
{
  g_autofree char *stem = g_strdelimit (g_strdup_printf ("%s-%u", c->name, run), "/", '-');
  char *dir = g_build_filename (tmpdir, stem, NULL);
  g_autofree char *db = g_build_filename (dir, DB, NULL);
  g_autofree char *input = c->input ? g_build_filename (dir, c->input, NULL) : NULL;

  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
  copy_file (template_db, db);
  if (c->make_file != NULL)
    c->make_file (input);
  else if (c->make_text != NULL)
    {
      gsize length;
      g_autofree char *text = c->make_text (&length);

      g_assert_true (g_file_set_contents (input, text, length, NULL));
    }
  else if (c->text != NULL)
    g_assert_true (g_file_set_contents (input, c->text, c->text_length ? c->text_length : -1,
                                        NULL));
  return dir;
}

/* @text with each "@" replaced by @name. */
static char *
with_name (const char *text,
           const char *name)
{
  g_auto(GStrv) parts = g_strsplit (text, "@", -1);

  return g_strjoinv (name, parts);
}

/* The command's help, as a usage error shows it after the message. */
static char *
help_of (const char *command)
{
  const char *args[] = { command, "--help", NULL };
  g_autofree char *err = NULL;
  char *out = NULL;

  g_assert_cmpint (run_cli (tmpdir, FALSE, g_str_has_prefix (command, "xoa") ? args + 1 : args,
                            &out, &err), ==, 0);
  return out;
}

/* Runs @c once; returns its stderr. */
static char *
run_case (const BadCase *c,
          gboolean       vietnamese)
{
  g_autofree char *dir = prepare (c, vietnamese);
  g_autofree char *kept = g_build_filename (dir, c->db ? c->db : DB, NULL);
  g_autofree char *before = NULL, *after = NULL, *out = NULL, *err = NULL;
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  int status;

  if (g_file_test (kept, G_FILE_TEST_EXISTS))
    before = file_state (kept);
  g_ptr_array_add (args, "--db");
  g_ptr_array_add (args, (char *) (c->db ? c->db : DB));
  for (guint i = 0; c->args[i] != NULL; i++)
    g_ptr_array_add (args, (char *) (strcmp (c->args[i], "@") == 0 ? c->input : c->args[i]));
  g_ptr_array_add (args, NULL);
  status = run_cli (dir, vietnamese, (const char *const *) args->pdata, &out, &err);
  if (g_getenv ("CT_BATTERY_SHOW"))
    g_printerr ("%s [%d]\nOUT: %s\nERR: %s\n", c->name, status, out, err);

  g_assert_cmpint (status, ==, c->exit_code);
  after = g_file_test (kept, G_FILE_TEST_EXISTS) ? file_state (kept) : NULL;
  if (c->accepted)
    {
      const char *show[] = { "--db", DB, "show", g_str_has_prefix (c->args[0], "import-text")
                             ? "2" : "1", NULL };
      g_autofree char *shown = NULL, *shown_err = NULL;

      g_assert_cmpstr (after, !=, before);
      if (!vietnamese && c->out != NULL)
        g_assert_cmpstr (out, ==, c->out);
      g_assert_cmpint (run_cli (dir, FALSE, show, &shown, &shown_err), ==, 0);
      if (c->shown != NULL)
        g_assert_nonnull (strstr (shown, c->shown));
      if (c->make_text == ten_thousand_title)
        {
          g_autofree char *title = NULL;
          gsize length;
          g_autofree char *text = ten_thousand_title (&length);

          *strchr (text, '\n') = '\0';
          title = g_strconcat (g_strchomp (strstr (text, "công tác")), "\n", NULL);
          g_assert_nonnull (strstr (shown, title));
        }
    }
  else
    {
      g_assert_cmpstr (after, ==, before);
      if (!vietnamese && c->out != NULL)
        g_assert_cmpstr (out, ==, c->out);
      else if (c->exit_code != 0)
        g_assert_cmpstr (out, ==, "");
    }
  return g_steal_pointer (&err);
}

static void
test_case (gconstpointer data)
{
  const BadCase *c = data;
  g_autofree char *name = c->input ? with_name ("@", c->input) : NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *english = NULL, *vietnamese = NULL, *expected = NULL;

  if (c->input != NULL)
    {
      GString *e = g_string_new (NULL);

      /* The name as congtac-cli shows it: its control characters made visible. */
      for (const char *p = c->input; *p; p++)
        if (*p == '\n')
          g_string_append (e, "\\n");
        else if ((guchar) *p < 0x20)
          g_string_append_printf (e, "\\x%02x", (guchar) *p);
        else
          g_string_append_c (e, *p);
      escaped = g_string_free (e, FALSE);
    }
  expected = with_name (c->err, escaped ? escaped : "");
  if (c->usage)
    {
      g_autofree char *help = help_of (c->args[0]);
      char *full = g_strconcat (expected, "\n", help, NULL);

      g_free (expected);
      expected = full;
    }

  english = run_case (c, FALSE);
  g_assert_cmpstr (english, ==, expected);
  if (!have_vi_locale ())
    {
      g_test_message ("Locale vi_VN.UTF-8 is not generated: the Vietnamese run is skipped");
      return;
    }
  vietnamese = run_case (c, TRUE);
  if (c->untranslated || *english == '\0')
    g_assert_cmpstr (vietnamese, ==, english);
  else
    g_assert_cmpstr (vietnamese, !=, english);
}

int
main (int    argc,
      char **argv)
{
  const char *list[] = { "--db", DB, "list", NULL };
  g_autofree char *out = NULL, *err = NULL;
  int ret;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  tmpdir = g_dir_make_tmp ("congtac-bad-input-XXXXXX", NULL);
  /* The database of the first run: the sample programme, id 1. */
  g_assert_cmpint (run_cli (tmpdir, FALSE, list, &out, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  template_db = g_build_filename (tmpdir, DB, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strconcat ("/bad-input/", cases[i].name, NULL);

      g_test_add_data_func (path, &cases[i], test_case);
    }
  ret = g_test_run ();

  g_clear_object (&socket_input);
  ct_test_remove_tree (tmpdir);
  g_free (template_db);
  g_free (tmpdir);
  return ret;
}
