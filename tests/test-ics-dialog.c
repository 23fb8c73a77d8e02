/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <adwaita.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>
#include <sys/stat.h>

#include "window-wait.h"
#include "ct-ics-dialog.h"
#include "ct-sample.h"
#include "ct-window.h"
#include "test-util-widget.h"
#include "fixture-programme.h"

typedef CtTestSampleWindow Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  ct_test_sample_window_set_up (f, "congtac-ics-dialog-XXXXXX",
                                "io.github.congtac.CongtacIcsTest");
  g_assert_true (ct_test_open_programme (f->window, 1, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  ct_test_sample_window_tear_down (f);
}

/* The frame of a calendar file, and an event of the programme's month. */
#define ICS_BEGIN "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n"
#define ICS_END "END:VCALENDAR\r\n"
#define ICS_DECEMBER_EVENT \
  "BEGIN:VEVENT\r\nUID:dec@test\r\nSUMMARY:Hội nghị tháng này\r\n" \
  "DTSTART;VALUE=DATE:20261215\r\nEND:VEVENT\r\n"

/* The window's path for a calendar file given by the desktop. */
static void
import_calendar (CtWindow *window,
                 GFile    *file)
{
  g_autofree char *uri = g_file_get_uri (file);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.import-calendar-file",
                                             "s", uri));
}

/* Writes @text to @name in the test folder and gives that file to the window. */
static void
import_text (Fixture    *f,
             const char *name,
             const char *text)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  import_calendar (f->window, file);
}

/* Answers @dialog with Cancel and closes it. */
static void
cancel_dialog (AdwMessageDialog *dialog)
{
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* Waits for the dialog with @heading and checks what it says. */
static AdwMessageDialog *
expect_dialog (const char *heading,
               const char *body)
{
  AdwMessageDialog *dialog = ct_test_wait_for_dialog (heading);

  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, body);
  return dialog;
}

/* The same, closing the dialog, which offers only to close. */
static void
expect_and_close (const char *heading,
                  const char *body)
{
  gtk_window_destroy (GTK_WINDOW (expect_dialog (heading, body)));
}

static guint
count_items (Fixture *f)
{
  return ct_programme_count_items (ct_window_get_programme (f->window));
}

static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "out.ics", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *text = NULL;
  CtIcsExportOptions options;
  AdwMessageDialog *dialog;

  /* Ctrl+E's action opens the choice of what to export. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.export-calendar",
                                             NULL));
  dialog = expect_dialog ("Export Calendar (.ics)",
                   "The events of “công tác tháng 12 năm 2026” as a calendar file for Google "
                   "Calendar, Outlook, Thunderbird and phones.");
  g_assert_true (ct_ics_export_dialog_get_options (GTK_WINDOW (dialog), &options));
  g_assert_cmpint (options.section, ==, -1);
  g_assert_null (options.unit);

  ct_ics_export_dialog_save_to (GTK_WINDOW (dialog), file);
  ct_test_wait_for_file (path);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "BEGIN:VCALENDAR\r\n"));
  g_assert_true (g_str_has_suffix (text, "END:VCALENDAR\r\n"));
  g_assert_nonnull (strstr (text, "\r\nRRULE:FREQ=WEEKLY;UNTIL=20261228T063000Z;BYDAY=MO\r\n"));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_import (Fixture       *f,
             gconstpointer  data)
{
  const char *text =
    ICS_BEGIN
    "BEGIN:VEVENT\r\nUID:so-ket@test\r\nSUMMARY:Hội nghị sơ kết công tác dân vận\r\n"
    "DTSTART;VALUE=DATE:20261210\r\nCATEGORIES:Công tác dân vận\r\nEND:VEVENT\r\n"
    ICS_END;
  CtProgramme *programme = ct_window_get_programme (f->window);
  guint n_sections = programme->sections->len;
  AdwMessageDialog *dialog;

  /* What the desktop does with an .ics file given to Congtac. */
  import_text (f, "in.ics", text);
  dialog = expect_dialog ("Import Calendar",
                   "“in.ics” holds 1 event for “công tác tháng 12 năm 2026”. Events exported "
                   "from this programme or imported before are updated, not added twice.");
  adw_message_dialog_response (dialog, "import");
  gtk_window_destroy (GTK_WINDOW (dialog));

  programme = ct_window_get_programme (f->window);
  g_assert_cmpuint (fixture_count_titled (programme, "Hội nghị sơ kết công tác dân vận"), ==, 1);
  g_assert_cmpuint (programme->sections->len, ==, n_sections + 1);

  /* One undo step takes the import back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  programme = ct_window_get_programme (f->window);
  g_assert_cmpuint (fixture_count_titled (programme, "Hội nghị sơ kết công tác dân vận"), ==, 0);
  g_assert_cmpuint (programme->sections->len, ==, n_sections);
}

/* A file whose events fall outside the programme's period is most likely the wrong one:
 * the dialog says so before anything is imported. */
