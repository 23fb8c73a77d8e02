/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ct-week-page.h"
#include "ct-week.h"

G_BEGIN_DECLS

struct _CtWeekPage
{
  GtkWidget parent_instance;

  GtkWidget *root;
  GtkLabel *title_label;  /* "Tuần 39", over the range of days */
  GtkLabel *range_label;  /* "25/9 – 01/10/2023" */
  char *title;            /* both on one line, see ct_week_page_get_title() */
  GtkLabel *notice_label;
  GtkSpinner *spinner;
  GtkWidget *days_box;
  GtkWidget *next_button;

  CtStore *store;
  CtSession *session;
  gulong changed_id;
  gint64 session_id;      /* the open programme's id, to tell another programme apart */
  CtHolidays *holidays;
  GDate today;
  gboolean today_fixed;   /* set by ct_week_page_set_today(), not the clock */

  int iso_year;
  int week;
  GPtrArray *loaded;      /* the store's programmes overlapping the week; NULL until read */
  GCancellable *cancellable; /* the read under way, NULL when none */
  gboolean stale;         /* the store must be read again once the page shows */
  gboolean dirty;         /* the days must be drawn again once the page shows */
  CtWeek *schedule;
  gboolean copy_pending;   /* Copy Digest was asked for while the week was read */
  char *focus_uuid;        /* the item whose row takes the focus once redrawn, or NULL */
};

void       ct_week_page_week_range    (CtWeekPage  *self,
                                       GDate       *first,
                                       GDate       *last);
gboolean   ct_week_page_overlaps      (CtProgramme *programme,
                                       const GDate *first,
                                       const GDate *last);
void       ct_week_page_rebuild       (CtWeekPage  *self);
void       ct_week_page_set_loading   (CtWeekPage  *self,
                                       gboolean     loading);
void       ct_week_page_update_notice (CtWeekPage  *self,
                                       guint        n_programmes);
void       ct_week_page_toast         (CtWeekPage  *self,
                                       const char  *message);
GPtrArray *ct_week_page_programmes    (CtWeekPage  *self);
void       ct_week_page_start_load    (CtWeekPage  *self);
void       ct_week_page_copy_digest   (CtWeekPage  *self);
void       ct_week_page_export_install_actions (GtkWidgetClass *widget_class);
GtkWidget *ct_week_page_export_button_new      (void);
void       ct_week_page_edit_install_actions   (GtkWidgetClass *widget_class);
gboolean   ct_week_page_get_focused_entry      (CtWeekPage         *self,
                                                const CtWeekEntry **entry);
const CtWeekEntry *ct_week_page_get_neighbour  (CtWeekPage         *self,
                                                const CtWeekEntry  *entry,
                                                int                 step);
gboolean   ct_week_page_find_focus             (CtWeekPage         *self,
                                                int                *group_index,
                                                int                *row_index);
void       ct_week_page_restore_focus          (CtWeekPage         *self,
                                                int                 group_index,
                                                int                 row_index);
gboolean   ct_week_page_keynav_failed_cb       (GtkWidget          *list,
                                                GtkDirectionType    direction,
                                                CtWeekPage         *self);
gboolean   ct_week_page_focus_item_row         (CtWeekPage         *self,
                                                const char         *uuid);
void       ct_week_page_open_item              (CtWeekPage     *self,
                                                gint64          programme_id,
                                                const char     *uuid);

G_END_DECLS
