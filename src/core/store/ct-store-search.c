/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-store"

#include "config.h"

#include <string.h>

#include "ct-excerpt.h"
#include "ct-format.h"
#include "ct-store-private.h"
#include "ct-text.h"

/* The search index: one row per programme in the FTS5 table programme_search (rowid =
 * programme id), holding the programme's words folded by ct_text_fold() — lower case,
 * no diacritics, đ as d, NFC and NFD alike — so that SQLite's tokenizer only splits
 * words. A search costs an index lookup instead of a scan of every programme's text. */

/* Calls @func on each searched text of @programme, in the order of the search key, until
 * it returns %TRUE; @in_row tells the texts a programme's sidebar row shows already (its
 * subtitle and number). */
typedef gboolean (*SearchFieldFunc) (const char *text,
                                     gboolean    in_row,
                                     gpointer    data);

static gboolean
visit_item (const CtItem    *item,
            SearchFieldFunc  func,
            gpointer         data)
{
  if (func (item->title, FALSE, data) || func (item->vague_when, FALSE, data))
    return TRUE;
  for (guint k = 0; k < G_N_ELEMENTS (ct_item_text_fields); k++)
    if (func (ct_item_get_text_field (item, &ct_item_text_fields[k]), FALSE, data))
      return TRUE;
  for (guint k = 0; k < item->paragraphs->len; k++)
    if (func (g_ptr_array_index (item->paragraphs, k), FALSE, data))
      return TRUE;
  for (guint k = 0; k < item->agenda->len; k++)
    {
      CtAgendaItem *agenda = g_ptr_array_index (item->agenda, k);

      if (func (agenda->text, FALSE, data))
        return TRUE;
      for (guint m = 0; m < agenda->subpoints->len; m++)
        if (func (g_ptr_array_index (agenda->subpoints, m), FALSE, data))
          return TRUE;
    }
  return FALSE;
}

static void
visit_search_fields (const CtProgramme *programme,
                     SearchFieldFunc    func,
                     gpointer           data)
{
  g_autofree char *subtitle = ct_programme_dup_subtitle (programme);
  g_autofree char *number = g_strdup_printf ("%u", programme->number);

  if (func (subtitle, TRUE, data) || func (programme->issuing_body, FALSE, data) ||
      func (programme->superior_body, FALSE, data) || func (number, TRUE, data) ||
      func (programme->introduction, FALSE, data))
    return;
  for (guint i = 0; i < programme->sections->len; i++)
    {
      CtSection *section = g_ptr_array_index (programme->sections, i);

      if (func (section->title, FALSE, data))
        return;
      for (guint j = 0; j < section->items->len; j++)
        if (visit_item (g_ptr_array_index (section->items, j), func, data))
          return;
    }
}

static gboolean
append_folded (const char *text,
               gboolean    in_row,
               gpointer    data)
{
  GString *key = data;
  g_autofree char *folded = NULL;

  if (text == NULL || *text == '\0')
    return FALSE;
  folded = ct_text_fold (text);
  g_string_append (key, folded);
  g_string_append_c (key, '\n');
  return FALSE;
}

static char *
build_search_key (const CtProgramme *programme)
{
  GString *key = g_string_new (NULL);

  visit_search_fields (programme, append_folded, key);
  return g_string_free (key, FALSE);
}

typedef struct
{
  const char *query;
  char *excerpt;
} ExcerptSearch;

static gboolean
find_excerpt (const char *text,
              gboolean    in_row,
              gpointer    data)
{
  ExcerptSearch *search = data;
  g_autofree char *excerpt = ct_excerpt_markup (text, search->query);

  if (excerpt == NULL)
    return FALSE;
  if (!in_row)
    search->excerpt = g_steal_pointer (&excerpt);
  return TRUE;
}

/**
 * ct_store_dup_excerpt:
 * @self: a store
 * @id: a programme found by a search
 * @query: what was searched for (see ct_store_list_programmes())
 * @error: return location for a #CT_STORE_ERROR
 *
 * Where @query was found in the programme, for its search result: the first of its texts
 * that holds it, in the search key's order, as ct_excerpt_markup() cuts it. None when the
 * row shows the match already (its subtitle or number) or when the query has no word.
 *
 * Returns: (transfer full) (nullable): Pango markup, or %NULL (with @error set when the
 *   programme could not be read)
 */
char *
ct_store_dup_excerpt (CtStore     *self,
                      gint64       id,
                      const char  *query,
                      GError     **error)
{
  g_autoptr(CtProgramme) programme = NULL;
  ExcerptSearch search = { query, NULL };

  g_return_val_if_fail (CT_IS_STORE (self), NULL);

  programme = ct_store_load_programme (self, id, error);
  if (programme == NULL)
    return NULL;
  visit_search_fields (programme, find_excerpt, &search);
  return search.excerpt;
}

static gboolean
step_done (CtStore       *self,
           sqlite3_stmt  *stmt,
           GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE)
    return ct_store_set_error (self, rc, error);
  return TRUE;
}

/*
 * ct_store_search_update:
 *
 * Writes @programme's words into the search index under @id, inside the caller's
 * transaction. An unchanged text is not rewritten: most edits (a date, a unit) leave
 * the index alone, and a save stays small.
 */
gboolean
ct_store_search_update (CtStore            *self,
                        gint64              id,
                        const CtProgramme  *programme,
                        GError            **error)
{
  g_autofree char *key = build_search_key (programme);
  g_autoptr(CtCachedStatement) read = NULL;
  g_autoptr(CtCachedStatement) remove = NULL;
  g_autoptr(CtCachedStatement) insert = NULL;
  int rc;

  read = ct_store_prepare_cached (self, "SELECT key FROM programme_search WHERE rowid = ?", error);
  if (read == NULL)
    return FALSE;
  sqlite3_bind_int64 (read, 1, id);
  rc = sqlite3_step (read);
  if (rc == SQLITE_ROW && g_strcmp0 ((const char *) sqlite3_column_text (read, 0), key) == 0)
    return TRUE;
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return ct_store_set_error (self, rc, error);

  remove = ct_store_prepare_cached (self, "DELETE FROM programme_search WHERE rowid = ?", error);
  insert = ct_store_prepare_cached (self, "INSERT INTO programme_search (rowid, key) VALUES (?, ?)",
                                    error);
  if (remove == NULL || insert == NULL)
    return FALSE;
  sqlite3_bind_int64 (remove, 1, id);
  sqlite3_bind_int64 (insert, 1, id);
  sqlite3_bind_text (insert, 2, g_steal_pointer (&key), -1, g_free);
  return step_done (self, remove, error) && step_done (self, insert, error);
}

/*
 * ct_store_search_expression:
 *
 * Turns what the user typed into an FTS5 query: the folded words as one phrase whose last
 * word may be incomplete ("hoi nghi ban chap" finds "Hội nghị Ban Chấp hành"). Words match
 * from their start. Returns NULL when @query holds no letter or digit.
 */
char *
ct_store_search_expression (const char *query)
{
  g_autofree char *folded = ct_text_fold (query);
  GString *phrase = g_string_new (NULL);
  gboolean in_word = FALSE;

  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        {
          if (!in_word && phrase->len > 0)
            g_string_append_c (phrase, ' ');
          g_string_append_unichar (phrase, c);
          in_word = TRUE;
        }
      else
        in_word = FALSE;
    }
  if (phrase->len == 0)
    {
      g_string_free (phrase, TRUE);
      return NULL;
    }
  g_string_prepend_c (phrase, '"');
  g_string_append (phrase, "\" *");
  return g_string_free (phrase, FALSE);
}
