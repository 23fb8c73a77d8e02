/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A conference typed with the keyboard only, each key counted: the form must take fewer
 * keys than the same text typed in a word processor, numbering and weekdays by hand.
 * Keys are delivered as GTK delivers them: the shortcut controllers from the window down
 * to the focused widget (capture), then back up (bubble), then the widget's own
 * handling (Tab moves the focus, Enter activates an entry, letters insert text). */
#include <adwaita.h>
#include <glib/gstdio.h>

#include "editor-window.h"
#include "window-wait.h"
#include "ct-agenda-row.h"
#include "ct-item-editor.h"
#include "ct-programme-edit.h"
#include "ct-programme-editor.h"
#include "ct-render-text.h"
#include "ct-section-row.h"
#include "ct-when-row.h"
#include "ct-when-text.h"
#include "ct-window.h"
#include "test-util-widget.h"

/* At most this many keys for the conference below (the form takes 428; typed in a word
 * processor as it prints, 520). */
#define KEY_BOUND 440

typedef struct
{
  CtTestEditorWindow editor;
  guint keys;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  ct_test_editor_window_set_up (&f->editor, "io.github.congtac.CongtacKeyboardTest", NULL,
                                1200, 800);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  ct_test_editor_window_tear_down (&f->editor);
}

static GtkWidget *
focus (Fixture *f)
{
  GtkWidget *widget = gtk_window_get_focus (GTK_WINDOW (f->editor.window));

  g_assert_nonnull (widget);
  return widget;
}

/* One key press. */
static void
press (Fixture         *f,
       guint            keyval,
       GdkModifierType  mods)
{
  GtkWidget *target = focus (f);

  f->keys++;
  if (ct_test_press_key (target, keyval, mods))
    return;
  if (keyval == GDK_KEY_Tab && mods == 0)
    ct_test_move_focus (GTK_WINDOW (f->editor.window), GTK_DIR_TAB_FORWARD);
  else if (keyval == GDK_KEY_Return && mods == 0 && GTK_IS_TEXT (target))
    g_signal_emit_by_name (target, "activate");
  else
    g_error ("Nothing answers key %s in a %s", gdk_keyval_name (keyval),
             G_OBJECT_TYPE_NAME (target));
}

/* Types @text in the focused field, one key per character. */
static void
type (Fixture    *f,
      const char *text)
{
  GtkWidget *target = focus (f);

  f->keys += g_utf8_strlen (text, -1);
  if (GTK_IS_TEXT_VIEW (target))
    gtk_text_buffer_insert_at_cursor (gtk_text_view_get_buffer (GTK_TEXT_VIEW (target)),
                                      text, -1);
  else
    {
      int position = gtk_editable_get_position (GTK_EDITABLE (target));

      g_assert_true (GTK_IS_EDITABLE (target));
      gtk_editable_insert_text (GTK_EDITABLE (target), text, -1, &position);
      gtk_editable_set_position (GTK_EDITABLE (target), position);
    }
}

/* Alt+letter: the mapped labels with that mnemonic. */
static void
find_mnemonics (GtkWidget *root,
                guint      keyval,
                GPtrArray *found)
{
  if (!gtk_widget_get_mapped (root))
    return;
  if (GTK_IS_LABEL (root) &&
      gdk_keyval_to_lower (gtk_label_get_mnemonic_keyval (GTK_LABEL (root))) == keyval)
    g_ptr_array_add (found, root);
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    find_mnemonics (c, keyval, found);
}

typedef struct
{
  GtkWidget *window;
  guint keyval;
} Mnemonic;

static gboolean
mnemonic_unique (gpointer data)
{
  Mnemonic *m = data;
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  find_mnemonics (m->window, m->keyval, found);
  return found->len == 1;
}

/* Once the page that went is no longer shown (a stack fades pages), one label has the
 * mnemonic: Alt+letter activates its button. */
static void
press_mnemonic (Fixture *f,
                guint    keyval)
{
  Mnemonic m = { GTK_WIDGET (f->editor.window), keyval };
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  g_assert_true (ct_test_wait_until (mnemonic_unique, &m, 10));
  find_mnemonics (GTK_WIDGET (f->editor.window), keyval, found);
  f->keys++;
  gtk_widget_mnemonic_activate (g_ptr_array_index (found, 0), FALSE);
}

