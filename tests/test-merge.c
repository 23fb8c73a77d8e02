/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <locale.h>

#include "ct-merge.h"
#include "test-util.h"

/* A base programme with one section of two tasks; each test changes "mine" and "theirs",
 * copies of it, as two windows would. */
static CtProgramme *
make_base (void)
{
  CtProgramme *p = ct_programme_new ();
  CtSection *section = ct_programme_add_section (p, "Nhiệm vụ chung");

  ct_programme_set_period (p, CT_PERIOD_KIND_MONTH, 2025, 4);
  p->id = 7;
  p->revision = 4;
  ct_section_add_item (section, ct_item_new_task ("Kiểm tra công tác văn thư."));
  ct_section_add_item (section, ct_item_new_task ("Tổng hợp báo cáo tháng."));
  return p;
}

static CtItem *
item_at (CtProgramme *p,
         guint        section,
         guint        index)
{
  return ((CtSection *) p->sections->pdata[section])->items->pdata[index];
}

static void
set_paragraph (CtItem     *item,
               const char *text)
{
  g_free (item->paragraphs->pdata[0]);
  item->paragraphs->pdata[0] = g_strdup (text);
}

typedef struct
{
  CtProgramme *base;
  CtProgramme *mine;
  CtProgramme *theirs;
  CtMerge *merge;
  CtProgramme *merged;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->base = make_base ();
  f->mine = ct_programme_copy (f->base);
  f->theirs = ct_programme_copy (f->base);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_pointer (&f->merged, ct_programme_unref);
  g_clear_pointer (&f->merge, ct_merge_free);
  g_clear_pointer (&f->theirs, ct_programme_unref);
  g_clear_pointer (&f->mine, ct_programme_unref);
  g_clear_pointer (&f->base, ct_programme_unref);
}

/* Merges both sides, which must differ in exactly @conflicts places. */
static void
merge_sides (Fixture *f,
             guint    conflicts)
{
  f->merge = ct_merge_new (f->base, f->mine, f->theirs);
  g_assert_cmpuint (ct_merge_get_conflicts (f->merge)->len, ==, conflicts);
}

static void
test_merge_disjoint_items (Fixture       *f,
                          gconstpointer  data)
{
  set_paragraph (item_at (f->mine, 0, 0), "Kiểm tra công tác văn thư, lưu trữ.");
  set_paragraph (item_at (f->theirs, 0, 1), "Tổng hợp báo cáo tháng 4.");
  f->theirs->revision = 5;
  merge_sides (f, 0);
  f->merged = ct_merge_build (f->merge);
  g_assert_cmpstr (item_at (f->merged, 0, 0)->paragraphs->pdata[0], ==,
                   "Kiểm tra công tác văn thư, lưu trữ.");
  g_assert_cmpstr (item_at (f->merged, 0, 1)->paragraphs->pdata[0], ==,
                   "Tổng hợp báo cáo tháng 4.");
  g_assert_cmpint (f->merged->revision, ==, 5);
  g_assert_cmpint (f->merged->id, ==, 7);
}

/* One side adds a task, the other renames the section: both kept. */
static void
test_merge_added_item_and_title (Fixture       *f,
                                gconstpointer  data)
{
  CtSection *section;

  ct_section_add_item (f->mine->sections->pdata[0], ct_item_new_task ("Chuẩn bị hội nghị."));
  section = f->theirs->sections->pdata[0];
  g_free (section->title);
  section->title = g_strdup ("Nhiệm vụ trọng tâm");
  merge_sides (f, 0);
  f->merged = ct_merge_build (f->merge);
  section = f->merged->sections->pdata[0];
  g_assert_cmpstr (section->title, ==, "Nhiệm vụ trọng tâm");
  g_assert_cmpuint (section->items->len, ==, 3);
  g_assert_cmpstr (item_at (f->merged, 0, 2)->paragraphs->pdata[0], ==, "Chuẩn bị hội nghị.");
}

/* Both change the same task differently: one question, both texts shown. */
static void
test_merge_same_item (Fixture       *f,
                     gconstpointer  data)
{
  CtMergeConflict *conflict;

  set_paragraph (item_at (f->mine, 0, 1), "Tổng hợp báo cáo quý.");
  set_paragraph (item_at (f->theirs, 0, 1), "Tổng hợp báo cáo năm.");
  merge_sides (f, 1);
  conflict = ct_merge_get_conflicts (f->merge)->pdata[0];
  g_assert_cmpstr (conflict->label, ==, "Item “Tổng hợp báo cáo tháng.”");
  g_assert_cmpstr (conflict->mine, ==, "Tổng hợp báo cáo quý.");
  g_assert_cmpstr (conflict->theirs, ==, "Tổng hợp báo cáo năm.");
  /* What was typed here stays unless the user chooses the other version. */
  f->merged = ct_merge_build (f->merge);
  g_assert_cmpstr (item_at (f->merged, 0, 1)->paragraphs->pdata[0], ==, "Tổng hợp báo cáo quý.");
  g_clear_pointer (&f->merged, ct_programme_unref);
  conflict->take_mine = FALSE;
  f->merged = ct_merge_build (f->merge);
  g_assert_cmpstr (item_at (f->merged, 0, 1)->paragraphs->pdata[0], ==, "Tổng hợp báo cáo năm.");
}

