/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <malloc.h>

#include "ct-application.h"
#include "ct-first-frame.h"
#include "ct-graphics.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(CtApplication) app = NULL;

  /* glibc raises its mmap threshold each time a large block is freed (the first frame's
   * image surfaces), and later large temporary blocks then stay in the heap as pages it
   * keeps: a fixed threshold returns them, some 1-5 MB of the window's peak memory. */
  mallopt (M_MMAP_THRESHOLD, 128 * 1024);
  setlocale (LC_ALL, "");
  /* CONGTAC_LOCALEDIR: the translations of an uninstalled build (build-aux/run sets it). */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("CONGTAC_LOCALEDIR") != NULL
                                   ? g_getenv ("CONGTAC_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  ct_graphics_avoid_software_gl ();
  app = ct_application_new ();
  ct_first_frame_report_if_requested (GTK_APPLICATION (app));
  return g_application_run (G_APPLICATION (app), argc, argv);
}
