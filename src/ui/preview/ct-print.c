/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-print"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ct-print.h"

#include "ct-format.h"
#include "ct-renderer.h"
#include "ct-settings.h"
#include "ct-week-renderer.h"

/* Printing through GtkPrintOperation with the shared renderer: the dialog's printers and
 * its "Print to File" (PDF) get the very pages of the preview and of congtac-cli
 * export-pdf. The settings used last (printer, copies, output file…) are kept in a key
 * file in the user's config folder; the font family is the "print-font" setting. */

#define SETTINGS_GROUP "Print Settings"

/* What a running operation needs to report its failure: where, and whether it did. */
typedef struct
{
  GtkWindow *parent;   /* (nullable) (owned) */
  gboolean error_shown;
} PrintJob;

static GQuark
print_job_quark (void)
{
  return g_quark_from_static_string ("ct-print-job");
}

static void
print_job_free (gpointer data)
{
  PrintJob *job = data;

  g_clear_object (&job->parent);
  g_free (job);
}

static PrintJob *
print_job_get (GtkPrintOperation *operation)
{
  PrintJob *job = g_object_get_qdata (G_OBJECT (operation), print_job_quark ());

  if (job == NULL)
    {
      job = g_new0 (PrintJob, 1);
      g_object_set_qdata_full (G_OBJECT (operation), print_job_quark (), job, print_job_free);
    }
  return job;
}

static gboolean
end_preview_cb (gpointer data)
{
  gtk_print_operation_preview_end_preview (data);
  return G_SOURCE_REMOVE;
}

/* The dialog's "Preview" button would launch an external viewer (not installed on most
 * desktops); the in-app preview already shows these pages, so the request just ends. */
static gboolean
preview_cb (GtkPrintOperation        *operation,
            GtkPrintOperationPreview *preview,
            GtkPrintContext          *context,
            GtkWindow                *parent,
            gpointer                  user_data)
{
  g_idle_add_full (G_PRIORITY_DEFAULT, end_preview_cb, g_object_ref (preview), g_object_unref);
  return TRUE;
}

/* Draws a page in points from the paper's corner. On another paper than A4 (chosen in the
 * dialog) the A4 page is scaled down to fit rather than cut. */
static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              CtRenderer        *renderer)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  GtkPrintSettings *settings = gtk_print_operation_get_print_settings (operation);
  double scale = MIN (gtk_print_context_get_width (context) / CT_RENDERER_PAGE_WIDTH,
                      gtk_print_context_get_height (context) / CT_RENDERER_PAGE_HEIGHT);

  /* Printed on both sides (chosen in the dialog), back pages get mirrored margins. */
  ct_renderer_set_two_sided (renderer, settings != NULL &&
                             gtk_print_settings_get_duplex (settings) != GTK_PRINT_DUPLEX_SIMPLEX);
  cairo_save (cr);
  if (scale < 0.999)
    cairo_scale (cr, scale, scale);
  ct_renderer_draw_page (renderer, cr, (guint) page);
  cairo_restore (cr);
}

/* A page of the weekly schedule: A4 landscape, scaled down to fit another paper. */
static void
draw_week_page_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   int                page,
                   CtWeekRenderer    *renderer)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double scale = MIN (gtk_print_context_get_width (context) / CT_WEEK_RENDERER_PAGE_WIDTH,
                      gtk_print_context_get_height (context) / CT_WEEK_RENDERER_PAGE_HEIGHT);

  cairo_save (cr);
  if (scale < 0.999)
    cairo_scale (cr, scale, scale);
  ct_week_renderer_draw_page (renderer, cr, (guint) page);
  cairo_restore (cr);
}

/* Reports a failed print once, whether "done" or the run itself tells first. */
static void
show_error (GtkPrintOperation *operation,
            const GError      *error)
{
  PrintJob *job = print_job_get (operation);
  GtkWidget *dialog;

  if (job->error_shown)
    return;
  job->error_shown = TRUE;
  dialog = adw_message_dialog_new (job->parent, _("Could not print"),
                                   error ? error->message : NULL);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
done_cb (GtkPrintOperation       *operation,
         GtkPrintOperationResult  result,
         gpointer                 user_data)
{
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      show_error (operation, error);
      return;
    }
  if (result == GTK_PRINT_OPERATION_RESULT_APPLY &&
      !ct_print_save_settings (gtk_print_operation_get_print_settings (operation), &error))
    g_warning ("%s", error->message);
}

static GKeyFile *
load_key_file (void)
{
  g_autofree char *path = ct_print_get_settings_path ();
  GKeyFile *key_file = g_key_file_new ();

  g_key_file_load_from_file (key_file, path, G_KEY_FILE_KEEP_COMMENTS, NULL);
  return key_file;
}

/* "Chương trình công tác tháng 12 năm 2026.pdf" in the Documents folder. */
static char *
default_output_uri (const CtProgramme *programme)
{
  g_autofree char *name = ct_programme_dup_file_name (programme, ".pdf");
  const char *folder = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  g_autofree char *path = g_build_filename (folder ? folder : g_get_home_dir (), name, NULL);

  return g_filename_to_uri (path, NULL, NULL);
}

