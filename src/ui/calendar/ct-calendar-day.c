/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-calendar-day"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-calendar-day.h"
#include "ct-date-time.h"
#include "ct-day-name.h"
#include "ct-lunar.h"

struct _CtCalendarDay
{
  GtkWidget parent_instance;

  GDate date;
  GtkWidget *box;
  GtkWidget *number_label;
  GtkWidget *lunar_label;
  GtkWidget *add_button;
  GtkWidget *holiday_label;
  GtkWidget *chips_box;
  char *day_label;
};

G_DEFINE_FINAL_TYPE (CtCalendarDay, ct_calendar_day, GTK_TYPE_WIDGET)

enum {
  SELECTED,
  ACTIVATED,
  ADD_REQUESTED,
  CHIP_ACTIVATED,
  CHIP_DROPPED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* What a chip (a plain GtkButton) stands for, attached to it once. */
typedef struct
{
  char *uuid;
  char *label;
} Chip;

static void
chip_free (gpointer data)
{
  Chip *chip = data;

  g_free (chip->uuid);
  g_free (chip->label);
  g_free (chip);
}

static GQuark
chip_quark (void)
{
  return g_quark_from_static_string ("ct-calendar-chip");
}

static const Chip *
chip_get (GtkWidget *widget)
{
  const Chip *chip = g_object_get_qdata (G_OBJECT (widget), chip_quark ());

  g_return_val_if_fail (chip != NULL, NULL);
  return chip;
}

static const char *const day_class_names[] = {
  "outside-period", "other-month", "today", "selected", "weekend", "holiday", "day-off",
  "working-saturday", "tentative-day",
};

/* The title without the "Hội nghị " every conference starts with, so that a narrow chip
 * shows what tells conferences apart. */
static char *
short_title (const char *title)
{
  const char *rest = title;
  gunichar first;
  char buf[8] = { 0 };

  if (title == NULL || *title == '\0')
    return g_strdup (_("Untitled event"));
  if (g_str_has_prefix (title, "Hội nghị ") && title[strlen ("Hội nghị ")] != '\0')
    rest = title + strlen ("Hội nghị ");
  if (rest == title)
    return g_strdup (title);
  first = g_utf8_get_char (rest);
  g_unichar_to_utf8 (g_unichar_totitle (first), buf);
  return g_strconcat (buf, g_utf8_next_char (rest), NULL);
}

/**
 * ct_calendar_day_part_label:
 * @day_part: a day part
 *
 * Returns: (transfer none): the short name of a day part for a chip or a label ("Sáng",
 *   "Chiều" in Vietnamese); "" for none
 */
const char *
ct_calendar_day_part_label (CtDayPart day_part)
{
  switch (day_part)
    {
    /* Translators: day part on a calendar chip, keep it short ("Sáng") */
    case CT_DAY_PART_MORNING:   return C_("calendar chip", "Morning");
    /* Translators: day part on a calendar chip, keep it short ("Chiều") */
    case CT_DAY_PART_AFTERNOON: return C_("calendar chip", "Afternoon");
    /* Translators: day part on a calendar chip, keep it short ("Tối") */
    case CT_DAY_PART_EVENING:   return C_("calendar chip", "Evening");
    /* Translators: day part on a calendar chip, keep it short ("Cả ngày") */
    case CT_DAY_PART_ALL_DAY:   return C_("calendar chip", "All day");
    case CT_DAY_PART_NONE:
    default:                    return "";
    }
}

/* "14:30" when a time is set, else the day part, else NULL. */
static char *
when_text (const CtOccurrence *o)
{
  if (o->start_minute != CT_NO_TIME)
    return ct_time_format (o->start_minute);
  if (o->day_part != CT_DAY_PART_NONE)
    return g_strdup (ct_calendar_day_part_label (o->day_part));
  return NULL;
}

/**
 * ct_calendar_chip_label:
 * @occurrence: an occurrence
 *
 * The accessible label of a chip: day, time or day part, title, day n of a multi-day
 * event, and "tentative": "Thứ Ba, 26/9/2023, Hội nghị Ban Thường vụ Huyện ủy, dự kiến".
 *
 * Returns: (transfer full): the label
 */
char *
ct_calendar_chip_label (const CtOccurrence *occurrence)
{
  g_autofree char *day = ct_day_name_format (&occurrence->date);
  g_autofree char *when = when_text (occurrence);
  const char *title = occurrence->item->title ? occurrence->item->title : _("Untitled event");
  char *label;

  if (when != NULL)
    /* Translators: accessible label of a calendar event: %1$s day ("Thứ Hai 4/9/2023"),
     * %2$s time or day part ("Chiều"), %3$s title */
    label = g_strdup_printf (_("%1$s, %2$s, %3$s"), day, when, title);
  else
    /* Translators: accessible label of a calendar event: %1$s day ("Thứ Ba 26/9/2023"),
     * %2$s title */
    label = g_strdup_printf (_("%1$s, %2$s"), day, title);
  if (occurrence->item->kind == CT_ITEM_EVENT && occurrence->count > 1)
    {
      char *longer = g_strdup_printf (
        /* Translators: %1$s is an event's label, %2$u and %3$u numbers: "…, ngày thứ 2
         * trong 3 ngày" (not "ngày 2/3", which reads as a date) */
        _("%1$s, day %2$u of %3$u"), label, occurrence->index + 1, occurrence->count);
      g_free (label);
      label = longer;
    }
  if (occurrence->tentative)
    {
      /* Translators: %s is an event's label; said of an event whose date is not final
       * ("dự kiến") */
      char *longer = g_strdup_printf (_("%s, tentative"), label);
      g_free (label);
      label = longer;
    }
  return label;
}

static void
chip_clicked_cb (CtCalendarDay *self)
{
  g_signal_emit (self, signals[SELECTED], 0);
}

static void
chip_pressed_cb (GtkGestureClick *gesture,
                 int              n_press,
                 double           x,
                 double           y,
                 CtCalendarDay   *self)
{
  GtkWidget *chip = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));

  if (n_press == 2)
    g_signal_emit (self, signals[CHIP_ACTIVATED], 0, ct_calendar_day_chip_get_uuid (chip));
}

