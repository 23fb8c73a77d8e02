/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target: any bytes given to the text importer must give a programme or a
 * GError, never a crash, a hang or a leak; an imported programme must render as text and
 * export as a calendar file. */
#include "ct-ics-export.h"
#include "ct-import-text.h"
#include "ct-render-text.h"
#include "fuzz-common.h"

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
