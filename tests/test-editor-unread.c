/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Text typed that is no value yet ("12a" for the number, "31/02" for a date, "25:70" for
 * a time) stays in its row as typed, with why beside it; it is saved with the programme,
 * shown again after closing and reopening it, listed by the check (activating the entry
 * goes to the row) until a value is typed, and undo and redo give it back. */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <sqlite3.h>

#include "ct-check.h"
#include "ct-field.h"
#include "ct-item-editor.h"
#include "ct-programme-editor.h"
#include "ct-sample.h"
#include "ct-when-row.h"
#include "ct-window.h"
#include "ct-date-row.h"
#include "test-util-widget.h"
#include "editor-window.h"
#include "window-wait.h"

#define NUMBER_MESSAGE "Number “12a” is not used yet: a number has digits only"

typedef CtTestEditorWindow Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  ct_test_editor_window_set_up (f, "io.github.congtac.CongtacEditorUnreadTest", NULL, 1200, 800);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  ct_test_editor_window_tear_down (f);
}

static CtProgramme *
programme (Fixture *f)
{
  return ct_window_get_programme (f->window);
}

static gboolean
is_saved (gpointer session)
{
  return ct_session_get_save_state (session) == CT_SAVE_STATE_SAVED;
}

static void
wait_saved (Fixture *f)
{
  CtSession *session = ct_window_get_session (f->window);

  ct_test_wait_until (is_saved, session, 10);
  g_assert_cmpint (ct_session_get_save_state (session), ==, CT_SAVE_STATE_SAVED);
}

/* What the store holds for @key, read with SQLite itself; %NULL for no row. */
static char *
stored_text (Fixture    *f,
             const char *key)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *text = NULL;

  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT text FROM unread_texts "
                                           "WHERE programme_id = ? AND field = ?", -1, &stmt,
                                       NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, f->id);
  sqlite3_bind_text (stmt, 2, key, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return text;
}

/* The issue of the check with @message, or %NULL. */
static const CtCheckIssue *
find_issue (Fixture    *f,
            const char *message)
{
  GPtrArray *issues = ct_programme_editor_get_issues (ct_test_get_editor (f->window));

  for (guint i = 0; issues != NULL && i < issues->len; i++)
    {
      const CtCheckIssue *issue = g_ptr_array_index (issues, i);

      if (g_str_equal (issue->message, message))
        return issue;
    }
  return NULL;
}

static GtkWidget *
focus (Fixture *f)
{
  return gtk_window_get_focus (GTK_WINDOW (f->window));
}

static void
undo (Fixture *f,
      gboolean redo)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window),
                                             redo ? "win.redo" : "win.undo", NULL));
}

static void
assert_number_kept (GtkWidget *number)
{
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (number)), ==, "12a");
  g_assert_true (gtk_widget_has_css_class (number, "error"));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (ct_field_get_status (number))), ==,
                   "a number has digits only");
  g_assert_true (gtk_widget_get_visible (ct_field_get_status (number)));
}

