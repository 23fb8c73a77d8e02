/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-import"

#include "config.h"

#include "ct-import-text-private.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ct-text.h"

/* VIQR: Vietnamese typed in ASCII, each mark after its vowel ("Vie^.t Nam", "co^ng
 * ta'c"). Read only when the text clearly is VIQR (ct_import_looks_viqr()). */

/* VIQR: a vowel is followed by its mark (^ ( +) and its tone (' ` ? ~ .); "dd" is đ; a
 * backslash makes the next character plain. A syllable takes one tone, so a "." or "?"
 * after a toned syllable is punctuation. */
static const char *
viqr_tone (char c)
{
  switch (c)
    {
    case '\'': return CT_IMPORT_MARK_ACUTE;
    case '`': return CT_IMPORT_MARK_GRAVE;
    case '?': return CT_IMPORT_MARK_HOOK;
    case '~': return CT_IMPORT_MARK_TILDE;
    case '.': return CT_IMPORT_MARK_DOT;
    default: return NULL;
    }
}

static const char *
viqr_mark (char vowel,
           char c)
{
  vowel = g_ascii_tolower (vowel);
  if (c == '^' && strchr ("aeo", vowel) != NULL)
    return CT_IMPORT_MARK_CIRC;
  if (c == '(' && vowel == 'a')
    return CT_IMPORT_MARK_BREVE;
  if (c == '+' && (vowel == 'o' || vowel == 'u'))
    return "\xcc\x9b";
  return NULL;
}

/* A "." or "?" after a vowel is a tone when a letter follows it, or when it ends a word
 * of two letters or more that is not a roman number: "I. Nhie^.m vu.." */
static gboolean
viqr_is_tone (const char *text,
              gsize       length,
              gsize       at,
              guint       letters,
              gboolean    roman)
{
  if (text[at] != '.' && text[at] != '?')
    return TRUE;
  if (at + 1 < length && g_ascii_isalpha (text[at + 1]))
    return TRUE;
  return letters >= 2 && !roman;
}

char *
ct_import_decode_viqr (const char *text,
                       gsize       length)
{
  g_autoptr(GString) out = g_string_sized_new (length + length / 4);
  gboolean toned = FALSE, roman = TRUE;
  guint letters = 0;

  for (gsize i = 0; i < length; i++)
    {
      char c = text[i];
      const char *mark;

      if (!g_ascii_isalpha (c))
        {
          toned = FALSE;
          roman = TRUE;
          letters = 0;
        }
      if (c == '\\' && i + 1 < length && strchr ("^(+'`?~.\\", text[i + 1]) != NULL)
        {
          g_string_append_c (out, text[++i]);
          continue;
        }
      if ((c == 'd' || c == 'D') && letters == 0 && i + 1 < length &&
          (text[i + 1] == 'd' || text[i + 1] == 'D'))
        {
          g_string_append (out, c == 'D' ? "Đ" : "đ");
          letters = 1;
          roman = FALSE;
          i++;
          continue;
        }
      g_string_append_c (out, c);
      if (!g_ascii_isalpha (c))
        continue;
      letters++;
      roman = roman && strchr ("IVXLCDM", c) != NULL;
      if (!ct_import_is_vowel (g_ascii_tolower (c)))
        continue;
      if (i + 1 < length && (mark = viqr_mark (c, text[i + 1])) != NULL)
        {
          g_string_append (out, mark);
          i++;
        }
      if (i + 1 < length && !toned && (mark = viqr_tone (text[i + 1])) != NULL &&
          viqr_is_tone (text, length, i + 1, letters, roman))
        {
          g_string_append (out, mark);
          toned = TRUE;
          i++;
        }
    }
  return ct_text_normalize (out->str);
}

/* VIQR only when it clearly is: a quarter of the words at least carry marks that make
 * them Vietnamese syllables. */
gboolean
ct_import_looks_viqr (const char *text)
{
  g_autofree char *sample = ct_import_decode_viqr (text, MIN (strlen (text), CT_IMPORT_SAMPLE_BYTES));
  CtImportScore score = { 0 };

  if (sample == NULL)
    return FALSE;
  ct_import_score_text (sample, -1, &score);
  return ct_import_score_fits (&score) && score.good >= 3 &&
         score.good * 4 >= score.good + score.bad + score.plain;
}

