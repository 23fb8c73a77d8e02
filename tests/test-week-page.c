/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <poppler.h>

#include "window-wait.h"
#include "ct-export.h"
#include "ct-file.h"
#include "ct-item-editor.h"
#include "ct-programme-editor.h"
#include "ct-week-day.h"
#include "ct-week-page-private.h"
#include "ct-window.h"
#include "fixture-programme.h"
#include "test-util-widget.h"

/* The window's week page, on a database holding the September 2023 programme, a
 * programme of week 39 alone (an added meeting on Wednesday 27) and October 2023 (a
 * meeting on Monday 2 October). */

typedef struct
{
  char *dir;
  CtStore *store;
  GtkApplication *app;
  CtWindow *window;
  CtWeekPage *page;
  gboolean vietnamese;
  CtProgramme *september;
  CtProgramme *week;
  CtProgramme *october;
  char *toast;
} Fixture;

static CtProgramme *
save_new (Fixture      *f,
          CtPeriodKind  kind,
          int           year,
          int           index,
          const char   *title,
          int           day,
          int           month)
{
  g_autoptr(GError) error = NULL;
  CtProgramme *p = ct_programme_new ();
  GDate date = ct_test_dmy (day, month, year);
  CtItem *item = ct_item_new_event (title, &date);

  ct_programme_set_period (p, kind, year, index);
  item->start_minute = 14 * 60;
  item->day_part = CT_DAY_PART_AFTERNOON;
  item->chair = g_strdup ("Phó Bí thư Thường trực");
  item->location = g_strdup ("Phòng họp số 2");
  ct_section_add_item (ct_programme_add_section (p, "Phát sinh"), item);
  g_assert_true (ct_store_save_programme (f->store, p, &error));
  g_assert_no_error (error);
  return p;
}

static void
toast_cb (CtWeekPage *page,
          const char *message,
          Fixture    *f)
{
  g_free (f->toast);
  f->toast = g_strdup (message);
}

static void
wait_page (Fixture *f)
{
  while (ct_week_page_get_loading (f->page))
    g_main_context_iteration (NULL, TRUE);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  GDate today = ct_test_dmy (26, 9, 2023);

  f->dir = g_dir_make_tmp ("congtac-week-XXXXXX", NULL);
  path = g_build_filename (f->dir, "w.db", NULL);
  f->store = ct_store_open (path, &error);
  g_assert_no_error (error);
  f->september = fixture_programme_september_2023 ();
  g_assert_true (ct_store_save_programme (f->store, f->september, &error));
  g_assert_no_error (error);
  f->week = save_new (f, CT_PERIOD_KIND_WEEK, 2023, 39, "Làm việc với Đoàn kiểm tra của Tỉnh ủy",
                      27, 9);
  f->october = save_new (f, CT_PERIOD_KIND_MONTH, 2023, 10, "Hội nghị sơ kết quý III", 2, 10);

  /* @data: a window that many pixels wide, in Vietnamese, whose buttons are the widest. */
  if (data != NULL)
    {
      g_setenv ("LANGUAGE", "vi", TRUE);
      f->vietnamese = setlocale (LC_ALL, "vi_VN.UTF-8") != NULL;
    }
  f->app = ct_test_application_new ("io.github.congtac.CongtacWeekTest");
  f->window = ct_window_new (f->app, f->store);
  gtk_window_present (GTK_WINDOW (f->window));
  if (data != NULL)
    gtk_window_set_default_size (GTK_WINDOW (f->window), GPOINTER_TO_INT (data), 700);
  g_assert_true (ct_test_open_programme (f->window, f->september->id, &error));
  g_assert_no_error (error);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s",
                                             "week"));
  f->page = CT_WEEK_PAGE (ct_window_ensure_page (f->window, "week"));
  g_signal_connect (f->page, "toast", G_CALLBACK (toast_cb), f);
  ct_test_wait_mapped (GTK_WIDGET (f->page));
  ct_week_page_set_today (f->page, &today);
  ct_week_page_show_week (f->page, 2023, 39);
  wait_page (f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_signal_handlers_disconnect_by_data (f->page, f);
  ct_test_close_window (f->window, &f->store, f->dir);
  g_clear_object (&f->app);
  g_clear_pointer (&f->september, ct_programme_unref);
  g_clear_pointer (&f->week, ct_programme_unref);
  g_clear_pointer (&f->october, ct_programme_unref);
  g_free (f->toast);
  g_free (f->dir);
  g_unsetenv ("LANGUAGE");
  setlocale (LC_ALL, "C.UTF-8");
}

