"""Cases 2 and 3: creating events one call at a time, sync and async, against raw httpx.

The baseline posts the same JSON (``{"event": ...}``) with the same headers as the client
(read back from the sink after the client's warm-up calls) through one pooled httpx client,
and decodes the answer as the client does. Rounds of ours and of the baseline alternate.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from ._harness import API_KEY, NotAvailable, Result, Settings, facade, median, namespace_method
from ._harness import spread as _spread
from .payloads import new_event
from .profiling import maybe_profile, profile_async
from .sink import SinkProcess

#: The client's default timeout (30 s, connect 5 s), so both sides are configured alike.
TIMEOUT = httpx.Timeout(30.0, connect=5.0)
WARM_UP = 20
_SKIP_HEADERS = frozenset({"host", "content-length"})


def client_headers(sink: SinkProcess) -> dict[str, str]:
    """Headers of the client's last ``POST /events``, minus the per-request ones."""
    headers: dict[str, str] = {}
    for line in sink.stats()["last_event_headers"]:
        name, _, value = line.partition(":")
        if name.strip().lower() not in _SKIP_HEADERS:
            headers[name.strip()] = value.strip()
    return headers


def _bytes_per_request(sink: SinkProcess, send: Callable[[], Any]) -> int:
    sink.reset()
    send()
    stats = sink.stats()
    return int(stats["bytes_in"] // max(stats["requests"], 1))


def _timed(fn: Callable[[], None]) -> tuple[float, float]:
    """CPU seconds of this process and wall seconds that ``fn()`` takes."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.process_time() - cpu, time.perf_counter() - wall


def run_sync(settings: Settings, sink: SinkProcess, profile: bool = False) -> Result:
    """Case 2: sequential ``events.create``; client CPU per call, ours vs raw httpx.Client."""
    n = settings.create_calls
    result = Result("2", f"events.create x{n}, sequential", "µs CPU/call", "ratio<=", 1.25)
    try:
        honeyhive, _ = facade()
        client = honeyhive(api_key=API_KEY, base_url=sink.url)
        create = namespace_method(client, "events", "create")
    except NotAvailable as exc:
        result.skipped = f"not available: {exc}"
        return result
    event = new_event(0)
    body = {"event": event}
    with client:
        for _ in range(WARM_UP):
            create(event)
        raw = httpx.Client(base_url=sink.url, headers=client_headers(sink), timeout=TIMEOUT)
        with raw:
            for _ in range(WARM_UP):
                raw.post("/events", json=body).json()
            ours_bytes = _bytes_per_request(sink, lambda: create(event))
            raw_bytes = _bytes_per_request(sink, lambda: raw.post("/events", json=body).json())

            def ours_round() -> None:
                for _ in range(n):
                    create(event)

            def raw_round() -> None:
                for _ in range(n):
                    raw.post("/events", json=body).json()

            ours_cpu: list[float] = []
            raw_cpu: list[float] = []
            ours_wall: list[float] = []
            for _ in range(settings.create_rounds):
                cpu, wall = _timed(ours_round)
                ours_cpu.append(cpu / n * 1e6)
                ours_wall.append(wall / n * 1e6)
                cpu, _ = _timed(raw_round)
                raw_cpu.append(cpu / n * 1e6)
            maybe_profile(profile, "case 2: events.create", ours_round)
    result.ours = median(ours_cpu)
    result.baseline = median(raw_cpu)
    result.notes.append(
        f"ours {_spread(ours_cpu)}, baseline {_spread(raw_cpu)} µs; "
        f"ours wall {median(ours_wall):.0f} µs/call; bytes/request ours {ours_bytes}, "
        f"baseline {raw_bytes}"
    )
    return result


async def _drive(send: Callable[[], Awaitable[Any]], calls: int, concurrency: int) -> None:
    """Make ``calls`` calls of ``send`` with at most ``concurrency`` in flight."""
    todo = iter(range(calls))

    async def worker() -> None:
        for _ in todo:
            await send()

    await asyncio.gather(*(worker() for _ in range(concurrency)))


async def _async_case(
    settings: Settings, sink: SinkProcess, profile: bool
) -> tuple[list[float], list[float], list[float], list[float]]:
    honeyhive, _ = facade()
    client = honeyhive(api_key=API_KEY, base_url=sink.url)
    create = namespace_method(client, "events", "create_async")
    event = new_event(0)
    body = {"event": event}
    n, conc = settings.async_calls, settings.async_concurrency
    async with client:
        await _drive(lambda: create(event), WARM_UP * 4, conc)
        headers = await asyncio.to_thread(client_headers, sink)
        async with httpx.AsyncClient(base_url=sink.url, headers=headers, timeout=TIMEOUT) as raw:

            async def raw_send() -> Any:
                return (await raw.post("/events", json=body)).json()

            await _drive(raw_send, WARM_UP * 4, conc)
            walls: dict[str, list[float]] = {"ours": [], "raw": []}
            cpus: dict[str, list[float]] = {"ours": [], "raw": []}
            for _ in range(settings.async_rounds):
                for label, send in (("ours", lambda: create(event)), ("raw", raw_send)):
                    wall, cpu = time.perf_counter(), time.process_time()
                    await _drive(send, n, conc)
                    cpus[label].append(time.process_time() - cpu)
                    walls[label].append(time.perf_counter() - wall)
            if profile:
                label = "case 3: events.create_async"
                await profile_async(label, lambda: _drive(lambda: create(event), n, conc))
    return walls["ours"], walls["raw"], cpus["ours"], cpus["raw"]


def run_async(settings: Settings, sink: SinkProcess, profile: bool = False) -> Result:
    """Case 3: ``events.create_async`` at fixed concurrency; wall time vs raw AsyncClient."""
    n, conc = settings.async_calls, settings.async_concurrency
    result = Result("3", f"events.create_async x{n}, concurrency {conc}", "ms", "ratio<=", 1.25)
    try:
        ours_wall, raw_wall, ours_cpu, raw_cpu = asyncio.run(_async_case(settings, sink, profile))
    except NotAvailable as exc:
        result.skipped = f"not available: {exc}"
        return result
    result.ours = median(ours_wall) * 1000
    result.baseline = median(raw_wall) * 1000
    result.notes.append(
        f"wall ms ours {_spread([w * 1000 for w in ours_wall])}, "
        f"baseline {_spread([w * 1000 for w in raw_wall])}; client CPU per call "
        f"ours {median(ours_cpu) / n * 1e6:.0f} µs, baseline {median(raw_cpu) / n * 1e6:.0f} µs"
    )
    return result
