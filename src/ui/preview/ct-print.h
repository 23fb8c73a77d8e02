/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ct-programme.h"
#include "ct-week.h"

G_BEGIN_DECLS

GtkPageSetup      *ct_print_page_setup_new   (void);
char              *ct_print_get_settings_path (void);
GtkPrintSettings  *ct_print_load_settings    (void);
gboolean           ct_print_save_settings    (GtkPrintSettings  *settings,
                                              GError           **error);
char              *ct_print_dup_font_family  (void);
char              *ct_print_dup_settings_font (GSettings        *settings);
char              *ct_print_dup_font_description (GSettings     *settings);
GtkPrintOperation *ct_print_operation_new    (const CtProgramme *programme,
                                              const char        *font_family);
void               ct_print_run              (const CtProgramme *programme,
                                              GtkWindow         *parent,
                                              int                current_page);
GtkPrintOperation *ct_print_week_operation_new (const CtWeek      *week,
                                                const CtProgramme *issuer,
                                                const char        *font_family);
void               ct_print_week_run         (const CtWeek      *week,
                                              const CtProgramme *issuer,
                                              GtkWindow         *parent);

G_END_DECLS
