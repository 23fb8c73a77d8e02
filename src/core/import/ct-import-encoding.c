/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-import"

#include "config.h"

#include "ct-import-text-private.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ct-text.h"

/* Bytes become UTF-8 NFC text before the importer reads them. Offices keep programmes in
 * UTF-8, in UTF-16 (Notepad's "Unicode"), in Windows-1258, and in the 8-bit encodings of
 * the old Vietnamese fonts: TCVN3 (ABC, the ".VnTime" fonts) and VNI (the "VNI-Times"
 * fonts), or in VIQR, plain ASCII with the marks typed after the vowels ("Vie^.t Nam").
 * Nothing in the bytes says which: each encoding is tried on a sample, each result is
 * scored by how much of it reads as Vietnamese syllables, and one is taken only when it
 * is clearly ahead of the others. Text typed with an old font and pasted as Unicode shows
 * the font's codes as Latin-1 letters ("c«ng t¸c"); such lines are turned back into their
 * bytes and decoded the same way. */

/* Detection reads at most this much, whatever the input's size. */
#define SAMPLE_BYTES (64 * 1024)

typedef enum {
  LEGACY_WINDOWS_1258,
  LEGACY_TCVN3,
  LEGACY_VNI,
  N_LEGACY
} Legacy;

/* The names in the report, and the longer ones in messages. */
static const char *const legacy_names[N_LEGACY] = { "Windows-1258", "TCVN3", "VNI" };
static const char *const legacy_labels[N_LEGACY] = { "Windows-1258", "TCVN3 (ABC)",
                                                      "VNI" };

/* How much of a text reads as Vietnamese: @good words hold marks or đ and are valid
 * syllables, @bad words hold them and are not, or are characters no Vietnamese text
 * has; @plain words are ASCII only and tell nothing. */
typedef struct
{
  guint good;
  guint bad;
  guint plain;
} Score;

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

#define ACUTE "\xcc\x81"
#define GRAVE "\xcc\x80"
#define HOOK  "\xcc\x89"
#define TILDE "\xcc\x83"
#define DOT   "\xcc\xa3"
#define CIRC  "\xcc\x82"
#define BREVE "\xcc\x86"

/* VNI-Windows: a few letters have a byte of their own; the others are the base letter
 * followed by a byte for the mark (or for the vowel's mark and the tone together). The
 * upper-case bytes are used after capitals. */
static const struct
{
  guchar lower, upper;
  const char *lower_text, *upper_text;
} vni_codes[] = {
  { 0xf4, 0xd4, "ơ", "Ơ" }, { 0xf6, 0xd6, "ư", "Ư" }, { 0xf1, 0xd1, "đ", "Đ" },
  { 0xed, 0xcd, "í", "Í" }, { 0xec, 0xcc, "ì", "Ì" }, { 0xe6, 0xc6, "ỉ", "Ỉ" },
  { 0xf3, 0xd3, "ĩ", "Ĩ" }, { 0xf2, 0xd2, "ị", "Ị" }, { 0xee, 0xce, "ỵ", "Ỵ" },
  { 0xf9, 0xd9, ACUTE, ACUTE }, { 0xf8, 0xd8, GRAVE, GRAVE }, { 0xfb, 0xdb, HOOK, HOOK },
  { 0xf5, 0xd5, TILDE, TILDE }, { 0xef, 0xcf, DOT, DOT },
  { 0xe2, 0xc2, CIRC, CIRC }, { 0xe1, 0xc1, CIRC ACUTE, CIRC ACUTE },
  { 0xe0, 0xc0, CIRC GRAVE, CIRC GRAVE }, { 0xe5, 0xc5, CIRC HOOK, CIRC HOOK },
  { 0xe3, 0xc3, CIRC TILDE, CIRC TILDE }, { 0xe4, 0xc4, CIRC DOT, CIRC DOT },
  { 0xea, 0xca, BREVE, BREVE }, { 0xe9, 0xc9, BREVE ACUTE, BREVE ACUTE },
  { 0xe8, 0xc8, BREVE GRAVE, BREVE GRAVE }, { 0xfa, 0xda, BREVE HOOK, BREVE HOOK },
  { 0xfc, 0xdc, BREVE TILDE, BREVE TILDE }, { 0xeb, 0xcb, BREVE DOT, BREVE DOT },
};

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

