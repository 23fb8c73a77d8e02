/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-about"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-about.h"

/*
 * Labels of AdwAboutWindow (libadwaita 1.2) that its own Vietnamese catalogue lacks: it
 * has 13 strings and none of this window's. The app supplies these, under the context
 * "libadwaita", and uses one only where libadwaita has no translation of its own, so a
 * catalogue that gains them takes over.
 */
static const char *const adw_labels[] = {
  NC_("libadwaita", "About"),
  NC_("libadwaita", "Back"),
  NC_("libadwaita", "Details"),
  NC_("libadwaita", "_Details"),
  NC_("libadwaita", "_Website"),
  NC_("libadwaita", "_Report an Issue"),
  NC_("libadwaita", "Credits"),
  NC_("libadwaita", "_Credits"),
  NC_("libadwaita", "Legal"),
  NC_("libadwaita", "_Legal"),
  NC_("libadwaita", "Acknowledgements"),
  NC_("libadwaita", "_Acknowledgements"),
  NC_("libadwaita", "Code by"),
  NC_("libadwaita", "Translated by"),
};

/* Returns the app's translation of libadwaita's @text, or NULL to leave it. */
static const char *
supplement (const char *text)
{
  if (text == NULL || g_strcmp0 (g_dgettext ("libadwaita", text), text) != 0)
    return NULL;
  for (gsize i = 0; i < G_N_ELEMENTS (adw_labels); i++)
    if (g_str_equal (text, adw_labels[i]))
      {
        const char *translated = g_dpgettext2 (GETTEXT_PACKAGE, "libadwaita", text);

        return g_str_equal (translated, text) ? NULL : translated;
      }
  return NULL;
}

static void
translate_tree (GtkWidget *widget)
{
  const char *text;

  if (ADW_IS_PREFERENCES_ROW (widget) &&
      (text = supplement (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)))))
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (widget), text);
  else if (ADW_IS_PREFERENCES_GROUP (widget) &&
           (text = supplement (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (widget)))))
    adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (widget), text);
  else if (GTK_IS_LABEL (widget) && (text = supplement (gtk_label_get_label (GTK_LABEL (widget)))))
    gtk_label_set_label (GTK_LABEL (widget), text);
  if ((text = supplement (gtk_widget_get_tooltip_text (widget))))
    gtk_widget_set_tooltip_text (widget, text);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    translate_tree (child);
}

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
  const char *title;
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

  translate_tree (GTK_WIDGET (about));
  if ((title = supplement (gtk_window_get_title (GTK_WINDOW (about)))) != NULL)
    gtk_window_set_title (GTK_WINDOW (about), title);
  return GTK_WINDOW (about);
}
