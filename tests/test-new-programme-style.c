/* SPDX-License-Identifier: GPL-3.0-or-later */
/* An empty new programme takes the document style chosen in the preferences. */
#include <adwaita.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "ct-new-programme-dialog.h"
#include "ct-window.h"
#include "ct-settings.h"
#include "test-util-widget.h"

static void
test_new_programme_style (void)
{
  g_autofree char *dir = g_dir_make_tmp ("congtac-new-style-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "n.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = ct_store_open (path, &error);
  g_autoptr(GSettings) settings = ct_settings_new ();
  g_autoptr(GtkApplication) app = NULL;
  g_autoptr(CtProgramme) party = NULL;
  g_autoptr(CtProgramme) state = NULL;
  CtWindow *window;
  GtkWidget *dialog;

  g_assert_no_error (error);
  g_assert_nonnull (settings);
  app = ct_test_application_new ("io.github.congtac.CongtacStyleTest");
  window = ct_window_new (app, store);
  dialog = ct_new_programme_dialog_new (GTK_WINDOW (window), store);

  /* No previous month in an empty database: the programme starts empty. */
  ct_new_programme_dialog_set_period (CT_NEW_PROGRAMME_DIALOG (dialog), 2027, 3, FALSE);
  party = ct_new_programme_dialog_create (CT_NEW_PROGRAMME_DIALOG (dialog), &error);
  g_assert_no_error (error);
  g_assert_cmpint (party->style, ==, CT_DOCUMENT_STYLE_PARTY);

  g_settings_set_string (settings, "default-document-style", "state");
  ct_new_programme_dialog_set_period (CT_NEW_PROGRAMME_DIALOG (dialog), 2027, 4, FALSE);
  state = ct_new_programme_dialog_create (CT_NEW_PROGRAMME_DIALOG (dialog), &error);
  g_assert_no_error (error);
  g_assert_cmpint (state->style, ==, CT_DOCUMENT_STYLE_STATE);

  g_settings_reset (settings, "default-document-style");
  gtk_window_destroy (GTK_WINDOW (dialog));
  ct_test_close_window (window, &store, dir);
}

int
main (int    argc,
      char **argv)
{
  ct_test_widget_init (&argc, &argv);
  g_test_add_func ("/new-programme/style", test_new_programme_style);
  return g_test_run ();
}
