/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The form's rows for what an item, an agenda item, the header and the signature hold
 * beyond dates and titles: each is set through its widget, lands in the programme as
 * typed, and undo gives back what was there. */
#include <adwaita.h>
#include <glib/gstdio.h>

#include "ct-agenda-row.h"
#include "ct-check.h"
#include "ct-document-editor.h"
#include "ct-footer-editor.h"
#include "ct-item-editor.h"
#include "ct-when-row.h"
#include "fixture-programme.h"
#include "test-util-widget.h"

typedef struct
{
  char *dir;
  char *path;
  CtStore *store;
  CtSession *session;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtProgramme) programme = fixture_programme_state_2025 ();

  f->dir = g_dir_make_tmp ("congtac-editor-attributes-XXXXXX", NULL);
  f->path = g_build_filename (f->dir, "e.db", NULL);
  f->store = ct_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (ct_store_save_programme (f->store, programme, &error));
  f->session = ct_session_new (f->store, programme);
  /* Nothing is saved unless a test asks: it reads the programme in memory. */
  ct_session_set_autosave_delay (f->session, 3600 * 1000);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->session);
  g_clear_object (&f->store);
  ct_test_remove_tree (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static CtProgramme *
programme (Fixture *f)
{
  return ct_session_get_programme (f->session);
}

/* The item titled @title in the session's programme as it is now (undo replaces it). */
static CtItem *
titled (Fixture    *f,
        const char *title)
{
  CtItem *item = fixture_find_titled (programme (f), title, NULL);

  g_assert_nonnull (item);
  return item;
}

static CtItem *
task (Fixture *f,
      guint    index)
{
  CtSection *section = g_ptr_array_index (programme (f)->sections, 2);

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

/* The check's issues about text typed that is no value yet. */
static GPtrArray *
unread_issues (Fixture *f)
{
  g_autoptr(GPtrArray) all = ct_programme_check (programme (f), NULL);
  GPtrArray *issues = g_ptr_array_new_with_free_func ((GDestroyNotify) ct_check_issue_free);

  for (guint i = 0; i < all->len; i++)
    {
      CtCheckIssue *issue = g_ptr_array_index (all, i);

      if (issue->kind == CT_CHECK_DATE_NOT_UNDERSTOOD || issue->kind == CT_CHECK_TEXT_NOT_UNDERSTOOD)
        g_ptr_array_add (issues, g_ptr_array_steal_index (all, i--));
    }
  return issues;
}

static void
undo (Fixture *f)
{
  g_assert_true (ct_session_undo (f->session));
}

/* The first widget below @root (itself included) that @match accepts, @skip ones left. */
static GtkWidget *
find_nth (GtkWidget  *root,
          gboolean  (*match) (GtkWidget *widget, const char *text),
          const char *text,
          guint      *skip)
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

static gboolean
is_button (GtkWidget  *widget,
           const char *text)
{
  return GTK_IS_BUTTON (widget)
         && (g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), text) == 0
             || g_strcmp0 (gtk_widget_get_tooltip_text (widget), text) == 0);
}

/* The @n-th button (from 0) labelled or with the tooltip @text, which must be there. */
static GtkWidget *
button (GtkWidget  *root,
        const char *text,
        guint       n)
{
  GtkWidget *found = find_nth (root, is_button, text, &n);

  g_assert_nonnull (found);
  return found;
}

static gboolean
is_spin (GtkWidget  *widget,
         const char *text)
{
  return GTK_IS_SPIN_BUTTON (widget);
}

static gboolean
is_subpoint_view (GtkWidget  *widget,
                  const char *text)
{
  return GTK_IS_TEXT_VIEW (widget) && g_object_get_data (G_OBJECT (widget), "ct-agenda-row");
}

static char *
view_text (GtkWidget *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
set_view_text (GtkWidget  *view,
               const char *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), text, -1);
}

/* The @n-th (from 0) widget below @root that @match accepts, which must be there. */
static GtkWidget *
nth_widget (GtkWidget  *root,
            gboolean  (*match) (GtkWidget *widget, const char *text),
            guint       n)
{
  GtkWidget *found = find_nth (root, match, NULL, &n);

  g_assert_nonnull (found);
  return found;
}

/* What the fixture holds in the text attribute @key of @item ("" for none). */
static const char *
old_value (const CtItem *item,
           const char   *key)
{
  for (guint i = 0; i < CT_ITEM_N_TEXT_FIELDS; i++)
    if (g_str_equal (ct_item_text_fields[i].key, key))
      {
        const char *value = ct_item_get_text_field (item, &ct_item_text_fields[i]);
        return value != NULL ? value : "";
      }
  g_assert_not_reached ();
}

#define MEETING "Phiên họp thường kỳ Ủy ban nhân dân huyện tháng 3"

/* Every text attribute of an event has its row, driven by ct_item_text_fields[]; the
 * less common wait under an expander that is open because they are filled. Each field
 * typed is one undo step; what is typed is saved. */
