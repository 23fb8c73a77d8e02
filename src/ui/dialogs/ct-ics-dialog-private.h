/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ct-day-part-times.h"
#include "ct-ics-dialog.h"

G_BEGIN_DECLS

/* Shared by the calendar-file import (ct-ics-dialog.c) and export
 * (ct-ics-export-dialog.c). */
void           ct_ics_dialog_return_outcome  (GTask          **outcome,
                                              const char      *message);
void           ct_ics_dialog_read_times      (CtDayPartTimes  *times);
GtkFileFilter *ct_ics_dialog_calendar_filter (void);

G_END_DECLS