static gboolean
chip_key_pressed_cb (GtkEventControllerKey *controller,
                     guint                  keyval,
                     guint                  keycode,
                     GdkModifierType        state,
                     CtCalendarDay         *self)
{
  GtkWidget *chip = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));

  if (keyval != GDK_KEY_Return && keyval != GDK_KEY_KP_Enter && keyval != GDK_KEY_ISO_Enter)
    return FALSE;
  g_signal_emit (self, signals[CHIP_ACTIVATED], 0, ct_calendar_day_chip_get_uuid (chip));
  return TRUE;
}

/* A chip carries "uuid<TAB>YYYY-MM-DD of the day it was dragged from". */
static GdkContentProvider *
chip_drag_prepare_cb (GtkDragSource *source,
                      double         x,
                      double         y,
                      CtCalendarDay *self)
{
  GtkWidget *chip = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source));
  g_autofree char *day = ct_date_to_iso (&self->date);
  g_autofree char *payload = g_strdup_printf ("%s\t%s", ct_calendar_day_chip_get_uuid (chip),
                                              day);

  return gdk_content_provider_new_typed (G_TYPE_STRING, payload);
}

static void
chip_drag_begin_cb (GtkDragSource *source,
                    GdkDrag       *drag,
                    CtCalendarDay *self)
{
  GtkWidget *chip = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source));
  g_autoptr(GdkPaintable) icon = gtk_widget_paintable_new (chip);

  gtk_drag_source_set_icon (source, icon, 0, 0);
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         CtCalendarDay *self)
{
  g_auto(GStrv) parts = g_strsplit (g_value_get_string (value), "\t", 2);
  GDate from;

  if (g_strv_length (parts) != 2 || !ct_date_parse_iso (parts[1], &from))
    return FALSE;
  g_signal_emit (self, signals[CHIP_DROPPED], 0, parts[0], &from);
  return TRUE;
}

static void
add_clicked_cb (CtCalendarDay *self)
{
  g_signal_emit (self, signals[ADD_REQUESTED], 0, self->add_button);
}

static void
pressed_cb (GtkGestureClick *gesture,
            int              n_press,
            double           x,
            double           y,
            CtCalendarDay   *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self));
  g_signal_emit (self, signals[SELECTED], 0);
  if (n_press == 2)
    g_signal_emit (self, signals[ACTIVATED], 0);
}

