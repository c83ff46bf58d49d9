"""The whole walk of a spec change, in a temporary copy of the repository.

Add ``GET /v1/annotations`` (and an ``Annotation`` schema) to openapi.yaml, regenerate,
explain the change with ``scripts/spec-diff``, then, in a fresh interpreter importing the
copy: call the new operation through ``client.call`` (the local server has no handler yet:
a 501, raised as the facade's ``ServerError``) and through the low-level client, and run
existing calls in ``test_mode`` and over the local server to show nothing else broke.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
COPIED = ("openapi.yaml", "generator-config.yaml", "generator-templates", "scripts", "honeyhive")


def add_annotations(spec: dict[str, Any]) -> None:
    """One new operation with one new schema, as a user would add them."""
    spec["components"]["schemas"]["Annotation"] = {
        "type": "object",
        "description": "A label someone put on an event.",
        "required": ["id", "event_id", "label"],
        "properties": {
            "id": {"type": "string"},
            "event_id": {"type": "string"},
            "label": {"type": "string"},
        },
    }
    spec["paths"]["/v1/annotations"] = {
        "get": {
            "operationId": "listAnnotations",
            "tags": ["Annotations"],
            "summary": "List annotations",
            "parameters": [
                {"name": "limit", "in": "query", "required": False, "schema": {"type": "integer"}}
            ],
            "responses": {
                "200": {
                    "description": "The annotations.",
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "array",
                                "items": {"$ref": "#/components/schemas/Annotation"},
                            }
                        }
                    },
                }
            },
        }
    }


# Runs in the copy: every name it imports must come from there.
WALK = textwrap.dedent(
    """
    import asyncio
    import sys
    from pathlib import Path

    copy = Path(sys.argv[1]).resolve()
    import honeyhive
    import honeyhive_api
    for module in (honeyhive, honeyhive_api):
        assert copy in Path(module.__file__).resolve().parents, module.__file__

    from honeyhive import APIError, HoneyHive, ServerError
    from honeyhive.local import LocalAPI, LocalServer
    from honeyhive_api.api.annotations import list_annotations

    def expect_501(make_call):
        try:
            make_call()
        except ServerError as exc:
            assert isinstance(exc, APIError) and exc.status_code == 501, repr(exc)
            assert "listAnnotations" in exc.message, exc.message
            return
        raise AssertionError("the new operation did not answer 501")

    def smoke(client):
        session = client.sessions.start({"session_name": "walk", "project": "walk"})
        created = client.events.create(
            {"event_type": "tool", "inputs": {"q": 1}, "session_id": session.session_id}
        )
        match = {"field": "session_id", "operator": "is", "value": session.session_id}
        listed = client.events.list({"filters": [match]})
        assert created.event_id in [e.event_id for e in listed.events], listed

    with LocalAPI() as api:
        assert api.unhandled == ("listAnnotations",), api.unhandled

    with HoneyHive(test_mode=True) as client:
        smoke(client)
        expect_501(lambda: client.call(list_annotations, limit=5))
        expect_501(lambda: client.call("annotations.list_annotations"))
        response = list_annotations.sync_detailed(client=client.low_level, limit=5)
        assert response.status_code == 501 and response.parsed is None, response

    async def twin():
        async with HoneyHive(test_mode=True) as client:
            await client.call_async(list_annotations)

    expect_501(lambda: asyncio.run(twin()))

    with LocalServer() as server, HoneyHive(
        api_key=server.api_key, base_url=server.url, retry_config=0
    ) as client:
        smoke(client)
        expect_501(lambda: client.call(list_annotations, limit=5))
        response = list_annotations.sync_detailed(client=client.low_level)
        assert response.status_code == 501, response
        # Validation runs before the 501: a bad limit is the client's mistake, a 400.
        try:
            client.call(list_annotations, limit="many")
        except APIError as exc:
            assert exc.status_code == 400 and "limit" in str(exc), repr(exc)
        else:
            raise AssertionError("an invalid request reached the missing handler")
    print("walk ok")
    """
)


@pytest.fixture(scope="module")
def copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository's spec, generator setup, scripts and package, with the operation added
    and regenerated."""
    root = tmp_path_factory.mktemp("repo")
    ignore = shutil.ignore_patterns("__pycache__", ".mypy_cache", ".ruff_cache")
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, root / name, ignore=ignore)
        else:
            shutil.copy2(source, root / name)
    spec_file = root / "openapi.yaml"
    spec = yaml.safe_load(spec_file.read_text())
    add_annotations(spec)
    spec_file.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True))
    done = subprocess.run(
        [sys.executable, str(root / "scripts" / "generate")],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return root


def test_regeneration_writes_the_new_operation_and_model(copy: Path) -> None:
    api = copy / "generated" / "honeyhive_api"
    module = (api / "api" / "annotations" / "list_annotations.py").read_text()
    assert '"url": "/v1/annotations"' in module
    assert "HTTPStatus | int" in module  # the endpoint template override still applies
    assert (api / "models" / "annotation.py").is_file()
    # Everything else is generated as before.
    untouched = api / "api" / "events" / "get_events_chart.py"
    assert (
        untouched.read_text()
        == (
            ROOT / "generated" / "honeyhive_api" / "api" / "events" / "get_events_chart.py"
        ).read_text()
    )


def test_spec_diff_explains_the_change(copy: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(copy / "scripts" / "spec-diff"), str(copy / "openapi.yaml"),
         "--against", str(ROOT / "openapi.yaml")],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "1 added, 0 removed, 0 deprecated, 0 changed" in done.stdout
    assert "GET /v1/annotations  listAnnotations  [annotations.list_annotations]" in done.stdout
    assert "client.call('annotations.list_annotations')" in done.stdout
    assert "answers 501 Not Implemented" in done.stdout


def test_the_new_operation_is_callable_and_nothing_else_broke(copy: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HH_")}
    env["PYTHONPATH"] = os.pathsep.join([str(copy), str(copy / "generated")])
    done = subprocess.run(
        [sys.executable, "-c", WALK, str(copy)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=copy,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "walk ok" in done.stdout