/* The row @index of the @group-th day shown. */
static GtkListBoxRow *
row_at (Fixture *f,
        guint    group,
        int      index)
{
  GtkWidget *child = gtk_widget_get_first_child (f->page->days_box);

  for (guint i = 0; i < group && child != NULL; i++)
    child = gtk_widget_get_next_sibling (child);
  g_assert_nonnull (child);
  return gtk_list_box_get_row_at_index (ct_week_day_group_get_list (child), index);
}

/* Week 39 of 2023: Monday to Friday (the weekend holds nothing), the Monday briefing, the
 * tentative conference of Tuesday 26 (today), the added meeting of Wednesday 27 from the
 * week's own programme, the conferences of 28 and 29; nothing of 8 or 20 September nor
 * of October. */
static void
test_week_39 (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *outline = ct_week_page_dup_outline (f->page);

  g_assert_cmpstr (ct_week_page_get_title (f->page), ==, "Week 39 · 25/9 – 01/10/2023");
  g_assert_cmpstr (outline, ==,
                   "Thứ Hai, 25/9/2023\n"
                   "- Thứ Hai, 25/9/2023, Chiều, Giao ban Thường trực Huyện ủy\n"
                   "Thứ Ba, 26/9/2023 · Today\n"
                   "- Thứ Ba, 26/9/2023, Dự kiến: Hội nghị Ban Thường vụ Huyện ủy\n"
                   "Thứ Tư, 27/9/2023\n"
                   "- Thứ Tư, 27/9/2023, 14 giờ 00, Làm việc với Đoàn kiểm tra của Tỉnh ủy, "
                   "Added\n"
                   "Thứ Năm, 28/9/2023\n"
                   "- Thứ Năm, 28/9/2023, Dự kiến: Hội nghị Ban Chấp hành Đảng bộ huyện\n"
                   "Thứ Sáu, 29/9/2023\n"
                   "- Thứ Sáu, 29/9/2023, Dự kiến: Hội nghị thông tin thường kỳ\n");
  g_assert_null (strstr (outline, "đối thoại"));
  g_assert_null (strstr (outline, "chuyên đề"));
  g_assert_null (strstr (outline, "sơ kết"));
  /* The rows tell which item of which programme they show. */
  g_assert_cmpint (ct_week_day_row_get_programme_id (row_at (f, 2, 0)), ==, f->week->id);
  g_assert_cmpstr (ct_week_day_row_get_uuid (row_at (f, 3, 0)), ==,
                   fixture_find_titled (f->september, "Hội nghị Ban Chấp hành Đảng bộ huyện",
                                        NULL)->uuid);
}

/* The arrows (week.previous, week.next) change the week, across the month: week 40
 * holds October's meeting on Monday, and an empty weekday says so. */
static void
test_navigation (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *outline = NULL;
  int year, week;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "week.next", NULL));
  wait_page (f);
  ct_week_page_get_week (f->page, &year, &week);
  g_assert_cmpint (year, ==, 2023);
  g_assert_cmpint (week, ==, 40);
  g_assert_cmpstr (ct_week_page_get_title (f->page), ==, "Week 40 · 02/10 – 08/10/2023");
  outline = ct_week_page_dup_outline (f->page);
  /* September's Monday briefing stays in September's period. */
  g_assert_cmpstr (outline, ==,
                   "Thứ Hai, 02/10/2023\n"
                   "- Thứ Hai, 02/10/2023, 14 giờ 00, Hội nghị sơ kết quý III\n"
                   "Thứ Ba, 03/10/2023\n- No events\n"
                   "Thứ Tư, 04/10/2023\n- No events\n"
                   "Thứ Năm, 05/10/2023\n- No events\n"
                   "Thứ Sáu, 06/10/2023\n- No events\n");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "week.previous", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "week.previous", NULL));
  wait_page (f);
  ct_week_page_get_week (f->page, NULL, &week);
  g_assert_cmpint (week, ==, 38);
  g_assert_cmpstr (ct_week_page_get_title (f->page), ==, "Week 38 · 18/9 – 24/9/2023");
}

/* 1/1/2026 is a Thursday, so 2026 has 53 ISO weeks: 28/12/2026 – 03/01/2027 is week 53,
 * the number the calendar's row gives too (/calendar-view/iso-week-53). */
static void
test_week_53 (Fixture       *f,
              gconstpointer  data)
{
  int year, week;

  ct_week_page_show_week (f->page, 2027, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "week.previous", NULL));
  wait_page (f);
  ct_week_page_get_week (f->page, &year, &week);
  g_assert_cmpint (year, ==, 2026);
  g_assert_cmpint (week, ==, 53);
  g_assert_cmpstr (ct_week_page_get_title (f->page), ==, "Week 53 · 28/12/2026 – 03/01/2027");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "week.next", NULL));
  wait_page (f);
  ct_week_page_get_week (f->page, &year, &week);
  g_assert_cmpint (year, ==, 2027);
  g_assert_cmpint (week, ==, 1);
  g_assert_cmpstr (ct_week_page_get_title (f->page), ==, "Week 1 · 04/01 – 10/01/2027");
}

