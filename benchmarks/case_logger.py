"""Cases 7a-7d: ``events.logger()``, the background event logger, against the calls it replaces.

- 7a / 7b: what ``add()`` costs the caller's thread while the sender is working: median and
  99th percentile of each call's wall time (``perf_counter_ns`` around it), events added in
  a tight loop so the sender posts batches at the same time. Baseline: one ``events.create``
  per event (the blocking call an application makes without a logger). Targets are absolute
  (median < 5 µs, p99 < 50 µs), as the issue states them.
- 7c: sustained throughput, events/s from the first ``add`` until ``flush()`` returns, against
  ``events.create_batch`` of the same events (same run, alternating rounds).
- 7d: peak memory with the service down (a closed port): a logger with ``max_queue`` M takes
  five times M events with ``drop_newest``; growth of ``ru_maxrss`` against the same loop
  keeping M events in a ``deque(maxlen=M)``, the least any queue of M events can hold. Each
  side runs in a fresh process (``python -m benchmarks.case_logger memory ...``); the peak
  is VmHWM, reset just before the loop (Linux), minus the resident size then.

Events are the benchmark's model events without an ``event_id``, so both sides assign ids.
"""

from __future__ import annotations

import argparse
import gc
import json
import resource
import socket
import subprocess
import sys
import time
from collections import deque
from typing import Any

from ._harness import API_KEY, ROOT, NotAvailable, Result, Settings, facade, median, spread
from .payloads import new_event
from .sink import SinkProcess

#: (settings, sink url) -> measurements shared by 7a and 7b (one run serves both rows).
_LATENCY: dict[tuple[Settings, str], dict[str, list[float]]] = {}


def _events(count: int, offset: int = 0) -> list[dict[str, Any]]:
    events = []
    for i in range(offset, offset + count):
        event = new_event(i)
        del event["event_id"]
        events.append(event)
    return events


def _logger_of(client: Any, **options: Any) -> Any:
    events = client.events
    make = getattr(events, "logger", None)
    if not callable(make):
        raise NotAvailable("client.events.logger is not written yet")
    return make(**options)


def _percentile(sorted_values: list[int], fraction: float) -> float:
    return sorted_values[min(len(sorted_values) - 1, int(len(sorted_values) * fraction))] / 1000


def _latency(settings: Settings, sink: SinkProcess) -> dict[str, list[float]]:
    """Per-call wall µs of add() (median, p99 per round) and of events.create."""
    key = (settings, sink.url)
    if key in _LATENCY:
        return _LATENCY[key]
    honeyhive, _ = facade()
    n = settings.batch_events
    found: dict[str, list[float]] = {k: [] for k in ("add50", "add99", "create50", "create99")}
    with honeyhive(api_key=API_KEY, base_url=sink.url) as client:
        create = client.events.create
        for event in _events(20):
            create(event)
        for round_no in range(settings.batch_rounds):
            events = _events(n, round_no * n)
            log = _logger_of(client)
            log.add(events[0])  # the first add of a shape runs the full check
            clock = time.perf_counter_ns
            spent: list[int] = []
            gc.collect()
            for event in events[1:]:
                start = clock()
                log.add(event)
                spent.append(clock() - start)
            if not log.close(timeout=120):
                raise RuntimeError(f"the logger did not deliver its events: {log.stats}")
            spent.sort()
            found["add50"].append(_percentile(spent, 0.5))
            found["add99"].append(_percentile(spent, 0.99))
            calls: list[int] = []
            for event in _events(settings.create_calls):
                start = clock()
                create(event)
                calls.append(clock() - start)
            calls.sort()
            found["create50"].append(_percentile(calls, 0.5))
            found["create99"].append(_percentile(calls, 0.99))
    _LATENCY[key] = found
    return found


def run_median(settings: Settings, sink: SinkProcess, profile: bool = False) -> Result:
    """Case 7a: median µs of ``add()`` on the caller's thread; events.create per event."""
    return _latency_row("7a", "median", "add50", "create50", 5.0, settings, sink)


def run_p99(settings: Settings, sink: SinkProcess, profile: bool = False) -> Result:
    """Case 7b: 99th percentile µs of ``add()``; events.create's p99 as the baseline."""
    return _latency_row("7b", "p99", "add99", "create99", 50.0, settings, sink)


def _latency_row(
    case: str, label: str, ours: str, base: str, target: float, s: Settings, sink: SinkProcess
) -> Result:
    n = s.batch_events
    name = f"logger add() {label}, {n:,} events"
    result = Result(case, name, "µs/event", "abs<", target)
    try:
        found = _latency(s, sink)
    except NotAvailable as exc:
        result.skipped = f"not available: {exc}"
        return result
    result.ours = median(found[ours])
    result.baseline = median(found[base])
    result.notes.append(
        f"add() {label} {spread(found[ours])} µs, sender posting meanwhile; baseline "
        f"events.create {label} {spread(found[base])} µs per event ({s.create_calls} calls)"
    )
    return result


