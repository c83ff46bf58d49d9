"""Charts, annotation queues, metric versions and API keys (today's API), end to end.

Every test runs twice, through the blocking methods and through their ``_async`` twins, over
real sockets against the local server. Project-scoped charts need a fine-grained data-plane
key, so those tests first create one with the API key, as a user would. Argument errors are
checked against a client whose server does not exist: an error other than TypeError or
ValueError (a connection error) would mean a request was attempted.
"""

from __future__ import annotations

import datetime
import socket
import uuid
import warnings
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import honeyhive_api.models as wire
import pytest

from honeyhive import HoneyHive, MissingApiKeyError, NotFoundError, PermissionDeniedError
from honeyhive.local import LocalServer

PYTHON_METRIC = """def length(event):
    return len(event["outputs"].get("content", ""))
"""

#: What a fine-grained key needs to read and write a project's charts.
CHART_PERMISSIONS = ["charts:read", "charts:write"]


def unique(prefix: str) -> str:
    """A name (or id) no other test uses."""
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def later(days: int = 30) -> datetime.datetime:
    """A timezone-aware expiry in the future."""
    return datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=days)


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
async def api(local_server: LocalServer, mode: str) -> AsyncIterator[Api]:
    """A client holding only the local server's API key."""
    async with HoneyHive(
        api_key=local_server.api_key, base_url=local_server.url, retry_config=0
    ) as client:
        yield Api(client, mode)


DataPlane = Callable[[str], Awaitable[Api]]


@pytest.fixture
async def data_plane(api: Api, local_server: LocalServer) -> AsyncIterator[DataPlane]:
    """Makes a client that also holds a new fine-grained key for a project, as a user would."""
    clients: list[HoneyHive] = []

    async def make(project_id: str) -> Api:
        created = await api.api_keys.create_fine_grained_key(
            project_id,
            {"name": unique("dp-key"), "permissions": CHART_PERMISSIONS, "expires_at": later()},
        )
        client = HoneyHive(
            api_key=local_server.api_key,
            data_plane_api_key=created.data.key_value,
            base_url=local_server.url,
            retry_config=0,
        )
        clients.append(client)
        return Api(client, api.mode)

    yield make
    for client in clients:
        await client.aclose()