/* The "+" shows only an icon, which GTK 4.8 names "GtkImage": it says its day instead. */
static void
update_add_button_label (CtCalendarDay *self)
{
  /* Translators: accessible name of the "+" of a calendar day; %s is the day,
   * "Thứ Hai 4/9/2023". */
  g_autofree char *name = g_strdup_printf (_("Add an event on %s"),
                                           self->day_label != NULL ? self->day_label : "");

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->add_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

static void
update_accessible_label (CtCalendarDay *self)
{
  GString *label = g_string_new (self->day_label);
  guint n = ct_calendar_day_get_n_chips (self);
  const char *holiday = gtk_label_get_text (GTK_LABEL (self->holiday_label));

  if (gtk_widget_get_visible (self->holiday_label) && *holiday != '\0')
    g_string_append_printf (label, ", %s", holiday);
  if (n > 0)
    {
      g_string_append (label, ", ");
      /* Translators: appended to a calendar day's accessible label */
      g_string_append_printf (label, ngettext ("%u event", "%u events", n), n);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label->str, -1);
  g_string_free (label, TRUE);
  update_add_button_label (self);
}

static void
ct_calendar_day_dispose (GObject *object)
{
  CtCalendarDay *self = CT_CALENDAR_DAY (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  G_OBJECT_CLASS (ct_calendar_day_parent_class)->dispose (object);
}

static void
ct_calendar_day_finalize (GObject *object)
{
  CtCalendarDay *self = CT_CALENDAR_DAY (object);

  g_free (self->day_label);
  G_OBJECT_CLASS (ct_calendar_day_parent_class)->finalize (object);
}

/* Every day asks for the same natural width whatever its chips say, so that the grid's
 * columns stay equal; it is wide enough for a chip's title to be read, and the calendar
 * folds its day list away (AdwFlap) before the days get narrower than that. */
#define NATURAL_WIDTH 116

static void
ct_calendar_day_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  CtCalendarDay *self = CT_CALENDAR_DAY (widget);

  gtk_widget_measure (self->box, orientation, for_size, minimum, natural, minimum_baseline,
                      natural_baseline);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *natural = MAX (*minimum, NATURAL_WIDTH);
}

static void
ct_calendar_day_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  gtk_widget_allocate (CT_CALENDAR_DAY (widget)->box, width, height, baseline, NULL);
}