static GtkWidget *
find_button (GtkWidget  *root,
             const char *label)
{
  if (GTK_IS_BUTTON (root) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (root)), label) == 0)
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_button (c, label);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Tab until the focus is in @field: at most @most presses. */
static void
tab_to (Fixture   *f,
        GtkWidget *field,
        guint      most)
{
  for (guint i = 0; i < most; i++)
    {
      press (f, GDK_KEY_Tab, 0);
      if (gtk_widget_is_ancestor (focus (f), field) || focus (f) == field)
        return;
    }
  g_error ("%u Tab presses did not reach the %s", most, G_OBJECT_TYPE_NAME (field));
}

static const char *const agenda[][2] = {
  { "Thông qua báo cáo kết quả công tác năm của Ban Chấp hành", "Văn phòng Huyện ủy" },
  { "Cho ý kiến về chương trình làm việc năm tới", "Văn phòng Huyện ủy" },
  { "Báo cáo công tác kiểm tra, giám sát trong năm", "Ủy ban Kiểm tra Huyện ủy" },
  { "Báo cáo công tác tổ chức, cán bộ", "Ban Tổ chức Huyện ủy" },
  { "Báo cáo kết quả công tác dân vận", "Ban Dân vận Huyện ủy" },
};

#define TITLE "Hội nghị Ban Chấp hành Đảng bộ huyện mở rộng"

/* Keys for the conference's lines as printed, typed in a word processor: each
 * character, and Enter after each line (the lines the event adds to the printout). */
static guint
word_processor_keys (const CtProgramme *with,
                     const char        *uuid)
{
  g_autoptr(CtProgramme) without = ct_programme_copy (with);
  g_autofree char *a = ct_programme_render_text (with);
  g_autofree char *b = NULL;
  g_auto(GStrv) lines_a = g_strsplit (a, "\n", -1);
  g_auto(GStrv) lines_b = NULL;
  g_autoptr(GHashTable) count = g_hash_table_new (g_str_hash, g_str_equal);
  guint keys = 0;

  g_assert_true (ct_programme_remove_item (without, uuid));
  b = ct_programme_render_text (without);
  lines_b = g_strsplit (b, "\n", -1);
  for (guint i = 0; lines_b[i] != NULL; i++)
    g_hash_table_insert (count, lines_b[i],
                         GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (count, lines_b[i])) + 1));
  for (guint i = 0; lines_a[i] != NULL; i++)
    {
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (count, lines_a[i]));

      if (n > 0)
        g_hash_table_insert (count, lines_a[i], GUINT_TO_POINTER (n - 1));
      else
        {
          g_test_message ("printed: %s", lines_a[i]);
          keys += g_utf8_strlen (lines_a[i], -1) + 1;
        }
    }
  return keys;
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
has_item_form (gpointer editor)
{
  return ct_programme_editor_get_item_editor (editor) != NULL;
}

static gboolean
in_agenda (gpointer window)
{
  GtkWidget *widget = gtk_window_get_focus (window);

  return widget != NULL && gtk_widget_get_ancestor (widget, CT_TYPE_AGENDA_ROW) != NULL;
}

static CtItem *
find_titled (CtSection *section)
{
  for (guint i = 0; i < section->items->len; i++)
    {
      CtItem *item = g_ptr_array_index (section->items, i);
      if (g_strcmp0 (item->title, TITLE) == 0)
        return item;
    }
  return NULL;
}

