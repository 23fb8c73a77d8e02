/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <adwaita.h>
#include <locale.h>

#include "ct-item-editor.h"
#include "ct-paste-offer.h"
#include "ct-programme-editor.h"
#include "ct-section-row.h"
#include "ct-summary.h"
#include "ct-window.h"
#include "fixture-programme.h"
#include "test-util-widget.h"
#include "window-wait.h"

/* Lines pasted with Ctrl+V into one field: the paste stays, and a toast offers to make
 * them items of the field's section instead. */

typedef struct
{
  char *dir;
  CtStore *store;
  GtkApplication *app;
  CtWindow *window;
} Fixture;

/* Three tasks as copied from a fictional e-mail. */
static const char pasted[] =
  "1. Rà soát danh mục dự án đầu tư công năm 2026.\n"
  "2. Hoàn thiện hồ sơ công nhận xã Bến Đò đạt chuẩn nông thôn mới.\n"
  "3. Tổng kết công tác phòng chống dịch bệnh gia súc.\n";

static const char *const pasted_titles[] = {
  "Rà soát danh mục dự án đầu tư công năm 2026.",
  "Hoàn thiện hồ sơ công nhận xã Bến Đò đạt chuẩn nông thôn mới.",
  "Tổng kết công tác phòng chống dịch bệnh gia súc.",
};

#define OFFER "Pasted 3 lines into one field"
#define TASKS 2     /* "Nhiệm vụ trọng tâm": two tasks in the fixture */

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *db = NULL;
  g_autoptr(CtProgramme) programme = fixture_programme_state_2025 ();

  f->dir = g_dir_make_tmp ("congtac-paste-offer-XXXXXX", NULL);
  db = g_build_filename (f->dir, "p.db", NULL);
  f->store = ct_store_open (db, &error);
  g_assert_no_error (error);
  g_assert_true (ct_store_save_programme (f->store, programme, &error));
  f->app = ct_test_application_new ("io.github.congtac.CongtacPasteOfferTest");
  f->window = ct_window_new (f->app, f->store);
  gtk_window_present (GTK_WINDOW (f->window));
  g_assert_true (ct_test_open_programme (f->window, programme->id, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  ct_test_close_window (f->window, &f->store, f->dir);
  g_clear_object (&f->app);
  g_free (f->dir);
}

static GtkWidget *
get_overlay (Fixture *f)
{
  return GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (f->window), CT_TYPE_WINDOW,
                                                    "toast_overlay"));
}

static CtSection *
tasks_section (Fixture *f)
{
  return g_ptr_array_index (ct_window_get_programme (f->window)->sections, TASKS);
}

static CtItem *
first_task (Fixture *f)
{
  return g_ptr_array_index (tasks_section (f)->items, 0);
}

static gboolean
in_toast (GtkWidget *widget)
{
  return gtk_widget_get_ancestor (widget, g_type_from_name ("AdwToastWidget")) != NULL;
}

static gboolean
is_toast_label (GtkWidget     *widget,
                gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), data) == 0
         && in_toast (widget);
}

static gboolean
is_toast_button (GtkWidget     *widget,
                 gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)),
                                              "_Paste as Items") == 0 && in_toast (widget);
}

static gboolean
is_text (GtkWidget     *widget,
         gconstpointer  data)
{
  return GTK_IS_TEXT (widget);
}

typedef struct
{
  Fixture *f;
  const char *title;
} ToastWait;

static gboolean
toast_shown (gpointer data)
{
  ToastWait *wait = data;

  return ct_test_find_widget (get_overlay (wait->f), is_toast_label, wait->title) != NULL;
}

static void
wait_for_toast (Fixture    *f,
                const char *title)
{
  ToastWait wait = { f, title };

  g_assert_true (ct_test_wait_until (toast_shown, &wait, 10));
}

static gboolean
section_has_five (gpointer data)
{
  return tasks_section (data)->items->len == 5;
}

