/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <sys/wait.h>

#include "radicale-server.h"
#include "test-util.h"

gboolean
ct_radicale_available (void)
{
  g_autofree char *path = g_find_program_in_path ("radicale");

  return path != NULL;
}

/* A port nobody listens on now: the system's choice for a socket bound to port 0. */
static guint
free_port (void)
{
  g_autoptr(GSocket) socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM,
                                            G_SOCKET_PROTOCOL_TCP, NULL);
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) any = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) bound = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (socket);
  g_assert_true (g_socket_bind (socket, any, TRUE, &error));
  g_assert_no_error (error);
  bound = g_socket_get_local_address (socket, &error);
  g_assert_no_error (error);
  return g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound));
}

static gboolean
port_answers (gpointer data)
{
  guint port = GPOINTER_TO_UINT (data);
  g_autoptr(GSocketClient) client = g_socket_client_new ();
  g_autoptr(GSocketConnection) connection = NULL;

  connection = g_socket_client_connect_to_host (client, "127.0.0.1", port, NULL, NULL);
  if (connection == NULL)
    g_usleep (50000);
  return connection != NULL;
}

/* A self-signed certificate for 127.0.0.1, made with openssl; returns the lines of the
 * server section that use it. */
static char *
make_certificate (CtRadicale *server)
{
  g_autofree char *cert = g_build_filename (server->folder, "cert.pem", NULL);
  g_autofree char *key = g_build_filename (server->folder, "key.pem", NULL);
  const char *argv[] = { "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes",
                         "-keyout", key, "-out", cert, "-days", "2",
                         "-subj", "/CN=127.0.0.1", NULL };
  g_autoptr(GError) error = NULL;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL,
                               G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL |
                               G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL,
                               &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_strdup_printf ("ssl = True\ncertificate = %s\nkey = %s\n", cert, key);
}

static void
write_config (CtRadicale *server)
{
  g_autofree char *config = g_build_filename (server->folder, "config", NULL);
  g_autofree char *users = g_build_filename (server->folder, "users", NULL);
  g_autofree char *storage = g_build_filename (server->folder, "storage", NULL);
  g_autofree char *tls = server->tls ? make_certificate (server) : g_strdup ("");
  g_autofree char *text = g_strdup_printf (
    "[server]\nhosts = 127.0.0.1:%u\n%s"
    "[auth]\ntype = htpasswd\nhtpasswd_filename = %s\nhtpasswd_encryption = plain\n"
    "delay = 0\n"
    "[storage]\nfilesystem_folder = %s\n"
    "[logging]\nlevel = warning\n",
    server->port, tls, users, storage);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (config, text, -1, &error);
  g_assert_no_error (error);
  g_file_set_contents (users, CT_RADICALE_USER ":" CT_RADICALE_PASSWORD "\n", -1, &error);
  g_assert_no_error (error);
}

/* Starts the server with the configuration of its folder and waits until it answers. */
static void
spawn (CtRadicale *server)
{
  g_autofree char *config = g_build_filename (server->folder, "config", NULL);
  g_autofree char *log = g_build_filename (server->folder, "log", NULL);
  g_autofree char *command = g_strdup_printf ("exec radicale --config '%s' >>'%s' 2>&1",
                                              config, log);
  const char *argv[] = { "/bin/sh", "-c", command, NULL };
  g_autoptr(GError) error = NULL;

  g_spawn_async (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                 &server->pid, &error);
  g_assert_no_error (error);
  g_assert_true (ct_test_wait_until (port_answers, GUINT_TO_POINTER (server->port), 60));
}

/*
 * start:
 *
 * Starts Radicale on 127.0.0.1 with a free port, a new temporary folder for its storage
 * and one user (CT_RADICALE_USER), checked with an htpasswd file.
 */
