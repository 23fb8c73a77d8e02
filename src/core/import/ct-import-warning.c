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

/*
 * ct_import_confidence:
 * @ctx: the import, read
 * @lines: (element-type CtImportLine): its non-blank lines
 *
 * Returns: the share of the non-blank lines that became structure: all but the
 *   unrecognised ones, 0 to 1
 */
double
ct_import_confidence (CtImportContext *ctx,
                      GPtrArray       *lines)
{
  if (lines->len == 0)
    return 0;
  return 1.0 - MIN (ctx->unrecognised->len, lines->len) / (double) lines->len;
}
