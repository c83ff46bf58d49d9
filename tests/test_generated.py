"""Checks on the generated package honeyhive_api: one module per operation, models that round-trip,
and requests that arrive on a real loopback HTTP server the way the service expects them."""

from __future__ import annotations

import ast
import asyncio
import importlib
import inspect
import json
import os
import pkgutil
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import attrs
import honeyhive_api.api
import honeyhive_api.models as models
import httpx
import jsonschema  # type: ignore[import-untyped]
import pytest
import yaml
from honeyhive_api.api.charts import create_chart, update_chart
from honeyhive_api.api.data_plane_api_keys import create_data_plane_api_key
from honeyhive_api.api.datapoints import get_datapoints
from honeyhive_api.api.datasets import create_dataset, get_datasets
from honeyhive_api.api.events import (
    create_event,
    create_event_batch_legacy,
    create_event_legacy,
    get_events,
    get_events_chart,
    update_event_legacy,
)
from honeyhive_api.api.experiments import get_experiment_compare_events, get_runs
from honeyhive_api.api.ingestion_api_keys import create_ingestion_api_key
from honeyhive_api.api.projects import get_projects
from honeyhive_api.api.queues import get_queues
from honeyhive_api.api.sessions import create_session, start_session_legacy
from honeyhive_api.api.tools import delete_tool
from honeyhive_api.client import AuthenticatedClient

ROOT = Path(__file__).resolve().parent.parent
SPEC: dict[str, Any] = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
JSON_OBJECT_REF = "#/components/schemas/JsonObject"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
TOKEN = "hh-test-key-123"
SKIP_GENERATE_CHECK_ENV = "HONEYHIVE_SKIP_GENERATE_CHECK"
MODES = ("sync", "async")
# Sample values for formats the generated models parse (and must print back unchanged).
DATE_TIME = "2026-06-01T12:30:00+00:00"
UUID_TEXT = "9f1c1a52-3c3e-4d5e-9d0b-1c2d3e4f5a6b"
ANY_JSON = {"any": ["json", 1, None, True]}
SESSION_EVENT = {
    "event_id": "e-1",
    "session_id": UUID_TEXT,
    "org_id": "org-1",
    "workspace_id": "ws-1",
    "project_id": "proj-1",
}


# --- the spec, read the way openapi-python-client reads it ---------------------------------------


def _snake(name: str) -> str:
    """operationId / tag to the generator's module name (getRunsSchema -> get_runs_schema)."""
    return re.sub(r"[^0-9a-z]+", "_", re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower())


def _pascal(name: str) -> str:
    """Schema or property name to a generated class-name part (passing_ranges -> PassingRanges)."""
    return "".join(p[:1].upper() + p[1:] for p in re.split(r"[^0-9A-Za-z]+", name) if p)


def _norm(name: str) -> str:
    """Parameter name reduced to compare spec and Python names (dateRange ~ date_range)."""
    return re.sub(r"[^0-9a-z]", "", name.lower())


def _types(schema: dict[str, Any]) -> list[Any]:
    """The `type` keyword as a list (OpenAPI 3.1 allows ["string", "null"])."""
    kind = schema.get("type")
    return kind if isinstance(kind, list) else [kind]


def _deref(node: dict[str, Any]) -> dict[str, Any]:
    """Follow component $refs until a concrete schema is reached."""
    while "$ref" in node:
        node = SCHEMAS[node["$ref"].rsplit("/", 1)[-1]]
    return node


@dataclass(frozen=True)
class Operation:
    """One operation of openapi.yaml, with what the tests need to call it."""

    operation_id: str
    tag: str
    method: str
    path: str
    spec: dict[str, Any]
    params: tuple[dict[str, Any], ...]

    @property
    def module(self) -> ModuleType:
        """The generated module of this operation."""
        return importlib.import_module(
            f"honeyhive_api.api.{_snake(self.tag)}.{_snake(self.operation_id)}"
        )

    @property
    def body_schema(self) -> dict[str, Any] | None:
        """The request-body schema, if the operation takes a body."""
        body = self.spec.get("requestBody")
        return body["content"]["application/json"]["schema"] if body else None

    @property
    def ok_status(self) -> int:
        """The one documented 2xx status."""
        (code,) = [c for c in self.spec["responses"] if c.startswith("2")]
        return int(code)

    @property
    def ok_schema(self) -> dict[str, Any] | None:
        """The schema of the 2xx answer (None when the answer has no body)."""
        response = self.spec["responses"][str(self.ok_status)]
        content = response.get("content", {}).get("application/json")
        return content["schema"] if content else None


