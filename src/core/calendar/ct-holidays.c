/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-holidays"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "ct-core-resources.h"
#include "ct-date-time.h"
#include "ct-holidays.h"
#include "ct-lunar.h"

/*
 * Which days the civil service works (shared/spec/holidays.md). Decided years come from
 * data: the key file shipped in the core resources, then the user's file, whose groups
 * replace the shipped ones year by year. Other years get only what the Labour Code fixes
 * (Điều 112 holidays and Điều 111(3) nghỉ bù), marked tentative; never a swap, nor the five
 * Tết days, which only a yearly decision sets.
 */

#define SHIPPED_PATH "/io/github/congtac/Congtac/core/holidays/vietnam.ini"

struct _CtHolidays
{
  GObject parent_instance;

  GMutex lock;
  GHashTable *years;          /* year → YearData: the decided years */
  GHashTable *days;           /* julian day → DayEntry */
  GHashTable *computed_years; /* years whose statutory days are in @days */
  gboolean days_built;
  GStringChunk *names;        /* joined occasion names handed out by lookups */
};

G_DEFINE_FINAL_TYPE (CtHolidays, ct_holidays, G_TYPE_OBJECT)

G_DEFINE_QUARK (ct-holidays-error-quark, ct_holidays_error)

typedef struct
{
  GDate first;
  GDate last;
  GStrv occasions;
} Range;

typedef struct
{
  char *decision;
  GArray *ranges;    /* Range */
  GArray *saturdays; /* GDate */
} YearData;

typedef struct
{
  CtDayKind kind;
  gboolean tentative;
  const char *name;
  const char *document_name;
} DayEntry;

/* Each occasion's name in the interface's language, and as documents write it, in
 * Vietnamese whatever that language is. */
static const struct
{
  const char *id;
  const char *name;
  const char *document;
} occasions[] = {
  /* Translators: Tết Dương lịch, 1 January */
  { "new-year", N_("New Year's Day"), "Tết Dương lịch" },
  /* Translators: Tết Nguyên đán */
  { "tet", N_("Lunar New Year"), "Tết Nguyên đán" },
  /* Translators: Giỗ Tổ Hùng Vương, 10th day of the 3rd lunar month */
  { "hung-kings", N_("Hung Kings' Commemoration Day"), "Giỗ Tổ Hùng Vương" },
  /* Translators: Ngày Chiến thắng, 30 April */
  { "reunification", N_("Reunification Day"), "Ngày Chiến thắng" },
  /* Translators: Ngày Quốc tế Lao động, 1 May */
  { "labour-day", N_("International Labour Day"), "Ngày Quốc tế Lao động" },
  /* Translators: Quốc khánh, 2 September */
  { "national-day", N_("National Day"), "Quốc khánh" },
  /* Translators: Ngày Văn hóa Việt Nam, 24 November (from 2026) */
  { "culture-day", N_("Vietnam Culture Day"), "Ngày Văn hóa Việt Nam" },
};

static void
range_clear (gpointer data)
{
  g_strfreev (((Range *) data)->occasions);
}

static void
year_data_free (gpointer data)
{
  YearData *y = data;

  g_free (y->decision);
  g_array_unref (y->ranges);
  g_array_unref (y->saturdays);
  g_free (y);
}

/* The name of an occasion id, translated or as documents write it; an unknown id is text
 * the user wrote. */
static const char *
occasion_name (const char *id,
               gboolean    document)
{
  for (guint i = 0; i < G_N_ELEMENTS (occasions); i++)
    if (g_strcmp0 (occasions[i].id, id) == 0)
      return document ? occasions[i].document : g_dgettext (GETTEXT_PACKAGE, occasions[i].name);
  return id;
}

/* The names of @ids (%NULL-terminated, or %NULL for none) joined by ", ". */
static char *
join_names (const char *const *ids,
            gboolean           document)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  if (ids == NULL || ids[0] == NULL)
    return NULL;
  for (guint i = 0; ids[i] != NULL; i++)
    g_ptr_array_add (names, (gpointer) occasion_name (ids[i], document));
  g_ptr_array_add (names, NULL);
  return g_strjoinv (", ", (char **) names->pdata);
}

