/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "fixture-programme.h"
#include "ct-import-text.h"

#define SEED_NAME "programme-2023-09-huyen-uy.txt"

static CtItem *
add_conference (CtProgramme *p,
                const char  *title,
                int          day,
                gboolean     tentative)
{
  CtSection *section = ct_programme_add_section (p, title);
  GDate date;
  CtItem *item;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, G_DATE_SEPTEMBER, 2023);
  item = ct_item_new_event (title, &date);
  item->tentative = tentative;
  ct_section_add_item (section, item);
  return item;
}

CtProgramme *
fixture_programme_september_2023 (void)
{
  CtProgramme *p = ct_programme_new ();
  CtSection *section;
  CtItem *item;

  p->superior_body = g_strdup ("ĐẢNG BỘ TỈNH ĐỒNG XANH");
  p->issuing_body = g_strdup ("HUYỆN ỦY SÔNG MÂY");
  p->body_code = g_strdup ("HU");
  ct_programme_set_period (p, CT_PERIOD_KIND_MONTH, 2023, 9);

  section = ct_programme_add_section (p, "Lãnh đạo, chỉ đạo một số nhiệm vụ trọng tâm");
  ct_section_add_item (section, ct_item_new_task ("Tập trung chăm sóc vườn cây ăn quả sau "
                                                  "mùa thu hoạch; chuẩn bị năm học mới."));

  add_conference (p, "Hội nghị thông tin chuyên đề cho cán bộ chủ chốt", 8, TRUE);
  add_conference (p, "Hội nghị đối thoại của Bí thư Huyện ủy với Nhân dân xã Đồi Chè", 20,
                  FALSE);
  item = add_conference (p, "Hội nghị Ban Thường vụ Huyện ủy", 26, TRUE);
  ct_item_add_agenda_item (item, "Báo cáo tình hình kinh tế - xã hội tháng 9.", "UBND huyện");
  ct_item_add_agenda_item (item, "Báo cáo công tác xây dựng Đảng quý III.",
                           "Văn phòng Huyện ủy");
  add_conference (p, "Hội nghị Ban Chấp hành Đảng bộ huyện", 28, TRUE);
  add_conference (p, "Hội nghị thông tin thường kỳ", 29, TRUE);

  section = ct_programme_add_section (p, "Giao ban Thường trực Huyện ủy");
  item = ct_item_new (CT_ITEM_RECURRING);
  item->title = g_strdup (section->title);
  item->weekdays = CT_WEEKDAY_MONDAY;
  item->day_part = CT_DAY_PART_AFTERNOON;
  ct_section_add_item (section, item);
  return p;
}

CtProgramme *
fixture_programme_seed (void)
{
  const char *dir = g_getenv ("CT_SEEDS_DIR");
  g_autofree char *path = dir ? g_build_filename (dir, SEED_NAME, NULL) : NULL;
  g_autoptr(GError) error = NULL;
  CtProgramme *programme;

  if (path == NULL || !g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("The real programme " SEED_NAME " is not in CT_SEEDS_DIR (../shared/seeds)");
      return NULL;
    }
  programme = ct_import_text_file (path, NULL, &error);
  g_assert_no_error (error);
  return programme;
}

CtItem *
fixture_find_titled (CtProgramme *p,
                     const char  *title,
                     guint       *section)
{
  for (guint i = 0; i < p->sections->len; i++)
    {
      CtSection *s = g_ptr_array_index (p->sections, i);

      for (guint j = 0; j < s->items->len; j++)
        {
          CtItem *item = g_ptr_array_index (s->items, j);

          if (g_strcmp0 (item->title, title) == 0)
            {
              if (section != NULL)
                *section = i;
              return item;
            }
        }
    }
  return NULL;
}

guint
fixture_count_titled (CtProgramme *p,
                      const char  *title)
{
  guint n = 0;

  for (guint i = 0; i < p->sections->len; i++)
    {
      CtSection *s = g_ptr_array_index (p->sections, i);

      for (guint j = 0; j < s->items->len; j++)
        n += g_strcmp0 (((CtItem *) g_ptr_array_index (s->items, j))->title, title) == 0;
    }
  return n;
}

void
fixture_add_conferences (CtProgramme *p)
{
  CtSection *section = ct_programme_add_section (p, "Các hội nghị, cuộc họp trong tháng");
  CtSection *big = ct_programme_add_section (p, "Hội nghị Ban Chấp hành Đảng bộ huyện mở rộng");
  CtItem *event;
  GDate date;

  g_date_clear (&date, 1);
  for (guint i = 0; i < 59; i++)
    {
      g_autofree char *title = g_strdup_printf ("Hội nghị chuyên đề HN%02u của các ban", i + 1);

      g_date_set_dmy (&date, 1 + i % 28, G_DATE_DECEMBER, 2026);
      ct_section_add_item (section, ct_item_new_event (title, &date));
    }
  g_date_set_dmy (&date, 30, G_DATE_DECEMBER, 2026);
  event = ct_item_new_event (big->title, &date);
  for (guint i = 0; i < 120; i++)
    {
      g_autofree char *text = g_strdup_printf ("Báo cáo chuyên đề CĐ%03u của phòng chuyên môn.",
                                               i + 1);

      ct_item_add_agenda_item (event, text, i % 7 < 4 ? "UBND huyện" : "Ban Tổ chức Huyện ủy");
    }
  ct_section_add_item (big, event);
}
