"""``client.events`` end to end over a real socket against the local server.

Most tests run twice, through the blocking method and through its ``_async`` twin, and check
what the server stored by reading it back. The server's request log
(``local_server.faults.requests``) shows what went over the wire, and its fault injection
makes chunks fail and connections drop.
"""

from __future__ import annotations

import asyncio
import datetime
import json
import threading
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any
from urllib.parse import parse_qs

import pytest
from honeyhive_api.models import (
    CreateEventBatchRequest,
    Event,
    Filter,
    GetEventsResponse,
    PostEventBatchResponse,
    PostEventRequest,
    UpdateEventRequest,
)

from honeyhive import (
    BadRequestError,
    BatchError,
    HoneyHive,
    HoneyHiveError,
    NotFoundError,
    ServerError,
)
from honeyhive.local import LocalServer
from honeyhive.local.faults import Fault
from honeyhive.resources.events import BATCH_CHUNK_SIZE


class Api:
    """``await api.create(...)`` calls ``client.events.create`` or ``create_async`` per mode."""

    def __init__(self, client: HoneyHive, mode: str) -> None:
        self.client = client
        self.mode = mode

    def __getattr__(self, name: str) -> Callable[..., Awaitable[Any]]:
        events = self.client.events

        async def invoke(*args: Any, **kwargs: Any) -> Any:
            if self.mode == "sync":
                return getattr(events, name)(*args, **kwargs)
            return await getattr(events, f"{name}_async")(*args, **kwargs)

        return invoke

    async def iterate(self, query: dict[str, Any]) -> list[Event]:
        if self.mode == "sync":
            return list(self.client.events.iter(query))
        return [event async for event in self.client.events.iter_async(query)]


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
async def client(server_url: str, api_key: str) -> AsyncIterator[HoneyHive]:
    async with HoneyHive(api_key=api_key, base_url=server_url) as hh:
        yield hh


@pytest.fixture
def api(client: HoneyHive, mode: str) -> Api:
    return Api(client, mode)


def event(session_id: str, name: str = "step", **fields: Any) -> dict[str, Any]:
    return {
        "project": "events-tests",
        "session_id": session_id,
        "event_type": fields.pop("event_type", "tool"),
        "event_name": name,
        "inputs": fields.pop("inputs", {"q": name}),
        **fields,
    }


def stored(client: HoneyHive, session_id: str) -> list[Event]:
    """Every event the server holds for ``session_id`` (read back through the facade)."""
    query = {"filters": [{"field": "session_id", "operator": "is", "value": session_id}]}
    return list(client.events.iter({**query, "limit": 5000}))


def sent(server: LocalServer, route: str) -> int:
    assert server.faults is not None
    return server.faults.count(route)


def is_uuid4(value: str) -> bool:
    return uuid.UUID(value).version == 4


# ------------------------------------------------------------------ create
async def test_create_assigns_a_uuid4_event_id_and_the_server_stores_the_event(
    api: Api, client: HoneyHive
) -> None:
    sid = str(uuid.uuid4())
    response = await api.create(
        PostEventRequest(
            project="events-tests",
            event_name="openai_completion",
            event_type="model",
            session_id=sid,
            inputs={"messages": [{"role": "user", "content": "Hello!"}]},
            outputs={"response": "Hi"},
            metadata={"duration_ms": 1500},
        )
    )
    assert response.success is True
    assert is_uuid4(response.event_id)
    [found] = stored(client, sid)
    assert (found.event_id, found.event_name, found.event_type) == (
        response.event_id,
        "openai_completion",
        "model",
    )
    assert found.inputs == {"messages": [{"role": "user", "content": "Hello!"}]}
    assert found.metadata == {"duration_ms": 1500}


async def test_create_accepts_a_dict_and_keeps_a_caller_chosen_event_id(
    api: Api, client: HoneyHive
) -> None:
    sid, eid = str(uuid.uuid4()), str(uuid.uuid4())
    response = await api.create(event(sid, event_id=eid))
    assert response.event_id == eid
    assert [e.event_id for e in stored(client, sid)] == [eid]


