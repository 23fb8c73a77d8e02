/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-import"

#include "config.h"

#include "ct-import-text-private.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ct-format.h"
#include "ct-text.h"

/* The tail of a programme: "Nơi nhận:" with its recipients and archive line, and the
 * signature block (36-HD/VPTW §1.7; document-format.md §5–6), in either order. */

/* A purpose in parentheses is a few words: "(báo cáo)", "(để biết)", "(b/c)". */
#define PURPOSE_MAX_BYTES 60

/* A brace spans a handful of lines; looking further would make the work quadratic. */
#define BRACE_MAX_LINES 20

/* A signer's name is a few words ("Đại tá Nguyễn Văn An"), never a sentence. */
#define NAME_MAX_WORDS 8
#define NAME_MAX_BYTES 80

/* How much of a line that was not read is quoted in the warning about it. */
#define QUOTE_MAX_CHARS 60

typedef struct
{
  GString *text;
  char *purpose;
  gboolean brace;  /* the purpose stood after the line's separator, for a group */
  char separator;  /* the separator that ended the last line read, or 0 */
  guint line;      /* the source line the purpose stood on */
} Recipient;

typedef enum {
  TAIL_NONE,
  TAIL_RECIPIENTS,
  TAIL_SIGNATURE,
  TAIL_CLOSED, /* the signature ended with the name, or an annex or note began */
} TailMode;

typedef struct
{
  CtImportContext *ctx;
  TailMode mode;
  GPtrArray *recipients; /* (element-type Recipient) */
  gboolean archived;     /* the archive line closed the recipients */
  gboolean signed_off;   /* the signer's name was read */
  GString *title;
  char *name;
  guint unread_line;     /* first line of the run of lines not read, 0 when none */
  guint unread_count;
  char *unread_quote;
} Tail;

static void
recipient_free (Recipient *r)
{
  g_string_free (r->text, TRUE);
  g_free (r->purpose);
  g_free (r);
}

static gboolean
is_separator (char c)
{
  return c == ',' || c == ';' || c == '.' || c == ' ';
}

static void
strip_separators (GString *text)
{
  while (text->len > 0 && is_separator (text->str[text->len - 1]))
    g_string_truncate (text, text->len - 1);
}

/* Takes a trailing "(purpose)" off @text; "X (để biết)," is inline, "X, (báo cáo)" is a
 * brace purpose standing for a group of lines. */
static char *
take_purpose (GString  *text,
              gboolean *brace)
{
  const char *open;
  char *purpose;

  strip_separators (text);
  if (text->len < 3 || text->str[text->len - 1] != ')')
    return NULL;
  open = g_strrstr (text->str, "(");
  if (open == NULL || text->str + text->len - open > PURPOSE_MAX_BYTES ||
      !g_unichar_islower (g_utf8_get_char (open + 1)))
    return NULL;
  purpose = g_strndup (open + 1, text->str + text->len - open - 2);
  g_strstrip (purpose);
  g_string_truncate (text, open - text->str);
  while (text->len > 0 && text->str[text->len - 1] == ' ')
    g_string_truncate (text, text->len - 1);
  *brace = text->len > 0 && (text->str[text->len - 1] == ',' || text->str[text->len - 1] == ';');
  strip_separators (text);
  return purpose;
}

static void
recipient_line (Tail       *tail,
                const char *text,
                guint       number)
{
  gboolean bullet = g_str_has_prefix (text, "- ") || g_str_has_prefix (text, "+ ") ||
                    g_str_has_prefix (text, "– ") || g_str_has_prefix (text, "• ");
  g_autoptr(GString) line = g_string_new (bullet ? strchr (text, ' ') + 1 : text);
  gboolean brace = FALSE;
  char last = line->len ? line->str[line->len - 1] : 0;
  char *purpose = take_purpose (line, &brace);
  Recipient *r;

  strip_separators (line);
  if (bullet || tail->recipients->len == 0)
    {
      r = g_new0 (Recipient, 1);
      r->text = g_string_new (NULL);
      g_ptr_array_add (tail->recipients, r);
    }
  r = g_ptr_array_index (tail->recipients, tail->recipients->len - 1);
  /* A wrapped recipient keeps the punctuation its first line ended with. */
  if (r->text->len > 0 && line->len > 0)
    {
      if (r->separator != 0)
        g_string_append_c (r->text, r->separator);
      g_string_append_c (r->text, ' ');
    }
  g_string_append (r->text, line->str);
  r->separator = (last == ',' || last == ';') ? last : brace ? ',' : 0;
  if (purpose != NULL)
    {
      g_free (r->purpose);
      r->purpose = purpose;
      r->brace = brace;
      r->line = number;
    }
}