/**
 * ct_print_page_setup_new:
 *
 * Returns: (transfer full): A4 portrait, whatever the locale: GTK's default paper under
 *   en_US is US Letter, and both rulebooks require A4 (36-HD/VPTW; NĐ 30/2020)
 */
GtkPageSetup *
ct_print_page_setup_new (void)
{
  GtkPageSetup *setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_PORTRAIT);
  return setup;
}

/**
 * ct_print_get_settings_path:
 *
 * Returns: (transfer full): the key file of the print settings,
 *   `$XDG_CONFIG_HOME/congtac/print.ini`
 */
char *
ct_print_get_settings_path (void)
{
  return g_build_filename (g_get_user_config_dir (), PACKAGE_NAME, "print.ini", NULL);
}

/**
 * ct_print_load_settings:
 *
 * Returns: (transfer full): the print settings used last, or new ones when there are none
 *   or the file cannot be read
 */
GtkPrintSettings *
ct_print_load_settings (void)
{
  g_autoptr(GKeyFile) key_file = load_key_file ();
  GtkPrintSettings *settings;

  settings = gtk_print_settings_new_from_key_file (key_file, SETTINGS_GROUP, NULL);
  return settings != NULL ? settings : gtk_print_settings_new ();
}

/**
 * ct_print_save_settings:
 * @settings: the settings of a finished print
 * @error: return location for a #G_FILE_ERROR
 *
 * Keeps @settings for the next print; other groups of the file stay as they are.
 *
 * Returns: %TRUE on success
 */
gboolean
ct_print_save_settings (GtkPrintSettings  *settings,
                        GError           **error)
{
  g_autoptr(GKeyFile) key_file = load_key_file ();
  g_autofree char *path = ct_print_get_settings_path ();
  g_autofree char *folder = g_path_get_dirname (path);

  g_return_val_if_fail (GTK_IS_PRINT_SETTINGS (settings), FALSE);

  g_key_file_remove_group (key_file, SETTINGS_GROUP, NULL);
  gtk_print_settings_to_key_file (settings, key_file, SETTINGS_GROUP);
  g_mkdir_with_parents (folder, 0700);
  return g_key_file_save_to_file (key_file, path, error);
}

/**
 * ct_print_dup_settings_font:
 * @settings: (nullable): settings from ct_settings_new()
 *
 * Returns: (transfer full): the family the document is set in: the "print-font" setting
 *   when the user has chosen one, else ct_renderer_get_default_font() (Times New Roman
 *   when installed, else Liberation Serif)
 */
char *
ct_print_dup_settings_font (GSettings *settings)
{
  g_autoptr(GVariant) chosen = NULL;

  if (settings != NULL)
    chosen = g_settings_get_user_value (settings, CT_SETTINGS_KEY_PRINT_FONT);
  if (chosen == NULL)
    return g_strdup (ct_renderer_get_default_font ());
  return ct_settings_dup_print_font (settings);
}

/**
 * ct_print_dup_font_description:
 * @settings: (nullable): settings from ct_settings_new()
 *
 * Returns: (transfer full): the family the document is set in, for the Preferences window,
 *   saying why when Liberation Serif stands in for Times New Roman
 */
char *
ct_print_dup_font_description (GSettings *settings)
{
  g_autofree char *family = ct_print_dup_settings_font (settings);
  g_autoptr(GVariant) chosen = settings ? g_settings_get_user_value (settings,
                                                                     CT_SETTINGS_KEY_PRINT_FONT)
                                        : NULL;

  if (chosen == NULL && g_strcmp0 (family, CT_RENDERER_DEFAULT_FONT) == 0)
    return g_strdup (_("Liberation Serif (Times New Roman is not installed; same metrics)"));
  return g_steal_pointer (&family);
}

/**
 * ct_print_dup_font_family:
 *
 * Returns: (transfer full): ct_print_dup_settings_font() of this user's settings
 */
char *
ct_print_dup_font_family (void)
{
  g_autoptr(GSettings) settings = ct_settings_new ();

  return ct_print_dup_settings_font (settings);
}

/**
 * ct_print_operation_new:
 * @programme: the programme to print; copied
 * @font_family: (nullable): the font family, %NULL for the default
 *
 * A print operation drawing the renderer's pages, A4 by default, in points from the
 * paper's corner, with the settings used last (copies, printer, output file) and
 * "Print to File" set to a PDF in the Documents folder unless chosen before. Settings are
 * saved when the operation ends with a print.
 *
 * Returns: (transfer full): the operation, ready to run
 */
