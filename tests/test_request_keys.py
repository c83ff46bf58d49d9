"""Request keys: a key the operation's schema does not have is a ValueError naming it, where it
was and the closest valid key, before anything is sent (checked against a real local server's
request log); the forms the reference doc and the official SDK 1.7.0 use keep working; and the
generated TypedDicts (``<Model>Dict``) match openapi.yaml, so mypy flags a misspelled key."""

from __future__ import annotations

import re
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ForwardRef

import pytest
import yaml

import honeyhive.models as models
from honeyhive import HoneyHive
from honeyhive.local import LocalServer

ROOT = Path(__file__).resolve().parent.parent
SPEC = yaml.safe_load((ROOT / "openapi.yaml").read_text())
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
EXTRA_BODY = "pass it in extra_body={...}"


@pytest.fixture
def client(local_server: LocalServer) -> Iterator[HoneyHive]:
    with HoneyHive(api_key=local_server.api_key, base_url=local_server.url) as hh:
        yield hh


def requests_seen(server: LocalServer) -> int:
    """How many requests reached the server (its fault injector logs every one)."""
    assert server.faults is not None
    return server.faults.count()


def event(**fields: Any) -> dict[str, Any]:
    return {"project": "p", "event_type": "tool", "source": "s", "inputs": {"q": 1}, **fields}


# ------------------------------------------------------------------ refused before sending
@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_misspelled_event_key_is_refused_and_nothing_is_sent(
    client: HoneyHive, local_server: LocalServer, mode: str
) -> None:
    # The example: stored today without its name and its session.
    data = event(evnt_name="x", sesion_id=str(uuid.uuid4()))
    with pytest.raises(ValueError) as info:
        if mode == "sync":
            client.events.create(data)
        else:
            await client.events.create_async(data)
    message = str(info.value)
    assert message.startswith("events.create(request): unknown fields ['evnt_name', 'sesion_id']")
    assert "did you mean 'event_name' for 'evnt_name', 'session_id' for 'sesion_id'?" in message
    assert EXTRA_BODY in message
    assert requests_seen(local_server) == 0


def test_a_misspelled_session_key_is_refused_and_no_session_is_stored(
    client: HoneyHive, local_server: LocalServer
) -> None:
    with pytest.raises(ValueError, match=r"sessions\.start\(data\): unknown field 'sesion_name'"):
        client.sessions.start({"sesion_name": "s", "project": "p", "source": "prod"})
    with pytest.raises(ValueError, match="did you mean 'session_name'"):
        client.sessions.start(models.StartSessionRequest(session={"sesion_name": "s"}))
    assert requests_seen(local_server) == 0


@pytest.mark.parametrize(
    ("call", "where", "key", "guess"),
    [
        (lambda c: c.events.update({"event_id": "e", "metdata": {}}), "events.update", "metdata",
         "metadata"),
        (lambda c: c.events.create({"event": event(outptus={})}), "events.create", "outptus",
         "outputs"),
        # An open schema (additionalProperties) in the vendor's contract: still a typo.
        (lambda c: c.datapoints.create({"inptus": {"q": 1}}), "datapoints.create", "inptus",
         "inputs"),
        (lambda c: c.events.create_batch({"events": [event(), event(durration=1)]}),
         "events.create_batch", "durration", "duration"),
        (lambda c: c.metrics.create({"name": "m", "type": "PYTHON", "criteria": "x",
                                     "retrun_type": "float"}), "metrics.create", "retrun_type",
         "return_type"),
    ],
)  # fmt: skip
def test_unknown_keys_name_the_call_the_key_and_the_closest_valid_one(
    client: HoneyHive, local_server: LocalServer, call: Any, where: str, key: str, guess: str
) -> None:
    with pytest.raises(ValueError) as info:
        call(client)
    message = str(info.value)
    assert message.startswith(where) and repr(key) in message, message
    assert f"did you mean {guess!r}" in message, message
    assert requests_seen(local_server) == 0


def test_a_misspelled_key_of_a_closed_nested_object_is_refused(
    client: HoneyHive, local_server: LocalServer
) -> None:
    query = [{"feild": "event_type", "value": "model", "type": "string", "operator": "is"}]
    request = {"name": "n", "metric": "duration", "query": query}
    with pytest.raises(ValueError) as info:
        client.charts.create(request, project_id=str(uuid.uuid4()))
    message = str(info.value)
    assert "query[0]: unknown field 'feild'" in message and "did you mean 'field'" in message
    assert EXTRA_BODY not in message  # extra_body reaches the body's own keys only
    # The 1.7.0-style model refuses it when built: from_dict would drop the key silently.
    with pytest.raises(ValueError, match=r"query\[0\]: unknown field 'feild'"):
        models.CreateChartRequest(name="n", metric="m", query=query)
    assert requests_seen(local_server) == 0


