/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-new-programme-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-new-programme-dialog.h"
#include "ct-roll-forward.h"
#include "ct-settings.h"

struct _CtNewProgrammeDialog
{
  AdwMessageDialog parent_instance;

  CtStore *store;
  GPtrArray *summaries;   /* (element-type CtProgrammeSummary) */
  GtkDropDown *month;
  GtkSpinButton *year;
  GtkCheckButton *from_previous;
  GtkLabel *exists;
};

G_DEFINE_FINAL_TYPE (CtNewProgrammeDialog, ct_new_programme_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum {
  CREATED,
  FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The month programme of @year/@month, if the database has one. */
static const CtProgrammeSummary *
find_month (CtNewProgrammeDialog *self,
            int                   year,
            int                   month)
{
  for (guint i = 0; self->summaries != NULL && i < self->summaries->len; i++)
    {
      const CtProgrammeSummary *s = g_ptr_array_index (self->summaries, i);

      if (s->period_kind == CT_PERIOD_KIND_MONTH && s->period_year == year
          && s->period_index == month)
        return s;
    }
  return NULL;
}

/* The month programme of the month before @year/@month, if the database has one. */
static const CtProgrammeSummary *
find_previous (CtNewProgrammeDialog *self,
               int                   year,
               int                   month)
{
  return month == 1 ? find_month (self, year - 1, 12) : find_month (self, year, month - 1);
}

static void
period_changed_cb (CtNewProgrammeDialog *self)
{
  int month = gtk_drop_down_get_selected (self->month) + 1;
  int year = gtk_spin_button_get_value_as_int (self->year);
  const CtProgrammeSummary *previous = find_previous (self, year, month);

  gtk_widget_set_sensitive (GTK_WIDGET (self->from_previous), previous != NULL);
  if (previous == NULL)
    gtk_check_button_set_active (self->from_previous, FALSE);
  /* Another issuing body may have one too, so it is said, not refused. */
  gtk_widget_set_visible (GTK_WIDGET (self->exists), find_month (self, year, month) != NULL);
}

static GtkWidget *
build_form (CtNewProgrammeDialog *self)
{
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *month_label = gtk_label_new_with_mnemonic (_("_Month"));
  GtkWidget *year_label = gtk_label_new_with_mnemonic (_("_Year"));
  const char *months[13];
  char *names[12];

  for (guint i = 0; i < 12; i++)
    {
      /* Translators: a month in the new-programme dialog; %u is 1–12. */
      names[i] = g_strdup_printf (_("Month %u"), i + 1);
      months[i] = names[i];
    }
  months[12] = NULL;
  self->month = GTK_DROP_DOWN (gtk_drop_down_new_from_strings (months));
  for (guint i = 0; i < 12; i++)
    g_free (names[i]);
  self->year = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (1900, 9999, 1));
  self->from_previous = GTK_CHECK_BUTTON (gtk_check_button_new_with_mnemonic (
    _("_Copy the previous month’s programme, with its dates moved into this month")));
  gtk_label_set_mnemonic_widget (GTK_LABEL (month_label), GTK_WIDGET (self->month));
  gtk_label_set_mnemonic_widget (GTK_LABEL (year_label), GTK_WIDGET (self->year));
  gtk_widget_set_halign (month_label, GTK_ALIGN_END);
  gtk_widget_set_halign (year_label, GTK_ALIGN_END);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_grid_attach (GTK_GRID (grid), month_label, 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), GTK_WIDGET (self->month), 1, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), year_label, 0, 1, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), GTK_WIDGET (self->year), 1, 1, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), GTK_WIDGET (self->from_previous), 0, 2, 2, 1);
  self->exists = GTK_LABEL (gtk_label_new (_("The database already holds a programme for "
                                              "this month.")));
  gtk_label_set_wrap (self->exists, TRUE);
  gtk_label_set_max_width_chars (self->exists, 40);
  gtk_widget_add_css_class (GTK_WIDGET (self->exists), "warning");
  gtk_grid_attach (GTK_GRID (grid), GTK_WIDGET (self->exists), 0, 3, 2, 1);
  gtk_widget_set_halign (grid, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (self->month, "notify::selected", G_CALLBACK (period_changed_cb), self);
  g_signal_connect_swapped (self->year, "value-changed", G_CALLBACK (period_changed_cb), self);
  return grid;
}

static void
response_cb (CtNewProgrammeDialog *self,
             const char           *response)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtProgramme) programme = NULL;

  if (!g_str_equal (response, "create"))
    return;
  programme = ct_new_programme_dialog_create (self, &error);
  if (programme == NULL)
    g_signal_emit (self, signals[FAILED], 0, error->message);
  else
    g_signal_emit (self, signals[CREATED], 0, programme->id);
}

static void
ct_new_programme_dialog_dispose (GObject *object)
{
  CtNewProgrammeDialog *self = CT_NEW_PROGRAMME_DIALOG (object);

  g_clear_pointer (&self->summaries, g_ptr_array_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ct_new_programme_dialog_parent_class)->dispose (object);
}

