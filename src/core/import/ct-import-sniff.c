/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-import"

#include "config.h"

#include "ct-import-text-private.h"

#include <glib/gi18n-lib.h>
#include <string.h>

/* What bytes are before they are read as text: files of other programs (RTF, PDF, Word,
 * zip) given as text, and binary data. */

gboolean
ct_import_has_prefix (const char *data,
                      gsize       length,
                      const char *prefix,
                      gsize       prefix_length)
{
  return length >= prefix_length && memcmp (data, prefix, prefix_length) == 0;
}

/* Files that are not text, whose reader (if any) could not read them: the clerk is told
 * what the file is and how to make it readable. */
gboolean
ct_import_check_format (const char  *data,
                        gsize        length,
                        GError     **error)
{
  const char *message = NULL;

  if (CT_IMPORT_HAS_PREFIX (data, length, "{\\rtf"))
    message = _("This is an RTF file; open it in Word or LibreOffice and save it as .docx or "
                "as text. Nothing was imported.");
  else if (CT_IMPORT_HAS_PREFIX (data, length, "%PDF-"))
    message = _("This is a PDF file whose text could not be read (it may be a scanned "
                "image). Import the Word file it was made from, or copy the text from the "
                "PDF and paste it. Nothing was imported.");
  else if (CT_IMPORT_HAS_PREFIX (data, length, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"))
    message = _("This is an old Word document (.doc) that could not be read; open it in "
                "Word or LibreOffice and save it as .docx or as text. Nothing was imported.");
  else if (CT_IMPORT_HAS_PREFIX (data, length, "PK\x03\x04"))
    message = _("This is a Word or OpenDocument file (or another compressed file) that "
                "could not be read; it may be damaged. Open it in Word or LibreOffice and "
                "save it again as .docx or as text. Nothing was imported.");
  if (message == NULL)
    return TRUE;
  g_set_error_literal (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_BINARY, message);
  return FALSE;
}

/* The same test as the text reader's: NUL bytes, or many control characters. */
gboolean
ct_import_is_binary (const char *data,
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

