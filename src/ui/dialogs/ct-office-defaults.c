/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-office-defaults"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-day-name.h"
#include "ct-format.h"
#include "ct-office-defaults.h"
#include "ct-wrap-view.h"

#define KEY_SUPERIOR_BODY      "office-superior-body"
#define KEY_ISSUING_BODY       "office-issuing-body"
#define KEY_PLACE_NAME         "office-place-name"
#define KEY_BODY_CODE          "office-body-code"
#define KEY_AUTHORITIES        "office-signer-authorities"
#define KEY_SIGNER_TITLE       "office-signer-title"
#define KEY_SIGNER_NAME        "office-signer-name"
#define KEY_RECIPIENTS         "office-recipients"
#define KEY_BRIEFING_TITLE     "office-briefing-title"
#define KEY_BRIEFING_SECTION   "office-briefing-section"
#define KEY_BRIEFING_WEEKDAY   "office-briefing-weekday"
#define KEY_BRIEFING_DAY_PART  "office-briefing-day-part"

/* The text with its outer blank lines and spaces removed, NFC; %NULL when nothing is left. */
static char *
dup_trimmed (const char *text)
{
  g_autofree char *copy = g_strstrip (g_strdup (text != NULL ? text : ""));

  if (*copy == '\0')
    return NULL;
  return g_utf8_normalize (copy, -1, G_NORMALIZE_NFC);
}

static void
apply_string (GSettings   *settings,
              const char  *key,
              char       **field)
{
  g_autofree char *value = g_settings_get_string (settings, key);
  char *text = dup_trimmed (value);

  if (text == NULL)
    return;
  g_free (*field);
  *field = text;
}

/* "T/L BAN THƯỜNG VỤ" or "KT. CHỦ TỊCH": the code of either style, then the body. A line
 * without a code is a body the head signs for directly. */
static void
add_authority (CtProgramme *programme,
               const char  *line)
{
  for (CtSigningAuthority a = CT_SIGNING_AUTHORITY_ON_BEHALF; a <= CT_SIGNING_AUTHORITY_ACTING; a++)
    for (CtDocumentStyle style = CT_DOCUMENT_STYLE_PARTY; style <= CT_DOCUMENT_STYLE_STATE; style++)
      {
        const char *code = ct_format_signing_authority (style, a);
        gsize length = strlen (code);

        if (length > 0 && g_str_has_prefix (line, code) && line[length] == ' ')
          {
            g_autofree char *body = dup_trimmed (line + length);

            ct_programme_add_signer_authority (programme, a, body);
            return;
          }
      }
  ct_programme_add_signer_authority (programme, CT_SIGNING_AUTHORITY_NONE, line);
}

/* "Thường trực Tỉnh ủy (báo cáo)": the purpose is what the last parentheses hold. */
static void
add_recipient (CtProgramme *programme,
               const char  *line)
{
  const char *open = g_utf8_strrchr (line, -1, '(');
  gsize length = strlen (line);

  if (open != NULL && open > line && line[length - 1] == ')')
    {
      g_autofree char *before = g_strndup (line, open - line);
      g_autofree char *inside = g_strndup (open + 1, line + length - 1 - (open + 1));
      g_autofree char *text = dup_trimmed (before);
      g_autofree char *purpose = dup_trimmed (inside);

      if (text != NULL)
        {
          ct_programme_add_recipient (programme, text, purpose);
          return;
        }
    }
  ct_programme_add_recipient (programme, line, NULL);
}

static void
apply_lines (GSettings   *settings,
             const char  *key,
             CtProgramme *programme,
             void       (*add) (CtProgramme *, const char *))
{
  g_auto(GStrv) lines = g_settings_get_strv (settings, key);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *line = dup_trimmed (lines[i]);

      if (line != NULL)
        add (programme, line);
    }
}

