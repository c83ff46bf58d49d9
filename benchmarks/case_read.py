"""Case 5: reading 10,000 events back (``events.list``, ``events.get_by_session_id``).

The sink serves a precomputed body, so the figure is the client's CPU time: fetch, parse,
and read every event's ``event_name``. The baseline fetches the same URL with a raw pooled
``httpx.Client`` and does ``json.loads`` of the body, then reads ``event_name`` from the
dicts: the floor for any client that hands back parsed events.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable
from typing import Any

import httpx

from ._harness import API_KEY, NotAvailable, Result, Settings, facade, median, namespace_method
from ._harness import spread as _spread
from .payloads import PROJECT, SESSION_ID
from .profiling import maybe_profile
from .sink import SinkProcess

#: The query ``events.list`` is given; the sink ignores it and answers with every event.
LIST_QUERY: dict[str, Any] = {
    "project": PROJECT,
    "filters": [{"field": "event_type", "operator": "is", "value": "model", "type": "string"}],
}


def _event_list(result: Any) -> Iterable[Any]:
    """The events inside whatever ``events.list`` returns (a model, a page, or a list)."""
    if isinstance(result, list):
        return result
    if isinstance(result, dict):
        return result["events"]  # type: ignore[no-any-return]
    return result.events  # type: ignore[no-any-return]


def _name(event: Any) -> str:
    return event["event_name"] if isinstance(event, dict) else event.event_name  # type: ignore[no-any-return]


def _session_events(result: Any) -> Iterable[Any]:
    """Every event of a session answer: a flat ``events`` list, or a tree (root, children)."""
    events = result.get("events") if isinstance(result, dict) else getattr(result, "events", None)
    if isinstance(events, list):
        return events
    children = result["children"] if isinstance(result, dict) else result.children
    return [result, *children]


def _read_names(events: Iterable[Any]) -> int:
    """Read every event's name (as user code would); return how many there were."""
    count = 0
    for event in events:
        _name(event)
        count += 1
    return count


def _cpu_ms(fn: Callable[[], int]) -> tuple[float, int]:
    cpu = time.process_time()
    count = fn()
    return (time.process_time() - cpu) * 1000, count


def _compare(
    result: Result,
    rounds: int,
    ours: Callable[[], int],
    raw: Callable[[], int],
    expected: int,
    profile: bool,
) -> None:
    ours_ms: list[float] = []
    raw_ms: list[float] = []
    ours(), raw()  # warm up: imports, connections, caches
    for _ in range(rounds):
        ms, count = _cpu_ms(ours)
        if count != expected:
            raise AssertionError(f"ours read {count} events, expected {expected}")
        ours_ms.append(ms)
        ms, _ = _cpu_ms(raw)
        raw_ms.append(ms)
    maybe_profile(profile, f"case {result.case}: {result.name}", ours)
    result.ours = median(ours_ms)
    result.baseline = median(raw_ms)
    result.notes.append(f"CPU ms ours {_spread(ours_ms)}, baseline {_spread(raw_ms)}")


def _raw_client(sink: SinkProcess) -> httpx.Client:
    headers = {"Authorization": f"Bearer {API_KEY}", "Accept": "application/json"}
    return httpx.Client(base_url=sink.url, headers=headers)


def run_list(settings: Settings, sink: SinkProcess, profile: bool = False) -> Result:
    """Case 5a: ``events.list`` of N events, every ``event_name`` read, vs json.loads."""
    n = settings.list_events
    result = Result("5a", f"events.list -> {n:,} events", "ms CPU", "ratio<=", 3.0)
    try:
        honeyhive, _ = facade()
        client = honeyhive(api_key=API_KEY, base_url=sink.url)
        list_events = namespace_method(client, "events", "list")
    except NotAvailable as exc:
        result.skipped = f"not available: {exc}"
        return result
    params = {"project": PROJECT, "filters": json.dumps(LIST_QUERY["filters"])}
    with client, _raw_client(sink) as raw:

        def ours() -> int:
            return _read_names(_event_list(list_events(LIST_QUERY)))

        def baseline() -> int:
            data = json.loads(raw.get("/events", params=params).content)
            return _read_names(data["events"])

        _compare(result, settings.list_rounds, ours, baseline, n, profile)
    return result


def run_session(settings: Settings, sink: SinkProcess, profile: bool = False) -> Result:
    """Case 5b: ``events.get_by_session_id``: a session of a root and N children, names read."""
    n = settings.list_events
    result = Result("5b", f"events.get_by_session_id -> {n:,}", "ms CPU", "ratio<=", 3.0)
    try:
        honeyhive, _ = facade()
        client = honeyhive(api_key=API_KEY, base_url=sink.url)
        get_tree = namespace_method(client, "events", "get_by_session_id")
    except NotAvailable as exc:
        result.skipped = f"not available: {exc}"
        return result
    with client, _raw_client(sink) as raw:

        def ours() -> int:
            return _read_names(_session_events(get_tree(SESSION_ID)))

        def baseline() -> int:
            root = json.loads(raw.get(f"/v1/events/{SESSION_ID}").content)
            return _read_names([root, *root["children"]])

        # The root event counts too: the session is its root plus N children.
        _compare(result, settings.list_rounds, ours, baseline, n + 1, profile)
    return result
