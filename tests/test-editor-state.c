/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the editor's rows know of the programme: the section or item they stand for, the
 * place the focus goes back to after a rebuild, and the properties they expose. */
#include <adwaita.h>
#include <glib/gstdio.h>

#include "ct-calendar-row.h"
#include "ct-date-row.h"
#include "ct-footer-editor.h"
#include "ct-form-target.h"
#include "ct-item-editor.h"
#include "ct-programme-editor.h"
#include "ct-section-row.h"
#include "test-util.h"

typedef struct
{
  char *dir;
  char *path;
  CtStore *store;
  CtSession *session;
  char *task_uuids[2];
  char *weekly_uuid;
  CtFormTarget *rebuild;   /* the last target a section row asked for */
  char *opened;            /* the last item a section row asked to open */
} Fixture;

/* Two sections: two tasks, then a weekly item on Mondays with two exception dates. */
static CtProgramme *
new_programme (Fixture *f)
{
  CtProgramme *p = ct_programme_new ();
  CtSection *tasks = ct_programme_add_section (p, "Nhiệm vụ trọng tâm");
  CtSection *weekly = ct_programme_add_section (p, "Giao ban hằng tuần");
  CtItem *item;
  GDate date;

  ct_programme_set_period (p, CT_PERIOD_KIND_MONTH, 2031, 4);
  for (guint i = 0; i < 2; i++)
    {
      item = ct_item_new_task (i == 0 ? "Rà soát kế hoạch quý II." : "Chuẩn bị hội nghị sơ kết.");
      f->task_uuids[i] = g_strdup (item->uuid);
      ct_section_add_item (tasks, item);
    }
  item = ct_item_new (CT_ITEM_RECURRING);
  item->title = g_strdup ("Giao ban Văn phòng");
  item->weekdays = CT_WEEKDAY_MONDAY;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 7, G_DATE_APRIL, 2031);
  ct_item_add_exception (item, &date);
  g_date_set_dmy (&date, 14, G_DATE_APRIL, 2031);
  ct_item_add_exception (item, &date);
  f->weekly_uuid = g_strdup (item->uuid);
  ct_section_add_item (weekly, item);
  ct_programme_add_recipient (p, "Ban Thường vụ", "báo cáo");
  ct_programme_add_recipient (p, "Các chi bộ", "thực hiện");
  ct_programme_add_recipient (p, "Lưu Văn phòng", NULL);
  return p;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtProgramme) programme = NULL;

  f->dir = g_dir_make_tmp ("congtac-editor-state-XXXXXX", NULL);
  f->path = g_build_filename (f->dir, "e.db", NULL);
  f->store = ct_store_open (f->path, &error);
  g_assert_no_error (error);
  programme = new_programme (f);
  g_assert_true (ct_store_save_programme (f->store, programme, &error));
  f->session = ct_session_new (f->store, programme);
  /* Nothing is saved while a test runs: it reads the programme in memory. */
  ct_session_set_autosave_delay (f->session, 3600 * 1000);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->session);
  g_clear_object (&f->store);
  g_clear_pointer (&f->rebuild, ct_form_target_free);
  g_free (f->opened);
  for (guint i = 0; i < 2; i++)
    g_free (f->task_uuids[i]);
  g_free (f->weekly_uuid);
  g_unlink (f->path);
  g_rmdir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static CtProgramme *
programme (Fixture *f)
{
  return ct_session_get_programme (f->session);
}

static CtItem *
item_at (Fixture *f,
         guint    section,
         guint    index)
{
  CtSection *s = g_ptr_array_index (programme (f)->sections, section);

  return g_ptr_array_index (s->items, index);
}

