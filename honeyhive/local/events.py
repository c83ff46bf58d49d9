"""Sessions and events: ingest (single, batch, model, session batch, traces), update, read.

Legacy and today's routes share one store: an event written by ``POST /events`` or by
``POST /v1/events`` is the same row for ``GET /v1/events/{event_id}``, the search and export
routes, ``GET /events`` and the session tree.

Local semantics, where the service leaves room:

* A client-chosen ``event_id`` (or ``session_id`` for sessions) is kept; storing an id that
  exists changes nothing and answers success with the same id, so a retried request can
  never duplicate an event. The first version stored wins. ``POST /v1/sessions`` follows
  HoneyHive's description: a ``session_id`` that is not a UUID is replaced by a fresh one,
  and posting a known ``session_id`` again merges ``metadata`` and ``user_properties`` into
  the stored session and answers it. ``POST /session/start`` merges the same way, and keeps
  any client-chosen id.
* Missing ids are generated (UUIDv4). An event with no ``session_id`` starts its own
  session id; a ``session`` event's id defaults to its session id, and vice versa. An
  event's ``parent_id`` defaults to its ``session_id``; ``event_name`` and ``source`` default
  to ``"unknown"`` (a session's ``event_name`` to its ``session_name`` first).
* Every stored event carries ``org_id``, ``workspace_id`` and ``project_id`` (see
  ``tenancy``). Its ``project_id`` is the one it was sent with, else that of its
  ``project`` name, else that of the key (ingestion and fine-grained keys have a project),
  else that of its session's root event, else the default project's. An event sent
  without a ``project`` name gets the name of the project it lands in, when known (the
  session root's, or the stored project of the key's id), so ``GET /events?project=`` and
  the export's ``project`` find it.
* ``start_time`` defaults to arrival time, ``end_time`` to ``start_time + duration`` and
  ``duration`` to ``end_time - start_time``; free-form objects default to ``{}``.
* An update merges ``metadata``, ``feedback``, ``metrics``, ``outputs``, ``config`` and
  ``user_properties`` key by key (``outputs: null`` empties the outputs); it replaces
  ``children_ids``; ``duration`` moves ``end_time`` and ``end_time`` recomputes ``duration``.
  Other fields of ``PUT /v1/events/{event_id}`` are ignored, as the description says.
  Both update routes answer ``{"success": true, "event_id": ...}``.
* The session batch (``POST /v1/sessions/{session_id}/events/batch``) and traces
  (``POST /session/{session_id}/traces``) routes need the session to exist (404 otherwise:
  its root event or any event of it is stored); the traces route takes exactly one of
  ``logs`` and ``events`` (400 otherwise).
* Lists are newest first (``start_time``, then arrival); ``ignore_order`` gives arrival
  order. ``dateRange`` applies to ``start_time``. Search pages are at most 1000 events,
  export pages at most 7500; search and export answer ``count``, export also
  ``totalEvents`` (what the official SDK reads first).
* A session tree is the session's root event with every other event of the session under
  its ``parent_id`` (events whose parent is unknown hang from the root). A session with
  events but no root event gets a synthetic root.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from .errors import ApiError, problem
from .query import MISSING, aggregate, compile_filters, date_bounds, get_path, iso_from_ms
from .query import project as project_fields
from .registry import Call, new_id, operation
from .store import Tx
from .tenancy import DEFAULT_PROJECT_ID, ORG_ID, WORKSPACE_ID, resolve_project_id

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
_SEARCH_MAX_LIMIT = 1000


def normalize_event(raw: Mapping[str, Any], now: float, now_iso: str) -> dict[str, Any]:
    """The stored form of a posted event: ids, times, defaults and empty objects filled in."""
    event = {k: v for k, v in raw.items() if v is not None}
    is_session = event.get("event_type") == "session"
    event_id = event.get("event_id") or (event.get("session_id") if is_session else None)
    event["event_id"] = event_id or new_id()
    if not event.get("session_id"):
        event["session_id"] = event["event_id"] if is_session else new_id()
    if not is_session and not event.get("parent_id") and event["session_id"] != event["event_id"]:
        event["parent_id"] = event["session_id"]
    event.setdefault("event_name", "unknown")
    event.setdefault("source", "unknown")
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
    """A ``ModelEvent`` as a plain event: model fields folded into the usual ones.

    ``model``/``provider``/``hyperparameters``/``template``/``tools``/``tool_choice``/
    ``response_format`` go to ``config``; ``messages`` to ``inputs.chat_history`` and
    ``template_inputs`` into ``inputs`` (under ``template_inputs`` when not an object);
    ``response`` into ``outputs`` (under ``response`` when not an object); ``usage`` (and its
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
    _fold(inputs, raw.get("template_inputs"), "template_inputs")
    outputs = dict(raw.get("outputs") or {})
    _fold(outputs, raw.get("response"), "response")
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


def _fold(target: dict[str, Any], value: Any, name: str) -> None:
    if isinstance(value, Mapping):
        for key, item in value.items():
            target.setdefault(key, item)
    elif value is not None:
        target.setdefault(name, value)


def _set_tenancy(call: Call, event: dict[str, Any]) -> None:
    """Give a new event its org, workspace and project (see the module docstring)."""
    name = event.get("project")
    if not event.get("project_id"):
        project_id: str | None = None
        if isinstance(name, str) and name:
            key: tuple[str, str] = ("project", name)
            if key not in call.memo:
                call.memo[key] = resolve_project_id(call.tx, name)
            project_id = call.memo[key]
        elif call.principal.project_id:
            project_id = call.principal.project_id
            key = ("project_name", project_id)
            if key not in call.memo:
                stored = call.tx.get_doc("project", project_id)
                call.memo[key] = stored.get("name") if stored else None
            name = call.memo[key]
        elif event["session_id"] != event["event_id"]:
            key = ("session", event["session_id"])
            if key not in call.memo:
                root = call.tx.get_event(event["session_id"])
                call.memo[key] = (root.get("project_id"), root.get("project")) if root else None
            if call.memo[key] is not None:
                project_id, name = call.memo[key]
        event["project_id"] = project_id or DEFAULT_PROJECT_ID
        # The project's name too, so the seed-era lists (``?project=``) find the event.
        if isinstance(name, str) and name:
            event["project"] = name
    event["org_id"] = ORG_ID
    event["workspace_id"] = WORKSPACE_ID


def _session_event(session: Mapping[str, Any], call: Call) -> dict[str, Any]:
    raw = dict(session)
    raw["event_type"] = "session"
    raw.setdefault("event_name", session.get("session_name") or "unknown")
    raw["event_id"] = raw.get("session_id") or new_id()
    raw["session_id"] = raw["event_id"]
    raw.pop("parent_id", None)
    event = normalize_event(raw, call.now, call.now_iso)
    _set_tenancy(call, event)
    return event


def _with_tenancy(event: dict[str, Any]) -> dict[str, Any]:
    # Events stored before tenancy existed get it on the way out.
    if "org_id" in event and "project_id" in event and "workspace_id" in event:
        return event
    out = dict(event)
    out.setdefault("org_id", ORG_ID)
    out.setdefault("workspace_id", WORKSPACE_ID)
    out.setdefault("project_id", DEFAULT_PROJECT_ID)
    return out


# -- sessions ------------------------------------------------------------------------------


def _start_session(call: Call, session: Mapping[str, Any]) -> dict[str, Any]:
    """Store a session's root event, or merge into the stored one; answer the session event."""
    event = _session_event(session, call)
    if not call.tx.insert_event(event):
        stored = call.tx.get_event(event["event_id"]) or event
        changed = False
        for key in ("metadata", "user_properties"):
            extra = session.get(key)
            if isinstance(extra, Mapping) and extra:
                stored[key] = {**(stored.get(key) or {}), **extra}
                changed = True
        if changed:
            call.tx.replace_event(stored)
        event = stored
    return _with_tenancy(event)


@operation("startSessionLegacy")
def start_session_legacy(call: Call) -> dict[str, Any]:
    """Start a session (``{"session": {...}}``); answer the whole session event."""
    return _start_session(call, call.body["session"])


def _is_uuid(text: Any) -> bool:
    try:
        uuid.UUID(str(text))
    except ValueError:
        return False
    return True


@operation("createSession")
def create_session(call: Call) -> dict[str, Any]:
    """Start a session from a bare session object (idempotent on ``session_id``)."""
    session = dict(call.body)
    if session.get("session_id") is not None and not _is_uuid(session["session_id"]):
        session["session_id"] = new_id()
    return _start_session(call, session)


def _require_session(call: Call, session_id: str) -> None:
    if not call.tx.session_exists(session_id):
        raise ApiError.not_found("session", session_id, "session_id")


@operation("createSessionEventBatch")
def create_session_event_batch(call: Call) -> dict[str, Any]:
    """Store a batch of events in the session of the path (its id overrides theirs)."""
    session_id = call.path["session_id"]
    _require_session(call, session_id)
    for event in call.body["events"]:
        _store(call, dict(event, session_id=session_id))
    return {"success": True}


@operation("addSessionTracesLegacy")
def add_session_traces_legacy(call: Call) -> dict[str, Any]:
    """Append events (``events``, or the older ``logs``) to an existing session."""
    body = call.body
    given = [key for key in ("events", "logs") if body.get(key) is not None]
    if len(given) != 1:
        issue = "give exactly one of 'events' and 'logs'" + (
            ", not both" if given else " (neither was given)"
        )
        raise ApiError.bad_request(
            f"Invalid request: {issue}",
            [problem(key, issue) for key in (given or ["events"])],
            code="VALIDATION_ERROR",
        )
    session_id = call.path["session_id"]
    _require_session(call, session_id)
    for event in body[given[0]]:
        _store(call, dict(event, session_id=session_id))
    return {"success": True}


def session_tree(tx: Tx, session_id: str) -> dict[str, Any]:
    """The session's root event with its events nested under ``children`` (404 if none)."""
    events = tx.session_events(session_id)
    root_event = tx.get_event(session_id)
    if root_event is not None and all(e["event_id"] != session_id for e in events):
        events.insert(0, root_event)
    if not events:
        raise ApiError.not_found("session", session_id)
    nodes = {e["event_id"]: dict(_with_tenancy(e), children=[]) for e in events}
    root = nodes.get(session_id)
    if root is None:
        root = {
            "event_id": session_id,
            "session_id": session_id,
            "event_type": "session",
            "event_name": "session",
            "org_id": ORG_ID,
            "workspace_id": WORKSPACE_ID,
            "project_id": next(iter(nodes.values()))["project_id"],
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
    _set_tenancy(call, event)
    call.tx.insert_event(event)
    return str(event["event_id"])


@operation("createEventLegacy")
def create_event_legacy(call: Call) -> dict[str, Any]:
    """Store one event sent as ``{"event": {...}}`` (idempotent on ``event_id``)."""
    return {"success": True, "event_id": _store(call, call.body["event"])}


@operation("createEvent")
def create_event(call: Call) -> dict[str, Any]:
    """Store one event sent as a bare object (idempotent on ``event_id``)."""
    return {"success": True, "event_id": _store(call, call.body)}


@operation("createModelEventLegacy")
def create_model_event_legacy(call: Call) -> dict[str, Any]:
    """Store one model event."""
    return {"success": True, "event_id": _store(call, model_event(call.body["model_event"]))}


def _store_batch(
    call: Call,
    events: Iterable[Mapping[str, Any]],
    single_session: bool,
    session_properties: Mapping[str, Any] | None,
) -> dict[str, Any]:
    session_id: str | None = None
    if single_session:
        props = dict(session_properties or {})
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


def _legacy_batch_options(body: Mapping[str, Any]) -> tuple[bool, Mapping[str, Any] | None]:
    # The legacy routes take the deprecated aliases too; the current names win.
    single = body.get("single_session")
    if single is None:
        single = body.get("is_single_session")
    props = body.get("session_properties")
    if props is None:
        props = body.get("session")
    return bool(single), props


@operation("createEventBatch")
def create_event_batch(call: Call) -> dict[str, Any]:
    """Store many events in one transaction; optionally all in one new session."""
    body = call.body
    return _store_batch(
        call, body["events"], bool(body.get("single_session")), body.get("session_properties")
    )


@operation("createEventBatchLegacy")
def create_event_batch_legacy(call: Call) -> dict[str, Any]:
    """The legacy batch: also takes ``is_single_session`` and ``session``."""
    single, props = _legacy_batch_options(call.body)
    return _store_batch(call, call.body["events"], single, props)


@operation("createModelEventBatchLegacy")
def create_model_event_batch_legacy(call: Call) -> dict[str, Any]:
    """Store many model events in one transaction."""
    single, props = _legacy_batch_options(call.body)
    return _store_batch(call, (model_event(e) for e in call.body["model_events"]), single, props)


def _update(call: Call, event_id: str, body: Mapping[str, Any], field: str) -> dict[str, Any]:
    event = call.tx.get_event(event_id)
    if event is None:
        raise ApiError.not_found("event", event_id, field)
    for key in _MERGED_ON_UPDATE:
        if key in body:
            if body[key] is None:
                event[key] = {}
                continue
            merged = dict(event.get(key) or {})
            merged.update(body[key])
            event[key] = merged
    start = event.get("start_time")
    if body.get("duration") is not None:
        event["duration"] = body["duration"]
        if isinstance(start, int | float):
            event["end_time"] = start + body["duration"]
    elif body.get("end_time") is not None:
        event["end_time"] = body["end_time"]
        if isinstance(start, int | float):
            event["duration"] = body["end_time"] - start
    if body.get("children_ids") is not None:
        event["children_ids"] = list(body["children_ids"])
    call.tx.replace_event(event)
    return {"success": True, "event_id": event["event_id"]}


@operation("updateEventLegacy")
def update_event_legacy(call: Call) -> dict[str, Any]:
    """Merge the given fields into the event named by ``event_id`` in the body."""
    return _update(call, call.body["event_id"], call.body, "event_id")


@operation("updateEvent")
def update_event(call: Call) -> dict[str, Any]:
    """Merge the given fields into the event named in the path."""
    return _update(call, call.path["event_id"], call.body, "event_id")


@operation("getEvent")
def get_event(call: Call) -> dict[str, Any]:
    """One event by id."""
    event = call.tx.get_event(call.path["event_id"])
    if event is None:
        raise ApiError.not_found("event", call.path["event_id"], "event_id")
    return {"event": _with_tenancy(event)}


@operation("deleteEvent")
def delete_event(call: Call) -> dict[str, Any]:
    """Delete one event (its children stay, and hang from the session root)."""
    event_id = call.path["event_id"]
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
    filters: list[Mapping[str, Any]] | Mapping[str, Any] | None = None,
    date_range: Mapping[str, Any] | None = None,
    session_ids: Iterable[str] | None = None,
    newest_first: bool = True,
    where: str = "filters",
    location: str = "query",
) -> Iterator[dict[str, Any]]:
    """Events matching every condition, in list order (one filter object is a list of one)."""
    if isinstance(filters, Mapping):
        filters = [filters]
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
            chosen.append(
                project_fields(event, projections) if projections else _with_tenancy(event)
            )
        total += 1
    return chosen, total


def _count(value: Any, field: str, location: str, default: int) -> int:
    """A page size or number from the body: a whole number, 1 or more."""
    if value is None:
        return default
    if value < 1 or value != int(value):
        raise ApiError.invalid_field(field, "must be a whole number, 1 or more", location)
    return int(value)


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


@operation("exportEventsLegacy")
def export_events_legacy(call: Call) -> dict[str, Any]:
    """Like ``GET /events``, with the query in the body (limit capped at 7500)."""
    body = call.body
    limit = min(_count(body.get("limit"), "limit", "body", 1000), _EXPORT_MAX_LIMIT)
    page = _count(body.get("page"), "page", "body", 1)
    session_ids = None
    if body.get("evaluation_id"):
        session_ids = run_session_ids(call.tx, body["evaluation_id"])
    events = select_events(
        call.tx,
        project=body.get("project") if isinstance(body.get("project"), str) else None,
        filters=body.get("filters"),
        date_range=body.get("dateRange"),
        session_ids=session_ids,
        newest_first=not body.get("ignore_order", False),
        where="filters",
        location="body",
    )
    chosen, total = _page(events, limit, page, body.get("projections"))
    return {"events": chosen, "count": total, "totalEvents": total}


@operation("searchEvents")
def search_events(call: Call) -> dict[str, Any]:
    """A page of events matching filters, a date range and an experiment run."""
    body = call.body
    limit = min(body.get("limit", _SEARCH_MAX_LIMIT), _SEARCH_MAX_LIMIT)
    page = body.get("page", 1)
    session_ids = None
    if body.get("evaluation_id"):
        session_ids = run_session_ids(call.tx, body["evaluation_id"])
    window = body.get("dateRange")
    date_range = None
    if window:
        date_range = {"$gte": window["start_time"], "$lte": window["end_time"]}
    events = select_events(
        call.tx,
        filters=body.get("filters"),
        date_range=date_range,
        session_ids=session_ids,
        newest_first=not body.get("ignore_order", False),
        location="body",
    )
    chosen, total = _page(events, limit, page, None)
    return {"events": chosen, "count": total}


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
    """Aggregate a numeric event field per time bucket (and per group-by value).

    ``project`` (a project name) keeps that project's events, as ``GET /events`` does. A
    bucket whose aggregate is not a finite number (a sum that overflows) has value null.
    """
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
        project=q.get("project"),
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
