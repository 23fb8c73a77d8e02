/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-import"

#include "config.h"

#include "ct-import-text-private.h"

/* The warnings every part of the text importer adds to (header, body, tail, the driver):
 * kept apart from the driver so that the parts do not depend on it. */

void
ct_import_warning_free (CtImportWarning *warning)
{
  if (warning == NULL)
    return;
  g_free (warning->message);
  g_free (warning);
}

void
ct_import_warn (CtImportContext *ctx,
                guint            line,
                const char      *format,
                ...)
{
  CtImportWarning *warning;
  va_list args;

  /* Warnings about the text as a whole (line 0) are few and always kept. */
  if (line > 0 && ctx->listed_lines >= CT_IMPORT_MAX_WARNINGS)
    {
      ctx->dropped++;
      return;
    }
  if (line > 0)
    ctx->listed_lines++;
  warning = g_new0 (CtImportWarning, 1);
  va_start (args, format);
  warning->line = line;
  warning->message = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (ctx->warnings, warning);
}

/*
 * ct_import_unrecognised:
 * @ctx: the import
 * @line: the line's 1-based number
 * @text: the line as read
 *
 * Notes a line that fits nothing: it is shown to the user as it is, never merged into
 * a neighbouring field.
 */
void
ct_import_unrecognised (CtImportContext *ctx,
                        guint            line,
                        const char      *text)
{
  CtImportWarning *note = g_new0 (CtImportWarning, 1);

  note->line = line;
  note->message = g_strdup (text);
  g_ptr_array_add (ctx->unrecognised, note);
}

/* Letters only Vietnamese uses: ă â đ ĩ ũ ơ ư and the ones with a dot or hook above. Almost
 * every line of Vietnamese has one; text in an old font copied as Unicode, or text that
 * is not Vietnamese, has none. */
static gboolean
is_vietnamese_letter (gunichar c)
{
  return c == 0x102 || c == 0x103 || c == 0x110 || c == 0x111 || c == 0x128 || c == 0x129 ||
         c == 0x168 || c == 0x169 || c == 0x1a0 || c == 0x1a1 || c == 0x1af || c == 0x1b0 ||
         (c >= 0x1ea0 && c <= 0x1ef9);
}

/*
 * ct_import_vietnamese_share:
 * @lines: (element-type CtImportLine): the non-blank lines
 * @latin1_share: (out): the share of the lines with letters that hold accented Latin-1
 *   letters and no Vietnamese one ("coâng taùc": an old font copied as Unicode)
 * @letter_lines: (out): how many lines hold a letter
 *
 * Returns: the share of the lines with letters that hold a Vietnamese letter, 0 to 1
 */
double
ct_import_vietnamese_share (GPtrArray *lines,
                            double    *latin1_share,
                            guint     *letter_lines)
{
  guint letters = 0, vietnamese = 0, latin1 = 0;

  for (guint i = 0; i < lines->len; i++)
    {
      CtImportLine *line = g_ptr_array_index (lines, i);
      gboolean letter = FALSE, vi = FALSE, accented = FALSE;

      for (const char *p = line->text; *p; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          letter |= g_unichar_isalpha (c);
          vi |= is_vietnamese_letter (c);
          accented |= c >= 0xc0 && c <= 0xff;
        }
      letters += letter;
      vietnamese += vi;
      latin1 += accented && !vi;
    }
  *letter_lines = letters;
  *latin1_share = letters > 0 ? latin1 / (double) letters : 0;
  return letters > 0 ? vietnamese / (double) letters : 0;
}

/*
 * ct_import_structure_share:
 * @ctx: the import, read
 * @lines: (element-type CtImportLine): its non-blank lines
 *
 * Returns: the share of the non-blank lines that became structure: all but the
 *   unrecognised ones, 0 to 1
 */
double
ct_import_structure_share (CtImportContext *ctx,
                           GPtrArray       *lines)
{
  if (lines->len == 0)
    return 0;
  return 1.0 - MIN (ctx->unrecognised->len, lines->len) / (double) lines->len;
}

/*
 * ct_import_confidence:
 * @ctx: the import, read
 * @lines: (element-type CtImportLine): its non-blank lines
 *
 * How sure the import is: the share of the lines that became structure, lowered when
 * fewer than half of the lines with words are Vietnamese.
 *
 * Returns: 0 to 1
 */
double
ct_import_confidence (CtImportContext *ctx,
                      GPtrArray       *lines)
{
  double latin1;
  guint letters;
  double vietnamese = ct_import_vietnamese_share (lines, &latin1, &letters);

  return ct_import_structure_share (ctx, lines) * MIN (1.0, vietnamese * 2);
}
