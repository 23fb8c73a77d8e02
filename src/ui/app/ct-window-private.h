/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ct-window.h"

G_BEGIN_DECLS

typedef struct _CtWindowPublish CtWindowPublish;

struct _CtWindow
{
  AdwApplicationWindow parent_instance;

  CtStore *store;
  CtSession *session;
  gulong session_changed_id;
  gulong session_state_id;
  gulong session_undo_id;
  gulong shutdown_id;
  GtkApplication *shutdown_app; /* weak */
  gboolean reloading;
  gboolean closing;      /* disposed: results still arriving are dropped */
  /* One request of each kind at a time: a newer one cancels the older, whose result is
   * then dropped (see ct_window_reload_list(), ct_window_open_programme_async()). */
  GCancellable *list_cancellable;
  GCancellable *open_cancellable;
  gint64 opening_id;     /* the programme being loaded, 0 when none */
  gint64 select_after_list; /* selected once the list being loaded arrives; -1 the newest */
  gint64 focus_form_of;  /* a programme just made: its form takes the focus once open */
  guint n_changes;       /* deletes and duplicates under way */
  GtkSpinner *spinner;
  guint spinner_id;           /* shows the spinner once a wait has lasted */
  GPtrArray *pending_imports; /* calendar files' URIs waiting for the programme to open */
  gboolean discard_confirmed; /* the user chose to close with edits that cannot be saved */
  GtkWindow *unsaved_dialog;  /* (weak) the question about them, while it is shown */

  AdwToastOverlay *toast_overlay;
  GtkLabel *announcer;   /* says each toast to screen readers, see ct_window_show_toast() */
  AdwLeaflet *leaflet;
  GtkWidget *content;
  GtkToggleButton *search_button;
  GtkSearchBar *search_bar;
  GtkSearchEntry *search_entry;
  GtkStack *sidebar_stack;
  GtkGridView *programme_list;
  GListStore *programmes;
  GtkSingleSelection *programme_selection;
  AdwViewSwitcherTitle *switcher_title;
  GtkLabel *save_label;
  GtkInfoBar *save_error_bar;
  GtkLabel *save_error_label;
  GtkInfoBar *store_bar;
  GtkLabel *store_label;
  GtkInfoBar *external_bar;
  GtkLabel *external_label;
  GtkWidget *review_button;
  GtkWidget *keep_both_button;
  GtkWidget *restore_button;
  guint64 data_version;
  guint watch_id;
  GtkStack *content_stack;
  GtkWidget *content_header;
  GtkWidget *empty_page;
  gint64 start_programme;
  gboolean start_pending;
  gboolean focus_start;  /* the programme opened at start takes the focus once shown */
  AdwViewStack *view_stack;
  AdwBin *editor_bin;
  GtkWidget *editor;
  /* The pages but the editor are built on their first visit, into their bins (see
   * ct-window-pages.c): NULL until then. */
  AdwBin *calendar_bin;
  AdwBin *preview_bin;
  AdwBin *week_bin;
  GtkWidget *calendar_page;
  GtkWidget *preview_page;
  GtkWidget *week_page;
  CtWindowPublish *publish; /* see ct-window-publish.c */
};

void ct_window_show_toast (CtWindow *self,
                          AdwToast *toast);
void ct_window_open_selected (CtWindow *self);
void ct_window_class_init_actions (GtkWidgetClass *widget_class);
void ct_window_add_undo_shortcuts (CtWindow       *self);
void ct_window_update_actions     (CtWindow       *self);
void ct_window_select_programme   (CtWindow       *self,
                                   gint64          id);
void ct_window_select_newest      (CtWindow       *self);
void ct_window_open_on_start      (CtWindow       *self,
                                   gint64          id);
void ct_window_finish_start       (CtWindow       *self);
void ct_window_close_programme    (CtWindow       *self);
void ct_window_init_list          (CtWindow       *self);
gboolean ct_window_focus_programme_row (CtWindow  *self);
void ct_window_load_first_list    (CtWindow       *self);
void ct_window_update_busy        (CtWindow       *self);
void ct_window_set_session        (CtWindow       *self,
                                   CtSession      *session);
void ct_window_report_store_error (CtWindow       *self,
                                   const GError   *error);
void ct_window_install_ics_actions (CtWindow      *self);
void ct_window_run_pending_imports (CtWindow      *self);
void ct_window_install_file_drop  (CtWindow      *self);
void ct_window_update_subtitle  (CtWindow      *self);
void ct_window_install_publish    (CtWindow      *self);
void ct_window_publish_dispose    (CtWindow      *self);
void ct_window_publish_session_changed (CtWindow *self);
char *ct_window_publish_dup_status (CtWindow     *self);
void ct_window_ask_before_discarding (CtWindow     *self,
                                      const GError *error);

void ct_window_class_init_regions (GtkWidgetClass *widget_class);

void ct_window_init_pages         (CtWindow      *self);
void ct_window_pages_set_session  (CtWindow      *self);
void ct_window_pages_reload       (CtWindow      *self);

G_END_DECLS
