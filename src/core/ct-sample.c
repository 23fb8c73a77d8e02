/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-sample"

#include "ct-sample.h"

/* A fictional programme in the shape of a real district committee's monthly programme,
 * shown on first run so a newcomer sees a whole document. Places and people are invented. */

static void
add_event (CtSection  *section,
           int         day,
           gboolean    tentative)
{
  GDate date;
  CtItem *item;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, G_DATE_DECEMBER, 2026);
  item = ct_item_new_event (section->title, &date);
  item->tentative = tentative;
  ct_section_add_item (section, item);
}

/**
 * ct_sample_programme_new:
 *
 * Builds the first-run sample: the December 2026 programme of the fictional
 * "Huyện ủy Sông Mây", with tasks, conferences with agenda and preparing units,
 * a weekly briefing, recipients and a "T/L" signature block.
 *
 * Returns: (transfer full): the sample programme, not saved
 */
CtProgramme *
ct_sample_programme_new (void)
{
  CtProgramme *p = ct_programme_new ();
  CtSection *section;
  CtItem *item;

  p->superior_body = g_strdup ("ĐẢNG BỘ TỈNH ĐỒNG XANH");
  p->issuing_body = g_strdup ("HUYỆN ỦY SÔNG MÂY");
  p->number = 58;
  p->body_code = g_strdup ("HU");
  p->place_name = g_strdup ("Sông Mây");
  g_date_set_dmy (&p->issue_date, 27, G_DATE_NOVEMBER, 2026);
  ct_programme_set_period (p, CT_PERIOD_KIND_MONTH, 2026, 12);

  section = ct_programme_add_section (p, "Lãnh đạo, chỉ đạo một số nhiệm vụ trọng tâm");
  item = ct_item_new_task ("Tập trung hoàn thành các chỉ tiêu phát triển kinh tế - xã hội năm "
                           "2026; rà soát từng chỉ tiêu còn chậm, đề ra giải pháp cụ thể cho tháng "
                           "cuối năm.");
  ct_item_add_paragraph (item, "Chỉ đạo tổng kết công tác xây dựng Đảng năm 2026, chuẩn bị "
                               "chương trình công tác năm 2027 bảo đảm thiết thực, khả thi.");
  ct_section_add_item (section, item);
  ct_section_add_item (section,
                       ct_item_new_task ("Chăm lo đời sống Nhân dân dịp cuối năm; chủ động "
                                         "phòng, chống rét cho cây trồng, vật nuôi; bảo đảm an "
                                         "ninh trật tự trên địa bàn huyện."));

  section = ct_programme_add_section (p, "Hội nghị Ban Thường vụ Huyện ủy");
  add_event (section, 15, TRUE);
  item = g_ptr_array_index (section->items, 0);
  ct_item_add_agenda_item (item, "Báo cáo kết quả thực hiện nhiệm vụ phát triển kinh tế - xã "
                                 "hội năm 2026; phương hướng, nhiệm vụ năm 2027.", "UBND huyện");
  ct_item_add_agenda_item (item, "Báo cáo dự toán thu, chi ngân sách huyện năm 2027.",
                           "UBND huyện");
  ct_item_add_agenda_item (item, "Báo cáo tổng kết công tác xây dựng Đảng năm 2026.",
                           "Văn phòng Huyện ủy");
  ct_item_add_agenda_item (item, "Chương trình công tác toàn khóa năm 2027 của Ban Chấp hành.",
                           "Văn phòng Huyện ủy");
  ct_item_add_agenda_item (item, "Xem xét, thi hành kỷ luật đảng viên vi phạm.",
                           "UBKT Huyện ủy");

  section = ct_programme_add_section (p, "Hội nghị Ban Chấp hành Đảng bộ huyện");
  add_event (section, 22, TRUE);

  section = ct_programme_add_section (p, "Giao ban Thường trực Huyện ủy");
  item = ct_item_new (CT_ITEM_RECURRING);
  item->title = g_strdup (section->title);
  item->weekdays = CT_WEEKDAY_MONDAY;
  item->day_part = CT_DAY_PART_AFTERNOON;
  ct_item_add_paragraph (item, "Các cơ quan, đơn vị chủ động đề xuất nội dung, báo cáo tại hội "
                               "nghị giao ban Thường trực Huyện ủy.");
  ct_section_add_item (section, item);

  ct_programme_add_recipient (p, "Thường trực Tỉnh ủy", "báo cáo");
  ct_programme_add_recipient (p, "Văn phòng Tỉnh ủy", "báo cáo");
  ct_programme_add_recipient (p, "Thường trực Huyện ủy", NULL);
  ct_programme_add_recipient (p, "Các ban, cơ quan, đơn vị thuộc Huyện ủy", NULL);
  ct_programme_add_recipient (p, "Các chi, đảng bộ trực thuộc Huyện ủy", NULL);
  p->archive_line = g_strdup ("Lưu Văn phòng Huyện ủy");

  p->signing_authority = CT_SIGNING_AUTHORITY_BY_ORDER;
  p->signer_body = g_strdup ("BAN THƯỜNG VỤ");
  p->signer_title = g_strdup ("CHÁNH VĂN PHÒNG");
  p->signer_name = g_strdup ("Lê Minh Khang");
  return p;
}

/**
 * ct_sample_add_on_first_run:
 * @store: a store
 * @error: return location for a #CT_STORE_ERROR
 *
 * Saves the sample programme when @store's file was created when it was opened, so a
 * newcomer sees a whole document; a database the user emptied stays empty.
 *
 * Returns: %TRUE on success (including when nothing had to be done)
 */
gboolean
ct_sample_add_on_first_run (CtStore  *store,
                            GError  **error)
{
  g_autoptr(CtProgramme) sample = NULL;

  g_return_val_if_fail (CT_IS_STORE (store), FALSE);

  if (!ct_store_get_created (store))
    return TRUE;
  sample = ct_sample_programme_new ();
  return ct_store_save_programme (store, sample, error);
}
