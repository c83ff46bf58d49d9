"""Checks on openapi.yaml itself: it validates, holds today's 90 operations, and describes every
body, parameter, response and error with a real schema."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jsonschema  # type: ignore[import-untyped]
import pytest
import yaml
from openapi_spec_validator import OpenAPIV31SpecValidator

ROOT = Path(__file__).resolve().parent.parent
SPEC: dict[str, Any] = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
ERROR_STATUSES = ("400", "401", "403", "404", "409", "422", "429", "500")
BODY_TOO_LARGE = "413"
JSON_OBJECT_REF = "#/components/schemas/JsonObject"
ERROR_REF = "#/components/schemas/Error"
# Query parameters whose value is JSON: sent as a JSON-encoded string, decoded schema alongside.
JSON_QUERY_PARAMETERS = ("dateRange", "filters", "filter", "projections")
SEED_ERA_PREFIX = "Seed-era operation"

# Today's operations, written out independently of openapi.yaml (CI cannot read the vendor file):
# the 70 of HoneyHive's Data Plane description 1.2.1, where the five /v1/charts operations carry
# the *Legacy names and the deprecation that 1.7.0's successor description gives them ...
DATA_PLANE_1_2_1_OPERATIONS = {
    ("POST", "/session/start", "startSessionLegacy"),
    ("POST", "/session/{session_id}/traces", "addSessionTracesLegacy"),
    ("POST", "/v1/sessions", "createSession"),
    ("POST", "/v1/sessions/{session_id}/events/batch", "createSessionEventBatch"),
    ("PUT", "/events", "updateEventLegacy"),
    ("POST", "/events", "createEventLegacy"),
    ("POST", "/v1/events", "createEvent"),
    ("GET", "/v1/events/{event_id}", "getEvent"),
    ("PUT", "/v1/events/{event_id}", "updateEvent"),
    ("POST", "/v1/events/export", "exportEventsLegacy"),
    ("POST", "/v1/events/search", "searchEvents"),
    ("POST", "/v1/events/batch", "createEventBatch"),
    ("POST", "/events/model", "createModelEventLegacy"),
    ("POST", "/events/batch", "createEventBatchLegacy"),
    ("POST", "/events/model/batch", "createModelEventBatchLegacy"),
    ("GET", "/v1/charts", "getChartsLegacy"),
    ("POST", "/v1/charts", "createChartLegacy"),
    ("GET", "/v1/charts/{chart_id}", "getChartLegacy"),
    ("PUT", "/v1/charts/{chart_id}", "updateChartLegacy"),
    ("DELETE", "/v1/charts/{chart_id}", "deleteChartLegacy"),
    ("GET", "/v1/metrics", "getMetrics"),
    ("PUT", "/v1/metrics", "updateMetricLegacy"),
    ("POST", "/v1/metrics", "createMetric"),
    ("DELETE", "/v1/metrics", "deleteMetricLegacy"),
    ("PUT", "/v1/metrics/{metric_id}", "updateMetric"),
    ("DELETE", "/v1/metrics/{metric_id}", "deleteMetric"),
    ("GET", "/v1/metrics/{metric_id}/versions", "getMetricVersions"),
    ("POST", "/v1/metrics/{metric_id}/versions", "createMetricVersion"),
    ("POST", "/v1/metrics/{metric_id}/versions/{version_name}/deploy", "deployMetricVersion"),
    ("POST", "/v1/metrics/run", "runMetric"),
    ("POST", "/v1/metrics/run_metric", "runMetricLegacy"),
    ("GET", "/v1/datapoints", "getDatapoints"),
    ("POST", "/v1/datapoints", "createDatapoint"),
    ("POST", "/v1/datapoints/batch", "batchCreateDatapoints"),
    ("GET", "/v1/datapoints/{datapoint_id}", "getDatapoint"),
    ("PUT", "/v1/datapoints/{datapoint_id}", "updateDatapoint"),
    ("DELETE", "/v1/datapoints/{datapoint_id}", "deleteDatapoint"),
    ("GET", "/v1/datasets", "getDatasets"),
    ("PUT", "/v1/datasets", "updateDatasetLegacy"),
    ("POST", "/v1/datasets", "createDataset"),
    ("DELETE", "/v1/datasets", "deleteDatasetLegacy"),
    ("PUT", "/v1/datasets/{dataset_id}", "updateDataset"),
    ("DELETE", "/v1/datasets/{dataset_id}", "deleteDataset"),
    ("POST", "/v1/datasets/{dataset_id}/datapoints", "addDatapoints"),
    ("DELETE", "/v1/datasets/{dataset_id}/datapoints/{datapoint_id}", "removeDatapoint"),
    ("DELETE", "/v1/datasets/{dataset_id}/{datapoint_id}", "removeDatapointLegacy"),
    ("GET", "/v1/events/schema", "getEventsSchemaLegacy"),
    ("GET", "/v1/runs", "getRuns"),
    ("POST", "/v1/runs", "createRun"),
    ("GET", "/v1/runs/schema", "getRunsSchema"),
    ("GET", "/v1/runs/{run_id}", "getRun"),
    ("PUT", "/v1/runs/{run_id}", "updateRun"),
    ("DELETE", "/v1/runs/{run_id}", "deleteRun"),
    ("GET", "/v1/runs/{run_id}/schema", "getRunSchema"),
    ("GET", "/v1/runs/{run_id}/metrics", "getExperimentRunMetrics"),
    ("GET", "/v1/runs/{run_id}/summary", "getExperimentSummary"),
    ("GET", "/v1/runs/{run_id}/result", "getExperimentResultLegacy"),
    ("GET", "/v1/runs/{new_run_id}/compare/{old_run_id}", "getExperimentComparison"),
    ("GET", "/v1/runs/{new_run_id}/compare-with/{old_run_id}", "getExperimentComparisonLegacy"),
    ("GET", "/v1/runs/{new_run_id}/compare/{old_run_id}/events", "getExperimentCompareEvents"),
    ("GET", "/v1/runs/compare/events", "getExperimentCompareEventsLegacy"),
    ("GET", "/v1/queues", "getQueues"),
    ("POST", "/v1/queues", "createQueue"),
    ("GET", "/v1/queues/{queue_id}", "getQueue"),
    ("PUT", "/v1/queues/{queue_id}", "updateQueue"),
    ("DELETE", "/v1/queues/{queue_id}", "deleteQueue"),
    ("GET", "/v1/configurations", "getConfigurations"),
    ("POST", "/v1/configurations", "createConfiguration"),
    ("PUT", "/v1/configurations/{configId}", "updateConfiguration"),
    ("DELETE", "/v1/configurations/{configId}", "deleteConfiguration"),
}
# ... the 22 of them the vendor marks deprecated, plus the five legacy chart operations ...
TODAY_DEPRECATED = {
    "startSessionLegacy",
    "addSessionTracesLegacy",
    "updateEventLegacy",
    "createEventLegacy",
    "exportEventsLegacy",
    "createModelEventLegacy",
    "createEventBatchLegacy",
    "createModelEventBatchLegacy",
    "updateMetricLegacy",
    "deleteMetricLegacy",
    "runMetricLegacy",
    "updateDatasetLegacy",
    "deleteDatasetLegacy",
    "removeDatapointLegacy",
    "getEventsSchemaLegacy",
    "getExperimentResultLegacy",
    "getExperimentComparisonLegacy",
    "getExperimentCompareEventsLegacy",
    "getConfigurations",
    "createConfiguration",
    "updateConfiguration",
    "deleteConfiguration",
    "getChartsLegacy",
    "createChartLegacy",
    "getChartLegacy",
    "updateChartLegacy",
    "deleteChartLegacy",
}
# ... and the seven the official SDK 1.7.0 adds (not deprecated).
SDK_1_7_0_OPERATIONS = {
    ("GET", "/v1/projects/{project_id}/charts", "getCharts"),
    ("POST", "/v1/projects/{project_id}/charts", "createChart"),
    ("GET", "/v1/projects/{project_id}/charts/{chart_id}", "getChart"),
    ("PATCH", "/v1/projects/{project_id}/charts/{chart_id}", "updateChart"),
    ("DELETE", "/v1/projects/{project_id}/charts/{chart_id}", "deleteChart"),
    ("POST", "/v1/projects/{project_id}/ingestion_api_keys", "createIngestionApiKey"),
    ("POST", "/v1/projects/{project_id}/fine_grained_api_keys", "createDataPlaneApiKey"),
}
TODAY_OPERATIONS = DATA_PLANE_1_2_1_OPERATIONS | SDK_1_7_0_OPERATIONS
# Operations of the January 2026 API that today's description lacks: kept, marked deprecated.
SEED_ERA_OPERATIONS = {
    ("GET", "/events", "getEvents"),
    ("GET", "/v1/events/chart", "getEventsChart"),
    ("DELETE", "/v1/events/{event_id}", "deleteEvent"),
    ("GET", "/v1/sessions/{session_id}", "getSession"),
    ("DELETE", "/v1/sessions/{session_id}", "deleteSession"),
    ("GET", "/v1/projects", "getProjects"),
    ("POST", "/v1/projects", "createProject"),
    ("PUT", "/v1/projects", "updateProject"),
    ("DELETE", "/v1/projects", "deleteProject"),
    ("GET", "/v1/tools", "getTools"),
    ("POST", "/v1/tools", "createTool"),
    ("PUT", "/v1/tools", "updateTool"),
    ("DELETE", "/v1/tools", "deleteTool"),
}
# Both event-update routes answer 200 with no body (the vendor's description and 1.7.0 agree).
EMPTY_SUCCESS_ANSWERS = {"updateEventLegacy", "updateEvent"}

# Bodies and answers users meet by name (official SDK 1.7.0, reference doc).
NAMED_SCHEMAS = (
    "LegacyStartSessionRequest",
    "StartSessionRequest",
    "PostSessionStartResponse",
    "LegacyPostEventRequest",
    "PostEventRequest",
    "PostEventResponse",
    "LegacyPostEventBatchRequest",
    "PostEventBatchResponse",
    "LegacyUpdateEventRequest",
    "GetEventsResponse",
    "ExportEventsResponse",
    "LegacyEvent",
    "CreateConfigurationRequest",
    "UpdateConfigurationRequest",
    "UpdateConfigurationResponse",
    "ConfigurationItem",
    "Datapoint",
    "Dataset",
    "ExperimentRunObject",
    "MetricItem",
    "MetricVersion",
    "CreateProjectRequest",
    "UpdateProjectRequest",
    "Project",
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
    """The last segment of a $ref (the component's name)."""
    return ref.rsplit("/", 1)[-1]


def _json_body_schema(content_holder: dict[str, Any]) -> dict[str, Any] | None:
    """The application/json schema of a request body or response, if any."""
    schema: dict[str, Any] | None = (
        content_holder.get("content", {}).get("application/json", {}).get("schema")
    )
    return schema


def _placeholder_problems(
    schema: Any, where: str, seen: frozenset[str], *, any_value_ok: bool = False
) -> list[str]:
    """Places under `schema` that are not a real schema: untyped nodes, arrays without items, or
    free-form objects written out instead of referring to JsonObject. `{}` ("any JSON value", as
    the vendor writes it) is accepted only as a property, item or additional-properties value."""
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
        return [] if any_value_ok else [f"{where}: empty schema {{}}"]
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
            problems += _placeholder_problems(
                schema["items"], f"{where}[]", seen, any_value_ok=True
            )
    if "object" in types or "properties" in schema:
        properties = schema.get("properties", {})
        extra = schema.get("additionalProperties", True)
        if not properties and extra in (True, {}):
            problems.append(f"{where}: free-form object (refer to JsonObject instead)")
        for name, prop in properties.items():
            problems += _placeholder_problems(prop, f"{where}.{name}", seen, any_value_ok=True)
        if isinstance(extra, dict) and extra:
            problems += _placeholder_problems(extra, f"{where}.*", seen, any_value_ok=True)
    return problems


def _enum_paths(schema: dict[str, Any], where: str, seen: frozenset[str]) -> list[str]:
    """Where a closed enum is reachable from `schema`."""
    if "$ref" in schema:
        name = _ref_name(schema["$ref"])
        if name in seen:
            return []
        return _enum_paths(_deref(schema), f"{where} > {name}", seen | {name})
    found = [where] if "enum" in schema else []
    for alternative in [
        *schema.get("anyOf", []),
        *schema.get("oneOf", []),
        *schema.get("allOf", []),
    ]:
        found += _enum_paths(alternative, where, seen)
    if isinstance(schema.get("items"), dict):
        found += _enum_paths(schema["items"], f"{where}[]", seen)
    for name, prop in schema.get("properties", {}).items():
        found += _enum_paths(prop, f"{where}.{name}", seen)
    if isinstance(schema.get("additionalProperties"), dict):
        found += _enum_paths(schema["additionalProperties"], f"{where}.*", seen)
    return found


def _refs_in(node: Any) -> set[str]:
    """Every $ref string anywhere under `node`."""
    if isinstance(node, dict):
        own = {node["$ref"]} if isinstance(node.get("$ref"), str) else set()
        return own.union(*(_refs_in(value) for value in node.values()))
    if isinstance(node, list):
        return set().union(*(_refs_in(value) for value in node))
    return set()


OPERATIONS = _operations()
OPERATION_IDS = [op["operationId"] for _, _, op, _ in OPERATIONS]
BY_ID = {op["operationId"]: (method, path, op, params) for method, path, op, params in OPERATIONS}
QUERY_PARAMETERS = [
    (op["operationId"], param)
    for _, _, op, params in OPERATIONS
    for param in params
    if param["in"] == "query"
]


def _schema_validator(schema: dict[str, Any]) -> jsonschema.protocols.Validator:
    """A JSON Schema 2020-12 validator for `schema`, resolving refs into openapi.yaml."""
    return jsonschema.Draft202012Validator({**schema, "components": SPEC["components"]})


def _component(name: str) -> dict[str, Any]:
    """A component schema by name."""
    return _deref({"$ref": f"#/components/schemas/{name}"})


def _body_of(operation_id: str) -> dict[str, Any] | None:
    """The JSON request-body schema of an operation (not dereferenced)."""
    op = BY_ID[operation_id][2]
    return _json_body_schema(_deref(op["requestBody"])) if "requestBody" in op else None


def _answer_of(operation_id: str, status: str = "200") -> dict[str, Any] | None:
    """The JSON schema of an operation's answer with `status` (not dereferenced)."""
    return _json_body_schema(_deref(BY_ID[operation_id][2]["responses"][status]))


# --- the document -------------------------------------------------------------------------------


def test_spec_validates_as_openapi_3_1() -> None:
    assert SPEC["openapi"].startswith("3.1.")
    errors = [str(error.message) for error in OpenAPIV31SpecValidator(SPEC).iter_errors()]
    assert errors == []


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


# --- today's operations -------------------------------------------------------------------------


def test_spec_has_exactly_the_90_operations_of_today_and_the_seed_era() -> None:
    assert len(DATA_PLANE_1_2_1_OPERATIONS) == 70
    assert len(TODAY_OPERATIONS) == 77
    assert len(SEED_ERA_OPERATIONS) == 13
    found = {(method, path, op["operationId"]) for method, path, op, _ in OPERATIONS}
    assert found - (TODAY_OPERATIONS | SEED_ERA_OPERATIONS) == set(), "not expected"
    assert (TODAY_OPERATIONS | SEED_ERA_OPERATIONS) - found == set(), "missing"
    assert len(OPERATIONS) == 90


def test_todays_operations_carry_todays_deprecation_marks() -> None:
    assert len(TODAY_DEPRECATED) == 27
    vendor_ids = {op_id for _, _, op_id in DATA_PLANE_1_2_1_OPERATIONS}
    assert TODAY_DEPRECATED.issubset(vendor_ids)
    deprecated = {op_id for _, _, op_id in TODAY_OPERATIONS if BY_ID[op_id][2].get("deprecated")}
    assert deprecated == TODAY_DEPRECATED
    for _, _, op_id in TODAY_OPERATIONS:
        assert not (BY_ID[op_id][2].get("description") or "").startswith(SEED_ERA_PREFIX), op_id


@pytest.mark.parametrize("operation_id", sorted(op_id for _, _, op_id in SEED_ERA_OPERATIONS))
def test_seed_era_operation_is_deprecated_and_says_so(operation_id: str) -> None:
    op = BY_ID[operation_id][2]
    assert op.get("deprecated") is True
    assert op["description"].startswith(SEED_ERA_PREFIX)


def test_the_seven_sdk_1_7_0_operations_are_current_and_take_the_project_in_the_path() -> None:
    for method, path, op_id in SDK_1_7_0_OPERATIONS:
        _, _, op, params = BY_ID[op_id]
        assert "deprecated" not in op or op["deprecated"] is False, op_id
        assert [p for p in params if p["in"] != "path"] == [], op_id
        for param in params:
            assert param["required"] is True and _deref(param["schema"])["type"] == "string"
        assert set(op["responses"]) - {*ERROR_STATUSES, BODY_TOO_LARGE} == {"200"}, op_id
        assert path.startswith("/v1/projects/{project_id}/"), (method, path)


# --- the bodies users build ---------------------------------------------------------------------


@pytest.mark.parametrize("name", NAMED_SCHEMAS)
def test_schema_users_meet_by_name_exists_as_an_object(name: str) -> None:
    assert name in SCHEMAS
    assert SCHEMAS[name]["type"] == "object"
    assert SCHEMAS[name]["properties"]


def test_legacy_session_start_body_carries_the_session_as_an_object() -> None:
    assert _body_of("startSessionLegacy") == {
        "$ref": "#/components/schemas/LegacyStartSessionRequest"
    }
    body = _component("LegacyStartSessionRequest")
    assert body["required"] == ["session"]
    session = _deref(body["properties"]["session"])
    assert session["type"] == "object"
    assert session.get("additionalProperties", True) is not False, "extra keys (project) allowed"
    assert {"session_name", "source", "session_id", "inputs", "metadata", "user_properties"} <= set(
        session["properties"]
    )
    validator = _schema_validator({"$ref": "#/components/schemas/LegacyStartSessionRequest"})
    good = {"session": {"project": "demo", "session_name": "s", "inputs": {"q": 1}}}
    assert validator.is_valid(good)
    assert not validator.is_valid({"session": '{"session_name": "s"}'}), "a JSON string"
    assert not validator.is_valid({"session_name": "s"}), "a flat session"


def test_legacy_event_create_body_wraps_the_event_object_under_event() -> None:
    assert _body_of("createEventLegacy") == {"$ref": "#/components/schemas/LegacyPostEventRequest"}
    body = _component("LegacyPostEventRequest")
    assert body["required"] == ["event"]
    event = _deref(body["properties"]["event"])
    assert event["type"] == "object"
    assert {"event_type", "inputs"} <= set(event["required"])
    assert {"project", "event_name", "source", "session_id", "event_id", "outputs"} <= set(
        event["properties"]
    )
    assert event["properties"]["inputs"] == {"$ref": JSON_OBJECT_REF}
    validator = _schema_validator({"$ref": "#/components/schemas/LegacyPostEventRequest"})
    assert validator.is_valid({"event": {"event_type": "tool", "inputs": {}, "project": "p"}})
    assert not validator.is_valid({"event": '{"event_type": "tool", "inputs": {}}'})
    assert not validator.is_valid({"event_type": "tool", "inputs": {}}), "a flat event"


@pytest.mark.parametrize(
    ("operation_id", "name"),
    [("createEvent", "PostEventRequest"), ("createSession", "StartSessionRequest")],
)
def test_todays_create_bodies_are_the_bare_closed_object(operation_id: str, name: str) -> None:
    assert _body_of(operation_id) == {"$ref": f"#/components/schemas/{name}"}
    schema = _component(name)
    assert schema["additionalProperties"] is False
    assert "project" not in schema["properties"]
    assert "event" not in schema["properties"] and "session" not in schema["properties"]
    validator = _schema_validator({"$ref": f"#/components/schemas/{name}"})
    sample = {"event_type": "model", "inputs": {"q": 1}} if name == "PostEventRequest" else {}
    assert validator.is_valid(sample)
    assert not validator.is_valid({**sample, "project": "demo"})


def test_legacy_event_batch_body_is_a_list_of_event_objects_with_is_single_session() -> None:
    assert _body_of("createEventBatchLegacy") == {
        "$ref": "#/components/schemas/LegacyPostEventBatchRequest"
    }
    body = _component("LegacyPostEventBatchRequest")
    assert body["required"] == ["events"]
    assert _deref(body["properties"]["events"]["items"])["type"] == "object"
    assert body["properties"]["is_single_session"]["type"] == "boolean"
    assert _deref(body["properties"]["session_properties"])["type"] == "object"


@pytest.mark.parametrize("name", ["CreateConfigurationRequest", "UpdateConfigurationRequest"])
def test_configuration_bodies_are_closed_and_require_call_type_and_model(name: str) -> None:
    schema = SCHEMAS[name]
    assert schema["additionalProperties"] is False
    assert "project" not in schema["properties"]
    assert "name" in schema["required"]
    parameters = _deref(schema["properties"]["parameters"])
    assert {"call_type", "model"} <= set(parameters["required"])


def test_update_project_request_addresses_the_project_by_name() -> None:
    schema = SCHEMAS["UpdateProjectRequest"]
    assert schema["required"] == ["name"]
    assert "new_name" in schema["properties"]
    assert "project_id" not in schema["properties"]


def test_tools_delete_takes_function_id_and_projects_list_is_an_array() -> None:
    delete_tool = SPEC["paths"]["/v1/tools"]["delete"]
    assert [(p["name"], p["in"], p["required"]) for p in delete_tool["parameters"]] == [
        ("function_id", "query", True)
    ]
    projects = _json_body_schema(SPEC["paths"]["/v1/projects"]["get"]["responses"]["200"])
    assert projects == {"type": "array", "items": {"$ref": "#/components/schemas/Project"}}


# --- the answers of today ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "required"),
    [
        (
            "PostSessionStartResponse",
            {"event_id", "session_id", "org_id", "workspace_id", "project_id"},
        ),
        ("Datapoint", {"linked_event"}),
        (
            "UpdateConfigurationResponse",
            {"upsertedId", "matchedCount", "modifiedCount", "upsertedCount"},
        ),
        ("ExperimentRunObject", {"scope_id", "scope_type"}),
    ],
)
def test_todays_answers_require_what_the_official_sdk_requires(
    name: str, required: set[str]
) -> None:
    schema = SCHEMAS[name]
    assert required <= set(schema["required"])
    assert required <= set(schema["properties"])


