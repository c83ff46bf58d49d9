"""Case 4: ``events.create_batch`` of many events against raw httpx posting the same chunks.

Every round runs in a fresh child process (``python -m benchmarks.case_batch ...``), so peak
memory can be read from ``ru_maxrss``: growth is the peak during the send minus the resident
size just before it, with the input events already built. The chunk size of the baseline is
what the sink saw the client send (and the events module's constant, when it has one, is
reported next to it). The baseline posts its chunks one after another on one pooled
``httpx.Client``, with the client's headers, and decodes each answer.
"""

from __future__ import annotations

import argparse
import gc
import json
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any

from ._harness import (
    API_KEY,
    ROOT,
    NotAvailable,
    Result,
    Settings,
    facade,
    median,
    namespace_method,
    spread,
)
from .payloads import new_event
from .sink import SinkProcess

WARM_UP_EVENTS = 10


def _resident_kib() -> int:
    """Current resident set size in KiB (Linux), or the peak so far elsewhere."""
    try:
        with open("/proc/self/statm") as statm:
            pages = int(statm.read().split()[1])
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return pages * resource.getpagesize() // 1024


def chunk_constant() -> tuple[str, int] | None:
    """The batch chunk size the events module declares (a module-level int constant)."""
    try:
        from honeyhive.resources import events
    except ImportError:
        return None
    for name, value in sorted(vars(events).items()):
        upper = name.upper()
        if name == upper and ("CHUNK" in upper or "BATCH" in upper) and type(value) is int:
            return name, value
    return None


def _ours_sender(url: str, events: list[dict[str, Any]]) -> Callable[[], Any]:
    honeyhive, _ = facade()
    client = honeyhive(api_key=API_KEY, base_url=url)
    create_batch = namespace_method(client, "events", "create_batch")
    create_batch({"events": [new_event(i) for i in range(WARM_UP_EVENTS)]})
    return lambda: create_batch({"events": events})


def _raw_sender(
    url: str, events: list[dict[str, Any]], chunk: int, headers: dict[str, str]
) -> Callable[[], Any]:
    import httpx

    from .case_create import TIMEOUT

    raw = httpx.Client(base_url=url, headers=headers, timeout=TIMEOUT)
    raw.post("/events/batch", json={"events": events[:WARM_UP_EVENTS]}).json()

    def send() -> list[Any]:
        return [
            raw.post("/events/batch", json={"events": events[i : i + chunk]}).json()
            for i in range(0, len(events), chunk)
        ]

    return send


def worker(kind: str, url: str, count: int, chunk: int, headers: dict[str, str]) -> dict[str, Any]:
    """One round in this (fresh) process: build the events, send them, measure."""
    import httpx

    events = [new_event(i) for i in range(count)]
    try:
        send = (
            _ours_sender(url, events)
            if kind == "ours"
            else _raw_sender(url, events, chunk, headers)
        )
    except NotAvailable as exc:
        return {"skipped": str(exc)}
    httpx.post(f"{url}/_bench/reset")  # the sink counts only the timed send
    gc.collect()
    before = _resident_kib()
    wall, cpu = time.perf_counter(), time.process_time()
    send()
    cpu = time.process_time() - cpu
    wall = time.perf_counter() - wall
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"seconds": wall, "cpu": cpu, "growth_kib": max(0, peak - before), "rss_kib": before}


def _round(
    kind: str, sink: SinkProcess, count: int, chunk: int, headers: dict[str, str]
) -> dict[str, Any]:
    argv = [sys.executable, "-m", "benchmarks.case_batch", kind, sink.url, str(count), str(chunk)]
    argv.append(json.dumps(headers))
    out = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True)
    if out.returncode != 0:
        tail = out.stderr.strip().splitlines()[-1:] or ["no output"]
        raise RuntimeError(f"{kind} round failed: {tail[0]}")
    data: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    data["sink"] = sink.stats()
    return data


def run(settings: Settings, sink: SinkProcess) -> Result:
    """Median throughput (events/s) of our batch call and raw httpx over fresh processes."""
    from .case_create import client_headers

    n = settings.batch_events
    result = Result("4", f"events.create_batch of {n:,} events", "events/s", "ratio>=", 0.8)
    result.higher_is_better = True
    ours: list[dict[str, Any]] = []
    raw: list[dict[str, Any]] = []
    chunk = 0
    headers: dict[str, str] = {}
    for _ in range(settings.batch_rounds):
        ours.append(_round("ours", sink, n, 0, {}))
        if "skipped" in ours[-1]:
            result.skipped = f"not available: {ours[-1]['skipped']}"
            return result
        if not chunk:
            sizes = ours[-1]["sink"]["batch_sizes"]
            chunk = max(sizes)
            headers = client_headers(sink)
        raw.append(_round("raw", sink, n, chunk, headers))
    ours_rate = [n / r["seconds"] for r in ours]
    raw_rate = [n / r["seconds"] for r in raw]
    result.ours = median(ours_rate)
    result.baseline = median(raw_rate)
    seen = ours[0]["sink"]
    constant = chunk_constant()
    declared = f"{constant[0]} = {constant[1]}" if constant else "no chunk constant found"
    result.notes.append(
        f"chunk size {chunk} as sent by the client ({declared}); the sink got "
        f"{sum(seen['batch_sizes']):,} events in {seen['requests']} requests over "
        f"{seen['connections']} connection(s)"
    )
    result.notes.append(
        f"events/s ours {spread(ours_rate)}, baseline {spread(raw_rate)}; client CPU "
        f"ours {median([r['cpu'] for r in ours]):.2f} s, baseline "
        f"{median([r['cpu'] for r in raw]):.2f} s"
    )
    result.notes.append(
        "peak memory growth during the send (ru_maxrss - RSS before, inputs built): "
        f"ours {median([r['growth_kib'] for r in ours]) / 1024:.1f} MiB, baseline "
        f"{median([r['growth_kib'] for r in raw]) / 1024:.1f} MiB "
        f"(inputs resident: {median([r['rss_kib'] for r in ours]) / 1024:.0f} MiB)"
    )
    return result


def main(argv: list[str] | None = None) -> None:
    """Child-process entry: ``python -m benchmarks.case_batch KIND URL COUNT CHUNK HEADERS``."""
    parser = argparse.ArgumentParser(description="one round of the batch benchmark")
    parser.add_argument("kind", choices=["ours", "raw"])
    parser.add_argument("url")
    parser.add_argument("count", type=int)
    parser.add_argument("chunk", type=int)
    parser.add_argument("headers", type=json.loads)
    args = parser.parse_args(argv)
    print(json.dumps(worker(args.kind, args.url, args.count, args.chunk, args.headers)))


if __name__ == "__main__":
    main()
