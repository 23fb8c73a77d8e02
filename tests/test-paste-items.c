/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <adwaita.h>
#include <locale.h>

#include "ct-paste-items.h"
#include "ct-programme-editor.h"
#include "ct-summary.h"
#include "ct-window.h"
#include "fixture-programme.h"
#include "test-util-widget.h"
#include "window-wait.h"

/* "Paste as Items" in the form: copied lines become items of a section, in one undo step. */

typedef struct
{
  char *dir;
  CtStore *store;
  GtkApplication *app;
  CtWindow *window;
} Fixture;

/* Lines as copied from a fictional e-mail: two numbered items and a table row that an
 * outline's section does not hold. */
static const char pasted[] =
  "1. Tổng hợp báo cáo kết quả thu ngân sách quý I.\n"
  "2. Hội nghị sơ kết công tác phòng chống thiên tai: ngày 12/3/2025 (thứ Tư).\n"
  "Phân công\tVăn phòng\tPhòng Tài chính\n";

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *db = NULL;
  g_autoptr(CtProgramme) programme = fixture_programme_state_2025 ();

  f->dir = g_dir_make_tmp ("congtac-paste-items-XXXXXX", NULL);
  db = g_build_filename (f->dir, "p.db", NULL);
  f->store = ct_store_open (db, &error);
  g_assert_no_error (error);
  g_assert_true (ct_store_save_programme (f->store, programme, &error));
  f->app = ct_test_application_new ("io.github.congtac.CongtacPasteItemsTest");
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

static CtSection *
open_section (Fixture *f,
              guint    i)
{
  return g_ptr_array_index (ct_window_get_programme (f->window)->sections, i);
}

static gboolean
section_has_four (gpointer data)
{
  return open_section (data, 2)->items->len == 4;
}

/* The item's one-line summary, as the form lists it. */
static char *
item_title (CtSection *section,
            guint      i)
{
  return ct_item_dup_summary (g_ptr_array_index (section->items, i));
}

/* Ctrl+Shift+V's action on a section appends the items read from the clipboard; one undo
 * takes them all away. */
static void
test_paste_and_undo (Fixture       *f,
                     gconstpointer  data)
{
  GObject *bin = gtk_widget_get_template_child (GTK_WIDGET (f->window), CT_TYPE_WINDOW,
                                                "editor_bin");
  CtProgrammeEditor *editor = CT_PROGRAMME_EDITOR (adw_bin_get_child (ADW_BIN (bin)));
  GtkWidget *row = ct_programme_editor_get_section_row (editor, 2);
  CtSection *section;
  CtItem *meeting;
  char *title;

  g_assert_cmpuint (open_section (f, 2)->items->len, ==, 2);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (row), pasted);
  g_assert_true (gtk_widget_activate_action (row, "section.paste-items", NULL));
  g_assert_true (ct_test_wait_until (section_has_four, f, 10));
  section = open_section (f, 2);
  title = item_title (section, 0);
  g_assert_cmpstr (title, ==, "Hoàn thành kế hoạch chuyển đổi số của huyện năm 2025.");
  g_free (title);
  title = item_title (section, 2);
  g_assert_cmpstr (title, ==, "Tổng hợp báo cáo kết quả thu ngân sách quý I.");
  g_free (title);
  meeting = g_ptr_array_index (section->items, 3);
  g_assert_cmpint (meeting->kind, ==, CT_ITEM_EVENT);
  g_assert_cmpint (g_date_get_day (&meeting->start_date), ==, 12);
  g_assert_cmpint (g_date_get_month (&meeting->start_date), ==, 3);
  g_assert_cmpint (g_date_get_year (&meeting->start_date), ==, 2025);
  /* The other sections are untouched. */
  g_assert_cmpuint (open_section (f, 0)->items->len, ==, 3);

  g_assert_true (ct_session_undo (ct_window_get_session (f->window)));
  section = open_section (f, 2);
  g_assert_cmpuint (section->items->len, ==, 2);
  title = item_title (section, 1);
  g_assert_cmpstr (title, ==, "Rà soát hồ sơ đất đai tồn đọng.");
  g_free (title);
}

/* The count said after a paste, and the table row left out of the section. */
static void
test_paste_counts (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(CtProgramme) p = fixture_programme_state_2025 ();
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *said = NULL;
  guint added, not_understood;

  g_assert_true (ct_paste_items (p, 2, pasted, &added, &not_understood, &first, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, 2);
  g_assert_cmpuint (not_understood, ==, 1);
  g_assert_cmpstr (first, ==, ((CtItem *) g_ptr_array_index (
                     ((CtSection *) g_ptr_array_index (p->sections, 2))->items, 2))->uuid);
  said = ct_paste_items_describe (added, not_understood);
  g_assert_cmpstr (said, ==, "2 items added; 1 line was not understood and left out");
  g_clear_pointer (&said, g_free);
  said = ct_paste_items_describe (0, 2);
  g_assert_cmpstr (said, ==, "No item was found in the pasted text (2 lines not understood); "
                             "nothing was added");
}

int
main (int    argc,
      char **argv)
{
  ct_test_widget_init (&argc, &argv);
  g_test_add ("/paste-items/paste-and-undo", Fixture, NULL, fixture_set_up, test_paste_and_undo,
              fixture_tear_down);
  g_test_add ("/paste-items/counts", Fixture, NULL, fixture_set_up, test_paste_counts,
              fixture_tear_down);
  return g_test_run ();
}
