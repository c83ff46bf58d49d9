"""``HoneyHive`` itself: configuration from arguments and environment, lifecycle, the key's
secrecy, the low-level client, and how every failure over a real socket becomes an error.

Failures come from the local server's fault injection (``local_server.faults``) or from
the real thing: a wrong key, an unknown session, a port where nothing listens.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from _sockets import closed_port_url
from honeyhive_api.api.events import get_events_chart
from honeyhive_api.models import GetEventsChartResponse

from honeyhive import (
    APIConfig,
    APIError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    HoneyHive,
    HoneyHiveConnectionError,
    HoneyHiveError,
    HoneyHiveTimeoutError,
    InvalidResponseError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    UnprocessableEntityError,
)
from honeyhive.local import LocalServer
from honeyhive.local.faults import Fault

ENV_VARS = (
    "HH_API_KEY",
    "HH_API_URL",
    "HH_CP_API_URL",
    "HH_TIMEOUT",
    "HH_TEST_MODE",
    "HH_VERBOSE",
    "HH_MAX_RETRIES",
    "HH_API_TIMEOUT",
    "HH_INGESTION_API_KEY",
    "HH_DATA_PLANE_API_KEY",
)


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests start from an environment with no HoneyHive settings."""
    for name in ENV_VARS:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def an_event() -> dict[str, Any]:
    return {"event_type": "tool", "event_name": "probe", "inputs": {}}


async def create(client: HoneyHive, mode: str) -> Any:
    """One ``events.create`` through the blocking method or its async twin."""
    if mode == "sync":
        return client.events.create(an_event())
    return await client.events.create_async(an_event())


def requests(server: LocalServer) -> int:
    assert server.faults is not None
    return len(server.faults.requests)


# ------------------------------------------------------------------ configuration
INGEST = "hh_ingst_" + "a" * 24 + "_" + "b" * 64
DATA_PLANE = "hh_fgdp_" + "c" * 24 + "_" + "d" * 64


def test_typed_keys_come_from_arguments_or_their_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    assert (HoneyHive().ingestion_api_key, HoneyHive().data_plane_api_key) == ("", "")
    monkeypatch.setenv("HH_INGESTION_API_KEY", INGEST)
    monkeypatch.setenv("HH_DATA_PLANE_API_KEY", DATA_PLANE)
    client = HoneyHive(api_key="hh_x")
    assert (client.ingestion_api_key, client.data_plane_api_key) == (INGEST, DATA_PLANE)
    other = INGEST.replace("a", "e")
    assert HoneyHive(ingestion_api_key=other).ingestion_api_key == other


@pytest.mark.parametrize(
    ("kwargs", "env", "message"),
    [
        ({"ingestion_api_key": "hh_fgdp_zzz"}, {}, "ingestion_api_key is not .* 'hh_ingst_'"),
        ({"data_plane_api_key": "hh_secret_value"}, {}, "data_plane_api_key is not .* 'hh_fgdp_'"),
        ({}, {"HH_DATA_PLANE_API_KEY": "hh_secret_value"}, "HH_DATA_PLANE_API_KEY is not"),
    ],
)
def test_a_key_of_the_wrong_kind_is_refused_without_showing_it(
    monkeypatch: pytest.MonkeyPatch, kwargs: dict[str, str], env: dict[str, str], message: str
) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(ValueError, match=message) as caught:
        HoneyHive(**kwargs)
    assert "secret" not in str(caught.value) and "zzz" not in str(caught.value)


def test_typed_keys_never_show_in_repr() -> None:
    client = HoneyHive(api_key="hh_x", ingestion_api_key=INGEST, data_plane_api_key=DATA_PLANE)
    shown = repr(client) + repr(client.api_config) + str(client.api_config)
    assert INGEST not in shown and DATA_PLANE not in shown


def test_hh_api_timeout_is_the_official_name_of_hh_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HH_API_TIMEOUT", "7.5")
    assert HoneyHive().timeout == 7.5


def test_project_is_accepted_and_ignored_with_a_deprecation_warning() -> None:
    with pytest.warns(DeprecationWarning, match="project"):
        client = HoneyHive(api_key="hh_x", project="my-project")
    assert client.api_key == "hh_x"


def test_the_docs_positional_base_url() -> None:
    assert HoneyHive("hh_x", "http://127.0.0.1:9").base_url == "http://127.0.0.1:9"


