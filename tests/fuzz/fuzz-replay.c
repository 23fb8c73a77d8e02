/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Runs a fuzz target's LLVMFuzzerTestOneInput on every file of its corpus and regression
 * folders with the ordinary compiler: each input that once crashed stays a test. */
#include <glib.h>
#include <locale.h>

#include "fuzz-common.h"

static void
replay_file (gconstpointer data)
{
  const char *path = data;
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpint (LLVMFuzzerTestOneInput ((const guint8 *) contents, length), ==, 0);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char *const *) a, *(char *const *) b);
}

static void
add_folder (const char *target,
            const char *kind)
{
  g_autofree char *folder = g_build_filename (FUZZ_DIR, kind, target, NULL);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (dir == NULL)
    return;
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    {
      const char *file = g_ptr_array_index (names, i);
      g_autofree char *test_path = g_strdup_printf ("/fuzz/%s/%s/%s", target, kind, file);

      g_test_add_data_func_full (test_path, g_build_filename (folder, file, NULL), replay_file,
                                 g_free);
    }
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  add_folder (FUZZ_TARGET, "corpus");
  add_folder (FUZZ_TARGET, "regressions");
  return g_test_run ();
}