def test_a_model_that_kept_an_unknown_key_is_refused_too(
    client: HoneyHive, local_server: LocalServer
) -> None:
    from honeyhive_api.models import CreateDatapointRequest

    kept = CreateDatapointRequest.from_dict({"inputs": {"q": 1}, "grund_truth": {"a": 1}})
    assert kept.additional_properties == {"grund_truth": {"a": 1}}
    with pytest.raises(ValueError, match="did you mean 'ground_truth'"):
        client.datapoints.create(kept)
    assert requests_seen(local_server) == 0


def test_a_python_attribute_name_points_at_the_json_key(client: HoneyHive) -> None:
    with pytest.raises(ValueError, match=r"unknown field\(s\) 'group_by'.*did you mean 'groupBy'"):
        client.charts.create({"name": "n", "metric": "m", "group_by": "x"}, project_id="p")
    with pytest.raises(TypeError, match="did you mean 'groupBy'"):
        models.CreateChartRequest(name="n", metric="m", grupBy="x")


# ------------------------------------------------------------------ what keeps working
def test_free_form_json_fields_are_not_looked_into(
    client: HoneyHive, local_server: LocalServer
) -> None:
    inputs = {"anything": {"nested": [{"evnt_name": 1}]}, "sesion_id": "kept"}
    created = client.events.create(event(inputs=inputs, metadata={"any key": True}))
    assert requests_seen(local_server) == 1
    stored = client.events.get(created.event_id)
    assert stored.event.inputs == inputs


def test_the_reference_docs_and_the_official_sdks_forms_still_pass(
    client: HoneyHive, local_server: LocalServer
) -> None:
    # The doc's flat session (with `project`, which the legacy session schema lacks) ...
    started = client.sessions.start(
        {"session_name": "s", "project": "p", "source": "prod", "inputs": {"u": 1}}
    )
    # ... 1.7.0's wrapper, and both PostEventRequest forms.
    client.sessions.start(models.StartSessionRequest(session={"project": "p", "session_name": "t"}))
    sid = started.session_id
    client.events.create(
        models.PostEventRequest(project="p", session_id=sid, event_type="tool", inputs={})
    )
    client.events.create(models.PostEventRequest(event=event(session_id=sid, event_name="e")))
    client.events.update({"event_id": started.event_id, "metadata": {"reviewed": True}})
    client.events.create_batch(
        {"events": [event(session_id=sid, event_name=f"i{i}") for i in range(3)]}
    )
    assert requests_seen(local_server) == 6


# ------------------------------------------------------------------ TypedDicts
def _request_bodies() -> dict[str, dict[str, Any]]:
    """Schema name -> schema of every JSON request body in openapi.yaml (all are $refs)."""
    found: dict[str, dict[str, Any]] = {}
    for operations in SPEC["paths"].values():
        for operation in operations.values():
            if not isinstance(operation, dict) or "requestBody" not in operation:
                continue
            for content in operation["requestBody"]["content"].values():
                name = content["schema"]["$ref"].split("/")[-1]
                found[name] = SCHEMAS[name]
    return found


REQUEST_BODIES = _request_bodies()


def _referenced(schema: Any, into: set[str]) -> None:
    """Names of the object schemas (with properties) ``schema`` reaches."""
    if isinstance(schema, dict):
        ref = schema.get("$ref")
        if ref:
            name = ref.split("/")[-1]
            if name not in into and SCHEMAS[name].get("properties"):
                into.add(name)
                _referenced(SCHEMAS[name], into)
            return
        for value in schema.values():
            _referenced(value, into)
    elif isinstance(schema, list):
        for value in schema:
            _referenced(value, into)


def _annotation(typed_dict: Any, key: str) -> str:
    hint = typed_dict.__annotations__[key]
    return hint.__forward_arg__ if isinstance(hint, ForwardRef) else str(hint)


def test_there_are_request_bodies_to_check() -> None:
    assert {"LegacyPostEventRequest", "LegacyStartSessionRequest", "CreateChartRequest"} <= set(
        REQUEST_BODIES
    )
    assert len(REQUEST_BODIES) >= 40


