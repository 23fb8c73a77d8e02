/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-form-target"

#include "config.h"

#include "ct-form-target.h"

G_DEFINE_BOXED_TYPE (CtFormTarget, ct_form_target, ct_form_target_copy, ct_form_target_free)

static CtFormTarget *
form_target_new (CtFormTargetKind  kind,
                 guint             section,
                 const char       *uuid)
{
  CtFormTarget *self = g_new0 (CtFormTarget, 1);

  self->kind = kind;
  self->section = section;
  self->item_uuid = g_strdup (uuid);
  return self;
}

/**
 * ct_form_target_new_section:
 * @section: a section's index
 *
 * Returns: (transfer full): the section's row as a target
 */
CtFormTarget *
ct_form_target_new_section (guint section)
{
  return form_target_new (CT_FORM_TARGET_SECTION, section, NULL);
}

/**
 * ct_form_target_new_heading:
 * @section: a section's index
 *
 * Returns: (transfer full): the section's heading field as a target
 */
CtFormTarget *
ct_form_target_new_heading (guint section)
{
  return form_target_new (CT_FORM_TARGET_HEADING, section, NULL);
}

/**
 * ct_form_target_new_item:
 * @uuid: an item
 *
 * Returns: (transfer full): the item's row as a target
 */
CtFormTarget *
ct_form_target_new_item (const char *uuid)
{
  g_return_val_if_fail (uuid != NULL, NULL);
  return form_target_new (CT_FORM_TARGET_ITEM, 0, uuid);
}

/**
 * ct_form_target_copy:
 * @self: a target
 *
 * Returns: (transfer full): a copy of @self
 */
CtFormTarget *
ct_form_target_copy (const CtFormTarget *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return form_target_new (self->kind, self->section, self->item_uuid);
}

/**
 * ct_form_target_free:
 * @self: (nullable): a target
 */
void
ct_form_target_free (CtFormTarget *self)
{
  if (self == NULL)
    return;
  g_free (self->item_uuid);
  g_free (self);
}
