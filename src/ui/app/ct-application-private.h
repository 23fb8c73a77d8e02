/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ct-application.h"
#include "ct-store.h"

G_BEGIN_DECLS

struct _CtApplication
{
  AdwApplication parent_instance;

  char *db_path;
  CtStore *store;
  GError *store_error;
  GSettings *settings;
  guint backup_source;
  GtkWindow *recovery_dialog;  /* weak: the open offer to recover a damaged database */
  gboolean default_db;  /* no --db: the database the last-programme setting refers to */
  gboolean page_restored;  /* the page of the last session was shown again */
};

GtkWindow *ct_application_get_main_window    (CtApplication *self);
void       ct_application_show_message       (CtApplication *self,
                                              const char    *heading,
                                              const char    *body);
void       ct_application_start_new_database (CtApplication *self);
void       ct_application_show_recovery      (CtApplication *self);
void       ct_application_show_store_error   (CtApplication *self);

G_END_DECLS
