/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Every shortcut the shortcuts window (data/ui/ct-shortcuts-window.ui) lists is one the app
 * answers: an application accelerator or a key binding of the main window.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>

#include <glib/gi18n.h>

#include "ct-application.h"
#include "ct-window.h"
#include "test-util-widget.h"

static char *db_path;

static void
collect_accelerators (GtkWidget *widget,
                      GPtrArray *accels)
{
  if (GTK_IS_SHORTCUTS_SHORTCUT (widget))
    {
      char *accel = NULL;

      g_object_get (widget, "accelerator", &accel, NULL);
      g_ptr_array_add (accels, accel);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_accelerators (child, accels);
}

/* Whether a key shortcut of @widget's controllers or of its descendants' (the pages bind
 * their own keys, e.g. Page_Up in the preview) is triggered by @keyval with @mods. */
static gboolean
widget_binds (GtkWidget       *widget,
              guint            keyval,
              GdkModifierType  mods)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (widget_binds (child, keyval, mods))
      return TRUE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger) &&
              gdk_keyval_to_lower (gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)))
                == gdk_keyval_to_lower (keyval) &&
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == mods)
            return TRUE;
        }
    }
  return FALSE;
}

static gboolean
inspect_cb (gpointer user_data)
{
  GtkWindow *window = user_data;
  GtkApplication *app = gtk_window_get_application (window);
  GtkWidget *overlay = GTK_WIDGET (ct_application_ensure_shortcuts_window (
                                     GTK_APPLICATION_WINDOW (window)));
  g_autoptr(GPtrArray) accels = g_ptr_array_new_with_free_func (g_free);

  /* The pages, and the shortcuts they answer, are built on their first visit. */
  for (const char **page = (const char *[]) { "calendar", "preview", "week", NULL };
       *page != NULL; page++)
    g_assert_nonnull (ct_window_ensure_page (CT_WINDOW (window), *page));
  g_assert_nonnull (overlay);
  collect_accelerators (overlay, accels);
  g_assert_cmpuint (accels->len, >=, 10);
  for (guint i = 0; i < accels->len; i++)
    {
      const char *accel = g_ptr_array_index (accels, i);
      g_auto(GStrv) actions = gtk_application_get_actions_for_accel (app, accel);
      guint keyval;
      GdkModifierType mods;

      g_assert_true (gtk_accelerator_parse (accel, &keyval, &mods));
      if (actions[0] == NULL && !widget_binds (GTK_WIDGET (window), keyval, mods))
        g_error ("The shortcuts window lists %s, which nothing answers", accel);
    }
  g_application_quit (G_APPLICATION (app));
  return G_SOURCE_REMOVE;
}

static void
test_shortcuts_listed_are_bound (void)
{
  g_autoptr(CtApplication) app = ct_application_new ();
  char *argv[] = { (char *) "congtac", (char *) "--db", db_path, NULL };

  ct_test_on_main_window_mapped (GTK_APPLICATION (app), 0, inspect_cb);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 3, argv), ==, 0);
  ct_test_destroy_windows (GTK_APPLICATION (app));
}

/* The shortcuts of @widget's sections (not the copies its search keeps). */
static void
collect_shortcuts (GtkWidget *widget,
                   GPtrArray *lines,
                   gboolean   in_section)
{
  in_section = in_section || GTK_IS_SHORTCUTS_SECTION (widget);
  if (GTK_IS_SHORTCUTS_SHORTCUT (widget) && in_section)
    {
      g_autofree char *accel = NULL;
      g_autofree char *title = NULL;

      g_object_get (widget, "accelerator", &accel, "title", &title, NULL);
      g_ptr_array_add (lines, g_strdup_printf ("%s %s", accel, title));
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_shortcuts (child, lines, in_section);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char **) a, *(const char **) b);
}

/* In Vietnamese, whose titles are the longest: the shortcuts window fits a 1366×768
 * screen (its height, with the header, at most 740 pixels), and lists every shortcut. */
static void
test_shortcuts_window_fits (void)
{
  static const char *expected[] = {
    "<Alt>1 Soạn thảo", "<Alt>2 Lịch", "<Alt>3 Xem trước", "<Alt>4 Tuần",
    "<Control>0 Vừa chiều rộng trang", "<Control><Shift>p Đăng lên máy chủ lịch",
    "<Control><Shift>z Làm lại", "<Control>Page_Down Mục sau",
    "<Control>Page_Up Mục trước", "<Control>Return Kết thúc danh sách",
    "<Control>comma Tùy chọn", "<Control>e Xuất lịch", "<Control>f Tìm chương trình",
    "<Control>minus Thu nhỏ", "<Control>n Tạo chương trình mới",
    "<Control>o Nhập chương trình từ tệp", "<Control>p In", "<Control>plus Phóng to",
    "<Control>q Thoát", "<Control>question Phím tắt", "<Control>s Lưu ngay",
    "<Control>w Đóng cửa sổ", "<Control>z Hoàn tác", "Escape Về chương trình",
    "F8 Các lỗi cần sửa trước khi ký", "Page_Down Trang sau", "Page_Down Tuần sau",
    "Page_Up Trang trước", "Page_Up Tuần trước", "Return Dòng tiếp theo",
  };

  g_autoptr(GtkApplication) app = NULL;
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  GtkWidget *window;
  GtkWidget *overlay;
  int min, nat;

  g_setenv ("LANGUAGE", "vi", TRUE);
  if (setlocale (LC_ALL, "vi_VN.UTF-8") == NULL)
    {
      g_test_skip ("The vi_VN.UTF-8 locale is not generated");
      g_unsetenv ("LANGUAGE");
      setlocale (LC_ALL, "C.UTF-8");
      return;
    }
  app = ct_test_application_new ("io.github.congtac.CongtacShortcutsTest");
  window = gtk_application_window_new (app);
  overlay = GTK_WIDGET (ct_application_ensure_shortcuts_window (GTK_APPLICATION_WINDOW (window)));
  gtk_widget_measure (overlay, GTK_ORIENTATION_VERTICAL, -1, &min, &nat, NULL, NULL);
  g_test_message ("The shortcuts window is %d pixels high", nat);
  g_assert_cmpint (nat, <=, 740);

  collect_shortcuts (overlay, lines, FALSE);
  g_ptr_array_sort (lines, compare_strings);
  g_assert_cmpuint (lines->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < lines->len; i++)
    g_assert_cmpstr (g_ptr_array_index (lines, i), ==, expected[i]);

  gtk_window_destroy (GTK_WINDOW (window));
  g_unsetenv ("LANGUAGE");
  setlocale (LC_ALL, "C.UTF-8");
}

int
main (int    argc,
      char **argv)
{
  ct_test_keep_quark_table ();
  gtk_test_init (&argc, &argv, NULL);
  setlocale (LC_ALL, "C.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, CT_TEST_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_test_add_func ("/shortcuts/listed-are-bound", test_shortcuts_listed_are_bound);
  g_test_add_func ("/shortcuts/window-fits", test_shortcuts_window_fits);
  return ct_test_run_with_database ("congtac-shortcuts-XXXXXX", "shortcuts.db", &db_path);
}
