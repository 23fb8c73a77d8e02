/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <adwaita.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>
#include <sys/stat.h>

#include "ct-import-dialog.h"
#include "ct-import-period-dialog.h"
#include "ct-import-review.h"
#include "ct-sample.h"
#include "ct-window.h"
#include "test-util-widget.h"
#include "window-wait.h"

typedef CtTestSampleWindow Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  ct_test_sample_window_set_up (f, "congtac-import-dialog-XXXXXX",
                                "io.github.congtac.CongtacImportTest");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  ct_test_sample_window_tear_down (f);
}

static guint
count_programmes (CtStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = ct_store_list_programmes (store, NULL, &error);

  g_assert_no_error (error);
  return list->len;
}

static gboolean
review_shown (gpointer data)
{
  return ct_test_find_toplevel (CT_TYPE_IMPORT_REVIEW) != NULL;
}

/* The review of the import under way, waiting up to ten seconds for it to be shown. */
static CtImportReview *
wait_for_review (void)
{
  if (!ct_test_wait_until (review_shown, NULL, 10))
    g_error ("No review of the import appeared");
  return CT_IMPORT_REVIEW (ct_test_find_toplevel (CT_TYPE_IMPORT_REVIEW));
}

static gboolean
no_review_left (gpointer data)
{
  return ct_test_find_toplevel (CT_TYPE_IMPORT_REVIEW) == NULL;
}

/* The list's row @i. */
static GtkListBoxRow *
problem_row (CtImportReview *review,
             int             i)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (ct_import_review_get_problem_list (review),
                                                      i);

  g_assert_nonnull (row);
  return row;
}

/* A row's two labels: "Line 8 | …". */
static char *
row_text (GtkListBoxRow *row)
{
  GtkWidget *box = gtk_list_box_row_get_child (row);
  GtkWidget *where = gtk_widget_get_first_child (box);
  GtkWidget *message = gtk_widget_get_next_sibling (where);

  return g_strdup_printf ("%s | %s", gtk_label_get_text (GTK_LABEL (where)),
                          gtk_label_get_text (GTK_LABEL (message)));
}

/* A fictional programme with a known problem: a weekday that does not match its date
 * (5 March 2025 is a Wednesday) and a table row the outline does not read. */
static const char weekday_text[] =
  "ỦY BAN NHÂN DÂN\n"
  "XÃ ĐỒI CÁT\n"
  "Số 07/CTr-UBND\n"
  "CHƯƠNG TRÌNH\n"
  "công tác tháng 3 năm 2025\n"
  "I. Công tác chuyên môn\n"
  "1. Rà soát danh sách hộ nghèo trên địa bàn xã.\n"
  "2. Hội nghị giao ban tháng: ngày 05/3/2025 (thứ Năm).\n"
  "Bảng phân công\tVăn phòng\tCông an xã\n"
  "II. Công tác khác\n"
  "1. Kiểm tra công tác phòng cháy rừng.\n";

static GFile *
write_weekday_file (Fixture *f)
{
  g_autofree char *path = g_build_filename (f->dir, "doi-cat.txt", NULL);

  g_assert_true (g_file_set_contents (path, weekday_text, -1, NULL));
  return g_file_new_for_path (path);
}

/* The review tells the shape, the confidence and each point with its line. */
static void
test_review_shows_report (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GFile) file = write_weekday_file (f);
  CtImportReview *review;
  g_autofree char *weekday = NULL;
  g_autofree char *table = NULL;
  GtkListBox *list;
  int n = 0;

  ct_window_import_text_file (f->window, file);
  review = wait_for_review ();
  g_assert_cmpstr (ct_import_review_get_shape_text (review), ==, "Numbered sections and items");
  /* 1 of the 11 lines is not understood: 91 %. */
  g_assert_cmpstr (ct_import_review_get_confidence_text (review), ==,
                   "91% — almost all of the text was read");
  list = ct_import_review_get_problem_list (review);
  while (gtk_list_box_get_row_at_index (list, n) != NULL)
    n++;
  weekday = row_text (problem_row (review, n - 2));
  table = row_text (problem_row (review, n - 1));
  g_assert_cmpstr (weekday, ==, "Line 8 | 05/3/2025 is a “thứ Tư”, not a “thứ Năm” as written; "
                                "the weekday is computed from the date.");
  g_assert_cmpstr (table, ==, "Line 9 | Not understood, left out: “Bảng phân công\tVăn "
                              "phòng\tCông an xã”");
  /* Warnings about the text as a whole come first. */
  g_assert_cmpuint (GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (problem_row (review, 0)),
                                                         "line")), ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (review), "review.cancel", NULL);
}

