/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Files named by the user: inputs are read only when they are ordinary files of a
 * reasonable size (a pipe returns at once, a device is not read), and an export never
 * replaces the database, its companion files, its backups, a folder or a device. The
 * same through congtac-cli, in English and in Vietnamese, with the database unchanged.
 */
#include <gio/gunixsocketaddress.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ct-file.h"
#include "test-util.h"

static char *tmpdir;

static char *
tmp_path (const char *name)
{
  return g_build_filename (tmpdir, name, NULL);
}

/* Runs congtac-cli with @args in @language ("vi", or NULL for English) in the test folder;
 * returns its exit status and its stderr. */
static int
run_cli (const char        *language,
         const char *const *args,
         char             **err)
{
  g_auto(GStrv) envp = ct_test_cli_environ (language);
  g_autofree char *out = NULL;

  return ct_test_run_cli (tmpdir, envp, args, &out, err);
}

static void
assert_contents (const char *path,
                 const char *expected)
{
  g_autofree char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, expected);
}

/* The database of the first run (the sample is programme 1), made by congtac-cli. */
static char *
make_database (const char *name)
{
  char *db = tmp_path (name);
  const char *args[] = { "--db", db, "list", NULL };
  g_autofree char *err = NULL;

  g_assert_cmpint (run_cli (NULL, args, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  return db;
}

/* Runs @command (export-pdf, export-ics, import-text or import-ics) on @target in English
 * and, when the locale exists, in Vietnamese; both fail with the messages given. */
static void
assert_refused (const char *db,
                const char *command,
                const char *target,
                const char *english,
                const char *vietnamese)
{
  g_autofree char *err = NULL;
  gboolean takes_id = g_strcmp0 (command, "import-text") != 0;
  const char *args[] = { "--db", db, command, takes_id ? "1" : target,
                         takes_id ? target : NULL, NULL };

  g_assert_cmpint (run_cli (NULL, args, &err), ==, 1);
  g_assert_cmpstr (err, ==, english);
  g_clear_pointer (&err, g_free);
  if (!ct_test_have_locale ("vi_VN.UTF-8"))
    return;
  g_assert_cmpint (run_cli ("vi", args, &err), ==, 1);
  g_assert_cmpstr (err, ==, vietnamese);
}

/* export-pdf and export-ics both refuse @target with the messages given. */
static void
assert_exports_refused (const char *db,
                        const char *target,
                        const char *english,
                        const char *vietnamese)
{
  assert_refused (db, "export-pdf", target, english, vietnamese);
  assert_refused (db, "export-ics", target, english, vietnamese);
}

static void
assert_same_hash (const char *path,
                  const char *before)
{
  g_autofree char *after = ct_test_file_hash (path);

  g_assert_cmpstr (after, ==, before);
}

#define DB_EN "congtac-cli: “%s” is the programme database or one of its files; an export " \
              "must not replace it. Choose another file name; nothing was written.\n"
#define DB_VI "congtac-cli: “%s” là cơ sở dữ liệu chương trình hoặc một tệp của nó; tệp xuất " \
              "ra không được thay thế nó. Hãy chọn tên tệp khác; chưa có gì được ghi.\n"

static void
assert_database_refused (const char *db,
                         const char *target)
{
  g_autofree char *en = g_strdup_printf (DB_EN, target);
  g_autofree char *vi = g_strdup_printf (DB_VI, target);

  assert_exports_refused (db, target, en, vi);
}

/* export-pdf and export-ics never write over the open database, its -wal, -shm and
 * -journal (existing or not), another name for it, or its backups. */
static void
test_cli_export_database (void)
{
  g_autofree char *db = make_database ("cli-db.db");
  g_autofree char *before = ct_test_file_hash (db);
  g_autofree char *wal = tmp_path ("cli-db.db-wal");
  g_autofree char *link = tmp_path ("other-name.pdf");
  g_autofree char *backups = tmp_path ("backups");
  g_autofree char *backup = g_build_filename (backups, "cli-db-2026-12-01.db", NULL);
  g_autofree char *aside = tmp_path ("cli-db-old-20261201-080000.db");

  g_assert_true (g_file_set_contents (wal, "", 0, NULL));
  assert_database_refused (db, db);
  assert_database_refused (db, "cli-db.db");
  assert_database_refused (db, "cli-db.db-wal");
  assert_database_refused (db, "cli-db.db-shm");
  assert_database_refused (db, "cli-db.db-journal");
  g_assert_cmpint (symlink (db, link), ==, 0);
  assert_database_refused (db, "other-name.pdf");
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));

  g_assert_cmpint (g_mkdir (backups, 0700), ==, 0);
  g_assert_true (g_file_set_contents (backup, "backup", -1, NULL));
  g_assert_true (g_file_set_contents (aside, "aside", -1, NULL));
  assert_refused (db, "export-pdf", "backups/cli-db-2026-12-01.db",
                  "congtac-cli: “backups/cli-db-2026-12-01.db” is a backup of the programme "
                  "database or in its folder of backups. Choose another file name; nothing "
                  "was written.\n",
                  "congtac-cli: “backups/cli-db-2026-12-01.db” là một bản sao lưu của cơ sở dữ "
                  "liệu chương trình hoặc nằm trong thư mục sao lưu. Hãy chọn tên tệp khác; "
                  "chưa có gì được ghi.\n");
  assert_refused (db, "export-ics", "cli-db-old-20261201-080000.db",
                  "congtac-cli: “cli-db-old-20261201-080000.db” is a backup of the programme "
                  "database or in its folder of backups. Choose another file name; nothing "
                  "was written.\n",
                  "congtac-cli: “cli-db-old-20261201-080000.db” là một bản sao lưu của cơ sở dữ "
                  "liệu chương trình hoặc nằm trong thư mục sao lưu. Hãy chọn tên tệp khác; "
                  "chưa có gì được ghi.\n");
  assert_same_hash (db, before);
  assert_contents (backup, "backup");
  assert_contents (aside, "aside");
}

