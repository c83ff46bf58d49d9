"""An operation of openapi.yaml without a local handler answers 501, after validation.

Every operation has a handler today, so each test serves a copy of openapi.yaml with two
operations added (a GET with a typed query parameter, a POST with a closed required body).
"""

from __future__ import annotations

import copy
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from honeyhive.local import DEV_API_KEY, LocalAPI, LocalServer
from honeyhive.local.spec import Spec, find_spec_path, load_spec

NEW_OPERATIONS = ("createAnnotation", "listAnnotations")
JSON = {"content-type": "application/json"}


def spec_with_new_operations() -> dict[str, Any]:
    """openapi.yaml plus ``GET``/``POST /v1/annotations`` and an ``Annotation`` schema."""
    raw = copy.deepcopy(load_spec().raw)
    raw["components"]["schemas"]["Annotation"] = {
        "type": "object",
        "required": ["id", "label"],
        "properties": {"id": {"type": "string"}, "label": {"type": "string"}},
    }
    ok = {
        "description": "The annotations.",
        "content": {
            "application/json": {
                "schema": {"type": "array", "items": {"$ref": "#/components/schemas/Annotation"}}
            }
        },
    }
    raw["paths"]["/v1/annotations"] = {
        "get": {
            "operationId": "listAnnotations",
            "tags": ["Annotations"],
            "summary": "List annotations",
            "parameters": [
                {"name": "limit", "in": "query", "required": False, "schema": {"type": "integer"}}
            ],
            "responses": {"200": ok},
        },
        "post": {
            "operationId": "createAnnotation",
            "tags": ["Annotations"],
            "summary": "Create an annotation",
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {
                        "schema": {
                            "type": "object",
                            "additionalProperties": False,
                            "required": ["label"],
                            "properties": {"label": {"type": "string"}},
                        }
                    }
                },
            },
            "responses": {"200": ok},
        },
    }
    return raw


@pytest.fixture(scope="module")
def spec_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The extended spec, written to a file (what ``HH_LOCAL_SPEC`` and the CLI read)."""
    path = tmp_path_factory.mktemp("spec") / "openapi.yaml"
    path.write_text(yaml.safe_dump(spec_with_new_operations(), sort_keys=False))
    return path


@pytest.fixture(scope="module")
def spec(spec_path: Path) -> Spec:
    """The extended spec, parsed."""
    return load_spec(spec_path)


@pytest.fixture
def api(spec: Spec) -> Iterator[LocalAPI]:
    """A fresh server core on the extended spec (any key accepted)."""
    with LocalAPI(spec=spec, accept_any_key=True) as local:
        yield local


def test_the_server_starts_and_lists_the_operations_without_a_handler(api: LocalAPI) -> None:
    assert api.unhandled == NEW_OPERATIONS
    with LocalAPI() as stock:
        assert stock.unhandled == ()


def test_a_valid_request_to_an_unhandled_operation_answers_501_naming_it(api: LocalAPI) -> None:
    answer = api.handle("GET", "/v1/annotations", "limit=5")
    assert answer.status == 501
    body = answer.json()
    assert body["errorCode"] == "NOT_IMPLEMENTED"
    assert "listAnnotations" in body["message"] and "GET /v1/annotations" in body["message"]
    assert ("content-type", "application/json") in answer.headers
    posted = api.handle("POST", "/v1/annotations", "", JSON, b'{"label": "good"}')
    assert posted.status == 501
    assert "createAnnotation" in posted.json()["message"]


@pytest.mark.parametrize(
    ("method", "query", "body", "field"),
    [
        ("GET", "limit=many", b"", "limit"),
        ("GET", "offset=1", b"", "offset"),
        ("POST", "", b'{"label": "x", "colour": "red"}', "colour"),
        ("POST", "", b"{}", "label"),
        ("POST", "", b"", "<body>"),
    ],
    ids=["bad-type", "undeclared-param", "closed-body", "missing-field", "no-body"],
)
def test_an_invalid_request_to_an_unhandled_operation_is_a_400_first(
    api: LocalAPI, method: str, query: str, body: bytes, field: str
) -> None:
    answer = api.handle(method, "/v1/annotations", query, JSON, body)
    assert answer.status == 400, answer.body
    assert field in answer.body.decode()


def test_a_wrong_method_on_an_unhandled_route_is_still_405(api: LocalAPI) -> None:
    assert api.handle("DELETE", "/v1/annotations").status == 405


def test_the_handled_operations_keep_working_beside_it(api: LocalAPI) -> None:
    created = api.handle("POST", "/v1/projects", "", JSON, b'{"name": "beside"}')
    assert created.status == 200, created.body
    listed = api.handle("GET", "/v1/projects", "name=beside")
    assert listed.status == 200
    assert [p["name"] for p in listed.json()] == ["beside"]


def test_over_a_socket_the_client_sees_the_501(spec: Spec) -> None:
    with LocalServer(api=LocalAPI(spec=spec)) as server:
        auth = {"Authorization": f"Bearer {server.api_key}"}
        unhandled = httpx.get(f"{server.url}/v1/annotations", headers=auth)
        assert unhandled.status_code == 501
        assert unhandled.json()["errorCode"] == "NOT_IMPLEMENTED"
        # The key is still checked first.
        assert httpx.get(f"{server.url}/v1/annotations").status_code == 401
        assert httpx.get(f"{server.url}/v1/projects", headers=auth).status_code == 200


def test_the_cli_names_the_unhandled_operations_at_start_up_and_serves(spec_path: Path) -> None:
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "HH_LOCAL_SPEC": str(spec_path)}
    env.pop("HH_LOCAL_API_KEYS", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "honeyhive.local", "serve", "--port", "0", "--quiet"],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    try:
        assert process.stderr is not None
        url, notice = None, None
        for line in process.stderr:
            found = re.search(r"serving (http://\S+)", line)
            url = found.group(1) if found else url
            if "no handler" in line:
                notice = line
                break
        assert url and notice, "the CLI did not report its address and unhandled operations"
        assert "2 operation(s)" in notice and "createAnnotation, listAnnotations" in notice
        auth = {"Authorization": f"Bearer {DEV_API_KEY}"}
        # The socket is bound before the notice: requests wait for uvicorn, not fail.
        assert httpx.get(f"{url}/v1/annotations", headers=auth, timeout=30).status_code == 501
        assert httpx.get(f"{url}/v1/projects", headers=auth, timeout=30).status_code == 200
    finally:
        process.kill()
        process.wait()


def test_the_stock_spec_is_the_one_found_by_default() -> None:
    # Guards the fixture: the extension is made from the repository's openapi.yaml.
    assert load_spec().path == find_spec_path().resolve()
    assert "/v1/annotations" not in load_spec().raw["paths"]
