/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "congtac-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ct-cli.h"
#include "ct-export.h"
#include "ct-file.h"

/* The formats "export" and "import" choose from a file's extension or content. */
typedef enum
{
  FORMAT_UNKNOWN,
  FORMAT_JSON,
  FORMAT_PDF,
  FORMAT_ICS,
  FORMAT_TEXT,
  FORMAT_DOCUMENT, /* a .docx, .odt, .pdf or .doc to import (ct_import_data()) */
  FORMAT_EDITABLE, /* a .docx, .odt or .html to write (ct_export_write()) */
} Format;

static Format
format_from_extension (const char *path)
{
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *lower = g_ascii_strdown (base, -1);

  if (g_str_has_suffix (lower, ".json"))
    return FORMAT_JSON;
  if (g_str_has_suffix (lower, ".pdf"))
    return FORMAT_PDF;
  if (g_str_has_suffix (lower, ".ics"))
    return FORMAT_ICS;
  if (g_str_has_suffix (lower, ".txt"))
    return FORMAT_TEXT;
  if (ct_export_format_for_path (lower, &(CtExportFormat) { 0 }))
    return FORMAT_EDITABLE;
  return FORMAT_UNKNOWN;
}

/* Whether a line of @text, after its leading spaces, starts with "CHƯƠNG TRÌNH": the
 * title every programme's text has, whichever Unicode form the file is in. */
static gboolean
has_programme_title (const char *text,
                     gsize       length)
{
  g_autofree char *nfc = NULL;
  const char *line;

  if (!g_utf8_validate_len (text, length, NULL))
    return FALSE;
  nfc = g_utf8_normalize (text, length, G_NORMALIZE_NFC);
  for (line = nfc; line != NULL && *line != '\0';)
    {
      const char *end = strchr (line, '\n');

      while (*line == ' ' || *line == '\t')
        line++;
      if (g_str_has_prefix (line, "CHƯƠNG TRÌNH"))
        return TRUE;
      line = end != NULL ? end + 1 : NULL;
    }
  return FALSE;
}

/* What @data holds, when it says so itself: a JSON object, a calendar, a programme's
 * text. A clear sign in the content wins over the extension. */
static Format
format_from_content (const char *data,
                     gsize       length)
{
  gsize start = 0;

  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    start = 3;
  while (start < length && g_ascii_isspace (data[start]))
    start++;
  /* Zip (.docx, .odt), PDF, OLE2 (.doc): the importer tells them apart. */
  if ((length >= 4 && memcmp (data, "PK\x03\x04", 4) == 0) ||
      (length >= 5 && memcmp (data, "%PDF-", 5) == 0) ||
      (length >= 8 && memcmp (data, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8) == 0))
    return FORMAT_DOCUMENT;
  if (start < length && data[start] == '{')
    return FORMAT_JSON;
  if (length - start >= strlen ("BEGIN:VCALENDAR") &&
      g_ascii_strncasecmp (data + start, "BEGIN:VCALENDAR", strlen ("BEGIN:VCALENDAR")) == 0)
    return FORMAT_ICS;
  if (has_programme_title (data, length))
    return FORMAT_TEXT;
  return FORMAT_UNKNOWN;
}

static int
fail_with (const char *message)
{
  g_autoptr(GError) error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                                                  message);

  return ct_cli_fail (error);
}


/**
 * ct_cli_run_export:
 * @store: an open store
 * @arguments: the programme's id and the file to write
 *
 * "export ID FILE": writes the programme in the format of FILE's extension: .json as
 * "export" always did, .pdf as "export-pdf", .ics as "export-ics" (each without options),
 * .txt as "show" prints it, .docx, .odt and .html as the official document to edit. Another extension is refused before anything is written.
 *
 * Returns: an exit code
 */