/* The database in use, read as a document to import, would lose SQLite's locks when the
 * descriptor closes: it is refused without being opened. */
static void
test_cli_import_database (void)
{
  g_autofree char *db = make_database ("cli-import.db");
  g_autofree char *before = ct_test_file_hash (db);
  static const char *const targets[] = { "cli-import.db", "cli-import.db-wal" };

  for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
    {
      g_autofree char *target = tmp_path (targets[i]);
      g_autofree char *en = g_strdup_printf (
        "congtac-cli: “%s” is the programme database in use or one of its files; it cannot be "
        "opened as a document. Choose another file; nothing was read.\n", target);
      g_autofree char *vi = g_strdup_printf (
        "congtac-cli: “%s” là cơ sở dữ liệu chương trình đang dùng hoặc một tệp của nó; không "
        "thể mở nó như một văn bản. Hãy chọn tệp khác; chưa đọc gì.\n", target);
      const char *args[] = { "--db", db, "import", target, NULL };
      g_autofree char *err = NULL;

      g_assert_cmpint (run_cli (NULL, args, &err), ==, 1);
      g_assert_cmpstr (err, ==, en);
      g_clear_pointer (&err, g_free);
      if (ct_test_have_locale ("vi_VN.UTF-8"))
        {
          g_assert_cmpint (run_cli ("vi", args, &err), ==, 1);
          g_assert_cmpstr (err, ==, vi);
        }
    }
  assert_same_hash (db, before);
}

#define NOT_FILE_EN "congtac-cli: “%s” is a %s, not a file. Choose another file name; nothing " \
                    "was written.\n"
#define NOT_FILE_VI "congtac-cli: “%s” là một %s, không phải một tệp. Hãy chọn tên tệp khác; " \
                    "chưa có gì được ghi.\n"