static void
test_number_kept (Fixture       *f,
                  gconstpointer  data)
{
  GtkWidget *number = ct_programme_editor_get_field (ct_test_get_editor (f->window), "number");
  GtkWidget *place = ct_programme_editor_get_field (ct_test_get_editor (f->window), "place_name");
  const CtCheckIssue *issue;
  g_autofree char *stored = NULL;
  g_autofree char *gone = NULL;

  ct_test_wait_mapped (number);
  g_assert_true (gtk_widget_grab_focus (number));
  gtk_editable_set_text (GTK_EDITABLE (number), "12a");
  g_assert_true (gtk_widget_grab_focus (place));
  assert_number_kept (number);
  g_assert_cmpuint (programme (f)->number, ==, 58);
  wait_saved (f);
  stored = stored_text (f, "number");
  g_assert_cmpstr (stored, ==, "12a");

  /* Undo gives back the number as it was, redo the text typed. */
  undo (f, FALSE);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (number)), ==, "58");
  g_assert_false (gtk_widget_has_css_class (number, "error"));
  g_assert_false (gtk_widget_get_visible (ct_field_get_status (number)));
  g_assert_null (find_issue (f, NUMBER_MESSAGE));
  undo (f, TRUE);
  assert_number_kept (number);
  wait_saved (f);

  /* Another session on the same database shows it, and the check lists it. */
  ct_test_editor_window_close (f);
  ct_test_editor_window_open (f);
  number = ct_programme_editor_get_field (ct_test_get_editor (f->window), "number");
  assert_number_kept (number);
  g_assert_cmpuint (programme (f)->number, ==, 58);
  issue = find_issue (f, NUMBER_MESSAGE);
  g_assert_nonnull (issue);
  g_assert_cmpint (issue->kind, ==, CT_CHECK_TEXT_NOT_UNDERSTOOD);
  ct_programme_editor_jump (ct_test_get_editor (f->window), issue);
  g_assert_true (gtk_widget_is_ancestor (focus (f), number));

  gtk_editable_set_text (GTK_EDITABLE (number), "12");
  g_assert_cmpuint (programme (f)->number, ==, 12);
  g_assert_false (gtk_widget_has_css_class (number, "error"));
  g_assert_null (find_issue (f, NUMBER_MESSAGE));
  wait_saved (f);
  gone = stored_text (f, "number");
  g_assert_null (gone);
}

static void
test_month_kept (Fixture       *f,
                 gconstpointer  data)
{
  GtkWidget *month = ct_programme_editor_get_field (ct_test_get_editor (f->window), "period_index");
  const char *message = "Month “13” is not used yet: a month is 1 to 12";
  const CtCheckIssue *issue;
  g_autofree char *stored = NULL;

  ct_test_wait_mapped (month);
  g_assert_true (gtk_widget_grab_focus (month));
  gtk_editable_set_text (GTK_EDITABLE (month), "13");
  g_assert_cmpint (programme (f)->period_index, ==, 12);
  wait_saved (f);
  stored = stored_text (f, "period_index");
  g_assert_cmpstr (stored, ==, "13");

  ct_test_editor_window_close (f);
  ct_test_editor_window_open (f);
  month = ct_programme_editor_get_field (ct_test_get_editor (f->window), "period_index");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (month)), ==, "13");
  g_assert_true (gtk_widget_has_css_class (month, "error"));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (ct_field_get_status (month))), ==,
                   "a month is 1 to 12");
  issue = find_issue (f, message);
  g_assert_nonnull (issue);
  ct_programme_editor_jump (ct_test_get_editor (f->window), issue);
  g_assert_true (gtk_widget_is_ancestor (focus (f), month));
  gtk_editable_set_text (GTK_EDITABLE (month), "11");
  g_assert_cmpint (programme (f)->period_index, ==, 11);
  g_assert_false (gtk_widget_has_css_class (month, "error"));
  g_assert_null (find_issue (f, message));
  g_assert_null (ct_programme_get_unread_text (programme (f), "period_index"));
}

/* A letter after the digits is no month and no year: the text is kept, the period not
 * changed to the digits before it. */
static void
test_period_letters (Fixture       *f,
                     gconstpointer  data)
{
  CtProgrammeEditor *editor = ct_test_get_editor (f->window);
  GtkWidget *month = ct_programme_editor_get_field (editor, "period_index");
  GtkWidget *year = ct_programme_editor_get_field (editor, "period_year");

  ct_test_wait_mapped (month);
  g_assert_true (gtk_widget_grab_focus (month));
  gtk_editable_set_text (GTK_EDITABLE (month), "1a");
  g_assert_cmpint (programme (f)->period_index, ==, 12);
  g_assert_cmpstr (ct_programme_get_unread_text (programme (f), "period_index"), ==, "1a");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (ct_field_get_status (month))), ==,
                   "a month is 1 to 12");
  gtk_editable_set_text (GTK_EDITABLE (month), "1");
  g_assert_cmpint (programme (f)->period_index, ==, 1);
  g_assert_null (ct_programme_get_unread_text (programme (f), "period_index"));

  g_assert_true (gtk_widget_grab_focus (year));
  gtk_editable_set_text (GTK_EDITABLE (year), "2026x");
  g_assert_cmpstr (ct_programme_get_unread_text (programme (f), "period_year"), ==, "2026x");
  g_assert_true (gtk_widget_has_css_class (year, "error"));
}

