/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Helpers every kind of test needs; GLib and GIO only, so that core tests can link them. */
#define _GNU_SOURCE /* dl_iterate_phdr() */
#include "test-util.h"

#include <gio/gio.h>
#include <locale.h>
#include <stdio.h>
#include <sys/wait.h>

#if defined(__SANITIZE_ADDRESS__)
#include <link.h>
#include <sanitizer/lsan_interface.h>
#include <string.h>

/* From the sanitizer runtime (GCC installs no header for them). */
int    __sanitizer_get_ownership      (const volatile void *p);
size_t __sanitizer_get_allocated_size (const volatile void *p);

/* GLib's quark table starts as one block of 2048 names; when a program makes more quarks
 * (GTK and libadwaita make about 2000), GLib copies it into a larger block and leaves the
 * first behind on purpose, so that lookups need no lock. Under LeakSanitizer that block
 * is a "direct leak" whose stack ends inside GLib. The pointer to the block is still in
 * GLib's writable data while the table is small: found there, it is marked as not ours
 * to free, and every other leak is still reported. */
static int
mark_quark_block (struct dl_phdr_info *info,
                  size_t               size,
                  void                *data)
{
  const char *first = g_quark_to_string (1);

  if (strstr (info->dlpi_name, "libglib-2.0.so") == NULL)
    return 0;
  for (int i = 0; i < info->dlpi_phnum; i++)
    {
      const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
      const char **slot = (const char **) (info->dlpi_addr + ph->p_vaddr);
      const char **end = slot + ph->p_memsz / sizeof (char *);

      if (ph->p_type != PT_LOAD || !(ph->p_flags & PF_W))
        continue;
      for (; slot < end; slot++)
        {
          char **block = (char **) *slot;

          if (__sanitizer_get_ownership (block)
              && __sanitizer_get_allocated_size (block) == 2048 * sizeof (char *)
              && block[0] == NULL && block[1] == first)
            {
              __lsan_ignore_object (block);
              *(gboolean *) data = TRUE;
              return 1;
            }
        }
    }
  return 0;
}
#endif

/* Under AddressSanitizer, keeps GLib's deliberate quark-table leftover out of the leak
 * report; call it before the program makes its first couple of thousand quarks. */
void
ct_test_keep_quark_table (void)
{
#if defined(__SANITIZE_ADDRESS__)
  gboolean found = FALSE;

  dl_iterate_phdr (mark_quark_block, &found);
  g_assert_true (found);
#endif
}

/* The start of a test program: the user's locale (C.UTF-8 under meson test), then GLib's
 * test framework. */
void
ct_test_init (int    *argc,
              char ***argv)
{
  setlocale (LC_ALL, "");
  g_test_init (argc, argv, NULL);
}

/* Runs the tests added with a new folder from @tmpl in *@folder, then removes the folder
 * and all in it; returns g_test_run()'s status. */
int
ct_test_run_in_folder (const char  *tmpl,
                       char       **folder)
{
  int status;

  *folder = ct_test_make_folder (tmpl);
  status = g_test_run ();
  ct_test_remove_tree (*folder);
  g_clear_pointer (folder, g_free);
  return status;
}

/* Runs the tests with *@db_path naming the database @name (not made yet) in a new folder
 * from @tmpl; removes the folder afterwards. */
int
ct_test_run_with_database (const char  *tmpl,
                           const char  *name,
                           char       **db_path)
{
  g_autofree char *folder = ct_test_make_folder (tmpl);
  int status;

  *db_path = g_build_filename (folder, name, NULL);
  status = g_test_run ();
  ct_test_remove_tree (folder);
  g_clear_pointer (db_path, g_free);
  return status;
}

/* A valid date, to be passed around by value. */
GDate
ct_test_dmy (int day,
             int month,
             int year)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return date;
}

/* The date written "2023-09-26". */
GDate
ct_test_iso (const char *text)
{
  int year, month, day;

  g_assert_cmpint (sscanf (text, "%d-%d-%d", &year, &month, &day), ==, 3);
  return ct_test_dmy (day, month, year);
}

