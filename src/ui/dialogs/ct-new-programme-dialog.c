/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-new-programme-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "ct-format.h"
#include "ct-new-programme-dialog.h"
#include "ct-office-defaults.h"
#include "ct-roll-forward.h"
#include "ct-settings.h"

struct _CtNewProgrammeDialog
{
  AdwMessageDialog parent_instance;

  CtStore *store;
  GPtrArray *summaries;   /* (element-type CtProgrammeSummary) */
  GtkDropDown *kind;      /* Month or Week */
  GtkWidget *month_label;
  GtkDropDown *month;
  GtkWidget *week_label;
  GtkSpinButton *week;    /* ISO week; the year is then its ISO week-year */
  GtkLabel *dates;        /* the week's days: a week number alone says little */
  GtkSpinButton *year;
  GtkCheckButton *from_previous;
  GtkLabel *no_previous;  /* why there is nothing to copy */
  GtkLabel *exists;
  GtkLabel *year_error;   /* why the year typed is no year */
  gboolean year_unread;   /* the year's text is no year: kept as typed, nothing created */
  gboolean copy_wanted;   /* the box as the user left it, ticked again when it applies */
  gboolean updating;
};

G_DEFINE_FINAL_TYPE (CtNewProgrammeDialog, ct_new_programme_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum {
  CREATED,
  FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The programme of the period @kind @year/@index, if the database has one. */
static const CtProgrammeSummary *
find_period (CtNewProgrammeDialog *self,
             CtPeriodKind          kind,
             int                   year,
             int                   index)
{
  for (guint i = 0; self->summaries != NULL && i < self->summaries->len; i++)
    {
      const CtProgrammeSummary *s = g_ptr_array_index (self->summaries, i);

      if (s->period_kind == kind && s->period_year == year && s->period_index == index)
        return s;
    }
  return NULL;
}

/* The month programme of @year/@month, if the database has one. */
static const CtProgrammeSummary *
find_month (CtNewProgrammeDialog *self,
            int                   year,
            int                   month)
{
  return find_period (self, CT_PERIOD_KIND_MONTH, year, month);
}

/* The month programme of the month before @year/@month, if the database has one. */
static const CtProgrammeSummary *
find_previous (CtNewProgrammeDialog *self,
               int                   year,
               int                   month)
{
  return month == 1 ? find_month (self, year - 1, 12) : find_month (self, year, month - 1);
}

/* The kinds in the order the list offers them. */
static const CtPeriodKind kinds[] = { CT_PERIOD_KIND_MONTH, CT_PERIOD_KIND_WEEK };
static const char *const kind_labels[] = { N_("Month"), N_("Week") };

static CtPeriodKind
selected_kind (CtNewProgrammeDialog *self)
{
  guint i = gtk_drop_down_get_selected (self->kind);

  return i < G_N_ELEMENTS (kinds) ? kinds[i] : CT_PERIOD_KIND_MONTH;
}

/* The days of the week chosen, kept in its range: week 53 exists only in some years. */
static void
update_week (CtNewProgrammeDialog *self,
             int                   year)
{
  GDate first, last;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *dates = NULL;

  gtk_spin_button_set_range (self->week, 1, ct_programme_weeks_in_year (year));
  ct_programme_get_week_range (year, gtk_spin_button_get_value_as_int (self->week), &first,
                               &last);
  from = ct_format_date_short (&first);
  to = ct_format_date_short (&last);
  /* Translators: the days of the period chosen; %1$s and %2$s are dates, e.g. 03/3/2025. */
  dates = g_strdup_printf (_("From %1$s to %2$s"), from, to);
  gtk_label_set_text (self->dates, dates);
}

/* A greyed box says why: there is no programme of the month before to copy. */
static void
update_no_previous (CtNewProgrammeDialog *self,
                    gboolean              shown,
                    int                   year,
                    int                   month)
{
  g_autofree char *text = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->no_previous), shown);
  if (!shown)
    return;
  /* Translators: %1$d/%2$d is the month before the one chosen, e.g. 9/2023. */
  text = g_strdup_printf (_("Nothing to copy: the database has no programme for month "
                            "%1$d/%2$d. The new programme starts with the office defaults "
                            "of Preferences."),
                          month == 1 ? 12 : month - 1, month == 1 ? year - 1 : year);
  gtk_label_set_text (self->no_previous, text);
}

