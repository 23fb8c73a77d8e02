/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-text"

#include "ct-excerpt.h"

#include <string.h>

#include "ct-text.h"

/* Where a search was found in a text, as a search result shows it: a short piece of the
 * text around the first match, the matched words in bold. The match follows the store's
 * search (ct_store_search_expression()): the query's words folded (ct_text_fold()), as a
 * phrase of whole words whose last one may be incomplete. The text is folded one
 * character at a time, each folded character remembering where its original one starts,
 * so that the bold lands on the text as typed, marks and all. */

typedef struct
{
  GArray *chars;   /* gunichar: the folded characters (marks dropped) */
  GArray *starts;  /* gsize: byte offset of each one's original character, then the end */
  GPtrArray *words; /* the query's folded words, as gunichar arrays (GArray) */
  const char *text;
} Excerpt;

static gboolean
is_mark (gunichar c)
{
  GUnicodeType type = g_unichar_type (c);

  return type == G_UNICODE_NON_SPACING_MARK || type == G_UNICODE_SPACING_MARK ||
         type == G_UNICODE_ENCLOSING_MARK;
}

/* Folds one character as ct_text_fold() does, without collapsing white space. */
static void
fold_char (Excerpt  *e,
           gunichar  c,
           gsize     start)
{
  gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  gsize n = g_unichar_fully_decompose (c, FALSE, decomposed, G_N_ELEMENTS (decomposed));

  for (gsize i = 0; i < n; i++)
    {
      c = decomposed[i];
      if (is_mark (c))
        continue;
      c = (c == 0x0110 || c == 0x0111) ? 'd' : g_unichar_tolower (c);
      g_array_append_val (e->chars, c);
      g_array_append_val (e->starts, start);
    }
}

static void
fold_text (Excerpt *e)
{
  const char *p;
  gsize end;

  for (p = e->text; *p; p = g_utf8_next_char (p))
    fold_char (e, g_utf8_get_char (p), p - e->text);
  end = p - e->text;
  g_array_append_val (e->starts, end);
}

/* The query's words: runs of letters and digits of its folded text. */
static void
split_query (Excerpt    *e,
             const char *query)
{
  g_autofree char *folded = ct_text_fold (query);
  GArray *word = NULL;

  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isalnum (c))
        {
          word = NULL;
          continue;
        }
      if (word == NULL)
        {
          word = g_array_new (FALSE, FALSE, sizeof (gunichar));
          g_ptr_array_add (e->words, word);
        }
      g_array_append_val (word, c);
    }
}

static gboolean
is_word_char (Excerpt *e,
              gsize    i)
{
  return i < e->chars->len && g_unichar_isalnum (g_array_index (e->chars, gunichar, i));
}

/* The end of the word starting at @i. */
static gsize
word_end (Excerpt *e,
          gsize    i)
{
  while (is_word_char (e, i))
    i++;
  return i;
}

/* Whether the text's word [@start, @end) is @word, or starts with it when @prefix. */
static gboolean
word_matches (Excerpt *e,
              gsize    start,
              gsize    end,
              GArray  *word,
              gboolean prefix)
{
  if (end - start < word->len || (!prefix && end - start != word->len))
    return FALSE;
  return memcmp (&g_array_index (e->chars, gunichar, start), word->data,
                 word->len * sizeof (gunichar)) == 0;
}

/* Whether the phrase starts at the word starting at @i; sets *@end past its last word. */
static gboolean
phrase_at (Excerpt *e,
           gsize    i,
           gsize   *end)
{
  for (guint w = 0; w < e->words->len; w++)
    {
      gsize stop = word_end (e, i);

      if (!word_matches (e, i, stop, g_ptr_array_index (e->words, w), w + 1 == e->words->len))
        return FALSE;
      *end = stop;
      if (w + 1 == e->words->len)
        break;
      /* The next word follows after anything that is not a letter or a digit. */
      for (i = stop; i < e->chars->len && !is_word_char (e, i); i++)
        ;
      if (i == e->chars->len)
        return FALSE;
    }
  return TRUE;
}

/* Finds the first phrase at or after the word starting at or after @from. */
static gboolean
find_phrase (Excerpt *e,
             gsize    from,
             gsize   *start,
             gsize   *end)
{
  for (gsize i = from; i < e->chars->len; i++)
    {
      if (!is_word_char (e, i) || (i > 0 && is_word_char (e, i - 1)))
        continue;
      if (phrase_at (e, i, end))
        {
          *start = i;
          return TRUE;
        }
    }
  return FALSE;
}

