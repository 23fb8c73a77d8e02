/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The import corpus scorer: imports every programme of tests/data/corpus/ and compares it
 * field by field with the programme expected of it (its .expected.json), counting each
 * field right, missing or wrong, and a wrong field silently wrong unless a warning or an
 * unrecognised line of the report names its line. The counts may not get worse than
 * tests/data/corpus/scores.txt records (a ratchet). Run with --verbose to see, for each
 * field that is not right, what was expected and what was read. See
 * tests/data/corpus/README.md. */
#include <stdlib.h>
#include <string.h>

#include "ct-format.h"
#include "ct-import.h"
#include "ct-json.h"
#include "ct-text.h"
#include "test-util.h"

#define CORPUS_DIR TEST_SOURCE_DIR "/data/corpus"

/* Two texts match as the same item, section or line when their words overlap this much
 * (Dice coefficient); below it they are different things. */
#define SAME_THING 0.5

typedef struct
{
  guint right;
  guint silent;
  guint noted;
  guint missing;
} Score;

typedef struct
{
  const char *name;
  const CtImportReport *report;
  gboolean refused;
  char **lines;
  guint n_lines;
  Score score;
  GString *details;
} Scoring;

typedef struct
{
  char *name;
  char *shape;
  Score score;
} FileResult;

static GPtrArray *results;

/* ---- values as comparable text ---- */

static char *
normalise (const char *text)
{
  g_autofree char *collapsed = NULL;

  if (text == NULL)
    return NULL;
  collapsed = ct_text_collapse_spaces (text);
  g_strstrip (collapsed);
  return *collapsed ? g_steal_pointer (&collapsed) : NULL;
}

static char *
date_text (const GDate *date)
{
  if (!g_date_valid (date))
    return NULL;
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

static char *
time_text (int minute)
{
  if (minute == CT_NO_TIME || minute < 0)
    return NULL;
  return g_strdup_printf ("%02d:%02d", minute / 60, minute % 60);
}

static char *
weekdays_text (guint mask)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < 7; i++)
    if (mask & (1u << i))
      g_string_append_printf (out, "%s%s", out->len ? "," : "", ct_json_weekday_names[i]);
  return g_string_free (out, FALSE);
}

/* The rule of a recurring item in one text: "weekly monday", "monthly-day 5",
 * "monthly-weekday 1 monday". */
static char *
rule_text (const CtItem *item)
{
  g_autofree char *days = NULL;

  if (item->kind != CT_ITEM_RECURRING)
    return NULL;
  days = weekdays_text (item->weekdays);
  switch (item->recurrence)
    {
    case CT_RECURRENCE_MONTHLY_DAY:
      return g_strdup_printf ("monthly-day %d", item->month_day);
    case CT_RECURRENCE_MONTHLY_WEEKDAY:
      return g_strdup_printf ("monthly-weekday %d %s", item->month_week, days);
    case CT_RECURRENCE_WEEKLY:
    default:
      return g_strdup_printf ("weekly %s", days);
    }
}

static char *
exceptions_text (const CtItem *item)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; item->exceptions != NULL && i < item->exceptions->len; i++)
    {
      g_autofree char *d = date_text (&g_array_index (item->exceptions, GDate, i));

      g_string_append_printf (out, "%s%s", out->len ? "," : "", d);
    }
  return g_string_free (out, FALSE);
}

/* ---- similarity and alignment ---- */

static double
similarity (const char *a,
            const char *b)
{
  g_autofree char *la = NULL, *lb = NULL;
  g_auto(GStrv) wa = NULL, wb = NULL;
  g_autoptr(GHashTable) set = NULL;
  guint na, nb, common = 0;

  if (a == NULL || b == NULL)
    return 0;
  la = g_utf8_strdown (a, -1);
  lb = g_utf8_strdown (b, -1);
  wa = g_strsplit_set (g_strstrip (la), " \t\n", -1);
  wb = g_strsplit_set (g_strstrip (lb), " \t\n", -1);
  na = g_strv_length (wa);
  nb = g_strv_length (wb);
  if (na + nb == 0)
    return 0;
  set = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < nb; i++)
    g_hash_table_add (set, wb[i]);
  for (guint i = 0; i < na; i++)
    if (g_hash_table_contains (set, wa[i]))
      common++;
  return 2.0 * MIN (common, MIN (na, nb)) / (na + nb);
}

