/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-field"

#include "config.h"

#include "ct-date-time.h"
#include "ct-field.h"

/* Small parts of the editor's rows: a flat icon button, the rows of a drop-down list
 * whose choices wrap, and a time of day read from and written as text. */

/**
 * ct_field_icon_button:
 * @icon_name: a symbolic icon name
 * @label: what the button does, e.g. "Move Section Up" (translated)
 *
 * A flat icon button for the editor's rows, with @label as its tooltip and as its
 * accessible label, so screen readers announce more than the icon.
 *
 * Returns: (transfer floating): the button
 */
GtkWidget *
ct_field_icon_button (const char *icon_name,
                      const char *label)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label, -1);
  return button;
}

/* The check keeps its room when hidden, so the labels line up. */
static gboolean
selected_to_opacity (GBinding     *binding,
                     const GValue *from,
                     GValue       *to,
                     gpointer      user_data)
{
  g_value_set_double (to, g_value_get_boolean (from) ? 1 : 0);
  return TRUE;
}

static void
wrapping_setup_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  /* A wrapping label asks only for its longest word: the list, as narrow as its button,
   * would then break even short choices. */
  gtk_label_set_width_chars (GTK_LABEL (label), 24);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  g_object_bind_property_full (list_item, "selected", check, "opacity", G_BINDING_SYNC_CREATE,
                               selected_to_opacity, NULL, NULL, NULL);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), check);
  gtk_list_item_set_child (list_item, box);
}

static void
wrapping_bind_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item)
{
  GtkWidget *label = gtk_widget_get_first_child (gtk_list_item_get_child (list_item));

  gtk_label_set_text (GTK_LABEL (label),
                      gtk_string_object_get_string (gtk_list_item_get_item (list_item)));
}

/**
 * ct_field_wrapping_list_factory:
 *
 * The rows of a drop-down list of #GtkStringObject choices, each shown whole on as many
 * lines as it needs (a section's heading, a long authority), the chosen one checked.
 *
 * Returns: (transfer full): a list item factory
 */
GtkListItemFactory *
ct_field_wrapping_list_factory (void)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (wrapping_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (wrapping_bind_cb), NULL);
  return factory;
}

/**
 * ct_field_parse_minute:
 * @text: a time as typed (see ct_time_parse()): "8:30", "08.30", "14h", "14 giờ 30", or
 *   "" for none
 * @minute: (out): minutes after midnight, or %CT_NO_TIME for empty text
 *
 * Returns: %TRUE when @text is a time of day or empty
 */
gboolean
ct_field_parse_minute (const char *text,
                       int        *minute)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text));

  if (*trimmed == '\0')
    {
      *minute = CT_NO_TIME;
      return TRUE;
    }
  return ct_time_parse (trimmed, minute);
}

/**
 * ct_field_format_minute:
 * @minute: minutes after midnight, or %CT_NO_TIME
 *
 * Returns: (transfer full): "08:30", or "" for no time
 */
char *
ct_field_format_minute (int minute)
{
  if (minute == CT_NO_TIME)
    return g_strdup ("");
  return ct_time_format (minute);
}
