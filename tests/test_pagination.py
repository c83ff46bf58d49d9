"""Every iterator walks every page, over real sockets, whatever page size the service serves.

The local server's app is served behind ``Shaper``, ASGI middleware that gives it the paging
habits of other services: pages capped below the ``limit`` asked for (the request's ``limit``
is clamped before the app sees it), answers without a total, a total that never stops
growing, a ``page`` parameter ignored. It also records what each request asked for. Every test
runs through the blocking iterator and through its ``async for`` twin.
"""

from __future__ import annotations

import json
import math
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AsyncExitStack
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, urlencode

import pytest
from _sockets import run_asgi

from honeyhive import AuthenticationError, HoneyHive, InvalidResponseError
from honeyhive.local import LocalServer
from honeyhive.local.faults import Fault

CAP = 100  # the page size the capping service serves at most
EVENTS = 250  # more than two capped pages


# ------------------------------------------------------------------ a service with habits
@dataclass(frozen=True)
class Asked:
    """What one request asked for."""

    route: str
    page: int | None
    limit: int | None
    headers: dict[str, str]


class Shaper:
    """ASGI middleware in front of the local server's app; see the module docstring.

    ``cap``: serve at most this many items a page. ``drop_totals``: answers lose ``count`` and
    ``totalEvents``. ``total``: answers claim this total. ``ignore_page``: every request gets
    page 1.
    """

    def __init__(
        self,
        app: Any,
        *,
        cap: int | None = None,
        drop_totals: bool = False,
        total: int | None = None,
        ignore_page: bool = False,
    ) -> None:
        self.app = app
        self.cap = cap
        self.drop_totals = drop_totals
        self.total = total
        self.ignore_page = ignore_page
        self.asked: list[Asked] = []

    def pages(self, route: str) -> list[int | None]:
        """The page numbers asked for on ``route``, in order."""
        return [a.page for a in self.asked if a.route == route]

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        chunks, more = [], True
        while more:
            message = await receive()
            chunks.append(message.get("body", b""))
            more = message.get("more_body", False)
        raw = b"".join(chunks)
        query = parse_qsl(scope["query_string"].decode(), keep_blank_values=True)
        params: dict[str, Any] = dict(query)
        body = json.loads(raw) if raw else None
        paging: dict[str, Any] = body if isinstance(body, dict) else params
        page, limit = paging.get("page"), paging.get("limit")
        self.asked.append(
            Asked(
                f"{scope['method']} {scope['path']}",
                None if page is None else int(page),
                None if limit is None else int(limit),
                {k.decode().lower(): v.decode() for k, v in scope["headers"]},
            )
        )
        if self.cap is not None:
            paging["limit"] = min(int(paging.get("limit") or 1000), self.cap)
        if self.ignore_page and "page" in paging:
            paging["page"] = 1
        if paging is params:
            query = [(k, v) for k, v in query if k not in ("limit", "page")]
            query += [(k, str(params[k])) for k in ("limit", "page") if k in params]
        else:
            raw = json.dumps(body).encode()
        headers = [(k, v) for k, v in scope["headers"] if k.lower() != b"content-length"]
        headers.append((b"content-length", str(len(raw)).encode()))
        scope = {**scope, "query_string": urlencode(query).encode(), "headers": headers}
        replayed = False

        async def replay() -> Any:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": raw, "more_body": False}

        rewrite = self.drop_totals or self.total is not None
        await self.app(scope, replay, self._rewriting(send) if rewrite else send)

    def _rewriting(self, send: Any) -> Callable[[Any], Awaitable[None]]:
        start: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def rewritten(message: Any) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
                return
            if message["type"] != "http.response.body":
                await send(message)
                return
            chunks.append(message.get("body", b""))
            if message.get("more_body", False):
                return
            content = b"".join(chunks)
            answer = json.loads(content) if content else None
            if isinstance(answer, dict) and "events" in answer:
                for key in ("count", "totalEvents"):
                    if key in answer:
                        if self.drop_totals:
                            del answer[key]
                        else:
                            answer[key] = self.total
                content = json.dumps(answer).encode()
            headers = [(k, v) for k, v in start["headers"] if k.lower() != b"content-length"]
            headers.append((b"content-length", str(len(content)).encode()))
            await send({**start, "headers": headers})
            await send({"type": "http.response.body", "body": content, "more_body": False})

        return rewritten


Serve = Callable[..., Awaitable[tuple[HoneyHive, Shaper]]]


