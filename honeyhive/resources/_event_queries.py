"""Reading events: filters, date ranges, the bodies of search and export, and their answers.

Today's service reads events through ``POST /v1/events/search`` (filters, a date range, pages
of at most 1000 events); ``POST /v1/events/export`` (deprecated) is what the official SDK
1.7.0 calls ``export``. The reference doc's query dict (``GET /events`` of January 2026) is
translated here into a search body.
"""

from __future__ import annotations

import datetime as _dt
import difflib
import functools
import inspect
import json
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from .._checks import WireBody, _check_enum, _checked, _rules, json_arg, snake
from .._convert import as_dict, positive_int, require_str, wire_dict
from .._operation import Call, Steps, load_operation
from .._pagination import Page, Walk, collect

if TYPE_CHECKING:
    from honeyhive_api.models import GetEventsResponse, SessionTreeNode

    from ..models import EventExportResponse

__all__ = [
    "EARLIEST",
    "LATEST",
    "SEARCH",
    "SEARCH_PAGE_LIMIT",
    "chart_kwargs",
    "event_walk",
    "events_list",
    "export_body",
    "filters",
    "list_parser",
    "list_request",
    "merged_query",
    "page_of",
    "search_body",
    "session_events",
    "session_tree",
]

T = TypeVar("T")

#: The generated operations events are read through: search, and export, the one route that
#: takes a ``project`` and ``projections`` (the doc's ``events.list`` query may carry both).
SEARCH = "events.search_events"
EXPORT = "events.export_events_legacy"
#: The largest page ``POST /v1/events/search`` serves (its ``limit`` maximum).
SEARCH_PAGE_LIMIT = 1000
#: The bounds sent for a date range given with one side only (the search needs both).
EARLIEST = "1970-01-01T00:00:00.000Z"
LATEST = "9999-12-31T23:59:59.999Z"
#: Operators that test a field's presence: their filters carry ``value: null``.
EXISTENCE = frozenset({"exists", "not exists"})

_FILTER_SHAPE = "a dict like {'field': ..., 'operator': ..., 'value': ...}"


# --------------------------------------------------------------------------- filters
@functools.cache
def _filter_model() -> type:
    from honeyhive_api.models import EventSearchFilter

    return EventSearchFilter


def filters(value: object, what: str = "filters", *, typed: bool = False) -> list[dict[str, Any]]:
    """Filters in wire form ``{field, operator, value, type}``, checked before sending.

    A filter without ``type`` gets one inferred from its value (the reference doc's filters
    have none; the service compares by it); with ``typed`` (the export route requires it)
    every filter carries one, ``string`` when nothing can be inferred. ``value`` is required
    on the wire: an ``exists`` / ``not exists`` filter without one sends null.
    """
    model = _filter_model()
    operators = _rules(model).choices["operator"]
    if isinstance(value, str):
        value = json_arg(value, what)
    if isinstance(value, Mapping) or hasattr(value, "to_dict"):
        value = [value]
    if not isinstance(value, list | tuple):
        raise TypeError(f"{what} must be a list of filter dicts, not {type(value).__name__}")
    result = []
    for index, item in enumerate(value):
        where = f"{what}[{index}]"
        f = dict(wire_dict(item, where, _FILTER_SHAPE))
        require_str(f.get("field"), f"{where}['field']")
        operator = _check_enum(f.get("operator"), operators, f"{where}['operator']")
        if "value" not in f:
            if operator not in EXISTENCE:
                raise ValueError(f"{where}: 'value' is required with operator {operator!r}")
            f["value"] = None
        found = f["value"]
        if isinstance(found, _dt.datetime | _dt.date):
            f["value"] = found = instant(found, f"{where}['value']")
            f.setdefault("type", "datetime")
        if f.get("type") is None:
            inferred = _value_type(found)
            if inferred is None and not typed:
                f.pop("type", None)
            else:
                f["type"] = inferred or "string"
        result.append(dict(_checked(f, model, where)))
    return result


def _value_type(value: object) -> str | None:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    return None


# --------------------------------------------------------------------------- date ranges
def instant(value: object, what: str, *, numbers: bool = False) -> str | float:
    """A date-range bound as ISO-8601 UTC with milliseconds (``...T00:00:00.000Z``).

    Accepts datetimes (naive ones are UTC), dates, ISO-8601 strings and epoch milliseconds;
    with ``numbers`` epoch milliseconds are kept as they are (the seed chart route reads them).
    """
    if isinstance(value, bool):
        raise TypeError(f"{what} must be a datetime, an ISO-8601 string or epoch ms, not bool")
    if isinstance(value, int | float):
        if numbers:
            return value
        try:
            value = _dt.datetime.fromtimestamp(value / 1000, _dt.UTC)
        except (OverflowError, OSError, ValueError):
            raise ValueError(f"{what}: {value!r} is not a usable epoch-milliseconds time") from None
    elif isinstance(value, str):
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


