/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ct-store.h"

G_BEGIN_DECLS

CtProgramme *ct_sample_programme_new     (void);
gboolean     ct_sample_add_on_first_run  (CtStore  *store,
                                          GError  **error);

G_END_DECLS
