"""``honeyhive.models``: every generated model re-exported lazily, and the doc-shaped models."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import honeyhive_api.models as generated
import pytest

import honeyhive.models as models
from honeyhive._convert import list_parser
from honeyhive.models import (
    Configuration,
    CreateConfigurationRequest,
    UpdateConfigurationRequest,
    UpdateProjectRequest,
    wire_parameters,
)

#: Names whose ``honeyhive.models`` class differs from the generated one: the doc's shapes,
#: and the request models built the official SDK 1.7.0's way (subclasses of the generated ones).
DOC_SHAPED = {
    "Configuration",
    "CreateConfigurationRequest",
    "UpdateConfigurationRequest",
    "UpdateProjectRequest",
    "PostEventRequest",
    # The reference doc's return type of sessions.get: the event shape (LegacyEvent).
    "Event",
    # The official SDK's str enums, where the generated names are Literal types.
    "FilterFieldType",
    "FilterOperator",
    *models._COMPAT,
    *models._ALIASES,
}


def _run_python(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    return done.stdout.strip()


# ------------------------------------------------------------------ re-export
def test_every_generated_model_is_exported_by_name() -> None:
    exported = set(models.__all__)
    missing = [name for name in generated.__all__ if name not in exported]
    assert missing == []


def test_generated_models_are_the_same_classes_unless_doc_shaped() -> None:
    for name in generated.__all__:
        ours = getattr(models, name)
        if name in DOC_SHAPED:
            assert ours is not getattr(generated, name), name
            if name in models._COMPAT and not models._COMPAT[name]:
                # Same name, 1.7.0-style construction: still the generated class for isinstance.
                assert issubclass(ours, getattr(generated, name)), name
        else:
            assert ours is getattr(generated, name), name


def test_doc_imports_work_as_written() -> None:
    from honeyhive.models import (  # noqa: F401
        CreateConfigurationRequest,
        CreateProjectRequest,
        PostEventRequest,
        UpdateConfigurationRequest,
        UpdateProjectRequest,
    )


def test_star_import_brings_every_generated_model() -> None:
    names: dict[str, Any] = {}
    exec("from honeyhive.models import *", names)
    assert set(generated.__all__) <= set(names)
    assert names["Configuration"] is Configuration


def test_dir_lists_models_before_they_are_loaded() -> None:
    listed = _run_python("import honeyhive.models as m; print('PostEventRequest' in dir(m))")
    assert listed == "True"


def test_unknown_name_raises_attribute_error() -> None:
    with pytest.raises(AttributeError, match="NoSuchModel"):
        _ = models.NoSuchModel
    with pytest.raises(ImportError):
        from honeyhive.models import NoSuchModel  # noqa: F401


def test_importing_models_loads_no_generated_model() -> None:
    loaded = _run_python(
        "import sys, honeyhive.models\n"
        "print(any(name.startswith('honeyhive_api') for name in sys.modules))"
    )
    assert loaded == "False"


def test_import_honeyhive_does_not_import_models() -> None:
    loaded = _run_python("import sys, honeyhive; print('honeyhive.models' in sys.modules)")
    assert loaded == "False"


def test_import_honeyhive_loads_no_generated_module_and_no_asyncio() -> None:
    # asyncio alone costs ~30 ms of import time; only async calls need it.
    code = (
        "import sys, honeyhive\n"
        "print(sorted(m for m in sys.modules if m == 'asyncio' or m.startswith('honeyhive_api')))"
    )
    assert _run_python(code) == "[]"


def test_type_checkers_see_every_generated_model() -> None:
    # The TYPE_CHECKING block is the static view of the lazy exports: it must not fall behind.
    source = Path(models.__file__).read_text()
    missing = [
        name
        for name in generated.__all__
        if name not in DOC_SHAPED and f"{name} as {name}," not in source
    ]
    assert missing == []


# ------------------------------------------------------------------ Configuration
def _item(**fields: Any) -> dict[str, Any]:
    """A configuration item as today's service answers it (every required field)."""
    return {
        "id": "c1",
        "name": "v1",
        "type": "LLM",
        "provider": "openai",
        "parameters": {"call_type": "chat", "model": "gpt-4"},
        "env": [],
        "tags": [],
        "created_at": "2026-11-01T00:00:00Z",
        **fields,
    }


