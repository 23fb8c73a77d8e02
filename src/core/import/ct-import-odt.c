/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-import"

#include "config.h"

#include "ct-import-files-private.h"

#include <glib/gi18n-lib.h>
#include <libxml/xmlreader.h>
#include <stdlib.h>
#include <string.h>

/* An OpenDocument text's body (content.xml) read with libxml2's streaming reader: its
 * paragraphs, headings, line breaks, tabs and tables become lines (ct-import-flow.c).
 * The numbers of its lists are not in the text: they are computed from the lists' styles
 * (style:num-format, num-prefix/num-suffix, display-levels, text:start-value,
 * continue-numbering) and written before the paragraph's text; so are the numbers of the
 * headings outside lists, from the document's outline style (text:outline-style in
 * styles.xml: the chapter numbering of Heading 1, 2, …). Frames, notes and
 * annotations are not read, nor the page headers and footers (they are in styles.xml). */

#define TEXT_NS "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
#define TABLE_NS "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
#define STYLE_NS "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
#define OFFICE_NS "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
#define DRAW_NS "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
#define MAX_LEVELS 10
#define MAX_DEPTH 64

typedef struct
{
  CtNumberFormat format;
  char *prefix;
  char *suffix;
  char *bullet;
  int start;
  int display;   /* how many levels the number shows: "1.2." shows 2 */
} Level;

typedef struct
{
  Level levels[MAX_LEVELS];
  int counters[MAX_LEVELS]; /* 0 before the first item */
} ListStyle;

typedef struct
{
  char *style;       /* the list's style, inherited by the lists inside it */
  gboolean numbered; /* the list item read has had its number */
  gboolean header;   /* it is a list header: never numbered */
  int start_value;   /* the item's text:start-value, or -1 */
} ListFrame;

typedef struct
{
  CtImportFlow *flow;
  GHashTable *styles;    /* list style name → ListStyle */
  ListStyle *outline;    /* the numbering of the headings, or NULL */
  ListFrame lists[MAX_DEPTH];
  int depth;             /* lists open */
  gboolean in_body;
  guint paragraphs;      /* open text:p / text:h (0 or 1 outside skipped content) */
  ListStyle *defining;   /* the list style being read */
} Odt;

static gboolean
is (xmlTextReaderPtr  reader,
    const char       *ns,
    const char       *name)
{
  const char *uri = (const char *) xmlTextReaderConstNamespaceUri (reader);

  return uri != NULL && strcmp (uri, ns) == 0 &&
         strcmp ((const char *) xmlTextReaderConstLocalName (reader), name) == 0;
}

static char *
attribute (xmlTextReaderPtr  reader,
           const char       *ns,
           const char       *name)
{
  xmlChar *value = xmlTextReaderGetAttributeNs (reader, BAD_CAST name, BAD_CAST ns);
  char *copy = g_strdup ((const char *) value);

  xmlFree (value);
  return copy;
}

static int
int_attribute (xmlTextReaderPtr  reader,
               const char       *ns,
               const char       *name,
               int               fallback)
{
  g_autofree char *value = attribute (reader, ns, name);
  gint64 n;

  if (value == NULL || !g_ascii_string_to_signed (value, 10, -100000, 100000, &n, NULL))
    return fallback;
  return (int) n;
}

static void
list_style_free (ListStyle *s)
{
  for (guint i = 0; i < MAX_LEVELS; i++)
    {
      g_free (s->levels[i].prefix);
      g_free (s->levels[i].suffix);
      g_free (s->levels[i].bullet);
    }
  g_free (s);
}

static CtNumberFormat
number_format (const char *format)
{
  if (format == NULL || *format == '\0')
    return CT_NUMBER_NONE;
  switch (format[0])
    {
    case 'I':
      return CT_NUMBER_UPPER_ROMAN;
    case 'i':
      return CT_NUMBER_LOWER_ROMAN;
    case 'A':
      return CT_NUMBER_UPPER_LETTER;
    case 'a':
      return CT_NUMBER_LOWER_LETTER;
    default:
      return CT_NUMBER_DECIMAL;
    }
}

static ListStyle *
list_style_new (void)
{
  ListStyle *s = g_new0 (ListStyle, 1);

  for (guint i = 0; i < MAX_LEVELS; i++)
    {
      s->levels[i].start = 1;
      s->levels[i].display = 1;
      s->levels[i].format = CT_NUMBER_NONE;
    }
  return s;
}

/* text:list-style and its levels, in styles.xml or among content.xml's automatic styles;
 * text:outline-style, whose levels say the same of the headings. */