#: Every spelling of the two bounds: the doc's (and export's) ``$gte``/``$lte``, 1.7.0's
#: dumped ``gte``/``lte``, and search's ``start_time``/``end_time``.
_BOUNDS = {"$gte": 0, "gte": 0, "start_time": 0, "$lte": 1, "lte": 1, "end_time": 1}


def bounds(value: object, what: str = "dateRange") -> tuple[object, object]:
    """The (start, end) of a date range; either may be None (open)."""
    if isinstance(value, str):
        value = json_arg(value, what)
    if isinstance(value, tuple | list):
        if len(value) != 2:
            raise ValueError(f"{what} as a sequence must be (start, end), not {len(value)} items")
        return value[0], value[1]
    raw = wire_dict(value, what, "a dict like {'$gte': start, '$lte': end}, or (start, end)")
    found: list[object] = [None, None]
    for key, bound in raw.items():
        slot = _BOUNDS.get(key)
        if slot is None:
            raise ValueError(f"{what}: unknown key {key!r}; expected '$gte' and/or '$lte'")
        if bound is not None:
            found[slot] = bound
    return found[0], found[1]


def _both(value: object, what: str) -> tuple[str, str]:
    start, end = bounds(value, what)
    return (
        EARLIEST if start is None else str(instant(start, f"{what} start")),
        LATEST if end is None else str(instant(end, f"{what} end")),
    )


def search_range(value: object, what: str = "dateRange") -> dict[str, str]:
    """``dateRange`` as search reads it: ``{"start_time": iso, "end_time": iso}``, both set."""
    start, end = _both(value, what)
    return {"start_time": start, "end_time": end}


def export_range(value: object, what: str = "dateRange") -> dict[str, str]:
    """``dateRange`` as export reads it: ``{"$gte": iso, "$lte": iso}``, both set."""
    start, end = _both(value, what)
    return {"$gte": start, "$lte": end}


def chart_range(value: object, what: str = "dateRange") -> dict[str, Any]:
    """``dateRange`` as the seed chart route reads it: the given bounds of ``$gte``/``$lte``."""
    start, end = bounds(value, what)
    result: dict[str, Any] = {}
    if start is not None:
        result["$gte"] = instant(start, f"{what}['$gte']", numbers=True)
    if end is not None:
        result["$lte"] = instant(end, f"{what}['$lte']", numbers=True)
    return result


# --------------------------------------------------------------------------- request bodies
#: Keys of the reference doc's query (``events.list``) and of a search body; the doc's
#: ``project`` and ``projections`` are not search fields (see `search_body`).
_SEARCH_KEYS = ("filters", "dateRange", "limit", "page", "ignore_order", "evaluation_id")
_QUERY_KEYS = (*_SEARCH_KEYS, "project", "projections")
_EXPORT_KEYS = _QUERY_KEYS


def _canonical(key: object, allowed: Sequence[str], what: str) -> str:
    """The wire name of a query key given in wire or snake_case form."""
    if isinstance(key, str):
        if key in allowed:
            return key
        for name in allowed:
            if snake(name) == key:
                return name
    names = ", ".join(sorted(allowed))
    close = difflib.get_close_matches(key, allowed, n=1) if isinstance(key, str) else []
    hint = f"did you mean {close[0]!r}? " if close else ""
    raise ValueError(f"{what}: unknown query key {key!r}; {hint}expected one of {names}")


def _int(value: object, key: str, what: str, *, most: int | None = None) -> int:
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # 1.7.0's models type limit and page as numbers
    number = positive_int(value, f"{what}: {key}")
    if most is not None and number > most:
        raise ValueError(
            f"{what}: {key} must be at most {most} (the service's largest page), not {number}"
        )
    return number


def _projections(value: object, what: str) -> list[str]:
    if isinstance(value, str):
        value = [value] if not value.startswith("[") else json_arg(value, "projections")
    if not isinstance(value, list | tuple) or not all(isinstance(p, str) for p in value):
        raise TypeError(f"{what}: projections must be a list of field names")
    return list(value)


