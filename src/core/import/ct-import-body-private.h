/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ct-import-text-private.h"

G_BEGIN_DECLS

/* The state of the body's reading, shared by its grammars: the outline (roman sections,
 * numbered items, agenda, notes and attributes: ct-import-body.c, ct-import-outline.c)
 * and the bullets ("- 07h30 ngày 04/3/2025 (thứ Ba): …": ct-import-bullets.c). */
typedef struct
{
  CtImportContext *ctx;
  CtSection *section;
  guint section_number;  /* the last roman numeral read */
  CtItem *item;          /* the item paragraphs go to */
  CtItem *event;         /* the item agenda items go to */
  gboolean heading;      /* @event is the section's heading event */
  gboolean numbered_agenda; /* @event is a numbered item whose agenda is numbered too */
  gboolean from_bullet;  /* @item was read from a "- " bullet: the next one is its sibling */
  guint item_number;     /* the last item number read in the section */
  GArray *agenda_numbers; /* (element-type guint) numbers of @event's agenda as written */
  GArray *agenda_lines;  /* (element-type guint) the line of each of @event's agenda items */
  guint noted;           /* agenda items of @event before the last preparation note */
  GString *introduction;
  guint numbered_items;  /* numbered items and sections read: the outline's marks */
  guint dated_bullets;   /* bullets read as dated events: the bullet list's marks */
} Body;

char     *ct_import_trim_title          (const char *text,
                                         gsize       length);
CtItem   *ct_import_body_parse_dated    (Body       *body,
                                         const char *text,
                                         guint       line);
CtItem   *ct_import_body_event_from_when (Body         *body,
                                          guint         line,
                                          const CtWhen *when,
                                          const char   *written,
                                          char         *title);
void      ct_import_body_add_item       (Body       *body,
                                         CtItem     *item,
                                         guint       line);
void      ct_import_body_add_agenda     (Body       *body,
                                         const char *text,
                                         guint       number,
                                         guint       line);
const char *ct_import_body_unit         (CtImportContext *ctx,
                                         const char      *name);

gboolean  ct_import_outline_note        (Body       *body,
                                         const char *text,
                                         guint       line);
gboolean  ct_import_outline_attribute   (Body       *body,
                                         const char *text,
                                         guint       line);
gboolean  ct_import_outline_subpoint    (Body       *body,
                                         const char *text,
                                         guint       line);
gboolean  ct_import_outline_is_agenda   (Body       *body,
                                         const char *rest,
                                         guint       line,
                                         guint       number);
char     *ct_import_outline_take_unit   (char       *text);
CtItem   *ct_import_outline_undated     (Body       *body,
                                         const char *text,
                                         guint       line);
CtItem   *ct_import_outline_timing      (const char *written);

gboolean  ct_import_bullet              (Body       *body,
                                         const char *text,
                                         guint       line);

G_END_DECLS
