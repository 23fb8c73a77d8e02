/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ct-types.h"

G_BEGIN_DECLS

#define CT_TYPE_SIGNER_AUTHORITY (ct_signer_authority_get_type ())

/**
 * CtSignerAuthority:
 * @authority: the authority code of the line ("T/M", "TM.", "KT.", …), or none when the
 *   line is the body alone
 * @body: the body or title after the code, as typed, e.g. "ỦY BAN NHÂN DÂN", "CHỦ TỊCH"
 *
 * One authority line of the signature block. A programme holds them in order: a State
 * document signed by a deputy on behalf of a collective body has two, "TM. ỦY BAN NHÂN
 * DÂN" then "KT. CHỦ TỊCH" (NĐ 30/2020, Phụ lục I §II.8).
 */
typedef struct _CtSignerAuthority CtSignerAuthority;

struct _CtSignerAuthority
{
  /*< private >*/
  gatomicrefcount ref_count;

  /*< public >*/
  CtSigningAuthority authority;
  char *body;
};

GType              ct_signer_authority_get_type (void) G_GNUC_CONST;
CtSignerAuthority *ct_signer_authority_new      (CtSigningAuthority       authority,
                                                 const char              *body);
CtSignerAuthority *ct_signer_authority_copy     (const CtSignerAuthority *self);
CtSignerAuthority *ct_signer_authority_ref      (CtSignerAuthority       *self);
void               ct_signer_authority_unref    (CtSignerAuthority       *self);
gboolean           ct_signer_authority_equal    (const CtSignerAuthority *a,
                                                 const CtSignerAuthority *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtSignerAuthority, ct_signer_authority_unref)

G_END_DECLS