def test_configuration_is_active_means_deployed_to_an_environment() -> None:
    deployed = Configuration.from_dict(_item(env=["prod"]))
    undeployed = Configuration.from_dict(_item(env=[]))
    assert (deployed.is_active, undeployed.is_active) == (True, False)


def test_configuration_is_active_from_the_payload_wins() -> None:
    item = Configuration.from_dict(_item(env=["prod"], is_active=False))
    assert item.is_active is False


def test_configuration_is_the_generated_model_with_unknown_fields_kept() -> None:
    item = Configuration.from_dict(_item(owner="ana"))
    assert isinstance(item, generated.ConfigurationItem)
    assert item.additional_properties == {"owner": "ana"}
    assert item.to_dict()["owner"] == "ana"
    assert type(item).__module__ == "honeyhive.models"


# ------------------------------------------------------------------ CreateConfigurationRequest
def test_doc_create_configuration_becomes_the_wire_body() -> None:
    request = CreateConfigurationRequest(
        project="my-project",
        name="v1-config",
        provider="openai",
        parameters={"model": "gpt-4", "temperature": 0.7},
    )
    assert request.to_wire().to_dict() == {
        "name": "v1-config",
        "provider": "openai",
        "parameters": {
            "call_type": "chat",
            "model": "gpt-4",
            "hyperparameters": {"temperature": 0.7},
        },
    }


def test_create_configuration_keeps_known_parameters_and_merges_hyperparameters() -> None:
    request = CreateConfigurationRequest(
        name="c",
        provider="openai",
        parameters={
            "call_type": "completion",
            "model": "gpt-4",
            "max_tokens": 100,
            "hyperparameters": {"top_p": 0.9},
            "responseFormat": {"type": "json_object"},
        },
        env=["dev"],
        type_="LLM",
    )
    body = request.to_wire().to_dict()
    assert body["parameters"] == {
        "call_type": "completion",
        "model": "gpt-4",
        "hyperparameters": {"max_tokens": 100, "top_p": 0.9},
        "responseFormat": {"type": "json_object"},
    }
    assert (body["env"], body["type"]) == (["dev"], "LLM")


def test_create_configuration_accepts_generated_parameters_model() -> None:
    params = generated.ConfigurationParameters(call_type="chat", model="gpt-4")
    params["temperature"] = 0.2
    body = CreateConfigurationRequest(name="c", provider="openai", parameters=params).to_wire()
    assert body.parameters.hyperparameters == {"temperature": 0.2}


