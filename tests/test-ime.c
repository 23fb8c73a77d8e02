/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Typing with a Vietnamese input method (ibus-Unikey, fcitx5: Telex or VNI): the word
 * being composed is preedit text shown in the field but not yet its text. The fields get
 * a test input method in the place of ibus: the test puts a word into preedit, and keys
 * are delivered as GTK delivers them (controllers from the window down, the input method
 * of the focused text, controllers back up, then the widget's own handling), the input
 * method behaving as Unikey does: an arrow key ends the word and goes no further, Enter
 * and Ctrl+Z pass on while the word is still composed. Like ibus, it can also commit the
 * word asked for by a reset only later, from the main loop. */
#include <string.h>
#include <adwaita.h>

#include "window-wait.h"
#include "ct-agenda-row.h"
#include "ct-programme-editor.h"
#include "ct-sample.h"
#include "ct-session.h"
#include "ct-window.h"
#include "test-util-widget.h"

/* ------------------------------------------------------------------ the input method */

#define CT_TYPE_TEST_IM (ct_test_im_get_type ())
G_DECLARE_FINAL_TYPE (CtTestIm, ct_test_im, CT, TEST_IM, GtkIMContext)

struct _CtTestIm
{
  GtkIMContext parent_instance;
  GString *preedit;
};

G_DEFINE_FINAL_TYPE (CtTestIm, ct_test_im, GTK_TYPE_IM_CONTEXT)

/* The context of the focused text. */
static CtTestIm *focused;
/* A reset or the focus leaving commits the word from an idle, as ibus does once its
 * answer comes back. */
static gboolean late_commit;

static void
im_commit (CtTestIm *self)
{
  g_autofree char *word = NULL;

  if (self->preedit->len == 0)
    return;
  word = g_strdup (self->preedit->str);
  g_string_truncate (self->preedit, 0);
  g_signal_emit_by_name (self, "preedit-changed");
  g_signal_emit_by_name (self, "preedit-end");
  g_signal_emit_by_name (self, "commit", word);
}

static void
im_get_preedit_string (GtkIMContext   *context,
                       char          **str,
                       PangoAttrList **attrs,
                       int            *cursor_pos)
{
  CtTestIm *self = CT_TEST_IM (context);

  if (str != NULL)
    *str = g_strdup (self->preedit->str);
  if (attrs != NULL)
    *attrs = pango_attr_list_new ();
  if (cursor_pos != NULL)
    *cursor_pos = g_utf8_strlen (self->preedit->str, -1);
}

static void
im_focus_in (GtkIMContext *context)
{
  focused = CT_TEST_IM (context);
}

static gboolean
im_commit_cb (gpointer data)
{
  im_commit (data);
  return G_SOURCE_REMOVE;
}

/* The word committed now, or from the main loop at the priority ibus's answer on the
 * bus comes with (an idle of lower priority can wait behind the redraws longer than the
 * keys are held). */
static void
im_end_word (GtkIMContext *context)
{
  if (late_commit)
    g_idle_add_full (G_PRIORITY_DEFAULT, im_commit_cb, g_object_ref (context),
                     g_object_unref);
  else
    im_commit (CT_TEST_IM (context));
}

/* Unikey commits its word when the focus leaves, and on a reset. */
static void
im_focus_out (GtkIMContext *context)
{
  im_end_word (context);
  if (focused == CT_TEST_IM (context))
    focused = NULL;
}

static void
im_reset (GtkIMContext *context)
{
  im_end_word (context);
}

static void
ct_test_im_finalize (GObject *object)
{
  CtTestIm *self = CT_TEST_IM (object);

  if (focused == self)
    focused = NULL;
  g_string_free (self->preedit, TRUE);
  G_OBJECT_CLASS (ct_test_im_parent_class)->finalize (object);
}

static void
ct_test_im_class_init (CtTestImClass *klass)
{
  GtkIMContextClass *im_class = GTK_IM_CONTEXT_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = ct_test_im_finalize;
  im_class->get_preedit_string = im_get_preedit_string;
  im_class->focus_in = im_focus_in;
  im_class->focus_out = im_focus_out;
  im_class->reset = im_reset;
}

static void
ct_test_im_init (CtTestIm *self)
{
  self->preedit = g_string_new (NULL);
}

/* The focused field's input method now composes @word. */
static void
compose (const char *word)
{
  g_assert_nonnull (focused);
  if (focused->preedit->len == 0)
    g_signal_emit_by_name (focused, "preedit-start");
  g_string_assign (focused->preedit, word);
  g_signal_emit_by_name (focused, "preedit-changed");
}

/* A key reaching the input method: %TRUE when it takes it. */
static gboolean
im_key (guint keyval)
{
  if (focused == NULL || focused->preedit->len == 0)
    return FALSE;
  if (keyval == GDK_KEY_Up || keyval == GDK_KEY_Down)
    {
      im_commit (focused);
      return TRUE;
    }
  return FALSE;
}

/* ------------------------------------------------------------------ keys */

typedef struct
{
  char *dir;
  char *path;
  GtkApplication *app;
  CtWindow *window;
  gint64 sample_id;
  gint64 other_id;
} Fixture;

static GtkWidget *
focus (Fixture *f)
{
  GtkWidget *widget = gtk_window_get_focus (GTK_WINDOW (f->window));

  g_assert_nonnull (widget);
  return widget;
}

/* One key press without modifiers. */
static void
press (Fixture *f,
       guint    keyval)
{
  GtkWidget *target = focus (f);
  g_autoptr(GPtrArray) chain = g_ptr_array_new_with_free_func (g_object_unref);

  for (GtkWidget *w = target; w != NULL; w = gtk_widget_get_parent (w))
    g_ptr_array_insert (chain, 0, g_object_ref (w));
  for (guint i = 0; i < chain->len; i++)
    if (ct_test_run_key_controllers (g_ptr_array_index (chain, i), GTK_PHASE_CAPTURE, keyval, 0))
      return;
  if (im_key (keyval))
    return;
  for (guint i = chain->len; i > 0; i--)
    if (ct_test_run_key_controllers (g_ptr_array_index (chain, i - 1), GTK_PHASE_BUBBLE,
                                     keyval, 0))
      return;
  if (keyval == GDK_KEY_Return && GTK_IS_TEXT (target))
    g_signal_emit_by_name (target, "activate");
}

/* Committed text typed into the focused field. */
static void
type (Fixture    *f,
      const char *text)
{
  GtkWidget *target = focus (f);

  if (GTK_IS_TEXT_VIEW (target))
    gtk_text_buffer_insert_at_cursor (gtk_text_view_get_buffer (GTK_TEXT_VIEW (target)),
                                      text, -1);
  else
    {
      int position = gtk_editable_get_position (GTK_EDITABLE (target));

      gtk_editable_insert_text (GTK_EDITABLE (target), text, -1, &position);
      gtk_editable_set_position (GTK_EDITABLE (target), position);
    }
}

static void
iterate (void)
{
  for (int i = 0; i < 20; i++)
    while (g_main_context_iteration (NULL, FALSE))
      ;
}

/* ------------------------------------------------------------------ the fixture */

static CtItem *
first_event (CtProgramme *p)
{
  for (guint i = 0; i < p->sections->len; i++)
    {
      CtSection *section = g_ptr_array_index (p->sections, i);

      for (guint j = 0; j < section->items->len; j++)
        {
          CtItem *item = g_ptr_array_index (section->items, j);

          if (item->kind == CT_ITEM_EVENT)
            return item;
        }
    }
  g_assert_not_reached ();
}

/* The sample, whose first event has two agenda items and no preparing unit; and an older
 * programme, the only one speaking of a tug-of-war contest, whose agenda names two units. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = NULL;
  g_autoptr(CtProgramme) sample = ct_sample_programme_new ();
  g_autoptr(CtProgramme) other = ct_sample_programme_new ();
  CtItem *event = first_event (sample);
  CtItem *other_event = first_event (other);

  f->dir = g_dir_make_tmp ("congtac-ime-XXXXXX", NULL);
  f->path = g_build_filename (f->dir, "ime.db", NULL);
  store = ct_store_open (f->path, &error);
  g_assert_no_error (error);

  g_ptr_array_set_size (event->agenda, 0);
  g_ptr_array_add (event->agenda, ct_agenda_item_new ("Báo cáo quý", NULL));
  g_ptr_array_add (event->agenda, ct_agenda_item_new ("Kế hoạch năm", NULL));
  g_assert_true (ct_store_save_programme (store, sample, &error));
  f->sample_id = sample->id;

  other->period_year--;
  g_free (other->subtitle);
  other->subtitle = g_strdup ("Hội thi kéo co mùa xuân");
  g_ptr_array_set_size (other_event->agenda, 0);
  g_ptr_array_add (other_event->agenda, ct_agenda_item_new ("Tổng kết", "Ban Dân vận Huyện ủy"));
  g_ptr_array_add (other_event->agenda, ct_agenda_item_new ("Nhân sự", "Ban Tổ chức Huyện ủy"));
  g_assert_true (ct_store_save_programme (store, other, &error));
  f->other_id = other->id;

  f->app = ct_test_application_new ("io.github.congtac.CongtacImeTest");
  f->window = ct_window_new (f->app, store);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1200, 800);
  gtk_window_present (GTK_WINDOW (f->window));
  g_assert_true (ct_test_open_programme (f->window, f->sample_id, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_close (GTK_WINDOW (f->window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_clear_object (&f->app);
  ct_test_remove_tree (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static void
collect_agenda_rows (GtkWidget *widget,
                     GPtrArray *rows)
{
  if (CT_IS_AGENDA_ROW (widget))
    g_ptr_array_add (rows, widget);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    collect_agenda_rows (c, rows);
}

/* The agenda rows of the sample's first event, opened in the form. */
static GPtrArray *
open_agenda (Fixture *f)
{
  CtProgrammeEditor *editor = ct_test_get_editor (f->window);
  CtItem *event = first_event (ct_window_get_programme (f->window));
  g_autofree char *uuid = g_strdup (event->uuid);
  GPtrArray *rows = g_ptr_array_new ();
  GtkWidget *form;

  ct_programme_editor_open_item (editor, uuid);
  form = ct_programme_editor_get_item_editor (editor);
  g_assert_nonnull (form);
  ct_test_wait_mapped (form);
  collect_agenda_rows (form, rows);
  g_assert_cmpuint (rows->len, ==, 2);
  return rows;
}

static CtAgendaItem *
agenda_item (Fixture *f,
             guint    index)
{
  CtItem *event = first_event (ct_window_get_programme (f->window));

  return g_ptr_array_index (event->agenda, index);
}

/* ------------------------------------------------------------------ the cases */

static gboolean
other_is_open (gpointer data)
{
  Fixture *f = data;
  CtProgramme *p = ct_window_get_programme (f->window);

  return p != NULL && p->id == f->other_id;
}

/* Enter with the search's last word still composed opens what the whole text finds: the
 * older programme, not the newest one the text without it finds. */
static void
test_search_enter (Fixture       *f,
                   gconstpointer  data)
{
  GtkWidget *entry;

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.search", NULL);
  entry = gtk_widget_get_ancestor (focus (f), GTK_TYPE_SEARCH_ENTRY);
  g_assert_nonnull (entry);
  type (f, "kéo ");
  compose ("co");
  press (f, GDK_KEY_Return);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "kéo co");
  g_assert_true (ct_test_wait_until (other_is_open, f, 10));
}

