/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ct-programme.h"
#include "ct-window.h"

G_BEGIN_DECLS

/* A window on a database of its own, in a folder of its own, with one programme open in
 * its editor: the fixture of the editor's widget tests. */
typedef struct
{
  char *dir;
  char *path;
  GtkApplication *app;
  CtWindow *window;
  gint64 id;
  int width;
  int height;
} CtTestEditorWindow;

void   ct_test_editor_window_set_up    (CtTestEditorWindow *w,
                                        const char         *app_id,
                                        CtProgramme        *programme,
                                        int                 width,
                                        int                 height);
gint64 ct_test_editor_window_save      (CtTestEditorWindow *w,
                                        CtProgramme        *programme);
void   ct_test_editor_window_open      (CtTestEditorWindow *w);
void   ct_test_editor_window_close     (CtTestEditorWindow *w);
void   ct_test_editor_window_tear_down (CtTestEditorWindow *w);

G_END_DECLS
