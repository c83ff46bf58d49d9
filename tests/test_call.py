"""``client.call`` / ``call_async``: any generated operation with the facade's behaviour.

Keys, retries, logging and error mapping are the facade's; the result is the generated
model. Also the generated layer's own answer to statuses ``http.HTTPStatus`` does not name.
"""

from __future__ import annotations

import contextlib
import json
import logging
import uuid
from collections.abc import Iterator
from http import HTTPStatus
from typing import Any

import pytest
from _sockets import closed_port_url, run_asgi
from honeyhive_api.api.events import get_events_chart
from honeyhive_api.api.projects import get_projects
from honeyhive_api.models import GetEventsChartResponse, Project

from honeyhive import (
    APIError,
    BadRequestError,
    HoneyHive,
    HoneyHiveConnectionError,
    InvalidResponseError,
    MissingApiKeyError,
    NotFoundError,
    RateLimitError,
    ServerError,
)
from honeyhive.local import LocalServer
from honeyhive.local.faults import Fault

SECRET = "hh-call-secret-key"
INGESTION_KEY = "hh_ingst_callkey"
DATA_PLANE_KEY = "hh_fgdp_callkey"
FAST_RETRY = {"max_retries": 1, "initial_backoff": 0.01, "max_backoff": 0.01, "jitter": 0}


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No HoneyHive settings from the environment."""
    for name in (
        "HH_API_KEY",
        "HH_API_URL",
        "HH_CP_API_URL",
        "HH_TEST_MODE",
        "HH_MAX_RETRIES",
        "HH_INGESTION_API_KEY",
        "HH_DATA_PLANE_API_KEY",
    ):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


async def call(client: HoneyHive, mode: str, operation: Any, **kwargs: Any) -> Any:
    """``client.call`` or ``await client.call_async``, by ``mode``."""
    if mode == "sync":
        return client.call(operation, **kwargs)
    return await client.call_async(operation, **kwargs)


# -- results --------------------------------------------------------------------------------


async def test_a_generated_module_returns_its_model_in_test_mode(mode: str) -> None:
    async with HoneyHive(test_mode=True) as client:
        client.events.create({"event_type": "tool", "inputs": {}, "duration": 7})
        chart = await call(client, mode, get_events_chart, metric="duration")
    assert isinstance(chart, GetEventsChartResponse)
    assert [bucket.value for bucket in chart.events] == [7.0]


async def test_a_dotted_name_or_a_function_of_the_module_name_the_same_operation(
    mode: str,
) -> None:
    async with HoneyHive(test_mode=True) as client:
        # Projects go to the control plane: the call follows the facade's choice.
        made = await call(client, mode, "projects.create_project", body={"name": "via-call"})
        assert isinstance(made, Project) and made.name == "via-call"
        for operation in (
            get_projects,
            get_projects.sync,
            "honeyhive_api.api.projects.get_projects",
        ):
            found = await call(client, mode, operation, name="via-call")
            assert [p.name for p in found] == ["via-call"]


async def test_statuses_map_to_the_facade_errors(mode: str) -> None:
    async with HoneyHive(test_mode=True) as client:
        with pytest.raises(NotFoundError) as missing:
            await call(client, mode, "sessions.get_session", session_id=str(uuid.uuid4()))
        assert missing.value.status_code == 404
        with pytest.raises(BadRequestError) as bad:
            await call(client, mode, "projects.create_project", body={"description": "no name"})
        assert "name" in str(bad.value)


async def test_retries_apply_and_a_persistent_failure_raises_the_mapped_error(
    local_server: LocalServer, mode: str
) -> None:
    assert local_server.faults is not None
    async with HoneyHive(
        api_key=local_server.api_key, base_url=local_server.url, retry_config=FAST_RETRY
    ) as client:
        local_server.faults.script("GET /v1/events/chart", [Fault.respond(503)])
        chart = await call(client, mode, get_events_chart)
        assert isinstance(chart, GetEventsChartResponse)
        assert local_server.faults.count("GET /v1/events/chart") == 2
        local_server.faults.script("GET /v1/events/chart", [Fault.rate_limited(0)] * 2)
        with pytest.raises(RateLimitError) as limited:
            await call(client, mode, get_events_chart)
        assert limited.value.retry_after == 0


@pytest.mark.parametrize("status", [499, 520, 529])
async def test_a_status_http_status_does_not_name_is_an_api_error(
    local_server: LocalServer, mode: str, status: int
) -> None:
    assert local_server.faults is not None
    local_server.faults.script("GET /v1/events/chart", [Fault.respond(status)])
    async with HoneyHive(
        api_key=local_server.api_key, base_url=local_server.url, retry_config=0
    ) as client:
        with pytest.raises(APIError) as raised:
            await call(client, mode, get_events_chart)
    assert raised.value.status_code == status
    assert isinstance(raised.value, ServerError) == (status >= 500)


async def test_a_refused_connection_is_a_connection_error(mode: str) -> None:
    async with HoneyHive(api_key=SECRET, base_url=closed_port_url(), retry_config=0) as client:
        with pytest.raises(HoneyHiveConnectionError) as refused:
            await call(client, mode, get_events_chart)
    assert SECRET not in str(refused.value)


async def test_a_2xx_that_is_not_json_is_an_invalid_response(
    local_server: LocalServer, mode: str
) -> None:
    assert local_server.faults is not None
    local_server.faults.script("GET /v1/events/chart", [Fault.malformed()])
    async with HoneyHive(
        api_key=local_server.api_key, base_url=local_server.url, retry_config=0
    ) as client:
        with pytest.raises(InvalidResponseError) as invalid:
            await call(client, mode, get_events_chart)
    assert "events.get_events_chart" in str(invalid.value)
    assert "not valid JSON" in str(invalid.value)


# -- keys, planes and logging ---------------------------------------------------------------


class Recorder:
    """An ASGI app that answers ``{}`` (or ``[]`` for lists) and records each request."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, str, str, str]] = []

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        while (await receive()).get("more_body"):
            pass
        headers = {k.decode(): v.decode() for k, v in scope["headers"]}
        auth = headers.get("authorization", "").removeprefix("Bearer ")
        host = headers.get("host", "").split(":")[0]
        self.seen.append((host, scope["method"], scope["path"], auth))
        body = b"[]" if scope["path"] == "/v1/projects" else b'{"events": []}'
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-type", b"application/json")],
            }
        )
        await send({"type": "http.response.body", "body": body})


