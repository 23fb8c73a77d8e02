/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-date-time.h"
#include "ct-office-defaults.h"
#include "ct-preferences-window.h"
#include "ct-print.h"
#include "ct-publish-prefs.h"
#include "ct-settings.h"

struct _CtPreferencesWindow
{
  AdwPreferencesWindow parent_instance;

  GSettings *settings;

  AdwComboRow *style_row;
  GtkFontButton *font_button;
  AdwActionRow *document_font_row;
  AdwPreferencesGroup *day_part_group;
};

G_DEFINE_FINAL_TYPE (CtPreferencesWindow, ct_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* Order of the rows of the style combo; the nicks of the schema's DocumentStyle enum. */
static const char *const style_nicks[] = { "party", "state" };

/* Sample shown by the font chooser: the letters a font most often lacks (ơ ư ạ ấ ể ỗ …). */
static const char *const font_preview = "CHƯƠNG TRÌNH công tác tháng 9 — Hội nghị Ban Thường vụ";

static gboolean
style_get_mapping (GValue   *value,
                   GVariant *variant,
                   gpointer  user_data)
{
  const char *nick = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (style_nicks); i++)
    if (g_strcmp0 (nick, style_nicks[i]) == 0)
      {
        g_value_set_uint (value, i);
        return TRUE;
      }
  return FALSE;
}

static GVariant *
style_set_mapping (const GValue       *value,
                   const GVariantType *expected_type,
                   gpointer            user_data)
{
  guint i = g_value_get_uint (value);

  if (i >= G_N_ELEMENTS (style_nicks))
    return NULL;
  return g_variant_new_string (style_nicks[i]);
}

/* Text that is no time ("25:70") stays as typed, in error, with why in its row's subtitle;
 * the setting keeps its value until a time is typed. */
static gboolean
time_output_cb (GtkSpinButton *spin,
                gpointer       user_data)
{
  g_autofree char *text = NULL;

  if (g_object_get_data (G_OBJECT (spin), "ct-unread") != NULL)
    return TRUE;
  text = ct_time_format ((int) gtk_spin_button_get_value (spin));
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (spin)), text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

static void
show_time_unread (GtkSpinButton *spin,
                  const char    *unread)
{
  AdwActionRow *row = g_object_get_data (G_OBJECT (spin), "ct-row");
  gboolean start = g_object_get_data (G_OBJECT (spin), "ct-start") != NULL;
  const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
  g_autofree char *message = NULL;

  g_object_set_data_full (G_OBJECT (spin), "ct-unread", g_strdup (unread), g_free);
  if (unread != NULL)
    message = start
      ? g_strdup_printf (_("“%1$s”: the start time “%2$s” is not used yet: %3$s"), title,
                         unread, _("a time is written as 8:30 or 14h, up to 23:59"))
      : g_strdup_printf (_("“%1$s”: the end time “%2$s” is not used yet: %3$s"), title,
                         unread, _("a time is written as 8:30 or 14h, up to 23:59"));
  adw_action_row_set_subtitle (row, message != NULL ? message : "");
  if (unread != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (spin), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (spin), "error");
}

/* Accepts what the item editor does ("7:30", "7h30", "8.30", "7 giờ 30", "7"), and
 * "24:00": the evening may end at midnight. */
static int
time_input_cb (GtkSpinButton *spin,
               double        *new_value,
               gpointer       user_data)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (spin));
  double lower, upper;
  int minute;

  gtk_spin_button_get_range (spin, &lower, &upper);
  /* "24:00" ends a day part, it starts none. */
  if (!ct_time_parse_full (text, CT_TIME_END_OF_DAY, &minute) || minute < lower ||
      minute > upper)
    {
      show_time_unread (spin, text);
      *new_value = gtk_spin_button_get_value (spin);
      return TRUE;
    }
  show_time_unread (spin, NULL);
  *new_value = minute;
  return TRUE;
}

static GtkWidget *
create_time_spin (CtPreferencesWindow *self,
                  const char          *key,
                  int                  lower)
{
  GtkWidget *spin = gtk_spin_button_new_with_range (lower, lower + 24 * 60 - 1, 15);

  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_editable_set_width_chars (GTK_EDITABLE (spin), 5);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), FALSE);
  g_signal_connect (spin, "output", G_CALLBACK (time_output_cb), NULL);
  g_signal_connect (spin, "input", G_CALLBACK (time_input_cb), NULL);
  g_settings_bind (self->settings, key, spin, "value", G_SETTINGS_BIND_DEFAULT);
  return spin;
}