static void
test_event_text_fields (Fixture       *f,
                        gconstpointer  data)
{
  static const char *const event_keys[] = {
    "chair", "attending_leaders", "participants", "location", "preparing_unit",
    "cooperating_units", "accompanying_officer", "note",
  };
  g_autoptr(CtProgramme) before = ct_programme_copy (programme (f));
  CtItem *old = fixture_find_titled (before, MEETING, NULL);
  GtkWidget *form = form_for (f, titled (f, MEETING));
  g_autoptr(GError) error = NULL;
  g_autoptr(CtProgramme) saved = NULL;

  g_assert_null (ct_item_editor_get_field (CT_ITEM_EDITOR (form), "lead_unit"));
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (field (form,
                                                                         "more_details"))));
  g_assert_true (gtk_widget_is_ancestor (field (form, "note"), field (form, "more_details")));
  g_assert_false (gtk_widget_is_ancestor (field (form, "chair"), field (form, "more_details")));
  for (guint i = 0; i < G_N_ELEMENTS (event_keys); i++)
    {
      g_autofree char *text = g_strdup_printf ("Giá trị %u: dòng viết tay", i);
      GtkWidget *row = field (form, event_keys[i]);

      g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==,
                       old_value (old, event_keys[i]));
      gtk_editable_set_text (GTK_EDITABLE (row), "G");
      gtk_editable_set_text (GTK_EDITABLE (row), text);
    }
  for (guint i = 0; i < CT_ITEM_N_TEXT_FIELDS; i++)
    {
      const CtItemTextField *tf = &ct_item_text_fields[i];
      const char *value = ct_item_get_text_field (titled (f, MEETING), tf);

      if (g_str_equal (tf->key, "lead_unit"))
        g_assert_null (value);
      else
        g_assert_true (g_str_has_prefix (value, "Giá trị "));
    }
  g_assert_cmpstr (titled (f, MEETING)->chair, ==, "Giá trị 0: dòng viết tay");
  g_assert_cmpstr (titled (f, MEETING)->note, ==, "Giá trị 7: dòng viết tay");
  g_assert_true (ct_session_save_now (f->session, &error));
  g_assert_no_error (error);
  saved = ct_store_load_programme (f->store, programme (f)->id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fixture_find_titled (saved, MEETING, NULL)->accompanying_officer, ==,
                   "Giá trị 6: dòng viết tay");

  /* One step per field: eight undos give back the fixture's values. */
  for (guint i = 0; i < G_N_ELEMENTS (event_keys); i++)
    undo (f);
  g_assert_true (ct_item_attributes_equal (titled (f, MEETING), old));
  g_assert_cmpstr (titled (f, MEETING)->note, ==, "Giấy mời riêng");
  g_clear_object (&form);
}

/* The rows show the fixture's values as they are. */
static void
test_rows_show_values (Fixture       *f,
                       gconstpointer  data)
{
  GtkWidget *form = form_for (f, titled (f, MEETING));

  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (form, "attending_leaders"))), ==,
                   "Các Phó Chủ tịch UBND huyện");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (form, "note"))), ==,
                   "Giấy mời riêng");
  g_assert_true (CT_IS_WHEN_ROW (field (form, "when")));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (form, "when"))), ==,
                   "sáng thứ Sáu 14/3/2025 7h30");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (ct_when_row_get_status (
                     CT_WHEN_ROW (field (form, "when"))))), ==,
                   "Sáng thứ Sáu, 14/3/2025, 7 giờ 30");
  g_clear_object (&form);

  form = form_for (f, task (f, 0));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (form, "lead_unit"))), ==,
                   "Phòng Văn hóa, Khoa học và Thông tin");
  g_assert_null (ct_item_editor_get_field (CT_ITEM_EDITOR (form), "chair"));
  g_assert_true (CT_IS_WHEN_ROW (field (form, "end_date")));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (field (form, "end_date"))),
                   ==, "Due, e.g. 20/12 or quý II");
  g_clear_object (&form);
}

/* An event's timing is typed in its one "Thời gian" row: wording without a day is its
 * timing, printed as typed; a day typed again makes it exact, with its day part; all the
 * typing in the row is one undo step. */
