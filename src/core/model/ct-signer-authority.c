/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-signer-authority"

#include "ct-signer-authority.h"

G_DEFINE_BOXED_TYPE (CtSignerAuthority, ct_signer_authority, ct_signer_authority_ref,
                     ct_signer_authority_unref)

/**
 * ct_signer_authority_new:
 * @authority: the authority code
 * @body: (nullable): the body or title after it; %NULL is stored as ""
 *
 * Returns: (transfer full): a new authority line
 */
CtSignerAuthority *
ct_signer_authority_new (CtSigningAuthority  authority,
                         const char         *body)
{
  CtSignerAuthority *self = g_new0 (CtSignerAuthority, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->authority = authority;
  self->body = g_strdup (body ? body : "");
  return self;
}

/**
 * ct_signer_authority_copy:
 * @self: an authority line
 *
 * Returns: (transfer full): a deep copy of @self
 */
CtSignerAuthority *
ct_signer_authority_copy (const CtSignerAuthority *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return ct_signer_authority_new (self->authority, self->body);
}

/**
 * ct_signer_authority_ref:
 * @self: an authority line
 *
 * Returns: (transfer full): @self with one more reference
 */
CtSignerAuthority *
ct_signer_authority_ref (CtSignerAuthority *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

/**
 * ct_signer_authority_unref:
 * @self: (transfer full): an authority line
 *
 * Drops one reference; frees @self with the last one.
 */
void
ct_signer_authority_unref (CtSignerAuthority *self)
{
  g_return_if_fail (self != NULL);
  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_free (self->body);
  g_free (self);
}

/**
 * ct_signer_authority_equal:
 * @a: an authority line
 * @b: an authority line
 *
 * Returns: %TRUE when both have the same code and body (byte equality)
 */
gboolean
ct_signer_authority_equal (const CtSignerAuthority *a,
                           const CtSignerAuthority *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);
  return a->authority == b->authority && g_strcmp0 (a->body, b->body) == 0;
}
