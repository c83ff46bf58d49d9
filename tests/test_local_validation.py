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
from honeyhive.local.spec import HOT_OPERATIONS, load_spec

SPEC = load_spec()
U1, U2 = "00000000-0000-4000-8000-000000000001", "00000000-0000-4000-8000-000000000002"
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
        "/v1/events/batch",
        as_json({"events": [ev(), ev(event_type="nope")]}),
        400,
        "VALIDATION_ERROR",
        "events[1].event_type",
    ),
    (
        "model-batch-item",
        "POST",
        "/events/model/batch",
        as_json({"model_events": [{"usage": "free"}]}),
        400,
        "VALIDATION_ERROR",
        "model_events[0].usage",
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
        as_json({**CONFIG, "env": ["qa"]}),
        400,
        "VALIDATION_ERROR",
        "env[0]",
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
        "export-limit-fraction",
        "POST",
        "/v1/events/export",
        as_json({"filters": [], "limit": 2.5}),
        400,
        "VALIDATION_ERROR",
        "limit",
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
        query(run_id_1=U1),
        400,
        "VALIDATION_ERROR",
        "run_id_2",
    ),
    (
        "query-not-uuid",
        "GET",
        "/v1/runs/compare/events",
        query(run_id_1="a", run_id_2=U2),
        400,
        "VALIDATION_ERROR",
        "run_id_1",
    ),
    (
        "path-not-uuid",
        "GET",
        "/v1/events/not-a-uuid",
        {},
        400,
        "VALIDATION_ERROR",
        "event_id",
    ),
    (
        "hot-path-not-uuid",
        "PUT",
        "/v1/events/not-a-uuid",
        as_json({"metadata": {}}),
        400,
        "VALIDATION_ERROR",
        "event_id",
    ),
    (
        "hot-session-path-not-uuid",
        "POST",
        "/v1/sessions/s/events/batch",
        as_json({"events": []}),
        400,
        "VALIDATION_ERROR",
        "session_id",
    ),
    (
        "undeclared-query",
        "GET",
        "/events",
        query(bogus="1"),
        400,
        "VALIDATION_ERROR",
        "bogus",
    ),
    (
        "undeclared-query-gone-from-the-contract",
        "GET",
        "/v1/datasets",
        query(include_datapoints="true"),
        400,
        "VALIDATION_ERROR",
        "include_datapoints",
    ),
    (
        "undeclared-query-on-hot-route",
        "POST",
        "/v1/events",
        {**as_json(ev()), "params": {"debug": "1"}},
        400,
        "VALIDATION_ERROR",
        "debug",
    ),
    (
        "brackets-only-for-lists",
        "GET",
        "/events",
        query(**{"project[]": "p"}),
        400,
        "VALIDATION_ERROR",
        "project[]",
    ),
    (
        "bare-event-closed",
        "POST",
        "/v1/events",
        as_json(ev(project="p")),
        400,
        "VALIDATION_ERROR",
        "project",
    ),
    (
        "bare-event-missing-inputs",
        "POST",
        "/v1/events",
        as_json({"event_type": "tool"}),
        400,
        "VALIDATION_ERROR",
        "inputs",
    ),
    (
        "v1-batch-legacy-alias",
        "POST",
        "/v1/events/batch",
        as_json({"events": [ev()], "is_single_session": True}),
        400,
        "VALIDATION_ERROR",
        "is_single_session",
    ),
    (
        "session-closed",
        "POST",
        "/v1/sessions",
        as_json({"project": "p"}),
        400,
        "VALIDATION_ERROR",
        "project",
    ),
    (
        "search-filter-type",
        "POST",
        "/v1/events/search",
        as_json({"filters": [{"field": "event_id", "operator": "is", "value": "x", "type": "id"}]}),
        400,
        "VALIDATION_ERROR",
        "filters[0].type",
    ),
    (
        "search-date-range-half",
        "POST",
        "/v1/events/search",
        as_json({"dateRange": {"start_time": "2024-01-01T00:00:00Z"}}),
        400,
        "VALIDATION_ERROR",
        "dateRange.end_time",
    ),
    (
        "search-limit",
        "POST",
        "/v1/events/search",
        as_json({"limit": 5000}),
        400,
        "VALIDATION_ERROR",
        "limit",
    ),
    (
        "runs-date-range-shape",
        "GET",
        "/v1/runs",
        query(dateRange="[1]"),
        400,
        "VALIDATION_ERROR",
        "dateRange",
    ),
    (
        "traces-both",
        "POST",
        "/session/s/traces",
        as_json({"events": [], "logs": []}),
        400,
        "VALIDATION_ERROR",
        "logs",
    ),
    (
        "run-metric-composite",
        "POST",
        "/v1/metrics/run",
        as_json({"metric": {"name": "c", "type": "COMPOSITE", "criteria": "x"}, "event": {}}),
        400,
        "VALIDATION_ERROR",
        "metric.type",
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
        as_json(
            {
                "filters": [
                    {
                        "field": "start_time",
                        "operator": "after",
                        "value": "soon",
                        "type": "datetime",
                    }
                ]
            }
        ),
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
        query(run_id_1=U1, run_id_2=U2, filter="{oops"),
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
    "createEventLegacy": [
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
    "createEvent": [
        ev(),
        ev(event_id="x", project_id="p", error=None, duration=1.5),
        ev(extra_field=1),
        ev(project="p"),
        ev(event_type="other"),
        {"inputs": {}},
        [],
    ],
    "createModelEventLegacy": [
        {"model_event": {}},
        {"model_event": {"tool_choice": "auto", "messages": [{"role": "user"}]}},
        {"model_event": {"tool_choice": {"type": "function"}}},
        {"model_event": {"response": "text", "cost": "1", "usage": {}}},
        {"model_event": {"messages": "hi"}},
        {"model_event": {"usage": []}},
    ],
    "createEventBatchLegacy": [
        {"events": []},
        {"events": [ev(), ev()], "is_single_session": True, "session_properties": {}},
        {"events": [{"inputs": 1}]},
        {"events": [ev()], "session": {"metadata": 1}},
        {"events": [ev()], "is_single_session": "yes"},
        {"events": {}},
    ],
    "createEventBatch": [
        {"events": [ev()], "single_session": True, "session_properties": {"session_name": "s"}},
        {"events": [ev(project="p")]},
        {"events": [ev()], "is_single_session": True},
        {"events": [ev(event_type="x")]},
    ],
    "createModelEventBatchLegacy": [
        {"model_events": [{}]},
        {"model_events": [{"usage": []}]},
        {"events": []},
    ],
    "updateEventLegacy": [
        {"event_id": "x"},
        {"event_id": "x", "metadata": {}, "duration": 3},
        {"event_id": 3},
        {"event_id": "x", "metrics": []},
        {"event_id": "x", "duration": None},
    ],
    "updateEvent": [
        {},
        {"metadata": {}, "end_time": 3, "children_ids": ["a"], "other": 1},
        {"outputs": None},
        {"children_ids": [1]},
        {"metrics": []},
    ],
    "createSessionEventBatch": [
        {"events": [ev()]},
        {"events": [ev(project="p")]},
        {"events": [], "extra": 1},
        {},
    ],
    "addSessionTracesLegacy": [
        {"events": [{"event_name": "x"}]},
        {"logs": [ev(project="p")]},
        {"events": [{"inputs": 1}]},
        {"logs": "x"},
    ],
}


@pytest.mark.parametrize("operation_id", sorted(HOT_BODIES))
def test_fast_validator_matches_openapi_core(operation_id: str) -> None:
    op = SPEC.operations[operation_id]
    params = {name: U1 for name in op.path_params}
    path = op.template.format(**params)
    for body in HOT_BODIES[operation_id]:
        fast = SPEC.path_problems(op, params) + SPEC.body_problems(op, body)
        full = SPEC.request_problems(op, path, params, [], json.dumps(body).encode())
        assert bool(fast) == bool(full), (body, fast, full)
        assert {p["field"] for p in fast} == {p["field"] for p in full}, (body, fast, full)


def test_every_hot_operation_is_checked_here() -> None:
    assert set(HOT_BODIES) == set(HOT_OPERATIONS)


@pytest.mark.parametrize(
    "operation_id", sorted(o for o in HOT_OPERATIONS if SPEC.operations[o].path_params)
)
def test_fast_path_check_matches_openapi_core(operation_id: str) -> None:
    op = SPEC.operations[operation_id]
    body = HOT_BODIES[operation_id][0]
    for value in ("not-a-uuid", U1):
        params = {name: value for name in op.path_params}
        fast = SPEC.path_problems(op, params)
        full = SPEC.request_problems(
            op, op.template.format(**params), params, [], json.dumps(body).encode()
        )
        assert [p["field"] for p in fast] == [p["field"] for p in full], (value, fast, full)
