/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <adwaita.h>
#include <glib/gstdio.h>

#include "ct-programme-entry.h"
#include "window-wait.h"
#include "ct-window.h"
#include "test-util-widget.h"

/* A search result in the sidebar shows where its words were found, bold, and a screen
 * reader reads it as the row's description. */

static void
save_event (CtStore    *store,
            int         month,
            const char *subtitle,
            const char *title,
            const char *agenda)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtProgramme) p = ct_programme_new ();
  CtSection *section;
  CtItem *item;
  GDate date;

  p->issuing_body = g_strdup ("ỦY BAN NHÂN DÂN XÃ BẾN LỘI");
  p->subtitle = g_strdup (subtitle);
  ct_programme_set_period (p, CT_PERIOD_KIND_MONTH, 2025, month);
  section = ct_programme_add_section (p, "Công tác trọng tâm");
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 12, month, 2025);
  item = ct_item_new_event (title, &date);
  if (agenda != NULL)
    ct_item_add_agenda_item (item, agenda, "Hợp tác xã Gò Sỏi");
  ct_section_add_item (section, item);
  g_assert_true (ct_store_save_programme (store, p, &error));
  g_assert_no_error (error);
}

static CtProgrammeEntry *
entry_at (GListModel *model,
          guint       position)
{
  CtProgrammeEntry *entry = g_list_model_get_item (model, position);

  /* The model keeps its own reference. */
  g_object_unref (entry);
  return entry;
}

/* The sidebar row showing @title, once the list view has built it. */
static GtkWidget *
row_of (GtkGridView *list,
        const char  *title)
{
  for (;;)
    {
      for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list)); row != NULL;
           row = gtk_widget_get_next_sibling (row))
        {
          GtkWidget *box = gtk_widget_get_first_child (row);

          if (GTK_IS_BOX (box) && gtk_widget_get_visible (row) &&
              g_strcmp0 (gtk_label_get_text (GTK_LABEL (gtk_widget_get_first_child (box))),
                         title) == 0)
            return row;
        }
      g_main_context_iteration (NULL, TRUE);
    }
}

static GtkLabel *
excerpt_label (GtkWidget *row)
{
  GtkWidget *box = gtk_widget_get_first_child (row);

  return GTK_LABEL (gtk_widget_get_next_sibling (gtk_widget_get_first_child (box)));
}

static void
search (CtWindow   *window,
        const char *query)
{
  GtkEditable *entry = GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (window),
                                                                    CT_TYPE_WINDOW,
                                                                    "search_entry"));

  gtk_editable_set_text (entry, query);
  ct_window_reload_list (window);
  ct_test_wait_window (window);
}

static void
test_excerpts (void)
{
  g_autofree char *dir = g_dir_make_tmp ("congtac-search-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "s.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = ct_store_open (path, &error);
  g_autoptr(GtkApplication) app = NULL;
  CtWindow *window;
  GtkGridView *list;
  GListModel *model;
  GtkWidget *row;

  g_assert_no_error (error);
  save_event (store, 3, NULL, "Tổ chức Hội nghị sơ kết phòng chống hạn mặn", NULL);
  save_event (store, 4, NULL, "Làm việc với Hợp tác xã Gò Sỏi",
              "Nghe báo cáo kết quả sản xuất vụ đông xuân của các tổ hợp tác, chuẩn bị nội "
              "dung trình hội nghị xã viên thường niên và thống nhất kế hoạch trồng lúa hữu "
              "cơ năm 2025");
  save_event (store, 5, NULL, "Kiểm tra đê bao ven sông Mây", NULL);
  save_event (store, 6, "công tác tháng 6 năm 2025 và Hội nghị giữa năm",
              "Tiếp dân định kỳ", NULL);
  app = ct_test_application_new ("io.github.congtac.CongtacSearchTest");
  window = ct_window_new (app, store);
  gtk_window_present (GTK_WINDOW (window));
  ct_test_wait_window (window);
  list = GTK_GRID_VIEW (gtk_widget_get_template_child (GTK_WIDGET (window), CT_TYPE_WINDOW,
                                                       "programme_list"));
  model = G_LIST_MODEL (gtk_grid_view_get_model (list));

  search (window, "hoi nghi");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 4);
  /* The subtitle holds the words: the row shows it, nothing more. */
  g_assert_cmpstr (ct_programme_entry_get_title (entry_at (model, 1)), ==,
                   "công tác tháng 6 năm 2025 và Hội nghị giữa năm");
  g_assert_null (ct_programme_entry_get_excerpt (entry_at (model, 1)));
  g_assert_cmpstr (ct_programme_entry_get_excerpt (entry_at (model, 2)), ==,
                   "…hợp tác, chuẩn bị nội dung trình <b>hội nghị</b> xã viên thường niên "
                   "và thống nhất…");
  g_assert_cmpstr (ct_programme_entry_get_excerpt (entry_at (model, 3)), ==,
                   "Tổ chức <b>Hội nghị</b> sơ kết phòng chống hạn mặn");

  row = row_of (list, "công tác tháng 3 năm 2025");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (excerpt_label (row))));
  g_assert_true (gtk_label_get_use_markup (excerpt_label (row)));
  g_assert_cmpstr (gtk_label_get_label (excerpt_label (row)), ==,
                   "Tổ chức <b>Hội nghị</b> sơ kết phòng chống hạn mặn");
  g_assert_cmpstr (gtk_label_get_text (excerpt_label (row)), ==,
                   "Tổ chức Hội nghị sơ kết phòng chống hạn mặn");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Tổ chức Hội nghị sơ kết phòng chống hạn mặn");
  row = row_of (list, "công tác tháng 6 năm 2025 và Hội nghị giữa năm");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (excerpt_label (row))));
  g_assert_false (gtk_test_accessible_has_property (GTK_ACCESSIBLE (row),
                                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));

  /* The issuing body is found before the items; its excerpt is the body as typed. */
  search (window, "ben loi");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 5);
  g_assert_cmpstr (ct_programme_entry_get_excerpt (entry_at (model, 4)), ==,
                   "ỦY BAN NHÂN DÂN XÃ <b>BẾN LỘI</b>");

  /* Without a search the rows show no excerpt, and a reader hears none. */
  search (window, "");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 5);
  g_assert_null (ct_programme_entry_get_excerpt (entry_at (model, 4)));
  row = row_of (list, "công tác tháng 3 năm 2025");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (excerpt_label (row))));
  g_assert_false (gtk_test_accessible_has_property (GTK_ACCESSIBLE (row),
                                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));

  ct_test_close_window (window, &store, dir);
}

int
main (int    argc,
      char **argv)
{
  ct_test_widget_init (&argc, &argv);
  g_test_add_func ("/window-search/excerpts", test_excerpts);
  return g_test_run ();
}