static void
from_previous_toggled_cb (CtNewProgrammeDialog *self)
{
  if (!self->updating)
    self->copy_wanted = gtk_check_button_get_active (self->from_previous);
}

static void
period_changed_cb (CtNewProgrammeDialog *self)
{
  gboolean week = selected_kind (self) == CT_PERIOD_KIND_WEEK;
  int month = gtk_drop_down_get_selected (self->month) + 1;
  int year = gtk_spin_button_get_value_as_int (self->year);
  const CtProgrammeSummary *previous = week ? NULL : find_previous (self, year, month);
  const CtProgrammeSummary *same;

  gtk_widget_set_visible (self->month_label, !week);
  gtk_widget_set_visible (GTK_WIDGET (self->month), !week);
  gtk_widget_set_visible (self->week_label, week);
  gtk_widget_set_visible (GTK_WIDGET (self->week), week);
  gtk_widget_set_visible (GTK_WIDGET (self->dates), week);
  /* A week programme holds that week's own items: there is nothing to carry over. */
  gtk_widget_set_visible (GTK_WIDGET (self->from_previous), !week);
  gtk_widget_set_sensitive (GTK_WIDGET (self->from_previous), previous != NULL);
  self->updating = TRUE;
  gtk_check_button_set_active (self->from_previous, previous != NULL && self->copy_wanted);
  self->updating = FALSE;
  update_no_previous (self, !week && previous == NULL, year, month);
  if (week)
    {
      update_week (self, year);
      same = find_period (self, CT_PERIOD_KIND_WEEK, year,
                          gtk_spin_button_get_value_as_int (self->week));
      gtk_label_set_text (self->exists, _("The database already holds a programme for this "
                                          "week."));
    }
  else
    {
      same = find_month (self, year, month);
      gtk_label_set_text (self->exists, _("The database already holds a programme for this "
                                          "month."));
    }
  /* Another issuing body may have one too, so it is said, not refused. */
  gtk_widget_set_visible (GTK_WIDGET (self->exists), same != NULL);
}

/* Another kind keeps the same time: March 2023 becomes week 9 (which holds 1 March), and
 * a week becomes the month of its Monday. */
static void
kind_changed_cb (CtNewProgrammeDialog *self)
{
  int year = gtk_spin_button_get_value_as_int (self->year);
  GDate first, last;

  if (selected_kind (self) == CT_PERIOD_KIND_WEEK)
    {
      int week;

      g_date_clear (&first, 1);
      g_date_set_dmy (&first, 1, gtk_drop_down_get_selected (self->month) + 1,
                      CLAMP (year, 1900, 9999));
      week = g_date_get_iso8601_week_of_year (&first);
      /* 1 January may be in the last week of the year before. */
      if (week >= 52 && g_date_get_month (&first) == G_DATE_JANUARY)
        year--;
      gtk_spin_button_set_range (self->week, 1, ct_programme_weeks_in_year (year));
      gtk_spin_button_set_value (self->week, week);
      gtk_spin_button_set_value (self->year, year);
    }
  else
    {
      ct_programme_get_week_range (year, gtk_spin_button_get_value_as_int (self->week), &first,
                                   &last);
      gtk_drop_down_set_selected (self->month, g_date_get_month (&first) - 1);
      gtk_spin_button_set_value (self->year, g_date_get_year (&first));
    }
  period_changed_cb (self);
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

/* The year typed, or -1 when it is no year of a programme ("1a", "19"). */
static int
typed_year (CtNewProgrammeDialog *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->year));
  gsize length = strlen (text);
  int year;

  if (length != 4 || strspn (text, "0123456789") != length)
    return -1;
  year = atoi (text);
  return year >= 1900 ? year : -1;
}

/* A year that is no year stays as typed, in error with why under it, and nothing is
 * created until it is one: the spin button would have put 1900 in its place. */
