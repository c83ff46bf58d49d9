"""The benchmark suite keeps working: its quick mode runs every case and reports numbers.

Timings are never asserted here (the machine is shared and noisy); only that each case ran
against the client and its baseline and produced positive figures.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
CASES = ["1", "2", "2t", "3", "4", "5a", "5b", "6"]


@pytest.fixture(scope="module")
def quick_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict[str, Any]]:
    """Run ``python -m benchmarks --quick --json ...`` once; return its table and JSON."""
    out = tmp_path_factory.mktemp("bench") / "results.json"
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick", "--json", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout, json.loads(out.read_text())


def test_quick_benchmarks_report_every_case(quick_run: tuple[str, dict[str, Any]]) -> None:
    table, data = quick_run
    assert [r["case"] for r in data["results"]] == CASES
    rows = {line.split()[0] for line in table.splitlines() if line.strip()}
    assert set(CASES) <= rows


def test_quick_benchmarks_name_their_sink_server(quick_run: tuple[str, dict[str, Any]]) -> None:
    table, data = quick_run
    assert "sink: " in table
    assert data["meta"]["sink"].startswith("raw asyncio.Protocol")


def test_quick_benchmarks_produce_positive_numbers(quick_run: tuple[str, dict[str, Any]]) -> None:
    _, data = quick_run
    for row in data["results"]:
        skipped = row["skipped"] or ""
        assert not skipped.startswith("error"), f"case {row['case']}: {skipped}"
        if skipped:  # a facade method not written yet: the case says so instead of failing
            assert skipped.startswith("not available: ")
            continue
        assert row["ours"] > 0, row
        assert row["baseline"] > 0, row
        assert row["ratio"] > 0, row
        assert row["met"] in (True, False), row
        assert row["target_text"], row