def _operations() -> list[Operation]:
    found = []
    for path, item in SPEC["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                op = item[method]
                params = tuple(item.get("parameters", []) + op.get("parameters", []))
                found.append(
                    Operation(op["operationId"], op["tags"][0], method.upper(), path, op, params)
                )
    return found


OPERATIONS = _operations()
OPERATION_IDS = [op.operation_id for op in OPERATIONS]
BY_ID = {op.operation_id: op for op in OPERATIONS}


def _object_schemas_by_class_name() -> dict[str, dict[str, Any]]:
    """Every schema the generator turns into a model class, under that class's name: component
    objects, plus inline objects of their properties (named Parent + Property, with Type0 when
    the object is one of several types)."""
    found: dict[str, dict[str, Any]] = {}

    def visit(name: str, schema: dict[str, Any]) -> None:
        if "object" in _types(schema):
            # The class holds the object alternative of a nullable object.
            found[name] = {**schema, "type": "object"}
        for prop_name, prop in schema.get("properties", {}).items():
            types = _types(prop)
            if "object" in types:
                visit(name + _pascal(prop_name) + ("Type0" if len(types) > 1 else ""), prop)

    for name, schema in SCHEMAS.items():
        visit(_pascal(name), schema)
    return found


MODEL_SCHEMAS = _object_schemas_by_class_name()
MODEL_CLASSES: dict[str, Any] = {
    name: cls
    for name in models.__all__
    if inspect.isclass(cls := getattr(models, name)) and attrs.has(cls)
}


def _sample(schema: dict[str, Any], *, full: bool, pick: int = 0, depth: int = 0) -> Any:
    """A JSON value valid for `schema`: required properties only, or (full) every property down
    to a few levels. `pick` chooses which alternative / type / enum value to use (0 or -1)."""
    if schema.get("$ref") == JSON_OBJECT_REF:
        return {"free": {"form": [1, "two", None, True]}}
    schema = _deref(schema)
    if "enum" in schema:
        return schema["enum"][pick]
    alternatives = schema.get("anyOf") or schema.get("oneOf")
    if alternatives:
        return _sample(alternatives[pick], full=full, pick=pick, depth=depth)
    kind = _types(schema)[pick]
    if kind is None:
        # `{}`: the vendor's "any JSON value".
        return ANY_JSON
    if kind == "string":
        if schema.get("format") == "date-time":
            return DATE_TIME
        if schema.get("format") == "uuid":
            return UUID_TEXT
        return "s" * max(1, schema.get("minLength", 1))
    if kind == "integer":
        return 3
    if kind == "number":
        return 2.5
    if kind == "boolean":
        return True
    if kind == "null":
        return None
    if kind == "array":
        count = max(1, schema.get("minItems", 0)) if depth <= 3 else schema.get("minItems", 0)
        return [_sample(schema["items"], full=full, pick=pick, depth=depth + 1)] * count
    if kind == "object":
        properties = schema.get("properties", {})
        names = properties if full and depth <= 3 else schema.get("required", [])
        value = {n: _sample(properties[n], full=full, pick=pick, depth=depth + 1) for n in names}
        extra = schema.get("additionalProperties")
        if not properties and isinstance(extra, dict):
            value["some_key"] = _sample(extra, full=full, pick=pick, depth=depth + 1)
        return value
    raise AssertionError(f"no sample for schema {schema!r}")


def _unknown_value(schema: dict[str, Any]) -> Any:
    """A value for a key the schema does not name, of the type its additionalProperties allow."""
    extra = schema.get("additionalProperties", True)
    if isinstance(extra, dict) and extra and extra.get("$ref") != JSON_OBJECT_REF:
        return _sample(extra, full=True)
    return {"added": ["by", "a", "newer", "server", 1, None]}


def _validator(schema: dict[str, Any]) -> jsonschema.protocols.Validator:
    """A JSON Schema 2020-12 validator for `schema`, resolving refs into openapi.yaml."""
    return jsonschema.Draft202012Validator({**schema, "components": SPEC["components"]})


def _assert_valid(instance: Any, schema: dict[str, Any]) -> None:
    errors = [
        f"{list(e.absolute_path)}: {e.message}" for e in _validator(schema).iter_errors(instance)
    ]
    assert errors == []


def _required_fields(cls: type) -> set[str]:
    """Names of the attrs fields a model's constructor requires."""
    fields = attrs.fields_dict(cls)
    return {n for n, f in fields.items() if f.init and f.default is attrs.NOTHING}


# --- a recording HTTP server on loopback ----------------------------------------------------------


@dataclass
class Received:
    """One request as the server saw it."""

    method: str
    path: str
    query: str
    headers: dict[str, str]
    body: bytes

    @property
    def query_pairs(self) -> list[tuple[str, str]]:
        """The query string as (name, value) pairs, in order."""
        return parse_qsl(self.query, keep_blank_values=True)

    @property
    def json(self) -> Any:
        """The body, decoded as JSON."""
        return json.loads(self.body)


class _RecordingHTTPServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _RecordingHandler)
        self.received: list[Received] = []
        self.overrides: dict[tuple[str, str], tuple[int, Any, dict[str, str]]] = {}
        # Literal routes first so /v1/runs/schema wins over /v1/runs/{run_id}.
        routes = sorted(OPERATIONS, key=lambda op: op.path.count("{"))
        self.routes = [
            (op.method, re.compile(re.sub(r"\{[^}]+\}", "[^/]+", op.path) + "$"), op)
            for op in routes
        ]

    def reply_for(self, method: str, path: str) -> tuple[int, Any, dict[str, str]]:
        """The canned answer for a request: an override, else the route's 2xx sample."""
        if (method, path) in self.overrides:
            return self.overrides[(method, path)]
        for route_method, pattern, op in self.routes:
            if route_method == method and pattern.match(path):
                schema = op.ok_schema
                payload = None if schema is None else _sample(schema, full=True)
                return op.ok_status, payload, {}
        return 404, {"message": f"no route for {method} {path}"}, {}