int
ct_cli_run_export (CtStore  *store,
                   char    **arguments)
{
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  switch (format_from_extension (arguments[1]))
    {
    case FORMAT_JSON:
      return ct_cli_run_export_json (store, arguments);
    case FORMAT_PDF:
      return ct_cli_run_export_pdf (store, arguments);
    case FORMAT_ICS:
      return ct_cli_run_export_ics (store, arguments);
    case FORMAT_TEXT:
      /* "export ID FILE.txt": the text "show" prints, in a file. */
      return ct_cli_export_written (store, arguments, ct_cli_programme_text);
    case FORMAT_EDITABLE:
      return ct_cli_run_export_document (store, arguments);
    case FORMAT_DOCUMENT:
    case FORMAT_UNKNOWN:
    default:
      break;
    }
  name = g_filename_display_name (arguments[1]);
  /* Translators: %s is the file name given to "export"; keep the extensions. */
  message = g_strdup_printf (_("Cannot tell the format of “%s”: use .json, .pdf, .docx, "
                               ".odt, .html, .ics or .txt. Nothing was written."), name);
  return fail_with (message);
}

/* The format of the file at @path, from its content, else its extension; %FALSE with
 * @error set when it cannot be read. */
static gboolean
read_format (const char  *path,
             Format      *format,
             GError     **error)
{
  g_autoptr(GBytes) bytes = ct_file_read (path, CT_FILE_MAX_INPUT_BYTES, error);
  gsize length;
  const char *data;

  if (bytes == NULL)
    return FALSE;
  data = g_bytes_get_data (bytes, &length);
  *format = format_from_content (data != NULL ? data : "", length);
  if (*format == FORMAT_UNKNOWN)
    *format = format_from_extension (path);
  return TRUE;
}

/**
 * ct_cli_run_import:
 * @store: an open store
 * @arguments: the file's name, or a programme's id and a calendar file's name
 *
 * "import FILE": a programme file (JSON) is imported as "import" always did, a
 * programme's text as "import-text" does; both print the new programme's id.
 * "import ID FILE.ics": the calendar file's events go into programme ID as
 * "import-ics" puts them. The format is told by the content (a JSON object, a calendar,
 * a text with the title "CHƯƠNG TRÌNH"), else by the extension; a file of another
 * format is refused and nothing is saved.
 *
 * Returns: an exit code
 */
int
ct_cli_run_import (CtStore  *store,
                   char    **arguments)
{
  g_autoptr(GError) error = NULL;
  gboolean with_id = arguments[1] != NULL;
  const char *path = with_id ? arguments[1] : arguments[0];
  g_autofree char *name = g_filename_display_name (path);
  g_autofree char *message = NULL;
  Format format;

  if (!read_format (path, &format, &error))
    return ct_cli_fail (error);
  if (format == FORMAT_ICS && with_id)
    return ct_cli_run_import_ics (store, arguments);
  if (format == FORMAT_ICS)
    /* Translators: %s is a calendar file's name; keep “import ID FILE”. */
    message = g_strdup_printf (_("“%s” is a calendar file: its events go into a programme "
                                 "that exists. Give the programme's id: import ID FILE. "
                                 "Nothing was imported."), name);
  else if (format == FORMAT_UNKNOWN || format == FORMAT_PDF)
    /* Translators: %s is the file name given to "import"; keep the extensions. */
    message = g_strdup_printf (_("Cannot tell the format of “%s”: use a programme file "
                                 "(.json), a programme's text (.txt) or a calendar file "
                                 "(.ics). Nothing was imported."), name);
  else if (with_id)
    /* Translators: %s is a file name; keep “import FILE”. */
    message = g_strdup_printf (_("“%s” is a whole programme, not a calendar file: import it "
                                 "as a new programme with import FILE, without an id. "
                                 "Nothing was imported."), name);
  else if (format == FORMAT_JSON)
    return ct_cli_run_import_json (store, arguments);
  else
    return ct_cli_run_import_text (store, arguments);
  return fail_with (message);
}
