"""``LocalServer``: the local API on a real socket, served by uvicorn on a background thread.

Made for tests: it binds its own socket (port 0 picks a free one, known before the server
starts), starts in a few milliseconds once the spec is loaded, and stops within one
uvicorn tick (~0.1 s)::

    with LocalServer() as server:
        auth = {"Authorization": f"Bearer {server.api_key}"}
        httpx.post(f"{server.url}/events", json={"event": ...}, headers=auth)
        server.faults.script("POST /events", [Fault.rate_limited(1)])

Connections are not held forever (slowloris): one that sends nothing for ``idle_timeout``
seconds (before its first request or between requests) is closed; a request whose headers
are not complete ``header_timeout`` seconds after its first byte is answered 408 and
closed; a body not complete ``body_timeout`` seconds after the headers, likewise (see
``asgi``). The HTTP protocol is uvicorn's h11 implementation with the first two timers added.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
import threading
import time
from collections.abc import Iterable
from typing import TYPE_CHECKING

import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from . import DEFAULT_MAX_BODY_BYTES, DEV_API_KEY
from .asgi import DEFAULT_BODY_TIMEOUT, LocalApp
from .core import LocalAPI
from .jsonsafe import encode_json

if TYPE_CHECKING:  # pragma: no cover - typing only
    from .faults import FaultInjector

__all__ = [
    "DEFAULT_HEADER_TIMEOUT",
    "DEFAULT_IDLE_TIMEOUT",
    "LocalServer",
    "bind_socket",
    "guarded_protocol",
]

DEFAULT_IDLE_TIMEOUT = 5.0
"""Seconds a connection may stay silent before or between requests (uvicorn's keep-alive)."""

DEFAULT_HEADER_TIMEOUT = 10.0
"""Seconds from a request's first byte to the end of its headers."""


class _GuardedH11Protocol(H11Protocol):
    """uvicorn's h11 protocol, closing connections that idle or send headers too slowly.

    uvicorn arms its keep-alive timer only after a response; here it is also armed when
    the connection opens, and a header timer runs from the first byte of each request
    until its headers are parsed (then the app, and its body timeout, take over).
    """

    idle_timeout: float = DEFAULT_IDLE_TIMEOUT
    header_timeout: float = DEFAULT_HEADER_TIMEOUT
    _header_timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        super().connection_made(transport)  # type: ignore[arg-type]
        self._unset_keepalive_if_required()
        self.timeout_keep_alive_task = self.loop.call_later(
            self.idle_timeout, self.timeout_keep_alive_handler
        )

    def data_received(self, data: bytes) -> None:
        if self._header_timer is None and self._between_requests():
            self._header_timer = self.loop.call_later(self.header_timeout, self._headers_too_slow)
        super().data_received(data)
        if not self._between_requests():
            self._cancel_header_timer()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if (
            self.timeout_keep_alive_task is not None
            and self.idle_timeout != self.timeout_keep_alive
        ):
            # uvicorn's keep-alive is a whole number of seconds: re-arm with ours.
            self.timeout_keep_alive_task.cancel()
            self.timeout_keep_alive_task = self.loop.call_later(
                self.idle_timeout, self.timeout_keep_alive_handler
            )

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel_header_timer()
        super().connection_lost(exc)

    def _between_requests(self) -> bool:
        return self.cycle is None or self.cycle.response_complete

    def _cancel_header_timer(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _headers_too_slow(self) -> None:
        self._header_timer = None
        if self.transport.is_closing() or not self._between_requests():
            return
        # h11 cannot answer a request it has not parsed: the 408 is written as it is.
        body = encode_json(
            {
                "message": "Request timeout: headers not received within "
                f"{self.header_timeout:g} s",
                "errorCode": "REQUEST_TIMEOUT",
            }
        )
        head = (
            "HTTP/1.1 408 Request Timeout\r\ncontent-type: application/json\r\n"
            f"content-length: {len(body)}\r\nconnection: close\r\n\r\n"
        )
        self.transport.write(head.encode("ascii") + body)
        self.transport.close()


def guarded_protocol(
    idle_timeout: float = DEFAULT_IDLE_TIMEOUT,
    header_timeout: float = DEFAULT_HEADER_TIMEOUT,
) -> type[asyncio.Protocol]:
    """The HTTP protocol class for ``uvicorn.Config(http=...)`` with these timeouts."""
    for name, value in (("idle_timeout", idle_timeout), ("header_timeout", header_timeout)):
        if not value > 0:
            raise ValueError(f"{name} must be a positive number of seconds, not {value!r}")
    return type(
        "GuardedH11Protocol",
        (_GuardedH11Protocol,),
        {"idle_timeout": float(idle_timeout), "header_timeout": float(header_timeout)},
    )


def bind_socket(host: str, port: int) -> socket.socket:
    """A listening TCP socket, with Nagle off for snappy small responses."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP explicitly: asyncio sets TCP_NODELAY only on accepted sockets whose proto
    # says TCP. Without it, a response written in two pieces waits ~40 ms for the client's
    # delayed ACK: 25 requests/s instead of a thousand. Set on the listener as well, which
    # Linux passes on to accepted sockets.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    try:
        sock.bind((host, port))
        sock.listen(2048)
    except OSError:
        sock.close()
        raise
    sock.setblocking(False)
    return sock


class _ThreadServer(uvicorn.Server):
    """uvicorn on a background thread, with a prompt stop for test suites.

    Stock uvicorn polls ``should_exit`` every 0.1 s and sleeps another 0.1 s while shutting
    down; a suite starting a server per test would spend most of its time there. Here the
    main loop wakes as soon as ``request_exit`` is called, and shutdown waits only as long
    as open connections take to close (at most ``timeout_graceful_shutdown``).
    """

    _wake: asyncio.Event | None = None
    _loop: asyncio.AbstractEventLoop | None = None

    async def main_loop(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._wake = asyncio.Event()
        counter = 0
        while not await self.on_tick(counter):
            counter = (counter + 1) % 864000
            with contextlib.suppress(TimeoutError):  # the usual 0.1 s tick
                await asyncio.wait_for(self._wake.wait(), 0.1)

    def request_exit(self) -> None:
        """Ask the server to stop; safe from any thread."""
        self.should_exit = True
        loop, wake = self._loop, self._wake
        if loop is not None and wake is not None and not loop.is_closed():
            # RuntimeError: the loop closed meanwhile, so it has stopped anyway.
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(wake.set)

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        state = getattr(self, "server_state", None)
        if state is None or not hasattr(self, "servers"):  # not the uvicorn we know
            await super().shutdown(sockets)
            return
        for server in self.servers:
            server.close()
        for connection in list(state.connections):
            connection.shutdown()  # idle ones close now; busy ones after their response
        loop = asyncio.get_running_loop()
        deadline = loop.time() + float(self.config.timeout_graceful_shutdown or 2)
        while (state.connections or state.tasks) and loop.time() < deadline:
            await asyncio.sleep(0.002)
        for task in list(state.tasks):
            task.cancel()
        for server in self.servers:
            await server.wait_closed()


class LocalServer:
    """Serve a ``LocalAPI`` over HTTP on a background thread; use as a context manager.

    ``faults=True`` wraps the app in a ``FaultInjector`` (``server.faults``) scripted from
    Python; ``admin=True`` also exposes its ``/_admin/`` endpoint. Pass ``api`` to serve an
    existing ``LocalAPI`` (it is then not closed on stop). ``idle_timeout``,
    ``header_timeout`` and ``body_timeout`` (seconds) bound how long a connection may
    idle, send its headers and send a body (see the module docstring).
    """

    def __init__(
        self,
        db_path: str | os.PathLike[str] | None = None,
        api_keys: Iterable[str] | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        faults: bool = True,
        *,
        admin: bool = False,
        accept_any_key: bool = False,
        max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
        log_requests: bool = False,
        api: LocalAPI | None = None,
        idle_timeout: float = DEFAULT_IDLE_TIMEOUT,
        header_timeout: float = DEFAULT_HEADER_TIMEOUT,
        body_timeout: float = DEFAULT_BODY_TIMEOUT,
    ) -> None:
        if not body_timeout > 0:
            raise ValueError(
                f"body_timeout must be a positive number of seconds, not {body_timeout!r}"
            )
        self._protocol = guarded_protocol(idle_timeout, header_timeout)
        self._owns_api = api is None
        self.api = api or LocalAPI(
            db_path=db_path,
            api_keys=api_keys,
            accept_any_key=accept_any_key,
            max_body_bytes=max_body_bytes,
        )
        self.app = LocalApp(
            self.api,
            faults=faults,
            admin=admin,
            log_requests=log_requests,
            body_timeout=body_timeout,
        )
        self.host = host
        self.port = port
        self._requested_port = port
        self._server: _ThreadServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def faults(self) -> FaultInjector | None:
        """The fault injector, when ``faults`` or ``admin`` was enabled."""
        return self.app.faults

    @property
    def url(self) -> str:
        """Base URL, e.g. ``http://127.0.0.1:54321``."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def api_key(self) -> str:
        """A key this server accepts (the development key unless keys were given)."""
        return sorted(self.api.api_keys)[0] if self.api.api_keys else DEV_API_KEY

    def start(self, timeout: float = 10.0) -> LocalServer:
        """Bind and start serving; returns once requests are accepted."""
        if self._thread is not None:
            raise RuntimeError("LocalServer already started")
        sock = bind_socket(self.host, self._requested_port)
        self.port = sock.getsockname()[1]
        config = uvicorn.Config(
            self.app,
            http=self._protocol,
            lifespan="off",
            log_config=None,
            access_log=False,
            timeout_graceful_shutdown=2,
        )
        server = _ThreadServer(config)
        self._server = server
        failure: list[BaseException] = []

        def run() -> None:
            try:
                server.run(sockets=[sock])
            except BaseException as exc:  # reported to start() below
                failure.append(exc)
            finally:
                sock.close()

        self._thread = threading.Thread(
            target=run, name=f"honeyhive-local:{self.port}", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not server.started:
            if failure or not self._thread.is_alive():
                self._thread = None
                raise RuntimeError(f"local server failed to start: {failure[:1]}")
            if time.monotonic() > deadline:
                self.stop()
                raise TimeoutError(f"local server did not start within {timeout} s")
            time.sleep(0.002)
        return self

    def stop(self) -> None:
        """Stop serving and wait for the thread; closes the API if this server made it."""
        if self._server is not None and self._thread is not None:
            self._server.request_exit()
            self._thread.join(timeout=10)
        self._server = None
        self._thread = None
        if self._owns_api:
            self.api.close()

    def __enter__(self) -> LocalServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
