"""``client.events`` end to end over a real socket against the local server.

Most tests run twice, through the blocking method and through its ``_async`` twin, and check
what the server stored by reading it back. Requests pass through a recording proxy app (the
local server's own ASGI app, wrapped) so tests can assert what went over the wire: method,
path, key and JSON body. The server's fault injection makes chunks fail and connections drop.
"""

from __future__ import annotations

import asyncio
import datetime
import json
import threading
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from _sockets import run_asgi
from honeyhive_api.models import (
    ExportEventsResponse,
    GetEventResponse,
    GetEventsResponse,
    LegacyEvent,
    PostEventBatchResponse,
    SearchEventsRequest,
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
from honeyhive.models import (
    EventExportResponse,
    EventFilter,
    EventType,
    FilterOperator,
    PostEventBatchRequest,
    PostEventRequest,
    UpdateEventRequest,
)
from honeyhive.resources.events import BATCH_CHUNK_SIZE

INGESTION_KEY = "hh_ingst_" + "a" * 24 + "_" + "b" * 64


# ------------------------------------------------------------------ the wire
@dataclass(frozen=True)
class Sent:
    """One request as the server received it."""

    method: str
    path: str
    authorization: str
    body: Any

    @property
    def route(self) -> str:
        return f"{self.method} {self.path}"


class Wire:
    """ASGI middleware in front of the local server's app: records every request's body."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.sent: list[Sent] = []
        self.url = ""

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        chunks, more = [], True
        while more:
            message = await receive()
            chunks.append(message.get("body", b""))
            more = message.get("more_body", False)
        raw = b"".join(chunks)
        headers = dict(scope["headers"])
        self.sent.append(
            Sent(
                scope["method"],
                scope["path"],
                headers.get(b"authorization", b"").decode(),
                json.loads(raw) if raw else None,
            )
        )
        replayed = False

        async def replay() -> Any:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": raw, "more_body": False}

        await self.app(scope, replay, send)

    def routes(self) -> list[str]:
        return [s.route for s in self.sent]

    def clear(self) -> None:
        self.sent.clear()


@pytest.fixture
def wire(local_server: LocalServer) -> Iterator[Wire]:
    recorder = Wire(local_server.app)
    with run_asgi(recorder) as url:
        recorder.url = url
        yield recorder


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

    async def iterate(self, query: dict[str, Any]) -> list[LegacyEvent]:
        if self.mode == "sync":
            return list(self.client.events.iter(query))
        return [event async for event in self.client.events.iter_async(query)]


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
async def client(wire: Wire, api_key: str) -> AsyncIterator[HoneyHive]:
    async with HoneyHive(api_key=api_key, base_url=wire.url) as hh:
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


def only(session_id: str) -> list[dict[str, Any]]:
    return [{"field": "session_id", "operator": "is", "value": session_id}]


def stored(client: HoneyHive, session_id: str) -> list[LegacyEvent]:
    """Every event the server holds for ``session_id`` (read back through the facade)."""
    return list(client.events.iter({"filters": only(session_id)}))


def sent(server: LocalServer, route: str) -> int:
    assert server.faults is not None
    return server.faults.count(route)


def is_uuid4(value: str) -> bool:
    return uuid.UUID(value).version == 4


# ------------------------------------------------------------------ create
async def test_create_sends_the_doc_request_to_post_events_and_assigns_a_uuid4(
    api: Api, client: HoneyHive, wire: Wire
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
    # The legacy route, wrapped as {"event": {...}}, `project` included (as 1.7.0 sends it).
    [request] = wire.sent
    assert request.route == "POST /events"
    assert request.body == {
        "event": {
            "project": "events-tests",
            "event_name": "openai_completion",
            "event_type": "model",
            "session_id": sid,
            "inputs": {"messages": [{"role": "user", "content": "Hello!"}]},
            "outputs": {"response": "Hi"},
            "metadata": {"duration_ms": 1500},
            "event_id": response.event_id,
        }
    }
    [found] = stored(client, sid)
    assert (found.event_id, found.event_name, found.event_type) == (
        response.event_id,
        "openai_completion",
        "model",
    )
    assert found.metadata == {"duration_ms": 1500}


@pytest.mark.parametrize("form", ["model", "dict"])
async def test_create_accepts_the_official_sdks_event_wrapper(
    api: Api, client: HoneyHive, wire: Wire, form: str
) -> None:
    sid = str(uuid.uuid4())
    inner = {"event_type": "chain", "event_name": "wrapped", "session_id": sid, "inputs": {}}
    request = PostEventRequest(event=inner) if form == "model" else {"event": inner}
    response = await api.create(request)
    assert wire.sent[0].body == {"event": {**inner, "event_id": response.event_id}}
    assert "event_id" not in inner
    assert [e.event_name for e in stored(client, sid)] == ["wrapped"]


async def test_create_keeps_a_caller_chosen_event_id(api: Api, client: HoneyHive) -> None:
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
    wrapped = {"event": event(sid)}
    first, second = await api.create(request), await api.create(request)
    third, fourth = await api.create(as_dict), await api.create(wrapped)
    assert "event_id" not in request.to_dict()
    assert "event_id" not in as_dict
    assert "event_id" not in wrapped["event"]
    assert len({first.event_id, second.event_id, third.event_id, fourth.event_id}) == 4
    assert len(stored(client, sid)) == 4


async def test_create_model_event_goes_to_the_model_route(
    api: Api, client: HoneyHive, wire: Wire
) -> None:
    sid = str(uuid.uuid4())
    model_event = {
        "session_id": sid,
        "event_name": "chat",
        "model": "gpt-4o",
        "provider": "openai",
        "messages": [{"role": "user", "content": "hi"}],
        "usage": {"total_tokens": 12},
    }
    response = await api.create_model(model_event)
    [request] = wire.sent
    assert request.route == "POST /events/model"
    assert request.body == {"model_event": {**model_event, "event_id": response.event_id}}
    [found] = stored(client, sid)
    assert (found.event_id, found.event_type) == (response.event_id, "model")


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
        ({"event": {"event_type": "tool"}}, ValueError, "missing required field 'inputs'"),
        ({"event": {"event_type": "tool", "inputs": {}}, "x": 1}, ValueError, r"\['x'\]"),
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


# ------------------------------------------------------------------ keys
async def test_writes_send_the_ingestion_key_and_reads_the_api_key(mode: str) -> None:
    with LocalServer(accept_any_key=True) as server:
        recorder = Wire(server.app)
        with run_asgi(recorder) as url:
            async with HoneyHive(
                api_key="hh-project-key", ingestion_api_key=INGESTION_KEY, base_url=url
            ) as hh:
                api = Api(hh, mode)
                sid = str(uuid.uuid4())
                eid = (await api.create(event(sid))).event_id
                await api.update({"event_id": eid, "metadata": {"k": 1}})
                await api.create_batch([event(sid)])
                await api.get_by_session_id(sid)
                await api.get(eid)
    keys = {s.route: s.authorization for s in recorder.sent}
    assert keys == {
        "POST /events": f"Bearer {INGESTION_KEY}",
        "PUT /events": f"Bearer {INGESTION_KEY}",
        "POST /events/batch": f"Bearer {INGESTION_KEY}",
        "POST /v1/events/search": "Bearer hh-project-key",
        f"GET /v1/events/{eid}": "Bearer hh-project-key",
    }


# ------------------------------------------------------------------ update / delete
async def test_update_merges_feedback_and_metadata_through_put_events(
    api: Api, client: HoneyHive, wire: Wire
) -> None:
    sid = str(uuid.uuid4())
    eid = (await api.create(event(sid, metadata={"a": 1}))).event_id
    wire.clear()
    result = await api.update(
        {"event_id": eid, "feedback": {"rating": 5}, "metadata": {"reviewed": True}}
    )
    assert result is None
    assert [(s.route, s.body) for s in wire.sent] == [
        (
            "PUT /events",
            {"event_id": eid, "feedback": {"rating": 5}, "metadata": {"reviewed": True}},
        )
    ]
    [found] = stored(client, sid)
    assert found.feedback == {"rating": 5}
    assert found.metadata == {"a": 1, "reviewed": True}


async def test_update_accepts_the_models_update_event_request(api: Api, client: HoneyHive) -> None:
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
    api: Api, client: HoneyHive, wire: Wire
) -> None:
    sid = str(uuid.uuid4())
    keep, gone = (await api.create(event(sid))).event_id, (await api.create(event(sid))).event_id
    wire.clear()
    result = await api.delete(gone)
    assert wire.routes() == [f"DELETE /v1/events/{gone}"]
    assert (result.success, result.deleted) == (True, gone)
    assert [e.event_id for e in stored(client, sid)] == [keep]
    with pytest.raises(NotFoundError):
        await api.delete(gone)


# ------------------------------------------------------------------ get / search
async def test_get_reads_one_event_by_its_uuid(api: Api, wire: Wire) -> None:
    sid = str(uuid.uuid4())
    eid = (await api.create(event(sid, "one", metadata={"m": 1}))).event_id
    wire.clear()
    response = await api.get(eid)
    assert isinstance(response, GetEventResponse)
    assert (response.event.event_id, response.event.event_name) == (eid, "one")
    assert response.event.metadata == {"m": 1}
    assert wire.routes() == [f"GET /v1/events/{eid}"]
    with pytest.raises(NotFoundError):
        await api.get(str(uuid.uuid4()))


async def test_get_refuses_an_id_that_is_not_a_uuid_unsent(
    api: Api, local_server: LocalServer
) -> None:
    with pytest.raises(ValueError, match="event_id must be a UUID"):
        await api.get("event_xyz789")
    with pytest.raises(TypeError, match="event_id"):
        await api.get(7)
    assert sent(local_server, "/*") == 0


async def test_search_sends_a_search_body_and_returns_count_and_events(
    api: Api, wire: Wire
) -> None:
    sid = str(uuid.uuid4())
    await api.create_batch(
        [event(sid, f"s{i}", start_time=1_700_000_000_000 + i) for i in range(5)]
    )
    wire.clear()
    window = {"start_time": "2023-01-01T00:00:00Z", "end_time": datetime.datetime(2030, 1, 1)}
    page = await api.search({"filters": only(sid), "dateRange": window, "limit": 2, "page": 3})
    assert isinstance(page, ExportEventsResponse)
    assert page.count == 5
    assert [type(e) for e in page.events] == [LegacyEvent]
    assert [(s.route, s.body) for s in wire.sent] == [
        (
            "POST /v1/events/search",
            {
                "filters": [
                    {"field": "session_id", "operator": "is", "value": sid, "type": "string"}
                ],
                "dateRange": {
                    "start_time": "2023-01-01T00:00:00.000Z",
                    "end_time": "2030-01-01T00:00:00.000Z",
                },
                "limit": 2,
                "page": 3,
            },
        )
    ]


async def test_search_accepts_the_generated_request_model(api: Api) -> None:
    sid = str(uuid.uuid4())
    await api.create_batch([event(sid, f"g{i}") for i in range(3)])
    request = SearchEventsRequest.from_dict({"filters": only(sid), "limit": 10})
    page = await api.search(request)
    assert sorted(e.event_name for e in page.events) == ["g0", "g1", "g2"]


@pytest.mark.parametrize(
    ("request_", "error", "words"),
    [
        ({"project": "p"}, ValueError, "unknown query key 'project'"),
        ({"projections": ["x"]}, ValueError, "unknown query key 'projections'"),
        ({"limit": 1001}, ValueError, "limit must be at most 1000"),
        (
            {"filters": [{"field": "a", "operator": "is", "value": 1, "kind": "x"}]},
            ValueError,
            r"unknown field 'kind'; allowed fields: field, operator, type, value",
        ),
        (
            {"filters": [{"field": "a", "operator": "is", "value": 1, "type": "id"}]},
            ValueError,
            "type must be one of",
        ),
        ({"filters": [{"field": "a", "operator": "is"}]}, ValueError, "'value' is required"),
        ({"dateRange": {"start": 1}}, ValueError, "unknown key 'start'"),
    ],
)
async def test_search_refuses_what_the_closed_request_schema_refuses(
    api: Api, local_server: LocalServer, request_: Any, error: type[Exception], words: str
) -> None:
    with pytest.raises(error, match=words):
        await api.search(request_)
    assert sent(local_server, "/*") == 0


# ------------------------------------------------------------------ get_by_session_id
async def test_get_by_session_id_returns_the_root_first_then_by_start_time(
    api: Api, client: HoneyHive, wire: Wire
) -> None:
    started = client.sessions.start({"session_name": "tree", "project": "events-tests"})
    sid = started.session_id
    await api.create(event(sid, "late", start_time=9_000_000_000_000))
    await api.create(event(sid, "early", start_time=1_000_000_000_000))
    await api.create(event(sid, "middle", start_time=5_000_000_000_000))
    wire.clear()
    response = await api.get_by_session_id(sid)
    assert isinstance(response, GetEventsResponse)
    assert [e.event_name for e in response.events] == ["tree", "early", "middle", "late"]
    assert all(isinstance(e, LegacyEvent) and e.event_type for e in response.events)
    assert response.total_events == 4
    assert [(s.route, s.body) for s in wire.sent] == [
        (
            "POST /v1/events/search",
            {
                "filters": [
                    {"field": "session_id", "operator": "is", "value": sid, "type": "string"}
                ],
                "limit": 1000,
                "page": 1,
            },
        )
    ]


async def test_get_by_session_id_reads_every_page(api: Api, wire: Wire) -> None:
    sid = str(uuid.uuid4())
    await api.create_batch([event(sid, f"n{i}") for i in range(1003)])
    wire.clear()
    response = await api.get_by_session_id(sid)
    assert len({e.event_id for e in response.events}) == response.total_events == 1003
    assert [s.body["page"] for s in wire.sent] == [1, 2]


async def test_get_by_session_id_takes_the_official_sdks_project_and_limit(
    api: Api, wire: Wire
) -> None:
    sid = str(uuid.uuid4())
    await api.create_batch([event(sid, f"n{i}") for i in range(5)])
    wire.clear()
    response = await api.get_by_session_id(sid, "events-tests", limit=2)
    assert len(response.events) == response.total_events == 2
    assert wire.sent[0].body["limit"] == 2
    assert "project" not in wire.sent[0].body
    with pytest.raises(ValueError, match="limit"):
        await api.get_by_session_id(sid, limit=0)


async def test_get_by_session_id_of_an_unknown_session_is_empty(api: Api) -> None:
    # The seed route answered 404; a search answers an empty page (as 1.7.0 returns).
    response = await api.get_by_session_id(str(uuid.uuid4()))
    assert (response.events, response.total_events) == ([], 0)


# ------------------------------------------------------------------ list / iter
async def test_list_with_the_docs_filter_without_type_returns_only_model_events(
    api: Api, wire: Wire
) -> None:
    sid = str(uuid.uuid4())
    await api.create_batch(
        {"events": [event(sid, f"m{i}", event_type="model") for i in range(3)] + [event(sid)]}
    )
    wire.clear()
    response = await api.list(
        {
            "project": "events-tests",
            "filters": [
                {"field": "event_type", "value": "model", "operator": "is"},
                {"field": "session_id", "value": sid, "operator": "is"},
            ],
        }
    )
    assert sorted(e.event_name for e in response.events) == ["m0", "m1", "m2"]
    assert response.total_events == 3
    # A project names the export route, the one that takes it; a type is inferred.
    [request] = wire.sent
    assert request.route == "POST /v1/events/export"
    assert request.body == {
        "project": "events-tests",
        "filters": [
            {"field": "event_type", "value": "model", "operator": "is", "type": "string"},
            {"field": "session_id", "value": sid, "operator": "is", "type": "string"},
        ],
    }
    # Without one, today's search (scoped by the key's project).
    wire.clear()
    await api.list({"filters": [{"field": "session_id", "value": sid, "operator": "is"}]})
    [request] = wire.sent
    assert request.route == "POST /v1/events/search"


async def test_list_accepts_date_ranges_in_every_form_and_applies_projections(
    api: Api, wire: Wire
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
    for date_range in (
        {"$gte": "2024-01-01T00:00:00Z", "$lte": "2024-02-01"},
        {"$gte": datetime.datetime(2024, 1, 1), "$lte": datetime.date(2024, 2, 1)},
        {"gte": "2024-01-01", "lte": "2024-02-01"},
        (in_ms - 1, in_ms + 1),
        '{"$gte": "2024-01-01T00:00:00+00:00", "$lte": "2024-02-01T00:00:00+00:00"}',
    ):
        response = await api.list(
            {"filters": only(sid), "dateRange": date_range, "projections": ["event_name"]}
        )
        assert [e.event_name for e in response.events] == ["january"], date_range
        # Projections go to the export route, which takes them.
        assert response.events[0].to_dict().keys() <= {"event_name", "event_id"}
    assert wire.sent[-1].route == "POST /v1/events/export"
    assert wire.sent[-1].body["dateRange"] == {
        "$gte": "2024-01-01T00:00:00.000Z",
        "$lte": "2024-02-01T00:00:00.000Z",
    }
    assert wire.sent[-1].body["projections"] == ["event_name"]
    response = await api.list({"filters": only(sid), "date_range": {"$gte": "2024-02-01"}})
    assert [e.event_name for e in response.events] == ["march"]
    assert wire.sent[-1].body["dateRange"] == {
        "start_time": "2024-02-01T00:00:00.000Z",
        "end_time": "9999-12-31T23:59:59.999Z",
    }


async def test_list_takes_the_official_sdks_data_keyword(api: Api) -> None:
    sid = str(uuid.uuid4())
    await api.create(event(sid, "kw"))
    response = await api.list(data={"filters": only(sid)})
    assert [e.event_name for e in response.events] == ["kw"]


@pytest.mark.parametrize(
    ("query", "error", "words"),
    [
        ({"projct": "x"}, ValueError, "unknown query key 'projct'"),
        ({"project": 7}, TypeError, "project must be a string"),
        ({"filters": [{"field": "event_type", "operator": "equals"}]}, ValueError, "operator"),
        ({"filters": [{"operator": "is", "value": 1}]}, TypeError, "field"),
        ({"filters": 5}, TypeError, "filters must be a list"),
        ({"dateRange": {"$gte": "last tuesday"}}, ValueError, "not an ISO-8601 date"),
        ({"dateRange": {"from": "2024-01-01"}}, ValueError, "unknown key 'from'"),
        ({"limit": 0}, ValueError, "limit must be an integer >= 1"),
        ({"limit": 5000}, ValueError, "limit must be at most 1000"),
        ({"ignore_order": "yes"}, TypeError, "ignore_order must be true or false"),
        (["project"], TypeError, "expects a dict of query parameters"),
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
    local_server.faults.script("POST /v1/events/search", [Fault.respond(200, body=body)])
    response = await api.list({})
    assert [e.event_name for e in response.events] == ["x", "y"]
    assert response.total_events == 2


async def test_iter_walks_every_page_holding_one_page_at_a_time(api: Api, wire: Wire) -> None:
    sid = str(uuid.uuid4())
    await api.create_batch([event(sid, f"e{i}", start_time=1000 + i) for i in range(25)])
    wire.clear()
    events = await api.iterate({"filters": only(sid), "limit": 10})
    assert sorted(e.event_name for e in events) == sorted(f"e{i}" for i in range(25))
    assert len({e.event_id for e in events}) == 25
    assert [(s.route, s.body["page"], s.body["limit"]) for s in wire.sent] == [
        ("POST /v1/events/search", 1, 10),
        ("POST /v1/events/search", 2, 10),
        ("POST /v1/events/search", 3, 10),
    ]


async def test_iter_stops_at_the_services_total(
    api: Api, local_server: LocalServer, wire: Wire
) -> None:
    assert local_server.faults is not None
    # A full page whose count says it is all there is: no second request. (A server that
    # ignores the page number is covered in tests/test_pagination.py.)
    full = {"events": [{"event_id": f"e{i}"} for i in range(3)], "count": 3}
    local_server.faults.script(
        "POST /v1/events/search", [Fault.respond(200, body=full)], repeat=True
    )
    events = await api.iterate({"limit": 3})
    assert [e.event_id for e in events] == ["e0", "e1", "e2"]
    assert len(wire.sent) == 1


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
    chart = await api.chart({"filters": only(sid), "metric": "duration", "aggregation": "avg"})
    assert [(b.value, b.count) for b in chart.events] == [(20.0, 3)]
    with pytest.raises(ValueError, match="bucket must be one of"):
        await api.chart({"bucket": "fortnight"})


# ------------------------------------------------------------------ export
async def test_export_with_a_request_dict_returns_the_matching_page(api: Api, wire: Wire) -> None:
    sid = str(uuid.uuid4())
    await api.create_batch([event(sid, f"x{i}") for i in range(5)])
    wire.clear()
    page = await api.export({"filters": only(sid), "limit": 2, "page": 3})
    assert isinstance(page, EventExportResponse)
    assert page.total_events == page.count == 5
    assert len(page.events) == 1
    [request] = wire.sent
    assert request.route == "POST /v1/events/export"
    # The export route requires every filter key: the type is inferred.
    assert request.body == {
        "filters": [{"field": "session_id", "operator": "is", "value": sid, "type": "string"}],
        "limit": 2,
        "page": 3,
    }


async def test_export_takes_the_official_sdks_keywords(api: Api, wire: Wire) -> None:
    sid = str(uuid.uuid4())
    await api.create_batch([event(sid, f"k{i}", start_time=1_700_000_000_000) for i in range(3)])
    wire.clear()
    page = await api.export(
        project=None,
        filters=only(sid),
        date_range={"$gte": "2023-01-01T00:00:00.000Z", "$lte": "2030-01-01T00:00:00.000Z"},
        limit=2,
        page=1,
    )
    assert (page.total_events, len(page.events)) == (3, 2)
    assert wire.sent[0].body == {
        "filters": [{"field": "session_id", "operator": "is", "value": sid, "type": "string"}],
        "dateRange": {"$gte": "2023-01-01T00:00:00.000Z", "$lte": "2030-01-01T00:00:00.000Z"},
        "limit": 2,
        "page": 1,
    }
    # 1.7.0's positional project, sent as 1.7.0 sends it; 1.7.0's defaults: limit 1000, page 1.
    page = await api.export("events-tests", only(sid))
    assert page.total_events == 3
    assert wire.sent[-1].body == {
        "limit": 1000,
        "page": 1,
        "project": "events-tests",
        "filters": [{"field": "session_id", "operator": "is", "value": sid, "type": "string"}],
    }
    with pytest.raises(TypeError, match="not both"):
        await api.export({"filters": []}, only(sid))


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
    assert sent(local_server, "/v1/events/batch") == 0
    by_id = {e.event_id: e.event_name for e in stored(client, sid)}
    assert [by_id[i] for i in response.event_ids] == [e["event_name"] for e in events]


async def test_create_batch_accepts_a_list_a_model_and_a_chunk_size(
    api: Api, client: HoneyHive, local_server: LocalServer
) -> None:
    sid = str(uuid.uuid4())
    model = PostEventBatchRequest(events=[{"event_type": "chain", "inputs": {}, "session_id": sid}])
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
    with pytest.raises(TypeError, match="session_name"):
        await api.create_batch({"events": [good], "session_properties": {"session_name": 1}})
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
    api: Api, client: HoneyHive, wire: Wire
) -> None:
    sid = str(uuid.uuid4())
    events = [event(sid, f"n{i}") for i in range(1203)]
    response = await api.create_batch(events)
    assert len(set(response.event_ids)) == 1203
    assert all(is_uuid4(i) for i in response.event_ids)
    assert all("event_id" not in e for e in events)
    sent_ids = [e["event_id"] for s in wire.sent for e in s.body["events"]]
    assert sorted(sent_ids) == sorted(response.event_ids)
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
    mode: str, wire: Wire, api_key: str, local_server: LocalServer
) -> None:
    assert local_server.faults is not None
    local_server.faults.script("POST /events/batch", [Fault.respond(500)], repeat=True)
    async with HoneyHive(api_key=api_key, base_url=wire.url, retry_config=1) as hh:
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
    assert info.value.response is not None
    assert info.value.response.additional_properties["errors"] == ["too big"]


@pytest.mark.parametrize("flag", ["single_session", "is_single_session"])
async def test_a_single_session_batch_keeps_every_chunk_in_one_session(
    api: Api, wire: Wire, flag: str
) -> None:
    events = [{"event_type": "chain", "event_name": f"s{i}", "inputs": {}} for i in range(7)]
    response = await api.create_batch(
        {"events": events, flag: True, "session_properties": {"session_name": "one"}},
        chunk_size=3,
    )
    assert response.session_id
    bodies = [s.body for s in wire.sent if s.route == "POST /events/batch"]
    # The flag is sent as given, by the first chunk only; the others join its session.
    assert (bodies[0][flag], "session_id" in bodies[0]["events"][0]) == (True, False)
    assert all(flag not in b for b in bodies[1:])
    assert {e["session_id"] for b in bodies[1:] for e in b["events"]} == {response.session_id}
    tree = await api.get_by_session_id(response.session_id)
    assert sorted(e.event_name for e in tree.events) == ["one"] + [f"s{i}" for i in range(7)]


async def test_create_model_batch_stores_model_events(
    api: Api, client: HoneyHive, local_server: LocalServer
) -> None:
    sid = str(uuid.uuid4())
    events = [{"session_id": sid, "model": "gpt-4o", "event_name": f"m{i}"} for i in range(5)]
    response = await api.create_model_batch({"model_events": events}, chunk_size=2)
    assert len(response.event_ids) == 5
    assert sent(local_server, "POST /events/model/batch") == 3
    found = stored(client, sid)
    assert {e.event_type for e in found} == {"model"}


# ------------------------------------------------------------------ concurrency
def test_sixteen_threads_share_one_client_without_errors_or_lost_events(
    wire: Wire, api_key: str
) -> None:
    sid = str(uuid.uuid4())
    errors: list[BaseException] = []
    ids: list[str] = []
    lock = threading.Lock()
    with HoneyHive(api_key=api_key, base_url=wire.url) as hh:

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
    wire: Wire, api_key: str
) -> None:
    sid = str(uuid.uuid4())
    async with HoneyHive(api_key=api_key, base_url=wire.url) as hh:
        responses = await asyncio.gather(
            *(hh.events.create_async(event(sid, f"task_{i}")) for i in range(500))
        )
        ids = {r.event_id for r in responses}
        assert len(ids) == 500
        assert {e.event_id for e in stored(hh, sid)} == ids


# ------------------------------------------------------------------ in-process
def test_test_mode_client_creates_and_reads_back_without_a_socket() -> None:
    with HoneyHive(test_mode=True) as hh:
        sid = hh.sessions.start({"session_name": "offline"}).session_id
        eid = hh.events.create(event(sid, "offline-step")).event_id
        names = [e.event_name for e in hh.events.get_by_session_id(sid).events]
        assert names == ["offline", "offline-step"]
        assert hh.events.get(eid).event.event_id == eid


async def test_list_takes_the_official_sdks_filter_model_and_enums(api: Api, wire: Wire) -> None:
    sid = str(uuid.uuid4())
    await api.create(event(sid, "typed", event_type=EventType.chain))
    wire.clear()
    flt = EventFilter(field="session_id", operator=FilterOperator.IS, value=sid)
    response = await api.list({"filters": [flt]})
    assert [(e.event_name, e.event_type) for e in response.events] == [("typed", "chain")]
    assert wire.sent[0].body["filters"] == [
        {"field": "session_id", "operator": "is", "value": sid, "type": "string"}
    ]
