"""``client.events``: create, update, list, export and delete events, one by one or in batches.

Everything here is particular to events: checking event payloads before they are sent,
client-chosen event ids (so a retried create can never store an event twice), the query
encoding of ``GET /events``, page iteration, flattening a session tree into a list, and
chunked batches that report exactly which events were stored when a chunk fails.
"""

from __future__ import annotations

import asyncio
import datetime as _dt
import functools
import json
import os
import threading
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple, cast

from .._convert import as_dict, new_id, require_str
from .._operation import Call, Namespace, Steps, async_op, load_operation, once, sync_op
from ..errors import HoneyHiveError

if TYPE_CHECKING:
    from honeyhive_api.models import (
        CreateEventBatchRequest,
        DeleteEventResponse,
        Event,
        ExportEventsRequest,
        ExportEventsResponse,
        GetEventsChartResponse,
        GetEventsResponse,
        PostEventBatchResponse,
        PostEventRequest,
        PostEventResponse,
        PostModelEventRequest,
        UpdateEventRequest,
    )

__all__ = [
    "BATCH_CHUNK_SIZE",
    "LIST_PAGE_SIZE",
    "MAX_CONCURRENT_CHUNKS",
    "BatchError",
    "Events",
]

#: Events per request of ``create_batch``: big enough to amortise a round trip, small enough
#: that a chunk of typical LLM events (a few KB each) stays well under request-size limits.
BATCH_CHUNK_SIZE = 500
#: Chunks of one batch in flight at once (threads for the sync method, tasks for async).
MAX_CONCURRENT_CHUNKS = 4
#: Page size ``iter`` asks for when the query sets no ``limit`` (the service's own default).
LIST_PAGE_SIZE = 1000


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


# --------------------------------------------------------------------------- payload checks
@dataclass(frozen=True, slots=True)
class _FieldRule:
    types: tuple[type, ...]  # what isinstance accepts
    exact: frozenset[type]  # exact types accepted at once (the common case, one set look-up)
    expected: str
    items: type | None = None  # element type of a list field


_NONE = type(None)
# Annotation alternatives of generated models -> what a user may pass for them. "Any" alone
# is how the generator spells a free-form JSON object in this spec (see JsonObject).
_KINDS: dict[frozenset[str], tuple[tuple[type, ...], frozenset[type], str, type | None]] = {
    frozenset({"str"}): ((str,), frozenset({str}), "a string", None),
    frozenset({"None", "str"}): ((str, _NONE), frozenset({str, _NONE}), "a string or None", None),
    frozenset({"float"}): ((int, float), frozenset({int, float}), "a number", None),
    frozenset({"int"}): ((int,), frozenset({int}), "an integer", None),
    frozenset({"bool"}): ((bool,), frozenset({bool}), "true or false", None),
    frozenset({"Any"}): ((Mapping,), frozenset({dict}), "a dict (JSON object)", None),
    frozenset({"list[str]"}): ((list, tuple), frozenset(), "a list of strings", str),
    frozenset({"list[Any]"}): ((list, tuple), frozenset(), "a list of dicts", Mapping),
}


class _Schema(NamedTuple):
    rules: dict[str, _FieldRule]
    exact: dict[str, frozenset[type]]  # rules[key].exact, one look-up away
    required: tuple[str, ...]


@functools.cache
def _rules(model: type) -> _Schema:
    """Type rules by field name, and required fields, of a generated model (its attrs fields).

    Derived from the generated code (hence from openapi.yaml) rather than listed here, so a
    field added to the spec is checked without touching the facade.
    """
    import attrs

    rules: dict[str, _FieldRule] = {}
    required: list[str] = []
    for attribute in attrs.fields(model):
        if not attribute.init:  # additional_properties
            continue
        alternatives = frozenset(a.strip() for a in str(attribute.type).split("|")) - {"Unset"}
        if attribute.default is attrs.NOTHING:
            required.append(attribute.name)
        kind = _KINDS.get(alternatives)
        if kind is not None:
            rules[attribute.name] = _FieldRule(*kind)
    return _Schema(rules, {k: r.exact for k, r in rules.items()}, tuple(required))


