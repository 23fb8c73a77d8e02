/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-merge"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ct-format.h"
#include "ct-merge.h"
#include "ct-summary.h"

/*
 * Three-way merge of a programme edited here (mine) with the version another program
 * saved meanwhile (theirs), both descended from the version last loaded or saved here
 * (base). What only one side changed is taken from that side; what both changed the
 * same way is simply kept; what both changed differently becomes a CtMergeConflict, to
 * be decided by the user. The unit of comparison is a header field, the recipients as a
 * list, a section title, an item's whole content (items are matched by UUID), and the
 * outline: which items each section holds, in which order.
 */

typedef enum {
  TAKE_MINE,
  TAKE_THEIRS,
  ASK,
} Decision;

typedef struct _Part Part;
struct _Part
{
  gboolean (*equal)   (const CtProgramme *a, const CtProgramme *b, const Part *part);
  char    *(*describe) (const CtProgramme *p, const Part *part);
  void     (*take)    (CtProgramme *to, const CtProgramme *from, const Part *part);
  const char *label;
  gsize offset;
};

struct _CtMerge
{
  CtProgramme *base;
  CtProgramme *mine;
  CtProgramme *theirs;
  GPtrArray *conflicts;  /* CtMergeConflict */
  /* Header parts, in the table's order, then one per section title when all three
   * versions have the same number of sections. */
  GArray *decisions;     /* Decision */
  GArray *conflict_of;   /* guint: index into conflicts, per ASK decision */
  Decision outline;
  guint outline_conflict;
  GHashTable *items;     /* uuid → Decision, for items present in all three */
  GHashTable *item_conflicts; /* uuid → index into conflicts + 1 */
};

/* ------------------------------------------------------------------ header fields */

#define FIELD(p, part, type) (*(type *) ((const char *) (p) + (part)->offset))

static gboolean
text_equal (const CtProgramme *a, const CtProgramme *b, const Part *part)
{
  return g_strcmp0 (FIELD (a, part, char *), FIELD (b, part, char *)) == 0;
}

static char *
text_describe (const CtProgramme *p, const Part *part)
{
  const char *text = FIELD (p, part, char *);

  return g_strdup (text != NULL && *text != '\0' ? text : _("(empty)"));
}

static void
text_take (CtProgramme *to, const CtProgramme *from, const Part *part)
{
  g_free (FIELD (to, part, char *));
  FIELD (to, part, char *) = g_strdup (FIELD (from, part, char *));
}

static gboolean
int_equal (const CtProgramme *a, const CtProgramme *b, const Part *part)
{
  return FIELD (a, part, int) == FIELD (b, part, int);
}

static void
int_take (CtProgramme *to, const CtProgramme *from, const Part *part)
{
  FIELD (to, part, int) = FIELD (from, part, int);
}

static char *
number_describe (const CtProgramme *p, const Part *part)
{
  return p->number == 0 ? g_strdup (_("(none)")) : g_strdup_printf ("%u", p->number);
}

static char *
style_describe (const CtProgramme *p, const Part *part)
{
  return g_strdup (p->style == CT_DOCUMENT_STYLE_PARTY ? _("Party (36-HD/VPTW)")
                                                       : _("State (Decree 30/2020)"));
}

static char *
status_describe (const CtProgramme *p, const Part *part)
{
  switch (p->status)
    {
    case CT_PROGRAMME_STATUS_SUBMITTED:
      return g_strdup (_("Submitted"));
    case CT_PROGRAMME_STATUS_ISSUED:
      return g_strdup (_("Issued"));
    case CT_PROGRAMME_STATUS_AMENDED:
      return g_strdup (_("Amended"));
    case CT_PROGRAMME_STATUS_DRAFT:
    default:
      return g_strdup (_("Draft"));
    }
}

static gboolean
authorities_equal (const CtProgramme *a, const CtProgramme *b, const Part *part)
{
  return ct_programme_signer_authorities_equal (a, b);
}

static char *
authorities_describe (const CtProgramme *p, const Part *part)
{
  char *text = ct_programme_dup_signer_authorities (p);

  if (*text != '\0')
    return text;
  g_free (text);
  return g_strdup (_("(none)"));
}

static void
authorities_take (CtProgramme *to, const CtProgramme *from, const Part *part)
{
  g_ptr_array_set_size (to->signer_authorities, 0);
  for (guint i = 0; i < from->signer_authorities->len; i++)
    g_ptr_array_add (to->signer_authorities,
                     ct_signer_authority_copy (from->signer_authorities->pdata[i]));
}