/* Aligns two lists of keys in order (an LCS weighted by similarity), so that one item
 * missing from @got does not shift all the following ones. Returns for each expected key
 * the index of its partner in @got, or -1. */
static int *
align (GPtrArray *expected,
       GPtrArray *got)
{
  guint n = expected->len, m = got->len;
  double *best = g_new0 (double, (n + 1) * (m + 1));
  int *map = g_new (int, MAX (n, 1));

#define BEST(i, j) best[(i) * (m + 1) + (j)]
  for (guint i = n; i-- > 0;)
    for (guint j = m; j-- > 0;)
      {
        double s = similarity (g_ptr_array_index (expected, i), g_ptr_array_index (got, j));
        double v = MAX (BEST (i + 1, j), BEST (i, j + 1));

        if (s >= SAME_THING)
          v = MAX (v, BEST (i + 1, j + 1) + s);
        BEST (i, j) = v;
      }
  for (guint i = 0; i < n; i++)
    map[i] = -1;
  for (guint i = 0, j = 0; i < n && j < m;)
    {
      double s = similarity (g_ptr_array_index (expected, i), g_ptr_array_index (got, j));

      if (s >= SAME_THING && BEST (i, j) == BEST (i + 1, j + 1) + s)
        map[i++] = j++;
      else if (BEST (i, j) == BEST (i + 1, j))
        i++;
      else
        j++;
    }
#undef BEST
  g_free (best);
  return map;
}

/* ---- where things are in the source, for "named by a warning" ---- */

static gboolean
noted (const Scoring *s,
       guint          from,
       guint          to)
{
  GPtrArray *lists[2];

  if (s->report == NULL || from == 0)
    return FALSE;
  lists[0] = s->report->warnings;
  lists[1] = s->report->unrecognised;
  for (guint k = 0; k < 2; k++)
    for (guint i = 0; lists[k] != NULL && i < lists[k]->len; i++)
      {
        const CtImportWarning *w = g_ptr_array_index (lists[k], i);

        if (w->line >= from && w->line <= to)
          return TRUE;
      }
  return FALSE;
}

/* The first source line at or after @from (1-based) holding the first three words of
 * @key, or 0. */
static guint
find_line (const Scoring *s,
           const char    *key,
           guint          from)
{
  g_autofree char *norm = normalise (key);
  g_auto(GStrv) words = NULL;
  g_autofree char *needle = NULL;

  if (norm == NULL)
    return 0;
  words = g_strsplit (norm, " ", 4);
  if (g_strv_length (words) > 3)
    g_clear_pointer (&words[3], g_free);
  needle = g_strjoinv (" ", words);
  for (guint i = MAX (from, 1); i <= s->n_lines; i++)
    {
      g_autofree char *line = normalise (s->lines[i - 1]);

      if (line != NULL && strstr (line, needle) != NULL)
        return i;
    }
  return 0;
}

/* ---- counting ---- */

static void
count (Scoring    *s,
       const char *path,
       const char *expected_raw,
       const char *got_raw,
       guint       from,
       guint       to)
{
  g_autofree char *expected = normalise (expected_raw);
  g_autofree char *got = s->refused ? NULL : normalise (got_raw);
  const char *verdict;

  if (expected == NULL && got == NULL)
    return;
  if (g_strcmp0 (expected, got) == 0)
    {
      s->score.right++;
      return;
    }
  if (got == NULL)
    {
      s->score.missing++;
      verdict = "missing";
    }
  else if (noted (s, from, to))
    {
      s->score.noted++;
      verdict = "wrong (noted)";
    }
  else
    {
      s->score.silent++;
      verdict = "SILENTLY WRONG";
    }
  g_string_append_printf (s->details, "%s: %s: expected «%s», got «%s»\n", path, verdict,
                          expected ? expected : "", got ? got : "");
}

