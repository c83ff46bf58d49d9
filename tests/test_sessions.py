"""client.sessions over a real socket: start (client-chosen ids), get as a tree, delete."""

from __future__ import annotations

import pytest
from honeyhive_api.models import SessionStartRequest

from honeyhive import HoneyHive, NotFoundError
from honeyhive.local import LocalServer


@pytest.fixture
def client(local_server: LocalServer) -> HoneyHive:
    return HoneyHive(api_key=local_server.api_key, base_url=local_server.url)


def test_start_assigns_a_uuid_without_touching_the_callers_request(client: HoneyHive) -> None:
    request = SessionStartRequest(project="p", session_name="reused")
    first = client.sessions.start(request)
    second = client.sessions.start(request)
    assert first.session_id != second.session_id
    assert len(first.session_id) == 36
    # The same request object started two sessions: it must still carry no id.
    assert not isinstance(request.session_id, str)
    assert client.sessions.get(first.session_id).event_name == "reused"
    assert client.sessions.get(second.session_id).event_name == "reused"


def test_start_keeps_a_client_chosen_session_id(client: HoneyHive) -> None:
    response = client.sessions.start({"session_id": "my-session-1", "session_name": "chosen"})
    assert response.session_id == "my-session-1"


async def test_get_returns_the_session_tree_with_its_events(client: HoneyHive) -> None:
    sid = (
        await client.sessions.start_async({"session_name": "tree", "inputs": {"q": 1}})
    ).session_id
    await client.events.create_async(
        {"session_id": sid, "event_type": "tool", "event_name": "step", "inputs": {}}
    )
    root = await client.sessions.get_session_async(sid)
    assert (root.event_name, root.inputs) == ("tree", {"q": 1})
    assert [child.event_name for child in root.children] == ["step"]


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_delete_removes_the_session(client: HoneyHive, mode: str) -> None:
    sid = client.sessions.create_session({"session_name": "gone"}).session_id
    if mode == "sync":
        assert client.sessions.delete(sid).success is True
    else:
        assert (await client.sessions.delete_async(sid)).success is True
    with pytest.raises(NotFoundError):
        client.sessions.get(sid)


def test_bad_arguments_are_refused_before_sending(client: HoneyHive) -> None:
    with pytest.raises(TypeError, match=r"sessions\.start"):
        client.sessions.start(["not", "a", "dict"])  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="session_id"):
        client.sessions.get(42)  # type: ignore[arg-type]
