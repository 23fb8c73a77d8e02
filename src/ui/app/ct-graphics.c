/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-graphics"

#include "config.h"

#include "ct-graphics.h"

/* GTK 4.8 draws with OpenGL when it can. Without a GPU, Mesa answers with llvmpipe, a
 * software rasterizer: GTK then compiles its shaders on the CPU before the first frame
 * (about 200 ms on a 2-core office machine, most of the start-up time) and redraws a
 * text-only window slower than its Cairo renderer does. Remote desktops and virtual
 * machines, common for office staff, are exactly that case. */

static gboolean environment_changed;

/**
 * ct_graphics_has_render_node:
 * @dri_dir: the DRM device directory, normally "/dev/dri"
 *
 * Returns: whether @dri_dir holds a DRM render node ("renderD128", …), the device a GPU
 *   driver offers to unprivileged OpenGL and Vulkan clients
 */
gboolean
ct_graphics_has_render_node (const char *dri_dir)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_return_val_if_fail (dri_dir != NULL, FALSE);

  dir = g_dir_open (dri_dir, 0, NULL);
  if (dir == NULL)
    return FALSE;
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "renderD"))
      return TRUE;
  return FALSE;
}

/**
 * ct_graphics_avoid_software_gl:
 *
 * When the machine has no DRM render node (see ct_graphics_has_render_node()), so that
 * OpenGL could only be software-rendered, turns GDK's OpenGL support off for this process
 * and has GTK draw with Cairo (GDK_DEBUG=gl-disable and GSK_RENDERER=cairo: GTK 4.8 offers
 * no other switch). The user's own choice wins: nothing changes when GDK_DEBUG or
 * GSK_RENDERER is set.
 *
 * Call it before gtk_init(), and ct_graphics_restore_environment() once the first window
 * is realized, so that programs started from the app do not inherit the setting.
 *
 * Returns: whether OpenGL was turned off
 */
gboolean
ct_graphics_avoid_software_gl (void)
{
  if (g_getenv ("GDK_DEBUG") != NULL || g_getenv ("GSK_RENDERER") != NULL)
    return FALSE;
  if (ct_graphics_has_render_node ("/dev/dri"))
    return FALSE;
  environment_changed = g_setenv ("GDK_DEBUG", "gl-disable", FALSE) &&
                        g_setenv ("GSK_RENDERER", "cairo", FALSE);
  return environment_changed;
}

/**
 * ct_graphics_restore_environment:
 *
 * Removes what ct_graphics_avoid_software_gl() put into the environment. GDK reads
 * GDK_DEBUG when it is initialised (gtk_init()) and GSK reads GSK_RENDERER when it
 * realizes the first window; both keep what they read for the rest of the process.
 */
void
ct_graphics_restore_environment (void)
{
  if (!environment_changed)
    return;
  g_unsetenv ("GDK_DEBUG");
  g_unsetenv ("GSK_RENDERER");
  environment_changed = FALSE;
}
