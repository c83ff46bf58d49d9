"""Batches of events: checked, split into chunks, sent concurrently, and reported exactly.

A batch is checked whole before anything is sent, each event gets its ``event_id`` first,
and when a chunk fails ``BatchError`` says which ids were stored and which were not.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .._checks import WireBody, _checked, _rules, envelope
from .._convert import positive_int, wire_dict
from .._operation import Call, Options, once
from ..errors import HoneyHiveError
from ._event_payloads import event_dicts

if TYPE_CHECKING:
    from honeyhive_api.models import PostEventBatchResponse

    from .._client import HoneyHive

__all__ = [
    "BATCH_CHUNK_SIZE",
    "MAX_CONCURRENT_CHUNKS",
    "BatchError",
    "build_batch",
    "send_batch",
    "send_batch_async",
]

#: Events per request of ``create_batch``: big enough to amortise a round trip, small enough
#: that a chunk of typical LLM events (a few KB each) stays well under request-size limits.
BATCH_CHUNK_SIZE = 500
#: Chunks of one batch in flight at once (threads for the sync method, tasks for async).
MAX_CONCURRENT_CHUNKS = 4


class BatchError(HoneyHiveError):
    """A batch was only partly stored: says which event ids were stored and which were not.

    ``failed_events`` are the events that were not (or not confirmably) stored, with the
    ``event_id`` the client assigned them: passing them to ``create_batch`` again is safe,
    because the service stores an id once. ``__cause__`` is the first underlying error.
    """

    def __init__(
        self,
        message: str,
        *,
        stored_event_ids: list[str],
        failed_event_ids: list[str],
        failed_events: list[dict[str, Any]],
        errors: list[HoneyHiveError | str],
        response: PostEventBatchResponse | None,
    ) -> None:
        super().__init__(message)
        #: Ids the service confirmed as stored, in input order.
        self.stored_event_ids = stored_event_ids
        #: Ids NOT confirmed stored (failed chunks, and chunks never sent after a failure).
        self.failed_event_ids = failed_event_ids
        #: The events behind ``failed_event_ids``, ids included, ready to be sent again.
        self.failed_events = failed_events
        #: What went wrong: the error of each failed chunk, or the service's per-event messages.
        self.errors = errors
        #: The aggregated response of the chunks that were stored (None if none was).
        self.response = response


@dataclass
class _Batch:
    """One batch split into chunks, and what became of each chunk."""

    operation: str
    key: str  # "events" or "model_events": the list field of the request body
    extra: dict[str, Any]  # single_session / session_properties..., checked
    chunks: list[list[dict[str, Any]]]
    outcomes: list[PostEventBatchResponse | HoneyHiveError | None] = field(default_factory=list)
    failed: threading.Event = field(default_factory=threading.Event)

    def call(self, index: int, session_id: str | None = None) -> Call[PostEventBatchResponse]:
        """The request for chunk ``index``.

        In a single-session batch only the first chunk asks the service to create the session;
        later chunks join it by ``session_id`` (otherwise each chunk would make a session).
        """
        from honeyhive_api.models import PostEventBatchResponse

        events = self.chunks[index]
        body: dict[str, Any] = {self.key: events}
        if session_id is None:
            body.update(self.extra)
        else:
            body[self.key] = [{**e, "session_id": session_id} for e in events]
        parse = PostEventBatchResponse.from_dict
        return Call(self.operation, {"body": WireBody(body)}, parse, credential="ingestion")

    @property
    def single_session(self) -> bool:
        """Whether the chunks must share the session the first one creates."""
        extra = self.extra
        wanted = extra.get("single_session", extra.get("is_single_session"))
        return bool(wanted) and len(self.chunks) > 1

    def session_id(self) -> str | None:
        """The session the first chunk's answer names (single-session batches)."""
        first = self.outcomes[0] if self.outcomes else None
        session_id = getattr(first, "session_id", None)
        return session_id if isinstance(session_id, str) else None

    def finish(self, what: str) -> PostEventBatchResponse:
        """Aggregate the chunks' responses in input order, or raise BatchError."""
        from honeyhive_api.models import PostEventBatchResponse

        stored: list[str] = []
        failed_ids: list[str] = []
        failed_events: list[dict[str, Any]] = []
        problems: list[HoneyHiveError | str] = []
        messages: list[str] = []
        session_id: str | None = None
        cause: HoneyHiveError | None = None
        for index, events in enumerate(self.chunks):
            outcome = self.outcomes[index] if index < len(self.outcomes) else None
            ids = [e["event_id"] for e in events]
            if not isinstance(outcome, PostEventBatchResponse):
                lost = events
                if outcome is not None:
                    problems.append(outcome)
                    cause = cause or outcome
            else:
                if session_id is None and isinstance(outcome.session_id, str):
                    session_id = outcome.session_id
                # ``errors`` is not in today's schema; older services sent per-event messages.
                errors = outcome.additional_properties.get("errors")
                errors = errors if isinstance(errors, list) else []
                messages.extend(errors)
                if outcome.event_ids == ids:  # the usual answer: every id, in order
                    stored.extend(ids)
                    continue
                confirmed = set(outcome.event_ids)
                stored.extend(i for i in ids if i in confirmed)
                lost = [e for e in events if e["event_id"] not in confirmed]
                if lost:
                    problems.extend(errors)
                    problems.append(f"chunk {index}: {len(lost)} events not confirmed stored")
            failed_events.extend(lost)
            failed_ids.extend(e["event_id"] for e in lost)
        response = None
        if stored:
            response = PostEventBatchResponse(success=not failed_ids, event_ids=stored)
            if session_id is not None:
                response.session_id = session_id
            if messages:
                response.additional_properties["errors"] = messages
        if not failed_ids:
            assert response is not None  # every chunk confirmed every id
            return response
        shown = ", ".join(failed_ids[:5]) + (
            f", ... (+{len(failed_ids) - 5} more)" if len(failed_ids) > 5 else ""
        )
        reason = f": {cause}" if cause is not None else ""
        error = BatchError(
            f"{what}: {len(stored)} of {len(stored) + len(failed_ids)} events stored; "
            f"{len(failed_ids)} NOT stored ({shown}){reason}. Resend error.failed_events: "
            "their event_ids are fixed, so a resend cannot duplicate.",
            stored_event_ids=stored,
            failed_event_ids=failed_ids,
            failed_events=failed_events,
            errors=problems,
            response=response,
        )
        raise error from cause