static void
ct_calendar_day_class_init (CtCalendarDayClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ct_calendar_day_dispose;
  object_class->finalize = ct_calendar_day_finalize;

  signals[SELECTED] =
    g_signal_new ("selected", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 0);
  signals[ACTIVATED] =
    g_signal_new ("activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 0);
  signals[ADD_REQUESTED] =
    g_signal_new ("add-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                  NULL, NULL, G_TYPE_NONE, 1, GTK_TYPE_WIDGET);
  signals[CHIP_ACTIVATED] =
    g_signal_new ("chip-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                  NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  signals[CHIP_DROPPED] =
    g_signal_new ("chip-dropped", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                  NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_DATE);

  widget_class->measure = ct_calendar_day_measure;
  widget_class->size_allocate = ct_calendar_day_size_allocate;
  gtk_widget_class_set_css_name (widget_class, "calendar-day");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GRID_CELL);
}

static GtkWidget *
build_header (CtCalendarDay *self)
{
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 3);

  self->number_label = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->number_label, "day-number");
  self->lunar_label = gtk_label_new (NULL);
  gtk_label_set_ellipsize (GTK_LABEL (self->lunar_label), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (self->lunar_label, "lunar");
  gtk_widget_set_hexpand (self->lunar_label, TRUE);
  gtk_widget_set_halign (self->lunar_label, GTK_ALIGN_START);
  gtk_widget_set_valign (self->lunar_label, GTK_ALIGN_BASELINE);
  self->add_button = gtk_button_new_from_icon_name ("list-add-symbolic");
  gtk_widget_add_css_class (self->add_button, "flat");
  gtk_widget_add_css_class (self->add_button, "add-button");
  gtk_widget_set_focus_on_click (self->add_button, FALSE);
  gtk_widget_set_tooltip_text (self->add_button, _("Add an event on this day"));
  g_signal_connect_swapped (self->add_button, "clicked", G_CALLBACK (add_clicked_cb), self);
  gtk_box_append (GTK_BOX (header), self->number_label);
  gtk_box_append (GTK_BOX (header), self->lunar_label);
  gtk_box_append (GTK_BOX (header), self->add_button);
  return header;
}

static void
ct_calendar_day_init (CtCalendarDay *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkDropTarget *drop = gtk_drop_target_new (G_TYPE_STRING, GDK_ACTION_MOVE);

  g_date_clear (&self->date, 1);
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  gtk_box_append (GTK_BOX (self->box), build_header (self));
  self->holiday_label = gtk_label_new (NULL);
  /* A holiday's name is read, never cut ("Tết Nguyên đ…"): it wraps, inside a word too
   * when a narrow window leaves less than one word's width; it never widens the day. */
  gtk_label_set_wrap (GTK_LABEL (self->holiday_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (self->holiday_label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_width_chars (GTK_LABEL (self->holiday_label), 1);
  gtk_label_set_max_width_chars (GTK_LABEL (self->holiday_label), 1);
  gtk_label_set_xalign (GTK_LABEL (self->holiday_label), 0);
  gtk_widget_add_css_class (self->holiday_label, "holiday-name");
  gtk_widget_set_visible (self->holiday_label, FALSE);
  gtk_box_append (GTK_BOX (self->box), self->holiday_label);
  self->chips_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_box_append (GTK_BOX (self->box), self->chips_box);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
  g_signal_connect (click, "pressed", G_CALLBACK (pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  g_signal_connect (drop, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
}

/**
 * ct_calendar_day_new:
 *
 * Returns: (transfer floating): a new, empty day cell
 */
GtkWidget *
ct_calendar_day_new (void)
{
  return g_object_new (CT_TYPE_CALENDAR_DAY, NULL);
}

static void
set_holiday (CtCalendarDay   *self,
             const CtDayInfo *info)
{
  g_autofree char *text = NULL;

  if (info->kind == CT_DAY_KIND_HOLIDAY || info->kind == CT_DAY_KIND_DAY_OFF)
    text = g_strdup (info->name ? info->name : _("Day off"));
  else if (info->kind == CT_DAY_KIND_WORKING_DAY)
    /* Translators: a Saturday worked in exchange for a day off ("Làm bù") */
    text = g_strdup (_("Working Saturday"));
  if (text != NULL && info->tentative)
    {
      /* Translators: %s is a holiday; the year's decision is not out yet ("dự kiến") */
      char *tentative = g_strdup_printf (_("%s (tentative)"), text);
      g_free (text);
      text = tentative;
    }
  gtk_label_set_text (GTK_LABEL (self->holiday_label), text ? text : "");
  gtk_widget_set_tooltip_text (self->holiday_label, text);
  gtk_widget_set_visible (self->holiday_label, text != NULL);
}

/**
 * ct_calendar_day_set_date:
 * @self: a day cell
 * @date: the day it shows
 * @flags: how it relates to the month and the period
 * @info: what kind of day it is (holiday, làm bù, …)
 *
 * Shows @date; the chips are left as they were (see ct_calendar_day_clear_chips()).
 */
void
ct_calendar_day_set_date (CtCalendarDay      *self,
                          const GDate        *date,
                          CtCalendarDayFlags  flags,
                          const CtDayInfo    *info)
{
  gboolean classes[G_N_ELEMENTS (day_class_names)] = { 0 };
  g_autofree char *number = NULL, *lunar_text = NULL;
  CtLunarDate lunar;

  g_return_if_fail (CT_IS_CALENDAR_DAY (self));
  g_return_if_fail (date != NULL && g_date_valid (date) && info != NULL);

  self->date = *date;
  number = g_strdup_printf ("%u", g_date_get_day (date));
  gtk_label_set_text (GTK_LABEL (self->number_label), number);
  if (ct_lunar_from_date (date, &lunar))
    lunar_text = lunar.day == 1 ? g_strdup_printf ("%d/%d%s", lunar.day, lunar.month,
                                                   lunar.leap ? "N" : "")
                                : g_strdup_printf ("%d", lunar.day);
  gtk_label_set_text (GTK_LABEL (self->lunar_label), lunar_text ? lunar_text : "");
  set_holiday (self, info);

  classes[0] = (flags & CT_CALENDAR_DAY_OUTSIDE_PERIOD) != 0;
  classes[1] = (flags & CT_CALENDAR_DAY_OTHER_MONTH) != 0;
  classes[2] = (flags & CT_CALENDAR_DAY_TODAY) != 0;
  classes[3] = (flags & CT_CALENDAR_DAY_SELECTED) != 0;
  classes[4] = info->kind == CT_DAY_KIND_WEEKEND;
  classes[5] = info->kind == CT_DAY_KIND_HOLIDAY;
  classes[6] = info->kind == CT_DAY_KIND_DAY_OFF;
  classes[7] = info->kind == CT_DAY_KIND_WORKING_DAY;
  classes[8] = info->tentative && info->kind != CT_DAY_KIND_WEEKDAY &&
               info->kind != CT_DAY_KIND_WEEKEND;
  for (guint i = 0; i < G_N_ELEMENTS (day_class_names); i++)
    if (classes[i])
      gtk_widget_add_css_class (GTK_WIDGET (self), day_class_names[i]);
    else
      gtk_widget_remove_css_class (GTK_WIDGET (self), day_class_names[i]);

  g_free (self->day_label);
  self->day_label = ct_day_name_format (date);
  update_accessible_label (self);
}

/**
 * ct_calendar_day_get_date:
 * @self: a day cell
 *
 * Returns: (transfer none): the day shown; invalid before the first ct_calendar_day_set_date()
 */
const GDate *
ct_calendar_day_get_date (CtCalendarDay *self)
{
  g_return_val_if_fail (CT_IS_CALENDAR_DAY (self), NULL);
  return &self->date;
}

/**
 * ct_calendar_day_set_selected:
 * @self: a day cell
 * @selected: whether it is the selected day
 */
void
ct_calendar_day_set_selected (CtCalendarDay *self,
                              gboolean       selected)
{
  g_return_if_fail (CT_IS_CALENDAR_DAY (self));

  if (selected)
    gtk_widget_add_css_class (GTK_WIDGET (self), "selected");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "selected");
  gtk_accessible_update_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_SELECTED, selected,
                               -1);
}

/**
 * ct_calendar_day_clear_chips:
 * @self: a day cell
 */
void
ct_calendar_day_clear_chips (CtCalendarDay *self)
{
  GtkWidget *child;

  g_return_if_fail (CT_IS_CALENDAR_DAY (self));

  while ((child = gtk_widget_get_first_child (self->chips_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->chips_box), child);
  update_accessible_label (self);
}

static GtkWidget *
create_chip_label (const CtOccurrence *o)
{
  g_autofree char *when = when_text (o);
  g_autofree char *title = short_title (o->item->title);
  g_autofree char *text = when ? g_strdup_printf ("%s · %s", when, title) : g_strdup (title);
  GtkWidget *label = gtk_label_new (text);

  /* Two lines, so that the words telling conferences apart fit in a narrow day. */
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (label), 2);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_width_chars (GTK_LABEL (label), 4);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 12);
  return label;
}

static void
add_chip_controllers (CtCalendarDay      *self,
                      GtkWidget          *chip,
                      const CtOccurrence *o)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  /* Capture phase: see the double click before the button's own gesture takes it. */
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect (click, "pressed", G_CALLBACK (chip_pressed_cb), self);
  gtk_widget_add_controller (chip, GTK_EVENT_CONTROLLER (click));
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (chip_key_pressed_cb), self);
  gtk_widget_add_controller (chip, keys);
  g_signal_connect_swapped (chip, "clicked", G_CALLBACK (chip_clicked_cb), self);
  /* A weekly rule moves as a rule, in the editor; an event moves by dragging. */
  if (o->item->kind == CT_ITEM_EVENT)
    {
      GtkDragSource *drag = gtk_drag_source_new ();

      gtk_drag_source_set_actions (drag, GDK_ACTION_MOVE);
      g_signal_connect (drag, "prepare", G_CALLBACK (chip_drag_prepare_cb), self);
      g_signal_connect (drag, "drag-begin", G_CALLBACK (chip_drag_begin_cb), self);
      gtk_widget_add_controller (chip, GTK_EVENT_CONTROLLER (drag));
    }
}

/**
 * ct_calendar_day_add_chip:
 * @self: a day cell
 * @occurrence: the occurrence to show
 * @problems: (nullable): conflict messages for it, one per line
 *
 * Appends a chip: time or day part and shortened title; tentative, recurring and
 * conflicting chips get the CSS classes "tentative", "recurring" and "conflict".
 */
void
ct_calendar_day_add_chip (CtCalendarDay      *self,
                          const CtOccurrence *occurrence,
                          const char         *problems)
{
  GtkWidget *chip;
  Chip *data;
  g_autofree char *label = NULL;
  g_autofree char *tooltip = NULL;

  g_return_if_fail (CT_IS_CALENDAR_DAY (self));
  g_return_if_fail (occurrence != NULL);

  label = ct_calendar_chip_label (occurrence);
  tooltip = problems ? g_strconcat (label, "\n", problems, NULL) : g_strdup (label);
  chip = gtk_button_new ();
  gtk_button_set_child (GTK_BUTTON (chip), create_chip_label (occurrence));
  gtk_widget_add_css_class (chip, "chip");
  if (occurrence->tentative)
    gtk_widget_add_css_class (chip, "tentative");
  if (occurrence->item->kind == CT_ITEM_RECURRING)
    gtk_widget_add_css_class (chip, "recurring");
  if (problems != NULL)
    gtk_widget_add_css_class (chip, "conflict");
  gtk_widget_set_tooltip_text (chip, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (chip), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, problems, -1);
  data = g_new0 (Chip, 1);
  data->uuid = g_strdup (occurrence->item->uuid);
  data->label = g_steal_pointer (&label);
  g_object_set_qdata_full (G_OBJECT (chip), chip_quark (), data, chip_free);
  add_chip_controllers (self, chip, occurrence);
  gtk_box_append (GTK_BOX (self->chips_box), chip);
  update_accessible_label (self);
}

/**
 * ct_calendar_day_get_n_chips:
 * @self: a day cell
 *
 * Returns: how many chips the day shows
 */
guint
ct_calendar_day_get_n_chips (CtCalendarDay *self)
{
  guint n = 0;

  g_return_val_if_fail (CT_IS_CALENDAR_DAY (self), 0);

  for (GtkWidget *c = gtk_widget_get_first_child (self->chips_box); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    n++;
  return n;
}

/**
 * ct_calendar_day_get_chip:
 * @self: a day cell
 * @index: 0-based chip position
 *
 * Returns: (transfer none) (nullable): the chip, a #GtkButton; see
 *   ct_calendar_day_chip_get_uuid() and ct_calendar_day_chip_get_label()
 */
GtkWidget *
ct_calendar_day_get_chip (CtCalendarDay *self,
                          guint          index)
{
  GtkWidget *c;

  g_return_val_if_fail (CT_IS_CALENDAR_DAY (self), NULL);

  for (c = gtk_widget_get_first_child (self->chips_box); c != NULL && index > 0;
       c = gtk_widget_get_next_sibling (c))
    index--;
  return c;
}

/**
 * ct_calendar_day_chip_get_uuid:
 * @chip: a chip from ct_calendar_day_get_chip()
 *
 * Returns: (transfer none): the UUID of the chip's item
 */
const char *
ct_calendar_day_chip_get_uuid (GtkWidget *chip)
{
  g_return_val_if_fail (GTK_IS_WIDGET (chip), NULL);
  return chip_get (chip) ? chip_get (chip)->uuid : NULL;
}

/**
 * ct_calendar_day_chip_get_label:
 * @chip: a chip from ct_calendar_day_get_chip()
 *
 * Returns: (transfer none): the chip's accessible label, as ct_calendar_chip_label()
 *   wrote it
 */
const char *
ct_calendar_day_chip_get_label (GtkWidget *chip)
{
  g_return_val_if_fail (GTK_IS_WIDGET (chip), NULL);
  return chip_get (chip) ? chip_get (chip)->label : NULL;
}
