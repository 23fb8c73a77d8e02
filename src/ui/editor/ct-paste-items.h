/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ct-programme.h"

G_BEGIN_DECLS

gboolean ct_paste_items (CtProgramme  *programme,
                         guint         section,
                         const char   *text,
                         guint        *n_added,
                         guint        *n_not_understood,
                         char        **first_uuid,
                         GError      **error);
char    *ct_paste_items_describe (guint n_added,
                                  guint n_not_understood);
char    *ct_paste_items_describe_field_kept (guint n_added,
                                             guint n_not_understood);

G_END_DECLS