static void
ct_new_programme_dialog_class_init (CtNewProgrammeDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ct_new_programme_dialog_dispose;

  /**
   * CtNewProgrammeDialog::created:
   * @id: the new programme's id
   *
   * The programme was made and saved; the window opens it.
   */
  signals[CREATED] = g_signal_new ("created", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  /**
   * CtNewProgrammeDialog::failed:
   * @message: why, translated
   *
   * Nothing was created; the window tells @message.
   */
  signals[FAILED] = g_signal_new ("failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
ct_new_programme_dialog_init (CtNewProgrammeDialog *self)
{
  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), _("New Programme"));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (self), "cancel", _("_Cancel"),
                                    "create", _("C_reate"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (self), "create",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (self), "create");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (self), "cancel");
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (self), build_form (self));
  g_signal_connect (self, "response", G_CALLBACK (response_cb), NULL);
}

/**
 * ct_new_programme_dialog_new:
 * @parent: the window the dialog is for
 * @store: where the programme is saved
 *
 * Asks for the month of a new programme, proposing the month after the newest programme,
 * and whether to start from the previous month's programme ("Tạo từ tháng trước"). The
 * programme being edited must be saved first (the copy is made from the store). It ends
 * with #CtNewProgrammeDialog::created or #CtNewProgrammeDialog::failed.
 *
 * Returns: (transfer floating): a new dialog, transient for @parent
 */
GtkWidget *
ct_new_programme_dialog_new (GtkWindow *parent,
                             CtStore   *store)
{
  CtNewProgrammeDialog *self;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int year = g_date_time_get_year (now), month = g_date_time_get_month (now);

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CT_IS_STORE (store), NULL);

  self = g_object_new (CT_TYPE_NEW_PROGRAMME_DIALOG, "transient-for", parent, "modal", TRUE,
                       NULL);
  self->store = g_object_ref (store);
  self->summaries = ct_store_list_programmes (store, NULL, NULL);
  for (guint i = 0; self->summaries != NULL && i < self->summaries->len; i++)
    {
      const CtProgrammeSummary *s = g_ptr_array_index (self->summaries, i);

      /* The list is newest first: propose the month after the newest month programme. */
      if (s->period_kind != CT_PERIOD_KIND_MONTH)
        continue;
      year = s->period_index == 12 ? s->period_year + 1 : s->period_year;
      month = s->period_index % 12 + 1;
      break;
    }
  ct_new_programme_dialog_set_period (self, year, month, TRUE);
  return GTK_WIDGET (self);
}

/**
 * ct_new_programme_dialog_set_period:
 * @self: the dialog
 * @year: the year
 * @month: the month, 1–12
 * @from_previous: tick "copy the previous month" when that programme exists
 */
void
ct_new_programme_dialog_set_period (CtNewProgrammeDialog *self,
                                    int                   year,
                                    int                   month,
                                    gboolean              from_previous)
{
  g_return_if_fail (CT_IS_NEW_PROGRAMME_DIALOG (self));

  gtk_drop_down_set_selected (self->month, CLAMP (month, 1, 12) - 1);
  gtk_spin_button_set_value (self->year, year);
  period_changed_cb (self);
  if (gtk_widget_get_sensitive (GTK_WIDGET (self->from_previous)))
    gtk_check_button_set_active (self->from_previous, from_previous);
}

/**
 * ct_new_programme_dialog_create:
 * @self: the dialog
 * @error: return location for a #CT_STORE_ERROR
 *
 * Makes and saves the programme the dialog describes: empty, or rolled forward from the
 * previous month with ct_programme_roll_forward().
 *
 * Returns: (transfer full) (nullable): the saved programme
 */
CtProgramme *
ct_new_programme_dialog_create (CtNewProgrammeDialog  *self,
                                GError               **error)
{
  CtStore *store;
  int month, year;
  const CtProgrammeSummary *previous;
  g_autoptr(CtProgramme) programme = NULL;

  g_return_val_if_fail (CT_IS_NEW_PROGRAMME_DIALOG (self), NULL);

  store = self->store;
  month = gtk_drop_down_get_selected (self->month) + 1;
  year = gtk_spin_button_get_value_as_int (self->year);
  previous = find_previous (self, year, month);
  if (previous != NULL && gtk_check_button_get_active (self->from_previous))
    {
      g_autoptr(CtProgramme) source = ct_store_load_programme (store, previous->id, error);

      if (source == NULL)
        return NULL;
      programme = ct_programme_roll_forward (source);
    }
  else
    {
      g_autoptr(GSettings) settings = ct_settings_new ();

      programme = ct_programme_new ();
      ct_programme_set_period (programme, CT_PERIOD_KIND_MONTH, year, month);
      /* Preferences → New Programmes → Document Style; a copied month keeps its own. */
      programme->style = ct_settings_get_document_style (settings);
    }
  if (!ct_store_save_programme (store, programme, error))
    return NULL;
  return g_steal_pointer (&programme);
}