def build_batch(data: object, *, model: bool, chunk_size: int) -> _Batch:
    """Check a batch, assign missing event ids and split it into chunks (nothing sent).

    ``model``: a batch of model events (``POST /events/model/batch``), else of events
    (``POST /events/batch``): the legacy routes the official SDK 1.7.0 sends batches to.
    """
    from honeyhive_api.models import (
        LegacyEvent,
        LegacyPostEventBatchRequest,
        ModelEvent,
        PostModelEventBatchRequest,
        SessionProperties,
    )

    size = positive_int(chunk_size, "chunk_size")
    name = "create_model_batch" if model else "create_batch"
    what = f"events.{name}(data)"
    request_model: type = PostModelEventBatchRequest if model else LegacyPostEventBatchRequest
    item_model: type = ModelEvent if model else LegacyEvent
    key = envelope(request_model)
    if isinstance(data, list | tuple):
        raw: dict[str, Any] = {key: data}
    else:
        raw = dict(wire_dict(data, what, f'a dict like {{"{key}": [...]}}, a list, or a model'))
    events = raw.pop(key, None)
    if not isinstance(events, list | tuple):
        raise TypeError(f"{what}: {key!r} must be a list of events, not {type(events).__name__}")
    # The wrapper is an open schema, but a key it does not define is a typo, not data.
    allowed = _rules(request_model).fields - {key}
    unknown = sorted(str(k) for k in set(raw) - allowed)
    if unknown:
        raise ValueError(f"{what}: unknown keys {unknown}; expected {key!r} and {sorted(allowed)}")
    extra = dict(_checked({**raw, key: events}, request_model, what))
    del extra[key]
    for props in ("session_properties", "session"):
        if props in extra:
            value = dict(wire_dict(extra[props], f"{what}: {props}", "a dict"))
            extra[props] = _checked(value, SessionProperties, f"{what}: {props}")
    checked = event_dicts(events, item_model, f"{what}[{key!r}]", type_required=False)
    chunks = [checked[i : i + size] for i in range(0, len(checked), size)]
    operation = (
        "events.create_model_event_batch_legacy" if model else "events.create_event_batch_legacy"
    )
    return _Batch(operation=operation, key=key, extra=extra, chunks=chunks)