/* Runs what is pending: the clipboard is this process's own, read without a round trip. */
static void
drain (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static char *
buffer_text (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static gboolean
one_line_in (gpointer data)
{
  g_autofree char *text = buffer_text (data);

  return g_str_has_suffix (text, "2025.Bổ sung kinh phí.");
}

/* The paragraphs of the first task, one a line. */
static char *
task_text (Fixture *f)
{
  GPtrArray *paragraphs = first_task (f)->paragraphs;
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < paragraphs->len; i++)
    g_string_append_printf (text, "%s%s", i > 0 ? "\n" : "",
                            (char *) g_ptr_array_index (paragraphs, i));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Opens the first task's form and pastes @text at the end of its text, as Ctrl+V does;
 * returns the text's buffer (a new reference) once the paste is in. */
static GtkTextBuffer *
paste_into_task (Fixture    *f,
                 const char *text)
{
  GtkWidget *form, *view;
  GtkTextBuffer *buffer;
  GtkTextIter end;

  ct_programme_editor_open_item (ct_test_get_editor (f->window), first_task (f)->uuid);
  form = ct_programme_editor_get_item_editor (ct_test_get_editor (f->window));
  view = ct_item_editor_get_field (CT_ITEM_EDITOR (form), "paragraph");
  g_assert_true (GTK_IS_TEXT_VIEW (view));
  buffer = g_object_ref (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)));
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_place_cursor (buffer, &end);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (view), text);
  g_signal_emit_by_name (view, "paste-clipboard");
  return buffer;
}

static void
assert_pasted_items (Fixture *f)
{
  g_assert_true (ct_test_wait_until (section_has_five, f, 10));
  for (guint i = 0; i < G_N_ELEMENTS (pasted_titles); i++)
    {
      CtItem *item = g_ptr_array_index (tasks_section (f)->items, TASKS + i);
      g_autofree char *title = ct_item_dup_summary (item);

      g_assert_cmpint (item->kind, ==, CT_ITEM_TASK);
      g_assert_cmpstr (title, ==, pasted_titles[i]);
    }
}

/* Three lines pasted into a task's text: the paste stays and a toast offers them as items;
 * its button puts the text back as it was and adds the three tasks, in one undo step. */
static void
test_task_text (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *before = task_text (f);
  g_autofree char *after = g_strconcat (before, pasted, NULL);
  g_autoptr(GtkTextBuffer) buffer = paste_into_task (f, pasted);
  g_autofree char *text = NULL;

  wait_for_toast (f, OFFER);
  text = buffer_text (buffer);
  g_assert_cmpstr (text, ==, after);
  g_clear_pointer (&text, g_free);

  g_signal_emit_by_name (ct_test_find_widget (get_overlay (f), is_toast_button, NULL), "clicked");
  text = buffer_text (buffer);
  g_assert_cmpstr (text, ==, before);
  g_clear_pointer (&text, g_free);
  assert_pasted_items (f);
  text = task_text (f);
  g_assert_cmpstr (text, ==, before);
  g_clear_pointer (&text, g_free);
  /* The form of the sections shows, with the new items. */
  g_assert_null (ct_programme_editor_get_item_editor (ct_test_get_editor (f->window)));
  wait_for_toast (f, "3 items added");

  g_assert_true (ct_session_undo (ct_window_get_session (f->window)));
  g_assert_cmpuint (tasks_section (f)->items->len, ==, TASKS);
  text = task_text (f);
  g_assert_cmpstr (text, ==, before);
}

/* Typing after the paste is kept: the button then only adds the items, and says so. */
static void
test_typed_after_paste (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *before = task_text (f);
  g_autofree char *typed = g_strconcat (before, pasted, "Bổ sung", NULL);
  g_autoptr(GtkTextBuffer) buffer = paste_into_task (f, pasted);
  g_autofree char *text = NULL;

  wait_for_toast (f, OFFER);
  gtk_text_buffer_insert_at_cursor (buffer, "Bổ sung", -1);
  g_signal_emit_by_name (ct_test_find_widget (get_overlay (f), is_toast_button, NULL), "clicked");
  text = buffer_text (buffer);
  g_assert_cmpstr (text, ==, typed);
  g_clear_pointer (&text, g_free);
  assert_pasted_items (f);
  text = task_text (f);
  g_assert_cmpstr (text, ==, typed);
  wait_for_toast (f, "3 items added. The field you pasted into keeps what you typed");
}

