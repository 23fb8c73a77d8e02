/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-field"

#include "config.h"

#include "ct-check.h"
#include "ct-field.h"

/* A row whose text is parsed into a number member. Text that does not parse is never
 * written into the member: the member goes back to what it held when the row got the
 * focus (typing "25:99" passes through "2", a valid 2:00, which must not stay). The text
 * stays in the row as typed, in error with the reason beside it, and the programme keeps
 * it (#CtProgramme.unread_texts under the row's key): it is saved, listed by the check
 * and shown again when the row is built again, until a value is typed. */
typedef struct
{
  CtSession *session;
  gpointer field;
  char merge_key[32];
  char *unread_key;
  gboolean syncing;   /* the widget is being given the member's value: not an edit */
  gboolean (*parse) (const char *text, int *value);
  char *(*format) (int value);
  gboolean is_unsigned; /* the member is a guint, else an int */
  int snapshot;
} ParsedBinding;

static void
parsed_binding_free (gpointer  data,
                     GClosure *closure)
{
  ParsedBinding *b = data;

  g_object_unref (b->session);
  g_free (b->unread_key);
  g_free (b);
}

static int
parsed_get (ParsedBinding *b)
{
  return b->is_unsigned ? (int) *(guint *) b->field : *(int *) b->field;
}

/* Returns: %TRUE when the member changed */
static gboolean
parsed_set (ParsedBinding *b,
            int            value)
{
  if (parsed_get (b) == value)
    return FALSE;
  if (b->is_unsigned)
    *(guint *) b->field = (guint) value;
  else
    *(int *) b->field = value;
  return TRUE;
}

static void
show_unread (GtkWidget     *row,
             ParsedBinding *b,
             const char    *text)
{
  ct_field_show_unread (row, ct_session_get_programme (b->session), b->unread_key, text);
}

static void
parsed_changed_cb (GtkEditable   *editable,
                   ParsedBinding *b)
{
  const char *text = gtk_editable_get_text (editable);
  CtProgramme *p = ct_session_get_programme (b->session);
  gboolean changed;
  int value;

  if (b->syncing)
    return;
  if (b->parse (text, &value))
    {
      changed = parsed_set (b, value);
      changed |= ct_programme_set_unread_text (p, b->unread_key, NULL);
      show_unread (GTK_WIDGET (editable), b, NULL);
    }
  else
    {
      changed = parsed_set (b, b->snapshot);
      changed |= ct_programme_set_unread_text (p, b->unread_key, text);
      show_unread (GTK_WIDGET (editable), b, text);
    }
  if (changed)
    ct_session_edited (b->session, b->merge_key);
}

static void
parsed_enter_cb (GtkEventControllerFocus *controller,
                 ParsedBinding           *b)
{
  b->snapshot = parsed_get (b);
}

static void
parsed_sync (GtkWidget *row,
             gpointer   data)
{
  ParsedBinding *b = data;
  const char *unread = ct_programme_get_unread_text (ct_session_get_programme (b->session),
                                                     b->unread_key);
  g_autofree char *text = NULL;
  int value;

  if (unread != NULL)
    text = g_strdup (unread);
  /* Text that reads as the member's value (typed "08.30" for 8:30) stays as typed. */
  else if (b->parse (gtk_editable_get_text (GTK_EDITABLE (row)), &value) &&
           value == parsed_get (b))
    text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (row)));
  else
    text = b->format (parsed_get (b));
  b->snapshot = parsed_get (b);
  b->syncing = TRUE;
  ct_field_show_text (row, text);
  show_unread (row, b, unread);
  b->syncing = FALSE;
}

static GtkWidget *
parsed_row (const char  *title,
            gpointer     field,
            gboolean     is_unsigned,
            const char  *unread_key,
            CtSession   *session,
            gboolean   (*parse) (const char *text, int *value),
            char      *(*format) (int value))
{
  GtkWidget *row = adw_entry_row_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();
  ParsedBinding *b = g_new0 (ParsedBinding, 1);

  b->session = g_object_ref (session);
  b->field = field;
  g_snprintf (b->merge_key, sizeof b->merge_key, "field:%p", field);
  b->unread_key = g_strdup (unread_key);
  b->parse = parse;
  b->format = format;
  b->is_unsigned = is_unsigned;
  ct_field_add_status (row);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  ct_field_disable_undo (row);
  parsed_sync (row, b);
  g_signal_connect_data (row, "changed", G_CALLBACK (parsed_changed_cb), b,
                         parsed_binding_free, 0);
  ct_field_set_sync (row, parsed_sync, b);
  g_signal_connect (focus, "enter", G_CALLBACK (parsed_enter_cb), b);
  gtk_widget_add_controller (row, focus);
  return row;
}