static void
test_conference_by_keyboard (Fixture       *f,
                             gconstpointer  data)
{
  CtProgrammeEditor *editor = ct_test_get_editor (f->editor.window);
  GtkWidget *section = ct_programme_editor_get_section_row (editor, 0);
  GtkWidget *add, *form, *row;
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = NULL;
  g_autoptr(CtProgramme) saved = NULL;
  CtItem *event;
  guint word_keys;

  /* The first section opened (Space on its row), then Alt+E: "Add Event". */
  ct_test_wait_mapped (section);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (section), TRUE);
  f->keys++;
  add = find_button (section, "Add _Event");
  g_assert_nonnull (add);
  ct_test_wait_mapped (add);
  press_mnemonic (f, GDK_KEY_e);
  /* A button activated by its key shows itself pressed for a moment, then is clicked. */
  g_assert_true (ct_test_wait_until (has_item_form, editor, 10));
  form = ct_programme_editor_get_item_editor (editor);
  g_assert_true (CT_IS_ITEM_EDITOR (form));
  ct_test_wait_mapped (form);

  /* Long texts wrap: the title, like the agenda items, is typed in a text view. */
  g_assert_true (GTK_IS_TEXT_VIEW (focus (f)));
  g_assert_cmpint (gtk_text_view_get_wrap_mode (GTK_TEXT_VIEW (focus (f))), ==, GTK_WRAP_WORD_CHAR);
  type (f, TITLE);
  tab_to (f, field (form, "when"), 2);
  type (f, "24/12 7h30");
  tab_to (f, field (form, "chair"), 6);
  type (f, "Đồng chí Bí thư Huyện ủy");
  tab_to (f, field (form, "location"), 6);
  type (f, "Hội trường Huyện ủy");

  press_mnemonic (f, GDK_KEY_a);
  g_assert_true (ct_test_wait_until (in_agenda, f->editor.window, 10));
  for (guint i = 0; i < G_N_ELEMENTS (agenda); i++)
    {
      row = gtk_widget_get_ancestor (focus (f), CT_TYPE_AGENDA_ROW);
      g_assert_nonnull (row);
      g_assert_true (focus (f) == ct_agenda_row_get_text_view (CT_AGENDA_ROW (row)));
      type (f, agenda[i][0]);
      tab_to (f, ct_agenda_row_get_unit_entry (CT_AGENDA_ROW (row)), 1);
      type (f, agenda[i][1]);
      if (i + 1 < G_N_ELEMENTS (agenda))
        press (f, GDK_KEY_Return, 0);
    }
  /* Ctrl+Enter: the agenda is done; Escape: back to the programme. */
  press (f, GDK_KEY_Return, GDK_CONTROL_MASK);
  g_assert_null (gtk_widget_get_ancestor (focus (f), CT_TYPE_AGENDA_ROW));
  press (f, GDK_KEY_Escape, 0);
  g_assert_null (ct_programme_editor_get_item_editor (editor));

  g_assert_true (ct_session_save_now (ct_window_get_session (f->editor.window), &error));
  g_assert_no_error (error);
  store = ct_store_open (f->editor.path, &error);
  g_assert_no_error (error);
  saved = ct_store_load_programme (store, f->editor.id, &error);
  g_assert_no_error (error);
  event = find_titled (g_ptr_array_index (saved->sections, 0));
  g_assert_nonnull (event);
  g_assert_cmpint (event->kind, ==, CT_ITEM_EVENT);
  g_assert_cmpint (g_date_get_day (&event->start_date), ==, 24);
  g_assert_cmpint (g_date_get_month (&event->start_date), ==, 12);
  g_assert_cmpint (g_date_get_year (&event->start_date), ==, saved->period_year);
  g_assert_false (g_date_valid (&event->end_date));
  g_assert_cmpint (event->start_minute, ==, 7 * 60 + 30);
  g_assert_null (event->vague_when);
  g_assert_cmpstr (event->chair, ==, "Đồng chí Bí thư Huyện ủy");
  g_assert_cmpstr (event->location, ==, "Hội trường Huyện ủy");
  g_assert_cmpuint (event->agenda->len, ==, G_N_ELEMENTS (agenda));
  for (guint i = 0; i < G_N_ELEMENTS (agenda); i++)
    {
      CtAgendaItem *item = g_ptr_array_index (event->agenda, i);

      g_assert_cmpstr (item->text, ==, agenda[i][0]);
      g_assert_cmpstr (item->preparing_unit, ==, agenda[i][1]);
    }

  word_keys = word_processor_keys (saved, event->uuid);
  g_test_message ("keys in the form: %u; in a word processor: %u", f->keys, word_keys);
  g_assert_cmpuint (f->keys, <=, KEY_BOUND);
  g_assert_cmpuint (f->keys, <, word_keys);
}

