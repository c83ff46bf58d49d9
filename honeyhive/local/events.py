"""Sessions and events: ingest (single, batch, model), update, lists, export, trees, charts.

Local semantics, where the service leaves room:

* A client-chosen ``event_id`` (or ``session_id`` for sessions) is kept; storing an id that
  exists changes nothing and answers success with the same id, so a retried request can
  never duplicate an event. The first version stored wins.
* Missing ids are generated (UUIDv4). An event with no ``session_id`` starts its own
  session id; a ``session`` event's id defaults to its session id, and vice versa.
* ``start_time`` defaults to arrival time, ``end_time`` to ``start_time + duration`` and
  ``duration`` to ``end_time - start_time``; free-form objects default to ``{}``.
* Lists are newest first (``start_time``, then arrival); ``ignore_order`` gives arrival
  order. ``dateRange`` applies to ``start_time``.
* A session tree is the session's root event with every other event of the session under
  its ``parent_id`` (events whose parent is unknown hang from the root). A session with
  events but no root event gets a synthetic root.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from .errors import ApiError
from .query import MISSING, aggregate, compile_filters, date_bounds, get_path, iso_from_ms
from .query import project as project_fields
from .registry import Call, new_id, operation
from .store import Tx

__all__ = ["normalize_event", "run_session_ids", "select_events", "session_tree"]

_OBJECT_FIELDS = (
    "config",
    "inputs",
    "outputs",
    "metadata",
    "feedback",
    "metrics",
    "user_properties",
)
_MERGED_ON_UPDATE = ("metadata", "feedback", "metrics", "outputs", "config", "user_properties")
_MODEL_CONFIG_KEYS = (
    "model",
    "provider",
    "hyperparameters",
    "template",
    "tools",
    "tool_choice",
    "response_format",
)
_MODEL_ONLY_KEYS = (*_MODEL_CONFIG_KEYS, "messages", "response", "usage", "cost", "template_inputs")
_MAX_TREE_DEPTH = 100  # deeper chains are flattened so JSON encoders never recurse too far
_EXPORT_MAX_LIMIT = 7500


def normalize_event(raw: Mapping[str, Any], now: float, now_iso: str) -> dict[str, Any]:
    """The stored form of a posted event: ids, times and empty objects filled in."""
    event = {k: v for k, v in raw.items() if v is not None}
    is_session = event.get("event_type") == "session"
    event_id = event.get("event_id") or (event.get("session_id") if is_session else None)
    event["event_id"] = event_id or new_id()
    if not event.get("session_id"):
        event["session_id"] = event["event_id"] if is_session else new_id()
    for key in _OBJECT_FIELDS:
        event.setdefault(key, {})
    event.setdefault("children_ids", [])
    start, end, duration = (event.get(k) for k in ("start_time", "end_time", "duration"))
    if start is None:
        start = end - duration if end is not None and duration is not None else now
    if end is None:
        end = start + duration if duration is not None else start
    if duration is None:
        duration = end - start
    event.update(start_time=start, end_time=end, duration=duration, created_at=now_iso)
    return event


def model_event(raw: Mapping[str, Any]) -> dict[str, Any]:
    """A ``PostModelEventRequest`` as a plain event: model fields folded into the usual ones.

    ``model``/``provider``/``hyperparameters``/``template``/``tools``/``tool_choice``/
    ``response_format`` go to ``config``; ``messages`` to ``inputs.chat_history`` and
    ``template_inputs`` into ``inputs``; ``response`` into ``outputs``; ``usage`` (and its
    token counts) and ``cost`` into ``metadata``. Explicit values in those objects win.
    """
    event = {k: v for k, v in raw.items() if k not in _MODEL_ONLY_KEYS}
    event["event_type"] = raw.get("event_type") or "model"
    config = dict(raw.get("config") or {})
    for key in _MODEL_CONFIG_KEYS:
        if raw.get(key) is not None:
            config.setdefault(key, raw[key])
    inputs = dict(raw.get("inputs") or {})
    if raw.get("messages") is not None:
        inputs.setdefault("chat_history", raw["messages"])
    for key, value in (raw.get("template_inputs") or {}).items():
        inputs.setdefault(key, value)
    outputs = dict(raw.get("outputs") or {})
    for key, value in (raw.get("response") or {}).items():
        outputs.setdefault(key, value)
    metadata = dict(raw.get("metadata") or {})
    usage = raw.get("usage")
    if usage is not None:
        metadata.setdefault("usage", usage)
        for key in ("prompt_tokens", "completion_tokens", "total_tokens"):
            if key in usage:
                metadata.setdefault(key, usage[key])
    if raw.get("cost") is not None:
        metadata.setdefault("cost", raw["cost"])
    event.update(config=config, inputs=inputs, outputs=outputs, metadata=metadata)
    return event


def _session_event(session: Mapping[str, Any], call: Call) -> dict[str, Any]:
    raw = dict(session)
    raw["event_type"] = "session"
    raw.setdefault("event_name", session.get("session_name") or "session")
    raw["event_id"] = raw.get("session_id") or new_id()
    raw["session_id"] = raw["event_id"]
    return normalize_event(raw, call.now, call.now_iso)


# -- sessions ------------------------------------------------------------------------------


@operation("startSession")
def start_session(call: Call) -> dict[str, Any]:
    """Store the session's root event (an existing session id is left as it is)."""
    event = _session_event(call.body["session"], call)
    call.tx.insert_event(event)
    return {"session_id": event["session_id"], "event_id": event["event_id"], "success": True}


