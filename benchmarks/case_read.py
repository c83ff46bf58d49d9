"""Case 5: reading 10,000 events back (``events.list`` page by page, ``get_by_session_id``).

The sink serves precomputed pages of today's read routes (``POST /v1/events/search`` and
``POST /v1/events/export``, 1000 events a page), so the figure is the client's CPU time:
send each page's request, parse the answer, read every event's ``event_name``. The baseline
sends the same requests (same routes, same body bytes: checked through the sink before the
timed rounds) with a raw pooled ``httpx.Client``, does ``json.loads`` of each answer and
reads ``event_name`` from the dicts: the floor for any client that hands back parsed events.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

import httpx

from ._harness import API_KEY, NotAvailable, Result, Settings, facade, median, namespace_method
from ._harness import spread as _spread
from .payloads import PROJECT, SESSION_ID
from .profiling import maybe_profile
from .sink import SinkProcess

#: Events a page holds: the search's largest page, which ``get_by_session_id`` asks for.
PAGE = 1000

#: The reference doc's ``events.list`` query (the sink reads only its ``limit`` and ``page``).
LIST_QUERY: dict[str, Any] = {
    "project": PROJECT,
    "filters": [{"field": "event_type", "operator": "is", "value": "model", "type": "string"}],
}
#: Where the client sends it: a query naming ``project`` goes to export, the route taking one.
LIST_ROUTE = "/v1/events/export"

#: What ``get_by_session_id`` searches for, page after page.
SESSION_ROUTE = "/v1/events/search"
SESSION_FILTER = {"field": "session_id", "operator": "is", "value": SESSION_ID, "type": "string"}

#: One page of a read: the events fetched for page number ``n`` (from 1).
Fetch = Callable[[int], Iterable[Any]]


def _event_list(result: Any) -> Iterable[Any]:
    """The events inside whatever a read returns (a model, a dict, or a list)."""
    if isinstance(result, list):
        return result
    if isinstance(result, dict):
        return result["events"]  # type: ignore[no-any-return]
    return result.events  # type: ignore[no-any-return]


def _name(event: Any) -> str:
    return event["event_name"] if isinstance(event, dict) else event.event_name  # type: ignore[no-any-return]


def _read_names(events: Iterable[Any]) -> int:
    """Read every event's name (as user code would); return how many there were."""
    count = 0
    for event in events:
        _name(event)
        count += 1
    return count


def _read_pages(fetch: Fetch) -> int:
    """Fetch pages 1, 2, ... until a short one (as the client's paging does); read names."""
    count = page = 0
    while True:
        page += 1
        got = _read_names(fetch(page))
        count += got
        if got < PAGE:
            return count


def _cpu_ms(fn: Callable[[], int]) -> tuple[float, int]:
    cpu = time.process_time()
    count = fn()
    return (time.process_time() - cpu) * 1000, count


def _first_difference(mine: list[Any], theirs: list[Any]) -> str:
    for index, (a, b) in enumerate(zip(mine, theirs, strict=False)):
        if a != b:
            return (
                f"request {index + 1}: client {a[0]} {a[1][:300]!r}, baseline {b[0]} {b[1][:300]!r}"
            )
    return f"the client sent {len(mine)} requests, the baseline {len(theirs)}"


def _same_requests(
    result: Result, sink: SinkProcess, ours: Callable[[], int], raw: Callable[[], int]
) -> None:
    """Check (untimed) that the baseline sends what the client sends: routes and body bytes."""
    sink.reset()
    ours()
    mine: list[Any] = sink.stats()["reads"]
    sink.reset()
    raw()
    theirs: list[Any] = sink.stats()["reads"]
    sink.reset()
    if mine != theirs:
        why = _first_difference(mine, theirs)
        result.violations.append(f"the baseline does not send the client's requests: {why}")
        return
    routes = ", ".join(f"{n} x POST {path}" for path, n in Counter(p for p, _ in mine).items())
    first = mine[0][1] if mine else "-"
    result.notes.append(f"both sides send the same requests: {routes}; page 1 body {first}")


