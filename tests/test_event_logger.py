"""``client.events.logger()``: events queued without waiting, sent by a thread, never lost.

Every test talks to a real local server over loopback and checks what it stored (its SQLite
store, where an ``event_id`` is unique). Time is never asserted: a test's clock is a
``FakeClock`` it moves by hand, and real-time waits are only hang guards (``wait_until``).
Process-level behaviour (SIGKILL, interpreter exit, fork) runs in child interpreters.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from _sockets import closed_port_url, run_asgi

from honeyhive import HoneyHive
from honeyhive.local import LocalServer
from honeyhive.local.faults import Fault
from honeyhive.models import PostEventRequest
from honeyhive.resources.events import AsyncEventLogger, EventLogger

ROOT = Path(__file__).resolve().parent.parent
BATCH = "POST /events/batch"
HANG_GUARD = 60.0  # seconds; only ever reached when something is broken


class FakeClock:
    """Monotonic seconds that move only when a test says so."""

    def __init__(self) -> None:
        self.now = 1_000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def wait_until(condition: Callable[[], bool], what: str) -> None:
    """Wait for ``condition``; the deadline is a hang guard, not a timing assertion."""
    deadline = time.monotonic() + HANG_GUARD
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"still waiting for: {what}")
        time.sleep(0.005)


def an_event(i: int, name: str = "step", **fields: Any) -> dict[str, Any]:
    return {
        "project": "logger-tests",
        "event_type": "tool",
        "event_name": f"{name}-{i}",
        "inputs": {"i": i},
        **fields,
    }


def stored(server: LocalServer) -> list[str]:
    """Every event_id the server stored (the store keeps an id at most once)."""
    with server.api.store.transaction(write=False) as tx:
        return [row[0] for row in tx.conn.execute("SELECT event_id FROM events")]


def client_for(url: str, key: str, retries: int = 0) -> HoneyHive:
    # Few, short transport retries: the logger's own resends are what these tests exercise.
    return HoneyHive(
        api_key=key, base_url=url, retry_config={"max_retries": retries, "initial_backoff": 0.01}
    )


@pytest.fixture
def client(local_server: LocalServer) -> Iterator[HoneyHive]:
    with client_for(local_server.url, local_server.api_key) as hh:
        yield hh


class Received:
    """ASGI middleware counting every event id posted to the batch route (duplicates too)."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.ids: Counter[str] = Counter()

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["path"] != "/events/batch":
            await self.app(scope, receive, send)
            return
        chunks, more = [], True
        while more:
            message = await receive()
            chunks.append(message.get("body", b""))
            more = message.get("more_body", False)
        raw = b"".join(chunks)
        self.ids.update(e["event_id"] for e in json.loads(raw)["events"])
        replayed = False

        async def replay() -> Any:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": raw, "more_body": False}

        await self.app(scope, replay, send)


def run_script(source: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(source), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=HANG_GUARD * 2,
    )


# ------------------------------------------------------------------ add() and its checks
def test_added_events_are_stored_once_with_the_ids_add_returned(
    local_server: LocalServer, client: HoneyHive
) -> None:
    with client.events.logger(batch_size=7) as log:
        ids = [log.add(an_event(i)) for i in range(50)]
        assert log.flush(timeout=HANG_GUARD)
        stats = log.stats
    assert sorted(stored(local_server)) == sorted(ids)
    assert len(set(ids)) == 50
    assert (stats.sent, stats.queued, stats.dropped, stats.last_error) == (50, 0, 0, None)


def test_add_checks_events_as_create_does_and_raises_in_the_caller(client: HoneyHive) -> None:
    with client.events.logger() as log:
        log.add(an_event(0))  # the shape of a good event is now remembered
        with pytest.raises(ValueError, match="event_type"):
            log.add(an_event(1, event_type="llm"))  # same shape, unknown type
        with pytest.raises(ValueError, match="event_type"):
            log.add({k: v for k, v in an_event(2).items() if k != "event_type"})
        with pytest.raises(ValueError, match="inputs"):
            log.add({k: v for k, v in an_event(3).items() if k != "inputs"})
        with pytest.raises(TypeError, match="event_name"):
            log.add(an_event(4, event_name=12))
        with pytest.raises(TypeError, match="children_ids"):
            log.add(an_event(5, children_ids=[1]))
        with pytest.raises(ValueError, match="unknown keys"):
            log.add({"event": an_event(6), "extra": 1})
        with pytest.raises(TypeError):
            log.add("not an event")
        assert log.stats.queued <= 1  # nothing bad was queued
        assert log.flush(timeout=HANG_GUARD)
        assert log.stats.sent == 1


