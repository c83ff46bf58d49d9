"""The benchmark suite keeps working: its quick mode runs every case and reports numbers.

Timings are never asserted here (the machine is shared and noisy); only that each case ran
against the client and its baseline and produced positive figures, and that the sink serves
today's read routes page by page, so the client's paging reads stop.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from benchmarks.payloads import SESSION_ID
from benchmarks.sink import SinkProcess

ROOT = Path(__file__).resolve().parent.parent
CASES = ["1", "2", "2t", "3", "4", "5a", "5b", "6", "7a", "7b", "7c", "7d"]


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


def test_quick_benchmarks_send_the_clients_requests_from_their_baselines(
    quick_run: tuple[str, dict[str, Any]],
) -> None:
    _, data = quick_run
    rows = {row["case"]: row for row in data["results"]}
    for case, route in (("5a", "/v1/events/export"), ("5b", "/v1/events/search")):
        assert rows[case]["violations"] == [], rows[case]
        notes = " ".join(rows[case]["notes"])
        assert f"both sides send the same requests: 2 x POST {route}" in notes, notes


SESSION_FILTER = {"field": "session_id", "operator": "is", "value": SESSION_ID, "type": "string"}


@pytest.fixture(scope="module")
def sink() -> Iterator[SinkProcess]:
    """A sink holding 2,500 events (and a session of a root and 2,500 children)."""
    with SinkProcess(list_size=2_500) as running:
        yield running


def _post(sink: SinkProcess, route: str, body: dict[str, Any]) -> httpx.Response:
    return httpx.post(sink.url + route, json=body)


def test_sink_serves_search_and_export_pages(sink: SinkProcess) -> None:
    first = _post(sink, "/v1/events/search", {"filters": [], "limit": 1000, "page": 1}).json()
    last = _post(sink, "/v1/events/search", {"limit": 1000, "page": 3}).json()
    past = _post(sink, "/v1/events/search", {"limit": 1000, "page": 4}).json()
    assert (len(first["events"]), len(last["events"]), past["events"]) == (1000, 500, [])
    assert first["count"] == last["count"] == past["count"] == 2500
    assert first["events"][0]["event_id"] != last["events"][0]["event_id"]
    assert len(_post(sink, "/v1/events/search", {}).json()["events"]) == 1000  # default limit
    export = _post(sink, "/v1/events/export", {"project": "p", "limit": 7500.0, "page": 1})
    assert len(export.json()["events"]) == 2500


def test_sink_serves_a_session_root_first_and_nothing_for_other_ids(sink: SinkProcess) -> None:
    body = {"filters": [SESSION_FILTER], "limit": 1000, "page": 1}
    page = _post(sink, "/v1/events/search", body).json()
    assert page["count"] == 2501
    assert page["events"][0]["event_id"] == SESSION_ID
    assert page["events"][0]["event_type"] == "session"
    assert {e["session_id"] for e in page["events"]} == {SESSION_ID}
    last = _post(sink, "/v1/events/search", {**body, "page": 3}).json()
    assert len(last["events"]) == 501
    other = {**SESSION_FILTER, "value": "00000000-0000-4000-8000-000000000000"}
    none = _post(sink, "/v1/events/search", {"filters": [other]}).json()
    assert none == {"events": [], "count": 0}


@pytest.mark.parametrize(
    ("route", "body"),
    [
        ("/v1/events/search", {"limit": 1001}),
        ("/v1/events/export", {"limit": 7501}),
        ("/v1/events/search", {"page": 0}),
        ("/v1/events/search", {"limit": "10"}),
    ],
)
def test_sink_refuses_pages_its_route_does_not_serve(
    sink: SinkProcess, route: str, body: dict[str, Any]
) -> None:
    answer = _post(sink, route, body)
    assert answer.status_code == 400
    assert "error" in answer.json()


def test_sink_records_each_read_request_for_the_baselines(sink: SinkProcess) -> None:
    sink.reset()
    content = b'{"filters":[],"limit":5,"page":2}'
    headers = {"content-type": "application/json"}
    httpx.post(sink.url + "/v1/events/search", content=content, headers=headers)
    assert sink.stats()["reads"] == [["/v1/events/search", content.decode()]]
    sink.reset()
    assert sink.stats()["reads"] == []


def test_client_reads_through_the_sink_stop_after_the_last_page(sink: SinkProcess) -> None:
    from honeyhive import HoneyHive

    with HoneyHive(api_key="bench-key", base_url=sink.url) as client:
        sink.reset()
        names = [event.event_name for event in client.events.iter({"limit": 1000})]
        assert len(names) == 2500
        assert len(sink.stats()["reads"]) == 3  # pages 1, 2 and the short page 3
        session = client.events.get_by_session_id(SESSION_ID)
        assert len(session.events) == 2501
        assert session.events[0].event_type == "session"


def test_quick_mode_shows_that_cases_ran_without_judging_targets() -> None:
    from benchmarks._harness import Result
    from benchmarks.runner import format_table

    slow = Result("2", "events.create", "µs", "ratio<=", 1.25, ours=9.0, baseline=1.0)
    broken = Result("5a", "events.list", "ms", "ratio<=", 3.0, ours=1.0, baseline=1.0)
    broken.violations.append("the baseline sent another body")
    full, quick = format_table([slow, broken]), format_table([slow, broken], quick=True)
    assert "NOT MET" in full
    assert "NOT MET" not in quick and " ran" in quick and "VIOLATION" in quick
