/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ct-session.h"

G_BEGIN_DECLS

#define CT_TYPE_DOCUMENT_EDITOR (ct_document_editor_get_type ())
G_DECLARE_FINAL_TYPE (CtDocumentEditor, ct_document_editor, CT, DOCUMENT_EDITOR, AdwPreferencesGroup)

GtkWidget *ct_document_editor_new       (CtSession        *session);
GtkWidget *ct_document_editor_get_field (CtDocumentEditor *self,
                                         const char       *name);
void       ct_document_editor_restore   (CtDocumentEditor *self);
void       ct_document_editor_sync      (CtDocumentEditor *self);
void       ct_document_editor_focus_first_empty (CtDocumentEditor *self);

G_END_DECLS
