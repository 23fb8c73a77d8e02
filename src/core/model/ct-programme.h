/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ct-recipient.h"
#include "ct-section.h"
#include "ct-signer-authority.h"

G_BEGIN_DECLS

#define CT_TYPE_PROGRAMME (ct_programme_get_type ())

/**
 * CtProgramme:
 * @id: the store's row id, 0 while never saved
 * @style: Party (36-HD/VPTW) or State (NĐ 30/2020) format
 * @superior_body: (nullable): cơ quan cấp trên trực tiếp, e.g. "ĐẢNG BỘ TỈNH BẮC GIANG";
 *   %NULL for a body that has none, such as a People's Committee
 * @issuing_body: (nullable): cơ quan ban hành, e.g. "HUYỆN ỦY LỤC NGẠN". Both body names
 *   keep the line breaks the user typed ("ỦY BAN NHÂN DÂN\nHUYỆN BÌNH SƠN") and are
 *   printed line by line as typed
 * @number: document number (số), 0 when not assigned yet
 * @kind_code: kind code, "CTr" for a programme
 * @body_code: (nullable): issuing body code, e.g. "HU", "UBND"
 * @place_name: (nullable): địa danh of the date line, e.g. "Lục Ngạn"
 * @issue_date: ngày ban hành; invalid while not set
 * @period_kind: month, quarter, year or week
 * @period_year: the period's year (for a week, its ISO 8601 week-numbering year)
 * @period_index: month 1–12, quarter 1–4 or ISO week 1–53; ignored for a year
 * @subtitle: (nullable): trích yếu; %NULL means derived from the period
 *   ("công tác tháng 9 năm 2023")
 * @status: draft, submitted, issued or amended
 * @introduction: (nullable): optional opening sentence before the first section
 * @sections: (element-type CtSection): the sections in order
 * @recipients: (element-type CtRecipient): the "Nơi nhận" lines in order
 * @archive_line: (nullable): the archive line without "- " and final ".", e.g.
 *   "Lưu Văn phòng Huyện ủy"
 * @signer_authorities: (element-type CtSignerAuthority): the authority lines of the
 *   signature block in order, e.g. "T/M BAN THƯỜNG VỤ", or "TM. ỦY BAN NHÂN DÂN" then
 *   "KT. CHỦ TỊCH"; empty when the head signs directly
 * @signer_title: (nullable): chức vụ người ký, e.g. "PHÓ CHÁNH VĂN PHÒNG"
 * @signer_name: (nullable): người ký
 * @modified: last save time, seconds since the Unix epoch (UTC); 0 if never saved
 * @revision: the stored revision this programme was loaded from or last saved as; 0 if
 *   never saved. The store refuses a save based on an older revision (see
 *   ct_store_save_programme())
 * @unread_texts: (element-type utf8 utf8): text typed in a field that is no value yet
 *   ("12a" for the number, "31/02" for an event's time), by field key ("number",
 *   "item:UUID:when"; see ct_programme_set_unread_text()). The field keeps its last good
 *   value meanwhile; the text is saved with the programme and listed by the check
 *
 * A work programme (Chương trình công tác). A plain reference-counted value: the
 * fields are public and owned by the programme. Strings are stored NFC.
 */
typedef struct _CtProgramme CtProgramme;
struct _CtProgramme
{
  /*< private >*/
  gatomicrefcount ref_count;
  /*< public >*/
  gint64 id;
  CtDocumentStyle style;
  char *superior_body;
  char *issuing_body;
  guint number;
  char *kind_code;
  char *body_code;
  char *place_name;
  GDate issue_date;
  CtPeriodKind period_kind;
  int period_year;
  int period_index;
  char *subtitle;
  CtProgrammeStatus status;
  char *introduction;
  GPtrArray *sections;
  GPtrArray *recipients;
  char *archive_line;
  GPtrArray *signer_authorities;
  char *signer_title;
  char *signer_name;
  gint64 modified;
  gint64 revision;
  GHashTable *unread_texts;
};

GType        ct_programme_get_type      (void) G_GNUC_CONST;
CtProgramme *ct_programme_new           (void);
CtProgramme *ct_programme_copy          (const CtProgramme *self);
CtProgramme *ct_programme_ref           (CtProgramme *self);
void         ct_programme_unref         (CtProgramme *self);
void         ct_programme_set_period    (CtProgramme  *self,
                                         CtPeriodKind  kind,
                                         int           year,
                                         int           index);
guint        ct_programme_weeks_in_year (int year);
void         ct_programme_get_week_range (int    year,
                                          int    week,
                                          GDate *first_day,
                                          GDate *last_day);
void         ct_programme_get_period_range (const CtProgramme *self,
                                            GDate             *first_day,
                                            GDate             *last_day);
gboolean     ct_programme_event_outside_period (const CtProgramme *self,
                                                const CtItem      *item);
CtSection   *ct_programme_add_section   (CtProgramme *self,
                                         const char  *title);
void         ct_programme_add_recipient (CtProgramme *self,
                                         const char  *text,
                                         const char  *purpose);
void         ct_programme_add_signer_authority (CtProgramme        *self,
                                                CtSigningAuthority  authority,
                                                const char         *body);
CtItem      *ct_programme_find_item     (const CtProgramme *self,
                                         const char        *uuid,
                                         CtSection        **section);
guint        ct_programme_count_items   (const CtProgramme *self);
void         ct_programme_detach        (CtProgramme *self);
void         ct_programme_make_new_draft (CtProgramme *self);
gboolean     ct_programme_recipients_equal (const CtProgramme *a,
                                            const CtProgramme *b);
gboolean     ct_programme_signer_authorities_equal (const CtProgramme *a,
                                                    const CtProgramme *b);
char        *ct_programme_item_key      (const CtItem *item,
                                         const char   *field);
const char  *ct_programme_get_unread_text (const CtProgramme *self,
                                           const char        *key);
gboolean     ct_programme_set_unread_text (CtProgramme *self,
                                           const char  *key,
                                           const char  *text);
GPtrArray   *ct_programme_list_unread_keys (const CtProgramme *self);
gboolean     ct_programme_unread_texts_equal (const CtProgramme *a,
                                              const CtProgramme *b);
void         ct_programme_restore_unread_texts (CtProgramme       *self,
                                                const CtProgramme *state);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtProgramme, ct_programme_unref)

G_END_DECLS
