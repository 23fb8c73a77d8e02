/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-import-period-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-date-time.h"
#include "ct-format.h"
#include "ct-import-period-dialog.h"

/* Asked when an imported file names no period and its dates tell none: the clerk chooses
 * the month, week, quarter or year. The proposal is only a starting point; nothing is read
 * with it until Continue is pressed. */

struct _CtImportPeriodDialog
{
  AdwMessageDialog parent_instance;

  GtkDropDown *kind;
  GtkLabel *index_label;
  GtkSpinButton *index;
  GtkSpinButton *year;
  GtkLabel *dates;
  CtPeriodKind shown_kind;  /* the kind the index is in, to carry it over to another */
};

G_DEFINE_FINAL_TYPE (CtImportPeriodDialog, ct_import_period_dialog, ADW_TYPE_MESSAGE_DIALOG)

/* The kinds in the order the list offers them. */
static const CtPeriodKind kinds[] = {
  CT_PERIOD_KIND_MONTH, CT_PERIOD_KIND_WEEK, CT_PERIOD_KIND_QUARTER, CT_PERIOD_KIND_YEAR,
};
static const char *const kind_labels[] = { N_("Month"), N_("Week"), N_("Quarter"), N_("Year") };

static guint
kind_position (CtPeriodKind kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (kinds[i] == kind)
      return i;
  return 0;
}

static CtPeriodKind
selected_kind (CtImportPeriodDialog *self)
{
  guint i = gtk_drop_down_get_selected (self->kind);

  return i < G_N_ELEMENTS (kinds) ? kinds[i] : CT_PERIOD_KIND_MONTH;
}

/* The first and last days of @period. */
static void
period_range (const CtImportPeriod *period,
              GDate               *first,
              GDate               *last)
{
  g_autoptr(CtProgramme) p = ct_programme_new ();

  ct_programme_set_period (p, period->kind, period->year, period->index);
  ct_programme_get_period_range (p, first, last);
}

/* The period of @kind that holds @day. */
static void
period_holding (CtPeriodKind    kind,
                const GDate    *day,
                CtImportPeriod *period)
{
  period->kind = kind;
  period->year = g_date_get_year (day);
  switch (kind)
    {
    case CT_PERIOD_KIND_WEEK:
      period->index = g_date_get_iso8601_week_of_year (day);
      /* The first days of January may be in the last week of the year before. */
      if (period->index >= 52 && g_date_get_month (day) == G_DATE_JANUARY)
        period->year--;
      else if (period->index == 1 && g_date_get_month (day) == G_DATE_DECEMBER)
        period->year++;
      break;
    case CT_PERIOD_KIND_QUARTER:
      period->index = (g_date_get_month (day) - 1) / 3 + 1;
      break;
    case CT_PERIOD_KIND_YEAR:
      period->index = 0;
      break;
    case CT_PERIOD_KIND_MONTH:
    default:
      period->index = g_date_get_month (day);
      break;
    }
}

static const char *
index_mnemonic (CtPeriodKind kind)
{
  switch (kind)
    {
    case CT_PERIOD_KIND_WEEK:
      return _("_Week");
    case CT_PERIOD_KIND_QUARTER:
      return _("_Quarter");
    case CT_PERIOD_KIND_MONTH:
    case CT_PERIOD_KIND_YEAR:
    default:
      return _("_Month");
    }
}

static guint
index_count (CtPeriodKind kind,
             int          year)
{
  switch (kind)
    {
    case CT_PERIOD_KIND_WEEK:
      return ct_programme_weeks_in_year (year);
    case CT_PERIOD_KIND_QUARTER:
      return 4;
    case CT_PERIOD_KIND_YEAR:
      return 1;
    case CT_PERIOD_KIND_MONTH:
    default:
      return 12;
    }
}

/* The index's label, range and visibility, and the dates the period covers: what a week
 * number means is not obvious, its days are. */
static void
update_controls (CtImportPeriodDialog *self)
{
  CtImportPeriod period;
  GDate first, last;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *dates = NULL;
  gboolean has_index;

  period.kind = selected_kind (self);
  period.year = gtk_spin_button_get_value_as_int (self->year);
  has_index = period.kind != CT_PERIOD_KIND_YEAR;
  gtk_label_set_text_with_mnemonic (self->index_label, index_mnemonic (period.kind));
  gtk_spin_button_set_range (self->index, 1, index_count (period.kind, period.year));
  gtk_widget_set_visible (GTK_WIDGET (self->index_label), has_index);
  gtk_widget_set_visible (GTK_WIDGET (self->index), has_index);
  period.index = has_index ? gtk_spin_button_get_value_as_int (self->index) : 0;
  period_range (&period, &first, &last);
  from = ct_format_date_short (&first);
  to = ct_format_date_short (&last);
  /* Translators: the days of the period chosen; %1$s and %2$s are dates, e.g. 03/3/2025. */
  dates = g_strdup_printf (_("From %1$s to %2$s"), from, to);
  gtk_label_set_text (self->dates, dates);
}

