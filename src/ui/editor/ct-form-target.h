/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * CtFormTargetKind:
 * @CT_FORM_TARGET_SECTION: a section's row
 * @CT_FORM_TARGET_HEADING: the heading field of a section
 * @CT_FORM_TARGET_ITEM: an item's row
 */
typedef enum {
  CT_FORM_TARGET_SECTION,
  CT_FORM_TARGET_HEADING,
  CT_FORM_TARGET_ITEM,
} CtFormTargetKind;

/**
 * CtFormTarget:
 * @kind: what is aimed at
 * @section: the section's index, for a section or its heading
 * @item_uuid: the item, for an item
 *
 * A place in the programme's form: where the focus goes back after a rebuild, and what a
 * drag inside the form carries.
 */
typedef struct
{
  CtFormTargetKind kind;
  guint section;
  char *item_uuid;
} CtFormTarget;

#define CT_TYPE_FORM_TARGET (ct_form_target_get_type ())

GType         ct_form_target_get_type    (void) G_GNUC_CONST;
CtFormTarget *ct_form_target_new_section (guint               section);
CtFormTarget *ct_form_target_new_heading (guint               section);
CtFormTarget *ct_form_target_new_item    (const char         *uuid);
CtFormTarget *ct_form_target_copy        (const CtFormTarget *self);
void          ct_form_target_free        (CtFormTarget       *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtFormTarget, ct_form_target_free)

G_END_DECLS