def _checked(data: Mapping[str, Any], model: type, what: str) -> Mapping[str, Any]:
    """``data`` itself when the service would accept every field; TypeError/ValueError if not.

    An optional field set to None means "not given": the result is then a copy without it.
    """
    rules, exact, required = _rules(model)
    for key in required:
        if data.get(key) is None:
            raise ValueError(f"{what}: missing required field {key!r}")
    unset: list[str] = []
    # This loop runs for every field of every event of a batch: one look-up per field.
    for key, value in data.items():
        types = exact.get(key)
        if types is None or type(value) in types:
            continue
        rule = rules[key]
        if value is None:
            unset.append(key)
        elif not isinstance(value, rule.types) or isinstance(value, bool):
            # bool is an int subclass, but only the bool rule (an exact match) takes it.
            raise TypeError(f"{what}: {key} must be {rule.expected}, not {type(value).__name__}")
        elif rule.items is not None:
            for item in cast("Iterable[object]", value):  # a list or tuple, checked above
                if not isinstance(item, rule.items):
                    raise TypeError(
                        f"{what}: {key} must be {rule.expected}, "
                        f"not a list containing {type(item).__name__}"
                    )
    if unset:
        return {k: v for k, v in data.items() if k not in unset}
    return data


def _check_enum(value: object, allowed: Any, what: str) -> str:
    if not isinstance(value, str) or value not in allowed:
        choices = ", ".join(repr(v) for v in sorted(allowed))
        raise ValueError(f"{what} must be one of {choices}; got {value!r}")
    return value


def _event_dict(
    value: object,
    model: type,
    what: str,
    *,
    type_required: bool,
    next_id: Callable[[], str] = new_id,
) -> dict[str, Any]:
    """One event, checked, in wire form, with an ``event_id`` assigned if it had none.

    The id is chosen here, before the first attempt, so the transport's retries resend the
    same id and the service stores the event once. The caller's object is never mutated (a
    request reused for a second event must not carry the first one's id): a dict that needs
    no change is sent as it is, otherwise a copy is made.
    """
    data: Mapping[str, Any]
    if type(value) is dict or isinstance(value, Mapping):
        data = value
    elif isinstance(value, model):
        data = value.to_dict()  # type: ignore[attr-defined]
    else:
        raise TypeError(f"{what} expects a dict or {model.__name__}, not {type(value).__name__}")
    event_type = data.get("event_type")
    if type(event_type) is not str or event_type not in _event_types():
        if event_type is not None or type_required:
            _check_enum(event_type, _event_types(), f"{what}: event_type")
        elif "event_type" in data:  # None: let the service apply its default
            data = {k: v for k, v in data.items() if k != "event_type"}
    data = _checked(data, model, what)
    if not data.get("event_id"):
        return {**data, "event_id": next_id()}
    return data if type(data) is dict else dict(data)


@functools.cache
def _event_types() -> frozenset[str]:
    """The spec's event types (imported once: this runs for every event of a batch)."""
    from honeyhive_api.models.event_type import EVENT_TYPE_VALUES

    return frozenset(EVENT_TYPE_VALUES)


def _event_dicts(
    events: Sequence[object], model: type, what: str, *, type_required: bool
) -> list[dict[str, Any]]:
    """``_event_dict`` for every event of a batch, as fast as a batch of 100,000 needs.

    Events of one batch usually share a shape (the same keys, with values of the same
    types). An event with the shape of the last one that passed (unchanged, or given only
    the id it lacked) passes too, as long as its event type, its id and its list items (the
    checks a shape cannot vouch for) are fine: that halves the cost of checking a batch.
    """
    schema = _rules(model)
    list_keys = [k for k, rule in schema.rules.items() if rule.items is not None]
    event_types = _event_types()
    next_id = _uuid4s(len(events)).__next__
    result: list[dict[str, Any]] = []
    passed: tuple[object, ...] = ()
    index = 0
    try:
        for index, event in enumerate(events):  # noqa: B007 - read by the except clause
            shape: tuple[object, ...] = ()
            if type(event) is dict:
                shape = (*event, *map(type, event.values()))
                if (
                    shape == passed
                    and event.get("event_type") in event_types
                    and not any(event.get(k) for k in list_keys)
                ):
                    if "event_id" not in event:
                        result.append({**event, "event_id": next_id()})
                        continue
                    if event["event_id"]:
                        result.append(event)
                        continue
            checked = _event_dict(event, model, what, type_required=type_required, next_id=next_id)
            # Passed unchanged, or changed only by the id it lacked: its shape is vouched for.
            if checked is event or (
                type(event) is dict and "event_id" not in event and len(checked) == len(event) + 1
            ):
                passed = shape
            result.append(checked)
    except (TypeError, ValueError) as exc:
        # The position is added only on failure: formatting it per event costs 10% here.
        raise type(exc)(str(exc).replace(what, f"{what}[{index}]", 1)) from None
    return result


