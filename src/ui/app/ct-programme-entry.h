/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "ct-store.h"

G_BEGIN_DECLS

#define CT_TYPE_PROGRAMME_ENTRY (ct_programme_entry_get_type ())
G_DECLARE_FINAL_TYPE (CtProgrammeEntry, ct_programme_entry, CT, PROGRAMME_ENTRY, GObject)

CtProgrammeEntry *ct_programme_entry_new          (const CtProgrammeSummary *summary);
CtProgrammeEntry *ct_programme_entry_new_heading  (int                       year);
gboolean          ct_programme_entry_is_heading   (CtProgrammeEntry *self);
gint64            ct_programme_entry_get_id       (CtProgrammeEntry *self);
const char       *ct_programme_entry_get_title    (CtProgrammeEntry *self);
const char       *ct_programme_entry_get_details  (CtProgrammeEntry *self);
const char       *ct_programme_entry_get_excerpt  (CtProgrammeEntry *self);
const char       *ct_programme_entry_get_excerpt_text (CtProgrammeEntry *self);

G_END_DECLS