/* Another kind keeps the same time: March becomes quarter 1 or week 9, not week 3. */
static void
kind_changed_cb (CtImportPeriodDialog *self)
{
  CtImportPeriod before = { self->shown_kind, gtk_spin_button_get_value_as_int (self->year),
                            gtk_spin_button_get_value_as_int (self->index) };
  CtImportPeriod after;
  GDate first, last;

  if (selected_kind (self) == self->shown_kind)
    return;
  if (before.kind == CT_PERIOD_KIND_YEAR)
    before.index = 0;
  period_range (&before, &first, &last);
  period_holding (selected_kind (self), &first, &after);
  ct_import_period_dialog_set_period (self, &after);
}

static void
spin_activates_default (GtkSpinButton *spin)
{
  GtkEditable *text = gtk_editable_get_delegate (GTK_EDITABLE (spin));

  /* Enter in a number continues, as anywhere else in the dialog. */
  if (GTK_IS_TEXT (text))
    gtk_text_set_activates_default (GTK_TEXT (text), TRUE);
}

static GtkWidget *
labelled (GtkGrid    *grid,
          int         row,
          const char *mnemonic,
          GtkWidget  *control)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (mnemonic);

  gtk_label_set_mnemonic_widget (GTK_LABEL (label), control);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (control), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  label, NULL, -1);
  gtk_widget_set_halign (label, GTK_ALIGN_END);
  gtk_grid_attach (grid, label, 0, row, 1, 1);
  gtk_grid_attach (grid, control, 1, row, 1, 1);
  return label;
}

static GtkWidget *
build_form (CtImportPeriodDialog *self)
{
  GtkGrid *grid = GTK_GRID (gtk_grid_new ());
  const char *names[G_N_ELEMENTS (kind_labels) + 1] = { NULL };

  for (guint i = 0; i < G_N_ELEMENTS (kind_labels); i++)
    names[i] = _(kind_labels[i]);
  self->kind = GTK_DROP_DOWN (gtk_drop_down_new_from_strings (names));
  self->index = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (1, 12, 1));
  self->year = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (CT_DATE_MIN_YEAR,
                                                                CT_DATE_MAX_YEAR, 1));
  self->dates = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->dates), "dim-label");
  labelled (grid, 0, _("Period _type"), GTK_WIDGET (self->kind));
  self->index_label = GTK_LABEL (labelled (grid, 1, _("_Month"), GTK_WIDGET (self->index)));
  labelled (grid, 2, _("_Year"), GTK_WIDGET (self->year));
  gtk_grid_attach (grid, GTK_WIDGET (self->dates), 0, 3, 2, 1);
  for (GtkSpinButton **spin = (GtkSpinButton *[]) { self->index, self->year, NULL }; *spin; spin++)
    {
      spin_activates_default (*spin);
      gtk_spin_button_set_numeric (*spin, TRUE);
      gtk_accessible_update_relation (GTK_ACCESSIBLE (*spin),
                                      GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->dates, NULL,
                                      -1);
    }
  gtk_grid_set_row_spacing (grid, 12);
  gtk_grid_set_column_spacing (grid, 12);
  gtk_widget_set_halign (GTK_WIDGET (grid), GTK_ALIGN_CENTER);
  g_signal_connect_swapped (self->kind, "notify::selected", G_CALLBACK (kind_changed_cb), self);
  g_signal_connect_swapped (self->index, "value-changed", G_CALLBACK (update_controls), self);
  g_signal_connect_swapped (self->year, "value-changed", G_CALLBACK (update_controls), self);
  return GTK_WIDGET (grid);
}

static void
ct_import_period_dialog_class_init (CtImportPeriodDialogClass *klass)
{
}

static void
ct_import_period_dialog_init (CtImportPeriodDialog *self)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (self);

  adw_message_dialog_set_heading (dialog, _("Which Period Is This Programme For?"));
  adw_message_dialog_set_body (dialog, _("The file does not say which month, week, quarter or "
                                         "year its programme is for, and its dates do not tell "
                                         "it. Choose the period, then check what was read in "
                                         "the review: nothing is saved before you import it "
                                         "there."));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "continue", _("C_ontinue"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "continue", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "continue");
  adw_message_dialog_set_close_response (dialog, "cancel");
  adw_message_dialog_set_extra_child (dialog, build_form (self));
  self->shown_kind = CT_PERIOD_KIND_MONTH;
  update_controls (self);
}

