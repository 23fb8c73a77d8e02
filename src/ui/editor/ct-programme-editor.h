/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ct-check.h"
#include "ct-session.h"

G_BEGIN_DECLS

#define CT_TYPE_PROGRAMME_EDITOR (ct_programme_editor_get_type ())
G_DECLARE_FINAL_TYPE (CtProgrammeEditor, ct_programme_editor, CT, PROGRAMME_EDITOR, AdwBin)

GtkWidget *ct_programme_editor_new         (void);
void       ct_programme_editor_set_session (CtProgrammeEditor  *self,
                                            CtSession          *session);
void       ct_programme_editor_open_item   (CtProgrammeEditor  *self,
                                            const char         *uuid);
void       ct_programme_editor_show_form   (CtProgrammeEditor  *self);
void       ct_programme_editor_jump        (CtProgrammeEditor  *self,
                                            const CtCheckIssue *issue);
GPtrArray *ct_programme_editor_get_issues  (CtProgrammeEditor  *self);
GtkWidget *ct_programme_editor_get_section_row (CtProgrammeEditor *self,
                                                guint              position);
GtkWidget *ct_programme_editor_get_item_editor (CtProgrammeEditor *self);
gboolean   ct_programme_editor_get_complete (CtProgrammeEditor *self);
GtkWidget *ct_programme_editor_get_field   (CtProgrammeEditor  *self,
                                            const char         *name);
void       ct_programme_editor_focus_first_empty (CtProgrammeEditor *self);
void       ct_programme_editor_show_check  (CtProgrammeEditor  *self);
gboolean   ct_programme_editor_leave_check (CtProgrammeEditor  *self);
GtkWidget *ct_programme_editor_get_check_list (CtProgrammeEditor *self);

G_END_DECLS
