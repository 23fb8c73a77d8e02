/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>
#include <locale.h>
#include <sys/wait.h>
#include <unistd.h>

#include "ct-store.h"
#include "test-util.h"

#define ROUNDS_PER_WRITER 500

static int
run_writer (const char *db,
            gint64      id,
            const char *name,
            const char *seed,
            GPid       *pid)
{
  g_autofree char *id_text = g_strdup_printf ("%" G_GINT64_FORMAT, id);
  g_autofree char *rounds = g_strdup_printf ("%d", ROUNDS_PER_WRITER);
  const char *argv[] = { g_getenv ("CT_WRITER_CHILD"), db, id_text, name, rounds, seed, NULL };
  g_autoptr(GError) error = NULL;
  int out;

  g_assert_true (g_spawn_async_with_pipes (NULL, (char **) argv, NULL,
                                           G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, pid, NULL,
                                           &out, NULL, &error));
  g_assert_no_error (error);
  return out;
}

static char *
read_all (int fd)
{
  GString *text = g_string_new (NULL);
  char buffer[4096];
  gssize n;

  while ((n = read (fd, buffer, sizeof buffer)) > 0)
    g_string_append_len (text, buffer, n);
  close (fd);
  return g_string_free (text, FALSE);
}

static void
wait_child (GPid pid)
{
  int status = 0;

  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);
}

/* Two processes add tasks to the same programme, 1 000 rounds in all. Every save that was
 * acknowledged is in the programme at the end; every other was refused as a conflict and
 * said so to its writer. None is lost silently. */
static void
test_two_writers (void)
{
  g_autofree char *dir = g_dir_make_tmp ("congtac-writers-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "w.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = ct_store_open (path, &error);
  g_autoptr(CtProgramme) p = ct_programme_new ();
  g_autoptr(CtProgramme) final = NULL;
  g_autoptr(GHashTable) present = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *out_a = NULL, *out_b = NULL;
  GPid pid_a, pid_b;
  int fd_a, fd_b;
  guint acked = 0, conflicts = 0;
  CtSection *section;

  ct_programme_set_period (p, CT_PERIOD_KIND_MONTH, 2026, 6);
  ct_programme_add_section (p, "Nhiệm vụ chung");
  g_assert_true (ct_store_save_programme (store, p, &error));

  fd_a = run_writer (path, p->id, "A", "1", &pid_a);
  fd_b = run_writer (path, p->id, "B", "2", &pid_b);
  out_a = read_all (fd_a);
  out_b = read_all (fd_b);
  wait_child (pid_a);
  wait_child (pid_b);

  final = ct_store_load_programme (store, p->id, &error);
  g_assert_no_error (error);
  section = g_ptr_array_index (final->sections, 0);
  for (guint i = 0; i < section->items->len; i++)
    {
      CtItem *item = g_ptr_array_index (section->items, i);
      g_hash_table_add (present, g_ptr_array_index (item->paragraphs, 0));
    }
  for (const char *const *out = (const char *const[]) { out_a, out_b, NULL }; *out; out++)
    {
      g_auto(GStrv) lines = g_strsplit (*out, "\n", -1);

      for (guint i = 0; lines[i] != NULL && *lines[i] != '\0'; i++)
        {
          if (g_str_has_prefix (lines[i], "ack "))
            {
              acked++;
              if (!g_hash_table_contains (present, lines[i] + 4))
                g_error ("Acknowledged edit %s is missing", lines[i] + 4);
            }
          else
            {
              g_assert_true (g_str_has_prefix (lines[i], "conflict "));
              conflicts++;
            }
        }
    }
  g_test_message ("%u acknowledged, %u conflicts reported", acked, conflicts);
  g_assert_cmpuint (acked + conflicts, ==, 2 * ROUNDS_PER_WRITER);
  g_assert_cmpuint (section->items->len, ==, acked);
  g_assert_cmpuint (acked, >, 0);

  g_clear_object (&store);
  g_unlink (path);
}

int
main (int    argc,
      char **argv)
{
  ct_test_init (&argc, &argv);
  g_test_add_func ("/store/two-writers", test_two_writers);
  return g_test_run ();
}