static void
test_event_timing_in_words (Fixture       *f,
                            gconstpointer  data)
{
  GtkWidget *form = form_for (f, titled (f, MEETING));
  GtkWidget *when = field (form, "when");
  GtkWidget *status = ct_when_row_get_status (CT_WHEN_ROW (when));

  g_assert_true (field (form, "date") == when);
  gtk_editable_set_text (GTK_EDITABLE (when), "theo giấy triệu tập");
  g_assert_cmpstr (titled (f, MEETING)->vague_when, ==, "theo giấy triệu tập");
  g_assert_true (ct_item_is_vague (titled (f, MEETING)));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (status)), ==, "Printed as typed");
  gtk_editable_set_text (GTK_EDITABLE (when), "tuần 2");
  g_assert_cmpstr (titled (f, MEETING)->vague_when, ==, "tuần 2");

  gtk_editable_set_text (GTK_EDITABLE (when), "chiều 17/3");
  g_assert_null (titled (f, MEETING)->vague_when);
  g_assert_cmpint (g_date_get_day (&titled (f, MEETING)->start_date), ==, 17);
  g_assert_cmpint (g_date_get_year (&titled (f, MEETING)->start_date), ==, 2025);
  g_assert_cmpint (titled (f, MEETING)->day_part, ==, CT_DAY_PART_AFTERNOON);
  g_assert_cmpint (titled (f, MEETING)->start_minute, ==, CT_NO_TIME);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (status)), ==, "Chiều thứ Hai, 17/3/2025");

  undo (f);
  g_assert_null (titled (f, MEETING)->vague_when);
  g_assert_cmpint (g_date_get_day (&titled (f, MEETING)->start_date), ==, 14);
  g_assert_cmpint (titled (f, MEETING)->day_part, ==, CT_DAY_PART_MORNING);
  g_assert_cmpint (titled (f, MEETING)->start_minute, ==, 7 * 60 + 30);
  g_assert_false (ct_session_can_undo (f->session));
  g_clear_object (&form);
}

/* A title wraps as it is typed but stays one line: lines pasted into it are joined. */
static void
test_title_wraps_one_line (Fixture       *f,
                           gconstpointer  data)
{
  GtkWidget *form = form_for (f, titled (f, MEETING));
  GtkWidget *view = field (form, "title");
  CtItem *item = titled (f, MEETING);
  GtkTextBuffer *buffer;

  g_assert_true (GTK_IS_TEXT_VIEW (view));
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  gtk_text_buffer_set_text (buffer, "Hội nghị tổng kết\ncông tác năm\n", -1);
  g_assert_cmpstr (item->title, ==, "Hội nghị tổng kết công tác năm");
  undo (f);
  g_assert_cmpstr (titled (f, MEETING)->title, ==, MEETING);
  g_clear_object (&form);
}

/* A date that cannot be stays in the row as typed, with the reason beside it; the
 * programme keeps its date and the check lists the text until it is put right. */
static void
test_event_date_not_a_date (Fixture       *f,
                            gconstpointer  data)
{
  GtkWidget *form = form_for (f, titled (f, MEETING));
  GtkWidget *when = field (form, "when");
  GtkWidget *status = ct_when_row_get_status (CT_WHEN_ROW (when));
  g_autoptr(GPtrArray) issues = NULL;
  g_autoptr(GPtrArray) fixed = NULL;
  g_autofree char *key = ct_programme_item_key (titled (f, MEETING), "when");
  CtCheckIssue *issue;

  gtk_editable_set_text (GTK_EDITABLE (when), "31/02");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (status)), ==, "31/02 does not exist");
  g_assert_true (gtk_widget_has_css_class (when, "error"));
  g_assert_cmpint (g_date_get_day (&titled (f, MEETING)->start_date), ==, 14);
  g_assert_cmpint (titled (f, MEETING)->start_minute, ==, 7 * 60 + 30);
  issues = unread_issues (f);
  g_assert_cmpuint (issues->len, ==, 1);
  issue = g_ptr_array_index (issues, 0);
  g_assert_cmpint (issue->kind, ==, CT_CHECK_DATE_NOT_UNDERSTOOD);
  g_assert_cmpstr (issue->item_uuid, ==, titled (f, MEETING)->uuid);
  g_assert_cmpstr (issue->field, ==, "when");
  g_assert_cmpstr (issue->message, ==, "“" MEETING "”: the date “31/02” is not used yet: "
                   "31/02 does not exist");
  g_assert_cmpstr (ct_programme_get_unread_text (programme (f), key), ==, "31/02");

  /* The form built again shows the text as typed, never emptied. */
  g_clear_object (&form);
  form = form_for (f, titled (f, MEETING));
  when = field (form, "when");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (when)), ==, "31/02");
  gtk_editable_set_text (GTK_EDITABLE (when), "24/13");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (ct_when_row_get_status (CT_WHEN_ROW (when)))),
                   ==, "There is no month 13");
  gtk_editable_set_text (GTK_EDITABLE (when), "thứ Sáu 21/3");
  fixed = unread_issues (f);
  g_assert_cmpuint (fixed->len, ==, 0);
  g_assert_null (ct_programme_get_unread_text (programme (f), key));
  g_assert_cmpint (g_date_get_day (&titled (f, MEETING)->start_date), ==, 21);
  g_clear_object (&form);
}

/* A day typed without its year is taken in the year nearest the programme's period
 * ("15/12" in January's programme is last December), unless the weekday typed matches
 * only another year; outside the period, the status shows the year read. */
