"""Checks on openapi.yaml itself: it validates, covers the 52 operations of the HoneyHive v1 API,
and describes every body, parameter, response and error with a real schema."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from openapi_spec_validator import OpenAPIV31SpecValidator

ROOT = Path(__file__).resolve().parent.parent
SPEC: dict[str, Any] = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
ERROR_STATUSES = ("400", "401", "403", "404", "409", "422", "429", "500")
JSON_OBJECT_REF = "#/components/schemas/JsonObject"
ERROR_REF = "#/components/schemas/Error"

# The wire contract, written out independently of openapi.yaml: the 48 operations of the public
# v1 description plus the four /v1/tools operations of the SDK description.
EXPECTED_OPERATIONS = {
    ("POST", "/session/start", "startSession"),
    ("GET", "/v1/sessions/{session_id}", "getSession"),
    ("DELETE", "/v1/sessions/{session_id}", "deleteSession"),
    ("POST", "/events", "createEvent"),
    ("PUT", "/events", "updateEvent"),
    ("GET", "/events", "getEvents"),
    ("GET", "/v1/events/chart", "getEventsChart"),
    ("GET", "/v1/events/{id}", "getEventsBySessionId"),
    ("DELETE", "/v1/events/{id}", "deleteEvent"),
    ("POST", "/v1/events/export", "exportEvents"),
    ("POST", "/events/model", "createModelEvent"),
    ("POST", "/events/batch", "createEventBatch"),
    ("POST", "/events/model/batch", "createModelEventBatch"),
    ("GET", "/v1/metrics", "getMetrics"),
    ("POST", "/v1/metrics", "createMetric"),
    ("PUT", "/v1/metrics", "updateMetric"),
    ("DELETE", "/v1/metrics", "deleteMetric"),
    ("POST", "/v1/metrics/run_metric", "runMetric"),
    ("GET", "/v1/tools", "getTools"),
    ("POST", "/v1/tools", "createTool"),
    ("PUT", "/v1/tools", "updateTool"),
    ("DELETE", "/v1/tools", "deleteTool"),
    ("GET", "/v1/datapoints", "getDatapoints"),
    ("POST", "/v1/datapoints", "createDatapoint"),
    ("POST", "/v1/datapoints/batch", "batchCreateDatapoints"),
    ("GET", "/v1/datapoints/{id}", "getDatapoint"),
    ("PUT", "/v1/datapoints/{id}", "updateDatapoint"),
    ("DELETE", "/v1/datapoints/{id}", "deleteDatapoint"),
    ("GET", "/v1/datasets", "getDatasets"),
    ("POST", "/v1/datasets", "createDataset"),
    ("PUT", "/v1/datasets", "updateDataset"),
    ("DELETE", "/v1/datasets", "deleteDataset"),
    ("POST", "/v1/datasets/{dataset_id}/datapoints", "addDatapoints"),
    ("DELETE", "/v1/datasets/{dataset_id}/datapoints/{datapoint_id}", "removeDatapoint"),
    ("GET", "/v1/projects", "getProjects"),
    ("POST", "/v1/projects", "createProject"),
    ("PUT", "/v1/projects", "updateProject"),
    ("DELETE", "/v1/projects", "deleteProject"),
    ("GET", "/v1/runs/schema", "getExperimentRunsSchema"),
    ("POST", "/v1/runs", "createRun"),
    ("GET", "/v1/runs", "getRuns"),
    ("GET", "/v1/runs/{run_id}", "getRun"),
    ("PUT", "/v1/runs/{run_id}", "updateRun"),
    ("DELETE", "/v1/runs/{run_id}", "deleteRun"),
    ("GET", "/v1/runs/{run_id}/metrics", "getExperimentRunMetrics"),
    ("GET", "/v1/runs/{run_id}/result", "getExperimentResult"),
    ("GET", "/v1/runs/{new_run_id}/compare-with/{old_run_id}", "getExperimentComparison"),
    ("GET", "/v1/runs/compare/events", "getExperimentCompareEvents"),
    ("GET", "/v1/configurations", "getConfigurations"),
    ("POST", "/v1/configurations", "createConfiguration"),
    ("PUT", "/v1/configurations/{id}", "updateConfiguration"),
    ("DELETE", "/v1/configurations/{id}", "deleteConfiguration"),
}

# Names users see in the reference documentation.
REFERENCE_DOC_SCHEMAS = (
    "PostEventRequest",
    "CreateEventRequest",
    "CreateProjectRequest",
    "UpdateProjectRequest",
    "Project",
    "CreateConfigurationRequest",
    "UpdateConfigurationRequest",
    "Configuration",
    "StartSessionResponse",
    "Event",
    "GetEventsResponse",
    "PostEventResponse",
    "PostEventBatchResponse",
)

# Keywords that describe a schema without constraining the value.
ANNOTATION_KEYWORDS = {
    "description",
    "title",
    "example",
    "examples",
    "default",
    "deprecated",
    "readOnly",
    "writeOnly",
}


def _operations() -> list[tuple[str, str, dict[str, Any], list[dict[str, Any]]]]:
    """(method, path, operation, parameters including path-level ones) for every operation."""
    found = []
    for path, item in SPEC["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                op = item[method]
                params = [_deref(p) for p in item.get("parameters", []) + op.get("parameters", [])]
                found.append((method.upper(), path, op, params))
    return found


def _deref(node: dict[str, Any]) -> dict[str, Any]:
    """Follow local $refs until a concrete node is reached."""
    while "$ref" in node:
        target: Any = SPEC
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _ref_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]


def _json_body_schema(content_holder: dict[str, Any]) -> dict[str, Any] | None:
    return content_holder.get("content", {}).get("application/json", {}).get("schema")


def _placeholder_problems(schema: Any, where: str, seen: frozenset[str]) -> list[str]:
    """Places under `schema` that are not a real schema: `{}`, untyped nodes, arrays without
    items, or free-form objects written out instead of referring to JsonObject."""
    if not isinstance(schema, dict):
        return [f"{where}: not a schema object ({schema!r})"]
    if "$ref" in schema:
        ref = schema["$ref"]
        if ref == JSON_OBJECT_REF:
            return []
        name = _ref_name(ref)
        if name in seen:
            return []
        return _placeholder_problems(_deref(schema), f"{where} > {name}", seen | {name})
    if not set(schema) - ANNOTATION_KEYWORDS:
        return [f"{where}: empty schema {{}}"]
    problems: list[str] = []
    alternatives = [*schema.get("anyOf", []), *schema.get("oneOf", []), *schema.get("allOf", [])]
    for i, alternative in enumerate(alternatives):
        problems += _placeholder_problems(alternative, f"{where} (alternative {i})", seen)
    if "type" not in schema and not alternatives and "enum" not in schema and "const" not in schema:
        problems.append(f"{where}: no type (free-form JSON must refer to JsonObject)")
    types = schema.get("type")
    types = types if isinstance(types, list) else [types]
    if "array" in types:
        if "items" not in schema:
            problems.append(f"{where}: array without items")
        else:
            problems += _placeholder_problems(schema["items"], f"{where}[]", seen)
    if "object" in types or "properties" in schema:
        properties = schema.get("properties", {})
        extra = schema.get("additionalProperties", True)
        if not properties and extra in (True, {}):
            problems.append(f"{where}: free-form object (refer to JsonObject instead)")
        for name, prop in properties.items():
            problems += _placeholder_problems(prop, f"{where}.{name}", seen)
        if isinstance(extra, dict) and extra:
            problems += _placeholder_problems(extra, f"{where}.*", seen)
    return problems


def _enum_paths(schema: dict[str, Any], where: str, seen: frozenset[str]) -> list[str]:
    """Where a closed enum is reachable from `schema`."""
    if "$ref" in schema:
        name = _ref_name(schema["$ref"])
        if name in seen:
            return []
        return _enum_paths(_deref(schema), f"{where} > {name}", seen | {name})
    found = [where] if "enum" in schema else []
    for alternative in [*schema.get("anyOf", []), *schema.get("oneOf", [])]:
        found += _enum_paths(alternative, where, seen)
    if "items" in schema:
        found += _enum_paths(schema["items"], f"{where}[]", seen)
    for name, prop in schema.get("properties", {}).items():
        found += _enum_paths(prop, f"{where}.{name}", seen)
    if isinstance(schema.get("additionalProperties"), dict):
        found += _enum_paths(schema["additionalProperties"], f"{where}.*", seen)
    return found


OPERATIONS = _operations()
OPERATION_IDS = [op["operationId"] for _, _, op, _ in OPERATIONS]


def _schema_validator(schema: dict[str, Any]) -> jsonschema.protocols.Validator:
    """A JSON Schema 2020-12 validator for `schema`, resolving refs into openapi.yaml."""
    return jsonschema.Draft202012Validator({**schema, "components": SPEC["components"]})


def test_spec_validates_as_openapi_3_1() -> None:
    assert SPEC["openapi"].startswith("3.1.")
    errors = [str(error.message) for error in OpenAPIV31SpecValidator(SPEC).iter_errors()]
    assert errors == []


def test_spec_has_the_52_operations_of_the_honeyhive_v1_api() -> None:
    found = {(method, path, op["operationId"]) for method, path, op, _ in OPERATIONS}
    assert found == EXPECTED_OPERATIONS
    assert len(OPERATION_IDS) == 52


def test_operation_ids_are_unique_and_each_operation_has_one_declared_tag() -> None:
    assert len(set(OPERATION_IDS)) == len(OPERATION_IDS)
    declared = {tag["name"] for tag in SPEC["tags"]}
    for _, _, op, _ in OPERATIONS:
        assert len(op.get("tags", [])) == 1, op["operationId"]
        assert op["tags"][0] in declared, op["operationId"]


def test_spec_uses_bearer_auth_and_the_production_server() -> None:
    assert SPEC["servers"] == [{"url": "https://api.honeyhive.ai"}]
    schemes = SPEC["components"]["securitySchemes"]
    assert SPEC["security"] == [{name: []} for name in schemes]
    assert [(s["type"], s["scheme"]) for s in schemes.values()] == [("http", "bearer")]
    for _, _, op, _ in OPERATIONS:
        assert op.get("security", SPEC["security"]) == SPEC["security"], op["operationId"]


@pytest.mark.parametrize("name", REFERENCE_DOC_SCHEMAS)
def test_schema_named_in_the_reference_doc_exists_as_an_object(name: str) -> None:
    assert name in SCHEMAS
    assert SCHEMAS[name]["type"] == "object"
    assert SCHEMAS[name]["properties"]


def test_post_event_request_is_the_flat_event_with_event_type_and_inputs_required() -> None:
    schema = SCHEMAS["PostEventRequest"]
    assert {"event_type", "inputs"} <= set(schema["required"])
    assert "event" not in schema["properties"]
    assert {"project", "event_name", "source", "session_id", "event_id", "outputs"} <= set(
        schema["properties"]
    )
    assert schema["properties"]["event_type"] == {"$ref": "#/components/schemas/EventType"}
    assert schema["properties"]["inputs"]["$ref"] == JSON_OBJECT_REF


def test_create_event_request_wraps_post_event_request_under_event() -> None:
    schema = SCHEMAS["CreateEventRequest"]
    assert schema["required"] == ["event"]
    assert schema["properties"] == {"event": {"$ref": "#/components/schemas/PostEventRequest"}}
    body = _json_body_schema(SPEC["paths"]["/events"]["post"]["requestBody"])
    assert body == {"$ref": "#/components/schemas/CreateEventRequest"}


def test_session_start_body_carries_the_session_as_an_object() -> None:
    body = _deref(_json_body_schema(SPEC["paths"]["/session/start"]["post"]["requestBody"]) or {})
    assert body["required"] == ["session"]
    session = _deref(body["properties"]["session"])
    assert session["type"] == "object"
    assert {"project", "session_name", "source", "session_id", "inputs", "metadata"} <= set(
        session["properties"]
    )


def test_event_batch_body_is_a_list_of_flat_events_with_is_single_session() -> None:
    body = _deref(_json_body_schema(SPEC["paths"]["/events/batch"]["post"]["requestBody"]) or {})
    assert body["required"] == ["events"]
    events = body["properties"]["events"]
    assert events["items"] == {"$ref": "#/components/schemas/PostEventRequest"}
    assert body["properties"]["is_single_session"]["type"] == "boolean"


@pytest.mark.parametrize("name", ["CreateConfigurationRequest", "UpdateConfigurationRequest"])
def test_configuration_bodies_are_closed_and_require_call_type_and_model(name: str) -> None:
    schema = SCHEMAS[name]
    assert schema["additionalProperties"] is False
    assert "project" not in schema["properties"]
    assert "name" in schema["required"]
    parameters = _deref(schema["properties"]["parameters"])
    assert {"call_type", "model"} <= set(parameters["required"])
    assert _deref(parameters["properties"]["call_type"])["enum"] == ["chat", "completion"]


def test_update_project_request_addresses_the_project_by_name() -> None:
    schema = SCHEMAS["UpdateProjectRequest"]
    assert schema["required"] == ["name"]
    assert "new_name" in schema["properties"]
    assert "project_id" not in schema["properties"]


def test_json_object_schema_accepts_any_object_and_nothing_else() -> None:
    validator = _schema_validator({"$ref": JSON_OBJECT_REF})
    for good in ({}, {"a": 1}, {"nested": {"list": [1, "two", None]}}):
        assert validator.is_valid(good), good
    for bad in ("text", 1, 1.5, True, None, [], [{"a": 1}]):
        assert not validator.is_valid(bad), bad


@pytest.mark.parametrize("name", sorted(set(SCHEMAS) - {"JsonObject"}))
def test_component_schema_has_no_placeholder(name: str) -> None:
    assert _placeholder_problems(SCHEMAS[name], name, frozenset({name})) == []


@pytest.mark.parametrize(("method", "path", "op", "params"), OPERATIONS, ids=OPERATION_IDS)
def test_operation_bodies_parameters_and_2xx_responses_have_real_schemas(
    method: str, path: str, op: dict[str, Any], params: list[dict[str, Any]]
) -> None:
    problems: list[str] = []
    if "requestBody" in op:
        body = _deref(op["requestBody"])
        assert list(body["content"]) == ["application/json"]
        problems += _placeholder_problems(_json_body_schema(body), "request body", frozenset())
    for param in params:
        where = f"parameter {param['name']}"
        problems += _placeholder_problems(param.get("schema"), where, frozenset())
    if "{" in path:
        path_params = {p["name"] for p in params if p["in"] == "path"}
        assert path_params == {seg[1:-1] for seg in path.split("/") if seg.startswith("{")}
    successes = {code: _deref(r) for code, r in op["responses"].items() if code.startswith("2")}
    assert successes, f"{method} {path} documents no 2xx response"
    for code, response in successes.items():
        schema = _json_body_schema(response)
        assert schema is not None, f"{code} response has no application/json schema"
        problems += _placeholder_problems(schema, f"{code} response", frozenset())
    assert problems == []


@pytest.mark.parametrize("op", [op for _, _, op, _ in OPERATIONS], ids=OPERATION_IDS)
def test_error_responses_are_documented_with_the_shared_error_schema(op: dict[str, Any]) -> None:
    for status in ERROR_STATUSES:
        assert status in op["responses"], f"{status} not documented"
        response = _deref(op["responses"][status])
        assert response["content"]["application/json"]["schema"] == {"$ref": ERROR_REF}, status
    assert "Retry-After" in _deref(op["responses"]["429"]).get("headers", {})


def test_error_schema_has_message_and_optional_error_code_and_details() -> None:
    schema = SCHEMAS["Error"]
    assert schema["required"] == ["message"]
    assert {"message", "errorCode", "details"} <= set(schema["properties"])
    validator = _schema_validator({"$ref": ERROR_REF})
    assert validator.is_valid({"message": "no such project"})
    assert validator.is_valid({"message": "bad", "errorCode": "E1", "details": [{"field": "x"}]})
    assert not validator.is_valid({"errorCode": "E1"})


@pytest.mark.parametrize(
    ("name", "values"),
    [
        ("EventType", {"model", "tool", "chain", "session"}),
        ("ProjectType", {"evaluation", "completion"}),
        ("ToolType", {"function", "tool"}),
        ("CallType", {"chat", "completion"}),
        ("FilterOperator", {"is", "is not", "exists", "not exists", "contains", "greater than"}),
    ],
)
def test_enum_is_a_string_enum_with_the_service_values(name: str, values: set[str]) -> None:
    assert SCHEMAS[name]["type"] == "string"
    assert values <= set(SCHEMAS[name]["enum"])


def test_every_enum_in_the_spec_is_a_string_enum() -> None:
    def enums(node: Any) -> list[dict[str, Any]]:
        if isinstance(node, dict):
            own = [node] if "enum" in node else []
            return own + [e for value in node.values() for e in enums(value)]
        if isinstance(node, list):
            return [e for value in node for e in enums(value)]
        return []

    found = enums(SPEC)
    assert found
    for node in found:
        assert node.get("type") == "string", node
        assert all(isinstance(v, str) for v in node["enum"]), node


@pytest.mark.parametrize(
    ("method", "path", "params"),
    [(m, p, params) for m, p, _, params in OPERATIONS if any(x["in"] == "query" for x in params)],
    ids=[op["operationId"] for _, _, op, ps in OPERATIONS if any(x["in"] == "query" for x in ps)],
)
def test_query_parameters_follow_the_wire_encodings(
    method: str, path: str, params: list[dict[str, Any]]
) -> None:
    for param in (p for p in params if p["in"] == "query"):
        schema = _deref(param["schema"])
        if param["name"] in ("filters", "dateRange", "filter", "projections"):
            assert schema["type"] == "string", f"{param['name']} must be a JSON-encoded string"
        if schema.get("type") == "array":
            assert param["name"].endswith("[]"), f"{param['name']}: id lists use the ids[]= form"
            assert param.get("style", "form") == "form"
            assert param.get("explode", True) is True


def test_tools_delete_takes_function_id_and_projects_list_is_an_array() -> None:
    delete_tool = SPEC["paths"]["/v1/tools"]["delete"]
    assert [(p["name"], p["in"], p["required"]) for p in delete_tool["parameters"]] == [
        ("function_id", "query", True)
    ]
    projects = _json_body_schema(SPEC["paths"]["/v1/projects"]["get"]["responses"]["200"])
    assert projects == {"type": "array", "items": {"$ref": "#/components/schemas/Project"}}


def test_response_schemas_have_no_closed_enums() -> None:
    found: list[str] = []
    for _, _, op, _ in OPERATIONS:
        for code, response in op["responses"].items():
            schema = _json_body_schema(_deref(response))
            if code.startswith("2") and schema is not None:
                found += _enum_paths(schema, f"{op['operationId']} {code}", frozenset())
    assert found == []