def send_batch(
    client: HoneyHive, batch: _Batch, what: str, options: Options | None = None
) -> PostEventBatchResponse:
    """Send the chunks (up to `MAX_CONCURRENT_CHUNKS` threads) and aggregate their answers."""
    run = client._run
    batch.outcomes = [None] * len(batch.chunks)

    def send(index: int, session_id: str | None = None) -> None:
        # After a failure no new chunk starts: its events are reported as not stored.
        if batch.failed.is_set():
            return
        try:
            batch.outcomes[index] = run(once(batch.call(index, session_id)), options)
        except HoneyHiveError as exc:
            batch.outcomes[index] = exc
            batch.failed.set()

    rest: Sequence[int] = range(len(batch.chunks))
    session_id = None
    if batch.single_session:
        send(0)
        rest, session_id = rest[1:], batch.session_id()
    if len(rest) == 1:
        send(rest[0], session_id)
    elif rest:
        # Imported here: only multi-chunk batches need threads.
        from concurrent.futures import ThreadPoolExecutor

        workers = min(MAX_CONCURRENT_CHUNKS, len(rest))
        with ThreadPoolExecutor(workers, thread_name_prefix="honeyhive-batch") as pool:
            list(pool.map(lambda i: send(i, session_id), rest))
    return batch.finish(what)


async def send_batch_async(
    client: HoneyHive, batch: _Batch, what: str, options: Options | None = None
) -> PostEventBatchResponse:
    """The async twin of `send_batch`: up to `MAX_CONCURRENT_CHUNKS` tasks (asyncio or trio)."""
    run = client._run_async
    batch.outcomes = [None] * len(batch.chunks)
    unexpected: list[Exception] = []

    async def send(index: int, session_id: str | None = None) -> None:
        # After a failure no new chunk starts: its events are reported as not stored.
        if batch.failed.is_set():
            return
        try:
            result = await run(once(batch.call(index, session_id)), options)
            batch.outcomes[index] = result
        except HoneyHiveError as exc:
            batch.outcomes[index] = exc
            batch.failed.set()
        except Exception as exc:
            # Kept out of the task group, which would wrap it in an ExceptionGroup; raised
            # as itself once the chunks in flight have settled.
            unexpected.append(exc)
            batch.failed.set()

    rest: Sequence[int] = range(len(batch.chunks))
    session_id = None
    if batch.single_session:
        await send(0)
        rest, session_id = rest[1:], batch.session_id()
    if len(rest) == 1:
        await send(rest[0], session_id)
    elif rest:
        # anyio, not asyncio: a task group runs under trio too. Workers take the chunks in
        # input order from one shared iterator (no await between taking and starting).
        import anyio

        todo = iter(rest)

        async def worker() -> None:
            for index in todo:
                await send(index, session_id)

        async with anyio.create_task_group() as group:
            for _ in range(min(MAX_CONCURRENT_CHUNKS, len(rest))):
                group.start_soon(worker)
    if unexpected:
        raise unexpected[0]
    return batch.finish(what)
