/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ct-types.h"

G_BEGIN_DECLS

#define CT_TYPE_RECIPIENT (ct_recipient_get_type ())

/**
 * CtRecipient:
 * @text: the recipient as written, without the leading "- " and the line-end punctuation
 *   (both are added at render time), e.g. "Thường trực Tỉnh ủy".
 * @purpose: (nullable): the purpose of sending without parentheses, e.g. "báo cáo",
 *   "để biết", "thực hiện"; consecutive recipients with the same purpose form a group
 *   whose purpose is printed once.
 *
 * One line of the "Nơi nhận" block.
 */
typedef struct _CtRecipient CtRecipient;
struct _CtRecipient
{
  /*< private >*/
  gatomicrefcount ref_count;
  /*< public >*/
  char *text;
  char *purpose;
};

GType        ct_recipient_get_type (void) G_GNUC_CONST;
CtRecipient *ct_recipient_new      (const char *text,
                                    const char *purpose);
CtRecipient *ct_recipient_copy     (const CtRecipient *self);
CtRecipient *ct_recipient_ref      (CtRecipient *self);
void         ct_recipient_unref    (CtRecipient *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtRecipient, ct_recipient_unref)

G_END_DECLS
