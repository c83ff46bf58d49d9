"""Projects, configurations, tools, datasets, datapoints, metrics and experiments, end to end.

Every test runs twice, through the blocking methods and through their ``_async`` twins, over
real sockets against the local server, and checks what the server stored by reading it back.
Argument errors are checked against a client whose server does not exist: an error other
than TypeError/ValueError (a connection error) would mean a request was attempted.
"""

from __future__ import annotations

import datetime
import pickle
import socket
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import honeyhive_api.models as wire
import pytest

from honeyhive import HoneyHive, HoneyHiveConnectionError, NotFoundError
from honeyhive._operation import Namespace
from honeyhive.models import (
    Configuration,
    CreateConfigurationRequest,
    CreateProjectRequest,
    UpdateConfigurationRequest,
    UpdateDatasetRequest,
    UpdateMetricRequest,
    UpdateProjectRequest,
)
from honeyhive.resources.configurations import Configurations
from honeyhive.resources.datapoints import Datapoints
from honeyhive.resources.datasets import Datasets
from honeyhive.resources.experiments import Experiments, ResultDict
from honeyhive.resources.metrics import Metrics
from honeyhive.resources.projects import Projects
from honeyhive.resources.tools import Tools

PYTHON_METRIC = """def length(event):
    return len(event["outputs"].get("content", ""))
"""


def unique(prefix: str) -> str:
    """A name no other test uses (the local server refuses duplicate names with a 409)."""
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


class Api:
    """Calls ``client.<namespace>.<method>`` blocking, or its ``_async`` twin, per ``mode``."""

    def __init__(self, client: HoneyHive, mode: str) -> None:
        self.client = client
        self.mode = mode

    def __getattr__(self, namespace: str) -> _Namespace:
        return _Namespace(getattr(self.client, namespace), self.mode)


class _Namespace:
    def __init__(self, namespace: Any, mode: str) -> None:
        self.namespace = namespace
        self.mode = mode

    def __getattr__(self, method: str) -> Callable[..., Awaitable[Any]]:
        async def invoke(*args: Any, **kwargs: Any) -> Any:
            if self.mode == "sync":
                return getattr(self.namespace, method)(*args, **kwargs)
            return await getattr(self.namespace, f"{method}_async")(*args, **kwargs)

        return invoke


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
async def api(server_url: str, api_key: str, mode: str) -> AsyncIterator[Api]:
    async with HoneyHive(
        api_key=api_key, base_url=server_url, cp_base_url=server_url, retry_config=0
    ) as client:
        yield Api(client, mode)


