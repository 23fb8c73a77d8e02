/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CT_TYPE_PUBLISH_PREFS (ct_publish_prefs_get_type ())
G_DECLARE_FINAL_TYPE (CtPublishPrefs, ct_publish_prefs, CT, PUBLISH_PREFS, AdwPreferencesGroup)

GtkWidget  *ct_publish_prefs_new         (GSettings      *settings);
const char *ct_publish_prefs_get_message (CtPublishPrefs *self);
gboolean    ct_publish_prefs_is_busy     (CtPublishPrefs *self);

G_END_DECLS
