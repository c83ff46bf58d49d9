"""The ASGI face of ``LocalAPI``: a one-route Starlette app, fault injection, request log.

Layers, outermost first: the request log (one line per request, injected faults included),
the ``FaultInjector`` when faults or the admin endpoint are enabled, then Starlette, whose
only endpoint reads the body (keeping at most the size limit) and calls ``LocalAPI.handle``.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import TYPE_CHECKING, Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from .core import LocalAPI

if TYPE_CHECKING:  # pragma: no cover - typing only
    from .faults import FaultInjector

__all__ = ["LocalApp", "create_app"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

access_log = logging.getLogger("honeyhive.local.access")

_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]
# An oversized body is still read (and dropped) up to this many times the limit, so the
# client finishes sending and sees the 413 instead of a reset connection.
_DRAIN_FACTOR = 8


class LocalApp:
    """The ASGI application serving one ``LocalAPI``; ``faults`` is its FaultInjector."""

    def __init__(
        self,
        api: LocalAPI,
        *,
        faults: bool = False,
        admin: bool = False,
        log_requests: bool = False,
    ) -> None:
        self.api = api
        self.log_requests = log_requests
        self.starlette = Starlette(routes=[Route("/{path:path}", self._endpoint, methods=_METHODS)])
        self.faults: FaultInjector | None = None
        self._app: Callable[[Scope, Receive, Send], Awaitable[None]] = self.starlette
        if faults or admin:
            from .faults import FaultInjector

            self.faults = FaultInjector(self.starlette, admin=admin)
            self._app = self.faults

    async def _endpoint(self, request: Request) -> Response:
        body, too_large = await _read_body(request, self.api.max_body_bytes)
        if too_large:
            answer = self.api.too_large()
        else:
            # Handlers are synchronous and short (SQLite in microseconds, validation in
            # well under a millisecond): running them on the loop beats a thread hop.
            answer = self.api.handle(
                request.method,
                request.scope["path"],
                request.scope.get("query_string", b"").decode("latin-1"),
                request.headers.items(),
                body,
            )
        return Response(answer.body, status_code=answer.status, headers=dict(answer.headers))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not self.log_requests:
            await self._app(scope, receive, send)
            return
        started = time.perf_counter()
        status: list[int] = []

        async def watch(message: Message) -> None:
            if message["type"] == "http.response.start":
                status.append(int(message["status"]))
            await send(message)

        outcome = "dropped"
        try:
            await self._app(scope, receive, watch)
            outcome = str(status[0]) if status else "no response"
        finally:
            query = scope.get("query_string", b"").decode("latin-1")
            access_log.info(
                "%s %s%s %s %.1fms",
                scope["method"],
                scope["path"],
                f"?{query}" if query else "",
                outcome,
                (time.perf_counter() - started) * 1000.0,
            )


async def _read_body(request: Request, limit: int) -> tuple[bytes, bool]:
    """(body, too_large): keeps at most ``limit`` bytes, drains a bounded excess."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit * _DRAIN_FACTOR:
        return b"", True
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit * _DRAIN_FACTOR:
            return b"", True
        if size <= limit:
            chunks.append(chunk)
    if size > limit:
        return b"", True
    return b"".join(chunks), False


def create_app(
    api: LocalAPI | None = None,
    *,
    faults: bool = False,
    admin: bool = False,
    log_requests: bool = False,
) -> LocalApp:
    """An ASGI app for ``api`` (a new in-memory ``LocalAPI`` by default)."""
    return LocalApp(
        api if api is not None else LocalAPI(),
        faults=faults,
        admin=admin,
        log_requests=log_requests,
    )
