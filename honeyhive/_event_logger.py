"""Log events without waiting: ``client.events.logger()`` queues events, a thread sends them.

``add()`` checks an event as ``events.create`` does, gives it its ``event_id`` and appends it
to a bounded in-memory queue: no I/O on the caller's thread. One sender thread per logger
takes what is waiting (when ``batch_size`` events wait, ``flush_interval`` has passed, or a
flush asks) and posts it through ``create_batch``'s own path (chunks, up to 4 at a time, the
transport's retries, ``Retry-After`` and rate limit, ``BatchError``). A batch that still
fails is kept and resent later (its ids make that safe), or, with ``spool_dir``, kept on disk
(see ``_event_spool``) where the next logger opening the directory finds it.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import os
import random
import threading
import time
import weakref
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from ._checks import _rules
from ._event_spool import Spool, SpoolError, SpoolFile
from .errors import APIError, HoneyHiveError
from .resources._event_batches import (
    BATCH_CHUNK_SIZE,
    MAX_CONCURRENT_CHUNKS,
    BatchError,
    _Batch,
    send_batch,
)
from .resources._event_payloads import event_dict, event_types, unwrap, uuid4s

if TYPE_CHECKING:
    import types

    from ._client import HoneyHive

__all__ = [
    "DEFAULT_BATCH_SIZE",
    "DEFAULT_BLOCK_TIMEOUT",
    "DEFAULT_CLOSE_TIMEOUT",
    "DEFAULT_FLUSH_INTERVAL",
    "DEFAULT_MAX_QUEUE",
    "AsyncEventLogger",
    "EventLogger",
    "FullPolicy",
    "LoggerStats",
]

logger = logging.getLogger("honeyhive")
T = TypeVar("T")

FullPolicy = Literal["block", "drop_newest", "drop_oldest"]
_POLICIES = ("block", "drop_newest", "drop_oldest")

DEFAULT_BATCH_SIZE = 500
DEFAULT_FLUSH_INTERVAL = 1.0
#: Events held in memory at most (about 3 KB each for a typical LLM event: ~30 MB).
DEFAULT_MAX_QUEUE = 10_000
DEFAULT_BLOCK_TIMEOUT = 1.0
#: How long ``close()`` (and so the context manager and interpreter exit) waits for sends.
DEFAULT_CLOSE_TIMEOUT = 10.0
#: Delay before the first resend of a failed batch; it doubles up to ``RESEND_MAX_DELAY``.
RESEND_INITIAL_DELAY = 1.0
RESEND_MAX_DELAY = 30.0
#: Drops are logged at most once per this many seconds (with the count since the last line).
DROP_LOG_INTERVAL = 10.0
#: Event shapes remembered per logger (see ``add``); more are forgotten and learnt again.
_MAX_SHAPES = 16
#: With an injected clock the sender cannot know when time moves, so it looks this often.
_POLL = 0.01

_OPERATION = "events.create_event_batch_legacy"  # POST /events/batch, as create_batch sends
_WHAT = "events.logger"
#: Answers that say the request itself is wrong: sending it again cannot help.
_PERMANENT_STATUSES = frozenset({400, 413, 422})


@dataclass(frozen=True)
class LoggerStats:
    """A snapshot of what a logger has done; counters start at zero with the logger."""

    #: Events accepted (by ``add`` or from the spool) and not yet confirmed stored.
    queued: int
    #: Events the service confirmed stored.
    sent: int
    #: Events sent again after their batch failed (a resend, not the transport's retries).
    retried: int
    #: Events dropped: the queue was full (see ``full_policy``), or ``close`` gave up on
    #: them without a spool.
    dropped: int
    #: Events the service refused as invalid (400, 413 or 422 for that event alone).
    rejected: int
    #: Of ``queued``, the events held only on disk, in the spool.
    spooled: int
    #: Events found in the spool when the logger opened it (left by an earlier logger).
    recovered: int
    #: The last send error (None if none yet).
    last_error: str | None


class _Unit:
    """Events sent together: a batch taken from the queue, or one from the spool."""

    __slots__ = ("attempts", "count", "events", "file", "first", "held")

    def __init__(
        self,
        first: int,
        events: list[dict[str, Any]] | None,
        file: SpoolFile | None = None,
        count: int | None = None,
    ) -> None:
        #: Sequence number of its first event (settled units let ``flush`` return).
        self.first = first
        self.events = events
        self.file = file
        self.count = len(events) if events is not None else (count or 0)
        #: Whether its events count against ``max_queue`` (else they are only on disk).
        self.held = events is not None
        self.attempts = 0


def _check_positive(name: str, value: object, kind: type) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float if kind is float else int):
        raise TypeError(f"{name} must be a positive {kind.__name__}, not {value!r}")
    if not value > 0:
        raise ValueError(f"{name} must be positive, not {value!r}")


def _child_client(client: HoneyHive) -> HoneyHive:
    """A client with the same settings and no connection shared with the parent process."""
    from ._client import HoneyHive

    cfg = client.api_config
    return HoneyHive(
        api_key=cfg.api_key,
        base_url=cfg.base_url,
        ingestion_api_key=cfg.ingestion_api_key or None,
        data_plane_api_key=cfg.data_plane_api_key or None,
        cp_base_url=cfg.cp_base_url,
        timeout=cfg.timeout,
        retry_config=cfg.retry,
        rate_limit_calls=cfg.rate_limit_calls,
        rate_limit_window=cfg.rate_limit_window,
        max_connections=cfg.max_connections,
        max_keepalive=cfg.max_keepalive,
        test_mode=cfg.test_mode,
        verbose=cfg.verbose,
    )


def _permanent(error: BaseException | None) -> bool:
    """Whether sending the same events again would fail the same way."""
    if isinstance(error, APIError):
        return error.status_code in _PERMANENT_STATUSES
    # A value JSON cannot encode (or NaN): the request could not even be built.
    return isinstance(error, TypeError | ValueError) and not isinstance(error, HoneyHiveError)


class EventLogger:
    """Queue events with ``add()``; a background thread sends them in batches.

    Made by ``client.events.logger(...)``. ``add`` never does I/O; ``flush`` waits until
    what was added before it is stored; ``close`` (also run by ``with`` and at interpreter
    exit) flushes, then spools (with ``spool_dir``) or drops and counts what is left.

    Memory: at most ``max_queue`` events are held (queued, being sent, or waiting for a
    resend); with ``spool_dir``, batches the service did not take move to disk instead, and
    only the batch being sent is read back. A forked child starts with an empty logger of
    its own (its own thread, queue, connections and spool name) on its first ``add``; the
    parent's queued events stay the parent's. A child that ends with ``os._exit`` (as
    multiprocessing's do) skips the exit flush: call ``close()`` first.
    """

    def __init__(
        self,
        client: HoneyHive,
        *,
        batch_size: int = DEFAULT_BATCH_SIZE,
        flush_interval: float = DEFAULT_FLUSH_INTERVAL,
        max_queue: int = DEFAULT_MAX_QUEUE,
        full_policy: FullPolicy = "block",
        block_timeout: float | None = DEFAULT_BLOCK_TIMEOUT,
        spool_dir: str | os.PathLike[str] | None = None,
        chunk_size: int = BATCH_CHUNK_SIZE,
        close_timeout: float | None = DEFAULT_CLOSE_TIMEOUT,
        clock: Callable[[], float] | None = None,
    ) -> None:
        from honeyhive_api.models import LegacyPostEventRequestEvent

        _check_positive("batch_size", batch_size, int)
        _check_positive("flush_interval", flush_interval, float)
        _check_positive("max_queue", max_queue, int)
        _check_positive("chunk_size", chunk_size, int)
        if full_policy not in _POLICIES:
            raise ValueError(f"full_policy must be one of {list(_POLICIES)}, not {full_policy!r}")
        for name, value in (("block_timeout", block_timeout), ("close_timeout", close_timeout)):
            if value is not None:
                if isinstance(value, bool) or not isinstance(value, int | float):
                    raise TypeError(f"{name} must be seconds or None, not {value!r}")
                if value < 0:
                    raise ValueError(f"{name} must be >= 0, not {value!r}")
        self._origin = client
        self._batch_size = batch_size
        self._flush_interval = float(flush_interval)
        self._max_queue = max_queue
        self._policy = full_policy
        self._block_timeout = block_timeout
        self._chunk_size = chunk_size
        self._take_limit = max(batch_size, chunk_size * MAX_CONCURRENT_CHUNKS)
        self._close_timeout = close_timeout
        self._clock = clock or time.monotonic
        self._poll = None if clock is None else _POLL
        self._spool_dir = None if spool_dir is None else Spool.prepare(spool_dir)
        self._model = LegacyPostEventRequestEvent
        self._types = event_types()
        rules = _rules(LegacyPostEventRequestEvent).rules
        self._list_keys = tuple(k for k, rule in rules.items() if rule.items is not None)
        # Shapes (keys, then the types of their values) of flat dicts that passed the full
        # check, each with the keys the check drops (unset optional fields). An event of a
        # known shape needs only the checks a shape cannot vouch for: event_dicts' idea,
        # kept per logger for a few shapes, since an application logs a few kinds of event.
        self._shapes: dict[tuple[object, ...], tuple[str, ...]] = {}
        self._reset(client)
        _LIVE.add(self)
        self._start()

    def _reset(self, client: HoneyHive) -> None:
        """Fresh, empty state (at construction, and in a forked child)."""
        self._client = client
        self._lock = threading.Lock()
        self._wake = threading.Condition(self._lock)  # the sender waits on it
        self._not_full = threading.Condition(self._lock)  # blocked add() calls wait on it
        self._settled = threading.Condition(self._lock)  # flush() waits on it
        self._queue: deque[dict[str, Any]] = deque()
        self._waiting: deque[_Unit] = deque()  # failed or spooled, to resend oldest first
        self._in_flight: _Unit | None = None
        # Ids are made ahead by the sender thread (``_ids``), so add() only pops one; when
        # the pool runs dry add() makes its own (``_next_id``, used under the lock only).
        self._next_id = uuid4s(4096).__next__
        self._ids: list[str] = []
        self._refill = uuid4s(4096).__next__  # the sender thread's own generator
        self._added = 0  # events that entered the queue: the next one's sequence number
        self._taken = 0  # events that left the queue (taken by the sender, or dropped)
        self._held = 0  # events in memory, not yet settled: what max_queue bounds
        self._disk = 0  # events only in the spool
        self._sent = self._retried = self._dropped = self._rejected = self._recovered = 0
        self._last_error: str | None = None
        self._unlogged_drops = 0
        self._drop_log_at = 0.0
        self._fill_deadline: float | None = None
        self._failures = 0
        self._resend_at = 0.0
        self._blocked = 0
        self._flushers = 0
        self._closed = False
        self._stop = False
        self._exiting = False
        self._opening = False
        self._spool: Spool | None = None
        self._thread: threading.Thread | None = None

    def _start(self) -> None:
        with self._lock:
            if self._thread is not None or self._stop:
                return
            if self._spool_dir is not None:
                self._spool = Spool(self._spool_dir)
                self._opening = True  # flush() waits until the spool's batches are known
            self._thread = threading.Thread(
                target=self._run, name="honeyhive-event-logger", daemon=True
            )
            # Daemon: a forgotten logger never keeps the process alive; atexit flushes it.
            self._thread.start()

    # ------------------------------------------------------------------ the caller's side
    def add(self, event: Any) -> str:
        """Check ``event`` as ``events.create`` does, queue it, and return its ``event_id``.

        A dict or ``PostEventRequest``, flat or as ``{"event": {...}}``; a bad event raises
        TypeError/ValueError here. The event is copied (its top level: do not change nested
        values after adding it). When the queue is full, ``full_policy`` applies; a dropped
        event still gets its id, and ``stats.dropped`` counts it.
        """
        return self._put(self._prepare(event), self._policy == "block")  # type: ignore[return-value]

    def _prepare(self, event: Any) -> dict[str, Any]:
        """The event checked, as a new dict (its id may still be missing)."""
        if type(event) is dict:
            drop = self._shapes.get((*event, *map(type, event.values())))
            if drop is not None and event.get("event_type") in self._types:
                for key in self._list_keys:  # list items: the check a shape cannot vouch for
                    if event.get(key):
                        break
                else:
                    item = event.copy()
                    for key in drop:
                        del item[key]
                    return item
        return self._checked(event)

    def _put(self, item: dict[str, Any], wait: bool, drop: bool = True) -> str | None:
        """Queue ``item`` (given its id first); None if full and neither waiting nor dropping."""
        with self._lock:
            if self._closed:
                raise RuntimeError("this EventLogger is closed: add() after close()")
            if not item.get("event_id"):
                ids = self._ids
                item["event_id"] = ids.pop() if ids else self._next_id()
            if self._held >= self._max_queue:
                if not drop and self._policy == "block":
                    return None
                if not self._make_room(wait):
                    return item["event_id"]  # type: ignore[no-any-return]
            queue = self._queue
            queue.append(item)
            self._held += 1
            self._added += 1
            if len(queue) == 1 or len(queue) == self._batch_size:
                self._wake.notify()
        if self._thread is None:  # a forked child's first event
            self._start()
        return item["event_id"]  # type: ignore[no-any-return]

    def _checked(self, event: Any) -> dict[str, Any]:
        """The full check of ``events.create``; remembers the shape of a flat dict that passed."""
        what = "EventLogger.add(event)"
        data = unwrap(event, "event", what, "a dict or PostEventRequest")
        checked = event_dict(data, self._model, what, type_required=True)
        if type(event) is dict and data is event:
            # Same values, minus what the check dropped (unset optional fields), plus the id.
            kept = [k for k in event if k in checked]
            had_id = bool(event.get("event_id"))
            if len(checked) == len(kept) + (not had_id) and all(
                checked[k] is event[k] for k in kept
            ):
                if len(self._shapes) >= _MAX_SHAPES:
                    self._shapes.clear()
                shape = (*event, *map(type, event.values()))
                self._shapes[shape] = tuple(k for k in event if k not in checked)
        return dict(checked) if checked is data or checked is event else checked

    def _make_room(self, wait: bool) -> bool:
        """The queue is full (lock held): apply the policy; False if the new event is dropped."""
        if self._policy == "drop_oldest" and self._queue:
            self._queue.popleft()
            self._taken += 1
            self._held -= 1
            self._count_drop()
            return True
        if wait and not self._stop:
            timeout = self._block_timeout
            deadline = None if timeout is None else time.monotonic() + timeout
            self._blocked += 1
            try:
                while self._held >= self._max_queue and not self._closed:
                    remaining = None if deadline is None else deadline - time.monotonic()
                    if remaining is not None and remaining <= 0:
                        break
                    self._wait(self._not_full, remaining)
            finally:
                self._blocked -= 1
            if self._closed:
                raise RuntimeError("this EventLogger was closed while add() waited for room")
            if self._held < self._max_queue:
                return True
        self._count_drop()
        return False

    def _count_drop(self) -> None:
        self._dropped += 1
        self._unlogged_drops += 1
        if self._unlogged_drops == 1:
            self._wake.notify()  # the sender writes the log line, not the caller

    def _wait(self, condition: threading.Condition, timeout: float | None) -> None:
        if self._poll is not None:
            timeout = self._poll if timeout is None else min(timeout, self._poll)
        condition.wait(timeout)

    def flush(self, timeout: float | None = None) -> bool:
        """Send what is queued now; wait until every event added before this call is settled.

        Settled: stored, rejected by the service or dropped; batches found in the spool
        when the logger opened it count as added before. Returns False if ``timeout``
        seconds passed first (the events stay queued and keep being resent). A failed
        batch waiting for its resend is tried again at once.
        """
        with self._lock:
            target = self._added
            self._flushers += 1
            self._resend_at = min(self._resend_at, self._clock())
            self._wake.notify()
            # The caller's patience is real time; the injected clock paces only the sender.
            deadline = None if timeout is None else time.monotonic() + timeout
            try:
                while self._low() < target or self._opening:
                    if self._thread is None or not self._thread.is_alive():
                        return self._low() >= target and not self._opening
                    remaining = None if deadline is None else deadline - time.monotonic()
                    if remaining is not None and remaining <= 0:
                        return False
                    self._wait(self._settled, remaining)
                return True
            finally:
                self._flushers -= 1

    def _low(self) -> int:
        """The sequence number of the oldest unsettled event (lock held)."""
        low = self._taken
        if self._in_flight is not None:
            low = min(low, self._in_flight.first)
        if self._waiting:
            low = min(low, min(unit.first for unit in self._waiting))
        return low

    def close(self, timeout: float | None = None) -> bool:
        """Flush (up to ``timeout``, default ``close_timeout``), then stop the sender.

        What is still unsent is written to the spool (``spool_dir``) or dropped and counted.
        Returns True if everything was stored. ``add`` raises RuntimeError afterwards.
        """
        timeout = self._close_timeout if timeout is None else timeout
        with self._lock:
            already = self._closed
            self._closed = True
            self._not_full.notify_all()
        done = self.flush(timeout)
        with self._lock:
            self._stop = True
            left = list(self._queue)
            self._queue.clear()
            self._taken += len(left)
            self._held -= len(left)
            for unit in [u for u in self._waiting if u.held]:
                self._waiting.remove(unit)
                self._held -= unit.count
                left.extend(unit.events or ())
            self._wake.notify()
            thread = self._thread
        if left:
            self._give_up(left)
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=1.0 if timeout is None else min(1.0, max(timeout, 0.05)))
        if self._spool is not None:
            # A batch still in flight was written ahead: the next logger may take it now.
            self._spool.release()
        _LIVE.discard(self)
        if not already and not done:
            stats = self.stats
            logger.warning(
                "honeyhive event logger closed with %d events unsent (%d in the spool, "
                "%d dropped in total); last error: %s",
                stats.queued,
                stats.spooled,
                stats.dropped,
                stats.last_error,
            )
        return done and not left

    def _give_up(self, events: list[dict[str, Any]]) -> None:
        """At close: spool what is left, or drop it (counted)."""
        if self._spool is not None:
            try:
                self._spool.write(events)
            except (OSError, TypeError, ValueError) as exc:
                logger.error(
                    "honeyhive event logger: could not spool %d events: %s", len(events), exc
                )
            else:
                with self._lock:
                    self._disk += len(events)
                return
        with self._lock:
            self._dropped += len(events)

    @property
    def stats(self) -> LoggerStats:
        """Counters and gauges of this logger (a consistent snapshot)."""
        with self._lock:
            return LoggerStats(
                queued=self._held + self._disk,
                sent=self._sent,
                retried=self._retried,
                dropped=self._dropped,
                rejected=self._rejected,
                spooled=self._disk,
                recovered=self._recovered,
                last_error=self._last_error,
            )

    @property
    def closed(self) -> bool:
        """Whether ``close()`` was called."""
        return self._closed

    def __enter__(self) -> EventLogger:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: types.TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        s = self.stats
        return (
            f"EventLogger(queued={s.queued}, sent={s.sent}, dropped={s.dropped}, "
            f"spooled={s.spooled}, closed={self._closed})"
        )

    # ------------------------------------------------------------------ the sender thread
    def _run(self) -> None:
        self._open_spool()
        while True:
            self._make_ids()
            with self._lock:
                job = self._next_job()
            if job is None:
                break
            kind, unit = job
            try:
                if kind == "send":
                    assert unit is not None
                    self._send(unit)
                elif kind == "park":
                    assert unit is not None
                    self._park(unit)
                else:
                    self._log_drops()
            except Exception as exc:  # a bug must not kill the sender: keep the events
                logger.exception("honeyhive event logger: unexpected error")
                if unit is not None:
                    with self._lock:
                        self._failed(unit, f"{type(exc).__name__}: {exc}")

    def _make_ids(self) -> None:
        """Top up the pool of ids add() takes from (on this thread, not the caller's)."""
        missing = self._take_limit - len(self._ids)
        if missing > self._take_limit // 2:
            fresh = [self._refill() for _ in range(missing)]
            with self._lock:
                self._ids.extend(fresh)

    def _open_spool(self) -> None:
        spool = self._spool
        found: list[SpoolFile] = []
        if spool is not None:
            try:
                found = spool.open()
            except OSError as exc:
                logger.error("honeyhive event logger: spool_dir unusable, not spooling: %s", exc)
                spool = None
        with self._lock:
            self._spool = spool
            for file in found:
                # Sequence -1: a flush waits for these too.
                self._waiting.append(_Unit(-1, None, file, file.count))
                self._disk += file.count
                self._recovered += file.count
            if found:
                self._resend_at = self._clock()
            self._opening = False
            self._settled.notify_all()

    def _next_job(self) -> tuple[str, _Unit | None] | None:
        """What the sender does next (lock held); waits until there is something."""
        while True:
            if self._stop:
                return None
            now = self._clock()
            waiting = self._waiting
            if waiting and now >= self._resend_at:
                unit = waiting.popleft()
                self._in_flight = unit
                return "send", unit
            queue = self._queue
            urgent = bool(self._flushers or self._closed)
            timeout: float | None = None
            if queue:
                if self._fill_deadline is None:
                    self._fill_deadline = now + self._flush_interval
                due = urgent or len(queue) >= self._batch_size or now >= self._fill_deadline
                if due and not waiting:
                    unit = self._take()
                    self._in_flight = unit
                    return "send", unit
                if due and self._spool is not None:
                    # The service is failing: move what waits to disk, freeing memory.
                    unit = self._take()
                    self._in_flight = unit
                    return "park", unit
                if not due:
                    timeout = self._fill_deadline - now
            if waiting:
                wait = self._resend_at - now
                timeout = wait if timeout is None else min(timeout, wait)
            if self._unlogged_drops:
                if now >= self._drop_log_at:
                    return "log", None
                wait = self._drop_log_at - now
                timeout = wait if timeout is None else min(timeout, wait)
            self._wait(self._wake, timeout)

    def _take(self) -> _Unit:
        """Take the oldest queued events as one unit (lock held)."""
        queue = self._queue
        limit = self._chunk_size if self._exiting else self._take_limit
        if len(queue) <= limit:
            events = list(queue)
            self._queue = deque()
            self._fill_deadline = None
        else:
            events = [queue.popleft() for _ in range(limit)]
        unit = _Unit(self._taken, events)
        self._taken += len(events)
        return unit

    def _send(self, unit: _Unit) -> None:
        """Post one unit through ``create_batch``'s path and settle what became of it."""
        spool = self._spool
        events = unit.events
        if events is None:
            assert unit.file is not None and spool is not None
            try:
                events = spool.read(unit.file)
            except SpoolError as exc:
                spool.quarantine(unit.file.path, exc)
                with self._lock:
                    self._settle(unit, rejected=unit.count, error=str(exc))
                return
        if unit.attempts:
            with self._lock:
                self._retried += len(events)
        unit.attempts += 1
        stored, failed, error = self._post(unit, events)
        if error is None:
            if unit.file is not None and spool is not None:
                spool.remove(unit.file)
            with self._lock:
                self._settle(unit, sent=stored)
            return
        message = f"{type(error).__name__}: {error}"
        if _permanent(error):
            self._split(unit, failed, stored, message)
            return
        if spool is not None and unit.file is not None and len(failed) < len(events):
            try:
                replacement = spool.write(failed)  # keep on disk only what is not stored
            except OSError as exc:
                logger.error("honeyhive event logger: could not rewrite the spool: %s", exc)
            else:
                spool.remove(unit.file)
                unit.file = replacement
        with self._lock:
            if unit.held:
                self._held -= stored
            else:
                self._disk -= stored
            self._sent += stored
            unit.count = len(failed)
            if unit.file is not None and unit.held:
                # On disk already: free the memory while the service is failing.
                self._held -= unit.count
                self._disk += unit.count
                unit.held = False
            if unit.held:
                unit.events = failed
            else:
                unit.events = None
            self._failed(unit, message)

    def _post(
        self, unit: _Unit, events: list[dict[str, Any]]
    ) -> tuple[int, list[dict[str, Any]], BaseException | None]:
        """Send ``events``: how many were stored, which were not, and the first error."""
        spool = self._spool
        if spool is not None and unit.file is None:
            try:
                unit.file = spool.write(events)  # written ahead: a crash mid-send loses nothing
            except OSError as exc:
                logger.error("honeyhive event logger: could not write the spool: %s", exc)
            except (TypeError, ValueError) as exc:  # not JSON: the request cannot be built
                return 0, events, exc
        size = self._chunk_size
        chunks = [events[i : i + size] for i in range(0, len(events), size)]
        # During interpreter shutdown no thread pool may start: one chunk per request then.
        groups = [[c] for c in chunks] if self._exiting else [chunks]
        stored = 0
        for index, group in enumerate(groups):
            batch = _Batch(operation=_OPERATION, key="events", extra={}, chunks=group)
            try:
                send_batch(self._client, batch, _WHAT)
            except BatchError as exc:
                rest = [e for g in groups[index + 1 :] for c in g for e in c]
                stored += len(exc.stored_event_ids)
                return stored, [*exc.failed_events, *rest], exc.__cause__ or exc
            except Exception as exc:
                rest = [e for g in groups[index:] for c in g for e in c]
                return stored, rest, exc
            stored += sum(len(c) for c in group)
        return stored, [], None

    def _split(self, unit: _Unit, failed: list[dict[str, Any]], stored: int, why: str) -> None:
        """A request the service refused: halve it until the refused events stand alone."""
        spool = self._spool
        halves: list[_Unit] = []
        if len(failed) > 1:
            middle = len(failed) // 2
            for part in (failed[:middle], failed[middle:]):
                half = _Unit(unit.first, part)  # in memory, and on disk when it can be
                if spool is not None:
                    # If not now, it is written ahead of its own send (or refused then).
                    with contextlib.suppress(OSError, TypeError, ValueError):
                        half.file = spool.write(part)
                halves.append(half)
        if spool is not None and unit.file is not None:
            spool.remove(unit.file)
        kept = sum(h.count for h in halves)
        rejected = len(failed) - kept
        with self._lock:
            for half in reversed(halves):
                self._waiting.appendleft(half)
            self._settle(unit, sent=stored, rejected=rejected, error=why)
            self._held += kept  # the halves live in memory
            if halves:
                self._resend_at = self._clock()
        if rejected:
            event_id = failed[0].get("event_id") if failed else None
            logger.error("honeyhive event logger: the service refused event %s: %s", event_id, why)

    def _settle(
        self,
        unit: _Unit,
        *,
        sent: int = 0,
        rejected: int = 0,
        error: str | None = None,
    ) -> None:
        """Record the end of a unit (lock held): its events leave memory or the spool."""
        if unit.held:
            self._held -= unit.count
        else:
            self._disk -= unit.count
        self._sent += sent
        self._rejected += rejected
        if error is not None:
            self._last_error = error
        else:
            self._failures = 0
            self._resend_at = self._clock()  # the service answers: resend the rest now
        self._in_flight = None
        self._notify()

    def _failed(self, unit: _Unit, message: str) -> None:
        """A unit to resend later (lock held): back off, oldest first."""
        self._last_error = message
        self._in_flight = None
        if self._stop and unit.held:
            # Back from a send that outlived close(): nobody will resend it now.
            self._held -= unit.count
            self._dropped += unit.count
        elif unit.count:
            self._waiting.appendleft(unit)
        self._failures += 1
        delay = min(RESEND_MAX_DELAY, RESEND_INITIAL_DELAY * 2.0 ** (self._failures - 1))
        self._resend_at = self._clock() + delay * (1.0 - 0.25 * random.random())
        self._notify()

    def _notify(self) -> None:
        if self._flushers:
            self._settled.notify_all()
        if self._blocked and self._held < self._max_queue:
            self._not_full.notify_all()

    def _park(self, unit: _Unit) -> None:
        """Write a unit to the spool while the service is failing, freeing its memory."""
        assert self._spool is not None and unit.events is not None
        try:
            unit.file = self._spool.write(unit.events)
        except (OSError, TypeError, ValueError) as exc:
            logger.error("honeyhive event logger: could not spool %d events: %s", unit.count, exc)
        with self._lock:
            if unit.file is not None:
                self._held -= unit.count
                self._disk += unit.count
                unit.held = False
                unit.events = None
            self._in_flight = None
            self._waiting.append(unit)
            self._notify()

    def _log_drops(self) -> None:
        with self._lock:
            count, self._unlogged_drops = self._unlogged_drops, 0
            self._drop_log_at = self._clock() + DROP_LOG_INTERVAL
        logger.warning(
            "honeyhive event logger: dropped %d events: the queue was full (max_queue=%d, "
            "full_policy=%r); the service is slower than the events come, or unreachable",
            count,
            self._max_queue,
            self._policy,
        )

    # ------------------------------------------------------------------ process events
    def _after_fork(self) -> None:
        """In a forked child: an empty logger of its own (no thread, queue or connection)."""
        spool = self._spool
        self._reset(_child_client(self._origin))
        if spool is not None:
            spool.forget_lock()

    def _at_exit(self) -> None:
        self._exiting = True  # one chunk at a time: no new threads during shutdown
        if not self._closed:
            self.close()


class AsyncEventLogger:
    """The twin for code in an event loop: nothing it does blocks the loop.

    ``await add(event)`` queues like ``EventLogger.add``; with ``full_policy="block"`` a
    full queue is waited for in a worker thread, never on the loop. ``add_nowait(event)``
    is the plain-call form (like ``asyncio.Queue.put_nowait``): it never waits, so when the
    queue is full it drops the new event (``"block"``, ``"drop_newest"``) or the oldest one.
    ``flush``/``close`` are awaited the same way. Sending happens on the same background
    thread as ``EventLogger``'s, through the client's sync connection pool.
    """

    def __init__(self, client: HoneyHive, **options: Any) -> None:
        self._logger = EventLogger(client, **options)

    async def add(self, event: Any) -> str:
        """Check ``event`` as ``events.create`` does, queue it, and return its ``event_id``."""
        log = self._logger
        item = log._prepare(event)
        event_id = log._put(item, wait=False, drop=False)
        if event_id is None:  # full, and the policy is to wait for room: off the loop
            event_id = await _in_thread(log._put, item, True)
        return event_id  # type: ignore[return-value]

    def add_nowait(self, event: Any) -> str:
        """``add`` without waiting: when the queue is full, an event is dropped (counted)."""
        log = self._logger
        return log._put(log._prepare(event), wait=False)  # type: ignore[return-value]

    async def flush(self, timeout: float | None = None) -> bool:
        """Wait, without blocking the loop, until what was added before is settled."""
        return await _in_thread(self._logger.flush, timeout)

    async def close(self, timeout: float | None = None) -> bool:
        """``EventLogger.close`` without blocking the loop."""
        return await _in_thread(self._logger.close, timeout)

    @property
    def stats(self) -> LoggerStats:
        """See ``EventLogger.stats``."""
        return self._logger.stats

    @property
    def closed(self) -> bool:
        """Whether ``close()`` was called."""
        return self._logger.closed

    @property
    def sync(self) -> EventLogger:
        """The underlying ``EventLogger`` (its blocking ``flush``/``close``)."""
        return self._logger

    async def __aenter__(self) -> AsyncEventLogger:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    def __repr__(self) -> str:
        return f"Async{self._logger!r}"


async def _in_thread(func: Callable[..., T], *args: Any) -> T:
    """``func(*args)`` in a worker thread, awaited under asyncio or trio (through anyio).

    A cancelled caller stops waiting at once, as with ``asyncio.to_thread``; the call itself
    runs to its end (a blocked ``add`` still queues its event, a ``close`` still closes).
    """
    import anyio.to_thread  # here, not at the top: sync-only users never load anyio

    return await anyio.to_thread.run_sync(func, *args, abandon_on_cancel=True)


#: Loggers not yet closed: flushed at interpreter exit, reset in a forked child.
_LIVE: weakref.WeakSet[EventLogger] = weakref.WeakSet()


def _close_all_at_exit() -> None:
    for event_logger in list(_LIVE):
        event_logger._at_exit()


def _reset_all_in_child() -> None:
    for event_logger in list(_LIVE):
        event_logger._after_fork()


atexit.register(_close_all_at_exit)
if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_reset_all_in_child)