static void
test_import_outside_period (Fixture       *f,
                            gconstpointer  data)
{
  const char *text =
    ICS_BEGIN
    "BEGIN:VEVENT\r\nUID:nov@test\r\nSUMMARY:Hội nghị tháng trước\r\n"
    "DTSTART;VALUE=DATE:20261125\r\nEND:VEVENT\r\n"
    ICS_DECEMBER_EVENT
    ICS_END;
  guint n_items = count_items (f);
  AdwMessageDialog *dialog;

  import_text (f, "nov.ics", text);
  dialog = expect_dialog ("Import Calendar",
                   "“nov.ics” holds 2 events for “công tác tháng 12 năm 2026”. Events exported "
                   "from this programme or imported before are updated, not added twice.\n\n"
                   "1 of them is outside the programme’s period: is it the right file?");
  cancel_dialog (dialog);
  g_assert_cmpuint (count_items (f), ==, n_items);
}

static void
test_import_bad_file (Fixture       *f,
                      gconstpointer  data)
{
  guint n_items = count_items (f);
  AdwMessageDialog *dialog;

  import_text (f, "notes.ics", "Ghi chú cuộc họp\n");
  dialog = expect_dialog ("Cannot Import the Calendar File",
                   "This is not a calendar file: it does not begin with BEGIN:VCALENDAR.");
  g_assert_cmpuint (count_items (f), ==, n_items);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* The dialog tells, before anything is imported, what will be left out and why. */
static void
test_import_warnings (Fixture       *f,
                      gconstpointer  data)
{
  const char *text =
    ICS_BEGIN
    "BEGIN:VEVENT\r\nUID:giay@test\r\nSUMMARY:Điểm danh từng giây\r\n"
    "DTSTART:20261201T080000\r\nRRULE:FREQ=SECONDLY;BYMONTH=2;BYMONTHDAY=31\r\nEND:VEVENT\r\n"
    ICS_DECEMBER_EVENT
    ICS_END;
  AdwMessageDialog *dialog;

  import_text (f, "odd.ics", text);
  dialog = expect_dialog ("Import Calendar",
                   "“odd.ics” holds 1 event for “công tác tháng 12 năm 2026”. Events exported "
                   "from this programme or imported before are updated, not added twice.\n\n"
                   "The event “Điểm danh từng giây” repeats every hour, minute or second; a "
                   "programme keeps events by the day, so it was left out.");
  cancel_dialog (dialog);
}

/* The dialog tells of events older than the programme's, which are not applied: here a
 * file holding an event twice, the copy from before its last change second. */
static void
test_import_older (Fixture       *f,
                   gconstpointer  data)
{
  const char *text =
    ICS_BEGIN
    "BEGIN:VEVENT\r\nUID:doi@test\r\nSUMMARY:Hội nghị đã dời\r\nSEQUENCE:2\r\n"
    "DTSTART;VALUE=DATE:20261218\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:doi@test\r\nSUMMARY:Hội nghị đã dời\r\nSEQUENCE:1\r\n"
    "DTSTART;VALUE=DATE:20261216\r\nEND:VEVENT\r\n"
    ICS_END;
  AdwMessageDialog *dialog;

  import_text (f, "older.ics", text);
  dialog = expect_dialog ("Import Calendar",
                   "“older.ics” holds 1 event for “công tác tháng 12 năm 2026”. Events "
                   "exported from this programme or imported before are updated, not added "
                   "twice.\n\n"
                   "1 event is older than the programme’s; not applied.");
  cancel_dialog (dialog);
}

/* The file is read under a dialog whose Cancel stops the reading: nothing is asked,
 * nothing imported. */
static void
test_import_cancel (Fixture       *f,
                    gconstpointer  data)
{
  const char *text =
    ICS_BEGIN
    ICS_DECEMBER_EVENT
    ICS_END;
  guint n_items = count_items (f);
  AdwMessageDialog *reading;
  GListModel *toplevels = gtk_window_get_toplevels ();
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  gboolean asked = FALSE;

  import_text (f, "dec.ics", text);
  /* Shown at once, before the file is read: the main loop has not run yet. */
  reading = expect_dialog ("Reading Calendar File",
                   "Reading the events of “dec.ics”…");
  adw_message_dialog_response (reading, "cancel");
  /* Until the reading has ended: its dialog is gone. */
  while (g_get_monotonic_time () < deadline)
    {
      gboolean open = FALSE;

      for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
        {
          g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

          if (ADW_IS_MESSAGE_DIALOG (window))
            {
              const char *heading = adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (window));

              open |= g_strcmp0 (heading, "Reading Calendar File") == 0;
              asked |= g_strcmp0 (heading, "Import Calendar") == 0 ||
                       g_strcmp0 (heading, "Cannot Import the Calendar File") == 0;
            }
        }
      if (!open)
        break;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  for (guint i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      asked |= ADW_IS_MESSAGE_DIALOG (window) &&
               g_strcmp0 (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (window)),
                          "Reading Calendar File") != 0;
    }
  g_assert_false (asked);
  g_assert_cmpuint (count_items (f), ==, n_items);
}