static void
count_owned (Scoring    *s,
             char       *path,
             char       *expected,
             char       *got,
             guint       from,
             guint       to)
{
  count (s, path, expected, got, from, to);
  g_free (path);
  g_free (expected);
  g_free (got);
}

static const char *
item_key (const CtItem *item)
{
  if (item->title != NULL && *item->title)
    return item->title;
  if (item->paragraphs->len > 0)
    return g_ptr_array_index (item->paragraphs, 0);
  return "";
}

static void
score_agenda (Scoring      *s,
              const char   *path,
              const CtItem *e,
              const CtItem *g,
              guint         from,
              guint         to)
{
  g_autoptr(GPtrArray) ek = g_ptr_array_new ();
  g_autoptr(GPtrArray) gk = g_ptr_array_new ();
  g_autofree int *map = NULL;
  g_autofree gboolean *used = NULL;

  for (guint i = 0; i < e->agenda->len; i++)
    g_ptr_array_add (ek, ((CtAgendaItem *) g_ptr_array_index (e->agenda, i))->text);
  for (guint j = 0; g != NULL && j < g->agenda->len; j++)
    g_ptr_array_add (gk, ((CtAgendaItem *) g_ptr_array_index (g->agenda, j))->text);
  map = align (ek, gk);
  used = g_new0 (gboolean, gk->len + 1);
  for (guint i = 0; i < e->agenda->len; i++)
    {
      const CtAgendaItem *ea = g_ptr_array_index (e->agenda, i);
      const CtAgendaItem *ga = map[i] >= 0 ? g_ptr_array_index (g->agenda, map[i]) : NULL;
      g_autofree char *p = g_strdup_printf ("%s.agenda[%u]", path, i);
      guint n_sub = MAX (ea->subpoints->len, ga ? ga->subpoints->len : 0);

      if (map[i] >= 0)
        used[map[i]] = TRUE;
      count_owned (s, g_strdup_printf ("%s.text", p), g_strdup (ea->text),
                   g_strdup (ga ? ga->text : NULL), from, to);
      count_owned (s, g_strdup_printf ("%s.preparing_unit", p), g_strdup (ea->preparing_unit),
                   g_strdup (ga ? ga->preparing_unit : NULL), from, to);
      for (guint k = 0; k < n_sub; k++)
        count_owned (s, g_strdup_printf ("%s.subpoints[%u]", p, k),
                     g_strdup (k < ea->subpoints->len ? g_ptr_array_index (ea->subpoints, k)
                                                      : NULL),
                     g_strdup (ga && k < ga->subpoints->len ? g_ptr_array_index (ga->subpoints, k)
                                                            : NULL),
                     from, to);
    }
  for (guint j = 0; j < gk->len; j++)
    if (!used[j])
      count_owned (s, g_strdup_printf ("%s.agenda (extra)", path), NULL,
                   g_strdup (g_ptr_array_index (gk, j)), from, to);
}