static void
style_element (Odt              *odt,
               xmlTextReaderPtr  reader)
{
  if (is (reader, TEXT_NS, "list-style"))
    {
      char *name = attribute (reader, STYLE_NS, "name");

      odt->defining = list_style_new ();
      g_hash_table_replace (odt->styles, name != NULL ? name : g_strdup (""), odt->defining);
    }
  else if (is (reader, TEXT_NS, "outline-style"))
    {
      g_clear_pointer (&odt->outline, list_style_free);
      odt->outline = odt->defining = list_style_new ();
    }
  else if (odt->defining != NULL && (is (reader, TEXT_NS, "list-level-style-number") ||
                                     is (reader, TEXT_NS, "outline-level-style") ||
                                     is (reader, TEXT_NS, "list-level-style-bullet")))
    {
      int i = int_attribute (reader, TEXT_NS, "level", 0) - 1;
      Level *level;

      if (i < 0 || i >= MAX_LEVELS)
        return;
      level = &odt->defining->levels[i];
      if (is (reader, TEXT_NS, "list-level-style-bullet"))
        {
          level->format = CT_NUMBER_BULLET;
          level->bullet = attribute (reader, TEXT_NS, "bullet-char");
          return;
        }
      {
        g_autofree char *format = attribute (reader, STYLE_NS, "num-format");

        level->format = number_format (format);
      }
      level->prefix = attribute (reader, STYLE_NS, "num-prefix");
      level->suffix = attribute (reader, STYLE_NS, "num-suffix");
      level->start = int_attribute (reader, TEXT_NS, "start-value", 1);
      level->display = CLAMP (int_attribute (reader, TEXT_NS, "display-levels", 1), 1,
                              MAX_LEVELS);
    }
}

/* The label of a paragraph numbered at level @i of @style, counting it: from
 * @start_value when it is not -1. */
static char *
level_label (ListStyle *style,
             int        i,
             int        start_value)
{
  Level *level = &style->levels[i];
  GString *label;

  style->counters[i] = start_value >= 0 ? start_value
                       : style->counters[i] == 0 ? level->start : style->counters[i] + 1;
  for (int j = i + 1; j < MAX_LEVELS; j++)
    style->counters[j] = 0;
  if (level->format == CT_NUMBER_NONE && level->prefix == NULL && level->suffix == NULL)
    return NULL;
  label = g_string_new (level->prefix);
  if (level->format == CT_NUMBER_BULLET)
    {
      gboolean plain = level->bullet != NULL && strlen (level->bullet) == 1 &&
                       strchr ("-+*", level->bullet[0]) != NULL;

      g_string_append (label, plain ? level->bullet : "-");
    }
  else
    for (int j = MAX (0, i - level->display + 1); j <= i; j++)
      {
        ct_import_append_number (label, style->levels[j].format,
                                 style->counters[j] != 0 ? style->counters[j]
                                                         : style->levels[j].start);
        if (j < i)
          g_string_append_c (label, '.');
      }
  if (level->suffix != NULL)
    g_string_append (label, level->suffix);
  g_string_append_c (label, ' ');
  return g_string_free (label, FALSE);
}

/* The label of the list item whose first paragraph begins, counting it. */
static char *
item_label (Odt *odt)
{
  ListFrame *frame = &odt->lists[MIN (odt->depth, MAX_DEPTH) - 1];
  ListStyle *style = frame->style != NULL ? g_hash_table_lookup (odt->styles, frame->style)
                                          : NULL;

  if (style == NULL || frame->header || frame->numbered)
    return NULL;
  frame->numbered = TRUE;
  return level_label (style, MIN (odt->depth, MAX_LEVELS) - 1, frame->start_value);
}

/* The label of a heading outside any list: its outline level's number, counted through
 * the whole document as the word processor does (a level restarts after a heading of a
 * higher level). A heading marked as a list header has none. */
static char *
heading_label (Odt              *odt,
               xmlTextReaderPtr  reader)
{
  g_autofree char *header = attribute (reader, TEXT_NS, "is-list-header");
  g_autofree char *restart = attribute (reader, TEXT_NS, "restart-numbering");
  int level = int_attribute (reader, TEXT_NS, "outline-level", 1);
  int start_value = -1;

  if (odt->outline == NULL || g_strcmp0 (header, "true") == 0 || level < 1 ||
      level > MAX_LEVELS)
    return NULL;
  if (g_strcmp0 (restart, "true") == 0)
    start_value = int_attribute (reader, TEXT_NS, "start-value",
                                 odt->outline->levels[level - 1].start);
  return level_label (odt->outline, level - 1, start_value);
}

