"""httpx transports that hand requests straight to a ``LocalAPI``: no socket, same handlers.

``httpx.Client(transport=InProcessTransport(api), base_url="https://api.honeyhive.ai")``
behaves like a client of a running local server. The host in the URL is ignored.
"""

from __future__ import annotations

import httpx

from .core import LocalAPI, Response

__all__ = ["AsyncInProcessTransport", "InProcessTransport"]


def _call(api: LocalAPI, request: httpx.Request, body: bytes) -> httpx.Response:
    query = request.url.query.decode("ascii", errors="replace")
    answer: Response = api.handle(
        request.method, request.url.path, query, request.headers.multi_items(), body
    )
    return httpx.Response(
        answer.status, headers=answer.headers, content=answer.body, request=request
    )


class InProcessTransport(httpx.BaseTransport):
    """Sync transport calling ``api.handle`` in the caller's thread."""

    def __init__(self, api: LocalAPI) -> None:
        self.api = api

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Serve ``request`` in-process."""
        return _call(self.api, request, request.read())


class AsyncInProcessTransport(httpx.AsyncBaseTransport):
    """Async transport calling ``api.handle`` directly.

    The handler runs on the event loop's thread: a local SQLite write takes microseconds,
    far less than handing it to a worker thread would.
    """

    def __init__(self, api: LocalAPI) -> None:
        self.api = api

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Serve ``request`` in-process."""
        return _call(self.api, request, await request.aread())