static gboolean
unit_taken (gpointer data)
{
  return g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (data)), "Ban Tổ chức Huyện ủy") == 0;
}

typedef struct
{
  GtkEventController *controller;
  guint count;
} Eventless;

static gboolean
count_eventless_cb (GSignalInvocationHint *hint,
                    guint                  n_values,
                    const GValue          *values,
                    gpointer               data)
{
  Eventless *eventless = data;
  GtkEventController *c = g_value_get_object (&values[0]);

  if (c == eventless->controller && gtk_event_controller_get_current_event (c) == NULL)
    eventless->count++;
  return TRUE;
}

/* Watches for keys @unit's suggestions are given with no key event behind them: GTK's
 * controller forwards such a key as nothing, with a critical. Returns the hook's id. */
static gulong
watch_suggestion_keys (GtkWidget *unit,
                       Eventless *eventless)
{
  GtkWidget *text = GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (unit)));
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (text);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (c) &&
          g_strcmp0 (gtk_event_controller_get_name (c), "gtk-entry-completion") == 0)
        eventless->controller = c;
    }
  g_assert_nonnull (eventless->controller);
  return g_signal_add_emission_hook (g_signal_lookup ("key-pressed",
                                                      GTK_TYPE_EVENT_CONTROLLER_KEY),
                                     0, count_eventless_cb, eventless, NULL);
}