/* The text of tests/data/@name. */
char *
ct_test_read_data (const char *name)
{
  g_autofree char *path = g_build_filename (TEST_SOURCE_DIR, "data", name, NULL);
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  g_assert_no_error (error);
  return text;
}

/* A new empty folder for the test from @tmpl ("congtac-area-XXXXXX"). */
char *
ct_test_make_folder (const char *tmpl)
{
  g_autoptr(GError) error = NULL;
  char *path = g_dir_make_tmp (tmpl, &error);

  g_assert_no_error (error);
  return path;
}

static void
remove_file_tree (GFile *file)
{
  g_autoptr(GFileEnumerator) children = NULL;
  g_autoptr(GError) error = NULL;
  GFileInfo *info;
  GFile *child;

  /* Links are removed, never followed: a test only deletes what it made. */
  children = g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                        G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  while (children != NULL
         && g_file_enumerator_iterate (children, &info, &child, NULL, &error) && info != NULL)
    remove_file_tree (child);
  g_assert_no_error (error);
  if (!g_file_delete (file, NULL, &error))
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

/* Removes @path and everything below it; a missing @path is no error. */
void
ct_test_remove_tree (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  remove_file_tree (file);
}

/* The bytes of @path, which must be readable. */
char *
ct_test_contents_of (const char *path,
                     gsize      *length)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, length, NULL));
  return contents;
}

/* The SHA-256 of @path's bytes: to see that a file was left alone. */
char *
ct_test_file_hash (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length;

  contents = ct_test_contents_of (path, &length);
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

/* Whether the C library can switch to @locale ("vi_VN.UTF-8"). */
gboolean
ct_test_have_locale (const char *locale)
{
  g_autofree char *saved = g_strdup (setlocale (LC_ALL, NULL));
  gboolean ok = setlocale (LC_ALL, locale) != NULL;

  setlocale (LC_ALL, saved);
  return ok;
}

/* The environment in which congtac-cli speaks @language ("vi", or NULL for English) from the
 * catalogues built with the tests. */
char **
ct_test_cli_environ (const char *language)
{
  char **envp = g_get_environ ();

  envp = g_environ_setenv (envp, "CONGTAC_LOCALEDIR", CT_TEST_LOCALEDIR, TRUE);
  envp = g_environ_setenv (envp, "LC_ALL", language ? "vi_VN.UTF-8" : "C.UTF-8", TRUE);
  if (language != NULL)
    envp = g_environ_setenv (envp, "LANGUAGE", language, TRUE);
  else
    envp = g_environ_unsetenv (envp, "LANGUAGE");
  return envp;
}

/* Runs congtac-cli ($CT_CLI) with @args in @folder (NULL: this one) and @envp (NULL: this
 * process's); returns its exit status, and its output in @out and @err when not NULL. */
int
ct_test_run_cli (const char        *folder,
                 char             **envp,
                 const char *const *args,
                 char             **out,
                 char             **err)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int status;

  g_ptr_array_add (argv, (char *) g_getenv ("CT_CLI"));
  for (guint i = 0; args[i]; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  g_assert_true (g_spawn_sync (folder, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                               out, err, &status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

/* Runs the main loop until @condition holds or @seconds have passed; returns whether it holds.
 * The deadline only ends a wait that would never end: it is no measure of speed. */
gboolean
ct_test_wait_until (CtTestCondition condition,
                    gpointer        data,
                    guint           seconds)
{
  gint64 deadline = g_get_monotonic_time () + seconds * G_USEC_PER_SEC;

  while (!condition (data))
    {
      if (g_get_monotonic_time () >= deadline)
        return condition (data);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  return TRUE;
}

static gboolean
file_exists (gpointer data)
{
  return g_file_test (data, G_FILE_TEST_EXISTS);
}

/* Waits up to ten seconds for @path, written off the UI thread. */
void
ct_test_wait_for_file (const char *path)
{
  g_assert_true (ct_test_wait_until (file_exists, (gpointer) path, 10));
}
