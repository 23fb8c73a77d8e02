/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What every libFuzzer target shares: a GLib critical is a programming error reached from
 * the input, a crash to keep. It aborts (SIGABRT, which libFuzzer catches and saves the
 * input for), not the breakpoint trap of a fatal log level. */
#include <stdlib.h>

#include "fuzz-common.h"

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
