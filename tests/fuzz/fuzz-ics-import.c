/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target: any bytes given to the calendar-file importer must give events or a
 * GError, never a crash, a hang or a leak; what was imported must export again. */
#include <stdlib.h>

#include "ct-ics-export.h"
#include "ct-ics-import.h"

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
  g_autoptr(CtProgramme) programme = ct_programme_new ();
  g_autoptr(GError) error = NULL;
  CtIcsImportResult result = { 0, };

  ct_programme_set_period (programme, CT_PERIOD_KIND_MONTH, 2023, 9);
  ct_programme_add_section (programme, "Lịch nhập");
  if (ct_ics_import (programme, NULL, (const char *) data, (gssize) size, &result, &error))
    {
      g_autofree char *again = NULL;

      g_assert_no_error (error);
      again = ct_ics_export (programme, NULL, &error);
      g_assert (again != NULL || error != NULL);
    }
  else
    g_assert (error != NULL);
  return 0;
}