static gboolean
insert_visible (gpointer data)
{
  GtkTextView *view = data;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GdkRectangle visible, location;
  GtkTextIter iter;

  gtk_text_view_get_visible_rect (view, &visible);
  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  gtk_text_view_get_iter_location (view, &iter, &location);
  return visible.height > 0 && location.y >= visible.y
         && location.y + location.height <= visible.y + visible.height;
}

/* Choosing a point selects its line in the source text and scrolls it into view. */
static void
test_review_jump_to_line (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "programme-wrapped.txt",
                                                 NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  CtImportReview *review;
  GtkTextView *view;
  GtkTextBuffer *buffer;
  GtkListBoxRow *row = NULL;
  GtkTextIter start, end;
  g_autofree char *selected = NULL;

  ct_window_import_text_file (f->window, file);
  review = wait_for_review ();
  ct_test_wait_mapped (GTK_WIDGET (review));
  for (int i = 0; row == NULL; i++)
    if (GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (problem_row (review, i)), "line")) == 103)
      row = problem_row (review, i);
  g_signal_emit_by_name (row, "activate");
  view = ct_import_review_get_source_view (review);
  buffer = gtk_text_view_get_buffer (view);
  g_assert_true (gtk_text_buffer_get_selection_bounds (buffer, &start, &end));
  g_assert_cmpint (gtk_text_iter_get_line (&start), ==, 102);
  selected = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_cmpstr (selected, ==, "V. Hội nghị tổng kết phong trào thi đua: Dự kiến ngày "
                   "02/11/2023 (thứ Năm). ");
  /* Line 103 of 120 is far below the first screen: the view scrolled to it. */
  g_assert_true (ct_test_wait_until (insert_visible, view, 10));
  g_assert_cmpfloat (gtk_adjustment_get_value (gtk_scrollable_get_vadjustment (
                       GTK_SCROLLABLE (view))), >, 0);
  gtk_widget_activate_action (GTK_WIDGET (review), "review.cancel", NULL);
}

/* Cancel closes the review and saves nothing. */
static void
test_review_cancel (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GFile) file = write_weekday_file (f);
  CtImportReview *review;

  ct_window_import_text_file (f->window, file);
  review = wait_for_review ();
  gtk_widget_activate_action (GTK_WIDGET (review), "review.cancel", NULL);
  g_assert_true (ct_test_wait_until (no_review_left, NULL, 10));
  ct_test_wait_window (f->window);
  g_assert_cmpuint (count_programmes (f->store), ==, 1);
  g_assert_null (ct_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
}

static gboolean
programme_open (gpointer data)
{
  CtProgramme *open = ct_window_get_programme (data);

  return open != NULL && open->number == 7;
}

/* Import saves one programme, as a draft, and opens it. */
static void
test_review_import (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GFile) file = write_weekday_file (f);
  CtImportReview *review;
  CtProgramme *open;

  ct_window_import_text_file (f->window, file);
  review = wait_for_review ();
  g_assert_cmpuint (count_programmes (f->store), ==, 1);
  gtk_widget_activate_action (GTK_WIDGET (review), "review.import", NULL);
  g_assert_true (ct_test_wait_until (programme_open, f->window, 10));
  g_assert_cmpuint (count_programmes (f->store), ==, 2);
  open = ct_window_get_programme (f->window);
  g_assert_cmpstr (open->issuing_body, ==, "ỦY BAN NHÂN DÂN\nXÃ ĐỒI CÁT");
  g_assert_cmpuint (open->sections->len, ==, 2);
  g_assert_true (open->status == CT_PROGRAMME_STATUS_DRAFT);
}

