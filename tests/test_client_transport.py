"""Transport hooks: a user's own httpx client under the retry loop, and per-request retries.

``ClientTransport`` / ``AsyncClientTransport`` send every attempt through the user's
``httpx.Client`` / ``httpx.AsyncClient``, so its hooks, auth, proxy and TLS settings see
retries too. ``MAX_RETRIES_EXTENSION`` on a request overrides the configured retries for
that request alone. Everything talks to the local server over loopback, with faults
scripted on it; async tests run under asyncio and trio.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import anyio
import httpx
import pytest
import sniffio

from honeyhive._transport import (
    MAX_RETRIES_EXTENSION,
    AsyncClientTransport,
    ClientTransport,
    RetryConfig,
    build_async_client,
    build_sync_client,
)
from honeyhive.local import LocalServer
from honeyhive.local.faults import Fault, FaultInjector

BACKENDS = ["asyncio", "trio"]
ROUTE = "POST /events"
FAST = RetryConfig(max_retries=2, initial_backoff=0.01, max_backoff=0.02, jitter=0.0)

T = TypeVar("T")


def run(backend: str, body: Callable[[], Awaitable[T]]) -> T:
    """Run ``body`` under ``backend``, after checking that it is the library running it."""

    async def checked() -> T:
        assert sniffio.current_async_library() == backend
        return await body()

    return anyio.run(checked, backend=backend)


def faults(server: LocalServer) -> FaultInjector:
    assert server.faults is not None
    return server.faults


def an_event() -> dict[str, Any]:
    return {
        "event": {
            "project": "transport-tests",
            "session_id": str(uuid.uuid4()),
            "event_type": "tool",
            "event_name": "step",
            "inputs": {},
        }
    }


def auth(server: LocalServer) -> dict[str, str]:
    return {"Authorization": f"Bearer {server.api_key}"}


# ------------------------------------------------------------------ the user's own client
def test_a_user_client_sends_every_attempt_and_stays_open(local_server: LocalServer) -> None:
    faults(local_server).script(ROUTE, [Fault.respond(503)])
    seen: list[httpx.Request] = []
    user = httpx.Client(
        headers={"X-Tenant": "t-1"},
        timeout=99.0,
        event_hooks={"request": [seen.append]},
    )
    client = build_sync_client(
        base_url=local_server.url,
        headers=auth(local_server),
        timeout=7.0,
        retry=FAST,
        inner=ClientTransport(user),
    )
    with client:
        answer = client.post("/events", json=an_event())

    assert answer.status_code == 200 and answer.json()["success"] is True
    assert faults(local_server).count(ROUTE) == 2
    assert len(seen) == 2  # the 503 and the retry both went through the user's client
    for request in seen:
        assert request.extensions["timeout"]["read"] == 7.0  # ours, not the user's 99 s
        assert request.headers["X-Tenant"] == "t-1"  # the user's default header
        assert request.headers["Authorization"] == auth(local_server)["Authorization"]
    # Closing our client leaves the user's open: it is still theirs to use.
    assert not user.is_closed
    assert user.get(f"{local_server.url}/v1/events/{uuid.uuid4()}").status_code in (401, 404)
    user.close()


def test_a_body_cut_short_through_a_user_client_is_retried(local_server: LocalServer) -> None:
    # The answer's headers arrive, then the connection drops mid-body: the body is read
    # inside the retry loop, so this is retried like any other dropped connection.
    faults(local_server).script(ROUTE, [Fault.drop()])
    with httpx.Client() as user:
        client = build_sync_client(
            base_url=local_server.url,
            headers=auth(local_server),
            retry=FAST,
            inner=ClientTransport(user),
        )
        with client:
            answer = client.post("/events", json=an_event())
        assert not user.is_closed
    assert answer.status_code == 200
    assert faults(local_server).count(ROUTE) == 2


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_user_async_client_sends_every_attempt_and_stays_open(
    local_server: LocalServer, backend: str
) -> None:
    faults(local_server).script(ROUTE, [Fault.rate_limited(retry_after=0.01), Fault.drop()])
    seen: list[str] = []

    async def hook(request: httpx.Request) -> None:
        seen.append(request.method)

    async def body() -> tuple[int, bool]:
        async with httpx.AsyncClient(event_hooks={"request": [hook]}) as user:
            client = build_async_client(
                base_url=local_server.url,
                headers=auth(local_server),
                retry=FAST,
                inner=AsyncClientTransport(user),
            )
            async with client:
                answer = await client.post("/events", json=an_event())
            return answer.status_code, user.is_closed

    status, user_closed = run(backend, body)
    assert status == 200
    assert not user_closed
    assert seen == ["POST"] * 3
    assert faults(local_server).count(ROUTE) == 3


def test_client_transports_take_only_their_kind_of_client() -> None:
    with pytest.raises(TypeError, match=r"httpx\.Client"):
        ClientTransport(httpx.AsyncClient())  # type: ignore[arg-type]
    with httpx.Client() as sync_client, pytest.raises(TypeError, match=r"httpx\.AsyncClient"):
        AsyncClientTransport(sync_client)  # type: ignore[arg-type]


# ------------------------------------------------------------------ per-request retries
def test_the_request_extension_overrides_the_configured_retries(local_server: LocalServer) -> None:
    script = faults(local_server).script
    none = RetryConfig(max_retries=0, initial_backoff=0.01, jitter=0.0)
    with build_sync_client(
        base_url=local_server.url, headers=auth(local_server), retry=none
    ) as client:
        script(ROUTE, [Fault.respond(503), Fault.respond(503)])
        more = client.post("/events", json=an_event(), extensions={MAX_RETRIES_EXTENSION: 2})
        assert more.status_code == 200
        assert faults(local_server).count(ROUTE) == 3
    faults(local_server).clear()
    with build_sync_client(
        base_url=local_server.url, headers=auth(local_server), retry=FAST
    ) as client:
        script(ROUTE, [Fault.respond(503)])
        fewer = client.post("/events", json=an_event(), extensions={MAX_RETRIES_EXTENSION: 0})
        assert fewer.status_code == 503
        assert faults(local_server).count(ROUTE) == 1


@pytest.mark.parametrize("backend", BACKENDS)
def test_the_request_extension_overrides_retries_async(
    local_server: LocalServer, backend: str
) -> None:
    faults(local_server).script(ROUTE, [Fault.respond(503)])

    async def body() -> int:
        client = build_async_client(
            base_url=local_server.url, headers=auth(local_server), retry=FAST
        )
        async with client:
            answer = await client.post(
                "/events", json=an_event(), extensions={MAX_RETRIES_EXTENSION: 0}
            )
        return answer.status_code

    assert run(backend, body) == 503
    assert faults(local_server).count(ROUTE) == 1


@pytest.mark.parametrize("value", [-1, True, 1.5, "2"])
def test_the_request_extension_must_be_a_count(local_server: LocalServer, value: Any) -> None:
    client = build_sync_client(base_url=local_server.url, headers=auth(local_server))
    with client, pytest.raises(ValueError, match="max_retries must be an int >= 0"):
        client.post("/events", json=an_event(), extensions={MAX_RETRIES_EXTENSION: value})
    assert faults(local_server).count(ROUTE) == 0