static void
test_event_year_nearest_period (Fixture       *f,
                                gconstpointer  data)
{
  GtkWidget *form;
  GtkWidget *when;
  GtkWidget *status;

  ct_programme_set_period (programme (f), CT_PERIOD_KIND_MONTH, 2026, 1);
  form = form_for (f, titled (f, MEETING));
  when = field (form, "when");
  status = ct_when_row_get_status (CT_WHEN_ROW (when));

  gtk_editable_set_text (GTK_EDITABLE (when), "thứ Hai 15/12 7h30");
  g_assert_cmpint (g_date_get_day (&titled (f, MEETING)->start_date), ==, 15);
  g_assert_cmpint (g_date_get_month (&titled (f, MEETING)->start_date), ==, 12);
  g_assert_cmpint (g_date_get_year (&titled (f, MEETING)->start_date), ==, 2025);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (status)), ==,
                   "Thứ Hai, 15/12/2025, 7 giờ 30");
  gtk_editable_set_text (GTK_EDITABLE (when), "20/1");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (status)), ==, "Thứ Ba, 20/1/2026");
  g_assert_cmpint (g_date_get_year (&titled (f, MEETING)->start_date), ==, 2026);
  gtk_editable_set_text (GTK_EDITABLE (when), "15/12/2026");
  g_assert_cmpint (g_date_get_year (&titled (f, MEETING)->start_date), ==, 2026);

  /* 15/12/2025 is a Monday, 15/12/2026 a Tuesday: the weekday typed says which, and the
   * year read is shown, the day being far from the period. */
  gtk_editable_set_text (GTK_EDITABLE (when), "thứ Ba 15/12");
  g_assert_false (gtk_widget_has_css_class (when, "error"));
  g_assert_cmpint (g_date_get_year (&titled (f, MEETING)->start_date), ==, 2026);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (status)), ==, "Thứ Ba, 15/12/2026");
  g_clear_object (&form);
}

/* While its item stays open, a day typed stays as typed, the form built again or not
 * (an undo or a redo builds it again); closed and opened again, it is shown written in
 * full, with its weekday and year, and reads back to the same event. */
static void
test_event_when_as_typed (Fixture       *f,
                          gconstpointer  data)
{
  GtkWidget *form = form_for (f, titled (f, MEETING));
  GtkWidget *when = field (form, "when");
  GtkWidget *status = ct_when_row_get_status (CT_WHEN_ROW (when));

  gtk_editable_set_text (GTK_EDITABLE (when), "thứ Ba 18/3 7h30");
  g_assert_cmpint (g_date_get_day (&titled (f, MEETING)->start_date), ==, 18);
  g_assert_cmpint (titled (f, MEETING)->start_minute, ==, 7 * 60 + 30);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (status)), ==, "Thứ Ba, 18/3/2025, 7 giờ 30");
  g_clear_object (&form);
  form = form_for (f, titled (f, MEETING));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (form, "when"))), ==,
                   "thứ Ba 18/3 7h30");

  /* Undone, the text typed is no longer the event's: the event is shown in full. */
  gtk_editable_set_text (GTK_EDITABLE (field (form, "when")), "chiều 18/3 14h");
  g_assert_cmpint (titled (f, MEETING)->start_minute, ==, 14 * 60);
  undo (f);
  g_clear_object (&form);
  form = form_for (f, titled (f, MEETING));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (form, "when"))), ==,
                   "sáng thứ Sáu 14/3/2025 7h30");

  gtk_editable_set_text (GTK_EDITABLE (field (form, "when")), "chiều 18/3 14h");
  ct_when_row_forget_typed (f->session);
  g_clear_object (&form);
  form = form_for (f, titled (f, MEETING));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (form, "when"))), ==,
                   "chiều thứ Ba 18/3/2025 14h");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (ct_when_row_get_status (
                     CT_WHEN_ROW (field (form, "when"))))), ==, "Chiều thứ Ba, 18/3/2025, 14 giờ");

  /* A run of days across a month, and wording, shown again. */
  gtk_editable_set_text (GTK_EDITABLE (field (form, "when")), "31/3 - 1/4");
  g_assert_cmpint (g_date_get_month (&titled (f, MEETING)->end_date), ==, 4);
  ct_when_row_forget_typed (f->session);
  g_clear_object (&form);
  form = form_for (f, titled (f, MEETING));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (form, "when"))), ==,
                   "thứ Hai 31/3/2025 – thứ Ba 1/4/2025");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (ct_when_row_get_status (
                     CT_WHEN_ROW (field (form, "when"))))), ==,
                   "Thứ Hai, 31/3/2025 – thứ Ba, 1/4/2025");
  gtk_editable_set_text (GTK_EDITABLE (field (form, "when")), "trong tháng");
  ct_when_row_forget_typed (f->session);
  g_clear_object (&form);
  form = form_for (f, titled (f, MEETING));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (form, "when"))), ==,
                   "trong tháng");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (ct_when_row_get_status (
                     CT_WHEN_ROW (field (form, "when"))))), ==, "Printed as typed");
  g_clear_object (&form);
}

