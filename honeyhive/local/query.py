"""Event filters, date ranges, projections and aggregates, as the local server applies them.

A ``Filter`` is ``{"field", "operator", "value", "type"}``. ``field`` is a dotted path into
the stored event (``metadata.cost``, ``inputs.user_id``). ``type`` (``string``, ``number``,
``boolean``, ``datetime``, ``id``) says how both sides are compared; when it is missing it
is taken from the JSON type of ``value``. Semantics of each operator:

* ``exists`` / ``not exists``: the field is present and not null (``value`` is ignored);
* ``is`` / ``is not``: equal as ``type``; on an array field, any element equal;
  ``is not`` holds for a missing field;
* ``contains`` / ``not contains``: substring (case-sensitive) of the field as text; on an
  array field, an element equal to ``value``;
* ``greater than`` / ``less than``: numbers, datetimes, or strings in code-point order;
* ``after`` / ``before``: datetimes (ISO-8601 text or milliseconds since the epoch).

A ``value`` that cannot be read as ``type`` is a 400 naming the filter, never a silent
non-match; so is a filter that is not an object, has no ``field``, or names an unknown
``operator`` or ``type`` (some routes describe filters as free-form objects, so the shape
is checked here too). Where a list of filters is expected, one filter object is read as a
list of one.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from .errors import ApiError

__all__ = [
    "MISSING",
    "Predicate",
    "aggregate",
    "compile_filters",
    "date_bounds",
    "get_path",
    "iso_from_ms",
    "now_ms",
    "parse_time",
    "project",
]

Predicate = Callable[[Mapping[str, Any]], bool]


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()

_TRUE = {"true", "1", "yes"}
_FALSE = {"false", "0", "no"}


def now_ms() -> float:
    """Milliseconds since the epoch, as events carry times."""
    return datetime.now(UTC).timestamp() * 1000.0


def iso_from_ms(ms: float) -> str:
    """ISO-8601 UTC text with milliseconds and a ``Z``."""
    moment = datetime.fromtimestamp(ms / 1000.0, UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def parse_time(value: Any) -> float | None:
    """Milliseconds since the epoch from ISO-8601 text or a number; None if unreadable."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return float(value) if math.isfinite(value) else None
    if isinstance(value, str):
        text = value.strip()
        try:
            return float(text)
        except ValueError:
            pass
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            return None
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)  # naive times are taken as UTC
        return moment.timestamp() * 1000.0
    return None


def get_path(obj: Any, path: str) -> Any:
    """The value at a dotted path, or ``MISSING``; an exact key with dots wins."""
    if isinstance(obj, Mapping) and path in obj:
        return obj[path]
    current = obj
    for part in path.split("."):
        if isinstance(current, Mapping) and part in current:
            current = current[part]
        elif isinstance(current, list) and part.isdigit() and int(part) < len(current):
            current = current[int(part)]
        else:
            return MISSING
    return current


def date_bounds(
    date_range: Mapping[str, Any] | None, where: str = "dateRange", location: str = "query"
) -> tuple[float | None, float | None]:
    """(low, high) in ms from a ``DateRange``; 400 on an unreadable bound."""
    if not date_range:
        return None, None
    if not isinstance(date_range, Mapping):
        raise ApiError.invalid_field(
            where, "must be a JSON object with '$gte' and/or '$lte'", location
        )
    bounds: list[float | None] = []
    for key in ("$gte", "$lte"):
        raw = date_range.get(key)
        if raw is None:
            bounds.append(None)
            continue
        parsed = parse_time(raw)
        if parsed is None:
            raise ApiError.invalid_field(
                f"{where}.{key}",
                f"{raw!r} is not an ISO-8601 date or milliseconds since the epoch",
                location,
            )
        bounds.append(parsed)
    return bounds[0], bounds[1]


def project(event: Mapping[str, Any], fields: Sequence[str]) -> dict[str, Any]:
    """Only ``fields`` of ``event`` (dotted paths allowed), plus ``event_id``."""
    out: dict[str, Any] = {"event_id": event["event_id"]}
    for field in fields:
        value = get_path(event, field)
        if value is MISSING:
            continue
        target = out
        parts = field.split(".") if field not in event else [field]
        for part in parts[:-1]:
            nested = target.setdefault(part, {})
            if not isinstance(nested, dict):
                break
            target = nested
        else:
            target[parts[-1]] = value
    return out


# -- filters -----------------------------------------------------------------------------


def _infer_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    return "string"


def _as_text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, int | float):
        return str(value)
    return json.dumps(value, sort_keys=True)


def _as_number(value: Any) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            number = float(value)
        except ValueError:
            return None
        return number if math.isfinite(number) else None
    return None