def dead_url() -> str:
    """A loopback URL nothing listens on (a port the OS just handed out and took back)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


@pytest.fixture
async def offline(mode: str) -> AsyncIterator[Api]:
    """A client whose server does not exist: any request fails with a connection error."""
    url = dead_url()
    async with HoneyHive(api_key="hh-test", base_url=url, cp_base_url=url, retry_config=0) as hh:
        yield Api(hh, mode)


# ------------------------------------------------------------------ projects
async def test_projects_create_list_get_delete(api: Api) -> None:
    name = unique("proj")
    created = await api.projects.create(CreateProjectRequest(name=name, description="bot"))
    assert isinstance(created, wire.Project)
    assert (created.name, created.description) == (name, "bot")

    listed = await api.projects.list()
    assert isinstance(listed, list)
    assert name in [p.name for p in listed]
    assert [p.name for p in await api.projects.list(name)] == [name]
    assert (await api.projects.get(name)).id == created.id

    assert await api.projects.delete(name) is None
    assert name not in [p.name for p in await api.projects.list()]


async def test_projects_create_accepts_a_dict(api: Api) -> None:
    name = unique("proj")
    created = await api.projects.create({"name": name, "type": "evaluation"})
    assert (await api.projects.get(name)).type_ == "evaluation"
    assert created.name == name


async def test_project_update_by_project_id_renames_and_describes(api: Api) -> None:
    old, new = unique("proj"), unique("proj")
    created = await api.projects.create(CreateProjectRequest(name=old))
    result = await api.projects.update(
        UpdateProjectRequest(project_id=created.id, name=new, description="Updated description")
    )
    assert result is None
    names = [p.name for p in await api.projects.list()]
    assert new in names
    assert old not in names
    stored = await api.projects.get(new)
    assert (stored.id, stored.description) == (created.id, "Updated description")


async def test_project_update_by_project_id_with_the_same_name_keeps_it(api: Api) -> None:
    name = unique("proj")
    created = await api.projects.create({"name": name})
    await api.projects.update({"project_id": created.id, "name": name, "description": "d2"})
    assert (await api.projects.get(name)).description == "d2"


async def test_project_update_by_name_with_new_name(api: Api) -> None:
    old, new = unique("proj"), unique("proj")
    await api.projects.create({"name": old})
    await api.projects.update(wire.UpdateProjectRequest(name=old, new_name=new))
    assert [p.name for p in await api.projects.list(new)] == [new]
    assert await api.projects.list(old) == []


async def test_project_update_with_unknown_project_id_is_not_found(api: Api) -> None:
    with pytest.raises(NotFoundError, match="No project has id 'proj_missing'"):
        await api.projects.update(UpdateProjectRequest(project_id="proj_missing", name="x"))


# ------------------------------------------------------------------ configurations
async def _configurations(api: Api, project: str) -> dict[str, Configuration]:
    return {c.name: c for c in await api.configurations.list(project=project)}


async def test_doc_configuration_create_lands_with_chat_call_type_and_hyperparameters(
    api: Api,
) -> None:
    project, name = unique("proj"), unique("cfg")
    created = await api.configurations.create(
        CreateConfigurationRequest(
            project=project,
            name=name,
            provider="openai",
            parameters={"model": "gpt-4", "temperature": 0.7},
        )
    )
    stored = (await _configurations(api, project))[name]
    assert isinstance(stored, Configuration)
    assert stored.id == created.inserted_id
    assert stored.provider == "openai"
    assert stored.parameters.to_dict() == {
        "call_type": "chat",
        "model": "gpt-4",
        "hyperparameters": {"temperature": 0.7},
    }
    assert stored.is_active is False


async def test_configuration_create_takes_project_as_argument_and_a_dict(api: Api) -> None:
    project, name = unique("proj"), unique("cfg")
    await api.configurations.create(
        {"name": name, "provider": "anthropic", "parameters": {"model": "claude", "top_p": 1}},
        project=project,
    )
    stored = (await _configurations(api, project))[name]
    assert stored.parameters.to_dict() == {
        "call_type": "chat",
        "model": "claude",
        "hyperparameters": {"top_p": 1},
    }


async def test_configuration_update_without_name_looks_the_name_up(api: Api) -> None:
    project, name = unique("proj"), unique("cfg")
    created = await api.configurations.create(
        CreateConfigurationRequest(
            project=project,
            name=name,
            provider="openai",
            parameters={"call_type": "completion", "model": "gpt-4", "max_tokens": 10},
        )
    )
    result = await api.configurations.update(
        created.inserted_id,
        UpdateConfigurationRequest(parameters={"model": "gpt-4-turbo", "temperature": 0.5}),
    )
    assert (result.acknowledged, result.matched_count, result.modified_count) == (True, 1, 1)
    stored = (await _configurations(api, project))[name]
    assert stored.id == created.inserted_id
    assert stored.parameters.to_dict() == {
        "call_type": "completion",
        "model": "gpt-4-turbo",
        "hyperparameters": {"temperature": 0.5},
    }


async def test_configuration_is_active_follows_its_environments(api: Api) -> None:
    project, name = unique("proj"), unique("cfg")
    created = await api.configurations.create(
        CreateConfigurationRequest(
            project=project, name=name, provider="openai", parameters={"model": "m"}, env=["prod"]
        )
    )
    assert (await _configurations(api, project))[name].is_active is True
    assert [c.name for c in await api.configurations.list(project, env="prod")] == [name]

    await api.configurations.update(created.inserted_id, {"env": []})
    assert (await _configurations(api, project))[name].is_active is False
    assert await api.configurations.list(project, env="prod") == []


async def test_configuration_get_and_delete(api: Api) -> None:
    project, name = unique("proj"), unique("cfg")
    created = await api.configurations.create(
        {"project": project, "name": name, "provider": "openai", "parameters": {"model": "m"}},
    )
    got = await api.configurations.get(created.inserted_id, project=project)
    assert (got.name, got.parameters.model) == (name, "m")
    # the official SDK's get_configuration(id): every configuration, as a list
    assert [c.id for c in await api.configurations.get_configuration(created.inserted_id)] == [
        created.inserted_id
    ]
    deleted = await api.configurations.delete(created.inserted_id)
    assert (deleted.acknowledged, deleted.deleted_count) == (True, 1)
    assert name not in await _configurations(api, project)
    with pytest.raises(NotFoundError, match="No configuration has id"):
        await api.configurations.get(created.inserted_id)


async def test_configuration_list_filters_by_tags(api: Api) -> None:
    project = unique("proj")
    for name, tags in (("a", ["red"]), ("b", ["blue"]), ("c", [])):
        await api.configurations.create(
            CreateConfigurationRequest(
                project=project, name=name, provider="p", parameters={"model": "m"}, tags=tags
            )
        )
    found = await api.configurations.list(project, tags=["red", "blue"])
    assert sorted(c.name for c in found) == ["a", "b"]


async def test_configuration_update_of_unknown_id_without_name_is_not_found(api: Api) -> None:
    with pytest.raises(NotFoundError, match="No configuration has id 'cfg_missing'"):
        await api.configurations.update(
            "cfg_missing", UpdateConfigurationRequest(parameters={"model": "gpt-4-turbo"})
        )


# ------------------------------------------------------------------ tools
async def test_tools_lifecycle(api: Api) -> None:
    name = unique("tool")
    schema = {"type": "object", "properties": {"q": {"type": "string"}}}
    created = await api.tools.create({"name": name, "description": "search", "parameters": schema})
    tool_id = created.result.id
    stored = await api.tools.get(tool_id)
    assert (stored.name, stored.tool_type, stored.parameters) == (name, "function", schema)
    assert tool_id in [t.id for t in await api.tools.list()]

    updated = await api.tools.update({"id": tool_id, "description": "web search"})
    assert updated.updated is True
    assert (await api.tools.get(tool_id)).description == "web search"

    deleted = await api.tools.delete(tool_id)
    assert deleted.deleted is True
    assert tool_id not in [t.id for t in await api.tools.list()]


async def test_tools_create_keeps_an_explicit_tool_type(api: Api) -> None:
    created = await api.tools.create(wire.CreateToolRequest(name=unique("tool"), tool_type="tool"))
    assert (await api.tools.get(created.result.id)).tool_type == "tool"


# ------------------------------------------------------------------ datasets
async def test_datasets_lifecycle_with_datapoints(api: Api) -> None:
    name = unique("ds")
    created = await api.datasets.create({"name": name, "description": "qa pairs"})
    dataset_id = created.result.inserted_id

    listed = await api.datasets.list(name=name)
    assert [d.id for d in listed.datasets] == [dataset_id]
    assert (await api.datasets.get(dataset_id)).description == "qa pairs"

    added = await api.datasets.add_datapoints(
        dataset_id,
        [{"question": "2+2?", "answer": "4"}, {"question": "3+3?", "answer": "6"}],
        {"inputs": ["question"], "ground_truth": ["answer"]},
    )
    assert len(added.datapoint_ids) == 2
    members = await api.datapoints.list(dataset_name=name)
    assert sorted(d.id for d in members.datapoints) == sorted(added.datapoint_ids)
    first = await api.datapoints.get(added.datapoint_ids[0])
    assert (first.inputs, first.ground_truth) == ({"question": "2+2?"}, {"answer": "4"})

    removed = await api.datasets.remove_datapoint(dataset_id, added.datapoint_ids[0])
    assert removed.dereferenced is True
    with_points = await api.datasets.list(dataset_id=dataset_id, include_datapoints=True)
    assert with_points.datasets[0].datapoints == [added.datapoint_ids[1]]

    await api.datasets.update({"dataset_id": dataset_id, "name": f"{name}-v2"})
    assert (await api.datasets.get(dataset_id)).name == f"{name}-v2"

    deleted = await api.datasets.delete(dataset_id)
    assert deleted.result.id == dataset_id
    with pytest.raises(NotFoundError, match="No dataset has id"):
        await api.datasets.get(dataset_id)


async def test_datasets_add_datapoints_takes_one_request_object(api: Api) -> None:
    created = await api.datasets.create(wire.CreateDatasetRequest(name=unique("ds")))
    dataset_id = created.result.inserted_id
    request = {"data": [{"q": "hi", "a": "hello"}], "mapping": {"inputs": ["q"]}}
    added = await api.datasets.add_datapoints(dataset_id, request)
    stored = await api.datapoints.get(added.datapoint_ids[0])
    assert stored.inputs == {"q": "hi"}
    assert dataset_id in stored.linked_datasets


# ------------------------------------------------------------------ datapoints
async def test_datapoints_lifecycle(api: Api) -> None:
    dataset = await api.datasets.create({"name": unique("ds")})
    dataset_id = dataset.result.inserted_id
    created = await api.datapoints.create(
        {
            "inputs": {"question": "capital of France?"},
            "ground_truth": {"answer": "Paris"},
            "linked_datasets": [dataset_id],
        }
    )
    datapoint_id = created.result.inserted_ids[0]
    other = await api.datapoints.create(wire.CreateDatapointRequest(inputs={"q": "other"}))

    got = await api.datapoints.get(datapoint_id)
    assert isinstance(got, wire.Datapoint)
    assert (got.ground_truth, got.linked_datasets) == ({"answer": "Paris"}, [dataset_id])
    # one id, sent in the bracket form: exactly that datapoint comes back
    only = await api.datapoints.list(datapoint_ids=[datapoint_id])
    assert [d.id for d in only.datapoints] == [datapoint_id]
    both = await api.datapoints.list(datapoint_ids=(datapoint_id, other.result.inserted_ids[0]))
    assert len(both.datapoints) == 2

    updated = await api.datapoints.update(datapoint_id, {"metadata": {"reviewed": True}})
    assert updated.updated is True
    assert (await api.datapoints.get(datapoint_id)).metadata == {"reviewed": True}

    assert (await api.datapoints.delete(datapoint_id)).deleted is True
    with pytest.raises(NotFoundError):
        await api.datapoints.get(datapoint_id)


async def test_datapoints_create_batch_turns_events_into_datapoints(api: Api) -> None:
    project = unique("proj")
    session = await api.sessions.start({"project": project, "session_name": "batch"})
    event = await api.events.create(
        {
            "project": project,
            "session_id": session.session_id,
            "event_type": "model",
            "event_name": "completion",
            "inputs": {"prompt": "hello"},
            "outputs": {"content": "hi there"},
        }
    )
    dataset = await api.datasets.create({"name": unique("ds")})
    dataset_id = dataset.result.inserted_id

    batch = await api.datapoints.create_batch(
        {"events": [event.event_id], "dataset_id": dataset_id}
    )
    assert len(batch.inserted_ids) == 1
    stored = await api.datapoints.get(batch.inserted_ids[0])
    assert stored.linked_event == event.event_id
    assert stored.inputs == {"prompt": "hello"}
    assert stored.linked_datasets == [dataset_id]


# ------------------------------------------------------------------ metrics
async def test_metrics_lifecycle_and_run(api: Api) -> None:
    name = unique("metric")
    definition = {
        "name": name,
        "type": "PYTHON",
        "criteria": PYTHON_METRIC,
        "return_type": "float",
        "threshold": {"min": 3},
    }
    created = await api.metrics.create(definition)
    metric_id = created.metric_id
    assert (await api.metrics.get(metric_id)).criteria == PYTHON_METRIC
    assert metric_id in [m.id for m in await api.metrics.list(type="PYTHON")]
    assert metric_id not in [m.id for m in await api.metrics.list(type="LLM")]

    await api.metrics.update({"id": metric_id, "description": "length of the answer"})
    assert (await api.metrics.get(metric_id)).description == "length of the answer"

    ran = await api.metrics.run(
        {"metric": wire.CreateMetricRequest.from_dict(definition), "event": _event("hello")}
    )
    assert (ran.result, ran.success) == (5, True)
    short = await api.metrics.run_metric({"metric": definition, "event": _event("hi")})
    assert short.result == 2

    assert (await api.metrics.delete(metric_id)).deleted is True
    with pytest.raises(NotFoundError, match="No metric has id"):
        await api.metrics.get(metric_id)


def _event(content: str) -> dict[str, Any]:
    return {"event_type": "model", "inputs": {}, "outputs": {"content": content}}


# ------------------------------------------------------------------ experiments
async def _session_with_metric(api: Api, project: str, run_id: str, value: float) -> str:
    session = await api.sessions.start({"project": project, "session_name": "eval"})
    await api.events.create(
        {
            "project": project,
            "session_id": session.session_id,
            "event_type": "model",
            "event_name": "answer",
            "inputs": {"q": "2+2"},
            "outputs": {"a": "4"},
            "metrics": {"accuracy": value},
            "metadata": {"run_id": run_id, "datapoint_id": "dp-1"},
        }
    )
    return str(session.session_id)


async def test_experiment_runs_lifecycle(api: Api) -> None:
    name = unique("run")
    created = await api.experiments.create_run({"name": name, "metadata": {"model": "gpt-4"}})
    run_id = created.run_id
    assert (await api.experiments.get_run(run_id)).evaluation.name == name

    page = await api.experiments.list_runs(run_ids=[run_id])
    assert [r.run_id for r in page.evaluations] == [run_id]
    assert (await api.experiments.list_runs(name=name, status="pending")).pagination.total == 1

    await api.experiments.update_run(run_id, {"status": "completed"})
    assert (await api.experiments.get_run(run_id)).evaluation.status == "completed"
    done = await api.experiments.list_runs(run_ids=[run_id], status="completed")
    assert len(done.evaluations) == 1

    deleted = await api.experiments.delete_run(run_id)
    assert (deleted.id, deleted.deleted) == (run_id, True)
    with pytest.raises(NotFoundError):
        await api.experiments.get_run(run_id)


async def test_experiment_results_and_comparisons(api: Api) -> None:
    project = unique("proj")
    old = (await api.experiments.create_run({"name": unique("run")})).run_id
    new = (await api.experiments.create_run({"name": unique("run")})).run_id
    await _session_with_metric(api, project, old, 0.5)
    await _session_with_metric(api, project, new, 0.75)

    result = await api.experiments.get_result(new, aggregate_function="average")
    details = result.metrics.details
    assert [(d.metric_name, d.aggregate) for d in details] == [("accuracy", 0.75)]
    assert result.passed == ["dp-1"]

    comparison = await api.experiments.compare(new, old)
    assert [(m.metric_name, m.difference) for m in comparison.metrics] == [("accuracy", 0.25)]
    assert comparison.common_datapoints == ["dp-1"]

    pairs = await api.experiments.compare_events(
        old, new, filter={"field": "event_name", "operator": "is", "value": "answer"}
    )
    assert [(p.event_1["event_name"], p.datapoint_id) for p in pairs.events] == [("answer", "dp-1")]

    metrics = await api.experiments.get_run_metrics(
        new, filters=[{"field": "event_type", "operator": "is", "value": "model"}]
    )
    assert [e.metrics.to_dict() for e in metrics.events] == [{"accuracy": 0.75}]
    none = await api.experiments.get_run_metrics(
        new, filters=[{"field": "event_type", "operator": "is", "value": "tool"}]
    )
    assert none.events == []

    schema = await api.experiments.get_schema(evaluation_id=new)
    assert "metrics.accuracy" in [f.name for f in schema.fields]


async def test_experiment_list_runs_by_date_range(api: Api) -> None:
    name = unique("run")
    await api.experiments.create_run({"name": name})
    recent = await api.experiments.list_runs(name=name, date_range={"$gte": "2000-01-01"})
    future = await api.experiments.list_runs(name=name, date_range={"$gte": "2999-01-01"})
    assert (len(recent.evaluations), len(future.evaluations)) == (1, 0)
    # datetimes are sent as ISO-8601 inside the JSON-encoded dateRange
    since = datetime.datetime.now(datetime.UTC) - datetime.timedelta(hours=1)
    window = wire.DateRange(gte=since.isoformat())
    assert (
        len((await api.experiments.list_runs(name=name, date_range={"$gte": since})).evaluations)
        == 1
    )
    assert len((await api.experiments.list_runs(name=name, date_range=window)).evaluations) == 1


# ------------------------------------------------------------------ not found
MISSING = "00000000-0000-4000-8000-000000000000"


@pytest.mark.parametrize(
    ("namespace", "method", "args"),
    [
        ("projects", "get", ("no-such-project",)),
        ("projects", "delete", ("no-such-project",)),
        ("configurations", "update", (MISSING, {"name": "n", "parameters": {"model": "m"}})),
        ("configurations", "delete", (MISSING,)),
        ("tools", "get", (MISSING,)),
        ("tools", "update", ({"id": MISSING, "description": "x"},)),
        ("tools", "delete", (MISSING,)),
        ("datasets", "get", (MISSING,)),
        ("datasets", "delete", (MISSING,)),
        ("datasets", "remove_datapoint", (MISSING, MISSING)),
        ("datapoints", "get", (MISSING,)),
        ("datapoints", "update", (MISSING, {"metadata": {}})),
        ("datapoints", "delete", (MISSING,)),
        ("metrics", "get", (MISSING,)),
        ("metrics", "update", ({"id": MISSING, "description": "x"},)),
        ("metrics", "delete", (MISSING,)),
        ("experiments", "get_run", (MISSING,)),
        ("experiments", "update_run", (MISSING, {"status": "completed"})),
        ("experiments", "delete_run", (MISSING,)),
        ("experiments", "get_result", (MISSING,)),
    ],
)
async def test_missing_ids_raise_not_found(
    api: Api, namespace: str, method: str, args: tuple[Any, ...]
) -> None:
    with pytest.raises(NotFoundError):
        await getattr(getattr(api, namespace), method)(*args)


# ------------------------------------------------------------------ argument errors
BAD_ARGUMENTS: list[tuple[str, str, tuple[Any, ...], dict[str, Any], type[Exception], str]] = [
    ("projects", "create", (42,), {}, TypeError, "expects a dict or CreateProjectRequest"),
    ("projects", "create", ({},), {}, ValueError, "missing required field 'name'"),
    ("projects", "update", ({"description": "d"},), {}, ValueError, "project_id or name"),
    ("projects", "update", ({"name": "p", "colour": 1},), {}, ValueError, "'colour'"),
    ("projects", "delete", (None,), {}, TypeError, "name must be a string"),
    ("projects", "list", (3,), {}, TypeError, "name must be a string"),
    (
        "configurations",
        "create",
        (
            CreateConfigurationRequest(
                project="p", name="c", provider="openai", parameters={"temperature": 0.7}
            ),
        ),
        {},
        ValueError,
        "'model' is required",
    ),
    (
        "configurations",
        "create",
        ({"name": "c", "provider": "o", "parameters": {"model": "m"}, "project": "a"},),
        {"project": "b"},
        ValueError,
        "disagrees",
    ),
    (
        "configurations",
        "update",
        ("cfg_1", {"parameters": {"call_type": 5}}),
        {},
        ValueError,
        "'call_type' must be a non-empty string",
    ),
    ("configurations", "update", ("", {"name": "n"}), {}, ValueError, "id must not be empty"),
    ("configurations", "list", ("p",), {"env": "qa"}, ValueError, "env"),
    ("configurations", "list", ("p",), {"tags": 5}, TypeError, "tags must be"),
    ("configurations", "delete", (7,), {}, TypeError, "id must be a string"),
    ("tools", "create", ({"description": "no name"},), {}, ValueError, "'name'"),
    ("tools", "create", ({"name": "t", "tool_type": "widget"},), {}, ValueError, "widget"),
    ("tools", "update", ({"name": "t"},), {}, ValueError, "'id'"),
    ("tools", "delete", (3,), {}, TypeError, "tool_id must be a string"),
    ("datasets", "create", ({"name": ""},), {}, ValueError, "name must not be empty"),
    ("datasets", "update", ({"name": "n"},), {}, ValueError, "missing required field 'dataset_id'"),
    ("datasets", "update", ("d", {"colour": 1}), {}, ValueError, "'colour'"),
    ("datasets", "update", ("d", {"dataset_id": "e"}), {}, ValueError, "disagrees"),
    ("datasets", "create", ({},), {"request": {}}, TypeError, "not both"),
    ("datasets", "list", (), {"include_datapoints": "yes"}, TypeError, "include_datapoints"),
    ("datasets", "add_datapoints", ("d", [{"q": 1}]), {}, TypeError, "need a mapping"),
    ("datasets", "add_datapoints", ("d", {"data": [], "mapping": {}}), {}, ValueError, "data"),
    ("datasets", "remove_datapoint", ("d", ""), {}, ValueError, "datapoint_id"),
    ("datapoints", "list", (), {"datapoint_ids": "dp_1"}, TypeError, "list of id strings"),
    ("datapoints", "list", (), {"datapoint_ids": ["ok", 2]}, TypeError, "datapoint_ids item"),
    ("datapoints", "update", ("", {}), {}, ValueError, "datapoint_id"),
    ("datapoints", "create_batch", ("events",), {}, TypeError, "expects a dict"),
    (
        "metrics",
        "create",
        ({"name": "m", "type": "MAGIC", "criteria": "x"},),
        {},
        ValueError,
        "MAGIC",
    ),
    ("metrics", "run", ({"metric": {}},), {}, ValueError, "missing required field"),
    ("metrics", "update", ({"description": "d"},), {}, ValueError, "missing required field 'id'"),
    ("metrics", "update", ("m", {"colour": 1}), {}, ValueError, "'colour'"),
    (
        "metrics",
        "create",
        ({"name": "m", "type": "LLM", "criteria": "c", "x": 1},),
        {},
        ValueError,
        "'x'",
    ),
    ("metrics", "list", (), {"type": 1}, TypeError, "type must be a string"),
    ("experiments", "list_runs", (), {"status": "done"}, ValueError, "'done'"),
    ("experiments", "list_runs", (), {"page": 0}, ValueError, "page must be at least 1"),
    ("experiments", "list_runs", (), {"limit": "10"}, TypeError, "limit must be a positive int"),
    ("experiments", "list_runs", (), {"run_ids": "r1"}, TypeError, "list of id strings"),
    ("experiments", "list_runs", (), {"date_range": {"from": 1}}, ValueError, "'\\$gte'"),
    ("experiments", "list_runs", (), {"sort_order": "up"}, ValueError, "'up'"),
    ("experiments", "list_runs", (), {"limit": 101}, ValueError, "at most 100"),
    (
        "experiments",
        "list_runs",
        (),
        {"dateRange": "{}", "date_range": "{}"},
        TypeError,
        "dateRange or date_range",
    ),
    (
        "experiments",
        "get_result",
        (MISSING,),
        {"filters": [{"field": "x", "operator": "near"}]},
        ValueError,
        "'near'",
    ),
    ("experiments", "get_result", (MISSING,), {"aggregate_function": "mode"}, ValueError, "'mode'"),
    ("experiments", "get_run_metrics", (MISSING,), {"filters": "not json"}, ValueError, "JSON"),
    (
        "experiments",
        "compare_events",
        (MISSING, MISSING),
        {"filter": [{"field": "x", "operator": "is"}]},
        TypeError,
        "expects one filter",
    ),
    ("experiments", "compare", (MISSING, None), {}, TypeError, "old_run_id"),
    ("experiments", "compare", ("run-1", MISSING), {}, ValueError, "new_run_id must be a run id"),
    ("experiments", "compare_run_events", (MISSING, "x"), {}, ValueError, "old_run_id"),
    ("experiments", "get_run", ("run-1",), {}, ValueError, "run_id must be a run id"),
    ("experiments", "get_summary", ("",), {}, ValueError, "run_id must not be empty"),
    ("experiments", "get_schema", (), {"date_range": 5}, TypeError, "date_range"),
]


async def test_offline_client_fails_any_request_it_sends(offline: Api) -> None:
    # The premise of the argument tests: had they sent anything, this is what they would see.
    with pytest.raises(HoneyHiveConnectionError):
        await offline.projects.list()
    with pytest.raises(HoneyHiveConnectionError):
        await offline.tools.list()


@pytest.mark.parametrize(
    ("namespace", "method", "args", "kwargs", "error", "message"),
    BAD_ARGUMENTS,
    ids=[f"{row[0]}.{row[1]}-{index}" for index, row in enumerate(BAD_ARGUMENTS)],
)
async def test_wrong_arguments_fail_before_anything_is_sent(
    offline: Api,
    namespace: str,
    method: str,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    error: type[Exception],
    message: str,
) -> None:
    with pytest.raises(error, match=message):
        await getattr(getattr(offline, namespace), method)(*args, **kwargs)


# ------------------------------------------------------------------ planes
async def test_projects_and_configurations_go_to_the_control_plane(
    server_url: str, api_key: str, mode: str
) -> None:
    async with HoneyHive(
        api_key=api_key, base_url=dead_url(), cp_base_url=server_url, retry_config=0
    ) as client:
        api = Api(client, mode)
        name = unique("proj")
        await api.projects.create({"name": name})
        assert [p.name for p in await api.projects.list(name)] == [name]
        assert await api.configurations.list(project=name) == []
        with pytest.raises(HoneyHiveConnectionError):
            await api.tools.list()


# ------------------------------------------------------------------ what reaches the server
class RequestLog:
    """Counts the requests the local server's fault injector logged since ``start``."""

    def __init__(self, server: Any) -> None:
        assert server.faults is not None, "the local server runs without its request log"
        self.faults = server.faults
        self.before: dict[str, int] = {}

    def start(self, *routes: str) -> None:
        self.before = {route: self.faults.count(route) for route in (*routes, "*")}

    def sent(self, route: str) -> int:
        return int(self.faults.count(route)) - self.before[route]