/* "Ban " typed, "Tổ" composed: Down reaches the suggestions of "Ban Tổ", Enter takes the
 * unit, and no unit "Ban Tổ" is made. The keys wait for the word to be committed: with
 * @late, that is after the keys, as with ibus. */
static void
complete_unit (Fixture  *f,
               gboolean  late)
{
  g_autoptr(GPtrArray) rows = open_agenda (f);
  /* Kept: Enter not taken by the suggestions adds an agenda item, which rebuilds the rows. */
  g_autoptr(GtkWidget) unit = g_object_ref (ct_agenda_row_get_unit_entry (g_ptr_array_index (rows, 0)));
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) units = NULL;
  CtSession *session;
  Eventless eventless = { NULL, 0 };
  gulong hook = watch_suggestion_keys (unit, &eventless);

  ct_test_guard_suggestions ();
  gtk_widget_grab_focus (unit);
  type (f, "Ban ");
  if (!ct_test_wait_suggestions (unit))
    {
      g_signal_remove_emission_hook (g_signal_lookup ("key-pressed",
                                                      GTK_TYPE_EVENT_CONTROLLER_KEY), hook);
      return;
    }
  compose ("Tổ");
  late_commit = late;
  press (f, GDK_KEY_Down);
  press (f, GDK_KEY_Return);
  late_commit = FALSE;
  /* The keys go on once the word is in and the suggestions are those of the text. */
  ct_test_wait_until (unit_taken, unit, 10);
  ct_test_end_suggestions ();
  g_signal_remove_emission_hook (g_signal_lookup ("key-pressed", GTK_TYPE_EVENT_CONTROLLER_KEY),
                                 hook);
  g_assert_cmpuint (eventless.count, ==, 0);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (unit)), ==, "Ban Tổ chức Huyện ủy");
  g_assert_cmpstr (agenda_item (f, 0)->preparing_unit, ==, "Ban Tổ chức Huyện ủy");
  g_assert_cmpuint (first_event (ct_window_get_programme (f->window))->agenda->len, ==, 2);

  session = ct_window_get_session (f->window);
  g_assert_true (ct_session_save_now (session, &error));
  g_assert_no_error (error);
  units = ct_store_list_units (ct_session_get_store (session), &error);
  g_assert_no_error (error);
  for (guint i = 0; i < units->len; i++)
    g_assert_false (g_str_has_prefix (g_ptr_array_index (units, i), "Ban Tổ") &&
                    !g_str_equal (g_ptr_array_index (units, i), "Ban Tổ chức Huyện ủy"));
}