async def test_create_never_mutates_the_request_so_reusing_it_stores_two_events(
    api: Api, client: HoneyHive
) -> None:
    sid = str(uuid.uuid4())
    request = PostEventRequest(event_type="tool", inputs={}, session_id=sid, event_name="again")
    as_dict = event(sid)
    first, second = await api.create(request), await api.create(request)
    third = await api.create(as_dict)
    assert "event_id" not in request.to_dict()
    assert "event_id" not in as_dict
    assert len({first.event_id, second.event_id, third.event_id}) == 3
    assert len(stored(client, sid)) == 3


async def test_create_model_event_stores_model_fields_under_config(
    api: Api, client: HoneyHive
) -> None:
    sid = str(uuid.uuid4())
    response = await api.create_model(
        {
            "session_id": sid,
            "event_name": "chat",
            "model": "gpt-4o",
            "provider": "openai",
            "messages": [{"role": "user", "content": "hi"}],
            "usage": {"total_tokens": 12},
        }
    )
    [found] = stored(client, sid)
    assert found.event_id == response.event_id
    assert found.event_type == "model"
    assert found.config["model"] == "gpt-4o"
    assert found.metadata["total_tokens"] == 12


@pytest.mark.parametrize(
    ("request_", "error", "words"),
    [
        (42, TypeError, "expects a dict or PostEventRequest, not int"),
        ("event", TypeError, "not str"),
        ({"event_type": "llm", "inputs": {}}, ValueError, "event_type must be one of"),
        ({"inputs": {}}, ValueError, "event_type must be one of"),
        ({"event_type": "model"}, ValueError, "missing required field 'inputs'"),
        ({"event_type": "model", "inputs": "hi"}, TypeError, "inputs must be a dict"),
        ({"event_type": "tool", "inputs": {}, "duration": "5"}, TypeError, "duration"),
        ({"event_type": "tool", "inputs": {}, "duration": True}, TypeError, "duration"),
        ({"event_type": "tool", "inputs": {}, "session_id": 7}, TypeError, "session_id"),
        ({"event_type": "tool", "inputs": {}, "children_ids": [1]}, TypeError, "children_ids"),
    ],
)
async def test_create_rejects_bad_arguments_before_sending_anything(
    api: Api, local_server: LocalServer, request_: Any, error: type[Exception], words: str
) -> None:
    with pytest.raises(error, match=words):
        await api.create(request_)
    assert sent(local_server, "/*") == 0


async def test_create_model_rejects_an_unknown_event_type(
    api: Api, local_server: LocalServer
) -> None:
    with pytest.raises(ValueError, match="event_type must be one of"):
        await api.create_model({"event_type": "llm", "model": "x"})
    assert sent(local_server, "/*") == 0


async def test_retried_create_after_a_dropped_connection_stores_exactly_one_event(
    api: Api, client: HoneyHive, local_server: LocalServer
) -> None:
    assert local_server.faults is not None
    # The server stores the event, then the connection dies before the answer arrives.
    local_server.faults.script("POST /events", [Fault.drop()])
    sid = str(uuid.uuid4())
    response = await api.create(event(sid))
    assert sent(local_server, "POST /events") == 2
    assert [e.event_id for e in stored(client, sid)] == [response.event_id]


# ------------------------------------------------------------------ update / delete
async def test_update_merges_feedback_and_metadata_and_returns_none(
    api: Api, client: HoneyHive
) -> None:
    sid = str(uuid.uuid4())
    eid = (await api.create(event(sid, metadata={"a": 1}))).event_id
    result = await api.update(
        {"event_id": eid, "feedback": {"rating": 5}, "metadata": {"reviewed": True}}
    )
    assert result is None
    [found] = stored(client, sid)
    assert found.feedback == {"rating": 5}
    assert found.metadata == {"a": 1, "reviewed": True}