@pytest.mark.parametrize("name", sorted(REQUEST_BODIES))
def test_each_request_bodys_typeddict_has_the_schemas_keys(name: str) -> None:
    reached = {name}
    _referenced(REQUEST_BODIES[name], reached)
    for schema_name in sorted(reached):
        schema = SCHEMAS[schema_name]
        typed_dict = getattr(models, f"{schema_name}Dict")
        assert typed_dict.__total__ is False
        assert set(typed_dict.__annotations__) == set(schema["properties"]), schema_name
        required = {
            key
            for key in typed_dict.__annotations__
            if _annotation(typed_dict, key).startswith("Required[")
        }
        assert required == set(schema.get("required", [])), schema_name


def test_typeddicts_are_exported_and_listed() -> None:
    exported = set(models.__all__)
    assert {f"{name}Dict" for name in REQUEST_BODIES} <= exported
    assert {"Unset", "UNSET"} <= exported
    from honeyhive_api.models.legacy_post_event_request_event import (
        LegacyPostEventRequestEventDict,
    )

    assert models.LegacyPostEventRequestEventDict is LegacyPostEventRequestEventDict


def test_free_form_and_nested_fields_have_json_types() -> None:
    event_dict = models.LegacyPostEventRequestEventDict
    assert _annotation(event_dict, "inputs") == "Required[Any]"
    assert _annotation(event_dict, "event_type") == "Required[LegacyPostEventRequestEventEventType]"
    chart = models.CreateChartRequestDict
    assert _annotation(chart, "query") == "list[QueryFilterDict]"
    assert _annotation(chart, "dateRange") == "RelativeDateRangeDict | AbsoluteDateRangeDict"


MYPY_SAMPLE = """\
from honeyhive.models import CreateChartRequestDict, LegacyPostEventRequestEventDict
from honeyhive.models import StartSessionRequestDict

good: LegacyPostEventRequestEventDict = {"event_type": "tool", "inputs": {}, "project": "p"}
session: StartSessionRequestDict = {"session_name": "s", "inputs": {"free": {"form": 1}}}
typo: LegacyPostEventRequestEventDict = {"event_type": "tool", "inputs": {}, "evnt_name": "x"}
missing: LegacyPostEventRequestEventDict = {"event_type": "tool"}
nested: CreateChartRequestDict = {"name": "n", "metric": "m", "query": [{"feild": "f"}]}
wrong_enum: LegacyPostEventRequestEventDict = {"event_type": "toool", "inputs": {}}

from honeyhive import HoneyHive
from honeyhive.models import PostEventRequest

hh = HoneyHive(api_key="hh_x")
hh.sessions.start({"session_name": "s", "project": "p", "source": "dev", "inputs": {}})
hh.events.create({"event_type": "tool", "inputs": {}, "event_name": "x", "project": "p"})
hh.events.create(PostEventRequest(project="p", event_type="model", inputs={}))
hh.tools.create({"name": "t", "parameters": {}}, timeout=5, extra_headers={"X-A": "b"})
hh.events.create({"evnt_name": "x", "event_type": "tool", "inputs": {}})
hh.sessions.start({"sesion_name": "x"})
hh.tools.list(timout=3)
hh.tools.list(max_retries="2")
"""


def test_mypy_flags_a_misspelled_key_in_a_typeddict_literal(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(MYPY_SAMPLE)
    mypy = Path(sys.executable).parent / "mypy"
    done = subprocess.run(
        [str(mypy), "--strict", "--no-incremental", "--cache-dir", str(tmp_path / "cache"),
         str(sample)],
        capture_output=True, text=True, cwd=ROOT, timeout=600,
    )  # fmt: skip
    errors = {
        int(m.group(1)): m.group(2)
        for m in re.finditer(r"sample\.py:(\d+): error: (.*)", done.stdout)
    }
    assert set(errors) == {6, 7, 8, 9, 19, 20, 21, 22}, done.stdout
    # The facade's own methods take the same shapes (and the per-call options) in mypy's eyes.
    # (With a union of shapes mypy names the argument, not the key.)
    assert "LegacyPostEventRequestEventDict" in errors[19]
    assert "StartSessionParams" in errors[20]
    assert 'Unexpected keyword argument "timout"' in errors[21]
    assert "max_retries" in errors[22]
    assert 'Extra key "evnt_name"' in errors[6]
    assert 'Missing key "inputs"' in errors[7]
    assert "query" in errors[8] or "feild" in errors[8]
    assert "event_type" in errors[9]