static void
score_item (Scoring      *s,
            const char   *path,
            const CtItem *e,
            const CtItem *g,
            guint         from,
            guint         to)
{
  guint n_par = MAX (e->paragraphs->len, g ? g->paragraphs->len : 0);
  /* A vague timing without a window leaves the window to the reader. */
  gboolean window = !(e->vague_when != NULL && !g_date_valid (&e->start_date) &&
                      !g_date_valid (&e->end_date));

#define FIELD(name, ev, gv) \
  count_owned (s, g_strdup_printf ("%s.%s", path, name), (ev), g ? (gv) : NULL, from, to)
  FIELD ("kind", g_strdup (ct_json_kind_names[e->kind]), g_strdup (ct_json_kind_names[g->kind]));
  FIELD ("title", g_strdup (e->title), g_strdup (g->title));
  for (guint k = 0; k < n_par; k++)
    {
      g_autofree char *name = g_strdup_printf ("paragraphs[%u]", k);

      FIELD (name, g_strdup (k < e->paragraphs->len ? g_ptr_array_index (e->paragraphs, k) : NULL),
             g_strdup (k < g->paragraphs->len ? g_ptr_array_index (g->paragraphs, k) : NULL));
    }
  FIELD ("vague_when", g_strdup (e->vague_when), g_strdup (g->vague_when));
  if (window)
    {
      FIELD ("start_date", date_text (&e->start_date), date_text (&g->start_date));
      FIELD ("end_date", date_text (&e->end_date), date_text (&g->end_date));
    }
  FIELD ("day_part", e->day_part ? g_strdup (ct_json_day_part_names[e->day_part]) : NULL,
         g->day_part ? g_strdup (ct_json_day_part_names[g->day_part]) : NULL);
  FIELD ("start_time", time_text (e->start_minute), time_text (g->start_minute));
  FIELD ("end_time", time_text (e->end_minute), time_text (g->end_minute));
  FIELD ("tentative", e->tentative ? g_strdup ("dự kiến") : NULL,
         g->tentative ? g_strdup ("dự kiến") : NULL);
  for (guint f = 0; f < CT_ITEM_N_TEXT_FIELDS; f++)
    FIELD (ct_item_text_fields[f].key,
           g_strdup (ct_item_get_text_field (e, &ct_item_text_fields[f])),
           g_strdup (ct_item_get_text_field (g, &ct_item_text_fields[f])));
  FIELD ("recurrence", rule_text (e), rule_text (g));
  FIELD ("exceptions", exceptions_text (e), exceptions_text (g));
#undef FIELD
  score_agenda (s, path, e, g, from, to);
}

typedef struct
{
  const CtItem *item;
  guint section;
} Flat;

static GArray *
flatten (const CtProgramme *p,
         GPtrArray         *keys)
{
  GArray *flat = g_array_new (FALSE, FALSE, sizeof (Flat));

  for (guint i = 0; p != NULL && i < p->sections->len; i++)
    {
      const CtSection *section = g_ptr_array_index (p->sections, i);

      for (guint j = 0; j < section->items->len; j++)
        {
          Flat f = { g_ptr_array_index (section->items, j), i };

          g_array_append_val (flat, f);
          g_ptr_array_add (keys, (gpointer) item_key (f.item));
        }
    }
  return flat;
}

/* Items are aligned over the whole programme, not within sections, so that a section
 * heading read wrongly does not lose the items under it. */
static guint
score_items (Scoring           *s,
             const CtProgramme *e,
             const CtProgramme *g,
             guint              body_start)
{
  g_autoptr(GPtrArray) ek = g_ptr_array_new ();
  g_autoptr(GPtrArray) gk = g_ptr_array_new ();
  g_autoptr(GArray) ef = flatten (e, ek);
  g_autoptr(GArray) gf = flatten (s->refused ? NULL : g, gk);
  g_autofree int *map = align (ek, gk);
  g_autofree gboolean *used = g_new0 (gboolean, gf->len + 1);
  g_autofree guint *anchor = g_new0 (guint, ef->len + 1);
  guint cursor = body_start, last = body_start;

  for (guint i = 0; i < ef->len; i++)
    {
      anchor[i] = find_line (s, g_ptr_array_index (ek, i), cursor);
      if (anchor[i] > 0)
        cursor = last = anchor[i];
    }
  for (guint i = 0; i < ef->len; i++)
    {
      const Flat *fe = &g_array_index (ef, Flat, i);
      const Flat *fg = map[i] >= 0 ? &g_array_index (gf, Flat, map[i]) : NULL;
      guint to = s->n_lines;
      g_autofree char *path = NULL;

      for (guint k = i + 1; k < ef->len; k++)
        if (anchor[k] > anchor[i])
          {
            to = anchor[k] - 1;
            break;
          }
      if (map[i] >= 0)
        used[map[i]] = TRUE;
      path = g_strdup_printf ("sections[%u].items «%.40s»", fe->section,
                              (char *) g_ptr_array_index (ek, i));
      score_item (s, path, fe->item, fg ? fg->item : NULL, anchor[i], to);
    }
  for (guint j = 0; j < gf->len; j++)
    if (!used[j])
      count_owned (s, g_strdup ("item (extra)"), NULL,
                   g_strdup_printf ("%s «%s»",
                                    ct_json_kind_names[g_array_index (gf, Flat, j).item->kind],
                                    (char *) g_ptr_array_index (gk, j)),
                   find_line (s, g_ptr_array_index (gk, j), 1),
                   find_line (s, g_ptr_array_index (gk, j), 1));
  return last;
}

