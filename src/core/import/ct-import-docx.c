/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-import"

#include "config.h"

#include "ct-import-files-private.h"

#include <glib/gi18n-lib.h>
#include <libxml/xmlreader.h>
#include <stdlib.h>
#include <string.h>

/* A Word document's body (word/document.xml) read with libxml2's streaming reader: its
 * paragraphs, line breaks, tabs and tables become lines (ct-import-flow.c). Word keeps the
 * numbers of its automatic lists out of the text: they are computed from
 * word/numbering.xml, as Word shows them, and written before the paragraph's text, so
 * that the grammar reads "I. …", "1. …", "a) …" as the reader sees them. Text boxes,
 * headers, footers and notes are not read. */

#define W_NS "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define MC_NS "http://schemas.openxmlformats.org/markup-compatibility/2006"
#define MAX_LEVELS 9

typedef struct
{
  CtNumberFormat format;
  char *text;    /* w:lvlText, "%1." */
  char *style;   /* w:pStyle: the paragraph style numbered at this level */
  int start;
  gboolean no_suffix;
} Level;

typedef struct
{
  Level levels[MAX_LEVELS];
  int counters[MAX_LEVELS]; /* the last number shown at each level; start - 1 before */
} AbstractNum;

typedef struct
{
  int abstract_id;
  int start_override[MAX_LEVELS]; /* -1 when none */
  gboolean used;
} Num;

/* A paragraph style's numbering, as written in its definition. */
typedef struct
{
  int num_id;     /* -1 when the style does not say; 0 when it says "not numbered" */
  int level;      /* -1 when it does not say */
  char *based_on; /* the style it inherits from */
} StyleNum;

typedef struct
{
  GHashTable *abstracts; /* abstractNumId → AbstractNum */
  GHashTable *nums;      /* numId → Num */
  GHashTable *styles;    /* paragraph styleId → StyleNum */
} Numbering;

typedef struct
{
  CtImportFlow *flow;
  Numbering *numbering;
  gboolean in_run;
  gboolean in_text;
  int num_id;     /* of the paragraph read, -1 when none */
  int level;      /* -1 when none */
  char *style;
} Body;

static gboolean
is_w (xmlTextReaderPtr reader,
      const char      *name)
{
  const char *ns = (const char *) xmlTextReaderConstNamespaceUri (reader);

  return ns != NULL && strcmp (ns, W_NS) == 0 &&
         strcmp ((const char *) xmlTextReaderConstLocalName (reader), name) == 0;
}

static char *
w_val (xmlTextReaderPtr reader)
{
  xmlChar *value = xmlTextReaderGetAttributeNs (reader, BAD_CAST "val", BAD_CAST W_NS);
  char *copy = g_strdup ((const char *) value);

  xmlFree (value);
  return copy;
}

static int
w_int (xmlTextReaderPtr reader,
       int              fallback)
{
  g_autofree char *value = w_val (reader);
  gint64 n;

  if (value == NULL || !g_ascii_string_to_signed (value, 10, -100000, 100000, &n, NULL))
    return fallback;
  return (int) n;
}

static xmlTextReaderPtr
reader_new (GBytes *bytes)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  /* No network, no external entities, no DTD loading: the file is not trusted. */
  return xmlReaderForMemory (data, (int) length, NULL, NULL,
                             XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
}

/* Alternate content is given twice, the second time for old readers: read it once. */
static gboolean
is_fallback (xmlTextReaderPtr reader)
{
  const char *ns = (const char *) xmlTextReaderConstNamespaceUri (reader);

  return ns != NULL && strcmp (ns, MC_NS) == 0 &&
         strcmp ((const char *) xmlTextReaderConstLocalName (reader), "Fallback") == 0;
}

static CtNumberFormat
number_format (const char *name)
{
  static const struct { const char *name; CtNumberFormat format; } formats[] = {
    { "decimal", CT_NUMBER_DECIMAL }, { "decimalZero", CT_NUMBER_DECIMAL_ZERO },
    { "upperRoman", CT_NUMBER_UPPER_ROMAN }, { "lowerRoman", CT_NUMBER_LOWER_ROMAN },
    { "upperLetter", CT_NUMBER_UPPER_LETTER }, { "lowerLetter", CT_NUMBER_LOWER_LETTER },
    { "bullet", CT_NUMBER_BULLET }, { "none", CT_NUMBER_NONE },
  };

  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (formats); i++)
    if (strcmp (name, formats[i].name) == 0)
      return formats[i].format;
  return CT_NUMBER_DECIMAL;
}

