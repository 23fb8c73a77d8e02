/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-module"

#include "config.h"

#include "ct-module.h"

#include <gio/gio.h>
#include <gmodule.h>

G_LOCK_DEFINE_STATIC (modules);

/* A program run from the build tree loads the modules built beside it, not those of an
 * installed version that may differ. */
static const char *
module_dir (void)
{
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);

  if (exe != NULL && g_str_has_prefix (exe, CT_BUILD_ROOT G_DIR_SEPARATOR_S))
    return CT_BUILD_MODULE_DIR;
  return CT_MODULE_DIR;
}

/* Called with the lock held. Modules are never unloaded: a symbol once given stays valid. */
static GModule *
open_module (const char  *module,
             GError     **error)
{
  static GHashTable *opened;
  g_autofree char *path = NULL;
  GModule *handle;

  if (opened == NULL)
    opened = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  handle = g_hash_table_lookup (opened, module);
  if (handle != NULL)
    return handle;
  path = g_module_build_path (module_dir (), module);
  handle = g_module_open (path, G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);
  if (handle == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "%s", g_module_error ());
      return NULL;
    }
  g_module_make_resident (handle);
  g_hash_table_insert (opened, g_strdup (module), handle);
  return handle;
}

/**
 * ct_module_symbol:
 * @module: the module's name ("congtac-pdf": the file libcongtac-pdf.so)
 * @symbol: a function it exports
 * @error: return location for a #G_IO_ERROR whose message is the loader's
 *
 * Loads @module the first time (from the build tree when the program runs from there,
 * else from the installed modules' folder) and finds @symbol in it. Thread-safe.
 *
 * Returns: (nullable): the symbol's address, or %NULL with @error set
 */
gpointer
ct_module_symbol (const char  *module,
                  const char  *symbol,
                  GError     **error)
{
  gpointer address = NULL;
  GModule *handle;

  g_return_val_if_fail (module != NULL && symbol != NULL, NULL);

  G_LOCK (modules);
  handle = open_module (module, error);
  if (handle != NULL && !g_module_symbol (handle, symbol, &address))
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "%s", g_module_error ());
  G_UNLOCK (modules);
  return address;
}
