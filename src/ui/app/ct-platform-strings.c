/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-platform-strings"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ct-platform-strings.h"

/*
 * Labels that GTK 4.8 and libadwaita 1.2 show in Congtac's windows but whose Vietnamese
 * catalogues lack them: libadwaita's has 13 strings and none of the about window's, GTK's
 * has no title for the shortcuts window. The app supplies these under the library's name
 * as context, and uses one only where the library has no translation of its own, so a
 * catalogue that gains them takes over.
 */
typedef struct
{
  const char *domain;   /* the library's gettext domain */
  const char *context;  /* the context of the app's translation */
  const char *text;
} PlatformString;

static const PlatformString platform_strings[] = {
  { "gtk40", "gtk", NC_("gtk", "Shortcuts") },
  { "gtk40", "gtk", NC_("gtk", "Search Results") },
  { "libadwaita", "libadwaita", NC_("libadwaita", "About") },
  { "libadwaita", "libadwaita", NC_("libadwaita", "Back") },
  { "libadwaita", "libadwaita", NC_("libadwaita", "Details") },
  { "libadwaita", "libadwaita", NC_("libadwaita", "_Details") },
  { "libadwaita", "libadwaita", NC_("libadwaita", "_Website") },
  { "libadwaita", "libadwaita", NC_("libadwaita", "_Report an Issue") },
  { "libadwaita", "libadwaita", NC_("libadwaita", "Credits") },
  { "libadwaita", "libadwaita", NC_("libadwaita", "_Credits") },
  { "libadwaita", "libadwaita", NC_("libadwaita", "Legal") },
  { "libadwaita", "libadwaita", NC_("libadwaita", "_Legal") },
  { "libadwaita", "libadwaita", NC_("libadwaita", "Acknowledgements") },
  { "libadwaita", "libadwaita", NC_("libadwaita", "_Acknowledgements") },
  { "libadwaita", "libadwaita", NC_("libadwaita", "Code by") },
  { "libadwaita", "libadwaita", NC_("libadwaita", "Translated by") },
};

/* Returns the app's translation of a library's @text, or NULL to leave it. */
static const char *
supplement (const char *text)
{
  if (text == NULL)
    return NULL;
  for (gsize i = 0; i < G_N_ELEMENTS (platform_strings); i++)
    {
      const PlatformString *s = &platform_strings[i];
      const char *translated;

      if (!g_str_equal (text, s->text) || g_strcmp0 (g_dgettext (s->domain, text), text) != 0)
        continue;
      translated = g_dpgettext2 (GETTEXT_PACKAGE, s->context, text);
      return g_str_equal (translated, text) ? NULL : translated;
    }
  return NULL;
}

static void
apply_to_tree (GtkWidget *widget)
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
    apply_to_tree (child);
}

/**
 * ct_platform_strings_apply:
 * @root: a window built by GTK or libadwaita, e.g. #AdwAboutWindow or #GtkShortcutsWindow
 *
 * Translates the labels, row and group titles, tooltips and the title of @root that the
 * library's own catalogue leaves in English (see platform_strings above). Call it once the
 * window's content is set: labels made later are not seen.
 */
void
ct_platform_strings_apply (GtkWidget *root)
{
  const char *title;

  g_return_if_fail (GTK_IS_WIDGET (root));

  apply_to_tree (root);
  if (GTK_IS_WINDOW (root) && (title = supplement (gtk_window_get_title (GTK_WINDOW (root)))))
    gtk_window_set_title (GTK_WINDOW (root), title);
}
