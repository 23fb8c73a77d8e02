/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Realistic, fictional programme content for the benchmarks: the shape of a district
 * committee's monthly programme (tasks, conferences with agenda and preparing units, a
 * weekly briefing, recipients) with sentences assembled from office phrases. */
#include "bench-data.h"

static const char *const places[] = {
  "Sông Mây", "Núi Ngọc", "Cầu Tre", "Bến Đá", "Đồng Lúa", "Hồ Sen", "Suối Bạc", "Làng Mới",
  "Bãi Cát", "Rừng Thông",
};

static const char *const verbs[] = {
  "Lãnh đạo, chỉ đạo", "Tập trung chỉ đạo", "Triển khai thực hiện", "Tiếp tục đẩy mạnh",
  "Chỉ đạo tổng kết", "Tăng cường", "Rà soát, đánh giá", "Kiểm tra, giám sát việc thực hiện",
  "Đôn đốc hoàn thành", "Chuẩn bị tốt các điều kiện cho",
};

static const char *const objects[] = {
  "công tác xây dựng Đảng và hệ thống chính trị", "nhiệm vụ phát triển kinh tế - xã hội",
  "chương trình mục tiêu quốc gia xây dựng nông thôn mới", "công tác phòng, chống thiên tai",
  "công tác cải cách hành chính", "công tác thu ngân sách nhà nước",
  "phong trào thi đua yêu nước", "công tác bảo đảm an ninh chính trị, trật tự an toàn xã hội",
  "việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
  "công tác chuyển đổi số trong các cơ quan Đảng", "công tác giải phóng mặt bằng các dự án "
  "trọng điểm", "công tác kiểm tra, giám sát và thi hành kỷ luật đảng",
  "công tác dân vận của hệ thống chính trị", "việc chăm lo đời sống Nhân dân",
};

static const char *const qualifiers[] = {
  "trên địa bàn huyện", "bảo đảm tiến độ, chất lượng", "theo kế hoạch đề ra",
  "gắn với trách nhiệm người đứng đầu", "đúng quy định", "thiết thực, hiệu quả",
  "ở các chi, đảng bộ cơ sở", "phù hợp với tình hình thực tế của địa phương",
};

static const char *const meetings[] = {
  "Hội nghị Ban Thường vụ Huyện ủy", "Hội nghị Ban Chấp hành Đảng bộ huyện",
  "Hội nghị giao ban khối Dân vận", "Hội nghị sơ kết công tác quý",
  "Họp Thường trực Huyện ủy", "Hội nghị học tập, quán triệt nghị quyết",
  "Hội nghị đối thoại với Nhân dân", "Hội nghị chuyên đề về chuyển đổi số",
};

static const char *const documents[] = {
  "Báo cáo tình hình thực hiện", "Tờ trình về", "Đề án nâng cao chất lượng",
  "Kế hoạch triển khai", "Dự thảo nghị quyết về", "Báo cáo kết quả kiểm tra",
};

static const char *const units[] = {
  "UBND huyện", "Văn phòng Huyện ủy", "Ban Tổ chức Huyện ủy", "UBKT Huyện ủy",
  "Ban Tuyên giáo Huyện ủy", "Ban Dân vận Huyện ủy", "Ủy ban MTTQ huyện",
  "Phòng Tài chính - Kế hoạch", "Công an huyện", "Ban Chỉ huy Quân sự huyện",
};

#define PICK(rand, array) ((array)[g_rand_int_range ((rand), 0, G_N_ELEMENTS (array))])

/**
 * bench_body_name:
 * @body: 0 … BENCH_N_BODIES - 1
 *
 * Returns: (transfer none): the issuing body, e.g. "HUYỆN ỦY SÔNG MÂY"
 */
const char *
bench_body_name (guint body)
{
  static char *names[BENCH_N_BODIES];

  g_assert (body < BENCH_N_BODIES);
  if (names[body] == NULL)
    {
      g_autofree char *place = g_utf8_strup (places[body % G_N_ELEMENTS (places)], -1);
      names[body] = g_strdup_printf ("%s %s", body < 10 ? "HUYỆN ỦY" : "ĐẢNG ỦY XÃ", place);
    }
  return names[body];
}

static char *
sentence (GRand *rand,
          int    year)
{
  return g_strdup_printf ("%s %s %s, %s; phấn đấu hoàn thành các chỉ tiêu năm %d.",
                          PICK (rand, verbs), PICK (rand, objects), PICK (rand, qualifiers),
                          PICK (rand, qualifiers), year);
}

static CtItem *
event_new (GRand *rand,
           int    year,
           int    month,
           guint  n_agenda)
{
  GDate date;
  CtItem *item;
  const char *unit = PICK (rand, units);

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_rand_int_range (rand, 1, 29), month, year);
  item = ct_item_new_event (PICK (rand, meetings), &date);
  item->tentative = g_rand_boolean (rand);
  item->day_part = g_rand_int_range (rand, CT_DAY_PART_NONE, CT_DAY_PART_EVENING + 1);
  item->location = g_strdup ("Hội trường Huyện ủy");
  for (guint k = 0; k < n_agenda; k++)
    {
      g_autofree char *text = g_strdup_printf ("%s %s %s", PICK (rand, documents),
                                               PICK (rand, objects), PICK (rand, qualifiers));

      /* Runs of two or three items share a unit, as preparation notes group them. */
      if (g_rand_int_range (rand, 0, 3) == 0)
        unit = PICK (rand, units);
      ct_item_add_agenda_item (item, text, unit);
    }
  return item;
}

