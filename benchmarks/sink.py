"""A minimal HoneyHive-shaped HTTP/1.1 sink on loopback, run in its own process.

It is a bare ``asyncio.Protocol`` (no framework, no h11): it splits requests on
``Content-Length``, keeps connections alive, and answers from canned or precomputed bytes,
so a request costs it a few microseconds and it is never the bottleneck of a benchmark.
It looks into event payloads with a bytes regex, to echo the ``event_id`` values the client
chose, in order, as the real service does; and it parses the small bodies of the two read
routes, ``POST /v1/events/search`` and ``POST /v1/events/export``, for their page.

Run ``python -m benchmarks.sink [--list-size N]``: it prints its port on the first line of
stdout, then serves until terminated. `SinkProcess` does that from the benchmark runner.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import signal
import subprocess
import sys
from pathlib import Path
from types import TracebackType
from typing import Any

import httpx

from .payloads import SESSION_ID, session_root, stored_events

SERVER_NAME = "raw asyncio.Protocol HTTP/1.1 sink (keep-alive, precomputed bodies), own process"

_EVENT_ID = re.compile(rb'"event_id"\s*:\s*"([^"]*)"')
_EVENT_TYPE = re.compile(rb'"event_type"\s*:')


#: The read routes and the largest ``limit`` each accepts (search 1000, export 7500).
READ_ROUTES = {b"/v1/events/search": 1000, b"/v1/events/export": 7500}
#: The page size of a read whose body names no ``limit`` (both routes' default).
DEFAULT_LIMIT = 1000


def _response(body: bytes, status: bytes = b"200 OK") -> bytes:
    head = b"HTTP/1.1 %s\r\ncontent-type: application/json\r\ncontent-length: %d\r\n\r\n"
    return head % (status, len(body)) + body


def _bad_request(why: str) -> bytes:
    return _response(json.dumps({"error": why}).encode(), b"400 Bad Request")


class Pages:
    """A result set served page by page, as ``{"events": [...], "count": total}``.

    Each event is encoded once; a page's full response is joined from those pieces the first
    time it is asked for and kept, so a repeated read is answered from stored bytes.
    """

    def __init__(self, events: list[dict[str, Any]]) -> None:
        self._items = [json.dumps(event).encode() for event in events]
        self._pages: dict[tuple[int, int], bytes] = {}
        self._past_end = _response(b'{"events": [], "count": %d}' % len(self._items))

    def page(self, limit: int, page: int) -> bytes:
        """The response holding events ``(page - 1) * limit`` up to ``page * limit``."""
        start = (page - 1) * limit
        if start >= len(self._items):
            return self._past_end
        found = self._pages.get((limit, page))
        if found is None:
            events = b", ".join(self._items[start : start + limit])
            body = b'{"events": [%s], "count": %d}' % (events, len(self._items))
            found = self._pages[(limit, page)] = _response(body)
        return found


def _whole(value: object) -> int | None:
    """An integer body field (export types them as numbers: ``2.0`` counts), else None."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


#: What `_session_filter` returns for a read that names no session.
_ANY = object()


def _session_filter(filters: object) -> object:
    """The value of a ``session_id is ...`` filter, or `_ANY` when there is none."""
    if isinstance(filters, list):
        for item in filters:
            if (
                isinstance(item, dict)
                and item.get("field") == "session_id"
                and item.get("operator") == "is"
            ):
                return item.get("value")
    return _ANY


class Stats:
    """What the sink has seen since the last reset (read through ``GET /_bench/stats``)."""

    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        """Forget everything seen so far."""
        self.connections = 0
        self.requests = 0
        self.bytes_in = 0
        self.batch_sizes: list[int] = []
        self.last_event_head = b""
        #: (path, body) of every read, in order: lets a case compare the client's requests
        #: with its baseline's, byte for byte.
        self.reads: list[tuple[str, str]] = []

    def as_json(self) -> bytes:
        """The counters as a JSON body."""
        return json.dumps(
            {
                "connections": self.connections,
                "requests": self.requests,
                "bytes_in": self.bytes_in,
                "batch_sizes": self.batch_sizes,
                "last_event_headers": self.last_event_head.decode("latin-1").split("\r\n")[1:],
                "reads": self.reads,
            }
        ).encode()


class Routes:
    """Maps a request to the bytes of its answer; bodies are built once at start-up."""

    def __init__(self, list_size: int) -> None:
        self.stats = Stats()
        events = stored_events(list_size)
        #: What a read without a session filter finds: the project's ``list_size`` events.
        self.project_events = Pages(events)
        #: What a ``session_id is SESSION_ID`` read finds: the root, then its children.
        self.session_events = Pages([session_root(list_size), *events])
        self.no_events = Pages([])
        self.session_response = _response(
            json.dumps({"session_id": SESSION_ID, "event_id": SESSION_ID, "success": True}).encode()
        )
        self.ok_response = _response(b'{"success": true}')
        self.not_found = _response(b'{"error": "not found"}', b"404 Not Found")

    def answer(self, method: bytes, target: bytes, head: bytes, body: bytes) -> bytes:
        """The full HTTP response for one request."""
        path = target.split(b"?", 1)[0]
        if method == b"POST":
            if path == b"/events":
                self.stats.last_event_head = head
                match = _EVENT_ID.search(body)
                event = match.group(1).decode() if match else SESSION_ID
                return _response(b'{"success": true, "event_id": "%s"}' % event.encode())
            if path == b"/events/batch":
                self.stats.last_event_head = head
                ids = [m.decode() for m in _EVENT_ID.findall(body)]
                if not ids:  # the client left ids to the server: invent one per event
                    ids = [f"srv-{n}" for n in range(len(_EVENT_TYPE.findall(body)))]
                self.stats.batch_sizes.append(len(ids))
                return _response(json.dumps({"success": True, "event_ids": ids}).encode())
            if path == b"/session/start":
                return self.session_response
            most = READ_ROUTES.get(path)
            if most is not None:
                self.stats.reads.append((path.decode(), body.decode("utf-8", "replace")))
                return self.read(body, most)
            if path == b"/_bench/reset":
                self.stats.reset()
                return self.ok_response
        elif method == b"GET" and path == b"/_bench/stats":
            return _response(self.stats.as_json())
        return self.not_found

    def read(self, body: bytes, most: int) -> bytes:
        """A page of a search or export: ``limit`` (default 1000, at most ``most``), ``page``.

        Only a ``session_id is ...`` filter selects what is read (the benchmark session, or
        nothing for another id); the other filters and the date range are not looked at.
        """
        try:
            query = json.loads(body)
        except ValueError:
            return _bad_request("the body is not JSON")
        if not isinstance(query, dict):
            return _bad_request("the body is not a JSON object")
        limit = _whole(query.get("limit", DEFAULT_LIMIT))
        page = _whole(query.get("page", 1))
        if limit is None or not 1 <= limit <= most:
            return _bad_request(f"limit must be an integer from 1 to {most}")
        if page is None or page < 1:
            return _bad_request("page must be an integer >= 1")
        session = _session_filter(query.get("filters"))
        if session is _ANY:
            found = self.project_events
        else:
            found = self.session_events if session == SESSION_ID else self.no_events
        return found.page(limit, page)


