/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-check"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ct-check-private.h"
#include "ct-format.h"
#include "ct-text.h"

/* The authority lines of the signature block against the rulebooks (document-format.md
 * §5, §13):
 * - NĐ 30/2020, Điều 13 and Phụ lục I §II (quyền hạn của người ký): "TM." before the
 *   collective body a head signs for; "KT." before the head's title when a deputy signs
 *   for the head; "TL.", "TUQ." for a lower officer by order or by authorisation; an acting
 *   head is written "Q." (TT 01/2011/TT-BNV Điều 12 b). A deputy of a collective body
 *   signs both: "TM. ỦY BAN NHÂN DÂN" then "KT. CHỦ TỊCH".
 * - 36-HD/VPTW §1.7: the Party writes T/M, T/L, K/T and T/U, with a slash, and has no code
 *   for an acting head; "T/M BAN THƯỜNG VỤ" may be followed by "K/T …".
 * So at most two lines; a second line only after the collective one; after it only a
 * deputy signing for the head (or, in the State form, an acting head). */

static const CtSignerAuthority *
line_at (const CtProgramme *programme,
         guint              i)
{
  return g_ptr_array_index (programme->signer_authorities, i);
}

static char *
printed (const CtProgramme *programme,
         guint              i)
{
  return ct_format_signer_authority (programme->style, line_at (programme, i));
}

static void
add (GPtrArray  *issues,
     const char *field,
     int         index,
     char       *message)
{
  ct_check_add_issue (issues, CT_CHECK_SIGNER_CHAIN, field, -1, NULL, index, message);
}

/* "“TM. ỦY BAN NHÂN DÂN”, “KT. CHỦ TỊCH”, “TL. CHÁNH VĂN PHÒNG”" */
static char *
quoted_lines (const CtProgramme *programme)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < programme->signer_authorities->len; i++)
    {
      g_autofree char *line = printed (programme, i);

      if (i > 0)
        /* Translators: separates the quoted authority lines of a list. */
        g_string_append (out, _(", "));
      g_string_append_printf (out, "“%s”", line);
    }
  return g_string_free (out, FALSE);
}

static void
check_count (GPtrArray         *issues,
             const CtProgramme *programme)
{
  guint n = programme->signer_authorities->len;
  g_autofree char *lines = NULL;

  if (n <= 2)
    return;
  lines = quoted_lines (programme);
  add (issues, "signer_authorities", 2,
       /* Translators: %1$u is a number of lines (3 or more), %2$s the lines, quoted. */
       g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                     "The signature block has %1$u authority line: %2$s. "
                                     "Keep at most two: the body signed on behalf of, then "
                                     "the head a deputy signs for.",
                                     "The signature block has %1$u authority lines: %2$s. "
                                     "Keep at most two: the body signed on behalf of, then "
                                     "the head a deputy signs for.", n), n, lines));
}

/* The same code twice ("KT. CHỦ TỊCH" then "KT. GIÁM ĐỐC"); returns whether found. */
static gboolean
check_repeated (GPtrArray         *issues,
                const CtProgramme *programme)
{
  gboolean found = FALSE;

  for (guint j = 1; j < programme->signer_authorities->len; j++)
    for (guint i = 0; i < j; i++)
      {
        g_autofree char *first = NULL, *second = NULL;

        if (line_at (programme, i)->authority == CT_SIGNING_AUTHORITY_NONE ||
            line_at (programme, i)->authority != line_at (programme, j)->authority)
          continue;
        first = printed (programme, i);
        second = printed (programme, j);
        add (issues, "signer_authorities", j,
             /* Translators: %1$s is an authority code ("KT."), %2$s and %3$s the two
              * authority lines that use it. */
             g_strdup_printf (_("The code “%1$s” is used twice in the signature block, in "
                                "“%2$s” and “%3$s”; write each code once."),
                              ct_format_signing_authority (programme->style,
                                                           line_at (programme, j)->authority),
                              first, second));
        found = TRUE;
        break;
      }
  return found;
}

/* Two lines: the first signs on behalf of the collective body, the second for its head. */
static void
check_order (GPtrArray         *issues,
             const CtProgramme *programme)
{
  CtDocumentStyle style = programme->style;
  CtSigningAuthority second = line_at (programme, 1)->authority;
  g_autofree char *line1 = printed (programme, 0), *line2 = printed (programme, 1);

  if (line_at (programme, 0)->authority != CT_SIGNING_AUTHORITY_ON_BEHALF)
    add (issues, "signer_authorities", 1,
         /* Translators: %1$s and %2$s are authority lines, %3$s the code "TM." or "T/M". */
         g_strdup_printf (_("“%1$s” cannot follow “%2$s”: a second authority line is only "
                            "written after “%3$s …”, the collective body signed on behalf "
                            "of."), line2, line1,
                          ct_format_signing_authority (style,
                                                       CT_SIGNING_AUTHORITY_ON_BEHALF)));
  else if (style == CT_DOCUMENT_STYLE_STATE && second != CT_SIGNING_AUTHORITY_SIGNING_FOR &&
           second != CT_SIGNING_AUTHORITY_ACTING)
    add (issues, "signer_authorities", 1,
         /* Translators: %1$s and %2$s are authority lines. */
         g_strdup_printf (_("After “%1$s” the second line must be “KT. …” (a deputy signs "
                            "for the head) or “Q. …” (an acting head), not “%2$s”."),
                          line1, line2));
  else if (style == CT_DOCUMENT_STYLE_PARTY && second != CT_SIGNING_AUTHORITY_SIGNING_FOR)
    add (issues, "signer_authorities", 1,
         /* Translators: %1$s and %2$s are authority lines. */
         g_strdup_printf (_("After “%1$s” the second line must be “K/T …” (a deputy signs "
                            "for the head), not “%2$s”."), line1, line2));
}