static void
read_text_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  *(char **) user_data = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);
  g_assert_no_error (error);
}

/* "Copy Digest" puts exactly the digest of the week's programmes on the clipboard, and
 * the toast says so. */
static void
test_copy_digest (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) programmes = g_ptr_array_new ();
  g_autoptr(CtWeek) week = NULL;
  g_autofree char *expected = NULL, *copied = NULL;
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (f->page));

  g_ptr_array_add (programmes, f->september);
  g_ptr_array_add (programmes, f->week);
  week = ct_week_new (2023, 39, programmes, ct_holidays_get_default ());
  expected = ct_week_dup_digest (week);
  g_assert_nonnull (strstr (expected, "Phó Bí thư Thường trực:\n- Thứ Tư 27/9: 14 giờ 00"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "week.copy-digest", NULL));
  g_assert_cmpstr (f->toast, ==, "Schedule copied leader by leader");
  gdk_clipboard_read_text_async (clipboard, NULL, read_text_cb, &copied);
  while (copied == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpstr (copied, ==, expected);

  /* Asked for while the next week is read, the digest waits for it: week 40's. */
  g_clear_pointer (&f->toast, g_free);
  g_clear_pointer (&copied, g_free);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "week.next", NULL));
  g_assert_true (ct_week_page_get_loading (f->page));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "week.copy-digest", NULL));
  g_assert_null (f->toast);
  wait_page (f);
  g_assert_cmpstr (f->toast, ==, "Schedule copied leader by leader");
  gdk_clipboard_read_text_async (clipboard, NULL, read_text_cb, &copied);
  while (copied == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (g_str_has_prefix (copied, "LỊCH CÔNG TÁC TUẦN\n(Tuần 40, từ ngày 02/10/2023"));
  g_assert_nonnull (strstr (copied, "Hội nghị sơ kết quý III"));
}

typedef struct
{
  gboolean done;
  char *path;
  GError *error;
} Outcome;

static void
export_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  Outcome *outcome = user_data;

  outcome->path = ct_week_page_export_finish (CT_WEEK_PAGE (source), result, &outcome->error);
  outcome->done = TRUE;
}

/* Exports the week shown to @name in the fixture's folder; returns the file's contents. */
static char *
export_week (Fixture            *f,
             const char         *name,
             CtWeekExportFormat  format,
             gsize              *length)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  Outcome outcome = { 0 };
  char *contents = NULL;

  ct_week_page_export_to (f->page, file, format, export_cb, &outcome);
  while (!outcome.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (outcome.error);
  g_assert_cmpstr (outcome.path, ==, path);
  g_free (outcome.path);
  g_assert_true (g_file_get_contents (path, &contents, length, NULL));
  return contents;
}

/* Week 39 as a PDF (A4 landscape pages, read back with poppler), a web page and a
 * calendar file, each with its toast; the month's programme heads the table. */
static void
test_export_files (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  PopplerDocument *document;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *pdf = NULL, *html = NULL, *ics = NULL;
  gsize length;

  pdf = export_week (f, "lich-tuan-2023-W39.pdf", CT_WEEK_EXPORT_PDF, &length);
  g_assert_true (g_str_has_prefix (pdf, "%PDF-"));
  g_assert_cmpstr (f->toast, ==, "Weekly schedule exported as PDF");
  bytes = g_bytes_new (pdf, length);
  document = poppler_document_new_from_bytes (bytes, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (poppler_document_get_n_pages (document), >=, 1);
  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      PopplerPage *page = poppler_document_get_page (document, i);
      double width, height;

      poppler_page_get_size (page, &width, &height);
      g_assert_cmpfloat (width, >, height);
      g_assert_cmpfloat_with_epsilon (width, 841.89, 1.0);
      g_assert_cmpfloat_with_epsilon (height, 595.28, 1.0);
      g_object_unref (page);
    }
  g_object_unref (document);

  html = export_week (f, "lich-tuan-2023-W39.html", CT_WEEK_EXPORT_HTML, &length);
  g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>"));
  g_assert_nonnull (strstr (html, "Làm việc với Đoàn kiểm tra của Tỉnh ủy"));
  g_assert_nonnull (strstr (html, "Hội nghị Ban Chấp hành Đảng bộ huyện"));
  g_assert_cmpstr (f->toast, ==, "Weekly schedule exported as web page");

  ics = export_week (f, "lich-tuan-2023-W39.ics", CT_WEEK_EXPORT_ICS, &length);
  g_assert_true (g_str_has_prefix (ics, "BEGIN:VCALENDAR\r\n"));
  g_assert_nonnull (strstr (ics, "\r\nBEGIN:VEVENT\r\n"));
  g_assert_true (g_str_has_suffix (ics, "END:VCALENDAR\r\n"));
  g_assert_cmpstr (f->toast, ==, "Weekly schedule exported as calendar file");
}