static void
score_sections (Scoring           *s,
                const CtProgramme *e,
                const CtProgramme *g)
{
  g_autoptr(GPtrArray) ek = g_ptr_array_new ();
  g_autoptr(GPtrArray) gk = g_ptr_array_new ();
  g_autofree int *map = NULL;
  g_autofree gboolean *used = NULL;

  for (guint i = 0; i < e->sections->len; i++)
    g_ptr_array_add (ek, ((CtSection *) g_ptr_array_index (e->sections, i))->title);
  for (guint j = 0; !s->refused && j < g->sections->len; j++)
    g_ptr_array_add (gk, ((CtSection *) g_ptr_array_index (g->sections, j))->title);
  map = align (ek, gk);
  used = g_new0 (gboolean, gk->len + 1);
  for (guint i = 0; i < ek->len; i++)
    {
      guint line = find_line (s, g_ptr_array_index (ek, i), 1);

      if (map[i] >= 0)
        used[map[i]] = TRUE;
      count_owned (s, g_strdup_printf ("sections[%u].title", i),
                   g_strdup (g_ptr_array_index (ek, i)),
                   map[i] >= 0 ? g_strdup (g_ptr_array_index (gk, map[i])) : NULL, line, line);
    }
  for (guint j = 0; j < gk->len; j++)
    if (!used[j])
      {
        guint line = find_line (s, g_ptr_array_index (gk, j), 1);

        count_owned (s, g_strdup ("section (extra)"), NULL,
                     g_strdup (g_ptr_array_index (gk, j)), line, line);
      }
}

static void
score_closing (Scoring           *s,
               const CtProgramme *e,
               const CtProgramme *g,
               guint              from)
{
  g_autoptr(GPtrArray) ek = g_ptr_array_new ();
  g_autoptr(GPtrArray) gk = g_ptr_array_new ();
  g_autofree int *map = NULL;
  g_autofree gboolean *used = NULL;
  guint to = s->n_lines;
  guint n_auth = MAX (e->signer_authorities->len, g->signer_authorities->len);

  for (guint i = 0; i < e->recipients->len; i++)
    g_ptr_array_add (ek, ((CtRecipient *) g_ptr_array_index (e->recipients, i))->text);
  for (guint j = 0; !s->refused && j < g->recipients->len; j++)
    g_ptr_array_add (gk, ((CtRecipient *) g_ptr_array_index (g->recipients, j))->text);
  map = align (ek, gk);
  used = g_new0 (gboolean, gk->len + 1);
  for (guint i = 0; i < ek->len; i++)
    {
      const CtRecipient *er = g_ptr_array_index (e->recipients, i);
      const CtRecipient *gr = map[i] >= 0 ? g_ptr_array_index (g->recipients, map[i]) : NULL;

      if (map[i] >= 0)
        used[map[i]] = TRUE;
      count_owned (s, g_strdup_printf ("recipients[%u].text", i), g_strdup (er->text),
                   g_strdup (gr ? gr->text : NULL), from, to);
      count_owned (s, g_strdup_printf ("recipients[%u].purpose", i), g_strdup (er->purpose),
                   g_strdup (gr ? gr->purpose : NULL), from, to);
    }
  for (guint j = 0; j < gk->len; j++)
    if (!used[j])
      count_owned (s, g_strdup ("recipient (extra)"), NULL, g_strdup (g_ptr_array_index (gk, j)),
                   from, to);
  count (s, "archive_line", e->archive_line, g->archive_line, from, to);
  for (guint i = 0; i < n_auth; i++)
    {
      const CtSignerAuthority *ea = i < e->signer_authorities->len
        ? g_ptr_array_index (e->signer_authorities, i) : NULL;
      const CtSignerAuthority *ga = i < g->signer_authorities->len
        ? g_ptr_array_index (g->signer_authorities, i) : NULL;

      count_owned (s, g_strdup_printf ("signer_authorities[%u]", i),
                   ea ? g_strdup_printf ("%s %s", ct_json_authority_names[ea->authority],
                                         ea->body) : NULL,
                   ga ? g_strdup_printf ("%s %s", ct_json_authority_names[ga->authority],
                                         ga->body) : NULL,
                   from, to);
    }
  count (s, "signer_title", e->signer_title, g->signer_title, from, to);
  count (s, "signer_name", e->signer_name, g->signer_name, from, to);
}

