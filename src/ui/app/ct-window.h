/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ct-publish.h"
#include "ct-session.h"
#include "ct-store.h"

G_BEGIN_DECLS

/*
 * The main window: the programme list (sidebar) and an AdwViewStack with the pages
 * "editor" (Soạn thảo), "calendar" (Lịch), "preview" (Xem trước) and "week" (Tuần, the
 * weekly schedule of every programme of the store).
 *
 * Hosting a page: an AdwViewStackPage in data/ui/ct-window.ui whose child is an empty
 * AdwBin, and a line in ct-window-pages.c that builds the page into it on its first visit
 * (ct_window_ensure_page()): a window opens on the editor, and builds only what its first
 * frame shows. Pages and dialogs never call the window: the window gives them
 * what they work on (the CtSession of the open programme, the store, itself as parent)
 * and reacts to their signals or _finish() results (toasts, opening a programme,
 * reloading the list). A page that edits the programme changes it in place and calls
 * ct_session_edited(): that records an undo step and schedules the autosave.
 *
 * The store is read off the UI thread (list, search, open, delete, duplicate); while the
 * window waits, a spinner turns in the sidebar's header (ct_window_get_busy()).
 *
 * Window actions (shortcut): win.new (Ctrl+N), win.duplicate, win.delete, win.import-text
 * (Ctrl+O), win.print (Ctrl+P), win.export-calendar (Ctrl+E), win.import-calendar,
 * win.import-calendar-file (string: a calendar file's URI, from the desktop),
 * win.publish (Ctrl+Shift+P, see ct_window_publish()),
 * win.search (Ctrl+F), win.undo (Ctrl+Z), win.redo (Ctrl+Shift+Z), win.save (Ctrl+S),
 * win.show-page (string: "editor", "calendar", "preview", "week"; Alt+1…4), win.check
 * (F8: the pre-signing check, focused on its first problem), win.toast
 * (string: a message) and win.toast-undoable (the same, with Undo). A .txt, .docx, .odt,
 * .pdf or .doc file dropped on the window is imported through the review, an .ics file into
 * the open programme.
 * win.print activates the action "preview.print" of the preview page, win.export-calendar
 * and win.import-calendar(-file) the actions "ics.export" and "ics.import" of the window (an
 * action group inserted with gtk_widget_insert_action_group()); they stay disabled until
 * the page or group providing them is there.
 */

#define CT_TYPE_WINDOW (ct_window_get_type ())
G_DECLARE_FINAL_TYPE (CtWindow, ct_window, CT, WINDOW, AdwApplicationWindow)

CtWindow    *ct_window_new                (GtkApplication *application,
                                           CtStore        *store);
void         ct_window_reload_list        (CtWindow       *self);
CtStore     *ct_window_get_store          (CtWindow       *self);
CtProgramme *ct_window_get_programme      (CtWindow       *self);
CtSession   *ct_window_get_session        (CtWindow       *self);
void         ct_window_programme_edited   (CtWindow       *self,
                                           const char     *merge_key);
void         ct_window_open_programme_async  (CtWindow            *self,
                                              gint64               id,
                                              GAsyncReadyCallback  callback,
                                              gpointer             user_data);
gboolean     ct_window_open_programme_finish (CtWindow            *self,
                                              GAsyncResult        *result,
                                              GError             **error);
gboolean     ct_window_get_busy           (CtWindow       *self);
const char  *ct_window_get_page           (CtWindow       *self);
GtkWidget   *ct_window_ensure_page        (CtWindow       *self,
                                           const char     *name);
void         ct_window_add_toast          (CtWindow       *self,
                                           const char     *title);
gboolean     ct_window_flush              (CtWindow       *self,
                                           GError        **error);
void         ct_window_open_item          (CtWindow       *self,
                                           const char     *uuid);
void         ct_window_open_programme_item (CtWindow      *self,
                                            gint64         programme_id,
                                            const char    *uuid);
void         ct_window_import_text_file   (CtWindow       *self,
                                           GFile          *file);
void         ct_window_publish            (CtWindow       *self,
                                           gboolean        shown);
gboolean     ct_window_get_publishing     (CtWindow       *self);
guint        ct_window_get_publish_pending (CtWindow      *self);
CtPublisher *ct_window_get_publisher      (CtWindow       *self);

G_END_DECLS
