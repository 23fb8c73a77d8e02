/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ct-import.h"

G_BEGIN_DECLS

#define CT_TYPE_IMPORT_REVIEW (ct_import_review_get_type ())
G_DECLARE_FINAL_TYPE (CtImportReview, ct_import_review, CT, IMPORT_REVIEW, AdwWindow)

GtkWidget   *ct_import_review_new               (GtkWindow            *parent,
                                                 const CtImportReport *report,
                                                 const char           *file_name);
const char  *ct_import_review_get_shape_text    (CtImportReview       *self);
const char  *ct_import_review_get_confidence_text (CtImportReview     *self);
GtkListBox  *ct_import_review_get_problem_list  (CtImportReview       *self);
GtkTextView *ct_import_review_get_source_view   (CtImportReview       *self);
char        *ct_import_review_describe_confidence (double              confidence);

G_END_DECLS
