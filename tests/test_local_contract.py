"""Every operation of openapi.yaml, driven once on its happy path, answer checked by the spec.

One scenario walks all operations in an order where each finds what it needs (a session
before its events, a run with scored sessions before its comparisons...). ``Wire.call``
validates each answer against the operation's success response schema (openapi-core's
response validator: required fields, types, formats, closed objects), and the test ends by
checking that no operation of the spec was left out.
"""

from __future__ import annotations

import uuid

from test_local_operations import PY_METRIC, Wire, ev, run_sessions

from honeyhive.local import LocalServer
from honeyhive.local.spec import load_spec
from honeyhive.local.tenancy import ORG_ID

SPEC = load_spec()


def uid() -> str:
    return str(uuid.uuid4())


def sessions_and_events(w: Wire) -> str:
    """The session and event operations; answers the id of a project seen on the way."""
    started = w.call("POST", "/session/start", body={"session": {"project": "c", "metadata": {}}})
    assert {"org_id", "workspace_id", "project_id", "event_id", "session_id"} <= set(started)
    assert started["org_id"] == ORG_ID
    sid = started["session_id"]
    bare = w.call("POST", "/v1/sessions", body={"session_name": "bare"})
    w.call("POST", f"/v1/sessions/{bare['session_id']}/events/batch", body={"events": [ev()]})
    w.call("POST", f"/session/{sid}/traces", body={"events": [ev()]})
    eid = uid()
    w.call("POST", "/v1/events", body=ev(event_id=eid, session_id=sid))
    assert w.call("GET", f"/v1/events/{eid}")["event"]["event_id"] == eid
    w.call("PUT", f"/v1/events/{eid}", body={"metadata": {"k": 1}})
    w.call("POST", "/events", body={"event": ev(event_id="legacy", session_id=sid)})
    w.call("PUT", "/events", body={"event_id": "legacy", "feedback": {"ok": True}})
    w.call("POST", "/events/model", body={"model_event": {"model": "m", "session_id": sid}})
    w.call("POST", "/events/batch", body={"events": [ev()], "is_single_session": True})
    w.call("POST", "/events/model/batch", body={"model_events": [{"model": "m"}]})
    w.call("POST", "/v1/events/batch", body={"events": [ev()], "single_session": True})
    assert w.call("GET", "/events")["totalEvents"] > 0
    assert w.call("POST", "/v1/events/export", body={"filters": []})["count"] > 0
    found = w.call(
        "POST",
        "/v1/events/search",
        body={"filters": [{"field": "session_id", "operator": "is", "value": sid}]},
    )
    assert found["count"] >= 4
    w.call("GET", "/v1/events/chart")
    tree = w.call("GET", f"/v1/sessions/{sid}")
    assert tree["children"]
    w.call("DELETE", "/v1/events/legacy")
    w.call("DELETE", f"/v1/sessions/{bare['session_id']}")
    return str(started["project_id"])


def charts_and_queues(w: Wire, project_id: str) -> None:
    chart = {"name": "Latency", "metric": "duration"}
    legacy = w.call("POST", "/v1/charts", body=chart)["data"]["id"]
    w.call("GET", "/v1/charts")
    w.call("GET", f"/v1/charts/{legacy}")
    w.call("PUT", f"/v1/charts/{legacy}", body={"func": "avg"})
    w.call("DELETE", f"/v1/charts/{legacy}")
    base = f"/v1/projects/{project_id}/charts"
    scoped = w.call("POST", base, body=chart)["data"]["id"]
    w.call("GET", base)
    w.call("GET", f"{base}/{scoped}")
    w.call("PATCH", f"{base}/{scoped}", body={"name": "p95 latency"})
    w.call("DELETE", f"{base}/{scoped}")
    queue = w.call("POST", "/v1/queues", body={"name": "review"}, expect=201)["queue"]["id"]
    w.call("GET", "/v1/queues")
    w.call("GET", f"/v1/queues/{queue}")
    w.call("PUT", f"/v1/queues/{queue}", body={"id": queue, "enabled": False})
    w.call("DELETE", f"/v1/queues/{queue}")


def metrics(w: Wire) -> None:
    body = {"name": "len", "type": "PYTHON", "criteria": PY_METRIC}
    metric_id = w.call("POST", "/v1/metrics", body=body)["metric_id"]
    other = w.call("POST", "/v1/metrics", body={**body, "name": "other"})["metric_id"]
    assert len(w.call("GET", "/v1/metrics")["metrics"]) == 2
    w.call("PUT", f"/v1/metrics/{metric_id}", body={"description": "chars"})
    w.call("PUT", "/v1/metrics", body={"id": metric_id, "sampling_percentage": 20})
    version = w.call(
        "POST", f"/v1/metrics/{metric_id}/versions", body={"message": "v", "content": body}
    )["data"]
    w.call("GET", f"/v1/metrics/{metric_id}/versions")
    w.call("POST", f"/v1/metrics/{metric_id}/versions/{version['name']}/deploy")
    run = {"metric": body, "event": {"outputs": {"content": "abc"}}}
    assert w.call("POST", "/v1/metrics/run", body=run)["result"] == 3
    w.call("POST", "/v1/metrics/run_metric", body=run)
    w.call("DELETE", f"/v1/metrics/{metric_id}")
    w.call("DELETE", "/v1/metrics", params={"metric_id": other})


