/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CT_TYPE_DATE_ROW (ct_date_row_get_type ())
G_DECLARE_FINAL_TYPE (CtDateRow, ct_date_row, CT, DATE_ROW, AdwEntryRow)

GtkWidget *ct_date_row_new      (const char  *title,
                                 gboolean     clearable);
void       ct_date_row_set_date (CtDateRow   *self,
                                 const GDate *date);
void       ct_date_row_get_date (CtDateRow   *self,
                                 GDate       *date);
void       ct_date_row_set_suggestion (CtDateRow   *self,
                                       const GDate *day);
void       ct_date_row_set_clearable  (CtDateRow   *self,
                                       gboolean     clearable);
gboolean   ct_date_row_get_clearable  (CtDateRow   *self);
const char *ct_date_row_get_unread_text  (CtDateRow  *self);
void       ct_date_row_show_unread_text  (CtDateRow  *self,
                                          const char *text);
void       ct_date_row_set_commit_on_activate (CtDateRow *self,
                                               gboolean   commit);

void       ct_date_row_take_enter     (GtkCalendar *calendar,
                                       void       (*pick) (gpointer data),
                                       gpointer     data);
gboolean   ct_date_row_calendar_is_moving (GtkCalendar *calendar);

G_END_DECLS