/* A file dropped on the window goes to the same review. */
static void
test_drop_file (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GFile) file = write_weekday_file (f);
  g_auto(GValue) value = G_VALUE_INIT;
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (f->window));
  gboolean dropped = FALSE;
  CtImportReview *review;

  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_array (&file, 1));
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);

      gboolean taken = FALSE;

      if (GTK_IS_DROP_TARGET (c))
        g_signal_emit_by_name (c, "drop", &value, 10.0, 10.0, &taken);
      dropped |= taken;
    }
  g_assert_true (dropped);
  review = wait_for_review ();
  g_assert_cmpstr (ct_import_review_get_shape_text (review), ==, "Numbered sections and items");
  gtk_widget_activate_action (GTK_WIDGET (review), "review.cancel", NULL);
  g_assert_true (ct_test_wait_until (no_review_left, NULL, 10));
  g_assert_cmpuint (count_programmes (f->store), ==, 1);
}

/* A damaged PDF is reported and creates nothing. */
static void
test_import_refused (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "scan.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  AdwMessageDialog *dialog;

  g_assert_true (g_file_set_contents (path, "%PDF-1.4\n\x01\x02\x03\x00\x04", 15, NULL));
  ct_window_import_text_file (f->window, file);
  dialog = ct_test_wait_for_dialog ("Cannot Import the Text");
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==,
                   "The file looks like a PDF but is damaged and cannot be read. Open it in "
                   "the program that made it and save it again, then import that. Nothing "
                   "was imported.");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpuint (count_programmes (f->store), ==, 1);
}

/* A pipe is refused at once rather than waited on: the window does not hang. */
static void
test_import_fifo (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "pipe.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *expected = g_strdup_printf ("“%s” is a pipe, not a file. Choose a file saved "
                                               "on disk.", path);
  AdwMessageDialog *dialog;

  g_assert_cmpint (mkfifo (path, 0600), ==, 0);
  ct_window_import_text_file (f->window, file);
  dialog = ct_test_wait_for_dialog ("Cannot Import the Text");
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, expected);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpuint (count_programmes (f->store), ==, 1);
}

/* Fictional programmes whose subtitle names no period: the only date has no year, or the
 * dates run over two years. */
static const char no_period_text[] =
  "ỦY BAN NHÂN DÂN\n"
  "XÃ ĐỒI CÁT\n"
  "Số 08/CTr-UBND\n"
  "CHƯƠNG TRÌNH\n"
  "công tác\n"
  "I. Công tác chuyên môn\n"
  "1. Hội nghị giao ban: ngày 05/3 (thứ Tư).\n"
  "2. Kiểm tra công tác phòng cháy rừng.\n";

static const char two_years_text[] =
  "ỦY BAN NHÂN DÂN\n"
  "XÃ ĐỒI CÁT\n"
  "Số 09/CTr-UBND\n"
  "CHƯƠNG TRÌNH\n"
  "công tác\n"
  "I. Công tác chuyên môn\n"
  "1. Hội nghị tổng kết năm: ngày 20/12/2024 (thứ Sáu).\n"
  "2. Hội nghị triển khai nhiệm vụ: ngày 10/01/2025 (thứ Sáu).\n";

static GFile *
write_text_file (Fixture    *f,
                 const char *name,
                 const char *text)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  return g_file_new_for_path (path);
}

static gboolean
period_dialog_shown (gpointer data)
{
  return ct_test_find_toplevel (CT_TYPE_IMPORT_PERIOD_DIALOG) != NULL;
}

static gboolean
no_period_dialog_left (gpointer data)
{
  return ct_test_find_toplevel (CT_TYPE_IMPORT_PERIOD_DIALOG) == NULL;
}

static CtImportPeriodDialog *
wait_for_period_dialog (void)
{
  if (!ct_test_wait_until (period_dialog_shown, NULL, 10))
    g_error ("No period dialog appeared");
  return CT_IMPORT_PERIOD_DIALOG (ct_test_find_toplevel (CT_TYPE_IMPORT_PERIOD_DIALOG));
}

