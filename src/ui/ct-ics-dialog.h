/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ct-ics-export.h"
#include "ct-window.h"

G_BEGIN_DECLS

/*
 * Calendar files (.ics) in the window: the action group "ics" with
 *   ics.export          asks what to export (whole programme, one section, one preparing
 *                       unit), then where (GtkFileChooserNative), and writes the file off
 *                       the UI thread;
 *   ics.import (s)      imports the file at the URI given, or asks for one when it is "",
 *                       into the open programme, new events in the section chosen; one undo
 *                       step, saved by the autosave.
 * win.export-calendar (Ctrl+E) and win.import-calendar route to them.
 */

void       ct_ics_dialog_install        (CtWindow                 *window);
GtkWindow *ct_ics_export_dialog_new     (CtWindow                 *window);
gboolean   ct_ics_export_dialog_get_options (GtkWindow            *dialog,
                                             CtIcsExportOptions   *options);
void       ct_ics_export_dialog_save_to (GtkWindow            *dialog,
                                         GFile                *file);
void       ct_ics_dialog_import_file    (CtWindow                 *window,
                                         GFile                    *file);

G_END_DECLS
