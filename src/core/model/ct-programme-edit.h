/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ct-programme.h"

G_BEGIN_DECLS

/* Structural edits of a programme, as the editor makes them (drag and drop, move up/down,
 * move to another section). Numbers are never stored, so moving renumbers by itself. */

void     ct_ptr_array_move         (GPtrArray   *array,
                                    guint        from,
                                    guint        to);
gboolean ct_programme_move_item    (CtProgramme *self,
                                    const char  *uuid,
                                    guint        section,
                                    guint        position);
gboolean ct_programme_remove_item  (CtProgramme *self,
                                    const char  *uuid);
gboolean ct_programme_locate_item  (const CtProgramme *self,
                                    const char        *uuid,
                                    guint             *section,
                                    guint             *position);

G_END_DECLS