static void
begin_list (Odt              *odt,
            xmlTextReaderPtr  reader)
{
  ListFrame *frame;
  char *style = attribute (reader, TEXT_NS, "style-name");
  g_autofree char *continues = attribute (reader, TEXT_NS, "continue-numbering");
  g_autofree char *continue_list = attribute (reader, TEXT_NS, "continue-list");

  odt->depth++;
  if (odt->depth > MAX_DEPTH)
    {
      g_free (style);
      return;
    }
  frame = &odt->lists[odt->depth - 1];
  if (style == NULL && odt->depth > 1)
    style = g_strdup (odt->lists[odt->depth - 2].style);
  frame->style = style;
  frame->numbered = FALSE;
  frame->header = FALSE;
  frame->start_value = -1;
  /* A new list numbers from its start, unless it says it goes on from the one before. */
  if (odt->depth == 1 && style != NULL && g_strcmp0 (continues, "true") != 0 &&
      continue_list == NULL)
    {
      ListStyle *s = g_hash_table_lookup (odt->styles, style);

      if (s != NULL)
        memset (s->counters, 0, sizeof s->counters);
    }
}

static void
end_list (Odt *odt)
{
  if (odt->depth <= MAX_DEPTH && odt->depth > 0)
    g_clear_pointer (&odt->lists[odt->depth - 1].style, g_free);
  if (odt->depth > 0)
    odt->depth--;
}

static void
begin_item (Odt              *odt,
            xmlTextReaderPtr  reader,
            gboolean          header)
{
  ListFrame *frame;

  if (odt->depth == 0 || odt->depth > MAX_DEPTH)
    return;
  frame = &odt->lists[odt->depth - 1];
  frame->numbered = FALSE;
  frame->header = header;
  frame->start_value = int_attribute (reader, TEXT_NS, "start-value", -1);
}

/* Spaces, tabs and line ends in ODF text are one space; text:s writes more. */
static void
append_text (GString    *paragraph,
             const char *text)
{
  for (const char *p = text; *p; p++)
    {
      if (g_ascii_isspace (*p))
        {
          if (paragraph->len > 0 && paragraph->str[paragraph->len - 1] != ' ')
            g_string_append_c (paragraph, ' ');
        }
      else
        g_string_append_c (paragraph, *p);
    }
}

/* A paragraph or, with @heading, a heading begins. */
static void
begin_paragraph (Odt              *odt,
                 xmlTextReaderPtr  reader,
                 gboolean          heading)
{
  g_autofree char *label = NULL;

  ct_import_flow_begin_paragraph (odt->flow);
  odt->paragraphs++;
  if (odt->depth > 0)
    label = item_label (odt);
  else if (heading)
    label = heading_label (odt, reader);
  if (label != NULL)
    g_string_append (ct_import_flow_paragraph (odt->flow), label);
}

static void
body_element (Odt              *odt,
              xmlTextReaderPtr  reader)
{
  GString *paragraph = ct_import_flow_paragraph (odt->flow);

  if (is (reader, TEXT_NS, "p") || is (reader, TEXT_NS, "h"))
    begin_paragraph (odt, reader, is (reader, TEXT_NS, "h"));
  else if (is (reader, TEXT_NS, "list"))
    begin_list (odt, reader);
  else if (is (reader, TEXT_NS, "list-item") || is (reader, TEXT_NS, "list-header"))
    begin_item (odt, reader, is (reader, TEXT_NS, "list-header"));
  else if (is (reader, TEXT_NS, "s"))
    {
      int n = CLAMP (int_attribute (reader, TEXT_NS, "c", 1), 1, 100);

      for (int i = 0; i < n; i++)
        g_string_append_c (paragraph, ' ');
    }
  else if (is (reader, TEXT_NS, "tab"))
    ct_import_flow_tab (odt->flow);
  else if (is (reader, TEXT_NS, "line-break"))
    g_string_append_c (paragraph, '\n');
  else if (is (reader, TABLE_NS, "table"))
    ct_import_flow_begin_table (odt->flow);
  else if (is (reader, TABLE_NS, "table-row"))
    ct_import_flow_begin_row (odt->flow);
  else if (is (reader, TABLE_NS, "table-cell"))
    ct_import_flow_begin_cell (odt->flow);
}

