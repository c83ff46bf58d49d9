"""Event payloads on their way out: checked, unwrapped, and given client-chosen ids.

Used by ``client.events`` and ``client.sessions``. Every function here is pure (no I/O) and
never changes the caller's objects: a dict that needs no change is sent as it is, otherwise
a copy is made.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

from .._checks import _check_enum, _checked, _rules
from .._convert import new_id, wire_dict

__all__ = ["event_dict", "event_dicts", "event_types", "unwrap", "uuid4s"]


@functools.cache
def event_types() -> frozenset[str]:
    """The event types the service knows (imported once: this runs for every event of a batch)."""
    from honeyhive_api.models.legacy_post_event_request_event_event_type import (
        LEGACY_POST_EVENT_REQUEST_EVENT_EVENT_TYPE_VALUES,
    )

    return frozenset(LEGACY_POST_EVENT_REQUEST_EVENT_EVENT_TYPE_VALUES)


def unwrap(value: object, key: str, what: str, expected: str) -> Mapping[str, Any]:
    """The payload of a request given flat or wrapped in its envelope (``{"event": {...}}``).

    The official SDK 1.7.0 builds ``PostEventRequest(event={...})`` and
    ``StartSessionRequest(session={...})``; the reference doc passes the event or session
    itself. Both arrive here as a dict (a model through its ``to_dict()``): a dict whose
    ``key`` holds a mapping (or a model) is the wrapper, and may hold nothing else.
    """
    data = wire_dict(value, what, expected)
    inner = data.get(key)
    if not (isinstance(inner, Mapping) or callable(getattr(inner, "to_dict", None))):
        return data
    if len(data) > 1:
        others = sorted(str(k) for k in data if k != key)
        raise ValueError(f"{what}: unknown keys {others} next to {key!r}; pass only {key!r}")
    return inner if isinstance(inner, Mapping) else wire_dict(inner, f"{what}: {key}", "a dict")


def event_dict(
    value: object,
    model: type,
    what: str,
    *,
    type_required: bool,
    expected: str = "",
    next_id: Callable[[], str] = new_id,
    top: bool = True,
) -> dict[str, Any]:
    """One event, checked against ``model``, in wire form, with an ``event_id`` if it had none.

    The id is chosen here, before the first attempt, so the transport's retries resend the
    same id and the service stores the event once. The caller's object is never mutated (a
    request reused for a second event must not carry the first one's id). ``top`` is False
    for an event of a batch (not the body itself: ``extra_body`` cannot reach its keys).
    """
    data: Mapping[str, Any]
    if type(value) is dict or isinstance(value, Mapping):
        data = value
    else:
        data = wire_dict(value, what, expected or f"a dict or {model.__name__}")
    event_type = data.get("event_type")
    if type(event_type) is not str or event_type not in event_types():
        if event_type is not None or type_required:
            _check_enum(event_type, event_types(), f"{what}: event_type")
        elif "event_type" in data:  # None: let the service apply its default
            data = {k: v for k, v in data.items() if k != "event_type"}
    data = _checked(data, model, what, top=top)
    if not data.get("event_id"):
        return {**data, "event_id": next_id()}
    return data if type(data) is dict else dict(data)


def event_dicts(
    events: Sequence[object], model: type, what: str, *, type_required: bool
) -> list[dict[str, Any]]:
    """``event_dict`` for every event of a batch, as fast as a batch of 100,000 needs.

    Events of one batch usually share a shape (the same keys, with values of the same
    types). An event with the shape of the last one that passed (unchanged, or given only
    the id it lacked) passes too, as long as its event type, its id and its list items (the
    checks a shape cannot vouch for) are fine: that halves the cost of checking a batch.
    """
    schema = _rules(model)
    list_keys = [k for k, rule in schema.rules.items() if rule.items is not None]
    types = event_types()
    next_id = uuid4s(len(events)).__next__
    result: list[dict[str, Any]] = []
    passed: tuple[object, ...] = ()
    index = 0
    try:
        for index, event in enumerate(events):  # noqa: B007 - read by the except clause
            shape: tuple[object, ...] = ()
            if type(event) is dict:
                shape = (*event, *map(type, event.values()))
                kind = event.get("event_type")
                if (
                    shape == passed
                    and (kind in types or (kind is None and not type_required))
                    and not any(event.get(k) for k in list_keys)
                ):
                    if "event_id" not in event:
                        result.append({**event, "event_id": next_id()})
                        continue
                    if event["event_id"]:
                        result.append(event)
                        continue
            checked = event_dict(
                event, model, what, type_required=type_required, next_id=next_id, top=False
            )
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


def uuid4s(count: int) -> Iterator[str]:
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