static gboolean
date_equal (const CtProgramme *a, const CtProgramme *b, const Part *part)
{
  gboolean va = g_date_valid (&a->issue_date), vb = g_date_valid (&b->issue_date);

  return va == vb && (!va || g_date_compare (&a->issue_date, &b->issue_date) == 0);
}

static char *
date_describe (const CtProgramme *p, const Part *part)
{
  return g_date_valid (&p->issue_date) ? ct_format_date_short (&p->issue_date)
                                       : g_strdup (_("(none)"));
}

static void
date_take (CtProgramme *to, const CtProgramme *from, const Part *part)
{
  to->issue_date = from->issue_date;
}

static gboolean
period_equal (const CtProgramme *a, const CtProgramme *b, const Part *part)
{
  return a->period_kind == b->period_kind && a->period_year == b->period_year &&
         (a->period_kind == CT_PERIOD_KIND_YEAR || a->period_index == b->period_index);
}

static char *
period_describe (const CtProgramme *p, const Part *part)
{
  return ct_format_subtitle (p->period_kind, p->period_year, p->period_index);
}

static void
period_take (CtProgramme *to, const CtProgramme *from, const Part *part)
{
  to->period_kind = from->period_kind;
  to->period_year = from->period_year;
  to->period_index = from->period_index;
}

static gboolean
recipients_equal (const CtProgramme *a, const CtProgramme *b, const Part *part)
{
  return ct_programme_recipients_equal (a, b);
}

static char *
recipients_describe (const CtProgramme *p, const Part *part)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < p->recipients->len; i++)
    {
      CtRecipient *r = p->recipients->pdata[i];

      if (out->len > 0)
        g_string_append_c (out, '\n');
      g_string_append_printf (out, "- %s", r->text);
    }
  if (out->len == 0)
    g_string_append (out, _("(empty)"));
  return g_string_free (out, FALSE);
}

static void
recipients_take (CtProgramme *to, const CtProgramme *from, const Part *part)
{
  g_ptr_array_set_size (to->recipients, 0);
  for (guint i = 0; i < from->recipients->len; i++)
    g_ptr_array_add (to->recipients, ct_recipient_copy (from->recipients->pdata[i]));
}

#define TEXT_PART(label, field) \
  { text_equal, text_describe, text_take, label, G_STRUCT_OFFSET (CtProgramme, field) }
#define INT_PART(label, field, describe) \
  { int_equal, describe, int_take, label, G_STRUCT_OFFSET (CtProgramme, field) }

static const Part header_parts[] = {
  INT_PART (N_("Format"), style, style_describe),
  TEXT_PART (N_("Superior Body"), superior_body),
  TEXT_PART (N_("Issuing Body"), issuing_body),
  INT_PART (N_("Number"), number, number_describe),
  TEXT_PART (N_("Kind Code"), kind_code),
  TEXT_PART (N_("Body Code"), body_code),
  TEXT_PART (N_("Place Name"), place_name),
  { date_equal, date_describe, date_take, N_("Issue Date"), 0 },
  { period_equal, period_describe, period_take, N_("Period"), 0 },
  TEXT_PART (N_("Subtitle"), subtitle),
  INT_PART (N_("Status"), status, status_describe),
  TEXT_PART (N_("Opening Sentence"), introduction),
  { recipients_equal, recipients_describe, recipients_take, N_("Recipients"), 0 },
  TEXT_PART (N_("Archive Line"), archive_line),
  { authorities_equal, authorities_describe, authorities_take, N_("Authority"), 0 },
  TEXT_PART (N_("Signer’s Title"), signer_title),
  TEXT_PART (N_("Signer’s Name"), signer_name),
};

/* ------------------------------------------------------------------ conflicts */

static void
conflict_free (CtMergeConflict *conflict)
{
  g_free (conflict->label);
  g_free (conflict->mine);
  g_free (conflict->theirs);
  g_free (conflict);
}

static guint
add_conflict (CtMerge *self,
              char    *label,
              char    *mine,
              char    *theirs)
{
  CtMergeConflict *conflict = g_new0 (CtMergeConflict, 1);

  conflict->label = label;
  conflict->mine = mine;
  conflict->theirs = theirs;
  conflict->take_mine = TRUE;
  g_ptr_array_add (self->conflicts, conflict);
  return self->conflicts->len - 1;
}

