/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/**
 * CtFileChosen:
 * @parent: the window the chooser was for
 * @file: (nullable): the file chosen, %NULL when the chooser was cancelled
 * @user_data: the data given to ct_dialog_choose_file()
 */
typedef void (*CtFileChosen) (GtkWindow *parent,
                              GFile     *file,
                              gpointer   user_data);

void ct_dialog_show_message (GtkWindow     *parent,
                             const char    *heading,
                             const char    *body);
void ct_dialog_choose_file  (GtkWindow     *parent,
                             const char    *title,
                             GtkFileFilter *const *filters,
                             CtFileChosen   chosen,
                             gpointer       user_data);
char *ct_dialog_export_error_text (const GError *error,
                                   const char   *path);

G_END_DECLS