static void
apply_briefing (GSettings   *settings,
                CtProgramme *programme)
{
  g_autofree char *value = g_settings_get_string (settings, KEY_BRIEFING_TITLE);
  g_autofree char *title = dup_trimmed (value);
  g_autofree char *section_value = g_settings_get_string (settings, KEY_BRIEFING_SECTION);
  g_autofree char *section_title = dup_trimmed (section_value);
  CtSection *section = NULL;
  CtItem *item;

  if (title == NULL)
    return;
  if (section_title == NULL)
    section_title = g_strdup (_("Regular work"));
  for (guint i = 0; i < programme->sections->len && section == NULL; i++)
    {
      CtSection *s = g_ptr_array_index (programme->sections, i);

      if (g_strcmp0 (s->title, section_title) == 0)
        section = s;
    }
  if (section == NULL)
    section = ct_programme_add_section (programme, section_title);
  item = ct_item_new (CT_ITEM_RECURRING);
  item->title = g_steal_pointer (&title);
  item->recurrence = CT_RECURRENCE_WEEKLY;
  item->weekdays = 1u << (g_settings_get_int (settings, KEY_BRIEFING_WEEKDAY) - 1);
  item->day_part = g_settings_get_int (settings, KEY_BRIEFING_DAY_PART);
  ct_section_add_item (section, item);
}

/**
 * ct_office_defaults_apply:
 * @settings: settings of schema io.github.congtac.Congtac
 * @programme: a programme made from scratch
 *
 * Fills @programme with the office defaults the preferences hold: the header, the signer,
 * the recipients and the weekly briefing. A default left empty changes nothing.
 */
void
ct_office_defaults_apply (GSettings   *settings,
                          CtProgramme *programme)
{
  g_return_if_fail (G_IS_SETTINGS (settings));
  g_return_if_fail (programme != NULL);

  apply_string (settings, KEY_SUPERIOR_BODY, &programme->superior_body);
  apply_string (settings, KEY_ISSUING_BODY, &programme->issuing_body);
  apply_string (settings, KEY_PLACE_NAME, &programme->place_name);
  apply_string (settings, KEY_BODY_CODE, &programme->body_code);
  apply_lines (settings, KEY_AUTHORITIES, programme, add_authority);
  apply_string (settings, KEY_SIGNER_TITLE, &programme->signer_title);
  apply_string (settings, KEY_SIGNER_NAME, &programme->signer_name);
  apply_lines (settings, KEY_RECIPIENTS, programme, add_recipient);
  apply_briefing (settings, programme);
}

/* The page: entry rows for one-line values, text boxes for values of several lines. */

static void
text_changed_cb (GtkTextBuffer *buffer,
                 GSettings     *settings)
{
  const char *key = g_object_get_data (G_OBJECT (buffer), "ct-key");
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (g_object_get_data (G_OBJECT (buffer), "ct-lines") == NULL)
    g_settings_set_string (settings, key, text);
  else
    {
      g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

      g_settings_set_strv (settings, key, (const char *const *) lines);
    }
}

static GtkWidget *
add_text_box (AdwPreferencesGroup *group,
              GSettings           *settings,
              const char          *key,
              const char          *label,
              gboolean             lines)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *title = gtk_label_new (label);
  GtkWidget *view = ct_wrap_view_new ();
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  g_autofree char *text = NULL;

  if (lines)
    {
      g_auto(GStrv) values = g_settings_get_strv (settings, key);

      text = g_strjoinv ("\n", values);
      g_object_set_data (G_OBJECT (buffer), "ct-lines", GINT_TO_POINTER (TRUE));
    }
  else
    text = g_settings_get_string (settings, key);
  gtk_text_buffer_set_text (buffer, text, -1);
  g_object_set_data_full (G_OBJECT (buffer), "ct-key", g_strdup (key), g_free);
  g_signal_connect_object (buffer, "changed", G_CALLBACK (text_changed_cb), settings, 0);
  gtk_widget_set_halign (title, GTK_ALIGN_START);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 6);
  gtk_widget_set_size_request (view, -1, 64);
  gtk_widget_set_name (view, key);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_MULTI_LINE, TRUE, -1);
  gtk_frame_set_child (GTK_FRAME (frame), view);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), frame);
  gtk_widget_set_margin_top (box, 6);
  adw_preferences_group_add (group, box);
  return view;
}

static void
add_entry_row (AdwPreferencesGroup *group,
               GSettings           *settings,
               const char          *key,
               const char          *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_set_name (row, key);
  g_settings_bind (settings, key, row, "text", G_SETTINGS_BIND_DEFAULT);
  adw_preferences_group_add (group, row);
}

