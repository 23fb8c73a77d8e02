/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <poppler.h>

#include "ct-programme.h"

G_BEGIN_DECLS

/* Reading a PDF as a reader sees it, through poppler, and the checks of the official layout
 * shared by the PDF tests. Measures in points from the paper's top-left corner; Party
 * margins (36-HD/VPTW): top 20, bottom 20, left 30, right 15 mm. */

#define MM(x) ((x) * 72.0 / 25.4)
#define PAGE_W 595.2755905511812
#define PAGE_H 841.8897637795276
#define MARGIN_TOP MM (20)
#define MARGIN_BOTTOM MM (20)
#define MARGIN_LEFT MM (30)
#define MARGIN_RIGHT MM (15)
#define TEXT_W (PAGE_W - MARGIN_LEFT - MARGIN_RIGHT)

/* poppler-glib 22.12 does not declare these. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerFontInfo, g_object_unref)

typedef struct
{
  char *text;
  guint page;
  double x1, y1, x2, y2;
} Word;

PopplerDocument *open_pdf                        (const char        *path);
GPtrArray       *pdf_words                       (PopplerDocument   *doc);
gboolean         is_page_number                  (const Word        *w);
int              find_phrase                     (GPtrArray         *words,
                                                  int                page,
                                                  const char        *phrase,
                                                  PopplerRectangle  *box);
gboolean         find_type                       (PopplerDocument   *doc,
                                                  const char        *text,
                                                  char             **font,
                                                  double            *size);
guint            count_word                      (GPtrArray         *words,
                                                  const char        *text);
void             assert_same_words               (const CtProgramme *programme,
                                                  GPtrArray         *words);
void             assert_a4                       (const char        *path);
void             assert_fonts                    (PopplerDocument   *doc);
void             assert_header_columns           (GPtrArray         *words,
                                                  const CtProgramme *p);
void             assert_page_numbers_and_margins (PopplerDocument   *doc,
                                                  GPtrArray         *words,
                                                  gboolean           two_sided);
void             assert_closing_together         (GPtrArray         *words,
                                                  const CtProgramme *p);
gboolean         find_type                       (PopplerDocument   *doc,
                                                  const char        *text,
                                                  char             **font,
                                                  double            *size);
void             assert_party_type               (PopplerDocument   *doc,
                                                  const CtProgramme *p);

G_END_DECLS
