"""The local server as a process and a socket: keys, persistence, the CLI, concurrent
writers, fault injection, request logging, and what importing the package costs.
"""

from __future__ import annotations

import ast
import json
import logging
import os
import re
import signal
import subprocess
import sys
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from honeyhive.local import DEV_API_KEY, LocalAPI, LocalServer
from honeyhive.local.faults import Fault
from honeyhive.local.spec import load_spec

SPEC = load_spec()
LOCAL_PACKAGE = Path(__file__).resolve().parents[1] / "honeyhive" / "local"


def ev(**fields: object) -> dict[str, object]:
    return {"event_type": "tool", "inputs": {}, **fields}


# -- API keys -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer wrong-key"},
        {"Authorization": f"Basic {DEV_API_KEY}"},
        {"Authorization": "Bearer"},
    ],
    ids=["missing", "unknown", "not-bearer", "empty"],
)
def test_requests_without_a_known_key_get_401(server_url: str, headers: dict[str, str]) -> None:
    response = httpx.get(f"{server_url}/v1/projects", headers=headers)
    assert response.status_code == 401
    assert response.json()["errorCode"] == "UNAUTHORIZED"
    assert "Bearer" in response.json()["message"]
    assert response.headers["www-authenticate"] == "Bearer"
    errors = SPEC.response_errors(
        "GET", "/v1/projects", 401, dict(response.headers), response.content
    )
    assert not errors


def test_dev_key_is_accepted_by_default(server_url: str, api_key: str) -> None:
    assert api_key == DEV_API_KEY
    response = httpx.get(
        f"{server_url}/v1/projects", headers={"Authorization": f"Bearer {api_key}"}
    )
    assert response.status_code == 200


def test_configured_keys_replace_the_dev_key() -> None:
    with LocalServer(api_keys=["k1", "k2"]) as server:
        for key, status in (("k1", 200), ("k2", 200), (DEV_API_KEY, 401)):
            response = httpx.get(
                f"{server.url}/v1/tools", headers={"Authorization": f"Bearer {key}"}
            )
            assert response.status_code == status


def test_keys_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HH_LOCAL_API_KEYS", " env-a , env-b,")
    with LocalAPI() as api:
        assert api.api_keys == {"env-a", "env-b"} and not api.uses_dev_key
        assert api.handle("GET", "/v1/tools", "", {"Authorization": "Bearer env-b"}).status == 200
        assert (
            api.handle("GET", "/v1/tools", "", {"Authorization": f"Bearer {DEV_API_KEY}"}).status
            == 401
        )


def test_accept_any_key_needs_no_header() -> None:
    with LocalAPI(accept_any_key=True) as api:
        assert api.handle("GET", "/v1/tools").status == 200
        assert (
            api.handle("GET", "/v1/tools", "", {"Authorization": "Bearer whatever"}).status == 200
        )


# -- persistence --------------------------------------------------------------------------


def test_restart_with_the_same_db_keeps_the_data(tmp_path: Path) -> None:
    db = tmp_path / "local.db"
    with LocalServer(db_path=db) as server:
        auth = {"Authorization": f"Bearer {server.api_key}"}
        with httpx.Client(base_url=server.url, headers=auth) as client:
            client.post("/session/start", json={"session": {"session_id": "s1"}})
            client.post("/events", json={"event": ev(session_id="s1", event_id="e1")})
            client.post("/v1/projects", json={"name": "kept"})
            client.post("/v1/datasets", json={"name": "ds"})
    with LocalServer(db_path=db) as server:
        auth = {"Authorization": f"Bearer {server.api_key}"}
        with httpx.Client(base_url=server.url, headers=auth) as client:
            tree = client.get("/v1/sessions/s1").json()
            assert [c["event_id"] for c in tree["children"]] == ["e1"]
            assert [p["name"] for p in client.get("/v1/projects").json()] == ["kept"]
            assert client.get("/v1/datasets").json()["datasets"][0]["name"] == "ds"
            # The same event id after a restart is still one event.
            client.post("/events", json={"event": ev(session_id="s1", event_id="e1")})
            assert client.get("/events").json()["totalEvents"] == 2


# -- the command line ---------------------------------------------------------------------