static void
body_end_element (Odt              *odt,
                  xmlTextReaderPtr  reader)
{
  if (is (reader, TEXT_NS, "p") || is (reader, TEXT_NS, "h"))
    {
      ct_import_flow_end_paragraph (odt->flow);
      odt->paragraphs--;
    }
  else if (is (reader, TEXT_NS, "list"))
    end_list (odt);
  else if (is (reader, TABLE_NS, "table"))
    ct_import_flow_end_table (odt->flow);
  else if (is (reader, TABLE_NS, "table-row"))
    ct_import_flow_end_row (odt->flow);
  else if (is (reader, TABLE_NS, "table-cell"))
    ct_import_flow_end_cell (odt->flow);
  else if (is (reader, OFFICE_NS, "text"))
    odt->in_body = FALSE;
}

/* Content that is not the body's running text: frames (text boxes, images), notes,
 * annotations, tracked deletions, a list's cached number, merged-away cells. */
static gboolean
is_skipped (xmlTextReaderPtr reader)
{
  return is (reader, DRAW_NS, "frame") || is (reader, TEXT_NS, "note") ||
         is (reader, OFFICE_NS, "annotation") || is (reader, TEXT_NS, "tracked-changes") ||
         is (reader, TEXT_NS, "number") || is (reader, TABLE_NS, "covered-table-cell") ||
         is (reader, TEXT_NS, "sequence-decls") || is (reader, DRAW_NS, "custom-shape");
}

static void
element (Odt              *odt,
         xmlTextReaderPtr  reader)
{
  gboolean empty = xmlTextReaderIsEmptyElement (reader);

  if (odt->in_body)
    {
      body_element (odt, reader);
      if (empty)
        body_end_element (odt, reader);
    }
  else if (is (reader, OFFICE_NS, "text"))
    odt->in_body = !empty;
  else
    style_element (odt, reader);
}

static gboolean
read_part (Odt    *odt,
           GBytes *bytes)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  xmlTextReaderPtr reader;
  gboolean skip = FALSE;
  int ret;

  /* No network, no external entities, no DTD loading: the file is not trusted. */
  reader = xmlReaderForMemory (data, (int) length, NULL, NULL,
                               XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (reader == NULL)
    return FALSE;
  while ((ret = skip ? xmlTextReaderNext (reader) : xmlTextReaderRead (reader)) == 1)
    {
      int type = xmlTextReaderNodeType (reader);

      skip = FALSE;
      if (type == XML_READER_TYPE_ELEMENT && odt->in_body && is_skipped (reader))
        skip = !xmlTextReaderIsEmptyElement (reader);
      else if (type == XML_READER_TYPE_ELEMENT)
        element (odt, reader);
      else if (type == XML_READER_TYPE_END_ELEMENT && odt->in_body)
        body_end_element (odt, reader);
      else if (type == XML_READER_TYPE_END_ELEMENT && (is (reader, TEXT_NS, "list-style") ||
                                                       is (reader, TEXT_NS, "outline-style")))
        odt->defining = NULL;
      else if (odt->in_body && odt->paragraphs > 0 &&
               (type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA ||
                type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE))
        append_text (ct_import_flow_paragraph (odt->flow),
                     (const char *) xmlTextReaderConstValue (reader));
    }
  xmlFreeTextReader (reader);
  return ret == 0;
}

/**
 * ct_import_odt_text:
 * @zip: an OpenDocument text's archive
 * @error: return location for a #CT_IMPORT_ERROR
 *
 * Returns: (transfer full) (nullable): the document's lines, or %NULL with @error set
 */
char *
ct_import_odt_text (CtImportZip  *zip,
                    GError      **error)
{
  g_autoptr(GBytes) content = NULL;
  g_autoptr(GBytes) styles = NULL;
  g_autoptr(CtImportFlow) flow = ct_import_flow_new ();
  GError *local = NULL;
  Odt odt = { 0 };
  gboolean ok;

  content = ct_import_zip_read (zip, "content.xml", FALSE, error);
  if (content == NULL)
    return NULL;
  styles = ct_import_zip_read (zip, "styles.xml", TRUE, &local);
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return NULL;
    }
  odt.flow = flow;
  odt.styles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                      (GDestroyNotify) list_style_free);
  ok = (styles == NULL || read_part (&odt, styles)) && read_part (&odt, content);
  while (odt.depth > 0)
    end_list (&odt);
  g_hash_table_unref (odt.styles);
  g_clear_pointer (&odt.outline, list_style_free);
  if (!ok)
    {
      ct_import_set_damaged (error, _("an OpenDocument text (.odt)"));
      return NULL;
    }
  return ct_import_flow_finish (flow, error);
}
