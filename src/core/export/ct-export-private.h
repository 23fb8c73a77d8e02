/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <libxml/xmlwriter.h>

#include "ct-doc.h"

G_BEGIN_DECLS

/* A member of a package: its name and its bytes. */
typedef struct
{
  const char *name;
  GBytes *bytes;
} CtZipPart;

GBytes *ct_zip_pack (CtZipPart  *parts,
                     guint       n_parts,
                     gboolean    first_stored,
                     GError    **error);

/* An XML part written with libxml2's xmlTextWriter into memory. */
typedef struct
{
  xmlBufferPtr buffer;
  xmlTextWriterPtr writer;
} CtXmlPart;

void    ct_xml_part_init     (CtXmlPart  *part);
GBytes *ct_xml_part_finish   (CtXmlPart  *part);
void    ct_xml_start         (CtXmlPart  *part,
                              const char *element);
void    ct_xml_end           (CtXmlPart  *part);
void    ct_xml_attribute     (CtXmlPart  *part,
                              const char *name,
                              const char *value);
void    ct_xml_attribute_printf (CtXmlPart  *part,
                                 const char *name,
                                 const char *format,
                                 ...) G_GNUC_PRINTF (3, 4);
void    ct_xml_text          (CtXmlPart  *part,
                              const char *text);
void    ct_xml_element       (CtXmlPart  *part,
                              const char *element,
                              const char *text);

G_END_DECLS
