/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target: any bytes given to the text importer must give a programme or a
 * GError, never a crash, a hang or a leak; an imported programme must render as text and
 * export as a calendar file. */
#include <stdlib.h>

#include "ct-ics-export.h"
#include "ct-import-text.h"
#include "ct-render-text.h"

int LLVMFuzzerInitialize   (int           *argc,
                            char        ***argv);
int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

/* A GLib critical is a programming error reached from the input: a crash to keep. It
 * aborts (SIGABRT, which libFuzzer catches and saves the input for), not the breakpoint
 * trap of a fatal log level. */
static void
abort_on_critical (const char     *domain,
                   GLogLevelFlags  level,
                   const char     *message,
                   gpointer        user_data)
{
  g_log_default_handler (domain, level, message, user_data);
  if (level & (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_ERROR))
    abort ();
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_log_set_default_handler (abort_on_critical, NULL);
  return 0;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CtProgramme) programme = NULL;
  g_autofree char *text = NULL;
  g_autofree char *calendar = NULL;

  programme = ct_import_text ((const char *) data, (gssize) size, &warnings, &error);
  if (programme == NULL)
    {
      g_assert (error != NULL);
      return 0;
    }
  g_assert_no_error (error);
  text = ct_programme_render_text (programme);
  g_assert (text != NULL);
  calendar = ct_ics_export (programme, NULL, &error);
  g_assert (calendar != NULL || error != NULL);
  return 0;
}
