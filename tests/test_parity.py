"""Sync/async parity, aliases, and coverage of every operation in ``openapi.yaml``.

No request is sent: these tests read the namespaces' classes and the spec. The coverage test
fails when an operation of the spec can be reached neither through a namespace method nor
through a documented low-level path.
"""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

import honeyhive
from honeyhive import HoneyHive
from honeyhive._operation import Namespace

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "honeyhive" / "resources"

#: Operations the facade deliberately leaves to ``HoneyHive.low_level`` (operationId: why).
#: Each is another route for something a method already does; the README's table "Which
#: operation each method sends" names them.
LOW_LEVEL_ONLY: dict[str, str] = {
    "createEvent": "events.create sends POST /events: the doc's flat event carries project",
    "createEventBatch": "events.create_batch sends POST /events/batch, as 1.7.0 does",
    "updateEvent": "events.update sends PUT /events: the doc's event ids are not UUIDs",
    "createSession": "sessions.start sends POST /session/start: the doc's session has project",
    "addSessionTracesLegacy": "sessions.create_event_batch sends today's session batch route",
    "getEvents": "events.list and iter read through search (or export, given a project)",
    "getSession": "sessions.get reads the session's events through search",
    "updateDatasetLegacy": "datasets.update sends PUT /v1/datasets/{dataset_id}",
    "deleteDatasetLegacy": "datasets.delete sends DELETE /v1/datasets/{dataset_id}",
    "removeDatapointLegacy": "datasets.remove_datapoint sends the /datapoints/ route",
    "deleteMetricLegacy": "metrics.delete sends DELETE /v1/metrics/{metric_id}",
    "runMetricLegacy": "metrics.run sends POST /v1/metrics/run",
    "getExperimentResultLegacy": "experiments.get_result reads the run summary route",
    "getExperimentComparisonLegacy": "experiments.compare_runs sends today's /compare/ route",
    "getExperimentCompareEventsLegacy": "experiments.compare_run_events sends today's route",
}

#: The aliases the reference doc and the official SDK promise (namespace: alias -> method).
DOC_ALIASES: dict[str, dict[str, str]] = {
    "sessions": {
        "create_session": "start",
        "start_session": "start",
        "get_session": "get",
    },
    "events": {
        "create_event": "create",
        "update_event": "update",
        "get_events": "list",
        "list_events": "list",
        "delete_event": "delete",
        "create_event_batch": "create_batch",
        "get_events_by_session_id": "get_by_session_id",
        "create_model_event": "create_model",
        "create_model_event_batch": "create_model_batch",
        "get_events_chart": "chart",
        "export_events": "export",
    },
    "projects": {
        "create_project": "create",
        "update_project": "update",
        "delete_project": "delete",
        "list_projects": "list",
    },
    "configurations": {
        "create_configuration": "create",
        "update_configuration": "update",
        "delete_configuration": "delete",
        "list_configurations": "list",
    },
}

#: Every method the reference doc calls, by namespace (each needs an ``_async`` twin too).
DOC_METHODS: dict[str, list[str]] = {
    "sessions": ["start", "get"],
    "events": ["create", "update", "get_by_session_id", "list", "create_batch"],
    "projects": ["list", "create", "update", "delete"],
    "configurations": ["list", "create", "update", "delete"],
}


def namespace_names() -> list[str]:
    """The public attributes of a HoneyHive instance that are API namespaces."""
    client = HoneyHive(api_key="hh-parity")
    return sorted(
        name
        for name in dir(HoneyHive)
        if not name.startswith("_") and isinstance(getattr(client, name), Namespace)
    )


def namespace_class(name: str) -> type[Namespace]:
    cls = type(getattr(HoneyHive(api_key="hh-parity"), name))
    assert issubclass(cls, Namespace)
    return cls


def public_methods(cls: type) -> dict[str, Callable[..., Any]]:
    """Public callables defined on the namespace class (aliases included)."""
    return {
        name: value
        for name, value in vars(cls).items()
        if not name.startswith("_") and callable(value)
    }


def is_async(method: Callable[..., Any]) -> bool:
    """A coroutine function, or a method returning an async iterator (``iter_async``)."""
    if inspect.iscoroutinefunction(method) or inspect.isasyncgenfunction(method):
        return True
    returns = inspect.signature(method).return_annotation
    return isinstance(returns, str) and returns.startswith("AsyncIterator")


def parameters(method: Callable[..., Any]) -> list[tuple[str, Any, Any, Any]]:
    return [
        (p.name, p.kind, p.default, p.annotation)
        for p in inspect.signature(method).parameters.values()
    ]


NAMESPACES = namespace_names()


def test_every_namespace_the_doc_names_exists() -> None:
    assert NAMESPACES == [
        "api_keys",
        "charts",
        "configurations",
        "datapoints",
        "datasets",
        "evaluations",
        "events",
        "experiments",
        "metric_versions",
        "metrics",
        "projects",
        "queues",
        "sessions",
        "tools",
    ]


@pytest.mark.parametrize("namespace", NAMESPACES)
def test_every_public_method_has_an_async_twin_with_the_same_parameters(namespace: str) -> None:
    methods = public_methods(namespace_class(namespace))
    assert methods, f"{namespace} has no public methods"
    for name, method in methods.items():
        if name.endswith("_async"):
            assert name[: -len("_async")] in methods, f"{namespace}.{name} has no sync twin"
            assert is_async(method), f"{namespace}.{name} is not async"
            continue
        twin = methods.get(f"{name}_async")
        assert twin is not None, f"{namespace}.{name} has no _async twin"
        assert not is_async(method), f"{namespace}.{name} should be the blocking one"
        assert parameters(method) == parameters(twin), f"{namespace}.{name} vs {name}_async"
        # Twins made by sync_op/async_op must run the very same steps description.
        wrapped = getattr(method, "__wrapped__", None)
        if wrapped is not None:
            assert getattr(twin, "__wrapped__", None) is wrapped, f"{namespace}.{name}"