def _common(name: str, value: object, what: str, *, typed: bool, most: int | None) -> object:
    """One checked field of a search or export body, in wire form."""
    if name == "filters":
        return filters(value, typed=typed)
    if name == "dateRange":
        return export_range(value) if typed else search_range(value)
    if name == "projections":
        return _projections(value, what)
    if name in ("limit", "page"):
        return _int(value, name, what, most=most if name == "limit" else None)
    if name == "ignore_order":
        if not isinstance(value, bool):
            raise TypeError(f"{what}: {name} must be true or false, not {value!r}")
        return value
    if not isinstance(value, str):  # project, evaluation_id
        raise TypeError(f"{what}: {name} must be a string, not {type(value).__name__}")
    return value


def search_body(
    query: object, what: str, *, doc_query: bool
) -> tuple[dict[str, Any], list[str] | None]:
    """A ``POST /v1/events/search`` body, and the projections to apply to its answer.

    ``doc_query``: the reference doc's ``events.list`` query, whose ``project`` is checked but
    not sent (today's search is scoped by the API key's project) and whose ``projections``
    are applied to the answer here (search has no such field). Otherwise the keys of
    ``SearchEventsRequest``, and nothing else.
    """
    allowed = _QUERY_KEYS if doc_query else _SEARCH_KEYS
    expected = "a dict of query parameters" if doc_query else "a dict or SearchEventsRequest"
    raw = {} if query is None else as_dict(query, what, expected)
    body: dict[str, Any] = {}
    projections: list[str] | None = None
    for key, value in raw.items():
        name = _canonical(key, allowed, what)
        if value is None:
            continue
        checked = _common(name, value, what, typed=False, most=SEARCH_PAGE_LIMIT)
        if name == "projections":
            projections = checked  # type: ignore[assignment]
        elif name != "project":
            body[name] = checked
    return body, projections


def export_body(request: object, options: Mapping[str, Any], what: str) -> dict[str, Any]:
    """A ``POST /v1/events/export`` body from a request dict or from 1.7.0's keywords.

    ``options`` holds the keyword arguments that were given (not None). ``project`` is sent
    as the official SDK 1.7.0 sends it (the body is open; the service scopes the export by
    it). The 1.7.0 form always sends ``limit`` (default 1000) and ``page`` (default 1), as
    1.7.0 does.
    """
    if request is not None:
        if set(options) - {"project"}:
            raise TypeError(f"{what}: pass the query as a dict or as keyword arguments, not both")
        raw = as_dict(request, what, "a dict, an export request model, or a project name")
        if "project" in options:
            raw.setdefault("project", options["project"])
    else:
        raw = {"limit": 1000, "page": 1, **options}
        if "date_range" in raw:
            raw["dateRange"] = raw.pop("date_range")
    body: dict[str, Any] = {}
    for key, value in raw.items():
        name = _canonical(key, _EXPORT_KEYS, what)
        if value is None:
            continue
        body[name] = _common(name, value, what, typed=True, most=None)
    body.setdefault("filters", [])
    return body


#: The event read methods' keyword arguments -> the query keys they stand for.
KEYWORD_KEYS = {
    "project": "project",
    "filters": "filters",
    "date_range": "dateRange",
    "projections": "projections",
    "limit": "limit",
    "page": "page",
    "ignore_order": "ignore_order",
    "evaluation_id": "evaluation_id",
}


def merged_query(
    what: str, query: object, keywords: Mapping[str, object], *, doc_query: bool, expected: str
) -> object:
    """``query`` (a mapping or model) with the keyword arguments given beside it, by query key.

    Keys of ``query`` may be wire (``dateRange``) or snake_case (``date_range``) names; a key
    given both in ``query`` and as a keyword is a TypeError, an unknown one a ValueError, both
    naming ``what``. With no keyword given, ``query`` is returned as it is.
    """
    given = {KEYWORD_KEYS[k]: v for k, v in keywords.items() if v is not None}
    if not given:
        return query
    allowed = _QUERY_KEYS if doc_query else _SEARCH_KEYS
    merged: dict[str, Any] = {}
    if query is not None:
        for key, value in as_dict(query, what, expected).items():
            merged[_canonical(key, allowed, what)] = value
    for name, value in given.items():
        _canonical(name, allowed, what)
        if merged.get(name) is not None:
            raise TypeError(f"{what}: {name!r} given twice, in the query and as a keyword argument")
        merged[name] = value
    return merged


