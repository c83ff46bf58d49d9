"""Closed value sets (``x-enum`` in openapi.yaml): enforced on requests, lenient on answers.

Over a real loopback ``LocalServer``: both request-validation paths (openapi-core's and the
compiled validator of the event-ingest routes) refuse a value outside the set with a 400
naming the field, accept every value of the set, and the answers that share those schemas
still validate with a value the set does not list.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from honeyhive.local import LocalServer
from honeyhive.local.spec import HOT_OPERATIONS, load_spec, request_view

SPEC = load_spec()


def _post(server: LocalServer, path: str, body: Any, method: str = "POST") -> httpx.Response:
    return httpx.request(
        method,
        f"{server.url}{path}",
        json=body,
        headers={"Authorization": f"Bearer {server.api_key}"},
    )


def _config(call_type: str) -> dict[str, Any]:
    return {"name": "c", "provider": "openai", "parameters": {"call_type": call_type, "model": "m"}}


def _fields(answer: httpx.Response) -> list[str]:
    return [d["field"] for d in answer.json().get("details", [])]


def test_request_view_turns_x_enum_into_enum_and_keeps_explicit_enum() -> None:
    schema: dict[str, Any] = {
        "type": "object",
        "properties": {
            "a": {"type": "string", "x-enum": ["x", "y"]},
            "b": {"type": "string", "enum": ["p"], "x-enum": ["p", "q"]},
            # A property *named* x-enum is a name, not the keyword.
            "x-enum": {"type": "string"},
        },
    }
    view = request_view(schema)
    assert view["properties"]["a"] == {"type": "string", "enum": ["x", "y"]}
    assert view["properties"]["b"] == {"type": "string", "enum": ["p"]}
    assert view["properties"]["x-enum"] == {"type": "string"}
    assert "x-enum" in schema["properties"]["a"]  # the input is not changed


def test_the_contract_as_written_keeps_x_enum_and_the_request_view_has_none() -> None:
    written = json.dumps(SPEC.raw)
    assert '"x-enum"' in written
    assert '"x-enum"' not in json.dumps(SPEC.request_raw["components"])
    params = SPEC.request_raw["components"]["schemas"]["ConfigurationParameters"]
    assert params["properties"]["call_type"]["enum"] == ["chat", "completion"]


def test_configuration_call_type_outside_the_set_is_a_400_naming_it(
    local_server: LocalServer,
) -> None:
    answer = _post(local_server, "/v1/configurations", _config("embedding"))
    assert answer.status_code == 400
    body = answer.json()
    assert body["errorCode"] == "VALIDATION_ERROR"
    assert _fields(answer) == ["parameters.call_type"]
    assert (
        "'embedding' is not one of the allowed values: 'chat', 'completion'"
        in (body["details"][0]["problem"])
    )
    assert "parameters.call_type" in body["message"]
    # Nothing was stored.
    listed = httpx.get(
        f"{local_server.url}/v1/configurations",
        headers={"Authorization": f"Bearer {local_server.api_key}"},
    )
    assert listed.status_code == 200
    assert listed.json() == {"configurations": []}


@pytest.mark.parametrize("call_type", ["chat", "completion"])
def test_configuration_call_types_of_the_set_are_accepted(
    local_server: LocalServer, call_type: str
) -> None:
    answer = _post(local_server, "/v1/configurations", _config(call_type))
    assert answer.status_code == 200, answer.text


def test_nested_response_format_type_is_enforced(local_server: LocalServer) -> None:
    body = _config("chat")
    body["parameters"]["responseFormat"] = {"type": "xml"}
    answer = _post(local_server, "/v1/configurations", body)
    assert answer.status_code == 400
    assert _fields(answer) == ["parameters.responseFormat.type"]


def test_legacy_batch_event_type_outside_the_set_is_a_400_naming_it(
    local_server: LocalServer,
) -> None:
    assert "createEventBatchLegacy" in HOT_OPERATIONS  # the compiled-validator path
    events = [
        {"event_type": "tool", "event_name": "ok", "inputs": {}},
        {"event_type": "bogus", "event_name": "bad", "inputs": {}},
    ]
    answer = _post(local_server, "/events/batch", {"events": events})
    assert answer.status_code == 400
    assert answer.json()["errorCode"] == "VALIDATION_ERROR"
    assert _fields(answer) == ["events[1].event_type"]
    search = _post(local_server, "/v1/events/search", {})
    assert search.json()["count"] == 0  # the valid event of the batch was not stored either


@pytest.mark.parametrize("event_type", ["model", "tool", "chain", "session"])
def test_legacy_batch_event_types_of_the_set_are_accepted(
    local_server: LocalServer, event_type: str
) -> None:
    event = {"event_type": event_type, "event_name": "e", "inputs": {}}
    answer = _post(local_server, "/events/batch", {"events": [event]})
    assert answer.status_code == 200, answer.text


def test_fast_and_full_validators_agree_on_the_closed_set() -> None:
    op = SPEC.operations["createEventBatchLegacy"]
    body = {"events": [{"event_type": "bogus", "inputs": {}}]}
    fast = SPEC.body_problems(op, body)
    full = SPEC.request_problems(op, "/events/batch", {}, [], json.dumps(body).encode())
    assert [p["field"] for p in fast] == [p["field"] for p in full] == ["events[0].event_type"]


def test_filter_operator_and_type_are_enforced_on_the_export_request(
    local_server: LocalServer,
) -> None:
    bad = [{"field": "event_name", "operator": "matches", "value": "x", "type": "string"}]
    answer = _post(local_server, "/v1/events/export", {"filters": bad})
    assert answer.status_code == 400
    assert _fields(answer) == ["filters[0].operator"]
    good = [{"field": "event_name", "operator": "is", "value": "x", "type": "string"}]
    assert _post(local_server, "/v1/events/export", {"filters": good}).status_code == 200


def test_answers_stay_lenient_about_values_outside_the_set() -> None:
    event = {
        "event_id": "e1",
        "event_type": "generic",  # not in GetEventResponseEvent's x-enum
        "event_name": "n",
        "session_id": "s1",
        "project_id": "p",
    }
    errors = SPEC.response_errors(
        "GET",
        "/v1/events/e1",
        200,
        {"content-type": "application/json"},
        json.dumps({"event": event}).encode(),
    )
    assert errors == []
    # ... while a request would be held to the same set.
    request_side = SPEC.request_raw["components"]["schemas"]["GetEventResponseEvent"]
    assert request_side["properties"]["event_type"]["enum"] == ["model", "tool", "chain", "session"]