/* The database chosen as the file is refused with a dialog, and left as it was. */
static void
test_export_refuses_database (Fixture       *f,
                              gconstpointer  data)
{
  g_autofree char *db = g_build_filename (f->dir, "w.db", NULL);
  g_autofree char *before = NULL, *after = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (db);
  gsize before_length, after_length;
  Outcome outcome = { 0 };
  AdwMessageDialog *dialog;

  g_assert_true (g_file_get_contents (db, &before, &before_length, NULL));
  ct_week_page_export_to (f->page, file, CT_WEEK_EXPORT_HTML, export_cb, &outcome);
  while (!outcome.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (outcome.error, CT_FILE_ERROR, CT_FILE_ERROR_DATABASE);
  g_assert_null (outcome.path);
  dialog = ct_test_wait_for_dialog ("Cannot Export the Weekly Schedule");
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, outcome.error->message);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_null (f->toast);
  g_assert_true (g_file_get_contents (db, &after, &after_length, NULL));
  g_assert_cmpmem (before, before_length, after, after_length);
  g_clear_error (&outcome.error);
}

/* "Copy Web Fragment" puts the table as an HTML fragment on the clipboard, headed by the
 * month's programme, exactly as the core writes it. */
static void
test_copy_fragment (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) programmes = g_ptr_array_new ();
  g_autoptr(CtWeek) week = NULL;
  g_autofree char *expected = NULL, *copied = NULL;

  g_ptr_array_add (programmes, f->september);
  g_ptr_array_add (programmes, f->week);
  week = ct_week_new (2023, 39, programmes, ct_holidays_get_default ());
  expected = ct_export_week_html (week, f->september, TRUE);
  g_assert_null (strstr (expected, "<html"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "week.copy-fragment", NULL));
  g_assert_cmpstr (f->toast, ==, "Weekly schedule table copied");
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (GTK_WIDGET (f->page)), NULL,
                                 read_text_cb, &copied);
  while (copied == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpstr (copied, ==, expected);
}

/* An edit of the open programme shows at once; activating a row opens its item in the
 * editor, after opening its programme when it is another one. */
static void
test_edit_and_open (Fixture       *f,
                    gconstpointer  data)
{
  CtProgramme *open = ct_window_get_programme (f->window);
  CtItem *item = fixture_find_titled (open, "Hội nghị thông tin thường kỳ", NULL);
  AdwViewStack *stack = ADW_VIEW_STACK (gtk_widget_get_template_child (
                                          GTK_WIDGET (f->window), CT_TYPE_WINDOW, "view_stack"));
  GtkWidget *editor;
  g_autofree char *outline = NULL;
  GtkListBoxRow *row;

  g_free (item->title);
  item->title = g_strdup ("Hội nghị thông tin thời sự");
  ct_window_programme_edited (f->window, NULL);
  outline = ct_week_page_dup_outline (f->page);
  g_assert_true (g_str_has_suffix (outline,
                                   "- Thứ Sáu, 29/9/2023, Dự kiến: Hội nghị thông tin thời sự\n"));

  row = row_at (f, 4, 0);
  g_signal_emit_by_name (gtk_widget_get_parent (GTK_WIDGET (row)), "row-activated", row);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "editor");
  editor = adw_bin_get_child (ADW_BIN (gtk_widget_get_template_child (
                                         GTK_WIDGET (f->window), CT_TYPE_WINDOW, "editor_bin")));
  g_assert_nonnull (ct_programme_editor_get_item_editor (CT_PROGRAMME_EDITOR (editor)));

  adw_view_stack_set_visible_child_name (stack, "week");
  row = row_at (f, 2, 0);
  g_signal_emit_by_name (gtk_widget_get_parent (GTK_WIDGET (row)), "row-activated", row);
  ct_test_wait_window (f->window);
  g_assert_cmpint (ct_window_get_programme (f->window)->id, ==, f->week->id);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "editor");
  g_assert_nonnull (ct_programme_editor_get_item_editor (CT_PROGRAMME_EDITOR (editor)));
}