async def test_project_update_by_id_sends_one_lookup_then_the_update(
    api: Api, local_server: Any
) -> None:
    created = await api.projects.create({"name": unique("proj")})
    log = RequestLog(local_server)
    log.start("GET /v1/projects", "PUT /v1/projects")
    await api.projects.update({"project_id": created.id, "description": "d"})
    assert (log.sent("GET /v1/projects"), log.sent("PUT /v1/projects")) == (1, 1)
    assert log.sent("*") == 2


async def test_configuration_update_with_name_and_model_sends_no_lookup(
    api: Api, local_server: Any
) -> None:
    project, name = unique("proj"), unique("cfg")
    created = await api.configurations.create(
        {"project": project, "name": name, "provider": "openai", "parameters": {"model": "m"}}
    )
    log = RequestLog(local_server)
    log.start("GET /v1/configurations", "PUT /v1/configurations/*")
    await api.configurations.update(
        created.inserted_id,
        UpdateConfigurationRequest(name=name, parameters={"call_type": "chat", "model": "m2"}),
    )
    assert log.sent("GET /v1/configurations") == 0
    assert log.sent("PUT /v1/configurations/*") == 1
    assert (await _configurations(api, project))[name].parameters.to_dict() == {
        "call_type": "chat",
        "model": "m2",
    }


