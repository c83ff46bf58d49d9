"""The retrying, rate-limiting, logging transport and the fault-injecting middleware.

Every retry test talks to a real uvicorn server on loopback whose Starlette app stores what
it receives, wrapped by FaultInjector; the injector's request log says how many attempts
the server saw. Sync and async paths run the same scenario (``mode`` parameter).
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import re
import threading
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from _sockets import closed_port_url, run_asgi
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from honeyhive._transport import (
    DEFAULT_MAX_CONNECTIONS,
    DEFAULT_MAX_KEEPALIVE,
    DEFAULT_TIMEOUT,
    AsyncRetryTransport,
    RateLimiter,
    RetryConfig,
    RetryTransport,
    _proxy_from_env,
    build_async_client,
    build_sync_client,
    make_limits,
    make_timeout,
    redact,
)
from honeyhive.errors import HoneyHiveConnectionError, HoneyHiveTimeoutError, error_from_transport
from honeyhive.local.faults import Fault, FaultInjector, http_date

API_KEY = "hh_secret_KEY_123"
FAST = RetryConfig(max_retries=2, initial_backoff=0.01, max_backoff=0.05, jitter=0.0)
MODES = ["sync", "async"]


# -- the server ---------------------------------------------------------------------------


@dataclass
class Server:
    url: str
    injector: FaultInjector
    store: list[Any]

    def wait_for_store(self, size: int, timeout: float = 2.0) -> None:
        deadline = time.monotonic() + timeout
        while len(self.store) < size and time.monotonic() < deadline:
            time.sleep(0.01)


def make_app(store: list[Any]) -> Starlette:
    async def create_event(request: Request) -> JSONResponse:
        store.append(await request.json())
        return JSONResponse({"success": True, "stored": len(store)})

    async def list_events(request: Request) -> JSONResponse:
        return JSONResponse({"events": store})

    return Starlette(
        routes=[
            Route("/events", create_event, methods=["POST"]),
            Route("/events", list_events, methods=["GET"]),
        ]
    )


@pytest.fixture(scope="module")
def server_instance() -> Iterator[Server]:
    store: list[Any] = []
    injector = FaultInjector(make_app(store), admin=True)
    with run_asgi(injector) as url:
        yield Server(url, injector, store)


@pytest.fixture
def server(server_instance: Server) -> Server:
    server_instance.injector.clear()
    server_instance.store.clear()
    return server_instance


# -- helpers --------------------------------------------------------------------------------


class Waits:
    """Records the waits the transport asks for; sleeps for real unless ``real=False``."""

    def __init__(self, *, real: bool = True) -> None:
        self.seen: list[float] = []
        self.real = real

    def sync(self, seconds: float) -> None:
        self.seen.append(seconds)
        if self.real:
            time.sleep(seconds)

    async def async_(self, seconds: float) -> None:
        self.seen.append(seconds)
        if self.real:
            await asyncio.sleep(seconds)


def call(
    mode: str,
    url: str,
    method: str = "POST",
    path: str = "/events",
    *,
    retry: RetryConfig = FAST,
    waits: Waits | None = None,
    timeout: float = 5.0,
    json: Any = None,
) -> httpx.Response:
    """Send one request through RetryTransport (sync) or AsyncRetryTransport (async)."""
    sleeper = waits if waits is not None else Waits()
    if json is None and method == "POST":
        json = {"event_type": "model", "inputs": {}}
    if mode == "sync":
        transport = RetryTransport(retry=retry, sleep=sleeper.sync)
        with httpx.Client(base_url=url, transport=transport, timeout=timeout) as client:
            return client.request(method, path, json=json)

    async def run() -> httpx.Response:
        transport = AsyncRetryTransport(retry=retry, sleep=sleeper.async_)
        async with httpx.AsyncClient(base_url=url, transport=transport, timeout=timeout) as c:
            return await c.request(method, path, json=json)

    return asyncio.run(run())


def arrival_gaps(server: Server) -> list[float]:
    times = [r.time for r in server.injector.requests]
    return [b - a for a, b in itertools.pairwise(times)]


# -- retries --------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_retry_honours_retry_after_seconds(server: Server, mode: str) -> None:
    server.injector.script("POST /events", [Fault.rate_limited(retry_after="0.2")])
    waits = Waits()

    response = call(mode, server.url, waits=waits)

    assert response.status_code == 200
    assert waits.seen == [0.2]
    assert server.injector.count("POST /events") == 2
    assert arrival_gaps(server)[0] >= 0.19
    assert len(server.store) == 1  # the 429 never reached the app


@pytest.mark.parametrize("mode", MODES)
def test_retry_honours_retry_after_ms(server: Server, mode: str) -> None:
    server.injector.script(None, [Fault.respond(429, headers={"retry-after-ms": "150"})])
    waits = Waits(real=False)

    response = call(mode, server.url, waits=waits)

    assert response.status_code == 200
    assert waits.seen == [0.15]


@pytest.mark.parametrize("mode", MODES)
def test_retry_honours_retry_after_http_date(server: Server, mode: str) -> None:
    server.injector.script("/events", [Fault.rate_limited(retry_after=http_date(30))])
    waits = Waits(real=False)

    response = call(mode, server.url, waits=waits)

    assert response.status_code == 200
    assert server.injector.count() == 2
    # HTTP dates have one-second resolution and the clock moved on a little.
    assert len(waits.seen) == 1
    assert 28.0 <= waits.seen[0] <= 30.0


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("retry_after", ["3600", http_date(3600)])
def test_retry_after_beyond_max_retry_after_returns_the_429_at_once(
    server: Server, mode: str, retry_after: str
) -> None:
    # Retrying sooner than the server asked would be refused again; waiting an hour blocks
    # the caller: the 429 comes back now (the client raises RateLimitError with retry_after).
    server.injector.script("/events", [Fault.rate_limited(retry_after=retry_after)])
    waits = Waits(real=False)
    retry = RetryConfig(initial_backoff=0.01, max_retry_after=60.0)

    response = call(mode, server.url, retry=retry, waits=waits)

    assert response.status_code == 429
    assert waits.seen == []
    assert server.injector.count() == 1


@pytest.mark.parametrize("mode", MODES)
def test_retry_after_within_max_retry_after_is_waited(server: Server, mode: str) -> None:
    server.injector.script("/events", [Fault.rate_limited(retry_after="60")])
    waits = Waits(real=False)
    retry = RetryConfig(initial_backoff=0.01, max_retry_after=60.0)

    response = call(mode, server.url, retry=retry, waits=waits)

    assert response.status_code == 200
    assert waits.seen == [60.0]


@pytest.mark.parametrize("mode", MODES)
def test_503_twice_then_200_succeeds_after_exponential_backoff(server: Server, mode: str) -> None:
    server.injector.script("POST /events", [Fault.respond(503), Fault.respond(503)])
    waits = Waits()

    response = call(mode, server.url, waits=waits)

    assert response.status_code == 200
    assert response.json() == {"success": True, "stored": 1}
    assert waits.seen == [0.01, 0.02]
    assert server.injector.count("POST /events") == 3
    assert [r.fault.status if r.fault else None for r in server.injector.requests] == [
        503,
        503,
        None,
    ]


@pytest.mark.parametrize("mode", MODES)
def test_dropped_connection_after_store_is_retried_and_resent(server: Server, mode: str) -> None:
    server.injector.script("POST /events", [Fault.drop()])
    event = {"event_type": "tool", "inputs": {"n": 1}}

    response = call(mode, server.url, json=event)

    assert response.status_code == 200
    assert server.injector.count("POST /events") == 2
    # The app stored the first copy before the connection was cut; the retry stored it
    # again. De-duplicating by client-chosen ids is the facade's job, not this layer's.
    assert server.store == [event, event]


@pytest.mark.parametrize("mode", MODES)
def test_drop_before_app_is_retried_and_stored_once(server: Server, mode: str) -> None:
    server.injector.script("POST /events", [Fault.drop_before()])

    response = call(mode, server.url)

    assert response.status_code == 200
    assert server.injector.count() == 2
    assert len(server.store) == 1


@pytest.mark.parametrize("mode", MODES)
def test_drop_on_every_attempt_raises_remote_protocol_error(server: Server, mode: str) -> None:
    server.injector.script("POST /events", [Fault.drop_before()], repeat=True)

    with pytest.raises(httpx.RemoteProtocolError) as caught:
        call(mode, server.url)

    assert server.injector.count() == 3
    assert type(error_from_transport(caught.value)) is HoneyHiveConnectionError


@pytest.mark.parametrize("mode", MODES)
def test_response_slower_than_timeout_is_retried_then_raises_timeout(
    server: Server, mode: str
) -> None:
    server.injector.script("POST /events", [Fault.delay(0.5)], repeat=True)
    retry = RetryConfig(max_retries=1, initial_backoff=0.01, jitter=0.0)
    waits = Waits()

    with pytest.raises(httpx.ReadTimeout) as caught:
        call(mode, server.url, retry=retry, waits=waits, timeout=0.15)

    assert server.injector.count("POST /events") == 2
    assert waits.seen == [0.01]
    assert isinstance(error_from_transport(caught.value), HoneyHiveTimeoutError)
    # The server finishes both slow requests after the client gave up: a timeout does not
    # mean "not stored".
    server.wait_for_store(2)
    assert len(server.store) == 2


@pytest.mark.parametrize("mode", MODES)
def test_malformed_json_passes_through_as_200_without_retry(server: Server, mode: str) -> None:
    server.injector.script("POST /events", [Fault.malformed()])

    response = call(mode, server.url)

    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    with pytest.raises(ValueError):
        response.json()
    assert server.injector.count() == 1


@pytest.mark.parametrize("mode", MODES)
def test_401_is_not_retried(server: Server, mode: str) -> None:
    server.injector.script(None, [Fault.respond(401, body={"message": "Invalid API key"})])
    waits = Waits()

    response = call(mode, server.url, waits=waits)

    assert response.status_code == 401
    assert response.json() == {"message": "Invalid API key"}
    assert waits.seen == []
    assert server.injector.count() == 1


@pytest.mark.parametrize("mode", MODES)
def test_500_until_retries_run_out_returns_last_response(server: Server, mode: str) -> None:
    server.injector.script("POST /events", [Fault.respond(500)], repeat=True)
    waits = Waits()

    response = call(mode, server.url, waits=waits)

    assert response.status_code == 500
    assert response.json()["errorCode"] == "INJECTED_FAULT"
    assert server.injector.count("POST /events") == 1 + FAST.max_retries
    assert waits.seen == [0.01, 0.02]
    assert server.store == []


@pytest.mark.parametrize("mode", MODES)
def test_connection_refused_raises_connect_error_after_retries(mode: str) -> None:
    waits = Waits()

    with pytest.raises(httpx.ConnectError):
        call(mode, closed_port_url(), waits=waits)

    assert waits.seen == [0.01, 0.02]  # three attempts, two waits


@pytest.mark.parametrize("mode", MODES)
def test_max_retries_zero_sends_once(server: Server, mode: str) -> None:
    server.injector.script(None, [Fault.respond(503)], repeat=True)

    response = call(mode, server.url, retry=RetryConfig.coerce(0))

    assert response.status_code == 503
    assert server.injector.count() == 1


def test_streamed_request_body_is_resent_whole_on_retry(server: Server) -> None:
    server.injector.script("POST /events", [Fault.respond(502)])

    def body() -> Iterator[bytes]:
        yield b'{"event_type": "chain",'
        yield b' "inputs": {}}'

    with httpx.Client(base_url=server.url, transport=RetryTransport(retry=FAST)) as client:
        response = client.post(
            "/events", content=body(), headers={"content-type": "application/json"}
        )

    assert response.status_code == 200
    assert server.store == [{"event_type": "chain", "inputs": {}}]
    assert server.injector.count() == 2


async def test_streamed_request_body_is_resent_whole_on_retry_async(server: Server) -> None:
    server.injector.script("POST /events", [Fault.respond(502)])

    async def body() -> AsyncIterator[bytes]:
        yield b'{"event_type": "chain",'
        yield b' "inputs": {}}'

    transport = AsyncRetryTransport(retry=FAST)
    async with httpx.AsyncClient(base_url=server.url, transport=transport) as client:
        response = await client.post(
            "/events", content=body(), headers={"content-type": "application/json"}
        )

    assert response.status_code == 200
    assert server.store == [{"event_type": "chain", "inputs": {}}]


async def test_in_process_transport_gets_the_same_retries() -> None:
    # test_mode hands an in-process transport as ``inner``; faults must behave the same.
    store: list[Any] = []
    injector = FaultInjector(make_app(store))
    injector.script("POST /events", [Fault.respond(503), Fault.drop()])
    client = build_async_client(
        base_url="http://honeyhive.local",
        retry=FAST,
        inner=httpx.ASGITransport(app=injector),
    )
    async with client:
        response = await client.post("/events", json={"event_type": "model", "inputs": {}})

    assert response.status_code == 200
    assert injector.count() == 3
    assert len(store) == 2  # the dropped attempt had already been stored


# -- rate limiting ---------------------------------------------------------------------------


class FrozenTime:
    """A clock that stands still, and sleeps that only record: the limiter's schedule is
    checked exactly, with no wall-clock assertion (CI machines are busy)."""

    def __init__(self) -> None:
        self.slept: list[float] = []
        self._lock = threading.Lock()

    def clock(self) -> float:
        return 1000.0

    def sleep(self, seconds: float) -> None:
        with self._lock:
            self.slept.append(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)
        await asyncio.sleep(0)  # a real await point, as asyncio.sleep would give


def must_not_block(seconds: float) -> None:
    raise AssertionError(f"the async path slept {seconds} s on the blocking sleep")


def assert_sliding_window(waits: list[float], calls: int, window: float, total: int) -> None:
    """Every request started at clock + wait: any ``calls + 1`` of them span >= ``window``."""
    starts = sorted(waits)
    assert len(starts) == total
    assert starts[:calls] == [0.0] * calls
    # 1e-9: float rounding of the summed slots (0.3 + 0.3 + 0.3), not timing slack.
    assert all(starts[i + calls] - starts[i] >= window - 1e-9 for i in range(total - calls))
    rounds = -(-total // calls) - 1
    assert starts[-1] == pytest.approx(rounds * window)


def test_rate_limiter_enforces_calls_per_window_across_threads(server: Server) -> None:
    time_ = FrozenTime()
    limiter = RateLimiter(calls=5, window=0.3, clock=time_.clock, sleep=time_.sleep)
    client = build_sync_client(base_url=server.url, retry=FAST, limiter=limiter)
    statuses: list[int] = []
    lock = threading.Lock()

    def worker() -> None:
        for _ in range(2):
            status = client.post("/events", json={"event_type": "tool", "inputs": {}}).status_code
            with lock:
                statuses.append(status)

    with client:
        threads = [threading.Thread(target=worker) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

    assert statuses == [200] * 16
    assert len(server.injector.requests) == 16
    # Each request waited for its slot (the first five at once) before it was sent.
    assert_sliding_window([0.0] * (16 - len(time_.slept)) + time_.slept, 5, 0.3, 16)


async def test_rate_limiter_enforces_calls_per_window_across_tasks(server: Server) -> None:
    time_ = FrozenTime()
    limiter = RateLimiter(
        calls=10,
        window=0.2,
        clock=time_.clock,
        sleep=must_not_block,
        async_sleep=time_.async_sleep,
    )
    client = build_async_client(base_url=server.url, retry=FAST, limiter=limiter)

    async with client:
        responses = await asyncio.gather(
            *(client.post("/events", json={"event_type": "tool", "inputs": {}}) for _ in range(50))
        )

    assert [r.status_code for r in responses] == [200] * 50
    assert len(server.injector.requests) == 50
    # Waits went through the awaitable sleep (the loop stays free), never the blocking one.
    assert_sliding_window([0.0] * (50 - len(time_.slept)) + time_.slept, 10, 0.2, 50)


def test_rate_limiter_reserves_slots_one_window_apart() -> None:
    limiter = RateLimiter(calls=2, window=10.0)

    waits = [limiter.reserve() for _ in range(5)]

    assert waits[:2] == [0.0, 0.0]
    assert [round(w) for w in waits[2:]] == [10, 10, 20]


def test_rate_limiter_without_limits_never_waits() -> None:
    limiter = RateLimiter()

    assert limiter.unlimited
    assert [limiter.acquire() for _ in range(1000)] == [0.0] * 1000


def test_rate_limiter_given_calls_alone_counts_per_minute() -> None:
    assert RateLimiter(calls=100).window == 60.0


@pytest.mark.parametrize(
    ("calls", "window"), [(0, 1.0), (-1, 1.0), (True, 1.0), (5, 0), (5, -1.0), (5, float("inf"))]
)
def test_rate_limiter_rejects_nonsense(calls: Any, window: Any) -> None:
    with pytest.raises((ValueError, TypeError)):
        RateLimiter(calls, window)


# -- logging -----------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_verbose_logging_shows_attempts_and_waits_without_the_api_key(
    server: Server, mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="honeyhive")
    server.injector.script("POST /events", [Fault.respond(503)])
    settings: dict[str, Any] = {
        "base_url": server.url,
        "headers": {"Authorization": f"Bearer {API_KEY}"},
        "retry": FAST,
        "limiter": RateLimiter(calls=1, window=0.05),
        "verbose": True,
        "secrets": (API_KEY,),
    }
    # A key that ends up in a URL (a user's own query parameter) must not be logged either.
    path = f"/events?api_key={API_KEY}"
    body = {"event_type": "model", "inputs": {}}
    if mode == "sync":
        with build_sync_client(**settings) as client:
            response = client.post(path, json=body)
    else:

        async def run() -> httpx.Response:
            async with build_async_client(**settings) as client:
                return await client.post(path, json=body)

        response = asyncio.run(run())

    assert response.status_code == 200
    lines = [r.getMessage() for r in caplog.records if r.name == "honeyhive"]
    attempts = [line for line in lines if "attempt" in line]
    assert len(attempts) == 2
    assert "POST" in attempts[0] and "-> 503 in" in attempts[0]
    assert "(attempt 1/3); retrying in 0.010 s" in attempts[0]
    assert "-> 200 in" in attempts[1] and "(attempt 2/3)" in attempts[1]
    assert any(line.startswith("rate limit: waited") for line in lines)
    assert "[REDACTED]" in attempts[0]
    assert API_KEY not in caplog.text
    assert all(API_KEY not in line for line in lines)


def test_quiet_client_logs_nothing(server: Server, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="honeyhive")
    server.injector.script("POST /events", [Fault.respond(503)])

    with build_sync_client(base_url=server.url, retry=FAST, verbose=False) as client:
        response = client.post("/events", json={"event_type": "model", "inputs": {}})

    assert response.status_code == 200
    assert [r for r in caplog.records if r.name == "honeyhive"] == []


def test_exhausted_retries_log_giving_up(server: Server, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="honeyhive")
    server.injector.script(None, [Fault.respond(500)], repeat=True)

    with build_sync_client(base_url=server.url, retry=FAST, verbose=True) as client:
        client.get("/events")

    assert "(attempt 3/3); giving up after 3 attempts" in caplog.text


def test_redact_replaces_every_secret_longest_first() -> None:
    text = f"Authorization: Bearer {API_KEY}; again {API_KEY}; empty ''"

    redacted = redact(text, ["", API_KEY, f"Bearer {API_KEY}"])

    assert redacted == "Authorization: [REDACTED]; again [REDACTED]; empty ''"


# -- configuration ---------------------------------------------------------------------------


def test_retry_config_defaults() -> None:
    config = RetryConfig()

    assert (config.max_retries, config.initial_backoff, config.max_backoff) == (2, 0.5, 8.0)
    assert (config.jitter, config.max_retry_after) == (0.25, 60.0)
    assert config.retry_statuses == frozenset({408, 429, 500, 502, 503, 504})


@pytest.mark.parametrize(
    ("value", "env", "expected"),
    [
        (None, {}, 2),
        (None, {"HH_MAX_RETRIES": "5"}, 5),
        (None, {"HH_MAX_RETRIES": " 0 "}, 0),
        (None, {"HH_MAX_RETRIES": ""}, 2),
        (0, {"HH_MAX_RETRIES": "5"}, 0),
        (4, {}, 4),
        ({"max_retries": 7, "initial_backoff": 0.1}, {}, 7),
    ],
)
def test_retry_config_coerce_accepts(value: Any, env: dict[str, str], expected: int) -> None:
    assert RetryConfig.coerce(value, env=env).max_retries == expected


def test_retry_config_coerce_keeps_a_config_and_mapping_fields() -> None:
    config = RetryConfig(max_retries=3)

    assert RetryConfig.coerce(config) is config
    coerced = RetryConfig.coerce({"retry_statuses": [429, 503], "jitter": 0})
    assert coerced.retry_statuses == frozenset({429, 503})
    assert coerced.jitter == 0


@pytest.mark.parametrize(
    ("value", "env", "error", "match"),
    [
        (None, {"HH_MAX_RETRIES": "many"}, ValueError, "HH_MAX_RETRIES"),
        (None, {"HH_MAX_RETRIES": "-1"}, ValueError, "HH_MAX_RETRIES"),
        (-1, {}, ValueError, "max_retries must be >= 0"),
        (True, {}, TypeError, "not a bool"),
        ("3", {}, TypeError, "not str"),
        (2.5, {}, TypeError, "not float"),
        ({"retries": 3}, {}, TypeError, "unknown retry_config keys"),
        ({"jitter": 2}, {}, ValueError, "jitter"),
        ({"initial_backoff": -1}, {}, ValueError, "initial_backoff"),
        ({"retry_statuses": [700]}, {}, ValueError, "retry_statuses"),
        ({"max_retries": "2"}, {}, TypeError, "max_retries"),
    ],
)
def test_retry_config_coerce_rejects(
    value: Any, env: dict[str, str], error: type[Exception], match: str
) -> None:
    with pytest.raises(error, match=match):
        RetryConfig.coerce(value, env=env)


def test_backoff_is_exponential_capped_and_jittered_downwards() -> None:
    config = RetryConfig(initial_backoff=0.5, max_backoff=8.0, jitter=0.25)

    assert [config.backoff(n, 0.0) for n in range(1, 7)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    assert config.backoff(1, 0.999) == pytest.approx(0.5 * 0.75, rel=1e-3)
    assert config.delay(3, 1.5, 0.9) == 1.5  # the server's hint wins over backoff
    assert config.delay(3, 60.0, 0.9) == 60.0
    assert config.delay(3, 600.0, 0.9) is None  # beyond max_retry_after: no retry


def test_make_timeout() -> None:
    assert make_timeout(None) is DEFAULT_TIMEOUT
    assert (DEFAULT_TIMEOUT.connect, DEFAULT_TIMEOUT.read) == (5.0, 30.0)
    assert make_timeout(120) == httpx.Timeout(120.0, connect=5.0)
    assert make_timeout(2.0) == httpx.Timeout(2.0, connect=2.0)
    custom = httpx.Timeout(1.0)
    assert make_timeout(custom) is custom
    with pytest.raises(ValueError):
        make_timeout(0)
    with pytest.raises(TypeError):
        make_timeout("5")  # type: ignore[arg-type]


def test_make_limits() -> None:
    assert make_limits(None, None) == httpx.Limits(
        max_connections=DEFAULT_MAX_CONNECTIONS, max_keepalive_connections=DEFAULT_MAX_KEEPALIVE
    )
    assert make_limits(50, 10) == httpx.Limits(max_connections=50, max_keepalive_connections=10)
    assert make_limits(5, 10).max_keepalive_connections == 5
    with pytest.raises(ValueError):
        make_limits(0, 1)
    with pytest.raises(ValueError):
        make_limits(10, -1)


def test_build_sync_client_applies_timeout_and_headers(server: Server) -> None:
    client = build_sync_client(
        base_url=server.url, headers={"Authorization": f"Bearer {API_KEY}"}, timeout=12.0
    )
    with client:
        response = client.get("/events")

    assert response.status_code == 200
    assert client.timeout == httpx.Timeout(12.0, connect=5.0)
    assert response.request.headers["authorization"] == f"Bearer {API_KEY}"


def test_proxy_settings_from_the_environment_are_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy", "NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("https_proxy", "http://proxy.internal:3128")
    monkeypatch.setenv("no_proxy", "skip.example")

    assert _proxy_from_env("https://api.honeyhive.ai") == "http://proxy.internal:3128"
    assert _proxy_from_env("https://skip.example") is None
    assert _proxy_from_env("http://127.0.0.1:8080") is None


# -- the fault injector ----------------------------------------------------------------------


def test_fault_script_matches_method_and_glob(server: Server) -> None:
    server.injector.script("GET /ev*", [Fault.respond(418)])

    with httpx.Client(base_url=server.url) as client:
        posted = client.post("/events", json={"event_type": "model", "inputs": {}})
        fetched = client.get("/events")
        again = client.get("/events")

    assert (posted.status_code, fetched.status_code, again.status_code) == (200, 418, 200)
    assert server.injector.count("GET /events") == 2
    assert server.injector.count("POST /events") == 1
    assert server.injector.count("/ev*") == 3


def test_repeat_script_loops_until_cleared(server: Server) -> None:
    server.injector.script(None, [Fault.respond(500), Fault.respond(502)], repeat=True)

    with httpx.Client(base_url=server.url) as client:
        codes = [client.get("/events").status_code for _ in range(5)]
        server.injector.clear()
        after = client.get("/events").status_code

    assert codes == [500, 502, 500, 502, 500]
    assert after == 200
    assert server.injector.count() == 1  # clear() also emptied the request log


def test_admin_endpoint_scripts_faults_and_reports_requests(server: Server) -> None:
    with httpx.Client(base_url=server.url) as client:
        scripted = client.post(
            "/_admin/faults",
            json={
                "route": "POST /events",
                "faults": [{"kind": "status", "status": 429, "headers": {"Retry-After": "1"}}],
            },
        )
        limited = client.post("/events", json={"event_type": "model", "inputs": {}})
        passed = client.post("/events", json={"event_type": "model", "inputs": {}})
        log = client.get("/_admin/requests").json()
        client.post("/_admin/faults", json={"route": None, "faults": [{"kind": "malformed"}]})
        cleared = client.delete("/_admin/faults")
        after = client.get("/events")

    assert scripted.status_code == 201
    assert limited.status_code == 429
    assert limited.headers["retry-after"] == "1"
    assert passed.status_code == 200
    assert log["count"] == 2
    assert log["requests"][0]["fault"]["status"] == 429
    assert log["requests"][1]["fault"] is None
    assert cleared.status_code == 200
    assert after.status_code == 200
    assert server.injector.count() == 3  # admin calls are not logged


@pytest.mark.parametrize(
    ("payload", "match"),
    [
        (b"not json", "body is not JSON"),
        (b"[]", "expected an object"),
        (b'{"faults": []}', "non-empty list"),
        (b'{"faults": [{"kind": "explode"}]}', "faults\\[0\\]: fault kind must be one of"),
        (b'{"faults": [{"kind": "status", "status": 99}]}', "between 100 and 599"),
        (b'{"faults": [{"status": 500}]}', "needs a 'kind'"),
        (b'{"faults": [{"kind": "delay", "seconds": -1}]}', "seconds"),
        (b'{"faults": [{"kind": "drop"}], "repeat": "yes"}', "'repeat' must be"),
        (b'{"route": 5, "faults": [{"kind": "drop"}]}', "'route' must be"),
        (b'{"route": "GET POST /x", "faults": [{"kind": "drop"}]}', "route must be"),
        (b'{"faults": [{"kind": "drop"}], "extra": 1}', "unknown fields"),
    ],
)
def test_admin_endpoint_rejects_invalid_scripts_with_400(
    server: Server, payload: bytes, match: str
) -> None:
    with httpx.Client(base_url=server.url) as client:
        response = client.post("/_admin/faults", content=payload)
        scripts = client.get("/_admin/faults").json()["scripts"]

    assert response.status_code == 400
    assert response.json()["message"].startswith("Invalid fault script: ")
    assert re.search(match, response.json()["message"])
    assert scripts == []


def test_admin_paths_pass_through_when_admin_is_disabled() -> None:
    store: list[Any] = []
    injector = FaultInjector(make_app(store))

    with run_asgi(injector) as url, httpx.Client(base_url=url) as client:
        response = client.post("/_admin/faults", json={"faults": [{"kind": "drop"}]})

    assert response.status_code == 404
    assert injector.count("/_admin/faults") == 1  # it was an ordinary request to the app


def test_fault_validation_and_round_trip() -> None:
    fault = Fault.respond(429, headers={"Retry-After": "2"}, body={"message": "slow down"})

    assert Fault.from_dict(fault.to_dict()) == fault
    assert Fault.from_dict({"kind": "malformed"}) == Fault.malformed()
    with pytest.raises(ValueError):
        Fault("status", status=1000)
    with pytest.raises(ValueError):
        Fault("delay", seconds=float("nan"))
    with pytest.raises(ValueError):
        Fault.from_dict({"kind": "status", "headers": {"Retry-After": 1}})


async def test_async_transport_keeps_at_most_max_connections_requests_in_flight() -> None:
    in_flight = 0
    peak = 0

    async def slow(request: Request) -> JSONResponse:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(0.02)
        in_flight -= 1
        return JSONResponse({"ok": True})

    app = Starlette(routes=[Route("/slow", slow, methods=["GET"])])
    with run_asgi(app) as url:
        # The inner pool would allow 100: only the transport's own queue can hold it to 4.
        inner = httpx.AsyncHTTPTransport(limits=make_limits(100, 100))
        transport = AsyncRetryTransport(inner, retry=FAST, limits=make_limits(4, 4))
        async with httpx.AsyncClient(base_url=url, transport=transport) as client:
            answers = await asyncio.gather(*(client.get("/slow") for _ in range(40)))
    assert [a.status_code for a in answers] == [200] * 40
    assert 1 < peak <= 4