static char *
period_text (const CtProgramme *p)
{
  if (p->period_kind == CT_PERIOD_KIND_YEAR)
    return g_strdup_printf ("%s %d", ct_json_period_names[p->period_kind], p->period_year);
  return g_strdup_printf ("%s %d/%d", ct_json_period_names[p->period_kind], p->period_year,
                          p->period_index);
}

/* The subtitle read, or %NULL when it is only the wording derived from the period (in
 * any letter case): a title typed as "CÔNG TÁC QUÝ II NĂM 2025" has no subtitle of its own. */
static char *
own_subtitle (const CtProgramme *e,
              const CtProgramme *g)
{
  g_autofree char *derived = ct_format_subtitle (e->period_kind, e->period_year,
                                                 e->period_index);
  g_autofree char *a = NULL, *b = NULL;

  if (g->subtitle == NULL)
    return NULL;
  a = g_utf8_casefold (derived, -1);
  b = g_utf8_casefold (g->subtitle, -1);
  return g_str_equal (a, b) ? NULL : g_strdup (g->subtitle);
}

static void
score_header (Scoring           *s,
              const CtProgramme *e,
              const CtProgramme *g,
              guint              to)
{
  gboolean numbered = e->number > 0 || g->number > 0;

  count (s, "style", ct_json_style_names[e->style], ct_json_style_names[g->style], 1, to);
  count (s, "superior_body", e->superior_body, g->superior_body, 1, to);
  count (s, "issuing_body", e->issuing_body, g->issuing_body, 1, to);
  count_owned (s, g_strdup ("number"), e->number ? g_strdup_printf ("%u", e->number) : NULL,
               g->number ? g_strdup_printf ("%u", g->number) : NULL, 1, to);
  if (numbered)
    count (s, "kind_code", e->kind_code, g->kind_code, 1, to);
  count (s, "body_code", e->body_code, g->body_code, 1, to);
  count (s, "place_name", e->place_name, g->place_name, 1, to);
  count_owned (s, g_strdup ("issue_date"), date_text (&e->issue_date),
               date_text (&g->issue_date), 1, to);
  count_owned (s, g_strdup ("period"), period_text (e), period_text (g), 1, to);
  count_owned (s, g_strdup ("subtitle"), g_strdup (e->subtitle), own_subtitle (e, g), 1, to);
  count (s, "introduction", e->introduction, g->introduction, 1, to);
}

static void
score_programme (Scoring           *s,
                 const CtProgramme *e,
                 const CtProgramme *g)
{
  g_autoptr(GPtrArray) keys = g_ptr_array_new ();
  g_autoptr(GArray) flat = flatten (e, keys);
  guint body = 0, last, closing;

  /* The header ends where the first section or item begins. */
  if (e->sections->len > 0)
    body = find_line (s, ((CtSection *) g_ptr_array_index (e->sections, 0))->title, 1);
  if (body == 0 && keys->len > 0)
    body = find_line (s, g_ptr_array_index (keys, 0), 1);
  score_header (s, e, g, body > 1 ? body - 1 : s->n_lines);
  score_sections (s, e, g);
  last = score_items (s, e, g, MAX (body, 1));
  closing = find_line (s, "Nơi nhận", last);
  score_closing (s, e, g, closing ? closing : MAX (last, 1));
}

/* ---- one file ---- */