static void
year_text_changed_cb (CtNewProgrammeDialog *self)
{
  g_autofree char *message = NULL;

  self->year_unread = typed_year (self) < 0;
  if (self->year_unread)
    /* Translators: %1$s is the text typed, %2$s why it is no year. */
    message = g_strdup_printf (_("Year “%1$s” is not used yet: %2$s"),
                               gtk_editable_get_text (GTK_EDITABLE (self->year)),
                               _("a year has four digits, from 1900 to 9999"));
  gtk_label_set_text (self->year_error, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->year_error), self->year_unread);
  if (self->year_unread)
    gtk_widget_add_css_class (GTK_WIDGET (self->year), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->year), "error");
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "create",
                                           !self->year_unread);
}

static int
year_input_cb (GtkSpinButton        *spin,
               double               *value,
               CtNewProgrammeDialog *self)
{
  int year = typed_year (self);

  *value = year > 0 ? year : gtk_spin_button_get_value (spin);
  return TRUE;
}

/* While the text is no year, the spin button does not write its value over it. */
static gboolean
year_output_cb (GtkSpinButton        *spin,
                CtNewProgrammeDialog *self)
{
  return self->year_unread;
}

/* Enter in a number creates, as anywhere else in the dialog: a spin button's text does not
 * activate the default by itself. */
static void
spin_activates_default (GtkSpinButton *spin)
{
  GtkEditable *text = gtk_editable_get_delegate (GTK_EDITABLE (spin));

  if (GTK_IS_TEXT (text))
    gtk_text_set_activates_default (GTK_TEXT (text), TRUE);
}

/* The period type, the week and its days: rows 0, 2 and 4 of the form. */
static void
build_week_rows (CtNewProgrammeDialog *self,
                 GtkGrid              *grid)
{
  const char *names[G_N_ELEMENTS (kind_labels) + 1] = { NULL };

  for (guint i = 0; i < G_N_ELEMENTS (kind_labels); i++)
    names[i] = _(kind_labels[i]);
  self->kind = GTK_DROP_DOWN (gtk_drop_down_new_from_strings (names));
  labelled (grid, 0, _("Period _type"), GTK_WIDGET (self->kind));
  self->week = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (1, 52, 1));
  gtk_spin_button_set_numeric (self->week, TRUE);
  spin_activates_default (self->week);
  self->week_label = labelled (grid, 2, _("_Week"), GTK_WIDGET (self->week));
  self->dates = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->dates), "dim-label");
  gtk_grid_attach (grid, GTK_WIDGET (self->dates), 0, 4, 2, 1);
  for (GtkWidget **w = (GtkWidget *[]) { GTK_WIDGET (self->week), GTK_WIDGET (self->year), NULL };
       *w; w++)
    gtk_accessible_update_relation (GTK_ACCESSIBLE (*w), GTK_ACCESSIBLE_RELATION_DESCRIBED_BY,
                                    self->dates, NULL, -1);
  g_signal_connect_swapped (self->kind, "notify::selected", G_CALLBACK (kind_changed_cb), self);
  g_signal_connect_swapped (self->week, "value-changed", G_CALLBACK (period_changed_cb), self);
}