/* The button labelled @label inside @widget, or NULL. */
static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  if (GTK_IS_BUTTON (widget)
      && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
programme_8_open (gpointer data)
{
  CtProgramme *open = ct_window_get_programme (data);

  return open != NULL && open->number == 8;
}

/* A file naming no period asks for it; the period chosen is the programme's, and its
 * yearless date gets the year chosen. */
static void
test_period_asked (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GFile) file = write_text_file (f, "khong-ky.txt", no_period_text);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  CtImportPeriodDialog *dialog;
  AdwMessageDialog *message;
  GtkSpinButton *index, *year;
  CtImportReview *review;
  CtProgramme *open;
  CtItem *meeting;
  CtImportPeriod chosen;

  ct_window_import_text_file (f->window, file);
  dialog = wait_for_period_dialog ();
  message = ADW_MESSAGE_DIALOG (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (message), ==,
                   "Which Period Is This Programme For?");
  g_assert_cmpstr (adw_message_dialog_get_body (message), ==,
                   "The file does not say which month, week, quarter or year its programme is "
                   "for, and its dates do not tell it. Choose the period, then check what was "
                   "read in the review: nothing is saved before you import it there.");
  g_assert_cmpstr (adw_message_dialog_get_default_response (message), ==, "continue");
  g_assert_cmpstr (adw_message_dialog_get_close_response (message), ==, "cancel");
  g_assert_null (ct_test_find_toplevel (CT_TYPE_IMPORT_REVIEW));
  /* Proposed: the month of the only date, 5 March, in this year since it names none. */
  index = ct_import_period_dialog_get_index_button (dialog);
  year = ct_import_period_dialog_get_year_button (dialog);
  g_assert_cmpuint (gtk_drop_down_get_selected (ct_import_period_dialog_get_kind_list (dialog)),
                    ==, 0);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (index), ==, 3);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (year), ==, g_date_time_get_year (now));
  /* Enter in a number continues. */
  g_assert_true (gtk_text_get_activates_default (
                   GTK_TEXT (gtk_editable_get_delegate (GTK_EDITABLE (year)))));

  /* The year typed, not yet committed, is the one read. */
  gtk_editable_set_text (GTK_EDITABLE (year), "2025");
  ct_import_period_dialog_get_period (dialog, &chosen);
  g_assert_cmpint (chosen.kind, ==, CT_PERIOD_KIND_MONTH);
  g_assert_cmpint (chosen.year, ==, 2025);
  g_assert_cmpint (chosen.index, ==, 3);
  g_assert_cmpstr (ct_import_period_dialog_get_dates_text (dialog), ==,
                   "From 01/3/2025 to 31/3/2025");
  g_assert_cmpuint (count_programmes (f->store), ==, 1);
  /* Enter in the year, as typed: Continue. */
  ct_test_wait_mapped (GTK_WIDGET (dialog));
  /* The number has the focus first; Tab goes on to the year. */
  g_assert_true (gtk_widget_is_ancestor (gtk_window_get_focus (GTK_WINDOW (dialog)),
                                         GTK_WIDGET (index)));
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (dialog), GTK_DIR_TAB_FORWARD));
  g_assert_true (gtk_widget_is_ancestor (gtk_window_get_focus (GTK_WINDOW (dialog)),
                                         GTK_WIDGET (year)));
  g_signal_emit_by_name (gtk_editable_get_delegate (GTK_EDITABLE (year)), "activate");

  review = wait_for_review ();
  g_assert_true (ct_test_wait_until (no_period_dialog_left, NULL, 10));
  g_assert_cmpuint (count_programmes (f->store), ==, 1);
  gtk_widget_activate_action (GTK_WIDGET (review), "review.import", NULL);
  g_assert_true (ct_test_wait_until (programme_8_open, f->window, 10));
  g_assert_cmpuint (count_programmes (f->store), ==, 2);
  open = ct_window_get_programme (f->window);
  g_assert_cmpint (open->period_kind, ==, CT_PERIOD_KIND_MONTH);
  g_assert_cmpint (open->period_year, ==, 2025);
  g_assert_cmpint (open->period_index, ==, 3);
  meeting = g_ptr_array_index (((CtSection *) g_ptr_array_index (open->sections, 0))->items, 0);
  g_assert_cmpint (g_date_get_day (&meeting->start_date), ==, 5);
  g_assert_cmpint (g_date_get_month (&meeting->start_date), ==, 3);
  g_assert_cmpint (g_date_get_year (&meeting->start_date), ==, 2025);
}

