/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ct-store.h"

G_BEGIN_DECLS

#define CT_TYPE_APPLICATION (ct_application_get_type ())
G_DECLARE_FINAL_TYPE (CtApplication, ct_application, CT, APPLICATION, AdwApplication)

CtApplication *ct_application_new          (void);
CtStore       *ct_application_get_store    (CtApplication *self);

GtkShortcutsWindow *ct_application_ensure_shortcuts_window (GtkApplicationWindow *window);

G_END_DECLS