/**
 * ct_import_period_dialog_new:
 * @parent: the window the dialog is for
 * @proposed: the period shown first; the user still has to accept it
 *
 * Asks for the period of a programme being imported. It ends with the "response" signal:
 * "continue" with the period in ct_import_period_dialog_get_period(), or "cancel".
 *
 * Returns: (transfer floating): a new modal dialog, transient for @parent
 */
GtkWidget *
ct_import_period_dialog_new (GtkWindow            *parent,
                             const CtImportPeriod *proposed)
{
  CtImportPeriodDialog *self;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (proposed != NULL, NULL);

  self = g_object_new (CT_TYPE_IMPORT_PERIOD_DIALOG, "transient-for", parent, "modal", TRUE,
                       NULL);
  ct_import_period_dialog_set_period (self, proposed);
  /* The number is what is most often changed, and Enter there continues at once. */
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->index));
  return GTK_WIDGET (self);
}

/**
 * ct_import_period_dialog_set_period:
 * @self: the dialog
 * @period: the period to show; its year and index are kept within their ranges
 */
void
ct_import_period_dialog_set_period (CtImportPeriodDialog *self,
                                    const CtImportPeriod *period)
{
  g_return_if_fail (CT_IS_IMPORT_PERIOD_DIALOG (self));
  g_return_if_fail (period != NULL);

  self->shown_kind = period->kind;
  gtk_drop_down_set_selected (self->kind, kind_position (period->kind));
  gtk_spin_button_set_value (self->year, period->year);
  /* The range first: week 53 exists only in some years. */
  gtk_spin_button_set_range (self->index, 1, index_count (period->kind, period->year));
  gtk_spin_button_set_value (self->index, MAX (period->index, 1));
  update_controls (self);
}

/**
 * ct_import_period_dialog_get_period:
 * @self: the dialog
 * @period: (out caller-allocates): the period chosen, with what is typed in the numbers
 */
void
ct_import_period_dialog_get_period (CtImportPeriodDialog *self,
                                    CtImportPeriod       *period)
{
  g_return_if_fail (CT_IS_IMPORT_PERIOD_DIALOG (self));
  g_return_if_fail (period != NULL);

  gtk_spin_button_update (self->year);
  gtk_spin_button_update (self->index);
  period->kind = selected_kind (self);
  period->year = gtk_spin_button_get_value_as_int (self->year);
  period->index = period->kind == CT_PERIOD_KIND_YEAR
                  ? 0 : gtk_spin_button_get_value_as_int (self->index);
}

/**
 * ct_import_period_dialog_get_kind_list:
 * @self: the dialog
 *
 * Returns: (transfer none): the list of kinds: Month, Week, Quarter, Year
 */
GtkDropDown *
ct_import_period_dialog_get_kind_list (CtImportPeriodDialog *self)
{
  g_return_val_if_fail (CT_IS_IMPORT_PERIOD_DIALOG (self), NULL);

  return self->kind;
}

/**
 * ct_import_period_dialog_get_index_button:
 * @self: the dialog
 *
 * Returns: (transfer none): the month, week or quarter number
 */
GtkSpinButton *
ct_import_period_dialog_get_index_button (CtImportPeriodDialog *self)
{
  g_return_val_if_fail (CT_IS_IMPORT_PERIOD_DIALOG (self), NULL);

  return self->index;
}

/**
 * ct_import_period_dialog_get_year_button:
 * @self: the dialog
 *
 * Returns: (transfer none): the year (for a week, its ISO week-year)
 */
GtkSpinButton *
ct_import_period_dialog_get_year_button (CtImportPeriodDialog *self)
{
  g_return_val_if_fail (CT_IS_IMPORT_PERIOD_DIALOG (self), NULL);

  return self->year;
}

/**
 * ct_import_period_dialog_get_dates_text:
 * @self: the dialog
 *
 * Returns: the days of the period chosen, as shown: "From 01/3/2025 to 31/3/2025"
 */
const char *
ct_import_period_dialog_get_dates_text (CtImportPeriodDialog *self)
{
  g_return_val_if_fail (CT_IS_IMPORT_PERIOD_DIALOG (self), NULL);

  return gtk_label_get_text (self->dates);
}