static CtRadicale *
start (gboolean tls)
{
  CtRadicale *server = g_new0 (CtRadicale, 1);

  server->tls = tls;
  server->folder = ct_test_make_folder ("ct-radicale-XXXXXX");
  server->port = free_port ();
  server->root = g_strdup_printf ("%s://127.0.0.1:%u/", tls ? "https" : "http", server->port);
  write_config (server);
  spawn (server);
  return server;
}

CtRadicale *
ct_radicale_start (void)
{
  return start (FALSE);
}

/* The same server speaking HTTPS, with a certificate of its own that no one trusts. */
CtRadicale *
ct_radicale_start_tls (void)
{
  return start (TRUE);
}

/* Stops the server by its process id; its storage stays. */
void
ct_radicale_stop (CtRadicale *server)
{
  int status;

  if (server->pid == 0)
    return;
  kill (server->pid, SIGTERM);
  waitpid (server->pid, &status, 0);
  g_spawn_close_pid (server->pid);
  server->pid = 0;
}

/* Starts the stopped server again, on the same port with the same storage. */
void
ct_radicale_restart (CtRadicale *server)
{
  g_assert_cmpint (server->pid, ==, 0);
  spawn (server);
}

void
ct_radicale_free (CtRadicale *server)
{
  if (server == NULL)
    return;
  ct_radicale_stop (server);
  ct_test_remove_tree (server->folder);
  g_free (server->folder);
  g_free (server->root);
  g_free (server);
}

/* The absolute URL of @path ("clerk/calendar/") on the server. */
char *
ct_radicale_url (CtRadicale *server,
                 const char *path)
{
  return g_strconcat (server->root, path, NULL);
}

/* Starts tests/digest-proxy.py on a free port in front of @upstream, logging into
 * @upstream's folder, and waits until it answers. */
CtDigestProxy *
ct_digest_proxy_start (CtRadicale *upstream)
{
  CtDigestProxy *proxy = g_new0 (CtDigestProxy, 1);
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "digest-proxy.py", NULL);
  g_autofree char *port = NULL;
  g_autofree char *upstream_port = g_strdup_printf ("%u", upstream->port);
  g_autoptr(GError) error = NULL;

  proxy->port = free_port ();
  port = g_strdup_printf ("%u", proxy->port);
  proxy->root = g_strdup_printf ("http://127.0.0.1:%u/", proxy->port);
  proxy->log = g_build_filename (upstream->folder, "digest-proxy.log", NULL);
  g_file_set_contents (proxy->log, "", 0, &error);
  g_assert_no_error (error);
  {
    const char *argv[] = { "/usr/bin/python3", script, port, upstream_port, CT_RADICALE_USER,
                           CT_RADICALE_PASSWORD, proxy->log, NULL };

    /* Not on the test's output, which its runner reads to the end. */
    g_spawn_async (NULL, (char **) argv, NULL,
                   G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL |
                   G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &proxy->pid, &error);
  }
  g_assert_no_error (error);
  g_assert_true (ct_test_wait_until (port_answers, GUINT_TO_POINTER (proxy->port), 60));
  return proxy;
}

/* Stops the proxy by its process id. */
void
ct_digest_proxy_free (CtDigestProxy *proxy)
{
  int status;

  if (proxy == NULL)
    return;
  if (proxy->pid != 0)
    {
      kill (proxy->pid, SIGTERM);
      waitpid (proxy->pid, &status, 0);
      g_spawn_close_pid (proxy->pid);
    }
  g_free (proxy->root);
  g_free (proxy->log);
  g_free (proxy);
}

/* The absolute URL of @path ("clerk/calendar/") through the proxy. */
char *
ct_digest_proxy_url (CtDigestProxy *proxy,
                     const char    *path)
{
  return g_strconcat (proxy->root, path, NULL);
}

/* What the proxy noted so far, one line per request. */
char *
ct_digest_proxy_dup_log (CtDigestProxy *proxy)
{
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (proxy->log, &text, NULL, &error);
  g_assert_no_error (error);
  return text;
}