@pytest.fixture
async def serve(local_server: LocalServer) -> AsyncIterator[Serve]:
    """``client, shaper = await serve(cap=100)``: a client of the local server behind a Shaper."""
    async with AsyncExitStack() as stack:

        async def start(**habits: Any) -> tuple[HoneyHive, Shaper]:
            shaper = Shaper(local_server.app, **habits)
            url = stack.enter_context(run_asgi(shaper))
            client = HoneyHive(api_key=local_server.api_key, base_url=url)
            await stack.enter_async_context(client)
            return client, shaper

        yield start


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


async def walk(mode: str, namespace: Any, name: str, *args: Any, **kwargs: Any) -> list[Any]:
    """Everything ``namespace.<name>`` (or ``<name>_async`` with ``async for``) yields."""
    if mode == "sync":
        return list(getattr(namespace, name)(*args, **kwargs))
    return [item async for item in getattr(namespace, f"{name}_async")(*args, **kwargs)]


# ------------------------------------------------------------------ data
def only(session_id: str) -> list[dict[str, Any]]:
    return [{"field": "session_id", "operator": "is", "value": session_id}]


def seed_events(client: HoneyHive, count: int = EVENTS) -> tuple[str, set[str]]:
    """``count`` events of a new session; returns the session id and the event ids."""
    sid = str(uuid.uuid4())
    events = [
        {
            "project": "p",
            "session_id": sid,
            "event_type": "tool",
            "event_name": f"step-{i}",
            "inputs": {"i": i},
            "start_time": 1_700_000_000_000 + i,
        }
        for i in range(count)
    ]
    return sid, set(client.events.create_batch(events).event_ids)


def seed_runs(client: HoneyHive, count: int) -> set[str]:
    return {client.experiments.create_run({"name": f"run-{i}"}).run_id for i in range(count)}


def seed_comparison(client: HoneyHive, pairs: int) -> tuple[str, str]:
    """Two runs whose events pair up on ``pairs`` datapoints; returns (new, old) run ids."""
    new, old = (client.experiments.create_run({"name": n}).run_id for n in ("new", "old"))
    events = [
        {
            "session_id": str(uuid.uuid4()),
            "event_type": "chain",
            "event_name": "answer",
            "inputs": {},
            "metadata": {"run_id": run, "datapoint_id": f"dp-{i:04d}"},
        }
        for run in (new, old)
        for i in range(pairs)
    ]
    client.events.create_batch(events)
    return new, old


SEARCH = "POST /v1/events/search"
EXPORT = "POST /v1/events/export"
RUNS = "GET /v1/runs"


# ------------------------------------------------------------------ events
@pytest.mark.parametrize(
    ("name", "route", "query"),
    [
        ("iter", SEARCH, lambda sid: {"query": {"filters": only(sid), "limit": 100}}),
        ("iter", SEARCH, lambda sid: {"filters": only(sid), "limit": 100}),
        ("iter_search", SEARCH, lambda sid: {"request": {"filters": only(sid), "limit": 100}}),
        ("iter_export", EXPORT, lambda sid: {"filters": only(sid), "limit": 100}),
        (
            "iter",
            EXPORT,
            lambda sid: {"query": {"project": "p", "filters": only(sid), "limit": 100}},
        ),
    ],
)
async def test_event_iterators_walk_every_page_and_stop_at_the_total(
    serve: Serve, mode: str, name: str, route: str, query: Callable[[str], dict[str, Any]]
) -> None:
    client, shaper = await serve()
    sid, ids = seed_events(client)
    shaper.asked.clear()
    events = await walk(mode, client.events, name, **query(sid))
    assert {e.event_id for e in events} == ids and len(events) == EVENTS
    # 250 events in pages of 100: three requests; the third reaches the total, no fourth.
    assert shaper.pages(route) == [1, 2, 3]


@pytest.mark.parametrize("name", ["iter", "iter_search", "iter_export"])
async def test_a_service_capping_pages_below_the_limit_still_yields_every_event(
    serve: Serve, mode: str, name: str
) -> None:
    client, shaper = await serve(cap=CAP)
    sid, ids = seed_events(client)
    shaper.asked.clear()
    # No limit: the iterators ask for 1000 a page; the service serves 100.
    events = await walk(mode, client.events, name, filters=only(sid))
    assert {e.event_id for e in events} == ids and len(events) == EVENTS
    assert [(a.page, a.limit) for a in shaper.asked] == [(1, 1000), (2, 1000), (3, 1000)]


async def test_get_by_session_id_reads_every_capped_page(serve: Serve, mode: str) -> None:
    client, _ = await serve(cap=CAP)
    sid, ids = seed_events(client)
    if mode == "sync":
        response = client.events.get_by_session_id(sid)
    else:
        response = await client.events.get_by_session_id_async(sid)
    assert {e.event_id for e in response.events} == ids
    capped = client.events.get_by_session_id(sid, limit=120)
    assert len(capped.events) == 120