class _RecordingHandler(BaseHTTPRequestHandler):
    server: _RecordingHTTPServer

    def _record_and_reply(self) -> None:
        url = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        headers = {name.lower(): value for name, value in self.headers.items()}
        self.server.received.append(Received(self.command, url.path, url.query, headers, body))
        status, payload, extra_headers = self.server.reply_for(self.command, url.path)
        data = b"" if payload is None else json.dumps(payload).encode()
        self.send_response(status)
        if data:
            self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for name, value in extra_headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _record_and_reply

    def log_message(self, *args: Any) -> None:
        """Keep test output quiet."""


@pytest.fixture(scope="module")
def _running_server() -> Iterator[_RecordingHTTPServer]:
    server = _RecordingHTTPServer()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


@pytest.fixture
def server(_running_server: _RecordingHTTPServer) -> _RecordingHTTPServer:
    """The module's recording server, emptied for this test."""
    _running_server.received.clear()
    _running_server.overrides.clear()
    return _running_server


def _send(server: _RecordingHTTPServer, mode: str, module: ModuleType, **kwargs: Any) -> Any:
    """Call the generated operation through a real AuthenticatedClient, sync or async."""
    host, port = server.server_address[:2]
    client = AuthenticatedClient(
        base_url=f"http://{host!s}:{port}",
        token=TOKEN,
        timeout=httpx.Timeout(5.0),
        raise_on_unexpected_status=True,
        httpx_args={"trust_env": False},
    )
    if mode == "sync":
        with client:
            return module.sync_detailed(client=client, **kwargs)

    async def run() -> Any:
        async with client:
            return await module.asyncio_detailed(client=client, **kwargs)

    return asyncio.run(run())


def _only_request(server: _RecordingHTTPServer) -> Received:
    assert len(server.received) == 1
    request = server.received[0]
    assert request.headers["authorization"] == f"Bearer {TOKEN}"
    return request


# --- layout ---------------------------------------------------------------------------------------


def test_one_generated_module_per_operation_in_openapi_yaml() -> None:
    expected = {f"{_snake(op.tag)}.{_snake(op.operation_id)}" for op in OPERATIONS}
    generated = {
        name.removeprefix("honeyhive_api.api.")
        for _, name, is_package in pkgutil.walk_packages(
            honeyhive_api.api.__path__, "honeyhive_api.api."
        )
        if not is_package
    }
    assert generated == expected
    assert len(generated) == 90


@pytest.mark.parametrize("op", OPERATIONS, ids=OPERATION_IDS)
def test_operation_module_has_sync_and_async_entry_points(op: Operation) -> None:
    module = op.module
    for name in ("sync", "sync_detailed"):
        assert callable(getattr(module, name)) and not inspect.iscoroutinefunction(
            getattr(module, name)
        )
    for name in ("asyncio", "asyncio_detailed"):
        assert inspect.iscoroutinefunction(getattr(module, name))
    kwargs = module._get_kwargs(**_call_arguments(op, module))
    assert kwargs["method"].upper() == op.method


@pytest.mark.parametrize(
    ("name", "mandatory"),
    [
        ("LegacyStartSessionRequest", {"session"}),
        ("LegacyPostEventRequest", {"event"}),
        ("LegacyPostEventRequestEvent", {"event_type", "inputs"}),
        ("PostEventRequest", {"event_type", "inputs"}),
        ("StartSessionRequest", set()),
        ("LegacyPostEventBatchRequest", {"events"}),
        ("LegacyUpdateEventRequest", {"event_id"}),
        ("PostEventResponse", {"success", "event_id"}),
        ("PostEventBatchResponse", {"success", "event_ids"}),
        (
            "PostSessionStartResponse",
            {"event_id", "session_id", "org_id", "workspace_id", "project_id"},
        ),
        (
            "Datapoint",
            {"id", "inputs", "history", "ground_truth", "metadata", "linked_event", "created_at"},
        ),
        (
            "UpdateConfigurationResponse",
            {"acknowledged", "upsertedId", "matchedCount", "modifiedCount", "upsertedCount"},
        ),
        ("CreateConfigurationRequest", {"name", "provider", "parameters"}),
        ("UpdateConfigurationRequest", {"name"}),
        ("CreateProjectRequest", {"name"}),
        ("UpdateProjectRequest", {"name"}),
        ("CreateChartRequest", {"name", "metric"}),
        ("UpdateChartRequest", set()),
        ("DeleteChartResponse", {"success", "message"}),
        ("CreateIngestionApiKeyRequest", {"name"}),
        ("CreateDataPlaneApiKeyRequest", {"name", "permissions", "expires_at"}),
    ],
)
def test_named_model_is_generated_with_the_required_fields(name: str, mandatory: set[str]) -> None:
    cls = getattr(models, name)
    assert {_norm(n) for n in _required_fields(cls)} == {_norm(n) for n in mandatory}