async def test_a_project_scoped_call_without_a_data_plane_key_is_refused_unsent(
    local_server: LocalServer, mode: str
) -> None:
    from honeyhive import MissingApiKeyError

    client = HoneyHive(api_key=local_server.api_key, base_url=local_server.url)
    before = requests(local_server)
    with pytest.raises(MissingApiKeyError, match="data_plane_api_key") as caught:
        if mode == "sync":
            client.charts.list(project_id="p1")
        else:
            await client.charts.list_async(project_id="p1")
    assert caught.value.key_kind == "data_plane"
    assert requests(local_server) == before


async def test_session_and_event_writes_send_the_ingestion_key(
    local_server: LocalServer, mode: str
) -> None:
    # The server knows only its own key; the client's API key is wrong. Writes authenticate
    # with the ingestion key the server issued, so they succeed; a read sends the wrong key.
    admin = HoneyHive(api_key=local_server.api_key, base_url=local_server.url)
    issued = admin.api_keys.create_ingestion_key("p1", {"name": "writer"}).data.key_value
    client = HoneyHive(api_key="hh_wrong", ingestion_api_key=issued, base_url=local_server.url)
    session = {"session_name": "s", "project": "p"}
    if mode == "sync":
        started = client.sessions.start(session)
        client.events.create({**an_event(), "session_id": started.session_id})
        with pytest.raises(AuthenticationError):
            client.datasets.list()
    else:
        started = await client.sessions.start_async(session)
        await client.events.create_async({**an_event(), "session_id": started.session_id})
        with pytest.raises(AuthenticationError):
            await client.datasets.list_async()


def test_defaults_without_arguments_or_environment() -> None:
    client = HoneyHive()
    assert client.server_url == client.api_config.base_url == "https://api.honeyhive.ai"
    assert client.api_config.cp_base_url == "https://api.honeyhive.ai"
    assert client.api_key == ""
    assert client.timeout is None
    assert client.test_mode is False
    assert client.verbose is False
    assert client.api_config.retry.max_retries == 2
    assert isinstance(client.api_config, APIConfig)
    assert client.tracer_instance is None


def test_environment_variables_supply_every_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HH_API_KEY", "hh-env-key")
    monkeypatch.setenv("HH_API_URL", "http://data.example:1/")
    monkeypatch.setenv("HH_CP_API_URL", "http://control.example:2")
    monkeypatch.setenv("HH_TIMEOUT", "2.5")
    monkeypatch.setenv("HH_TEST_MODE", "true")
    monkeypatch.setenv("HH_VERBOSE", "1")
    monkeypatch.setenv("HH_MAX_RETRIES", "5")
    client = HoneyHive()
    assert client.api_key == "hh-env-key"
    assert client.server_url == "http://data.example:1"
    assert client.api_config.cp_base_url == "http://control.example:2"
    assert client.timeout == 2.5
    assert client.test_mode is True
    assert client.verbose is True
    assert client.api_config.retry.max_retries == 5


def test_explicit_arguments_win_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HH_API_KEY", "hh-env-key")
    monkeypatch.setenv("HH_API_URL", "http://env.example")
    monkeypatch.setenv("HH_TIMEOUT", "9")
    monkeypatch.setenv("HH_TEST_MODE", "true")
    monkeypatch.setenv("HH_VERBOSE", "true")
    monkeypatch.setenv("HH_MAX_RETRIES", "7")
    client = HoneyHive(
        "hh-arg-key",
        server_url="http://arg.example",
        timeout=1.0,
        test_mode=False,
        verbose=False,
        retry_config=0,
        tracer_instance="tracer",
    )
    assert (client.api_key, client.server_url, client.timeout) == (
        "hh-arg-key",
        "http://arg.example",
        1.0,
    )
    assert (client.test_mode, client.verbose) == (False, False)
    assert client.api_config.retry.max_retries == 0
    assert client.tracer_instance == "tracer"


def test_server_url_is_the_legacy_name_of_base_url() -> None:
    assert HoneyHive(server_url="http://a.example").api_config.base_url == "http://a.example"
    assert HoneyHive(base_url="http://a.example").server_url == "http://a.example"
    with pytest.raises(ValueError, match="disagree"):
        HoneyHive(base_url="http://a.example", server_url="http://b.example")