def _compare(
    result: Result,
    sink: SinkProcess,
    rounds: int,
    ours: Callable[[], int],
    raw: Callable[[], int],
    expected: int,
    profile: bool,
) -> None:
    ours_ms: list[float] = []
    raw_ms: list[float] = []
    ours(), raw()  # warm up: imports, connections, caches (the sink's pages too)
    _same_requests(result, sink, ours, raw)
    for _ in range(rounds):
        ms, count = _cpu_ms(ours)
        if count != expected:
            raise AssertionError(f"ours read {count} events, expected {expected}")
        ours_ms.append(ms)
        ms, count = _cpu_ms(raw)
        if count != expected:
            raise AssertionError(f"the baseline read {count} events, expected {expected}")
        raw_ms.append(ms)
    maybe_profile(profile, f"case {result.case}: {result.name}", ours)
    result.ours = median(ours_ms)
    result.baseline = median(raw_ms)
    result.notes.append(f"CPU ms ours {_spread(ours_ms)}, baseline {_spread(raw_ms)}")


def _raw_client(sink: SinkProcess) -> httpx.Client:
    headers = {"Authorization": f"Bearer {API_KEY}", "Accept": "application/json"}
    return httpx.Client(base_url=sink.url, headers=headers)


def _raw_page(raw: httpx.Client, route: str, body: dict[str, Any]) -> list[Any]:
    """One page fetched and parsed the plain way: ``json=`` out, ``json.loads`` back."""
    return json.loads(raw.post(route, json=body).content)["events"]  # type: ignore[no-any-return]


def run_list(settings: Settings, sink: SinkProcess, profile: bool = False) -> Result:
    """Case 5a: N events read with ``events.list``, 1000 a page, names read, vs json.loads."""
    n = settings.list_events
    result = Result("5a", f"events.list -> {n:,} events", "ms CPU", "ratio<=", 3.0)
    try:
        honeyhive, _ = facade()
        client = honeyhive(api_key=API_KEY, base_url=sink.url)
        list_events = namespace_method(client, "events", "list")
    except NotAvailable as exc:
        result.skipped = f"not available: {exc}"
        return result
    with client, _raw_client(sink) as raw:

        def ours() -> int:
            return _read_pages(
                lambda page: _event_list(list_events({**LIST_QUERY, "limit": PAGE, "page": page}))
            )

        def baseline() -> int:
            return _read_pages(
                lambda page: _raw_page(raw, LIST_ROUTE, {**LIST_QUERY, "limit": PAGE, "page": page})
            )

        _compare(result, sink, settings.list_rounds, ours, baseline, n, profile)
    return result


def run_session(settings: Settings, sink: SinkProcess, profile: bool = False) -> Result:
    """Case 5b: ``events.get_by_session_id`` of a root and N children (search pages), names read."""
    n = settings.list_events
    result = Result("5b", f"events.get_by_session_id -> {n:,}", "ms CPU", "ratio<=", 3.0)
    try:
        honeyhive, _ = facade()
        client = honeyhive(api_key=API_KEY, base_url=sink.url)
        get_session = namespace_method(client, "events", "get_by_session_id")
    except NotAvailable as exc:
        result.skipped = f"not available: {exc}"
        return result
    with client, _raw_client(sink) as raw:

        def ours() -> int:
            return _read_names(_event_list(get_session(SESSION_ID)))

        def baseline() -> int:
            return _read_pages(
                lambda page: _raw_page(
                    raw, SESSION_ROUTE, {"filters": [SESSION_FILTER], "limit": PAGE, "page": page}
                )
            )

        # The root event counts too: the session is its root plus N children.
        _compare(result, sink, settings.list_rounds, ours, baseline, n + 1, profile)
    return result
