/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "crash-programme.h"

/* The content written by crash-child and checked by test-crash: a function of the slot
 * and the generation only, so any half-written programme shows up as a difference. */

static const char *const units[] = {
  "UBND huyện", "Văn phòng Huyện ủy", "Ban Tổ chức Huyện ủy", "UBKT Huyện ủy",
  "Ban Tuyên giáo Huyện ủy", "Ban Dân vận Huyện ủy",
};

static char *
item_uuid (guint slot,
           guint section,
           guint item)
{
  return g_strdup_printf ("%08x-%04x-4%03x-8000-00000000c7a5", slot, section, item);
}

static CtItem *
build_event (guint slot,
             guint generation,
             guint s,
             guint j)
{
  g_autofree char *title = g_strdup_printf ("Hội nghị lần %u của Ban Thường vụ (thế hệ %u)",
                                            j + 1, generation);
  guint n_agenda = 1 + (generation * 7 + j) % 8;
  GDate date;
  CtItem *item;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1 + (generation + j) % 28, 1 + generation % 12,
                  CRASH_FIRST_YEAR + slot);
  item = ct_item_new_event (title, &date);
  item->tentative = (generation + j) % 2 == 0;
  item->location = g_strdup_printf ("Phòng họp số %u", 1 + j % 3);
  for (guint k = 0; k < n_agenda; k++)
    {
      g_autofree char *text = g_strdup_printf ("Thông qua báo cáo chuyên đề số %u về công tác "
                                               "xây dựng Đảng, đợt %u", k + 1, generation);
      ct_item_add_agenda_item (item, text, k % 3 == 2 ? NULL : units[(k + j) % 6]);
    }
  return item;
}

static CtItem *
build_task (guint generation,
            guint s,
            guint j)
{
  CtItem *item = ct_item_new (CT_ITEM_TASK);
  guint n_paragraphs = 1 + (generation + s + j) % 3;

  for (guint k = 0; k < n_paragraphs; k++)
    {
      g_autofree char *text = g_strdup_printf ("Đoạn %u: tiếp tục lãnh đạo, chỉ đạo thực hiện "
                                               "nhiệm vụ phát triển kinh tế - xã hội, đợt %u.",
                                               k + 1, generation);
      ct_item_add_paragraph (item, text);
    }
  return item;
}

/* Builds the programme of @slot at @generation (see crash-programme.h). */
CtProgramme *
crash_programme_build (guint slot,
                       guint generation)
{
  CtProgramme *p = ct_programme_new ();
  guint n_sections = 2 + generation % 4;

  p->issuing_body = g_strdup ("HUYỆN ỦY SÔNG MÂY");
  p->superior_body = g_strdup ("ĐẢNG BỘ TỈNH ĐỒNG XANH");
  p->number = generation;
  ct_programme_set_period (p, CT_PERIOD_KIND_MONTH, CRASH_FIRST_YEAR + slot,
                           1 + generation % 12);
  p->introduction = g_strdup_printf ("Lời mở đầu, thế hệ %u.", generation);
  for (guint s = 0; s < n_sections; s++)
    {
      g_autofree char *title = g_strdup_printf ("Phần %u, thế hệ %u", s + 1, generation);
      CtSection *section = ct_programme_add_section (p, title);
      guint n_items = 1 + (generation + s) % 6;

      for (guint j = 0; j < n_items; j++)
        {
          CtItem *item = (j + s) % 2 ? build_event (slot, generation, s, j)
                                     : build_task (generation, s, j);

          g_free (item->uuid);
          item->uuid = item_uuid (slot, s, j);
          ct_section_add_item (section, item);
        }
    }
  for (guint r = 0; r < 1 + generation % 4; r++)
    {
      g_autofree char *text = g_strdup_printf ("Đảng ủy xã số %u", r + 1);
      ct_programme_add_recipient (p, text, r == 0 ? "báo cáo" : NULL);
    }
  p->archive_line = g_strdup ("Lưu Văn phòng Huyện ủy");
  return p;
}

#define DIFFER(...) \
  G_STMT_START { *difference = g_strdup_printf (__VA_ARGS__); return FALSE; } G_STMT_END

static gboolean
item_equal (const CtItem *a,
            const CtItem *b,
            char        **difference)
{
  if (a->kind != b->kind || g_strcmp0 (a->uuid, b->uuid) != 0 ||
      g_strcmp0 (a->title, b->title) != 0 || g_strcmp0 (a->location, b->location) != 0 ||
      a->tentative != b->tentative || !ct_item_schedule_equal (a, b))
    DIFFER ("item %s differs", a->uuid);
  if (a->paragraphs->len != b->paragraphs->len || a->agenda->len != b->agenda->len)
    DIFFER ("item %s: %u/%u paragraphs, %u/%u agenda items", a->uuid, a->paragraphs->len,
            b->paragraphs->len, a->agenda->len, b->agenda->len);
  for (guint k = 0; k < a->paragraphs->len; k++)
    if (g_strcmp0 (a->paragraphs->pdata[k], b->paragraphs->pdata[k]) != 0)
      DIFFER ("item %s: paragraph %u differs", a->uuid, k);
  for (guint k = 0; k < a->agenda->len; k++)
    if (!ct_agenda_item_equal (a->agenda->pdata[k], b->agenda->pdata[k]))
      DIFFER ("item %s: agenda item %u differs", a->uuid, k);
  return TRUE;
}

/* Compares what the crash test needs: every text, count and date written by
 * crash_programme_build(). */
gboolean
crash_programme_equal (const CtProgramme *a,
                       const CtProgramme *b,
                       char             **difference)
{
  if (a->number != b->number || a->period_year != b->period_year ||
      a->period_index != b->period_index || g_strcmp0 (a->introduction, b->introduction) != 0 ||
      g_strcmp0 (a->archive_line, b->archive_line) != 0)
    DIFFER ("programme fields differ");
  if (a->sections->len != b->sections->len || a->recipients->len != b->recipients->len)
    DIFFER ("%u/%u sections, %u/%u recipients", a->sections->len, b->sections->len,
            a->recipients->len, b->recipients->len);
  for (guint s = 0; s < a->sections->len; s++)
    {
      CtSection *sa = a->sections->pdata[s], *sb = b->sections->pdata[s];

      if (g_strcmp0 (sa->title, sb->title) != 0 || sa->items->len != sb->items->len)
        DIFFER ("section %u: title or item count differs (%u/%u)", s, sa->items->len,
                sb->items->len);
      for (guint j = 0; j < sa->items->len; j++)
        if (!item_equal (sa->items->pdata[j], sb->items->pdata[j], difference))
          return FALSE;
    }
  for (guint r = 0; r < a->recipients->len; r++)
    {
      CtRecipient *ra = a->recipients->pdata[r], *rb = b->recipients->pdata[r];

      if (g_strcmp0 (ra->text, rb->text) != 0 || g_strcmp0 (ra->purpose, rb->purpose) != 0)
        DIFFER ("recipient %u differs", r);
    }
  return TRUE;
}
