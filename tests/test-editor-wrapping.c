/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The fields whose text wraps show their text whenever they are shown: built anew while
 * hidden (an item's page opened again, the next or previous item, a programme created or
 * opened while another page is shown) or changed while hidden (an undo), their text is
 * drawn and as tall as it is, and a multi-line field shows it has the focus as an entry
 * row does. What is checked is what is drawn, not what the buffer holds. */
#include <adwaita.h>

#include "editor-window.h"
#include "window-wait.h"
#include "ct-item-editor.h"
#include "ct-lines-row.h"
#include "ct-new-programme-dialog.h"
#include "ct-programme-editor.h"
#include "ct-sample.h"
#include "ct-window.h"
#include "test-util-widget.h"

typedef CtTestEditorWindow Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  ct_test_editor_window_set_up (f, "io.github.congtac.CongtacWrappingTest", NULL, 1366, 768);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  ct_test_editor_window_tear_down (f);
}

/* A title long enough to wrap in a form 1366 px wide. */
#define LONG_TITLE "Hội nghị thử nghiệm trường văn bản dài của Văn phòng Huyện ủy Sông Mây " \
                   "về việc rà soát, sắp xếp lịch làm việc của Thường trực trong quý"

static gboolean
count_frame_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       data)
{
  (*(guint *) data)++;
  return G_SOURCE_CONTINUE;
}

/* Waits until @widget is shown, then three times runs what is due (the view lays out the
 * rest of its text when idle) and waits for the next frame: laid out again and drawn if
 * it asked to be. */
static void
wait_drawn (GtkWidget *widget)
{
  ct_test_wait_mapped (widget);
  for (guint i = 0; i < 3; i++)
    {
      guint frames = 0;
      guint id;

      while (g_main_context_iteration (NULL, FALSE))
        ;
      id = gtk_widget_add_tick_callback (widget, count_frame_cb, &frames, NULL);
      while (frames < 2)
        g_main_context_iteration (NULL, TRUE);
      gtk_widget_remove_tick_callback (widget, id);
    }
}

static gboolean
is_dark (const guint8 *pixel)
{
  /* Cairo's ARGB32 in memory order on a little-endian machine: B, G, R, A. */
  return pixel[0] < 128 && pixel[1] < 128 && pixel[2] < 128;
}

/* How many pixels of @widget, drawn as the window draws it on white, are dark: text. */
static guint
dark_pixels (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  g_autoptr(GskRenderNode) node = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  guint count = 0;

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, MAX (width, 1), MAX (height, 1));
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  if (node != NULL)
    gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  for (int y = 0; y < height; y++)
    {
      const guint8 *row = cairo_image_surface_get_data (surface)
                          + y * cairo_image_surface_get_stride (surface);

      for (int x = 0; x < width; x++)
        count += is_dark (row + 4 * x);
    }
  cairo_surface_destroy (surface);
  return count;
}

/* @view, once shown, draws its text, and is tall enough for its last line. */
static void
assert_text_shown (GtkWidget  *view,
                   const char *text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  g_autofree char *held = NULL;
  GtkTextIter start, end;
  GdkRectangle last;
  int x, bottom;

  wait_drawn (view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  held = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_cmpstr (held, ==, text);
  gtk_text_view_get_iter_location (GTK_TEXT_VIEW (view), &end, &last);
  gtk_text_view_buffer_to_window_coords (GTK_TEXT_VIEW (view), GTK_TEXT_WINDOW_WIDGET,
                                         last.x, last.y + last.height, &x, &bottom);
  g_assert_cmpint (bottom, <=, gtk_widget_get_height (view));
  /* A letter takes some ten dark pixels; an empty field or a cursor far fewer. */
  g_assert_cmpuint (dark_pixels (view), >=, 5 * g_utf8_strlen (text, -1));
}

static CtItem *
first_event (CtProgramme *p,
             guint        n)
{
  for (guint i = 0; i < p->sections->len; i++)
    {
      CtSection *section = g_ptr_array_index (p->sections, i);

      for (guint j = 0; j < section->items->len; j++)
        {
          CtItem *item = g_ptr_array_index (section->items, j);

          if (item->kind == CT_ITEM_EVENT && n-- == 0)
            return item;
        }
    }
  g_assert_not_reached ();
}

static GtkWidget *
open_item (Fixture *f,
           CtItem  *item)
{
  CtProgrammeEditor *editor = ct_test_get_editor (f->window);
  g_autofree char *uuid = g_strdup (item->uuid);

  ct_programme_editor_open_item (editor, uuid);
  g_assert_nonnull (ct_programme_editor_get_item_editor (editor));
  return ct_programme_editor_get_item_editor (editor);
}

static GtkWidget *
title_view (Fixture *f)
{
  GtkWidget *form = ct_programme_editor_get_item_editor (ct_test_get_editor (f->window));
  GtkWidget *view = ct_item_editor_get_field (CT_ITEM_EDITOR (form), "title");

  g_assert_true (GTK_IS_TEXT_VIEW (view));
  return view;
}

/* One key on the focused widget, as GTK delivers it. */
static void
press (Fixture         *f,
       guint            keyval,
       GdkModifierType  mods)
{
  GtkWidget *target = gtk_window_get_focus (GTK_WINDOW (f->window));

  g_assert_nonnull (target);
  g_assert_true (ct_test_press_key (target, keyval, mods));
}

/* An event's title typed on its page, Escape, and the page opened again. */
static void
test_item_reopened (Fixture       *f,
                    gconstpointer  data)
{
  CtItem *event = first_event (ct_window_get_programme (f->window), 0);
  GtkWidget *view;

  open_item (f, event);
  view = title_view (f);
  wait_drawn (view);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), LONG_TITLE, -1);
  gtk_widget_grab_focus (view);
  press (f, GDK_KEY_Escape, 0);
  g_assert_null (ct_programme_editor_get_item_editor (ct_test_get_editor (f->window)));
  open_item (f, event);
  assert_text_shown (title_view (f), LONG_TITLE);
  g_assert_cmpstr (event->title, ==, LONG_TITLE);
}

