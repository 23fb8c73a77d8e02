/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ct-types.h"

G_BEGIN_DECLS

#define CT_TYPE_AGENDA_ITEM (ct_agenda_item_get_type ())

/**
 * CtAgendaItem:
 * @text: the agenda item's wording, without its number (numbers come from positions).
 * @preparing_unit: (nullable): name of the unit that prepares it (đơn vị chuẩn bị), as in
 *   the unit directory; %NULL when not assigned.
 * @subpoints: (element-type utf8): the sub-points under it ("a) …", "b) …"), without
 *   their letters (letters come from positions).
 *
 * One "nội dung" of a conference. Reference counted; fields are owned by the item.
 */
typedef struct _CtAgendaItem CtAgendaItem;
struct _CtAgendaItem
{
  /*< private >*/
  gatomicrefcount ref_count;
  /*< public >*/
  char *text;
  char *preparing_unit;
  GPtrArray *subpoints;
};

GType         ct_agenda_item_get_type (void) G_GNUC_CONST;
CtAgendaItem *ct_agenda_item_new      (const char   *text,
                                       const char   *preparing_unit);
CtAgendaItem *ct_agenda_item_copy     (const CtAgendaItem *self);
CtAgendaItem *ct_agenda_item_ref      (CtAgendaItem *self);
void          ct_agenda_item_unref    (CtAgendaItem *self);
void          ct_agenda_item_add_subpoint (CtAgendaItem *self,
                                           const char   *text);
gboolean      ct_agenda_item_equal    (const CtAgendaItem *a,
                                       const CtAgendaItem *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtAgendaItem, ct_agenda_item_unref)

G_END_DECLS