def session_tree(tx: Tx, session_id: str) -> dict[str, Any]:
    """The session's root event with its events nested under ``children`` (404 if none)."""
    events = tx.session_events(session_id)
    root_event = tx.get_event(session_id)
    if root_event is not None and all(e["event_id"] != session_id for e in events):
        events.insert(0, root_event)
    if not events:
        raise ApiError.not_found("session", session_id)
    nodes = {e["event_id"]: dict(e, children=[]) for e in events}
    root = nodes.get(session_id)
    if root is None:
        root = {
            "event_id": session_id,
            "session_id": session_id,
            "event_type": "session",
            "event_name": "session",
            "children_ids": [],
            "children": [],
        }
    children: dict[str, list[str]] = {}
    for event in events:
        if event["event_id"] == root["event_id"]:
            continue
        parent = str(event.get("parent_id"))
        if parent not in nodes or parent == event["event_id"]:
            parent = root["event_id"]
        children.setdefault(parent, []).append(event["event_id"])
    # Walk from the root so cycles (a -> b -> a) and over-deep chains cannot trap us:
    # below _MAX_TREE_DEPTH, descendants are attached flat to the deepest allowed node.
    placed = {root["event_id"]}
    stack: list[tuple[dict[str, Any], int, dict[str, Any]]] = [(root, 0, root)]
    while stack:
        node, depth, holder = stack.pop()
        for child_id in children.get(node["event_id"], []):
            if child_id in placed:
                continue
            placed.add(child_id)
            child = nodes[child_id]
            holder["children"].append(child)
            stack.append((child, depth + 1, child if depth + 1 < _MAX_TREE_DEPTH else holder))
    for event_id, node in nodes.items():
        if event_id not in placed:  # part of a parent cycle: hang it from the root
            root["children"].append(node)
    for node in nodes.values():
        _link_children(node)
    _link_children(root)
    return root


def _link_children(node: dict[str, Any]) -> None:
    known = list(node.get("children_ids") or [])
    for child in node["children"]:
        if child["event_id"] not in known:
            known.append(child["event_id"])
    node["children_ids"] = known


@operation("getSession")
def get_session(call: Call) -> dict[str, Any]:
    """The session tree."""
    return session_tree(call.tx, call.path["session_id"])


@operation("getEventsBySessionId")
def get_events_by_session_id(call: Call) -> dict[str, Any]:
    """The session tree (the spec's alternative path to it)."""
    return session_tree(call.tx, call.path["id"])


@operation("deleteSession")
def delete_session(call: Call) -> dict[str, Any]:
    """Delete a session and all its events."""
    session_id = call.path["session_id"]
    if call.tx.delete_session(session_id) == 0:
        raise ApiError.not_found("session", session_id)
    return {"success": True, "deleted": session_id}


# -- ingest --------------------------------------------------------------------------------


def _store(call: Call, raw: Mapping[str, Any]) -> str:
    event = normalize_event(raw, call.now, call.now_iso)
    call.tx.insert_event(event)
    return str(event["event_id"])


@operation("createEvent")
def create_event(call: Call) -> dict[str, Any]:
    """Store one event (idempotent on ``event_id``)."""
    return {"success": True, "event_id": _store(call, call.body["event"])}