async def test_wrong_arguments_reach_no_server(api: Api, local_server: Any) -> None:
    log = RequestLog(local_server)
    log.start()
    with pytest.raises(ValueError, match="project_id or name"):
        await api.projects.update({"description": "d"})
    with pytest.raises(ValueError, match="'model' is required"):
        await api.configurations.create({"name": "n", "provider": "p", "parameters": {}})
    with pytest.raises(TypeError, match="list of id strings"):
        await api.datapoints.list(datapoint_ids="dp_1")
    assert log.sent("*") == 0


# ------------------------------------------------------------------ aliases
ALIASES = {
    Projects: {
        "list": ["list_projects", "get_projects"],
        "get": ["get_project"],
        "create": ["create_project"],
        "update": ["update_project"],
        "delete": ["delete_project"],
    },
    Configurations: {
        "list": ["list_configurations", "get_configurations"],
        "create": ["create_configuration"],
        "update": ["update_configuration"],
        "delete": ["delete_configuration"],
    },
    Tools: {
        "list": ["list_tools", "get_tools"],
        "get": ["get_tool"],
        "create": ["create_tool"],
        "update": ["update_tool"],
        "delete": ["delete_tool"],
    },
    Datasets: {
        "list": ["list_datasets", "get_datasets"],
        "create": ["create_dataset"],
        "update": ["update_dataset"],
        "delete": ["delete_dataset"],
    },
    Datapoints: {
        "list": ["list_datapoints", "get_datapoints"],
        "get": ["get_datapoint"],
        "create": ["create_datapoint"],
        "create_batch": ["batch_create_datapoints", "create_datapoints_batch"],
        "update": ["update_datapoint"],
        "delete": ["delete_datapoint"],
    },
    Metrics: {
        "list": ["list_metrics", "get_metrics"],
        "create": ["create_metric"],
        "update": ["update_metric"],
        "delete": ["delete_metric"],
        "run": ["run_metric"],
    },
    Experiments: {
        "list_runs": ["list", "get_runs"],
        "get_run": ["get"],
        "create_run": ["create"],
        "update_run": ["update"],
        "delete_run": ["delete"],
        "get_result": ["get_experiment_result", "get_run_result"],
        "get_summary": ["get_experiment_summary"],
        "compare": ["get_experiment_comparison"],
        "compare_events": ["get_experiment_compare_events"],
        "get_run_metrics": ["get_experiment_run_metrics"],
        "get_schema": ["get_experiment_runs_schema"],
    },
}


