/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-accessible"

#include "config.h"

#include <adwaita.h>

#include "ct-accessible.h"

/* What GTK 4.8 tells screen readers, mended the same way for every window, the dialogs of
 * libadwaita included:
 * - a button or check box with a mnemonic is named with its raw label, then its label
 *   again ("_Hủy Hủy"): it is named once, without the underscore;
 * - the focus of a drop-down is on a button inside it, named "GtkToggleButton" and silent
 *   about the value: the button takes the drop-down's label as its name and the value
 *   shown as its description;
 * - so is the button inside a menu button: it takes the menu button's name; the arrow of
 *   a split button is named by its tooltip;
 * - an expander row (a section of the form) does not say whether it is open: its header,
 *   which takes the focus, gets the "expanded" state.
 * A hook on "map" sees each widget as it first shows. */

#define MENDED_KEY "ct-accessible-mended"

static char *
strip_mnemonic (const char *label)
{
  GString *text = g_string_new (NULL);

  for (const char *p = label; *p != '\0'; p++)
    {
      if (*p == '_' && p[1] != '_')
        continue;
      if (*p == '_')
        p++;
      g_string_append_c (text, *p);
    }
  return g_string_free (text, FALSE);
}

static void
name_without_mnemonic (GtkWidget *widget)
{
  const char *label = NULL;
  gboolean underline = FALSE;
  g_autofree char *name = NULL;

  if (GTK_IS_BUTTON (widget))
    {
      label = gtk_button_get_label (GTK_BUTTON (widget));
      underline = gtk_button_get_use_underline (GTK_BUTTON (widget));
    }
  else if (GTK_IS_CHECK_BUTTON (widget))
    {
      label = gtk_check_button_get_label (GTK_CHECK_BUTTON (widget));
      underline = gtk_check_button_get_use_underline (GTK_CHECK_BUTTON (widget));
    }
  if (label == NULL || !underline)
    return;
  name = strip_mnemonic (label);
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
}

/* The text the drop-down shows for its selected item. */
static char *
drop_down_value (GtkDropDown *drop_down)
{
  gpointer item = gtk_drop_down_get_selected_item (drop_down);
  GtkExpression *expression = gtk_drop_down_get_expression (drop_down);
  GValue value = G_VALUE_INIT;
  char *text = NULL;

  if (item == NULL)
    return NULL;
  if (expression != NULL && gtk_expression_evaluate (expression, item, &value))
    {
      if (G_VALUE_HOLDS_STRING (&value))
        text = g_value_dup_string (&value);
      g_value_unset (&value);
    }
  else if (GTK_IS_STRING_OBJECT (item))
    text = g_strdup (gtk_string_object_get_string (item));
  return text;
}

static void
describe_drop_down (GtkDropDown *drop_down)
{
  GtkWidget *button = gtk_widget_get_first_child (GTK_WIDGET (drop_down));
  g_autofree char *value = drop_down_value (drop_down);

  while (button != NULL && !GTK_IS_TOGGLE_BUTTON (button))
    button = gtk_widget_get_next_sibling (button);
  if (button == NULL)
    return;
  if (value != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, value, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

/* The button inside takes the drop-down's name: from the label pointing to it by its
 * mnemonic, or else from the name the drop-down was given. */
static void
name_drop_down (GtkDropDown *drop_down)
{
  GtkWidget *button = gtk_widget_get_first_child (GTK_WIDGET (drop_down));
  GList *labels = gtk_widget_list_mnemonic_labels (GTK_WIDGET (drop_down));
  gpointer name_from = labels != NULL ? labels->data : drop_down;

  g_list_free (labels);
  while (button != NULL && !GTK_IS_TOGGLE_BUTTON (button))
    button = gtk_widget_get_next_sibling (button);
  if (button == NULL)
    return;
  gtk_accessible_update_relation (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  name_from, NULL, -1);
  g_signal_connect (drop_down, "notify::selected-item", G_CALLBACK (describe_drop_down), NULL);
  describe_drop_down (drop_down);
}

/* The row that heads an expander row and takes its focus: the first row inside it. */
static GtkWidget *
expander_header (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = GTK_IS_LIST_BOX_ROW (child) ? child : expander_header (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
state_expanded (AdwExpanderRow *row)
{
  GtkWidget *header = expander_header (GTK_WIDGET (row));
  gboolean expanded = adw_expander_row_get_expanded (row);

  gtk_accessible_update_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_EXPANDED, expanded, -1);
  if (header != NULL)
    gtk_accessible_update_state (GTK_ACCESSIBLE (header), GTK_ACCESSIBLE_STATE_EXPANDED,
                                 expanded, -1);
}

/**
 * ct_accessible_mend:
 * @widget: a widget
 *
 * Gives @widget the name and description it lacks under GTK 4.8 (see above), once; its
 * label changing later is followed.
 */
void
ct_accessible_mend (GtkWidget *widget)
{
  GtkWidget *parent = gtk_widget_get_parent (widget);

  if (g_object_get_data (G_OBJECT (widget), MENDED_KEY) != NULL)
    return;
  g_object_set_data (G_OBJECT (widget), MENDED_KEY, GINT_TO_POINTER (TRUE));
  if (GTK_IS_BUTTON (widget) || GTK_IS_CHECK_BUTTON (widget))
    {
      name_without_mnemonic (widget);
      g_signal_connect (widget, "notify::label", G_CALLBACK (name_without_mnemonic), NULL);
    }
  if (GTK_IS_DROP_DOWN (widget))
    name_drop_down (GTK_DROP_DOWN (widget));
  if (ADW_IS_EXPANDER_ROW (widget))
    {
      g_signal_connect (widget, "notify::expanded", G_CALLBACK (state_expanded), NULL);
      state_expanded (ADW_EXPANDER_ROW (widget));
    }
  if (GTK_IS_TOGGLE_BUTTON (widget) && GTK_IS_MENU_BUTTON (parent))
    gtk_accessible_update_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                    parent, NULL, -1);
  if (GTK_IS_MENU_BUTTON (widget) && ADW_IS_SPLIT_BUTTON (parent) &&
      gtk_widget_get_tooltip_text (widget) != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    gtk_widget_get_tooltip_text (widget), -1);
}

static gboolean
map_hook (GSignalInvocationHint *hint,
          guint                  n_values,
          const GValue          *values,
          gpointer               data)
{
  ct_accessible_mend (g_value_get_object (&values[0]));
  return TRUE;
}

/**
 * ct_accessible_install:
 *
 * Mends every widget of the application as it first shows (ct_accessible_mend()).
 */
void
ct_accessible_install (void)
{
  static gsize installed;

  if (g_once_init_enter (&installed))
    {
      /* The signal exists once the class does. */
      g_type_class_ref (GTK_TYPE_WIDGET);
      g_signal_add_emission_hook (g_signal_lookup ("map", GTK_TYPE_WIDGET), 0, map_hook, NULL,
                                  NULL);
      g_once_init_leave (&installed, 1);
    }
}