static CtItem *
first_of (CtProgramme *p,
          CtItemKind   kind)
{
  for (guint i = 0; i < p->sections->len; i++)
    {
      CtSection *section = g_ptr_array_index (p->sections, i);

      for (guint j = 0; j < section->items->len; j++)
        {
          CtItem *item = g_ptr_array_index (section->items, j);

          if (item->kind == kind)
            return item;
        }
    }
  g_assert_not_reached ();
}

static GtkWidget *
item_field (Fixture    *f,
            CtItem     *item,
            const char *name)
{
  GtkWidget *form;

  ct_programme_editor_open_item (ct_test_get_editor (f->window), item->uuid);
  form = ct_programme_editor_get_item_editor (ct_test_get_editor (f->window));
  g_assert_nonnull (form);
  return ct_item_editor_get_field (CT_ITEM_EDITOR (form), name);
}

static void
test_date_kept (Fixture       *f,
                gconstpointer  data)
{
  CtItem *event = first_of (programme (f), CT_ITEM_EVENT);
  g_autofree char *uuid = g_strdup (event->uuid);
  g_autofree char *title = g_strdup (event->title);
  g_autofree char *key = ct_programme_item_key (event, "when");
  g_autofree char *message = g_strdup_printf ("“%s”: the date “31/02” is not used yet: "
                                              "31/02 does not exist", title);
  g_autofree char *stored = NULL;
  GDate date = event->start_date;
  GtkWidget *when = item_field (f, event, "when");
  const CtCheckIssue *issue;

  gtk_editable_set_text (GTK_EDITABLE (when), "31/02");
  g_assert_cmpint (g_date_compare (&event->start_date, &date), ==, 0);
  wait_saved (f);
  stored = stored_text (f, key);
  g_assert_cmpstr (stored, ==, "31/02");

  ct_test_editor_window_close (f);
  ct_test_editor_window_open (f);
  event = ct_programme_find_item (programme (f), uuid, NULL);
  g_assert_cmpint (g_date_compare (&event->start_date, &date), ==, 0);
  issue = find_issue (f, message);
  g_assert_nonnull (issue);
  g_assert_cmpint (issue->kind, ==, CT_CHECK_DATE_NOT_UNDERSTOOD);
  ct_programme_editor_jump (ct_test_get_editor (f->window), issue);
  when = gtk_widget_get_ancestor (focus (f), CT_TYPE_WHEN_ROW);
  g_assert_nonnull (when);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (when)), ==, "31/02");
  g_assert_true (gtk_widget_has_css_class (when, "error"));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (ct_when_row_get_status (CT_WHEN_ROW (when)))),
                   ==, "31/02 does not exist");
}

static void
test_time_kept (Fixture       *f,
                gconstpointer  data)
{
  CtItem *weekly = first_of (programme (f), CT_ITEM_RECURRING);
  g_autofree char *uuid = g_strdup (weekly->uuid);
  g_autofree char *key = ct_programme_item_key (weekly, "start_minute");
  g_autofree char *stored = NULL;
  int minute = weekly->start_minute;
  g_autofree char *shown = NULL;
  GtkWidget *time = item_field (f, weekly, "start_minute");
  GtkWidget *status = ct_field_get_status (time);

  shown = g_strdup (gtk_editable_get_text (GTK_EDITABLE (time)));
  gtk_editable_set_text (GTK_EDITABLE (time), "25:70");
  g_assert_cmpint (weekly->start_minute, ==, minute);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (status)), ==,
                   "a time is written as 8:30 or 14h, up to 23:59");
  wait_saved (f);
  stored = stored_text (f, key);
  g_assert_cmpstr (stored, ==, "25:70");

  ct_test_editor_window_close (f);
  ct_test_editor_window_open (f);
  weekly = ct_programme_find_item (programme (f), uuid, NULL);
  time = item_field (f, weekly, "start_minute");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (time)), ==, "25:70");
  g_assert_true (gtk_widget_has_css_class (time, "error"));
  g_assert_cmpint (weekly->start_minute, ==, minute);
  {
    g_autofree char *title = g_strdup (weekly->title);
    g_autofree char *message = g_strdup_printf ("“%s”: the start time “25:70” is not used "
                                                "yet: a time is written as 8:30 or 14h, up "
                                                "to 23:59", title);

    g_assert_nonnull (find_issue (f, message));
  }
  gtk_editable_set_text (GTK_EDITABLE (time), "7:30");
  g_assert_cmpint (ct_programme_find_item (programme (f), uuid, NULL)->start_minute, ==, 450);
  g_assert_null (ct_programme_get_unread_text (programme (f), key));
  g_assert_false (gtk_widget_has_css_class (time, "error"));
}

