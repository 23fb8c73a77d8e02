/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ct-check.h"

G_BEGIN_DECLS

/* Shared by the parts of the pre-signing check (ct-check.c and the rules kept in files of
 * their own). */

CtCheckIssue *ct_check_add_issue         (GPtrArray         *issues,
                                          CtCheckKind        kind,
                                          const char        *field,
                                          int                section,
                                          const char        *uuid,
                                          int                index,
                                          char              *message);
char         *ct_check_item_name         (const CtItem      *item);

void          ct_check_unread_texts      (GPtrArray         *issues,
                                          const CtProgramme *programme);
gboolean      ct_check_unread_listed     (const CtProgramme *programme,
                                          const CtItem      *item,
                                          const char        *field);
void          ct_check_signer_chain      (GPtrArray         *issues,
                                          const CtProgramme *programme);
void          ct_check_item_schedule     (GPtrArray         *issues,
                                          const CtProgramme *programme,
                                          const CtItem      *item,
                                          int                section);
void          ct_check_item_due          (GPtrArray         *issues,
                                          const CtProgramme *programme,
                                          const CtItem      *item,
                                          int                section);
void          ct_check_section_tasks     (GPtrArray         *issues,
                                          const CtProgramme *programme,
                                          const CtSection   *section,
                                          int                index);
void          ct_check_section_order     (GPtrArray         *issues,
                                          const CtSection   *section,
                                          int                index);

G_END_DECLS
