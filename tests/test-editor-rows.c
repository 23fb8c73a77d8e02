/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the form's rows show beside what is typed: a task's due time in its row of the
 * section list, and the status of a timing row under its field. */
#include <adwaita.h>

#include "ct-item-editor.h"
#include "ct-section-row.h"
#include "ct-when-row.h"
#include "fixture-programme.h"
#include "test-util-widget.h"

typedef struct
{
  char *dir;
  CtStore *store;
  CtSession *session;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtProgramme) programme = fixture_programme_state_2025 ();
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("congtac-editor-rows-XXXXXX", NULL);
  path = g_build_filename (f->dir, "e.db", NULL);
  f->store = ct_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (ct_store_save_programme (f->store, programme, &error));
  f->session = ct_session_new (f->store, programme);
  /* Nothing is saved: the tests read the programme in memory. */
  ct_session_set_autosave_delay (f->session, 3600 * 1000);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->session);
  g_clear_object (&f->store);
  ct_test_remove_tree (f->dir);
  g_free (f->dir);
}

/* The task @index of the fixture's "Nhiệm vụ trọng tâm". */
static CtItem *
task (Fixture *f,
      guint    index)
{
  CtSection *section = g_ptr_array_index (ct_session_get_programme (f->session)->sections, 2);

  return g_ptr_array_index (section->items, index);
}

static GtkWidget *
form_for (Fixture      *f,
          const CtItem *item)
{
  GtkWidget *form = ct_item_editor_new (f->session, item->uuid);

  g_assert_nonnull (form);
  return g_object_ref_sink (form);
}

static GtkWidget *
field (GtkWidget  *form,
       const char *name)
{
  GtkWidget *row = ct_item_editor_get_field (CT_ITEM_EDITOR (form), name);

  g_assert_nonnull (row);
  return row;
}

static gboolean
is_row_starting (GtkWidget     *widget,
                 gconstpointer  title)
{
  return ADW_IS_ACTION_ROW (widget) &&
         g_str_has_prefix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title);
}

static const char *
subtitle_of (GtkWidget  *section,
             const char *title)
{
  GtkWidget *row = ct_test_find_widget (section, is_row_starting, title);

  g_assert_nonnull (row);
  return adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
}

static gboolean
count_frame_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       data)
{
  (*(guint *) data)++;
  return G_SOURCE_CONTINUE;
}

/* Waits until @widget was drawn twice: laid out again after a change. */
static void
wait_frames (GtkWidget *widget)
{
  guint frames = 0;
  guint id = gtk_widget_add_tick_callback (widget, count_frame_cb, &frames, NULL);

  while (frames < 3)
    g_main_context_iteration (NULL, TRUE);
  gtk_widget_remove_tick_callback (widget, id);
}

/* The status of a due or "Thời gian" row is under the field, as wide as the row: in a
 * form 700 px wide a reason why the text is no date is one line, not a narrow column
 * beside the field; an empty row shows none. */
static void
test_when_status_under_field (Fixture       *f,
                              gconstpointer  data)
{
  GtkWidget *form = form_for (f, task (f, 0));
  GtkWidget *window = gtk_window_new ();
  GtkWidget *due = field (form, "when");
  GtkWidget *status = ct_when_row_get_status (CT_WHEN_ROW (due));
  GtkWidget *calendar = ct_when_row_get_calendar (CT_WHEN_ROW (due));

  gtk_window_set_default_size (GTK_WINDOW (window), 700, 600);
  gtk_window_set_child (GTK_WINDOW (window), form);
  gtk_window_present (GTK_WINDOW (window));
  ct_test_wait_mapped (due);
  gtk_editable_set_text (GTK_EDITABLE (due), "24-25/3");
  wait_frames (status);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (status)), ==,
                   "A task is due on one day: type its last day only");
  g_assert_true (gtk_widget_is_ancestor (status, due));
  g_assert_cmpint (gtk_label_get_max_width_chars (GTK_LABEL (status)), ==, -1);
  g_assert_cmpint (pango_layout_get_line_count (gtk_label_get_layout (GTK_LABEL (status))), ==,
                   1);
  g_assert_cmpint (gtk_widget_get_width (status), >, gtk_widget_get_width (due) / 2);
  /* Under the field: below the calendar's button, not beside it. */
  {
    graphene_point_t top = { 0, 0 }, button_top = { 0, 0 }, in_row, button_in_row;
    GtkWidget *pick = gtk_widget_get_ancestor (calendar, GTK_TYPE_MENU_BUTTON);

    g_assert_true (gtk_widget_compute_point (status, due, &top, &in_row));
    g_assert_true (gtk_widget_compute_point (pick, due, &button_top, &button_in_row));
    g_assert_cmpfloat (in_row.y, >=, button_in_row.y + gtk_widget_get_height (pick));
  }
  gtk_editable_set_text (GTK_EDITABLE (due), "");
  g_assert_false (gtk_widget_get_visible (status));
  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&form);
}

/* A task's row in the section list says when it is due: its date, or its wording as
 * typed; the rows shown again after an edit say the new one. */
static void
test_task_row_due (Fixture       *f,
                   gconstpointer  data)
{
  GtkWidget *section = g_object_ref_sink (ct_section_row_new (f->session, 2));
  GtkWidget *form = form_for (f, task (f, 0));

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (section), TRUE);
  g_assert_cmpstr (subtitle_of (section, "Hoàn thành kế hoạch"), ==, "Task · due 25/3/2025");
  g_assert_cmpstr (subtitle_of (section, "Rà soát hồ sơ"), ==, "Task · quý II");
  gtk_editable_set_text (GTK_EDITABLE (field (form, "when")), "quý IV");
  ct_section_row_restore (CT_SECTION_ROW (section));
  g_assert_cmpstr (subtitle_of (section, "Hoàn thành kế hoạch"), ==, "Task · quý IV");
  gtk_editable_set_text (GTK_EDITABLE (field (form, "when")), "");
  ct_section_row_restore (CT_SECTION_ROW (section));
  g_assert_cmpstr (subtitle_of (section, "Hoàn thành kế hoạch"), ==, "Task");
  g_clear_object (&form);
  g_clear_object (&section);
}

int
main (int    argc,
      char **argv)
{
  ct_test_widget_init (&argc, &argv);
  CT_TEST_ADD ("/editor-rows/task-row-due", test_task_row_due);
  CT_TEST_ADD ("/editor-rows/when-status-under-field", test_when_status_under_field);
  return g_test_run ();
}
