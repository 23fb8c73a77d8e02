/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "fixture-programme.h"
#include "ct-import-text.h"
#include "ct-week.h"

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
fixture_programme_week_39_2023 (void)
{
  CtProgramme *p = ct_programme_new ();
  GDate date;
  CtItem *item;

  ct_programme_set_period (p, CT_PERIOD_KIND_WEEK, 2023, 39);
  g_date_set_dmy (&date, 27, G_DATE_SEPTEMBER, 2023);
  item = ct_item_new_event ("Làm việc với Đoàn kiểm tra của Tỉnh ủy", &date);
  item->day_part = CT_DAY_PART_AFTERNOON;
  item->start_minute = 14 * 60;
  ct_section_add_item (ct_programme_add_section (p, "Phát sinh"), item);
  return p;
}

CtProgramme *
fixture_programme_week_39_2023_marked (CtProgramme *month)
{
  CtProgramme *p = fixture_programme_week_39_2023 ();
  CtSection *section = ct_week_programme_section (p, "Điều chỉnh");
  const char *moved_title = "Hội nghị Ban Chấp hành Đảng bộ huyện";
  const char *postponed_title = "Hội nghị thông tin thường kỳ";
  CtItem *moved, *postponed;

  moved = ct_week_item_new_linked (fixture_find_titled (month, moved_title, NULL), FALSE);
  g_date_set_dmy (&moved->start_date, 29, G_DATE_SEPTEMBER, 2023);
  moved->day_part = CT_DAY_PART_MORNING;
  moved->start_minute = 8 * 60;
  moved->tentative = FALSE;
  ct_section_add_item (section, moved);
  postponed = ct_week_item_new_linked (fixture_find_titled (month, postponed_title, NULL),
                                       TRUE);
  ct_section_add_item (section, postponed);
  return p;
}

static GDate
dmy (int day,
     int month,
     int year)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return date;
}

static CtItem *
add_state_events (CtSection *section)
{
  GDate date = dmy (14, 3, 2025);
  CtItem *item, *meeting;
  CtAgendaItem *agenda;

  meeting = ct_item_new_event ("Phiên họp thường kỳ Ủy ban nhân dân huyện tháng 3", &date);
  meeting->day_part = CT_DAY_PART_MORNING;
  meeting->start_minute = 7 * 60 + 30;
  meeting->chair = g_strdup ("Chủ tịch UBND huyện");
  meeting->attending_leaders = g_strdup ("Các Phó Chủ tịch UBND huyện");
  meeting->participants = g_strdup ("Thành viên UBND huyện; Trưởng các phòng, ban");
  meeting->location = g_strdup ("Phòng họp số 1, UBND huyện");
  meeting->preparing_unit = g_strdup ("Văn phòng HĐND và UBND huyện");
  meeting->cooperating_units = g_strdup ("Phòng Tài chính - Kế hoạch");
  meeting->accompanying_officer = g_strdup ("Đ/c Chánh Văn phòng");
  meeting->note = g_strdup ("Giấy mời riêng");
  ct_item_add_agenda_item (meeting, "Báo cáo tình hình kinh tế - xã hội quý I.",
                           "Phòng Tài chính - Kế hoạch");
  agenda = g_ptr_array_index (meeting->agenda, 0);
  ct_agenda_item_add_subpoint (agenda, "Kết quả thu ngân sách.");
  ct_agenda_item_add_subpoint (agenda, "Tiến độ giải ngân vốn đầu tư công.");
  ct_item_add_agenda_item (meeting, "Dự thảo kế hoạch phòng, chống hạn mặn.",
                           "Phòng Nông nghiệp và Môi trường");
  ct_section_add_item (section, meeting);

  item = ct_item_new_event ("Kiểm tra tiến độ xây dựng trường học xã Bến Đò", NULL);
  item->vague_when = g_strdup ("tuần 3");
  date = dmy (17, 3, 2025);
  item->start_date = date;
  date = dmy (21, 3, 2025);
  item->end_date = date;
  item->chair = g_strdup ("Phó Chủ tịch UBND huyện Lê Thị Hạnh");
  ct_section_add_item (section, item);

  item = ct_item_new_event ("Làm việc với Đoàn kiểm tra của tỉnh", NULL);
  item->vague_when = g_strdup ("thời gian cụ thể thông báo sau");
  ct_section_add_item (section, item);
  return meeting;
}