/* Ctrl+Page Down and Ctrl+Page Up build the next and the previous item's page. */
static void
test_item_next_previous (Fixture       *f,
                         gconstpointer  data)
{
  CtProgramme *p = ct_window_get_programme (f->window);
  CtItem *first = first_event (p, 0);
  CtItem *second = first_event (p, 1);
  GtkWidget *view;

  g_free (second->title);
  second->title = g_strdup (LONG_TITLE);
  open_item (f, first);
  view = title_view (f);
  wait_drawn (view);
  gtk_widget_grab_focus (view);
  /* The second event follows the first in the sample. */
  press (f, GDK_KEY_Page_Down, GDK_CONTROL_MASK);
  g_assert_cmpstr (ct_item_editor_get_uuid (CT_ITEM_EDITOR (
                     ct_programme_editor_get_item_editor (ct_test_get_editor (f->window)))),
                   ==, second->uuid);
  assert_text_shown (title_view (f), LONG_TITLE);
  gtk_widget_grab_focus (title_view (f));
  press (f, GDK_KEY_Page_Up, GDK_CONTROL_MASK);
  assert_text_shown (title_view (f), first->title);
}

static GtkWidget *
document_view (Fixture    *f,
               const char *name)
{
  GtkWidget *view = ct_programme_editor_get_field (ct_test_get_editor (f->window), name);

  g_assert_true (GTK_IS_TEXT_VIEW (view));
  return view;
}

static void
show_page (Fixture    *f,
           const char *page)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s",
                                             page));
  g_assert_cmpstr (ct_window_get_page (f->window), ==, page);
}

/* A body's name typed, the calendar shown, the typing undone there: back in the form, the
 * name shown is the one before. */
static void
test_undo_while_hidden (Fixture       *f,
                        gconstpointer  data)
{
  CtProgramme *p = ct_window_get_programme (f->window);
  g_autofree char *before = g_strdup (p->issuing_body);
  GtkWidget *view = document_view (f, "issuing_body");
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));

  g_assert_nonnull (before);
  wait_drawn (view);
  gtk_widget_grab_focus (view);
  gtk_text_buffer_set_text (buffer, "", -1);
  g_assert_null (p->issuing_body);
  show_page (f, "calendar");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  g_assert_cmpstr (ct_window_get_programme (f->window)->issuing_body, ==, before);
  show_page (f, "editor");
  assert_text_shown (document_view (f, "issuing_body"), before);
}

static gboolean
opened_period (gpointer data)
{
  Fixture *f = data;
  CtProgramme *p = ct_window_get_programme (f->window);

  return p != NULL && p->period_year == 2027 && p->period_index == 1
         && !ct_window_get_busy (f->window);
}

/* From the calendar, a new programme copying the month before: its form, built while the
 * calendar is shown, shows the bodies' names taken over. */