@pytest.fixture
def recorder() -> Iterator[tuple[Recorder, str]]:
    app = Recorder()
    with run_asgi(app) as url:
        yield app, url


async def test_each_call_sends_the_key_and_plane_the_namespaces_would(
    recorder: tuple[Recorder, str], mode: str
) -> None:
    app, url = recorder
    cp_url = url.replace("127.0.0.1", "localhost")
    async with HoneyHive(
        api_key=SECRET,
        base_url=url,
        cp_base_url=cp_url,
        ingestion_api_key=INGESTION_KEY,
        data_plane_api_key=DATA_PLANE_KEY,
    ) as client:
        await call(client, mode, get_events_chart)
        event = {"event_type": "tool", "inputs": {}}
        # The recorder's answer is no event or chart answer: the requests are what matter.
        with contextlib.suppress(InvalidResponseError):
            await call(client, mode, "events.create_event", body=event)
        await call(client, mode, "projects.get_projects")
        with contextlib.suppress(InvalidResponseError):
            await call(client, mode, "charts.get_charts", project_id="p1")
    # The control plane is told apart by its host name (both reach the same recorder).
    assert app.seen == [
        ("127.0.0.1", "GET", "/v1/events/chart", SECRET),
        ("127.0.0.1", "POST", "/v1/events", INGESTION_KEY),
        ("localhost", "GET", "/v1/projects", SECRET),
        ("127.0.0.1", "GET", "/v1/projects/p1/charts", DATA_PLANE_KEY),
    ]


async def test_a_missing_key_is_raised_before_sending(
    recorder: tuple[Recorder, str], mode: str
) -> None:
    app, url = recorder
    async with HoneyHive(base_url=url) as client:
        with pytest.raises(MissingApiKeyError):
            await call(client, mode, get_events_chart)
    assert app.seen == []


def test_calls_are_logged_like_every_other_without_the_key(
    recorder: tuple[Recorder, str], caplog: pytest.LogCaptureFixture
) -> None:
    _, url = recorder
    caplog.set_level(logging.DEBUG, logger="honeyhive")
    with HoneyHive(api_key=SECRET, base_url=url, verbose=True) as client:
        client.call(get_events_chart, metric="duration")
    text = "\n".join(record.getMessage() for record in caplog.records)
    assert "/v1/events/chart" in text
    assert SECRET not in text


# -- what is refused before sending -------------------------------------------------------


@pytest.mark.parametrize(
    ("operation", "error", "words"),
    [
        ("events.no_such_operation", ValueError, "regenerate"),
        ("get_events_chart", ValueError, "tag.operation"),
        ("honeyhive_api.models.project", ValueError, "tag.operation"),
        (42, TypeError, "int"),
        (Project, ValueError, "not a generated operation"),
    ],
)
def test_an_operation_that_is_not_generated_is_refused(
    operation: Any, error: type[Exception], words: str
) -> None:
    with HoneyHive(test_mode=True) as client, pytest.raises(error, match=words):
        client.call(operation)


def test_arguments_the_operation_does_not_take_are_a_type_error() -> None:
    with HoneyHive(test_mode=True) as client:
        with pytest.raises(TypeError, match="client="):
            client.call(get_events_chart, client=client.low_level)
        with pytest.raises(TypeError, match=r"events\.get_events_chart"):
            client.call(get_events_chart, colour="red")


# -- the generated layer itself -----------------------------------------------------------


@pytest.mark.parametrize("status", [499, 520, 529])
async def test_the_low_level_call_returns_any_status_instead_of_raising(
    local_server: LocalServer, status: int, mode: str
) -> None:
    assert local_server.faults is not None
    local_server.faults.script(
        "GET /v1/events/chart", [Fault.respond(status, body={"message": "edge"})]
    )
    async with HoneyHive(
        api_key=local_server.api_key, base_url=local_server.url, retry_config=0
    ) as client:
        if mode == "sync":
            response = get_events_chart.sync_detailed(client=client.low_level)
        else:
            response = await get_events_chart.asyncio_detailed(client=client.low_level)
    assert response.status_code == status
    assert not isinstance(response.status_code, HTTPStatus)
    assert response.parsed is None  # undocumented status, raise_on_unexpected_status off
    assert json.loads(response.content) == {"message": "edge"}


async def test_the_low_level_call_keeps_http_status_for_the_statuses_it_names(
    local_server: LocalServer,
) -> None:
    async with HoneyHive(api_key=local_server.api_key, base_url=local_server.url) as client:
        response = get_events_chart.sync_detailed(client=client.low_level)
    assert response.status_code is HTTPStatus.OK