static gboolean
window_shows_cb (gpointer data)
{
  Fixture *f = data;
  CtProgramme *open = ct_window_get_programme (f->window);

  return open != NULL && open->id == f->week->id && !ct_window_get_busy (f->window);
}

static gboolean
toast_cb_seen (gpointer data)
{
  Fixture *f = data;

  return f->toast != NULL && !ct_week_page_get_loading (f->page);
}

static GtkWidget *
item_editor (Fixture *f)
{
  GtkWidget *editor = adw_bin_get_child (ADW_BIN (gtk_widget_get_template_child (
                                                    GTK_WIDGET (f->window), CT_TYPE_WINDOW,
                                                    "editor_bin")));

  return ct_programme_editor_get_item_editor (CT_PROGRAMME_EDITOR (editor));
}

/* The week's programme as stored now. */
static CtProgramme *
stored_week (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  CtProgramme *p = ct_store_load_programme (f->store, f->week->id, &error);

  g_assert_no_error (error);
  return p;
}

/* "Add Week-Only Item…" of Thursday (the day's + button, week.add-item 3) adds an event
 * of that day to the week's own programme, in "Phát sinh", and opens it in the editor
 * with the keyboard focus in its title. */
static void
test_add_item (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(CtProgramme) stored = NULL;
  GtkWidget *heading = gtk_widget_get_first_child (
                         gtk_widget_get_next_sibling (gtk_widget_get_next_sibling (
                           gtk_widget_get_next_sibling (gtk_widget_get_first_child (
                             f->page->days_box)))));
  GtkWidget *button = gtk_widget_get_last_child (heading);
  GtkWidget *editor, *title, *focus;
  CtSection *section;
  CtItem *added;
  GDate thursday = ct_test_dmy (28, 9, 2023);

  g_assert_true (GTK_IS_BUTTON (button));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), ==,
                   "week.add-item");
  g_assert_cmpint (g_variant_get_int32 (gtk_actionable_get_action_target_value (
                                          GTK_ACTIONABLE (button))), ==, 3);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, "Add Week-Only Item…");
  g_assert_true (gtk_widget_activate (button));
  g_assert_true (ct_test_wait_until (window_shows_cb, f, 20));

  stored = stored_week (f);
  section = g_ptr_array_index (stored->sections, 0);
  g_assert_cmpstr (section->title, ==, "Phát sinh");
  g_assert_cmpuint (section->items->len, ==, 2);
  added = g_ptr_array_index (section->items, 1);
  g_assert_cmpint (added->kind, ==, CT_ITEM_EVENT);
  g_assert_cmpint (g_date_compare (&added->start_date, &thursday), ==, 0);
  g_assert_null (added->source_uuid);

  editor = item_editor (f);
  g_assert_nonnull (editor);
  g_assert_cmpstr (ct_item_editor_get_uuid (CT_ITEM_EDITOR (editor)), ==, added->uuid);
  title = ct_item_editor_get_field (CT_ITEM_EDITOR (editor), "title");
  focus = gtk_root_get_focus (GTK_ROOT (f->window));
  g_assert_true (focus == title || gtk_widget_is_ancestor (focus, title));
}

/* "Hoãn" on a month's event (week.postpone, its UUID) puts a postponed copy in the
 * week's programme, which the page shows in its place marked Postponed. */
static void
test_postpone (Fixture       *f,
               gconstpointer  data)
{
  CtItem *month_item = fixture_find_titled (f->september, "Hội nghị thông tin thường kỳ",
                                            NULL);
  g_autoptr(CtProgramme) stored = NULL;
  g_autofree char *outline = NULL;
  CtSection *section;
  CtItem *linked;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "week.postpone", "s",
                                             month_item->uuid));
  g_assert_true (ct_test_wait_until (toast_cb_seen, f, 20));
  g_assert_cmpstr (f->toast, ==, "“Hội nghị thông tin thường kỳ” is marked postponed this week");
  outline = ct_week_page_dup_outline (f->page);
  g_assert_true (g_str_has_suffix (outline,
                                   "Thứ Sáu, 29/9/2023\n"
                                   "- Thứ Sáu, 29/9/2023, Dự kiến: Hội nghị thông tin thường kỳ, "
                                   "Postponed\n"));
  stored = stored_week (f);
  section = g_ptr_array_index (stored->sections, 1);
  g_assert_cmpstr (section->title, ==, "Hội nghị thông tin thường kỳ");
  linked = g_ptr_array_index (section->items, 0);
  g_assert_cmpstr (linked->source_uuid, ==, month_item->uuid);
  g_assert_true (linked->postponed);
  /* The month programme is left as issued. */
  g_assert_false (fixture_find_titled (ct_window_get_programme (f->window),
                                       "Hội nghị thông tin thường kỳ", NULL)->postponed);
}