/* A label under @widget showing @text, or NULL. */
static GtkWidget *
find_label (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
wait_for_label (GtkWidget  *widget,
                const char *text)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  GtkWidget *label;

  while ((label = find_label (widget, text)) == NULL && g_get_monotonic_time () < deadline)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  g_assert_nonnull (label);
  return label;
}

static GtkWindow *
open_export_dialog (Fixture *f)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.export-calendar",
                                             NULL));
  return GTK_WINDOW (ct_test_wait_for_dialog ("Export Calendar (.ics)"));
}

/* The calendar is never written over the open database, nor over a device. */
static void
test_export_refused (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GFile) db = g_file_new_for_path (f->db);
  g_autoptr(GFile) null = g_file_new_for_path ("/dev/null");
  g_autofree char *before = ct_test_file_hash (f->db);
  g_autofree char *after = NULL;
  g_autofree char *expected = g_strdup_printf ("“%s” is the programme database or one of its "
                                               "files; an export must not replace it. Choose "
                                               "another file name; nothing was written.",
                                               f->db);
  GtkWindow *choice = open_export_dialog (f);
  GStatBuf st;

  ct_ics_export_dialog_save_to (choice, db);
  expect_and_close ("Cannot Export the Calendar", expected);
  after = ct_test_file_hash (f->db);
  g_assert_cmpstr (after, ==, before);

  ct_ics_export_dialog_save_to (choice, null);
  expect_and_close ("Cannot Export the Calendar",
                    "“/dev/null” is a device, not a file. Choose another file name; nothing was "
                    "written.");
  g_assert_cmpint (g_stat ("/dev/null", &st), ==, 0);
  g_assert_true (S_ISCHR (st.st_mode));
  gtk_window_destroy (choice);
}

/* The toast names the file as it is: a title with "&" and "<" is not blank markup. */
static void
test_export_toast_name (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "Lịch & <họp>.ics", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkWindow *choice = open_export_dialog (f);

  ct_ics_export_dialog_save_to (choice, file);
  wait_for_label (GTK_WIDGET (f->window), "Calendar saved as “Lịch & <họp>.ics”");
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  gtk_window_destroy (choice);
}

/* A pipe is refused at once rather than waited on; a device is not read. */
static void
test_import_special (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *fifo = g_build_filename (f->dir, "pipe.ics", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (fifo);
  g_autoptr(GFile) zero = g_file_new_for_path ("/dev/zero");
  g_autofree char *expected = g_strdup_printf ("“%s” is a pipe, not a file. Choose a file saved "
                                               "on disk.", fifo);

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  import_calendar (f->window, file);
  expect_and_close ("Cannot Import the Calendar File", expected);

  import_calendar (f->window, zero);
  expect_and_close ("Cannot Import the Calendar File",
                    "“/dev/zero” is a device, not a file. Choose a file saved on disk.");
}

int
main (int    argc,
      char **argv)
{
  ct_test_widget_init (&argc, &argv);
  CT_TEST_ADD ("/ics-dialog/export", test_export);
  CT_TEST_ADD ("/ics-dialog/import", test_import);
  CT_TEST_ADD ("/ics-dialog/import-bad-file", test_import_bad_file);
  CT_TEST_ADD ("/ics-dialog/import-outside-period", test_import_outside_period);
  CT_TEST_ADD ("/ics-dialog/import-warnings", test_import_warnings);
  CT_TEST_ADD ("/ics-dialog/import-older", test_import_older);
  CT_TEST_ADD ("/ics-dialog/import-cancel", test_import_cancel);

  CT_TEST_ADD ("/ics-dialog/export-refused", test_export_refused);
  CT_TEST_ADD ("/ics-dialog/export-toast-name", test_export_toast_name);
  CT_TEST_ADD ("/ics-dialog/import-special", test_import_special);
  return g_test_run ();
}