static GDate
dmy (int day,
     int month,
     int year)
{
  GDate d;

  g_date_clear (&d, 1);
  if (g_date_valid_dmy (day, month, year))
    g_date_set_dmy (&d, day, month, year);
  return d;
}

static gboolean
is_weekend (const GDate *d)
{
  return g_date_get_weekday (d) >= G_DATE_SATURDAY;
}

/* Giỗ Tổ Hùng Vương: 10/3 âm lịch of the regular (not leap) third month. */
static GDate
hung_kings_day (int year)
{
  CtLunarDate lunar = { 10, 3, year, FALSE };
  GDate d;

  ct_lunar_to_date (&lunar, &d);
  return d;
}

static GDate
lunar_new_year (int year)
{
  CtLunarDate lunar = { 1, 1, year, FALSE };
  GDate d;

  ct_lunar_to_date (&lunar, &d);
  return d;
}

static gboolean
same_day (const GDate *a,
          int          day,
          int          month)
{
  return g_date_get_day (a) == day && g_date_get_month (a) == (GDateMonth) month;
}

static gboolean
in_range (const Range *r,
          const GDate *d)
{
  return g_date_valid (d) && g_date_compare (d, &r->first) >= 0 &&
         g_date_compare (d, &r->last) <= 0;
}

/* Whether @d is the holiday itself for @occasion inside a decided range @r (rather than a
 * day off added around it). Quốc khánh's second day is 1/9 when that is a weekday of the
 * range, otherwise 3/9 — true of every decision 2021–2026. */
static gboolean
is_holiday_of (const char  *occasion,
               const GDate *d,
               const Range *r)
{
  int year = g_date_get_year (d);

  if (g_str_equal (occasion, "tet"))
    return TRUE;
  if (g_str_equal (occasion, "new-year"))
    return same_day (d, 1, 1);
  if (g_str_equal (occasion, "hung-kings"))
    {
      GDate h = hung_kings_day (year);
      return g_date_valid (&h) && g_date_compare (&h, d) == 0;
    }
  if (g_str_equal (occasion, "reunification"))
    return same_day (d, 30, 4);
  if (g_str_equal (occasion, "labour-day"))
    return same_day (d, 1, 5);
  if (g_str_equal (occasion, "culture-day"))
    return same_day (d, 24, 11);
  if (g_str_equal (occasion, "national-day"))
    {
      GDate sept1 = dmy (1, 9, year);

      if (same_day (d, 2, 9))
        return TRUE;
      if (in_range (r, &sept1) && !is_weekend (&sept1))
        return same_day (d, 1, 9);
      return same_day (d, 3, 9);
    }
  return FALSE;
}

/* @ids: the day's occasions, %NULL-terminated, or %NULL */
static void
put_day (CtHolidays        *self,
         const GDate       *d,
         CtDayKind          kind,
         gboolean           tentative,
         const char *const *ids,
         gboolean           replace)
{
  gpointer key = GUINT_TO_POINTER (g_date_get_julian (d));
  g_autofree char *name = join_names (ids, FALSE);
  g_autofree char *document_name = join_names (ids, TRUE);
  DayEntry *e;

  if (!replace && g_hash_table_contains (self->days, key))
    return;
  e = g_new0 (DayEntry, 1);
  e->kind = kind;
  e->tentative = tentative;
  e->name = name ? g_string_chunk_insert_const (self->names, name) : NULL;
  e->document_name = document_name ? g_string_chunk_insert_const (self->names, document_name)
                                   : NULL;
  g_hash_table_replace (self->days, key, e);
}

static void
build_range_days (CtHolidays  *self,
                  const Range *r)
{
  GDate d = r->first;

  for (; g_date_compare (&d, &r->last) <= 0; g_date_add_days (&d, 1))
    {
      const char *holiday[2] = { NULL, NULL };

      for (guint i = 0; r->occasions[i] != NULL && holiday[0] == NULL; i++)
        if (is_holiday_of (r->occasions[i], &d, r))
          holiday[0] = r->occasions[i];
      if (holiday[0] != NULL)
        put_day (self, &d, CT_DAY_KIND_HOLIDAY, FALSE, holiday, TRUE);
      else
        put_day (self, &d, CT_DAY_KIND_DAY_OFF, FALSE, (const char *const *) r->occasions, TRUE);
    }
}