GtkPrintOperation *
ct_print_operation_new (const CtProgramme *programme,
                        const char        *font_family)
{
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = ct_print_page_setup_new ();
  g_autoptr(GtkPrintSettings) settings = ct_print_load_settings ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  g_autofree char *subtitle = ct_programme_dup_subtitle (programme);
  g_autofree char *job = g_strdup_printf ("Chương trình %s", subtitle);
  CtRenderer *renderer;

  g_return_val_if_fail (programme != NULL, NULL);

  gtk_print_settings_set_paper_size (settings, a4);
  gtk_print_settings_set_orientation (settings, GTK_PAGE_ORIENTATION_PORTRAIT);
  if (gtk_print_settings_get (settings, GTK_PRINT_SETTINGS_OUTPUT_URI) == NULL)
    {
      g_autofree char *uri = default_output_uri (programme);

      gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_URI, uri);
      gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_FILE_FORMAT, "pdf");
    }

  renderer = ct_renderer_new (programme, font_family);
  gtk_print_operation_set_n_pages (operation, (int) ct_renderer_paginate (renderer));
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_print_settings (operation, settings);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, job);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect_data (operation, "draw-page", G_CALLBACK (draw_page_cb), renderer,
                         (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  g_signal_connect (operation, "preview", G_CALLBACK (preview_cb), NULL);
  g_signal_connect (operation, "done", G_CALLBACK (done_cb), NULL);
  return g_steal_pointer (&operation);
}

/**
 * ct_print_run:
 * @programme: the programme to print
 * @parent: (nullable): the window the dialog belongs to
 * @current_page: the 0-based page shown in the preview, offered as "Current Page" by the
 *   dialog; -1 for none
 *
 * Shows the print dialog for @programme, set in the configured font family, and prints
 * without blocking. Errors are reported by the dialog; the settings are kept afterwards.
 */
void
ct_print_run (const CtProgramme *programme,
              GtkWindow         *parent,
              int                current_page)
{
  g_autofree char *family = ct_print_dup_font_family ();
  g_autoptr(GtkPrintOperation) operation = ct_print_operation_new (programme, family);
  g_autoptr(GError) error = NULL;

  gtk_print_operation_set_allow_async (operation, TRUE);
  gtk_print_operation_set_current_page (operation, current_page);
  g_set_object (&print_job_get (operation)->parent, parent);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent,
                               &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    show_error (operation, error);
}

/**
 * ct_print_week_operation_new:
 * @week: the weekly schedule
 * @issuer: the programme heading it (the month's), as for ct_week_renderer_new()
 * @font_family: (nullable): the font family, %NULL for the default
 *
 * A print operation drawing the pages of the weekly schedule's PDF (ct_week_renderer_*),
 * A4 landscape, with the settings used last and "Print to File" set to
 * "lich-tuan-2023-W39.pdf" in the Documents folder. Settings are saved when the
 * operation ends with a print.
 *
 * Returns: (transfer full): the operation, ready to run
 */
GtkPrintOperation *
ct_print_week_operation_new (const CtWeek      *week,
                             const CtProgramme *issuer,
                             const char        *font_family)
{
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = ct_print_page_setup_new ();
  g_autoptr(GtkPrintSettings) settings = ct_print_load_settings ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  g_autofree char *job = NULL, *name = NULL, *path = NULL, *uri = NULL;
  const char *folder = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  CtWeekRenderer *renderer;

  g_return_val_if_fail (week != NULL && issuer != NULL, NULL);

  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  gtk_print_settings_set_paper_size (settings, a4);
  gtk_print_settings_set_orientation (settings, GTK_PAGE_ORIENTATION_LANDSCAPE);
  /* The file of the month's print is not this week's. */
  name = g_strdup_printf ("lich-tuan-%d-W%02d.pdf", week->iso_year, week->week);
  path = g_build_filename (folder ? folder : g_get_home_dir (), name, NULL);
  uri = g_filename_to_uri (path, NULL, NULL);
  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_URI, uri);
  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_FILE_FORMAT, "pdf");

  renderer = ct_week_renderer_new (week, issuer, font_family);
  job = g_strdup_printf ("Lịch công tác tuần %d năm %d", week->week, week->iso_year);
  gtk_print_operation_set_n_pages (operation, (int) ct_week_renderer_get_n_pages (renderer));
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_print_settings (operation, settings);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, job);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect_data (operation, "draw-page", G_CALLBACK (draw_week_page_cb), renderer,
                         (GClosureNotify) (void (*) (void)) ct_week_renderer_free, 0);
  g_signal_connect (operation, "preview", G_CALLBACK (preview_cb), NULL);
  g_signal_connect (operation, "done", G_CALLBACK (done_cb), NULL);
  return g_steal_pointer (&operation);
}

/**
 * ct_print_week_run:
 * @week: the weekly schedule
 * @issuer: the programme heading it
 * @parent: (nullable): the window the dialog belongs to
 *
 * Shows the print dialog for the weekly schedule and prints without blocking.
 */
void
ct_print_week_run (const CtWeek      *week,
                   const CtProgramme *issuer,
                   GtkWindow         *parent)
{
  g_autofree char *family = ct_print_dup_font_family ();
  g_autoptr(GtkPrintOperation) operation = ct_print_week_operation_new (week, issuer, family);
  g_autoptr(GError) error = NULL;

  gtk_print_operation_set_allow_async (operation, TRUE);
  g_set_object (&print_job_get (operation)->parent, parent);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent,
                               &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    show_error (operation, error);
}