@pytest.mark.parametrize(
    "operation_id", ["startSessionLegacy", "createSession"], ids=["legacy", "today"]
)
def test_both_session_starts_answer_the_whole_session_event(operation_id: str) -> None:
    assert _answer_of(operation_id) == {"$ref": "#/components/schemas/PostSessionStartResponse"}
    validator = _schema_validator({"$ref": "#/components/schemas/PostSessionStartResponse"})
    assert not validator.is_valid({"session_id": "s-1"}), "the January answer no longer suffices"


def test_datapoint_answer_accepts_a_null_linked_event_but_not_a_missing_one() -> None:
    validator = _schema_validator({"$ref": "#/components/schemas/Datapoint"})
    datapoint: dict[str, Any] = {
        "id": "dp-1",
        "inputs": {},
        "history": [],
        "ground_truth": None,
        "metadata": None,
        "linked_event": None,
        "created_at": "2026-06-01T00:00:00Z",
    }
    assert validator.is_valid(datapoint)
    assert not validator.is_valid({k: v for k, v in datapoint.items() if k != "linked_event"})


# --- the seven operations the official SDK 1.7.0 adds ---------------------------------------------

# One chart as 1.7.0 parses it: required fields (some nullable), and the optional owner_profile.
CHART_REQUIRED = {
    "id",
    "name",
    "description",
    "metric",
    "func",
    "groupBy",
    "bucketing",
    "dateRange",
    "query",
    "owner_id",
    "is_active",
    "created_at",
    "updated_at",
}
CHART_NULLABLE = {
    "description",
    "func",
    "groupBy",
    "dateRange",
    "query",
    "owner_id",
    "owner_profile",
    "updated_at",
}
CHART_OPTIONAL = {"owner_profile"}
CHART_REQUEST_FIELDS = {
    "name",
    "description",
    "metric",
    "func",
    "groupBy",
    "bucketing",
    "dateRange",
    "query",
    "owner_id",
}
# operationId -> (body: required, optional fields or None), answer: required fields, and the
# fields of its `data` (required, nullable, optional; a list of them for getCharts).
SDK_1_7_0_SHAPES: dict[str, dict[str, Any]] = {
    "getCharts": {"body": None, "answer": {"success", "data"}, "data": "chart-list"},
    "createChart": {
        "body": ({"name", "metric"}, CHART_REQUEST_FIELDS - {"name", "metric"}),
        "answer": {"success", "data"},
        "data": "chart",
    },
    "getChart": {"body": None, "answer": {"success", "data"}, "data": "chart"},
    "updateChart": {
        "body": (set(), CHART_REQUEST_FIELDS),
        "answer": {"success", "data"},
        "data": "chart",
    },
    "deleteChart": {"body": None, "answer": {"success", "message"}, "data": None},
    "createIngestionApiKey": {
        "body": ({"name"}, {"description"}),
        "answer": {"success", "data"},
        "data": (
            {"key_value", "key_id", "name", "description", "root_scope_type", "root_scope_id"},
            {"description"},
            set(),
        ),
    },
    "createDataPlaneApiKey": {
        "body": ({"name", "permissions", "expires_at"}, {"description"}),
        "answer": {"success", "data"},
        "data": (
            {
                "key_value",
                "key_id",
                "permissions",
                "root_scope_type",
                "root_scope_id",
                "expires_at",
            },
            set(),
            set(),
        ),
    },
}