static void
abstract_free (AbstractNum *a)
{
  for (guint i = 0; i < MAX_LEVELS; i++)
    {
      g_free (a->levels[i].text);
      g_free (a->levels[i].style);
    }
  g_free (a);
}

static void
style_num_free (StyleNum *s)
{
  g_free (s->based_on);
  g_free (s);
}

static void
numbering_free (Numbering *n)
{
  g_hash_table_unref (n->abstracts);
  g_hash_table_unref (n->nums);
  g_hash_table_unref (n->styles);
  g_free (n);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Numbering, numbering_free)

static Numbering *
numbering_new (void)
{
  Numbering *n = g_new0 (Numbering, 1);

  n->abstracts = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) abstract_free);
  n->nums = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  n->styles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                     (GDestroyNotify) style_num_free);
  return n;
}

static AbstractNum *
abstract_new (void)
{
  AbstractNum *a = g_new0 (AbstractNum, 1);

  for (guint i = 0; i < MAX_LEVELS; i++)
    {
      a->levels[i].start = 1;
      a->counters[i] = 0;
    }
  return a;
}

/* One element of word/numbering.xml, with what encloses it in @abstract, @level, @num. */
static void
numbering_element (Numbering        *n,
                   xmlTextReaderPtr  reader,
                   AbstractNum     **abstract,
                   Level           **level,
                   Num             **num,
                   int              *override_level)
{
  if (is_w (reader, "abstractNum"))
    {
      xmlChar *id = xmlTextReaderGetAttributeNs (reader, BAD_CAST "abstractNumId",
                                                 BAD_CAST W_NS);

      *abstract = abstract_new ();
      *num = NULL;
      g_hash_table_replace (n->abstracts,
                            GINT_TO_POINTER (id != NULL ? atoi ((char *) id) : -1), *abstract);
      xmlFree (id);
    }
  else if (is_w (reader, "num"))
    {
      xmlChar *id = xmlTextReaderGetAttributeNs (reader, BAD_CAST "numId", BAD_CAST W_NS);

      *num = g_new0 (Num, 1);
      *abstract = NULL;
      *level = NULL;
      for (guint i = 0; i < MAX_LEVELS; i++)
        (*num)->start_override[i] = -1;
      g_hash_table_replace (n->nums, GINT_TO_POINTER (id != NULL ? atoi ((char *) id) : -1),
                            *num);
      xmlFree (id);
    }
  else if (is_w (reader, "lvl") && *abstract != NULL)
    {
      xmlChar *ilvl = xmlTextReaderGetAttributeNs (reader, BAD_CAST "ilvl", BAD_CAST W_NS);
      int i = ilvl != NULL ? atoi ((char *) ilvl) : -1;

      *level = i >= 0 && i < MAX_LEVELS ? &(*abstract)->levels[i] : NULL;
      xmlFree (ilvl);
    }
  else if (is_w (reader, "start") && *level != NULL)
    (*level)->start = w_int (reader, 1);
  else if (is_w (reader, "numFmt") && *level != NULL)
    {
      g_autofree char *format = w_val (reader);

      (*level)->format = number_format (format);
    }
  else if (is_w (reader, "lvlText") && *level != NULL)
    {
      g_free ((*level)->text);
      (*level)->text = w_val (reader);
    }
  else if (is_w (reader, "pStyle") && *level != NULL)
    {
      g_free ((*level)->style);
      (*level)->style = w_val (reader);
    }
  else if (is_w (reader, "suff") && *level != NULL)
    {
      g_autofree char *suffix = w_val (reader);

      (*level)->no_suffix = g_strcmp0 (suffix, "nothing") == 0;
    }
  else if (is_w (reader, "abstractNumId") && *num != NULL)
    (*num)->abstract_id = w_int (reader, -1);
  else if (is_w (reader, "lvlOverride") && *num != NULL)
    {
      xmlChar *ilvl = xmlTextReaderGetAttributeNs (reader, BAD_CAST "ilvl", BAD_CAST W_NS);

      *override_level = ilvl != NULL ? atoi ((char *) ilvl) : -1;
      xmlFree (ilvl);
    }
  else if (is_w (reader, "startOverride") && *num != NULL &&
           *override_level >= 0 && *override_level < MAX_LEVELS)
    (*num)->start_override[*override_level] = w_int (reader, 1);
}

