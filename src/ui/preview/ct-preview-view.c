/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-preview"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ct-preview-view-private.h"

#include "ct-preview-export.h"
#include "ct-preview-page.h"
#include "ct-print.h"
#include "ct-settings.h"

/**
 * CtPreviewView:
 *
 * The "Xem trước" page: the programme's pages as they print, drawn by the shared
 * #CtRenderer, with page navigation, zoom, "Export PDF…" (its menu exports an editable
 * Word, OpenDocument or web page document, see ct-preview-export.c) and "Print…".
 *
 * Layout runs in a worker thread on a copy of the programme, so typing in the editor never
 * waits for it; edits in place are gathered for a moment before a new layout starts, and
 * the previous pages stay on screen until the new ones are ready. Given a session
 * (ct_preview_view_set_session()), the view follows its programme by itself.
 *
 * Actions: preview.previous-page, preview.next-page, preview.read-up, preview.read-down
 * (Page Up/Down: up or down the page shown, then to the page before or after), preview.zoom-in
 * (Ctrl++), preview.zoom-out (Ctrl+-), preview.zoom-fit (Ctrl+0), preview.export-pdf,
 * preview.export-document (s: "docx", "odt" or "html", the format offered first),
 * preview.print.
 */

G_DEFINE_FINAL_TYPE (CtPreviewView, ct_preview_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_N_PAGES,
  PROP_PAGE,
  PROP_ZOOM,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Milliseconds of quiet after an edit before a new layout starts. */
#define EDIT_DELAY 250

static void start_layout (CtPreviewView *self);

static void
update_controls (CtPreviewView *self)
{
  const guint n_steps = G_N_ELEMENTS (ct_preview_zoom_steps);
  guint n_pages = ct_preview_view_get_n_pages (self);
  g_autofree char *page_text = NULL;
  g_autofree char *zoom_text = NULL;

  if (n_pages > 0)
    /* Translators: the page shown and the number of pages of the preview, e.g. "Page 2 of 3". */
    page_text = g_strdup_printf (_("Page %1$u of %2$u"), self->page + 1, n_pages);
  gtk_label_set_text (self->page_label, page_text ? page_text : "");

  if (self->zoom > 0)
    /* Translators: the preview's zoom level; %u is a percentage, %% the percent sign. */
    zoom_text = g_strdup_printf (_("%u%%"), (guint) (self->zoom * 100 + 0.5));
  gtk_label_set_text (self->zoom_label, zoom_text ? zoom_text : _("Fit Width"));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.previous-page", self->page > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.next-page",
                                 self->page + 1 < n_pages);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.zoom-in",
                                 self->zoom < ct_preview_zoom_steps[n_steps - 1]);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.zoom-out",
                                 self->zoom == 0 || self->zoom > ct_preview_zoom_steps[0]);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.print", self->programme != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.export-pdf",
                                 self->programme != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.export-document",
                                 self->programme != NULL);
}

static void
check_font (CtPreviewView *self)
{
  g_autoptr(GError) error = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->font_warning),
                          !ct_renderer_check_font (self->font_family, &error));
  gtk_label_set_text (self->font_warning, error ? error->message : "");
}

static void
layout_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ct_renderer_paginate (task_data);
  g_task_return_boolean (task, TRUE);
}

static void
layout_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  CtPreviewView *self = CT_PREVIEW_VIEW (source);
  guint generation = GPOINTER_TO_UINT (user_data);
  guint n_pages;

  g_task_propagate_boolean (G_TASK (result), NULL);
  self->pending_layouts--;
  if (self->pending_layouts == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
  /* A newer layout is on its way, or the view is gone. */
  if (generation != self->generation || self->page_view == NULL)
    return;

  g_set_object (&self->renderer, g_task_get_task_data (G_TASK (result)));
  n_pages = ct_renderer_get_n_pages (self->renderer);
  if (self->page >= n_pages)
    {
      self->page = n_pages - 1;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
    }
  ct_preview_page_set_renderer (self->page_view, self->renderer);
  ct_preview_page_set_page (self->page_view, self->page);
  update_controls (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PAGES]);
}