def _assert_object_fields(
    schema: dict[str, Any], required: set[str], nullable: set[str], optional: set[str]
) -> None:
    """`schema` has exactly these fields, these required, and null allowed where 1.7.0 allows it."""
    assert set(schema["properties"]) == required | optional
    assert set(schema.get("required", [])) == required
    for name, prop in schema["properties"].items():
        accepts_null = _schema_validator(prop).is_valid(None)
        assert accepts_null == (name in nullable), f"{name}: null accepted = {accepts_null}"


@pytest.mark.parametrize("operation_id", sorted(SDK_1_7_0_SHAPES))
def test_sdk_1_7_0_operation_has_the_fields_1_7_0_sends_and_reads(operation_id: str) -> None:
    shape = SDK_1_7_0_SHAPES[operation_id]
    body = _body_of(operation_id)
    if shape["body"] is None:
        assert body is None
    else:
        required, optional = shape["body"]
        schema = _deref(body or {})
        assert set(schema["properties"]) == required | optional
        assert set(schema.get("required", [])) == required
    answer = _deref(_answer_of(operation_id) or {})
    assert set(answer["properties"]) == shape["answer"] == set(answer["required"])
    assert answer["properties"]["success"]["type"] == "boolean"
    data = shape["data"]
    if data is None:
        assert answer["properties"]["message"]["type"] == "string"
    elif data == "chart-list":
        items = answer["properties"]["data"]
        assert items["type"] == "array"
        _assert_object_fields(
            _deref(items["items"]), CHART_REQUIRED, CHART_NULLABLE, CHART_OPTIONAL
        )
    elif data == "chart":
        chart = _deref(answer["properties"]["data"])
        _assert_object_fields(chart, CHART_REQUIRED, CHART_NULLABLE, CHART_OPTIONAL)
    else:
        _assert_object_fields(_deref(answer["properties"]["data"]), *data)


