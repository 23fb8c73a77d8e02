/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-recipient"

#include "ct-recipient.h"

G_DEFINE_BOXED_TYPE (CtRecipient, ct_recipient, ct_recipient_ref, ct_recipient_unref)

/**
 * ct_recipient_new:
 * @text: (nullable): the recipient; %NULL is stored as ""
 * @purpose: (nullable): the purpose, or %NULL / "" for none
 *
 * Returns: (transfer full): a new recipient
 */
CtRecipient *
ct_recipient_new (const char *text,
                  const char *purpose)
{
  CtRecipient *self = g_new0 (CtRecipient, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->text = g_strdup (text ? text : "");
  self->purpose = (purpose && *purpose) ? g_strdup (purpose) : NULL;
  return self;
}

/**
 * ct_recipient_copy:
 * @self: a recipient
 *
 * Returns: (transfer full): a deep copy of @self
 */
CtRecipient *
ct_recipient_copy (const CtRecipient *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return ct_recipient_new (self->text, self->purpose);
}

/**
 * ct_recipient_ref:
 * @self: a recipient
 *
 * Returns: (transfer full): @self with one more reference
 */
CtRecipient *
ct_recipient_ref (CtRecipient *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

/**
 * ct_recipient_unref:
 * @self: (transfer full): a recipient
 *
 * Drops one reference; frees @self with the last one.
 */
void
ct_recipient_unref (CtRecipient *self)
{
  g_return_if_fail (self != NULL);
  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_free (self->text);
  g_free (self->purpose);
  g_free (self);
}