/* One line is what a field is for: no toast. */
static void
test_one_line (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GtkTextBuffer) buffer = paste_into_task (f, "Bổ sung kinh phí.");

  /* The field's paste is in; what the offer read from the clipboard is too, once the
   * main loop has run what is pending. */
  g_assert_true (ct_test_wait_until (one_line_in, buffer, 10));
  drain ();
  g_assert_null (ct_test_find_widget (get_overlay (f), is_toast_button, NULL));
  g_assert_cmpuint (tasks_section (f)->items->len, ==, TASKS);
}

/* A section's heading, a one-line field (it joins the lines), pasted into from its context
 * menu: the same offer, for the section of that heading. */
static void
test_heading (Fixture       *f,
              gconstpointer  data)
{
  GtkWidget *row = ct_programme_editor_get_section_row (ct_test_get_editor (f->window), TASKS);
  g_autofree char *before = g_strdup (tasks_section (f)->title);
  GtkWidget *text;

  ct_section_row_focus_title (CT_SECTION_ROW (row));
  text = ct_test_find_widget (row, is_text, NULL);
  g_assert_nonnull (text);
  gtk_editable_set_position (GTK_EDITABLE (text), -1);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (text), pasted);
  g_assert_true (gtk_widget_activate_action (text, "clipboard.paste", NULL));
  wait_for_toast (f, OFFER);
  g_assert_true (g_str_has_prefix (tasks_section (f)->title, before));
  g_assert_cmpstr (tasks_section (f)->title, !=, before);

  g_signal_emit_by_name (ct_test_find_widget (get_overlay (f), is_toast_button, NULL), "clicked");
  g_assert_cmpstr (tasks_section (f)->title, ==, before);
  assert_pasted_items (f);
}

/* Two lines are offered only when they are two items, not one sentence wrapped in two. */
static void
test_rule (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(CtProgramme) p = fixture_programme_state_2025 ();
  guint n = 0;

  g_assert_true (ct_paste_offer_wanted (p, TASKS, pasted, &n));
  g_assert_cmpuint (n, ==, 3);
  g_assert_true (ct_paste_offer_wanted (p, TASKS, "- Kiểm tra hồ sơ.\r\n\r\n- Báo cáo kết quả.\r\n",
                                        &n));
  g_assert_cmpuint (n, ==, 2);
  g_assert_false (ct_paste_offer_wanted (p, TASKS, "Tăng cường kiểm tra việc chấp hành các quy "
                                         "định về an toàn\nthực phẩm tại các chợ.", &n));
  g_assert_cmpuint (n, ==, 2);
  g_assert_false (ct_paste_offer_wanted (p, TASKS, "Một dòng.\n\n", &n));
  g_assert_cmpuint (n, ==, 1);
  /* The programme itself is not changed by the trial. */
  g_assert_cmpuint (((CtSection *) g_ptr_array_index (p->sections, TASKS))->items->len, ==,
                    TASKS);
}

int
main (int    argc,
      char **argv)
{
  ct_test_widget_init (&argc, &argv);
  g_test_add ("/paste-offer/task-text", Fixture, NULL, fixture_set_up, test_task_text,
              fixture_tear_down);
  g_test_add ("/paste-offer/typed-after-paste", Fixture, NULL, fixture_set_up,
              test_typed_after_paste, fixture_tear_down);
  g_test_add ("/paste-offer/one-line", Fixture, NULL, fixture_set_up, test_one_line,
              fixture_tear_down);
  g_test_add ("/paste-offer/heading", Fixture, NULL, fixture_set_up, test_heading,
              fixture_tear_down);
  g_test_add ("/paste-offer/rule", Fixture, NULL, fixture_set_up, test_rule,
              fixture_tear_down);
  return g_test_run ();
}
