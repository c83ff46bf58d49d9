"""API keys made through the API: ingestion keys write sessions and events only, fine-grained
keys do what their permissions allow in their project, expired keys are refused, and the
server's own keys (and test mode) keep full access.
"""

from __future__ import annotations

import logging
import re
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from honeyhive.local import LocalAPI, LocalServer
from honeyhive.local.auth import AREAS, area_of
from honeyhive.local.spec import load_spec

SPEC = load_spec()
KEY_SHAPE = r"[A-Za-z0-9]{24}_[A-Za-z0-9_-]{64}"
PROJECT = "0123456789abcdef01234567"


def ev(**fields: Any) -> dict[str, Any]:
    return {"event_type": "tool", "inputs": {}, **fields}


@pytest.fixture
def admin(local_server: LocalServer) -> Iterator[httpx.Client]:
    """A client with the server's own key."""
    with httpx.Client(
        base_url=local_server.url, headers={"Authorization": f"Bearer {local_server.api_key}"}
    ) as client:
        yield client


def ingestion_key(admin: httpx.Client, project_id: str = PROJECT) -> dict[str, Any]:
    answer = admin.post(
        f"/v1/projects/{project_id}/ingestion_api_keys",
        json={"name": "tracer", "description": "for the tracer"},
    )
    assert answer.status_code == 200, answer.text
    data: dict[str, Any] = answer.json()["data"]
    return data


def fine_key(
    admin: httpx.Client,
    permissions: list[str],
    expires_at: str = "2999-01-01T00:00:00Z",
    project_id: str = PROJECT,
) -> dict[str, Any]:
    answer = admin.post(
        f"/v1/projects/{project_id}/fine_grained_api_keys",
        json={"name": "dash", "permissions": permissions, "expires_at": expires_at},
    )
    assert answer.status_code == 200, answer.text
    data: dict[str, Any] = answer.json()["data"]
    return data


def as_key(server: LocalServer, key: str) -> httpx.Client:
    return httpx.Client(base_url=server.url, headers={"Authorization": f"Bearer {key}"})


def test_created_keys_have_the_service_shape(admin: httpx.Client) -> None:
    first, second = ingestion_key(admin), ingestion_key(admin)
    assert re.fullmatch(f"hh_ingst_{KEY_SHAPE}", first["key_value"])
    assert first["key_value"][len("hh_ingst_") :].startswith(first["key_id"])
    assert first["key_value"] != second["key_value"] and first["key_id"] != second["key_id"]
    assert (first["root_scope_type"], first["root_scope_id"]) == ("project", PROJECT)
    assert (first["name"], first["description"]) == ("tracer", "for the tracer")
    fine = fine_key(admin, ["charts:read"])
    assert re.fullmatch(f"hh_fgdp_{KEY_SHAPE}", fine["key_value"])
    assert fine["permissions"] == ["charts:read"]
    assert fine["expires_at"] == "2999-01-01T00:00:00Z"


def test_an_ingestion_key_writes_sessions_and_events_only(
    local_server: LocalServer, admin: httpx.Client
) -> None:
    key = ingestion_key(admin)["key_value"]
    with as_key(local_server, key) as client:
        session = client.post("/v1/sessions", json={"session_name": "traced"})
        assert session.status_code == 200 and session.json()["project_id"] == PROJECT
        sid = session.json()["session_id"]
        legacy = client.post("/session/start", json={"session": {"session_name": "old"}})
        assert legacy.status_code == 200
        eid = str(uuid.uuid4())
        writes = [
            client.post("/v1/events", json=ev(event_id=eid, session_id=sid)),
            client.put(f"/v1/events/{eid}", json={"metadata": {"a": 1}}),
            client.post("/events", json={"event": ev(event_id="e2", session_id=sid)}),
            client.put("/events", json={"event_id": "e2", "metadata": {"b": 2}}),
            client.post("/v1/events/batch", json={"events": [ev()]}),
            client.post("/events/batch", json={"events": [ev()]}),
            client.post("/events/model", json={"model_event": {"model": "m"}}),
            client.post("/events/model/batch", json={"model_events": [{"model": "m"}]}),
            client.post(f"/v1/sessions/{sid}/events/batch", json={"events": [ev()]}),
            client.post(f"/session/{sid}/traces", json={"events": [ev()]}),
        ]
        assert [w.status_code for w in writes] == [200] * len(writes), [w.text for w in writes]
        refused = [
            client.post("/v1/events/search", json={}),
            client.get("/events"),
            client.get(f"/v1/events/{eid}"),
            client.get("/v1/metrics"),
            client.get(f"/v1/projects/{PROJECT}/charts"),
            client.post(f"/v1/projects/{PROJECT}/ingestion_api_keys", json={"name": "more"}),
        ]
        for answer in refused:
            assert answer.status_code == 403, answer.text
            assert answer.json()["errorCode"] == "FORBIDDEN"
            assert key not in answer.text
    # What it wrote belongs to its project.
    stored = admin.get(f"/v1/events/{eid}").json()["event"]
    assert stored["project_id"] == PROJECT and stored["metadata"] == {"a": 1}


