"""Runs every case against one sink process and prints the table (and, on request, JSON)."""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from . import (
    case_batch,
    case_construct,
    case_create,
    case_import,
    case_logger,
    case_read,
    case_transport,
)
from ._harness import NotAvailable, Result, Settings, TargetKind, facade, python_info
from .sink import SERVER_NAME, SinkProcess

#: (case id, what it measures, target kind, target, unit, how to run it)
Case = tuple[str, str, TargetKind, float, str, Callable[[Settings, SinkProcess, bool], Result]]

CASES: list[Case] = [
    ("1", "import (fresh interpreter)", "ratio<=", 1.5, "ms", lambda s, k, p: case_import.run(s)),
    ("2", "events.create, sequential", "ratio<=", 1.25, "µs CPU/call", case_create.run_sync),
    (
        "2t",
        "retry/rate-limit transport alone",
        "ratio<=",
        1.15,
        "µs CPU/call",
        case_transport.run,
    ),
    ("3", "events.create_async, concurrent", "ratio<=", 1.25, "ms", case_create.run_async),
    ("4", "events.create_batch", "ratio>=", 0.8, "events/s", lambda s, k, p: case_batch.run(s, k)),
    ("5a", "events.list", "ratio<=", 3.0, "ms CPU", case_read.run_list),
    ("5b", "events.get_by_session_id", "ratio<=", 3.0, "ms CPU", case_read.run_session),
    (
        "6",
        "HoneyHive(...) construction",
        "abs<",
        50.0,
        "µs",
        lambda s, k, p: case_construct.run(s, k),
    ),
    ("7a", "events.logger add(), median", "abs<", 5.0, "µs/event", case_logger.run_median),
    ("7b", "events.logger add(), p99", "abs<", 50.0, "µs/event", case_logger.run_p99),
    ("7c", "events.logger throughput", "ratio>=", 0.9, "events/s", case_logger.run_throughput),
    ("7d", "events.logger memory, service down", "ratio<=", 1.5, "MiB", case_logger.run_memory),
]


def _number(value: float | None, unit: str) -> str:
    if value is None or math.isnan(value):
        return "-"
    if unit == "events/s":
        return f"{value:,.0f}/s"
    if value >= 100:
        return f"{value:,.0f} {unit}"
    return f"{value:.3g} {unit}"


def _verdict(result: Result, quick: bool = False) -> str:
    if result.skipped is not None:
        return "skipped" if result.skipped.startswith("not available") else "error"
    if quick:
        # Small sizes on a shared machine say nothing about a target: quick mode only shows
        # that the case runs (and that both sides sent the same requests).
        return "VIOLATION" if result.violations else "ran"
    return {True: "met", False: "NOT MET", None: "-"}[result.met]


def format_table(results: Sequence[Result], quick: bool = False) -> str:
    """The results as a fixed-width table, followed by each case's notes."""
    rows = [("case", "what", "ours", "baseline", "ratio", "target", "result")]
    for r in results:
        ratio = r.ratio
        rows.append(
            (
                r.case,
                r.name,
                _number(r.ours, r.unit),
                _number(r.baseline, r.unit),
                "-" if ratio is None else f"{ratio:.2f}" if ratio >= 0.1 else f"{ratio:.1e}",
                r.target_text,
                _verdict(r, quick),
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    lines.append("")
    for r in results:
        if r.skipped is not None:
            lines.append(f"[{r.case}] {r.skipped}")
        for problem in r.violations:
            lines.append(f"[{r.case}] VIOLATION: {problem}")
        for note in r.notes:
            lines.append(f"[{r.case}] {note}")
    return "\n".join(line.rstrip() for line in lines)


def run_cases(
    settings: Settings, only: set[str] | None = None, profile: bool = False
) -> tuple[list[Result], dict[str, Any]]:
    """Start the sink, run the selected cases in order, and return the rows and run facts."""
    results: list[Result] = []
    with SinkProcess(list_size=settings.list_events) as sink:
        try:
            facade_name = facade()[1]
        except NotAvailable as exc:
            facade_name = f"not available: {exc}"
        meta: dict[str, Any] = {
            "mode": "quick" if settings.quick else "full",
            "sink": f"{SERVER_NAME} at {sink.url}",
            "python": python_info(),
            "facade": facade_name,
            "date": time.strftime("%Y-%m-%d %H:%M:%S %Z"),
        }
        for case_id, label, kind, target, unit, run in CASES:
            if only and case_id not in only and case_id.rstrip("abcd") not in only:
                continue
            print(f"running case {case_id}: {label} ...", file=sys.stderr, flush=True)
            started = time.perf_counter()
            try:
                result = run(settings, sink, profile)
            except Exception as exc:  # one broken case must not hide the others
                result = Result(case_id, label, unit, kind, target)
                result.skipped = f"error: {type(exc).__name__}: {exc}"
            result.notes.append(f"case took {time.perf_counter() - started:.1f} s")
            results.append(result)
    return results, meta


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry of ``python -m benchmarks``; returns the exit status."""
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description="Benchmark the HoneyHive client against raw httpx, both in the same run.",
    )
    parser.add_argument("--quick", action="store_true", help="small sizes (checks it runs)")
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write results as JSON")
    parser.add_argument("--only", help="comma-separated case ids, e.g. 2,5a")
    parser.add_argument(
        "--profile", action="store_true", help="profile our side of cases 2, 3 and 5 (stderr)"
    )
    args = parser.parse_args(argv)
    settings = Settings.quick_mode() if args.quick else Settings.full()
    only = {c.strip() for c in args.only.split(",")} if args.only else None
    results, meta = run_cases(settings, only, args.profile)
    print(f"HoneyHive client benchmarks ({meta['mode']} mode), {meta['date']}")
    print(f"machine: {meta['python']}; one machine's figures, shared and noisy")
    print(f"sink: {meta['sink']}")
    print(f"client: {meta['facade']}; ratio = ours / baseline; medians of repeated rounds")
    if settings.quick:
        print(
            "quick mode: a smoke run at small sizes; targets are not judged "
            "(run without --quick to measure them)"
        )
    print()
    print(format_table(results, quick=settings.quick))
    if args.json:
        payload = {"meta": meta, "results": [r.as_json() for r in results]}
        args.json.write_text(json.dumps(payload, indent=2, allow_nan=False, default=str) + "\n")
    return 0