/* The first widget below @root (itself included) that @match accepts, @skip ones left. */
static GtkWidget *
find_nth (GtkWidget    *root,
          gboolean    (*match) (GtkWidget *widget, const char *text),
          const char   *text,
          guint        *skip)
{
  if (match (root, text) && (*skip)-- == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_nth (child, match, text, skip);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The @n-th widget (from 0) below @root that @match accepts, which must be there. */
static GtkWidget *
nth_widget (GtkWidget    *root,
            gboolean    (*match) (GtkWidget *widget, const char *text),
            const char   *text,
            guint         n)
{
  GtkWidget *found = find_nth (root, match, text, &n);

  g_assert_nonnull (found);
  return found;
}

static gboolean
is_button (GtkWidget  *widget,
           const char *text)
{
  return GTK_IS_BUTTON (widget)
         && (g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), text) == 0
             || g_strcmp0 (gtk_widget_get_tooltip_text (widget), text) == 0);
}

/* The @n-th button (from 0) labelled or with the tooltip @text. */
static GtkWidget *
button (GtkWidget  *root,
        const char *text,
        guint       n)
{
  return nth_widget (root, is_button, text, n);
}

static void
rebuild_cb (CtSectionRow       *row,
            const CtFormTarget *target,
            Fixture            *f)
{
  g_clear_pointer (&f->rebuild, ct_form_target_free);
  f->rebuild = ct_form_target_copy (target);
}

static void
open_item_cb (CtSectionRow *row,
              const char   *uuid,
              Fixture      *f)
{
  g_free (f->opened);
  f->opened = g_strdup (uuid);
}

static GtkWidget *
section_row (Fixture *f,
             guint    position)
{
  GtkWidget *row = g_object_ref_sink (ct_section_row_new (f->session, position));

  g_signal_connect (row, "rebuild", G_CALLBACK (rebuild_cb), f);
  g_signal_connect (row, "open-item", G_CALLBACK (open_item_cb), f);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  return row;
}

/* A section row is built from its properties and knows them back. */
static void
test_section_row_properties (Fixture       *f,
                             gconstpointer  data)
{
  GtkWidget *row = section_row (f, 1);
  g_autoptr(CtSession) session = NULL;
  guint position = 0;

  g_object_get (row, "session", &session, "position", &position, NULL);
  g_assert_true (session == f->session);
  g_assert_cmpuint (position, ==, 1);
  g_assert_cmpuint (ct_section_row_get_position (CT_SECTION_ROW (row)), ==, 1);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   "II. Giao ban hằng tuần");
  g_assert_finalize_object (row);
}

/* Each item row moves its own item, and the rebuild is asked to focus that item. */
static void
test_item_rows_move_their_item (Fixture       *f,
                                gconstpointer  data)
{
  GtkWidget *first = section_row (f, 0);
  GtkWidget *second = section_row (f, 1);

  g_signal_emit_by_name (button (first, "Move Item Down", 0), "clicked");
  g_assert_cmpstr (item_at (f, 0, 0)->uuid, ==, f->task_uuids[1]);
  g_assert_cmpstr (item_at (f, 0, 1)->uuid, ==, f->task_uuids[0]);
  g_assert_nonnull (f->rebuild);
  g_assert_cmpint (f->rebuild->kind, ==, CT_FORM_TARGET_ITEM);
  g_assert_cmpstr (f->rebuild->item_uuid, ==, f->task_uuids[0]);

  /* Up from the top of a section: to the end of the one before. */
  g_signal_emit_by_name (button (second, "Move Item Up", 0), "clicked");
  g_assert_cmpuint (((CtSection *) g_ptr_array_index (programme (f)->sections, 0))->items->len,
                    ==, 3);
  g_assert_cmpstr (item_at (f, 0, 2)->uuid, ==, f->weekly_uuid);
  g_assert_cmpstr (f->rebuild->item_uuid, ==, f->weekly_uuid);

  /* The rows still stand for the items they were built with: the second task row of the
   * first section opens the task that was second when it was built. */
  g_signal_emit_by_name (gtk_widget_get_ancestor (button (first, "Move Item Down", 1),
                                                  ADW_TYPE_ACTION_ROW), "activated");
  g_assert_cmpstr (f->opened, ==, f->task_uuids[1]);
  g_assert_finalize_object (first);
  g_assert_finalize_object (second);
}