def test_add_takes_both_forms_keeps_given_ids_and_never_mutates_the_event(
    local_server: LocalServer, client: HoneyHive
) -> None:
    given = "0b7e1f3a-9c2d-4e5f-8a6b-7c8d9e0f1a2b"
    flat = an_event(0)
    before = dict(flat)
    with client.events.logger() as log:
        first = log.add(flat)
        second = log.add(flat)  # reusing a dict logs a second event
        wrapped = log.add({"event": an_event(1)})
        model = log.add(PostEventRequest.from_dict(an_event(2)))
        kept = log.add(an_event(3, event_id=given, error=None))
        assert log.flush(timeout=HANG_GUARD)
    assert flat == before
    assert kept == given
    assert len({first, second, wrapped, model, kept}) == 5
    assert sorted(stored(local_server)) == sorted([first, second, wrapped, model, kept])


def test_add_after_close_raises(client: HoneyHive) -> None:
    log = client.events.logger()
    assert log.close()
    assert log.closed
    with pytest.raises(RuntimeError, match="closed"):
        log.add(an_event(0))
    assert "api_key" not in repr(log) and client.api_key not in repr(log)


def test_options_are_checked(client: HoneyHive, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="full_policy"):
        client.events.logger(full_policy="wait")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="batch_size"):
        client.events.logger(batch_size=0)
    with pytest.raises(TypeError, match="max_queue"):
        client.events.logger(max_queue=1.5)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="block_timeout"):
        client.events.logger(block_timeout=-1)
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(OSError):
        client.events.logger(spool_dir=blocker / "spool")


