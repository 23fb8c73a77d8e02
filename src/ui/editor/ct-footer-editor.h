/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ct-session.h"

G_BEGIN_DECLS

#define CT_TYPE_FOOTER_EDITOR (ct_footer_editor_get_type ())
G_DECLARE_FINAL_TYPE (CtFooterEditor, ct_footer_editor, CT, FOOTER_EDITOR, GtkBox)

GtkWidget *ct_footer_editor_new   (CtSession      *session);
void       ct_footer_editor_restore (CtFooterEditor *self);
void       ct_footer_editor_focus (CtFooterEditor *self,
                                   const char     *field);

G_END_DECLS