/* A brace purpose stands on the middle line of its group, as ct_programme_render_text()
 * writes it: the group takes as many lines without a purpose above as below (one more
 * below for an even group). Where the brace ended cannot always be told from the text:
 * then a warning names the lines it was given to. */
static void
spread_brace_purposes (CtImportContext *ctx,
                       GPtrArray       *recipients)
{
  for (guint m = 0; m < recipients->len; m++)
    {
      Recipient *r = g_ptr_array_index (recipients, m);
      guint up = 0, down = 0, k_up, k_down;
      gboolean closed;

      if (r->purpose == NULL || !r->brace)
        continue;
      while (up < m && up < BRACE_MAX_LINES &&
             ((Recipient *) g_ptr_array_index (recipients, m - up - 1))->purpose == NULL)
        up++;
      while (m + down + 1 < recipients->len && down < BRACE_MAX_LINES &&
             ((Recipient *) g_ptr_array_index (recipients, m + down + 1))->purpose == NULL)
        down++;
      k_up = MIN (up, down);
      k_down = MIN (down, k_up + 1);
      /* Certain when the note stands on the run's first line (a brace over two lines), or
       * when the group is the whole run around the note and a line with its own purpose,
       * not the list's end, closes it below. */
      closed = up == 0 || (up == k_up && down == k_down && m + down + 1 < recipients->len);
      for (guint k = m - k_up; k <= m + k_down; k++)
        if (k != m)
          {
            Recipient *other = g_ptr_array_index (recipients, k);
            other->purpose = g_strdup (r->purpose);
          }
      if (!closed)
        ct_import_warn (ctx, r->line,
                        _("“(%s)” stands beside several recipients; it was given to the %u "
                          "lines from “%s” to “%s”. Check which recipients it is for."),
                        r->purpose, k_up + k_down + 1,
                        ((Recipient *) g_ptr_array_index (recipients, m - k_up))->text->str,
                        ((Recipient *) g_ptr_array_index (recipients, m + k_down))->text->str);
      m += k_down;
    }
}

/* "Nguyễn Văn An", "Đại tá Trần Bình": a few words, the first capitalised, no digits
 * nor the punctuation of a sentence, a list or a numbered line. */
static gboolean
is_person_name (const char *text)
{
  guint words = 1;

  if (strlen (text) > NAME_MAX_BYTES || !g_unichar_isupper (g_utf8_get_char (text)))
    return FALSE;
  for (const char *p = text; *p; p++)
    {
      if (g_ascii_isdigit (*p) || strchr (":;,()/", *p) != NULL)
        return FALSE;
      words += *p == ' ';
    }
  return words <= NAME_MAX_WORDS;
}

/* Reads a line of the signature block: the title (upper case lines) then the name, which
 * ends the block. Returns %FALSE for a line that is neither. */
static gboolean
signature_line (Tail       *tail,
                const char *text)
{
  g_autofree char *f = ct_text_fold (strlen (text) > NAME_MAX_BYTES ? "" : text);

  if (strstr (f, "da ky") != NULL || strstr (f, "ky ten") != NULL || g_str_has_prefix (f, "("))
    return TRUE;
  if (g_utf8_strlen (text, -1) < 80 && !g_unichar_islower (g_utf8_get_char (text)))
    {
      gboolean upper = TRUE;

      for (const char *p = text; *p && upper; p = g_utf8_next_char (p))
        upper = !g_unichar_islower (g_utf8_get_char (p));
      if (upper)
        {
          if (tail->title->len > 0)
            g_string_append_c (tail->title, ' ');
          g_string_append (tail->title, text);
          return TRUE;
        }
    }
  if (!is_person_name (text))
    return FALSE;
  tail->name = g_strdup (text);
  tail->signed_off = TRUE;
  tail->mode = TAIL_CLOSED;
  return TRUE;
}

/* "PHỤ LỤC", "Ghi chú:", "(Kèm theo …)": what may follow a programme's signature is not
 * part of its closing block. */
static gboolean
is_annex_line (const char *folded)
{
  static const char *const starts[] = {
    "phu luc", "ghi chu", "luu y", "kem theo", "(kem theo", "danh sach", "* ghi chu",
  };

  for (guint i = 0; i < G_N_ELEMENTS (starts); i++)
    if (g_str_has_prefix (folded, starts[i]))
      return TRUE;
  return FALSE;
}