# ------------------------------------------------------------------ many threads
def test_100_000_events_from_8_threads_are_all_stored_exactly_once(
    local_server: LocalServer, client: HoneyHive
) -> None:
    threads, per_thread = 8, 12_500
    ids: list[list[str]] = [[] for _ in range(threads)]
    start = threading.Barrier(threads)

    def produce(n: int) -> None:
        start.wait()
        ids[n] = [log.add(an_event(i, f"t{n}")) for i in range(per_thread)]

    with client.events.logger(max_queue=200_000) as log:
        workers = [threading.Thread(target=produce, args=(n,)) for n in range(threads)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        assert log.flush(timeout=HANG_GUARD * 2)
        stats = log.stats
    added = [i for chunk in ids for i in chunk]
    assert len(added) == len(set(added)) == threads * per_thread
    found = stored(local_server)
    assert len(found) == len(added)
    assert set(found) == set(added)
    assert (stats.sent, stats.dropped, stats.queued) == (threads * per_thread, 0, 0)


# ------------------------------------------------------------------ when to send
def test_a_batch_leaves_after_flush_interval_on_the_loggers_clock(
    local_server: LocalServer, client: HoneyHive
) -> None:
    clock = FakeClock()
    assert local_server.faults is not None
    with client.events.logger(batch_size=1000, flush_interval=5.0, clock=clock) as log:
        ids = [log.add(an_event(i)) for i in range(3)]
        time.sleep(0.1)  # the sender had time to act, but its clock has not moved
        assert local_server.faults.count(BATCH) == 0
        clock.advance(5.0)
        wait_until(lambda: log.stats.sent == 3, "the interval's batch")
    assert local_server.faults.count(BATCH) == 1
    assert sorted(stored(local_server)) == sorted(ids)


def test_a_full_batch_leaves_without_waiting_for_the_interval(
    local_server: LocalServer, client: HoneyHive
) -> None:
    clock = FakeClock()  # never advanced: only batch_size can send these
    with client.events.logger(batch_size=10, flush_interval=60.0, clock=clock) as log:
        ids = [log.add(an_event(i)) for i in range(10)]
        wait_until(lambda: log.stats.sent == 10, "the full batch")
    assert sorted(stored(local_server)) == sorted(ids)


# ------------------------------------------------------------------ failures and resends
def test_a_failed_batch_is_resent_after_its_backoff_and_stored_once(
    local_server: LocalServer, client: HoneyHive
) -> None:
    assert local_server.faults is not None
    local_server.faults.script(BATCH, [Fault.respond(503)])
    clock = FakeClock()
    with client.events.logger(batch_size=5, clock=clock) as log:
        ids = [log.add(an_event(i)) for i in range(5)]
        wait_until(lambda: log.stats.last_error is not None, "the failure")
        time.sleep(0.1)  # no resend before the backoff, whatever the real time
        assert local_server.faults.count(BATCH) == 1
        assert "503" in str(log.stats.last_error)
        clock.advance(60.0)
        wait_until(lambda: log.stats.sent == 5, "the resend")
        assert log.stats.retried == 5
    assert local_server.faults.count(BATCH) == 2
    assert sorted(stored(local_server)) == sorted(ids)


def test_answers_lost_after_the_server_stored_them_never_duplicate_events(
    local_server: LocalServer,
) -> None:
    assert local_server.faults is not None
    # The server stores each of these batches, then the connection dies before the answer.
    local_server.faults.script(BATCH, [Fault.drop(), Fault.drop(), Fault.respond(502)])
    received = Received(local_server.app)
    clock = FakeClock()
    with run_asgi(received) as url, client_for(url, local_server.api_key) as hh:
        log = hh.events.logger(batch_size=50, chunk_size=50, clock=clock)
        ids = [log.add(an_event(i)) for i in range(200)]
        # The logger's time runs fast: every failed batch is resent until all are stored.
        wait_until(lambda: clock.advance(60.0) or log.stats.sent == 200, "every event stored")
        assert log.flush(timeout=HANG_GUARD)
        stats = log.stats
        log.close()
    assert sorted(stored(local_server)) == sorted(ids)
    assert max(received.ids.values()) >= 2  # resent after a lost answer...
    assert set(received.ids) == set(ids)  # ...yet stored once each (above)
    assert stats.retried > 0 and stats.sent == 200


def test_the_server_down_then_back_loses_nothing_and_stores_nothing_twice(
    tmp_path: Path,
) -> None:
    db = tmp_path / "hh.db"
    first = LocalServer(db_path=db, faults=False).start()
    port, key = first.port, first.api_key
    clock = FakeClock()
    hh = client_for(first.url, key, retries=1)
    log = hh.events.logger(batch_size=100, flush_interval=1.0, clock=clock)
    ids = [log.add(an_event(i, "before")) for i in range(500)]
    assert log.flush(timeout=HANG_GUARD)
    first.stop()  # the service goes away: connections are refused
    ids += [log.add(an_event(i, "during")) for i in range(500)]
    # The logger's time runs on while the service is down: its resends keep failing.
    wait_until(lambda: clock.advance(5.0) or log.stats.retried >= 3 * 500, "three resends")
    stats = log.stats
    assert stats.sent == 500 and stats.queued == 500 and stats.retried > 0
    second = LocalServer(db_path=db, port=port, faults=False).start()
    try:
        ids += [log.add(an_event(i, "after")) for i in range(500)]
        assert log.close(timeout=HANG_GUARD)
        found = stored(second)
    finally:
        second.stop()
        hh.close()
    assert len(found) == len(set(ids)) == 1500
    assert set(found) == set(ids)
    assert log.stats.sent == 1500


def test_an_event_the_service_cannot_take_is_rejected_alone(
    local_server: LocalServer, client: HoneyHive, caplog: pytest.LogCaptureFixture
) -> None:
    assert local_server.faults is not None
    local_server.faults.script(BATCH, [Fault.respond(413)])  # too large: halves go through
    with client.events.logger(batch_size=16, chunk_size=16) as log:
        good = [log.add(an_event(i)) for i in range(16)]
        assert log.flush(timeout=HANG_GUARD)
        # Passes the checks, but JSON cannot encode it: the request cannot even be built.
        bad = log.add(an_event(99, inputs={"x": float("nan")}))
        more = [log.add(an_event(i, "more")) for i in range(15)]
        assert log.flush(timeout=HANG_GUARD)
        stats = log.stats
    assert sorted(stored(local_server)) == sorted(good + more)
    assert bad not in stored(local_server)
    assert (stats.sent, stats.rejected, stats.queued) == (31, 1, 0)
    assert any(bad in r.getMessage() for r in caplog.records)


# ------------------------------------------------------------------ a full queue
def test_drop_newest_keeps_max_queue_events_and_counts_the_rest(
    local_server: LocalServer, client: HoneyHive
) -> None:
    assert local_server.faults is not None
    local_server.faults.script(BATCH, [Fault.respond(503)], repeat=True)
    log = client.events.logger(max_queue=10, full_policy="drop_newest", batch_size=4)
    ids = [log.add(an_event(i)) for i in range(100)]
    stats = log.stats
    assert (stats.dropped, stats.queued) == (90, 10)  # failed batches still count: memory
    local_server.faults.clear()
    assert log.close(timeout=HANG_GUARD)
    assert sorted(stored(local_server)) == sorted(ids[:10])


def test_drop_oldest_keeps_the_newest_events(local_server: LocalServer, client: HoneyHive) -> None:
    assert local_server.faults is not None
    local_server.faults.script(BATCH, [Fault.respond(503)], repeat=True)
    clock = FakeClock()  # never advanced: nothing leaves the queue unless full or flushed
    log = client.events.logger(
        max_queue=10, full_policy="drop_oldest", batch_size=1000, clock=clock
    )
    ids = [log.add(an_event(i)) for i in range(100)]
    assert (log.stats.dropped, log.stats.queued) == (90, 10)
    local_server.faults.clear()
    assert log.close(timeout=HANG_GUARD)
    assert sorted(stored(local_server)) == sorted(ids[-10:])


def test_block_waits_for_room_as_long_as_block_timeout_allows(
    local_server: LocalServer, client: HoneyHive
) -> None:
    assert local_server.faults is not None
    local_server.faults.script(BATCH, [Fault.respond(503)], repeat=True)
    clock = FakeClock()  # resends wait for it: the queue stays full until the test says
    log = client.events.logger(
        max_queue=5, full_policy="block", block_timeout=None, batch_size=5, clock=clock
    )
    first = [log.add(an_event(i)) for i in range(5)]
    wait_until(lambda: log.stats.last_error is not None, "the failed batch")
    done = threading.Event()
    late: list[str] = []

    def add_one() -> None:
        late.append(log.add(an_event(5)))
        done.set()

    waiter = threading.Thread(target=add_one)
    waiter.start()
    time.sleep(0.1)
    assert not done.is_set()  # blocked: the queue is full and no resend is due
    local_server.faults.clear()
    clock.advance(60.0)  # the resend is due; it succeeds and frees the queue
    assert done.wait(HANG_GUARD)
    waiter.join()
    assert log.close(timeout=HANG_GUARD)
    assert sorted(stored(local_server)) == sorted([*first, *late])
    assert log.stats.dropped == 0


def test_block_drops_once_block_timeout_has_passed(
    local_server: LocalServer, client: HoneyHive
) -> None:
    assert local_server.faults is not None
    local_server.faults.script(BATCH, [Fault.respond(503)], repeat=True)
    log = client.events.logger(
        max_queue=5, full_policy="block", block_timeout=0.05, batch_size=5, clock=FakeClock()
    )
    kept = [log.add(an_event(i)) for i in range(5)]
    dropped = log.add(an_event(5))  # returns once the (real) block_timeout has passed
    assert log.stats.dropped == 1 and log.stats.queued == 5
    local_server.faults.clear()
    assert log.close(timeout=HANG_GUARD)
    assert sorted(stored(local_server)) == sorted(kept)
    assert dropped not in stored(local_server)


def test_drops_are_logged_once_per_interval(
    local_server: LocalServer, client: HoneyHive, caplog: pytest.LogCaptureFixture
) -> None:
    assert local_server.faults is not None
    local_server.faults.script(BATCH, [Fault.respond(503)], repeat=True)
    clock = FakeClock()
    caplog.set_level(logging.WARNING, logger="honeyhive")
    log = client.events.logger(max_queue=3, full_policy="drop_newest", clock=clock)

    def drop_lines() -> list[str]:
        return [r.getMessage() for r in caplog.records if "dropped" in r.getMessage()]

    for i in range(50):
        log.add(an_event(i))
    wait_until(lambda: len(drop_lines()) == 1, "the first drop line")
    for i in range(50):
        log.add(an_event(i))
    time.sleep(0.1)
    assert len(drop_lines()) == 1  # within the interval: counted, not logged
    clock.advance(10.0)
    wait_until(lambda: len(drop_lines()) == 2, "the next interval's line")
    counts = [int(line.split("dropped ")[1].split()[0]) for line in drop_lines()]
    assert sum(counts) == log.stats.dropped == 97
    local_server.faults.clear()
    assert log.close(timeout=HANG_GUARD)


# ------------------------------------------------------------------ the disk spool
KILLED = """
    import json, sys, time
    from honeyhive import HoneyHive
    url, key, spool, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    client = HoneyHive(api_key=key, base_url=url, retry_config=0)
    log = client.events.logger(spool_dir=spool, batch_size=50, flush_interval=0.01)
    ids = [log.add({"project": "p", "event_type": "tool", "event_name": f"k{i}",
                    "inputs": {"i": i}}) for i in range(n)]
    deadline = time.monotonic() + 60
    while log.stats.spooled < n and time.monotonic() < deadline:
        time.sleep(0.01)
    print(json.dumps({"ids": ids, "spooled": log.stats.spooled}), flush=True)
    time.sleep(600)
"""


def test_events_spooled_by_a_killed_process_are_sent_by_the_next_logger(
    local_server: LocalServer, client: HoneyHive, tmp_path: Path
) -> None:
    assert local_server.faults is not None
    local_server.faults.script(BATCH, [Fault.respond(503)], repeat=True)
    spool = tmp_path / "spool"
    argv = [local_server.url, local_server.api_key, str(spool), "300"]
    child = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(KILLED), *argv],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        report = json.loads(child.stdout.readline())
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert report["spooled"] == 300
    assert stored(local_server) == []
    batches = sorted(spool.glob("*.jsonl"))
    header = json.loads(batches[0].read_text().splitlines()[0])
    assert header["honeyhive_spool"] == 1 and header["route"] == "events"
    assert sum(json.loads(b.read_text().splitlines()[0])["count"] for b in batches) == 300
    local_server.faults.clear()
    with client.events.logger(spool_dir=spool) as log:
        assert log.flush(timeout=HANG_GUARD)
        stats = log.stats
    assert (stats.recovered, stats.sent, stats.queued) == (300, 300, 0)
    assert sorted(stored(local_server)) == sorted(report["ids"])
    assert list(spool.iterdir()) == []  # batches sent, the dead owner's lock removed