async def test_update_accepts_the_generated_model(api: Api, client: HoneyHive) -> None:
    sid = str(uuid.uuid4())
    eid = (await api.create(event(sid))).event_id
    await api.update(UpdateEventRequest(event_id=eid, outputs={"answer": 42}, duration=7.0))
    [found] = stored(client, sid)
    assert (found.outputs, found.duration) == ({"answer": 42}, 7.0)


async def test_update_without_event_id_or_of_the_wrong_type_is_refused_unsent(
    api: Api, local_server: LocalServer
) -> None:
    with pytest.raises(ValueError, match="missing required field 'event_id'"):
        await api.update({"feedback": {"rating": 1}})
    with pytest.raises(TypeError, match="expects a dict or UpdateEventRequest"):
        await api.update(["event_id"])
    with pytest.raises(TypeError, match="feedback must be a dict"):
        await api.update({"event_id": "e", "feedback": "good"})
    assert sent(local_server, "/*") == 0


async def test_update_of_an_unknown_event_raises_not_found(api: Api) -> None:
    with pytest.raises(NotFoundError) as info:
        await api.update({"event_id": str(uuid.uuid4()), "feedback": {"rating": 1}})
    assert info.value.status_code == 404


async def test_delete_removes_the_event_and_a_second_delete_is_not_found(
    api: Api, client: HoneyHive
) -> None:
    sid = str(uuid.uuid4())
    keep, gone = (await api.create(event(sid))).event_id, (await api.create(event(sid))).event_id
    result = await api.delete(gone)
    assert (result.success, result.deleted) == (True, gone)
    assert [e.event_id for e in stored(client, sid)] == [keep]
    with pytest.raises(NotFoundError):
        await api.delete(gone)


# ------------------------------------------------------------------ reading
async def test_get_by_session_id_flattens_the_session_tree_depth_first_root_first(
    api: Api, client: HoneyHive
) -> None:
    started = client.sessions.start({"session_name": "tree", "project": "events-tests"})
    sid = started.session_id
    parent = (await api.create(event(sid, "parent", event_type="chain"))).event_id
    await api.create(event(sid, "child", parent_id=parent, start_time=2000))
    await api.create(event(sid, "sibling", start_time=3000))
    response = await api.get_by_session_id(sid)
    assert isinstance(response, GetEventsResponse)
    names = [e.event_name for e in response.events]
    assert names[0] == "tree"
    assert names.index("parent") + 1 == names.index("child")
    assert sorted(names) == ["child", "parent", "sibling", "tree"]
    assert all(isinstance(e, Event) and e.event_type for e in response.events)
    assert response.total_events == 4


async def test_get_by_session_id_accepts_an_events_envelope_too(
    api: Api, local_server: LocalServer
) -> None:
    assert local_server.faults is not None
    body = {"events": [{"event_id": "a", "event_name": "x", "event_type": "tool", "new": 1}]}
    local_server.faults.script("GET /v1/events/*", [Fault.respond(200, body=body)])
    response = await api.get_by_session_id("s")
    assert [(e.event_id, e.event_name) for e in response.events] == [("a", "x")]
    assert response.events[0].additional_properties == {"new": 1}


async def test_get_by_session_id_of_an_unknown_session_raises_not_found(api: Api) -> None:
    with pytest.raises(NotFoundError):
        await api.get_by_session_id(str(uuid.uuid4()))