static void
test_new_programme_from_calendar (Fixture       *f,
                                  gconstpointer  data)
{
  g_autofree char *superior = g_strdup (ct_window_get_programme (f->window)->superior_body);
  g_autofree char *issuing = g_strdup (ct_window_get_programme (f->window)->issuing_body);
  GtkWindow *dialog;

  show_page (f, "calendar");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new", NULL));
  dialog = ct_test_find_toplevel (CT_TYPE_NEW_PROGRAMME_DIALOG);
  g_assert_nonnull (dialog);
  ct_new_programme_dialog_set_period (CT_NEW_PROGRAMME_DIALOG (dialog), 2027, 1, TRUE);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "create");
  g_assert_true (ct_test_wait_until (opened_period, f, 10));
  ct_test_wait_window (f->window);
  show_page (f, "editor");
  assert_text_shown (document_view (f, "superior_body"), superior);
  assert_text_shown (document_view (f, "issuing_body"), issuing);
}

/* Another programme chosen in the sidebar while an item's page is shown. */
static void
test_programme_switched (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(CtProgramme) other = ct_sample_programme_new ();
  g_autoptr(GError) error = NULL;

  g_free (other->issuing_body);
  other->issuing_body = g_strdup ("ỦY BAN NHÂN DÂN\nHUYỆN SÔNG MÂY\nVĂN PHÒNG");
  other->period_index = other->period_index % 12 + 1;
  g_assert_true (ct_store_save_programme (ct_window_get_store (f->window), other, &error));
  g_assert_no_error (error);
  open_item (f, first_event (ct_window_get_programme (f->window), 0));
  wait_drawn (title_view (f));
  g_assert_true (ct_test_open_programme (f->window, other->id, &error));
  g_assert_no_error (error);
  assert_text_shown (document_view (f, "issuing_body"), other->issuing_body);
}

/* A body's name row built and filled before its window is shown, as the form's header is
 * when a programme opens: its lines are drawn. */
static void
test_lines_row_filled_hidden (Fixture       *f,
                              gconstpointer  data)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *row = ct_lines_row_new ("Cơ quan ban hành");
  GtkWidget *view = ct_lines_row_get_view (CT_LINES_ROW (row));
  const char *name = "ỦY BAN NHÂN DÂN\nHUYỆN SÔNG MÂY";

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), name, -1);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  gtk_window_set_child (GTK_WINDOW (window), group);
  gtk_window_set_default_size (GTK_WINDOW (window), 700, 400);
  gtk_window_present (GTK_WINDOW (window));
  assert_text_shown (view, name);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
has_class (GtkWidget  *widget,
           const char *name)
{
  return gtk_widget_has_css_class (widget, name);
}

/* A body's name row, focused, is drawn as a focused entry row (libadwaita's row.entry
 * with .focused); left, it is not. */
static void
test_lines_row_focus_ring (Fixture       *f,
                           gconstpointer  data)
{
  GtkWidget *view = document_view (f, "superior_body");
  GtkWidget *row = gtk_widget_get_ancestor (view, CT_TYPE_LINES_ROW);
  GtkWidget *other = document_view (f, "issuing_body");

  g_assert_nonnull (row);
  wait_drawn (view);
  g_assert_true (has_class (row, "entry"));
  g_assert_false (has_class (row, "focused"));
  g_assert_true (gtk_widget_grab_focus (row));
  g_assert_true (gtk_widget_has_focus (view));
  g_assert_true (has_class (row, "focused"));
  g_assert_true (gtk_widget_grab_focus (other));
  g_assert_false (has_class (row, "focused"));
  g_assert_true (has_class (gtk_widget_get_ancestor (other, CT_TYPE_LINES_ROW), "focused"));
}

int
main (int    argc,
      char **argv)
{
  ct_test_widget_init (&argc, &argv);
  CT_TEST_ADD ("/editor-wrapping/item-reopened", test_item_reopened);
  CT_TEST_ADD ("/editor-wrapping/item-next-previous", test_item_next_previous);
  CT_TEST_ADD ("/editor-wrapping/undo-while-hidden", test_undo_while_hidden);
  CT_TEST_ADD ("/editor-wrapping/new-programme-from-calendar", test_new_programme_from_calendar);
  CT_TEST_ADD ("/editor-wrapping/programme-switched", test_programme_switched);
  CT_TEST_ADD ("/editor-wrapping/lines-row-filled-hidden", test_lines_row_filled_hidden);
  CT_TEST_ADD ("/editor-wrapping/lines-row-focus-ring", test_lines_row_focus_ring);
  return g_test_run ();
}