def test_a_live_loggers_spool_is_not_taken_and_close_leaves_it_to_the_next(
    local_server: LocalServer, client: HoneyHive, tmp_path: Path
) -> None:
    assert local_server.faults is not None
    local_server.faults.script(BATCH, [Fault.respond(503)], repeat=True)
    spool = tmp_path / "spool"
    owner = client.events.logger(spool_dir=spool, batch_size=10)
    ids = [owner.add(an_event(i)) for i in range(30)]
    wait_until(lambda: owner.stats.spooled == 30, "the spooled batches")
    other = client.events.logger(spool_dir=spool)
    assert other.flush(timeout=HANG_GUARD)
    assert other.stats.recovered == 0  # its owner is alive
    other.close()
    assert not owner.close(timeout=0.2)  # the service still fails: the batches stay on disk
    assert owner.stats.spooled == 30
    local_server.faults.clear()
    with client.events.logger(spool_dir=spool) as heir:
        assert heir.flush(timeout=HANG_GUARD)
        assert heir.stats.recovered == 30
    assert sorted(stored(local_server)) == sorted(ids)


def test_close_spools_what_the_service_did_not_take(
    local_server: LocalServer, client: HoneyHive, tmp_path: Path
) -> None:
    spool = tmp_path / "spool"
    clock = FakeClock()
    log = client.events.logger(spool_dir=spool, batch_size=1000, flush_interval=60.0, clock=clock)
    assert local_server.faults is not None
    local_server.faults.script(BATCH, [Fault.respond(503)], repeat=True)
    ids = [log.add(an_event(i)) for i in range(40)]
    assert not log.close(timeout=0.3)
    wait_until(lambda: log.stats.spooled == 40, "the batch on disk")
    assert log.stats.dropped == 0
    local_server.faults.clear()
    with client.events.logger(spool_dir=spool) as heir:
        assert heir.flush(timeout=HANG_GUARD)
    assert sorted(stored(local_server)) == sorted(ids)