/* Moving a section asks to focus its new place; each "Add" button adds its own kind. */
static void
test_section_move_and_add (Fixture       *f,
                           gconstpointer  data)
{
  GtkWidget *row = section_row (f, 0);
  CtSection *tasks = g_ptr_array_index (programme (f)->sections, 0);
  CtItem *added;

  ct_section_row_move (CT_SECTION_ROW (row), 1);
  g_assert_true (g_ptr_array_index (programme (f)->sections, 1) == tasks);
  g_assert_cmpint (f->rebuild->kind, ==, CT_FORM_TARGET_SECTION);
  g_assert_cmpuint (f->rebuild->section, ==, 1);
  g_clear_object (&row);

  row = section_row (f, 1);
  g_signal_emit_by_name (button (row, "Add _Event", 0), "clicked");
  g_assert_cmpuint (tasks->items->len, ==, 3);
  added = g_ptr_array_index (tasks->items, 2);
  g_assert_cmpint (added->kind, ==, CT_ITEM_EVENT);
  g_assert_cmpstr (f->opened, ==, added->uuid);
  g_signal_emit_by_name (button (row, "Add _Weekly Item", 0), "clicked");
  g_assert_cmpint (((CtItem *) g_ptr_array_index (tasks->items, 3))->kind, ==,
                   CT_ITEM_RECURRING);
  g_assert_finalize_object (row);
}

/* The first controller of @type on @widget. */
static GtkEventController *
controller (GtkWidget *widget,
            GType      type)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (c, type))
        return c;
    }
  g_assert_not_reached ();
}

/* What the drag handle of @handle's row offers, dropped on @target. */
static gboolean
drag_and_drop (GtkWidget *handle,
               GtkWidget *target)
{
  GtkEventController *source = controller (handle, GTK_TYPE_DRAG_SOURCE);
  GtkEventController *drop = controller (target, GTK_TYPE_DROP_TARGET);
  g_autoptr(GdkContentProvider) content = NULL;
  g_auto(GValue) value = G_VALUE_INIT;
  g_autoptr(GError) error = NULL;
  gboolean done = FALSE;

  g_signal_emit_by_name (source, "prepare", 1.0, 1.0, &content);
  g_assert_nonnull (content);
  g_value_init (&value, CT_TYPE_FORM_TARGET);
  g_assert_true (gdk_content_provider_get_value (content, &value, &error));
  g_assert_no_error (error);
  g_signal_emit_by_name (drop, "drop", &value, 1.0, 1.0, &done);
  return done;
}

static gboolean
is_drag_handle (GtkWidget  *widget,
                const char *text)
{
  return GTK_IS_IMAGE (widget)
         && g_strcmp0 (gtk_image_get_icon_name (GTK_IMAGE (widget)),
                       "list-drag-handle-symbolic") == 0;
}

/* The @n-th drag handle below @root: the section's own first, then its items'. */
static GtkWidget *
drag_handle (GtkWidget *root,
             guint      n)
{
  return nth_widget (root, is_drag_handle, NULL, n);
}