static gboolean
is_vowel (char c)
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

  while (i < len && g_ascii_isalpha (base[i]) && !is_vowel (base[i]))
    i++;
  while (j > i && g_ascii_isalpha (base[j - 1]) && !is_vowel (base[j - 1]))
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
           (is_vowel (last) || (last != '\0' && strchr ("^(+", last) != NULL)))
    {
      word->tones++;
      word->tone = c;
    }
  else
    word->broken = TRUE;
}

static void
word_end (Word  *word,
          Score *score)
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

static gboolean
is_ascii (const char *text)
{
  for (const char *p = text; *p; p++)
    if ((guchar) *p >= 0x80)
      return FALSE;
  return TRUE;
}

/* Adds one word of NFC text to @score. Words are decomposed one by one: GLib's
 * normalisation of a long text takes time quadratic in its length. */
static void
score_word (const char *start,
            const char *end,
            Score      *score)
{
  g_autofree char *nfd = NULL;
  Word word = { 0 };

  if (start == end)
    return;
  if (end - start > (gssize) sizeof word.base * 4)
    {
      /* Too long for a syllable: a name or an address when in ASCII. */
      g_autofree char *copy = g_strndup (start, end - start);

      if (is_ascii (copy))
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
 * %SAMPLE_BYTES at most. */
static void
score_text (const char *text,
            gssize      length,
            Score      *score)
{
  const char *end = text + MIN (length < 0 ? strlen (text) : (gsize) length, SAMPLE_BYTES);
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
static gboolean
score_fits (const Score *score)
{
  return score->good > 0 && score->good >= 4 * score->bad;
}

static double
score_ratio (const Score *score)
{
  return score->good + score->bad == 0 ? 0 : (double) score->good / (score->good + score->bad);
}

/* Whether @best reads as Vietnamese and clearly better than @other. */
static gboolean
score_ahead (const Score *best,
             const Score *other)
{
  return score_fits (best) &&
         (score_ratio (best) - score_ratio (other) >= 0.2 || other->good * 2 <= best->good);
}

/* The characters each byte 0x80–0xFF stands for, NULL where it stands for none. */
typedef struct
{
  const char *codes[N_LEGACY][128];
} Tables;

static void
fill_from_iconv (const char  *charset,
                 const char **codes)
{
  for (guint b = 0x80; b <= 0xff; b++)
    {
      char byte = (char) b;

      /* Leaked on purpose: the tables live as long as the program. */
      codes[b - 0x80] = g_convert (&byte, 1, "UTF-8", charset, NULL, NULL, NULL);
    }
}

static gpointer
make_tables (gpointer data)
{
  Tables *t = g_new0 (Tables, 1);
  const char *latin[128];

  (void) data;
  fill_from_iconv ("CP1258", t->codes[LEGACY_WINDOWS_1258]);
  fill_from_iconv ("TCVN5712-1", t->codes[LEGACY_TCVN3]);
  /* VNI's bytes other than its own are the Windows-1252 ones (those it leaves undefined
   * are read as Latin-1). */
  fill_from_iconv ("CP1252", latin);
  for (guint b = 0x80; b <= 0xff; b++)
    {
      char utf8[8] = { 0 };

      g_unichar_to_utf8 (b, utf8);
      t->codes[LEGACY_VNI][b - 0x80] = latin[b - 0x80] != NULL ? latin[b - 0x80]
                                                              : g_strdup (utf8);
    }
  for (guint i = 0; i < G_N_ELEMENTS (vni_codes); i++)
    {
      g_free ((char *) t->codes[LEGACY_VNI][vni_codes[i].lower - 0x80]);
      g_free ((char *) t->codes[LEGACY_VNI][vni_codes[i].upper - 0x80]);
      t->codes[LEGACY_VNI][vni_codes[i].lower - 0x80] = vni_codes[i].lower_text;
      t->codes[LEGACY_VNI][vni_codes[i].upper - 0x80] = vni_codes[i].upper_text;
    }
  return t;
}

static const Tables *
get_tables (void)
{
  static GOnce once = G_ONCE_INIT;

  return g_once (&once, make_tables, NULL);
}

/* Without the C library's converter, an encoding has no byte known. */
static gboolean
legacy_available (Legacy legacy)
{
  for (guint b = 0; b < 128; b++)
    if (get_tables ()->codes[legacy][b] != NULL)
      return TRUE;
  return FALSE;
}

static gboolean
count_ascii_case (const char *start,
                  const char *end,
                  guint      *upper)
{
  guint lower = 0;

  *upper = 0;
  for (const char *p = start; p < end; p++)
    {
      *upper += g_ascii_isupper (*p);
      lower += g_ascii_islower (*p);
    }
  return lower == 0;
}

/* TCVN3 has no codes for the capitals with a tone: the ".VnTimeH" fonts draw the small
 * letters' codes as capitals, so a heading typed in them reads "CHươNG TRìNH". A line, or
 * else a word, whose ASCII letters are all capitals (two at least) is upper-cased. */
static void
append_tcvn3_line (GString    *out,
                   const char *line,
                   gsize       len)
{
  guint upper;
  const char *p = line, *end = line + len;

  if (count_ascii_case (line, end, &upper) && upper >= 2)
    {
      g_autofree char *up = g_utf8_strup (line, len);

      g_string_append (out, up);
      return;
    }
  while (p < end)
    {
      gsize n = strcspn (p, " \t");
      const char *word_end_p = MIN (p + n, end);

      if (count_ascii_case (p, word_end_p, &upper) && upper >= 2)
        {
          g_autofree char *up = g_utf8_strup (p, word_end_p - p);

          g_string_append (out, up);
        }
      else
        g_string_append_len (out, p, word_end_p - p);
      p = word_end_p;
      while (p < end && (*p == ' ' || *p == '\t'))
        g_string_append_c (out, *p++);
    }
}

static char *
fix_tcvn3_case (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));
  const char *p = text;

  while (*p)
    {
      gsize n = strcspn (p, "\r\n");

      append_tcvn3_line (out, p, n);
      p += n;
      while (*p == '\r' || *p == '\n')
        g_string_append_c (out, *p++);
    }
  return g_string_free (out, FALSE);
}

/* Decodes @length bytes of @data, or when @latin, the characters U+0000–U+00FF of the
 * UTF-8 text @data as the bytes they were (others are kept). NULL when a byte stands for
 * nothing in @legacy. Returns NFC text. */
static char *
decode_legacy (Legacy      legacy,
               const char *data,
               gsize       length,
               gboolean    latin)
{
  const char *const *codes = get_tables ()->codes[legacy];
  g_autoptr(GString) out = g_string_sized_new (length + length / 2);
  g_autofree char *nfc = NULL;
  const char *p = data, *end = data + length;

  while (p < end)
    {
      guint b = (guchar) *p;
      const char *next = p + 1;

      if (latin && b >= 0x80)
        {
          b = g_utf8_get_char (p);
          next = g_utf8_next_char (p);
        }
      if (b < 0x80)
        g_string_append_c (out, (char) b);
      else if (b > 0xff)
        g_string_append_len (out, p, next - p);
      else if (codes[b - 0x80] != NULL)
        g_string_append (out, codes[b - 0x80]);
      else
        return NULL;
      p = next;
    }
  nfc = ct_text_normalize (out->str);
  if (legacy == LEGACY_TCVN3)
    return fix_tcvn3_case (nfc);
  return g_steal_pointer (&nfc);
}

/* VIQR: a vowel is followed by its mark (^ ( +) and its tone (' ` ? ~ .); "dd" is đ; a
 * backslash makes the next character plain. A syllable takes one tone, so a "." or "?"
 * after a toned syllable is punctuation. */
static const char *
viqr_tone (char c)
{
  switch (c)
    {
    case '\'': return ACUTE;
    case '`': return GRAVE;
    case '?': return HOOK;
    case '~': return TILDE;
    case '.': return DOT;
    default: return NULL;
    }
}

static const char *
viqr_mark (char vowel,
           char c)
{
  vowel = g_ascii_tolower (vowel);
  if (c == '^' && strchr ("aeo", vowel) != NULL)
    return CIRC;
  if (c == '(' && vowel == 'a')
    return BREVE;
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

static char *
decode_viqr (const char *text,
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
      if (!is_vowel (g_ascii_tolower (c)))
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

static gboolean
has_prefix (const char *data,
            gsize       length,
            const char *prefix,
            gsize       prefix_length)
{
  return length >= prefix_length && memcmp (data, prefix, prefix_length) == 0;
}

#define HAS_PREFIX(data, length, prefix) has_prefix (data, length, prefix, sizeof prefix - 1)

/* Files that are not text, whose reader (if any) could not read them: the clerk is told
 * what the file is and how to make it readable. */
static gboolean
check_format (const char  *data,
              gsize        length,
              GError     **error)
{
  const char *message = NULL;

  if (HAS_PREFIX (data, length, "{\\rtf"))
    message = _("This is an RTF file; open it in Word or LibreOffice and save it as .docx or "
                "as text. Nothing was imported.");
  else if (HAS_PREFIX (data, length, "%PDF-"))
    message = _("This is a PDF file whose text could not be read (it may be a scanned "
                "image). Import the Word file it was made from, or copy the text from the "
                "PDF and paste it. Nothing was imported.");
  else if (HAS_PREFIX (data, length, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"))
    message = _("This is an old Word document (.doc) that could not be read; open it in "
                "Word or LibreOffice and save it as .docx or as text. Nothing was imported.");
  else if (HAS_PREFIX (data, length, "PK\x03\x04"))
    message = _("This is a Word or OpenDocument file (or another compressed file) that "
                "could not be read; it may be damaged. Open it in Word or LibreOffice and "
                "save it again as .docx or as text. Nothing was imported.");
  if (message == NULL)
    return TRUE;
  g_set_error_literal (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_BINARY, message);
  return FALSE;
}

/* UTF-16 by its byte-order mark, or without one by the NUL bytes every other byte of
 * text that is mostly ASCII has; @skip is the mark's length. */
static const char *
utf16_charset (const char *data,
               gsize       length,
               gsize      *skip)
{
  gsize pairs = MIN (length, SAMPLE_BYTES) / 2, le = 0, be = 0;

  *skip = 0;
  if (HAS_PREFIX (data, length, "\xff\xfe") || HAS_PREFIX (data, length, "\xfe\xff"))
    {
      *skip = 2;
      return data[0] == '\xff' ? "UTF-16LE" : "UTF-16BE";
    }
  if (pairs < 2)
    return NULL;
  for (gsize i = 0; i < pairs; i++)
    {
      le += data[2 * i] != '\0' && data[2 * i + 1] == '\0';
      be += data[2 * i] == '\0' && data[2 * i + 1] != '\0';
    }
  if (le * 10 >= pairs * 3 && be * 20 <= pairs)
    return "UTF-16LE";
  if (be * 10 >= pairs * 3 && le * 20 <= pairs)
    return "UTF-16BE";
  return NULL;
}

/* The same test as the text reader's: NUL bytes, or many control characters. */
static gboolean
is_binary (const char *data,
           gsize       length)
{
  gsize controls = 0;

  for (gsize i = 0; i < length; i++)
    {
      guchar c = data[i];

      if (c == '\0')
        return TRUE;
      controls += c < 0x20 && strchr ("\t\n\r\f\v", c) == NULL;
    }
  return controls * 100 > length;
}

static const char *
next_line (const char *p)
{
  if (p[0] == '\r' && p[1] == '\n')
    return p + 2;
  return *p ? p + 1 : p;
}

/* The 1-based line @offset is on, counted as the text reader counts lines. */
static guint
line_at_offset (const char *data,
                gsize       length,
                gsize       offset)
{
  guint line = 1;

  for (gsize i = 0; i < offset && i < length; i++)
    if (data[i] == '\n' || (data[i] == '\r' && (i + 1 >= length || data[i + 1] != '\n')))
      line++;
  return line;
}

static void
add_warning (CtImportDecoded *decoded,
             guint            line,
             char            *message)
{
  CtImportWarning *warning = g_new0 (CtImportWarning, 1);

  warning->line = line;
  warning->message = message;
  g_ptr_array_add (decoded->warnings, warning);
}

static void
warn_converted (CtImportDecoded *decoded,
                const char      *label)
{
  add_warning (decoded, 0, g_strdup_printf (
                 /* Translators: %s names an encoding, e.g. "TCVN3 (ABC)" or "VNI". */
                 _("The text was converted from %s to Unicode; check it."), label));
}


/* VIQR only when it clearly is: a quarter of the words at least carry marks that make
 * them Vietnamese syllables. */
static gboolean
looks_viqr (const char *text)
{
  g_autofree char *sample = decode_viqr (text, MIN (strlen (text), SAMPLE_BYTES));
  Score score = { 0 };

  if (sample == NULL)
    return FALSE;
  score_text (sample, -1, &score);
  return score_fits (&score) && score.good >= 3 &&
         score.good * 4 >= score.good + score.bad + score.plain;
}

/* Whether a line of UTF-8 text may be an old font's codes read as Latin-1: it has
 * characters U+0080–U+00FF and no letter beyond them. */
static gboolean
is_legacy_candidate (const char *line,
                     gsize       len)
{
  gboolean latin = FALSE;

  for (const char *p = line; p < line + len; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0x80 && c <= 0xff)
        latin = TRUE;
      else if (c > 0xff && g_unichar_isalpha (c))
        return FALSE;
    }
  return latin;
}

static gboolean
reads_badly (const char *line,
             gsize       len,
             Score      *score)
{
  memset (score, 0, sizeof *score);
  if (!is_legacy_candidate (line, len))
    return FALSE;
  score_text (line, len, score);
  return score->bad > 0;
}

static gboolean
has_unicode_letter (const char *line,
                    gsize       len)
{
  for (const char *p = line; p < line + len; p = g_utf8_next_char (p))
    if ((guchar) *p >= 0xc4 && g_unichar_isalpha (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

/* What a sample of the text holds: which old font's codes its lines that read badly
 * hold (@legacy; FALSE when none, or both, read well), and whether the whole text was
 * typed with it (@whole: nearly no line has Unicode's own letters, and most of the lines
 * that may hold a font's codes read badly). */
static gboolean
choose_line_legacy (const char *text,
                    Legacy     *legacy,
                    gboolean   *whole)
{
  Score scores[N_LEGACY] = { { 0 } };
  guint non_ascii = 0, unicode = 0, candidates = 0, bad = 0;

  for (const char *p = text; *p && p - text < SAMPLE_BYTES;)
    {
      gsize n = strcspn (p, "\r\n");
      Score before;

      for (gsize i = 0; i < n; i++)
        if ((guchar) p[i] >= 0x80)
          {
            non_ascii++;
            break;
          }
      unicode += has_unicode_letter (p, n);
      candidates += is_legacy_candidate (p, n);
      if (reads_badly (p, n, &before))
        for (Legacy l = LEGACY_TCVN3; l <= LEGACY_VNI; l++)
          {
            g_autofree char *converted = decode_legacy (l, p, n, TRUE);

            bad += l == LEGACY_TCVN3;
            if (converted != NULL)
              score_text (converted, -1, &scores[l]);
          }
      p = next_line (p + n);
    }
  if (bad == 0)
    return FALSE;
  if (score_ahead (&scores[LEGACY_TCVN3], &scores[LEGACY_VNI]))
    *legacy = LEGACY_TCVN3;
  else if (score_ahead (&scores[LEGACY_VNI], &scores[LEGACY_TCVN3]))
    *legacy = LEGACY_VNI;
  else
    return FALSE;
  *whole = unicode * 10 <= non_ascii && bad * 2 >= candidates;
  return TRUE;
}

/* The line converted from @legacy, else NULL: when the whole text was typed with the
 * old font, every line that reads no worse so (a line such as "Sè 18-CTr/HU" reads as
 * Vietnamese both ways); else only lines that read clearly better so. */
static char *
convert_line (Legacy      legacy,
              gboolean    whole,
              const char *line,
              gsize       len)
{
  Score before, after = { 0 };
  g_autofree char *converted = NULL;

  if (!reads_badly (line, len, &before) && (!whole || !is_legacy_candidate (line, len)))
    return NULL;
  converted = decode_legacy (legacy, line, len, TRUE);
  if (converted == NULL)
    return NULL;
  score_text (converted, -1, &after);
  if (whole ? after.bad > before.bad : after.bad >= before.bad || after.good <= before.good)
    return NULL;
  return g_steal_pointer (&converted);
}

static void
warn_converted_lines (CtImportDecoded *decoded,
                      Legacy           legacy,
                      gboolean         whole,
                      GArray          *converted)
{
  if (whole)
    {
      decoded->encoding = legacy_names[legacy];
      add_warning (decoded, 0, g_strdup_printf (
                     /* Translators: %s names an encoding, e.g. "TCVN3 (ABC)". */
                     _("The text was typed with an old Vietnamese font (%s) and was converted "
                       "to Unicode; check it."), legacy_labels[legacy]));
      return;
    }
  for (guint i = 0; i < converted->len; i++)
    add_warning (decoded, g_array_index (converted, guint, i), g_strdup_printf (
                   /* Translators: %s names an encoding, e.g. "TCVN3 (ABC)". */
                   _("This line was typed with an old Vietnamese font (%s) and was "
                     "converted to Unicode; check it."), legacy_labels[legacy]));
}

/* Text typed with an old font and pasted as Unicode: its lines are converted back (see
 * convert_line()). Takes @text. */
static void
convert_legacy_lines (CtImportDecoded *decoded,
                      char            *text)
{
  g_autoptr(GArray) converted = NULL;
  GString *out;
  Legacy legacy;
  gboolean whole;
  guint number = 0;

  if (is_ascii (text) || !choose_line_legacy (text, &legacy, &whole))
    {
      decoded->text = text;
      decoded->length = strlen (text);
      return;
    }
  converted = g_array_new (FALSE, FALSE, sizeof (guint));
  out = g_string_sized_new (strlen (text) + strlen (text) / 4);
  for (const char *p = text; *p;)
    {
      gsize n = strcspn (p, "\r\n");
      g_autofree char *line = convert_line (legacy, whole, p, n);
      const char *next = next_line (p + n);

      number++;
      if (line != NULL)
        {
          g_array_append_val (converted, number);
          g_string_append (out, line);
        }
      else
        g_string_append_len (out, p, n);
      g_string_append_len (out, p + n, next - (p + n));
      p = next;
    }
  g_free (text);
  decoded->length = out->len;
  decoded->text = g_string_free (out, FALSE);
  warn_converted_lines (decoded, legacy, whole, converted);
}

/* Unicode text (UTF-8 or converted from UTF-16): NFC, from VIQR when it clearly is,
 * and with the lines typed with an old font converted. */
static void
read_unicode (CtImportDecoded *decoded,
              const char      *text,
              gsize            length)
{
  g_autofree char *copy = NULL;
  char *nfc;

  if (memchr (text, '\0', length) != NULL || !g_utf8_validate_len (text, length, NULL))
    {
      /* Left for the text reader to refuse as binary data. */
      decoded->text = g_malloc (length + 1);
      memcpy (decoded->text, text, length);
      decoded->text[length] = '\0';
      decoded->length = length;
      return;
    }
  copy = g_strndup (text, length);
  nfc = ct_text_normalize (copy);
  if (is_ascii (nfc) && looks_viqr (nfc))
    {
      decoded->text = decode_viqr (nfc, strlen (nfc));
      decoded->length = strlen (decoded->text);
      decoded->encoding = "VIQR";
      warn_converted (decoded, "VIQR");
      g_free (nfc);
      return;
    }
  convert_legacy_lines (decoded, nfc);
}

/* Mostly UTF-8 with a few bytes that are not: a damaged file rather than an old
 * encoding. @line is where the first bad byte is. */
static gboolean
is_damaged_utf8 (const char *data,
                 gsize       length,
                 guint      *line)
{
  const char *p = data, *end = data + MIN (length, SAMPLE_BYTES), *first_bad = NULL;
  guint valid = 0, invalid = 0;

  while (p < end)
    {
      gunichar c;

      if ((guchar) *p < 0x80)
        {
          p++;
          continue;
        }
      c = g_utf8_get_char_validated (p, end - p);
      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          invalid++;
          first_bad = first_bad != NULL ? first_bad : p;
          p++;
        }
      else
        {
          valid++;
          p = g_utf8_next_char (p);
        }
    }
  if (first_bad == NULL || valid < invalid)
    return FALSE;
  *line = line_at_offset (data, length, first_bad - data);
  return TRUE;
}

static void
set_undecided_error (const char   *data,
                     gsize         length,
                     const Score  *scores,
                     GError      **error)
{
  g_autoptr(GPtrArray) fitting = g_ptr_array_new ();
  g_autoptr(GPtrArray) tried = g_ptr_array_new ();
  g_autofree char *list = NULL;
  guint line;

  if (is_damaged_utf8 (data, length, &line))
    {
      g_set_error (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_ENCODING,
                   /* Translators: %u is a line number. */
                   _("The text is in UTF-8 but damaged: line %u holds bytes that are not "
                     "UTF-8. Save the text again as UTF-8 and import it again. Nothing was "
                     "imported."), line);
      return;
    }
  for (Legacy l = 0; l < N_LEGACY; l++)
    {
      g_ptr_array_add (tried, (gpointer) legacy_labels[l]);
      if (score_fits (&scores[l]))
        g_ptr_array_add (fitting, (gpointer) legacy_labels[l]);
    }
  g_ptr_array_add (tried, NULL);
  g_ptr_array_add (fitting, NULL);
  if (fitting->len > 2)
    {
      list = g_strjoinv (", ", (char **) fitting->pdata);
      g_set_error (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_ENCODING,
                   /* Translators: %s lists encodings, e.g. "Windows-1258, TCVN3 (ABC)". */
                   _("The text is not in UTF-8, and it reads as Vietnamese in more than one "
                     "old encoding (%s): which one is meant cannot be told. Convert it to "
                     "Unicode UTF-8 and import it again. Nothing was imported."), list);
      return;
    }
  list = g_strjoinv (", ", (char **) tried->pdata);
  g_set_error (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_ENCODING,
               /* Translators: %s lists encodings, e.g. "Windows-1258, TCVN3 (ABC), VNI". */
               _("The text is not in UTF-8, nor does it read as Vietnamese in an old encoding "
                 "(%s). Convert it to Unicode UTF-8 and import it again. Nothing was "
                 "imported."), list);
}

/* Bytes in an 8-bit encoding: the one whose sample reads clearly best as Vietnamese. */
static gboolean
read_legacy (CtImportDecoded  *decoded,
             const char       *data,
             gsize             length,
             GError          **error)
{
  gsize sample = MIN (length, SAMPLE_BYTES);
  Score scores[N_LEGACY] = { { 0 } };
  char *texts[N_LEGACY] = { NULL };
  Legacy best = LEGACY_WINDOWS_1258;
  gboolean ahead = TRUE;

  for (Legacy l = 0; l < N_LEGACY; l++)
    {
      if (legacy_available (l))
        texts[l] = decode_legacy (l, data, sample, FALSE);
      if (texts[l] != NULL)
        score_text (texts[l], -1, &scores[l]);
      if (score_ratio (&scores[l]) > score_ratio (&scores[best]) ||
          (score_ratio (&scores[l]) == score_ratio (&scores[best]) &&
           scores[l].good > scores[best].good))
        best = l;
    }
  for (Legacy l = 0; l < N_LEGACY; l++)
    if (l != best && !score_ahead (&scores[best], &scores[l]))
      ahead = FALSE;
  if (ahead && texts[best] != NULL)
    {
      decoded->text = sample == length ? g_steal_pointer (&texts[best])
                                       : decode_legacy (best, data, length, FALSE);
      ahead = decoded->text != NULL;
    }
  for (Legacy l = 0; l < N_LEGACY; l++)
    g_free (texts[l]);
  if (!ahead)
    {
      set_undecided_error (data, length, scores, error);
      return FALSE;
    }
  decoded->length = strlen (decoded->text);
  decoded->encoding = legacy_names[best];
  warn_converted (decoded, legacy_labels[best]);
  return TRUE;
}

/*
 * ct_import_decode:
 * @data: the bytes of a file or of pasted text
 * @length: their length
 * @decoded: (out caller-allocates): the text, UTF-8 NFC, the encoding's name and the
 *   warnings about the conversion; free with ct_import_decoded_clear()
 * @error: return location for a #CT_IMPORT_ERROR
 *
 * Turns the bytes into text (see the comment at the top of this file). Binary data is
 * passed on as it is for the text reader to refuse.
 *
 * Returns: %FALSE with @error set for a file format that is not text, damaged UTF-16 or
 *   UTF-8, or bytes whose encoding cannot be told
 */
gboolean
ct_import_decode (const char       *data,
                  gsize             length,
                  CtImportDecoded  *decoded,
                  GError          **error)
{
  const char *charset;
  gsize skip;

  memset (decoded, 0, sizeof *decoded);
  decoded->encoding = "UTF-8";
  decoded->warnings = g_ptr_array_new_with_free_func ((GDestroyNotify) ct_import_warning_free);
  if (length > CT_IMPORT_MAX_BYTES)
    {
      ct_import_set_too_large (error);
      return FALSE;
    }
  if (HAS_PREFIX (data, length, "\xef\xbb\xbf"))
    {
      data += 3;
      length -= 3;
    }
  if (!check_format (data, length, error))
    return FALSE;
  charset = utf16_charset (data, length, &skip);
  if (charset != NULL)
    {
      gsize written = 0;
      g_autofree char *text = g_convert (data + skip, length - skip, "UTF-8", charset, NULL,
                                         &written, NULL);

      if (text != NULL)
        {
          decoded->encoding = charset;
          read_unicode (decoded, text, written);
          return TRUE;
        }
      if (skip > 0)
        {
          g_set_error_literal (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_ENCODING,
                               _("The text is in UTF-16 but damaged; save it again as UTF-8 "
                                 "and import it again. Nothing was imported."));
          return FALSE;
        }
    }
  if (g_utf8_validate_len (data, length, NULL) || is_binary (data, length))
    {
      read_unicode (decoded, data, length);
      return TRUE;
    }
  return read_legacy (decoded, data, length, error);
}

void
ct_import_decoded_clear (CtImportDecoded *decoded)
{
  g_clear_pointer (&decoded->text, g_free);
  g_clear_pointer (&decoded->warnings, g_ptr_array_unref);
}

/* Puts the decoding's warnings among the reader's, in line order (the text as a whole
 * first). */
static void
merge_warnings (GPtrArray *warnings,
                GPtrArray *more)
{
  gsize n = 0;
  g_autofree CtImportWarning **stolen = (CtImportWarning **) g_ptr_array_steal (more, &n);
  guint at = 0;

  for (gsize i = 0; i < n; i++)
    {
      CtImportWarning *warning = stolen[i];

      while (at < warnings->len &&
             ((CtImportWarning *) g_ptr_array_index (warnings, at))->line <= warning->line &&
             warning->line > 0)
        at++;
      g_ptr_array_insert (warnings, at++, warning);
    }
}

/*
 * ct_import_decoded_report:
 * @data: the bytes of a file or of pasted text
 * @length: their length
 * @period: (nullable): the period the user gave (see ct_import_data_for_period())
 * @report: the report to fill (see ct_import_text_report()) and its encoding
 * @error: return location for a #CT_IMPORT_ERROR
 *
 * Decodes the bytes (ct_import_decode()) and reads the text (ct_import_text_report()).
 *
 * Returns: %FALSE with @error set when nothing could be imported
 */
gboolean
ct_import_decoded_report (const char           *data,
                          gsize                 length,
                          const CtImportPeriod *period,
                          CtImportReport       *report,
                          GError              **error)
{
  CtImportDecoded decoded;
  gboolean ok;

  ok = ct_import_decode (data, length, &decoded, error) &&
       ct_import_text_report_for_period (decoded.text, decoded.length, period, report, error);
  if (ok)
    {
      g_free (report->encoding);
      report->encoding = g_strdup (decoded.encoding);
      merge_warnings (report->warnings, decoded.warnings);
    }
  ct_import_decoded_clear (&decoded);
  return ok;
}