def test_data_plane_key_permissions_are_a_list_of_strings_both_ways() -> None:
    request = _component("CreateDataPlaneApiKeyRequest")
    key = _component("DataPlaneApiKey")
    for schema in (request, key):
        assert schema["properties"]["permissions"]["type"] == "array"
        assert schema["properties"]["permissions"]["items"]["type"] == "string"
        assert schema["properties"]["expires_at"]["type"] == "string"


# --- real schemas everywhere --------------------------------------------------------------------


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
    assert len(successes) == 1, f"{method} {path} documents {len(successes)} 2xx responses"
    for code, response in successes.items():
        schema = _json_body_schema(response)
        if op["operationId"] in EMPTY_SUCCESS_ANSWERS:
            assert "content" not in response, f"{code} answer has no body"
            continue
        assert schema is not None, f"{code} response has no application/json schema"
        problems += _placeholder_problems(schema, f"{code} response", frozenset())
    assert problems == []


@pytest.mark.parametrize("op", [op for _, _, op, _ in OPERATIONS], ids=OPERATION_IDS)
def test_error_responses_are_documented_with_the_shared_error_schema(op: dict[str, Any]) -> None:
    expected = ERROR_STATUSES + ((BODY_TOO_LARGE,) if "requestBody" in op else ())
    documented = {code for code in op["responses"] if not code.startswith("2")}
    assert documented == set(expected)
    for status in expected:
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


