/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ct-programme.h"

G_BEGIN_DECLS

/*
 * The office's own header, signer, recipients and weekly briefing, kept in GSettings
 * (keys "office-…" of io.github.congtac.Congtac): they belong to the office using this
 * computer, not to any one database, and a database moved to another office must not
 * bring them along. A programme made from scratch starts with them; a roll-forward
 * copies the previous programme instead.
 */

GtkWidget *ct_office_defaults_page_new (GSettings   *settings);
void       ct_office_defaults_apply    (GSettings   *settings,
                                        CtProgramme *programme);

G_END_DECLS