/* "Điều chỉnh trong tuần này…" (week.adjust) opens the week's copy of the month's event
 * in the editor; moved to Friday there, it leaves Thursday and shows on Friday marked
 * Adjusted, once; undo takes the change back. */
static void
test_adjust (Fixture       *f,
             gconstpointer  data)
{
  CtItem *month_item = fixture_find_titled (f->september, "Hội nghị Ban Chấp hành Đảng bộ huyện",
                                            NULL);
  g_autofree char *outline = NULL, *undone = NULL;
  CtProgramme *open;
  CtItem *linked;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "week.adjust", "s",
                                             month_item->uuid));
  g_assert_true (ct_test_wait_until (window_shows_cb, f, 20));
  open = ct_window_get_programme (f->window);
  g_assert_cmpuint (open->sections->len, ==, 2);
  linked = g_ptr_array_index (((CtSection *) g_ptr_array_index (open->sections, 1))->items, 0);
  g_assert_cmpstr (linked->source_uuid, ==, month_item->uuid);
  g_assert_false (linked->postponed);
  g_assert_cmpstr (ct_item_editor_get_uuid (CT_ITEM_EDITOR (item_editor (f))), ==,
                   linked->uuid);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s",
                                             "week"));
  ct_test_wait_mapped (GTK_WIDGET (f->page));
  wait_page (f);
  g_date_set_dmy (&linked->start_date, 29, G_DATE_SEPTEMBER, 2023);
  linked->start_minute = 8 * 60;
  ct_window_programme_edited (f->window, NULL);
  outline = ct_week_page_dup_outline (f->page);
  g_assert_nonnull (strstr (outline, "Thứ Năm, 28/9/2023\n- No events\n"));
  g_assert_true (g_str_has_suffix (outline,
                                   "- Thứ Sáu, 29/9/2023, Dự kiến: Hội nghị thông tin thường kỳ\n"
                                   "- Thứ Sáu, 29/9/2023, 8 giờ 00, Dự kiến: Hội nghị Ban Chấp "
                                   "hành Đảng bộ huyện, Adjusted\n"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  undone = ct_week_page_dup_outline (f->page);
  g_assert_nonnull (strstr (undone, "- Thứ Năm, 28/9/2023, Dự kiến: Hội nghị Ban Chấp hành "
                                    "Đảng bộ huyện, Adjusted\n"));
}

/* With the week's programme open, Postpone goes through its session: shown at once, and
 * undone by Undo. */
static void
test_postpone_open_week (Fixture       *f,
                         gconstpointer  data)
{
  CtItem *month_item = fixture_find_titled (f->september, "Hội nghị Ban Thường vụ Huyện ủy",
                                            NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *outline = NULL, *undone = NULL;

  g_assert_true (ct_test_open_programme (f->window, f->week->id, &error));
  g_assert_no_error (error);
  wait_page (f);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "week.postpone", "s",
                                             month_item->uuid));
  outline = ct_week_page_dup_outline (f->page);
  g_assert_nonnull (strstr (outline, "- Thứ Ba, 26/9/2023, Dự kiến: Hội nghị Ban Thường vụ "
                                     "Huyện ủy, Postponed\n"));
  g_assert_cmpuint (ct_window_get_programme (f->window)->sections->len, ==, 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  undone = ct_week_page_dup_outline (f->page);
  g_assert_nonnull (strstr (undone, "- Thứ Ba, 26/9/2023, Dự kiến: Hội nghị Ban Thường vụ "
                                    "Huyện ủy\n"));
  g_assert_cmpuint (ct_window_get_programme (f->window)->sections->len, ==, 1);
}

static gboolean
page_read_cb (gpointer data)
{
  Fixture *f = data;
  g_autofree char *outline = NULL;

  if (ct_week_page_get_loading (f->page))
    return FALSE;
  outline = ct_week_page_dup_outline (f->page);
  return strstr (outline, "Tiếp đoàn") != NULL;
}

static gboolean
moved_cb (gpointer data)
{
  Fixture *f = data;
  g_autofree char *outline = NULL;

  if (ct_week_page_get_loading (f->page))
    return FALSE;
  outline = ct_week_page_dup_outline (f->page);
  return strstr (outline, "Tiếp đoàn công tác của Tỉnh, Added\n- Thứ Tư") != NULL;
}

/* Two items of the week's programme at 14:00 on Wednesday change places with week.move
 * (Alt+Down on the first), in the stored programme too, the focus staying on the moved
 * row; an item of the month programme is not reordered, and the toast says why. */
static void
test_reorder (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(CtProgramme) week = stored_week (f);
  g_autoptr(CtProgramme) stored = NULL;
  g_autoptr(GError) error = NULL;
  GDate date = ct_test_dmy (27, 9, 2023);
  CtItem *item = ct_item_new_event ("Tiếp đoàn công tác của Tỉnh", &date);
  CtSection *section = g_ptr_array_index (week->sections, 0);
  GtkRoot *root = GTK_ROOT (f->window);

  item->day_part = CT_DAY_PART_AFTERNOON;
  item->start_minute = 14 * 60;
  ct_section_add_item (section, item);
  g_assert_true (ct_store_save_programme (f->store, week, &error));
  g_assert_no_error (error);
  ct_week_page_reload (f->page);
  g_assert_true (ct_test_wait_until (page_read_cb, f, 20));

  gtk_widget_grab_focus (GTK_WIDGET (row_at (f, 2, 0)));
  g_assert_cmpstr (ct_week_day_row_get_uuid (row_at (f, 2, 0)), !=, item->uuid);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "week.move", "i", 1));
  g_assert_true (ct_test_wait_until (moved_cb, f, 20));
  g_assert_cmpstr (ct_week_day_row_get_uuid (row_at (f, 2, 0)), ==, item->uuid);
  g_assert_true (gtk_root_get_focus (root) == GTK_WIDGET (row_at (f, 2, 1)));
  stored = stored_week (f);
  g_assert_cmpstr (((CtItem *) g_ptr_array_index (((CtSection *) g_ptr_array_index (
                      stored->sections, 0))->items, 0))->uuid, ==, item->uuid);

  gtk_widget_grab_focus (GTK_WIDGET (row_at (f, 0, 0)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "week.move", "i", -1));
  g_assert_cmpstr (f->toast, ==, "Only items of the same day, day part and time can change "
                                 "places.");
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWindow *
find_window (const char *title)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (g_strcmp0 (gtk_window_get_title (window), title) == 0 &&
          gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }
  return NULL;
}