static AdwPreferencesGroup *
add_group (AdwPreferencesPage *page,
           const char         *title,
           const char         *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (group));
  return ADW_PREFERENCES_GROUP (group);
}

static gboolean
index_get_mapping (GValue   *value,
                   GVariant *variant,
                   gpointer  offset)
{
  g_value_set_uint (value, g_variant_get_int32 (variant) - GPOINTER_TO_INT (offset));
  return TRUE;
}

static GVariant *
index_set_mapping (const GValue       *value,
                   const GVariantType *expected_type,
                   gpointer            offset)
{
  return g_variant_new_int32 ((int) g_value_get_uint (value) + GPOINTER_TO_INT (offset));
}

static void
add_combo_row (AdwPreferencesGroup *group,
               GSettings           *settings,
               const char          *key,
               const char          *title,
               const char *const   *names,
               int                  first_value)
{
  GtkWidget *row = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_set_name (row, key);
  adw_combo_row_set_model (ADW_COMBO_ROW (row),
                           G_LIST_MODEL (gtk_string_list_new ((const char *const *) names)));
  g_settings_bind_with_mapping (settings, key, row, "selected", G_SETTINGS_BIND_DEFAULT,
                                index_get_mapping, index_set_mapping,
                                GINT_TO_POINTER (first_value), NULL);
  adw_preferences_group_add (group, row);
}

static void
add_briefing_group (AdwPreferencesPage *page,
                    GSettings          *settings)
{
  AdwPreferencesGroup *group = add_group (page, _("Weekly Briefing"),
                                          _("Added to every new programme when it has a title"));
  const char *weekdays[8] = { NULL };
  const char *day_parts[] = { _("No day part"), _("Morning"), _("Afternoon"), _("Evening"),
                              C_("calendar chip", "All day"), NULL };

  for (int d = G_DATE_MONDAY; d <= G_DATE_SUNDAY; d++)
    weekdays[d - 1] = ct_day_name_weekday (d);
  add_entry_row (group, settings, KEY_BRIEFING_TITLE, C_("weekly item", "Title"));
  add_entry_row (group, settings, KEY_BRIEFING_SECTION, _("Section"));
  add_combo_row (group, settings, KEY_BRIEFING_WEEKDAY, _("Weekday"), weekdays, 1);
  add_combo_row (group, settings, KEY_BRIEFING_DAY_PART, _("Time of day"), day_parts, 0);
}

/**
 * ct_office_defaults_page_new:
 * @settings: settings of schema io.github.congtac.Congtac
 *
 * The "Office" page of the preferences; its fields write @settings as they change.
 *
 * Returns: (transfer floating): a new #AdwPreferencesPage
 */
GtkWidget *
ct_office_defaults_page_new (GSettings *settings)
{
  AdwPreferencesPage *page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  AdwPreferencesGroup *group;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  adw_preferences_page_set_title (page, _("Office"));
  adw_preferences_page_set_icon_name (page, "x-office-document-symbolic");
  group = add_group (page, _("Header"),
                     _("New programmes start with these; a copied month keeps its own"));
  add_text_box (group, settings, KEY_SUPERIOR_BODY,
                _("Superior body, one printed line per line"), FALSE);
  add_text_box (group, settings, KEY_ISSUING_BODY,
                _("Issuing body, one printed line per line"), FALSE);
  add_entry_row (group, settings, KEY_PLACE_NAME, _("Place name of the date line"));
  add_entry_row (group, settings, KEY_BODY_CODE, _("Body code of the number"));
  group = add_group (page, _("Usual Signer"), NULL);
  add_text_box (group, settings, KEY_AUTHORITIES,
                _("Authority lines as printed, one per line, e.g. “T/L BAN THƯỜNG VỤ”"), TRUE);
  add_entry_row (group, settings, KEY_SIGNER_TITLE, _("Signer’s title"));
  add_entry_row (group, settings, KEY_SIGNER_NAME, _("Signer’s name"));
  group = add_group (page, _("Recipients"), NULL);
  add_text_box (group, settings, KEY_RECIPIENTS,
                _("One recipient per line, the purpose in parentheses, e.g. “Thường trực "
                  "Tỉnh ủy (báo cáo)”"), TRUE);
  add_briefing_group (page, settings);
  return GTK_WIDGET (page);
}