static CtItem *
nth_item (CtProgramme *p,
          guint        n,
          CtItemKind   kind)
{
  for (guint i = 0; i < p->sections->len; i++)
    {
      CtSection *section = g_ptr_array_index (p->sections, i);
      for (guint j = 0; j < section->items->len; j++)
        {
          CtItem *item = g_ptr_array_index (section->items, j);
          if ((kind == (CtItemKind) -1 || item->kind == kind) && n-- == 0)
            return item;
        }
    }
  g_assert_not_reached ();
}

static GtkWidget *
open_item (Fixture *f,
           CtItem  *item)
{
  CtProgrammeEditor *editor = ct_test_get_editor (f->editor.window);
  g_autofree char *uuid = g_strdup (item->uuid);
  GtkWidget *form;

  ct_programme_editor_open_item (editor, uuid);
  form = ct_programme_editor_get_item_editor (editor);
  g_assert_nonnull (form);
  ct_test_wait_mapped (form);
  return form;
}

/* Backspace in an empty agenda item takes it away and goes back to the end of the one
 * before; Ctrl+Enter leaves the agenda without the empty item Enter had started. */
static void
test_agenda_keys (Fixture       *f,
                  gconstpointer  data)
{
  CtProgramme *p = ct_window_get_programme (f->editor.window);
  CtItem *event = nth_item (p, 0, CT_ITEM_EVENT);
  guint before = event->agenda->len;
  GtkWidget *row, *unit;

  open_item (f, event);
  press_mnemonic (f, GDK_KEY_a);
  g_assert_true (ct_test_wait_until (in_agenda, f->editor.window, 10));
  type (f, "Nội dung thử");
  press (f, GDK_KEY_Tab, 0);
  type (f, "Phòng Nội vụ");
  press (f, GDK_KEY_Return, 0);
  g_assert_cmpuint (event->agenda->len, ==, before + 2);
  row = gtk_widget_get_ancestor (focus (f), CT_TYPE_AGENDA_ROW);
  g_assert_cmpint (gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)), ==, before + 1);

  press (f, GDK_KEY_BackSpace, 0);
  g_assert_cmpuint (event->agenda->len, ==, before + 1);
  row = gtk_widget_get_ancestor (focus (f), CT_TYPE_AGENDA_ROW);
  g_assert_cmpint (gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)), ==, before);
  unit = ct_agenda_row_get_unit_entry (CT_AGENDA_ROW (row));
  g_assert_true (gtk_widget_is_ancestor (focus (f), unit));
  g_assert_cmpint (gtk_editable_get_position (GTK_EDITABLE (unit)), ==,
                   g_utf8_strlen ("Phòng Nội vụ", -1));

  press (f, GDK_KEY_Return, 0);
  g_assert_cmpuint (event->agenda->len, ==, before + 2);
  press (f, GDK_KEY_Return, GDK_CONTROL_MASK);
  g_assert_cmpuint (event->agenda->len, ==, before + 1);
  g_assert_null (gtk_widget_get_ancestor (focus (f), CT_TYPE_AGENDA_ROW));
  g_assert_cmpstr (((CtAgendaItem *) g_ptr_array_index (event->agenda, before))->text, ==,
                   "Nội dung thử");
  g_assert_cmpstr (((CtAgendaItem *) g_ptr_array_index (event->agenda, before))->preparing_unit,
                   ==, "Phòng Nội vụ");
}