static void
assert_export_refused (const char *db,
                       const char *target,
                       const char *kind_en,
                       const char *kind_vi)
{
  g_autofree char *en = g_strdup_printf (NOT_FILE_EN, target, kind_en);
  g_autofree char *vi = g_strdup_printf (NOT_FILE_VI, target, kind_vi);

  assert_exports_refused (db, target, en, vi);
}

/* A device, a folder or a pipe is not replaced by a regular file (nor written into). */
static void
test_cli_export_special (void)
{
  g_autofree char *db = make_database ("cli-special.db");
  g_autofree char *before = ct_test_file_hash (db);
  g_autofree char *folder = tmp_path ("folder.pdf");
  g_autofree char *fifo = tmp_path ("pipe.ics");
  GStatBuf st;

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  assert_export_refused (db, "/dev/full", "device", "thiết bị");
  assert_export_refused (db, "/dev/null", "device", "thiết bị");
  assert_export_refused (db, "folder.pdf", "folder", "thư mục");
  assert_export_refused (db, "pipe.ics", "pipe", "ống dẫn (pipe)");

  g_assert_cmpint (g_stat ("/dev/full", &st), ==, 0);
  g_assert_true (S_ISCHR (st.st_mode));
  g_assert_cmpint (g_stat ("/dev/null", &st), ==, 0);
  g_assert_true (S_ISCHR (st.st_mode));
  g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));
  g_assert_cmpint (g_stat (fifo, &st), ==, 0);
  g_assert_true (S_ISFIFO (st.st_mode));
  assert_same_hash (db, before);
}

#define READ_EN "congtac-cli: “%s” is a %s, not a file. Choose a file saved on disk.\n"
#define READ_VI "congtac-cli: “%s” là một %s, không phải một tệp. Hãy chọn một tệp được lưu " \
                "trên đĩa.\n"

static void
assert_input_refused (const char *db,
                      const char *command,
                      const char *input,
                      const char *kind_en,
                      const char *kind_vi)
{
  g_autofree char *en = g_strdup_printf (READ_EN, input, kind_en);
  g_autofree char *vi = g_strdup_printf (READ_VI, input, kind_vi);

  assert_refused (db, command, input, en, vi);
}

/* A pipe returns at once (it is opened without waiting for a writer), a device is not
 * read, a large file is refused whatever its holes, and the database is unchanged. */
static void
test_cli_input (void)
{
  g_autofree char *db = make_database ("cli-input.db");
  g_autofree char *before = ct_test_file_hash (db);
  g_autofree char *fifo = tmp_path ("input.fifo");
  g_autofree char *folder = tmp_path ("input-folder");
  g_autofree char *big_text = tmp_path ("big.txt");
  g_autofree char *big_ics = tmp_path ("big.ics");

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_true (g_file_set_contents (big_text, "", 0, NULL));
  g_assert_cmpint (truncate (big_text, 6 * 1024 * 1024), ==, 0);
  g_assert_true (g_file_set_contents (big_ics, "", 0, NULL));
  g_assert_cmpint (truncate (big_ics, CT_FILE_MAX_INPUT_BYTES + 1), ==, 0);

  assert_input_refused (db, "import-text", "input.fifo", "pipe", "ống dẫn (pipe)");
  assert_input_refused (db, "import-ics", "input.fifo", "pipe", "ống dẫn (pipe)");
  assert_input_refused (db, "import-text", "/dev/zero", "device", "thiết bị");
  assert_input_refused (db, "import-ics", "/dev/zero", "device", "thiết bị");
  assert_input_refused (db, "import-text", "input-folder", "folder", "thư mục");
  assert_input_refused (db, "import-ics", "input-folder", "folder", "thư mục");
  assert_refused (db, "import-text", "big.txt",
                  "congtac-cli: The text is larger than 5 MB; a programme is a few pages. "
                  "Nothing was imported.\n",
                  "congtac-cli: Văn bản lớn hơn 5 MB trong khi một chương trình chỉ dài vài "
                  "trang. Chưa nhập được nội dung nào.\n");
  assert_refused (db, "import-ics", "big.ics",
                  "congtac-cli: “big.ics” is larger than 16 MB, too large for a programme or a "
                  "calendar. Nothing was read.\n",
                  "congtac-cli: “big.ics” lớn hơn 16 MB, quá lớn đối với một chương trình hay "
                  "một lịch. Chưa đọc gì từ tệp này.\n");
  assert_refused (db, "import-ics", "missing.ics",
                  "congtac-cli: The file “missing.ics” does not exist.\n",
                  "congtac-cli: Tệp “missing.ics” không tồn tại.\n");
  assert_same_hash (db, before);
}

