/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ct-holidays.h"
#include "ct-session.h"
#include "ct-store.h"

G_BEGIN_DECLS

/*
 * The window's "Tuần" page: the weekly schedule (ct_week_new()) of one ISO week, drawn
 * from every programme of the store whose period overlaps the week, read in a worker
 * thread. The open programme is shown as it is being edited (the session's programme
 * stands for its stored copy), and ct_week_page_reload() reads the store again after it
 * changed.
 *
 * The page asks the window through signals: "toast" (a message) and "open-item" (a
 * programme's store id and an item's UUID, to show in the editor).
 *
 * Actions: week.previous (Page Up), week.next (Page Down), week.this-week,
 * week.copy-digest (the schedule per leader, ct_week_dup_digest(), to the clipboard),
 * week.export ("pdf", "html", "ics": a file chooser, then ct_week_page_export_to()),
 * week.copy-fragment (the table as HTML, ct_export_week_html(), to the clipboard).
 */

#define CT_TYPE_WEEK_PAGE (ct_week_page_get_type ())
G_DECLARE_FINAL_TYPE (CtWeekPage, ct_week_page, CT, WEEK_PAGE, GtkWidget)

/**
 * CtWeekExportFormat:
 * @CT_WEEK_EXPORT_PDF: the table on A4 landscape pages
 * @CT_WEEK_EXPORT_HTML: the table as a web page
 * @CT_WEEK_EXPORT_ICS: the week's events as a calendar file
 */
typedef enum
{
  CT_WEEK_EXPORT_PDF,
  CT_WEEK_EXPORT_HTML,
  CT_WEEK_EXPORT_ICS,
} CtWeekExportFormat;

GtkWidget *ct_week_page_new          (void);
void       ct_week_page_set_store    (CtWeekPage  *self,
                                      CtStore     *store);
void       ct_week_page_set_session  (CtWeekPage  *self,
                                      CtSession   *session);
void       ct_week_page_reload       (CtWeekPage  *self);
void       ct_week_page_show_week    (CtWeekPage  *self,
                                      int          iso_year,
                                      int          week);
void       ct_week_page_get_week     (CtWeekPage  *self,
                                      int         *iso_year,
                                      int         *week);
void       ct_week_page_set_today    (CtWeekPage  *self,
                                      const GDate *today);
void       ct_week_page_set_holidays (CtWeekPage  *self,
                                      CtHolidays  *holidays);
gboolean   ct_week_page_get_loading  (CtWeekPage  *self);
const char *ct_week_page_get_title   (CtWeekPage  *self);
char      *ct_week_page_dup_digest   (CtWeekPage  *self);
char      *ct_week_page_dup_outline  (CtWeekPage  *self);
void       ct_week_page_export_to    (CtWeekPage          *self,
                                      GFile               *file,
                                      CtWeekExportFormat   format,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data);
char      *ct_week_page_export_finish (CtWeekPage    *self,
                                       GAsyncResult  *result,
                                       GError       **error);

G_END_DECLS
