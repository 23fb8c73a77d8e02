/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-calendar-row"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-calendar-day.h"
#include "ct-calendar-row.h"
#include "ct-date-time.h"
#include "ct-format.h"

struct _CtCalendarRow
{
  GtkListBoxRow parent_instance;

  char *item_uuid;
};

G_DEFINE_FINAL_TYPE (CtCalendarRow, ct_calendar_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_ITEM_UUID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkWidget *
wrapped_label (const char *text,
               const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static char *
when_line (const CtOccurrence *o)
{
  GString *s = g_string_new (NULL);

  if (o->start_minute != CT_NO_TIME)
    {
      g_autofree char *start = ct_time_format (o->start_minute);
      g_string_append (s, start);
    }
  if (o->end_minute != CT_NO_TIME && o->start_minute != CT_NO_TIME)
    {
      g_autofree char *end = ct_time_format (o->end_minute);
      g_string_append_printf (s, "–%s", end);
    }
  if (o->day_part != CT_DAY_PART_NONE)
    g_string_append_printf (s, "%s%s", s->len ? " · " : "",
                            ct_calendar_day_part_label (o->day_part));
  if (o->count > 1 && o->item->kind == CT_ITEM_EVENT)
    {
      g_string_append (s, s->len ? " · " : "");
      /* Translators: the n-th day of a multi-day event ("Ngày thứ 2 trong 3 ngày"; not
       * "Ngày 2/3", which reads as a date) */
      g_string_append_printf (s, _("Day %1$u of %2$u"), o->index + 1, o->count);
    }
  if (o->item->kind == CT_ITEM_RECURRING)
    g_string_append_printf (s, "%s%s", s->len ? " · " : "",
                            o->item->recurrence == CT_RECURRENCE_WEEKLY
                              /* Translators: said of a weekly recurring event such as a
                               * briefing ("Hằng tuần") */
                              ? _("Weekly")
                              /* Translators: said of an event held every month, such as
                               * a citizens' reception day ("Hằng tháng") */
                              : _("Monthly"));
  return g_string_free (s, s->len == 0);
}

/* The labels of ct_item_text_fields, in its order. */
static const char *const text_field_labels[CT_ITEM_N_TEXT_FIELDS] = {
  /* Translators: who chairs an event (chủ trì) */
  N_("Chair"),
  /* Translators: the leaders attending an event (lãnh đạo dự) */
  N_("Leaders attending"),
  /* Translators: who is invited to an event (thành phần) */
  N_("Participants"),
  /* Translators: where an event takes place (địa điểm) */
  N_("Place"),
  /* Translators: the unit preparing an event (cơ quan chuẩn bị) */
  N_("Prepared by"),
  /* Translators: the unit in charge of a task (đơn vị chủ trì) */
  N_("Lead unit"),
  /* Translators: the co-operating units (phối hợp) */
  N_("Together with"),
  /* Translators: the office leader going along (lãnh đạo Văn phòng, LĐVP) */
  N_("Office leader"),
  /* Translators: a free note on an event, e.g. "Giấy mời riêng" */
  N_("Note"),
};

static char *
details_text (const CtItem *item)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < G_N_ELEMENTS (text_field_labels); i++)
    {
      const char *value = ct_item_get_text_field (item, &ct_item_text_fields[i]);

      if (value != NULL && *value != '\0')
        /* Translators: %1$s is a label such as "Chair", %2$s its value. */
        g_ptr_array_add (lines, g_strdup_printf (_("%1$s: %2$s"), _(text_field_labels[i]),
                                                 value));
    }
  if (lines->len == 0)
    return NULL;
  g_ptr_array_add (lines, NULL);
  return g_strjoinv ("\n", (char **) lines->pdata);
}

/* The agenda as in the document: "1. text (preparing unit)" per line. */
static char *
agenda_text (const CtItem *item)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < item->agenda->len; i++)
    {
      CtAgendaItem *a = g_ptr_array_index (item->agenda, i);

      g_string_append_printf (s, "%s%u. %s", i ? "\n" : "", i + 1, a->text ? a->text : "");
      if (a->preparing_unit != NULL && *a->preparing_unit != '\0')
        g_string_append_printf (s, " (%s)", a->preparing_unit);
      for (guint j = 0; j < a->subpoints->len; j++)
        {
          g_autofree char *subpoint = ct_format_subpoint (j, a->subpoints->pdata[j]);

          g_string_append_printf (s, "\n    %s", subpoint);
        }
    }
  return g_string_free (s, s->len == 0);
}