async def test_without_a_total_paging_ends_on_the_empty_page(serve: Serve, mode: str) -> None:
    client, shaper = await serve(cap=CAP, drop_totals=True)
    sid, ids = seed_events(client)
    shaper.asked.clear()
    events = await walk(mode, client.events, "iter", filters=only(sid))
    assert {e.event_id for e in events} == ids and len(events) == EVENTS
    # The third page is short, yet not the end: only the empty fourth page is.
    assert shaper.pages(SEARCH) == [1, 2, 3, 4]


async def test_a_total_that_never_comes_does_not_loop_forever(serve: Serve, mode: str) -> None:
    client, shaper = await serve(cap=CAP, total=10**9)
    sid, ids = seed_events(client)
    shaper.asked.clear()
    events = await walk(mode, client.events, "iter_export", filters=only(sid))
    assert {e.event_id for e in events} == ids
    assert shaper.pages(EXPORT) == [1, 2, 3, 4]


async def test_events_added_while_iterating_are_read_and_the_walk_ends(
    serve: Serve, mode: str
) -> None:
    client, shaper = await serve(cap=CAP)
    sid, ids = seed_events(client)
    later: set[str] = set()
    seen: list[str] = []

    def add_more_after_the_first_page() -> None:
        if len(seen) == CAP and not later:
            more = [
                {"session_id": sid, "event_type": "tool", "inputs": {"late": i}} for i in range(50)
            ]
            later.update(client.events.create_batch(more).event_ids)

    # Arrival order: events stored meanwhile come last, so the total grows behind the walk.
    if mode == "sync":
        for event in client.events.iter(filters=only(sid), ignore_order=True):
            seen.append(str(event.event_id))
            add_more_after_the_first_page()
    else:
        async for event in client.events.iter_async(filters=only(sid), ignore_order=True):
            seen.append(str(event.event_id))
            add_more_after_the_first_page()
    assert len(later) == 50
    assert sorted(seen) == sorted(ids | later)
    assert shaper.pages(SEARCH)[-1] == 3  # 300 events in pages of 100: the total ends it


async def test_a_service_ignoring_the_page_number_is_an_error_not_an_endless_walk(
    serve: Serve, mode: str
) -> None:
    client, shaper = await serve(cap=CAP, drop_totals=True, ignore_page=True)
    sid, _ = seed_events(client)
    shaper.asked.clear()
    with pytest.raises(InvalidResponseError, match=r"page 2 repeats page 1"):
        await walk(mode, client.events, "iter", filters=only(sid))
    assert shaper.pages(SEARCH) == [1, 2]


async def test_a_page_starting_later_reads_the_rest(serve: Serve, mode: str) -> None:
    client, shaper = await serve(cap=CAP)
    sid, _ = seed_events(client)
    everything = [e.event_id for e in client.events.iter(filters=only(sid))]
    shaper.asked.clear()
    rest = await walk(mode, client.events, "iter", filters=only(sid), limit=100, page=2)
    assert [e.event_id for e in rest] == everything[100:]
    assert shaper.pages(SEARCH) == [2, 3]


# ------------------------------------------------------------------ client path
async def test_each_page_goes_through_retries_and_error_mapping(
    serve: Serve, local_server: LocalServer, mode: str
) -> None:
    assert local_server.faults is not None
    client, shaper = await serve(cap=CAP)
    sid, ids = seed_events(client)
    # The second page is refused once with a 429 (retried); a later walk meets a 401 (raised).
    shaper.asked.clear()
    events = []
    iterator: Any = (
        client.events.iter(filters=only(sid), limit=100)
        if mode == "sync"
        else client.events.iter_async(filters=only(sid), limit=100)
    )

    async def next_event() -> Any:
        return next(iterator) if mode == "sync" else await anext(iterator)

    events.append(await next_event())  # page 1 fetched
    local_server.faults.script(SEARCH, [Fault.rate_limited(0)])
    while len(events) < EVENTS:
        events.append(await next_event())
    assert {e.event_id for e in events} == ids
    assert shaper.pages(SEARCH) == [1, 2, 2, 3]  # page 2 asked twice: the 429 was retried

    local_server.faults.script(SEARCH, [Fault.respond(401, body={"message": "bad key"})])
    with pytest.raises(AuthenticationError):
        await walk(mode, client.events, "iter", filters=only(sid))