static void
test_unit_completion (Fixture       *f,
                      gconstpointer  data)
{
  complete_unit (f, FALSE);
}

/* The word committed only after Down and Enter have come: they wait for it. */
static void
test_unit_completion_late (Fixture       *f,
                           gconstpointer  data)
{
  complete_unit (f, TRUE);
}

static gboolean
list_has_unit (CtStore    *store,
               const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) units = ct_store_list_units (store, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < units->len; i++)
    if (g_str_equal (g_ptr_array_index (units, i), name))
      return TRUE;
  return FALSE;
}

/* An autosave while the unit is typed adds nothing to the directory; the agenda item's
 * own text is saved as typed; the unit is made once the focus leaves its field. */
static void
test_unit_autosave (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) rows = open_agenda (f);
  GtkWidget *text = ct_agenda_row_get_text_view (g_ptr_array_index (rows, 1));
  GtkWidget *unit = ct_agenda_row_get_unit_entry (g_ptr_array_index (rows, 1));
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = NULL;
  g_autoptr(CtProgramme) saved = NULL;
  CtSession *session;

  session = ct_window_get_session (f->window);
  store = g_object_ref (ct_session_get_store (session));
  gtk_widget_grab_focus (text);
  type (f, " tới");
  gtk_widget_grab_focus (unit);
  type (f, "Phòng ");
  g_assert_true (ct_session_save_now (session, &error));
  type (f, "Văn hóa");
  g_assert_true (ct_session_save_now (session, &error));
  g_assert_no_error (error);
  g_assert_false (list_has_unit (store, "Phòng "));
  g_assert_false (list_has_unit (store, "Phòng Văn hóa"));
  saved = ct_store_load_programme (store, f->sample_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (((CtAgendaItem *) g_ptr_array_index (first_event (saved)->agenda, 1))->text,
                   ==, "Kế hoạch năm tới");

  gtk_widget_grab_focus (text);
  g_assert_cmpstr (agenda_item (f, 1)->preparing_unit, ==, "Phòng Văn hóa");
  g_assert_true (ct_session_save_now (session, &error));
  g_assert_no_error (error);
  g_assert_true (list_has_unit (store, "Phòng Văn hóa"));
  g_assert_false (list_has_unit (store, "Phòng "));
}

