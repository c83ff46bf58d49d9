"""The client's async paths under trio as well as asyncio (through anyio), over loopback.

Each test is a plain function that runs its body with ``anyio.run(..., backend=...)`` for
both backends, and checks inside which library is really running: pytest-asyncio (auto
mode) leaves plain functions alone, so nothing here is silently run under asyncio only, or
skipped. Every call goes to the project's local server; faults are scripted on it. Time is
never asserted: the rate limiter's schedule is read from an injected, frozen clock, and
real waits are hang guards only.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import anyio
import pytest
import sniffio

from honeyhive import HoneyHive
from honeyhive._transport import RateLimiter, RetryConfig, build_async_client, make_limits
from honeyhive.local import LocalServer
from honeyhive.local.faults import Fault
from honeyhive.resources._event_batches import BatchError

BACKENDS = ["asyncio", "trio"]
BATCH = "POST /events/batch"
FAST = RetryConfig(max_retries=2, initial_backoff=0.01, max_backoff=0.02, jitter=0.0)
HANG_GUARD = 60.0  # seconds; only ever reached when something is broken

T = TypeVar("T")


def run(backend: str, body: Callable[[], Awaitable[T]]) -> T:
    """Run ``body`` under ``backend``, after checking that it is the library running it."""

    async def checked() -> T:
        assert sniffio.current_async_library() == backend
        return await body()

    return anyio.run(checked, backend=backend)


def an_event(session_id: str, i: int = 0) -> Any:
    # Any: the facade's TypedDicts check literal events; this one is built from parameters.
    return {
        "project": "anyio-tests",
        "session_id": session_id,
        "event_type": "tool",
        "event_name": f"step-{i}",
        "inputs": {"i": i},
    }


def client_for(server: LocalServer, **options: Any) -> HoneyHive:
    # A fresh client per run: its async pool belongs to the event loop that opened it.
    options.setdefault("retry_config", FAST)
    return HoneyHive(api_key=server.api_key, base_url=server.url, **options)


def stored_ids(server: LocalServer) -> list[str]:
    """Every event_id the server stored (the store keeps an id at most once)."""
    with server.api.store.transaction(write=False) as tx:
        return [row[0] for row in tx.conn.execute("SELECT event_id FROM events")]


def faults(server: LocalServer) -> Any:
    assert server.faults is not None
    return server.faults


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_call_retried_after_503_and_429_succeeds(local_server: LocalServer, backend: str) -> None:
    # Two retries, so the retry sleep (backoff, then Retry-After) runs twice.
    faults(local_server).script(
        "POST /events", [Fault.respond(503), Fault.rate_limited(retry_after=0.01)]
    )

    async def body() -> str:
        async with client_for(local_server) as hh:
            return (await hh.events.create_async(an_event(str(uuid.uuid4())))).event_id

    event_id = run(backend, body)
    assert faults(local_server).count("POST /events") == 3
    assert stored_ids(local_server) == [event_id]


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_rate_limited_burst_through_the_client_succeeds(
    local_server: LocalServer, backend: str
) -> None:
    # Two connections for twelve concurrent calls: the in-flight gate queues them too.
    session_id = str(uuid.uuid4())
    ids: list[str] = []

    async def body() -> None:
        async with client_for(
            local_server, rate_limit_calls=4, rate_limit_window=0.01, max_connections=2
        ) as hh:

            async def one(i: int) -> None:
                ids.append((await hh.events.create_async(an_event(session_id, i))).event_id)

            async with anyio.create_task_group() as group:
                for i in range(12):
                    group.start_soon(one, i)

    run(backend, body)
    assert len(ids) == 12
    assert sorted(stored_ids(local_server)) == sorted(ids)


@pytest.mark.parametrize("backend", BACKENDS)
def test_the_rate_limiter_schedules_a_burst_by_its_clock(
    local_server: LocalServer, backend: str
) -> None:
    # A frozen clock: slot k starts (k // calls) * window after "now", whatever the real time,
    # and the limiter really waits those few milliseconds with its own (anyio) sleep.
    calls, window, total = 4, 0.005, 12
    limiter = RateLimiter(calls, window, clock=lambda: 1_000.0, sleep=must_not_block)
    statuses: list[int] = []

    async def body() -> None:
        client = build_async_client(
            base_url=local_server.url,
            headers={"Authorization": f"Bearer {local_server.api_key}"},
            retry=FAST,
            limiter=limiter,
            limits=make_limits(2),
        )
        async with client:

            async def one(i: int) -> None:
                answer = await client.post("/events", json={"event": an_event("s", i)})
                statuses.append(answer.status_code)

            async with anyio.create_task_group() as group:
                for i in range(total):
                    group.start_soon(one, i)

    run(backend, body)
    assert statuses == [200] * total
    # Every request took a slot: the next free one is total // calls windows away.
    assert limiter.reserve() == pytest.approx(total // calls * window)


def must_not_block(seconds: float) -> None:
    raise AssertionError(f"the async path slept {seconds} s on the blocking sleep")


@pytest.mark.parametrize("backend", BACKENDS)
def test_create_batch_async_sends_chunks_concurrently(
    local_server: LocalServer, backend: str
) -> None:
    session_id = str(uuid.uuid4())
    events = [an_event(session_id, i) for i in range(9)]

    async def body() -> list[str]:
        async with client_for(local_server) as hh:
            response = await hh.events.create_batch_async(events, chunk_size=2)
        return list(response.event_ids)

    ids = run(backend, body)
    assert len(ids) == 9 and len(set(ids)) == 9
    assert faults(local_server).count(BATCH) == 5  # chunks of 2, 2, 2, 2, 1
    assert sorted(stored_ids(local_server)) == sorted(ids)


@pytest.mark.parametrize("backend", BACKENDS)
def test_create_batch_async_reports_a_failed_chunk_as_batch_error(
    local_server: LocalServer, backend: str
) -> None:
    # The second chunk to arrive is refused (a 400 is not retried); the first passes.
    faults(local_server).script(BATCH, [Fault.delay(0), Fault.respond(400)])
    events = [an_event(str(uuid.uuid4()), i) for i in range(6)]

    async def body() -> BatchError:
        async with client_for(local_server) as hh:
            with pytest.raises(BatchError) as caught:
                await hh.events.create_batch_async(events, chunk_size=2)
        return caught.value

    error = run(backend, body)
    # Not an ExceptionGroup from the task group: the client's own error, with exact ids.
    assert len(error.failed_event_ids) >= 2
    assert len(error.stored_event_ids) + len(error.failed_event_ids) == 6
    assert sorted(stored_ids(local_server)) == sorted(error.stored_event_ids)


@pytest.mark.parametrize("backend", BACKENDS)
def test_logger_async_adds_flushes_and_closes(local_server: LocalServer, backend: str) -> None:
    session_id = str(uuid.uuid4())

    async def body() -> tuple[list[str], int]:
        with client_for(local_server) as hh:
            log = await hh.events.logger_async(batch_size=5)
            async with log:
                ids = [await log.add(an_event(session_id, i)) for i in range(12)]
                ids.append(log.add_nowait(an_event(session_id, 12)))
                assert await log.flush(timeout=HANG_GUARD)
                sent = log.stats.sent
            assert log.closed
        return ids, sent

    ids, sent = run(backend, body)
    assert sent == 13
    assert sorted(stored_ids(local_server)) == sorted(ids)


class FakeClock:
    """Monotonic seconds that move only when a test says so."""

    def __init__(self) -> None:
        self.now = 1_000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.mark.parametrize("backend", BACKENDS)
def test_logger_async_waits_for_room_in_a_thread(local_server: LocalServer, backend: str) -> None:
    # The batch fails (503) and its resend is due only when the fake clock moves, so the
    # queue stays full and the fourth add() must wait for room off the loop.
    faults(local_server).script(BATCH, [Fault.respond(503)], repeat=True)
    clock = FakeClock()
    session_id = str(uuid.uuid4())

    async def body() -> tuple[list[str], str]:
        with client_for(local_server, retry_config=0) as hh:
            log = await hh.events.logger_async(
                max_queue=3, full_policy="block", block_timeout=None, batch_size=3, clock=clock
            )
            first = [await log.add(an_event(session_id, i)) for i in range(3)]
            deadline = time.monotonic() + HANG_GUARD
            while log.stats.last_error is None:  # the batch failed: the queue stays full
                assert time.monotonic() < deadline
                await anyio.sleep(0.005)
            late: list[str] = []
            ticks = 0

            async def waiting_add() -> None:
                late.append(await log.add(an_event(session_id, 3)))

            with anyio.fail_after(HANG_GUARD):
                async with anyio.create_task_group() as group:
                    group.start_soon(waiting_add)
                    for _ in range(20):  # the loop runs on while add() waits for room
                        ticks += 1
                        await anyio.sleep(0)
                    assert not late
                    faults(local_server).clear()
                    clock.advance(60.0)  # the resend is due, succeeds, and makes room
            assert ticks == 20
            assert await log.close(timeout=HANG_GUARD)
        return first, late[0]

    first, late = run(backend, body)
    assert sorted(stored_ids(local_server)) == sorted([*first, late])
