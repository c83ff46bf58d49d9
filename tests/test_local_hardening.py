"""``honeyhive.local`` under hostile input and load (issue 12), over real loopback sockets.

Deep nesting, strict JSON out, handlers off the event loop, one JSON 500 logged once, log
lines that cannot be forged, slowloris timeouts, clean database files and honest paging.
No test asserts on how fast anything happens: waits are bounded generously (20 s) and only
ever for something the server must eventually do.
"""

from __future__ import annotations

import concurrent.futures
import json
import logging
import os
import re
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from honeyhive.local import LocalServer
from honeyhive.local.faults import Fault
from honeyhive.local.jsonsafe import MAX_JSON_DEPTH, encode_json, log_safe

# How long a test waits for something the server must do; never a speed assertion.
PATIENCE = 20.0
TRACE = "d89b98b1299cc734ac3efe5d69a530d6"


def strict_json(text: str | bytes) -> Any:
    """``json.loads`` that refuses NaN and infinities, as any RFC 8259 parser does."""

    def refuse(name: str) -> Any:
        raise ValueError(f"{name} is not JSON")

    return json.loads(text, parse_constant=refuse)


def nested(depth: int) -> dict[str, Any]:
    """An object ``depth`` levels deep (``{"a": {"a": ... {}}}``)."""
    top: dict[str, Any] = {}
    node = top
    for _ in range(depth - 1):
        node["a"] = {}
        node = node["a"]
    return top


def ev(**fields: Any) -> dict[str, Any]:
    return {"event_type": "tool", "inputs": {}, **fields}


@pytest.fixture
def client(local_server: LocalServer) -> Iterator[httpx.Client]:
    auth = {"Authorization": f"Bearer {local_server.api_key}"}
    with httpx.Client(base_url=local_server.url, headers=auth, timeout=PATIENCE) as c:
        yield c


def wait_for(condition: Any, what: str) -> None:
    """Poll ``condition()`` until true; fail after PATIENCE seconds."""
    deadline = time.monotonic() + PATIENCE
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"gave up waiting for {what}")
        time.sleep(0.01)


# -- 1. nesting -----------------------------------------------------------------------------


def test_a_deep_chain_with_overly_deep_inputs_is_refused_and_the_session_stays_readable(
    client: httpx.Client,
) -> None:
    sid = str(uuid.uuid4())
    assert client.post("/session/start", json={"session": {"session_id": sid}}).is_success
    parent = sid
    for _ in range(39):
        eid = str(uuid.uuid4())
        answer = client.post(
            "/events", json={"event": ev(event_id=eid, session_id=sid, parent_id=parent)}
        )
        assert answer.is_success, answer.text
        parent = eid
    deep = ev(session_id=sid, parent_id=parent, inputs=nested(900))
    refused = client.post("/events", json={"event": deep})
    assert refused.status_code == 400, refused.text
    assert refused.json()["errorCode"] == "NESTED_TOO_DEEPLY"
    assert f"{MAX_JSON_DEPTH} levels" in refused.json()["message"]

    tree = client.get(f"/v1/sessions/{sid}")
    assert tree.status_code == 200
    assert tree.headers["content-type"] == "application/json"
    node, depth = strict_json(tree.content), 0
    while node["children"]:
        node, depth = node["children"][0], depth + 1
    assert depth == 39


def test_the_deepest_accepted_body_is_the_limit_on_every_kind_of_write(
    client: httpx.Client,
) -> None:
    # The body itself is one level: inputs may be MAX_JSON_DEPTH - 1 deep here, not more.
    fits = client.post("/v1/events", json=ev(inputs=nested(MAX_JSON_DEPTH - 1)))
    assert fits.status_code == 200, fits.text
    event = client.get(f"/v1/events/{fits.json()['event_id']}").json()["event"]
    assert event["inputs"] == nested(MAX_JSON_DEPTH - 1)
    too_deep = nested(MAX_JSON_DEPTH)
    writes = [
        ("POST", "/v1/events", ev(inputs=too_deep)),
        ("POST", "/events", {"event": ev(inputs=nested(MAX_JSON_DEPTH - 1))}),
        ("PUT", f"/v1/events/{fits.json()['event_id']}", {"metadata": too_deep}),
        ("POST", "/v1/projects", {"name": "deep", "description": "x", "extra": too_deep}),
        ("POST", "/v1/datapoints", {"inputs": too_deep}),
        ("POST", "/v1/configurations", {"name": "c", "parameters": too_deep}),
    ]
    for method, path, body in writes:
        answer = client.request(method, path, json=body)
        assert answer.status_code == 400, (path, answer.text)
        assert answer.json()["errorCode"] == "NESTED_TOO_DEEPLY", (path, answer.text)
    deep_filter = json.dumps([{"field": "x", "operator": "is", "value": too_deep}])
    answer = client.get("/events", params={"filters": deep_filter})
    assert answer.status_code == 400
    assert answer.json()["details"][0] == {
        "field": "filters",
        "location": "query",
        "problem": f"nested more than {MAX_JSON_DEPTH} levels deep",
    }