static void
flush_unread (Tail *tail)
{
  if (tail->unread_line == 0)
    return;
  ct_import_warn (tail->ctx, tail->unread_line,
                  g_dngettext (GETTEXT_PACKAGE,
                               /* Translators: %1$u is a number of lines, %2$s the first
                                * line's beginning. */
                               "%1$u line after the closing block (“Nơi nhận”, signature) was "
                               "not imported: “%2$s”. Copy it by hand if it is needed.",
                               "%1$u lines after the closing block (“Nơi nhận”, signature) "
                               "were not imported, from “%2$s”. Copy them by hand if they "
                               "are needed.",
                               tail->unread_count),
                  tail->unread_count, tail->unread_quote);
  tail->unread_line = tail->unread_count = 0;
  g_clear_pointer (&tail->unread_quote, g_free);
}

/* A line that is not the closing block's is reported, never put in a field. */
static void
unread_line (Tail               *tail,
             const CtImportLine *line)
{
  tail->mode = TAIL_CLOSED;
  if (tail->unread_line == 0)
    {
      glong n = g_utf8_strlen (line->text, -1);

      tail->unread_line = line->number;
      if (n > QUOTE_MAX_CHARS)
        {
          g_autofree char *start = g_utf8_substring (line->text, 0, QUOTE_MAX_CHARS);
          tail->unread_quote = g_strconcat (start, "…", NULL);
        }
      else
        tail->unread_quote = g_strdup (line->text);
    }
  tail->unread_count++;
}

/* An authority line is placed above the signer's title, at most two of them; one that
 * cannot be placed is reported with its line, never put in another field. */
static gboolean
authority_misplaced (Tail               *tail,
                     const CtImportLine *line)
{
  CtProgramme *p = tail->ctx->programme;
  const char *hint = _("Check the signature block and add it by hand if it is needed.");

  if (tail->signed_off)
    ct_import_warn (tail->ctx, line->number,
                    /* Translators: %1$s is an authority line ("KT. CHỦ TỊCH"), %2$s the
                     * signer's name, %3$s a hint on what to do. */
                    _("“%1$s” comes after the signer’s name “%2$s”, so it was not "
                      "imported. %3$s"), line->text, tail->name, hint);
  else if (tail->title->len > 0)
    ct_import_warn (tail->ctx, line->number,
                    /* Translators: %1$s is an authority line ("KT. CHỦ TỊCH"), %2$s the
                     * signer's title, %3$s a hint on what to do. */
                    _("“%1$s” comes after the signer’s title “%2$s”, where no authority "
                      "line can stand, so it was not imported. %3$s"), line->text,
                    tail->title->str, hint);
  else if (p->signer_authorities->len >= 2)
    ct_import_warn (tail->ctx, line->number,
                    /* Translators: %1$s is an authority line ("TL. CHÁNH VĂN PHÒNG"), %2$s
                     * a hint on what to do. */
                    _("The signature block already has two authority lines, so “%1$s” was "
                      "not imported. %2$s"), line->text, hint);
  else
    return FALSE;
  return TRUE;
}

/* "TM. ỦY BAN NHÂN DÂN" may be followed by "KT. CHỦ TỊCH": both are kept, in order. */
static void
authority_line (Tail               *tail,
                const CtImportLine *line,
                CtDocumentStyle     style,
                CtSigningAuthority  authority,
                const char         *rest)
{
  CtProgramme *p = tail->ctx->programme;
  g_autofree char *printed = NULL;

  if (authority_misplaced (tail, line))
    return;
  tail->mode = TAIL_SIGNATURE;
  tail->ctx->has_signature = TRUE;
  /* Without a header, the first code tells the format; a second one in the other form is
   * reported below. */
  if (!tail->ctx->style_known && p->signer_authorities->len == 0)
    p->style = style;
  ct_programme_add_signer_authority (p, authority, rest);
  printed = ct_format_signer_authority (p->style, g_ptr_array_index (p->signer_authorities,
                                                                     p->signer_authorities->len - 1));
  if (strcmp (printed, line->text) != 0)
    ct_import_warn (tail->ctx, line->number,
                    /* Translators: %1$s is an authority line as written ("KT. CHỦ TỊCH"),
                     * %2$s as it will be printed ("K/T CHỦ TỊCH"). */
                    _("“%1$s” is written with a code of the other format (Party or State); "
                      "it will be printed as “%2$s”. Check the format and the signature "
                      "block."), line->text, printed);
}

