/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ct-ics-export.h"
#include <adwaita.h>

#include "ct-session.h"

G_BEGIN_DECLS

/*
 * Calendar files (.ics): the dialogs of the window's actions ics.export and ics.import.
 * They are given what they work on (the store, the programme or its session) and the
 * window they are for; each ends with ct_ics_dialog_finish(), which gives the message the
 * window shows as a toast.
 *   export  asks what to export (whole programme, one section, one preparing unit), then
 *           where (GtkFileChooserNative), and writes the file off the UI thread;
 *   import  reads the file off the UI thread, asks which section receives the new events
 *           and imports them into the session's programme: one undo step, saved by the
 *           autosave.
 */

GtkWindow *ct_ics_export_dialog_new     (GtkWindow            *parent,
                                         CtStore              *store,
                                         const CtProgramme    *programme,
                                         GAsyncReadyCallback   callback,
                                         gpointer              user_data);
gboolean   ct_ics_export_dialog_get_options (GtkWindow            *dialog,
                                             CtIcsExportOptions   *options);
void       ct_ics_export_dialog_save_to (GtkWindow            *dialog,
                                         GFile                *file);
void       ct_ics_dialog_import_file    (GtkWindow            *parent,
                                         CtSession            *session,
                                         GFile                *file,
                                         GAsyncReadyCallback   callback,
                                         gpointer              user_data);
void       ct_ics_dialog_choose_file    (GtkWindow            *parent,
                                         CtSession            *session,
                                         GAsyncReadyCallback   callback,
                                         gpointer              user_data);
char      *ct_ics_dialog_finish         (GtkWindow            *parent,
                                         GAsyncResult         *result);

G_END_DECLS