def test_experiment_run_object_requires_its_scope() -> None:
    required = {_norm(n) for n in _required_fields(models.ExperimentRunObject)}
    assert {"scopeid", "scopetype", "id", "runid"} <= required


def test_legacy_post_event_request_wraps_the_event_and_post_event_request_is_bare() -> None:
    assert "event" not in attrs.fields_dict(models.PostEventRequest)
    assert "project" not in attrs.fields_dict(models.PostEventRequest)
    event = models.LegacyPostEventRequestEvent(
        event_type="tool", inputs={"q": 1}, event_name="lookup", project="demo"
    )
    wrapped = models.LegacyPostEventRequest(event=event)
    assert wrapped.to_dict() == {
        "event": {
            "event_type": "tool",
            "inputs": {"q": 1},
            "event_name": "lookup",
            "project": "demo",
        }
    }


def test_every_model_class_has_a_schema_and_every_object_schema_a_class() -> None:
    assert set(MODEL_CLASSES) == set(MODEL_SCHEMAS)
    assert len(MODEL_CLASSES) > 200


# --- models ---------------------------------------------------------------------------------------


OPEN_MODELS = sorted(
    n for n, s in MODEL_SCHEMAS.items() if s.get("additionalProperties") is not False
)
CLOSED_MODELS = sorted(
    n for n, s in MODEL_SCHEMAS.items() if s.get("additionalProperties") is False
)


@pytest.mark.parametrize("name", OPEN_MODELS)
def test_model_round_trips_required_fields_and_keeps_unknown_keys(name: str) -> None:
    schema = MODEL_SCHEMAS[name]
    data = {**_sample(schema, full=False), "zz_unknown_key": _unknown_value(schema)}
    model = MODEL_CLASSES[name].from_dict(data)
    assert "zz_unknown_key" in model.additional_properties
    assert model.to_dict() == data


@pytest.mark.parametrize("pick", [0, -1], ids=["first-alternatives", "last-alternatives"])
@pytest.mark.parametrize("name", sorted(MODEL_SCHEMAS))
def test_model_round_trips_every_field(name: str, pick: int) -> None:
    data = _sample(MODEL_SCHEMAS[name], full=True, pick=pick)
    assert MODEL_CLASSES[name].from_dict(data).to_dict() == data


@pytest.mark.parametrize("name", CLOSED_MODELS)
def test_closed_model_has_no_additional_properties_and_drops_unknown_keys(name: str) -> None:
    cls = MODEL_CLASSES[name]
    data = _sample(MODEL_SCHEMAS[name], full=True)
    assert "additional_properties" not in attrs.fields_dict(cls)
    assert cls.from_dict({**data, "zz_unknown_key": "p"}).to_dict() == data


def test_todays_closed_bodies_are_closed_and_session_and_event_answers_open() -> None:
    closed = {
        "PostEventRequest",
        "StartSessionRequest",
        "CreateConfigurationRequest",
        "UpdateConfigurationRequest",
        "CreateChartRequest",
        "UpdateChartRequest",
        "CreateIngestionApiKeyRequest",
        "CreateDataPlaneApiKeyRequest",
    }
    assert closed <= set(CLOSED_MODELS)
    open_answers = {
        "PostSessionStartResponse",
        "LegacyEvent",
        "Datapoint",
        "ExperimentRunObject",
        "UpdateConfigurationResponse",
        "LegacyStartSessionRequestSession",
        "LegacyPostEventRequestEvent",
    }
    assert open_answers <= set(OPEN_MODELS)


def test_free_form_fields_are_plain_dicts() -> None:
    inputs = {"question": "hi", "nested": {"list": [1, 2]}}
    event = models.LegacyPostEventRequestEvent(
        event_type="model", inputs=inputs, metadata={"cost": 0.1}
    )
    assert event.to_dict() == {"event_type": "model", "inputs": inputs, "metadata": {"cost": 0.1}}
    parsed = models.LegacyEvent.from_dict({"event_id": "e1", "outputs": {"answer": [1]}})
    assert type(parsed.outputs) is dict
    assert parsed.outputs == {"answer": [1]}
    session = models.StartSessionRequest.from_dict({"metadata": {"build": 7}})
    assert type(session.metadata) is dict


# --- every operation over loopback ----------------------------------------------------------------


def _query_value(param: dict[str, Any]) -> Any:
    """The sample value of a query parameter: JSON text for JSON-valued ones."""
    if "x-json-schema" in param:
        return json.dumps(_sample(param["x-json-schema"], full=True))
    return _sample(param["schema"], full=True)


def _call_arguments(op: Operation, module: ModuleType) -> dict[str, Any]:
    """Arguments for every parameter of the generated function (path, query, body)."""
    by_norm = {_norm(p["name"]): p for p in op.params}
    arguments: dict[str, Any] = {}
    for name in inspect.signature(module.sync_detailed).parameters:
        if name == "client":
            continue
        if name == "body":
            assert op.body_schema is not None
            body_class = MODEL_CLASSES[_pascal(op.body_schema["$ref"].rsplit("/", 1)[-1])]
            arguments["body"] = body_class.from_dict(_sample(op.body_schema, full=True))
            continue
        param = by_norm[_norm(name)]
        arguments[name] = f"{param['name']}-1" if param["in"] == "path" else _query_value(param)
    return arguments