static void
add_tasks (CtProgramme *p,
           GRand       *rand,
           guint        n_tasks)
{
  CtSection *section = ct_programme_add_section (p, "Lãnh đạo, chỉ đạo một số nhiệm vụ "
                                                    "trọng tâm");

  for (guint j = 0; j < n_tasks; j++)
    {
      CtItem *item = ct_item_new (CT_ITEM_TASK);
      guint n = g_rand_int_range (rand, 1, 4);

      for (guint k = 0; k < n; k++)
        {
          g_autofree char *text = sentence (rand, p->period_year);
          ct_item_add_paragraph (item, text);
        }
      ct_section_add_item (section, item);
    }
}

static void
add_briefing (CtProgramme *p)
{
  CtSection *section = ct_programme_add_section (p, "Giao ban Thường trực Huyện ủy");
  CtItem *item = ct_item_new (CT_ITEM_RECURRING);

  item->title = g_strdup ("Giao ban Thường trực Huyện ủy");
  item->weekdays = CT_WEEKDAY_MONDAY;
  item->day_part = CT_DAY_PART_AFTERNOON;
  ct_item_add_paragraph (item, "Thường trực Huyện ủy giao ban vào chiều thứ Hai hằng tuần.");
  ct_section_add_item (section, item);
}

static void
add_closing (CtProgramme *p,
             guint        body)
{
  ct_programme_add_recipient (p, "Thường trực Tỉnh ủy", "báo cáo");
  ct_programme_add_recipient (p, "Văn phòng Tỉnh ủy", "báo cáo");
  ct_programme_add_recipient (p, "Các đồng chí Huyện ủy viên", "để biết");
  ct_programme_add_recipient (p, "Các chi, đảng bộ trực thuộc", "thực hiện");
  p->archive_line = g_strdup ("Lưu Văn phòng Huyện ủy");
  ct_programme_add_signer_authority (p, CT_SIGNING_AUTHORITY_BY_ORDER, "BAN THƯỜNG VỤ");
  p->signer_title = g_strdup ("PHÓ CHÁNH VĂN PHÒNG");
  p->signer_name = g_strdup_printf ("Nguyễn Văn %s", places[body % G_N_ELEMENTS (places)]);
}

/**
 * bench_programme_new:
 * @rand: the generator (fixed seed: the same archive on every run)
 * @body: the issuing body, 0 … BENCH_N_BODIES - 1
 * @year: the year
 * @month: the month, 1–12
 *
 * A month programme of about 21 items (8 tasks, 12 conferences in 5 sections, the weekly
 * briefing) and 42 agenda items.
 *
 * Returns: (transfer full): the programme, not saved
 */
CtProgramme *
bench_programme_new (GRand *rand,
                     guint  body,
                     int    year,
                     int    month)
{
  CtProgramme *p = ct_programme_new ();

  p->superior_body = g_strdup ("ĐẢNG BỘ TỈNH ĐỒNG XANH");
  p->issuing_body = g_strdup (bench_body_name (body));
  p->number = 1 + (year - BENCH_FIRST_YEAR) * 12 + month;
  p->body_code = g_strdup ("HU");
  p->place_name = g_strdup (places[body % G_N_ELEMENTS (places)]);
  g_date_set_dmy (&p->issue_date, 25, month == 1 ? 12 : month - 1,
                  month == 1 ? year - 1 : year);
  p->status = CT_PROGRAMME_STATUS_ISSUED;
  ct_programme_set_period (p, CT_PERIOD_KIND_MONTH, year, month);

  add_tasks (p, rand, 8);
  for (guint s = 0; s < 5; s++)
    {
      CtSection *section = ct_programme_add_section (p, meetings[(s + month) %
                                                                 G_N_ELEMENTS (meetings)]);
      guint n_events = s < 2 ? 3 : 2;

      for (guint j = 0; j < n_events; j++)
        ct_section_add_item (section, event_new (rand, year, month,
                                                 g_rand_int_range (rand, 2, 6)));
    }
  add_briefing (p);
  add_closing (p, body);
  return p;
}

/**
 * bench_big_programme_new:
 * @rand: the generator
 * @n_events: how many conferences
 * @n_agenda_per_event: agenda items of each
 *
 * A programme far larger than real ones, for the 200-page PDF and the calendar file of
 * 10 000 events: ten sections of events spread over the months of 2024.
 *
 * Returns: (transfer full): the programme, not saved
 */
CtProgramme *
bench_big_programme_new (GRand *rand,
                         guint  n_events,
                         guint  n_agenda_per_event)
{
  CtProgramme *p = bench_programme_new (rand, 0, 2024, 1);

  ct_programme_set_period (p, CT_PERIOD_KIND_YEAR, 2024, 0);
  for (guint s = 0; s < 10; s++)
    {
      CtSection *section = ct_programme_add_section (p, meetings[s % G_N_ELEMENTS (meetings)]);

      for (guint j = s; j < n_events; j += 10)
        ct_section_add_item (section, event_new (rand, 2024, 1 + j % 12, n_agenda_per_event));
    }
  return p;
}
