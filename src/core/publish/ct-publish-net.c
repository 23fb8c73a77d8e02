/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-publish"

#include "config.h"

#include <string.h>

#include "ct-publish-net.h"

#include "ct-module.h"

typedef const CtPublishNetFuncs *(*CtPublishNetFuncsGetter) (void);

/**
 * ct_publish_net_get_funcs:
 * @error: return location for a #G_IO_ERROR when the module cannot be loaded
 *
 * Loads the module of libsoup and libsecret the first time. Thread-safe.
 *
 * Returns: (transfer none) (nullable): their functions, or %NULL with @error set
 */
const CtPublishNetFuncs *
ct_publish_net_get_funcs (GError **error)
{
  CtPublishNetFuncsGetter get = ct_module_symbol (CT_PUBLISH_NET_MODULE,
                                                  CT_PUBLISH_NET_MODULE_FUNCS, error);

  return get != NULL ? get () : NULL;
}

/**
 * ct_publish_has_session_bus:
 *
 * Without a session bus there is no Secret Service to ask (a test, a server's shell):
 * asking would only wait for one to start.
 *
 * Returns: whether a password can be asked of or given to the keyring
 */
gboolean
ct_publish_has_session_bus (void)
{
  g_autofree char *socket = NULL;

  if (g_getenv ("DBUS_SESSION_BUS_ADDRESS") != NULL)
    return TRUE;
  socket = g_build_filename (g_get_user_runtime_dir (), "bus", NULL);
  return g_file_test (socket, G_FILE_TEST_EXISTS);
}

/* Frees a password, its bytes overwritten first. */
void
ct_publish_password_wipe (char *password)
{
  if (password == NULL)
    return;
  memset (password, 0, strlen (password));
  g_free (password);
}
