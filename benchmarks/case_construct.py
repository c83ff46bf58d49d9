"""Case 6: constructing ``HoneyHive(...)``: no I/O, a few microseconds.

The figure is CPU time per construction, each client dropped at once, as a handler that
builds one per request would. The target is absolute (< 50 µs): code that builds a client
per request (serverless handlers, per-request dependency injection) should pay well under a
tenth of one loopback call for it. The baseline column is ``httpx.Client(base_url=...)``,
for scale only: it builds an SSL context and a pool up front, work our client defers to
the first call, so a ratio against it says little. That no I/O happens is checked too: the
sink must see no new connection while clients are built.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from typing import Any

import httpx

from ._harness import API_KEY, NotAvailable, Result, Settings, facade, median, spread
from .sink import SinkProcess


def _us_per_call(make: Callable[[], Any], count: int) -> float:
    """CPU microseconds per ``make()``, dropping each object as a caller would."""
    gc.collect()
    start = time.process_time()
    for _ in range(count):
        make()
    return (time.process_time() - start) / count * 1e6


def run(settings: Settings, sink: SinkProcess) -> Result:
    """Median µs per ``HoneyHive(api_key=..., base_url=...)``; httpx.Client for scale."""
    result = Result("6", "HoneyHive(...) construction", "µs", "abs<", 50.0)
    try:
        honeyhive, _ = facade()
    except NotAvailable as exc:
        result.skipped = f"not available: {exc}"
        return result
    url = sink.url

    def ours() -> Any:
        return honeyhive(api_key=API_KEY, base_url=url)

    def baseline() -> Any:
        return httpx.Client(base_url=url)

    ours()
    sink.reset()
    before = sink.stats()["connections"]
    ours_us: list[float] = []
    base_us: list[float] = []
    # httpx.Client is ~1000x slower to build: fewer of them keep the case short.
    base_count = max(settings.construct_count // 40, 10)
    for _ in range(settings.construct_rounds):
        ours_us.append(_us_per_call(ours, settings.construct_count))
    for _ in range(settings.construct_rounds):
        base_us.append(_us_per_call(baseline, base_count))
    opened = sink.stats()["connections"] - before
    result.ours = median(ours_us)
    result.baseline = median(base_us)
    result.notes.append(
        f"µs ours {spread(ours_us)}; httpx.Client {spread(base_us)} (scale only); "
        f"connections opened while constructing: {opened}"
    )
    if opened:
        result.violations.append(f"construction did I/O: {opened} connection(s) opened")
    return result