class _Connection(asyncio.Protocol):
    """One keep-alive HTTP/1.1 connection: buffer, split on Content-Length, answer."""

    def __init__(self, routes: Routes) -> None:
        self._routes = routes
        self._buffer = bytearray()
        self._transport: asyncio.Transport | None = None
        # (method, target, head, body start, request end, close after answering)
        self._pending: tuple[bytes, bytes, bytes, int, int, bool] | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport
        self._routes.stats.connections += 1

    def data_received(self, data: bytes) -> None:
        buffer = self._buffer
        buffer += data
        self._routes.stats.bytes_in += len(data)
        while True:
            if self._pending is None:
                end = buffer.find(b"\r\n\r\n")
                if end < 0:
                    return
                self._pending = self._parse_head(bytes(buffer[:end]), end + 4)
            method, target, head, start, total, close = self._pending
            if len(buffer) < total:
                return
            body = bytes(buffer[start:total])
            del buffer[:total]
            self._pending = None
            if not target.startswith(b"/_bench/"):  # the counters do not count themselves
                self._routes.stats.requests += 1
            assert self._transport is not None
            self._transport.write(self._routes.answer(method, target, head, body))
            if close:
                self._transport.close()
                return

    @staticmethod
    def _parse_head(head: bytes, body_start: int) -> tuple[bytes, bytes, bytes, int, int, bool]:
        lines = head.split(b"\r\n")
        method, target, _ = lines[0].split(b" ", 2)
        length = 0
        close = False
        for line in lines[1:]:
            name, _, value = line.partition(b":")
            name = name.strip().lower()
            if name == b"content-length":
                length = int(value)
            elif name == b"connection":
                close = value.strip().lower() == b"close"
        return method, target, head, body_start, body_start + length, close


async def serve(list_size: int, port: int = 0) -> None:
    """Serve on 127.0.0.1 until cancelled; print the bound port on stdout first."""
    routes = Routes(list_size)
    loop = asyncio.get_running_loop()
    server = await loop.create_server(
        lambda: _Connection(routes), "127.0.0.1", port, backlog=1024, reuse_address=True
    )
    bound = server.sockets[0].getsockname()[1]
    print(bound, flush=True)
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    async with server:
        await stop.wait()


class SinkProcess:
    """Starts the sink in a child process (``with SinkProcess() as sink: sink.url``)."""

    def __init__(self, list_size: int = 10_000) -> None:
        self.list_size = list_size
        self.url = ""
        self._process: subprocess.Popen[str] | None = None
        # One kept-alive connection for stats and resets, so reading the counters never
        # opens a connection that the counters would then show.
        self._control: httpx.Client | None = None

    def __enter__(self) -> SinkProcess:
        root = Path(__file__).resolve().parent.parent
        self._process = subprocess.Popen(
            [sys.executable, "-m", "benchmarks.sink", "--list-size", str(self.list_size)],
            cwd=root,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self._process.stdout is not None
        line = self._process.stdout.readline().strip()
        if not line.isdigit():
            self._process.kill()
            raise RuntimeError(f"the sink server did not start (said {line!r})")
        self.url = f"http://127.0.0.1:{line}"
        self._control = httpx.Client(base_url=self.url, limits=httpx.Limits(keepalive_expiry=None))
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._control is not None:
            self._control.close()
            self._control = None
        if self._process is not None:
            self._process.terminate()
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
            self._process = None

    def stats(self) -> dict[str, Any]:
        """The sink's counters since the last `reset`."""
        assert self._control is not None, "the sink is not running"
        return self._control.get("/_bench/stats").json()  # type: ignore[no-any-return]

    def reset(self) -> None:
        """Zero the sink's counters."""
        assert self._control is not None, "the sink is not running"
        self._control.post("/_bench/reset")


def main(argv: list[str] | None = None) -> None:
    """Command-line entry: ``python -m benchmarks.sink [--list-size N] [--port P]``."""
    parser = argparse.ArgumentParser(description="HoneyHive-shaped loopback sink")
    parser.add_argument("--list-size", type=int, default=10_000, help="events per list answer")
    parser.add_argument("--port", type=int, default=0, help="port to bind (0: any free port)")
    args = parser.parse_args(argv)
    asyncio.run(serve(args.list_size, args.port))


if __name__ == "__main__":
    main()
