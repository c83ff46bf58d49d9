"""Fault injection for the local HoneyHive server: scripted 429s, 5xx, delays, dropped links.

``FaultInjector`` is plain ASGI middleware; wrap any ASGI app with it. Tests script faults
through its Python API (``script``, ``clear``, ``requests``, ``count``); other processes
use the admin endpoint when it is enabled (``FaultInjector(app, admin=True)``)::

    POST   /_admin/faults    {"route": "POST /events", "faults": [{"kind": "status",
                              "status": 429, "headers": {"Retry-After": "1"}}], "repeat": false}
    GET    /_admin/faults    the scripts still pending
    DELETE /_admin/faults    forget every script
    GET    /_admin/requests  the request log
    DELETE /_admin/requests  empty the request log

A "drop" is made the only way ASGI allows: the response starts with a Content-Length
larger than the body that follows, then the app raises ``ConnectionDropped``. Servers
(uvicorn) close the socket, so an HTTP client sees a truncated response; in-process httpx
transports re-raise the exception, which is an ``httpx.RemoteProtocolError`` for that reason.
"""

from __future__ import annotations

import email.utils
import fnmatch
import http
import json
import logging
import math
import threading
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping, MutableMapping
from dataclasses import dataclass, field
from typing import Any, Literal, get_args

import anyio
import httpx

__all__ = [
    "ADMIN_PREFIX",
    "ConnectionDropped",
    "Fault",
    "FaultInjector",
    "FaultKind",
    "RequestRecord",
    "http_date",
]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

FaultKind = Literal["status", "delay", "drop", "drop_before", "malformed"]
_KINDS: frozenset[str] = frozenset(get_args(FaultKind))
ADMIN_PREFIX = "/_admin/"
# Looks like the start of a JSON document, then stops: the nastiest kind of malformed body.
DEFAULT_MALFORMED_BODY = '{"success": true, "event_id": "'


class ConnectionDropped(httpx.RemoteProtocolError):
    """Raised by the middleware to cut a response short on purpose."""


class _HideDroppedConnections(logging.Filter):
    """Drops the server's "Exception in ASGI application" record for a scripted drop."""

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        return not isinstance(exc, ConnectionDropped)


_HIDE_DROPS = _HideDroppedConnections()


def hide_dropped_connection_tracebacks(logger_name: str = "uvicorn.error") -> None:
    """Keep scripted drops out of the server log: they are the test, not a failure."""
    logger = logging.getLogger(logger_name)
    if _HIDE_DROPS not in logger.filters:
        logger.addFilter(_HIDE_DROPS)


