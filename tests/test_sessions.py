"""client.sessions over a real socket: start (client-chosen ids), get as a tree, add events,
delete. Requests pass through a recording app in front of the local server, so tests check
the method, path and body each method sends."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from _sockets import run_asgi
from honeyhive_api.models import PostSessionStartResponse, SessionTracesResponse, SessionTreeNode
from test_events import Wire

from honeyhive import HoneyHive, NotFoundError
from honeyhive.local import LocalServer
from honeyhive.models import StartSessionRequest


@pytest.fixture
def wire(local_server: LocalServer) -> Iterator[Wire]:
    recorder = Wire(local_server.app)
    with run_asgi(recorder) as url:
        recorder.url = url
        yield recorder


@pytest.fixture
def client(wire: Wire, local_server: LocalServer) -> Iterator[HoneyHive]:
    with HoneyHive(api_key=local_server.api_key, base_url=wire.url) as hh:
        yield hh


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


async def call(client: HoneyHive, mode: str, name: str, *args: Any) -> Any:
    """``client.sessions.<name>`` or its ``_async`` twin, per mode."""
    if mode == "sync":
        return getattr(client.sessions, name)(*args)
    return await getattr(client.sessions, f"{name}_async")(*args)


def sent(server: LocalServer, route: str = "/*") -> int:
    assert server.faults is not None
    return server.faults.count(route)


# ------------------------------------------------------------------ start
async def test_start_sends_the_doc_payload_wrapped_with_a_fresh_uuid(
    client: HoneyHive, wire: Wire, mode: str
) -> None:
    data = {
        "session_name": "user-onboarding-flow",
        "project": "my-project",
        "source": "production",
        "inputs": {"user_id": "u123"},
    }
    response = await call(client, mode, "start", data)
    assert isinstance(response, PostSessionStartResponse)
    assert uuid.UUID(response.session_id).version == 4
    assert [(s.route, s.body) for s in wire.sent] == [
        ("POST /session/start", {"session": {**data, "session_id": response.session_id}})
    ]
    assert "session_id" not in data
    root = client.sessions.get(response.session_id)
    assert (root.event_name, root.source, root.inputs) == (
        "user-onboarding-flow",
        "production",
        {"user_id": "u123"},
    )


@pytest.mark.parametrize("form", ["model", "dict"])
def test_start_accepts_the_official_sdks_session_wrapper(
    client: HoneyHive, wire: Wire, form: str
) -> None:
    inner = {"session_name": "wrapped", "metadata": {"k": 1}}
    request = StartSessionRequest(session=inner) if form == "model" else {"session": inner}
    response = client.sessions.start(request)
    assert wire.sent[0].body == {"session": {**inner, "session_id": response.session_id}}
    assert client.sessions.get(response.session_id).metadata == {"k": 1}


def test_start_never_touches_the_callers_request(client: HoneyHive) -> None:
    request = StartSessionRequest(session={"project": "p", "session_name": "reused"})
    first = client.sessions.start(request)
    second = client.sessions.start(request)
    assert first.session_id != second.session_id
    # The same request object started two sessions: it must still carry no id.
    assert "session_id" not in request.to_dict()["session"]
    assert client.sessions.get(first.session_id).event_name == "reused"
    assert client.sessions.get(second.session_id).event_name == "reused"


def test_start_keeps_a_client_chosen_session_id(client: HoneyHive) -> None:
    response = client.sessions.start({"session_id": "my-session-1", "session_name": "chosen"})
    assert response.session_id == "my-session-1"
    assert client.sessions.create_session({"session_id": "my-session-1"}).session_id == (
        "my-session-1"
    )


# ------------------------------------------------------------------ get
async def test_get_nests_the_sessions_events_by_parent_id(
    client: HoneyHive, wire: Wire, mode: str
) -> None:
    sid = (
        await client.sessions.start_async({"session_name": "tree", "inputs": {"q": 1}})
    ).session_id
    step = await client.events.create_async(
        {"session_id": sid, "event_type": "chain", "event_name": "step", "inputs": {}}
    )
    for name, parent in (("inner", step.event_id), ("orphan", str(uuid.uuid4()))):
        client.events.create(
            {
                "session_id": sid,
                "event_type": "tool",
                "event_name": name,
                "inputs": {},
                "parent_id": parent,
                "start_time": 1_000,
            }
        )
    wire.clear()
    root = await call(client, mode, "get_session", sid)
    assert isinstance(root, SessionTreeNode)
    assert (root.event_name, root.inputs, root.event_id) == ("tree", {"q": 1}, sid)
    # An event whose parent is not in the session hangs under the root.
    assert sorted(child.event_name for child in root.children) == ["orphan", "step"]
    [step_node] = [c for c in root.children if c.event_name == "step"]
    assert [c.event_name for c in step_node.children] == ["inner"]
    assert {s.route for s in wire.sent} == {"POST /v1/events/search"}
    assert wire.sent[0].body["filters"] == [
        {"field": "session_id", "operator": "is", "value": sid, "type": "string"}
    ]


async def test_get_of_an_unknown_session_raises_not_found(client: HoneyHive, mode: str) -> None:
    with pytest.raises(NotFoundError, match="no session"):
        await call(client, mode, "get", str(uuid.uuid4()))
    # Events that name a session no one started do not make a session.
    sid = str(uuid.uuid4())
    client.events.create({"session_id": sid, "event_type": "tool", "inputs": {}})
    with pytest.raises(NotFoundError, match="1 events carry its id"):
        await call(client, mode, "get", sid)


# ------------------------------------------------------------------ create_event_batch
async def test_create_event_batch_adds_events_to_the_session(
    client: HoneyHive, wire: Wire, mode: str
) -> None:
    sid = client.sessions.start({"session_name": "batched"}).session_id
    events = [
        {"event_type": "tool", "event_name": f"b{i}", "inputs": {"i": i}, "session_id": sid}
        for i in range(3)
    ]
    wire.clear()
    response = await call(client, mode, "create_event_batch", sid, events)
    assert isinstance(response, SessionTracesResponse)
    assert response.success is True
    [request] = wire.sent
    assert request.route == f"POST /v1/sessions/{sid}/events/batch"
    assert [e["event_name"] for e in request.body["events"]] == ["b0", "b1", "b2"]
    assert all(uuid.UUID(e["event_id"]).version == 4 for e in request.body["events"])
    assert all("event_id" not in e for e in events)
    names = [e.event_name for e in client.events.get_by_session_id(sid).events]
    assert sorted(names) == ["b0", "b1", "b2", "batched"]


def test_add_events_is_create_event_batch_and_takes_the_request_form(
    client: HoneyHive, wire: Wire
) -> None:
    sid = client.sessions.start({"session_name": "alias"}).session_id
    wire.clear()
    body = {"events": [{"event_type": "chain", "inputs": {}, "session_id": sid}]}
    assert client.sessions.add_events(sid, body).success is True
    assert wire.routes() == [f"POST /v1/sessions/{sid}/events/batch"]


@pytest.mark.parametrize(
    ("session_id", "events", "error", "words"),
    [
        (
            str(uuid.uuid4()),
            [{"event_type": "tool", "inputs": {}, "project": "p"}],
            ValueError,
            r"\[0\]: unknown field 'project'; allowed fields: .*project_id",
        ),
        (str(uuid.uuid4()), [{"event_type": "tool"}], ValueError, "'inputs'"),
        (str(uuid.uuid4()), [{"inputs": {}}], ValueError, "event_type must be one of"),
        (str(uuid.uuid4()), {"events": [], "x": 1}, ValueError, r"unknown keys \['x'\]"),
        (str(uuid.uuid4()), "events", TypeError, "a list of events"),
        ("session_abc123", [], ValueError, "session_id must be a UUID"),
    ],
)
def test_create_event_batch_refuses_what_the_closed_schema_refuses_unsent(
    client: HoneyHive,
    local_server: LocalServer,
    session_id: str,
    events: Any,
    error: type[Exception],
    words: str,
) -> None:
    with pytest.raises(error, match=words):
        client.sessions.create_event_batch(session_id, events)
    assert sent(local_server) == 0


# ------------------------------------------------------------------ delete / arguments
async def test_delete_removes_the_session(client: HoneyHive, wire: Wire, mode: str) -> None:
    sid = client.sessions.create_session({"session_name": "gone"}).session_id
    wire.clear()
    assert (await call(client, mode, "delete", sid)).success is True
    assert wire.routes() == [f"DELETE /v1/sessions/{sid}"]
    with pytest.raises(NotFoundError):
        client.sessions.get(sid)


def test_bad_arguments_are_refused_before_sending(
    client: HoneyHive, local_server: LocalServer
) -> None:
    with pytest.raises(TypeError, match=r"sessions\.start"):
        client.sessions.start(["not", "a", "dict"])
    with pytest.raises(TypeError, match="session_name must be a string"):
        client.sessions.start({"session_name": 5})
    with pytest.raises(ValueError, match=r"unknown keys \['x'\] next to 'session'"):
        client.sessions.start({"session": {"session_name": "s"}, "x": 1})
    with pytest.raises(TypeError, match="session_id"):
        client.sessions.get(42)  # type: ignore[arg-type]
    assert sent(local_server) == 0


def test_test_mode_sessions_work_in_process() -> None:
    with HoneyHive(test_mode=True) as hh:
        sid = hh.sessions.start({"session_name": "offline"}).session_id
        hh.sessions.create_event_batch(sid, [{"event_type": "tool", "inputs": {}}])
        root = hh.sessions.get(sid)
        assert (root.event_name, len(root.children)) == ("offline", 1)
