/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ct-form-target.h"
#include "ct-section-row.h"

G_BEGIN_DECLS

/* Shared by the section row (ct-section-row.c) and its moves (ct-section-row-move.c). */

struct _CtSectionRow
{
  AdwExpanderRow parent_instance;

  CtSession *session;
  guint position;
  /* What the row was built for: the section object, its items and whether it was last. */
  CtSection *section;
  GStrv uuids;
  gboolean last;
  GtkWidget *title_row;
  GArray *item_rows;      /* (element-type ItemRow) in the section's order */
};

/* An item's row and the item it shows; its index in item_rows is the item's place. */
typedef struct
{
  GtkWidget *row;   /* unowned: a child of the section row */
  char *uuid;
} ItemRow;

CtSection *ct_section_row_model_section      (CtSectionRow       *self);
void       ct_section_row_structure_changed  (CtSectionRow       *self,
                                              const CtFormTarget *focus);
int        ct_section_row_item_index         (CtSectionRow       *self,
                                              GtkWidget          *row);
const char *ct_section_row_item_uuid         (CtSectionRow       *self,
                                              guint               index);
void       ct_section_row_item_clear         (gpointer            data);
GtkWidget *ct_section_row_drag_handle        (CtFormTarget       *payload,
                                              const char         *label);
void       ct_section_row_add_drop_target    (GtkWidget          *widget,
                                              GCallback           callback,
                                              gpointer            data);
gboolean   ct_section_row_drop_on_section_cb (GtkDropTarget      *target,
                                              const GValue       *value,
                                              double              x,
                                              double              y,
                                              CtSectionRow       *self);
gboolean   ct_section_row_drop_on_item_cb    (GtkDropTarget      *target,
                                              const GValue       *value,
                                              double              x,
                                              double              y,
                                              GtkWidget          *row);
void       ct_section_row_move_section       (CtSectionRow       *self,
                                              guint               to);
void       ct_section_row_item_move_cb       (GtkWidget          *button,
                                              gpointer            data);
gboolean   ct_section_row_item_key_move_cb   (GtkWidget          *row,
                                              GVariant           *args,
                                              gpointer            data);
void       ct_section_row_add_move_shortcuts (GtkWidget          *row,
                                              GCallback           callback);

G_END_DECLS
