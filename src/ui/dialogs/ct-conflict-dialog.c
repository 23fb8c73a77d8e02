/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-conflict-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-conflict-dialog.h"

/* Asks, for each thing both this window and another program changed, which value to
 * keep. Both values are shown in full; the default is what was typed here (the other
 * program's changes elsewhere are merged either way), and "Keep Both" drops nothing. */

typedef struct
{
  CtSession *session;
  CtMerge *merge;   /* the session's, while it is still its conflict */
  GPtrArray *mine_buttons; /* GtkCheckButton, one per conflict */
  CtConflictDialogDone done;
  gpointer user_data;
} DialogData;

static void
dialog_data_free (gpointer  user_data,
                  GClosure *closure)
{
  DialogData *data = user_data;

  g_object_unref (data->session);

  g_ptr_array_unref (data->mine_buttons);
  g_free (data);
}

static GtkWidget *
choice_button (const char *side,
               const char *value)
{
  g_autofree char *text = g_strdup_printf ("%s\n%s", side, value);
  GtkWidget *button = gtk_check_button_new ();
  GtkWidget *label = gtk_label_new (text);

  gtk_check_button_set_child (GTK_CHECK_BUTTON (button), label);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 60);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  return button;
}

static GtkWidget *
conflict_box (CtMergeConflict *conflict,
              GtkWidget      **mine_button)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *heading = gtk_label_new (conflict->label);
  GtkWidget *theirs = choice_button (_("Saved by another window or program:"), conflict->theirs);
  GtkWidget *mine = choice_button (_("In this window:"), conflict->mine);

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  gtk_widget_add_css_class (heading, "heading");
  gtk_check_button_set_group (GTK_CHECK_BUTTON (mine), GTK_CHECK_BUTTON (theirs));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (conflict->take_mine ? mine : theirs), TRUE);
  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), mine);
  gtk_box_append (GTK_BOX (box), theirs);
  *mine_button = mine;
  return box;
}

static void
response_cb (AdwMessageDialog *dialog,
             const char       *response,
             DialogData       *data)
{
  GPtrArray *conflicts;

  /* Settled meanwhile (the window closed, keeping a copy): nothing left to apply. */
  if (ct_session_get_conflict (data->session) != data->merge)
    return;
  conflicts = ct_merge_get_conflicts (data->merge);
  if (g_strcmp0 (response, "apply") == 0)
    {
      for (guint i = 0; i < conflicts->len; i++)
        ((CtMergeConflict *) conflicts->pdata[i])->take_mine =
          gtk_check_button_get_active (data->mine_buttons->pdata[i]);
      data->done (CT_CONFLICT_CHOICE_APPLY, data->user_data);
    }
  else if (g_strcmp0 (response, "keep-both") == 0)
    data->done (CT_CONFLICT_CHOICE_KEEP_BOTH, data->user_data);
}

/**
 * ct_conflict_dialog_present:
 * @parent: the window
 * @session: the session whose conflict waits (see ct_session_get_conflict())
 * @done: called when the user applied the choices or chose to keep both versions; not
 *   called on Cancel
 * @user_data: data for @done
 *
 * Returns: (transfer none): the dialog, already shown
 */
GtkWidget *
ct_conflict_dialog_present (GtkWindow            *parent,
                            CtSession            *session,
                            CtConflictDialogDone  done,
                            gpointer              user_data)
{
  CtMerge *merge = ct_session_get_conflict (session);
  GPtrArray *conflicts = ct_merge_get_conflicts (merge);
  DialogData *data = g_new0 (DialogData, 1);
  GtkWidget *dialog, *scrolled, *box;

  data->session = g_object_ref (session);
  data->merge = merge;
  data->mine_buttons = g_ptr_array_new ();
  data->done = done;
  data->user_data = user_data;

  dialog = adw_message_dialog_new (parent, _("Both Versions Changed the Same Things"),
                                   _("Another window or program saved this programme while "
                                     "it was edited here. Everything else was merged. "
                                     "Choose which value to keep for each of these, or keep "
                                     "both versions as separate programmes."));
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  for (guint i = 0; i < conflicts->len; i++)
    {
      GtkWidget *mine;

      gtk_box_append (GTK_BOX (box), conflict_box (conflicts->pdata[i], &mine));
      g_ptr_array_add (data->mine_buttons, mine);
    }
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 420);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), box);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scrolled);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "keep-both", _("_Keep Both"),
                                    "apply", _("_Apply Choices"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "apply",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "apply");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  /* It answers to the window: it goes with it. */
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  g_signal_connect_data (dialog, "response", G_CALLBACK (response_cb), data,
                         dialog_data_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}