def run_throughput(settings: Settings, sink: SinkProcess, profile: bool = False) -> Result:
    """Case 7c: events/s from first add() to flush(), vs create_batch of the same events."""
    n = settings.batch_events
    result = Result("7c", f"logger throughput, {n:,} events", "events/s", "ratio>=", 0.9)
    result.higher_is_better = True
    try:
        honeyhive, _ = facade()
    except NotAvailable as exc:
        result.skipped = f"not available: {exc}"
        return result
    ours: list[float] = []
    base: list[float] = []
    cpu_ours: list[float] = []
    cpu_base: list[float] = []
    with honeyhive(api_key=API_KEY, base_url=sink.url) as client:
        events = _events(n)
        client.events.create_batch(events[:20])
        for _ in range(settings.batch_rounds):
            try:
                log = _logger_of(client)
            except NotAvailable as exc:
                result.skipped = f"not available: {exc}"
                return result
            sink.reset()
            gc.collect()
            wall, cpu = time.perf_counter(), time.process_time()
            for event in events:
                log.add(event)
            if not log.flush(timeout=300):
                raise RuntimeError(f"the logger did not deliver its events: {log.stats}")
            cpu_ours.append(time.process_time() - cpu)
            ours.append(n / (time.perf_counter() - wall))
            received = sum(sink.stats()["batch_sizes"])
            log.close()
            if received != n:
                result.violations.append(f"the sink received {received} events, not {n}")
            gc.collect()
            wall, cpu = time.perf_counter(), time.process_time()
            client.events.create_batch(events)
            cpu_base.append(time.process_time() - cpu)
            base.append(n / (time.perf_counter() - wall))
    result.ours = median(ours)
    result.baseline = median(base)
    result.notes.append(
        f"events/s logger {spread(ours)}, create_batch {spread(base)}; client CPU "
        f"logger {median(cpu_ours):.2f} s (add + sender), create_batch {median(cpu_base):.2f} s"
    )
    return result


def _closed_port_url() -> str:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def _resident_kib() -> int:
    """Current resident set size in KiB (Linux), or the peak so far elsewhere."""
    try:
        with open("/proc/self/statm") as statm:
            pages = int(statm.read().split()[1])
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return pages * resource.getpagesize() // 1024


def _reset_peak() -> None:
    """Start the peak (VmHWM) from the current size, so earlier peaks do not count."""
    try:
        with open("/proc/self/clear_refs", "w") as refs:
            refs.write("5")
    except OSError:
        pass  # not Linux: the peak is the process's whole-life peak


def _peak_kib() -> int:
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def memory_worker(kind: str, url: str, max_queue: int, count: int) -> dict[str, Any]:
    """One side of 7d in this (fresh) process: add ``count`` events, keep at most max_queue."""
    keep: Any
    if kind == "ours":
        honeyhive, _ = facade()
        client = honeyhive(api_key=API_KEY, base_url=url)
        keep = _logger_of(client, max_queue=max_queue, full_policy="drop_newest")
        add = keep.add
        add(_events(1)[0])
    else:
        keep = deque(maxlen=max_queue)
        add = keep.append
    gc.collect()
    before = _resident_kib()
    _reset_peak()
    for i in range(count):
        event = new_event(i)
        del event["event_id"]
        add(event)
    peak = _peak_kib()
    held = keep.stats.queued if kind == "ours" else len(keep)
    dropped = keep.stats.dropped if kind == "ours" else count - len(keep)
    if kind == "ours":
        keep.close(timeout=0)
    return {"growth_kib": max(0, peak - before), "held": held, "dropped": dropped}


def run_memory(settings: Settings, sink: SinkProcess, profile: bool = False) -> Result:
    """Case 7d: peak memory growth with the service down, vs a deque of max_queue events."""
    max_queue = 1_000 if settings.quick else 10_000
    count = 5 * max_queue
    name = f"logger memory, service down, max_queue {max_queue:,}"
    result = Result("7d", name, "MiB", "ratio<=", 1.5)
    ours: list[dict[str, Any]] = []
    base: list[dict[str, Any]] = []
    url = _closed_port_url()
    for _ in range(settings.batch_rounds):
        for kind, into in (("ours", ours), ("deque", base)):
            argv = [sys.executable, "-m", "benchmarks.case_logger", "memory", kind, url]
            argv += [str(max_queue), str(count)]
            out = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, timeout=300)
            if out.returncode != 0:
                tail = out.stderr.strip().splitlines()[-1:] or ["no output"]
                if "not available" in tail[0]:
                    result.skipped = tail[0]
                    return result
                raise RuntimeError(f"{kind} round failed: {tail[0]}")
            into.append(json.loads(out.stdout.strip().splitlines()[-1]))
    result.ours = median([r["growth_kib"] / 1024 for r in ours])
    result.baseline = median([r["growth_kib"] / 1024 for r in base])
    held = max(r["held"] for r in ours)
    if held > max_queue:
        result.violations.append(f"the logger held {held} events, more than max_queue")
    result.notes.append(
        f"{count:,} events added, service unreachable: the logger held {held:,} and dropped "
        f"{ours[0]['dropped']:,}; peak RSS growth ours {result.ours:.1f} MiB, "
        f"deque(maxlen={max_queue:,}) {result.baseline:.1f} MiB"
    )
    return result


def main(argv: list[str] | None = None) -> None:
    """Child-process entry: ``python -m benchmarks.case_logger memory KIND URL MAXQ COUNT``."""
    parser = argparse.ArgumentParser(description="one side of the logger memory benchmark")
    parser.add_argument("what", choices=["memory"])
    parser.add_argument("kind", choices=["ours", "deque"])
    parser.add_argument("url")
    parser.add_argument("max_queue", type=int)
    parser.add_argument("count", type=int)
    args = parser.parse_args(argv)
    try:
        report = memory_worker(args.kind, args.url, args.max_queue, args.count)
    except NotAvailable as exc:
        sys.exit(f"not available: {exc}")
    print(json.dumps(report))


if __name__ == "__main__":
    main()
