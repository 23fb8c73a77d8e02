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
  { 0xf9, 0xd9, CT_IMPORT_MARK_ACUTE, CT_IMPORT_MARK_ACUTE }, { 0xf8, 0xd8, CT_IMPORT_MARK_GRAVE, CT_IMPORT_MARK_GRAVE }, { 0xfb, 0xdb, CT_IMPORT_MARK_HOOK, CT_IMPORT_MARK_HOOK },
  { 0xf5, 0xd5, CT_IMPORT_MARK_TILDE, CT_IMPORT_MARK_TILDE }, { 0xef, 0xcf, CT_IMPORT_MARK_DOT, CT_IMPORT_MARK_DOT },
  { 0xe2, 0xc2, CT_IMPORT_MARK_CIRC, CT_IMPORT_MARK_CIRC }, { 0xe1, 0xc1, CT_IMPORT_MARK_CIRC CT_IMPORT_MARK_ACUTE, CT_IMPORT_MARK_CIRC CT_IMPORT_MARK_ACUTE },
  { 0xe0, 0xc0, CT_IMPORT_MARK_CIRC CT_IMPORT_MARK_GRAVE, CT_IMPORT_MARK_CIRC CT_IMPORT_MARK_GRAVE }, { 0xe5, 0xc5, CT_IMPORT_MARK_CIRC CT_IMPORT_MARK_HOOK, CT_IMPORT_MARK_CIRC CT_IMPORT_MARK_HOOK },
  { 0xe3, 0xc3, CT_IMPORT_MARK_CIRC CT_IMPORT_MARK_TILDE, CT_IMPORT_MARK_CIRC CT_IMPORT_MARK_TILDE }, { 0xe4, 0xc4, CT_IMPORT_MARK_CIRC CT_IMPORT_MARK_DOT, CT_IMPORT_MARK_CIRC CT_IMPORT_MARK_DOT },
  { 0xea, 0xca, CT_IMPORT_MARK_BREVE, CT_IMPORT_MARK_BREVE }, { 0xe9, 0xc9, CT_IMPORT_MARK_BREVE CT_IMPORT_MARK_ACUTE, CT_IMPORT_MARK_BREVE CT_IMPORT_MARK_ACUTE },
  { 0xe8, 0xc8, CT_IMPORT_MARK_BREVE CT_IMPORT_MARK_GRAVE, CT_IMPORT_MARK_BREVE CT_IMPORT_MARK_GRAVE }, { 0xfa, 0xda, CT_IMPORT_MARK_BREVE CT_IMPORT_MARK_HOOK, CT_IMPORT_MARK_BREVE CT_IMPORT_MARK_HOOK },
  { 0xfc, 0xdc, CT_IMPORT_MARK_BREVE CT_IMPORT_MARK_TILDE, CT_IMPORT_MARK_BREVE CT_IMPORT_MARK_TILDE }, { 0xeb, 0xcb, CT_IMPORT_MARK_BREVE CT_IMPORT_MARK_DOT, CT_IMPORT_MARK_BREVE CT_IMPORT_MARK_DOT },
};

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


/* UTF-16 by its byte-order mark, or without one by the NUL bytes every other byte of
 * text that is mostly ASCII has; @skip is the mark's length. */
static const char *
utf16_charset (const char *data,
               gsize       length,
               gsize      *skip)
{
  gsize pairs = MIN (length, CT_IMPORT_SAMPLE_BYTES) / 2, le = 0, be = 0;

  *skip = 0;
  if (CT_IMPORT_HAS_PREFIX (data, length, "\xff\xfe") || CT_IMPORT_HAS_PREFIX (data, length, "\xfe\xff"))
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
             CtImportScore      *score)
{
  memset (score, 0, sizeof *score);
  if (!is_legacy_candidate (line, len))
    return FALSE;
  ct_import_score_text (line, len, score);
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
  CtImportScore scores[N_LEGACY] = { { 0 } };
  guint non_ascii = 0, unicode = 0, candidates = 0, bad = 0;

  for (const char *p = text; *p && p - text < CT_IMPORT_SAMPLE_BYTES;)
    {
      gsize n = strcspn (p, "\r\n");
      CtImportScore before;

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
              ct_import_score_text (converted, -1, &scores[l]);
          }
      p = next_line (p + n);
    }
  if (bad == 0)
    return FALSE;
  if (ct_import_score_ahead (&scores[LEGACY_TCVN3], &scores[LEGACY_VNI]))
    *legacy = LEGACY_TCVN3;
  else if (ct_import_score_ahead (&scores[LEGACY_VNI], &scores[LEGACY_TCVN3]))
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
  CtImportScore before, after = { 0 };
  g_autofree char *converted = NULL;

  if (!reads_badly (line, len, &before) && (!whole || !is_legacy_candidate (line, len)))
    return NULL;
  converted = decode_legacy (legacy, line, len, TRUE);
  if (converted == NULL)
    return NULL;
  ct_import_score_text (converted, -1, &after);
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

  if (ct_import_is_ascii (text) || !choose_line_legacy (text, &legacy, &whole))
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
  if (ct_import_is_ascii (nfc) && ct_import_looks_viqr (nfc))
    {
      decoded->text = ct_import_decode_viqr (nfc, strlen (nfc));
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
  const char *p = data, *end = data + MIN (length, CT_IMPORT_SAMPLE_BYTES), *first_bad = NULL;
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
                     const CtImportScore  *scores,
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
      if (ct_import_score_fits (&scores[l]))
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
  gsize sample = MIN (length, CT_IMPORT_SAMPLE_BYTES);
  CtImportScore scores[N_LEGACY] = { { 0 } };
  char *texts[N_LEGACY] = { NULL };
  Legacy best = LEGACY_WINDOWS_1258;
  gboolean ahead = TRUE;

  for (Legacy l = 0; l < N_LEGACY; l++)
    {
      if (legacy_available (l))
        texts[l] = decode_legacy (l, data, sample, FALSE);
      if (texts[l] != NULL)
        ct_import_score_text (texts[l], -1, &scores[l]);
      if (ct_import_score_ratio (&scores[l]) > ct_import_score_ratio (&scores[best]) ||
          (ct_import_score_ratio (&scores[l]) == ct_import_score_ratio (&scores[best]) &&
           scores[l].good > scores[best].good))
        best = l;
    }
  for (Legacy l = 0; l < N_LEGACY; l++)
    if (l != best && !ct_import_score_ahead (&scores[best], &scores[l]))
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
  if (CT_IMPORT_HAS_PREFIX (data, length, "\xef\xbb\xbf"))
    {
      data += 3;
      length -= 3;
    }
  if (!ct_import_check_format (data, length, error))
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
  if (g_utf8_validate_len (data, length, NULL) || ct_import_is_binary (data, length))
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