# --- enums ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("schema", "field", "values"),
    [
        ("FilterOperator", None, {"is", "is not", "exists", "not exists", "contains"}),
        ("FilterOperator", None, {"not contains", "greater than", "less than"}),
        ("FilterFieldType", None, {"string", "number", "boolean", "datetime"}),
        ("ProjectType", None, {"evaluation", "completion"}),
        ("ToolType", None, {"function", "tool"}),
        ("PostEventRequest", "event_type", {"model", "tool", "chain", "session"}),
        ("LegacyPostEventRequestEvent", "event_type", {"model", "tool", "chain", "session"}),
        ("EventSearchFilter", "operator", {"is", "is not", "greater than", "less than"}),
        ("CreateMetricRequest", "type", {"PYTHON", "LLM", "HUMAN", "COMPOSITE"}),
        ("CreateChartRequest", "bucketing", {"minute", "hour", "day", "week", "month"}),
    ],
)
def test_request_enum_is_a_string_enum_with_the_service_values(
    schema: str, field: str | None, values: set[str]
) -> None:
    node = SCHEMAS[schema] if field is None else _deref(SCHEMAS[schema]["properties"][field])
    assert node["type"] == "string"
    assert values <= set(node["enum"])


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


def test_response_schemas_have_no_closed_enums() -> None:
    found: list[str] = []
    for _, _, op, _ in OPERATIONS:
        for code, response in op["responses"].items():
            schema = _json_body_schema(_deref(response))
            if schema is not None:
                found += _enum_paths(schema, f"{op['operationId']} {code}", frozenset())
    assert found == []