static char *
read_optional (const char *path)
{
  char *text = NULL;

  if (!g_file_get_contents (path, &text, NULL, NULL))
    return NULL;
  return g_strstrip (text);
}

static void
score_refusal (Scoring      *s,
               const char   *cause,
               const GError *error)
{
  g_autofree char *expected = g_strdup_printf ("refused, naming %s", cause);

  if (error != NULL && strstr (error->message, cause) != NULL)
    s->score.right++;
  else if (error != NULL)
    {
      s->score.noted++;
      g_string_append_printf (s->details, "refusal: wrong (noted): expected «%s», got «%s»\n",
                              expected, error->message);
    }
  else
    {
      gboolean flagged = s->report->warnings->len > 0 || s->report->unrecognised->len > 0;

      if (flagged)
        s->score.noted++;
      else
        s->score.silent++;
      g_string_append_printf (s->details, "refusal: %s: expected «%s», got an import\n",
                              flagged ? "wrong (noted)" : "SILENTLY WRONG", expected);
    }
}

static void
print_row (const char  *name,
           const Score *score)
{
  guint wrong = score->silent + score->noted;
  guint total = score->right + wrong + score->missing;

  g_test_message ("%-50s %5u %7u %7u %7u %5.1f%%", name, score->right, score->silent,
                  score->noted, score->missing, total ? 100.0 * score->right / total : 0.0);
}

static void
print_heading (void)
{
  g_test_message ("%-50s %5s %7s %7s %7s %6s", "", "right", "silent", "noted", "missing",
                  "right");
}

/* The recorded minimum of right fields and maximum of silently wrong ones for @name, or
 * FALSE when it has none. */
static gboolean
recorded_scores (const char *name,
                 guint      *min_right,
                 guint      *max_silent)
{
  g_autofree char *text = read_optional (CORPUS_DIR "/scores.txt");
  g_auto(GStrv) lines = NULL;

  g_assert_nonnull (text);
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) cols = NULL;

      if (lines[i][0] == '#')
        continue;
      cols = g_strsplit_set (g_strstrip (lines[i]), " \t", -1);
      {
        g_autoptr(GPtrArray) words = g_ptr_array_new ();

        for (guint k = 0; cols[k] != NULL; k++)
          if (*cols[k])
            g_ptr_array_add (words, cols[k]);
        if (words->len == 3 && g_str_equal (g_ptr_array_index (words, 0), name))
          {
            *min_right = atoi (g_ptr_array_index (words, 1));
            *max_silent = atoi (g_ptr_array_index (words, 2));
            return TRUE;
          }
      }
    }
  return FALSE;
}

static void
check_ratchet (const char  *name,
               const Score *score)
{
  guint min_right, max_silent;

  if (!recorded_scores (name, &min_right, &max_silent))
    {
      g_test_message ("%s is not in scores.txt; add the line: %s %u %u", name, name,
                      score->right, score->silent);
      g_test_fail ();
      return;
    }
  if (score->right < min_right)
    {
      g_test_message ("%s: %u fields right, fewer than the %u recorded", name, score->right,
                      min_right);
      g_test_fail ();
    }
  if (score->silent > max_silent)
    {
      g_test_message ("%s: %u fields silently wrong, more than the %u recorded", name,
                      score->silent, max_silent);
      g_test_fail ();
    }
  if (score->right > min_right || score->silent < max_silent)
    g_test_message ("%s got better: update scores.txt to: %s %u %u", name, name, score->right,
                    score->silent);
}

