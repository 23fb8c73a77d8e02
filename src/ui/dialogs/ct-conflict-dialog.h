/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ct-session.h"

G_BEGIN_DECLS

/**
 * CtConflictChoice:
 * @CT_CONFLICT_CHOICE_APPLY: the choices were made on the merge's conflicts
 * @CT_CONFLICT_CHOICE_KEEP_BOTH: keep this window's version as a separate programme
 */
typedef enum {
  CT_CONFLICT_CHOICE_APPLY,
  CT_CONFLICT_CHOICE_KEEP_BOTH,
} CtConflictChoice;

typedef void (*CtConflictDialogDone) (CtConflictChoice choice,
                                      gpointer         user_data);

GtkWidget *ct_conflict_dialog_present (GtkWindow            *parent,
                                       CtSession            *session,
                                       CtConflictDialogDone  done,
                                       gpointer              user_data);

G_END_DECLS