static gboolean
read_numbering (Numbering *n,
                GBytes    *bytes)
{
  xmlTextReaderPtr reader = reader_new (bytes);
  AbstractNum *abstract = NULL;
  Level *level = NULL;
  Num *num = NULL;
  int override_level = -1;
  gboolean skip = FALSE;
  int ret;

  if (reader == NULL)
    return FALSE;
  while ((ret = skip ? xmlTextReaderNext (reader) : xmlTextReaderRead (reader)) == 1)
    {
      skip = FALSE;
      if (xmlTextReaderNodeType (reader) != XML_READER_TYPE_ELEMENT)
        continue;
      if (is_fallback (reader))
        skip = TRUE;
      else if (is_w (reader, "lvl") && num != NULL)
        skip = TRUE; /* a level redefined by a list: rare, and read as its model */
      else
        numbering_element (n, reader, &abstract, &level, &num, &override_level);
    }
  xmlFreeTextReader (reader);
  return ret == 0;
}

/* One element of a paragraph style's definition in word/styles.xml. */
static void
style_element (Numbering        *n,
               xmlTextReaderPtr  reader,
               StyleNum        **style)
{
  if (is_w (reader, "style"))
    {
      xmlChar *id = xmlTextReaderGetAttributeNs (reader, BAD_CAST "styleId", BAD_CAST W_NS);

      *style = g_new0 (StyleNum, 1);
      (*style)->num_id = -1;
      (*style)->level = -1;
      g_hash_table_replace (n->styles, g_strdup (id != NULL ? (const char *) id : ""), *style);
      xmlFree (id);
    }
  else if (*style == NULL)
    return;
  else if (is_w (reader, "basedOn"))
    {
      g_free ((*style)->based_on);
      (*style)->based_on = w_val (reader);
    }
  else if (is_w (reader, "numId"))
    (*style)->num_id = w_int (reader, -1);
  else if (is_w (reader, "ilvl"))
    (*style)->level = w_int (reader, -1);
}

/* The numbering of paragraph styles (headings numbered by their style). */
static gboolean
read_styles (Numbering *n,
             GBytes    *bytes)
{
  xmlTextReaderPtr reader = reader_new (bytes);
  StyleNum *style = NULL;
  gboolean skip = FALSE;
  int ret;

  if (reader == NULL)
    return FALSE;
  while ((ret = skip ? xmlTextReaderNext (reader) : xmlTextReaderRead (reader)) == 1)
    {
      int type = xmlTextReaderNodeType (reader);

      skip = FALSE;
      if (type == XML_READER_TYPE_END_ELEMENT && is_w (reader, "style"))
        style = NULL;
      else if (type != XML_READER_TYPE_ELEMENT)
        continue;
      /* A table style's conditional parts and a style's tracked former properties are
       * not its numbering. */
      else if (is_w (reader, "tblStylePr") || is_w (reader, "pPrChange"))
        skip = !xmlTextReaderIsEmptyElement (reader);
      else
        style_element (n, reader, &style);
    }
  xmlFreeTextReader (reader);
  return ret == 0;
}

/* The level of list @num_id whose w:pStyle names @style, or -1. */
static int
linked_level (Numbering  *n,
              int         num_id,
              const char *style)
{
  Num *num = g_hash_table_lookup (n->nums, GINT_TO_POINTER (num_id));
  AbstractNum *a = num != NULL ? g_hash_table_lookup (n->abstracts,
                                                      GINT_TO_POINTER (num->abstract_id))
                               : NULL;

  for (int i = 0; a != NULL && i < MAX_LEVELS; i++)
    if (g_strcmp0 (a->levels[i].style, style) == 0)
      return i;
  return -1;
}

/* The list and level a paragraph of @style_id is numbered by, as Word finds them: the
 * nearest style of the w:basedOn chain that names a list gives it, and its level; a style
 * that names no level gets the one of the list linked to it by w:pStyle, else the first.
 * Returns FALSE when the style is not numbered. */