/**
 * ct_field_add_status:
 * @row: an #AdwEntryRow
 *
 * Adds beside @row's text the label saying why the text typed is no value (see
 * ct_field_show_unread()), hidden while it is one.
 */
void
ct_field_add_status (GtkWidget *row)
{
  GtkWidget *status = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (status), TRUE);
  /* A wrapping label asks for one word's width: the reason would stand a word a line. */
  gtk_label_set_width_chars (GTK_LABEL (status), 18);
  gtk_label_set_max_width_chars (GTK_LABEL (status), 28);
  gtk_label_set_xalign (GTK_LABEL (status), 1);
  gtk_widget_add_css_class (status, "error");
  gtk_widget_set_visible (status, FALSE);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), status);
  g_object_set_data (G_OBJECT (row), "ct-field-status", status);
}

/**
 * ct_field_get_status:
 * @row: a row given a status by ct_field_add_status()
 *
 * Returns: (transfer none): the label saying why the text typed is no value
 */
GtkWidget *
ct_field_get_status (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), "ct-field-status");
}

/**
 * ct_field_show_unread:
 * @row: a row given a status by ct_field_add_status()
 * @programme: the programme the row edits
 * @key: the row's key among the texts typed that are no value (#CtProgramme.unread_texts)
 * @text: (nullable): the text typed that is no value, %NULL when the row shows one
 *
 * Marks @row in error with the reason beside it (ct_check_unread_reason()), or as fine.
 */
void
ct_field_show_unread (GtkWidget         *row,
                      const CtProgramme *programme,
                      const char        *key,
                      const char        *text)
{
  GtkWidget *status = ct_field_get_status (row);
  g_autofree char *reason = text != NULL ? ct_check_unread_reason (programme, key, text) : NULL;

  gtk_label_set_text (GTK_LABEL (status), reason != NULL ? reason : "");
  gtk_widget_set_visible (status, reason != NULL);
  if (text != NULL)
    gtk_widget_add_css_class (row, "error");
  else
    gtk_widget_remove_css_class (row, "error");
}

/* Digits only, at most 99999; empty is 0. */
static gboolean
parse_number (const char *text,
              int        *value)
{
  char *end = NULL;
  guint64 number = g_ascii_strtoull (text, &end, 10);

  if (*text != '\0' && (end == NULL || *end != '\0' || number > 99999 ||
                        !g_ascii_isdigit (*text)))
    return FALSE;
  *value = (int) number;
  return TRUE;
}

static char *
format_number (int value)
{
  return value != 0 ? g_strdup_printf ("%02d", value) : g_strdup ("");
}

/**
 * ct_field_number_row:
 * @title: the label
 * @field: the number member; 0 shows as empty
 * @unread_key: the key of the text typed that is no number (#CtProgramme.unread_texts),
 *   "number"
 * @session: the session announcing edits
 *
 * Returns: (transfer floating): an #AdwEntryRow accepting digits only; other text is
 *   kept as typed, marked as an error with its reason and not written (see the parsed
 *   rows above)
 */
GtkWidget *
ct_field_number_row (const char *title,
                     guint      *field,
                     const char *unread_key,
                     CtSession  *session)
{
  GtkWidget *row = parsed_row (title, field, TRUE, unread_key, session, parse_number,
                               format_number);

  adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (row), GTK_INPUT_PURPOSE_DIGITS);
  return row;
}

/**
 * ct_field_minute_row:
 * @title: the label
 * @field: minutes after midnight, or %CT_NO_TIME
 * @unread_key: the key of the text typed that is no time (#CtProgramme.unread_texts),
 *   see ct_programme_item_key()
 * @session: the session announcing edits
 *
 * Returns: (transfer floating): an #AdwEntryRow for a time such as "8:30" or "14h";
 *   text that is not a time is kept as typed, marked as an error with its reason and not
 *   written (see the parsed rows)
 */
GtkWidget *
ct_field_minute_row (const char *title,
                     int        *field,
                     const char *unread_key,
                     CtSession  *session)
{
  return parsed_row (title, field, FALSE, unread_key, session, ct_field_parse_minute,
                     ct_field_format_minute);
}