/* A task due "quý II" shows its words in its one "due" row; its lead and co-operating
 * units are typed; a day typed there is its due date (end_date, no first day), words
 * again are printed as typed, and a time of day or several days are said to be wrong,
 * kept in the row and not in the task; the typing in the row is one undo step. */
static void
test_task_due_and_units (Fixture       *f,
                         gconstpointer  data)
{
  GtkWidget *form = form_for (f, task (f, 1));
  GtkWidget *due = field (form, "when");
  GtkWidget *status = ct_when_row_get_status (CT_WHEN_ROW (due));
  g_autoptr(GPtrArray) issues = NULL;

  g_assert_true (due == field (form, "vague_when"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (due)), ==, "quý II");
  gtk_editable_set_text (GTK_EDITABLE (field (form, "lead_unit")), "Phòng Tư pháp");
  gtk_editable_set_text (GTK_EDITABLE (field (form, "cooperating_units")),
                         "UBND các xã, thị trấn");
  g_assert_cmpstr (task (f, 1)->lead_unit, ==, "Phòng Tư pháp");
  g_assert_cmpstr (task (f, 1)->cooperating_units, ==, "UBND các xã, thị trấn");

  gtk_editable_set_text (GTK_EDITABLE (due), "15/12");
  g_assert_null (task (f, 1)->vague_when);
  g_assert_false (g_date_valid (&task (f, 1)->start_date));
  g_assert_cmpint (g_date_get_day (&task (f, 1)->end_date), ==, 15);
  g_assert_cmpint (g_date_get_month (&task (f, 1)->end_date), ==, 12);
  g_assert_cmpint (g_date_get_year (&task (f, 1)->end_date), ==, 2025);
  /* Nine months past the programme's month: the day taken is said, and how to type the
   * other; the task keeps the day, and it is no error. */
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (status)), ==,
                   "Due on 15/12/2025, 9 months after the programme’s period; if it is in "
                   "2024, type 15/12/2024");
  g_assert_true (gtk_widget_has_css_class (status, "warning"));
  g_assert_false (gtk_widget_has_css_class (due, "error"));
  gtk_editable_set_text (GTK_EDITABLE (due), "15/4");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (status)), ==, "Thứ Ba, 15/4/2025");
  g_assert_false (gtk_widget_has_css_class (status, "warning"));
  /* The year typed is the clerk's: only the day is said. */
  gtk_editable_set_text (GTK_EDITABLE (due), "15/12/2025");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (status)), ==, "Thứ Hai, 15/12/2025");

  /* What is wrong leaves the task as it was when the row was entered. */
  gtk_editable_set_text (GTK_EDITABLE (due), "15/12 14:00");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (status)), ==,
                   "A due date is a day, without a time of day");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (due)), ==, "15/12 14:00");
  g_assert_cmpstr (task (f, 1)->vague_when, ==, "quý II");
  issues = unread_issues (f);
  g_assert_cmpuint (issues->len, ==, 1);
  g_assert_cmpstr (((CtCheckIssue *) g_ptr_array_index (issues, 0))->field, ==, "when");
  g_assert_true (g_str_has_suffix (((CtCheckIssue *) g_ptr_array_index (issues, 0))->message,
                                   "”: the due time “15/12 14:00” is not used yet: "
                                   "A due date is a day, without a time of day"));
  gtk_editable_set_text (GTK_EDITABLE (due), "15-16/12");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (status)), ==,
                   "A task is due on one day: type its last day only");

  gtk_editable_set_text (GTK_EDITABLE (due), "trước ngày 15");
  g_assert_cmpstr (task (f, 1)->vague_when, ==, "trước ngày 15");
  gtk_editable_set_text (GTK_EDITABLE (due), "thường xuyên");
  g_assert_cmpstr (task (f, 1)->vague_when, ==, "thường xuyên");
  g_assert_false (g_date_valid (&task (f, 1)->end_date));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (status)), ==, "Printed as typed");

  undo (f);
  g_assert_cmpstr (task (f, 1)->vague_when, ==, "quý II");
  undo (f);
  g_assert_null (task (f, 1)->cooperating_units);
  undo (f);
  g_assert_cmpstr (task (f, 1)->lead_unit, ==, "Phòng Nông nghiệp và Môi trường");
  g_clear_object (&form);
}

/* Lines pasted into a one-line field are joined with spaces in the field, and saved so. */
static void
test_pasted_lines (Fixture       *f,
                   gconstpointer  data)
{
  GtkWidget *form = form_for (f, task (f, 1));

  gtk_editable_set_text (GTK_EDITABLE (field (form, "lead_unit")),
                         "Phòng Tư pháp\r\nUBND các xã");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (form, "lead_unit"))), ==,
                   "Phòng Tư pháp UBND các xã");
  g_assert_cmpstr (task (f, 1)->lead_unit, ==, "Phòng Tư pháp UBND các xã");
  g_clear_object (&form);
}

