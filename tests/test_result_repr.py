"""Results print well: an absent field reads ``UNSET`` (never ``<...Unset object at 0x...>``),
a model's repr leaves absent fields out, and ``Unset``/``UNSET`` come from ``honeyhive.models``."""

from __future__ import annotations

import copy
import pickle
import re
from collections.abc import Iterator

import pytest
from honeyhive_api import types as generated_types

from honeyhive import HoneyHive
from honeyhive.local import LocalServer
from honeyhive.models import UNSET, Event, PostEventRequest, PostSessionStartResponse, Unset

ADDRESS = re.compile(r"object at 0x[0-9a-f]+")


@pytest.fixture
def client(local_server: LocalServer) -> Iterator[HoneyHive]:
    with HoneyHive(api_key=local_server.api_key, base_url=local_server.url) as hh:
        yield hh


def test_unset_reads_unset_and_is_the_generated_one() -> None:
    assert (str(UNSET), repr(UNSET), f"{UNSET}") == ("UNSET", "UNSET", "UNSET")
    assert UNSET is generated_types.UNSET and Unset is generated_types.Unset
    assert isinstance(UNSET, Unset) and not UNSET


def test_copies_and_pickles_of_unset_are_unset() -> None:
    # Generated code tests `is not UNSET`: a second Unset would be sent as a value.
    assert copy.copy(UNSET) is UNSET and copy.deepcopy(UNSET) is UNSET
    assert pickle.loads(pickle.dumps(UNSET)) is UNSET
    event = Event.from_dict({"event_name": "e", "inputs": {"q": 1}})
    assert copy.deepcopy(event).to_dict() == {"event_name": "e", "inputs": {"q": 1}}
    assert pickle.loads(pickle.dumps(event)).to_dict() == event.to_dict()


def test_the_reference_docs_print_of_an_absent_field(capsys: pytest.CaptureFixture[str]) -> None:
    event = Event.from_dict({"event_type": "session", "inputs": {}})
    print(f"Session name: {event.event_name}")
    assert capsys.readouterr().out == "Session name: UNSET\n"


def test_a_models_repr_shows_only_the_fields_that_are_set() -> None:
    event = Event.from_dict({"event_name": "e", "duration": 1.5, "owner": "ana"})
    assert (
        repr(event)
        == "LegacyEvent(event_name='e', duration=1.5, additional_properties={'owner': 'ana'})"
    )
    assert str(Event.from_dict({})) == "LegacyEvent()"
    # Explicit nulls are values, not absences: they stay.
    assert repr(Event.from_dict({"error": None})) == "LegacyEvent(error=None)"
    # Classes of honeyhive.models print under their own names.
    flat = PostEventRequest(event_type="tool", inputs={"q": 1})
    assert repr(flat) == "PostEventRequest(event_type='tool', inputs={'q': 1})"


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_real_answer_prints_without_unset_objects(client: HoneyHive, mode: str) -> None:
    data = {"session_name": "repr", "project": "p", "source": "prod"}
    if mode == "sync":
        started = client.sessions.start(data)
    else:
        started = await client.sessions.start_async(data)
    assert isinstance(started, PostSessionStartResponse)
    shown = [repr(started), str(started), f"{started}", f"parent: {started.parent_id}"]
    assert not any(ADDRESS.search(text) or "Unset" in text for text in shown), shown
    assert started.parent_id is UNSET and "parent_id" not in repr(started)
    assert shown[-1] == "parent: UNSET"
    assert f"session_id={started.session_id!r}" in repr(started)

    tree = client.sessions.get(started.session_id)
    print_line = f"Session name: {tree.event_name}"
    assert print_line == "Session name: repr"
    assert not ADDRESS.search(repr(tree))


def test_lists_of_models_print_their_items_the_same_way(client: HoneyHive) -> None:
    sid = client.sessions.start({"session_name": "s", "project": "p"}).session_id
    client.events.create({"project": "p", "session_id": sid, "event_type": "tool", "inputs": {}})
    page = client.events.get_by_session_id(sid)
    shown = repr(page)
    assert page.events and not ADDRESS.search(shown) and "Unset" not in shown
