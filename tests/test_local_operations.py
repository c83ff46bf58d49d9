"""The operations of openapi.yaml by area, over a real socket, each answer checked against the spec.

Each test drives one area end to end with plain httpx (not the facade) and reads back what
the server stored, through legacy and today's routes alike (they share storage).
``Wire.call`` validates every answer with openapi-core's response validator;
``test_local_contract.py`` drives every operation once.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from honeyhive.local import LocalServer
from honeyhive.local.spec import load_spec
from honeyhive.local.tenancy import DEFAULT_PROJECT_ID, ORG_ID, WORKSPACE_ID, project_id_for_name

SPEC = load_spec()


class Wire:
    """httpx client that asserts the status and validates the answer against the spec."""

    def __init__(self, server: LocalServer, key: str | None = None) -> None:
        self.http = httpx.Client(
            base_url=server.url, headers={"Authorization": f"Bearer {key or server.api_key}"}
        )
        self.exercised: set[str] = set()

    def call(
        self,
        method: str,
        path: str,
        *,
        params: Any = None,
        body: Any = None,
        expect: int = 200,
    ) -> Any:
        response = self.http.request(method, path, params=params, json=body)
        assert response.status_code == expect, response.text
        request = response.request
        errors = SPEC.response_errors(
            method,
            request.url.path,
            response.status_code,
            dict(response.headers),
            response.content,
            list(request.url.params.multi_items()),
        )
        assert not errors, errors
        operation, _ = SPEC.route(method, request.url.path)
        self.exercised.add(operation.operation_id)
        return response.json()


@pytest.fixture
def wire(local_server: LocalServer) -> Iterator[Wire]:
    client = Wire(local_server)
    yield client
    client.http.close()


def ev(**fields: Any) -> dict[str, Any]:
    """A minimal valid event with ``fields`` on top."""
    return {"event_type": "tool", "inputs": {}, **fields}


def uid() -> str:
    return str(uuid.uuid4())


def filters(*items: dict[str, Any]) -> str:
    return json.dumps(list(items))


# -- sessions and events -------------------------------------------------------------------


def test_session_start_answers_the_whole_session_event(wire: Wire) -> None:
    sid = uid()
    started = wire.call(
        "POST",
        "/session/start",
        body={"session": {"project": "p", "session_name": "chat", "session_id": sid}},
    )
    assert started["session_id"] == started["event_id"] == sid
    assert started["event_type"] == "session" and started["event_name"] == "chat"
    assert (started["org_id"], started["workspace_id"]) == (ORG_ID, WORKSPACE_ID)
    assert started["project_id"] == project_id_for_name("p")
    assert started["source"] == "unknown" and started["inputs"] == {}

    # The same session again: metadata and user properties merge, the rest stays.
    again = wire.call(
        "POST",
        "/session/start",
        body={"session": {"session_id": sid, "session_name": "other", "metadata": {"a": 1}}},
    )
    assert again["event_name"] == "chat" and again["metadata"] == {"a": 1}

    bare = wire.call("POST", "/v1/sessions", body={"session_name": "bare", "metadata": {"x": 1}})
    assert bare["event_name"] == "bare" and bare["project_id"] == DEFAULT_PROJECT_ID
    merged = wire.call(
        "POST",
        "/v1/sessions",
        body={"session_id": bare["session_id"], "metadata": {"y": 2}, "user_properties": {"u": 1}},
    )
    assert merged["event_id"] == bare["event_id"]
    assert merged["metadata"] == {"x": 1, "y": 2} and merged["user_properties"] == {"u": 1}
    # A session id that is not a UUID is replaced (HoneyHive's description says so).
    renamed = wire.call("POST", "/v1/sessions", body={"session_id": "not-a-uuid"})
    assert renamed["session_id"] != "not-a-uuid"
    assert str(uuid.UUID(renamed["session_id"])) == renamed["session_id"]
    unnamed = wire.call("POST", "/v1/sessions", body={})
    assert unnamed["event_name"] == "unknown"


def test_sessions_and_event_tree(wire: Wire) -> None:
    sid = uid()
    wire.call("POST", "/session/start", body={"session": {"project": "p", "session_id": sid}})
    chain = wire.call(
        "POST",
        "/events",
        body={"event": ev(event_type="chain", event_name="plan", session_id=sid, event_id="c1")},
    )
    assert chain == {"success": True, "event_id": "c1"}
    wire.call(
        "POST",
        "/events",
        body={"event": ev(event_name="search", session_id=sid, event_id="t1", parent_id="c1")},
    )
    orphan = uid()
    wire.call("POST", "/v1/events", body=ev(event_name="orphan", session_id=sid, event_id=orphan))
    batch = wire.call(
        "POST",
        f"/v1/sessions/{sid}/events/batch",
        body={"events": [ev(event_name="b1", session_id=uid()), ev(event_name="b2")]},
    )
    assert batch == {"success": True}
    traces = wire.call(
        "POST", f"/session/{sid}/traces", body={"logs": [{"event_name": "t", "inputs": {}}]}
    )
    assert traces == {"success": True}

    tree = wire.call("GET", f"/v1/sessions/{sid}")
    assert tree["event_id"] == sid and tree["event_type"] == "session"
    assert tree["org_id"] == ORG_ID and tree["project_id"] == project_id_for_name("p")
    names = {child["event_name"]: child for child in tree["children"]}
    assert set(names) == {"plan", "orphan", "b1", "b2", "t"}
    assert [c["event_id"] for c in names["plan"]["children"]] == ["t1"]
    assert "t1" in names["plan"]["children_ids"]
    # Events of the session take its project, even when sent without one.
    assert {c["project_id"] for c in tree["children"]} == {project_id_for_name("p")}
    assert names["orphan"]["parent_id"] == sid
    # ... and its name, so the seed-era list and the export find them by project name.
    by_name = wire.call("GET", "/events", params={"project": "p"})["events"]
    assert {"orphan", "b1", "b2"} <= {e["event_name"] for e in by_name}
    exported = wire.call("POST", "/v1/events/export", body={"project": "p"})
    assert exported["count"] == len(by_name) == 7  # the root and six events

    one = wire.call("GET", f"/v1/events/{orphan}")["event"]
    assert one["event_name"] == "orphan" and one["session_id"] == sid
    wire.call("GET", f"/v1/events/{uid()}", expect=404)

    assert wire.call("DELETE", "/v1/events/t1") == {"success": True, "deleted": "t1"}
    wire.call("DELETE", "/v1/events/t1", expect=404)
    assert wire.call("DELETE", f"/v1/sessions/{sid}") == {"success": True, "deleted": sid}
    wire.call("GET", f"/v1/sessions/{sid}", expect=404)
    wire.call("DELETE", f"/v1/sessions/{sid}", expect=404)
    missing = uid()
    wire.call("POST", f"/v1/sessions/{missing}/events/batch", body={"events": []}, expect=404)
    wire.call("POST", f"/session/{missing}/traces", body={"events": []}, expect=404)


def test_traces_take_exactly_one_of_events_and_logs(wire: Wire) -> None:
    sid = wire.call("POST", "/v1/sessions", body={})["session_id"]
    both = wire.call("POST", f"/session/{sid}/traces", body={"events": [], "logs": []}, expect=400)
    assert {d["field"] for d in both["details"]} == {"events", "logs"}
    neither = wire.call("POST", f"/session/{sid}/traces", body={}, expect=400)
    assert neither["details"][0]["field"] == "events"


def test_create_is_idempotent_on_event_id(wire: Wire) -> None:
    event = ev(event_id="same", project="p", metadata={"n": 1})
    for _ in range(3):
        assert wire.call("POST", "/events", body={"event": event})["event_id"] == "same"
    listed = wire.call("GET", "/events", params={"project": "p"})
    assert [e["event_id"] for e in listed["events"]] == ["same"]
    assert listed["totalEvents"] == 1
    # Batch retries too, on both batch routes.
    batch = {"events": [ev(event_id="b1", project="p"), ev(event_id="b1", project="p")]}
    assert wire.call("POST", "/events/batch", body=batch)["event_ids"] == ["b1", "b1"]
    wire.call("POST", "/events/batch", body=batch)
    assert wire.call("GET", "/events", params={"project": "p"})["totalEvents"] == 2
    bare = uid()
    for _ in range(2):
        assert wire.call("POST", "/v1/events", body=ev(event_id=bare))["event_id"] == bare
        wire.call("POST", "/v1/events/batch", body={"events": [ev(event_id=bare)]})
    found = wire.call(
        "POST",
        "/v1/events/search",
        body={"filters": [{"field": "event_id", "operator": "is", "value": bare}]},
    )
    assert found["count"] == 1


def test_model_events_and_batches(wire: Wire) -> None:
    model = {
        "model": "gpt-4o",
        "provider": "openai",
        "messages": [{"role": "user", "content": "hi"}],
        "response": {"role": "assistant", "content": "hello"},
        "usage": {"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5},
        "cost": 0.01,
        "hyperparameters": {"temperature": 0},
        "project": "m",
    }
    created = wire.call("POST", "/events/model", body={"model_event": model})
    stored = wire.call("GET", "/events", params={"project": "m"})["events"][0]
    assert stored["event_id"] == created["event_id"]
    assert stored["event_type"] == "model"
    assert stored["config"]["model"] == "gpt-4o"
    assert stored["inputs"]["chat_history"][0]["content"] == "hi"
    assert stored["outputs"]["content"] == "hello"
    assert stored["metadata"]["total_tokens"] == 5 and stored["metadata"]["cost"] == 0.01
    # Untyped model fields that are not objects are kept under their own name.
    plain = wire.call(
        "POST", "/events/model", body={"model_event": {"response": "text", "project": "m"}}
    )
    text = wire.call(
        "POST",
        "/v1/events/search",
        body={"filters": [{"field": "event_id", "operator": "is", "value": plain["event_id"]}]},
    )["events"][0]
    assert text["outputs"] == {"response": "text"}

    batch = wire.call(
        "POST",
        "/events/model/batch",
        body={
            "model_events": [dict(model, event_name=f"m{i}") for i in range(3)],
            "is_single_session": True,
            "session_properties": {"session_name": "batch session"},
        },
    )
    assert len(batch["event_ids"]) == 3 and batch["session_id"]
    tree = wire.call("GET", f"/v1/sessions/{batch['session_id']}")
    assert tree["event_name"] == "batch session"
    assert sorted(c["event_name"] for c in tree["children"]) == ["m0", "m1", "m2"]

    plain_batch = wire.call(
        "POST",
        "/events/batch",
        body={"events": [ev(project="m", event_name="x"), ev(project="m", event_name="y")]},
    )
    assert plain_batch["success"] and len(plain_batch["event_ids"]) == 2
    assert "session_id" not in plain_batch
    # The legacy alias "session" carries the session properties.
    aliased = wire.call(
        "POST",
        "/events/batch",
        body={"events": [ev()], "single_session": True, "session": {"session_name": "alias"}},
    )
    assert wire.call("GET", f"/v1/sessions/{aliased['session_id']}")["event_name"] == "alias"
    today = wire.call(
        "POST",
        "/v1/events/batch",
        body={
            "events": [ev(event_name="a"), ev(event_name="b")],
            "single_session": True,
            "session_properties": {"session_name": "today", "metadata": {"k": 1}},
        },
    )
    tree = wire.call("GET", f"/v1/sessions/{today['session_id']}")
    assert tree["event_name"] == "today" and tree["metadata"] == {"k": 1}
    assert sorted(c["event_name"] for c in tree["children"]) == ["a", "b"]


def test_update_merges(wire: Wire) -> None:
    wire.call(
        "POST",
        "/events",
        body={
            "event": ev(
                event_id="u1",
                metadata={"a": 1},
                feedback={"rating": 1},
                metrics={"m": 0.1},
                outputs={"text": "x"},
                config={"model": "a"},
                user_properties={"plan": "free"},
                start_time=1000,
                duration=5,
            )
        },
    )
    answer = wire.call(
        "PUT",
        "/events",
        body={
            "event_id": "u1",
            "metadata": {"b": 2},
            "feedback": {"comment": "ok"},
            "metrics": {"m": 0.9, "n": 1},
            "outputs": {"extra": True},
            "config": {"temperature": 0},
            "user_properties": {"country": "fr"},
            "duration": 50,
        },
    )
    assert answer == {"success": True, "event_id": "u1"}
    event = wire.call(
        "GET",
        "/events",
        params={
            "filters": filters({"field": "event_id", "operator": "is", "value": "u1", "type": "id"})
        },
    )["events"][0]
    assert event["metadata"] == {"a": 1, "b": 2}
    assert event["feedback"] == {"rating": 1, "comment": "ok"}
    assert event["metrics"] == {"m": 0.9, "n": 1}
    assert event["outputs"] == {"text": "x", "extra": True}
    assert event["config"] == {"model": "a", "temperature": 0}
    assert event["user_properties"] == {"plan": "free", "country": "fr"}
    assert (event["duration"], event["end_time"]) == (50, 1050)
    wire.call("PUT", "/events", body={"event_id": "nope", "metadata": {}}, expect=404)

    # Today's route: the id in the path, end_time and children_ids too, unknown fields ignored.
    eid = uid()
    wire.call("POST", "/v1/events", body=ev(event_id=eid, start_time=2000, metadata={"a": 1}))
    answer = wire.call(
        "PUT",
        f"/v1/events/{eid}",
        body={"metadata": {"b": 2}, "end_time": 2500, "children_ids": ["k"], "whatever": 1},
    )
    assert answer == {"success": True, "event_id": eid}
    event = wire.call("GET", f"/v1/events/{eid}")["event"]
    assert event["metadata"] == {"a": 1, "b": 2} and event["children_ids"] == ["k"]
    assert (event["end_time"], event["duration"]) == (2500, 500)
    assert "whatever" not in event
    wire.call("PUT", f"/v1/events/{eid}", body={"outputs": None})
    assert wire.call("GET", f"/v1/events/{eid}")["event"]["outputs"] == {}
    wire.call("PUT", f"/v1/events/{uid()}", body={"metadata": {}}, expect=404)


def test_list_filters_pages_projections_export_and_search(wire: Wire) -> None:
    events = [
        ev(
            event_id=f"e{i}",
            project="lists",
            event_name="even" if i % 2 == 0 else "odd",
            start_time=1_700_000_000_000 + i * 1000,
            metadata={"i": i},
        )
        for i in range(10)
    ]
    wire.call("POST", "/events/batch", body={"events": events})
    wire.call("POST", "/events", body={"event": ev(project="other")})
    page1 = wire.call("GET", "/events", params={"project": "lists", "limit": 4, "page": 1})
    page3 = wire.call("GET", "/events", params={"project": "lists", "limit": 4, "page": 3})
    assert page1["totalEvents"] == 10
    assert [e["event_id"] for e in page1["events"]] == ["e9", "e8", "e7", "e6"]  # newest first
    assert [e["event_id"] for e in page3["events"]] == ["e1", "e0"]
    ordered = wire.call("GET", "/events", params={"project": "lists", "ignore_order": "true"})
    assert [e["event_id"] for e in ordered["events"]] == [f"e{i}" for i in range(10)]
    odd_big = wire.call(
        "GET",
        "/events",
        params={
            "project": "lists",
            "filters": filters(
                {"field": "event_name", "operator": "is", "value": "odd", "type": "string"},
                {"field": "metadata.i", "operator": "greater than", "value": 4, "type": "number"},
            ),
            "projections": json.dumps(["event_name", "metadata.i"]),
        },
    )
    assert odd_big["events"] == [
        {"event_id": f"e{i}", "event_name": "odd", "metadata": {"i": i}} for i in (9, 7, 5)
    ]
    ranged = wire.call(
        "GET",
        "/events",
        params={
            "project": "lists",
            "dateRange": json.dumps({"$gte": "2023-11-14T22:13:22Z", "$lte": 1_700_000_004_000}),
        },
    )
    assert sorted(e["event_id"] for e in ranged["events"]) == ["e2", "e3", "e4"]
    exported = wire.call(
        "POST",
        "/v1/events/export",
        body={
            "project": "lists",
            "filters": [
                {"field": "event_name", "operator": "is", "value": "even", "type": "string"}
            ],
            "projections": ["event_name"],
            "limit": 2,
            "page": 2,
        },
    )
    assert exported["count"] == exported["totalEvents"] == 5
    assert exported["events"] == [
        {"event_id": "e4", "event_name": "even"},
        {"event_id": "e2", "event_name": "even"},
    ]
    assert wire.call("POST", "/v1/events/export", body={})["count"] == 11

    lists_id = project_id_for_name("lists")
    searched = wire.call(
        "POST",
        "/v1/events/search",
        body={
            "filters": [
                {"field": "project_id", "operator": "is", "value": lists_id},
                {"field": "metadata.i", "operator": "less than", "value": 6, "type": "number"},
            ],
            "dateRange": {
                "start_time": "2023-11-14T22:13:21Z",
                "end_time": "2023-11-14T22:13:30Z",
            },
            "limit": 2,
            "page": 2,
        },
    )
    # e1..e5 are in the window and below 6, newest first: page 2 of 2 is e3, e2.
    assert searched["count"] == 5
    assert [e["event_id"] for e in searched["events"]] == ["e3", "e2"]
    everything = wire.call("POST", "/v1/events/search", body={"ignore_order": True})
    assert everything["count"] == 11 and everything["events"][0]["event_id"] == "e0"
    wire.call("POST", "/v1/events/search", body={"limit": 1001}, expect=400)


def test_events_chart(wire: Wire) -> None:
    hour = 3_600_000
    base = 1_700_000_000_000 - 1_700_000_000_000 % hour
    wire.call(
        "POST",
        "/events/batch",
        body={
            "events": [
                ev(event_name="a", start_time=base, duration=10),
                ev(event_name="a", start_time=base + 10, duration=30),
                ev(event_name="b", start_time=base + hour, duration=7),
            ]
        },
    )
    chart = wire.call("GET", "/v1/events/chart", params={"metric": "duration", "bucket": "hour"})
    assert [(p["value"], p["count"]) for p in chart["events"]] == [(20.0, 2), (7.0, 1)]
    grouped = wire.call(
        "GET",
        "/v1/events/chart",
        params={"groupBy": "event_name", "aggregation": "max", "bucket": "day"},
    )
    assert {p["group"]: p["value"] for p in grouped["events"]} == {"a": 30.0, "b": 7.0}
    assert grouped["totalEvents"] == 3


# -- projects, configurations, tools ---------------------------------------------------------


def test_projects(wire: Wire) -> None:
    wire.call("POST", "/events", body={"event": ev(project="alpha", event_id="early")})
    created = wire.call("POST", "/v1/projects", body={"name": "alpha", "description": "first"})
    assert created["name"] == "alpha" and created["org_id"] == ORG_ID
    # The id derives from the name: events sent before the project existed already carry it.
    assert created["id"] == project_id_for_name("alpha")
    early = wire.call("GET", "/events", params={"project": "alpha"})["events"][0]
    assert early["project_id"] == created["id"]
    wire.call("POST", "/v1/projects", body={"name": "alpha"}, expect=409)
    wire.call("POST", "/v1/projects", body={"name": "beta", "type": "evaluation"})
    assert [p["name"] for p in wire.call("GET", "/v1/projects")] == ["alpha", "beta"]
    assert wire.call("GET", "/v1/projects", params={"name": "beta"})[0]["type"] == "evaluation"
    renamed = wire.call(
        "PUT", "/v1/projects", body={"name": "alpha", "new_name": "gamma", "description": "x"}
    )
    assert (renamed["name"], renamed["description"], renamed["id"]) == ("gamma", "x", created["id"])
    # Events of the renamed project keep finding its id by its new name.
    session = wire.call("POST", "/session/start", body={"session": {"project": "gamma"}})
    assert session["project_id"] == created["id"]
    # A new project with the old name gets an id of its own.
    again = wire.call("POST", "/v1/projects", body={"name": "alpha"})
    assert again["id"] != created["id"]
    wire.call("PUT", "/v1/projects", body={"name": "gamma", "new_name": "beta"}, expect=409)
    wire.call("PUT", "/v1/projects", body={"name": "delta"}, expect=404)
    assert wire.call("DELETE", "/v1/projects", params={"name": "gamma"}) == {
        "deleted": True,
        "name": "gamma",
    }
    wire.call("DELETE", "/v1/projects", params={"name": "gamma"}, expect=404)
    assert [p["name"] for p in wire.call("GET", "/v1/projects")] == ["beta", "alpha"]


def test_configurations(wire: Wire) -> None:
    params = {"call_type": "chat", "model": "gpt-4o", "hyperparameters": {"temperature": 0.2}}
    created = wire.call(
        "POST",
        "/v1/configurations",
        body={"name": "prod-cfg", "provider": "openai", "parameters": params, "env": ["prod"]},
    )
    config_id = created["insertedId"]
    wire.call(
        "POST",
        "/v1/configurations",
        body={"name": "dev-cfg", "provider": "openai", "parameters": params, "tags": ["x"]},
    )
    wire.call(
        "POST",
        "/v1/configurations",
        body={"name": "prod-cfg", "provider": "openai", "parameters": params},
        expect=409,
    )
    listed = wire.call("GET", "/v1/configurations")["configurations"]
    assert [c["name"] for c in listed] == ["prod-cfg", "dev-cfg"]
    assert listed[0]["parameters"]["hyperparameters"] == {"temperature": 0.2}
    assert listed[0]["type"] == "LLM" and listed[1]["env"] == []
    assert listed[0]["project_id"] == DEFAULT_PROJECT_ID
    deployed = wire.call("GET", "/v1/configurations", params={"env": "prod"})["configurations"]
    assert [c["id"] for c in deployed] == [config_id]
    tagged = wire.call("GET", "/v1/configurations", params={"tags": "x,y"})["configurations"]
    assert [c["name"] for c in tagged] == ["dev-cfg"]
    named = wire.call("GET", "/v1/configurations", params={"name": "dev-cfg"})["configurations"]
    assert [c["name"] for c in named] == ["dev-cfg"]
    updated = wire.call(
        "PUT", f"/v1/configurations/{config_id}", body={"name": "prod-cfg", "env": []}
    )
    assert updated == {
        "acknowledged": True,
        "matchedCount": 1,
        "modifiedCount": 1,
        "upsertedId": None,
        "upsertedCount": 0,
    }
    assert wire.call("GET", "/v1/configurations", params={"env": "prod"})["configurations"] == []
    wire.call("PUT", "/v1/configurations/missing", body={"name": "x"}, expect=404)
    assert wire.call("DELETE", f"/v1/configurations/{config_id}") == {
        "acknowledged": True,
        "deletedCount": 1,
    }
    wire.call("DELETE", f"/v1/configurations/{config_id}", expect=404)
    # The old ?project= scoping is gone from the contract: an unknown parameter is a 400.
    refused = wire.call("GET", "/v1/configurations", params={"project": "p"}, expect=400)
    assert refused["details"][0]["field"] == "project"


def test_tools(wire: Wire) -> None:
    created = wire.call(
        "POST",
        "/v1/tools",
        body={"name": "search", "description": "web", "parameters": {"type": "object"}},
    )
    tool = created["result"]
    assert created["inserted"] and tool["tool_type"] == "function"
    wire.call("POST", "/v1/tools", body={"name": "search"}, expect=409)
    updated = wire.call("PUT", "/v1/tools", body={"id": tool["id"], "description": "web search"})
    assert updated["result"]["description"] == "web search"
    assert [t["description"] for t in wire.call("GET", "/v1/tools")] == ["web search"]
    deleted = wire.call("DELETE", "/v1/tools", params={"function_id": tool["id"]})
    assert deleted["deleted"] and deleted["result"]["id"] == tool["id"]
    assert wire.call("GET", "/v1/tools") == []
    wire.call("DELETE", "/v1/tools", params={"function_id": tool["id"]}, expect=404)
    wire.call("PUT", "/v1/tools", body={"id": "missing"}, expect=404)


# -- metrics ---------------------------------------------------------------------------------

PY_METRIC = """def length(event):
    text = event["outputs"].get("content", "")
    return len(text)