def test_an_unreadable_spool_file_is_set_aside_not_lost(
    local_server: LocalServer, client: HoneyHive, tmp_path: Path
) -> None:
    spool = tmp_path / "spool"
    spool.mkdir()
    # Two batches left by a dead logger (no lock file): one cut short, one complete.
    (spool / "hh-events-1-deadbeef-0000000000.jsonl").write_text('{"honeyhive_spool": 1}\n')
    good = spool / "hh-events-1-deadbeef-0000000001.jsonl"
    event = {**an_event(0), "event_id": "5d1f0c2e-8b3a-4c6d-9e7f-0a1b2c3d4e5f"}
    header = {"honeyhive_spool": 1, "route": "events", "count": 1, "written": 0}
    good.write_text(json.dumps(header) + "\n" + json.dumps(event) + "\n")
    with client.events.logger(spool_dir=spool) as log:
        assert log.flush(timeout=HANG_GUARD)
        assert log.stats.recovered == 1
    assert stored(local_server) == [event["event_id"]]
    [left] = spool.iterdir()  # claimed (renamed) first, then found unreadable
    assert left.name.endswith(".jsonl.bad")
    assert left.read_text() == '{"honeyhive_spool": 1}\n'


# ------------------------------------------------------------------ process life
EXITS = """
    import json, sys
    from honeyhive import HoneyHive
    url, key, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    client = HoneyHive(api_key=key, base_url=url)
    log = client.events.logger(batch_size=10**6, flush_interval=3600)
    ids = [log.add({"project": "p", "event_type": "tool", "event_name": f"x{i}",
                    "inputs": {"i": i}}) for i in range(n)]
    print(json.dumps({"ids": ids, "sent_before_exit": log.stats.sent}))
    # No close(): the interpreter's exit must flush.
"""