def list_request(query: object, what: str) -> tuple[str, dict[str, Any], list[str] | None]:
    """The operation, body and client-side projections of the doc's ``events.list`` query.

    Search is today's read route, scoped by the API key's project; a query that names a
    ``project`` or ``projections`` goes to the export route, the one that takes both, so the
    doc's ``events.list({"project": ...})`` reads that project's events.
    """
    raw = {} if query is None else as_dict(query, what, "a dict of query parameters")
    named = {_canonical(key, _QUERY_KEYS, what) for key, value in raw.items() if value is not None}
    if named & {"project", "projections"}:
        return EXPORT, export_body(raw, {}, what), None
    body, projections = search_body(raw, what, doc_query=True)
    return SEARCH, body, projections


def search_call(
    body: dict[str, Any], parse: Callable[[Any], T], operation: str = SEARCH
) -> Call[T]:
    """The search (or export) request for ``body`` (a page of events)."""
    return Call(operation, {"body": WireBody(body)}, parse)


# --------------------------------------------------------------------------- answers
def page_of(data: Any) -> tuple[list[dict[str, Any]], float | None]:
    """The events of a search/export answer and its ``count`` (None if absent).

    Accepts ``{"events": [...], "count": n}`` (today), ``totalEvents`` for ``count`` (1.7.0
    reads either) and a bare array of events.
    """
    count: Any = None
    if isinstance(data, Mapping):
        items = data["events"]
        count = data.get("count", data.get("totalEvents"))
    else:
        items = data
    if not isinstance(items, list):
        raise TypeError(f"events must be a JSON array, not {type(items).__name__}")
    for item in items:
        if not isinstance(item, Mapping):
            raise TypeError(f"each event must be a JSON object, not {type(item).__name__}")
    if count is not None and (isinstance(count, bool) or not isinstance(count, int | float)):
        raise TypeError(f"count must be a number, not {type(count).__name__}")
    return items, count


def events_list(items: Iterable[Mapping[str, Any]], projections: list[str] | None) -> list[Any]:
    """``LegacyEvent`` objects, keeping only ``projections`` (and ``event_id``) when given."""
    from honeyhive_api.models import LegacyEvent

    parse = LegacyEvent.from_dict
    if projections:
        keep = {*projections, "event_id"}
        return [parse({k: v for k, v in e.items() if k in keep}) for e in items]
    return [parse(e) for e in items]


def list_parser(projections: list[str] | None) -> Callable[[Any], GetEventsResponse]:
    """Parse a search page into the doc's ``GetEventsResponse`` (``events``, ``total_events``)."""
    from honeyhive_api.models import GetEventsResponse

    def parse(data: Any) -> GetEventsResponse:
        items, count = page_of(data)
        events = events_list(items, projections)
        return GetEventsResponse(
            events=events, total_events=len(events) if count is None else count
        )

    return parse


def export_response(data: Any) -> EventExportResponse:
    """The export (or search) answer as ``EventExportResponse`` (``.count``, ``.total_events``)."""
    from ..models import EventExportResponse

    items, count = page_of(data)
    body = dict(data) if isinstance(data, Mapping) else {"events": items}
    body.pop("totalEvents", None)
    body["count"] = len(items) if count is None else count
    return EventExportResponse.from_dict(body)


def page_parser(projections: list[str] | None) -> Callable[[Any], Page[Any]]:
    """Parse a search/export answer into a `Page` of ``LegacyEvent`` (its total: ``count``)."""

    def parse(data: Any) -> Page[Any]:
        items, count = page_of(data)
        return Page(events_list(items, projections), items, count)

    return parse


def _raw_page(data: Any) -> Page[dict[str, Any]]:
    items, count = page_of(data)
    return Page(items, items, count)


def event_walk(
    operation: str, body: Mapping[str, Any], projections: list[str] | None, what: str
) -> Walk[Any]:
    """Every page of a search (or export) ``body``, from its ``page`` (default 1) on.

    ``limit`` (default: search's largest page) is the page size asked for; the service may
    serve fewer per page, which does not end the walk (see ``honeyhive._pagination``).
    """
    query = dict(body)
    query.setdefault("limit", SEARCH_PAGE_LIMIT)
    first = query.pop("page", 1)
    parse = page_parser(projections)
    return Walk(what, lambda n: search_call({**query, "page": n}, parse, operation), first)


# --------------------------------------------------------------------------- sessions
def _session_order(event: Mapping[str, Any]) -> tuple[int, float]:
    start = event.get("start_time")
    when = start if isinstance(start, int | float) and not isinstance(start, bool) else math.inf
    return (0 if event.get("event_type") == "session" else 1, float(when))


