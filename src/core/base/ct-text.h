/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char    *ct_text_normalize (const char *text);
char    *ct_text_fold      (const char *text);
gboolean ct_text_matches_word_start (const char *text,
                                     const char *typed);
gboolean ct_text_is_blank  (const char *text);
char    *ct_text_collapse_spaces (const char *text);

G_END_DECLS