static gboolean
same_day (const GDate *a,
          const GDate *b)
{
  if (!g_date_valid (a) || !g_date_valid (b))
    return g_date_valid (a) == g_date_valid (b);
  return g_date_compare (a, b) == 0;
}

static gboolean
is_label_with (GtkWidget     *widget,
               gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget) &&
         g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

/* A recurring item's first day is typed: the day is taken as it is typed, its weekday
 * shown; text that is no day stays, kept and checked, the day unchanged, also after
 * reopening; the issue date the same. */
static void
test_day_typed (Fixture       *f,
                gconstpointer  data)
{
  CtItem *weekly = first_of (programme (f), CT_ITEM_RECURRING);
  g_autofree char *uuid = g_strdup (weekly->uuid);
  g_autofree char *key = ct_programme_item_key (weekly, "start_date");
  g_autofree char *title = g_strdup (weekly->title);
  g_autofree char *message = g_strdup_printf ("“%s”: the first day “31/02” is not used yet: "
                                              "31/02 does not exist", title);
  g_autofree char *stored = NULL;
  GtkWidget *row = item_field (f, weekly, "date");
  GtkWidget *issue_date;
  const CtCheckIssue *issue;
  GDate day;

  day = weekly->start_date;
  /* A time or a run of days is no first day. */
  gtk_editable_set_text (GTK_EDITABLE (row), "15/12/2026 7h30");
  g_assert_true (same_day (&weekly->start_date, &day));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (ct_field_get_status (row))), ==,
                   "type one day, such as 15/12/2026");

  gtk_editable_set_text (GTK_EDITABLE (row), "31/02");
  g_assert_true (same_day (&weekly->start_date, &day));
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (ct_field_get_status (row))), ==,
                   "31/02 does not exist");
  issue_date = ct_programme_editor_get_field (ct_test_get_editor (f->window), "issue_date");
  gtk_editable_set_text (GTK_EDITABLE (issue_date), "30/02/2027");
  wait_saved (f);
  stored = stored_text (f, key);
  g_assert_cmpstr (stored, ==, "31/02");
  g_clear_pointer (&stored, g_free);
  stored = stored_text (f, "issue_date");
  g_assert_cmpstr (stored, ==, "30/02/2027");

  ct_test_editor_window_close (f);
  ct_test_editor_window_open (f);
  weekly = ct_programme_find_item (programme (f), uuid, NULL);
  g_assert_true (same_day (&weekly->start_date, &day));
  issue = find_issue (f, message);
  g_assert_nonnull (issue);
  g_assert_cmpstr (issue->field, ==, "date");
  g_assert_nonnull (find_issue (f, "Issue date “30/02/2027” is not used yet: 30/02 "
                                   "does not exist"));
  row = item_field (f, weekly, "date");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "31/02");
  g_assert_true (gtk_widget_has_css_class (row, "error"));

  /* A day, its weekday checked and shown. */
  gtk_editable_set_text (GTK_EDITABLE (row), "thứ Ba 15/12/2026");
  weekly = ct_programme_find_item (programme (f), uuid, NULL);
  g_assert_true (g_date_valid (&weekly->start_date));
  g_assert_cmpint (g_date_get_day (&weekly->start_date), ==, 15);
  g_assert_cmpint (g_date_get_month (&weekly->start_date), ==, 12);
  g_assert_cmpint (g_date_get_year (&weekly->start_date), ==, 2026);
  g_assert_nonnull (ct_test_find_widget (row, is_label_with, "thứ Ba"));
  g_assert_null (ct_programme_get_unread_text (programme (f), key));
  g_assert_false (gtk_widget_has_css_class (row, "error"));
  g_assert_null (find_issue (f, message));
}