def session_events(session_id: str, limit: int | None = None) -> Steps[list[dict[str, Any]]]:
    """Every event of a session (at most ``limit``): the root first, then by ``start_time``.

    One search per page of up to 1000 events, until the service's total or an empty page.
    """
    size = SEARCH_PAGE_LIMIT if limit is None else min(limit, SEARCH_PAGE_LIMIT)
    only = [{"field": "session_id", "operator": "is", "value": session_id, "type": "string"}]

    def request(page: int) -> Call[Page[dict[str, Any]]]:
        return search_call({"filters": only, "limit": size, "page": page}, _raw_page)

    walk = Walk(f"the events of session {session_id!r}", request, max_items=limit)
    found = yield from collect(walk)
    found.sort(key=_session_order)  # stable: the service's order breaks ties
    return found


def session_tree(session_id: str, events: list[dict[str, Any]]) -> SessionTreeNode | None:
    """The session as a tree: its root event, children nested by ``parent_id``; None if no root.

    Events whose parent is not in the session (or that a ``parent_id`` cycle would cut off)
    hang under the root. Built without recursion, so a deep trace cannot hit the limit.
    """
    from honeyhive_api.models import SessionTreeNode

    sessions = [
        e for e in events if e.get("event_type") == "session" and isinstance(e.get("event_id"), str)
    ]
    if not sessions:
        return None
    root_event = next((e for e in sessions if e.get("event_id") == session_id), sessions[0])
    nodes: dict[str, SessionTreeNode] = {}
    order: list[tuple[SessionTreeNode, object]] = []
    for event in events:
        event_id = event.get("event_id")
        if not isinstance(event_id, str) or event_id in nodes:
            continue
        node = SessionTreeNode.from_dict({k: v for k, v in event.items() if k != "children"})
        nodes[event_id] = node
        order.append((node, event.get("parent_id")))
    root = nodes[root_event["event_id"]]
    kids: dict[int, list[SessionTreeNode]] = {id(node): [] for node, _ in order}
    for node, parent_id in order:
        if node is not root:
            parent = nodes.get(parent_id) if isinstance(parent_id, str) else None
            kids[id(parent or root)].append(node)
    children: dict[int, list[SessionTreeNode]] = {id(node): [] for node, _ in order}
    reached = {id(root)}

    def grow(top: SessionTreeNode) -> None:
        stack = [top]
        while stack:
            node = stack.pop()
            for child in kids[id(node)]:
                if id(child) not in reached:
                    reached.add(id(child))
                    children[id(node)].append(child)
                    stack.append(child)

    grow(root)
    # Whatever a parent_id cycle keeps out of the root's reach is attached to the root.
    for node, _ in order:
        if id(node) not in reached:
            reached.add(id(node))
            children[id(root)].append(node)
            grow(node)
    for node, _ in order:
        node.children = children[id(node)]
    return root


# --------------------------------------------------------------------------- seed chart route
@functools.cache
def _query_params(operation: str) -> frozenset[str]:
    """Keyword arguments the generated operation's ``_get_kwargs`` takes."""
    return frozenset(inspect.signature(load_operation(operation)._get_kwargs).parameters)


def chart_kwargs(query: object, operation: str, what: str) -> dict[str, Any]:
    """Map a chart query dict (wire or snake_case keys) to the operation's keyword arguments.

    ``filters`` and ``dateRange`` travel as JSON-encoded strings: the seed route reads them
    that way (the official SDK sent Python ``repr()``, a bug).
    """
    if query is None:
        return {}
    raw = as_dict(query, what, "a dict of query parameters")
    allowed = _query_params(operation)
    kwargs: dict[str, Any] = {}
    for key, value in raw.items():
        name = key if key in allowed else snake(key) if isinstance(key, str) else key
        if name not in allowed:
            names = ", ".join(sorted(allowed))
            raise ValueError(f"{what}: unknown query key {key!r}; expected one of {names}")
        if value is None:
            continue
        if name == "filters":
            value = json.dumps(filters(value), separators=(",", ":"))
        elif name == "date_range":
            value = json.dumps(chart_range(value), separators=(",", ":"))
        elif name == "only_experiments":
            if not isinstance(value, bool):
                raise TypeError(f"{what}: {key} must be true or false, not {value!r}")
        elif not isinstance(value, str):
            raise TypeError(f"{what}: {key} must be a string, not {type(value).__name__}")
        kwargs[name] = value
    return kwargs
