/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-import"

#include "config.h"

#include "ct-import-files-private.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "ct-text.h"

/* Word 97–2003 files (.doc) are read by antiword, when it is installed: no library reads
 * them, and a converter run as a separate program cannot harm the app if a file makes it
 * misbehave. Its output and its time are bounded. Without antiword the clerk is told how
 * to convert the file. */

#define ANTIWORD_SECONDS 20

typedef struct
{
  GSubprocess *process;
  GInputStream *stdout_pipe;
  GByteArray *output;
  gboolean done;
  gboolean too_large;
  gboolean timed_out;
} Run;

static void read_more (Run *run);

static void
read_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  Run *run = user_data;
  g_autoptr(GBytes) bytes = g_input_stream_read_bytes_finish (G_INPUT_STREAM (source),
                                                              result, NULL);

  if (bytes == NULL || g_bytes_get_size (bytes) == 0)
    {
      run->done = TRUE;
      return;
    }
  g_byte_array_append (run->output, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  if (run->output->len > CT_IMPORT_MAX_BYTES)
    {
      run->too_large = TRUE;
      run->done = TRUE;
      return;
    }
  read_more (run);
}

static void
read_more (Run *run)
{
  g_input_stream_read_bytes_async (run->stdout_pipe, 65536, G_PRIORITY_DEFAULT, NULL,
                                   read_cb, run);
}

static gboolean
timeout_cb (gpointer user_data)
{
  Run *run = user_data;

  run->timed_out = TRUE;
  run->done = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs antiword on @path in a main context of its own; the output, or %NULL. */
static GByteArray *
run_antiword (const char  *program,
              const char  *path,
              Run         *run)
{
  g_autoptr(GMainContext) context = g_main_context_new ();
  g_autoptr(GSource) timeout = g_timeout_source_new_seconds (ANTIWORD_SECONDS);
  const char *argv[] = { program, "-m", "UTF-8.txt", "-w", "0", path, NULL };

  g_main_context_push_thread_default (context);
  run->process = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                    G_SUBPROCESS_FLAGS_STDERR_SILENCE, NULL);
  if (run->process != NULL)
    {
      run->stdout_pipe = g_subprocess_get_stdout_pipe (run->process);
      run->output = g_byte_array_new ();
      g_source_set_callback (timeout, timeout_cb, run, NULL);
      g_source_attach (timeout, context);
      read_more (run);
      while (!run->done)
        g_main_context_iteration (context, TRUE);
      g_source_destroy (timeout);
      if (run->too_large || run->timed_out)
        g_subprocess_force_exit (run->process);
      g_subprocess_wait (run->process, NULL, NULL);
    }
  g_main_context_pop_thread_default (context);
  return run->output;
}

static void
set_needs_conversion (GError **error)
{
  g_set_error_literal (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_UNSUPPORTED,
                       _("This is an old Word document (.doc), which Congtac reads only "
                         "when the program antiword is installed. Save it as .docx in Word "
                         "or LibreOffice, then import that. Nothing was imported."));
}

/* antiword draws a table row as "|cell   |cell   |": its cells are joined by tabs. */
static char *
table_rows (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      gsize n = strlen (lines[i]);

      if (n >= 2 && lines[i][0] == '|' && lines[i][n - 1] == '|')
        {
          g_auto(GStrv) cells = NULL;
          gsize end;

          lines[i][n - 1] = '\0';
          cells = g_strsplit (lines[i] + 1, "|", -1);
          for (guint c = 0; cells[c] != NULL; c++)
            g_strstrip (cells[c]);
          g_free (lines[i]);
          lines[i] = g_strjoinv ("\t", cells);
          end = strlen (lines[i]);
          while (end > 0 && lines[i][end - 1] == '\t')
            lines[i][--end] = '\0';
          if (end == 0)
            continue;
        }
      g_string_append (out, lines[i]);
      if (lines[i + 1] != NULL)
        g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}

static char *
finish (Run      *run,
        GError  **error)
{
  g_autoptr(GByteArray) output = run->output;
  gboolean ok = run->process != NULL && !run->timed_out && !run->too_large &&
                g_subprocess_get_if_exited (run->process) &&
                g_subprocess_get_exit_status (run->process) == 0;

  g_clear_object (&run->process);
  if (run->too_large)
    ct_import_set_too_large (error);
  else if (!ok || !g_utf8_validate ((const char *) output->data, output->len, NULL))
    ct_import_set_damaged (error, _("an old Word document (.doc)"));
  else
    {
      g_autofree char *text = g_strndup ((const char *) output->data, output->len);
      g_autofree char *rows = table_rows (text);

      return ct_text_normalize (rows);
    }
  return NULL;
}

/**
 * ct_import_doc_text:
 * @data: a Word 97–2003 document's bytes
 * @length: their length
 * @error: return location for a #CT_IMPORT_ERROR
 *
 * Returns: (transfer full) (nullable): the document's text through antiword, or %NULL
 *   with @error set: antiword is not installed, fails or takes too long
 */
char *
ct_import_doc_text (const char  *data,
                    gsize        length,
                    GError     **error)
{
  g_autofree char *program = g_find_program_in_path ("antiword");
  g_autofree char *path = NULL;
  g_autoptr(GError) local = NULL;
  Run run = { 0 };
  int fd;

  if (program == NULL)
    {
      set_needs_conversion (error);
      return NULL;
    }
  /* GLib names the file in the temporary folder; antiword reads it by content. */
  fd = g_file_open_tmp (NULL, &path, &local);
  if (fd < 0)
    {
      g_set_error_literal (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_IO, local->message);
      return NULL;
    }
  g_close (fd, NULL);
  if (!g_file_set_contents (path, data, length, &local))
    {
      g_unlink (path);
      g_set_error_literal (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_IO, local->message);
      return NULL;
    }
  run_antiword (program, path, &run);
  g_unlink (path);
  if (run.output == NULL)
    {
      set_needs_conversion (error);
      return NULL;
    }
  return finish (&run, error);
}