@contextmanager
def cli_server(*args: str) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    """``python -m honeyhive.local serve --port 0 ARGS``; yields (base URL, process)."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    env.pop("HH_LOCAL_API_KEYS", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "honeyhive.local", "serve", "--port", "0", *args],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    try:
        assert process.stderr is not None
        url = None
        for line in process.stderr:
            found = re.search(r"serving (http://\S+)", line)
            if found:
                url = found.group(1)
                break
        assert url, "the server did not report its address"
        yield url, process
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def test_cli_serves_logs_requests_and_stops_on_ctrl_c(tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    with cli_server("--db", str(db), "--api-key", "cli-key", "--max-body-bytes", "4096") as (
        url,
        process,
    ):
        auth = {"Authorization": "Bearer cli-key"}
        assert httpx.post(
            f"{url}/events", json={"event": ev(event_id="c1")}, headers=auth
        ).is_success
        too_big = httpx.post(f"{url}/v1/projects", json={"name": "x" * 5000}, headers=auth)
        assert too_big.status_code == 413
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=10) == 0
        assert process.stderr is not None
        rest = process.stderr.read()
    assert "POST /events 200" in rest and "POST /v1/projects 413" in rest
    assert "stopped" in rest
    with cli_server("--db", str(db), "--api-key", "cli-key") as (url, _):
        listed = httpx.get(f"{url}/events", headers={"Authorization": "Bearer cli-key"}).json()
        assert [e["event_id"] for e in listed["events"]] == ["c1"]


def test_cli_prints_the_dev_key_and_admin_endpoint() -> None:
    with cli_server("--admin") as (url, process):
        assert process.stderr is not None
        lines = [process.stderr.readline() for _ in range(3)]
        assert any(DEV_API_KEY in line for line in lines), lines
        scripted = httpx.post(
            f"{url}/_admin/faults",
            json={"route": "GET /v1/tools", "faults": [{"kind": "status", "status": 503}]},
        )
        assert scripted.status_code == 201
        auth = {"Authorization": f"Bearer {DEV_API_KEY}"}
        assert httpx.get(f"{url}/v1/tools", headers=auth).status_code == 503
        assert httpx.get(f"{url}/v1/tools", headers=auth).status_code == 200


def test_cli_help() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "honeyhive.local", "serve", "--help"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert done.returncode == 0
    for flag in ("--host", "--port", "--db", "--api-key", "--admin", "--max-body-bytes"):
        assert flag in done.stdout


# -- many writers at once ------------------------------------------------------------------


def test_eight_writers_lose_nothing(local_server: LocalServer) -> None:
    threads, per_thread = 8, 500
    auth = {"Authorization": f"Bearer {local_server.api_key}"}
    sent: list[list[str]] = [[] for _ in range(threads)]
    failures: list[str] = []

    def write(index: int) -> None:
        with httpx.Client(base_url=local_server.url, headers=auth) as client:
            for n in range(per_thread):
                event_id = str(uuid.uuid4())
                body = {
                    "event": ev(event_id=event_id, project="load", metadata={"w": index, "n": n})
                }
                response = client.post("/events", json=body)
                if response.status_code != 200:
                    failures.append(response.text)
                sent[index].append(event_id)

    workers = [threading.Thread(target=write, args=(i,)) for i in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert not failures
    listed: list[str] = []
    with httpx.Client(base_url=local_server.url, headers=auth) as client:
        page = 1
        while True:
            answer = client.get("/events", params={"project": "load", "limit": 1000, "page": page})
            events = answer.json()["events"]
            if not events:
                break
            assert answer.json()["totalEvents"] == threads * per_thread
            listed += [e["event_id"] for e in events]
            page += 1
    expected = [event_id for ids in sent for event_id in ids]
    assert len(listed) == len(expected) == threads * per_thread
    assert sorted(listed) == sorted(expected)  # each exactly once


# -- fault injection and request log --------------------------------------------------------


def test_scripted_faults_reach_clients(local_server: LocalServer) -> None:
    faults = local_server.faults
    assert faults is not None
    faults.script("POST /events", [Fault.rate_limited(2), Fault.respond(503)])
    auth = {"Authorization": f"Bearer {local_server.api_key}"}
    with httpx.Client(base_url=local_server.url, headers=auth) as client:
        limited = client.post("/events", json={"event": ev(event_id="f1")})
        assert limited.status_code == 429 and limited.headers["retry-after"] == "2"
        assert client.post("/events", json={"event": ev(event_id="f1")}).status_code == 503
        assert client.post("/events", json={"event": ev(event_id="f1")}).status_code == 200
        assert client.get("/events").json()["totalEvents"] == 1
    assert faults.count("POST /events") == 3


def test_faults_off_means_no_injector() -> None:
    with LocalServer(faults=False) as server:
        assert server.faults is None


def test_request_log_has_one_line_per_request(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="honeyhive.local.access")
    with LocalServer(log_requests=True) as server:
        auth = {"Authorization": f"Bearer {server.api_key}"}
        httpx.get(f"{server.url}/v1/tools", headers=auth)
        httpx.get(f"{server.url}/v1/tools?x=1")
    lines = [r.getMessage() for r in caplog.records if r.name == "honeyhive.local.access"]
    assert len(lines) == 2
    assert lines[0].startswith("GET /v1/tools 200 ") and lines[1].startswith(
        "GET /v1/tools?x=1 401"
    )


# -- packaging promises -------------------------------------------------------------------


def test_importing_the_package_is_cheap() -> None:
    code = (
        "import sys, honeyhive.local as hl; "
        "heavy = [m for m in ('starlette', 'uvicorn', 'openapi_core', 'yaml', 'jsonschema') "
        "if m in sys.modules]; print(json.dumps(heavy))"
    )
    done = subprocess.run(
        [sys.executable, "-c", f"import json; {code}"], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == []


def test_local_package_imports_nothing_from_the_facade() -> None:
    for path in LOCAL_PACKAGE.glob("*.py"):
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                module = node.module or ""
                assert node.level <= 1, f"{path.name} imports from outside honeyhive.local"
                assert (
                    node.level == 1
                    or not module.startswith("honeyhive")
                    or module.startswith("honeyhive.local")
                ), f"{path.name} imports {module}"
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    name = alias.name
                    ok = not name.startswith("honeyhive") or name.startswith("honeyhive.local")
                    assert ok, f"{path.name} imports {name}"


def test_scripted_drops_leave_no_traceback_in_the_server_log(
    local_server: LocalServer, caplog: pytest.LogCaptureFixture
) -> None:
    assert local_server.faults is not None
    local_server.faults.script("POST /events", [Fault.drop(), Fault.respond(500)])
    headers = {"Authorization": f"Bearer {local_server.api_key}"}
    body = {"event": {"event_type": "tool", "inputs": {}}}
    with caplog.at_level(logging.ERROR, logger="uvicorn.error"):
        with pytest.raises(httpx.RemoteProtocolError):
            httpx.post(f"{local_server.url}/events", json=body, headers=headers)
        # The filter hides a log record and changes nothing else: the script goes on.
        assert (
            httpx.post(f"{local_server.url}/events", json=body, headers=headers).status_code == 500
        )
    assert "Exception in ASGI application" not in caplog.text