#define MONTHLY_DAY "Tiếp công dân định kỳ của Chủ tịch UBND huyện"
#define MONTHLY_WEEKDAY "Giao ban lãnh đạo UBND huyện"

/* Day 5 of every month shows as such; its day is changed, then the rule becomes the last
 * Thursday of the month; undo goes back step by step. */
static void
test_recurrence_rules (Fixture       *f,
                       gconstpointer  data)
{
  GtkWidget *form = form_for (f, titled (f, MONTHLY_DAY));
  GtkWidget *rule = field (form, "recurrence");
  GtkWidget *spin = nth_widget (field (form, "month_day"), is_spin, 0);

  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (rule)), ==,
                    CT_RECURRENCE_MONTHLY_DAY);
  g_assert_true (gtk_widget_get_visible (field (form, "month_day")));
  g_assert_false (gtk_widget_get_visible (field (form, "weekdays")));
  g_assert_false (gtk_widget_get_visible (field (form, "month_week")));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (spin)), ==, 5);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 20);
  g_assert_cmpint (titled (f, MONTHLY_DAY)->month_day, ==, 20);

  adw_combo_row_set_selected (ADW_COMBO_ROW (rule), CT_RECURRENCE_MONTHLY_WEEKDAY);
  g_assert_cmpint (titled (f, MONTHLY_DAY)->recurrence, ==, CT_RECURRENCE_MONTHLY_WEEKDAY);
  g_assert_cmpint (titled (f, MONTHLY_DAY)->month_week, ==, 1);
  g_assert_cmpuint (titled (f, MONTHLY_DAY)->weekdays, ==, CT_WEEKDAY_MONDAY);
  g_assert_true (gtk_widget_get_visible (field (form, "month_week")));
  g_assert_false (gtk_widget_get_visible (field (form, "month_day")));
  adw_combo_row_set_selected (ADW_COMBO_ROW (field (form, "month_week")), 4);
  adw_combo_row_set_selected (ADW_COMBO_ROW (field (form, "month_weekday")),
                              G_DATE_THURSDAY - G_DATE_MONDAY);
  g_assert_cmpint (titled (f, MONTHLY_DAY)->month_week, ==, -1);
  g_assert_cmpuint (titled (f, MONTHLY_DAY)->weekdays, ==, CT_WEEKDAY_THURSDAY);

  undo (f);
  g_assert_cmpuint (titled (f, MONTHLY_DAY)->weekdays, ==, CT_WEEKDAY_MONDAY);
  undo (f);
  g_assert_cmpint (titled (f, MONTHLY_DAY)->month_week, ==, 1);
  undo (f);
  g_assert_cmpint (titled (f, MONTHLY_DAY)->recurrence, ==, CT_RECURRENCE_MONTHLY_DAY);
  g_assert_cmpint (titled (f, MONTHLY_DAY)->month_day, ==, 20);
  undo (f);
  g_assert_cmpint (titled (f, MONTHLY_DAY)->month_day, ==, 5);
  g_clear_object (&form);

  /* The first Monday shows as such; "Every Week" then toggles Wednesday in. */
  form = form_for (f, titled (f, MONTHLY_WEEKDAY));
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (field (form, "month_week"))), ==,
                    0);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (field (form, "month_weekday"))),
                    ==, 0);
  adw_combo_row_set_selected (ADW_COMBO_ROW (field (form, "recurrence")), CT_RECURRENCE_WEEKLY);
  g_assert_true (gtk_widget_get_visible (field (form, "weekdays")));
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button (form, "T2", 0))));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button (form, "T4", 0)), TRUE);
  g_assert_cmpint (titled (f, MONTHLY_WEEKDAY)->recurrence, ==, CT_RECURRENCE_WEEKLY);
  g_assert_cmpuint (titled (f, MONTHLY_WEEKDAY)->weekdays, ==,
                    CT_WEEKDAY_MONDAY | CT_WEEKDAY_WEDNESDAY);
  undo (f);
  undo (f);
  g_assert_cmpint (titled (f, MONTHLY_WEEKDAY)->recurrence, ==, CT_RECURRENCE_MONTHLY_WEEKDAY);
  g_assert_cmpuint (titled (f, MONTHLY_WEEKDAY)->weekdays, ==, CT_WEEKDAY_MONDAY);
  g_clear_object (&form);
}

static GPtrArray *
subpoints (Fixture *f)
{
  return ((CtAgendaItem *) g_ptr_array_index (titled (f, MEETING)->agenda, 0))->subpoints;
}

/* Sub-points a) and b) are edited in fields that wrap, one is added after b) with Enter,
 * one removed. */
