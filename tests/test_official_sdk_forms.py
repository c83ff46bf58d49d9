"""Code written for the official HoneyHive SDK 1.7.0 runs unchanged against this client.

Each test is what a 1.7.0 user writes for datasets, datapoints, metrics, experiments and
configurations: its request models, positional arguments, keyword names, aliases and the
attributes it reads from the answers (wire-cased ones such as ``resp.result.insertedId``; the
dicts ``get_result`` and ``compare_runs`` return). Everything runs over loopback against the
local server, blocking and ``_async``, and reads back what it wrote.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest

from honeyhive import HoneyHive
from honeyhive.local import LocalServer
from honeyhive.models import (
    AddDatapointsToDatasetRequest,
    ConfigurationParameters,
    CreateConfigurationRequest,
    CreateDatapointRequest,
    CreateDatasetRequest,
    CreateMetricRequest,
    DatapointMapping,
    PostExperimentRunRequest,
    PutExperimentRunRequest,
    UpdateConfigurationRequest,
    UpdateDatapointRequest,
    UpdateDatasetRequest,
    UpdateMetricRequest,
)

PYTHON_METRIC = """def length(event):
    return len(event["outputs"].get("content", ""))
"""


def unique(prefix: str) -> str:
    """A name no other test uses."""
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def python_metric(name: str, criteria: str, **fields: Any) -> CreateMetricRequest:
    """``CreateMetricRequest(name=..., type="PYTHON", criteria=...)``, as 1.7.0 code writes it."""
    # The wire name `type` works at run time (honeyhive.models' compat class); its static type
    # is still the generated model, whose keyword is `type_`.
    return CreateMetricRequest(name=name, type="PYTHON", criteria=criteria, **fields)  # type: ignore[call-arg]


@pytest.fixture
def client(local_server: LocalServer) -> Iterator[HoneyHive]:
    """A client configured the way 1.7.0 code configures one."""
    with HoneyHive(api_key=local_server.api_key, server_url=local_server.url) as hh:
        yield hh


# ------------------------------------------------------------------ datasets
def test_datasets_the_official_way(client: HoneyHive) -> None:
    name = unique("ds")
    resp = client.datasets.create(CreateDatasetRequest(name=name, description="qa"))
    assert resp.inserted is True
    dataset_id = resp.result.insertedId

    listed = client.datasets.list(name=name)
    assert [d.id for d in listed.datasets] == [dataset_id]
    assert client.datasets.get_dataset(dataset_id).datasets[0].description == "qa"
    assert [d.id for d in client.datasets.list_datasets(dataset_id=dataset_id).datasets] == [
        dataset_id
    ]

    added = client.datasets.add_datapoints(
        dataset_id,
        AddDatapointsToDatasetRequest(
            data=[{"q": "2+2?", "a": "4"}, {"q": "3+3?", "a": "6"}],
            mapping=DatapointMapping(inputs=["q"], ground_truth=["a"]),
        ),
    )
    assert (added.inserted, len(added.datapoint_ids)) == (True, 2)

    updated = client.datasets.update(UpdateDatasetRequest(dataset_id=dataset_id, name=f"{name}2"))
    assert updated.result.name == f"{name}2"
    client.datasets.update_dataset(UpdateDatasetRequest(dataset_id=dataset_id, description="v2"))
    (stored,) = client.datasets.list(dataset_id).datasets
    assert (stored.name, stored.description) == (f"{name}2", "v2")
    assert sorted(stored.datapoints) == sorted(added.datapoint_ids)

    removed = client.datasets.remove_datapoint(dataset_id, added.datapoint_ids[0])
    assert removed.dereferenced is True
    assert client.datasets.get_dataset(dataset_id).datasets[0].datapoints == [
        added.datapoint_ids[1]
    ]

    assert client.datasets.delete(dataset_id).result.id == dataset_id
    assert client.datasets.list(dataset_id=dataset_id).datasets == []
    other = client.datasets.create_dataset(CreateDatasetRequest(name=unique("ds")))
    assert client.datasets.delete_dataset(other.result.insertedId).result.id == (
        other.result.insertedId
    )


async def test_datasets_the_official_way_async(client: HoneyHive) -> None:
    resp = await client.datasets.create_async(CreateDatasetRequest(name=unique("ds")))
    dataset_id = resp.result.insertedId
    added = await client.datasets.add_datapoints_async(
        dataset_id,
        AddDatapointsToDatasetRequest(data=[{"q": "hi"}], mapping=DatapointMapping(inputs=["q"])),
    )
    await client.datasets.update_async(UpdateDatasetRequest(dataset_id=dataset_id, name="async"))
    (stored,) = (await client.datasets.list_async(dataset_id=dataset_id)).datasets
    assert (stored.name, stored.datapoints) == ("async", added.datapoint_ids)
    removed = await client.datasets.remove_datapoint_async(dataset_id, added.datapoint_ids[0])
    assert removed.dereferenced is True
    assert (await client.datasets.delete_async(dataset_id)).result.id == dataset_id
    assert (await client.datasets.list_async(dataset_id=dataset_id)).datasets == []


# ------------------------------------------------------------------ datapoints
def test_datapoints_the_official_way(client: HoneyHive) -> None:
    dataset = client.datasets.create(CreateDatasetRequest(name=unique("ds")))
    dataset_id = dataset.result.insertedId
    resp = client.datapoints.create(
        CreateDatapointRequest(
            inputs={"question": "capital of France?"},
            ground_truth={"answer": "Paris"},
            linked_datasets=[dataset_id],
        )
    )
    assert resp.inserted is True
    datapoint_id = resp.result.insertedIds[0]

    got = client.datapoints.get(datapoint_id)
    assert got.datapoint[0].ground_truth == {"answer": "Paris"}
    assert client.datapoints.get_datapoint(datapoint_id).datapoint[0].id == datapoint_id
    listed = client.datapoints.list(datapoint_ids=[datapoint_id])
    assert [d.id for d in listed.datapoints] == [datapoint_id]
    assert [d.id for d in client.datapoints.list_datapoints([datapoint_id]).datapoints] == [
        datapoint_id
    ]

    updated = client.datapoints.update(datapoint_id, UpdateDatapointRequest(metadata={"ok": 1}))
    assert (updated.updated, updated.result.modifiedCount) == (True, 1)
    client.datapoints.update_datapoint(datapoint_id, UpdateDatapointRequest(metadata={"ok": 2}))
    assert client.datapoints.get(datapoint_id).datapoint[0].metadata == {"ok": 2}

    assert client.datapoints.delete(datapoint_id).deleted is True
    second = client.datapoints.create_datapoint(CreateDatapointRequest(inputs={"q": 2}))
    assert client.datapoints.delete_datapoint(second.result.insertedIds[0]).deleted is True
    assert client.datapoints.list(datapoint_ids=[datapoint_id]).datapoints == []


async def test_datapoints_the_official_way_async(client: HoneyHive) -> None:
    resp = await client.datapoints.create_async(CreateDatapointRequest(inputs={"q": "x"}))
    datapoint_id = resp.result.insertedIds[0]
    got = await client.datapoints.get_async(datapoint_id)
    assert got.datapoint[0].inputs == {"q": "x"}
    await client.datapoints.update_async(datapoint_id, UpdateDatapointRequest(inputs={"q": "y"}))
    listed = await client.datapoints.list_async([datapoint_id])
    assert [d.inputs for d in listed.datapoints] == [{"q": "y"}]
    assert (await client.datapoints.delete_async(datapoint_id)).deleted is True


def test_datapoints_list_of_many_ids_is_batched_and_merged(client: HoneyHive) -> None:
    made = [client.datapoints.create(CreateDatapointRequest(inputs={"i": i})) for i in range(3)]
    real = [m.result.insertedIds[0] for m in made]
    ids = [real[0], *(str(uuid.uuid4()) for _ in range(120)), real[1], real[2]]
    listed = client.datapoints.list(datapoint_ids=ids)
    assert sorted(d.id for d in listed.datapoints) == sorted(real)


# ------------------------------------------------------------------ metrics
def test_metrics_the_official_way(client: HoneyHive) -> None:
    name = unique("metric")
    resp = client.metrics.create(python_metric(name, PYTHON_METRIC, return_type="float"))
    assert resp.inserted is True
    metric_id = resp.metric_id

    listed = client.metrics.list(type="PYTHON")
    assert [(m.id, m.type) for m in listed if m.name == name] == [(metric_id, "PYTHON")]
    assert metric_id not in [m.id for m in client.metrics.list_metrics(type="LLM")]
    (found,) = client.metrics.get_metric(metric_id)
    assert found.criteria == PYTHON_METRIC

    updated = client.metrics.update(UpdateMetricRequest(id=metric_id, description="length"))
    assert updated.updated is True
    client.metrics.update_metric(UpdateMetricRequest(id=metric_id, sampling_percentage=50))
    (found,) = client.metrics.get_metric(metric_id)
    assert (found.description, found.sampling_percentage) == ("length", 50)

    assert client.metrics.delete(metric_id).deleted is True
    assert client.metrics.get_metric(metric_id) == []
    other = client.metrics.create_metric(python_metric(unique("metric"), PYTHON_METRIC))
    assert client.metrics.delete_metric(other.metric_id).deleted is True


async def test_metrics_the_official_way_async(client: HoneyHive) -> None:
    resp = await client.metrics.create_async(python_metric(unique("metric"), PYTHON_METRIC))
    await client.metrics.update_async(UpdateMetricRequest(id=resp.metric_id, description="d"))
    listed = await client.metrics.list_async(type="PYTHON")
    assert [m.description for m in listed if m.id == resp.metric_id] == ["d"]
    assert (await client.metrics.delete_async(resp.metric_id)).deleted is True


def test_metrics_list_project_and_name_warn_and_are_ignored(client: HoneyHive) -> None:
    client.metrics.create(python_metric(unique("m"), "x"))
    with pytest.warns(DeprecationWarning, match="no longer supported"):
        listed = client.metrics.list("my-project", "another-name")
    assert len(listed) == 1


# ------------------------------------------------------------------ experiments
def _session_with_metric(client: HoneyHive, run_id: str, value: float) -> None:
    project = unique("proj")
    session = client.sessions.start({"project": project, "session_name": "eval"})
    client.events.create(
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


def test_experiment_runs_the_official_way(client: HoneyHive) -> None:
    name = unique("run")
    created = client.experiments.create_run(
        PostExperimentRunRequest(name=name, metadata={"model": "gpt-4"})
    )
    run_id = created.run_id
    assert created.evaluation.name == name
    assert client.experiments.get_run(run_id).evaluation.run_id == run_id
    assert client.evaluations is client.experiments

    page = client.experiments.list_runs(name=name)
    assert [r.run_id for r in page.evaluations] == [run_id]
    assert page.pagination.total == 1
    positional = client.experiments.list_runs(None, 1, 10, [run_id], None, "pending")
    assert [r.run_id for r in positional.evaluations] == [run_id]
    recent = client.experiments.list_runs(name=name, dateRange={"$gte": "2000-01-01"})
    future = client.experiments.list_runs(name=name, dateRange='{"$gte": "2999-01-01"}')
    assert (len(recent.evaluations), len(future.evaluations)) == (1, 0)

    updated = client.experiments.update_run(run_id, PutExperimentRunRequest(status="completed"))
    assert updated.evaluation.status == "completed"
    done = client.experiments.list_runs(run_ids=[run_id], status="completed")
    assert [r.status for r in done.evaluations] == ["completed"]

    deleted = client.experiments.delete_run(run_id)
    assert (deleted.id, deleted.deleted) == (run_id, True)
    assert client.experiments.list_runs(run_ids=[run_id]).evaluations == []


def test_experiment_results_and_comparisons_the_official_way(client: HoneyHive) -> None:
    old = client.experiments.create_run(PostExperimentRunRequest(name=unique("run"))).run_id
    new = client.experiments.create_run(PostExperimentRunRequest(name=unique("run"))).run_id
    _session_with_metric(client, old, 0.5)
    _session_with_metric(client, new, 0.75)

    result = client.experiments.get_result(new, aggregate_function="average")
    assert isinstance(result, dict)
    assert result["passed"] == ["dp-1"]
    assert [(d["metric_name"], d["aggregate"]) for d in result["metrics"]["details"]] == [
        ("accuracy", 0.75)
    ]
    assert result["error"] is None  # optional fields absent from the answer are None
    assert client.experiments.get_run_result(new)["run_object"]["run_id"] == new

    comparison = client.experiments.compare_runs(new, old)
    assert comparison["commonDatapoints"] == ["dp-1"]
    assert [(m["metric_name"], m["difference"]) for m in comparison["metrics"]] == [
        ("accuracy", 0.25)
    ]
    assert (comparison["new_run"]["run_id"], comparison["old_run"]["run_id"]) == (new, old)

    pairs = client.experiments.compare_run_events(new, old, event_name="answer", limit=10)
    assert pairs.totalEvents == 1
    (pair,) = pairs.events
    assert pair.datapoint_id == "dp-1"
    assert (pair.event_1["metrics"], pair.event_2["metrics"]) == (
        {"accuracy": 0.75},
        {"accuracy": 0.5},
    )

    schema = client.experiments.get_schema(evaluation_id=new)
    assert "metrics.accuracy" in [f.name for f in schema.fields]
    everything = client.experiments.get_schema(dateRange={"$gte": "2000-01-01"})
    assert "metrics.accuracy" in [f.name for f in everything.fields]


async def test_experiments_the_official_way_async(client: HoneyHive) -> None:
    old = (
        await client.experiments.create_run_async(PostExperimentRunRequest(name=unique("run")))
    ).run_id
    new = (
        await client.experiments.create_run_async(PostExperimentRunRequest(name=unique("run")))
    ).run_id
    _session_with_metric(client, old, 0.5)
    _session_with_metric(client, new, 1.0)

    assert (await client.experiments.get_run_async(new)).evaluation.run_id == new
    both = await client.experiments.list_runs_async(run_ids=[old, new])
    assert sorted(r.run_id for r in both.evaluations) == sorted([old, new])
    result = await client.experiments.get_result_async(new)
    assert result["metrics"]["details"][0]["aggregate"] == 1.0
    comparison = await client.experiments.compare_runs_async(new, old, "average")
    assert [m["difference"] for m in comparison["metrics"]] == [0.5]
    schema = await client.experiments.get_schema_async(evaluation_id=old)
    assert "metrics.accuracy" in [f.name for f in schema.fields]
    updated = await client.experiments.update_run_async(
        old, PutExperimentRunRequest(status="failed")
    )
    assert updated.evaluation.status == "failed"
    assert (await client.experiments.delete_run_async(old)).deleted is True


def test_list_runs_of_many_ids_is_batched_and_merged(client: HoneyHive) -> None:
    runs = [
        client.experiments.create_run(PostExperimentRunRequest(name=unique("run"))).run_id
        for _ in range(2)
    ]
    ids = [runs[0], *(str(uuid.uuid4()) for _ in range(120)), runs[1]]
    merged = client.experiments.list_runs(run_ids=ids, limit=1)
    assert sorted(r.run_id for r in merged.evaluations) == sorted(runs)
    assert (merged.pagination.total, merged.pagination.total_pages) == (2, 1)


# ------------------------------------------------------------------ configurations
def _parameters(model: str) -> Any:
    return ConfigurationParameters(call_type="chat", model=model, hyperparameters={"t": 0.1})


def test_configurations_the_official_way(client: HoneyHive) -> None:
    name = unique("cfg")
    resp = client.configurations.create(
        CreateConfigurationRequest(name=name, provider="openai", parameters=_parameters("gpt-4"))
    )
    assert resp.acknowledged is True
    config_id = resp.insertedId

    (item,) = [c for c in client.configurations.list() if c.id == config_id]
    assert (item.name, item.provider, item.parameters.model) == (name, "openai", "gpt-4")
    assert config_id in [c.id for c in client.configurations.get_configuration(config_id)]
    assert config_id in [c.id for c in client.configurations.list_configurations()]

    updated = client.configurations.update(
        config_id, UpdateConfigurationRequest(name=name, parameters=_parameters("gpt-4o"))
    )
    assert (updated.acknowledged, updated.modifiedCount, updated.matchedCount) == (True, 1, 1)
    client.configurations.update_configuration(
        config_id, UpdateConfigurationRequest(name=name, provider="azure")
    )
    (item,) = [c for c in client.configurations.list() if c.id == config_id]
    assert (item.provider, item.parameters.model) == ("azure", "gpt-4o")

    deleted = client.configurations.delete(config_id)
    assert (deleted.acknowledged, deleted.deletedCount) == (True, 1)
    assert config_id not in [c.id for c in client.configurations.list()]
    other = client.configurations.create_configuration(
        CreateConfigurationRequest(name=unique("cfg"), provider="p", parameters=_parameters("m"))
    )
    assert client.configurations.delete_configuration(other.insertedId).deletedCount == 1


async def test_configurations_the_official_way_async(client: HoneyHive) -> None:
    name = unique("cfg")
    resp = await client.configurations.create_async(
        CreateConfigurationRequest(name=name, provider="openai", parameters=_parameters("m1"))
    )
    await client.configurations.update_async(
        resp.insertedId, UpdateConfigurationRequest(name=name, parameters=_parameters("m2"))
    )
    (item,) = [c for c in await client.configurations.list_async() if c.id == resp.insertedId]
    assert item.parameters.model == "m2"
    assert (await client.configurations.delete_async(resp.insertedId)).deletedCount == 1


def test_configuration_request_takes_the_official_type_keyword(client: HoneyHive) -> None:
    # 1.7.0's request models are pydantic, keyed by wire name: `type`, not `type_`.
    request = CreateConfigurationRequest(  # type: ignore[call-arg]
        name=unique("cfg"), type="LLM", provider="openai", parameters=_parameters("m")
    )
    created = client.configurations.create(request)
    assert [c.type for c in client.configurations.list() if c.id == created.insertedId] == ["LLM"]