def _uuid4s(count: int) -> Iterator[str]:
    """``count`` (or more) random UUIDv4 strings, from one ``os.urandom`` call per block.

    Three times cheaper than ``str(uuid.uuid4())`` per id, which matters for batches of
    100,000 events; the same randomness source and the same RFC 4122 version and variant.
    """
    block = max(1, min(count, 4096))
    while True:
        raw = os.urandom(16 * block).hex()
        for i in range(0, len(raw), 32):
            h = raw[i : i + 32]
            variant = "89ab"[int(h[16], 16) & 3]
            yield f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{variant}{h[17:20]}-{h[20:]}"


class _WireBody:
    """A request body already checked and in wire form, for a generated ``_get_kwargs``.

    Generated operations send ``body.to_dict()``. Handing them this instead of a generated
    model skips a from_dict/to_dict round trip per event (measured: about 10 µs per event,
    most of ``create_batch``'s own CPU) without changing a byte on the wire.
    """

    __slots__ = ("_data",)

    def __init__(self, data: dict[str, Any]) -> None:
        self._data = data

    def to_dict(self) -> dict[str, Any]:
        """The body, as given."""
        return self._data


@functools.cache
def _envelope(model: type) -> str:
    """The one required field of a wrapper body (``event``, ``events``, ``model_event``...)."""
    [key] = _rules(model).required
    return key


# --------------------------------------------------------------------------- query encoding
def _instant(value: object, what: str) -> str | float:
    """A date-range bound: datetimes and ISO strings become ISO-8601 UTC, numbers are ms."""
    if isinstance(value, bool):
        raise TypeError(f"{what} must be a datetime, an ISO-8601 string or epoch ms, not bool")
    if isinstance(value, int | float):
        return value
    if isinstance(value, str):
        try:
            # Python 3.11's fromisoformat reads the usual ISO-8601 forms (dates alone, "Z",
            # offsets, fractions), so python-dateutil is not needed for these strings.
            value = _dt.datetime.fromisoformat(value)
        except ValueError:
            raise ValueError(f"{what} is not an ISO-8601 date: {value!r}") from None
    elif isinstance(value, _dt.date) and not isinstance(value, _dt.datetime):
        value = _dt.datetime(value.year, value.month, value.day)
    if not isinstance(value, _dt.datetime):
        raise TypeError(
            f"{what} must be a datetime, an ISO-8601 string or epoch ms, not {type(value).__name__}"
        )
    # Naive datetimes are taken as UTC: the service stores and compares UTC.
    utc = value.replace(tzinfo=_dt.UTC) if value.tzinfo is None else value.astimezone(_dt.UTC)
    return utc.isoformat(timespec="milliseconds").replace("+00:00", "Z")


_RANGE_KEYS = {"$gte": "$gte", "$lte": "$lte", "gte": "$gte", "lte": "$lte"}


def _date_range(value: object) -> dict[str, Any]:
    """``dateRange`` as the service reads it: ``{"$gte": ..., "$lte": ...}``."""
    what = "dateRange"
    if isinstance(value, str):
        value = _json_arg(value, what)
    if isinstance(value, tuple | list):
        if len(value) != 2:
            raise ValueError(f"{what} as a sequence must be (start, end), not {len(value)} items")
        value = {"$gte": value[0], "$lte": value[1]}
    raw = as_dict(value, what, "a dict like {'$gte': start, '$lte': end}, or (start, end)")
    result: dict[str, Any] = {}
    for key, bound in raw.items():
        wire = _RANGE_KEYS.get(key)
        if wire is None:
            raise ValueError(f"{what}: unknown key {key!r}; expected '$gte' and/or '$lte'")
        if bound is not None:
            result[wire] = _instant(bound, f"{what}[{key!r}]")
    return result


