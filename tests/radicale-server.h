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

/*
 * CtDigestProxy:
 * @port: the port it listens on, 127.0.0.1 only
 * @root: "http://127.0.0.1:PORT/"
 * @log: the file where it notes each request's scheme of authorisation and verdict
 * @pid: the proxy's process while it runs
 *
 * tests/digest-proxy.py run by a test in front of a CtRadicale: it demands Digest and
 * forwards what it accepts with Basic.
 */
typedef struct
{
  guint port;
  char *root;
  char *log;
  GPid pid;
} CtDigestProxy;

CtDigestProxy *ct_digest_proxy_start (CtRadicale    *upstream);
void           ct_digest_proxy_free  (CtDigestProxy *proxy);
char          *ct_digest_proxy_url   (CtDigestProxy *proxy,
                                      const char    *path);
char          *ct_digest_proxy_dup_log (CtDigestProxy *proxy);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtDigestProxy, ct_digest_proxy_free)

G_END_DECLS