/* Cancel (or Escape: the dialog closed) creates nothing and shows nothing more. */
static void
test_period_cancel (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GFile) file = write_text_file (f, "khong-ky.txt", no_period_text);
  CtImportPeriodDialog *dialog;

  ct_window_import_text_file (f->window, file);
  dialog = wait_for_period_dialog ();
  gtk_window_close (GTK_WINDOW (dialog));
  g_assert_true (ct_test_wait_until (no_period_dialog_left, NULL, 10));
  ct_test_wait_window (f->window);
  g_assert_cmpuint (count_programmes (f->store), ==, 1);
  g_assert_null (ct_test_find_toplevel (CT_TYPE_IMPORT_REVIEW));
  g_assert_null (ct_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
}

/* Dates over two years: the month of the earliest is proposed; another kind keeps the
 * time chosen, and a week shows its days. */
static void
test_period_proposed (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GFile) file = write_text_file (f, "hai-nam.txt", two_years_text);
  CtImportPeriodDialog *dialog;
  GtkDropDown *kind;
  GtkSpinButton *index, *year;
  double min, max;

  ct_window_import_text_file (f->window, file);
  dialog = wait_for_period_dialog ();
  kind = ct_import_period_dialog_get_kind_list (dialog);
  index = ct_import_period_dialog_get_index_button (dialog);
  year = ct_import_period_dialog_get_year_button (dialog);
  g_assert_cmpuint (gtk_drop_down_get_selected (kind), ==, 0);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (index), ==, 12);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (year), ==, 2024);
  g_assert_cmpstr (ct_import_period_dialog_get_dates_text (dialog), ==,
                   "From 01/12/2024 to 31/12/2024");

  /* Week: the one holding 1 December 2024, week 48 of the 52 weeks of 2024. */
  gtk_drop_down_set_selected (kind, 1);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (index), ==, 48);
  gtk_spin_button_get_range (index, &min, &max);
  g_assert_cmpfloat (min, ==, 1);
  g_assert_cmpfloat (max, ==, 52);
  g_assert_cmpstr (ct_import_period_dialog_get_dates_text (dialog), ==,
                   "From 25/11/2024 to 01/12/2024");
  gtk_spin_button_set_value (year, 2026);
  gtk_spin_button_get_range (index, &min, &max);
  g_assert_cmpfloat (max, ==, 53);

  /* Quarter, then year: the index goes with the kind. */
  gtk_drop_down_set_selected (kind, 2);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (index), ==, 4);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (year), ==, 2026);
  gtk_drop_down_set_selected (kind, 3);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (index)));
  g_assert_cmpstr (ct_import_period_dialog_get_dates_text (dialog), ==,
                   "From 01/01/2026 to 31/12/2026");
  g_signal_emit_by_name (find_button (GTK_WIDGET (dialog), "_Cancel"), "clicked");
  g_assert_true (ct_test_wait_until (no_period_dialog_left, NULL, 10));
  g_assert_cmpuint (count_programmes (f->store), ==, 1);
}

int
main (int    argc,
      char **argv)
{
  ct_test_widget_init (&argc, &argv);
  g_test_add ("/import-dialog/review-shows-report", Fixture, NULL, fixture_set_up,
              test_review_shows_report, fixture_tear_down);
  g_test_add ("/import-dialog/review-jump-to-line", Fixture, NULL, fixture_set_up,
              test_review_jump_to_line, fixture_tear_down);
  g_test_add ("/import-dialog/review-cancel", Fixture, NULL, fixture_set_up, test_review_cancel,
              fixture_tear_down);
  g_test_add ("/import-dialog/review-import", Fixture, NULL, fixture_set_up, test_review_import,
              fixture_tear_down);
  g_test_add ("/import-dialog/drop-file", Fixture, NULL, fixture_set_up, test_drop_file,
              fixture_tear_down);
  g_test_add ("/import-dialog/refused", Fixture, NULL, fixture_set_up, test_import_refused,
              fixture_tear_down);
  g_test_add ("/import-dialog/fifo", Fixture, NULL, fixture_set_up, test_import_fifo,
              fixture_tear_down);
  g_test_add ("/import-dialog/period-asked", Fixture, NULL, fixture_set_up, test_period_asked,
              fixture_tear_down);
  g_test_add ("/import-dialog/period-cancel", Fixture, NULL, fixture_set_up, test_period_cancel,
              fixture_tear_down);
  g_test_add ("/import-dialog/period-proposed", Fixture, NULL, fixture_set_up,
              test_period_proposed, fixture_tear_down);
  return g_test_run ();
}