def dead_url() -> str:
    """A loopback URL nothing listens on (a port the OS just handed out and took back)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


@pytest.fixture
async def offline(mode: str) -> AsyncIterator[Api]:
    """A client whose server does not exist: any request fails with a connection error."""
    async with HoneyHive(api_key="hh-test", base_url=dead_url(), retry_config=0) as client:
        yield Api(client, mode)


# ------------------------------------------------------------------ charts
async def test_project_charts_lifecycle_with_a_data_plane_key(data_plane: DataPlane) -> None:
    project_id = unique("proj")
    dp = await data_plane(project_id)
    name = unique("chart")
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)  # the project routes never warn
        created = await dp.charts.create(
            wire.CreateChartRequest(name=name, metric="latency", func="avg", group_by="model"),
            project_id=project_id,
        )
        assert isinstance(created, wire.CreateChartResponse)
        chart = created.data
        assert (chart.name, chart.metric, chart.func, chart.group_by) == (
            name,
            "latency",
            "avg",
            "model",
        )

        listed = await dp.charts.list(project_id=project_id)
        assert isinstance(listed, wire.GetChartsResponse)
        assert [c.id for c in listed.data] == [chart.id]

        got = await dp.charts.get(chart.id, project_id=project_id)
        assert isinstance(got, wire.GetChartResponse)
        assert got.data.name == name

        # PATCH: only the given fields change
        updated = await dp.charts.update(
            chart.id, {"name": "renamed", "bucketing": "hour"}, project_id=project_id
        )
        assert isinstance(updated, wire.UpdateChartResponse)
        assert (updated.data.name, updated.data.bucketing) == ("renamed", "hour")
        assert (updated.data.metric, updated.data.func) == ("latency", "avg")
        stored = (await dp.charts.get(chart.id, project_id=project_id)).data
        assert (stored.name, stored.metric) == ("renamed", "latency")

        deleted = await dp.charts.delete(chart.id, project_id=project_id)
        assert isinstance(deleted, wire.DeleteChartResponse)
        assert deleted.success is True
        with pytest.raises(NotFoundError):
            await dp.charts.get(chart.id, project_id=project_id)
        assert (await dp.charts.list(project_id=project_id)).data == []


async def test_project_charts_are_scoped_to_their_project(api: Api, data_plane: DataPlane) -> None:
    mine, theirs = unique("proj"), unique("proj")
    dp_mine, dp_theirs = await data_plane(mine), await data_plane(theirs)
    chart = (await dp_mine.charts.create({"name": "c", "metric": "cost"}, project_id=mine)).data

    assert (await dp_theirs.charts.list(project_id=theirs)).data == []
    with pytest.raises(NotFoundError):
        await dp_theirs.charts.get(chart.id, project_id=theirs)
    # A key of one project opens nothing of another.
    with pytest.raises(PermissionDeniedError):
        await dp_theirs.charts.list(project_id=mine)
    # The legacy workspace-wide listing (API key) sees every project's charts.
    with pytest.warns(DeprecationWarning):
        assert chart.id in [c.id for c in (await api.charts.list()).data]


async def test_legacy_charts_lifecycle_warns_at_the_callers_line(api: Api) -> None:
    name = unique("chart")

    async def legacy(call: Callable[[], Awaitable[Any]]) -> Any:
        with pytest.warns(DeprecationWarning, match="without project_id") as record:
            result = await call()
        assert len(record) == 1
        assert "data_plane_api_key" in str(record[0].message)
        # stacklevel: the warning names this test file, not the client's internals
        assert record[0].filename == __file__
        return result

    created = await legacy(lambda: api.charts.create({"name": name, "metric": "latency"}))
    assert isinstance(created, wire.CreateChartResponse)
    chart_id = created.data.id
    assert created.data.bucketing == "day"

    listed = await legacy(lambda: api.charts.list())
    assert isinstance(listed, wire.GetChartsResponse)
    assert chart_id in [c.id for c in listed.data]

    got = await legacy(lambda: api.charts.get(chart_id))
    assert isinstance(got, wire.GetChartResponse)
    assert got.data.name == name

    updated = await legacy(
        lambda: api.charts.update(chart_id, wire.UpdateChartRequest(description="p95"))
    )
    assert isinstance(updated, wire.UpdateChartResponse)
    assert (updated.data.name, updated.data.description) == (name, "p95")

    deleted = await legacy(lambda: api.charts.delete(chart_id))
    assert isinstance(deleted, wire.DeleteChartResponse)
    assert deleted.success is True
    with pytest.raises(NotFoundError), pytest.warns(DeprecationWarning):
        await api.charts.get(chart_id)


async def test_project_charts_need_a_data_plane_key_and_send_nothing_without_one(
    offline: Api,
) -> None:
    # The offline client has no server: a connection error would mean a request was sent.
    with pytest.raises(MissingApiKeyError) as info:
        await offline.charts.list(project_id="proj")
    assert info.value.key_kind == "data_plane"
    with pytest.raises(MissingApiKeyError):
        await offline.charts.delete("chart", project_id="proj")


async def test_chart_arguments_are_checked_before_sending(offline: Api) -> None:
    with pytest.raises(TypeError, match="chart_id must be a string"):
        await offline.charts.get(42, project_id="p")
    with pytest.raises(ValueError, match="chart_id must not be empty"):
        await offline.charts.delete("", project_id="p")
    with pytest.raises(TypeError, match="project_id must be a string"):
        await offline.charts.list(project_id=7)
    with pytest.raises(ValueError, match="missing required field 'metric'"):
        await offline.charts.create({"name": "c"}, project_id="p")
    with pytest.raises(ValueError, match=r"unknown field\(s\) 'group_by'"):
        await offline.charts.create(
            {"name": "c", "metric": "m", "group_by": "model"}, project_id="p"
        )
    with pytest.raises(ValueError, match="fortnight"):
        await offline.charts.update("c1", {"bucketing": "fortnight"}, project_id="p")
    with pytest.raises(TypeError, match="expects a dict or CreateChartRequest"):
        await offline.charts.create("chart", project_id="p")


# ------------------------------------------------------------------ queues
async def test_queue_lifecycle(api: Api) -> None:
    name = unique("queue")
    created = await api.queues.create({"name": name, "event_ids": ["e1", "e2"]})
    assert isinstance(created, wire.CreateAnnotationQueueResponse)
    queue = created.queue
    assert (queue.name, queue.enabled, queue.description) == (name, True, "")

    got = await api.queues.get(queue.id)
    assert isinstance(got, wire.GetAnnotationQueueByIdResponse)
    assert (got.id, got.name) == (queue.id, name)

    listed = await api.queues.list()
    assert isinstance(listed, wire.GetAnnotationQueuesResponse)
    assert queue.id in [q.id for q in listed.queues]

    # the body's id is filled in from queue_id
    updated = await api.queues.update(
        queue.id, {"enabled": False, "add_event_ids": ["e3"], "remove_event_ids": ["e1"]}
    )
    assert isinstance(updated, wire.UpdateAnnotationQueueResponse)
    assert (updated.queue.name, updated.queue.enabled) == (name, False)
    assert updated.queue["event_ids"] == ["e2", "e3"]
    assert queue.id not in [q.id for q in (await api.queues.list(enabled=True)).queues]
    assert queue.id in [q.id for q in (await api.queues.list(enabled=False)).queues]

    renamed = await api.queues.update(
        queue.id, wire.UpdateAnnotationQueueRequest(id=queue.id, name="renamed")
    )
    assert renamed.queue.name == "renamed"
    assert (await api.queues.get(queue.id)).name == "renamed"

    deleted = await api.queues.delete(queue.id)
    assert isinstance(deleted, wire.DeleteAnnotationQueueResponse)
    assert queue.id in deleted.message
    with pytest.raises(NotFoundError):
        await api.queues.get(queue.id)


def test_create_queue_answers_201_which_the_generated_layer_reads_too(
    local_server: LocalServer,
) -> None:
    from honeyhive_api.api.queues import create_queue

    with HoneyHive(api_key=local_server.api_key, base_url=local_server.url) as client:
        answer = create_queue.sync_detailed(
            client=client.low_level, body=wire.CreateAnnotationQueueRequest(name="low")
        )
        assert answer.status_code == 201
        assert isinstance(answer.parsed, wire.CreateAnnotationQueueResponse)
        assert client.queues.get(answer.parsed.queue.id).name == "low"


async def test_queue_arguments_are_checked_before_sending(offline: Api) -> None:
    with pytest.raises(TypeError, match="enabled must be a bool"):
        await offline.queues.list(enabled="yes")
    with pytest.raises(ValueError, match="missing required field 'name'"):
        await offline.queues.create({"description": "d"})
    with pytest.raises(TypeError, match="event_ids must be a list"):
        await offline.queues.create({"name": "q", "event_ids": "e1"})
    with pytest.raises(ValueError, match="request id 'q2' is not queue_id 'q1'"):
        await offline.queues.update("q1", {"id": "q2", "name": "n"})
    with pytest.raises(TypeError, match="enabled must be a bool"):
        await offline.queues.update("q1", {"enabled": "false"})
    with pytest.raises(ValueError, match="queue_id must not be empty"):
        await offline.queues.delete("")


# ------------------------------------------------------------------ metric versions
async def test_metric_versions_list_create_deploy(api: Api) -> None:
    name = unique("metric")
    definition = {"name": name, "type": "PYTHON", "criteria": PYTHON_METRIC}
    metric_id = (await api.metrics.create(definition)).metric_id

    before = await api.metric_versions.list(metric_id)
    assert isinstance(before, wire.GetMetricVersionsResponse)
    assert before.success is True

    content = {**definition, "description": "v2: shorter is better"}
    created = await api.metric_versions.create(
        metric_id, {"message": "describe it", "content": content}
    )
    assert isinstance(created, wire.CreateMetricVersionResponse)
    version = created.data
    assert version.message == "describe it"
    assert version.content.description == "v2: shorter is better"
    assert version.deployed is False

    names = [v.name for v in (await api.metric_versions.list(metric_id)).data]
    assert version.name in names
    assert len(names) == len(before.data) + 1

    deployed = await api.metric_versions.deploy(metric_id, version.name)
    assert isinstance(deployed, wire.DeployMetricVersionResponse)
    assert (deployed.data.name, deployed.data.deployed) == (version.name, True)
    assert (await api.metrics.get(metric_id)).description == "v2: shorter is better"

    # a version may also be deployed at once, and its content given as a model
    model = wire.MetricVersionContentRequest.from_dict({**definition, "description": "v3"})
    at_once = await api.metric_versions.create(
        metric_id,
        wire.CreateMetricVersionRequest(message="v3", content=model, deploy_immediately=True),
    )
    assert at_once.data.deployed is True
    assert (await api.metrics.get(metric_id)).description == "v3"


async def test_metric_version_arguments_are_checked_before_sending(offline: Api) -> None:
    with pytest.raises(ValueError, match="missing required field 'message'"):
        await offline.metric_versions.create("m1", {"content": {"name": "n"}})
    with pytest.raises(ValueError, match=r"unknown field\(s\) 'deploy'"):
        await offline.metric_versions.create(
            "m1",
            {
                "message": "m",
                "content": {"name": "n", "type": "PYTHON", "criteria": "x"},
                "deploy": True,
            },
        )
    with pytest.raises(ValueError, match="version_name must not be empty"):
        await offline.metric_versions.deploy("m1", "")
    with pytest.raises(TypeError, match="metric_id must be a string"):
        await offline.metric_versions.list(None)


# ------------------------------------------------------------------ API keys
async def test_ingestion_key_is_created_and_authenticates_session_writes(
    api: Api, local_server: LocalServer
) -> None:
    project_id = unique("proj")
    created = await api.api_keys.create_ingestion_key(
        project_id, {"name": "collector", "description": "for the OTLP collector"}
    )
    assert isinstance(created, wire.CreateIngestionApiKeyResponse)
    key = created.data
    assert key.key_value.startswith("hh_ingst_")
    assert (key.name, key.description) == ("collector", "for the OTLP collector")
    assert key.root_scope_id == project_id

    by_keywords = await api.api_keys.create_ingestion_key(project_id, name="second")
    assert by_keywords.data.key_value.startswith("hh_ingst_")
    assert by_keywords.data.key_value != key.key_value

    # The project key is wrong on purpose: only the new ingestion key can start the session.
    async with HoneyHive(
        api_key="hh-not-a-key",
        ingestion_api_key=key.key_value,
        base_url=local_server.url,
        retry_config=0,
    ) as ingest:
        started = await Api(ingest, api.mode).sessions.start(
            {"project": project_id, "session_name": "with the ingestion key"}
        )
    assert started.session_id


async def test_fine_grained_key_is_created_and_lists_the_projects_charts(
    api: Api, local_server: LocalServer
) -> None:
    project_id = unique("proj")
    plus_one = datetime.timezone(datetime.timedelta(hours=1))
    expires = datetime.datetime(2031, 1, 2, 4, 4, 5, tzinfo=plus_one)
    created = await api.api_keys.create_fine_grained_key(
        project_id,
        wire.CreateDataPlaneApiKeyRequest(
            name="dashboards", permissions=CHART_PERMISSIONS, expires_at="2031-01-02T03:04:05.000Z"
        ),
    )
    assert isinstance(created, wire.CreateDataPlaneApiKeyResponse)
    key = created.data
    assert key.key_value.startswith("hh_fgdp_")
    assert key.permissions == CHART_PERMISSIONS
    assert key.root_scope_id == project_id

    # a datetime is sent as ISO-8601 UTC; keywords instead of a request; the alias
    assert api.client.api_keys.create_data_plane_key == api.client.api_keys.create_fine_grained_key
    other = await api.api_keys.create_data_plane_key(
        project_id, name="dashboards-2", permissions=CHART_PERMISSIONS, expires_at=expires
    )
    assert other.data.key_value.startswith("hh_fgdp_")
    assert other.data.expires_at == "2031-01-02T03:04:05.000Z"

    async with HoneyHive(
        api_key=local_server.api_key,
        data_plane_api_key=key.key_value,
        base_url=local_server.url,
        retry_config=0,
    ) as client:
        dp = Api(client, api.mode)
        chart = await dp.charts.create({"name": "p95", "metric": "latency"}, project_id=project_id)
        listed = await dp.charts.list(project_id=project_id)
    assert [c.id for c in listed.data] == [chart.data.id]


async def test_api_key_arguments_are_checked_before_sending(offline: Api) -> None:
    keys = offline.api_keys
    with pytest.raises(TypeError, match="not both"):
        await keys.create_ingestion_key("p", {"name": "a"}, name="b")
    with pytest.raises(TypeError, match="at least name"):
        await keys.create_ingestion_key("p")
    with pytest.raises(ValueError, match=r"unknown field\(s\) 'scope'"):
        await keys.create_ingestion_key("p", {"name": "a", "scope": "org"})
    with pytest.raises(ValueError, match="project_id must not be empty"):
        await keys.create_ingestion_key("", name="a")
    naive = datetime.datetime(2031, 1, 1)
    with pytest.raises(ValueError, match="timezone-aware"):
        await keys.create_fine_grained_key("p", name="k", permissions=["r"], expires_at=naive)
    with pytest.raises(TypeError, match="permissions must be a list"):
        await keys.create_fine_grained_key("p", name="k", permissions="r", expires_at=later())
    with pytest.raises(ValueError, match="at least one permission"):
        await keys.create_fine_grained_key("p", name="k", permissions=[], expires_at=later())
    with pytest.raises(ValueError, match="missing required field 'expires_at'"):
        await keys.create_fine_grained_key("p", {"name": "k", "permissions": ["r"]})
