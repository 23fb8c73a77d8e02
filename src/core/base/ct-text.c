/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-text"

#include "ct-text.h"

#include <string.h>

/* GLib's g_utf8_normalize() shifts the rest of its buffer at every composition, which is
 * quadratic on long Vietnamese texts (a 5 MB paste takes minutes). Normalisation never
 * joins a character with an ASCII one that follows it, so the text is normalised in
 * chunks cut before an ASCII character. A chunk without ASCII for CHUNK_HARD_LIMIT bytes
 * (only seen in garbage) is cut before any character outside the scripts whose starters
 * compose (Indic, Hangul); a run of combining marks that long may then be reordered in
 * two parts. */
#define CHUNK_SOFT_LIMIT 1024
#define CHUNK_HARD_LIMIT 65536

static gboolean
may_cut_before (const char *p,
                gsize       chunk_length)
{
  gunichar c;

  if (chunk_length >= CHUNK_SOFT_LIMIT && (guchar) *p < 0x80)
    return TRUE;
  if (chunk_length < CHUNK_HARD_LIMIT)
    return FALSE;
  c = g_utf8_get_char (p);
  return !(c >= 0x0900 && c <= 0x1BFF) && !(c >= 0x3130 && c <= 0x318F) &&
         !(c >= 0xA960 && c <= 0xD7FF);
}

/* TRUE when @text is valid UTF-8 made only of characters that are their own NFC form,
 * never combine with a character before them and are never reordered (canonical
 * combining class 0, NFC_Quick_Check Yes): ASCII, Latin-1, Latin Extended-A and -B, the
 * spacing modifier letters (U+0000–U+02FF), Latin Extended Additional (U+1E00–U+1EFF,
 * every precomposed Vietnamese letter) and the general punctuation from U+2010 to U+205E.
 * Such text is already NFC (UAX #15 §9), which spares the decomposition and
 * recomposition of nearly every string Congtac reads. The bytes of those ranges are
 * matched by hand, which validates them in the same pass. */
static gboolean
is_plain_nfc (const char *text)
{
  const guchar *p = (const guchar *) text;

  while (*p != '\0')
    {
      if (*p < 0x80)
        p++;
      else if (*p >= 0xC2 && *p <= 0xCB && (p[1] & 0xC0) == 0x80)
        p += 2; /* U+0080–U+02FF */
      else if (*p == 0xE1 && p[1] >= 0xB8 && p[1] <= 0xBB && (p[2] & 0xC0) == 0x80)
        p += 3; /* U+1E00–U+1EFF */
      else if (*p == 0xE2 && ((p[1] == 0x80 && p[2] >= 0x90 && p[2] <= 0xBF) ||
                              (p[1] == 0x81 && p[2] >= 0x80 && p[2] <= 0x9E)))
        p += 3; /* U+2010–U+205E */
      else
        return FALSE;
    }
  return TRUE;
}

static char *
normalize_chunked (const char     *text,
                   GNormalizeMode  mode)
{
  GString *out = g_string_sized_new (strlen (text));
  const char *start = text;

  for (const char *p = text; ; p = g_utf8_next_char (p))
    if (*p == '\0' || (p > start && may_cut_before (p, p - start)))
      {
        g_autofree char *chunk = g_utf8_normalize (start, p - start, mode);

        g_string_append (out, chunk);
        start = p;
        if (*p == '\0')
          break;
      }
  return g_string_free (out, FALSE);
}

/**
 * ct_text_normalize:
 * @text: (nullable): UTF-8 text
 *
 * Normalises to Unicode NFC, the form every string is stored in, so that text typed
 * with combining marks (NFD, as some input methods and PDF extractions produce) and
 * precomposed text compare equal. Invalid UTF-8 is replaced by U+FFFD rather than lost.
 * The work is linear in the length of @text.
 *
 * Returns: (transfer full) (nullable): the NFC text, or %NULL when @text is %NULL
 */
char *
ct_text_normalize (const char *text)
{
  g_autofree char *valid = NULL;

  if (text == NULL)
    return NULL;
  if (is_plain_nfc (text))
    return g_strdup (text);
  valid = g_utf8_make_valid (text, -1);
  return normalize_chunked (valid, G_NORMALIZE_NFC);
}