def test_a_fine_grained_key_does_what_its_permissions_allow(
    local_server: LocalServer, admin: httpx.Client
) -> None:
    key = fine_key(admin, ["charts:read", "events:write", "metrics:*"])["key_value"]
    chart = admin.post(f"/v1/projects/{PROJECT}/charts", json={"name": "c", "metric": "duration"})
    assert chart.status_code == 200
    with as_key(local_server, key) as client:
        assert client.get(f"/v1/projects/{PROJECT}/charts").json()["data"][0]["name"] == "c"
        other = client.get("/v1/projects/ffffffffffffffffffffffff/charts")
        assert other.status_code == 403 and other.json()["details"][0]["field"] == "project_id"
        no_write = client.post(
            f"/v1/projects/{PROJECT}/charts", json={"name": "d", "metric": "duration"}
        )
        assert no_write.status_code == 403 and "charts:write" in no_write.json()["message"]
        assert client.post("/v1/events", json=ev()).status_code == 200
        search = client.post("/v1/events/search", json={})
        assert search.status_code == 403 and "events:read" in search.json()["message"]
        created = client.post("/v1/metrics", json={"name": "m", "type": "HUMAN", "criteria": "x"})
        assert created.status_code == 200
        assert client.get("/v1/metrics").status_code == 200
        assert client.get("/v1/datasets").status_code == 403

    everything = fine_key(admin, ["*"])["key_value"]
    with as_key(local_server, everything) as client:
        assert client.post("/v1/events/search", json={}).status_code == 200
        assert client.get(f"/v1/projects/{PROJECT}/charts").status_code == 200
        assert client.get("/v1/projects/ffffffffffffffffffffffff/charts").status_code == 403
        minted = client.post(f"/v1/projects/{PROJECT}/ingestion_api_keys", json={"name": "x"})
        assert minted.status_code == 200


def test_expired_and_unknown_keys_are_401(local_server: LocalServer, admin: httpx.Client) -> None:
    expired = fine_key(admin, ["*"], expires_at="2020-01-01T00:00:00Z")["key_value"]
    with as_key(local_server, expired) as client:
        answer = client.get("/v1/metrics")
        assert answer.status_code == 401
        assert answer.json()["errorCode"] == "API_KEY_EXPIRED"
        assert expired not in answer.text
    forged = "hh_ingst_" + "a" * 24 + "_" + "b" * 64
    with as_key(local_server, forged) as client:
        answer = client.post("/v1/events", json=ev())
        assert answer.status_code == 401 and answer.json()["errorCode"] == "UNAUTHORIZED"
        assert forged not in answer.text


@pytest.mark.parametrize(
    ("body", "field"),
    [
        (
            {
                "name": "k",
                "permissions": ["charts:read", "charts:delete"],
                "expires_at": "2030-01-01",
            },
            "permissions[1]",
        ),
        (
            {"name": "k", "permissions": ["nothing:read"], "expires_at": "2030-01-01"},
            "permissions[0]",
        ),
        ({"name": "k", "permissions": ["*"], "expires_at": "next year"}, "expires_at"),
        ({"name": "k", "permissions": ["*"], "expires_at": "1893456000000"}, "expires_at"),
        ({"name": "k", "permissions": ["*"]}, "expires_at"),
    ],
)
def test_bad_fine_grained_keys_are_400(
    admin: httpx.Client, body: dict[str, Any], field: str
) -> None:
    answer = admin.post(f"/v1/projects/{PROJECT}/fine_grained_api_keys", json=body)
    assert answer.status_code == 400, answer.text
    assert field in [d["field"] for d in answer.json()["details"]]


def test_keys_survive_a_restart(tmp_path: Path) -> None:
    db = tmp_path / "keys.db"
    with LocalServer(db_path=db) as server, as_key(server, server.api_key) as admin:
        key = ingestion_key(admin)["key_value"]
    with LocalServer(db_path=db) as server, as_key(server, key) as client:
        assert client.post("/v1/events", json=ev()).status_code == 200
        assert client.get("/v1/metrics").status_code == 403


def test_reset_forgets_created_keys(admin: httpx.Client, local_server: LocalServer) -> None:
    key = ingestion_key(admin)["key_value"]
    with as_key(local_server, key) as client:
        assert client.post("/v1/events", json=ev()).status_code == 200
        local_server.api.reset()
        assert client.post("/v1/events", json=ev()).status_code == 401


def test_server_keys_and_test_mode_keep_full_access(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    with LocalAPI(accept_any_key=True) as api:
        made = api.handle(
            "POST", f"/v1/projects/{PROJECT}/ingestion_api_keys", "", {}, b'{"name": "k"}'
        )
        key = made.json()["data"]["key_value"]
        auth = {"authorization": f"Bearer {key}"}
        # Test mode refuses nothing, and a known key still brings its project.
        assert api.handle("GET", "/v1/metrics", "", auth).status == 200
        session = api.handle("POST", "/v1/sessions", "", auth, b"{}").json()
        assert session["project_id"] == PROJECT
        assert api.handle("GET", "/v1/metrics", "", {"authorization": "Bearer x"}).status == 200
    assert key not in caplog.text


def test_the_answers_follow_the_spec(local_server: LocalServer, admin: httpx.Client) -> None:
    key = ingestion_key(admin)["key_value"]
    with as_key(local_server, key) as client:
        refused = client.get("/v1/metrics")
    errors = SPEC.response_errors("GET", "/v1/metrics", 403, dict(refused.headers), refused.content)
    assert not errors, errors


def test_the_permission_areas_are_the_tags_of_the_spec() -> None:
    assert {area_of(op) for op in SPEC.operations.values()} == AREAS