/* Both give the same task another lead unit: the question shows the units, which are
 * what differs, and both sides' other attributes. */
static void
test_merge_same_attribute (Fixture       *f,
                           gconstpointer  data)
{
  CtMergeConflict *conflict;

  item_at (f->mine, 0, 1)->lead_unit = g_strdup ("Văn phòng");
  item_at (f->theirs, 0, 1)->lead_unit = g_strdup ("Phòng Nội vụ");
  item_at (f->theirs, 0, 1)->vague_when = g_strdup ("quý II");
  merge_sides (f, 1);
  conflict = ct_merge_get_conflicts (f->merge)->pdata[0];
  g_assert_cmpstr (conflict->mine, ==, "Tổng hợp báo cáo tháng.\n"
                                       "- Đơn vị chủ trì: Văn phòng");
  g_assert_cmpstr (conflict->theirs, ==, "Tổng hợp báo cáo tháng.\n"
                                         "- Đơn vị chủ trì: Phòng Nội vụ\n"
                                         "- Thời gian hoàn thành: quý II");
}

/* A task removed on one side and changed on the other is never dropped unasked. */
static void
test_merge_removed_and_changed (Fixture       *f,
                               gconstpointer  data)
{
  CtMergeConflict *conflict;

  set_paragraph (item_at (f->mine, 0, 0), "Kiểm tra công tác văn thư, lưu trữ.");
  g_ptr_array_remove_index (((CtSection *) f->theirs->sections->pdata[0])->items, 0);
  merge_sides (f, 1);
  conflict = ct_merge_get_conflicts (f->merge)->pdata[0];
  g_assert_cmpstr (conflict->label, ==, "Sections and the order of items");
  g_assert_cmpstr (conflict->mine, ==, "I. Nhiệm vụ chung (2 items)");
  g_assert_cmpstr (conflict->theirs, ==, "I. Nhiệm vụ chung (1 item)");
  f->merged = ct_merge_build (f->merge);
  g_assert_cmpuint (((CtSection *) f->merged->sections->pdata[0])->items->len, ==, 2);
  g_assert_cmpstr (item_at (f->merged, 0, 0)->paragraphs->pdata[0], ==,
                   "Kiểm tra công tác văn thư, lưu trữ.");
}

/* Text typed here that is no value yet stays through a merge with the other side's
 * edits; what was put right here stays put right. */
static void
test_merge_unread_texts (Fixture       *f,
                         gconstpointer  data)
{
  ct_programme_set_unread_text (f->base, "period_index", "13");
  ct_programme_set_unread_text (f->theirs, "period_index", "13");
  ct_programme_set_unread_text (f->theirs, "number", "5b");
  ct_programme_set_unread_text (f->mine, "number", "12a");
  set_paragraph (item_at (f->theirs, 0, 1), "Tổng hợp báo cáo tháng 4.");
  f->theirs->revision = 5;
  merge_sides (f, 0);
  f->merged = ct_merge_build (f->merge);
  g_assert_cmpstr (ct_programme_get_unread_text (f->merged, "number"), ==, "12a");
  g_assert_null (ct_programme_get_unread_text (f->merged, "period_index"));
  g_assert_cmpstr (item_at (f->merged, 0, 1)->paragraphs->pdata[0], ==,
                   "Tổng hợp báo cáo tháng 4.");
}

int
main (int    argc,
      char **argv)
{
  ct_test_init (&argc, &argv);
  CT_TEST_ADD ("/merge/disjoint-items", test_merge_disjoint_items);
  CT_TEST_ADD ("/merge/added-item-and-title", test_merge_added_item_and_title);
  CT_TEST_ADD ("/merge/same-item", test_merge_same_item);
  CT_TEST_ADD ("/merge/same-attribute", test_merge_same_attribute);
  CT_TEST_ADD ("/merge/removed-and-changed", test_merge_removed_and_changed);
  CT_TEST_ADD ("/merge/unread-texts", test_merge_unread_texts);
  return g_test_run ();
}
