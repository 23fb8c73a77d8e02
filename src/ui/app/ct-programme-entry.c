/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-programme-entry"

#include "config.h"

#include <glib/gi18n.h>
#include <pango/pango.h>

#include "ct-programme-entry.h"

/* One row of the sidebar's list model: a programme, with what its row shows read once
 * from a CtProgrammeSummary, or the heading of a year's group. The list view builds rows
 * only for the entries on screen, so a database of thousands of programmes opens as fast
 * as a small one. */
struct _CtProgrammeEntry
{
  GObject parent_instance;

  gint64 id;
  char *title;
  char *details;
  char *excerpt;
  char *excerpt_text;
};

G_DEFINE_FINAL_TYPE (CtProgrammeEntry, ct_programme_entry, G_TYPE_OBJECT)

static const char *const status_labels[] = {
  N_("Draft"), N_("Submitted"), N_("Issued"), N_("Amended"),
};

static void
ct_programme_entry_finalize (GObject *object)
{
  CtProgrammeEntry *self = CT_PROGRAMME_ENTRY (object);

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->details, g_free);
  g_clear_pointer (&self->excerpt, g_free);
  g_clear_pointer (&self->excerpt_text, g_free);

  G_OBJECT_CLASS (ct_programme_entry_parent_class)->finalize (object);
}

static void
ct_programme_entry_class_init (CtProgrammeEntryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ct_programme_entry_finalize;
}

static void
ct_programme_entry_init (CtProgrammeEntry *self)
{
}

/**
 * ct_programme_entry_new:
 * @summary: the programme's summary from ct_store_list_programmes()
 *
 * Returns: (transfer full): a new entry for the programme
 */
CtProgrammeEntry *
ct_programme_entry_new (const CtProgrammeSummary *summary)
{
  CtProgrammeEntry *self;
  const char *status;

  g_return_val_if_fail (summary != NULL, NULL);

  self = g_object_new (CT_TYPE_PROGRAMME_ENTRY, NULL);
  status = _(status_labels[CLAMP (summary->status, 0, G_N_ELEMENTS (status_labels) - 1)]);
  self->id = summary->id;
  self->title = g_strdup (summary->subtitle);
  if (summary->number != 0)
    /* Translators: %1$02u is the document number, %2$s its status, e.g. "No. 58 · Draft". */
    self->details = g_strdup_printf (_("No. %1$02u · %2$s"), summary->number, status);
  else
    self->details = g_strdup (status);
  /* The markup comes from ct_excerpt_markup(), which escapes the text; a screen reader
   * reads it without the bold. */
  if (summary->excerpt != NULL &&
      pango_parse_markup (summary->excerpt, -1, 0, NULL, &self->excerpt_text, NULL, NULL))
    self->excerpt = g_strdup (summary->excerpt);
  return self;
}

/**
 * ct_programme_entry_new_heading:
 * @year: a year
 *
 * Returns: (transfer full): a new entry heading the programmes of @year; its id is 0 and
 *   its title the year, e.g. "2023"
 */
CtProgrammeEntry *
ct_programme_entry_new_heading (int year)
{
  CtProgrammeEntry *self = g_object_new (CT_TYPE_PROGRAMME_ENTRY, NULL);

  self->title = g_strdup_printf ("%d", year);
  self->details = g_strdup ("");
  return self;
}

/**
 * ct_programme_entry_is_heading:
 * @self: an entry
 *
 * Returns: %TRUE when @self heads a year's group rather than standing for a programme
 */
gboolean
ct_programme_entry_is_heading (CtProgrammeEntry *self)
{
  g_return_val_if_fail (CT_IS_PROGRAMME_ENTRY (self), FALSE);
  return self->id == 0;
}

/**
 * ct_programme_entry_get_id:
 * @self: an entry
 *
 * Returns: the programme's id in the store, 0 for a heading
 */
gint64
ct_programme_entry_get_id (CtProgrammeEntry *self)
{
  g_return_val_if_fail (CT_IS_PROGRAMME_ENTRY (self), 0);
  return self->id;
}

/**
 * ct_programme_entry_get_title:
 * @self: an entry
 *
 * Returns: (transfer none): the subtitle as printed, e.g. "công tác tháng 9 năm 2023";
 *   the year for a heading
 */
const char *
ct_programme_entry_get_title (CtProgrammeEntry *self)
{
  g_return_val_if_fail (CT_IS_PROGRAMME_ENTRY (self), NULL);
  return self->title;
}

/**
 * ct_programme_entry_get_details:
 * @self: an entry
 *
 * Returns: (transfer none): number and status, e.g. "No. 58 · Draft" (translated); ""
 *   for a heading
 */
const char *
ct_programme_entry_get_details (CtProgrammeEntry *self)
{
  g_return_val_if_fail (CT_IS_PROGRAMME_ENTRY (self), NULL);
  return self->details;
}

/**
 * ct_programme_entry_get_excerpt:
 * @self: an entry
 *
 * Returns: (transfer none) (nullable): where a search found its words, as Pango markup
 *   ("…tổ chức <b>hội nghị</b> tổng kết…"); %NULL when not searching, when the title
 *   holds them, or for a heading
 */
const char *
ct_programme_entry_get_excerpt (CtProgrammeEntry *self)
{
  g_return_val_if_fail (CT_IS_PROGRAMME_ENTRY (self), NULL);
  return self->excerpt;
}

/**
 * ct_programme_entry_get_excerpt_text:
 * @self: an entry
 *
 * Returns: (transfer none) (nullable): the excerpt as plain text, for screen readers
 */
const char *
ct_programme_entry_get_excerpt_text (CtProgrammeEntry *self)
{
  g_return_val_if_fail (CT_IS_PROGRAMME_ENTRY (self), NULL);
  return self->excerpt_text;
}
