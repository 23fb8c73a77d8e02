/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-paste-offer"

#include "config.h"

#include "ct-paste-offer.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ct-agenda-row.h"
#include "ct-paste-items.h"
#include "ct-programme-edit.h"
#include "ct-text.h"

/* Lines copied from Word, a PDF or an e-mail and pasted with Ctrl+V (or the context menu)
 * into one field of the form were most likely meant as items. The paste itself stays as
 * GTK makes it; a toast then offers "Paste as Items": the field gets back its text from
 * before the paste and the section gets the items, through the programme editor's
 * "editor.paste-items" action (which runs the section's own Paste as Items).
 *
 * A field reads the clipboard asynchronously; so does this module, and it takes the
 * field's first change after the paste as the paste landing, to know what the field held
 * right after it. If the field holds something else when the button is pressed, the user
 * typed after the paste: their typing is kept, and the button only adds the items. */

#define WATCH_KEY "ct-paste-offer-watch"

/* What a watched part of the form pastes into. */
typedef struct
{
  CtSession *session;
  CtFormTarget *target;
} Watch;

/* One paste into a field (refcounted: the clipboard read, the change watch, the idle and
 * the toast each hold it). */
typedef struct
{
  GWeakRef field;          /* the GtkText or GtkTextView pasted into */
  GWeakRef changed_source; /* the field, or the text view's buffer */
  gulong changed_id;
  CtSession *session;
  CtFormTarget *target;
  char *before;            /* the field's text before the paste */
  char *after;             /* its text once the paste landed, else NULL */
  char *text;              /* the clipboard's text, once read */
  gboolean read_done;
} Paste;

static void
watch_free (gpointer data)
{
  Watch *watch = data;

  g_clear_object (&watch->session);
  g_clear_pointer (&watch->target, ct_form_target_free);
  g_free (watch);
}

static void
paste_clear (gpointer data)
{
  Paste *p = data;

  g_weak_ref_clear (&p->field);
  g_weak_ref_clear (&p->changed_source);
  g_clear_object (&p->session);
  g_clear_pointer (&p->target, ct_form_target_free);
  g_free (p->before);
  g_free (p->after);
  g_free (p->text);
}

static void
paste_release (gpointer data)
{
  g_rc_box_release_full (data, paste_clear);
}

/* Lines that hold something: blank lines and the "\r" of "\r\n" are not counted. */
static guint
count_lines (const char *text)
{
  g_auto(GStrv) lines = g_strsplit_set (text, "\r\n", -1);
  guint n = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    if (!ct_text_is_blank (lines[i]))
      n++;
  return n;
}

static char *
field_get_text (GtkWidget *field)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  if (GTK_IS_EDITABLE (field))
    return g_strdup (gtk_editable_get_text (GTK_EDITABLE (field)));
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (field));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
field_set_text (GtkWidget  *field,
                const char *text)
{
  if (GTK_IS_EDITABLE (field))
    gtk_editable_set_text (GTK_EDITABLE (field), text);
  else
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (field)), text, -1);
}

static gboolean
field_is_editable (GtkWidget *field)
{
  if (GTK_IS_EDITABLE (field))
    return gtk_editable_get_editable (GTK_EDITABLE (field));
  return gtk_text_view_get_editable (GTK_TEXT_VIEW (field));
}

/* The section an item is in now (a field of an item's form may have moved it). */
static gboolean
target_section (CtSession          *session,
                const CtFormTarget *target,
                guint              *section)
{
  CtProgramme *p = ct_session_get_programme (session);

  if (target->kind == CT_FORM_TARGET_ITEM)
    return ct_programme_locate_item (p, target->item_uuid, section, NULL);
  *section = target->section;
  return *section < p->sections->len;
}

/* Whether the change taken for the paste shows the pasted text: its first line is kept
 * as it is even where a one-line field joins the lines. Else the field's own paste
 * failed, and the change was the user's. */