static void
tail_line (Tail               *tail,
           const CtImportLine *line)
{
  const char *text = line->text;
  g_autofree char *f = ct_text_fold (strlen (text) > 40 ? "" : text);
  gboolean recipients_open = tail->recipients->len == 0 && !tail->archived;
  CtDocumentStyle style;
  CtSigningAuthority authority;
  const char *rest;

  if (is_annex_line (f))
    unread_line (tail, line);
  else if (g_str_has_prefix (f, "noi nhan") && recipients_open)
    {
      tail->mode = TAIL_RECIPIENTS;
      rest = strchr (text, ':');
      if (rest != NULL && !ct_text_is_blank (rest + 1))
        recipient_line (tail, rest + 1 + (rest[1] == ' '), line->number);
    }
  else if (ct_import_is_authority (text, &style, &authority, &rest) &&
           tail->mode != TAIL_CLOSED)
    authority_line (tail, line, style, authority, rest);
  else if (tail->mode == TAIL_RECIPIENTS)
    recipient_line (tail, text, line->number);
  else if (tail->mode != TAIL_CLOSED && signature_line (tail, text))
    tail->ctx->has_signature = TRUE;
  else
    unread_line (tail, line);
}

/* The last recipient that starts with "Lưu" is the archive line. */
static void
take_archive_line (Tail *tail)
{
  for (guint i = 0; i < tail->recipients->len; i++)
    {
      Recipient *r = g_ptr_array_index (tail->recipients, i);
      g_autofree char *f = ct_text_fold (r->text->len > 80 ? "" : r->text->str);

      if (g_str_has_prefix (f, "luu ") || g_str_has_prefix (f, "luu:"))
        {
          g_free (tail->ctx->programme->archive_line);
          tail->ctx->programme->archive_line = g_strdup (r->text->str);
          g_ptr_array_remove_index (tail->recipients, i--);
        }
    }
}

/**
 * ct_import_is_tail_line:
 * @text: a line
 *
 * Returns: %TRUE when @text starts the tail: "Nơi nhận" or a signing authority code
 */
gboolean
ct_import_is_tail_line (const char *text)
{
  g_autofree char *f = ct_text_fold (strlen (text) > 40 ? "" : text);

  return g_str_has_prefix (f, "noi nhan") || ct_import_is_authority (text, NULL, NULL, NULL);
}

/**
 * ct_import_tail:
 * @ctx: the import
 * @lines: (element-type CtImportLine): the input's lines
 * @first: index of the first tail line
 * @end: index after the last line
 *
 * Reads the recipients (wrapped lines joined, purposes "(báo cáo)" spread over their
 * group), the archive line "Lưu …" and the signature block: authority and body
 * ("T/L BAN THƯỜNG VỤ"), title (upper case lines) and name. The name ends the block:
 * what follows it (an annex, a note, a list), and any line that is neither a recipient
 * nor part of the signature, is reported in a warning with its line number, never put in
 * a field.
 */
void
ct_import_tail (CtImportContext *ctx,
                GPtrArray       *lines,
                guint            first,
                guint            end)
{
  Tail tail = { ctx, TAIL_NONE, NULL, FALSE, FALSE, NULL, NULL, 0, 0, NULL };

  tail.recipients = g_ptr_array_new_with_free_func ((GDestroyNotify) recipient_free);
  tail.title = g_string_new (NULL);
  for (guint i = first; i < end; i++)
    {
      CtImportLine *line = g_ptr_array_index (lines, i);
      gboolean was_archive = FALSE;
      guint unread = tail.unread_count;

      tail_line (&tail, line);
      /* A run of lines not read ends at the first line read again. */
      if (tail.unread_count == unread)
        flush_unread (&tail);
      if (tail.mode == TAIL_RECIPIENTS && tail.recipients->len > 0)
        {
          Recipient *last = g_ptr_array_index (tail.recipients, tail.recipients->len - 1);
          g_autofree char *f = ct_text_fold (last->text->len > 80 ? "" : last->text->str);

          was_archive = g_str_has_prefix (f, "luu ") || g_str_has_prefix (f, "luu:");
        }
      /* The archive line closes the recipients; the signature may follow. */
      if (was_archive)
        {
          tail.archived = TRUE;
          tail.mode = tail.signed_off ? TAIL_CLOSED : TAIL_SIGNATURE;
        }
    }
  flush_unread (&tail);
  take_archive_line (&tail);
  spread_brace_purposes (ctx, tail.recipients);
  for (guint i = 0; i < tail.recipients->len; i++)
    {
      Recipient *r = g_ptr_array_index (tail.recipients, i);

      if (r->text->len > 0)
        ct_programme_add_recipient (ctx->programme, r->text->str, r->purpose);
    }
  if (tail.title->len > 0)
    ctx->programme->signer_title = g_strdup (tail.title->str);
  ctx->programme->signer_name = tail.name;
  g_string_free (tail.title, TRUE);
  g_ptr_array_unref (tail.recipients);
}