@operation("createModelEvent")
def create_model_event(call: Call) -> dict[str, Any]:
    """Store one model event."""
    return {"success": True, "event_id": _store(call, model_event(call.body["model_event"]))}


def _store_batch(call: Call, events: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    body = call.body
    session_id: str | None = None
    if body.get("is_single_session"):
        props = dict(body.get("session_properties") or {})
        events = list(events)
        first = next((e.get("session_id") for e in events if e.get("session_id")), None)
        props["session_id"] = props.get("session_id") or first or new_id()
        session = _session_event(props, call)
        call.tx.insert_event(session)
        session_id = session["session_id"]
        events = [dict(e, session_id=session_id) for e in events]
    ids = [_store(call, e) for e in events]
    result: dict[str, Any] = {"success": True, "event_ids": ids}
    if session_id is not None:
        result["session_id"] = session_id
    return result


@operation("createEventBatch")
def create_event_batch(call: Call) -> dict[str, Any]:
    """Store many events in one transaction; optionally all in one new session."""
    return _store_batch(call, call.body["events"])


@operation("createModelEventBatch")
def create_model_event_batch(call: Call) -> dict[str, Any]:
    """Store many model events in one transaction."""
    return _store_batch(call, (model_event(e) for e in call.body["model_events"]))


@operation("updateEvent")
def update_event(call: Call) -> dict[str, Any]:
    """Merge metadata/feedback/metrics/outputs/config/user_properties; replace duration."""
    body = call.body
    event = call.tx.get_event(body["event_id"])
    if event is None:
        raise ApiError.not_found("event", body["event_id"], "event_id")
    for key in _MERGED_ON_UPDATE:
        if key in body:
            merged = dict(event.get(key) or {})
            merged.update(body[key])
            event[key] = merged
    if body.get("duration") is not None:
        event["duration"] = body["duration"]
        event["end_time"] = event["start_time"] + body["duration"]
    call.tx.replace_event(event)
    return {"success": True, "event_id": event["event_id"]}


@operation("deleteEvent")
def delete_event(call: Call) -> dict[str, Any]:
    """Delete one event (its children stay, and hang from the session root)."""
    event_id = call.path["id"]
    if not call.tx.delete_event(event_id):
        raise ApiError.not_found("event", event_id)
    return {"success": True, "deleted": event_id}


# -- queries -------------------------------------------------------------------------------

_SQL_COLUMNS = {"event_type", "event_name", "session_id", "event_id", "parent_id", "project"}


def run_session_ids(tx: Tx, run_id: str, run: Mapping[str, Any] | None = None) -> set[str]:
    """Sessions of an experiment run: listed in the run, or tagged ``metadata.run_id``."""
    run = run if run is not None else tx.get_doc("run", run_id)
    ids = set(tx.session_ids_with_metadata("run_id", run_id))
    if run is not None:
        ids.update(run.get("event_ids") or [])
        ids.update(run.get("session_ids") or [])
    return ids


def select_events(
    tx: Tx,
    *,
    project: str | None = None,
    filters: list[Mapping[str, Any]] | None = None,
    date_range: Mapping[str, Any] | None = None,
    session_ids: Iterable[str] | None = None,
    newest_first: bool = True,
    where: str = "filters",
    location: str = "query",
) -> Iterator[dict[str, Any]]:
    """Events matching every condition, in list order."""
    matches = compile_filters(filters, where, location)
    low, high = date_bounds(date_range, "dateRange", location)
    sql: list[tuple[str, list[Any]]] = []
    if project is not None:
        sql.append(("project = ?", [project]))
    if low is not None:
        sql.append(("start_time >= ?", [low]))
    if high is not None:
        sql.append(("start_time <= ?", [high]))
    if session_ids is not None:
        ids = sorted(set(session_ids))
        if not ids:
            return
        sql.append((f"session_id IN ({','.join('?' * len(ids))})", list(ids)))
    for f in filters or []:
        # Cheap pre-selection in SQL; the Python predicate still decides.
        exact = f.get("type") in (None, "string", "id") and isinstance(f.get("value"), str)
        if exact and f["field"] in _SQL_COLUMNS and f["operator"] == "is":
            sql.append((f"{f['field']} = ?", [f["value"]]))
    for event in tx.scan_events(sql, newest_first):
        if matches(event):
            yield event


def _page(
    events: Iterable[dict[str, Any]], limit: int, page: int, projections: list[str] | None
) -> tuple[list[dict[str, Any]], int]:
    start = (page - 1) * limit
    chosen: list[dict[str, Any]] = []
    total = 0
    for event in events:
        if start <= total < start + limit:
            chosen.append(project_fields(event, projections) if projections else event)
        total += 1
    return chosen, total


def _check_page(value: int, field: str, location: str) -> int:
    if value < 1:
        raise ApiError.invalid_field(field, "must be 1 or more", location)
    return value


@operation("getEvents")
def get_events(call: Call) -> dict[str, Any]:
    """A page of events matching project/filters/dateRange/evaluation_id."""
    q = call.query
    session_ids = None
    if q.get("evaluation_id"):
        session_ids = run_session_ids(call.tx, q["evaluation_id"])
    events = select_events(
        call.tx,
        project=q.get("project"),
        filters=q.get("filters"),
        date_range=q.get("dateRange"),
        session_ids=session_ids,
        newest_first=not q.get("ignore_order", False),
    )
    chosen, total = _page(events, q.get("limit", 1000), q.get("page", 1), q.get("projections"))
    return {"events": chosen, "totalEvents": total}


@operation("exportEvents")
def export_events(call: Call) -> dict[str, Any]:
    """Like ``GET /events``, with the query in the body (limit capped at 7500)."""
    body = call.body
    limit = min(_check_page(body.get("limit", 1000), "limit", "body"), _EXPORT_MAX_LIMIT)
    page = _check_page(body.get("page", 1), "page", "body")
    events = select_events(
        call.tx,
        project=body.get("project"),
        filters=body["filters"],
        date_range=body.get("dateRange"),
        where="filters",
        location="body",
    )
    chosen, total = _page(events, limit, page, body.get("projections"))
    return {"events": chosen, "totalEvents": total}


def _bucket_start(ms: float, bucket: str) -> datetime:
    moment = datetime.fromtimestamp(ms / 1000.0, UTC)
    if bucket == "minute":
        return moment.replace(second=0, microsecond=0)
    if bucket == "hour":
        return moment.replace(minute=0, second=0, microsecond=0)
    day = moment.replace(hour=0, minute=0, second=0, microsecond=0)
    if bucket == "day":
        return day
    if bucket == "week":  # weeks start on Monday (ISO)
        return day - timedelta(days=day.weekday())
    return day.replace(day=1)


@operation("getEventsChart")
def get_events_chart(call: Call) -> dict[str, Any]:
    """Aggregate a numeric event field per time bucket (and per group-by value)."""
    q = call.query
    metric = q.get("metric") or "duration"
    how = q.get("aggregation") or "avg"
    bucket = q.get("bucket") or "hour"
    group_by = q.get("groupBy")
    session_ids: set[str] | None = None
    if q.get("evaluation_id"):
        session_ids = run_session_ids(call.tx, q["evaluation_id"])
    elif q.get("only_experiments"):
        session_ids = set()
        for run in call.tx.find_docs("run"):
            session_ids |= run_session_ids(call.tx, run["id"], run)
        session_ids |= call.tx.session_ids_with_metadata("run_id")
    events = select_events(
        call.tx,
        filters=q.get("filters"),
        date_range=q.get("dateRange"),
        session_ids=session_ids,
    )
    groups: dict[tuple[datetime, str | None], tuple[list[float], list[int]]] = {}
    total = 0
    for event in events:
        try:
            key_time = _bucket_start(float(event.get("start_time") or call.now), bucket)
        except (OverflowError, OSError, ValueError):
            continue  # a start time no calendar can hold (year > 9999): not chartable
        total += 1
        group: str | None = None
        if group_by:
            raw = get_path(event, group_by)
            group = None if raw in (MISSING, None) else str(raw)
        values, count = groups.setdefault((key_time, group), ([], [0]))
        count[0] += 1
        value = get_path(event, metric)
        if isinstance(value, int | float):  # booleans count as 1/0
            values.append(float(value))
    out = []
    for (moment, group), (values, count) in sorted(
        groups.items(), key=lambda item: (item[0][0], item[0][1] or "")
    ):
        point: dict[str, Any] = {
            "bucket": iso_from_ms(moment.timestamp() * 1000.0),
            "value": float(count[0]) if how == "count" else aggregate(values, how),
            "count": count[0],
        }
        if group_by:
            point["group"] = group
        out.append(point)
    return {"events": out, "totalEvents": total}