def datasets_and_datapoints(w: Wire) -> None:
    dataset = w.call("POST", "/v1/datasets", body={"name": "d"})["result"]["insertedId"]
    point = w.call("POST", "/v1/datapoints", body={"inputs": {"q": 1}})["result"]["insertedIds"][0]
    assert w.call("GET", "/v1/datapoints")["datapoints"][0]["linked_event"] is None
    w.call("GET", f"/v1/datapoints/{point}")
    w.call("PUT", f"/v1/datapoints/{point}", body={"linked_datasets": [dataset]})
    w.call("POST", "/events", body={"event": ev(event_id="src")})
    w.call("POST", "/v1/datapoints/batch", body={"events": ["src"], "dataset_id": dataset})
    w.call("GET", "/v1/datasets")
    w.call("PUT", f"/v1/datasets/{dataset}", body={"description": "x"})
    w.call("PUT", "/v1/datasets", body={"dataset_id": dataset, "name": "d2"})
    w.call(
        "POST",
        f"/v1/datasets/{dataset}/datapoints",
        body={"data": [{"q": 2}], "mapping": {"inputs": ["q"]}},
    )
    w.call("DELETE", f"/v1/datasets/{dataset}/datapoints/{point}")
    w.call("PUT", f"/v1/datasets/{dataset}", body={"datapoints": [point]})
    w.call("DELETE", f"/v1/datasets/{dataset}/{point}")
    w.call("DELETE", f"/v1/datapoints/{point}")
    w.call("DELETE", f"/v1/datasets/{dataset}")
    spare = w.call("POST", "/v1/datasets", body={})["result"]["insertedId"]
    w.call("DELETE", "/v1/datasets", params={"dataset_id": spare})


def experiments(w: Wire) -> None:
    old = w.call("POST", "/v1/runs", body={"name": "old"})["run_id"]
    new = w.call("POST", "/v1/runs", body={"name": "new"})["run_id"]
    run_sessions(w, old, {"dp1": 0.5})
    run_sessions(w, new, {"dp1": 0.7})
    w.call("GET", "/v1/runs", params=[("run_ids[]", old), ("run_ids[]", new)])
    w.call("GET", f"/v1/runs/{old}")
    w.call("PUT", f"/v1/runs/{old}", body={"status": "completed"})
    w.call("GET", "/v1/runs/schema")
    w.call("GET", f"/v1/runs/{old}/schema")
    w.call("GET", "/v1/events/schema", params={"evaluation_id": old})
    w.call("GET", f"/v1/runs/{old}/metrics")
    w.call("GET", f"/v1/runs/{old}/summary")
    w.call("GET", f"/v1/runs/{old}/result")
    w.call("GET", f"/v1/runs/{new}/compare/{old}")
    w.call("GET", f"/v1/runs/{new}/compare-with/{old}")
    pairs = w.call("GET", f"/v1/runs/{new}/compare/{old}/events")
    assert pairs["totalEvents"] == 2  # the session root and the scored event
    w.call("GET", "/v1/runs/compare/events", params={"run_id_1": new, "run_id_2": old})
    w.call("DELETE", f"/v1/runs/{old}")


def seed_era(w: Wire) -> None:
    w.call("POST", "/v1/projects", body={"name": "seed"})
    w.call("GET", "/v1/projects")
    assert w.call("PUT", "/v1/projects", body={"name": "seed", "description": "x"})["org_id"]
    w.call("DELETE", "/v1/projects", params={"name": "seed"})
    params = {"call_type": "chat", "model": "gpt-4o"}
    config = w.call(
        "POST", "/v1/configurations", body={"name": "c", "provider": "openai", "parameters": params}
    )["insertedId"]
    w.call("GET", "/v1/configurations")
    w.call("PUT", f"/v1/configurations/{config}", body={"name": "c", "tags": ["t"]})
    w.call("DELETE", f"/v1/configurations/{config}")
    tool = w.call("POST", "/v1/tools", body={"name": "t"})["result"]["id"]
    w.call("GET", "/v1/tools")
    w.call("PUT", "/v1/tools", body={"id": tool, "description": "d"})
    w.call("DELETE", "/v1/tools", params={"function_id": tool})


def api_keys(w: Wire, project_id: str) -> None:
    ingest = w.call(
        "POST", f"/v1/projects/{project_id}/ingestion_api_keys", body={"name": "ingest"}
    )["data"]
    assert ingest["key_value"].startswith("hh_ingst_") and ingest["root_scope_id"] == project_id
    fine = w.call(
        "POST",
        f"/v1/projects/{project_id}/fine_grained_api_keys",
        body={"name": "fine", "permissions": ["*"], "expires_at": "2099-01-01T00:00:00Z"},
    )["data"]
    assert fine["key_value"].startswith("hh_fgdp_")


def test_every_operation_once(local_server: LocalServer) -> None:
    w = Wire(local_server)
    try:
        project_id = sessions_and_events(w)
        charts_and_queues(w, project_id)
        metrics(w)
        datasets_and_datapoints(w)
        experiments(w)
        seed_era(w)
        api_keys(w, project_id)
    finally:
        w.http.close()
    assert set(SPEC.operations) - w.exercised == set()
    assert len(SPEC.operations) == 90
