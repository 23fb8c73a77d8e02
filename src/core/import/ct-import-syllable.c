/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-import"

#include "config.h"

#include "ct-import-text-private.h"

#include <string.h>

/* How much of a text reads as Vietnamese: its words are checked against the syllables of
 * the language (an initial, a rhyme of vowel group and final, one tone). The decoder
 * (ct-import-encoding.c) keeps the encoding whose text scores clearly best, and the
 * importer refuses text that is not Vietnamese. */

/* A word's letters spelt in ASCII as in VIQR (^ circumflex, ( breve, + horn, dd for đ),
 * lower case, its tone marks counted apart. */
typedef struct
{
  char base[16];
  guint len;
  guint tones;
  gunichar tone;
  gboolean non_ascii;
  gboolean broken;
} Word;

/* Vowel groups of a rhyme, spelt as in #Word. Those that end in a glide take no final
 * consonant. */
static const char *const closed_nuclei[] = {
  "a", "a(", "a^", "e", "e^", "i", "o", "o^", "o+", "u", "u+", "y", "ie^", "ye^", "oa",
  "oa(", "oe", "oo", "ua^", "ue^", "uo^", "uo+", "u+o+", "uy", "uye^", NULL
};
static const char *const open_nuclei[] = {
  "ai", "ao", "au", "ay", "a^u", "a^y", "eo", "e^u", "ia", "iu", "oi", "o^i", "o+i", "ua",
  "ui", "u+a", "u+i", "u+u", "ie^u", "ye^u", "oai", "oay", "oao", "oeo", "ua^y", "uo^i",
  "u+o+i", "u+o+u", "uya", "uyu", NULL
};
static const char *const initials[] = {
  "", "b", "c", "ch", "d", "dd", "g", "gh", "h", "k", "kh", "l", "m", "n", "ng", "ngh",
  "nh", "p", "ph", "r", "s", "t", "th", "tr", "v", "x", NULL
};
static const char *const finals[] = { "", "c", "ch", "m", "n", "ng", "nh", "p", "t", NULL };

static gboolean
in_list (const char *const *list,
         const char        *text,
         gsize              len)
{
  for (guint i = 0; list[i] != NULL; i++)
    if (strlen (list[i]) == len && strncmp (list[i], text, len) == 0)
      return TRUE;
  return FALSE;
}

gboolean
ct_import_is_vowel (char c)
{
  return c != '\0' && strchr ("aeiouy", c) != NULL;
}

/* Whether @nucleus followed by @final makes a rhyme. */
static gboolean
is_rhyme (const char *nucleus,
          gsize       len,
          const char *final)
{
  if (len == 0)
    return FALSE;
  if (in_list (closed_nuclei, nucleus, len))
    return TRUE;
  return *final == '\0' && in_list (open_nuclei, nucleus, len);
}

/* Whether @base (see #Word) with @tone is a Vietnamese syllable: an initial consonant, a
 * vowel group, a final consonant; a stop final (c, ch, p, t) takes only the acute or the
 * dot below. */
static gboolean
is_syllable (const char *base,
             gunichar    tone)
{
  gsize len = strlen (base), i = 0, j = len, n;
  const char *final;

  while (i < len && g_ascii_isalpha (base[i]) && !ct_import_is_vowel (base[i]))
    i++;
  while (j > i && g_ascii_isalpha (base[j - 1]) && !ct_import_is_vowel (base[j - 1]))
    j--;
  final = base + j;
  n = j - i;
  if (!in_list (finals, final, len - j))
    return FALSE;
  if (strchr ("cpt", *final) != NULL && *final != '\0' && tone != 0 && tone != 0x301 &&
      tone != 0x323)
    return FALSE;
  /* "gi" and "qu" are initials whose second letter looks like a vowel. */
  if (i == 1 && base[0] == 'q')
    return n > 1 && base[1] == 'u' && is_rhyme (base + 2, n - 1, final);
  if (i == 1 && base[0] == 'g' && n > 1 && base[1] == 'i' && is_rhyme (base + 2, n - 1, final))
    return TRUE;
  return in_list (initials, base, i) && is_rhyme (base + i, n, final);
}

static void
word_append (Word       *word,
             const char *text)
{
  gsize n = strlen (text);

  if (word->len + n >= sizeof word->base)
    {
      word->broken = TRUE;
      return;
    }
  memcpy (word->base + word->len, text, n + 1);
  word->len += n;
}

static char
word_last (const Word *word)
{
  return word->len > 0 ? word->base[word->len - 1] : '\0';
}