static void
start_layout (CtPreviewView *self)
{
  g_autoptr(GTask) task = NULL;

  g_clear_handle_id (&self->update_id, g_source_remove);
  self->dirty = FALSE;
  self->generation++;
  if (self->programme == NULL)
    {
      g_clear_object (&self->renderer);
      self->page = 0;
      ct_preview_page_set_renderer (self->page_view, NULL);
      update_controls (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PAGES]);
      return;
    }
  task = g_task_new (self, NULL, layout_done_cb, GUINT_TO_POINTER (self->generation));
  g_task_set_source_tag (task, start_layout);
  g_task_set_task_data (task, ct_renderer_new (self->programme, self->font_family),
                        g_object_unref);
  if (self->pending_layouts++ == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
  g_task_run_in_thread (task, layout_thread);
}

static gboolean
update_timeout_cb (gpointer data)
{
  CtPreviewView *self = data;

  self->update_id = 0;
  start_layout (self);
  return G_SOURCE_REMOVE;
}

/* Lays out now, after the edit delay, or when the view is next shown. */
static void
schedule_layout (CtPreviewView *self,
                 gboolean       now)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      g_clear_handle_id (&self->update_id, g_source_remove);
      self->dirty = TRUE;
      return;
    }
  if (now)
    start_layout (self);
  else if (self->update_id == 0)
    self->update_id = g_timeout_add (EDIT_DELAY, update_timeout_cb, self);
}

static void
session_changed_cb (CtPreviewView *self,
                    gboolean       replaced)
{
  CtProgramme *programme = self->session ? ct_session_get_programme (self->session) : NULL;

  g_clear_pointer (&self->programme, ct_programme_unref);
  if (programme != NULL)
    self->programme = ct_programme_copy (programme);
  if (replaced)
    self->page = 0;
  schedule_layout (self, replaced);
}

static void
print_font_changed_cb (CtPreviewView *self)
{
  g_autofree char *family = ct_print_dup_settings_font (self->settings);

  ct_preview_view_set_font_family (self, family);
}

static void
ct_preview_view_map (GtkWidget *widget)
{
  CtPreviewView *self = CT_PREVIEW_VIEW (widget);

  GTK_WIDGET_CLASS (ct_preview_view_parent_class)->map (widget);
  if (self->dirty)
    start_layout (self);
}

static void
ct_preview_view_dispose (GObject *object)
{
  CtPreviewView *self = CT_PREVIEW_VIEW (object);

  g_clear_handle_id (&self->update_id, g_source_remove);
  if (self->session != NULL)
    g_clear_signal_handler (&self->programme_changed_id, self->session);
  g_clear_object (&self->session);
  g_clear_object (&self->settings);
  gtk_widget_dispose_template (GTK_WIDGET (self), CT_TYPE_PREVIEW_VIEW);
  self->page_view = NULL;
  g_clear_object (&self->renderer);

  G_OBJECT_CLASS (ct_preview_view_parent_class)->dispose (object);
}

static void
ct_preview_view_finalize (GObject *object)
{
  CtPreviewView *self = CT_PREVIEW_VIEW (object);

  g_clear_pointer (&self->programme, ct_programme_unref);
  g_clear_pointer (&self->font_family, g_free);

  G_OBJECT_CLASS (ct_preview_view_parent_class)->finalize (object);
}

