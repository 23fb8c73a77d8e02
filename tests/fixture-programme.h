/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ct-format.h"
#include "ct-programme.h"

G_BEGIN_DECLS

/* Asserts the authority lines of @p's signature block as printed, joined by "\n". */
#define ct_test_assert_authorities(p, expected) \
  G_STMT_START { \
    g_autofree char *authorities_ = ct_programme_dup_signer_authorities (p); \
    g_assert_cmpstr (authorities_, ==, (expected)); \
  } G_STMT_END

/* A fictional September 2023 programme in the shape of a district committee's monthly
 * programme: a task section, conferences on 8 (dự kiến), 20, 26 (dự kiến, with agenda),
 * 28 (dự kiến) and 29 (dự kiến) September, and a briefing every Monday afternoon. */
CtProgramme *fixture_programme_september_2023 (void);

/* A fictional People's Committee programme for March 2025 in the State form: issuing body
 * "ỦY BAN NHÂN DÂN\nHUYỆN SÔNG MÂY" without a superior body; signed "TM. ỦY BAN NHÂN DÂN" /
 * "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" / "Trần Quốc Bảo"; a section of meetings (the meeting of
 * 14 March at 7:30 with chair, attending leaders, participants, location, preparing and
 * co-operating units, accompanying officer, the note "Giấy mời riêng" and two agenda
 * items, the first with sub-points a) and b); a visit "tuần 3" in 17–21 March; a meeting
 * "thời gian cụ thể thông báo sau" without a window), a section of rules (day 5 of every
 * month, the first Monday of every month) and a section of two tasks (a lead unit and
 * due date 25 March; a lead unit and due "quý II"). */
CtProgramme *fixture_programme_state_2025 (void);

/* A programme of week 39 of 2023 alone ("phát sinh"): a section "Phát sinh" with one
 * meeting, "Làm việc với Đoàn kiểm tra của Tỉnh ủy", on Wednesday 27 September at 14:00
 * in the afternoon; it completes fixture_programme_september_2023() for that week. */
CtProgramme *fixture_programme_week_39_2023 (void);

/* fixture_programme_week_39_2023() with two items that stand for items of @month
 * (fixture_programme_september_2023()): "Hội nghị Ban Chấp hành Đảng bộ huyện" moved
 * from Thursday 28 to Friday 29 at 8:00, no longer tentative ("điều chỉnh"), and "Hội
 * nghị thông tin thường kỳ" of Friday 29 postponed ("hoãn"). */
CtProgramme *fixture_programme_week_39_2023_marked (CtProgramme *month);

/* The real September 2023 programme imported from CT_SEEDS_DIR, or %NULL after
 * g_test_skip() when the folder is absent. */
CtProgramme *fixture_programme_seed (void);

/* Adds to @p 59 conferences in December 2026, "Hội nghị chuyên đề HN01 của các ban" to
 * HN59, in a section of their own, and in another section a conference on 30 December
 * whose agenda has 120 reports, "Báo cáo chuyên đề CĐ001 …" to CĐ120. */
void fixture_add_conferences (CtProgramme *p);

/* The first item titled @title and the index of its section in @section (when not NULL),
 * or NULL. */
CtItem *fixture_find_titled  (CtProgramme *p,
                              const char  *title,
                              guint       *section);
/* How many items are titled @title. */
guint   fixture_count_titled (CtProgramme *p,
                              const char  *title);

G_END_DECLS