static gboolean
title_shown_cb (gpointer data)
{
  Fixture *f = data;
  g_autofree char *outline = NULL;

  if (ct_week_page_get_loading (f->page))
    return FALSE;
  outline = ct_week_page_dup_outline (f->page);
  return strstr (outline, "14 giờ 00, Làm việc với Đoàn kiểm tra của Sở Nội vụ, Added") != NULL;
}

/* E on a row of the week's programme (not the open one) edits its item in a dialog, the
 * focus in its title; closed, the dialog saves the change to that programme and the page
 * shows it. */
static void
test_edit_in_place (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(CtProgramme) stored = NULL;
  GtkWindow *dialog;
  GtkWidget *editor, *title, *focus;

  gtk_widget_grab_focus (GTK_WIDGET (row_at (f, 2, 0)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "week.edit-focused", NULL));
  dialog = find_window ("Edit Item");
  g_assert_nonnull (dialog);
  editor = find_descendant (GTK_WIDGET (dialog), CT_TYPE_ITEM_EDITOR);
  g_assert_nonnull (editor);
  g_assert_cmpstr (ct_item_editor_get_uuid (CT_ITEM_EDITOR (editor)), ==,
                   ct_week_day_row_get_uuid (row_at (f, 2, 0)));
  title = ct_item_editor_get_field (CT_ITEM_EDITOR (editor), "title");
  focus = gtk_root_get_focus (GTK_ROOT (dialog));
  g_assert_true (focus == title || gtk_widget_is_ancestor (focus, title));
  /* The title wraps as it is typed: a text view, one line all the same. */
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (title)),
                            "Làm việc với Đoàn kiểm tra của Sở Nội vụ", -1);
  gtk_window_close (dialog);
  g_assert_true (ct_test_wait_until (title_shown_cb, f, 20));
  stored = stored_week (f);
  g_assert_cmpstr (((CtItem *) g_ptr_array_index (((CtSection *) g_ptr_array_index (
                      stored->sections, 0))->items, 0))->title, ==,
                   "Làm việc với Đoàn kiểm tra của Sở Nội vụ");
  /* The open programme, September's, is left as it was. */
  g_assert_cmpint (ct_window_get_programme (f->window)->id, ==, f->september->id);
}

/* A file name typed without its extension gets the format's; a name whose completed
 * form exists already is refused, that file left as it was. */