static gboolean
style_numbering (Numbering  *n,
                 const char *style_id,
                 int        *num_id,
                 int        *level)
{
  const char *id = style_id;
  StyleNum *style = NULL;

  *level = -1;
  /* The chain is short; a loop in it (a damaged file) ends here. */
  for (guint depth = 0; id != NULL && depth < 32; depth++)
    {
      style = g_hash_table_lookup (n->styles, id);
      if (style == NULL)
        return FALSE;
      if (*level < 0)
        *level = style->level;
      if (style->num_id >= 0)
        break;
      id = style->based_on;
      style = NULL;
    }
  if (style == NULL || style->num_id <= 0)
    return FALSE;
  *num_id = style->num_id;
  for (id = style_id; *level < 0 && id != NULL; )
    {
      StyleNum *s = g_hash_table_lookup (n->styles, id);

      *level = linked_level (n, *num_id, id);
      id = s != NULL && s != style ? s->based_on : NULL;
    }
  *level = MAX (*level, 0);
  return TRUE;
}

/* The number Word shows before a paragraph of list @num_id at @level, counting it; "" when
 * the list is not defined. */
static char *
number_label (Numbering *n,
              int        num_id,
              int        level)
{
  Num *num = g_hash_table_lookup (n->nums, GINT_TO_POINTER (num_id));
  AbstractNum *a;
  Level *lvl;
  GString *label;

  if (num == NULL || level < 0 || level >= MAX_LEVELS)
    return g_strdup ("");
  a = g_hash_table_lookup (n->abstracts, GINT_TO_POINTER (num->abstract_id));
  if (a == NULL)
    return g_strdup ("");
  /* Lists of one model number on from each other, unless one restarts (Word's rule). */
  if (!num->used)
    for (int i = 0; i < MAX_LEVELS; i++)
      if (num->start_override[i] >= 0)
        {
          a->levels[i].start = num->start_override[i];
          a->counters[i] = 0;
        }
  num->used = TRUE;
  a->counters[level] = a->counters[level] == 0 ? a->levels[level].start
                                               : a->counters[level] + 1;
  for (int i = level + 1; i < MAX_LEVELS; i++)
    a->counters[i] = 0;
  lvl = &a->levels[level];
  label = g_string_new (NULL);
  if (lvl->format == CT_NUMBER_BULLET)
    {
      /* A bullet drawn from a symbol font is not text: "-" says the same. */
      gboolean plain = lvl->text != NULL && strlen (lvl->text) == 1 &&
                       strchr ("-+*", lvl->text[0]) != NULL;

      g_string_append (label, plain ? lvl->text : "-");
    }
  else
    for (const char *p = lvl->text != NULL ? lvl->text : ""; *p; p++)
      {
        if (p[0] == '%' && p[1] >= '1' && p[1] <= '9')
          {
            int i = p[1] - '1';

            ct_import_append_number (label, a->levels[i].format,
                                     a->counters[i] != 0 ? a->counters[i] : a->levels[i].start);
            p++;
          }
        else
          g_string_append_c (label, *p);
      }
  if (label->len > 0 && !lvl->no_suffix)
    g_string_append_c (label, ' ');
  return g_string_free (label, FALSE);
}

static void
end_paragraph (Body *body)
{
  int num_id = body->num_id, level = body->level;

  /* A paragraph's own numbering comes before its style's; its own level before the
   * style's. */
  if (num_id < 0 && body->style != NULL)
    {
      int style_level;

      if (!style_numbering (body->numbering, body->style, &num_id, &style_level))
        num_id = -1;
      else if (level < 0)
        level = style_level;
    }
  level = MAX (level, 0);
  if (num_id > 0)
    {
      g_autofree char *label = number_label (body->numbering, num_id, level);

      g_string_prepend (ct_import_flow_paragraph (body->flow), label);
    }
  ct_import_flow_end_paragraph (body->flow);
  g_clear_pointer (&body->style, g_free);
}

static void
start_element (Body             *body,
               xmlTextReaderPtr  reader)
{
  GString *paragraph = ct_import_flow_paragraph (body->flow);

  if (is_w (reader, "p"))
    {
      ct_import_flow_begin_paragraph (body->flow);
      body->num_id = -1;
      body->level = -1;
      g_clear_pointer (&body->style, g_free);
    }
  else if (is_w (reader, "pStyle"))
    {
      g_free (body->style);
      body->style = w_val (reader);
    }
  else if (is_w (reader, "numId"))
    body->num_id = w_int (reader, -1);
  else if (is_w (reader, "ilvl"))
    body->level = w_int (reader, 0);
  else if (is_w (reader, "r"))
    body->in_run = TRUE;
  else if (is_w (reader, "t"))
    body->in_text = TRUE;
  else if (body->in_run && (is_w (reader, "tab") || is_w (reader, "ptab")))
    ct_import_flow_tab (body->flow);
  else if (body->in_run && (is_w (reader, "br") || is_w (reader, "cr")))
    g_string_append_c (paragraph, '\n');
  else if (body->in_run && is_w (reader, "noBreakHyphen"))
    g_string_append_c (paragraph, '-');
  else if (is_w (reader, "tbl"))
    ct_import_flow_begin_table (body->flow);
  else if (is_w (reader, "tr"))
    ct_import_flow_begin_row (body->flow);
  else if (is_w (reader, "tc"))
    ct_import_flow_begin_cell (body->flow);
}

