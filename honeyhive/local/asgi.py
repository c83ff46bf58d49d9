"""The ASGI face of ``LocalAPI``: one endpoint, fault injection, request log, error guard.

Layers, outermost first: the guard and request log (one line per request, injected faults
included; every unexpected exception becomes the JSON 500 and is logged once), the
``FaultInjector`` when faults or the admin endpoint are enabled, then the endpoint, which
reads the body (keeping at most the size limit, within ``body_timeout``) and calls
``LocalAPI.handle`` on a worker thread.

Handlers run off the event loop (anyio's thread pool, via Starlette): a slow request (a
large list, a metric being run) never stalls the others' reading, writing or validation;
the SQLite store serializes their transactions with its lock. Every path reaches
``LocalAPI.handle``, whatever characters it holds, so even a 404 is the JSON ``Error``.
A client that goes away mid-body is logged as one short line, not a traceback; a body not
received within ``body_timeout`` seconds is answered 408 and the connection closed.
"""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import TYPE_CHECKING, Any

import anyio
from starlette.concurrency import run_in_threadpool

from .core import LocalAPI, Response, internal_error
from .faults import ConnectionDropped, hide_dropped_connection_tracebacks
from .jsonsafe import encode_json, log_safe

if TYPE_CHECKING:  # pragma: no cover - typing only
    from .faults import FaultInjector

__all__ = ["DEFAULT_BODY_TIMEOUT", "LocalApp", "create_app"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

access_log = logging.getLogger("honeyhive.local.access")
logger = logging.getLogger("honeyhive.local")

DEFAULT_BODY_TIMEOUT = 30.0
"""Seconds a client has to send a request's whole body once its headers are in."""

# An oversized body is still read (and dropped) up to this many times the limit, so the
# client finishes sending and sees the 413 instead of a reset connection.
_DRAIN_FACTOR = 8


class _ClientGone(Exception):
    """The client disconnected before the request body was complete."""


class _BodyTooSlow(Exception):
    """The request body did not arrive within the body timeout."""


class LocalApp:
    """The ASGI application serving one ``LocalAPI``; ``faults`` is its FaultInjector.

    ``body_timeout``: seconds allowed to receive a request body (None: no limit).
    """

    def __init__(
        self,
        api: LocalAPI,
        *,
        faults: bool = False,
        admin: bool = False,
        log_requests: bool = False,
        body_timeout: float | None = DEFAULT_BODY_TIMEOUT,
    ) -> None:
        self.api = api
        self.log_requests = log_requests
        self.body_timeout = body_timeout
        self.faults: FaultInjector | None = None
        self._app: Callable[[Scope, Receive, Send], Awaitable[None]] = self._endpoint
        if faults or admin:
            from .faults import FaultInjector

            self.faults = FaultInjector(self._endpoint, admin=admin)
            self._app = self.faults
        # A response cut short after it started can only end by raising: uvicorn then
        # closes the socket, and this keeps its second traceback out of the log.
        hide_dropped_connection_tracebacks()

    async def _endpoint(self, scope: Scope, receive: Receive, send: Send) -> None:
        body, too_large = await _read_body(scope, receive, self.api.max_body_bytes)
        if too_large:
            answer = self.api.too_large()
        else:
            headers = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in scope["headers"]]
            answer = await run_in_threadpool(
                functools.partial(
                    self.api.handle,
                    scope["method"],
                    scope["path"],
                    scope.get("query_string", b"").decode("latin-1"),
                    headers,
                    body,
                )
            )
        await _send_answer(send, answer)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":  # websockets: not served
            await send({"type": "websocket.close", "code": 1000})
            return
        started = time.perf_counter()
        status: list[int] = []

        async def watch(message: Message) -> None:
            if message["type"] == "http.response.start":
                status.append(int(message["status"]))
            await send(message)

        if self.body_timeout is not None:
            receive = _with_deadline(receive, anyio.current_time() + self.body_timeout)
        outcome = "no response"
        try:
            await self._app(scope, receive, watch)
            outcome = str(status[0]) if status else outcome
        except ConnectionDropped:  # a scripted drop, or a failure after the answer started
            outcome = "dropped"
            raise
        except _ClientGone:
            outcome = "client disconnected before sending the whole body"
        except _BodyTooSlow:
            outcome = f"body not received within {self.body_timeout:g} s"
            if not status:
                await _send_answer(watch, _timeout_answer(outcome), close=True)
                outcome = f"408 ({outcome})"
        except Exception as exc:
            if status:
                # Too late for a 500: log once, and end the connection the only way left.
                logger.error(
                    "local server failed on %s %s after answering %d",
                    log_safe(scope["method"]),
                    log_safe(scope["path"]),
                    status[0],
                    exc_info=exc,
                )
                outcome = "dropped"
                raise ConnectionDropped("response failed after it started") from exc
            await _send_answer(watch, internal_error(exc, scope["method"], scope["path"]))
            outcome = "500"
        finally:
            if self.log_requests:
                query = scope.get("query_string", b"").decode("latin-1")
                access_log.info(
                    "%s %s%s %s %.1fms",
                    log_safe(scope["method"]),
                    log_safe(scope["path"]),
                    f"?{log_safe(query)}" if query else "",
                    outcome,
                    (time.perf_counter() - started) * 1000.0,
                )


def _with_deadline(receive: Receive, deadline: float) -> Receive:
    """``receive`` that raises ``_BodyTooSlow`` if the body is not complete by ``deadline``."""
    complete = False

    async def timed() -> Message:
        nonlocal complete
        if complete:
            return await receive()
        try:
            with anyio.fail_after(max(deadline - anyio.current_time(), 0.0)):
                message = await receive()
        except TimeoutError:
            raise _BodyTooSlow from None
        if message["type"] != "http.request" or not message.get("more_body", False):
            complete = True
        return message

    return timed


async def _read_body(scope: Scope, receive: Receive, limit: int) -> tuple[bytes, bool]:
    """(body, too_large): keeps at most ``limit`` bytes, drains a bounded excess."""
    declared = next((v for k, v in scope["headers"] if k.lower() == b"content-length"), b"")
    if declared.isdigit() and int(declared) > limit * _DRAIN_FACTOR:
        return b"", True
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise _ClientGone
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit * _DRAIN_FACTOR:
            return b"", True
        if size <= limit:
            chunks.append(chunk)
        if not message.get("more_body", False):
            break
    if size > limit:
        return b"", True
    return b"".join(chunks), False


async def _send_answer(send: Send, answer: Response, *, close: bool = False) -> None:
    headers = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in answer.headers]
    headers.append((b"content-length", str(len(answer.body)).encode("ascii")))
    if close:
        headers.append((b"connection", b"close"))
    await send({"type": "http.response.start", "status": answer.status, "headers": headers})
    await send({"type": "http.response.body", "body": answer.body, "more_body": False})


def _timeout_answer(reason: str) -> Response:
    body = {"message": f"Request timeout: {reason}", "errorCode": "REQUEST_TIMEOUT"}
    return Response(408, [("content-type", "application/json")], encode_json(body))


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return


def create_app(
    api: LocalAPI | None = None,
    *,
    faults: bool = False,
    admin: bool = False,
    log_requests: bool = False,
    body_timeout: float | None = DEFAULT_BODY_TIMEOUT,
) -> LocalApp:
    """An ASGI app for ``api`` (a new in-memory ``LocalAPI`` by default)."""
    return LocalApp(
        api if api is not None else LocalAPI(),
        faults=faults,
        admin=admin,
        log_requests=log_requests,
        body_timeout=body_timeout,
    )