async def test_list_with_the_docs_filter_without_type_returns_only_model_events(
    api: Api, client: HoneyHive, local_server: LocalServer
) -> None:
    sid = str(uuid.uuid4())
    await api.create_batch(
        {"events": [event(sid, f"m{i}", event_type="model") for i in range(3)] + [event(sid)]}
    )
    response = await api.list(
        {
            "project": "events-tests",
            "filters": [{"field": "event_type", "value": "model", "operator": "is"}],
        }
    )
    assert sorted(e.event_name for e in response.events) == ["m0", "m1", "m2"]
    assert response.total_events == 3
    # On the wire: JSON-encoded strings (never Python repr), with a type inferred.
    assert local_server.faults is not None
    query = parse_qs(local_server.faults.requests[-1].query)
    assert json.loads(query["filters"][0]) == [
        {"field": "event_type", "value": "model", "operator": "is", "type": "string"}
    ]


async def test_list_accepts_filter_models_date_ranges_and_projections(
    api: Api, local_server: LocalServer
) -> None:
    sid = str(uuid.uuid4())
    jan = datetime.datetime(2024, 1, 15, tzinfo=datetime.UTC)
    in_ms = jan.timestamp() * 1000
    await api.create_batch(
        [
            event(sid, "january", start_time=in_ms),
            event(sid, "march", start_time=in_ms + 60 * 86_400_000),
        ]
    )
    only_session = [Filter(field="session_id", operator="is", value=sid)]
    for date_range in (
        {"$gte": "2024-01-01T00:00:00Z", "$lte": "2024-02-01"},
        {"$gte": datetime.datetime(2024, 1, 1), "$lte": datetime.date(2024, 2, 1)},
        (in_ms - 1, in_ms + 1),
        '{"$gte": "2024-01-01T00:00:00+00:00", "$lte": "2024-02-01T00:00:00+00:00"}',
    ):
        response = await api.list(
            {"filters": only_session, "dateRange": date_range, "projections": ["event_name"]}
        )
        assert [e.event_name for e in response.events] == ["january"], date_range
    assert local_server.faults is not None
    query = parse_qs(local_server.faults.requests[-1].query)
    assert json.loads(query["projections"][0]) == ["event_name"]
    assert json.loads(query["dateRange"][0]) == {
        "$gte": "2024-01-01T00:00:00.000Z",
        "$lte": "2024-02-01T00:00:00.000Z",
    }


@pytest.mark.parametrize(
    ("query", "error", "words"),
    [
        ({"projct": "x"}, ValueError, "unknown query key 'projct'"),
        ({"filters": [{"field": "event_type", "operator": "equals"}]}, ValueError, "operator"),
        ({"filters": [{"operator": "is", "value": 1}]}, TypeError, "field"),
        ({"filters": 5}, TypeError, "filters must be a list"),
        ({"dateRange": {"$gte": "last tuesday"}}, ValueError, "not an ISO-8601 date"),
        ({"dateRange": {"from": "2024-01-01"}}, ValueError, "unknown key 'from'"),
        ({"limit": 0}, ValueError, "limit must be an integer >= 1"),
        ({"ignore_order": "yes"}, TypeError, "ignore_order must be true or false"),
        ("project=x", TypeError, "expects a dict of query parameters"),
    ],
)
async def test_list_rejects_bad_queries_before_sending(
    api: Api, local_server: LocalServer, query: Any, error: type[Exception], words: str
) -> None:
    with pytest.raises(error, match=words):
        await api.list(query)
    assert sent(local_server, "/*") == 0


async def test_list_accepts_a_bare_array_from_the_service(
    api: Api, local_server: LocalServer
) -> None:
    assert local_server.faults is not None
    body = [{"event_id": "a", "event_name": "x"}, {"event_id": "b", "event_name": "y"}]
    local_server.faults.script("GET /events", [Fault.respond(200, body=body)])
    response = await api.list({})
    assert [e.event_name for e in response.events] == ["x", "y"]


async def test_iter_walks_every_page_holding_one_page_at_a_time(
    api: Api, local_server: LocalServer
) -> None:
    sid = str(uuid.uuid4())
    await api.create_batch([event(sid, f"e{i}") for i in range(25)])
    assert local_server.faults is not None
    local_server.faults.clear()
    only = {"filters": [{"field": "session_id", "operator": "is", "value": sid}], "limit": 10}
    events = await api.iterate({**only, "ignore_order": True})
    assert [e.event_name for e in events] == [f"e{i}" for i in range(25)]
    pages = [parse_qs(r.query)["page"] for r in local_server.faults.requests]
    assert pages == [["1"], ["2"], ["3"]]