/* A drag carries the section or item itself; a drop moves it. */
static void
test_drag_and_drop (Fixture       *f,
                    gconstpointer  data)
{
  GtkWidget *first = section_row (f, 0);
  GtkWidget *second = section_row (f, 1);
  CtSection *tasks = g_ptr_array_index (programme (f)->sections, 0);

  /* The weekly item dropped on the first task's row takes its place. */
  g_assert_true (drag_and_drop (drag_handle (second, 1),
                                gtk_widget_get_ancestor (drag_handle (first, 1),
                                                         ADW_TYPE_ACTION_ROW)));
  g_assert_cmpstr (item_at (f, 0, 0)->uuid, ==, f->weekly_uuid);
  g_assert_cmpuint (tasks->items->len, ==, 3);
  g_assert_cmpint (f->rebuild->kind, ==, CT_FORM_TARGET_ITEM);
  g_assert_cmpstr (f->rebuild->item_uuid, ==, f->weekly_uuid);

  /* The second task dropped on the second section goes to its end. */
  g_assert_true (drag_and_drop (drag_handle (first, 2), second));
  g_assert_cmpstr (item_at (f, 1, 0)->uuid, ==, f->task_uuids[1]);

  /* The second section dropped on the first takes its place. */
  g_assert_true (drag_and_drop (drag_handle (second, 0), first));
  g_assert_true (g_ptr_array_index (programme (f)->sections, 1) == tasks);
  g_assert_cmpint (f->rebuild->kind, ==, CT_FORM_TARGET_SECTION);
  g_assert_cmpuint (f->rebuild->section, ==, 0);
  /* A section dropped on an item row is refused. */
  g_assert_false (drag_and_drop (drag_handle (first, 0),
                                 gtk_widget_get_ancestor (drag_handle (first, 1),
                                                          ADW_TYPE_ACTION_ROW)));
  g_assert_finalize_object (first);
  g_assert_finalize_object (second);
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

/* The editor tells which session it edits and which item's form is open. */
static void
test_programme_editor_properties (Fixture       *f,
                                  gconstpointer  data)
{
  GtkWidget *editor = g_object_ref_sink (ct_programme_editor_new ());
  guint sessions = 0, items = 0;
  g_autofree char *uuid = NULL;
  g_autoptr(CtSession) session = NULL;

  g_signal_connect (editor, "notify::session", G_CALLBACK (count_notify_cb), &sessions);
  g_signal_connect (editor, "notify::item-uuid", G_CALLBACK (count_notify_cb), &items);
  g_object_set (editor, "session", f->session, NULL);
  g_object_set (editor, "session", f->session, NULL);
  g_assert_cmpuint (sessions, ==, 1);
  g_object_get (editor, "session", &session, "item-uuid", &uuid, NULL);
  g_assert_true (session == f->session);
  g_assert_null (uuid);

  ct_programme_editor_open_item (CT_PROGRAMME_EDITOR (editor), f->weekly_uuid);
  g_object_get (editor, "item-uuid", &uuid, NULL);
  g_assert_cmpstr (uuid, ==, f->weekly_uuid);
  g_assert_cmpuint (items, ==, 1);
  g_clear_pointer (&uuid, g_free);
  ct_programme_editor_show_form (CT_PROGRAMME_EDITOR (editor));
  g_object_get (editor, "item-uuid", &uuid, NULL);
  g_assert_null (uuid);
  g_assert_cmpuint (items, ==, 2);

  ct_programme_editor_set_session (CT_PROGRAMME_EDITOR (editor), NULL);
  g_assert_cmpuint (sessions, ==, 2);
  g_clear_object (&editor);
}

static const char *
recipient (Fixture *f,
           guint    index)
{
  return ((CtRecipient *) g_ptr_array_index (programme (f)->recipients, index))->text;
}

/* Each entry of a recipient's menu acts on the recipient of its own row. */
static void
test_recipient_menu (Fixture       *f,
                     gconstpointer  data)
{
  GtkWidget *footer = g_object_ref_sink (ct_footer_editor_new (f->session));

  g_signal_emit_by_name (button (footer, "Move _Down", 0), "clicked");
  g_assert_cmpstr (recipient (f, 0), ==, "Các chi bộ");
  g_assert_cmpstr (recipient (f, 1), ==, "Ban Thường vụ");
  g_signal_emit_by_name (button (footer, "_Remove", 2), "clicked");
  g_assert_cmpuint (programme (f)->recipients->len, ==, 2);
  g_assert_cmpstr (recipient (f, 1), ==, "Ban Thường vụ");
  g_signal_emit_by_name (button (footer, "Move _Up", 1), "clicked");
  g_assert_cmpstr (recipient (f, 0), ==, "Ban Thường vụ");
  g_assert_cmpstr (recipient (f, 1), ==, "Các chi bộ");
  g_clear_object (&footer);
}

/* A weekday button sets its own day; an exception's button removes that exception. */
static void
test_weekdays_and_exceptions (Fixture       *f,
                              gconstpointer  data)
{
  GtkWidget *form = g_object_ref_sink (ct_item_editor_new (f->session, f->weekly_uuid));
  CtItem *item = ct_programme_find_item (programme (f), f->weekly_uuid, NULL);

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button (form, "T4", 0)), TRUE);
  g_assert_cmpuint (item->weekdays, ==, CT_WEEKDAY_MONDAY | CT_WEEKDAY_WEDNESDAY);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button (form, "T2", 0)), FALSE);
  g_assert_cmpuint (item->weekdays, ==, CT_WEEKDAY_WEDNESDAY);

  g_signal_emit_by_name (button (form, "Remove Exception", 0), "clicked");
  g_assert_cmpuint (item->exceptions->len, ==, 1);
  g_assert_cmpint (g_date_get_day (&g_array_index (item->exceptions, GDate, 0)), ==, 14);
  g_clear_object (&form);
}

