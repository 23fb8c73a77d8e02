/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-import"

#include "config.h"

#include "ct-import-body-private.h"

#include <string.h>

/* Bullet lists whose lines start with their time: "- 07h30 ngày 04/3/2025 (thứ Ba):
 * Chào cờ đầu tuần", "- Ngày 05/3: Hội nghị …". Each is an event; its "+ " lines are its
 * agenda or attributes (read as under any event). A bullet without a date, next to dated
 * ones, is a task of its own, never a paragraph of the bullet above. */

/* The "when" is looked for before the first colons of a line; it is short. */
#define WHEN_PREFIX_MAX 160

/* "Trong tháng: <title>", "16h00 thứ Sáu hằng tuần: <title>", "Ngày 15 hằng tháng:
 * <title>": a timing in words or a rule before the first colon. */
static CtItem *
timing_first (Body       *body,
              const char *text)
{
  const char *colon = strchr (text, ':');
  g_autofree char *written = NULL;
  g_autofree char *title = NULL;
  CtItem *item;
  char *unit;

  if (colon == NULL || colon - text > WHEN_PREFIX_MAX)
    return NULL;
  written = g_strndup (text, colon - text);
  item = ct_import_outline_timing (written);
  if (item == NULL)
    return NULL;
  title = ct_import_trim_title (colon + 1, strlen (colon + 1));
  if (g_str_has_suffix (title, "."))
    title[strlen (title) - 1] = '\0';
  unit = ct_import_outline_take_unit (title);
  item->title = g_steal_pointer (&title);
  if (unit != NULL)
    item->preparing_unit = g_strdup (ct_import_body_unit (body->ctx, unit));
  g_free (unit);
  return item;
}

/* "<when>: <title>" → an event, or %NULL when @text does not start with a when. */
static CtItem *
time_first (Body       *body,
            const char *text,
            guint       line)
{
  CtFolded f;
  CtItem *item = NULL;

  ct_folded_init (&f, text);
  for (gsize i = 0; i < f.len && i < WHEN_PREFIX_MAX && item == NULL; i++)
    {
      g_autofree char *prefix = NULL;
      CtWhen when;

      if (f.text[i] != ':')
        continue;
      prefix = g_strndup (f.text, i);
      if (ct_import_parse_when (prefix, &when))
        {
          const char *rest = text + f.offsets[i + 1];
          g_autofree char *written = NULL;
          g_autofree char *title = NULL;
          char *unit;
          gsize from = f.offsets[when.written1 - prefix];
          const char *end = when.range ? when.written2 + when.written2_len
                                       : when.written1 + when.written1_len;

          written = g_strndup (text + from, f.offsets[end - prefix] - from);
          title = ct_import_trim_title (rest, strlen (rest));
          if (g_str_has_suffix (title, "."))
            title[strlen (title) - 1] = '\0';
          unit = ct_import_outline_take_unit (title);
          item = ct_import_body_event_from_when (body, line, &when, written,
                                                 g_steal_pointer (&title));
          if (unit != NULL)
            item->preparing_unit = g_strdup (ct_import_body_unit (body->ctx, unit));
          g_free (unit);
        }
    }
  ct_folded_clear (&f);
  if (item == NULL)
    item = timing_first (body, text);
  return item;
}

/*
 * ct_import_bullet:
 * @body: the body being read
 * @text: a paragraph starting with "- ", "– " or "+ "
 * @line: its line
 *
 * Returns: %TRUE when the bullet was read as an event, or as a task next to other
 *   bullets or first under a section heading; %FALSE leaves it to the outline (agenda
 *   item, paragraph)
 */
gboolean
ct_import_bullet (Body       *body,
                  const char *text,
                  guint       line)
{
  const char *inner = text + (g_str_has_prefix (text, "– ") ? strlen ("– ") : 2);
  CtItem *item;

  if (text[0] == '+')
    return FALSE;
  item = time_first (body, inner, line);
  if (item != NULL)
    {
      ct_import_body_add_item (body, item, line);
      body->from_bullet = TRUE;
      body->dated_bullets++;
      return TRUE;
    }
  /* Undated bullets are tasks next to other bullets, or right under a section heading
   * that holds no item yet ("II. Các nhiệm vụ khác" then "- …", "- …"); elsewhere they
   * are an item's agenda or paragraphs. */
  if (!body->from_bullet && (body->section == NULL || body->item != NULL))
    return FALSE;
  ct_import_body_add_item (body, ct_item_new_task (inner), line);
  body->from_bullet = TRUE;
  return TRUE;
}
