/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Without a GPU render node the app turns GDK's OpenGL off before gtk_init() and has GSK
 * draw with Cairo, unless the user chose a renderer, and takes the setting out of the
 * environment again once its window is up.
 */
#include "config.h"

#include <glib/gstdio.h>

#include "ct-graphics.h"

static void
touch (const char *dir,
       const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, "", 0, NULL));
}

static void
remove_file (const char *dir,
             const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  g_assert_cmpint (g_remove (path), ==, 0);
}

static void
test_render_node (void)
{
  g_autofree char *dir = g_dir_make_tmp ("ct-graphics-XXXXXX", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing", NULL);

  g_assert_nonnull (dir);
  g_assert_false (ct_graphics_has_render_node (dir));
  g_assert_false (ct_graphics_has_render_node (missing));
  /* A card node alone is the display controller, not a device for OpenGL clients. */
  touch (dir, "card0");
  g_assert_false (ct_graphics_has_render_node (dir));
  touch (dir, "renderD128");
  g_assert_true (ct_graphics_has_render_node (dir));
  remove_file (dir, "card0");
  remove_file (dir, "renderD128");
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_user_choice_wins (void)
{
  g_setenv ("GSK_RENDERER", "gl", TRUE);
  g_unsetenv ("GDK_DEBUG");
  g_assert_false (ct_graphics_avoid_software_gl ());
  g_assert_null (g_getenv ("GDK_DEBUG"));
  g_unsetenv ("GSK_RENDERER");

  g_setenv ("GDK_DEBUG", "events", TRUE);
  g_assert_false (ct_graphics_avoid_software_gl ());
  g_assert_cmpstr (g_getenv ("GDK_DEBUG"), ==, "events");
  ct_graphics_restore_environment ();
  g_assert_cmpstr (g_getenv ("GDK_DEBUG"), ==, "events");
  g_unsetenv ("GDK_DEBUG");
}

static void
test_this_machine (void)
{
  gboolean software = !ct_graphics_has_render_node ("/dev/dri");

  g_unsetenv ("GSK_RENDERER");
  g_unsetenv ("GDK_DEBUG");
  g_assert_cmpint (ct_graphics_avoid_software_gl (), ==, software);
  g_assert_cmpstr (g_getenv ("GDK_DEBUG"), ==, software ? "gl-disable" : NULL);
  g_assert_cmpstr (g_getenv ("GSK_RENDERER"), ==, software ? "cairo" : NULL);
  ct_graphics_restore_environment ();
  g_assert_null (g_getenv ("GDK_DEBUG"));
  g_assert_null (g_getenv ("GSK_RENDERER"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/graphics/render-node", test_render_node);
  g_test_add_func ("/graphics/user-choice-wins", test_user_choice_wins);
  g_test_add_func ("/graphics/this-machine", test_this_machine);
  return g_test_run ();
}