static int
compare_years (gconstpointer a,
               gconstpointer b)
{
  return GPOINTER_TO_INT (a) - GPOINTER_TO_INT (b);
}

/* Turns the decided years into days; called with the lock held. */
static void
build_days (CtHolidays *self)
{
  g_autoptr(GList) keys = NULL;

  if (self->days_built)
    return;
  g_hash_table_remove_all (self->days);
  g_hash_table_remove_all (self->computed_years);
  /* Apply years in order so that a later year's group wins where ranges meet. */
  keys = g_list_sort (g_hash_table_get_keys (self->years), compare_years);
  for (GList *l = keys; l != NULL; l = l->next)
    {
      YearData *y = g_hash_table_lookup (self->years, l->data);

      for (guint i = 0; i < y->ranges->len; i++)
        build_range_days (self, &g_array_index (y->ranges, Range, i));
      for (guint i = 0; i < y->saturdays->len; i++)
        put_day (self, &g_array_index (y->saturdays, GDate, i), CT_DAY_KIND_WORKING_DAY, FALSE,
                 NULL, TRUE);
    }
  self->days_built = TRUE;
}

static gboolean
is_off (CtHolidays  *self,
        const GDate *d)
{
  DayEntry *e = g_hash_table_lookup (self->days, GUINT_TO_POINTER (g_date_get_julian (d)));

  if (e != NULL)
    return e->kind == CT_DAY_KIND_HOLIDAY || e->kind == CT_DAY_KIND_DAY_OFF;
  return is_weekend (d);
}

typedef struct
{
  GDate date;
  const char *occasion;
  gboolean makes_up;
} StatutoryDay;

static int
compare_statutory_days (gconstpointer a,
                        gconstpointer b)
{
  const StatutoryDay *x = a, *y = b;

  if (!g_date_valid (&x->date) || !g_date_valid (&y->date))
    return g_date_valid (&y->date) - g_date_valid (&x->date);
  return g_date_compare (&x->date, &y->date);
}

/* A year without a decision: the Labour Code's holidays (Điều 112(1)) and, for those on a
 * Saturday or Sunday, nghỉ bù on the next day that is neither weekend nor holiday (Điều
 * 111(3)), all tentative. Of Tết only giao thừa and mùng 1 are shown: which five days are
 * off is for the yearly decision. 24/11 (from 2026) gets no nghỉ bù: it is not in Điều
 * 112(1) yet. Called with the lock held; days from decided years are kept. */
static void
compute_statutory_year (CtHolidays *self,
                        int         year)
{
  StatutoryDay days[8];
  guint n = 0;
  GDate tet, eve;

  g_hash_table_add (self->computed_years, GINT_TO_POINTER (year));
  if (year < CT_LUNAR_FIRST_YEAR || year > CT_LUNAR_LAST_YEAR)
    return;
  tet = eve = lunar_new_year (year);
  g_date_subtract_days (&eve, 1);
  days[n++] = (StatutoryDay) { dmy (1, 1, year), "new-year", TRUE };
  days[n++] = (StatutoryDay) { eve, "tet", FALSE };
  days[n++] = (StatutoryDay) { tet, "tet", FALSE };
  days[n++] = (StatutoryDay) { hung_kings_day (year), "hung-kings", TRUE };
  days[n++] = (StatutoryDay) { dmy (30, 4, year), "reunification", TRUE };
  days[n++] = (StatutoryDay) { dmy (1, 5, year), "labour-day", TRUE };
  days[n++] = (StatutoryDay) { dmy (2, 9, year), "national-day", TRUE };
  if (year >= 2026)
    days[n++] = (StatutoryDay) { dmy (24, 11, year), "culture-day", FALSE };
  /* In date order, so that a second weekend holiday moves past the first one's nghỉ bù,
   * as 29/4 and 30/4/2023 were made up on 2/5 and 3/5. */
  qsort (days, n, sizeof days[0], compare_statutory_days);

  for (guint i = 0; i < n; i++)
    if (g_date_valid (&days[i].date))
      put_day (self, &days[i].date, CT_DAY_KIND_HOLIDAY, TRUE,
               (const char *[]) { days[i].occasion, NULL }, FALSE);
  for (guint i = 0; i < n; i++)
    {
      GDate d = days[i].date;

      if (!days[i].makes_up || !g_date_valid (&d) || !is_weekend (&d))
        continue;
      do
        g_date_add_days (&d, 1);
      while (is_off (self, &d));
      put_day (self, &d, CT_DAY_KIND_DAY_OFF, TRUE, (const char *[]) { days[i].occasion, NULL },
               FALSE);
    }
}