static GtkWidget *
build_form (CtNewProgrammeDialog *self)
{
  GtkGrid *grid = GTK_GRID (gtk_grid_new ());
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
  spin_activates_default (self->year);
  g_signal_connect (self->year, "input", G_CALLBACK (year_input_cb), self);
  g_signal_connect (self->year, "output", G_CALLBACK (year_output_cb), self);
  self->from_previous = GTK_CHECK_BUTTON (gtk_check_button_new_with_mnemonic (
    _("_Copy the previous month’s programme, with its dates moved into this month")));
  self->month_label = labelled (grid, 1, _("_Month"), GTK_WIDGET (self->month));
  labelled (grid, 3, _("_Year"), GTK_WIDGET (self->year));
  build_week_rows (self, grid);
  gtk_grid_set_row_spacing (grid, 12);
  gtk_grid_set_column_spacing (grid, 12);
  gtk_grid_attach (grid, GTK_WIDGET (self->from_previous), 0, 5, 2, 1);
  self->copy_wanted = TRUE;
  g_signal_connect_swapped (self->from_previous, "toggled", G_CALLBACK (from_previous_toggled_cb),
                            self);
  self->no_previous = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->no_previous, TRUE);
  gtk_label_set_max_width_chars (self->no_previous, 40);
  gtk_label_set_xalign (self->no_previous, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->no_previous), "dim-label");
  gtk_widget_set_visible (GTK_WIDGET (self->no_previous), FALSE);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->from_previous),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->no_previous, NULL,
                                  -1);
  gtk_grid_attach (grid, GTK_WIDGET (self->no_previous), 0, 7, 2, 1);
  self->exists = GTK_LABEL (gtk_label_new (_("The database already holds a programme for "
                                              "this month.")));
  gtk_label_set_wrap (self->exists, TRUE);
  gtk_label_set_max_width_chars (self->exists, 40);
  gtk_widget_add_css_class (GTK_WIDGET (self->exists), "warning");
  gtk_grid_attach (grid, GTK_WIDGET (self->exists), 0, 6, 2, 1);
  self->year_error = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->year_error, TRUE);
  gtk_label_set_max_width_chars (self->year_error, 40);
  gtk_label_set_xalign (self->year_error, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->year_error), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->year_error), FALSE);
  gtk_grid_attach (grid, GTK_WIDGET (self->year_error), 0, 7, 2, 1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->year),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->dates,
                                  self->year_error, NULL, -1);
  g_signal_connect_swapped (self->year, "changed", G_CALLBACK (year_text_changed_cb), self);
  gtk_widget_set_halign (GTK_WIDGET (grid), GTK_ALIGN_CENTER);
  g_signal_connect_swapped (self->month, "notify::selected", G_CALLBACK (period_changed_cb), self);
  g_signal_connect_swapped (self->year, "value-changed", G_CALLBACK (period_changed_cb), self);
  return GTK_WIDGET (grid);
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
 * Asks for the month or the week of a new programme, proposing the month after the newest
 * programme (ct_new_programme_dialog_propose_after() proposes the one after the open one),
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
 *
 * Chooses a month programme of @year/@month.
 */
void
ct_new_programme_dialog_set_period (CtNewProgrammeDialog *self,
                                    int                   year,
                                    int                   month,
                                    gboolean              from_previous)
{
  g_return_if_fail (CT_IS_NEW_PROGRAMME_DIALOG (self));

  gtk_drop_down_set_selected (self->kind, 0);
  gtk_drop_down_set_selected (self->month, CLAMP (month, 1, 12) - 1);
  gtk_spin_button_set_value (self->year, year);
  self->copy_wanted = from_previous;
  period_changed_cb (self);
}

/**
 * ct_new_programme_dialog_propose_after:
 * @self: the dialog
 * @programme: (nullable): the programme open in the window
 *
 * Proposes the period after @programme (the month after a month, the week after a week),
 * with a copy of it; without a programme, the choice of ct_new_programme_dialog_new() stays.
 */
void
ct_new_programme_dialog_propose_after (CtNewProgrammeDialog *self,
                                       const CtProgramme    *programme)
{
  g_return_if_fail (CT_IS_NEW_PROGRAMME_DIALOG (self));

  if (programme == NULL)
    return;
  if (programme->period_kind == CT_PERIOD_KIND_MONTH)
    ct_new_programme_dialog_set_period (self, programme->period_index == 12
                                                ? programme->period_year + 1
                                                : programme->period_year,
                                        programme->period_index % 12 + 1, TRUE);
  else if (programme->period_kind == CT_PERIOD_KIND_WEEK)
    {
      int year = programme->period_year, week = programme->period_index + 1;

      if (week > (int) ct_programme_weeks_in_year (year))
        year++, week = 1;
      gtk_drop_down_set_selected (self->kind, 1);
      gtk_spin_button_set_value (self->year, year);
      gtk_spin_button_set_value (self->week, week);
      period_changed_cb (self);
    }
}

/**
 * ct_new_programme_dialog_create:
 * @self: the dialog
 * @error: return location for a #CT_STORE_ERROR
 *
 * Makes and saves the programme the dialog describes: empty, or for a month rolled forward
 * from the previous month with ct_programme_roll_forward().
 *
 * Returns: (transfer full) (nullable): the saved programme
 */