static void
add_day_part_row (CtPreferencesWindow *self,
                  const char          *title,
                  const char          *start_key,
                  const char          *end_key)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *start = create_time_spin (self, start_key, 0);
  GtkWidget *end = create_time_spin (self, end_key, 1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  g_object_set_data (G_OBJECT (start), "ct-row", row);
  g_object_set_data (G_OBJECT (start), "ct-start", GINT_TO_POINTER (TRUE));
  g_object_set_data (G_OBJECT (end), "ct-row", row);
  /* Translators: accessible names of the two time fields of a day part, e.g. "Morning". */
  gtk_accessible_update_property (GTK_ACCESSIBLE (start), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Start"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (end), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("End"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), start);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_label_new ("–"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), end);
  adw_preferences_group_add (self->day_part_group, row);
}

static void
font_changed_cb (CtPreferencesWindow *self)
{
  GtkFontChooser *chooser = GTK_FONT_CHOOSER (self->font_button);
  PangoFontDescription *desc = gtk_font_chooser_get_font_desc (chooser);

  if (desc != NULL && pango_font_description_get_family (desc) != NULL)
    g_settings_set_string (self->settings, CT_SETTINGS_KEY_PRINT_FONT,
                           pango_font_description_get_family (desc));
  g_clear_pointer (&desc, pango_font_description_free);
}

/* Says which family the documents are set in: the chosen one, or Times New Roman, or
 * Liberation Serif standing in for it. */
static void
update_document_font (CtPreferencesWindow *self)
{
  g_autofree char *text = ct_print_dup_font_description (self->settings);

  adw_action_row_set_subtitle (self->document_font_row, text);
}

static void
add_document_font_row (CtPreferencesWindow *self)
{
  GtkWidget *group = gtk_widget_get_ancestor (GTK_WIDGET (self->font_button),
                                              ADW_TYPE_PREFERENCES_GROUP);

  self->document_font_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->document_font_row),
                                 _("Document font"));
  gtk_widget_set_name (GTK_WIDGET (self->document_font_row), "document-font-row");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             GTK_WIDGET (self->document_font_row));
  update_document_font (self);
  g_signal_connect_object (self->settings, "changed::" CT_SETTINGS_KEY_PRINT_FONT,
                           G_CALLBACK (update_document_font), self, G_CONNECT_SWAPPED);
}

/* The calendar server, on a page of its own. */
static void
add_publishing_page (CtPreferencesWindow *self)
{
  AdwPreferencesPage *page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());

  adw_preferences_page_set_title (page, _("Publishing"));
  adw_preferences_page_set_icon_name (page, "x-office-calendar-symbolic");
  gtk_widget_set_name (GTK_WIDGET (page), "publishing-page");
  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (ct_publish_prefs_new (self->settings)));
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self), page);
}

static void
ct_preferences_window_dispose (GObject *object)
{
  CtPreferencesWindow *self = CT_PREFERENCES_WINDOW (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (ct_preferences_window_parent_class)->dispose (object);
}

static void
ct_preferences_window_class_init (CtPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ct_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ct-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CtPreferencesWindow, style_row);
  gtk_widget_class_bind_template_child (widget_class, CtPreferencesWindow, font_button);
  gtk_widget_class_bind_template_child (widget_class, CtPreferencesWindow, day_part_group);
}

static void
ct_preferences_window_init (CtPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_font_chooser_set_preview_text (GTK_FONT_CHOOSER (self->font_button), font_preview);
  /* The focus is on the button inside, which GTK 4.8 names "GtkButton". */
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_first_child (
                                    GTK_WIDGET (self->font_button))),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Font"), -1);
}

/**
 * ct_preferences_window_new:
 * @settings: settings of schema io.github.congtac.Congtac (see ct-settings.h)
 *
 * The rows write to @settings as soon as they change.
 *
 * Returns: (transfer full): a new preferences window
 */
CtPreferencesWindow *
ct_preferences_window_new (GSettings *settings)
{
  CtPreferencesWindow *self;
  g_autofree char *font = NULL;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (CT_TYPE_PREFERENCES_WINDOW, NULL);
  self->settings = g_object_ref (settings);

  g_settings_bind_with_mapping (settings, CT_SETTINGS_KEY_DEFAULT_DOCUMENT_STYLE,
                                self->style_row, "selected", G_SETTINGS_BIND_DEFAULT,
                                style_get_mapping, style_set_mapping, NULL, NULL);

  font = ct_print_dup_settings_font (settings);
  gtk_font_chooser_set_font (GTK_FONT_CHOOSER (self->font_button), font);
  g_signal_connect_swapped (self->font_button, "font-set", G_CALLBACK (font_changed_cb), self);
  add_document_font_row (self);

  add_day_part_row (self, _("Morning"), "morning-start", "morning-end");
  add_day_part_row (self, _("Afternoon"), "afternoon-start", "afternoon-end");
  add_day_part_row (self, _("Evening"), "evening-start", "evening-end");
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self),
                              ADW_PREFERENCES_PAGE (ct_office_defaults_page_new (settings)));
  add_publishing_page (self);
  return self;
}