static gboolean
set_invalid (GError    **error,
             const char *origin,
             const char *group,
             const char *text)
{
  /* Translators: %1$s is a file name, %2$s a year, %3$s the text that is wrong */
  g_set_error (error, CT_HOLIDAYS_ERROR, CT_HOLIDAYS_ERROR_INVALID,
               _("%1$s, year %2$s: cannot read “%3$s”; write a date as YYYY-MM-DD and a "
                 "range as FIRST..LAST followed by its occasions"),
               origin, group, text);
  return FALSE;
}

/* "2023-04-29..2023-05-03 hung-kings,reunification" or "2024-04-18 hung-kings". */
static gboolean
parse_range (const char *text,
             Range      *r)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));
  char *space = strchr (copy, ' ');
  char *dots;

  r->occasions = NULL;
  if (space == NULL)
    return FALSE;
  *space = '\0';
  dots = strstr (copy, "..");
  if (dots != NULL)
    *dots = '\0';
  if (!ct_date_parse_iso (copy, &r->first) ||
      !ct_date_parse_iso (dots ? dots + 2 : copy, &r->last) ||
      g_date_compare (&r->first, &r->last) > 0)
    return FALSE;
  r->occasions = g_strsplit (g_strstrip (space + 1), ",", -1);
  for (guint i = 0; r->occasions[i] != NULL; i++)
    g_strstrip (r->occasions[i]);
  return r->occasions[0] != NULL && r->occasions[0][0] != '\0';
}

static YearData *
parse_year (GKeyFile    *file,
            const char  *group,
            const char  *origin,
            GError     **error)
{
  g_autoptr(GArray) ranges = g_array_new (FALSE, TRUE, sizeof (Range));
  g_autoptr(GArray) saturdays = g_array_new (FALSE, TRUE, sizeof (GDate));
  g_auto(GStrv) off = g_key_file_get_string_list (file, group, "days-off", NULL, NULL);
  g_auto(GStrv) worked = g_key_file_get_string_list (file, group, "saturdays-worked", NULL,
                                                     NULL);
  YearData *y;

  g_array_set_clear_func (ranges, range_clear);
  for (guint i = 0; off != NULL && off[i] != NULL; i++)
    {
      Range r;

      if (g_strstrip (off[i])[0] == '\0')
        continue;
      if (!parse_range (off[i], &r))
        {
          g_strfreev (r.occasions);
          set_invalid (error, origin, group, off[i]);
          return NULL;
        }
      g_array_append_val (ranges, r);
    }
  for (guint i = 0; worked != NULL && worked[i] != NULL; i++)
    {
      GDate d;

      if (g_strstrip (worked[i])[0] == '\0')
        continue;
      if (!ct_date_parse_iso (worked[i], &d))
        {
          set_invalid (error, origin, group, worked[i]);
          return NULL;
        }
      g_array_append_val (saturdays, d);
    }
  y = g_new0 (YearData, 1);
  y->decision = g_key_file_get_string (file, group, "decision", NULL);
  y->ranges = g_steal_pointer (&ranges);
  y->saturdays = g_steal_pointer (&saturdays);
  return y;
}

static void
ct_holidays_finalize (GObject *object)
{
  CtHolidays *self = CT_HOLIDAYS (object);

  g_clear_pointer (&self->years, g_hash_table_unref);
  g_clear_pointer (&self->days, g_hash_table_unref);
  g_clear_pointer (&self->computed_years, g_hash_table_unref);
  g_clear_pointer (&self->names, g_string_chunk_free);
  g_mutex_clear (&self->lock);
  G_OBJECT_CLASS (ct_holidays_parent_class)->finalize (object);
}

static void
ct_holidays_class_init (CtHolidaysClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ct_holidays_finalize;
}

