/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ct-form-target.h"
#include "ct-session.h"

G_BEGIN_DECLS

void     ct_paste_offer_watch  (GtkWidget          *root,
                                CtSession          *session,
                                const CtFormTarget *target);
gboolean ct_paste_offer_wanted (const CtProgramme  *programme,
                                guint               section,
                                const char         *text,
                                guint              *n_lines);

G_END_DECLS