def _filters(value: object) -> list[dict[str, Any]]:
    """Filters as dicts, checked against the spec's operators and field types.

    A filter without ``type`` gets one inferred from its value (the reference doc's filters
    have none; the service compares by it).
    """
    from honeyhive_api.models.filter_field_type import FILTER_FIELD_TYPE_VALUES
    from honeyhive_api.models.filter_operator import FILTER_OPERATOR_VALUES

    if isinstance(value, str):
        value = _json_arg(value, "filters")
    if isinstance(value, Mapping) or hasattr(value, "to_dict"):
        value = [value]
    if not isinstance(value, list | tuple):
        raise TypeError(f"filters must be a list of filter dicts, not {type(value).__name__}")
    result = []
    for index, item in enumerate(value):
        what = f"filters[{index}]"
        f = as_dict(item, what, "a dict like {'field': ..., 'operator': ..., 'value': ...}")
        require_str(f.get("field"), f"{what}['field']")
        _check_enum(f.get("operator"), FILTER_OPERATOR_VALUES, f"{what}['operator']")
        found = f.get("value")
        if isinstance(found, _dt.datetime | _dt.date):
            f["value"] = found = _instant(found, f"{what}['value']")
            f.setdefault("type", "datetime")
        if f.get("type") is None:
            inferred = _value_type(found)
            if inferred is None:
                f.pop("type", None)
            else:
                f["type"] = inferred
        else:
            _check_enum(f["type"], FILTER_FIELD_TYPE_VALUES, f"{what}['type']")
        result.append(f)
    return result


def _value_type(value: object) -> str | None:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    return None