@pytest.mark.parametrize("namespace", list(ALIASES), ids=lambda cls: cls.__name__)
def test_legacy_aliases_are_the_modern_methods_and_their_async_twins(
    namespace: type[Namespace],
) -> None:
    for target, aliases in ALIASES[namespace].items():
        for alias in aliases:
            assert getattr(namespace, alias) is getattr(namespace, target), alias
            assert getattr(namespace, f"{alias}_async") is getattr(namespace, f"{target}_async")


async def test_legacy_alias_reaches_the_server_like_its_target(api: Api) -> None:
    name = unique("proj")
    await api.projects.create_project({"name": name})
    assert [p.name for p in await api.projects.get_projects(name)] == [name]
    await api.projects.delete_project(name)
    assert await api.projects.list_projects(name) == []


# ------------------------------------------------------------------ test mode
def test_doc_configuration_flow_in_test_mode() -> None:
    with HoneyHive(api_key="hh-test", test_mode=True) as client:
        client.configurations.create(
            CreateConfigurationRequest(
                project="my-project",
                name="v1-config",
                provider="openai",
                parameters={"model": "gpt-4", "temperature": 0.7},
            )
        )
        (config,) = client.configurations.list(project="my-project")
        client.configurations.update(
            config.id, UpdateConfigurationRequest(parameters={"model": "gpt-4-turbo"})
        )
        (updated,) = client.configurations.list(project="my-project")
    assert (config.name, config.is_active) == ("v1-config", False)
    assert updated.parameters.to_dict() == {"call_type": "chat", "model": "gpt-4-turbo"}