static void
ct_preview_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CtPreviewView *self = CT_PREVIEW_VIEW (object);

  switch (prop_id)
    {
    case PROP_N_PAGES:
      g_value_set_uint (value, ct_preview_view_get_n_pages (self));
      break;
    case PROP_PAGE:
      g_value_set_uint (value, self->page);
      break;
    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;
    case PROP_BUSY:
      g_value_set_boolean (value, self->pending_layouts > 0);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ct_preview_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  CtPreviewView *self = CT_PREVIEW_VIEW (object);

  switch (prop_id)
    {
    case PROP_PAGE:
      ct_preview_view_set_page (self, g_value_get_uint (value));
      break;
    case PROP_ZOOM:
      ct_preview_view_set_zoom (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ct_preview_view_class_init (CtPreviewViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ct_preview_view_dispose;
  object_class->finalize = ct_preview_view_finalize;
  object_class->get_property = ct_preview_view_get_property;
  object_class->set_property = ct_preview_view_set_property;
  widget_class->map = ct_preview_view_map;

  properties[PROP_N_PAGES] =
    g_param_spec_uint ("n-pages", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_PAGE] =
    g_param_spec_uint ("page", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, 0, 10, 0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (CT_TYPE_PREVIEW_PAGE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ct-preview-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CtPreviewView, box);
  gtk_widget_class_bind_template_child (widget_class, CtPreviewView, page_label);
  gtk_widget_class_bind_template_child (widget_class, CtPreviewView, zoom_label);
  gtk_widget_class_bind_template_child (widget_class, CtPreviewView, font_warning);
  gtk_widget_class_bind_template_child (widget_class, CtPreviewView, scrolled);
  gtk_widget_class_bind_template_child (widget_class, CtPreviewView, page_view);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "ct-preview-view");
  ct_preview_view_class_init_actions (widget_class);
}

static void
ct_preview_view_init (CtPreviewView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->settings = ct_settings_new ();
  self->font_family = ct_print_dup_settings_font (self->settings);
  if (self->settings != NULL)
    g_signal_connect_swapped (self->settings, "changed::" CT_SETTINGS_KEY_PRINT_FONT,
                              G_CALLBACK (print_font_changed_cb), self);
  check_font (self);
  update_controls (self);
}

/**
 * ct_preview_view_new:
 *
 * Returns: (transfer floating): a preview showing no programme
 */
GtkWidget *
ct_preview_view_new (void)
{
  return g_object_new (CT_TYPE_PREVIEW_VIEW, NULL);
}

/**
 * ct_preview_view_set_programme:
 * @self: a preview
 * @programme: (nullable): the programme to show, copied; %NULL for none
 *
 * Shows @programme's pages: laid out in a worker thread now, or when the view is next
 * shown. Call it again after each edit; the current page is kept when it still exists.
 */
void
ct_preview_view_set_programme (CtPreviewView     *self,
                               const CtProgramme *programme)
{
  g_return_if_fail (CT_IS_PREVIEW_VIEW (self));

  g_clear_pointer (&self->programme, ct_programme_unref);
  if (programme != NULL)
    self->programme = ct_programme_copy (programme);
  schedule_layout (self, TRUE);
}

/**
 * ct_preview_view_set_font_family:
 * @self: a preview
 * @font_family: (nullable): the family to set the document in, %NULL for the default
 *
 * Lays the pages out again in @font_family, with a warning above them when the family is
 * missing or lacks Vietnamese letters.
 */
void
ct_preview_view_set_font_family (CtPreviewView *self,
                                 const char    *font_family)
{
  g_return_if_fail (CT_IS_PREVIEW_VIEW (self));

  g_free (self->font_family);
  self->font_family = g_strdup (font_family ? font_family : ct_renderer_get_default_font ());
  check_font (self);
  schedule_layout (self, TRUE);
}

/**
 * ct_preview_view_get_n_pages:
 * @self: a preview
 *
 * Returns: the number of pages on screen; 0 before the first layout is done
 */
guint
ct_preview_view_get_n_pages (CtPreviewView *self)
{
  g_return_val_if_fail (CT_IS_PREVIEW_VIEW (self), 0);

  return self->renderer ? ct_renderer_get_n_pages (self->renderer) : 0;
}

/**
 * ct_preview_view_get_page:
 * @self: a preview
 *
 * Returns: the 0-based page shown
 */
guint
ct_preview_view_get_page (CtPreviewView *self)
{
  g_return_val_if_fail (CT_IS_PREVIEW_VIEW (self), 0);

  return self->page;
}

/**
 * ct_preview_view_set_page:
 * @self: a preview
 * @page: the 0-based page to show; clamped to the last page
 */
void
ct_preview_view_set_page (CtPreviewView *self,
                          guint          page)
{
  guint n_pages;

  g_return_if_fail (CT_IS_PREVIEW_VIEW (self));

  n_pages = ct_preview_view_get_n_pages (self);
  page = n_pages > 0 ? MIN (page, n_pages - 1) : 0;
  if (self->page == page)
    return;
  self->page = page;
  ct_preview_page_set_page (self->page_view, page);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled), 0);
  update_controls (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
}

/**
 * ct_preview_view_get_zoom:
 * @self: a preview
 *
 * Returns: the zoom level, 1.0 for the real size on a 96 dpi screen, 0 when the page fits
 *   the width
 */
double
ct_preview_view_get_zoom (CtPreviewView *self)
{
  g_return_val_if_fail (CT_IS_PREVIEW_VIEW (self), 0);

  return self->zoom;
}

/**
 * ct_preview_view_set_zoom:
 * @self: a preview
 * @zoom: 1.0 shows the page at its real size on a 96 dpi screen; 0 fits it to the width
 */
void
ct_preview_view_set_zoom (CtPreviewView *self,
                          double         zoom)
{
  g_return_if_fail (CT_IS_PREVIEW_VIEW (self));
  g_return_if_fail (zoom >= 0);

  if (self->zoom == zoom)
    return;
  self->zoom = zoom;
  ct_preview_page_set_zoom (self->page_view, zoom);
  update_controls (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

/**
 * ct_preview_view_get_busy:
 * @self: a preview
 *
 * Returns: %TRUE while a layout runs in the worker thread
 */
gboolean
ct_preview_view_get_busy (CtPreviewView *self)
{
  g_return_val_if_fail (CT_IS_PREVIEW_VIEW (self), FALSE);

  return self->pending_layouts > 0;
}

/**
 * ct_preview_view_set_session:
 * @self: a preview view
 * @session: (nullable): the session of the open programme, %NULL when none is open
 *
 * Shows @session's programme and follows its edits; the PDF export refuses the session's
 * database and its backups as target.
 */
void
ct_preview_view_set_session (CtPreviewView *self,
                             CtSession     *session)
{
  g_return_if_fail (CT_IS_PREVIEW_VIEW (self));
  g_return_if_fail (session == NULL || CT_IS_SESSION (session));

  if (self->session != NULL)
    g_clear_signal_handler (&self->programme_changed_id, self->session);
  g_set_object (&self->session, session);
  if (session != NULL)
    self->programme_changed_id = g_signal_connect_swapped (session, "changed",
                                                           G_CALLBACK (session_changed_cb),
                                                           self);
  session_changed_cb (self, TRUE);
}

/**
 * ct_preview_view_export_document:
 * @self: a preview
 * @file: where to write; a name without .docx, .odt or .html gets @format's extension
 * @format: the format for a name that names none
 * @two_sided: mirror the margins of back pages
 * @callback: (nullable): called once the file is written or refused; it gets the path
 *   written, or the reason for refusing, from ct_preview_export_finish()
 * @user_data: data for @callback
 *
 * Exports the programme shown as an editable document, as the chooser of
 * preview.export-document does: off the UI thread, refusing the session's database and
 * its backups, with a toast or an error dialog on the view's window.
 */
void
ct_preview_view_export_document (CtPreviewView       *self,
                                 GFile               *file,
                                 CtExportFormat       format,
                                 gboolean             two_sided,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_return_if_fail (CT_IS_PREVIEW_VIEW (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (self->programme != NULL);

  ct_preview_export_save_to (GTK_WIDGET (self), ct_preview_view_get_store (self), self->programme, file,
                             format, two_sided, callback, user_data);
}