/* The three-way rule: a side that kept the base value yields to the other. */
static Decision
decide (gboolean mine_kept,
        gboolean theirs_kept,
        gboolean sides_equal)
{
  if (mine_kept || sides_equal)
    return mine_kept && !sides_equal ? TAKE_THEIRS : TAKE_MINE;
  if (theirs_kept)
    return TAKE_MINE;
  return ASK;
}

static gboolean
chose_mine (CtMerge  *self,
            Decision  decision,
            guint     conflict)
{
  if (decision == ASK)
    return ((CtMergeConflict *) self->conflicts->pdata[conflict])->take_mine;
  return decision == TAKE_MINE;
}

/* ------------------------------------------------------------------ outline and items */

/* Which items each section holds, in order: the structure both sides may have changed. */
static gboolean
outline_equal (const CtProgramme *a,
               const CtProgramme *b)
{
  if (a->sections->len != b->sections->len)
    return FALSE;
  for (guint i = 0; i < a->sections->len; i++)
    {
      CtSection *sa = a->sections->pdata[i], *sb = b->sections->pdata[i];

      if (sa->items->len != sb->items->len)
        return FALSE;
      for (guint j = 0; j < sa->items->len; j++)
        if (g_strcmp0 (((CtItem *) sa->items->pdata[j])->uuid,
                       ((CtItem *) sb->items->pdata[j])->uuid) != 0)
          return FALSE;
    }
  return TRUE;
}

static char *
outline_describe (const CtProgramme *p)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < p->sections->len; i++)
    {
      CtSection *section = p->sections->pdata[i];
      g_autofree char *heading = ct_section_dup_heading (section, i);

      if (out->len > 0)
        g_string_append_c (out, '\n');
      g_string_append_printf (out,
                              /* Translators: a section heading and how many items it holds. */
                              g_dngettext (GETTEXT_PACKAGE, "%s (%u item)", "%s (%u items)",
                                           section->items->len),
                              heading, section->items->len);
    }
  if (out->len == 0)
    g_string_append (out, _("(no section)"));
  return g_string_free (out, FALSE);
}

/* An item as it prints: a task's first paragraph, an event's or rule's summary line
 * (date, time, title), then every line under it (ct_format_item_lines()): attributes,
 * paragraphs, agenda with sub-points, so that the two versions differ where they do. */
static char *
item_describe (const CtItem *item)
{
  GString *out = g_string_new (NULL);
  g_autoptr(GPtrArray) lines = ct_format_item_lines (item, FALSE);

  if (item->kind != CT_ITEM_TASK)
    {
      g_autofree char *summary = ct_item_dup_summary (item);
      g_string_append (out, summary);
    }
  else if (item->paragraphs->len > 0)
    g_string_append (out, item->paragraphs->pdata[0]);
  for (guint i = 0; i < lines->len; i++)
    g_string_append_printf (out, "%s%s", out->len > 0 ? "\n" : "",
                            ((CtFormatLine *) lines->pdata[i])->text);
  return g_string_free (out, FALSE);
}

static gboolean
item_changed (const CtItem *item,
              const CtItem *base)
{
  return item != NULL && !ct_item_content_equal (item, base);
}

/* Items of the base: kept by both (3-way on their content), or removed by one side. An
 * item removed on one side and changed on the other makes the outline a question: which
 * outline is taken decides whether the item stays. */
static gboolean
merge_items (CtMerge *self)
{
  gboolean removed_and_changed = FALSE;

  for (guint i = 0; i < self->base->sections->len; i++)
    {
      CtSection *section = self->base->sections->pdata[i];

      for (guint j = 0; j < section->items->len; j++)
        {
          CtItem *base = section->items->pdata[j];
          CtItem *mine = ct_programme_find_item (self->mine, base->uuid, NULL);
          CtItem *theirs = ct_programme_find_item (self->theirs, base->uuid, NULL);
          Decision decision;

          if (mine == NULL || theirs == NULL)
            {
              removed_and_changed |= item_changed (mine, base) || item_changed (theirs, base);
              continue;
            }
          decision = decide (!item_changed (mine, base), !item_changed (theirs, base),
                             ct_item_content_equal (mine, theirs));
          g_hash_table_insert (self->items, base->uuid, GINT_TO_POINTER (decision));
          if (decision == ASK)
            {
              g_autofree char *summary = ct_item_dup_summary (base);
              guint index = add_conflict (self,
                                          /* Translators: %s is an item's summary. */
                                          g_strdup_printf (_("Item “%s”"), summary),
                                          item_describe (mine), item_describe (theirs));
              g_hash_table_insert (self->item_conflicts, base->uuid,
                                   GUINT_TO_POINTER (index + 1));
            }
        }
    }
  return removed_and_changed;
}

