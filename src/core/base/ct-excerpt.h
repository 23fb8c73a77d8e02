/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The longest excerpt, in characters, "…" included. */
#define CT_EXCERPT_MAX_CHARS 80

char *ct_excerpt_markup (const char *text,
                         const char *query);

G_END_DECLS
