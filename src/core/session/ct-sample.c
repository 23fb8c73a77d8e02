/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-sample"

#include "ct-sample.h"

#include "ct-core-resources.h"
#include "ct-import-text.h"

#define SAMPLE_PATH "/io/github/congtac/Congtac/core/samples/programme-2026-12.txt"

/**
 * ct_sample_programme_new:
 *
 * Reads the first-run sample, a fictional programme written as plain text in
 * data/samples/ and read with the text importer (ct_import_text()), so the sample is
 * what a user importing their own document would get: the December 2026 programme of the
 * fictional "Huyện ủy Sông Mây", with tasks, two conferences with agenda and preparing
 * units, a weekly briefing, recipients and a "T/L" signature block. Places and people
 * are invented.
 *
 * Returns: (transfer full): the sample programme, not saved
 */
CtProgramme *
ct_sample_programme_new (void)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  CtProgramme *programme = NULL;

  bytes = g_resource_lookup_data (ct_core_get_resource (), SAMPLE_PATH,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes != NULL)
    programme = ct_import_text (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL,
                                &error);
  if (programme == NULL)
    {
      /* Both are built in and tested: reaching this is a build error. */
      g_critical ("Shipped sample programme: %s", error->message);
      programme = ct_programme_new ();
    }
  return programme;
}

/**
 * ct_sample_add_on_first_run:
 * @store: a store
 * @error: return location for a #CT_STORE_ERROR
 *
 * Saves the sample programme when @store's file was created when it was opened, so a
 * newcomer sees a whole document; a database the user emptied stays empty.
 *
 * Returns: %TRUE on success (including when nothing had to be done)
 */
gboolean
ct_sample_add_on_first_run (CtStore  *store,
                            GError  **error)
{
  g_autoptr(CtProgramme) sample = NULL;

  g_return_val_if_fail (CT_IS_STORE (store), FALSE);

  if (!ct_store_get_created (store))
    return TRUE;
  sample = ct_sample_programme_new ();
  return ct_store_save_programme (store, sample, error);
}