@pytest.mark.parametrize(
    ("kwargs", "env", "error"),
    [
        ({"base_url": "api.honeyhive.ai"}, {}, ValueError),
        ({"timeout": -1}, {}, ValueError),
        ({"timeout": "fast"}, {}, TypeError),
        ({"max_connections": 0}, {}, ValueError),
        ({"api_key": 123}, {}, TypeError),
        ({}, {"HH_TIMEOUT": "soon"}, ValueError),
        ({}, {"HH_TEST_MODE": "maybe"}, ValueError),
        ({}, {"HH_MAX_RETRIES": "many"}, ValueError),
    ],
)
def test_nonsense_settings_are_refused_at_construction(
    monkeypatch: pytest.MonkeyPatch, kwargs: dict[str, Any], env: dict[str, str], error: type
) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(error):
        HoneyHive(**kwargs)


def test_construction_and_namespaces_do_no_io(local_server: LocalServer) -> None:
    client = HoneyHive(api_key=local_server.api_key, base_url=local_server.url)
    for name in ("configurations", "datapoints", "datasets", "events", "experiments"):
        assert getattr(client, name) is getattr(client, name)  # built once, lazily
    for name in ("metrics", "projects", "sessions", "tools"):
        getattr(client, name)
    assert requests(local_server) == 0
    client.events.create(an_event())
    assert requests(local_server) == 1
    client.close()


def test_construction_needs_no_reachable_server() -> None:
    client = HoneyHive(api_key="hh-key", base_url=closed_port_url())
    assert client.events is not None  # the failure, if any, waits for a call


async def test_missing_key_raises_authentication_error_at_the_first_call_unsent(
    local_server: LocalServer, mode: str
) -> None:
    async with HoneyHive(base_url=local_server.url) as client:
        with pytest.raises(AuthenticationError, match="HH_API_KEY"):
            await create(client, mode)
    assert requests(local_server) == 0


async def test_a_wrong_key_is_a_401_authentication_error_from_the_server(
    local_server: LocalServer, mode: str
) -> None:
    async with HoneyHive(api_key="hh-wrong", base_url=local_server.url) as client:
        with pytest.raises(AuthenticationError) as info:
            await create(client, mode)
    assert info.value.status_code == 401
    assert info.value.message
    assert requests(local_server) == 1  # a 401 is not retried


async def test_cp_base_url_from_the_environment_receives_projects_and_configurations(
    monkeypatch: pytest.MonkeyPatch, mode: str
) -> None:
    with LocalServer() as data, LocalServer() as control:
        monkeypatch.setenv("HH_API_KEY", data.api_key)
        monkeypatch.setenv("HH_API_URL", data.url)
        monkeypatch.setenv("HH_CP_API_URL", control.url)
        name = f"cp-{uuid.uuid4().hex[:8]}"
        async with HoneyHive() as client:
            if mode == "sync":
                client.projects.create({"name": name})
                client.configurations.list(project=name)
            else:
                await client.projects.create_async({"name": name})
                await client.configurations.list_async(project=name)
            await create(client, mode)
        assert control.faults is not None and data.faults is not None
        control_paths = {(r.method, r.path) for r in control.faults.requests}
        data_paths = {(r.method, r.path) for r in data.faults.requests}
        assert ("POST", "/v1/projects") in control_paths
        assert ("GET", "/v1/configurations") in control_paths
        assert ("POST", "/events") not in control_paths
        assert data_paths == {("POST", "/events")}


async def test_hh_timeout_bounds_every_call(
    monkeypatch: pytest.MonkeyPatch, local_server: LocalServer, mode: str
) -> None:
    assert local_server.faults is not None
    local_server.faults.script("POST /events", [Fault.delay(1.0)])
    monkeypatch.setenv("HH_TIMEOUT", "0.2")
    monkeypatch.setenv("HH_MAX_RETRIES", "0")
    async with HoneyHive(api_key=local_server.api_key, base_url=local_server.url) as client:
        with pytest.raises(HoneyHiveTimeoutError):
            await create(client, mode)


async def test_hh_max_retries_sets_how_often_a_failure_is_retried(
    monkeypatch: pytest.MonkeyPatch, local_server: LocalServer
) -> None:
    assert local_server.faults is not None
    local_server.faults.script("POST /events", [Fault.respond(503)])
    monkeypatch.setenv("HH_MAX_RETRIES", "1")
    with HoneyHive(api_key=local_server.api_key, base_url=local_server.url) as client:
        client.events.create(an_event())  # 503, then success on the one retry
    assert local_server.faults.count("POST /events") == 2

    local_server.faults.script("POST /events", [Fault.respond(503)])
    monkeypatch.setenv("HH_MAX_RETRIES", "0")
    client = HoneyHive(api_key=local_server.api_key, base_url=local_server.url)
    with client, pytest.raises(ServerError):
        client.events.create(an_event())
    assert local_server.faults.count("POST /events") == 3