async def test_per_call_options_apply_to_every_page(serve: Serve, mode: str) -> None:
    client, shaper = await serve(cap=CAP)
    sid, _ = seed_events(client)
    shaper.asked.clear()
    events = await walk(
        mode, client.events, "iter", filters=only(sid), extra_headers={"X-Walk": "yes"}
    )
    assert len(events) == EVENTS
    assert [a.headers.get("x-walk") for a in shaper.asked] == ["yes", "yes", "yes"]
    with pytest.raises(TypeError, match=r"events.iter\(\) got an unexpected keyword .*'pages'"):
        client.events.iter(filters=only(sid), pages=3)  # type: ignore[call-arg]


async def test_arguments_are_checked_when_the_iterator_is_made(serve: Serve) -> None:
    client, shaper = await serve()
    shaper.asked.clear()
    with pytest.raises(ValueError, match="limit must be at most 100"):
        client.experiments.iter_runs(limit=500)
    with pytest.raises(ValueError, match="new_run_id must be a run id"):
        client.experiments.iter_compare_events_async("run-1", str(uuid.uuid4()))
    with pytest.raises(ValueError, match="unknown query key 'pge'; did you mean 'page'"):
        client.events.iter({"pge": 2})
    with pytest.raises(ValueError, match="unknown query key 'project'"):
        client.events.iter_search_async({"project": "p"})
    with pytest.raises(TypeError, match="project given twice"):
        client.events.iter_export("p", project="q")
    assert shaper.asked == []


# ------------------------------------------------------------------ runs
async def test_iter_runs_walks_every_page_until_has_next_is_false(serve: Serve, mode: str) -> None:
    client, shaper = await serve()
    ids = seed_runs(client, 120)
    shaper.asked.clear()
    runs = await walk(mode, client.experiments, "iter_runs", limit=50)
    assert {r.run_id for r in runs} == ids and len(runs) == 120
    assert [(a.page, a.limit) for a in shaper.asked] == [(1, 50), (2, 50), (3, 50)]
    # ``iter`` is the same iterator, as ``list`` is ``list_runs``.
    shaper.asked.clear()
    again = await walk(mode, client.experiments, "iter", {"limit": 40, "sort_order": "asc"})
    assert len(again) == 120 and shaper.pages(RUNS) == [1, 2, 3]


async def test_iter_runs_stops_on_has_next_even_after_a_full_page(serve: Serve, mode: str) -> None:
    client, shaper = await serve()
    seed_runs(client, 60)
    shaper.asked.clear()
    runs = await walk(mode, client.experiments, "iter_runs", limit=30)
    assert len(runs) == 60
    assert shaper.pages(RUNS) == [1, 2]  # the second page was full, but has_next was false


async def test_iter_runs_reads_everything_from_a_capping_service(serve: Serve, mode: str) -> None:
    client, shaper = await serve(cap=7)
    ids = seed_runs(client, 45)
    shaper.asked.clear()
    runs = await walk(mode, client.experiments, "iter_runs", status=None)
    assert {r.run_id for r in runs} == ids
    assert shaper.pages(RUNS) == list(range(1, math.ceil(45 / 7) + 1))
    assert {a.limit for a in shaper.asked} == {100}


async def test_iter_runs_by_ids_walks_each_batch_of_100(serve: Serve, mode: str) -> None:
    client, shaper = await serve(cap=30)
    ids = seed_runs(client, 130)
    wanted = sorted(ids)[:110]
    shaper.asked.clear()
    runs = await walk(mode, client.experiments, "iter_runs", run_ids=wanted)
    assert sorted(r.run_id for r in runs) == wanted
    # 100 ids then 10: the first batch takes 4 capped pages, the second one.
    assert shaper.pages(RUNS) == [1, 2, 3, 4, 1]


# ------------------------------------------------------------------ comparisons
async def test_iter_compare_events_walks_every_pair(serve: Serve, mode: str) -> None:
    client, shaper = await serve()
    new, old = seed_comparison(client, EVENTS)
    shaper.asked.clear()
    pairs = await walk(mode, client.experiments, "iter_compare_events", new, old, limit=100)
    assert sorted(p.datapoint_id for p in pairs) == [f"dp-{i:04d}" for i in range(EVENTS)]
    route = f"GET /v1/runs/{new}/compare/{old}/events"
    assert shaper.pages(route) == [1, 2, 3]


async def test_iter_compare_events_reads_everything_from_a_capping_service(
    serve: Serve, mode: str
) -> None:
    client, shaper = await serve(cap=CAP)
    new, old = seed_comparison(client, EVENTS)
    shaper.asked.clear()
    pairs = await walk(
        mode, client.experiments, "iter_compare_events", new, old, event_name="answer"
    )
    assert len({p.datapoint_id for p in pairs}) == EVENTS
    assert [a.page for a in shaper.asked] == [1, 2, 3]
    # No limit given: the operation's default (1000) is asked for, 100 are served.
    assert {a.limit for a in shaper.asked} == {1000}