def _as_bool(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        low = value.strip().lower()
        if low in _TRUE:
            return True
        if low in _FALSE:
            return False
    return None


_COERCE: dict[str, Callable[[Any], Any]] = {
    "string": _as_text,
    "id": _as_text,
    "number": _as_number,
    "boolean": _as_bool,
    "datetime": parse_time,
}


_OPERATORS = frozenset(
    {
        "exists",
        "not exists",
        "is",
        "is not",
        "contains",
        "not contains",
        "greater than",
        "less than",
        "after",
        "before",
    }
)


def _compile_one(spec: Any, where: str, location: str) -> Predicate:
    # Some routes take filters as free-form objects: their shape is checked here.
    if not isinstance(spec, Mapping):
        raise ApiError.invalid_field(where, "a filter must be a JSON object", location)
    if not isinstance(spec.get("field"), str) or not spec["field"]:
        raise ApiError.invalid_field(
            f"{where}.field", "required: the event field to filter on", location
        )
    if spec.get("operator") not in _OPERATORS:
        raise ApiError.invalid_field(
            f"{where}.operator",
            f"{spec.get('operator')!r} is not one of: {', '.join(sorted(_OPERATORS))}",
            location,
        )
    field = str(spec["field"])
    operator = str(spec["operator"])
    raw = spec.get("value")
    if isinstance(raw, dict | list):
        raise ApiError.invalid_field(
            f"{where}.value", "must be a string, number, boolean or null", location
        )
    kind = str(spec.get("type") or _infer_type(raw))
    if kind not in _COERCE:
        raise ApiError.invalid_field(
            f"{where}.type", f"{kind!r} is not one of: {', '.join(sorted(_COERCE))}", location
        )
    if operator in ("exists", "not exists"):
        want = operator == "exists"
        return lambda e: (get_path(e, field) not in (MISSING, None)) is want
    if operator in ("after", "before"):
        kind = "datetime"
    coerce = _COERCE[kind]
    if raw is None:
        if operator not in ("is", "is not"):
            raise ApiError.invalid_field(
                f"{where}.value", f"operator {operator!r} needs a value", location
            )
        target: Any = None
    else:
        target = coerce(raw)
        if target is None:
            raise ApiError.invalid_field(
                f"{where}.value", f"{raw!r} cannot be read as {kind}", location
            )
    if operator in ("greater than", "less than", "after", "before") and kind == "boolean":
        raise ApiError.invalid_field(
            f"{where}.operator", f"{operator!r} does not apply to booleans", location
        )

    def values(event: Mapping[str, Any]) -> list[Any]:
        actual = get_path(event, field)
        if actual is MISSING:
            return []
        items = actual if isinstance(actual, list) else [actual]
        return [c for c in (None if v is None else coerce(v) for v in items) if c is not None]

    if operator in ("is", "is not"):
        want = operator == "is"
        if target is None:
            return lambda e: (get_path(e, field) in (MISSING, None)) is want
        return lambda e: (target in values(e)) is want
    if operator in ("contains", "not contains"):
        want = operator == "contains"
        needle = _as_text(raw)

        def contains(event: Mapping[str, Any]) -> bool:
            actual = get_path(event, field)
            if actual is MISSING or actual is None:
                return False
            if isinstance(actual, list):
                return target in values(event)
            return needle in _as_text(actual)

        return lambda e: contains(e) is want
    greater = operator in ("greater than", "after")

    def compare(event: Mapping[str, Any]) -> bool:
        for value in values(event):
            try:
                if (value > target) if greater else (value < target):
                    return True
            except TypeError:
                continue
        return False

    return compare


def compile_filters(
    filters: Iterable[Mapping[str, Any]] | Mapping[str, Any] | None,
    where: str = "filters",
    location: str = "query",
) -> Predicate:
    """One predicate that holds when every filter holds (400 on an unusable filter).

    A single filter object is read as a list of one.
    """
    if isinstance(filters, Mapping):
        filters = [filters]
    predicates = [_compile_one(f, f"{where}[{i}]", location) for i, f in enumerate(filters or [])]
    if not predicates:
        return lambda e: True
    return lambda e: all(p(e) for p in predicates)


# -- aggregates --------------------------------------------------------------------------


def _percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    rank = (len(ordered) - 1) * q
    low = math.floor(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def aggregate(values: Sequence[float], how: str) -> float | None:
    """``avg``/``average``, ``sum``, ``min``, ``max``, ``count``, ``median``, ``pNN``.

    None when there is nothing to aggregate, and when the result is not a finite number
    (a sum of large values overflows a double): JSON has no infinities, and answers that
    carry an aggregate declare it nullable.
    """
    result = _aggregate(values, how)
    return result if result is None or math.isfinite(result) else None


def _aggregate(values: Sequence[float], how: str) -> float | None:
    if how == "count":
        return float(len(values))
    if not values:
        return None
    if how in ("avg", "average"):
        return sum(values) / len(values)
    if how == "sum":
        return float(sum(values))
    if how == "min":
        return float(min(values))
    if how == "max":
        return float(max(values))
    if how in ("median", "p50"):
        return _percentile(values, 0.5)
    if how.startswith("p") and how[1:].isdigit():
        return _percentile(values, int(how[1:]) / 100.0)
    raise ValueError(f"unknown aggregation {how!r}")