/* A fictional People's Committee programme for March 2025 in the State form: a two-line
 * issuing body and no superior body, a deputy signing for the committee (TM. + KT.), a
 * meeting with every attribute and an agenda with sub-points, events of vague timing, two
 * monthly rules and tasks with their lead units and due times. */
CtProgramme *
fixture_programme_state_2025 (void)
{
  CtProgramme *p = ct_programme_new ();
  CtSection *section;
  CtItem *item;
  GDate date;

  p->style = CT_DOCUMENT_STYLE_STATE;
  p->issuing_body = g_strdup ("ỦY BAN NHÂN DÂN\nHUYỆN SÔNG MÂY");
  p->number = 41;
  p->body_code = g_strdup ("UBND");
  p->place_name = g_strdup ("Sông Mây");
  date = dmy (27, 2, 2025);
  p->issue_date = date;
  ct_programme_set_period (p, CT_PERIOD_KIND_MONTH, 2025, 3);

  section = ct_programme_add_section (p, "Các cuộc họp, hội nghị");
  add_state_events (section);

  section = ct_programme_add_section (p, "Lịch định kỳ");
  item = ct_item_new (CT_ITEM_RECURRING);
  item->title = g_strdup ("Tiếp công dân định kỳ của Chủ tịch UBND huyện");
  item->recurrence = CT_RECURRENCE_MONTHLY_DAY;
  item->month_day = 5;
  item->day_part = CT_DAY_PART_MORNING;
  item->location = g_strdup ("Trụ sở Tiếp công dân huyện");
  ct_section_add_item (section, item);
  item = ct_item_new (CT_ITEM_RECURRING);
  item->title = g_strdup ("Giao ban lãnh đạo UBND huyện");
  item->recurrence = CT_RECURRENCE_MONTHLY_WEEKDAY;
  item->weekdays = CT_WEEKDAY_MONDAY;
  item->month_week = 1;
  item->day_part = CT_DAY_PART_AFTERNOON;
  ct_section_add_item (section, item);

  section = ct_programme_add_section (p, "Nhiệm vụ trọng tâm");
  item = ct_item_new_task ("Hoàn thành kế hoạch chuyển đổi số của huyện năm 2025.");
  item->lead_unit = g_strdup ("Phòng Văn hóa, Khoa học và Thông tin");
  item->cooperating_units = g_strdup ("Các cơ quan, đơn vị liên quan");
  date = dmy (25, 3, 2025);
  item->end_date = date;
  ct_section_add_item (section, item);
  item = ct_item_new_task ("Rà soát hồ sơ đất đai tồn đọng.");
  item->lead_unit = g_strdup ("Phòng Nông nghiệp và Môi trường");
  item->vague_when = g_strdup ("quý II");
  ct_section_add_item (section, item);

  ct_programme_add_recipient (p, "Thường trực Huyện ủy", "báo cáo");
  ct_programme_add_recipient (p, "Thường trực HĐND huyện", "báo cáo");
  ct_programme_add_recipient (p, "Các phòng, ban, ngành huyện", NULL);
  p->archive_line = g_strdup ("Lưu: VT, VP");
  ct_programme_add_signer_authority (p, CT_SIGNING_AUTHORITY_ON_BEHALF, "ỦY BAN NHÂN DÂN");
  ct_programme_add_signer_authority (p, CT_SIGNING_AUTHORITY_SIGNING_FOR, "CHỦ TỊCH");
  p->signer_title = g_strdup ("PHÓ CHỦ TỊCH");
  p->signer_name = g_strdup ("Trần Quốc Bảo");
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
