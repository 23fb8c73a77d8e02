/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-application"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-application.h"
#include "ct-sample.h"
#include "ct-window.h"

struct _CtApplication
{
  AdwApplication parent_instance;

  char *db_path;
  CtStore *store;
  GError *store_error;
};

G_DEFINE_FINAL_TYPE (CtApplication, ct_application, ADW_TYPE_APPLICATION)

static void
ensure_store (CtApplication *self)
{
  if (self->store != NULL || self->store_error != NULL)
    return;
  if (self->db_path == NULL)
    self->db_path = ct_store_get_default_path ();
  self->store = ct_store_open (self->db_path, &self->store_error);
  if (self->store != NULL && !ct_sample_add_on_first_run (self->store, &self->store_error))
    g_warning ("Cannot add the sample programme: %s", self->store_error->message);
}

static void
show_store_error (CtApplication *self)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (NULL, _("Cannot Open the Database"),
                                                       self->store_error->message));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
ct_application_activate (GApplication *app)
{
  CtApplication *self = CT_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  ensure_store (self);
  if (self->store == NULL)
    {
      show_store_error (self);
      return;
    }
  if (window == NULL)
    window = GTK_WINDOW (ct_window_new (GTK_APPLICATION (app), self->store));
  gtk_window_present (window);
}

static int
ct_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  CtApplication *self = CT_APPLICATION (app);
  const char *db = NULL;

  if (g_variant_dict_lookup (options, "db", "^&ay", &db))
    self->db_path = g_canonicalize_filename (db, NULL);
  return -1;
}

static void
ct_application_finalize (GObject *object)
{
  CtApplication *self = CT_APPLICATION (object);

  g_clear_object (&self->store);
  g_clear_error (&self->store_error);
  g_clear_pointer (&self->db_path, g_free);

  G_OBJECT_CLASS (ct_application_parent_class)->finalize (object);
}

static void
ct_application_class_init (CtApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = ct_application_finalize;
  app_class->activate = ct_application_activate;
  app_class->handle_local_options = ct_application_handle_local_options;
}

static void
ct_application_init (CtApplication *self)
{
  const GOptionEntry entries[] = {
    { "db", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Use the database file PATH instead of the default one"), N_("PATH") },
    { NULL },
  };

  g_application_add_main_option_entries (G_APPLICATION (self), entries);
}

/**
 * ct_application_new:
 *
 * Returns: (transfer full): the application, with the id io.github.congtac.Congtac
 */
CtApplication *
ct_application_new (void)
{
  /* NON_UNIQUE: each --db opens its own process rather than a window of another one. */
  return g_object_new (CT_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_NON_UNIQUE,
                       NULL);
}

/**
 * ct_application_get_store:
 * @self: the application
 *
 * Returns: (transfer none) (nullable): the open store, %NULL before activation or when
 *   the database could not be opened
 */
CtStore *
ct_application_get_store (CtApplication *self)
{
  g_return_val_if_fail (CT_IS_APPLICATION (self), NULL);
  return self->store;
}
