#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""An HTTP proxy for the tests that demands Digest authentication (RFC 7616, MD5,
qop=auth) and forwards each authorised request to a server that takes Basic.

  digest-proxy.py PORT UPSTREAM_PORT USER PASSWORD LOG

Listens on 127.0.0.1:PORT and forwards to 127.0.0.1:UPSTREAM_PORT. Appends one line per
request to LOG: the scheme of its Authorization header ("Digest", "Basic", "none"), then
"ok" when its Digest answer was right and the request was forwarded, else "refused".
"""

import base64
import hashlib
import http.client
import http.server
import re
import secrets
import sys
import threading

REALM = "Congtac test"
HOP_BY_HOP = {"connection", "keep-alive", "proxy-authenticate", "proxy-authorization",
              "te", "trailers", "transfer-encoding", "upgrade", "content-length"}


def md5(text):
    return hashlib.md5(text.encode("utf-8")).hexdigest()


def parse_digest(value):
    fields = {}
    for match in re.finditer(r'(\w+)=(?:"((?:[^"\\]|\\.)*)"|([^,\s]+))', value):
        fields[match.group(1).lower()] = (match.group(2) if match.group(2) is not None
                                          else match.group(3))
    return fields


class Proxy(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format, *args):
        pass

    def note(self, scheme, verdict):
        with self.server.lock, open(self.server.log, "a", encoding="utf-8") as log:
            log.write(f"{scheme} {verdict}\n")

    def digest_is_right(self, header):
        if not header.startswith("Digest "):
            return False
        fields = parse_digest(header[len("Digest "):])
        needed = ("username", "realm", "nonce", "uri", "response", "qop", "nc", "cnonce")
        if any(name not in fields for name in needed):
            return False
        if (fields["username"] != self.server.user or fields["realm"] != REALM
                or fields["nonce"] not in self.server.nonces or fields["qop"] != "auth"
                or fields["uri"] != self.path
                or fields.get("algorithm", "MD5").upper() != "MD5"):
            return False
        ha1 = md5(f"{self.server.user}:{REALM}:{self.server.password}")
        ha2 = md5(f"{self.command}:{fields['uri']}")
        expected = md5(f"{ha1}:{fields['nonce']}:{fields['nc']}:{fields['cnonce']}:"
                       f"auth:{ha2}")
        return secrets.compare_digest(expected, fields["response"].lower())

    def challenge(self):
        nonce = secrets.token_hex(16)
        with self.server.lock:
            self.server.nonces.add(nonce)
        body = b"Unauthorized"
        self.send_response(401)
        self.send_header("WWW-Authenticate",
                         f'Digest realm="{REALM}", qop="auth", algorithm=MD5, '
                         f'nonce="{nonce}", opaque="{secrets.token_hex(8)}"')
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def forward(self, body):
        upstream = http.client.HTTPConnection("127.0.0.1", self.server.upstream_port,
                                              timeout=60)
        headers = {name: value for name, value in self.headers.items()
                   if name.lower() not in HOP_BY_HOP and name.lower() not in
                   ("authorization", "host")}
        credentials = f"{self.server.user}:{self.server.password}".encode("utf-8")
        headers["Authorization"] = "Basic " + base64.b64encode(credentials).decode("ascii")
        headers["Host"] = f"127.0.0.1:{self.server.upstream_port}"
        upstream.request(self.command, self.path, body=body, headers=headers)
        answer = upstream.getresponse()
        data = answer.read()
        self.send_response(answer.status, answer.reason)
        for name, value in answer.getheaders():
            if name.lower() not in HOP_BY_HOP:
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)
        upstream.close()

    def handle_any(self):
        length = int(self.headers.get("Content-Length", "0"))
        body = self.rfile.read(length) if length > 0 else None
        header = self.headers.get("Authorization", "")
        scheme = header.split(" ", 1)[0] if header else "none"
        if not self.digest_is_right(header):
            self.note(scheme, "refused")
            self.challenge()
            return
        self.note(scheme, "ok")
        self.forward(body)

    def __getattr__(self, name):
        if name.startswith("do_"):
            return self.handle_any
        raise AttributeError(name)


def main():
    port, upstream_port, user, password, log = sys.argv[1:6]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", int(port)), Proxy)
    server.daemon_threads = True
    server.upstream_port = int(upstream_port)
    server.user = user
    server.password = password
    server.log = log
    server.nonces = set()
    server.lock = threading.Lock()
    server.serve_forever()


if __name__ == "__main__":
    main()