static void
merge_outline (CtMerge *self,
               gboolean removed_and_changed)
{
  gboolean mine_kept = outline_equal (self->mine, self->base);
  gboolean theirs_kept = outline_equal (self->theirs, self->base);

  self->outline = decide (mine_kept, theirs_kept, outline_equal (self->mine, self->theirs));
  if (removed_and_changed)
    self->outline = ASK;
  if (self->outline == ASK)
    self->outline_conflict = add_conflict (self, g_strdup (_("Sections and the order of items")),
                                           outline_describe (self->mine),
                                           outline_describe (self->theirs));
}

/* Section titles merge one by one when no side added or removed a section; otherwise
 * they come with the outline taken. */
static gboolean
titles_mergeable (CtMerge *self)
{
  return self->mine->sections->len == self->base->sections->len &&
         self->theirs->sections->len == self->base->sections->len;
}

static void
merge_titles (CtMerge *self)
{
  if (!titles_mergeable (self))
    return;
  for (guint i = 0; i < self->base->sections->len; i++)
    {
      CtSection *b = self->base->sections->pdata[i];
      CtSection *m = self->mine->sections->pdata[i];
      CtSection *t = self->theirs->sections->pdata[i];
      Decision decision = decide (g_strcmp0 (m->title, b->title) == 0,
                                  g_strcmp0 (t->title, b->title) == 0,
                                  g_strcmp0 (m->title, t->title) == 0);
      guint conflict = 0;

      if (decision == ASK)
        {
          g_autofree char *numeral = ct_format_roman (i + 1);
          conflict = add_conflict (self,
                                   /* Translators: %s is a section's roman numeral. */
                                   g_strdup_printf (_("Title of section %s"), numeral),
                                   g_strdup (m->title), g_strdup (t->title));
        }
      g_array_append_val (self->decisions, decision);
      g_array_append_val (self->conflict_of, conflict);
    }
}

/* ------------------------------------------------------------------ public */

/**
 * ct_merge_new:
 * @base: the version both others come from (last loaded or saved here)
 * @mine: the version edited here
 * @theirs: the version stored now, saved by another program
 *
 * Compares the three versions. The conflicts (ct_merge_get_conflicts()) are what both
 * sides changed differently; everything else merges on its own.
 *
 * Returns: (transfer full): the merge
 */
CtMerge *
ct_merge_new (const CtProgramme *base,
              const CtProgramme *mine,
              const CtProgramme *theirs)
{
  CtMerge *self = g_new0 (CtMerge, 1);

  g_return_val_if_fail (base != NULL && mine != NULL && theirs != NULL, self);

  self->base = ct_programme_copy (base);
  self->mine = ct_programme_copy (mine);
  self->theirs = ct_programme_copy (theirs);
  self->conflicts = g_ptr_array_new_with_free_func ((GDestroyNotify) conflict_free);
  self->decisions = g_array_new (FALSE, FALSE, sizeof (Decision));
  self->conflict_of = g_array_new (FALSE, FALSE, sizeof (guint));
  self->items = g_hash_table_new (g_str_hash, g_str_equal);
  self->item_conflicts = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < G_N_ELEMENTS (header_parts); i++)
    {
      const Part *part = &header_parts[i];
      Decision decision = decide (part->equal (mine, base, part),
                                  part->equal (theirs, base, part),
                                  part->equal (mine, theirs, part));
      guint conflict = 0;

      if (decision == ASK)
        conflict = add_conflict (self, g_strdup (_(part->label)), part->describe (mine, part),
                                 part->describe (theirs, part));
      g_array_append_val (self->decisions, decision);
      g_array_append_val (self->conflict_of, conflict);
    }
  merge_outline (self, merge_items (self));
  merge_titles (self);
  return self;
}

/**
 * ct_merge_free:
 * @self: (transfer full) (nullable): a merge
 */