@pytest.mark.parametrize("namespace", NAMESPACES)
def test_every_alias_is_the_same_function_as_its_target(namespace: str) -> None:
    methods = public_methods(namespace_class(namespace))
    for name, method in methods.items():
        target = getattr(method, "__name__", name)
        if target == name:
            continue
        # A method reachable under another name: that name must be a public method too.
        assert methods.get(target) is method, f"{namespace}.{name} -> {target}"


@pytest.mark.parametrize("namespace", sorted(DOC_ALIASES))
def test_the_documented_legacy_aliases_exist_with_async_twins(namespace: str) -> None:
    cls = namespace_class(namespace)
    for alias, target in DOC_ALIASES[namespace].items():
        assert getattr(cls, alias) is getattr(cls, target), f"{namespace}.{alias}"
        assert getattr(cls, f"{alias}_async") is getattr(cls, f"{target}_async"), alias


@pytest.mark.parametrize("namespace", sorted(DOC_METHODS))
def test_every_method_the_doc_calls_exists_sync_and_async(namespace: str) -> None:
    cls = namespace_class(namespace)
    for name in DOC_METHODS[namespace]:
        assert callable(getattr(cls, name, None)), f"{namespace}.{name}"
        assert is_async(getattr(cls, f"{name}_async")), f"{namespace}.{name}_async"


def test_aliases_bound_to_a_client_behave_like_their_targets() -> None:
    with HoneyHive(test_mode=True) as client:
        event = {"event_type": "tool", "event_name": "alias", "inputs": {}}
        first = client.events.create_event(event)
        second = client.events.create(event)
        listed = client.events.get_events({}).events
        assert {e.event_id for e in listed} == {first.event_id, second.event_id}
        assert client.events.list_events({}).total_events == 2


# ------------------------------------------------------------------ spec coverage
def snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def spec_operations() -> list[tuple[str, str]]:
    """``(operationId, "tag_module.operation_module")`` for every operation of the spec."""
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text())
    found = []
    for item in spec["paths"].values():
        for method, operation in item.items():
            if method in ("get", "put", "post", "delete", "patch") and "operationId" in operation:
                op_id = operation["operationId"]
                tag = re.sub(r"\W+", "_", operation["tags"][0]).lower()
                found.append((op_id, f"{tag}.{snake(op_id)}"))
    return sorted(found)


OPERATIONS = spec_operations()
FACADE_SOURCE = "\n".join(p.read_text() for p in sorted(RESOURCES.glob("*.py")))


def test_the_spec_has_the_operations_we_expect_to_cover() -> None:
    # Today's 77 (HoneyHive's 70 and 1.7.0's 7) and the 13 seed-era ones.
    assert len(OPERATIONS) == 90
    assert len({module for _, module in OPERATIONS}) == len(OPERATIONS)


@pytest.mark.parametrize(("operation_id", "module"), OPERATIONS)
def test_every_spec_operation_is_reachable_through_the_facade(
    operation_id: str, module: str
) -> None:
    # The generated layer has the operation (the low-level path always exists)...
    assert importlib.util.find_spec(f"honeyhive_api.api.{module}") is not None, module
    generated = importlib.import_module(f"honeyhive_api.api.{module}")
    assert callable(generated.sync_detailed)
    # ...and a namespace method yields a Call for it, unless documented as low-level only.
    wrapped = f'"{module}"' in FACADE_SOURCE
    if operation_id in LOW_LEVEL_ONLY:
        assert not wrapped, f"{operation_id} is wrapped now: drop it from LOW_LEVEL_ONLY"
    else:
        assert wrapped, f"no namespace method sends {operation_id} ({module})"


def test_every_events_operation_has_a_method_and_an_async_twin() -> None:
    """The Events tag, operation by operation, to the method that sends it (or why none)."""
    cls = namespace_class("events")
    expected = {
        "createEventLegacy": "create",
        "updateEventLegacy": "update",
        "searchEvents": "search",
        "getEvent": "get",
        "getEventsChart": "chart",
        "deleteEvent": "delete",
        "exportEventsLegacy": "export",
        "createModelEventLegacy": "create_model",
        "createEventBatchLegacy": "create_batch",
        "createModelEventBatchLegacy": "create_model_batch",
    }
    events_ops = {op for op, module in OPERATIONS if module.startswith("events.")}
    # GET /v1/events/schema is experiments.get_schema, where the official SDK 1.7.0 has it.
    assert events_ops - set(LOW_LEVEL_ONLY) == {*expected, "getEventsSchemaLegacy"}
    assert callable(namespace_class("experiments").get_schema)
    for method in expected.values():
        assert callable(getattr(cls, method)) and is_async(getattr(cls, f"{method}_async"))


def test_package_exports_every_error_and_the_same_classes_as_utils() -> None:
    import honeyhive.utils as utils

    for name in utils.__all__:
        assert getattr(honeyhive, name) is getattr(utils, name), name
        assert issubclass(getattr(utils, name), honeyhive.HoneyHiveError), name
    assert set(utils.__all__) <= set(honeyhive.__all__)
