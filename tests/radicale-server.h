/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The user the test server knows, and its password (htpasswd, in clear). */
#define CT_RADICALE_USER "clerk"
#define CT_RADICALE_PASSWORD "mật-khẩu-thử"

/*
 * CtRadicale:
 * @folder: the server's own temporary folder (configuration, users, storage)
 * @port: the port it listens on, 127.0.0.1 only
 * @root: "http://127.0.0.1:PORT/"
 * @pid: the server's process while it runs, 0 when stopped
 * @tls: it speaks HTTPS with a self-signed certificate, which clients do not trust
 *
 * A Radicale CalDAV server run by a test.
 */
typedef struct
{
  char *folder;
  guint port;
  char *root;
  GPid pid;
  gboolean tls;
} CtRadicale;

gboolean    ct_radicale_available (void);
CtRadicale *ct_radicale_start     (void);
CtRadicale *ct_radicale_start_tls (void);
void        ct_radicale_stop      (CtRadicale *server);
void        ct_radicale_restart   (CtRadicale *server);
void        ct_radicale_free      (CtRadicale *server);
char       *ct_radicale_url       (CtRadicale *server,
                                   const char *path);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtRadicale, ct_radicale_free)

G_END_DECLS