static GtkWidget *
header_box (const CtOccurrence *o)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  g_autofree char *when = when_line (o);

  if (when != NULL)
    gtk_box_append (GTK_BOX (box), wrapped_label (when, "dim-label"));
  if (o->tentative)
    {
      /* Translators: badge of an event whose date is not final ("Dự kiến") */
      GtkWidget *badge = gtk_label_new (_("Tentative"));

      gtk_widget_add_css_class (badge, "tentative-badge");
      gtk_box_append (GTK_BOX (box), badge);
    }
  return box;
}

static void
ct_calendar_row_finalize (GObject *object)
{
  CtCalendarRow *self = CT_CALENDAR_ROW (object);

  g_clear_pointer (&self->item_uuid, g_free);

  G_OBJECT_CLASS (ct_calendar_row_parent_class)->finalize (object);
}

static void
ct_calendar_row_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CtCalendarRow *self = CT_CALENDAR_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM_UUID:
      g_value_set_string (value, self->item_uuid);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ct_calendar_row_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  CtCalendarRow *self = CT_CALENDAR_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM_UUID:
      self->item_uuid = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ct_calendar_row_class_init (CtCalendarRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ct_calendar_row_finalize;
  object_class->get_property = ct_calendar_row_get_property;
  object_class->set_property = ct_calendar_row_set_property;

  /**
   * CtCalendarRow:item-uuid:
   *
   * The UUID of the item the row shows.
   */
  properties[PROP_ITEM_UUID] =
    g_param_spec_string ("item-uuid", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS
                         | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ct_calendar_row_init (CtCalendarRow *self)
{
}

/**
 * ct_calendar_row_new:
 * @occurrence: the occurrence to show
 * @problems: (nullable): its conflict messages, one per line
 * @change_date: (nullable): "clicked" handler of the "Change Date…" button
 * @user_data: data for @change_date
 *
 * Returns: (transfer floating): a new activatable #CtCalendarRow
 */
GtkWidget *
ct_calendar_row_new (const CtOccurrence *occurrence,
                     const char         *problems,
                     GCallback           change_date,
                     gpointer            user_data)
{
  const CtItem *item = occurrence->item;
  GtkWidget *row = g_object_new (CT_TYPE_CALENDAR_ROW, "item-uuid", item->uuid, NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  g_autofree char *details = details_text (item);
  g_autofree char *agenda = agenda_text (item);
  g_autofree char *label = ct_calendar_chip_label (occurrence);

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_box_append (GTK_BOX (box), header_box (occurrence));
  gtk_box_append (GTK_BOX (box), wrapped_label (item->title ? item->title : _("Untitled event"),
                                                "heading"));
  if (details != NULL)
    gtk_box_append (GTK_BOX (box), wrapped_label (details, "dim-label"));
  if (agenda != NULL)
    gtk_box_append (GTK_BOX (box), wrapped_label (agenda, "agenda"));
  if (problems != NULL)
    gtk_box_append (GTK_BOX (box), wrapped_label (problems, "warning"));
  if (item->kind == CT_ITEM_EVENT && change_date != NULL)
    {
      GtkWidget *button = gtk_button_new_with_mnemonic (_("_Change Date…"));

      gtk_widget_set_halign (button, GTK_ALIGN_START);
      gtk_widget_add_css_class (button, "flat");
      g_signal_connect (button, "clicked", change_date, user_data);
      gtk_box_append (GTK_BOX (box), button);
    }
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  return row;
}

/**
 * ct_calendar_row_get_item_uuid:
 * @self: a row
 *
 * Returns: (transfer none): the UUID of the row's item
 */
const char *
ct_calendar_row_get_item_uuid (CtCalendarRow *self)
{
  g_return_val_if_fail (CT_IS_CALENDAR_ROW (self), NULL);
  return self->item_uuid;
}