def test_interpreter_exit_flushes_the_queue(local_server: LocalServer) -> None:
    done = run_script(EXITS, local_server.url, local_server.api_key, "1200")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["sent_before_exit"] == 0
    assert sorted(stored(local_server)) == sorted(report["ids"])


def test_close_and_the_with_block_flush_the_queue(
    local_server: LocalServer, client: HoneyHive
) -> None:
    with client.events.logger(batch_size=10**6, flush_interval=3600) as log:
        ids = [log.add(an_event(i)) for i in range(700)]
        assert log.stats.sent == 0
    assert log.closed and log.stats.sent == 700
    assert sorted(stored(local_server)) == sorted(ids)


FORKS = """
    import json, os, sys
    from honeyhive import HoneyHive
    url, key = sys.argv[1], sys.argv[2]
    client = HoneyHive(api_key=key, base_url=url)
    def event(who, i):
        return {"project": "p", "event_type": "tool", "event_name": f"{who}{i}", "inputs": {}}
    client.events.create(event("direct", 0))  # the parent's pool holds a live connection
    log = client.events.logger(batch_size=10**6, flush_interval=3600)
    parent_ids = [log.add(event("parent", i)) for i in range(200)]  # queued at the fork
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read)
        child_ids = [log.add(event("child", i)) for i in range(100)]
        ok = log.close(timeout=60)
        report = {"ids": child_ids, "ok": ok, "stats": vars(log.stats)}
        os.write(write, json.dumps(report).encode())
        os._exit(0)
    os.close(write)
    with os.fdopen(read) as pipe:
        child = json.loads(pipe.read())
    os.waitpid(pid, 0)
    ok = log.close(timeout=60)
    print(json.dumps({"ids": parent_ids, "ok": ok, "stats": vars(log.stats), "child": child}))
"""


