/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ct-publish.h"

G_BEGIN_DECLS

/* Keys of the calendar server in the schema io.github.congtac.Congtac. */
#define CT_SETTINGS_KEY_CALDAV_SERVER      "caldav-server"
#define CT_SETTINGS_KEY_CALDAV_USER        "caldav-user"
#define CT_SETTINGS_KEY_CALDAV_CALENDAR    "caldav-calendar"
#define CT_SETTINGS_KEY_PUBLISH_AFTER_SAVE "publish-after-save"

gboolean     ct_publish_account_has_keyring        (void);
gboolean     ct_publish_account_is_configured      (GSettings            *settings);
char        *ct_publish_account_dup_target         (GSettings            *settings);
char        *ct_publish_account_dup_collection     (GSettings            *settings);
void         ct_publish_account_store_password     (GSettings            *settings,
                                                    const char           *password,
                                                    GCancellable         *cancellable,
                                                    GAsyncReadyCallback   callback,
                                                    gpointer              user_data);
gboolean     ct_publish_account_store_password_finish
                                                   (GAsyncResult         *result,
                                                    gboolean             *in_keyring,
                                                    GError              **error);
void         ct_publish_account_new_publisher_async
                                                   (GSettings            *settings,
                                                    const char           *url,
                                                    GCancellable         *cancellable,
                                                    GAsyncReadyCallback   callback,
                                                    gpointer              user_data);
CtPublisher *ct_publish_account_new_publisher_finish
                                                   (GAsyncResult         *result,
                                                    GError              **error);
void         ct_publish_account_forget_session     (void);

G_END_DECLS
