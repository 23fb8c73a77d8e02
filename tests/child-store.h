/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ct-store.h"

G_BEGIN_DECLS

/* The start of a child program of the robustness tests. */
CtStore *child_open_store (const char *name,
                           int         argc,
                           char      **argv,
                           int         n_args,
                           const char *usage);
void     child_fail       (const char *name,
                           GError     *error) G_GNUC_NORETURN;

G_END_DECLS