# ------------------------------------------------------------------ today's routes, new forms
async def test_dataset_update_takes_the_id_first_and_uses_todays_routes(
    api: Api, local_server: Any
) -> None:
    created = await api.datasets.create({"name": unique("ds")})
    dataset_id = created.result.inserted_id
    log = RequestLog(local_server)
    log.start(f"PUT /v1/datasets/{dataset_id}", "PUT /v1/datasets", "DELETE /v1/datasets")
    updated = await api.datasets.update(dataset_id, {"description": "v2"})
    assert (updated.result.id, updated.result.description) == (dataset_id, "v2")
    await api.datasets.update(UpdateDatasetRequest(dataset_id=dataset_id, name="renamed"))
    assert (await api.datasets.get(dataset_id)).name == "renamed"
    assert log.sent(f"PUT /v1/datasets/{dataset_id}") == 2
    assert log.sent("PUT /v1/datasets") == 0  # the deprecated body-addressed route

    found = await api.datasets.get_dataset(dataset_id)
    assert [d.id for d in found.datasets] == [dataset_id]
    await api.datasets.delete(id=dataset_id)
    assert log.sent("DELETE /v1/datasets") == 0  # the deprecated query-addressed route
    assert (await api.datasets.get_dataset(dataset_id)).datasets == []


