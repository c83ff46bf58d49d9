"""Bad input: every case is a 4xx JSON error naming the field; the server stays up and
nothing stored before changes. Also: the fast validator of the event routes agrees with
openapi-core.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from honeyhive.local import LocalServer
from honeyhive.local.spec import load_spec

SPEC = load_spec()
CONFIG = {"name": "c", "provider": "openai", "parameters": {"call_type": "chat", "model": "m"}}


def as_json(value: Any) -> dict[str, Any]:
    return {"content": json.dumps(value).encode(), "headers": {"content-type": "application/json"}}


def raw(content: bytes, content_type: str = "application/json") -> dict[str, Any]:
    return {"content": content, "headers": {"content-type": content_type}}


def query(**params: Any) -> dict[str, Any]:
    return {"params": params}


def ev(**fields: Any) -> dict[str, Any]:
    return {"event_type": "tool", "inputs": {}, **fields}


# (id, method, path, request kwargs, status, errorCode, field named in details or None)
CASES: list[tuple[str, str, str, dict[str, Any], int, str, str | None]] = [
    ("truncated-json", "POST", "/events", raw(b'{"event": '), 400, "INVALID_JSON", None),
    ("trailing-garbage", "POST", "/events", raw(b'{"event": {}} x'), 400, "INVALID_JSON", None),
    (
        "nan",
        "POST",
        "/events",
        raw(b'{"event": {"event_type": "tool", "inputs": {}, "duration": NaN}}'),
        400,
        "INVALID_JSON",
        None,
    ),
    ("deep-nesting", "POST", "/events", raw(b"[" * 100_000), 400, "INVALID_JSON", None),
    (
        "lone-surrogate",
        "POST",
        "/events",
        raw(b'{"event": {"event_type": "tool", "inputs": {"k": "\\ud800"}}}'),
        400,
        "INVALID_JSON",
        None,
    ),
    (
        "infinite-number",
        "POST",
        "/events",
        raw(b'{"event": {"event_type": "tool", "inputs": {}, "duration": 1e400}}'),
        400,
        "INVALID_JSON",
        None,
    ),
    (
        "integer-beyond-float",
        "POST",
        "/events",
        raw(b'{"event": {"event_type": "tool", "inputs": {}, "start_time": 1' + b"0" * 400 + b"}}"),
        400,
        "INVALID_JSON",
        None,
    ),
    (
        "surrogate-in-query-json",
        "GET",
        "/events",
        query(filters='[{"field": "a", "operator": "is", "value": "\\udc00"}]'),
        400,
        "VALIDATION_ERROR",
        "filters",
    ),
    ("bad-utf8", "POST", "/v1/projects", raw(b'{"name": "\xff\xfe"}'), 400, "INVALID_JSON", None),
    ("empty-body", "POST", "/v1/projects", raw(b""), 400, "INVALID_REQUEST", "<body>"),
    (
        "not-json-content-type",
        "POST",
        "/v1/projects",
        raw(b"name=x", "application/x-www-form-urlencoded"),
        400,
        "UNSUPPORTED_MEDIA_TYPE",
        "Content-Type",
    ),
    ("body-is-array", "POST", "/v1/projects", as_json([]), 400, "VALIDATION_ERROR", "<body>"),
    (
        "wrong-type-object",
        "POST",
        "/events",
        as_json({"event": ev(inputs="text")}),
        400,
        "VALIDATION_ERROR",
        "event.inputs",
    ),
    (
        "wrong-type-number",
        "POST",
        "/events",
        as_json({"event": ev(duration="fast")}),
        400,
        "VALIDATION_ERROR",
        "event.duration",
    ),
    (
        "unknown-enum",
        "POST",
        "/events",
        as_json({"event": ev(event_type="agent")}),
        400,
        "VALIDATION_ERROR",
        "event.event_type",
    ),
    (
        "missing-required",
        "POST",
        "/events",
        as_json({"event": {"event_type": "tool"}}),
        400,
        "VALIDATION_ERROR",
        "event.inputs",
    ),
    (
        "flat-event-without-wrapper",
        "POST",
        "/events",
        as_json(ev()),
        400,
        "VALIDATION_ERROR",
        "event",
    ),
    (
        "batch-item",
        "POST",
        "/events/batch",
        as_json({"events": [ev(), ev(event_type="nope")]}),
        400,
        "VALIDATION_ERROR",
        "events[1].event_type",
    ),
    (
        "model-batch-item",
        "POST",
        "/events/model/batch",
        as_json({"model_events": [{"cost": "free"}]}),
        400,
        "VALIDATION_ERROR",
        "model_events[0].cost",
    ),
    (
        "update-without-id",
        "PUT",
        "/events",
        as_json({"metadata": {}}),
        400,
        "VALIDATION_ERROR",
        "event_id",
    ),
    (
        "closed-body-unknown-field",
        "POST",
        "/v1/configurations",
        as_json({**CONFIG, "project": "p"}),
        400,
        "VALIDATION_ERROR",
        "project",
    ),
    (
        "nested-enum",
        "POST",
        "/v1/configurations",
        as_json({**CONFIG, "parameters": {"call_type": "voice", "model": "m"}}),
        400,
        "VALIDATION_ERROR",
        "parameters.call_type",
    ),
    (
        "update-config-missing-name",
        "PUT",
        "/v1/configurations/abc",
        as_json({"env": ["prod"]}),
        400,
        "VALIDATION_ERROR",
        "name",
    ),
    (
        "number-out-of-range",
        "POST",
        "/v1/metrics",
        as_json({"name": "m", "type": "PYTHON", "criteria": "x", "sampling_percentage": 150}),
        400,
        "VALIDATION_ERROR",
        "sampling_percentage",
    ),
    (
        "run-metric-missing-metric",
        "POST",
        "/v1/metrics/run_metric",
        as_json({"event": {}}),
        400,
        "VALIDATION_ERROR",
        "metric",
    ),
    (
        "run-status-body",
        "POST",
        "/v1/runs",
        as_json({"status": "done"}),
        400,
        "VALIDATION_ERROR",
        "status",
    ),
    (
        "export-without-filters",
        "POST",
        "/v1/events/export",
        as_json({"limit": 10}),
        400,
        "VALIDATION_ERROR",
        "filters",
    ),
    (
        "export-limit-zero",
        "POST",
        "/v1/events/export",
        as_json({"filters": [], "limit": 0}),
        400,
        "VALIDATION_ERROR",
        "limit",
    ),
    ("query-not-integer", "GET", "/events", query(limit="abc"), 400, "VALIDATION_ERROR", "limit"),
    ("query-below-minimum", "GET", "/events", query(page="0"), 400, "VALIDATION_ERROR", "page"),
    (
        "query-not-boolean",
        "GET",
        "/events",
        query(ignore_order="maybe"),
        400,
        "VALIDATION_ERROR",
        "ignore_order",
    ),
    (
        "query-enum",
        "GET",
        "/v1/events/chart",
        query(bucket="year"),
        400,
        "VALIDATION_ERROR",
        "bucket",
    ),
    (
        "query-above-maximum",
        "GET",
        "/v1/runs",
        query(limit="101"),
        400,
        "VALIDATION_ERROR",
        "limit",
    ),
    ("query-enum-ref", "GET", "/v1/runs", query(status="done"), 400, "VALIDATION_ERROR", "status"),
    (
        "missing-required-query",
        "DELETE",
        "/v1/tools",
        {},
        400,
        "VALIDATION_ERROR",
        "function_id",
    ),
    (
        "missing-one-of-two-required",
        "GET",
        "/v1/runs/compare/events",
        query(run_id_1="a"),
        400,
        "VALIDATION_ERROR",
        "run_id_2",
    ),
    (
        "filters-not-json",
        "GET",
        "/events",
        query(filters="[bad"),
        400,
        "VALIDATION_ERROR",
        "filters",
    ),
    (
        "filters-not-array",
        "GET",
        "/events",
        query(filters='{"field": "a"}'),
        400,
        "VALIDATION_ERROR",
        "filters",
    ),
    (
        "filter-operator",
        "GET",
        "/events",
        query(filters='[{"field": "event_name", "operator": "like", "value": "x"}]'),
        400,
        "VALIDATION_ERROR",
        "filters[0].operator",
    ),
    (
        "filter-missing-field",
        "GET",
        "/events",
        query(filters='[{"operator": "is", "value": "x"}]'),
        400,
        "VALIDATION_ERROR",
        "filters[0].field",
    ),
    (
        "filter-type",
        "GET",
        "/events",
        query(filters='[{"field": "duration", "operator": "is", "value": 1, "type": "float"}]'),
        400,
        "VALIDATION_ERROR",
        "filters[0].type",
    ),
    (
        "filter-value-not-number",
        "GET",
        "/events",
        query(
            filters='[{"field": "duration", "operator": "greater than", "value": "abc", '
            '"type": "number"}]'
        ),
        400,
        "VALIDATION_ERROR",
        "filters[0].value",
    ),
    (
        "filter-in-body-value",
        "POST",
        "/v1/events/export",
        as_json({"filters": [{"field": "start_time", "operator": "after", "value": "soon"}]}),
        400,
        "VALIDATION_ERROR",
        "filters[0].value",
    ),
    (
        "date-range-unreadable",
        "GET",
        "/events",
        query(dateRange='{"$gte": "yesterday"}'),
        400,
        "VALIDATION_ERROR",
        "dateRange.$gte",
    ),
    (
        "date-range-shape",
        "GET",
        "/events",
        query(dateRange="[1, 2]"),
        400,
        "VALIDATION_ERROR",
        "dateRange",
    ),
    (
        "projections-shape",
        "GET",
        "/events",
        query(projections='"event_name"'),
        400,
        "VALIDATION_ERROR",
        "projections",
    ),
    (
        "compare-filter",
        "GET",
        "/v1/runs/compare/events",
        query(run_id_1="a", run_id_2="b", filter="{oops"),
        400,
        "VALIDATION_ERROR",
        "filter",
    ),
    ("unknown-route", "GET", "/v1/nothing-here", {}, 404, "ROUTE_NOT_FOUND", None),
    ("wrong-method", "PATCH", "/events", as_json({}), 405, "METHOD_NOT_ALLOWED", None),
    ("unknown-id", "GET", "/v1/datapoints/nope", {}, 404, "NOT_FOUND", None),
]


@pytest.fixture
def seeded(local_server: LocalServer) -> Iterator[httpx.Client]:
    """A client of a server holding a session, events, a project and a configuration."""
    with httpx.Client(
        base_url=local_server.url, headers={"Authorization": f"Bearer {local_server.api_key}"}
    ) as client:
        ok = [
            client.post("/session/start", json={"session": {"session_id": "s", "project": "p"}}),
            client.post(
                "/events/batch",
                json={"events": [ev(session_id="s", event_id=f"e{i}") for i in range(3)]},
            ),
            client.post("/v1/projects", json={"name": "p"}),
            client.post("/v1/configurations", json=CONFIG),
        ]
        assert all(r.status_code == 200 for r in ok), [r.text for r in ok]
        yield client


def snapshot(client: httpx.Client) -> list[Any]:
    paths = ["/events", "/v1/projects", "/v1/configurations", "/v1/sessions/s"]
    answers = [client.get(p) for p in paths]
    assert all(a.status_code == 200 for a in answers)
    return [a.json() for a in answers]


@pytest.mark.parametrize(
    ("method", "path", "kwargs", "status", "code", "field"),
    [pytest.param(*case[1:], id=case[0]) for case in CASES],
)
def test_bad_input_is_a_clear_4xx(
    seeded: httpx.Client,
    method: str,
    path: str,
    kwargs: dict[str, Any],
    status: int,
    code: str,
    field: str | None,
) -> None:
    before = snapshot(seeded)
    response = seeded.request(method, path, **kwargs)
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json"
    error = response.json()
    assert error["errorCode"] == code
    assert isinstance(error["message"], str) and len(error["message"]) > 10
    if field is not None:
        named = [d["field"] for d in error["details"]]
        assert field in named, error
        if code == "VALIDATION_ERROR":  # the message names the (first) field too
            assert field in error["message"] or len(named) > 1
    if status in (400, 404) and code != "ROUTE_NOT_FOUND":  # documented: follows the spec
        errors = SPEC.response_errors(
            method, path, status, dict(response.headers), response.content
        )
        assert not errors, errors
    assert snapshot(seeded) == before  # the server is up and nothing changed


def test_odd_but_valid_values_are_stored(seeded: httpx.Client) -> None:
    odd = [
        ev(event_id="far", start_time=10**26, duration=10**25),  # beyond 64-bit integers
        ev(event_id="huge", start_time=1e300),  # beyond any calendar
        ev(event_id="text", inputs={"k": "\U0001f600 \u00e9 \u0000"}),  # pairs, NUL
    ]
    assert seeded.post("/events/batch", json={"events": odd}).status_code == 200
    ids = {e["event_id"] for e in seeded.get("/events").json()["events"]}
    assert {"far", "huge", "text"} <= ids
    assert seeded.get("/v1/events/chart").status_code == 200


def test_error_lists_every_problem(seeded: httpx.Client) -> None:
    response = seeded.post("/events", json={"event": {"event_type": "x", "inputs": [], "error": 3}})
    details = response.json()["details"]
    assert [(d["field"], d["location"]) for d in details] == [
        ("event.error", "body"),
        ("event.event_type", "body"),
        ("event.inputs", "body"),
    ]
    assert "expected a JSON object" in details[2]["problem"] or "object" in details[2]["problem"]
    assert "(and 2 more problem(s))" in response.json()["message"]


def test_oversized_body_is_413_and_server_survives() -> None:
    with LocalServer(max_body_bytes=2048) as server:
        auth = {"Authorization": f"Bearer {server.api_key}"}
        with httpx.Client(base_url=server.url, headers=auth) as client:
            assert client.post("/events", json={"event": ev(event_id="kept")}).status_code == 200
            big = {"event": ev(inputs={"text": "x" * 5000})}
            response = client.post("/events", json=big)
            assert response.status_code == 413
            assert response.json()["errorCode"] == "PAYLOAD_TOO_LARGE"
            assert "2048" in response.json()["message"]
            # Far beyond the limit: refused without reading it all.
            huge = client.post("/events", content=b"x" * (2048 * 20))
            assert huge.status_code == 413
            listed = client.get("/events").json()
            assert [e["event_id"] for e in listed["events"]] == ["kept"]


def test_oversized_in_process() -> None:
    from honeyhive.local import LocalAPI

    auth = {"authorization": "Bearer hh-local-dev-key"}
    with LocalAPI(max_body_bytes=20) as api:
        assert api.handle("POST", "/v1/projects", "", auth, b'{"name": "ok"}').status == 200
        answer = api.handle("POST", "/v1/projects", "", auth, b'{"name": "far too long"}')
        assert (answer.status, answer.json()["errorCode"]) == (413, "PAYLOAD_TOO_LARGE")
        # The size is checked first, before the key: nothing is parsed.
        assert api.handle("POST", "/v1/projects", "", {}, b"x" * 21).status == 413
        assert api.handle("POST", "/v1/projects", "", {}, b"x").status == 401


# -- the compiled validator of the event routes agrees with openapi-core ------------------------

HOT_BODIES: dict[str, list[Any]] = {
    "createEvent": [
        {"event": ev()},
        {"event": ev(event_id="x", metadata={"a": [1, {"b": None}]}, error=None, duration=1.5)},
        {"event": ev(children_ids=["a", "b"], start_time=1, end_time=2)},
        {"event": ev(extra_field={"kept": True})},
        {"event": ev(inputs=[])},
        {"event": ev(inputs=None)},
        {"event": ev(event_type="other")},
        {"event": ev(error=5)},
        {"event": ev(children_ids=[1])},
        {"event": ev(duration="1")},
        {"event": {"inputs": {}}},
        {"event": "text"},
        {},
        [],
        None,
    ],
    "createModelEvent": [
        {"model_event": {}},
        {"model_event": {"tool_choice": "auto", "messages": [{"role": "user"}]}},
        {"model_event": {"tool_choice": {"type": "function"}}},
        {"model_event": {"tool_choice": 3}},
        {"model_event": {"messages": ["hi"]}},
        {"model_event": {"cost": "1"}},
    ],
    "createEventBatch": [
        {"events": []},
        {"events": [ev(), ev()], "is_single_session": True, "session_properties": {}},
        {"events": [ev()], "session_properties": {"inputs": 1}},
        {"events": [ev()], "is_single_session": "yes"},
        {"events": {}},
    ],
    "createModelEventBatch": [
        {"model_events": [{}]},
        {"model_events": [{"usage": []}]},
        {"events": []},
    ],
    "updateEvent": [
        {"event_id": "x"},
        {"event_id": "x", "metadata": {}, "duration": 3},
        {"event_id": 3},
        {"event_id": "x", "metrics": []},
        {"event_id": "x", "duration": None},
    ],
}


@pytest.mark.parametrize("operation_id", sorted(HOT_BODIES))
def test_fast_validator_matches_openapi_core(operation_id: str) -> None:
    op = SPEC.operations[operation_id]
    for body in HOT_BODIES[operation_id]:
        fast = SPEC.body_problems(op, body)
        full = SPEC.request_problems(op, op.template, {}, [], json.dumps(body).encode())
        assert bool(fast) == bool(full), (body, fast, full)
        assert {p["field"] for p in fast} == {p["field"] for p in full}, (body, fast, full)