@pytest.mark.skipif(not hasattr(os, "fork"), reason="os.fork is POSIX only")
def test_a_forked_child_logs_its_own_events_only(local_server: LocalServer) -> None:
    done = run_script(FORKS, local_server.url, local_server.api_key)
    assert done.returncode == 0, done.stderr
    parent = json.loads(done.stdout)
    child = parent["child"]
    assert child["ok"] and parent["ok"]
    assert child["stats"]["sent"] == 100  # not the parent's 200 queued events
    assert parent["stats"]["sent"] == 200
    ids = parent["ids"] + child["ids"]
    assert len(set(ids)) == 300
    assert set(stored(local_server)) >= set(ids)
    assert len(stored(local_server)) == 301  # and the parent's one direct create


# ------------------------------------------------------------------ the async twin
async def test_the_async_twin_queues_and_awaits_flush_and_close_off_the_loop(
    local_server: LocalServer, client: HoneyHive
) -> None:
    log = await client.events.logger_async(batch_size=10)
    assert isinstance(log, AsyncEventLogger) and isinstance(log.sync, EventLogger)
    async with log:
        ids = [await log.add(an_event(i)) for i in range(20)]
        ids += [log.add_nowait(an_event(i, "nowait")) for i in range(5)]
        ticks = 0

        async def tick() -> None:
            nonlocal ticks
            while True:
                ticks += 1
                await asyncio.sleep(0)

        ticker = asyncio.create_task(tick())
        assert await log.flush(timeout=HANG_GUARD)
        ticker.cancel()
        assert ticks > 0  # the loop kept running while flush waited
        assert log.stats.sent == 25
    assert log.closed
    assert sorted(stored(local_server)) == sorted(ids)


async def test_the_async_twin_waits_for_room_without_blocking_the_loop(
    local_server: LocalServer, client: HoneyHive
) -> None:
    assert local_server.faults is not None
    local_server.faults.script(BATCH, [Fault.respond(503)], repeat=True)
    clock = FakeClock()
    log = await client.events.logger_async(
        max_queue=3, full_policy="block", block_timeout=None, batch_size=3, clock=clock
    )
    first = [await log.add(an_event(i)) for i in range(3)]
    deadline = time.monotonic() + HANG_GUARD
    while log.stats.last_error is None:  # the batch failed: the queue stays full
        assert time.monotonic() < deadline
        await asyncio.sleep(0.005)
    waiting = asyncio.create_task(log.add(an_event(3)))
    await asyncio.sleep(0.05)  # the loop runs on while add() waits for room
    assert not waiting.done()
    dropped = log.add_nowait(an_event(4))  # never waits: a full queue drops it
    assert log.stats.dropped == 1
    local_server.faults.clear()
    clock.advance(60.0)  # the resend is due, succeeds, and makes room
    late = await asyncio.wait_for(waiting, HANG_GUARD)
    assert await log.close(timeout=HANG_GUARD)
    assert sorted(stored(local_server)) == sorted([*first, late])
    assert dropped not in stored(local_server)


def test_a_logger_for_an_unreachable_service_keeps_memory_bounded() -> None:
    hh = client_for(closed_port_url(), "hh-local-dev-key")
    log = hh.events.logger(max_queue=50, full_policy="drop_newest", batch_size=10)
    for i in range(2_000):
        log.add(an_event(i))
    stats = log.stats
    assert stats.queued == 50 and stats.dropped == 1_950
    assert not log.close(timeout=0.2)
    # Without a spool close gives up on them, counted (a batch still in flight is counted
    # when it comes back).
    wait_until(lambda: log.stats.dropped == 2_000, "every event accounted for")
    assert log.stats.queued == 0