/* Adds a character of NFD text to @word. */
static void
word_add (Word     *word,
          gunichar  c)
{
  char last = word_last (word);

  if (c < 0x80)
    {
      char s[2] = { g_ascii_tolower ((char) c), '\0' };

      word_append (word, s);
      return;
    }
  word->non_ascii = TRUE;
  if (c == 0x110 || c == 0x111)
    word_append (word, "dd");
  else if (c == 0x302 && last != '\0' && strchr ("aeo", last) != NULL)
    word_append (word, "^");
  else if (c == 0x306 && last == 'a')
    word_append (word, "(");
  else if (c == 0x31b && (last == 'o' || last == 'u'))
    word_append (word, "+");
  else if ((c == 0x300 || c == 0x301 || c == 0x303 || c == 0x309 || c == 0x323) &&
           (ct_import_is_vowel (last) || (last != '\0' && strchr ("^(+", last) != NULL)))
    {
      word->tones++;
      word->tone = c;
    }
  else
    word->broken = TRUE;
}

static void
word_end (Word          *word,
          CtImportScore *score)
{
  if (word->len == 0 && !word->non_ascii)
    return;
  if (!word->non_ascii)
    score->plain++;
  else if (!word->broken && word->tones <= 1 && is_syllable (word->base, word->tone))
    score->good++;
  else
    score->bad++;
  memset (word, 0, sizeof *word);
}

/* Punctuation that Vietnamese text typed in Unicode has. */
static gboolean
is_text_punctuation (gunichar c)
{
  switch (c)
    {
    case 0xa0: case 0xb0: case 0x2013: case 0x2014: case 0x2018: case 0x2019: case 0x201c:
    case 0x201d: case 0x2022: case 0x2026: case 0x2212: case 0x2192: case 0x200b:
    case 0xfeff:
      return TRUE;
    default:
      return g_unichar_isspace (c);
    }
}

static gboolean
is_word_char (gunichar c)
{
  if (c < 0x80)
    return g_ascii_isalpha ((char) c);
  return g_unichar_isalpha (c) || g_unichar_ismark (c);
}

gboolean
ct_import_is_ascii (const char *text)
{
  for (const char *p = text; *p; p++)
    if ((guchar) *p >= 0x80)
      return FALSE;
  return TRUE;
}

/* Adds one word of NFC text to @score. Words are decomposed one by one: GLib's
 * normalisation of a long text takes time quadratic in its length. */
static void
score_word (const char    *start,
            const char    *end,
            CtImportScore *score)
{
  g_autofree char *nfd = NULL;
  Word word = { 0 };

  if (start == end)
    return;
  if (end - start > (gssize) sizeof word.base * 4)
    {
      /* Too long for a syllable: a name or an address when in ASCII. */
      g_autofree char *copy = g_strndup (start, end - start);

      if (ct_import_is_ascii (copy))
        score->plain++;
      else
        score->bad++;
      return;
    }
  nfd = g_utf8_normalize (start, end - start, G_NORMALIZE_NFD);
  for (const char *p = nfd; p != NULL && *p; p = g_utf8_next_char (p))
    word_add (&word, g_utf8_get_char (p));
  word.non_ascii = word.non_ascii || nfd == NULL;
  word.broken = word.broken || nfd == NULL;
  word_end (&word, score);
}

/* Adds to @score how @text (UTF-8, NFC) reads as Vietnamese, from its first
 * %CT_IMPORT_SAMPLE_BYTES at most. */
void
ct_import_score_text (const char    *text,
                      gssize         length,
                      CtImportScore *score)
{
  const char *end = text + MIN (length < 0 ? strlen (text) : (gsize) length, CT_IMPORT_SAMPLE_BYTES);
  const char *word = NULL;

  for (const char *p = text; p < end && *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_word_char (c))
        {
          word = word != NULL ? word : p;
          continue;
        }
      if (word != NULL)
        score_word (word, p, score);
      word = NULL;
      if (c >= 0x80 && !is_text_punctuation (c))
        score->bad++;
    }
  if (word != NULL)
    score_word (word, MIN (end, word + strlen (word)), score);
}

/* Reads clearly as Vietnamese: at least four good words in five. */
gboolean
ct_import_score_fits (const CtImportScore *score)
{
  return score->good > 0 && score->good >= 4 * score->bad;
}

double
ct_import_score_ratio (const CtImportScore *score)
{
  return score->good + score->bad == 0 ? 0 : (double) score->good / (score->good + score->bad);
}

/* Whether @best reads as Vietnamese and clearly better than @other. */
gboolean
ct_import_score_ahead (const CtImportScore *best,
                       const CtImportScore *other)
{
  return ct_import_score_fits (best) &&
         (ct_import_score_ratio (best) - ct_import_score_ratio (other) >= 0.2 || other->good * 2 <= best->good);
}

