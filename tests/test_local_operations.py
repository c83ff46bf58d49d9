"""Every operation of openapi.yaml, over a real socket, each response checked against the spec.

Each test drives one area end to end with plain httpx (not the facade) and reads back what
the server stored. ``Wire.call`` validates every response with openapi-core's response
validator and records the operationId; the last test checks all 52 were exercised.
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

SPEC = load_spec()
EXERCISED: set[str] = set()


class Wire:
    """httpx client that asserts the status and validates the answer against the spec."""

    def __init__(self, server: LocalServer) -> None:
        self.http = httpx.Client(
            base_url=server.url, headers={"Authorization": f"Bearer {server.api_key}"}
        )

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
        )
        assert not errors, errors
        operation, _ = SPEC.route(method, request.url.path)
        EXERCISED.add(operation.operation_id)
        return response.json()


@pytest.fixture
def wire(local_server: LocalServer) -> Iterator[Wire]:
    client = Wire(local_server)
    yield client
    client.http.close()


def ev(**fields: Any) -> dict[str, Any]:
    """A minimal valid event with ``fields`` on top."""
    return {"event_type": "tool", "inputs": {}, **fields}


def filters(*items: dict[str, Any]) -> str:
    return json.dumps(list(items))


# -- sessions and events -------------------------------------------------------------------


def test_sessions_and_event_tree(wire: Wire) -> None:
    sid = str(uuid.uuid4())
    started = wire.call(
        "POST",
        "/session/start",
        body={"session": {"project": "p", "session_name": "chat", "session_id": sid}},
    )
    assert started["session_id"] == sid
    # Starting the same session again changes nothing (client retries).
    assert (
        wire.call("POST", "/session/start", body={"session": {"session_id": sid}})["session_id"]
        == sid
    )
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
    wire.call("POST", "/events", body={"event": ev(event_name="orphan", session_id=sid)})
    tree = wire.call("GET", f"/v1/sessions/{sid}")
    assert tree["event_id"] == sid and tree["event_type"] == "session"
    names = {child["event_name"]: child for child in tree["children"]}
    assert set(names) == {"plan", "orphan"}
    assert [c["event_id"] for c in names["plan"]["children"]] == ["t1"]
    assert "t1" in names["plan"]["children_ids"]
    assert wire.call("GET", f"/v1/events/{sid}") == tree

    assert wire.call("DELETE", "/v1/events/t1") == {"success": True, "deleted": "t1"}
    wire.call("DELETE", "/v1/events/t1", expect=404)
    assert wire.call("DELETE", f"/v1/sessions/{sid}") == {"success": True, "deleted": sid}
    wire.call("GET", f"/v1/sessions/{sid}", expect=404)
    wire.call("DELETE", f"/v1/sessions/{sid}", expect=404)


def test_create_is_idempotent_on_event_id(wire: Wire) -> None:
    event = ev(event_id="same", project="p", metadata={"n": 1})
    for _ in range(3):
        assert wire.call("POST", "/events", body={"event": event})["event_id"] == "same"
    listed = wire.call("GET", "/events", params={"project": "p"})
    assert [e["event_id"] for e in listed["events"]] == ["same"]
    assert listed["totalEvents"] == 1
    # Batch retries too.
    batch = {"events": [ev(event_id="b1", project="p"), ev(event_id="b1", project="p")]}
    assert wire.call("POST", "/events/batch", body=batch)["event_ids"] == ["b1", "b1"]
    wire.call("POST", "/events/batch", body=batch)
    assert wire.call("GET", "/events", params={"project": "p"})["totalEvents"] == 2


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

    plain = wire.call(
        "POST",
        "/events/batch",
        body={"events": [ev(project="m", event_name="x"), ev(project="m", event_name="y")]},
    )
    assert plain["success"] and len(plain["event_ids"]) == 2 and "session_id" not in plain


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


def test_list_filters_pages_projections_and_export(wire: Wire) -> None:
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
            "filters": [{"field": "event_name", "operator": "is", "value": "even"}],
            "projections": ["event_name"],
            "limit": 2,
            "page": 2,
        },
    )
    assert exported["totalEvents"] == 5
    assert exported["events"] == [
        {"event_id": "e4", "event_name": "even"},
        {"event_id": "e2", "event_name": "even"},
    ]


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
    created = wire.call("POST", "/v1/projects", body={"name": "alpha", "description": "first"})
    assert created["name"] == "alpha" and created["id"]
    wire.call("POST", "/v1/projects", body={"name": "alpha"}, expect=409)
    wire.call("POST", "/v1/projects", body={"name": "beta", "type": "evaluation"})
    assert [p["name"] for p in wire.call("GET", "/v1/projects")] == ["alpha", "beta"]
    assert wire.call("GET", "/v1/projects", params={"name": "beta"})[0]["type"] == "evaluation"
    renamed = wire.call(
        "PUT", "/v1/projects", body={"name": "alpha", "new_name": "gamma", "description": "x"}
    )
    assert (renamed["name"], renamed["description"], renamed["id"]) == ("gamma", "x", created["id"])
    wire.call("PUT", "/v1/projects", body={"name": "gamma", "new_name": "beta"}, expect=409)
    wire.call("PUT", "/v1/projects", body={"name": "alpha"}, expect=404)
    assert wire.call("DELETE", "/v1/projects", params={"name": "gamma"}) == {
        "deleted": True,
        "name": "gamma",
    }
    wire.call("DELETE", "/v1/projects", params={"name": "gamma"}, expect=404)
    assert [p["name"] for p in wire.call("GET", "/v1/projects")] == ["beta"]


def test_configurations(wire: Wire) -> None:
    wire.call("POST", "/v1/projects", body={"name": "proj"})
    params = {"call_type": "chat", "model": "gpt-4o", "hyperparameters": {"temperature": 0.2}}
    created = wire.call(
        "POST",
        "/v1/configurations",
        params={"project": "proj"},
        body={"name": "prod-cfg", "provider": "openai", "parameters": params, "env": ["prod"]},
    )
    config_id = created["insertedId"]
    wire.call(
        "POST",
        "/v1/configurations",
        params={"project": "proj"},
        body={"name": "dev-cfg", "provider": "openai", "parameters": params, "tags": ["x"]},
    )
    wire.call(
        "POST",
        "/v1/configurations",
        params={"project": "proj"},
        body={"name": "prod-cfg", "provider": "openai", "parameters": params},
        expect=409,
    )
    listed = wire.call("GET", "/v1/configurations", params={"project": "proj"})
    assert [c["name"] for c in listed] == ["prod-cfg", "dev-cfg"]
    assert listed[0]["parameters"]["hyperparameters"] == {"temperature": 0.2}
    assert listed[0]["project_id"] == wire.call("GET", "/v1/projects")[0]["id"]
    deployed = wire.call("GET", "/v1/configurations", params={"project": "proj", "env": "prod"})
    assert [c["id"] for c in deployed] == [config_id]
    assert [c["name"] for c in wire.call("GET", "/v1/configurations", params={"tags": "x,y"})] == [
        "dev-cfg"
    ]
    assert wire.call("GET", "/v1/configurations", params={"project": "elsewhere"}) == []
    updated = wire.call(
        "PUT", f"/v1/configurations/{config_id}", body={"name": "prod-cfg", "env": []}
    )
    assert updated["acknowledged"] is True
    assert wire.call("GET", "/v1/configurations", params={"env": "prod"}) == []
    wire.call("PUT", "/v1/configurations/missing", body={"name": "x"}, expect=404)
    assert wire.call("DELETE", f"/v1/configurations/{config_id}") == {
        "acknowledged": True,
        "deletedCount": 1,
    }
    wire.call("DELETE", f"/v1/configurations/{config_id}", expect=404)


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
    wire.call(
        "POST",
        "/v1/metrics",
        body={"name": "judge", "type": "LLM", "criteria": "Is it polite?"},
    )
    wire.call(
        "POST", "/v1/metrics", body={"name": "length", "type": "HUMAN", "criteria": "x"}, expect=409
    )
    assert [m["name"] for m in wire.call("GET", "/v1/metrics", params={"type": "LLM"})] == ["judge"]
    assert wire.call("GET", "/v1/metrics", params={"id": metric_id})[0]["criteria"] == PY_METRIC
    assert wire.call("PUT", "/v1/metrics", body={"id": metric_id, "description": "chars"}) == {
        "updated": True
    }
    assert wire.call("GET", "/v1/metrics", params={"id": metric_id})[0]["description"] == "chars"

    ran = wire.call(
        "POST",
        "/v1/metrics/run_metric",
        body={
            "metric": {
                "name": "length",
                "type": "PYTHON",
                "criteria": PY_METRIC,
                "threshold": {"min": 3},
            },
            "event": {"outputs": {"content": "hello"}},
        },
    )
    assert ran == {"result": 5, "passed": True, "explanation": None}
    composite = wire.call(
        "POST",
        "/v1/metrics/run_metric",
        body={
            "metric": {
                "name": "overall",
                "type": "COMPOSITE",
                "criteria": "weighted",
                "child_metrics": [{"name": "a", "weight": 1}, {"name": "b", "weight": 3}],
            },
            "event": {"metrics": {"a": 1.0, "b": 0.0}},
        },
    )
    assert composite["result"] == 0.25
    refused = wire.call(
        "POST",
        "/v1/metrics/run_metric",
        body={"metric": {"name": "j", "type": "LLM", "criteria": "?"}, "event": {}},
        expect=422,
    )
    assert refused["errorCode"] == "METRIC_NOT_RUNNABLE_LOCALLY"
    assert "model provider" in refused["message"]

    assert wire.call("DELETE", "/v1/metrics", params={"metric_id": metric_id}) == {"deleted": True}
    wire.call("DELETE", "/v1/metrics", params={"metric_id": metric_id}, expect=404)
    wire.call("PUT", "/v1/metrics", body={"id": metric_id}, expect=404)


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
    by_ids = wire.call("GET", "/v1/datapoints", params=[("datapoint_ids[]", point)])
    assert [d["id"] for d in by_ids["datapoints"]] == [point]

    listed = wire.call("GET", "/v1/datasets", params={"include_datapoints": "true"})
    assert listed["datasets"][0]["datapoints"] == [point, added["datapoint_ids"][0]]
    assert (
        "datapoints" not in wire.call("GET", "/v1/datasets", params={"name": "qa"})["datasets"][0]
    )

    updated = wire.call(
        "PUT",
        f"/v1/datapoints/{point}",
        body={"ground_truth": {"a": "four"}, "linked_datasets": []},
    )
    assert updated == {"updated": True, "result": {"modifiedCount": 1}}
    assert wire.call("GET", f"/v1/datapoints/{point}")["datapoint"][0]["linked_datasets"] == []

    renamed = wire.call(
        "PUT", "/v1/datasets", body={"dataset_id": dataset_id, "name": "qa2", "datapoints": [point]}
    )
    assert renamed["result"]["name"] == "qa2" and renamed["result"]["datapoints"] == [point]
    removed = wire.call("DELETE", f"/v1/datasets/{dataset_id}/datapoints/{point}")
    assert removed["dereferenced"] is True
    wire.call("DELETE", f"/v1/datasets/{dataset_id}/datapoints/{point}", expect=404)

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
    wire.call("POST", "/v1/datapoints/batch", body={"events": ["missing"]}, expect=404)

    assert wire.call("DELETE", f"/v1/datapoints/{point}") == {"deleted": True}
    wire.call("GET", f"/v1/datapoints/{point}", expect=404)
    assert wire.call("DELETE", "/v1/datasets", params={"dataset_id": dataset_id}) == {
        "result": {"id": dataset_id}
    }
    assert wire.call("GET", "/v1/datasets")["datasets"] == []
    wire.call("DELETE", "/v1/datasets", params={"dataset_id": dataset_id}, expect=404)


# -- experiment runs -------------------------------------------------------------------------


def _run_sessions(wire: Wire, run_id: str, scores: dict[str, float]) -> None:
    for datapoint, score in scores.items():
        sid = str(uuid.uuid4())
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
    new_id = wire.call("POST", "/v1/runs", body={"name": "candidate", "status": "running"})[
        "run_id"
    ]
    _run_sessions(wire, old_id, {"dp1": 0.4, "dp2": 0.8})
    _run_sessions(wire, new_id, {"dp1": 0.6, "dp2": 1.0, "dp3": 0.9})

    runs = wire.call("GET", "/v1/runs", params={"sort_by": "name", "sort_order": "asc"})
    assert [r["name"] for r in runs["evaluations"]] == ["baseline", "candidate"]
    assert runs["pagination"]["total"] == 2 and runs["metrics"] == ["accuracy", "polite"]
    only = wire.call("GET", "/v1/runs", params=[("run_ids[]", new_id), ("status", "running")])
    assert [r["run_id"] for r in only["evaluations"]] == [new_id]
    assert wire.call("GET", f"/v1/runs/{old_id}")["evaluation"]["name"] == "baseline"

    updated = wire.call(
        "PUT", f"/v1/runs/{old_id}", body={"status": "completed", "metadata": {"k": 1}}
    )
    assert updated["evaluation"]["status"] == "completed"

    result = wire.call("GET", f"/v1/runs/{old_id}/result")
    assert result["status"] == "completed"
    assert result["passed"] == ["dp2"] and result["failed"] == ["dp1"]
    accuracy = next(d for d in result["metrics"]["details"] if d["metric_name"] == "accuracy")
    assert accuracy["aggregate"] == pytest.approx(0.6)
    assert accuracy["datapoints"] == {"passed": ["dp2"], "failed": ["dp1"]}
    summed = wire.call("GET", f"/v1/runs/{old_id}/result", params={"aggregate_function": "sum"})
    assert next(d for d in summed["metrics"]["details"] if d["metric_name"] == "accuracy")[
        "aggregate"
    ] == pytest.approx(1.2)

    comparison = wire.call("GET", f"/v1/runs/{new_id}/compare-with/{old_id}")
    acc = next(m for m in comparison["metrics"] if m["metric_name"] == "accuracy")
    assert acc["old_aggregate"] == pytest.approx(0.6)
    assert acc["new_aggregate"] == pytest.approx(2.5 / 3)
    assert acc["percentage_change"] == pytest.approx((2.5 / 3 - 0.6) / 0.6 * 100)
    assert comparison["commonDatapoints"] == ["dp1", "dp2"]

    pairs = wire.call(
        "GET",
        "/v1/runs/compare/events",
        params={"run_id_1": old_id, "run_id_2": new_id, "event_type": "model"},
    )
    assert pairs["pagination"]["total"] == 3
    dp3 = next(p for p in pairs["events"] if p["datapoint_id"] == "dp3")
    assert dp3["event_1"] is None and dp3["event_2"]["metrics"]["accuracy"] == 0.9

    metrics = wire.call("GET", f"/v1/runs/{new_id}/metrics")
    assert len(metrics["events"]) == 6  # 3 sessions, root + model event each
    schema = wire.call("GET", "/v1/runs/schema", params={"evaluation_id": new_id})
    assert {"name": "metrics.accuracy", "event_type": "model"} in schema["fields"]
    assert schema["mappings"]["accuracy"] == [
        {"field_name": "metrics.accuracy", "event_type": "model"}
    ]
    tagged = wire.call("GET", "/events", params={"evaluation_id": new_id})
    assert tagged["totalEvents"] == 6

    assert wire.call("DELETE", f"/v1/runs/{old_id}") == {"id": old_id, "deleted": True}
    wire.call("GET", f"/v1/runs/{old_id}", expect=404)
    wire.call("GET", f"/v1/runs/{old_id}/result", expect=404)


def test_every_operation_was_exercised() -> None:
    if not EXERCISED:
        pytest.skip("run with the rest of this module")
    assert set(SPEC.operations) - EXERCISED == set()
    assert len(SPEC.operations) == 52