async def test_datapoints_list_asks_for_many_ids_in_batches_of_100(
    api: Api, local_server: Any
) -> None:
    first = await api.datapoints.create({"inputs": {"n": 1}})
    last = await api.datapoints.create({"inputs": {"n": 2}})
    ids = [first.result.inserted_ids[0]]
    ids += [str(uuid.uuid4()) for _ in range(149)]
    ids += [last.result.inserted_ids[0]]
    log = RequestLog(local_server)
    log.start("GET /v1/datapoints")
    listed = await api.datapoints.list(ids)
    assert log.sent("GET /v1/datapoints") == 2
    assert [d.inputs for d in listed.datapoints] == [{"n": 1}, {"n": 2}]


async def test_datapoint_get_also_reads_as_the_official_response(api: Api) -> None:
    created = await api.datapoints.create({"inputs": {"q": "x"}})
    got = await api.datapoints.get(id=created.result.inserted_ids[0])
    assert got.inputs == {"q": "x"}
    assert got.datapoint == [got]
    assert pickle.loads(pickle.dumps(got)) == got


async def test_metric_update_takes_the_id_first_and_uses_todays_routes(
    api: Api, local_server: Any
) -> None:
    definition = {"name": unique("metric"), "type": "PYTHON", "criteria": PYTHON_METRIC}
    metric_id = (await api.metrics.create(definition)).metric_id
    log = RequestLog(local_server)
    log.start(f"PUT /v1/metrics/{metric_id}", f"DELETE /v1/metrics/{metric_id}", "PUT /v1/metrics")
    assert (await api.metrics.update(metric_id, {"description": "d1"})).updated is True
    await api.metrics.update(UpdateMetricRequest(id=metric_id, threshold={"min": 2}))
    stored = await api.metrics.get(metric_id)
    assert stored.description == "d1"
    assert stored.threshold.to_dict() == {"min": 2}
    assert (log.sent(f"PUT /v1/metrics/{metric_id}"), log.sent("PUT /v1/metrics")) == (2, 0)
    # clearing the threshold is only possible on the deprecated body-addressed route
    await api.metrics.update({"id": metric_id, "threshold": None})
    assert log.sent("PUT /v1/metrics") == 1
    assert [m.id for m in await api.metrics.get_metric(metric_id)] == [metric_id]
    assert (await api.metrics.delete(id=metric_id)).deleted is True
    assert log.sent(f"DELETE /v1/metrics/{metric_id}") == 1
    assert await api.metrics.get_metric(metric_id) == []