/**
 * ct_text_fold:
 * @text: (nullable): UTF-8 text
 *
 * Folds text for matching: case folded, diacritics removed (after canonical decomposition),
 * "đ"/"Đ" mapped to "d" (Unicode does not decompose đ), runs of white space collapsed
 * to one space and trimmed. "Văn phòng Huyện uỷ" and "VĂN PHÒNG HUYỆN ỦY" fold to the
 * same key "van phong huyen uy", which also makes old and new tone placement equal.
 *
 * Returns: (transfer full): the folded key; "" for %NULL
 */
char *
ct_text_fold (const char *text)
{
  g_autofree char *valid = NULL;
  GString *out;
  gboolean pending_space = FALSE;

  if (text == NULL)
    return g_strdup ("");

  valid = g_utf8_make_valid (text, -1);
  out = g_string_sized_new (strlen (valid));

  /* Each character is decomposed on its own: NFD would also reorder the combining
   * marks, which are dropped anyway, and normalising the whole text costs most of a
   * save (the search key is folded at every one). */
  for (const char *p = valid; *p; p = g_utf8_next_char (p))
    {
      gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
      gunichar c = g_utf8_get_char (p);
      gsize n = 1;

      if (c < 0x80)
        decomposed[0] = c;
      else
        n = g_unichar_fully_decompose (c, FALSE, decomposed, G_N_ELEMENTS (decomposed));

      for (gsize i = 0; i < n; i++)
        {
          GUnicodeType type;

          c = decomposed[i];
          type = g_unichar_type (c);
          if (type == G_UNICODE_NON_SPACING_MARK || type == G_UNICODE_SPACING_MARK ||
              type == G_UNICODE_ENCLOSING_MARK)
            continue;
          if (g_unichar_isspace (c))
            {
              pending_space = out->len > 0;
              continue;
            }
          if (c == 0x0110 || c == 0x0111)
            c = 'd';
          else
            c = g_unichar_tolower (c);
          if (pending_space)
            g_string_append_c (out, ' ');
          pending_space = FALSE;
          g_string_append_unichar (out, c);
        }
    }
  return g_string_free (out, FALSE);
}

/**
 * ct_text_matches_word_start:
 * @text: (nullable): the text looked in, e.g. a unit's name
 * @typed: (nullable): what was typed so far
 *
 * Whether a word of @text starts with @typed, both folded (see ct_text_fold()): "huyen"
 * matches "UBND huyện" and "Văn phòng Huyện ủy", "Ban To" matches "Ban Tổ chức".
 *
 * Returns: %TRUE on a match; %FALSE for an empty @typed
 */
gboolean
ct_text_matches_word_start (const char *text,
                            const char *typed)
{
  g_autofree char *folded_text = ct_text_fold (text);
  g_autofree char *folded_typed = ct_text_fold (typed);
  gsize length = strlen (folded_typed);

  if (length == 0)
    return FALSE;
  for (const char *p = folded_text; p != NULL; p = strchr (p, ' '))
    {
      if (*p == ' ')
        p++;
      if (strncmp (p, folded_typed, length) == 0)
        return TRUE;
    }
  return FALSE;
}

/**
 * ct_text_is_blank:
 * @text: (nullable): UTF-8 text
 *
 * Returns: %TRUE when @text is %NULL, empty or white space only
 */
gboolean
ct_text_is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

/**
 * ct_text_collapse_spaces:
 * @text: UTF-8 text
 *
 * Returns: (transfer full): @text with runs of white space (including line breaks)
 *   collapsed to one space, trimmed at both ends
 */
char *
ct_text_collapse_spaces (const char *text)
{
  GString *out;
  gboolean pending_space = FALSE;

  g_return_val_if_fail (text != NULL, NULL);

  out = g_string_sized_new (strlen (text));
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          pending_space = out->len > 0;
          continue;
        }
      if (pending_space)
        g_string_append_c (out, ' ');
      pending_space = FALSE;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}