static void
test_export_extension (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *bare = g_build_filename (f->dir, "lich-tuan", NULL);
  g_autofree char *expected = g_build_filename (f->dir, "lich-tuan.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (bare);
  Outcome outcome = { 0 };
  AdwMessageDialog *dialog;

  ct_week_page_export_to (f->page, file, CT_WEEK_EXPORT_PDF, export_cb, &outcome);
  while (!outcome.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (outcome.error);
  g_assert_cmpstr (outcome.path, ==, expected);
  g_assert_false (g_file_test (bare, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_get_contents (expected, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_clear_pointer (&outcome.path, g_free);

  g_clear_pointer (&contents, g_free);
  outcome.done = FALSE;
  ct_week_page_export_to (f->page, file, CT_WEEK_EXPORT_PDF, export_cb, &outcome);
  while (!outcome.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (outcome.error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  dialog = ct_test_wait_for_dialog ("Cannot Export the Weekly Schedule");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_clear_error (&outcome.error);
}

static int
line_count (GtkLabel *label)
{
  return pango_layout_get_line_count (gtk_label_get_layout (label));
}

/* 700 pixels wide, in Vietnamese: the title is the week over its days, each on one line
 * and whole; the title said on one line is unchanged. */
static void
test_narrow_title (Fixture       *f,
                   gconstpointer  data)
{
  GtkWidget *heading = gtk_widget_get_parent (GTK_WIDGET (f->page->title_label));
  int week_height, range_height;

  if (!f->vietnamese)
    {
      g_test_skip ("The vi_VN.UTF-8 locale is not generated");
      return;
    }
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->window)), <=, 700);
  g_assert_cmpstr (gtk_label_get_text (f->page->title_label), ==, "Tuần 39");
  g_assert_cmpstr (gtk_label_get_text (f->page->range_label), ==, "25/9 – 01/10/2023");
  g_assert_cmpstr (ct_week_page_get_title (f->page), ==, "Tuần 39 · 25/9 – 01/10/2023");
  g_assert_cmpint (line_count (f->page->title_label), ==, 1);
  g_assert_cmpint (line_count (f->page->range_label), ==, 1);
  g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (f->page->range_label)));
  /* Two lines in all: the heading is no taller than its two labels. */
  week_height = gtk_widget_get_height (GTK_WIDGET (f->page->title_label));
  range_height = gtk_widget_get_height (GTK_WIDGET (f->page->range_label));
  g_assert_cmpint (gtk_widget_get_height (heading), <=, week_height + range_height);
}

int
main (int    argc,
      char **argv)
{
  ct_test_widget_init (&argc, &argv);
  bindtextdomain (GETTEXT_PACKAGE, CT_TEST_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_test_add ("/week-page/week-39", Fixture, NULL, fixture_set_up, test_week_39,
              fixture_tear_down);
  g_test_add ("/week-page/navigation", Fixture, NULL, fixture_set_up, test_navigation,
              fixture_tear_down);
  g_test_add ("/week-page/week-53", Fixture, NULL, fixture_set_up, test_week_53,
              fixture_tear_down);
  g_test_add ("/week-page/copy-digest", Fixture, NULL, fixture_set_up, test_copy_digest,
              fixture_tear_down);
  g_test_add ("/week-page/edit-and-open", Fixture, NULL, fixture_set_up, test_edit_and_open,
              fixture_tear_down);
  g_test_add ("/week-page/export-files", Fixture, NULL, fixture_set_up, test_export_files,
              fixture_tear_down);
  g_test_add ("/week-page/export-refuses-database", Fixture, NULL, fixture_set_up,
              test_export_refuses_database, fixture_tear_down);
  g_test_add ("/week-page/copy-fragment", Fixture, NULL, fixture_set_up, test_copy_fragment,
              fixture_tear_down);
  g_test_add ("/week-page/add-item", Fixture, NULL, fixture_set_up, test_add_item,
              fixture_tear_down);
  g_test_add ("/week-page/postpone", Fixture, NULL, fixture_set_up, test_postpone,
              fixture_tear_down);
  g_test_add ("/week-page/adjust", Fixture, NULL, fixture_set_up, test_adjust,
              fixture_tear_down);
  g_test_add ("/week-page/postpone-open-week", Fixture, NULL, fixture_set_up,
              test_postpone_open_week, fixture_tear_down);
  g_test_add ("/week-page/reorder", Fixture, NULL, fixture_set_up, test_reorder,
              fixture_tear_down);
  g_test_add ("/week-page/edit-in-place", Fixture, NULL, fixture_set_up, test_edit_in_place,
              fixture_tear_down);
  g_test_add ("/week-page/export-extension", Fixture, NULL, fixture_set_up,
              test_export_extension, fixture_tear_down);
  g_test_add ("/week-page/narrow-title", Fixture, GINT_TO_POINTER (700), fixture_set_up,
              test_narrow_title, fixture_tear_down);
  return g_test_run ();
}