@pytest.mark.parametrize(
    ("parameters", "message"),
    [
        ({"temperature": 0.7}, "'model' is required"),
        # The value set of call_type is the service's (x-enum in openapi.yaml, enforced by the
        # local server); the client checks that it is a string.
        ({"model": "gpt-4", "call_type": 3}, "'call_type' must be a non-empty string"),
        ({"model": 4}, "'model' must be a non-empty string"),
    ],
)
def test_create_configuration_rejects_bad_parameters(
    parameters: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        CreateConfigurationRequest(name="c", provider="openai", parameters=parameters).to_wire()


def test_parameters_given_twice_with_different_values_are_refused() -> None:
    with pytest.raises(ValueError, match="temperature given both"):
        wire_parameters(
            {"model": "m", "temperature": 0.1, "hyperparameters": {"temperature": 0.9}}, "p"
        )


def test_create_configuration_round_trips_through_a_doc_dict() -> None:
    data = {
        "project": "p",
        "name": "c",
        "provider": "openai",
        "parameters": {"model": "m"},
        "type": "pipeline",
    }
    request = CreateConfigurationRequest.from_dict(data)
    assert request.type_ == "pipeline"
    assert request.to_dict() == data


def test_create_configuration_refuses_unknown_fields_and_wrong_types() -> None:
    with pytest.raises(ValueError, match="'colour'"):
        CreateConfigurationRequest.from_dict(
            {"name": "c", "provider": "o", "parameters": {"model": "m"}, "colour": "red"}
        )
    with pytest.raises(TypeError, match="name"):
        CreateConfigurationRequest(name=3, provider="o", parameters={"model": "m"})  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        CreateConfigurationRequest(name="c", provider="o")  # type: ignore[call-arg]
    with pytest.raises(ValueError, match="env"):
        CreateConfigurationRequest(name="c", provider="o", parameters={"model": "m"}, env=["qa"])


# ------------------------------------------------------------------ UpdateConfigurationRequest
def test_update_configuration_without_name_needs_the_stored_one() -> None:
    request = UpdateConfigurationRequest(parameters={"model": "gpt-4-turbo", "temperature": 0.5})
    assert request.needs_stored
    with pytest.raises(ValueError, match="name"):
        request.to_wire()
    stored = {"id": "c1", "name": "v1", "parameters": {"call_type": "completion", "model": "x"}}
    assert request.to_wire(stored).to_dict() == {
        "name": "v1",
        "parameters": {
            "call_type": "completion",
            "model": "gpt-4-turbo",
            "hyperparameters": {"temperature": 0.5},
        },
    }


def test_update_configuration_with_name_and_model_needs_no_lookup() -> None:
    request = UpdateConfigurationRequest(name="v1", parameters={"call_type": "chat", "model": "m"})
    assert not request.needs_stored
    assert not UpdateConfigurationRequest(name="v1", tags=["a"]).needs_stored
    assert UpdateConfigurationRequest(name="v1", parameters={"model": "m"}).needs_stored


def test_update_configuration_checks_parameters_before_any_lookup() -> None:
    with pytest.raises(ValueError, match="'call_type' must be a non-empty string"):
        UpdateConfigurationRequest(parameters={"call_type": ""})
    with pytest.raises(TypeError, match="hyperparameters"):
        UpdateConfigurationRequest(parameters={"hyperparameters": [1]})


# ------------------------------------------------------------------ UpdateProjectRequest
def test_doc_update_project_renames_the_project_found_by_id() -> None:
    request = UpdateProjectRequest(
        project_id="proj_abc123", name="customer-support-bot", description="Updated description"
    )
    assert request.to_wire("old-name").to_dict() == {
        "name": "old-name",
        "new_name": "customer-support-bot",
        "description": "Updated description",
    }
    unchanged = request.to_wire("customer-support-bot").to_dict()
    assert "new_name" not in unchanged
    assert unchanged["name"] == "customer-support-bot"


def test_update_project_without_id_addresses_it_by_name() -> None:
    request = UpdateProjectRequest(name="bot", new_name="bot-2", type_="evaluation")
    assert request.to_wire().to_dict() == {"name": "bot", "new_name": "bot-2", "type": "evaluation"}


def test_update_project_with_id_needs_the_current_name() -> None:
    with pytest.raises(ValueError, match="current name"):
        UpdateProjectRequest(project_id="p1", description="d").to_wire()


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"description": "d"}, "project_id or name"),
        ({"project_id": "p", "name": "a", "new_name": "b"}, "not two different names"),
        ({"name": "a", "type_": "chatbot"}, "Unexpected value 'chatbot'"),
        ({"project_id": ""}, "must not be empty"),
    ],
)
def test_update_project_refuses_ambiguous_or_invalid_requests(
    kwargs: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        UpdateProjectRequest(**kwargs)


def test_update_project_accepts_dicts_and_the_wire_model() -> None:
    from_doc_dict = UpdateProjectRequest.coerce({"project_id": "p1", "name": "n"}, "data")
    assert (from_doc_dict.project_id, from_doc_dict.name) == ("p1", "n")
    wire = generated.UpdateProjectRequest(name="n", new_name="m")
    from_wire = UpdateProjectRequest.coerce(wire, "data")
    assert from_wire.to_wire().to_dict() == {"name": "n", "new_name": "m"}
    with pytest.raises(TypeError, match="expects a dict or UpdateProjectRequest"):
        UpdateProjectRequest.coerce(["n"], "data")


# ------------------------------------------------------------------ list responses
def test_list_parser_accepts_a_bare_array_or_an_envelope() -> None:
    parse = list_parser(generated.Project.from_dict, "projects")
    assert [p.name for p in parse([{"name": "a"}])] == ["a"]
    assert [p.name for p in parse({"projects": [{"name": "b"}]})] == ["b"]
    with pytest.raises(TypeError, match="JSON array"):
        parse({"items": []})


# ------------------------------------------------------------------ the official SDK 1.7.0's forms
def test_post_event_request_takes_the_docs_flat_form_and_the_wrapper_form() -> None:
    from honeyhive.models import PostEventRequest

    flat = PostEventRequest(project="p", event_type="model", event_name="e", inputs={"q": 1})
    assert flat.to_dict() == {
        "project": "p",
        "event_type": "model",
        "event_name": "e",
        "inputs": {"q": 1},
    }
    assert isinstance(flat, PostEventRequest) and flat.event_name == "e"
    wrapped = PostEventRequest(event={"event_type": "tool", "inputs": {}})
    assert wrapped.to_dict() == {"event": {"event_type": "tool", "inputs": {}}}
    assert wrapped.event.event_type == "tool"


def test_post_event_request_names_a_misspelled_or_missing_field() -> None:
    from honeyhive.models import PostEventRequest

    with pytest.raises(TypeError, match="'evnt_name'"):
        PostEventRequest(evnt_name="x", event_type="tool", inputs={})
    with pytest.raises(ValueError, match="missing required field 'event_type'"):
        PostEventRequest(project="p", inputs={})
    with pytest.raises(TypeError, match="not both"):
        PostEventRequest(event={"event_type": "tool", "inputs": {}}, project="p")


def test_request_models_build_nested_dicts_and_take_either_spelling() -> None:
    from honeyhive.models import CreateChartRequest, CreateMetricRequest, StartSessionRequest

    session = StartSessionRequest(session={"session_name": "s", "project": "p"})
    assert session.session.session_name == "s"
    assert session.to_dict() == {"session": {"session_name": "s", "project": "p"}}
    query = [{"field": "event_type", "operator": "is", "value": "model", "type": "string"}]
    ours = CreateChartRequest(name="c", metric="duration", group_by="event_name", query=query)
    theirs = CreateChartRequest(name="c", metric="duration", groupBy="event_name", query=query)
    assert ours.to_dict() == theirs.to_dict()
    assert theirs.to_dict()["groupBy"] == "event_name" and theirs.groupBy == "event_name"
    assert isinstance(theirs, generated.CreateChartRequest)
    metric = CreateMetricRequest(name="m", type="PYTHON", criteria="def f(e): return 1")
    assert metric.type_ == "PYTHON" and metric.to_dict()["type"] == "PYTHON"
    with pytest.raises(TypeError, match="'metrc'"):
        CreateChartRequest(name="c", metrc="duration")


def test_official_renamed_models_are_the_legacy_wire_shapes() -> None:
    from honeyhive.models import UpdateDatasetRequest, UpdateEventRequest, UpdateMetricRequest

    assert UpdateDatasetRequest(dataset_id="d", name="n").to_dict() == {
        "dataset_id": "d",
        "name": "n",
    }
    assert isinstance(UpdateDatasetRequest(dataset_id="d"), generated.LegacyUpdateDatasetRequest)
    assert UpdateMetricRequest(id="m", name="n").to_dict() == {"id": "m", "name": "n"}
    assert UpdateEventRequest(event_id="e", metadata={"a": 1}).to_dict() == {
        "event_id": "e",
        "metadata": {"a": 1},
    }


def test_event_filter_and_enums_send_plain_values() -> None:
    from honeyhive.models import EventFilter, EventType, FilterFieldType, FilterOperator

    item = EventFilter(
        field="metadata.cost",
        operator=FilterOperator.GREATER_THAN,
        value="0.1",
        type=FilterFieldType.NUMBER,
    )
    assert item.to_dict() == {
        "field": "metadata.cost",
        "operator": "greater than",
        "value": "0.1",
        "type": "number",
    }
    assert EventFilter(field="f", operator="is", value="v").type == "string"
    assert EventType.generic == "generic"


def test_aliases_name_the_models_of_today() -> None:
    from honeyhive.models import Event, EventExportResponse, StartSessionResponse

    assert Event is generated.LegacyEvent
    assert StartSessionResponse is generated.PostSessionStartResponse
    exported = EventExportResponse.from_dict({"events": [{"event_name": "e"}], "count": 1})
    assert exported.total_events == 1 and exported.events[0].event_name == "e"


def test_honeyhive_api_exports_the_official_names() -> None:
    import honeyhive
    from honeyhive.api import EvaluationsAPI, EventsAPI, HoneyHive, MissingApiKeyError

    assert HoneyHive is honeyhive.HoneyHive and MissingApiKeyError is honeyhive.MissingApiKeyError
    assert issubclass(MissingApiKeyError, ValueError)
    assert issubclass(MissingApiKeyError, honeyhive.AuthenticationError)
    assert EvaluationsAPI.__name__ == "Experiments" and EventsAPI.__name__ == "Events"