def test_otlp_attributes_that_would_store_too_deep_an_event_are_refused(
    client: httpx.Client,
) -> None:
    sid = str(uuid.uuid4())
    deep_key = "honeyhive_metadata." + ".".join(["a"] * 300)
    export = {
        "resourceSpans": [
            {
                "resource": {"attributes": []},
                "scopeSpans": [
                    {
                        "scope": {"name": "t"},
                        "spans": [
                            {
                                "traceId": TRACE,
                                "spanId": "14de407efef98a6f",
                                "name": "deep",
                                "startTimeUnixNano": "1700000000000000000",
                                "endTimeUnixNano": "1700000001000000000",
                                "attributes": [
                                    {"key": "honeyhive.session_id", "value": {"stringValue": sid}},
                                    {"key": deep_key, "value": {"stringValue": "x"}},
                                ],
                            }
                        ],
                    }
                ],
            }
        ]
    }
    answer = client.post("/opentelemetry/v1/traces", json=export)
    assert answer.status_code == 400, answer.text
    assert answer.json()["errorCode"] == "NESTED_TOO_DEEPLY"
    assert client.get(f"/v1/sessions/{sid}").status_code == 404  # nothing half-stored


def test_deep_data_stored_by_an_older_version_is_still_answered(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    with LocalServer(db_path=db) as server:  # creates the schema
        auth = {"Authorization": f"Bearer {server.api_key}"}
        sid = str(uuid.uuid4())
        httpx.post(
            f"{server.url}/session/start", json={"session": {"session_id": sid}}, headers=auth
        )
    # What an older server accepted: 40 events in a chain, the last with 900-deep inputs.
    with sqlite3.connect(db) as conn:
        parent = sid
        for index in range(40):
            eid = str(uuid.uuid4())
            body = {
                "event_id": eid,
                "session_id": sid,
                "parent_id": parent,
                "event_type": "tool",
                "event_name": "step",
                "start_time": 1_700_000_000_000 + index,
                "inputs": nested(900) if index == 39 else {},
            }
            conn.execute(
                "INSERT INTO events (event_id, session_id, parent_id, event_type, event_name,"
                " start_time, body) VALUES (?, ?, ?, 'tool', 'step', ?, ?)",
                (eid, sid, parent, body["start_time"], json.dumps(body)),
            )
            parent = eid
    conn.close()
    with LocalServer(db_path=db) as server:
        auth = {"Authorization": f"Bearer {server.api_key}"}
        tree = httpx.get(f"{server.url}/v1/sessions/{sid}", headers=auth, timeout=PATIENCE)
        assert tree.status_code == 200
        assert tree.headers["content-type"] == "application/json"
        # Too deep for this test's own (recursive) parser: the text is checked instead.
        assert tree.text.startswith(f'{{"session_id":"{sid}"')
        assert '"inputs":' + '{"a":' * 899 + "{}" + "}" * 899 in tree.text
        assert tree.text.count('"children":[{') == 40


def test_encoding_is_strict_and_never_recursive() -> None:
    deep: list[Any] = []
    node = deep
    for _ in range(20_000):
        node.append([])
        node = node[0]
    assert encode_json(deep) == b"[" * 20_001 + b"]" * 20_001
    mixed = {"inf": float("inf"), "nan": float("nan"), "list": [1, -float("inf"), "\udc80"]}
    assert strict_json(encode_json(mixed)) == {
        "inf": None,
        "nan": None,
        "list": [1, None, "\udc80"],
    }


# -- 2. strict JSON and the chart ------------------------------------------------------------


def test_chart_sum_that_overflows_is_null_and_the_answer_strict_json(client: httpx.Client) -> None:
    batch = [ev(event_name="big", start_time=1_700_000_000_000, duration=1e308) for _ in range(2)]
    assert client.post("/events/batch", json={"events": batch}).is_success
    for how in ("sum", "avg"):
        chart = client.get("/v1/events/chart", params={"aggregation": how, "bucket": "day"})
        assert chart.status_code == 200
        points = strict_json(chart.content)["events"]
        assert [(p["value"], p["count"]) for p in points] == [(None, 2)], how


def test_chart_honours_its_project(client: httpx.Client) -> None:
    for project, duration in (("alpha", 10), ("alpha", 20), ("beta", 1000)):
        event = ev(project=project, start_time=1_700_000_000_000, duration=duration)
        assert client.post("/events", json={"event": event}).is_success
    alpha = client.get("/v1/events/chart", params={"project": "alpha", "bucket": "day"}).json()
    assert [(p["value"], p["count"]) for p in alpha["events"]] == [(15.0, 2)]
    assert alpha["totalEvents"] == 2
    every = client.get("/v1/events/chart", params={"bucket": "day"}).json()
    assert every["totalEvents"] == 3


# -- 3. handlers off the event loop ------------------------------------------------------------


def test_a_request_blocked_in_the_server_does_not_stall_the_others(
    local_server: LocalServer,
) -> None:
    assert local_server.faults is not None
    auth = {"Authorization": f"Bearer {local_server.api_key}"}
    url = local_server.url
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        # The test holds the store, so the first request's handler waits inside the server.
        with local_server.api.store.transaction(write=False):
            slow = pool.submit(httpx.get, f"{url}/v1/tools", headers=auth, timeout=PATIENCE)
            wait_for(lambda: local_server.faults.count("GET /v1/tools") == 1, "the request")
            others = [
                httpx.get(f"{url}/v1/tools", timeout=PATIENCE),  # no key
                httpx.post(f"{url}/v1/events", json={}, headers=auth, timeout=PATIENCE),
                httpx.get(f"{url}/v1/nothing-here", headers=auth, timeout=PATIENCE),
            ]
            assert [r.status_code for r in others] == [401, 400, 404]
            assert not slow.done()  # still blocked while the others were answered
        assert slow.result(timeout=PATIENCE).status_code == 200


# -- 4. unexpected errors ------------------------------------------------------------------------


def _tracebacks(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.exc_info and r.exc_info[1] is not None]


def test_an_unexpected_error_is_a_json_500_logged_once(
    local_server: LocalServer, caplog: pytest.LogCaptureFixture
) -> None:
    assert local_server.faults is not None
    caplog.set_level(logging.INFO)
    # A scripted answer whose header cannot be sent fails outside every handler.
    local_server.faults.script("GET /v1/tools", [Fault.respond(429, headers={"x-note": "\u2603"})])
    answer = httpx.get(f"{local_server.url}/v1/tools", timeout=PATIENCE)
    assert answer.status_code == 500
    assert answer.headers["content-type"] == "application/json"
    assert answer.json()["errorCode"] == "INTERNAL_ERROR"
    assert len(_tracebacks(caplog)) == 1
    # A failure inside a handler: the store is gone.
    caplog.clear()
    local_server.api.store.close()
    auth = {"Authorization": f"Bearer {local_server.api_key}"}
    answer = httpx.get(f"{local_server.url}/v1/tools", headers=auth, timeout=PATIENCE)
    assert answer.status_code == 500 and answer.json()["errorCode"] == "INTERNAL_ERROR"
    assert len(_tracebacks(caplog)) == 1


# -- 5. hostile paths and queries -----------------------------------------------------------------


def test_control_characters_cannot_forge_access_log_lines(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="honeyhive.local.access")
    with LocalServer(log_requests=True) as server:
        forged = "/x%0A127.0.0.1 GET /admin 200%0D%1B[31m"
        httpx.get(f"{server.url}{forged}?q=%0Aa", timeout=PATIENCE)
    lines = [r.getMessage() for r in caplog.records if r.name == "honeyhive.local.access"]
    assert len(lines) == 1
    assert "\n" not in lines[0] and "\r" not in lines[0] and "\x1b" not in lines[0]
    assert lines[0].startswith("GET /x\\x0a127.0.0.1 GET /admin 200\\x0d\\x1b[31m?q=%0Aa 401")
    assert log_safe("a\\x0a\u2028") == "a\\\\x0a\\u2028"  # an escape cannot be faked either


def test_any_path_gets_the_json_error(client: httpx.Client) -> None:
    for path in ("/v1/sessions/a%0Ab", "/v1/no%0Athing", "/%00", "/v1/no%E2%80%A8thing"):
        answer = client.get(path)
        assert answer.status_code == 404, path
        assert answer.headers["content-type"] == "application/json", path
        assert answer.json()["errorCode"] in ("NOT_FOUND", "ROUTE_NOT_FOUND"), path


def test_allow_lists_each_method_once(client: httpx.Client) -> None:
    answer = client.post("/v1/events/chart")
    assert answer.status_code == 405
    allowed = [m.strip() for m in answer.headers["allow"].split(",")]
    assert allowed == sorted(set(allowed)) and "GET" in allowed


def test_an_empty_query_value_is_a_clear_400_naming_the_parameter(client: httpx.Client) -> None:
    for query, name in (
        ("project=", "project"),
        ("limit=", "limit"),
        ("ignore_order=", "ignore_order"),
    ):
        answer = client.get(f"/events?{query}")
        assert answer.status_code == 400, query
        details = answer.json()["details"]
        assert details[0]["field"] == name and details[0]["location"] == "query"
        assert details[0]["problem"].startswith("empty value")
        assert "None" not in answer.text and "declared type" not in answer.text


def test_an_abandoned_upload_logs_one_line_and_no_traceback(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO)
    with LocalServer(log_requests=True) as server:
        with socket.create_connection(("127.0.0.1", server.port), timeout=PATIENCE) as sock:
            sock.sendall(
                b"POST /v1/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                b'Content-Length: 1000\r\n\r\n{"event_type"'
            )

        def logged() -> bool:
            return any("POST /v1/events" in r.getMessage() for r in caplog.records)

        wait_for(logged, "the access log line")
        # One more request through the same loop: whatever the first one logs is in by now.
        assert httpx.get(f"{server.url}/v1/tools", timeout=PATIENCE).status_code == 401
    assert _tracebacks(caplog) == []
    line = next(r.getMessage() for r in caplog.records if "POST /v1/events" in r.getMessage())
    assert "client disconnected" in line


# -- 6. slow and idle connections ------------------------------------------------------------


@pytest.fixture
def impatient() -> Iterator[LocalServer]:
    with LocalServer(idle_timeout=0.3, header_timeout=0.3, body_timeout=0.3) as server:
        yield server


def _read_until_closed(sock: socket.socket) -> bytes:
    """Everything the server sends until it closes the connection (at most PATIENCE s)."""
    sock.settimeout(PATIENCE)
    chunks = []
    while True:
        try:
            chunk = sock.recv(65536)
        except TimeoutError:
            pytest.fail("the server kept the connection open")
        except ConnectionResetError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    return b"".join(chunks)


def test_an_idle_connection_is_closed(impatient: LocalServer) -> None:
    with socket.create_connection(("127.0.0.1", impatient.port)) as sock:
        assert _read_until_closed(sock) == b""


def test_slow_headers_get_408_and_are_closed(impatient: LocalServer) -> None:
    with socket.create_connection(("127.0.0.1", impatient.port)) as sock:
        sock.sendall(b"GET /v1/tools HTTP/1.1\r\nHost: x\r\n")
        answer = _read_until_closed(sock)
    assert answer.startswith(b"HTTP/1.1 408 ")
    assert strict_json(answer.split(b"\r\n\r\n", 1)[1])["errorCode"] == "REQUEST_TIMEOUT"


def test_trickled_header_bytes_do_not_keep_a_connection_open(impatient: LocalServer) -> None:
    with socket.create_connection(("127.0.0.1", impatient.port)) as sock:
        deadline = time.monotonic() + PATIENCE
        try:
            for byte in b"GET /v1/tools HTTP/1.1\r\nX-Slow: " + b"a" * 100_000:
                sock.sendall(bytes([byte]))
                time.sleep(0.05)
                if time.monotonic() > deadline:
                    pytest.fail("the server kept reading a trickle of header bytes")
        except (BrokenPipeError, ConnectionResetError):
            return
        pytest.fail("the server read the whole trickle")  # pragma: no cover


def test_a_slow_body_gets_408_and_is_closed(impatient: LocalServer) -> None:
    auth = f"Authorization: Bearer {impatient.api_key}\r\n".encode()
    with socket.create_connection(("127.0.0.1", impatient.port)) as sock:
        sock.sendall(
            b"POST /v1/events HTTP/1.1\r\nHost: x\r\n"
            + auth
            + b"Content-Type: application/json\r\n"
            b'Content-Length: 100\r\n\r\n{"event_type"'
        )
        answer = _read_until_closed(sock)
    assert answer.startswith(b"HTTP/1.1 408 ")
    assert strict_json(answer.split(b"\r\n\r\n", 1)[1])["errorCode"] == "REQUEST_TIMEOUT"


def test_many_slow_connections_are_all_closed_and_the_server_still_answers(
    impatient: LocalServer,
) -> None:
    socks = [socket.create_connection(("127.0.0.1", impatient.port)) for _ in range(50)]
    try:
        for index, sock in enumerate(socks):
            if index % 2:
                sock.sendall(b"GET / HTTP/1.1\r\n")
        for sock in socks:
            _read_until_closed(sock)
    finally:
        for sock in socks:
            sock.close()
    auth = {"Authorization": f"Bearer {impatient.api_key}"}
    assert httpx.get(f"{impatient.url}/v1/tools", headers=auth, timeout=PATIENCE).is_success


def test_a_prompt_client_is_unaffected_by_the_timeouts(impatient: LocalServer) -> None:
    auth = {"Authorization": f"Bearer {impatient.api_key}"}
    with httpx.Client(base_url=impatient.url, headers=auth, timeout=PATIENCE) as c:
        for _ in range(3):
            assert c.post("/v1/events", json=ev()).status_code == 200


def test_timeouts_must_be_positive() -> None:
    for name in ("idle_timeout", "header_timeout", "body_timeout"):
        with pytest.raises(ValueError, match=name):
            LocalServer(**{name: 0})


# -- 7. the database file ------------------------------------------------------------------


def _cli(*args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    env.pop("HH_LOCAL_API_KEYS", None)
    return subprocess.Popen(
        [sys.executable, "-m", "honeyhive.local", "serve", "--port", "0", *args],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
        env=env,
    )


@pytest.mark.parametrize("kind", ["missing-directory", "not-a-database", "a-directory"])
def test_a_bad_db_argument_is_one_line_and_status_2(tmp_path: Path, kind: str) -> None:
    if kind == "missing-directory":
        db = tmp_path / "nonexistent" / "dir" / "x.db"
    elif kind == "not-a-database":
        db = tmp_path / "notes.db"
        db.write_text("these are my notes, not a database\n" * 10)
    else:
        db = tmp_path
    process = _cli("--db", str(db))
    _, err = process.communicate(timeout=60)
    assert process.returncode == 2
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("honeyhive-local: cannot open database")


def _events_in(db: Path, tmp_path: Path) -> list[str]:
    """Event ids in a copy of ``db`` alone (no -wal, no -shm beside it)."""
    alone = tmp_path / "copy" / "alone.db"
    alone.parent.mkdir()
    shutil.copy(db, alone)
    with sqlite3.connect(alone) as conn:
        ids = [row[0] for row in conn.execute("SELECT event_id FROM events ORDER BY seq")]
    conn.close()
    return ids


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_clean_cli_stop_leaves_one_self_contained_db_file(
    tmp_path: Path, stop: signal.Signals
) -> None:
    db = tmp_path / "local.db"
    process = _cli("--db", str(db), "--quiet")
    try:
        assert process.stderr is not None
        url = None
        for line in process.stderr:
            found = re.search(r"serving (http://\S+)", line)
            if found:
                url = found.group(1)
                break
        assert url
        auth = {"Authorization": "Bearer hh-local-dev-key"}
        answer = httpx.post(f"{url}/events", json={"event": ev(event_id="kept")}, headers=auth)
        assert answer.is_success
        process.send_signal(stop)
        assert process.wait(timeout=PATIENCE) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert _events_in(db, tmp_path) == ["kept"]


def test_a_stopped_local_server_leaves_one_self_contained_db_file(tmp_path: Path) -> None:
    db = tmp_path / "local.db"
    with LocalServer(db_path=db) as server:
        auth = {"Authorization": f"Bearer {server.api_key}"}
        answer = httpx.post(
            f"{server.url}/events", json={"event": ev(event_id="kept")}, headers=auth
        )
        assert answer.is_success
    assert _events_in(db, tmp_path) == ["kept"]


# -- 3 (again). paged lists report honest totals -------------------------------------------------


def _pages(fetch: Any, size: int, items: str, total: Any) -> tuple[list[Any], set[Any]]:
    """Every page of ``size`` until an empty one: (all items, the totals each page reported)."""
    seen: list[Any] = []
    totals: set[Any] = set()
    for page in range(1, 20):
        answer = fetch(page, size)
        totals.add(total(answer))
        if not answer[items]:
            return seen, totals
        assert len(answer[items]) <= size
        seen.extend(answer[items])
    pytest.fail("pages never ended")


def test_runs_pages(client: httpx.Client) -> None:
    for index in range(5):
        assert client.post("/v1/runs", json={"name": f"run-{index}"}).is_success

    def fetch(page: int, size: int) -> Any:
        answer = client.get("/v1/runs", params={"page": page, "limit": size})
        assert answer.status_code == 200
        return answer.json()

    runs, totals = _pages(fetch, 2, "evaluations", lambda a: a["pagination"]["total"])
    assert sorted(r["name"] for r in runs) == [f"run-{i}" for i in range(5)]
    assert totals == {5}
    last = fetch(3, 2)["pagination"]
    assert (last["total_pages"], last["has_next"], last["has_prev"]) == (3, False, True)


def test_event_lists_page(client: httpx.Client) -> None:
    events = [
        ev(event_id=f"e{i}", project="paged", start_time=1_700_000_000_000 + i) for i in range(7)
    ]
    assert client.post("/events/batch", json={"events": events}).is_success
    everyone = {f"e{i}" for i in range(7)}

    def listed(page: int, size: int) -> Any:
        return client.get(
            "/events", params={"project": "paged", "page": page, "limit": size}
        ).json()

    def searched(page: int, size: int) -> Any:
        body = {"filters": [{"field": "project", "operator": "is", "value": "paged"}]}
        return client.post("/v1/events/search", json={**body, "page": page, "limit": size}).json()

    def exported(page: int, size: int) -> Any:
        body = {"project": "paged", "filters": [], "page": page, "limit": size}
        return client.post("/v1/events/export", json=body).json()

    for fetch, total in ((listed, "totalEvents"), (searched, "count"), (exported, "count")):
        found, totals = _pages(fetch, 3, "events", lambda a, t=total: a[t])
        ids = [e["event_id"] for e in found]
        assert len(ids) == len(set(ids)) and set(ids) == everyone, fetch.__name__
        assert totals == {7}, fetch.__name__


def test_compare_events_pages(client: httpx.Client) -> None:
    runs = [client.post("/v1/runs", json={"name": n}).json()["run_id"] for n in ("new", "old")]
    for run_id in runs:
        for index in range(5):
            sid = str(uuid.uuid4())
            metadata = {"run_id": run_id, "datapoint_id": f"dp{index}"}
            session = {"session": {"session_id": sid, "metadata": metadata}}
            assert client.post("/session/start", json=session).is_success
            event = ev(event_type="model", event_name="answer", session_id=sid)
            assert client.post("/events", json={"event": event}).is_success
    new, old = runs

    def modern(page: int, size: int) -> Any:
        params = {"page": page, "limit": size, "event_type": "model"}
        return client.get(f"/v1/runs/{new}/compare/{old}/events", params=params).json()

    def legacy(page: int, size: int) -> Any:
        params = {
            "run_id_1": new,
            "run_id_2": old,
            "page": page,
            "limit": size,
            "event_type": "model",
        }
        return client.get("/v1/runs/compare/events", params=params).json()

    for fetch in (modern, legacy):
        pairs, totals = _pages(fetch, 2, "events", lambda a: a["totalEvents"])
        assert sorted(p["datapoint_id"] for p in pairs) == [f"dp{i}" for i in range(5)]
        assert totals == {5}