def _json_arg(text: str, what: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        raise ValueError(f"{what} given as a string must be JSON, not {text!r}") from None


def _snake(name: str) -> str:
    return "".join("_" + c.lower() if c.isupper() else c for c in name)


@functools.cache
def _query_params(operation: str) -> frozenset[str]:
    """Keyword arguments the generated operation's ``_get_kwargs`` takes."""
    import inspect

    return frozenset(inspect.signature(load_operation(operation)._get_kwargs).parameters)


def _query_kwargs(query: object, operation: str, what: str) -> dict[str, Any]:
    """Map a user's query dict (wire or snake_case keys) to the operation's keyword arguments.

    ``filters``, ``dateRange`` and ``projections`` travel as JSON-encoded strings: the
    service reads them that way (the official SDK sent Python ``repr()``, a bug).
    """
    if query is None:
        return {}
    raw = as_dict(query, what, "a dict of query parameters")
    allowed = _query_params(operation)
    kwargs: dict[str, Any] = {}
    for key, value in raw.items():
        name = key if key in allowed else _snake(key) if isinstance(key, str) else key
        if name not in allowed:
            names = ", ".join(sorted(allowed))
            raise ValueError(f"{what}: unknown query key {key!r}; expected one of {names}")
        if value is None:
            continue
        if name == "filters":
            value = json.dumps(_filters(value), separators=(",", ":"))
        elif name == "date_range":
            value = json.dumps(_date_range(value), separators=(",", ":"))
        elif name == "projections":
            if isinstance(value, str):
                value = [value] if not value.startswith("[") else _json_arg(value, key)
            if not isinstance(value, list | tuple) or not all(isinstance(p, str) for p in value):
                raise TypeError(f"{what}: projections must be a list of field names")
            value = json.dumps(list(value), separators=(",", ":"))
        elif name in ("limit", "page"):
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ValueError(f"{what}: {key} must be an integer >= 1, not {value!r}")
        elif name in ("ignore_order", "only_experiments"):
            if not isinstance(value, bool):
                raise TypeError(f"{what}: {key} must be true or false, not {value!r}")
        elif not isinstance(value, str):
            raise TypeError(f"{what}: {key} must be a string, not {type(value).__name__}")
        kwargs[name] = value
    return kwargs


# --------------------------------------------------------------------------- response shapes
def _events_page(data: Any) -> GetEventsResponse:
    """A ``GetEventsResponse`` from a page envelope or a bare array of events."""
    from honeyhive_api.models import GetEventsResponse

    if isinstance(data, list):
        data = {"events": data}
    return GetEventsResponse.from_dict(data)


def _session_events(data: Any) -> GetEventsResponse:
    """The events of a session tree, depth-first with the root first, as a GetEventsResponse.

    The wire returns the session as a tree (``children`` nested); the reference doc reads
    ``response.events``. An ``{"events": [...]}`` envelope or a bare list is accepted too.
    """
    from honeyhive_api.models import Event, GetEventsResponse

    if isinstance(data, list) or (isinstance(data, Mapping) and "events" in data):
        return _events_page(data)
    if not isinstance(data, Mapping):
        raise TypeError(f"expected a session tree object, got {type(data).__name__}")
    events: list[Event] = []
    stack: list[Mapping[str, Any]] = [data]
    # Iterative, so a deep trace cannot hit the recursion limit.
    while stack:
        node = stack.pop()
        item = dict(node)
        children = item.pop("children", None) or []
        events.append(Event.from_dict(item))
        stack.extend(reversed(children))
    return GetEventsResponse(events=events, total_events=len(events))


def _none(data: Any) -> None:
    """The documented result of ``update``: nothing (errors raise)."""
    return None


# --------------------------------------------------------------------------- batches
@dataclass
class _Batch:
    """One batch split into chunks, and what became of each chunk."""

    operation: str
    key: str  # "events" or "model_events": the list field of the request body
    extra: dict[str, Any]  # is_single_session / session_properties, checked
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
        return Call(self.operation, {"body": _WireBody(body)}, parse)

    @property
    def single_session(self) -> bool:
        return bool(self.extra.get("is_single_session")) and len(self.chunks) > 1

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
                if isinstance(outcome.errors, list):
                    messages.extend(outcome.errors)
                if outcome.event_ids == ids:  # the usual answer: every id, in order
                    stored.extend(ids)
                    continue
                confirmed = set(outcome.event_ids)
                stored.extend(i for i in ids if i in confirmed)
                lost = [e for e in events if e["event_id"] not in confirmed]
                if lost:
                    problems.extend(outcome.errors if isinstance(outcome.errors, list) else [])
                    problems.append(f"chunk {index}: {len(lost)} events not confirmed stored")
            failed_events.extend(lost)
            failed_ids.extend(e["event_id"] for e in lost)
        response = None
        if stored:
            response = PostEventBatchResponse(success=not failed_ids, event_ids=stored)
            if session_id is not None:
                response.session_id = session_id
            if messages:
                response.errors = messages
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


def _chunk_size(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"chunk_size must be an integer >= 1, not {value!r}")
    return value


# --------------------------------------------------------------------------- the namespace
class Events(Namespace):
    """API for managing events.

    Methods taking a request accept a plain dict or the generated model; every method has an
    ``_async`` twin, and the official SDK's names (``create_event``, ``get_events``, ...) are
    aliases of the same functions.
    """

    # ---- create / update / delete ------------------------------------------------------
    def _create(self, request: PostEventRequest | Mapping[str, Any]) -> Steps[PostEventResponse]:
        """Create one event; returns a PostEventResponse whose ``event_id`` names it.

        ``request`` is a flat ``PostEventRequest`` or dict (``event_type`` and ``inputs``
        required). An ``event_id`` (UUIDv4) is assigned when none is given, before the first
        attempt, so a retried create stores the event exactly once.
        """
        from honeyhive_api.models import CreateEventRequest, PostEventRequest, PostEventResponse

        data = _event_dict(request, PostEventRequest, "events.create(request)", type_required=True)
        body = _WireBody({_envelope(CreateEventRequest): data})
        call = Call("events.create_event", {"body": body}, PostEventResponse.from_dict)
        return (yield from once(call))

    create = sync_op(_create)
    create_async = async_op(_create)
    create_event = create
    create_event_async = create_async

    def _create_model(
        self, request: PostModelEventRequest | Mapping[str, Any]
    ) -> Steps[PostEventResponse]:
        """Create one model (LLM call) event: ``model``, ``provider``, ``messages``, ``usage``...

        Like ``create``, an ``event_id`` is assigned when none is given.
        """
        from honeyhive_api.models import (
            CreateModelEventRequest,
            PostEventResponse,
            PostModelEventRequest,
        )

        what = "events.create_model(request)"
        data = _event_dict(request, PostModelEventRequest, what, type_required=False)
        body = _WireBody({_envelope(CreateModelEventRequest): data})
        call = Call("events.create_model_event", {"body": body}, PostEventResponse.from_dict)
        return (yield from once(call))

    create_model = sync_op(_create_model)
    create_model_async = async_op(_create_model)
    create_model_event = create_model
    create_model_event_async = create_model_async

    def _update(self, data: UpdateEventRequest | Mapping[str, Any]) -> Steps[None]:
        """Update a stored event: ``event_id`` plus the fields to merge (feedback, outputs...)."""
        from honeyhive_api.models import UpdateEventRequest

        what = "events.update(data)"
        if isinstance(data, UpdateEventRequest):
            fields: Mapping[str, Any] = data.to_dict()
        elif isinstance(data, Mapping):
            fields = data
        else:
            raise TypeError(
                f"{what} expects a dict or UpdateEventRequest, not {type(data).__name__}"
            )
        body = UpdateEventRequest.from_dict(_checked(fields, UpdateEventRequest, what))
        yield Call("events.update_event", {"body": body}, _none)
        return None

    update = sync_op(_update)
    update_async = async_op(_update)
    update_event = update
    update_event_async = update_async

    def _delete(self, event_id: str) -> Steps[DeleteEventResponse]:
        """Delete one event by id."""
        from honeyhive_api.models import DeleteEventResponse

        eid = require_str(event_id, "event_id")
        call = Call("events.delete_event", {"id": eid}, DeleteEventResponse.from_dict)
        return (yield from once(call))

    delete = sync_op(_delete)
    delete_async = async_op(_delete)
    delete_event = delete
    delete_event_async = delete_async

    # ---- reading -------------------------------------------------------------------------
    def _get_by_session_id(self, session_id: str) -> Steps[GetEventsResponse]:
        """All events of a session as ``response.events``, the session's root event first."""
        sid = require_str(session_id, "session_id")
        call = Call("events.get_events_by_session_id", {"id": sid}, _session_events)
        return (yield from once(call))

    get_by_session_id = sync_op(_get_by_session_id)
    get_by_session_id_async = async_op(_get_by_session_id)
    get_events_by_session_id = get_by_session_id
    get_events_by_session_id_async = get_by_session_id_async

    def _list(self, query: Mapping[str, Any] | None = None) -> Steps[GetEventsResponse]:
        """One page of events matching ``query``; see the module's README section for keys.

        ``query`` keys: ``project``, ``filters`` (list of dicts or ``Filter``), ``dateRange``
        (``{"$gte": ..., "$lte": ...}`` of datetimes, ISO strings or epoch ms, or a
        ``(start, end)`` pair), ``projections``, ``ignore_order``, ``limit``, ``page``,
        ``evaluation_id``. Use ``iter`` to walk every page.
        """
        kwargs = _query_kwargs(query, "events.get_events", "events.list(query)")
        return (yield from once(Call("events.get_events", kwargs, _events_page)))

    def _chart(self, query: Mapping[str, Any] | None = None) -> Steps[GetEventsChartResponse]:
        """An event metric aggregated over time buckets (``metric``, ``bucket``, ...)."""
        from honeyhive_api.models import GetEventsChartResponse
        from honeyhive_api.models.get_events_chart_aggregation import (
            GET_EVENTS_CHART_AGGREGATION_VALUES,
        )
        from honeyhive_api.models.get_events_chart_bucket import GET_EVENTS_CHART_BUCKET_VALUES

        what = "events.chart(query)"
        kwargs = _query_kwargs(query, "events.get_events_chart", what)
        if "bucket" in kwargs:
            _check_enum(kwargs["bucket"], GET_EVENTS_CHART_BUCKET_VALUES, f"{what}: bucket")
        if "aggregation" in kwargs:
            allowed = GET_EVENTS_CHART_AGGREGATION_VALUES
            _check_enum(kwargs["aggregation"], allowed, f"{what}: aggregation")
        parse = GetEventsChartResponse.from_dict
        return (yield from once(Call("events.get_events_chart", kwargs, parse)))

    chart = sync_op(_chart)
    chart_async = async_op(_chart)
    get_events_chart = chart
    get_events_chart_async = chart_async

    def _export(
        self, request: ExportEventsRequest | Mapping[str, Any]
    ) -> Steps[ExportEventsResponse]:
        """Export one page of events matching ``filters`` (``limit`` up to 7500, ``page``)."""
        from honeyhive_api.models import ExportEventsRequest, ExportEventsResponse

        what = "events.export(request)"
        body = as_dict(request, what, "a dict or ExportEventsRequest")
        body["filters"] = _filters(body.get("filters") or [])
        for key in ("dateRange", "date_range"):
            if body.get(key) is not None:
                body["dateRange"] = _date_range(body.pop(key))
        model = ExportEventsRequest.from_dict(body)
        call = Call("events.export_events", {"body": model}, ExportEventsResponse.from_dict)
        return (yield from once(call))

    export = sync_op(_export)
    export_async = async_op(_export)
    export_events = export
    export_events_async = export_async

    # ---- page iteration --------------------------------------------------------------------
    def _pages(self, query: Mapping[str, Any] | None) -> tuple[dict[str, Any], int, int]:
        kwargs = _query_kwargs(query, "events.get_events", "events.iter(query)")
        size = kwargs.setdefault("limit", LIST_PAGE_SIZE)
        return kwargs, size, kwargs.pop("page", 1)

    # ---- batches ---------------------------------------------------------------------------
    def _batch(self, data: object, *, model: bool, chunk_size: int) -> _Batch:
        """Check a batch, assign missing event ids and split it into chunks (nothing sent)."""
        from honeyhive_api.models import (
            CreateEventBatchRequest,
            CreateModelEventBatchRequest,
            PostEventRequest,
            PostModelEventRequest,
            SessionProperties,
        )

        size = _chunk_size(chunk_size)
        name = "create_model_batch" if model else "create_batch"
        what = f"events.{name}(data)"
        request_model: type = CreateModelEventBatchRequest if model else CreateEventBatchRequest
        item_model: type = PostModelEventRequest if model else PostEventRequest
        key = _envelope(request_model)
        if isinstance(data, list | tuple):
            raw: dict[str, Any] = {key: data}
        else:
            raw = as_dict(data, what, f'a dict like {{"{key}": [...]}}, a list, or a model')
        events = raw.pop(key, None)
        if not isinstance(events, list | tuple):
            raise TypeError(
                f"{what}: {key!r} must be a list of events, not {type(events).__name__}"
            )
        allowed = _batch_keys(request_model) - {key}
        unknown = sorted(set(raw) - allowed)
        if unknown:
            raise ValueError(
                f"{what}: unknown keys {unknown}; expected {key!r} and {sorted(allowed)}"
            )
        extra = dict(_checked({**raw, key: events}, request_model, what))
        del extra[key]
        if "session_properties" in extra:
            props = as_dict(extra["session_properties"], f"{what}: session_properties", "a dict")
            extra["session_properties"] = _checked(props, SessionProperties, what)
        checked = _event_dicts(events, item_model, f"{what}[{key!r}]", type_required=not model)
        chunks = [checked[i : i + size] for i in range(0, len(checked), size)]
        return _Batch(
            operation="events.create_model_event_batch" if model else "events.create_event_batch",
            key=key,
            extra=extra,
            chunks=chunks,
        )

    def _send_batch(self, batch: _Batch, what: str) -> PostEventBatchResponse:
        run = self._client._run
        batch.outcomes = [None] * len(batch.chunks)

        def send(index: int, session_id: str | None = None) -> None:
            # After a failure no new chunk starts: its events are reported as not stored.
            if batch.failed.is_set():
                return
            try:
                result = run(once(batch.call(index, session_id)))
                batch.outcomes[index] = result
            except HoneyHiveError as exc:
                batch.outcomes[index] = exc
                batch.failed.set()

        rest, session_id = list(range(len(batch.chunks))), None
        if batch.single_session:
            send(0)
            rest, session_id = rest[1:], _session_of(batch)
        if len(rest) == 1:
            send(rest[0], session_id)
        elif rest:
            # Imported here: only multi-chunk batches need threads.
            from concurrent.futures import ThreadPoolExecutor

            workers = min(MAX_CONCURRENT_CHUNKS, len(rest))
            with ThreadPoolExecutor(workers, thread_name_prefix="honeyhive-batch") as pool:
                list(pool.map(lambda i: send(i, session_id), rest))
        return batch.finish(what)

    async def _send_batch_async(self, batch: _Batch, what: str) -> PostEventBatchResponse:
        run = self._client._run_async
        batch.outcomes = [None] * len(batch.chunks)
        gate = asyncio.Semaphore(MAX_CONCURRENT_CHUNKS)

        async def send(index: int, session_id: str | None = None) -> None:
            async with gate:
                if batch.failed.is_set():
                    return
                try:
                    result = await run(once(batch.call(index, session_id)))
                    batch.outcomes[index] = result
                except HoneyHiveError as exc:
                    batch.outcomes[index] = exc
                    batch.failed.set()

        rest, session_id = list(range(len(batch.chunks))), None
        if batch.single_session:
            await send(0)
            rest, session_id = rest[1:], _session_of(batch)
        await asyncio.gather(*(send(i, session_id) for i in rest))
        return batch.finish(what)

    def create_batch(
        self,
        data: CreateEventBatchRequest | Mapping[str, Any] | Sequence[Any],
        *,
        chunk_size: int = BATCH_CHUNK_SIZE,
    ) -> PostEventBatchResponse:
        """Create many events: ``{"events": [...]}``, a list of events, or the generated model.

        Events without ``event_id`` get one before anything is sent. The events are sent in
        chunks of ``chunk_size`` (default 500), up to 4 chunks at a time; the response lists
        every ``event_id`` in input order. If a chunk still fails after the transport's
        retries, no new chunk starts and ``BatchError`` says which ids were stored and which
        were not (``error.failed_events`` can be resent safely).
        """
        batch = self._batch(data, model=False, chunk_size=chunk_size)
        return self._send_batch(batch, "events.create_batch")

    async def create_batch_async(
        self,
        data: CreateEventBatchRequest | Mapping[str, Any] | Sequence[Any],
        *,
        chunk_size: int = BATCH_CHUNK_SIZE,
    ) -> PostEventBatchResponse:
        """The async twin of ``create_batch`` (chunks sent concurrently, at most 4 at a time)."""
        batch = self._batch(data, model=False, chunk_size=chunk_size)
        return await self._send_batch_async(batch, "events.create_batch")

    create_event_batch = create_batch
    create_event_batch_async = create_batch_async

    def create_model_batch(
        self,
        data: Mapping[str, Any] | Sequence[Any],
        *,
        chunk_size: int = BATCH_CHUNK_SIZE,
    ) -> PostEventBatchResponse:
        """Create many model events: ``{"model_events": [...]}`` or a list; chunked like
        ``create_batch``, with the same ``BatchError`` on partial failure."""
        batch = self._batch(data, model=True, chunk_size=chunk_size)
        return self._send_batch(batch, "events.create_model_batch")

    async def create_model_batch_async(
        self,
        data: Mapping[str, Any] | Sequence[Any],
        *,
        chunk_size: int = BATCH_CHUNK_SIZE,
    ) -> PostEventBatchResponse:
        """The async twin of ``create_model_batch``."""
        batch = self._batch(data, model=True, chunk_size=chunk_size)
        return await self._send_batch_async(batch, "events.create_model_batch")

    create_model_event_batch = create_model_batch
    create_model_event_batch_async = create_model_batch_async

    # Last in the class body: from here on ``list`` and ``iter`` name these methods, not the
    # builtins, in class scope (``iter`` is a real method: it pages, it does not wrap a call).
    list = sync_op(_list)
    list_async = async_op(_list)
    get_events = list
    get_events_async = list_async
    list_events = list
    list_events_async = list_async

    def iter(self, query: Mapping[str, Any] | None = None) -> Iterator[Event]:
        """Every event matching ``query``, fetched one page (``limit``, default 1000) at a time.

        Only one page is held in memory; iteration stops at the first short or empty page.
        The query is checked now, the first page is fetched by the first ``next()``.
        """
        return self._walk(*self._pages(query))

    def iter_async(self, query: Mapping[str, Any] | None = None) -> AsyncIterator[Event]:
        """The async twin of ``iter``: ``async for event in client.events.iter_async(q)``."""
        return self._walk_async(*self._pages(query))

    def _walk(self, kwargs: dict[str, Any], size: int, page: int) -> Iterator[Event]:
        while True:
            call = Call("events.get_events", {**kwargs, "page": page}, _events_page)
            events = self._client._run(once(call)).events
            yield from events
            if len(events) < size:
                return
            page += 1

    async def _walk_async(
        self, kwargs: dict[str, Any], size: int, page: int
    ) -> AsyncIterator[Event]:
        while True:
            call = Call("events.get_events", {**kwargs, "page": page}, _events_page)
            events = (await self._client._run_async(once(call))).events
            for event in events:
                yield event
            if len(events) < size:
                return
            page += 1


@functools.cache
def _batch_keys(model: type) -> frozenset[str]:
    import attrs

    return frozenset(a.name for a in attrs.fields(model) if a.init)


def _session_of(batch: _Batch) -> str | None:
    first = batch.outcomes[0] if batch.outcomes else None
    session_id = getattr(first, "session_id", None)
    return session_id if isinstance(session_id, str) else None