static void
test_file (gconstpointer data)
{
  const char *file = data;
  g_autofree char *path = g_build_filename (CORPUS_DIR, file, NULL);
  g_autofree char *stem = g_strndup (file, strrchr (file, '.') - file);
  g_autofree char *expected_path = g_strdup_printf ("%s/%s.expected.json", CORPUS_DIR, stem);
  g_autofree char *refusal_path = g_strdup_printf ("%s/%s.refusal", CORPUS_DIR, stem);
  g_autofree char *cause = read_optional (refusal_path);
  g_autofree char *json = read_optional (expected_path);
  g_autoptr(CtImportReport) report = NULL;
  g_autoptr(CtProgramme) expected = NULL;
  g_autoptr(CtProgramme) empty = ct_programme_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) details = g_string_new (NULL);
  Scoring s = { file, NULL, FALSE, NULL, 0, { 0 }, details };
  FileResult *result;

  g_assert_true (cause != NULL || json != NULL);
  if (json != NULL)
    {
      g_autoptr(GError) json_error = NULL;

      expected = ct_programme_from_json (json, -1, &json_error);
      g_assert_no_error (json_error);
    }

  report = ct_import_file (path, &error);
  s.report = report;
  s.refused = report == NULL;
  if (report != NULL)
    {
      s.lines = report->source_lines;
      s.n_lines = s.lines ? g_strv_length (s.lines) : 0;
    }
  if (cause != NULL && (report == NULL || expected == NULL))
    score_refusal (&s, cause, error);
  else if (report == NULL)
    g_string_append_printf (details, "refused: %s\n", error->message);
  if (expected != NULL && !(cause != NULL && report == NULL && s.score.right > 0))
    score_programme (&s, expected, report ? report->programme : empty);

  result = g_new0 (FileResult, 1);
  result->name = g_strdup (stem);
  result->shape = g_strndup (stem, strstr (stem, "--") ? strstr (stem, "--") - stem
                                                       : (gssize) strlen (stem));
  result->score = s.score;
  g_ptr_array_add (results, result);

  print_heading ();
  print_row (stem, &s.score);
  if (g_test_verbose () && details->len > 0)
    {
      g_auto(GStrv) lines = g_strsplit (details->str, "\n", -1);

      for (guint i = 0; lines[i] != NULL && *lines[i]; i++)
        g_test_message ("  %s", lines[i]);
    }
  check_ratchet (stem, &s.score);
}

/* The table of every file and of every shape, for the developer's eye. */
static void
test_summary (void)
{
  g_autoptr(GHashTable) shapes = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  Score all = { 0 };

  print_heading ();
  for (guint i = 0; i < results->len; i++)
    {
      FileResult *r = g_ptr_array_index (results, i);
      Score *shape = g_hash_table_lookup (shapes, r->shape);

      print_row (r->name, &r->score);
      if (shape == NULL)
        {
          shape = g_new0 (Score, 1);
          g_hash_table_insert (shapes, r->shape, shape);
          g_ptr_array_add (order, r->shape);
        }
      shape->right += r->score.right;
      shape->silent += r->score.silent;
      shape->noted += r->score.noted;
      shape->missing += r->score.missing;
      all.right += r->score.right;
      all.silent += r->score.silent;
      all.noted += r->score.noted;
      all.missing += r->score.missing;
    }
  g_test_message ("Per shape:");
  print_heading ();
  for (guint i = 0; i < order->len; i++)
    print_row (g_ptr_array_index (order, i), g_hash_table_lookup (shapes,
                                                                  g_ptr_array_index (order, i)));
  print_row ("all", &all);
}

static void
file_result_free (gpointer data)
{
  FileResult *r = data;

  g_free (r->name);
  g_free (r->shape);
  g_free (r);
}

static int
by_name (gconstpointer a,
         gconstpointer b)
{
  return g_strcmp0 (*(char **) a, *(char **) b);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  int status;

  ct_test_init (&argc, &argv);
  results = g_ptr_array_new_with_free_func (file_result_free);
  dir = g_dir_open (CORPUS_DIR, 0, NULL);
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (strstr (name, "--") != NULL && !g_str_has_suffix (name, ".expected.json") &&
        !g_str_has_suffix (name, ".refusal"))
      g_ptr_array_add (files, g_strdup (name));
  g_ptr_array_sort (files, by_name);
  for (guint i = 0; i < files->len; i++)
    {
      const char *file = g_ptr_array_index (files, i);
      g_autofree char *test = g_strdup_printf ("/import-corpus/%s", file);

      g_test_add_data_func (test, file, test_file);
    }
  g_test_add_func ("/import-corpus/summary", test_summary);
  status = g_test_run ();
  g_ptr_array_unref (results);
  return status;
}