static gboolean
is_space_at (Excerpt *e,
             gsize    i)
{
  return g_unichar_isspace (g_array_index (e->chars, gunichar, i));
}

/* The window [*@from, *@to) around the match [@start, @end): the whole text when short,
 * else at most CT_EXCERPT_MAX_CHARS - 2 characters (room for two "…"), its cuts moved out
 * of words and past what is not a word. */
static void
choose_window (Excerpt *e,
               gsize    start,
               gsize    end,
               gsize   *from,
               gsize   *to)
{
  gsize n = e->chars->len;
  gsize room = CT_EXCERPT_MAX_CHARS - 2;
  gsize before = end - start < room ? (room - (end - start)) / 2 : 0;

  *from = 0;
  *to = n;
  if (n <= CT_EXCERPT_MAX_CHARS)
    return;
  *from = start > before ? start - before : 0;
  *to = MIN (n, MAX (end, *from + room));
  if (*to == n)
    *from = MIN (start, n - room);
  while (*from > 0 && *from < start && is_word_char (e, *from - 1) && is_word_char (e, *from))
    (*from)++;
  while (*from > 0 && *from < start && !is_word_char (e, *from))
    (*from)++;
  while (*to < n && *to > end && is_word_char (e, *to - 1) && is_word_char (e, *to))
    (*to)--;
  while (*to < n && *to > end && !is_word_char (e, *to - 1))
    (*to)--;
}

/* Appends the original text of folded characters [@from, @to), escaped, each run of
 * white space (a typed line break too) as one space. */
static void
append_original (Excerpt *e,
                 GString *out,
                 gsize    from,
                 gsize    to)
{
  for (gsize i = from; i < to; i++)
    {
      gsize a = g_array_index (e->starts, gsize, i);
      gsize b = g_array_index (e->starts, gsize, i + 1);
      g_autofree char *escaped = NULL;

      if (a == b)
        continue;
      if (is_space_at (e, i))
        {
          if (i == 0 || !is_space_at (e, i - 1))
            g_string_append_c (out, ' ');
          continue;
        }
      escaped = g_markup_escape_text (e->text + a, b - a);
      g_string_append (out, escaped);
    }
}

static char *
build_markup (Excerpt *e,
              gsize    start,
              gsize    end)
{
  GString *out = g_string_new (NULL);
  gsize from, to, at = start, match_end = end;

  choose_window (e, start, end, &from, &to);
  if (from > 0)
    g_string_append (out, "…");
  append_original (e, out, from, at);
  /* Every match inside the window is bold, not only the first. */
  do
    {
      g_string_append (out, "<b>");
      append_original (e, out, at, match_end);
      g_string_append (out, "</b>");
      from = match_end;
      if (!find_phrase (e, from, &at, &match_end) || match_end > to)
        at = match_end = to;
      append_original (e, out, from, at);
    }
  while (at < to);
  if (to < e->chars->len)
    g_string_append (out, "…");
  return g_string_free (out, FALSE);
}

/**
 * ct_excerpt_markup:
 * @text: (nullable): the text searched, e.g. an item's title
 * @query: (nullable): what was searched for, see ct_store_list_programmes()
 *
 * The excerpt of @text a search result shows: at most %CT_EXCERPT_MAX_CHARS characters
 * around the first match, cut on word boundaries with "…", the matched words in bold.
 * "hoi nghi" in "Dự Hội nghị tổng kết" gives "Dự <b>Hội nghị</b> tổng kết".
 *
 * Returns: (transfer full) (nullable): Pango markup, the text escaped; %NULL when @query
 *   holds no letter or digit or @text does not hold it
 */
char *
ct_excerpt_markup (const char *text,
                   const char *query)
{
  g_autofree char *valid = NULL;
  g_autoptr(GArray) chars = g_array_new (FALSE, FALSE, sizeof (gunichar));
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (gsize));
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  Excerpt e = { chars, starts, words, NULL };
  gsize start, end;

  if (text == NULL || query == NULL)
    return NULL;
  split_query (&e, query);
  if (words->len == 0)
    return NULL;
  valid = g_utf8_make_valid (text, -1);
  e.text = valid;
  fold_text (&e);
  if (!find_phrase (&e, 0, &start, &end))
    return NULL;
  return build_markup (&e, start, end);
}
