"""``scripts/spec-diff``: what a newer description changes, and what that touches here.

Small hand-written description pairs check each kind of change; openapi.yaml itself, edited
in memory, checks the facade methods and local handlers a change is traced to.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import subprocess
import sys
from importlib.machinery import SourceFileLoader
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "spec-diff"


def _load_script() -> ModuleType:
    loader = SourceFileLoader("spec_diff", str(SCRIPT))
    spec = importlib.util.spec_from_loader("spec_diff", loader)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["spec_diff"] = module  # dataclasses look their module up there
    loader.exec_module(module)
    return module


spec_diff = _load_script()


def thing(extra_status: str | None = None) -> dict[str, Any]:
    statuses = ["active", "archived", *([extra_status] if extra_status else [])]
    return {
        "type": "object",
        "required": ["id", "status"],
        "properties": {
            "id": {"type": "string"},
            "status": {"type": "string", "enum": statuses},
            "meta": {"$ref": "#/components/schemas/JsonObject"},
        },
    }


def base() -> dict[str, Any]:
    """A small current description: list, create, delete and read things."""
    ok_list = {
        "description": "ok",
        "content": {
            "application/json": {
                "schema": {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}}
            }
        },
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "Things", "version": "1"},
        "paths": {
            "/v1/things": {
                "get": {
                    "operationId": "getThings",
                    "tags": ["Things"],
                    "parameters": [
                        {"name": "limit", "in": "query", "schema": {"type": "integer"}},
                        {"name": "ids[]", "in": "query", "schema": {"type": "array"}},
                    ],
                    "responses": {"200": ok_list},
                },
                "post": {
                    "operationId": "createThing",
                    "tags": ["Things"],
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "additionalProperties": False,
                                    "required": ["name"],
                                    "properties": {
                                        "name": {"type": "string", "minLength": 1},
                                        "colour": {"type": "string"},
                                    },
                                }
                            }
                        },
                    },
                    "responses": {"200": ok_list, "400": {"description": "bad"}},
                },
            },
            "/v1/things/{thing_id}": {
                "parameters": [
                    {
                        "name": "thing_id",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string"},
                    }
                ],
                "get": {
                    "operationId": "getThing",
                    "tags": ["Things"],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Thing"}
                                }
                            },
                        }
                    },
                },
                "delete": {
                    "operationId": "deleteThing",
                    "tags": ["Things"],
                    "responses": {"200": {"description": "ok"}},
                },
            },
        },
        "components": {
            "schemas": {
                "Thing": thing(),
                "JsonObject": {
                    "not": {"type": ["string", "number", "integer", "boolean", "array", "null"]}
                },
            }
        },
    }


def newer() -> dict[str, Any]:
    """``base()`` with one change of every kind."""
    doc = base()
    paths = doc["paths"]
    get = paths["/v1/things"]["get"]
    either = {"anyOf": [{"type": "integer"}, {"type": "string"}]}
    get["parameters"] = [
        {"name": "limit", "in": "query", "schema": either},
        {"name": "ids", "in": "query", "schema": {"type": "array"}},
        {"name": "owner", "in": "query", "required": True, "schema": {"type": "string"}},
    ]
    post = paths["/v1/things"]["post"]
    post["deprecated"] = True
    del post["responses"]["400"]
    body = post["requestBody"]["content"]["application/json"]["schema"]
    del body["additionalProperties"]
    body["required"] = ["name", "colour"]
    body["properties"]["size"] = {"type": "integer"}
    body["properties"]["name"]["minLength"] = 3
    del paths["/v1/things/{thing_id}"]["delete"]
    # Same route, another name for its parameter: still the same operation.
    item = paths.pop("/v1/things/{thing_id}")
    item["parameters"][0]["name"] = "id"
    paths["/v1/things/{id}"] = item
    schema = thing("deleted")
    schema["properties"]["status"]["enum"].remove("archived")
    schema["required"] = ["id"]
    schema["properties"]["meta"] = {"type": "object", "additionalProperties": {}}
    doc["components"]["schemas"]["Thing"] = schema
    paths["/v1/annotations"] = {
        "get": {
            "operationId": "listAnnotations",
            "tags": ["Annotations"],
            "parameters": [{"name": "queue_id", "in": "query", "schema": {"type": "string"}}],
            "responses": {"200": {"description": "ok"}},
        }
    }
    return doc


def run(tmp_path: Path, current: dict[str, Any], newer_doc: dict[str, Any], *flags: str) -> str:
    """Write both descriptions, run the script, return its standard output."""
    old_file, new_file = tmp_path / "current.yaml", tmp_path / "newer.yaml"
    old_file.write_text(yaml.safe_dump(current, sort_keys=False))
    new_file.write_text(yaml.safe_dump(newer_doc, sort_keys=False))
    done = subprocess.run(
        [sys.executable, str(SCRIPT), str(new_file), "--against", str(old_file), *flags],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    return done.stdout


def section(report: str, title: str) -> str:
    """The lines of one section of the text report."""
    chunks = report.split("\n\n")
    return next((c for c in chunks if c.startswith(title)), "")


def test_every_kind_of_change_is_reported(tmp_path: Path) -> None:
    report = run(tmp_path, base(), newer())
    assert "operations: 4 newer, 4 current; 1 added, 1 removed, 1 deprecated, 2 changed" in report
    added = section(report, "ADDED")
    assert "GET /v1/annotations  listAnnotations  [annotations.list_annotations]" in added
    assert "query parameter queue_id (optional, string)" in added
    assert "client.call('annotations.list_annotations')" in added
    assert "the local server answers 501" in added
    assert "DELETE /v1/things/{thing_id}  deleteThing" in section(report, "REMOVED")
    deprecated = section(report, "DEPRECATED")
    for line in (
        "POST /v1/things  createThing",
        "- now deprecated",
        "- body: fields added: size",
        "- body: now required: colour",
        "- body: closed -> open",
        "- body.name: minLength 1 -> 3",
        "- response 200[].status: enum values added: deleted",
        "- response 200[].status: enum values removed: archived",
        "- response 200[]: no longer required: status",
        "- responses removed: 400",
    ):
        assert line in deprecated, line
    changed = section(report, "CHANGED")
    for line in (
        "- query parameter ids[] renamed ids",
        "- query parameter limit: type integer -> integer|string",
        "- query parameter owner added (required, string)",
        "GET /v1/things/{id}  getThing",
        "- path /v1/things/{thing_id} -> /v1/things/{id}",
        "- path parameter thing_id renamed id",
        "- response 200: no longer required: status",
    ):
        assert line in changed, line
    # A free-form object written as JsonObject or as `type: object` is the same object.
    assert ".meta" not in report


def test_the_report_is_deterministic_and_json_carries_the_same(tmp_path: Path) -> None:
    first = run(tmp_path, base(), newer())
    assert run(tmp_path, base(), newer()) == first
    data = json.loads(run(tmp_path, base(), newer(), "--json"))
    kinds = sorted((e["kind"], e["method"], e["path"]) for e in data["entries"])
    assert kinds == [
        ("added", "GET", "/v1/annotations"),
        ("changed", "GET", "/v1/things"),
        ("changed", "GET", "/v1/things/{id}"),
        ("deprecated", "POST", "/v1/things"),
        ("removed", "DELETE", "/v1/things/{thing_id}"),
    ]
    post = next(e for e in data["entries"] if e["method"] == "POST")
    assert post["operation_id"] == "createThing"
    assert post["modules"] == ["things.create_thing"]
    assert "body: closed -> open" in post["changes"]


def test_x_enum_reads_as_enum_and_identical_descriptions_differ_nowhere(tmp_path: Path) -> None:
    ours = base()
    status = ours["components"]["schemas"]["Thing"]["properties"]["status"]
    status["x-enum"] = status.pop("enum")
    assert "no differences" in run(tmp_path, ours, base())
    assert "0 added, 0 removed, 0 deprecated, 0 changed" in run(tmp_path, base(), base())


def test_a_json_query_parameter_and_a_moved_route_are_named(tmp_path: Path) -> None:
    ours, theirs = base(), base()
    ours["paths"]["/v1/things"]["get"]["parameters"].append(
        {"name": "filters", "in": "query", "schema": {"type": "string"},
         "x-json-schema": {"type": "array", "items": {"type": "object"}}}
    )  # fmt: skip
    theirs["paths"]["/v1/things"]["get"]["parameters"].append(
        {"name": "filters", "in": "query", "schema": {"type": "array", "items": {"type": "object"}}}
    )
    theirs["paths"]["/v2/things/{thing_id}"] = theirs["paths"].pop("/v1/things/{thing_id}")
    report = run(tmp_path, ours, theirs)
    assert "query parameter filters: type string(JSON array<object>) -> array<object>" in report
    assert "- path /v1/things/{thing_id} -> /v2/things/{thing_id}" in report
    assert "REMOVED" not in report and "ADDED" not in report


# -- against this repository ----------------------------------------------------------------


@pytest.fixture(scope="module")
def current() -> dict[str, Any]:
    return dict(yaml.safe_load((ROOT / "openapi.yaml").read_text()))


def test_changes_are_traced_to_facade_methods_and_local_handlers(
    tmp_path: Path, current: dict[str, Any]
) -> None:
    theirs = copy.deepcopy(current)
    del theirs["paths"]["/v1/events/chart"]
    theirs["paths"]["/v1/datasets"]["post"]["deprecated"] = True
    theirs["paths"]["/v1/sessions/{session_id}"]["get"]["operationId"] = "getSessionById"
    report = run(tmp_path, current, theirs)
    removed = section(report, "REMOVED")
    assert "GET /v1/events/chart  getEventsChart  [events.get_events_chart]" in removed
    assert "facade: client.events.chart" in removed
    assert "local: local/events.get_events_chart" in removed
    deprecated = section(report, "DEPRECATED")
    assert "POST /v1/datasets  createDataset" in deprecated
    assert "facade: client.datasets.create" in deprecated
    assert "local: local/resources.create_dataset" in deprecated
    changed = section(report, "CHANGED")
    assert "- operationId getSession -> getSessionById" in changed
    assert "- generated module sessions.get_session -> sessions.get_session_by_id" in changed
    assert "local: local/events.get_session" in changed


def test_generated_module_names_match_the_generated_tree(current: dict[str, Any]) -> None:
    doc = spec_diff.Doc(current, "openapi.yaml")
    names = {m for op in doc.operations.values() for m in op.modules}
    on_disk = {
        f"{p.parent.name}.{p.stem}"
        for p in (ROOT / "generated" / "honeyhive_api" / "api").glob("*/*.py")
        if p.stem != "__init__"
    }
    assert names == on_disk


def test_every_handler_and_most_facade_modules_are_found(current: dict[str, Any]) -> None:
    handlers = spec_diff.scan_handlers()
    doc = spec_diff.Doc(current, "openapi.yaml")
    assert {op.operation_id for op in doc.operations.values()} <= set(handlers)
    facade = spec_diff.scan_facade()
    assert facade["events.export_events_legacy"]  # named in a helper module, used by events
    assert "client.events.list" in facade["events.export_events_legacy"]