static gboolean
paste_shows (const Paste *p)
{
  g_auto(GStrv) lines = g_strsplit_set (p->text, "\r\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (!ct_text_is_blank (lines[i]))
      return strstr (p->after, g_strstrip (lines[i])) != NULL;
  return FALSE;
}

static void
stop_watching_changes (Paste *p)
{
  g_autoptr(GObject) source = g_weak_ref_get (&p->changed_source);
  gulong id = p->changed_id;

  p->changed_id = 0;
  if (source != NULL && id != 0)
    g_signal_handler_disconnect (source, id);
}

static void
paste_as_items_cb (AdwToast *toast,
                   Paste    *p)
{
  g_autoptr(GtkWidget) field = g_weak_ref_get (&p->field);
  g_autofree char *now = NULL;
  gboolean kept;
  guint section;

  if (field == NULL || !target_section (p->session, p->target, &section))
    return;
  /* The toast is going anyway; the form may now be rebuilt without it. */
  g_signal_handlers_disconnect_by_func (field, adw_toast_dismiss, toast);
  now = field_get_text (field);
  kept = g_strcmp0 (now, p->after) != 0;
  if (!kept)
    field_set_text (field, p->before);
  gtk_widget_activate_action (field, "editor.paste-items", "(usb)", section, p->text, kept);
}

static void
offer (Paste     *p,
       GtkWidget *field,
       guint      n_lines)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (field, ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *title = NULL;
  g_autofree char *markup = NULL;
  AdwToast *toast;

  if (overlay == NULL)
    return;
  /* Translators: the user pasted %u lines into one field of the form; a button
   * "Paste as Items" follows. */
  title = g_strdup_printf (ngettext ("Pasted %u line into one field",
                                     "Pasted %u lines into one field", n_lines), n_lines);
  markup = g_markup_escape_text (title, -1);
  toast = adw_toast_new (markup);
  adw_toast_set_button_label (toast, _("_Paste as Items"));
  /* Time to read it and decide. */
  adw_toast_set_timeout (toast, 10);
  g_object_set_data_full (G_OBJECT (toast), "ct-paste", g_rc_box_acquire (p), paste_release);
  g_signal_connect (toast, "button-clicked", G_CALLBACK (paste_as_items_cb), p);
  /* The button acts on the field: once the form is rebuilt (undo, another item shown),
   * the field is gone and so is the offer. */
  g_signal_connect_object (field, "destroy", G_CALLBACK (adw_toast_dismiss), toast,
                           G_CONNECT_SWAPPED);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

/* Once both the clipboard's text and the landed paste are known. */
static void
maybe_offer (Paste *p)
{
  g_autoptr(GtkWidget) field = NULL;
  guint section, n_lines;

  if (!p->read_done || p->after == NULL || p->text == NULL)
    return;
  field = g_weak_ref_get (&p->field);
  if (field == NULL || !paste_shows (p) || !target_section (p->session, p->target, &section))
    return;
  if (ct_paste_offer_wanted (ct_session_get_programme (p->session), section, p->text,
                             &n_lines))
    offer (p, field, n_lines);
}

static gboolean
landed_idle_cb (gpointer data)
{
  Paste *p = data;
  g_autoptr(GtkWidget) field = g_weak_ref_get (&p->field);

  if (field != NULL)
    {
      p->after = field_get_text (field);
      maybe_offer (p);
    }
  return G_SOURCE_REMOVE;
}

/* The first change after the paste is the paste landing; what it leaves is read once the
 * main loop runs again (a one-line field joins the lines in a nested change). */
static void
changed_cb (GObject *source,
            Paste   *p)
{
  g_idle_add_full (G_PRIORITY_DEFAULT, landed_idle_cb, g_rc_box_acquire (p), paste_release);
  stop_watching_changes (p);
}

static void
clipboard_read_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      data)
{
  Paste *p = data;

  p->text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, NULL);
  p->read_done = TRUE;
  if (p->text == NULL || count_lines (p->text) < 2)
    stop_watching_changes (p);
  else
    maybe_offer (p);
  paste_release (p);
}

static void
start_paste (GtkWidget   *field,
             const Watch *watch)
{
  Paste *p = g_rc_box_new0 (Paste);
  GObject *source = GTK_IS_TEXT_VIEW (field)
                      ? G_OBJECT (gtk_text_view_get_buffer (GTK_TEXT_VIEW (field)))
                      : G_OBJECT (field);

  g_weak_ref_init (&p->field, field);
  g_weak_ref_init (&p->changed_source, source);
  p->session = g_object_ref (watch->session);
  p->target = ct_form_target_copy (watch->target);
  p->before = field_get_text (field);
  p->changed_id = g_signal_connect_data (source, "changed", G_CALLBACK (changed_cb),
                                         g_rc_box_acquire (p),
                                         (GClosureNotify) (void (*) (void)) paste_release, 0);
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (field), NULL, clipboard_read_cb, p);
}