static void
test_agenda_subpoints (Fixture       *f,
                       gconstpointer  data)
{
  GtkWidget *form = form_for (f, titled (f, MEETING));
  GtkWidget *view;
  g_autofree char *text = NULL;

  view = nth_widget (form, is_subpoint_view, 1);
  text = view_text (view);
  g_assert_cmpstr (text, ==, "Tiến độ giải ngân vốn đầu tư công.");
  g_assert_cmpint (gtk_text_view_get_wrap_mode (GTK_TEXT_VIEW (view)), ==, GTK_WRAP_WORD_CHAR);
  set_view_text (view, "Tiến độ giải ngân.");
  g_assert_cmpstr (g_ptr_array_index (subpoints (f), 1), ==, "Tiến độ giải ngân.");
  g_assert_true (ct_test_press_key (view, GDK_KEY_Return, 0));
  g_assert_cmpuint (subpoints (f)->len, ==, 3);
  view = nth_widget (form, is_subpoint_view, 2);
  g_clear_pointer (&text, g_free);
  text = view_text (view);
  g_assert_cmpstr (text, ==, "");
  set_view_text (view, "Nợ đọng xây dựng cơ bản.");
  g_assert_cmpstr (g_ptr_array_index (subpoints (f), 2), ==, "Nợ đọng xây dựng cơ bản.");
  g_signal_emit_by_name (button (form, "Remove Sub-point", 0), "clicked");
  g_assert_cmpuint (subpoints (f)->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (subpoints (f), 0), ==, "Tiến độ giải ngân.");
  /* The second agenda item has none yet: its button adds the first. */
  g_signal_emit_by_name (button (form, "Add _Sub-point", 1), "clicked");
  g_assert_cmpuint (((CtAgendaItem *) g_ptr_array_index (titled (f, MEETING)->agenda, 1))
                      ->subpoints->len, ==, 1);

  undo (f);
  undo (f);
  g_assert_cmpuint (subpoints (f)->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (subpoints (f), 0), ==, "Kết quả thu ngân sách.");
  undo (f);
  undo (f);
  g_assert_cmpuint (subpoints (f)->len, ==, 2);
  undo (f);
  g_assert_cmpstr (g_ptr_array_index (subpoints (f), 1), ==,
                   "Tiến độ giải ngân vốn đầu tư công.");
  g_clear_object (&form);
}

static void
set_buffer (GtkWidget  *view,
            const char *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), text, -1);
}

/* The bodies are typed on two lines and stored with the break, as typed. */
static void
test_two_line_bodies (Fixture       *f,
                      gconstpointer  data)
{
  GtkWidget *header = g_object_ref_sink (ct_document_editor_new (f->session));
  GtkWidget *issuing = ct_document_editor_get_field (CT_DOCUMENT_EDITOR (header),
                                                     "issuing_body");
  GtkWidget *superior = ct_document_editor_get_field (CT_DOCUMENT_EDITOR (header),
                                                      "superior_body");
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (issuing));
  GtkTextIter start, end;
  g_autofree char *shown = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_cmpstr (shown, ==, "ỦY BAN NHÂN DÂN\nHUYỆN SÔNG MÂY");
  g_assert_false (gtk_text_view_get_accepts_tab (GTK_TEXT_VIEW (issuing)));
  set_buffer (issuing, "ỦY BAN NHÂN DÂN\nXÃ BẾN ĐÒ");
  g_assert_cmpstr (programme (f)->issuing_body, ==, "ỦY BAN NHÂN DÂN\nXÃ BẾN ĐÒ");
  set_buffer (superior, "UBND HUYỆN SÔNG MÂY\n");
  g_assert_cmpstr (programme (f)->superior_body, ==, "UBND HUYỆN SÔNG MÂY\n");
  set_buffer (superior, "");
  g_assert_null (programme (f)->superior_body);

  /* The typing in one field is one step. */
  undo (f);
  g_assert_null (programme (f)->superior_body);
  g_assert_cmpstr (programme (f)->issuing_body, ==, "ỦY BAN NHÂN DÂN\nXÃ BẾN ĐÒ");
  undo (f);
  g_assert_cmpstr (programme (f)->issuing_body, ==, "ỦY BAN NHÂN DÂN\nHUYỆN SÔNG MÂY");
  g_clear_object (&header);
}