static gboolean
is_exception_adder (GtkWidget     *widget,
                    gconstpointer  data)
{
  return CT_IS_DATE_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)),
                    "Add an Exception Date") == 0;
}

/* An exception date is added when Enter is pressed, not while "15/1" is on its way to
 * "15/12"; the next one is typed in the row that follows. */
static void
test_exception_typed (Fixture       *f,
                      gconstpointer  data)
{
  CtItem *weekly = first_of (programme (f), CT_ITEM_RECURRING);
  guint before = weekly->exceptions->len;
  GtkWidget *form, *row;
  GDate *added;

  item_field (f, weekly, "date");
  form = ct_programme_editor_get_item_editor (ct_test_get_editor (f->window));
  row = ct_test_find_widget (form, is_exception_adder, NULL);
  g_assert_nonnull (row);
  gtk_widget_grab_focus (row);
  gtk_editable_set_text (GTK_EDITABLE (row), "15/1");
  gtk_editable_set_text (GTK_EDITABLE (row), "15/12/2026");
  g_assert_cmpuint (weekly->exceptions->len, ==, before);
  g_signal_emit_by_name (row, "entry-activated");
  g_assert_cmpuint (weekly->exceptions->len, ==, before + 1);
  added = &g_array_index (weekly->exceptions, GDate, weekly->exceptions->len - 1);
  g_assert_cmpint (g_date_get_day (added), ==, 15);
  g_assert_cmpint (g_date_get_month (added), ==, 12);
  g_assert_cmpint (g_date_get_year (added), ==, 2026);
  row = ct_test_find_widget (form, is_exception_adder, NULL);
  g_assert_true (gtk_widget_is_ancestor (focus (f), row));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "");
}

/* The check speaks the clerk's language. */
static void
test_vietnamese (void)
{
  g_autoptr(CtProgramme) p = ct_sample_programme_new ();
  g_autoptr(GPtrArray) issues = NULL;
  g_autofree char *saved = g_strdup (setlocale (LC_ALL, NULL));

  if (!ct_test_have_locale ("vi_VN.UTF-8"))
    {
      g_test_skip ("vi_VN.UTF-8 is not installed");
      return;
    }
  ct_programme_set_unread_text (p, "number", "12a");
  g_setenv ("LANGUAGE", "vi", TRUE);
  setlocale (LC_ALL, "vi_VN.UTF-8");
  issues = ct_programme_check (p, NULL);
  g_unsetenv ("LANGUAGE");
  setlocale (LC_ALL, saved);
  g_assert_cmpstr (((CtCheckIssue *) g_ptr_array_index (issues, 0))->message, ==,
                   "Số “12a” chưa dùng được: số chỉ gồm chữ số");
}

int
main (int    argc,
      char **argv)
{
  ct_test_widget_init (&argc, &argv);
  bindtextdomain (GETTEXT_PACKAGE, CT_TEST_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_test_add_func ("/editor-unread/vietnamese", test_vietnamese);
  CT_TEST_ADD ("/editor-unread/number-kept", test_number_kept);
  CT_TEST_ADD ("/editor-unread/month-kept", test_month_kept);
  CT_TEST_ADD ("/editor-unread/period-letters", test_period_letters);
  CT_TEST_ADD ("/editor-unread/date-kept", test_date_kept);
  CT_TEST_ADD ("/editor-unread/day-typed", test_day_typed);
  CT_TEST_ADD ("/editor-unread/exception-typed", test_exception_typed);
  CT_TEST_ADD ("/editor-unread/time-kept", test_time_kept);
  return g_test_run ();
}