def test_iter_checks_the_query_when_called_not_when_first_iterated(
    client: HoneyHive, local_server: LocalServer
) -> None:
    with pytest.raises(ValueError, match="limit"):
        client.events.iter({"limit": 0})
    with pytest.raises(ValueError, match="unknown query key"):
        client.events.iter_async({"pages": 2})
    assert sent(local_server, "/*") == 0


async def test_chart_counts_events_per_bucket(api: Api) -> None:
    sid = str(uuid.uuid4())
    await api.create_batch([event(sid, duration=d) for d in (10, 20, 30)])
    only = [{"field": "session_id", "operator": "is", "value": sid}]
    chart = await api.chart({"filters": only, "metric": "duration", "aggregation": "avg"})
    assert [(b.value, b.count) for b in chart.events] == [(20.0, 3)]
    with pytest.raises(ValueError, match="bucket must be one of"):
        await api.chart({"bucket": "fortnight"})


async def test_export_returns_the_matching_page(api: Api) -> None:
    sid = str(uuid.uuid4())
    await api.create_batch([event(sid, f"x{i}") for i in range(5)])
    only = [{"field": "session_id", "operator": "is", "value": sid}]
    page = await api.export({"filters": only, "limit": 2, "page": 3})
    assert page.total_events == 5
    assert len(page.events) == 1


# ------------------------------------------------------------------ batches
async def test_create_batch_chunks_large_inputs_and_returns_ids_in_input_order(
    api: Api, client: HoneyHive, local_server: LocalServer
) -> None:
    sid = str(uuid.uuid4())
    events = [event(sid, f"item_{i}") for i in range(2 * BATCH_CHUNK_SIZE + 3)]
    response = await api.create_batch({"events": events})
    assert isinstance(response, PostEventBatchResponse)
    assert response.success is True
    assert len(response.event_ids) == len(set(response.event_ids)) == len(events)
    assert sent(local_server, "POST /events/batch") == 3
    by_id = {e.event_id: e.event_name for e in stored(client, sid)}
    assert [by_id[i] for i in response.event_ids] == [e["event_name"] for e in events]


async def test_create_batch_accepts_a_list_a_model_and_a_chunk_size(
    api: Api, client: HoneyHive, local_server: LocalServer
) -> None:
    sid = str(uuid.uuid4())
    model = CreateEventBatchRequest(
        events=[PostEventRequest(event_type="chain", inputs={}, session_id=sid)]
    )
    assert len((await api.create_batch(model)).event_ids) == 1
    response = await api.create_batch([event(sid) for _ in range(7)], chunk_size=3)
    assert len(response.event_ids) == 7
    assert sent(local_server, "POST /events/batch") == 1 + 3
    assert len(stored(client, sid)) == 8


async def test_create_batch_validates_every_event_before_sending_any(
    api: Api, local_server: LocalServer
) -> None:
    good = event(str(uuid.uuid4()))
    with pytest.raises(ValueError, match=r"\['events'\]\[1\]: event_type must be one of"):
        await api.create_batch({"events": [good, {**good, "event_type": "llm"}]})
    with pytest.raises(TypeError, match="'events' must be a list"):
        await api.create_batch({"events": "many"})
    with pytest.raises(ValueError, match="unknown keys"):
        await api.create_batch({"events": [good], "single": True})
    with pytest.raises(ValueError, match="chunk_size"):
        await api.create_batch([good], chunk_size=0)
    assert sent(local_server, "/*") == 0


