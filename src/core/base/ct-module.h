/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Parts of the core that only rare actions use (reading a PDF, …) are built as modules
 * of their own, so that the app does not load their libraries at start: each is loaded the
 * first time it is needed, and stays. */

gpointer ct_module_symbol (const char  *module,
                           const char  *symbol,
                           GError     **error);

G_END_DECLS