def _wire_query(params: tuple[dict[str, Any], ...]) -> list[tuple[str, str]]:
    """What the query string must hold when every query parameter gets its sample value."""
    pairs = []
    for param in params:
        if param["in"] != "query":
            continue
        value = _query_value(param)
        for item in value if isinstance(value, list) else [value]:
            text = json.dumps(item) if isinstance(item, bool) else str(item)
            pairs.append((param["name"], text))
    return sorted(pairs)


def _parsed_as_json(parsed: Any) -> Any:
    if isinstance(parsed, list):
        return [item.to_dict() for item in parsed]
    return parsed.to_dict()


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("op", OPERATIONS, ids=OPERATION_IDS)
def test_operation_sends_its_route_parameters_and_body_and_parses_the_2xx(
    server: _RecordingHTTPServer, op: Operation, mode: str
) -> None:
    module = op.module
    arguments = _call_arguments(op, module)
    assert {_norm(p["name"]) for p in op.params} == {_norm(n) for n in arguments if n != "body"}, (
        "every spec parameter must be a parameter of the generated function"
    )

    response = _send(server, mode, module, **arguments)

    request = _only_request(server)
    assert request.method == op.method
    assert request.path == re.sub(r"\{([^}]+)\}", r"\1-1", op.path)
    assert sorted(request.query_pairs) == _wire_query(op.params)
    for name, text in request.query_pairs:
        param = next(p for p in op.params if p["name"] == name)
        if "x-json-schema" in param:
            _assert_valid(json.loads(text), param["x-json-schema"])
    if op.body_schema is not None:
        assert request.headers["content-type"] == "application/json"
        assert request.json == arguments["body"].to_dict()
        _assert_valid(request.json, op.body_schema)
    else:
        assert request.body == b""
    assert response.status_code == op.ok_status
    if op.ok_schema is None:
        assert response.parsed is None
        return
    canned = _sample(op.ok_schema, full=True)
    _assert_valid(canned, op.ok_schema)
    assert _parsed_as_json(response.parsed) == canned


# --- sessions and events --------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_legacy_session_start_sends_the_session_as_a_json_object(
    server: _RecordingHTTPServer, mode: str
) -> None:
    session = {
        "project": "demo",
        "session_name": "checkout",
        "source": "dev",
        "session_id": UUID_TEXT,
        "inputs": {"user": "u1", "cart": [1, 2]},
        "metadata": {"build": 7},
        "user_properties": {"plan": "pro"},
    }
    body = models.LegacyStartSessionRequest(
        session=models.LegacyStartSessionRequestSession.from_dict(session)
    )
    answer = {**SESSION_EVENT, "event_type": "session", "inputs": {"user": "u1"}}
    server.overrides[("POST", "/session/start")] = (200, answer, {})

    response = _send(server, mode, start_session_legacy, body=body)

    request = _only_request(server)
    assert (request.method, request.path) == ("POST", "/session/start")
    assert request.json == {"session": session}
    assert isinstance(request.json["session"], dict)
    assert isinstance(response.parsed, models.PostSessionStartResponse)
    assert response.parsed.session_id == UUID_TEXT
    assert (response.parsed.org_id, response.parsed.workspace_id) == ("org-1", "ws-1")
    assert response.parsed.to_dict() == answer


@pytest.mark.parametrize("mode", MODES)
def test_todays_session_create_sends_the_bare_session(
    server: _RecordingHTTPServer, mode: str
) -> None:
    session = {"session_id": UUID_TEXT, "session_name": "checkout", "inputs": {"q": 1}}
    server.overrides[("POST", "/v1/sessions")] = (200, SESSION_EVENT, {})

    response = _send(
        server, mode, create_session, body=models.StartSessionRequest.from_dict(session)
    )

    request = _only_request(server)
    assert (request.method, request.path) == ("POST", "/v1/sessions")
    assert request.json == session
    assert isinstance(response.parsed, models.PostSessionStartResponse)
    assert response.parsed.project_id == "proj-1"


@pytest.mark.parametrize("mode", MODES)
def test_legacy_event_create_sends_the_event_wrapped_with_plain_dict_inputs(
    server: _RecordingHTTPServer, mode: str
) -> None:
    inputs = {"chat_history": [{"role": "user", "content": "hi"}], "temperature": 0.2}
    event = models.LegacyPostEventRequestEvent(
        event_type="model",
        inputs=inputs,
        project="demo",
        event_name="openai_completion",
        session_id="s-1",
        start_time=1_700_000_000_000,
        outputs={"content": "hello"},
    )

    response = _send(
        server, mode, create_event_legacy, body=models.LegacyPostEventRequest(event=event)
    )

    request = _only_request(server)
    assert (request.method, request.path) == ("POST", "/events")
    assert request.json == {
        "event": {
            "event_type": "model",
            "inputs": inputs,
            "project": "demo",
            "event_name": "openai_completion",
            "session_id": "s-1",
            "start_time": 1_700_000_000_000,
            "outputs": {"content": "hello"},
        }
    }
    assert isinstance(response.parsed, models.PostEventResponse)


