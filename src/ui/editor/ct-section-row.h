/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ct-session.h"

G_BEGIN_DECLS

#define CT_TYPE_SECTION_ROW (ct_section_row_get_type ())
G_DECLARE_FINAL_TYPE (CtSectionRow, ct_section_row, CT, SECTION_ROW, AdwExpanderRow)

GtkWidget *ct_section_row_new            (CtSession    *session,
                                          guint         position);
guint      ct_section_row_get_position   (CtSectionRow *self);
void       ct_section_row_move           (CtSectionRow *self,
                                          int           delta);
void       ct_section_row_focus_title    (CtSectionRow *self);
gboolean   ct_section_row_focus_item     (CtSectionRow *self,
                                          const char   *uuid);
void       ct_section_row_update_numeral (CtSectionRow *self);
void       ct_section_row_restore        (CtSectionRow *self);
gboolean   ct_section_row_shows          (CtSectionRow *self);
CtSection *ct_section_row_get_section    (CtSectionRow *self);
void       ct_section_row_paste_text     (CtSectionRow *self,
                                          const char   *text,
                                          gboolean      field_kept);

G_END_DECLS