/* A file name cannot drive the terminal: its control characters are shown escaped. */
static void
test_cli_escapes (void)
{
  g_autofree char *db = make_database ("cli-escapes.db");
  g_autofree char *text = NULL;
  g_autofree char *fixture = NULL;
  const char *name = "x\033]0;owned\007\nline.txt";
  const char *pdf = "out\033[2J.pdf";
  const char *import[] = { "--db", db, "import-text", name, NULL };
  const char *id[] = { "--db", db, "show", "1\033[31m", NULL };
  g_autofree char *err = NULL;
  g_autofree char *path = tmp_path (name);
  g_autofree char *folder = tmp_path (pdf);

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  assert_refused (db, "import-text", name,
                  "congtac-cli: The file “x\\x1b]0;owned\\x07\\nline.txt” does not exist.\n",
                  "congtac-cli: Tệp “x\\x1b]0;owned\\x07\\nline.txt” không tồn tại.\n");
  assert_refused (db, "export-pdf", pdf, "congtac-cli: “out\\x1b[2J.pdf” is a folder, not a "
                  "file. Choose another file name; nothing was written.\n",
                  "congtac-cli: “out\\x1b[2J.pdf” là một thư mục, không phải một tệp. Hãy chọn "
                  "tên tệp khác; chưa có gì được ghi.\n");

  g_assert_cmpint (run_cli (NULL, id, &err), ==, 1);
  g_assert_cmpstr (err, ==, "congtac-cli: “1\\x1b[31m” is not a programme id (a whole "
                   "number, see “list”).\n");
  g_clear_pointer (&err, g_free);

  /* The warnings about an imported file name it, escaped. */
  fixture = g_build_filename (TEST_SOURCE_DIR, "data", "programme-wrapped.txt", NULL);
  g_assert_true (g_file_get_contents (fixture, &text, NULL, NULL));
  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  g_assert_cmpint (run_cli (NULL, import, &err), ==, 0);
  g_assert_true (g_str_has_prefix (err, "x\\x1b]0;owned\\x07\\nline.txt:89: warning: "
                                   "26/10/2023 is a “thứ Năm”"));
  g_assert_null (strchr (err, '\033'));
  g_assert_null (strchr (err, '\007'));
}

static void
test_read (void)
{
  g_autofree char *path = tmp_path ("read.ics");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, "BEGIN:VCALENDAR\r\n", -1, NULL));
  bytes = ct_file_read (path, 17, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                   "BEGIN:VCALENDAR\r\n", 17);
  g_clear_pointer (&bytes, g_bytes_unref);

  /* One byte over the limit is refused. */
  bytes = ct_file_read (path, 16, &error);
  g_assert_null (bytes);
  g_assert_error (error, CT_FILE_ERROR, CT_FILE_ERROR_TOO_LARGE);
}

/* A file whose stat size is 0 but that reads on and on (a /proc-like file) is cut at the
 * limit: the size is checked while reading, not trusted. */
