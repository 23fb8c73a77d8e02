/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ct-form-target.h"
#include "ct-programme-editor.h"

G_BEGIN_DECLS

struct _CtProgrammeEditor
{
  AdwBin parent_instance;

  CtSession *session;
  gulong changed_id;
  gulong restored_id;
  GPtrArray *issues;
  guint check_id;
  CtFormTarget *rebuild_focus;  /* asked for by a section row, for the rebuild to come */
  CtFormTarget *restore_focus;  /* focused again once the rebuilt rows are laid out */
  double restore_scroll;
  gboolean has_restore_scroll;

  AdwFlap *flap;
  GtkStack *stack;
  GtkScrolledWindow *form_scroller;
  GtkBox *form_box;
  GtkLabel *item_title;
  AdwBin *item_bin;
  GtkToggleButton *check_button;
  AdwButtonContent *check_content;
  GtkLabel *check_status;
  GtkListView *check_list;
  GtkWidget *check_return;  /* (weak) focused before the check panel took the focus */
  guint check_focus_frames; /* frames left to wait for the check's first row */

  GtkWidget *document_editor;
  GtkWidget *footer_editor;
  GtkListBox *section_list;
  guint rest_tick_id;  /* the sections and the closing part come in the second frame */
  gboolean rest_due;
};

GtkWidget *ct_programme_editor_build_sections    (CtProgrammeEditor  *self);
void       ct_programme_editor_sync_sections     (CtProgrammeEditor  *self,
                                                  const CtFormTarget *focus);
void       ct_programme_editor_apply_focus       (CtProgrammeEditor  *self,
                                                  const CtFormTarget *focus);
gboolean   ct_programme_editor_restore_scroll_cb (gpointer            data);
void       ct_programme_editor_complete_form     (CtProgrammeEditor  *self);

G_END_DECLS
