"""Loopback relays for tests: a recording forward proxy and a TLS front with client certs.

``RecordingProxy`` is an HTTP forward proxy (the absolute-form requests a client sends to
``proxy=``): it records each request's method, URL, headers and body, then relays it.
``TLSFront`` terminates TLS (optionally requiring a client certificate signed by a given
CA) in front of a plain-HTTP server, so mTLS can be tested against the local server.
"""

from __future__ import annotations

import contextlib
import http.client
import socket
import ssl
import threading
import urllib.parse
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

_HOP_BY_HOP = frozenset(
    {"connection", "proxy-connection", "keep-alive", "transfer-encoding", "te", "upgrade"}
)


@dataclass(frozen=True)
class Relayed:
    """One request the proxy relayed."""

    method: str
    url: str
    headers: dict[str, str]
    body: bytes


class RecordingProxy:
    """A forward HTTP proxy on 127.0.0.1 that records what passes through it."""

    def __init__(self) -> None:
        self.requests: list[Relayed] = []
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _relay(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                headers = {k.lower(): v for k, v in self.headers.items()}
                proxy.requests.append(Relayed(self.command, self.path, headers, body))
                target = urllib.parse.urlsplit(self.path)
                upstream = http.client.HTTPConnection(target.hostname, target.port, timeout=30)
                path = target.path + (f"?{target.query}" if target.query else "")
                forward = {k: v for k, v in self.headers.items() if k.lower() not in _HOP_BY_HOP}
                try:
                    upstream.request(self.command, path, body=body or None, headers=forward)
                    answer = upstream.getresponse()
                    content = answer.read()
                finally:
                    upstream.close()
                self.send_response(answer.status)
                for name, value in answer.getheaders():
                    if name.lower() not in _HOP_BY_HOP and name.lower() != "content-length":
                        self.send_header(name, value)
                self.send_header("Content-Length", str(len(content)))
                self.end_headers()
                self.wfile.write(content)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _relay

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> RecordingProxy:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()


class TLSFront:
    """TLS on 127.0.0.1 in front of ``upstream`` (host, port), relaying bytes both ways."""

    def __init__(self, upstream: tuple[str, int], context: ssl.SSLContext) -> None:
        self._upstream = upstream
        self._context = context
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self.url = f"https://127.0.0.1:{self.port}"
        #: Handshakes refused (e.g. no client certificate).
        self.refused = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)

    def __enter__(self) -> TLSFront:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        with contextlib.suppress(OSError):
            # Wakes the blocking accept().
            socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
        self._thread.join(10)
        self._listener.close()

    def _accept(self) -> None:
        while not self._stop.is_set():
            conn, _ = self._listener.accept()
            if self._stop.is_set():
                conn.close()
                return
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        conn.settimeout(30)
        try:
            secure = self._context.wrap_socket(conn, server_side=True)
        except (ssl.SSLError, OSError):
            self.refused += 1
            conn.close()
            return
        upstream = socket.create_connection(self._upstream, timeout=30)
        pump = threading.Thread(target=_pump, args=(upstream, secure), daemon=True)
        pump.start()
        _pump(secure, upstream)
        pump.join(30)
        for sock in (secure, upstream):
            with contextlib.suppress(OSError):
                sock.close()


def _pump(source: socket.socket, sink: socket.socket) -> None:
    try:
        while chunk := source.recv(65536):
            sink.sendall(chunk)
    except OSError:
        pass
    with contextlib.suppress(OSError):
        sink.shutdown(socket.SHUT_WR)