@pytest.mark.parametrize("mode", MODES)
def test_todays_event_create_sends_the_bare_event(server: _RecordingHTTPServer, mode: str) -> None:
    event = {"event_type": "tool", "inputs": {"query": "weather"}, "event_name": "search"}

    response = _send(server, mode, create_event, body=models.PostEventRequest.from_dict(event))

    request = _only_request(server)
    assert (request.method, request.path) == ("POST", "/v1/events")
    assert request.json == event
    assert isinstance(response.parsed, models.PostEventResponse)


@pytest.mark.parametrize("is_single_session", [True, False])
@pytest.mark.parametrize("mode", MODES)
def test_legacy_event_batch_sends_events_list_and_is_single_session(
    server: _RecordingHTTPServer, mode: str, is_single_session: bool
) -> None:
    events = [
        {"event_type": "tool", "inputs": {"query": "weather"}, "event_name": "search"},
        {"event_type": "chain", "inputs": {}, "event_id": "e-2"},
    ]
    body = models.LegacyPostEventBatchRequest(
        events=[models.LegacyEvent.from_dict(e) for e in events],
        is_single_session=is_single_session,
        session_properties=models.SessionProperties.from_dict({"session_name": "batch"}),
    )

    response = _send(server, mode, create_event_batch_legacy, body=body)

    request = _only_request(server)
    assert (request.method, request.path) == ("POST", "/events/batch")
    assert request.json == {
        "events": events,
        "is_single_session": is_single_session,
        "session_properties": {"session_name": "batch"},
    }
    assert isinstance(response.parsed, models.PostEventBatchResponse)


@pytest.mark.parametrize("mode", MODES)
def test_legacy_event_update_sends_a_flat_body_and_accepts_an_empty_answer(
    server: _RecordingHTTPServer, mode: str
) -> None:
    body = models.LegacyUpdateEventRequest.from_dict(
        {"event_id": "e-1", "metadata": {"reviewed": True}, "duration": 12.5}
    )

    response = _send(server, mode, update_event_legacy, body=body)

    request = _only_request(server)
    assert (request.method, request.path) == ("PUT", "/events")
    assert request.json == {"event_id": "e-1", "metadata": {"reviewed": True}, "duration": 12.5}
    assert response.status_code == 200
    assert response.parsed is None


# --- query encodings ------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_get_events_sends_filters_date_range_and_projections_as_json_strings(
    server: _RecordingHTTPServer, mode: str
) -> None:
    filters = [
        {"field": "event_type", "value": "model", "operator": "is", "type": "string"},
        {"field": "metadata.cost", "value": 0.5, "operator": "greater than", "type": "number"},
    ]
    date_range = {"$gte": "2024-01-01T00:00:00Z", "$lte": "2024-02-01T00:00:00Z"}
    projections = ["event_id", "inputs"]

    response = _send(
        server,
        mode,
        get_events,
        project="demo",
        filters=json.dumps(filters),
        date_range=json.dumps(date_range),
        projections=json.dumps(projections),
        ignore_order=True,
        limit=50,
    )

    request = _only_request(server)
    assert (request.method, request.path) == ("GET", "/events")
    query = dict(request.query_pairs)
    assert set(query) == {"project", "filters", "dateRange", "projections", "ignore_order", "limit"}
    assert json.loads(query["filters"]) == filters
    assert json.loads(query["dateRange"]) == date_range
    assert json.loads(query["projections"]) == projections
    assert query["ignore_order"] == "true"
    assert query["limit"] == "50"
    params = {p["name"]: p for p in BY_ID["getEvents"].params}
    for name in ("filters", "dateRange", "projections"):
        _assert_valid(json.loads(query[name]), params[name]["x-json-schema"])
    assert isinstance(response.parsed, models.GetEventsResponse)


@pytest.mark.parametrize("mode", MODES)
def test_run_compare_events_sends_filter_as_a_json_object_string(
    server: _RecordingHTTPServer, mode: str
) -> None:
    event_filter = {"event_type": "model", "metrics.accuracy": {"$gt": 0.5}}

    _send(
        server,
        mode,
        get_experiment_compare_events,
        new_run_id="run-new",
        old_run_id="run-old",
        filter_=json.dumps(event_filter),
    )

    request = _only_request(server)
    assert request.path == "/v1/runs/run-new/compare/run-old/events"
    query = dict(request.query_pairs)
    assert json.loads(query["filter"]) == event_filter


@pytest.mark.parametrize(
    ("module", "name", "value"),
    [
        (get_events, "ignore_order", False),
        (get_queues, "enabled", True),
        (get_queues, "enabled", False),
        (get_events_chart, "only_experiments", True),
        (get_events_chart, "only_experiments", False),
    ],
)
def test_boolean_query_parameters_are_sent_as_true_or_false(
    server: _RecordingHTTPServer, module: ModuleType, name: str, value: bool
) -> None:
    parameters = inspect.signature(module.sync_detailed).parameters
    python_name = next((n for n in parameters if _norm(n) == _norm(name)), None)
    assert python_name is not None, f"{module.__name__} has no {name} parameter"

    _send(server, "sync", module, **{python_name: value})

    request = _only_request(server)
    assert request.query_pairs == [(name, "true" if value else "false")]