static gboolean
introduction_seen_cb (gpointer data)
{
  Fixture *f = data;
  CtProgramme *p = ct_session_get_programme (ct_window_get_session (f->window));

  return g_strcmp0 (p->introduction, "Đoạn do máy khác sửa.") == 0;
}

/* Another program saves the programme while a unit's name is being typed: the name, not
 * in the programme yet, is kept and merged with the other program's change. */
static void
test_unit_kept_on_reload (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GPtrArray) rows = open_agenda (f);
  GtkWidget *unit = ct_agenda_row_get_unit_entry (g_ptr_array_index (rows, 1));
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) other = NULL;
  g_autoptr(CtProgramme) theirs = NULL;

  gtk_widget_grab_focus (unit);
  type (f, "Phòng Văn");
  other = ct_store_open (f->path, &error);
  g_assert_no_error (error);
  theirs = ct_store_load_programme (other, f->sample_id, &error);
  g_assert_no_error (error);
  g_free (theirs->introduction);
  theirs->introduction = g_strdup ("Đoạn do máy khác sửa.");
  g_assert_true (ct_store_save_programme (other, theirs, &error));
  g_assert_no_error (error);
  g_assert_true (ct_test_wait_until (introduction_seen_cb, f, 10));
  g_assert_cmpstr (agenda_item (f, 1)->preparing_unit, ==, "Phòng Văn");
}

/* Ctrl+Z with a word composed undoes the typing in this field, word included, and
 * nothing before it; redo brings the word back. */
static void
test_undo_preedit (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GPtrArray) rows = open_agenda (f);
  GtkWidget *first = ct_agenda_row_get_text_view (g_ptr_array_index (rows, 0));
  GtkWidget *second = ct_agenda_row_get_text_view (g_ptr_array_index (rows, 1));

  gtk_widget_grab_focus (first);
  type (f, " một");
  gtk_widget_grab_focus (second);
  type (f, " hai ");
  compose ("ba");
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL);
  iterate ();
  g_assert_cmpstr (agenda_item (f, 0)->text, ==, "Báo cáo quý một");
  g_assert_cmpstr (agenda_item (f, 1)->text, ==, "Kế hoạch năm");
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.redo", NULL);
  iterate ();
  g_assert_cmpstr (agenda_item (f, 0)->text, ==, "Báo cáo quý một");
  g_assert_cmpstr (agenda_item (f, 1)->text, ==, "Kế hoạch năm hai ba");
}

int
main (int    argc,
      char **argv)
{
  GIOExtensionPoint *point;

  g_unsetenv ("GTK_IM_MODULE");
  ct_test_widget_init (&argc, &argv);
  /* The extension point input methods implement ("gtk-im-module", not public in 4.8). */
  point = g_io_extension_point_register ("gtk-im-module");
  g_io_extension_point_set_required_type (point, GTK_TYPE_IM_CONTEXT);
  g_io_extension_point_implement ("gtk-im-module", CT_TYPE_TEST_IM,
                                  "ct-test", 1000);
  g_object_set (gtk_settings_get_default (), "gtk-im-module", "ct-test", NULL);
  g_test_add ("/ime/search-enter", Fixture, NULL, fixture_set_up, test_search_enter,
              fixture_tear_down);
  g_test_add ("/ime/unit-completion", Fixture, NULL, fixture_set_up, test_unit_completion,
              fixture_tear_down);
  g_test_add ("/ime/unit-completion-late", Fixture, NULL, fixture_set_up,
              test_unit_completion_late, fixture_tear_down);
  g_test_add ("/ime/unit-autosave", Fixture, NULL, fixture_set_up, test_unit_autosave,
              fixture_tear_down);
  g_test_add ("/ime/unit-kept-on-reload", Fixture, NULL, fixture_set_up,
              test_unit_kept_on_reload, fixture_tear_down);
  g_test_add ("/ime/undo-preedit", Fixture, NULL, fixture_set_up, test_undo_preedit,
              fixture_tear_down);
  return g_test_run ();
}