async def test_batch_checks_each_events_type_id_and_list_items_even_in_a_uniform_batch(
    api: Api, client: HoneyHive, local_server: LocalServer
) -> None:
    # Events with the same keys and value types as the one before them take a fast path;
    # what their shape cannot vouch for is still checked one by one.
    def ids(n: int) -> list[dict[str, Any]]:
        return [event("s", event_id=str(uuid.uuid4()), children_ids=[]) for _ in range(n)]

    bad_type = [*ids(3), {**ids(1)[0], "event_type": "llm"}]
    with pytest.raises(ValueError, match=r"\['events'\]\[3\]: event_type must be one of"):
        await api.create_batch(bad_type)
    bad_child = [*ids(2), {**ids(1)[0], "children_ids": [7]}]
    with pytest.raises(TypeError, match=r"\[2\]: children_ids must be a list of strings"):
        await api.create_batch(bad_child)
    assert sent(local_server, "/*") == 0

    sid = str(uuid.uuid4())
    no_id = [{**e, "session_id": sid} for e in ids(3)]
    no_id[2]["event_id"] = ""
    response = await api.create_batch(no_id)
    assert response.event_ids[:2] == [no_id[0]["event_id"], no_id[1]["event_id"]]
    assert is_uuid4(response.event_ids[2])
    assert len(stored(client, sid)) == 3


async def test_uniform_events_without_ids_still_get_each_field_checked(
    api: Api, local_server: LocalServer
) -> None:
    # Id-less events take the fast path too (a copy with a fresh id): a later event whose
    # inputs are not an object, or whose type is unknown, is still refused by position.
    events = [event("s", f"n{i}") for i in range(700)]
    events[650] = {**events[650], "inputs": "not an object"}
    with pytest.raises(TypeError, match=r"\[650\]: inputs must be a dict"):
        await api.create_batch(events)
    events[650] = {**events[650], "inputs": {}, "event_type": "llm"}
    with pytest.raises(ValueError, match=r"\[650\]: event_type must be one of"):
        await api.create_batch(events)
    assert sent(local_server, "/*") == 0


async def test_batch_assigns_distinct_uuid4_ids_without_touching_the_input(
    api: Api, client: HoneyHive
) -> None:
    sid = str(uuid.uuid4())
    events = [event(sid, f"n{i}") for i in range(1203)]
    response = await api.create_batch(events)
    assert len(set(response.event_ids)) == 1203
    assert all(is_uuid4(i) for i in response.event_ids)
    assert all("event_id" not in e for e in events)
    assert len(stored(client, sid)) == 1203


async def test_a_failed_chunk_raises_batch_error_naming_stored_and_unstored_ids(
    api: Api, client: HoneyHive, local_server: LocalServer
) -> None:
    assert local_server.faults is not None
    # The second chunk to arrive is refused (a 400 is not retried); the others pass.
    local_server.faults.script("POST /events/batch", [Fault.delay(0), Fault.respond(400)])
    sid = str(uuid.uuid4())
    events = [event(sid, f"e{i}") for i in range(30)]
    with pytest.raises(BatchError) as info:
        await api.create_batch(events, chunk_size=10)
    error = info.value
    assert isinstance(error, HoneyHiveError)
    assert isinstance(error.__cause__, BadRequestError)
    assert error.errors[0] is error.__cause__
    assert len(error.failed_event_ids) >= 10
    assert len(error.stored_event_ids) + len(error.failed_event_ids) == 30
    assert error.failed_event_ids[0] in str(error)
    assert "NOT stored" in str(error)
    on_server = {e.event_id for e in stored(client, sid)}
    assert on_server == set(error.stored_event_ids)
    assert not on_server & set(error.failed_event_ids)
    assert [e["event_id"] for e in error.failed_events] == error.failed_event_ids
    # Resending what failed completes the batch, without duplicates.
    await api.create_batch(error.failed_events)
    assert len(stored(client, sid)) == 30


