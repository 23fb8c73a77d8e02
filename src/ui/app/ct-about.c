/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-about"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-about.h"
#include "ct-platform-strings.h"

/**
 * ct_about_window_new:
 *
 * The about window: name, icon, version, website, issue tracker, developers, translator
 * credits, the GPL-3.0-or-later notice and the rules the documents follow.
 *
 * Returns: (transfer floating): a new #AdwAboutWindow, not shown
 */
GtkWindow *
ct_about_window_new (void)
{
  const char *developers[] = { _("The Congtac developers"), NULL };
  const char *rules[] = {
    /* Translators: the Party guideline on document format; keep the number. */
    _("Guideline 36-HD/VPTW (2018) of the Party Central Office"),
    /* Translators: the State decree on office work; keep the number. */
    _("Decree 30/2020/ND-CP on office work"),
    NULL,
  };
  const char *libraries[] = {
    "GTK https://gtk.org",
    "libadwaita https://gnome.pages.gitlab.gnome.org/libadwaita/",
    "libical https://libical.github.io/libical/",
    "SQLite https://sqlite.org",
    NULL,
  };
  g_autofree char *license = NULL;
  AdwAboutWindow *about = ADW_ABOUT_WINDOW (adw_about_window_new ());

  /* The notice is the app's own text so that it is translated with the app. */
  license = g_strdup_printf (/* Translators: %1$s is the licence's web address, %2$s its
                              * name; keep the <a> markup. */
                             _("This application comes with absolutely no warranty. It is "
                               "free software, distributed under the <a href=\"%1$s\">%2$s</a>."),
                             "https://www.gnu.org/licenses/gpl-3.0.html",
                             _("GNU General Public License, version 3 or later"));
  g_object_set (about,
                "application-name", _("Congtac"),
                "application-icon", APP_ID,
                "version", PACKAGE_VERSION,
                "developer-name", _("The Congtac developers"),
                "comments", _("Draft, print and share the monthly work programme of your office"),
                "website", "https://github.com/congtac/congtac",
                "issue-url", "https://github.com/congtac/congtac/issues",
                "license-type", GTK_LICENSE_CUSTOM,
                "license", license,
                /* Translators: the copyright line of the about window. */
                "copyright", _("© 2026 The Congtac developers"),
                "developers", developers,
                /* Translators: your names, one per line, e.g. "Nguyễn Văn A <a@example.com>". */
                "translator-credits", _("translator-credits"),
                NULL);
  adw_about_window_add_acknowledgement_section (about, _("Document Rules"), rules);
  adw_about_window_add_acknowledgement_section (about, _("Built With"), libraries);

  ct_platform_strings_apply (GTK_WIDGET (about));
  return GTK_WINDOW (about);
}