async def test_hh_test_mode_serves_calls_in_process_without_a_socket(
    monkeypatch: pytest.MonkeyPatch, mode: str
) -> None:
    monkeypatch.setenv("HH_TEST_MODE", "true")
    async with HoneyHive(api_key="anything", base_url=closed_port_url()) as client:
        created = await create(client, mode)
        listed = client.events.list(
            {"filters": [{"field": "event_name", "operator": "is", "value": "probe"}]}
        )
    assert [e.event_id for e in listed.events] == [created.event_id]


def test_test_mode_needs_no_api_key() -> None:
    with HoneyHive(test_mode=True) as client:
        assert client.events.create(an_event()).success is True


def test_hh_verbose_logs_each_request_on_the_honeyhive_logger(
    monkeypatch: pytest.MonkeyPatch, local_server: LocalServer, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("HH_VERBOSE", "true")
    caplog.set_level(logging.DEBUG, logger="honeyhive")
    with HoneyHive(api_key=local_server.api_key, base_url=local_server.url) as client:
        client.events.create(an_event())
    lines = [r.getMessage() for r in caplog.records if r.name == "honeyhive"]
    assert any("POST" in line and "/events" in line and "200" in line for line in lines)


# ------------------------------------------------------------------ the key stays secret
SECRET = "hh-secret-7f3a9c1e5b"


@pytest.fixture
def secret_server() -> Iterator[LocalServer]:
    with LocalServer(api_keys=[SECRET]) as server:
        yield server


def test_the_key_never_appears_in_repr_str_errors_or_logs(
    secret_server: LocalServer, caplog: pytest.LogCaptureFixture
) -> None:
    assert secret_server.faults is not None
    caplog.set_level(logging.DEBUG)
    client = HoneyHive(api_key=SECRET, base_url=secret_server.url, verbose=True, retry_config=1)
    seen: list[str] = [repr(client), str(client), repr(client.api_config), str(client.events)]
    # A server that echoes the Authorization header back in its error message.
    echo = {"message": f"bad token Bearer {SECRET}", "token": SECRET}
    secret_server.faults.script("POST /events", [Fault.respond(503), Fault.respond(400, body=echo)])
    with pytest.raises(BadRequestError) as info:
        client.events.create(an_event())
    error = info.value
    seen += [str(error), repr(error), error.message, repr(error.body), repr(dict(error.headers))]
    seen += [r.getMessage() for r in caplog.records]
    client.close()
    assert any("/events" in text for text in seen)  # the logs were really captured
    assert not [text for text in seen if SECRET in text]


def test_the_key_is_still_readable_where_the_doc_promises_it() -> None:
    assert HoneyHive(api_key=SECRET).api_key == SECRET


# ------------------------------------------------------------------ lifecycle
def test_close_and_the_with_block_close_the_pooled_connections(local_server: LocalServer) -> None:
    with HoneyHive(api_key=local_server.api_key, base_url=local_server.url) as client:
        client.events.create(an_event())
        pool = client.low_level.get_httpx_client()
        assert not pool.is_closed
    assert pool.is_closed

    client = HoneyHive(api_key=local_server.api_key, base_url=local_server.url)
    client.events.create(an_event())
    pool = client.low_level.get_httpx_client()
    client.close()
    assert pool.is_closed


async def test_aclose_and_async_with_close_both_pools(local_server: LocalServer) -> None:
    async with HoneyHive(api_key=local_server.api_key, base_url=local_server.url) as client:
        await client.events.create_async(an_event())
        client.events.create(an_event())
        async_pool = client.low_level.get_async_httpx_client()
        sync_pool = client.low_level.get_httpx_client()
    assert async_pool.is_closed and sync_pool.is_closed

    client = HoneyHive(api_key=local_server.api_key, base_url=local_server.url)
    await client.events.create_async(an_event())
    async_pool = client.low_level.get_async_httpx_client()
    await client.aclose()
    assert async_pool.is_closed


def test_one_pool_serves_every_call(local_server: LocalServer) -> None:
    with HoneyHive(api_key=local_server.api_key, base_url=local_server.url) as client:
        client.events.create(an_event())
        pool = client.low_level.get_httpx_client()
        client.sessions.start({"session_name": "s", "project": "p"})
        client.events.list({})
        assert client.low_level.get_httpx_client() is pool


# ------------------------------------------------------------------ low level
def test_low_level_client_runs_an_unwrapped_generated_operation(local_server: LocalServer) -> None:
    assert local_server.faults is not None
    with HoneyHive(api_key=local_server.api_key, base_url=local_server.url) as client:
        client.events.create({**an_event(), "duration": 12})
        # The shared transport retries low-level calls too: the 503 is invisible here.
        local_server.faults.script("GET /v1/events/chart", [Fault.respond(503)])
        response = get_events_chart.sync_detailed(client=client.low_level, metric="duration")
    assert response.status_code == 200
    assert isinstance(response.parsed, GetEventsChartResponse)
    assert [b.value for b in response.parsed.events] == [12.0]
    assert local_server.faults.count("GET /v1/events/chart") == 2


def test_low_level_client_still_works_after_close(local_server: LocalServer) -> None:
    client = HoneyHive(api_key=local_server.api_key, base_url=local_server.url)
    before = client.low_level
    client.close()
    # A closed pool is never handed out again: the low-level client is rebuilt on next use.
    response = get_events_chart.sync_detailed(client=client.low_level)
    client.close()
    assert client.low_level is not before
    assert response.status_code == 200


async def test_low_level_client_works_async_with_the_same_auth(local_server: LocalServer) -> None:
    async with HoneyHive(api_key=local_server.api_key, base_url=local_server.url) as client:
        parsed = await get_events_chart.asyncio(client=client.low_level)
    assert isinstance(parsed, GetEventsChartResponse)
    assert parsed.events == []


# ------------------------------------------------------------------ error mapping
STATUSES = [
    (400, BadRequestError),
    (401, AuthenticationError),
    (403, PermissionDeniedError),
    (404, NotFoundError),
    (409, ConflictError),
    (422, UnprocessableEntityError),
    (429, RateLimitError),
    (500, ServerError),
]


@pytest.mark.parametrize(("status", "error_class"), STATUSES)
async def test_each_error_status_raises_its_class_with_status_and_message(
    local_server: LocalServer, mode: str, status: int, error_class: type[APIError]
) -> None:
    assert local_server.faults is not None
    body = {"message": f"injected {status}", "errorCode": "E_TEST"}
    headers = {"Retry-After": "7"} if status == 429 else {}
    local_server.faults.script("POST /events", [Fault.respond(status, body=body, headers=headers)])
    async with HoneyHive(
        api_key=local_server.api_key, base_url=local_server.url, retry_config=0
    ) as client:
        with pytest.raises(error_class) as info:
            await create(client, mode)
    error = info.value
    assert type(error) is error_class
    assert isinstance(error, APIError) and isinstance(error, HoneyHiveError)
    assert error.status_code == status
    assert error.message == f"injected {status}"
    assert f"injected {status}" in str(error)
    assert error.body == body
    assert error.error_code == "E_TEST"
    if status == 429:
        assert isinstance(error, RateLimitError) and error.retry_after == 7.0


async def test_a_429_after_retries_run_out_keeps_retry_after(
    local_server: LocalServer, mode: str
) -> None:
    assert local_server.faults is not None
    limited = Fault.rate_limited("0.01")
    local_server.faults.script("POST /events", [limited, limited])
    async with HoneyHive(
        api_key=local_server.api_key, base_url=local_server.url, retry_config=1
    ) as client:
        with pytest.raises(RateLimitError) as info:
            await create(client, mode)
    assert info.value.status_code == 429
    assert info.value.retry_after == 0.01
    assert local_server.faults.count("POST /events") == 2


async def test_a_real_404_names_what_was_not_found(local_server: LocalServer, mode: str) -> None:
    async with HoneyHive(api_key=local_server.api_key, base_url=local_server.url) as client:
        missing = str(uuid.uuid4())
        with pytest.raises(NotFoundError) as info:
            if mode == "sync":
                client.sessions.get(missing)
            else:
                await client.sessions.get_async(missing)
    assert info.value.status_code == 404
    assert missing in info.value.message


async def test_connection_refused_raises_honeyhive_connection_error(mode: str) -> None:
    async with HoneyHive(api_key="hh-key", base_url=closed_port_url(), retry_config=0) as client:
        with pytest.raises(HoneyHiveConnectionError) as info:
            await create(client, mode)
    assert not isinstance(info.value, HoneyHiveTimeoutError)
    assert "Connection failed" in info.value.message
    assert isinstance(info.value.__cause__, Exception)


async def test_a_response_slower_than_the_timeout_raises_timeout_error(
    local_server: LocalServer, mode: str
) -> None:
    assert local_server.faults is not None
    local_server.faults.script("POST /events", [Fault.delay(1.0)])
    async with HoneyHive(
        api_key=local_server.api_key, base_url=local_server.url, timeout=0.2, retry_config=0
    ) as client:
        with pytest.raises(HoneyHiveTimeoutError) as info:
            await create(client, mode)
    assert isinstance(info.value, HoneyHiveConnectionError)
    assert "timed out" in info.value.message


async def test_a_2xx_body_that_is_not_json_raises_invalid_response_error(
    local_server: LocalServer, mode: str
) -> None:
    assert local_server.faults is not None
    local_server.faults.script("POST /events", [Fault.malformed()])
    async with HoneyHive(api_key=local_server.api_key, base_url=local_server.url) as client:
        with pytest.raises(InvalidResponseError) as info:
            await create(client, mode)
    assert isinstance(info.value, HoneyHiveError)
    assert info.value.status_code == 200
    assert "not valid JSON" in info.value.message
    assert local_server.faults.count("POST /events") == 1  # a 200 is never retried


async def test_a_2xx_body_of_the_wrong_shape_raises_invalid_response_error(
    local_server: LocalServer, mode: str
) -> None:
    assert local_server.faults is not None
    local_server.faults.script("POST /events", [Fault.respond(200, body=["not", "an", "object"])])
    async with HoneyHive(api_key=local_server.api_key, base_url=local_server.url) as client:
        with pytest.raises(InvalidResponseError, match="unexpected response shape"):
            await create(client, mode)


def test_the_official_sdks_positional_project_is_ignored_with_a_warning() -> None:
    with pytest.warns(DeprecationWarning, match="project"):
        client = HoneyHive("hh_x", "my-project")
    assert client.base_url == "https://api.honeyhive.ai"
    with pytest.raises(TypeError, match="by keyword"):
        HoneyHive("hh_x", "http://127.0.0.1:9", "third")


def test_the_official_sdks_retry_config_and_base_path_read_the_settings() -> None:
    client = HoneyHive(api_key="hh_x", base_url="http://127.0.0.1:9", retry_config=5)
    assert client.retry_config.max_retries == 5
    assert client.api_config.base_path == "http://127.0.0.1:9" == client.server_url


async def test_a_call_without_any_key_names_the_missing_kind_as_1_7_0_does(mode: str) -> None:
    from honeyhive import MissingApiKeyError

    client = HoneyHive(base_url="http://127.0.0.1:9", retry_config=0)
    with pytest.raises(MissingApiKeyError, match="HH_API_KEY") as caught:
        if mode == "sync":
            client.datasets.list()
        else:
            await client.datasets.list_async()
    assert caught.value.key_kind == "project" and caught.value.status_code is None


def test_the_low_level_client_never_shows_the_key() -> None:
    from honeyhive_api.client import AuthenticatedClient

    client = HoneyHive(api_key="hh_secret_low_level", base_url="http://127.0.0.1:9")
    low = client.low_level
    assert isinstance(low, AuthenticatedClient) and low.token == "hh_secret_low_level"
    for shown in (repr(low), str(low), repr(vars(client)), repr(client.low_level_cp)):
        assert "hh_secret_low_level" not in shown, shown
    assert "http://127.0.0.1:9" in repr(low)


async def test_a_retry_after_beyond_the_cap_raises_rate_limit_error_at_once(
    local_server: LocalServer, mode: str
) -> None:
    assert local_server.faults is not None
    local_server.faults.script("POST /events", [Fault.rate_limited(retry_after="3600")])
    client = HoneyHive(api_key=local_server.api_key, base_url=local_server.url)
    before = requests(local_server)
    with pytest.raises(RateLimitError) as caught:
        await create(client, mode)
    assert caught.value.retry_after == 3600.0
    assert requests(local_server) == before + 1  # not retried