CtProgramme *
ct_new_programme_dialog_create (CtNewProgrammeDialog  *self,
                                GError               **error)
{
  CtStore *store;
  int month, year;
  gboolean week;
  const CtProgrammeSummary *previous;
  g_autoptr(CtProgramme) programme = NULL;

  g_return_val_if_fail (CT_IS_NEW_PROGRAMME_DIALOG (self), NULL);

  store = self->store;
  /* What is typed in a number counts even before it is left. */
  gtk_spin_button_update (self->year);
  if (self->year_unread)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("Year “%1$s” is not used yet: %2$s"),
                   gtk_editable_get_text (GTK_EDITABLE (self->year)),
                   _("a year has four digits, from 1900 to 9999"));
      return NULL;
    }
  gtk_spin_button_update (self->week);
  month = gtk_drop_down_get_selected (self->month) + 1;
  year = gtk_spin_button_get_value_as_int (self->year);
  week = selected_kind (self) == CT_PERIOD_KIND_WEEK;
  previous = week ? NULL : find_previous (self, year, month);
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
      if (week)
        ct_programme_set_period (programme, CT_PERIOD_KIND_WEEK, year,
                                 gtk_spin_button_get_value_as_int (self->week));
      else
        ct_programme_set_period (programme, CT_PERIOD_KIND_MONTH, year, month);
      /* Preferences → New Programmes → Document Style; a copied month keeps its own. */
      programme->style = ct_settings_get_document_style (settings);
      if (settings != NULL)
        ct_office_defaults_apply (settings, programme);
    }
  if (!ct_store_save_programme (store, programme, error))
    return NULL;
  return g_steal_pointer (&programme);
}

/**
 * ct_new_programme_dialog_get_kind_list:
 * @self: the dialog
 *
 * Returns: (transfer none): the list of period types: Month, Week
 */
GtkDropDown *
ct_new_programme_dialog_get_kind_list (CtNewProgrammeDialog *self)
{
  g_return_val_if_fail (CT_IS_NEW_PROGRAMME_DIALOG (self), NULL);

  return self->kind;
}

/**
 * ct_new_programme_dialog_get_week_button:
 * @self: the dialog
 *
 * Returns: (transfer none): the ISO week number, shown for a week programme
 */
GtkSpinButton *
ct_new_programme_dialog_get_week_button (CtNewProgrammeDialog *self)
{
  g_return_val_if_fail (CT_IS_NEW_PROGRAMME_DIALOG (self), NULL);

  return self->week;
}

/**
 * ct_new_programme_dialog_get_year_button:
 * @self: the dialog
 *
 * Returns: (transfer none): the year (for a week, its ISO week-year)
 */
GtkSpinButton *
ct_new_programme_dialog_get_year_button (CtNewProgrammeDialog *self)
{
  g_return_val_if_fail (CT_IS_NEW_PROGRAMME_DIALOG (self), NULL);

  return self->year;
}

/**
 * ct_new_programme_dialog_get_dates_label:
 * @self: the dialog
 *
 * Returns: (transfer none): the days of the week chosen: "From 25/9/2023 to 01/10/2023"
 */
GtkLabel *
ct_new_programme_dialog_get_dates_label (CtNewProgrammeDialog *self)
{
  g_return_val_if_fail (CT_IS_NEW_PROGRAMME_DIALOG (self), NULL);

  return self->dates;
}

/**
 * ct_new_programme_dialog_get_copy_button:
 * @self: the dialog
 *
 * Returns: (transfer none): "copy the previous month's programme"
 */
GtkCheckButton *
ct_new_programme_dialog_get_copy_button (CtNewProgrammeDialog *self)
{
  g_return_val_if_fail (CT_IS_NEW_PROGRAMME_DIALOG (self), NULL);

  return self->from_previous;
}

/**
 * ct_new_programme_dialog_get_no_previous_label:
 * @self: the dialog
 *
 * Returns: (transfer none): why there is nothing to copy, shown when the month before has
 *   no programme
 */
GtkLabel *
ct_new_programme_dialog_get_no_previous_label (CtNewProgrammeDialog *self)
{
  g_return_val_if_fail (CT_IS_NEW_PROGRAMME_DIALOG (self), NULL);

  return self->no_previous;
}
