/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ct-store.h"
#include "ct-window.h"
#include "test-util.h"

G_BEGIN_DECLS

/* A window on a database holding the first-run sample, in a folder of its own. */
typedef struct
{
  char *dir;
  char *db;
  CtStore *store;
  GtkApplication *app;
  CtWindow *window;
} CtTestSampleWindow;

void              ct_test_widget_init            (int            *argc,
                                                  char         ***argv);
GtkApplication   *ct_test_application_new        (const char     *id);
gpointer          ct_test_sample_window_new      (const char     *app_id,
                                                  const char     *db,
                                                  CtStore       **store,
                                                  GtkApplication **app);
void              ct_test_sample_window_set_up   (CtTestSampleWindow *w,
                                                  const char         *tmpl,
                                                  const char         *app_id);
void              ct_test_sample_window_tear_down
                                                 (CtTestSampleWindow *w);
GtkWindow        *ct_test_find_toplevel          (GType           type);
gboolean          ct_test_run_shortcuts          (GtkWidget           *widget,
                                                  GtkPropagationPhase  phase,
                                                  guint                keyval,
                                                  GdkModifierType      mods);
gboolean          ct_test_run_key_controllers    (GtkWidget           *widget,
                                                  GtkPropagationPhase  phase,
                                                  guint                keyval,
                                                  GdkModifierType      mods);
gboolean          ct_test_press_key              (GtkWidget           *target,
                                                  guint                keyval,
                                                  GdkModifierType      mods);
GtkWidget        *ct_test_find_widget            (GtkWidget      *root,
                                                  gboolean      (*match) (GtkWidget    *widget,
                                                                          gconstpointer data),
                                                  gconstpointer   data);
AdwMessageDialog *ct_test_find_message_dialog    (const char     *heading);
AdwMessageDialog *ct_test_wait_for_dialog        (const char     *heading);
void              ct_test_wait_mapped            (GtkWidget      *widget);
void              ct_test_move_focus             (GtkWindow      *window,
                                                  GtkDirectionType direction);
void              ct_test_guard_suggestions      (void);
gboolean          ct_test_wait_suggestions       (GtkWidget      *entry);
void              ct_test_end_suggestions        (void);
void              ct_test_drop                   (GtkWidget      *target,
                                                  const char     *payload,
                                                  double          x,
                                                  double          y);
void              ct_test_close_window           (gpointer        window,
                                                  CtStore       **store,
                                                  const char     *folder);
void              ct_test_destroy_windows        (GtkApplication *app);
void              ct_test_on_main_window_mapped  (GtkApplication *app,
                                                  guint           delay_ms,
                                                  GSourceFunc     func);

G_END_DECLS