static void
ct_holidays_init (CtHolidays *self)
{
  g_mutex_init (&self->lock);
  self->years = g_hash_table_new_full (NULL, NULL, NULL, year_data_free);
  self->days = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  self->computed_years = g_hash_table_new (NULL, NULL);
  self->names = g_string_chunk_new (256);
}

/**
 * ct_holidays_new:
 *
 * Creates a holiday calendar with the decisions shipped with Congtac (2023–2026, from
 * shared/spec/holidays.md §2) and nothing from the user.
 *
 * Returns: (transfer full): a new #CtHolidays
 */
CtHolidays *
ct_holidays_new (void)
{
  CtHolidays *self = g_object_new (CT_TYPE_HOLIDAYS, NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  bytes = g_resource_lookup_data (ct_core_get_resource (), SHIPPED_PATH,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes == NULL ||
      !ct_holidays_load_data (self, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                              SHIPPED_PATH, &error))
    g_critical ("Shipped holiday data: %s", error->message);
  return self;
}

/**
 * ct_holidays_get_user_file:
 *
 * Returns: (transfer full): where the user's corrections are read from:
 *   `$XDG_CONFIG_HOME/congtac/holidays.ini` (same format as the shipped file; see
 *   data/holidays/vietnam.ini)
 */
char *
ct_holidays_get_user_file (void)
{
  return g_build_filename (g_get_user_config_dir (), "congtac", "holidays.ini", NULL);
}

/**
 * ct_holidays_get_default:
 *
 * The application's holiday calendar: the shipped decisions, then the user's file
 * (ct_holidays_get_user_file()) when it exists. A user file that cannot be read is
 * reported with g_message() and left out as a whole. Safe to use from any thread.
 *
 * Returns: (transfer none): the shared #CtHolidays
 */
CtHolidays *
ct_holidays_get_default (void)
{
  static CtHolidays *instance;

  if (g_once_init_enter (&instance))
    {
      CtHolidays *self = ct_holidays_new ();
      g_autofree char *path = ct_holidays_get_user_file ();
      g_autoptr(GError) error = NULL;

      if (g_file_test (path, G_FILE_TEST_EXISTS) &&
          !ct_holidays_load_file (self, path, &error))
        g_message ("%s", error->message);
      g_once_init_leave (&instance, self);
    }
  return instance;
}

/**
 * ct_holidays_load_data:
 * @self: a #CtHolidays
 * @data: key-file text in the format of data/holidays/vietnam.ini
 * @length: length of @data in bytes, or -1 when NUL-terminated
 * @origin: where @data comes from, for error messages (a file name)
 * @error: return location for a %CT_HOLIDAYS_ERROR_INVALID error
 *
 * Adds decided years: each `[YYYY]` group replaces what @self had for that year. Nothing
 * is changed when any group is malformed.
 *
 * Returns: %TRUE on success
 */
gboolean
ct_holidays_load_data (CtHolidays  *self,
                       const char  *data,
                       gssize       length,
                       const char  *origin,
                       GError     **error)
{
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autoptr(GHashTable) parsed = NULL;
  g_auto(GStrv) groups = NULL;
  g_autoptr(GError) local_error = NULL;
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (CT_IS_HOLIDAYS (self), FALSE);
  g_return_val_if_fail (data != NULL && origin != NULL, FALSE);

  if (!g_key_file_load_from_data (file, data, length < 0 ? strlen (data) : (gsize) length,
                                  G_KEY_FILE_NONE, &local_error))
    {
      /* Translators: %1$s is a file name, %2$s the parser's explanation */
      g_set_error (error, CT_HOLIDAYS_ERROR, CT_HOLIDAYS_ERROR_INVALID,
                   _("%1$s is not a valid holidays file: %2$s"), origin, local_error->message);
      return FALSE;
    }
  parsed = g_hash_table_new_full (NULL, NULL, NULL, year_data_free);
  groups = g_key_file_get_groups (file, NULL);
  for (guint i = 0; groups[i] != NULL; i++)
    {
      guint64 year;
      YearData *y;

      if (!g_ascii_string_to_unsigned (groups[i], 10, 1900, 9999, &year, NULL))
        return set_invalid (error, origin, groups[i], groups[i]);
      if ((y = parse_year (file, groups[i], origin, error)) == NULL)
        return FALSE;
      g_hash_table_replace (parsed, GINT_TO_POINTER ((int) year), y);
    }

  g_mutex_lock (&self->lock);
  g_hash_table_iter_init (&iter, parsed);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_hash_table_iter_steal (&iter);
      g_hash_table_replace (self->years, key, value);
    }
  self->days_built = FALSE;
  g_mutex_unlock (&self->lock);
  return TRUE;
}