/* A Party document has no "TUQ." nor "Q." (36-HD/VPTW §1.7), whether chosen as the code
 * or typed at the start of the body. */
static gboolean
is_state_only_code (const char *line)
{
  return g_str_has_prefix (line, "TUQ.") || g_str_has_prefix (line, "Q.");
}

/* A code typed again at the start of the body ("TL. CHỦ TỊCH" on a line coded KT.). */
static gboolean
starts_with_code (const char *body)
{
  static const char *const codes[] = {
    "T/M ", "T/L ", "K/T ", "T/U ", "TM. ", "TL. ", "KT. ", "TUQ. ", "Q. ", NULL
  };

  for (guint i = 0; body != NULL && codes[i] != NULL; i++)
    if (g_str_has_prefix (body, codes[i]))
      return TRUE;
  return FALSE;
}

static void
check_lines (GPtrArray         *issues,
             const CtProgramme *programme)
{
  for (guint i = 0; i < programme->signer_authorities->len; i++)
    {
      const CtSignerAuthority *line = line_at (programme, i);
      g_autofree char *text = printed (programme, i);

      if (line->authority != CT_SIGNING_AUTHORITY_NONE && ct_text_is_blank (line->body))
        add (issues, "signer_authorities", i,
             /* Translators: %s is an authority code alone ("KT."). */
             g_strdup_printf (_("The authority line “%s” has only its code; write after it "
                                "the body or the title it signs for."),
                              ct_format_signing_authority (programme->style,
                                                           line->authority)));
      if (line->authority != CT_SIGNING_AUTHORITY_NONE && starts_with_code (line->body))
        add (issues, "signer_authorities", i,
             /* Translators: %s is an authority line as printed ("KT. TL. CHỦ TỊCH"). */
             g_strdup_printf (_("“%s” holds two codes; choose the code in the list and "
                                "write only the body or title after it."), text));
      if (programme->style == CT_DOCUMENT_STYLE_PARTY && is_state_only_code (text))
        add (issues, "signer_authorities", i,
             /* Translators: %s is an authority line ("Q. BÍ THƯ"). */
             g_strdup_printf (_("“%s” uses a code of State documents; a Party document "
                                "(36-HD/VPTW) uses only T/M, T/L, K/T and T/U."), text));
    }
}

/* "KT." / "K/T": a deputy signs for the head, so the title is a deputy's ("PHÓ CHỦ
 * TỊCH", "PHÓ GIÁM ĐỐC"); NĐ 30/2020 Điều 13, 36-HD/VPTW §1.7. */
static void
check_deputy_title (GPtrArray         *issues,
                    const CtProgramme *programme)
{
  g_autofree char *title = NULL;

  if (ct_text_is_blank (programme->signer_title))
    return;
  title = ct_text_fold (programme->signer_title);
  g_strstrip (title);
  if (g_str_has_prefix (title, "pho ") || g_str_equal (title, "pho"))
    return;
  for (guint i = 0; i < programme->signer_authorities->len; i++)
    {
      g_autofree char *text = NULL;

      if (line_at (programme, i)->authority != CT_SIGNING_AUTHORITY_SIGNING_FOR)
        continue;
      text = printed (programme, i);
      add (issues, "signer_title", -1,
           /* Translators: %1$s is an authority line ("KT. CHỦ TỊCH"), %2$s the signer's
            * title ("CHỦ TỊCH"). */
           g_strdup_printf (_("“%1$s” means a deputy signs for the head, but the signer’s "
                              "title “%2$s” is not a deputy’s (“PHÓ …”)."), text,
                            programme->signer_title));
      return;
    }
}

/**
 * ct_check_signer_chain:
 * @issues: (element-type CtCheckIssue): where to add the issues
 * @programme: a programme
 *
 * Checks the authority lines of the signature block: how many, in which order, each code
 * once, each with its body, codes of the document's own rulebook, and a deputy's title
 * under "KT." (see the rules at the top of this file).
 */
void
ct_check_signer_chain (GPtrArray         *issues,
                       const CtProgramme *programme)
{
  g_return_if_fail (issues != NULL && programme != NULL);

  check_count (issues, programme);
  if (!check_repeated (issues, programme) && programme->signer_authorities->len == 2)
    check_order (issues, programme);
  check_lines (issues, programme);
  check_deputy_title (issues, programme);
}