@pytest.mark.parametrize("ids", [["dp-a", "dp-b"], ["dp-only"]], ids=["two", "one"])
@pytest.mark.parametrize("mode", MODES)
def test_datapoints_list_sends_ids_in_bracket_form(
    server: _RecordingHTTPServer, mode: str, ids: list[str]
) -> None:
    response = _send(server, mode, get_datapoints, datapoint_ids=ids, dataset_name="golden")

    request = _only_request(server)
    assert (request.method, request.path) == ("GET", "/v1/datapoints")
    assert request.query_pairs == [("datapoint_ids[]", i) for i in ids] + [
        ("dataset_name", "golden")
    ]
    assert isinstance(response.parsed, models.GetDatapointsResponse)


@pytest.mark.parametrize("ids", [["run-1", "run-2"], ["run-1"]], ids=["two", "one"])
def test_runs_list_sends_run_ids_in_bracket_form(
    server: _RecordingHTTPServer, ids: list[str]
) -> None:
    date_range = {"$gte": "2026-06-01T00:00:00Z", "$lte": "2026-07-01T00:00:00Z"}

    response = _send(
        server, "sync", get_runs, run_ids=ids, status="completed", date_range=json.dumps(date_range)
    )

    request = _only_request(server)
    assert (request.method, request.path) == ("GET", "/v1/runs")
    pairs = request.query_pairs
    assert [v for k, v in pairs if k == "run_ids[]"] == ids
    assert "run_ids" not in dict(pairs)
    assert dict(pairs)["status"] == "completed"
    assert json.loads(dict(pairs)["dateRange"]) == date_range
    # The generator sends the defaults the description declares.
    assert {k: v for k, v in pairs if k in ("page", "limit", "sort_by", "sort_order")} == {
        "page": "1",
        "limit": "20",
        "sort_by": "created_at",
        "sort_order": "desc",
    }
    assert isinstance(response.parsed, models.GetExperimentRunsResponse)


# --- seed-era operations --------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_tools_delete_sends_function_id(server: _RecordingHTTPServer, mode: str) -> None:
    response = _send(server, mode, delete_tool, function_id="tool-42")

    request = _only_request(server)
    assert (request.method, request.path, request.query) == (
        "DELETE",
        "/v1/tools",
        "function_id=tool-42",
    )
    assert request.body == b""
    assert isinstance(response.parsed, models.DeleteToolResponse)


@pytest.mark.parametrize("mode", MODES)
def test_projects_list_parses_a_json_array(server: _RecordingHTTPServer, mode: str) -> None:
    projects = [
        {"id": "p1", "name": "demo", "type": "completion"},
        {"id": "p2", "name": "evals", "description": "offline", "owner": "team-a"},
    ]
    server.overrides[("GET", "/v1/projects")] = (200, projects, {})

    response = _send(server, mode, get_projects, name="demo")

    request = _only_request(server)
    assert (request.method, request.path, request.query) == ("GET", "/v1/projects", "name=demo")
    assert isinstance(response.parsed, list)
    assert [type(p) for p in response.parsed] == [models.Project, models.Project]
    assert [p.name for p in response.parsed] == ["demo", "evals"]
    assert response.parsed[1].additional_properties == {"owner": "team-a"}


# --- the operations the official SDK 1.7.0 adds ---------------------------------------------------


CHART = {
    "id": "chart-1",
    "name": "Latency",
    "description": None,
    "metric": "duration",
    "func": "avg",
    "groupBy": None,
    "bucketing": "day",
    "dateRange": {"relative": "7d"},
    "query": None,
    "owner_id": "user-1",
    "is_active": True,
    "created_at": DATE_TIME,
    "updated_at": None,
}


@pytest.mark.parametrize("mode", MODES)
def test_project_chart_create_sends_the_request_and_parses_the_chart(
    server: _RecordingHTTPServer, mode: str
) -> None:
    request_body = {"name": "Latency", "metric": "duration", "dateRange": {"relative": "7d"}}
    server.overrides[("POST", "/v1/projects/proj-1/charts")] = (
        200,
        {"success": True, "data": CHART},
        {},
    )

    response = _send(
        server,
        mode,
        create_chart,
        project_id="proj-1",
        body=models.CreateChartRequest.from_dict(request_body),
    )

    request = _only_request(server)
    assert (request.method, request.path) == ("POST", "/v1/projects/proj-1/charts")
    assert request.json == request_body
    assert isinstance(response.parsed, models.CreateChartResponse)
    assert response.parsed.success is True
    assert response.parsed.data.to_dict() == CHART