/**
 * ct_holidays_load_file:
 * @self: a #CtHolidays
 * @path: a key file in the format of data/holidays/vietnam.ini
 * @error: return location for a %CT_HOLIDAYS_ERROR_INVALID or #G_FILE_ERROR error
 *
 * Like ct_holidays_load_data() with the contents of @path.
 *
 * Returns: %TRUE on success
 */
gboolean
ct_holidays_load_file (CtHolidays  *self,
                       const char  *path,
                       GError     **error)
{
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (CT_IS_HOLIDAYS (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!g_file_get_contents (path, &data, &length, error))
    return FALSE;
  return ct_holidays_load_data (self, data, length, path, error);
}

/**
 * ct_holidays_lookup:
 * @self: a #CtHolidays
 * @date: a valid date
 * @info: (out caller-allocates): what kind of day @date is
 *
 * Tells whether the civil service works on @date and why not. A date inside a decided
 * holiday period is a holiday or a day off whatever its weekday; a listed Saturday is a
 * working day (làm bù); in a year without a decision the Labour Code's days are
 * computed (Tết and Giỗ Tổ with the lunar calendar at UTC+7) and @info->tentative is set.
 */
void
ct_holidays_lookup (CtHolidays  *self,
                    const GDate *date,
                    CtDayInfo   *info)
{
  int year;
  DayEntry *e;

  g_return_if_fail (CT_IS_HOLIDAYS (self));
  g_return_if_fail (date != NULL && g_date_valid (date) && info != NULL);

  year = g_date_get_year (date);
  g_mutex_lock (&self->lock);
  build_days (self);
  if (!g_hash_table_contains (self->years, GINT_TO_POINTER (year)) &&
      !g_hash_table_contains (self->computed_years, GINT_TO_POINTER (year)))
    compute_statutory_year (self, year);
  e = g_hash_table_lookup (self->days, GUINT_TO_POINTER (g_date_get_julian (date)));
  if (e != NULL)
    {
      info->kind = e->kind;
      info->tentative = e->tentative;
      info->name = e->name;
      info->document_name = e->document_name;
    }
  else
    {
      info->kind = is_weekend (date) ? CT_DAY_KIND_WEEKEND : CT_DAY_KIND_WEEKDAY;
      info->tentative = !g_hash_table_contains (self->years, GINT_TO_POINTER (year));
      info->name = NULL;
      info->document_name = NULL;
    }
  g_mutex_unlock (&self->lock);
}

/**
 * ct_holidays_is_working_day:
 * @self: a #CtHolidays
 * @date: a valid date
 *
 * Returns: %TRUE for an ordinary weekday or a làm bù Saturday (holidays.md §5.4)
 */
gboolean
ct_holidays_is_working_day (CtHolidays  *self,
                            const GDate *date)
{
  CtDayInfo info;

  ct_holidays_lookup (self, date, &info);
  return info.kind == CT_DAY_KIND_WEEKDAY || info.kind == CT_DAY_KIND_WORKING_DAY;
}

/**
 * ct_holidays_get_decision:
 * @self: a #CtHolidays
 * @year: a year
 *
 * Returns: (nullable) (transfer none): the documents the year's days come from, e.g.
 *   "Công văn 8056/VPCP-KGVX (01/12/2022); …", valid until the next load; %NULL when the
 *   year has no decision
 */
const char *
ct_holidays_get_decision (CtHolidays *self,
                          int         year)
{
  YearData *y;

  g_return_val_if_fail (CT_IS_HOLIDAYS (self), NULL);

  g_mutex_lock (&self->lock);
  y = g_hash_table_lookup (self->years, GINT_TO_POINTER (year));
  g_mutex_unlock (&self->lock);
  return y != NULL ? y->decision : NULL;
}