/* March 2025 becomes week 9 (the week of 1 March), then week 10, whose days show. */
static void
test_week_period (Fixture       *f,
                  gconstpointer  data)
{
  GtkWidget *header = g_object_ref_sink (ct_document_editor_new (f->session));
  CtDocumentEditor *editor = CT_DOCUMENT_EDITOR (header);
  GtkWidget *dates = ct_document_editor_get_field (editor, "period_dates");
  GtkWidget *index = ct_document_editor_get_field (editor, "period_index");

  g_assert_false (gtk_widget_get_visible (dates));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (index)), ==, "Month");
  adw_combo_row_set_selected (ADW_COMBO_ROW (ct_document_editor_get_field (editor,
                                                                           "period_kind")),
                              CT_PERIOD_KIND_WEEK);
  g_assert_cmpint (programme (f)->period_kind, ==, CT_PERIOD_KIND_WEEK);
  g_assert_cmpint (programme (f)->period_year, ==, 2025);
  g_assert_cmpint (programme (f)->period_index, ==, 9);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (index)), ==, "9");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (index)), ==,
                   "Week Number");
  g_assert_true (gtk_widget_get_visible (dates));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (dates)), ==,
                   "Week 9: 24/2 – 02/3/2025");
  gtk_editable_set_text (GTK_EDITABLE (index), "10");
  g_assert_cmpint (programme (f)->period_index, ==, 10);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (dates)), ==,
                   "Week 10: 03/3 – 09/3/2025");
  /* 2025 has 52 weeks: 53 is refused. Typed digit by digit, "5" is week 5 for a moment,
   * and goes back to week 10 with the "3"; a cleared field or 0 changes nothing. */
  gtk_editable_set_text (GTK_EDITABLE (index), "5");
  g_assert_cmpint (programme (f)->period_index, ==, 5);
  gtk_editable_set_text (GTK_EDITABLE (index), "53");
  g_assert_true (gtk_widget_has_css_class (index, "error"));
  g_assert_cmpint (programme (f)->period_index, ==, 10);
  gtk_editable_set_text (GTK_EDITABLE (index), "");
  g_assert_cmpint (programme (f)->period_index, ==, 10);
  gtk_editable_set_text (GTK_EDITABLE (index), "0");
  g_assert_cmpint (programme (f)->period_index, ==, 10);
  gtk_editable_set_text (GTK_EDITABLE (index), "10");

  undo (f);
  undo (f);
  g_assert_cmpint (programme (f)->period_kind, ==, CT_PERIOD_KIND_MONTH);
  g_assert_cmpint (programme (f)->period_index, ==, 3);
  g_clear_object (&header);
}

static const char *
authority_body (Fixture *f,
                guint    index)
{
  return ((CtSignerAuthority *) g_ptr_array_index (programme (f)->signer_authorities,
                                                   index))->body;
}

/* The authority lines move with their buttons, which are focusable; the first cannot go
 * up nor the last down. */
static void
test_authority_lines_move (Fixture       *f,
                           gconstpointer  data)
{
  GtkWidget *footer = g_object_ref_sink (ct_footer_editor_new (f->session));
  GtkWidget *down = button (footer, "Move Authority Line Down", 0);

  g_assert_false (gtk_widget_get_sensitive (button (footer, "Move Authority Line Up", 0)));
  g_assert_false (gtk_widget_get_sensitive (button (footer, "Move Authority Line Down", 1)));
  g_assert_true (gtk_widget_get_focusable (down));
  g_signal_emit_by_name (down, "clicked");
  g_assert_cmpstr (authority_body (f, 0), ==, "CHỦ TỊCH");
  g_assert_cmpstr (authority_body (f, 1), ==, "ỦY BAN NHÂN DÂN");
  ct_test_assert_authorities (programme (f), "KT. CHỦ TỊCH\nTM. ỦY BAN NHÂN DÂN");
  g_signal_emit_by_name (button (footer, "Move Authority Line Up", 1), "clicked");
  ct_test_assert_authorities (programme (f), "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH");
  undo (f);
  ct_test_assert_authorities (programme (f), "KT. CHỦ TỊCH\nTM. ỦY BAN NHÂN DÂN");
  undo (f);
  ct_test_assert_authorities (programme (f), "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH");
  g_clear_object (&footer);
}

int
main (int    argc,
      char **argv)
{
  ct_test_widget_init (&argc, &argv);
  CT_TEST_ADD ("/editor-attributes/event-text-fields", test_event_text_fields);
  CT_TEST_ADD ("/editor-attributes/pasted-lines", test_pasted_lines);
  CT_TEST_ADD ("/editor-attributes/rows-show-values", test_rows_show_values);
  CT_TEST_ADD ("/editor-attributes/event-timing-in-words", test_event_timing_in_words);
  CT_TEST_ADD ("/editor-attributes/event-when-as-typed", test_event_when_as_typed);
  CT_TEST_ADD ("/editor-attributes/task-due-and-units", test_task_due_and_units);
  CT_TEST_ADD ("/editor-attributes/event-year-nearest-period", test_event_year_nearest_period);
  CT_TEST_ADD ("/editor-attributes/recurrence-rules", test_recurrence_rules);
  CT_TEST_ADD ("/editor-attributes/agenda-subpoints", test_agenda_subpoints);
  CT_TEST_ADD ("/editor-attributes/event-date-not-a-date", test_event_date_not_a_date);
  CT_TEST_ADD ("/editor-attributes/title-wraps-one-line", test_title_wraps_one_line);
  CT_TEST_ADD ("/editor-attributes/two-line-bodies", test_two_line_bodies);
  CT_TEST_ADD ("/editor-attributes/week-period", test_week_period);
  CT_TEST_ADD ("/editor-attributes/authority-lines-move", test_authority_lines_move);
  return g_test_run ();
}
