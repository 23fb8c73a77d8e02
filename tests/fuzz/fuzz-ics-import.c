/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target: any bytes given to the calendar-file importer must give events or a
 * GError, never a crash, a hang or a leak; what was imported must export again. */
#include "ct-ics-export.h"
#include "ct-ics-import.h"
#include "fuzz-common.h"

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(CtProgramme) programme = ct_programme_new ();
  g_autoptr(GError) error = NULL;
  g_auto(CtIcsImportResult) result = { 0, };

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