static gboolean
is_recipient_row (GtkWidget *widget,
                  guint      index)
{
  g_autofree char *title = g_strdup_printf ("Recipient %u", index + 1);

  return ADW_IS_ENTRY_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

static GtkWidget *
find_recipient (GtkWidget *root,
                guint      index)
{
  if (is_recipient_row (root, index))
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_recipient (c, index);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Recipients are typed one per line: Enter adds the next below, Backspace in an empty
 * one removes it, Ctrl+Enter goes on without the empty line. */
static void
test_recipient_keys (Fixture       *f,
                     gconstpointer  data)
{
  CtProgramme *p = ct_window_get_programme (f->editor.window);
  guint before = p->recipients->len;
  GtkWidget *first = find_recipient (GTK_WIDGET (ct_test_get_editor (f->editor.window)), 0);
  GtkWidget *row;
  CtRecipient *r;

  g_assert_cmpuint (before, >=, 1);
  g_assert_nonnull (first);
  ct_test_wait_mapped (first);
  g_assert_true (gtk_widget_grab_focus (first));
  press (f, GDK_KEY_Return, 0);
  p = ct_window_get_programme (f->editor.window);
  g_assert_cmpuint (p->recipients->len, ==, before + 1);
  g_assert_true (gtk_widget_is_ancestor (focus (f), find_recipient (GTK_WIDGET (ct_test_get_editor (f->editor.window)), 1)));
  type (f, "Phòng Tư pháp");
  press (f, GDK_KEY_Return, 0);
  press (f, GDK_KEY_BackSpace, 0);
  g_assert_cmpuint (p->recipients->len, ==, before + 1);
  g_assert_true (gtk_widget_is_ancestor (focus (f), find_recipient (GTK_WIDGET (ct_test_get_editor (f->editor.window)), 1)));
  press (f, GDK_KEY_Return, 0);
  g_assert_cmpuint (p->recipients->len, ==, before + 2);
  press (f, GDK_KEY_Return, GDK_CONTROL_MASK);
  g_assert_cmpuint (p->recipients->len, ==, before + 1);
  r = g_ptr_array_index (p->recipients, 1);
  g_assert_cmpstr (r->text, ==, "Phòng Tư pháp");
  row = gtk_widget_get_ancestor (focus (f), ADW_TYPE_ENTRY_ROW);
  g_assert_true (row == NULL ||
                 !g_str_has_prefix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                                    "Recipient"));
}

/* Escape and Alt+Left go back from an item's page; Ctrl+Page Down and Ctrl+Page Up
 * open the next and the previous item; Ctrl+Enter leaves a task's text. */
static void
test_item_page_keys (Fixture       *f,
                     gconstpointer  data)
{
  CtProgrammeEditor *editor = ct_test_get_editor (f->editor.window);
  CtProgramme *p = ct_window_get_programme (f->editor.window);
  g_autofree char *first = g_strdup (nth_item (p, 0, (CtItemKind) -1)->uuid);
  g_autofree char *second = g_strdup (nth_item (p, 1, (CtItemKind) -1)->uuid);
  CtItem *task = nth_item (p, 0, CT_ITEM_TASK);
  GtkWidget *form;

  open_item (f, nth_item (p, 0, (CtItemKind) -1));
  press (f, GDK_KEY_Escape, 0);
  g_assert_null (ct_programme_editor_get_item_editor (editor));
  open_item (f, nth_item (p, 0, (CtItemKind) -1));
  press (f, GDK_KEY_Left, GDK_ALT_MASK);
  g_assert_null (ct_programme_editor_get_item_editor (editor));

  open_item (f, nth_item (p, 0, (CtItemKind) -1));
  press (f, GDK_KEY_Page_Down, GDK_CONTROL_MASK);
  g_assert_cmpstr (ct_item_editor_get_uuid (CT_ITEM_EDITOR (ct_programme_editor_get_item_editor (editor))),
                   ==, second);
  press (f, GDK_KEY_Page_Up, GDK_CONTROL_MASK);
  g_assert_cmpstr (ct_item_editor_get_uuid (CT_ITEM_EDITOR (ct_programme_editor_get_item_editor (editor))),
                   ==, first);

  form = open_item (f, task);
  ct_item_editor_focus (CT_ITEM_EDITOR (form), "paragraph", -1);
  g_assert_true (GTK_IS_TEXT_VIEW (focus (f)));
  press (f, GDK_KEY_Return, GDK_CONTROL_MASK);
  g_assert_false (GTK_IS_TEXT_VIEW (focus (f)));
  g_assert_true (gtk_widget_is_ancestor (focus (f), form));
}

static gboolean
is_hidden (gpointer widget)
{
  return !gtk_widget_get_visible (widget);
}

/* The picker beside "Thời gian" opens on the event's day; the arrow keys move from that
 * day and Enter takes the day reached, keeping the time typed. */
static void
test_when_picker_enter (Fixture       *f,
                        gconstpointer  data)
{
  CtItem *event = nth_item (ct_window_get_programme (f->editor.window), 0, CT_ITEM_EVENT);
  GtkWidget *form = open_item (f, event);
  GtkWidget *when = ct_item_editor_get_field (CT_ITEM_EDITOR (form), "when");
  GtkWidget *calendar = ct_when_row_get_calendar (CT_WHEN_ROW (when));
  GtkWidget *popover = gtk_widget_get_ancestor (calendar, GTK_TYPE_POPOVER);
  g_autoptr(GDateTime) shown = NULL;
  GDate day = event->start_date;
  int minute = event->start_minute;
  g_autofree char *expected = NULL;

  g_assert_true (g_date_valid (&day));
  /* The menu button's key (Space or Enter on it) opens the picker. */
  gtk_menu_button_popup (GTK_MENU_BUTTON (gtk_widget_get_parent (popover)));
  ct_test_wait_mapped (calendar);
  shown = gtk_calendar_get_date (GTK_CALENDAR (calendar));
  g_assert_cmpint (g_date_time_get_day_of_month (shown), ==, g_date_get_day (&day));
  g_assert_cmpint (g_date_time_get_month (shown), ==, g_date_get_month (&day));
  g_assert_true (gtk_widget_is_ancestor (focus (f), calendar) || focus (f) == calendar);
  press (f, GDK_KEY_Right, 0);
  press (f, GDK_KEY_Return, 0);
  g_date_add_days (&day, 1);
  g_assert_cmpint (g_date_compare (&event->start_date, &day), ==, 0);
  g_assert_cmpint (event->start_minute, ==, minute);
  expected = ct_when_text_format (&day, NULL, event->day_part, minute, event->end_minute);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (when)), ==, expected);
  g_assert_true (ct_test_wait_until (is_hidden, popover, 10));
}

