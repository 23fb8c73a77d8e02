/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-paste-items"

#include "config.h"

#include "ct-paste-items.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ct-format.h"
#include "ct-import.h"
#include "ct-text.h"

/* "Paste as Items": lines copied from Word, a PDF or an e-mail become items of a section.
 * The importer reads whole programmes, so the fragment is given the head of one: the
 * title "CHƯƠNG TRÌNH", the programme's own period as subtitle (dates without a month or
 * year are read in it) and the section's heading; what the importer makes of the lines
 * under that heading is what the section gets. */

/* The fragment under a programme's title and one section's heading. */
static char *
wrap_fragment (const CtProgramme *programme,
               const CtSection   *section,
               const char        *text)
{
  g_autofree char *subtitle = ct_format_subtitle (programme->period_kind, programme->period_year,
                                                  programme->period_index);
  const char *title = section->title;

  /* The heading only has to be read as one; an untitled section gets a neutral one. */
  if (ct_text_is_blank (title) || strchr (title, '\n') != NULL)
    title = "Nội dung";
  return g_strdup_printf ("CHƯƠNG TRÌNH\n%s\nI. %s\n%s\n", subtitle, title, text);
}

/* Moves the items the importer read into @target; the headings of any further sections
 * the fragment held are not items: they are counted as not understood. */
static guint
take_items (CtProgramme *read,
            CtSection   *target,
            guint       *n_headings,
            char       **first_uuid)
{
  guint n = 0;

  *n_headings = read->sections->len > 0 ? read->sections->len - 1 : 0;
  for (guint i = 0; i < read->sections->len; i++)
    {
      CtSection *s = g_ptr_array_index (read->sections, i);
      /* The wrapper's own heading, read as a conference, is the section's, not a new item. */
      CtItem *heading = i == 0 ? ct_section_get_heading_event (s) : NULL;

      for (guint j = 0; j < s->items->len; j++)
        {
          CtItem *item = g_ptr_array_index (s->items, j);

          if (item == heading)
            continue;
          if (n++ == 0 && first_uuid != NULL)
            *first_uuid = g_strdup (item->uuid);
          ct_section_add_item (target, ct_item_ref (item));
        }
    }
  return n;
}

/**
 * ct_paste_items:
 * @programme: the programme edited
 * @section: the index of the section the items go to
 * @text: the pasted lines, UTF-8
 * @n_added: (out): how many items were appended
 * @n_not_understood: (out): how many lines were left out, not understood
 * @first_uuid: (out) (optional) (transfer full): the first new item, %NULL when none
 * @error: return location for a #CT_IMPORT_ERROR
 *
 * Reads @text as the items of section @section (see above) and appends them to it. The
 * caller records the edit (one undo step).
 *
 * Returns: %FALSE with @error set when the text could not be read; nothing was changed
 */
gboolean
ct_paste_items (CtProgramme  *programme,
                guint         section,
                const char   *text,
                guint        *n_added,
                guint        *n_not_understood,
                char        **first_uuid,
                GError      **error)
{
  g_autoptr(CtImportReport) report = NULL;
  g_autofree char *wrapped = NULL;
  CtSection *target;
  guint n_headings;

  g_return_val_if_fail (programme != NULL, FALSE);
  g_return_val_if_fail (section < programme->sections->len, FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  if (first_uuid != NULL)
    *first_uuid = NULL;
  *n_added = *n_not_understood = 0;
  target = g_ptr_array_index (programme->sections, section);
  wrapped = wrap_fragment (programme, target, text);
  report = ct_import_data (wrapped, strlen (wrapped), NULL, error);
  if (report == NULL)
    return FALSE;
  *n_added = take_items (report->programme, target, &n_headings, first_uuid);
  *n_not_understood = report->unrecognised->len + n_headings;
  return TRUE;
}

/**
 * ct_paste_items_describe:
 * @n_added: items added
 * @n_not_understood: lines not understood
 *
 * Returns: (transfer full): what a paste did, for a toast
 */
char *
ct_paste_items_describe (guint n_added,
                         guint n_not_understood)
{
  g_autofree char *added = NULL;

  if (n_added == 0)
    /* Translators: %u is a number of lines. */
    return g_strdup_printf (ngettext ("No item was found in the pasted text (%u line not "
                                      "understood); nothing was added",
                                      "No item was found in the pasted text (%u lines not "
                                      "understood); nothing was added", n_not_understood),
                            n_not_understood);
  /* Translators: %u is a number of items. */
  added = g_strdup_printf (ngettext ("%u item added", "%u items added", n_added), n_added);
  if (n_not_understood == 0)
    return g_steal_pointer (&added);
  /* Translators: %1$s says how many items were added ("3 items added"), %2$u is a
   * number of lines. */
  return g_strdup_printf (ngettext ("%1$s; %2$u line was not understood and left out",
                                    "%1$s; %2$u lines were not understood and left out",
                                    n_not_understood), added, n_not_understood);
}

/**
 * ct_paste_items_describe_field_kept:
 * @n_added: items added
 * @n_not_understood: lines not understood
 *
 * The same as ct_paste_items_describe(), for lines that were also pasted into a field
 * and that the field keeps, because the user typed there after pasting.
 *
 * Returns: (transfer full): what a paste did, for a toast
 */
char *
ct_paste_items_describe_field_kept (guint n_added,
                                    guint n_not_understood)
{
  g_autofree char *said = ct_paste_items_describe (n_added, n_not_understood);

  /* Translators: %s says what the paste did ("3 items added"); the lines had also been
   * pasted into a field, and the user typed there since: the field is not put back. */
  return g_strdup_printf (_("%s. The field you pasted into keeps what you typed"), said);
}