@pytest.mark.parametrize("mode", MODES)
def test_project_chart_update_is_a_partial_patch(server: _RecordingHTTPServer, mode: str) -> None:
    server.overrides[("PATCH", "/v1/projects/proj-1/charts/chart-1")] = (
        200,
        {"success": True, "data": {**CHART, "name": "p95"}},
        {},
    )

    response = _send(
        server,
        mode,
        update_chart,
        project_id="proj-1",
        chart_id="chart-1",
        body=models.UpdateChartRequest.from_dict({"name": "p95"}),
    )

    request = _only_request(server)
    assert (request.method, request.path) == ("PATCH", "/v1/projects/proj-1/charts/chart-1")
    assert request.json == {"name": "p95"}
    assert isinstance(response.parsed, models.UpdateChartResponse)
    assert response.parsed.data.name == "p95"


@pytest.mark.parametrize("mode", MODES)
def test_ingestion_key_create_sends_name_and_parses_the_key(
    server: _RecordingHTTPServer, mode: str
) -> None:
    key = {
        "key_value": "hh_ingst_" + "a" * 24 + "_" + "b" * 64,
        "key_id": "k-1",
        "name": "ci",
        "description": None,
        "root_scope_type": "project",
        "root_scope_id": "proj-1",
    }
    server.overrides[("POST", "/v1/projects/proj-1/ingestion_api_keys")] = (
        200,
        {"success": True, "data": key},
        {},
    )

    response = _send(
        server,
        mode,
        create_ingestion_api_key,
        project_id="proj-1",
        body=models.CreateIngestionApiKeyRequest(name="ci"),
    )

    request = _only_request(server)
    assert (request.method, request.path) == ("POST", "/v1/projects/proj-1/ingestion_api_keys")
    assert request.json == {"name": "ci"}
    assert isinstance(response.parsed, models.CreateIngestionApiKeyResponse)
    assert response.parsed.data.to_dict() == key


@pytest.mark.parametrize("mode", MODES)
def test_data_plane_key_create_sends_permissions_and_expiry(
    server: _RecordingHTTPServer, mode: str
) -> None:
    request_body = {
        "name": "dashboards",
        "permissions": ["charts:read", "charts:write"],
        "expires_at": "2027-01-01T00:00:00Z",
    }
    key = {
        "key_value": "hh_fgdp_" + "a" * 24 + "_" + "b" * 64,
        "key_id": "k-2",
        "permissions": request_body["permissions"],
        "root_scope_type": "project",
        "root_scope_id": "proj-1",
        "expires_at": request_body["expires_at"],
    }
    server.overrides[("POST", "/v1/projects/proj-1/fine_grained_api_keys")] = (
        200,
        {"success": True, "data": key},
        {},
    )

    response = _send(
        server,
        mode,
        create_data_plane_api_key,
        project_id="proj-1",
        body=models.CreateDataPlaneApiKeyRequest.from_dict(request_body),
    )

    request = _only_request(server)
    assert (request.method, request.path) == ("POST", "/v1/projects/proj-1/fine_grained_api_keys")
    assert request.json == request_body
    assert isinstance(response.parsed, models.CreateDataPlaneApiKeyResponse)
    assert response.parsed.data.to_dict() == key


# --- errors ---------------------------------------------------------------------------------------


ERROR_BODY = {"message": "nope", "errorCode": "E_TEST", "details": [{"field": "name"}]}


def _assert_parsed_error(response: Any, status: int) -> None:
    assert response.status_code == status
    assert isinstance(response.parsed, models.Error)
    assert response.parsed.message == "nope"
    assert response.parsed.error_code == "E_TEST"
    assert response.parsed.to_dict() == ERROR_BODY


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422, 429, 500])
def test_documented_error_status_is_parsed_as_error(
    server: _RecordingHTTPServer, status: int
) -> None:
    server.overrides[("GET", "/v1/datasets")] = (status, ERROR_BODY, {"Retry-After": "3"})

    response = _send(server, "sync", get_datasets)

    _assert_parsed_error(response, status)
    assert response.headers["Retry-After"] == "3"


@pytest.mark.parametrize("status", [413, 422])
def test_error_status_of_a_body_operation_is_parsed_as_error(
    server: _RecordingHTTPServer, status: int
) -> None:
    server.overrides[("POST", "/v1/datasets")] = (status, ERROR_BODY, {})

    response = _send(server, "sync", create_dataset, body=models.CreateDatasetRequest(name="d"))

    _assert_parsed_error(response, status)


# --- the generated package matches openapi.yaml ---------------------------------------------------


@pytest.mark.skipif(
    os.environ.get(SKIP_GENERATE_CHECK_ENV) == "1",
    reason=f"{SKIP_GENERATE_CHECK_ENV}=1 (openapi-python-client not installed here)",
)
def test_generated_package_is_up_to_date_with_openapi_yaml() -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "generate"), "--check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "up to date" in proc.stdout


def test_importing_one_operation_loads_only_its_own_models() -> None:
    # generator-templates/models_init.py.jinja makes honeyhive_api.models lazy (PEP 562).
    code = (
        "import sys; from honeyhive_api.api.events import create_event_legacy; "
        "print(sorted(m for m in sys.modules if m.startswith('honeyhive_api.models.')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    loaded = ast.literal_eval(out)
    assert loaded == [
        "honeyhive_api.models.error",
        "honeyhive_api.models.legacy_post_event_request",
        "honeyhive_api.models.post_event_response",
    ]
