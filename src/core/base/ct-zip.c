/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-zip"

#include "config.h"

#include "ct-zip.h"

#include "ct-module.h"

typedef const CtZipFuncs *(*CtZipFuncsGetter) (void);

/**
 * ct_zip_get_funcs:
 * @error: return location for a #G_IO_ERROR when the module cannot be loaded
 *
 * Loads the zip module the first time. Thread-safe.
 *
 * Returns: (transfer none) (nullable): libzip's functions, or %NULL with @error set
 */
const CtZipFuncs *
ct_zip_get_funcs (GError **error)
{
  CtZipFuncsGetter get = ct_module_symbol (CT_ZIP_MODULE, CT_ZIP_MODULE_FUNCS, error);

  return get != NULL ? get () : NULL;
}
