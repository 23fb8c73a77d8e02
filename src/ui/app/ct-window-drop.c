/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-window-private.h"

/* A file dropped on the window is imported as "Import…" would: a programme document goes
 * through the review, a calendar file into the open programme. */

static gboolean
has_suffix (const char         *name,
            const char * const *suffixes)
{
  g_autofree char *folded = g_utf8_strdown (name, -1);

  for (guint i = 0; suffixes[i] != NULL; i++)
    if (g_str_has_suffix (folded, suffixes[i]))
      return TRUE;
  return FALSE;
}

static void
import_dropped_file (CtWindow *self,
                     GFile    *file)
{
  static const char *const programmes[] = { ".txt", ".docx", ".odt", ".pdf", ".doc", NULL };
  static const char *const calendars[] = { ".ics", NULL };
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *uri = NULL;

  if (name != NULL && has_suffix (name, programmes))
    ct_window_import_text_file (self, file);
  else if (name != NULL && has_suffix (name, calendars))
    {
      uri = g_file_get_uri (file);
      gtk_widget_activate_action (GTK_WIDGET (self), "win.import-calendar-file", "s", uri);
    }
  else
    ct_window_add_toast (self, _("Only programmes in .txt, .docx, .odt, .pdf or .doc files "
                                 "and calendars in .ics files can be dropped here"));
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         CtWindow      *self)
{
  GSList *files = NULL;

  if (G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    files = gdk_file_list_get_files (g_value_get_boxed (value));
  else if (G_VALUE_HOLDS (value, G_TYPE_FILE) && g_value_get_object (value) != NULL)
    files = g_slist_prepend (NULL, g_value_get_object (value));
  if (files == NULL)
    return FALSE;
  if (self->store != NULL && ct_store_is_read_only (self->store))
    ct_window_add_toast (self, _("The database is read-only: nothing can be imported"));
  else if (files->next != NULL)
    ct_window_add_toast (self, _("Drop one file at a time"));
  else
    import_dropped_file (self, files->data);
  g_slist_free (files);
  return TRUE;
}

/**
 * ct_window_install_file_drop:
 * @self: the window
 *
 * Lets files be dropped on the window (see above).
 */
void
ct_window_install_file_drop (CtWindow *self)
{
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);

  g_return_if_fail (CT_IS_WINDOW (self));

  gtk_drop_target_set_gtypes (target, (GType[]) { GDK_TYPE_FILE_LIST, G_TYPE_FILE }, 2);
  g_signal_connect (target, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}