static void
end_element (Body             *body,
             xmlTextReaderPtr  reader)
{
  if (is_w (reader, "p"))
    end_paragraph (body);
  else if (is_w (reader, "r"))
    body->in_run = FALSE;
  else if (is_w (reader, "t"))
    body->in_text = FALSE;
  else if (is_w (reader, "tbl"))
    ct_import_flow_end_table (body->flow);
  else if (is_w (reader, "tr"))
    ct_import_flow_end_row (body->flow);
  else if (is_w (reader, "tc"))
    ct_import_flow_end_cell (body->flow);
}

/* Elements whose content is not the body's text: text boxes, deleted text, field codes,
 * the second copy of alternate content, a paragraph's tracked former properties. */
static gboolean
is_skipped (xmlTextReaderPtr reader)
{
  return is_fallback (reader) || is_w (reader, "txbxContent") || is_w (reader, "delText") ||
         is_w (reader, "instrText") || is_w (reader, "rPr") || is_w (reader, "pPrChange");
}

static gboolean
read_body (Body   *body,
           GBytes *bytes)
{
  xmlTextReaderPtr reader = reader_new (bytes);
  gboolean skip = FALSE;
  int ret;

  if (reader == NULL)
    return FALSE;
  while ((ret = skip ? xmlTextReaderNext (reader) : xmlTextReaderRead (reader)) == 1)
    {
      int type = xmlTextReaderNodeType (reader);

      skip = FALSE;
      if (type == XML_READER_TYPE_ELEMENT && is_skipped (reader))
        skip = !xmlTextReaderIsEmptyElement (reader);
      else if (type == XML_READER_TYPE_ELEMENT)
        {
          start_element (body, reader);
          if (xmlTextReaderIsEmptyElement (reader))
            end_element (body, reader);
        }
      else if (type == XML_READER_TYPE_END_ELEMENT)
        end_element (body, reader);
      else if (body->in_text && (type == XML_READER_TYPE_TEXT ||
                                 type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE ||
                                 type == XML_READER_TYPE_CDATA))
        g_string_append (ct_import_flow_paragraph (body->flow),
                         (const char *) xmlTextReaderConstValue (reader));
    }
  xmlFreeTextReader (reader);
  return ret == 0;
}

/**
 * ct_import_docx_text:
 * @zip: a Word document's archive
 * @error: return location for a #CT_IMPORT_ERROR
 *
 * Returns: (transfer full) (nullable): the document's lines, or %NULL with @error set
 */
char *
ct_import_docx_text (CtImportZip  *zip,
                     GError      **error)
{
  g_autoptr(GBytes) document = NULL;
  g_autoptr(GBytes) numbering_xml = NULL;
  g_autoptr(GBytes) styles_xml = NULL;
  g_autoptr(Numbering) numbering = numbering_new ();
  g_autoptr(CtImportFlow) flow = ct_import_flow_new ();
  GError *local = NULL;
  Body body = { flow, numbering, FALSE, FALSE, -1, -1, NULL };
  gboolean ok;

  document = ct_import_zip_read (zip, "word/document.xml", FALSE, error);
  if (document == NULL)
    return NULL;
  numbering_xml = ct_import_zip_read (zip, "word/numbering.xml", TRUE, &local);
  if (local == NULL)
    styles_xml = ct_import_zip_read (zip, "word/styles.xml", TRUE, &local);
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return NULL;
    }
  if ((numbering_xml != NULL && !read_numbering (numbering, numbering_xml)) ||
      (styles_xml != NULL && !read_styles (numbering, styles_xml)))
    {
      ct_import_set_damaged (error, _("a Word document (.docx)"));
      return NULL;
    }
  ok = read_body (&body, document);
  g_free (body.style);
  if (!ok)
    {
      ct_import_set_damaged (error, _("a Word document (.docx)"));
      return NULL;
    }
  return ct_import_flow_finish (flow, error);
}