def test_enums_shared_by_requests_and_answers_are_lenient_in_both() -> None:
    # ConfigurationParameters is both a body part and an answer part: answers win (plain string).
    call_type = SCHEMAS["ConfigurationParameters"]["properties"]["call_type"]
    assert call_type["type"] == "string"
    assert "enum" not in call_type
    assert "enum" not in _deref(SCHEMAS["LegacyEvent"]["properties"]["event_type"])
    assert "enum" not in _deref(SCHEMAS["MetricItem"]["properties"]["type"])


# --- query parameters ---------------------------------------------------------------------------


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
        if param["name"] in JSON_QUERY_PARAMETERS or "x-json-schema" in param:
            assert schema["type"] == "string", f"{param['name']} must be a JSON-encoded string"
        if schema.get("type") == "array":
            assert param["name"].endswith("[]"), f"{param['name']}: id lists use the ids[]= form"
            assert param.get("style", "form") == "form"
            assert param.get("explode", True) is True


@pytest.mark.parametrize(
    ("operation_id", "name"), [("getDatapoints", "datapoint_ids[]"), ("getRuns", "run_ids[]")]
)
def test_id_lists_use_the_bracket_name_the_service_accepts(operation_id: str, name: str) -> None:
    params = {p["name"]: p for p in BY_ID[operation_id][3] if p["in"] == "query"}
    assert name in params
    assert params[name]["schema"] == {"type": "array", "items": {"type": "string"}}
    assert name.removesuffix("[]") not in params


_JSON_QUERY_CASES = [
    pytest.param(op_id, param, id=f"{op_id}-{param['name']}")
    for op_id, param in QUERY_PARAMETERS
    if param["name"] in JSON_QUERY_PARAMETERS
]


@pytest.mark.parametrize(("operation_id", "param"), _JSON_QUERY_CASES)
def test_json_string_query_parameter_has_an_x_json_schema(
    operation_id: str, param: dict[str, Any]
) -> None:
    decoded = param.get("x-json-schema")
    assert isinstance(decoded, dict), f"{operation_id} {param['name']}: no x-json-schema"
    jsonschema.Draft202012Validator.check_schema(decoded)
    for ref in _refs_in(decoded):
        assert ref.startswith("#/components/schemas/") and _ref_name(ref) in SCHEMAS, ref
    assert _placeholder_problems(decoded, f"{param['name']} (decoded)", frozenset()) == []


def test_every_x_json_schema_sits_on_a_json_named_string_parameter() -> None:
    carriers = [(op_id, p["name"]) for op_id, p in QUERY_PARAMETERS if "x-json-schema" in p]
    assert len(carriers) >= 10
    for op_id, name in carriers:
        assert name in JSON_QUERY_PARAMETERS, (op_id, name)