async def test_metrics_list_warns_about_filters_the_service_ignores(api: Api) -> None:
    await api.metrics.create({"name": unique("metric"), "type": "PYTHON", "criteria": "x"})
    with pytest.warns(DeprecationWarning, match="project and name") as caught:
        listed = await api.metrics.list("my-project", "some-name")
    assert len(listed) == 1
    assert caught[0].filename == __file__


async def test_experiment_summary_schemas_and_event_pairs_on_todays_routes(
    api: Api, local_server: Any
) -> None:
    project = unique("proj")
    old = (await api.experiments.create_run({"name": unique("run")})).run_id
    new = (await api.experiments.create_run({"name": unique("run")})).run_id
    await _session_with_metric(api, project, old, 0.5)
    await _session_with_metric(api, project, new, 0.75)
    log = RequestLog(local_server)
    log.start("GET /v1/runs/*/summary", "GET /v1/runs/*/result", "GET /v1/runs/*/compare/*")

    summary = await api.experiments.get_summary(new, "average")
    assert isinstance(summary, wire.GetExperimentRunResultResponse)
    assert summary.passed == ["dp-1"]
    result = await api.experiments.get_result(new)
    assert isinstance(result, ResultDict)  # a dict
    assert result["metrics"]["details"][0]["aggregate"] == 0.75
    assert result.metrics.details[0].aggregate == 0.75  # our earlier attribute form
    assert (log.sent("GET /v1/runs/*/summary"), log.sent("GET /v1/runs/*/result")) == (2, 0)

    comparison = await api.experiments.compare_runs(new, old)
    assert comparison["commonDatapoints"] == comparison.common_datapoints == ["dp-1"]
    assert [m["difference"] for m in comparison["metrics"]] == [0.25]
    pairs = await api.experiments.compare_run_events(new, old, "answer", None, None, 10, 1)
    assert [(p.datapoint_id, p.event_2["metrics"]) for p in pairs.events] == [
        ("dp-1", {"accuracy": 0.5})
    ]
    assert log.sent("GET /v1/runs/*/compare/*") == 2

    run_schema = await api.experiments.get_run_schema(new)
    assert "metrics.accuracy" in [f.name for f in run_schema.fields]
    all_runs = await api.experiments.get_runs_schema(dateRange={"$gte": "2000-01-01"})
    assert "metrics.accuracy" in [f.name for f in all_runs.fields]


async def test_experiment_list_runs_asks_for_many_ids_in_batches_of_100(
    api: Api, local_server: Any
) -> None:
    first = (await api.experiments.create_run({"name": unique("run")})).run_id
    last = (await api.experiments.create_run({"name": unique("run")})).run_id
    ids = [first, *(str(uuid.uuid4()) for _ in range(149)), last]
    log = RequestLog(local_server)
    log.start("GET /v1/runs")
    # page and limit do not apply when asking by ids, as in the official SDK
    runs = await api.experiments.list_runs(run_ids=ids, page=5, limit=1)
    assert log.sent("GET /v1/runs") == 2
    assert sorted(r.run_id for r in runs.evaluations) == sorted([first, last])
    pagination = runs.pagination
    assert (pagination.total, pagination.page, pagination.has_next) == (2, 1, False)