@dataclass(frozen=True)
class Fault:
    """One scripted misbehaviour, applied to one request.

    ``seconds`` delays any kind before it acts; for ``delay`` that is all it does before the
    request passes through. ``status``/``headers``/``body`` shape a ``status`` reply
    (``body`` defaults to a JSON error with a ``message``); ``body`` is the text of a
    ``malformed`` reply.
    """

    kind: FaultKind
    status: int = 500
    headers: Mapping[str, str] = field(default_factory=dict)
    body: Any = None
    seconds: float = 0.0

    def __post_init__(self) -> None:
        if self.kind not in _KINDS:
            raise ValueError(f"fault kind must be one of {sorted(_KINDS)}, not {self.kind!r}")
        if isinstance(self.status, bool) or not isinstance(self.status, int):
            raise ValueError(f"status must be an int, not {self.status!r}")
        if not 100 <= self.status <= 599:
            raise ValueError(f"status must be between 100 and 599, not {self.status}")
        seconds = self.seconds
        if isinstance(seconds, bool) or not isinstance(seconds, int | float):
            raise ValueError(f"seconds must be a number, not {seconds!r}")
        if not math.isfinite(seconds) or seconds < 0:
            raise ValueError(f"seconds must be a finite number >= 0, not {seconds}")
        if not isinstance(self.headers, Mapping) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in self.headers.items()
        ):
            raise ValueError("headers must map header names to string values")
        object.__setattr__(self, "headers", dict(self.headers))

    @classmethod
    def respond(
        cls, status: int, *, headers: Mapping[str, str] | None = None, body: Any = None
    ) -> Fault:
        """Answer with ``status`` without calling the app."""
        return cls("status", status=status, headers=dict(headers or {}), body=body)

    @classmethod
    def rate_limited(cls, retry_after: str | float | None = None) -> Fault:
        """A 429, with ``Retry-After`` (seconds, or a preformatted HTTP date) when given."""
        headers = {} if retry_after is None else {"Retry-After": str(retry_after)}
        return cls.respond(429, headers=headers)

    @classmethod
    def delay(cls, seconds: float) -> Fault:
        """Wait ``seconds``, then let the app answer normally."""
        return cls("delay", seconds=seconds)

    @classmethod
    def drop(cls) -> Fault:
        """Let the app handle the request (its effects persist), then cut the response."""
        return cls("drop")

    @classmethod
    def drop_before(cls) -> Fault:
        """Cut the response without calling the app."""
        return cls("drop_before")

    @classmethod
    def malformed(cls, body: str = DEFAULT_MALFORMED_BODY) -> Fault:
        """Answer 200 with a JSON content type and a body that is not JSON."""
        return cls("malformed", status=200, body=body)

    @classmethod
    def from_dict(cls, data: object) -> Fault:
        """Build a fault from its JSON form; raises ValueError on anything unexpected."""
        if not isinstance(data, Mapping):
            raise ValueError(f"a fault must be a JSON object, not {data!r}")
        allowed = {"kind", "status", "headers", "body", "seconds"}
        unknown = sorted(set(data) - allowed)
        if unknown:
            raise ValueError(f"unknown fault fields {unknown}; allowed: {sorted(allowed)}")
        if "kind" not in data:
            raise ValueError("a fault needs a 'kind'")
        kind = data["kind"]
        if kind == "malformed" and "body" not in data:
            return cls.malformed()
        status = data.get("status", 200 if kind == "malformed" else 500)
        return cls(
            kind=kind,
            status=status,
            headers=data.get("headers") or {},
            body=data.get("body"),
            seconds=data.get("seconds", 0.0),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON form accepted by ``from_dict`` and the admin endpoint."""
        return {
            "kind": self.kind,
            "status": self.status,
            "headers": dict(self.headers),
            "body": self.body,
            "seconds": self.seconds,
        }


@dataclass(frozen=True)
class RequestRecord:
    """One request the middleware saw; ``time`` is ``time.monotonic()`` at arrival."""

    method: str
    path: str
    query: str
    time: float
    fault: Fault | None

    def to_dict(self) -> dict[str, Any]:
        """JSON form, as served by ``GET /_admin/requests``."""
        return {
            "method": self.method,
            "path": self.path,
            "query": self.query,
            "time": self.time,
            "fault": None if self.fault is None else self.fault.to_dict(),
        }


class _Route:
    """``"METHOD /path"`` or ``"/path"``; the path may use ``*``/``?`` globs; None = all."""

    __slots__ = ("method", "pattern", "text")

    def __init__(self, text: str | None) -> None:
        self.text = text
        self.method: str | None = None
        self.pattern: str | None = None
        if text is None:
            return
        if not isinstance(text, str) or not text.strip():
            raise ValueError(f"route must be 'METHOD /path', '/path' or null, not {text!r}")
        parts = text.split()
        if len(parts) == 2:
            self.method, self.pattern = parts[0].upper(), parts[1]
        elif len(parts) == 1:
            self.pattern = parts[0]
        else:
            raise ValueError(f"route must be 'METHOD /path' or '/path', not {text!r}")
        if not self.pattern.startswith(("/", "*")):
            raise ValueError(f"route path must start with '/', not {self.pattern!r}")

    def matches(self, method: str, path: str) -> bool:
        if self.method is not None and self.method != method.upper():
            return False
        return self.pattern is None or fnmatch.fnmatchcase(path, self.pattern)


class _Script:
    __slots__ = ("faults", "next", "repeat", "route")

    def __init__(self, route: _Route, faults: list[Fault], repeat: bool) -> None:
        self.route = route
        self.faults = faults
        self.repeat = repeat
        self.next = 0

    def take(self) -> Fault:
        fault = self.faults[self.next]
        self.next = (self.next + 1) % len(self.faults) if self.repeat else self.next + 1
        return fault

    @property
    def exhausted(self) -> bool:
        return self.next >= len(self.faults)

    def to_dict(self) -> dict[str, Any]:
        return {
            "route": self.route.text,
            "faults": [f.to_dict() for f in self.faults[self.next :]]
            if not self.repeat
            else [f.to_dict() for f in self.faults],
            "repeat": self.repeat,
        }


class FaultInjector:
    """ASGI middleware that applies scripted faults to matching requests and logs them all."""

    def __init__(self, app: ASGIApp, *, admin: bool = False) -> None:
        self.app = app
        self.admin = admin
        self._lock = threading.Lock()
        self._scripts: list[_Script] = []
        self._log: list[RequestRecord] = []

    # -- Python API for tests -------------------------------------------------------------

    def script(self, route: str | None, faults: Iterable[Fault], *, repeat: bool = False) -> None:
        """Apply ``faults`` in order to the requests matching ``route``, then pass through.

        With ``repeat`` the script loops forever. Scripts are tried in the order they were
        added; the first with a fault left for a matching request supplies it.
        """
        script = _Script(_Route(route), list(faults), repeat)
        if not all(isinstance(f, Fault) for f in script.faults):
            raise TypeError("faults must be Fault instances")
        if not script.faults:
            return
        with self._lock:
            self._scripts.append(script)

    def clear(self, *, requests: bool = True) -> None:
        """Forget every script and, unless ``requests=False``, the request log."""
        with self._lock:
            self._scripts.clear()
            if requests:
                self._log.clear()

    @property
    def requests(self) -> list[RequestRecord]:
        """A snapshot of the request log, oldest first."""
        with self._lock:
            return list(self._log)

    def count(self, route: str | None = None) -> int:
        """How many logged requests match ``route`` (same syntax as ``script``)."""
        matcher = _Route(route)
        return sum(1 for r in self.requests if matcher.matches(r.method, r.path))

    # -- ASGI -------------------------------------------------------------------------------

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        method: str = scope["method"]
        path: str = scope["path"]
        if self.admin and path.startswith(ADMIN_PREFIX):
            await self._admin(scope, receive, send)
            return
        fault = self._next_fault(method, path, scope.get("query_string", b""))
        if fault is None:
            await self.app(scope, receive, send)
            return
        if fault.seconds:
            # A slow server has usually read the request before it stalls; reading it now
            # lets the app still see the body if the client gives up and disconnects.
            receive = _replay(await _drain(receive), receive)
            await anyio.sleep(fault.seconds)
        if fault.kind == "delay":
            await self.app(scope, receive, send)
        elif fault.kind == "status":
            await _drain(receive)
            body = fault.body if fault.body is not None else _default_error(fault.status)
            await _send_json(send, fault.status, body, fault.headers)
        elif fault.kind == "malformed":
            await _drain(receive)
            text = fault.body if isinstance(fault.body, str) else DEFAULT_MALFORMED_BODY
            await _send(send, 200, text.encode(), {"content-type": "application/json"})
        elif fault.kind == "drop":
            await self._drop_after_app(scope, receive, send)
        else:  # drop_before
            await _drain(receive)
            await _cut(send, 200, [(b"content-type", b"application/json")], b'{"suc')

    def _next_fault(self, method: str, path: str, query: bytes) -> Fault | None:
        with self._lock:
            fault = None
            for script in self._scripts:
                if script.route.matches(method, path):
                    fault = script.take()
                    if script.exhausted:
                        self._scripts.remove(script)
                    break
            self._log.append(
                RequestRecord(method, path, query.decode("latin-1"), time.monotonic(), fault)
            )
            return fault

    async def _drop_after_app(self, scope: Scope, receive: Receive, send: Send) -> None:
        start: Message | None = None
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))

        await self.app(scope, receive, capture)
        status = start["status"] if start is not None else 200
        headers = [
            (k, v)
            for k, v in (start.get("headers", []) if start is not None else [])
            if k.lower() != b"content-length"
        ]
        body = b"".join(chunks)
        await _cut(send, status, headers, body[: len(body) // 2])

    # -- admin endpoint ---------------------------------------------------------------------

    async def _admin(self, scope: Scope, receive: Receive, send: Send) -> None:
        method: str = scope["method"]
        path: str = scope["path"].rstrip("/")
        raw = await _drain(receive)
        if path == "/_admin/faults":
            if method == "POST":
                try:
                    route, faults, repeat = _parse_script(raw)
                except ValueError as exc:
                    await _send_json(send, 400, {"message": f"Invalid fault script: {exc}"})
                    return
                self.script(route, faults, repeat=repeat)
                await _send_json(send, 201, {"route": route, "scripted": len(faults)})
                return
            if method == "GET":
                with self._lock:
                    scripts = [s.to_dict() for s in self._scripts]
                await _send_json(send, 200, {"scripts": scripts})
                return
            if method == "DELETE":
                self.clear(requests=False)
                await _send_json(send, 200, {"cleared": True})
                return
            await _not_allowed(send, "GET, POST, DELETE")
            return
        if path == "/_admin/requests":
            if method == "GET":
                records = [r.to_dict() for r in self.requests]
                await _send_json(send, 200, {"requests": records, "count": len(records)})
                return
            if method == "DELETE":
                with self._lock:
                    self._log.clear()
                await _send_json(send, 200, {"cleared": True})
                return
            await _not_allowed(send, "GET, DELETE")
            return
        await _send_json(send, 404, {"message": f"No admin endpoint at {path}"})


def _parse_script(raw: bytes) -> tuple[str | None, list[Fault], bool]:
    try:
        data = json.loads(raw or b"null")
    except ValueError as exc:
        raise ValueError(f"body is not JSON ({exc})") from None
    if not isinstance(data, dict):
        raise ValueError('expected an object like {"route": "/path", "faults": [...]}')
    unknown = sorted(set(data) - {"route", "faults", "repeat"})
    if unknown:
        raise ValueError(f"unknown fields {unknown}; allowed: ['faults', 'repeat', 'route']")
    route = data.get("route")
    if route is not None and not isinstance(route, str):
        raise ValueError("'route' must be a string like 'POST /events' or null")
    _Route(route)  # validate now, answer 400 rather than fail later
    faults = data.get("faults")
    if not isinstance(faults, list) or not faults:
        raise ValueError("'faults' must be a non-empty list of fault objects")
    repeat = data.get("repeat", False)
    if not isinstance(repeat, bool):
        raise ValueError("'repeat' must be true or false")
    parsed = []
    for index, item in enumerate(faults):
        try:
            parsed.append(Fault.from_dict(item))
        except (TypeError, ValueError) as exc:
            raise ValueError(f"faults[{index}]: {exc}") from None
    return route, parsed, repeat


def http_date(seconds_from_now: float, *, now: float | None = None) -> str:
    """An HTTP date (for ``Retry-After``) ``seconds_from_now`` seconds ahead."""
    current = time.time() if now is None else now
    return email.utils.formatdate(current + seconds_from_now, usegmt=True)


def _default_error(status: int) -> dict[str, str]:
    try:
        phrase = http.HTTPStatus(status).phrase
    except ValueError:  # 499, 520, 529...: not in the stdlib table
        phrase = "Injected Fault"
    return {"message": f"{phrase} (injected fault)", "errorCode": "INJECTED_FAULT"}


async def _drain(receive: Receive) -> bytes:
    # Read the request body so the connection is in a clean state for the next request.
    chunks: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def _replay(body: bytes, receive: Receive) -> Receive:
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if sent:
            return await receive()
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return replay


async def _send(send: Send, status: int, body: bytes, headers: Mapping[str, str]) -> None:
    raw_headers = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers.items()]
    if not any(k == b"content-length" for k, _ in raw_headers):
        raw_headers.append((b"content-length", str(len(body)).encode()))
    await send({"type": "http.response.start", "status": status, "headers": raw_headers})
    await send({"type": "http.response.body", "body": body, "more_body": False})


async def _send_json(
    send: Send, status: int, payload: object, headers: Mapping[str, str] | None = None
) -> None:
    merged = {
        "content-type": "application/json",
        **{k.lower(): v for k, v in (headers or {}).items()},
    }
    await _send(send, status, json.dumps(payload).encode(), merged)


async def _not_allowed(send: Send, allow: str) -> None:
    await _send_json(send, 405, {"message": "Method not allowed"}, {"allow": allow})


async def _cut(send: Send, status: int, headers: list[tuple[bytes, bytes]], partial: bytes) -> None:
    # Promise more bytes than will ever come, send some, then fail: the server closes the
    # socket and the client is left with a truncated response.
    promised = str(len(partial) + 1024).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [*headers, (b"content-length", promised)],
        }
    )
    await send({"type": "http.response.body", "body": partial, "more_body": True})
    raise ConnectionDropped("connection dropped by fault injection")