/* "Thời gian" typed stays as typed when the focus leaves it and while the item stays
 * open, its form built again or not; the item opened again from the programme shows it
 * written in full, with its weekday and year. */
static void
test_when_kept_while_open (Fixture       *f,
                           gconstpointer  data)
{
  CtProgrammeEditor *editor = ct_test_get_editor (f->editor.window);
  CtItem *event = nth_item (ct_window_get_programme (f->editor.window), 0, CT_ITEM_EVENT);
  GtkWidget *form = open_item (f, event);
  GtkWidget *when = ct_item_editor_get_field (CT_ITEM_EDITOR (form), "when");
  g_autofree char *typed = NULL, *full = NULL;
  GDate day = event->start_date;

  g_assert_true (g_date_valid (&day));
  typed = g_strdup_printf ("%d/%d 7h", g_date_get_day (&day), g_date_get_month (&day));
  full = ct_when_text_format (&day, NULL, CT_DAY_PART_NONE, 7 * 60, CT_NO_TIME);
  gtk_widget_grab_focus (when);
  gtk_editable_set_text (GTK_EDITABLE (when), typed);
  g_assert_cmpint (event->start_minute, ==, 7 * 60);
  /* Past the row's buttons. */
  for (guint i = 0; i < 5 && gtk_widget_is_ancestor (focus (f), when); i++)
    press (f, GDK_KEY_Tab, 0);
  g_assert_false (gtk_widget_is_ancestor (focus (f), when));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (when)), ==, typed);

  form = open_item (f, event);
  when = ct_item_editor_get_field (CT_ITEM_EDITOR (form), "when");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (when)), ==, typed);

  ct_programme_editor_show_form (editor);
  form = open_item (f, event);
  when = ct_item_editor_get_field (CT_ITEM_EDITOR (form), "when");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (when)), ==, full);
  g_assert_true (g_str_has_suffix (full, " 7h"));
}

int
main (int    argc,
      char **argv)
{
  ct_test_widget_init (&argc, &argv);
  CT_TEST_ADD ("/editor-keyboard/conference", test_conference_by_keyboard);
  CT_TEST_ADD ("/editor-keyboard/agenda-keys", test_agenda_keys);
  CT_TEST_ADD ("/editor-keyboard/recipient-keys", test_recipient_keys);
  CT_TEST_ADD ("/editor-keyboard/item-page-keys", test_item_page_keys);
  CT_TEST_ADD ("/editor-keyboard/when-picker-enter", test_when_picker_enter);
  CT_TEST_ADD ("/editor-keyboard/when-kept-while-open", test_when_kept_while_open);
  return g_test_run ();
}