void
ct_merge_free (CtMerge *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->base, ct_programme_unref);
  g_clear_pointer (&self->mine, ct_programme_unref);
  g_clear_pointer (&self->theirs, ct_programme_unref);
  g_clear_pointer (&self->conflicts, g_ptr_array_unref);
  g_clear_pointer (&self->decisions, g_array_unref);
  g_clear_pointer (&self->conflict_of, g_array_unref);
  g_clear_pointer (&self->items, g_hash_table_unref);
  g_clear_pointer (&self->item_conflicts, g_hash_table_unref);
  g_free (self);
}

/**
 * ct_merge_get_conflicts:
 * @self: a merge
 *
 * The places both versions changed differently; set each one's @take_mine before
 * ct_merge_build() to choose.
 *
 * Returns: (transfer none) (element-type CtMergeConflict): the conflicts, maybe empty
 */
GPtrArray *
ct_merge_get_conflicts (CtMerge *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->conflicts;
}

static void
take_items (CtMerge     *self,
            CtProgramme *merged)
{
  for (guint i = 0; i < merged->sections->len; i++)
    {
      CtSection *section = merged->sections->pdata[i];

      for (guint j = 0; j < section->items->len; j++)
        {
          CtItem *item = section->items->pdata[j];
          gpointer decision, conflict;
          CtItem *from, *copy;

          if (!g_hash_table_lookup_extended (self->items, item->uuid, NULL, &decision))
            continue;
          conflict = g_hash_table_lookup (self->item_conflicts, item->uuid);
          from = chose_mine (self, GPOINTER_TO_INT (decision), GPOINTER_TO_UINT (conflict) - 1)
                   ? ct_programme_find_item (self->mine, item->uuid, NULL)
                   : ct_programme_find_item (self->theirs, item->uuid, NULL);
          if (from == item)
            continue;
          copy = ct_item_copy (from);
          copy->sequence = MAX (from->sequence, item->sequence);
          g_ptr_array_index (section->items, j) = copy;
          ct_item_unref (item);
        }
    }
}

/* What was typed here that is no value yet (#CtProgramme.unread_texts) is not the other
 * side's business: it stays as typed, or stays gone. */
static void
take_unread_texts (CtMerge     *self,
                   CtProgramme *merged)
{
  g_autoptr(GPtrArray) base = ct_programme_list_unread_keys (self->base);
  g_autoptr(GPtrArray) mine = ct_programme_list_unread_keys (self->mine);

  for (guint i = 0; i < base->len; i++)
    if (ct_programme_get_unread_text (self->mine, base->pdata[i]) == NULL)
      ct_programme_set_unread_text (merged, base->pdata[i], NULL);
  for (guint i = 0; i < mine->len; i++)
    {
      const char *text = ct_programme_get_unread_text (self->mine, mine->pdata[i]);

      if (g_strcmp0 (text, ct_programme_get_unread_text (self->base, mine->pdata[i])) != 0)
        ct_programme_set_unread_text (merged, mine->pdata[i], text);
    }
}

/**
 * ct_merge_build:
 * @self: a merge
 *
 * Builds the merged programme with the choices made. It carries the stored version's id
 * and revision, so that saving it is based on what is stored now.
 *
 * Returns: (transfer full): the merged programme
 */
CtProgramme *
ct_merge_build (CtMerge *self)
{
  CtProgramme *merged;
  const CtProgramme *outline;

  g_return_val_if_fail (self != NULL, NULL);

  outline = chose_mine (self, self->outline, self->outline_conflict) ? self->mine : self->theirs;
  merged = ct_programme_copy (self->theirs);
  g_ptr_array_set_size (merged->sections, 0);
  for (guint i = 0; i < outline->sections->len; i++)
    g_ptr_array_add (merged->sections, ct_section_copy (outline->sections->pdata[i]));

  for (guint i = 0; i < self->decisions->len; i++)
    {
      Decision decision = g_array_index (self->decisions, Decision, i);
      guint conflict = g_array_index (self->conflict_of, guint, i);
      gboolean mine = chose_mine (self, decision, conflict);

      if (i < G_N_ELEMENTS (header_parts))
        {
          const Part *part = &header_parts[i];
          part->take (merged, mine ? self->mine : self->theirs, part);
        }
      else
        {
          guint s = i - G_N_ELEMENTS (header_parts);
          CtSection *from = (mine ? self->mine : self->theirs)->sections->pdata[s];
          CtSection *to = merged->sections->pdata[s];

          g_free (to->title);
          to->title = g_strdup (from->title);
        }
    }
  take_items (self, merged);
  take_unread_texts (self, merged);
  return merged;
}