"""


def test_metrics_crud_and_run(wire: Wire) -> None:
    created = wire.call(
        "POST",
        "/v1/metrics",
        body={"name": "length", "type": "PYTHON", "criteria": PY_METRIC, "return_type": "float"},
    )
    metric_id = created["metric_id"]
    wire.call("POST", "/v1/metrics", body={"name": "judge", "type": "LLM", "criteria": "Polite?"})
    human = wire.call("POST", "/v1/metrics", body={"name": "h", "type": "HUMAN", "criteria": "x"})
    wire.call(
        "POST", "/v1/metrics", body={"name": "length", "type": "HUMAN", "criteria": "x"}, expect=409
    )
    judge = wire.call("GET", "/v1/metrics", params={"type": "LLM"})["metrics"]
    assert [m["name"] for m in judge] == ["judge"]
    # The description's defaults are filled in.
    assert judge[0]["description"] == "" and judge[0]["sampling_percentage"] == 10
    assert judge[0]["filters"] == {"filterArray": []} and judge[0]["enabled_in_prod"] is False
    assert (
        wire.call("GET", "/v1/metrics", params={"id": human["metric_id"]})["metrics"][0][
            "enabled_in_prod"
        ]
        is True
    )
    assert (
        wire.call("GET", "/v1/metrics", params={"id": metric_id})["metrics"][0]["criteria"]
        == PY_METRIC
    )
    assert wire.call("PUT", "/v1/metrics", body={"id": metric_id, "description": "chars"}) == {
        "updated": True
    }
    wire.call("PUT", f"/v1/metrics/{metric_id}", body={"sampling_percentage": 50})
    one = wire.call("GET", "/v1/metrics", params={"id": metric_id})["metrics"][0]
    assert (one["description"], one["sampling_percentage"]) == ("chars", 50)

    run = {
        "metric": {
            "name": "length",
            "type": "PYTHON",
            "criteria": PY_METRIC,
            "threshold": {"min": 3},
        },
        "event": {"outputs": {"content": "hello"}},
    }
    expected = {"success": True, "loading": False, "result": 5, "passed": True, "explanation": None}
    assert wire.call("POST", "/v1/metrics/run", body=run) == expected
    assert wire.call("POST", "/v1/metrics/run_metric", body=run) == expected
    refused = wire.call(
        "POST",
        "/v1/metrics/run",
        body={"metric": {"name": "j", "type": "LLM", "criteria": "?"}, "event": {}},
        expect=422,
    )
    assert refused["errorCode"] == "METRIC_NOT_RUNNABLE_LOCALLY"
    assert "model provider" in refused["message"]

    assert wire.call("DELETE", "/v1/metrics", params={"metric_id": metric_id}) == {"deleted": True}
    wire.call("DELETE", "/v1/metrics", params={"metric_id": metric_id}, expect=404)
    wire.call("PUT", "/v1/metrics", body={"id": metric_id}, expect=404)
    assert wire.call("DELETE", f"/v1/metrics/{human['metric_id']}") == {"deleted": True}
    wire.call("DELETE", f"/v1/metrics/{human['metric_id']}", expect=404)
    wire.call("PUT", f"/v1/metrics/{human['metric_id']}", body={}, expect=404)


def test_metric_versions(wire: Wire) -> None:
    metric_id = wire.call(
        "POST", "/v1/metrics", body={"name": "len", "type": "PYTHON", "criteria": PY_METRIC}
    )["metric_id"]
    assert wire.call("GET", f"/v1/metrics/{metric_id}/versions") == {"success": True, "data": []}
    draft = wire.call(
        "POST",
        f"/v1/metrics/{metric_id}/versions",
        body={
            "message": "stricter",
            "content": {"name": "len", "type": "PYTHON", "criteria": "def f(e):\n    return 1\n"},
        },
    )["data"]
    assert draft["deployed"] is False and len(draft["full_sha"]) == 40
    assert draft["name"] == draft["full_sha"][:7]
    assert draft["content"]["return_type"] == "float"  # defaults filled in
    # A draft does not change the metric.
    current = wire.call("GET", "/v1/metrics", params={"id": metric_id})["metrics"][0]
    assert current["criteria"] == PY_METRIC

    live = wire.call(
        "POST",
        f"/v1/metrics/{metric_id}/versions",
        body={
            "message": "renamed",
            "content": {
                "name": "length2",
                "type": "PYTHON",
                "criteria": "def g(e):\n    return 2\n",
            },
            "deploy_immediately": True,
        },
    )["data"]
    assert live["deployed"] is True
    current = wire.call("GET", "/v1/metrics", params={"id": metric_id})["metrics"][0]
    assert (current["name"], current["criteria"]) == ("length2", live["content"]["criteria"])

    deployed = wire.call("POST", f"/v1/metrics/{metric_id}/versions/{draft['name']}/deploy")["data"]
    assert deployed["name"] == draft["name"] and deployed["deployed"] is True
    versions = wire.call("GET", f"/v1/metrics/{metric_id}/versions")["data"]
    assert [(v["name"], v["deployed"]) for v in versions] == [
        (draft["name"], True),
        (live["name"], False),
    ]
    current = wire.call("GET", "/v1/metrics", params={"id": metric_id})["metrics"][0]
    assert (current["name"], current["criteria"]) == ("len", draft["content"]["criteria"])
    wire.call("POST", f"/v1/metrics/{metric_id}/versions/nope/deploy", expect=404)
    wire.call("GET", "/v1/metrics/missing/versions", expect=404)
    # Versions live with their metric.
    wire.call("DELETE", f"/v1/metrics/{metric_id}")
    wire.call("GET", f"/v1/metrics/{metric_id}/versions", expect=404)


# -- datasets and datapoints -----------------------------------------------------------------


def test_datasets_and_datapoints(wire: Wire) -> None:
    dataset_id = wire.call("POST", "/v1/datasets", body={"name": "qa", "description": "d"})[
        "result"
    ]["insertedId"]
    wire.call("POST", "/v1/datasets", body={"name": "qa"}, expect=409)
    point = wire.call(
        "POST",
        "/v1/datapoints",
        body={
            "inputs": {"q": "2+2"},
            "ground_truth": {"a": "4"},
            "linked_datasets": [dataset_id],
        },
    )["result"]["insertedIds"][0]
    fetched = wire.call("GET", f"/v1/datapoints/{point}")["datapoint"][0]
    assert fetched["inputs"] == {"q": "2+2"} and fetched["linked_datasets"] == [dataset_id]
    assert fetched["linked_event"] is None and fetched["history"] == []
    added = wire.call(
        "POST",
        f"/v1/datasets/{dataset_id}/datapoints",
        body={
            "data": [{"question": "capital of France", "answer": "Paris", "id": 7}],
            "mapping": {"inputs": ["question"], "ground_truth": ["answer"]},
        },
    )
    assert added["inserted"] and len(added["datapoint_ids"]) == 1
    mapped = wire.call("GET", f"/v1/datapoints/{added['datapoint_ids'][0]}")["datapoint"][0]
    assert mapped["inputs"] == {"question": "capital of France"}
    assert mapped["ground_truth"] == {"answer": "Paris"}
    assert mapped["metadata"] == {"id": 7}

    by_name = wire.call("GET", "/v1/datapoints", params={"dataset_name": "qa"})
    assert [d["id"] for d in by_name["datapoints"]] == [point, added["datapoint_ids"][0]]
    # The service's repeated-key spelling and January's bracket spelling are one parameter.
    for key in ("datapoint_ids", "datapoint_ids[]"):
        by_ids = wire.call("GET", "/v1/datapoints", params=[(key, point), (key, "other")])
        assert [d["id"] for d in by_ids["datapoints"]] == [point]

    listed = wire.call("GET", "/v1/datasets")
    assert listed["datasets"][0]["datapoints"] == [point, added["datapoint_ids"][0]]

    updated = wire.call(
        "PUT",
        f"/v1/datapoints/{point}",
        body={"ground_truth": {"a": "four"}, "linked_datasets": []},
    )
    assert updated == {"updated": True, "result": {"modifiedCount": 1}}
    assert wire.call("GET", f"/v1/datapoints/{point}")["datapoint"][0]["linked_datasets"] == []

    # Both update routes change the same dataset.
    renamed = wire.call(
        "PUT", "/v1/datasets", body={"dataset_id": dataset_id, "name": "qa2", "datapoints": [point]}
    )
    assert renamed["result"]["name"] == "qa2" and renamed["result"]["datapoints"] == [point]
    described = wire.call("PUT", f"/v1/datasets/{dataset_id}", body={"description": "new"})
    assert described["result"]["name"] == "qa2" and described["result"]["description"] == "new"
    assert (
        wire.call("GET", "/v1/datasets", params={"name": "qa2"})["datasets"][0]["description"]
        == "new"
    )
    removed = wire.call("DELETE", f"/v1/datasets/{dataset_id}/datapoints/{point}")
    assert removed["dereferenced"] is True
    wire.call("DELETE", f"/v1/datasets/{dataset_id}/datapoints/{point}", expect=404)
    wire.call("PUT", f"/v1/datasets/{dataset_id}", body={"datapoints": [point]})
    assert wire.call("DELETE", f"/v1/datasets/{dataset_id}/{point}")["dereferenced"] is True
    wire.call("DELETE", f"/v1/datasets/{dataset_id}/{point}", expect=404)

    wire.call(
        "POST",
        "/events",
        body={"event": ev(event_id="src", inputs={"q": "hi"}, outputs={"a": "hello"})},
    )
    from_events = wire.call(
        "POST", "/v1/datapoints/batch", body={"events": ["src"], "dataset_id": dataset_id}
    )
    converted = wire.call("GET", f"/v1/datapoints/{from_events['insertedIds'][0]}")["datapoint"][0]
    assert converted["inputs"] == {"q": "hi"} and converted["ground_truth"] == {"a": "hello"}
    assert converted["linked_event"] == "src" and converted["linked_datasets"] == [dataset_id]
    by_filter = wire.call(
        "POST",
        "/v1/datapoints/batch",
        body={"filters": {"field": "event_id", "operator": "is", "value": "src"}},
    )
    assert len(by_filter["insertedIds"]) == 1
    wire.call("POST", "/v1/datapoints/batch", body={"events": ["missing"]}, expect=404)

    assert wire.call("DELETE", f"/v1/datapoints/{point}") == {"deleted": True}
    wire.call("GET", f"/v1/datapoints/{point}", expect=404)
    assert wire.call("DELETE", "/v1/datasets", params={"dataset_id": dataset_id}) == {
        "result": {"id": dataset_id}
    }
    wire.call("DELETE", "/v1/datasets", params={"dataset_id": dataset_id}, expect=404)
    other = wire.call("POST", "/v1/datasets", body={})["result"]["insertedId"]
    wire.call("POST", "/v1/datasets", body={})  # "Untitled Dataset" may repeat
    assert wire.call("DELETE", f"/v1/datasets/{other}") == {"result": {"id": other}}
    wire.call("DELETE", f"/v1/datasets/{other}", expect=404)
    assert [d["name"] for d in wire.call("GET", "/v1/datasets")["datasets"]] == ["Untitled Dataset"]


# -- experiment runs -------------------------------------------------------------------------


def run_sessions(wire: Wire, run_id: str, scores: dict[str, float]) -> None:
    """One session per datapoint, tagged with the run, with one scored model event."""
    for datapoint, score in scores.items():
        sid = uid()
        wire.call(
            "POST",
            "/session/start",
            body={
                "session": {
                    "session_id": sid,
                    "session_name": "eval",
                    "metadata": {"run_id": run_id, "datapoint_id": datapoint},
                }
            },
        )
        wire.call(
            "POST",
            "/events",
            body={
                "event": ev(
                    event_type="model",
                    event_name="answer",
                    session_id=sid,
                    metrics={"accuracy": score, "polite": score > 0.5},
                )
            },
        )


def test_experiment_runs(wire: Wire) -> None:
    wire.call("POST", "/v1/datasets", body={"name": "golden"})
    old = wire.call(
        "POST",
        "/v1/runs",
        body={
            "name": "baseline",
            "dataset_id": "ds1",
            "passing_ranges": {"accuracy": {"min": 0.5}},
        },
    )
    old_id = old["run_id"]
    assert old["evaluation"]["status"] == "pending"
    assert old["evaluation"]["scope_type"] == "project"
    assert old["evaluation"]["scope_id"] == DEFAULT_PROJECT_ID
    chosen = uid()
    new = wire.call(
        "POST", "/v1/runs", body={"run_id": chosen, "name": "candidate", "status": "running"}
    )
    new_id = new["run_id"]
    assert new_id == chosen
    wire.call("POST", "/v1/runs", body={"run_id": chosen}, expect=409)
    run_sessions(wire, old_id, {"dp1": 0.4, "dp2": 0.8})
    run_sessions(wire, new_id, {"dp1": 0.6, "dp2": 1.0, "dp3": 0.9})

    runs = wire.call("GET", "/v1/runs", params={"sort_by": "name", "sort_order": "asc"})
    assert [r["name"] for r in runs["evaluations"]] == ["baseline", "candidate"]
    assert runs["pagination"]["total"] == 2 and runs["metrics"] == ["accuracy", "polite"]
    for key in ("run_ids", "run_ids[]"):
        only = wire.call("GET", "/v1/runs", params=[(key, new_id), ("status", "running")])
        assert [r["run_id"] for r in only["evaluations"]] == [new_id]
    assert wire.call("GET", f"/v1/runs/{old_id}")["evaluation"]["name"] == "baseline"

    updated = wire.call(
        "PUT", f"/v1/runs/{old_id}", body={"status": "completed", "metadata": {"k": 1}}
    )
    assert updated["evaluation"]["status"] == "completed"

    result = wire.call("GET", f"/v1/runs/{old_id}/summary")
    assert result == wire.call("GET", f"/v1/runs/{old_id}/result")
    assert result["status"] == "completed"
    assert result["passed"] == ["dp2"] and result["failed"] == ["dp1"]
    accuracy = next(d for d in result["metrics"]["details"] if d["metric_name"] == "accuracy")
    assert accuracy["aggregate"] == pytest.approx(0.6)
    assert accuracy["datapoints"] == {"passed": ["dp2"], "failed": ["dp1"]}
    polite = next(d for d in result["metrics"]["details"] if d["metric_name"] == "polite")
    assert sorted(polite["values"]) == [0.0, 1.0]
    summed = wire.call("GET", f"/v1/runs/{old_id}/summary", params={"aggregate_function": "sum"})
    assert next(d for d in summed["metrics"]["details"] if d["metric_name"] == "accuracy")[
        "aggregate"
    ] == pytest.approx(1.2)

    comparison = wire.call("GET", f"/v1/runs/{new_id}/compare/{old_id}")
    assert comparison == wire.call("GET", f"/v1/runs/{new_id}/compare-with/{old_id}")
    acc = next(m for m in comparison["metrics"] if m["metric_name"] == "accuracy")
    assert acc["old_aggregate"] == pytest.approx(0.6)
    assert acc["new_aggregate"] == pytest.approx(2.5 / 3)
    assert acc["percentage_change"] == pytest.approx((2.5 / 3 - 0.6) / 0.6 * 100)
    assert comparison["commonDatapoints"] == ["dp1", "dp2"]

    pairs = wire.call(
        "GET", f"/v1/runs/{new_id}/compare/{old_id}/events", params={"event_type": "model"}
    )
    assert pairs["totalEvents"] == 2  # dp3 is only in the new run
    dp1 = next(p for p in pairs["events"] if p["datapoint_id"] == "dp1")
    assert dp1["event_1"]["metrics"]["accuracy"] == 0.6
    assert dp1["event_2"]["metrics"]["accuracy"] == 0.4
    legacy = wire.call(
        "GET",
        "/v1/runs/compare/events",
        params={"run_id_1": new_id, "run_id_2": old_id, "event_type": "model", "limit": 1},
    )
    assert legacy["totalEvents"] == 2 and len(legacy["events"]) == 1

    metrics = wire.call("GET", f"/v1/runs/{new_id}/metrics")
    assert metrics["totalEvents"] == 6  # 3 sessions, root + model event each
    scored = [e for e in metrics["events"] if e["metrics"]]
    assert sorted(e["metadata"]["datapoint_id"] for e in scored) == ["dp1", "dp2", "dp3"]
    model_only = wire.call(
        "GET",
        f"/v1/runs/{new_id}/metrics",
        params={"filters": filters({"field": "event_type", "operator": "is", "value": "model"})},
    )
    assert model_only["totalEvents"] == 3
    schema = wire.call("GET", "/v1/events/schema", params={"evaluation_id": new_id})
    assert {"name": "metrics.accuracy", "event_type": "model"} in schema["fields"]
    assert schema["mappings"]["accuracy"] == [
        {"field_name": "metrics.accuracy", "event_type": "model"}
    ]
    assert wire.call("GET", f"/v1/runs/{new_id}/schema") == schema
    assert schema["fields"][0] in wire.call("GET", "/v1/runs/schema")["fields"]
    tagged = wire.call("GET", "/events", params={"evaluation_id": new_id})
    assert tagged["totalEvents"] == 6
    searched = wire.call("POST", "/v1/events/search", body={"evaluation_id": new_id})
    assert searched["count"] == 6

    assert wire.call("DELETE", f"/v1/runs/{old_id}") == {"id": old_id, "deleted": True}
    wire.call("GET", f"/v1/runs/{old_id}", expect=404)
    wire.call("GET", f"/v1/runs/{old_id}/summary", expect=404)


def test_run_filters_must_be_usable(wire: Wire) -> None:
    run_id = wire.call("POST", "/v1/runs", body={})["run_id"]
    bad = wire.call(
        "GET",
        f"/v1/runs/{run_id}/summary",
        params={"filters": json.dumps([{"value": 1}])},
        expect=400,
    )
    assert bad["details"][0]["field"] == "filters[0].field"
    wrong = wire.call(
        "GET", f"/v1/runs/{run_id}/metrics", params={"dateRange": "{oops"}, expect=400
    )
    assert wrong["details"][0]["field"] == "dateRange"
