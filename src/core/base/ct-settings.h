/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ct-types.h"

G_BEGIN_DECLS

/*
 * Keys of the GSettings schema io.github.congtac.Congtac
 * (data/io.github.congtac.Congtac.gschema.xml):
 *
 *   window-width, window-height   i   main window size in pixels (1100 × 720)
 *   window-maximized              b   whether the main window was maximized
 *   last-programme                x   store id of the programme open last, 0 = none
 *   print-font                    s   font family of printed documents ("Liberation Serif")
 *   default-document-style        enum "party" | "state" (#CtDocumentStyle) of new programmes
 *   morning-start, morning-end    i   minutes after midnight: 450–690 (07:30–11:30)
 *   afternoon-start, afternoon-end i  810–1020 (13:30–17:00)
 *   evening-start, evening-end    i   1140–1260 (19:00–21:00)
 *
 * Window code binds the first four with g_settings_bind(); code that only needs a value
 * reads it with the helpers below, which accept a %NULL settings object and then return
 * the schema's defaults (the CLI and display-less tests need no schema installed).
 */

#define CT_SETTINGS_KEY_WINDOW_WIDTH           "window-width"
#define CT_SETTINGS_KEY_WINDOW_HEIGHT          "window-height"
#define CT_SETTINGS_KEY_WINDOW_MAXIMIZED       "window-maximized"
#define CT_SETTINGS_KEY_LAST_PROGRAMME         "last-programme"
#define CT_SETTINGS_KEY_PRINT_FONT             "print-font"
#define CT_SETTINGS_KEY_DEFAULT_DOCUMENT_STYLE "default-document-style"

/* Defaults of the schema, for callers without settings. */
#define CT_SETTINGS_DEFAULT_PRINT_FONT "Liberation Serif"

GSettings       *ct_settings_new                    (void);
void             ct_settings_get_day_part_range     (GSettings  *settings,
                                                     CtDayPart   day_part,
                                                     int        *start_minute,
                                                     int        *end_minute);
char            *ct_settings_dup_print_font         (GSettings  *settings);
CtDocumentStyle  ct_settings_get_document_style     (GSettings  *settings);

G_END_DECLS