/* "clearable" shows the clear button beside a set date, and says so when it changes. */
static void
test_date_row_clearable (void)
{
  GtkWidget *row = g_object_ref_sink (ct_date_row_new ("Ngày", FALSE));
  GtkWidget *clear = button (row, "Clear Date", 0);
  guint changes = 0;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 3, G_DATE_APRIL, 2031);
  ct_date_row_set_date (CT_DATE_ROW (row), &date);
  g_assert_false (gtk_widget_get_visible (clear));
  g_signal_connect (row, "notify::clearable", G_CALLBACK (count_notify_cb), &changes);
  g_object_set (row, "clearable", TRUE, NULL);
  g_object_set (row, "clearable", TRUE, NULL);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_true (ct_date_row_get_clearable (CT_DATE_ROW (row)));
  g_assert_true (gtk_widget_get_visible (clear));
  g_assert_finalize_object (row);
}

static void
change_date_cb (GtkButton *button,
                char     **uuid)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), CT_TYPE_CALENDAR_ROW);

  *uuid = g_strdup (ct_calendar_row_get_item_uuid (CT_CALENDAR_ROW (row)));
}

/* A calendar row carries its item's UUID, which its "Change Date…" button finds. */
static void
test_calendar_row_item (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(CtItem) event = NULL;
  CtOccurrence occurrence = { 0, };
  g_autofree char *uuid = NULL;
  g_autofree char *clicked = NULL;
  GtkWidget *row;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 16, G_DATE_APRIL, 2031);
  event = ct_item_new_event ("Hội nghị sơ kết quý I", &date);
  occurrence.item = event;
  occurrence.date = date;
  occurrence.start_minute = occurrence.end_minute = CT_NO_TIME;
  occurrence.count = 1;
  row = g_object_ref_sink (ct_calendar_row_new (&occurrence, NULL, G_CALLBACK (change_date_cb),
                                                &clicked));
  g_object_get (row, "item-uuid", &uuid, NULL);
  g_assert_cmpstr (uuid, ==, event->uuid);
  g_signal_emit_by_name (button (row, "_Change Date…", 0), "clicked");
  g_assert_cmpstr (clicked, ==, event->uuid);
  g_assert_finalize_object (row);
}

int
main (int    argc,
      char **argv)
{
  ct_test_keep_quark_table ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  CT_TEST_ADD ("/editor-state/section-row-properties", test_section_row_properties);
  CT_TEST_ADD ("/editor-state/item-rows-move-their-item", test_item_rows_move_their_item);
  CT_TEST_ADD ("/editor-state/section-move-and-add", test_section_move_and_add);
  CT_TEST_ADD ("/editor-state/drag-and-drop", test_drag_and_drop);
  CT_TEST_ADD ("/editor-state/programme-editor-properties", test_programme_editor_properties);
  CT_TEST_ADD ("/editor-state/recipient-menu", test_recipient_menu);
  CT_TEST_ADD ("/editor-state/weekdays-and-exceptions", test_weekdays_and_exceptions);
  g_test_add_func ("/editor-state/date-row-clearable", test_date_row_clearable);
  CT_TEST_ADD ("/editor-state/calendar-row-item", test_calendar_row_item);
  return g_test_run ();
}