static const Watch *
find_watch (GtkWidget *widget)
{
  for (; widget != NULL; widget = gtk_widget_get_parent (widget))
    {
      const Watch *watch = g_object_get_data (G_OBJECT (widget), WATCH_KEY);

      if (watch != NULL)
        return watch;
    }
  return NULL;
}

/* Runs before the field's own paste, whichever way it was asked for (Ctrl+V, Shift+Insert,
 * the context menu). */
static gboolean
paste_hook_cb (GSignalInvocationHint *hint,
               guint                  n_values,
               const GValue          *values,
               gpointer               data)
{
  GtkWidget *field = g_value_get_object (&values[0]);
  const Watch *watch = find_watch (field);

  /* Lines pasted into an agenda item are meant for the agenda, not for the section. */
  if (gtk_widget_get_ancestor (field, CT_TYPE_AGENDA_ROW) != NULL)
    return TRUE;
  if (watch != NULL && field_is_editable (field))
    start_paste (field, watch);
  return TRUE;
}

/* Fields are built and rebuilt in many places (an agenda, its sub-points): a hook on the
 * signal itself reaches every one of them under a watched widget. */
static void
install_hooks (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      GType types[] = { GTK_TYPE_TEXT, GTK_TYPE_TEXT_VIEW };

      for (guint i = 0; i < G_N_ELEMENTS (types); i++)
        {
          /* The signal exists once the class is initialised. */
          g_type_class_unref (g_type_class_ref (types[i]));
          g_signal_add_emission_hook (g_signal_lookup ("paste-clipboard", types[i]), 0,
                                      paste_hook_cb, NULL, NULL);
        }
      g_once_init_leave (&done, 1);
    }
}

/**
 * ct_paste_offer_watch:
 * @root: a part of the form: an item's form, a section's row
 * @session: the session editing the programme
 * @target: the item (its section at the time) or the section that @root edits
 *
 * Offers "Paste as Items" in a toast when several lines are pasted into a text field
 * under @root (see ct_paste_offer_wanted()). The action "editor.paste-items" (`(usb)`:
 * the section, the pasted text, and whether the field was left as the user edited it
 * after the paste) must be reachable from @root.
 */
void
ct_paste_offer_watch (GtkWidget          *root,
                      CtSession          *session,
                      const CtFormTarget *target)
{
  Watch *watch;

  g_return_if_fail (GTK_IS_WIDGET (root));
  g_return_if_fail (CT_IS_SESSION (session));
  g_return_if_fail (target != NULL);

  install_hooks ();
  watch = g_new0 (Watch, 1);
  watch->session = g_object_ref (session);
  watch->target = ct_form_target_copy (target);
  g_object_set_data_full (G_OBJECT (root), WATCH_KEY, watch, watch_free);
}

/**
 * ct_paste_offer_wanted:
 * @programme: the programme edited
 * @section: the section the field belongs to
 * @text: the pasted text
 * @n_lines: (out): its lines that are not blank
 *
 * The rule for offering "Paste as Items": three lines or more; or two lines that the
 * importer reads as two items or more ("1. …" and "2. …"), not as one sentence the
 * source wrapped over two lines. Nothing in @programme is changed.
 *
 * Returns: %TRUE when the paste should be offered as items
 */
gboolean
ct_paste_offer_wanted (const CtProgramme *programme,
                       guint              section,
                       const char        *text,
                       guint             *n_lines)
{
  g_autoptr(CtProgramme) trial = NULL;
  guint added = 0, not_understood = 0;

  g_return_val_if_fail (programme != NULL, FALSE);
  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (n_lines != NULL, FALSE);

  *n_lines = count_lines (text);
  if (*n_lines >= 3)
    return TRUE;
  if (*n_lines < 2 || section >= programme->sections->len)
    return FALSE;
  trial = ct_programme_copy (programme);
  return ct_paste_items (trial, section, text, &added, &not_understood, NULL, NULL)
         && added >= 2;
}