static void
test_read_unbounded (void)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  if (g_stat ("/proc/self/maps", &st) != 0 || st.st_size != 0)
    {
      g_test_skip ("/proc/self/maps is not a file of size 0 here");
      return;
    }
  bytes = ct_file_read ("/proc/self/maps", 10, &error);
  g_assert_null (bytes);
  g_assert_error (error, CT_FILE_ERROR, CT_FILE_ERROR_TOO_LARGE);
}

static void
test_read_special (void)
{
  g_autofree char *socket_path = tmp_path ("read.socket");
  g_autofree char *locked = tmp_path ("locked.txt");
  g_autofree char *expected = NULL;
  g_autoptr(GSocketAddress) address = g_unix_socket_address_new (socket_path);
  g_autoptr(GSocket) socket = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  socket = g_socket_new (G_SOCKET_FAMILY_UNIX, G_SOCKET_TYPE_STREAM, 0, &error);
  g_assert_no_error (error);
  g_assert_true (g_socket_bind (socket, address, TRUE, &error));
  bytes = ct_file_read (socket_path, 100, &error);
  g_assert_null (bytes);
  g_assert_error (error, CT_FILE_ERROR, CT_FILE_ERROR_NOT_REGULAR);
  expected = g_strdup_printf ("“%s” is a socket, not a file. Choose a file saved on disk.",
                              socket_path);
  g_assert_cmpstr (error->message, ==, expected);
  g_clear_error (&error);

  if (geteuid () == 0)
    {
      g_test_message ("root reads every file: the permission case is not checked");
      return;
    }
  g_assert_true (g_file_set_contents (locked, "x", -1, NULL));
  g_assert_cmpint (g_chmod (locked, 0), ==, 0);
  bytes = ct_file_read (locked, 100, &error);
  g_assert_null (bytes);
  g_assert_error (error, CT_FILE_ERROR, CT_FILE_ERROR_PERMISSION);
}

/* The export is whole or absent: 0644 (under umask 022), no temporary file left behind,
 * and a device stays a device. */
static void
test_replace (void)
{
  g_autofree char *path = tmp_path ("replace.ics");
  g_autofree char *missing = g_build_filename (tmpdir, "no-folder", "x.ics", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;
  GStatBuf st;
  mode_t old_mask = umask (022);

  g_assert_true (ct_file_replace_contents (path, "new", 3, &error));
  g_assert_no_error (error);
  assert_contents (path, "new");
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0644);

  g_assert_false (ct_file_replace_contents (missing, "new", 3, &error));
  g_assert_error (error, CT_FILE_ERROR, CT_FILE_ERROR_IO);
  g_clear_error (&error);

  g_assert_false (ct_file_replace_contents ("/dev/null", "new", 3, &error));
  g_assert_error (error, CT_FILE_ERROR, CT_FILE_ERROR_NOT_REGULAR);
  g_assert_cmpint (g_stat ("/dev/null", &st), ==, 0);
  g_assert_true (S_ISCHR (st.st_mode));
  umask (old_mask);

  dir = g_dir_open (tmpdir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_assert_false (g_str_has_prefix (name, "replace.ics."));
}

int
main (int    argc,
      char **argv)
{
  ct_test_init (&argc, &argv);

  g_test_add_func ("/file/read", test_read);
  g_test_add_func ("/file/read-unbounded", test_read_unbounded);
  g_test_add_func ("/file/read-special", test_read_special);
  g_test_add_func ("/file/replace", test_replace);
  g_test_add_func ("/file/cli-export-database", test_cli_export_database);
  g_test_add_func ("/file/cli-import-database", test_cli_import_database);
  g_test_add_func ("/file/cli-export-special", test_cli_export_special);
  g_test_add_func ("/file/cli-input", test_cli_input);
  g_test_add_func ("/file/cli-escapes", test_cli_escapes);
  return ct_test_run_in_folder ("congtac-file-XXXXXX", &tmpdir);
}