async def test_a_chunk_failing_after_the_transports_retries_raises_batch_error(
    mode: str, server_url: str, api_key: str, local_server: LocalServer
) -> None:
    assert local_server.faults is not None
    local_server.faults.script("POST /events/batch", [Fault.respond(500)], repeat=True)
    async with HoneyHive(api_key=api_key, base_url=server_url, retry_config=1) as hh:
        with pytest.raises(BatchError) as info:
            await Api(hh, mode).create_batch([event("s") for _ in range(3)])
    assert isinstance(info.value.__cause__, ServerError)
    assert info.value.stored_event_ids == []
    assert len(info.value.failed_event_ids) == 3
    assert sent(local_server, "POST /events/batch") == 2  # the one chunk, tried twice


async def test_ids_the_service_did_not_confirm_are_reported_not_dropped(
    api: Api, local_server: LocalServer
) -> None:
    assert local_server.faults is not None
    events = [event("s", event_id=str(uuid.uuid4())) for _ in range(3)]
    partial = {"success": False, "event_ids": [events[0]["event_id"]], "errors": ["too big"]}
    local_server.faults.script("POST /events/batch", [Fault.respond(200, body=partial)])
    with pytest.raises(BatchError) as info:
        await api.create_batch(events)
    assert info.value.stored_event_ids == [events[0]["event_id"]]
    assert info.value.failed_event_ids == [events[1]["event_id"], events[2]["event_id"]]
    assert "too big" in info.value.errors


async def test_a_single_session_batch_keeps_every_chunk_in_one_session(
    api: Api, client: HoneyHive
) -> None:
    events = [{"event_type": "chain", "event_name": f"s{i}", "inputs": {}} for i in range(7)]
    response = await api.create_batch(
        {
            "events": events,
            "is_single_session": True,
            "session_properties": {"session_name": "one"},
        },
        chunk_size=3,
    )
    assert response.session_id
    tree = await api.get_by_session_id(response.session_id)
    assert sorted(e.event_name for e in tree.events) == ["one"] + [f"s{i}" for i in range(7)]


async def test_create_model_batch_stores_model_events(api: Api, client: HoneyHive) -> None:
    sid = str(uuid.uuid4())
    events = [{"session_id": sid, "model": "gpt-4o", "event_name": f"m{i}"} for i in range(5)]
    response = await api.create_model_batch({"model_events": events}, chunk_size=2)
    assert len(response.event_ids) == 5
    found = stored(client, sid)
    assert {e.event_type for e in found} == {"model"}
    assert {e.config["model"] for e in found} == {"gpt-4o"}


# ------------------------------------------------------------------ concurrency
def test_sixteen_threads_share_one_client_without_errors_or_lost_events(
    server_url: str, api_key: str
) -> None:
    sid = str(uuid.uuid4())
    errors: list[BaseException] = []
    ids: list[str] = []
    lock = threading.Lock()
    with HoneyHive(api_key=api_key, base_url=server_url) as hh:

        def work(worker: int) -> None:
            try:
                for i in range(25):
                    response = hh.events.create(event(sid, f"t{worker}-{i}"))
                    with lock:
                        ids.append(response.event_id)
            except BaseException as exc:  # collected: a thread's failure must fail the test
                errors.append(exc)

        threads = [threading.Thread(target=work, args=(w,)) for w in range(16)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert errors == []
        assert len(set(ids)) == 16 * 25
        assert {e.event_id for e in stored(hh, sid)} == set(ids)


async def test_five_hundred_tasks_share_one_client_without_errors_or_lost_events(
    server_url: str, api_key: str
) -> None:
    sid = str(uuid.uuid4())
    async with HoneyHive(api_key=api_key, base_url=server_url) as hh:
        responses = await asyncio.gather(
            *(hh.events.create_async(event(sid, f"task_{i}")) for i in range(500))
        )
        ids = {r.event_id for r in responses}
        assert len(ids) == 500
        assert {e.event_id for e in stored(hh, sid)} == ids
