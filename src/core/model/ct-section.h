/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ct-item.h"

G_BEGIN_DECLS

#define CT_TYPE_SECTION (ct_section_get_type ())

/**
 * CtSection:
 * @title: the heading without its roman numeral, e.g. "Hội nghị Ban Thường vụ Huyện ủy"
 * @items: (element-type CtItem): the items in order
 *
 * A part ("phần") of a programme. Its numeral (I, II, …) comes from its position.
 * A section whose heading is itself a conference holds one event item whose title
 * equals the section title; renderers print the event line as the heading then.
 */
typedef struct _CtSection CtSection;
struct _CtSection
{
  /*< private >*/
  gatomicrefcount ref_count;
  /*< public >*/
  char *title;
  GPtrArray *items;
};

GType      ct_section_get_type (void) G_GNUC_CONST;
CtSection *ct_section_new      (const char *title);
CtSection *ct_section_copy     (const CtSection *self);
CtSection *ct_section_ref      (CtSection *self);
void       ct_section_unref    (CtSection *self);
void       ct_section_add_item (CtSection *self,
                                CtItem    *item);
CtItem    *ct_section_get_heading_event (const CtSection *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtSection, ct_section_unref)

G_END_DECLS
