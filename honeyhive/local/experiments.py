"""Experiment runs: CRUD, and results/comparisons computed from the stored events.

A run's sessions are the ids in its ``event_ids``/``session_ids`` plus every session with
an event tagged ``metadata.run_id == <run id>`` (what evaluation harnesses set). A session's
datapoint is the ``metadata.datapoint_id`` of its events. A run's metric values are the
numeric and boolean entries of ``metrics`` on the events of its sessions, keyed by
(metric name, event name, event type); booleans count as 1 and 0 in aggregates and
``values``.

A value passes when it lies in the run's ``passing_ranges[metric]`` (``min``/``max``);
without a range, a boolean passes when true and a number always passes. A datapoint
passes when all its values pass.

Local semantics, where the service leaves room:

* A run may be created with a client-chosen ``run_id`` (409 if taken); it belongs to the
  caller's project (``scope_type`` "project", ``scope_id`` its project id, see
  ``tenancy``) and answers with ``dataset_name`` when its dataset is stored.
* ``/summary`` and the legacy ``/result`` give the same answer; so do ``/compare/{old}``
  and the legacy ``/compare-with/{old}``. A comparison's aggregates, difference and
  percentage change are left out where one run has no value for that metric.
* Comparing events pairs the same step (datapoint, event name, occurrence) of the two
  runs; only steps present in both runs are answered (``event_1`` is the new run's,
  ``event_2`` the old run's; on the legacy route, ``run_id_1``'s and ``run_id_2``'s).
  ``totalEvents`` counts the pairs before paging.
* ``/metrics`` answers one entry per event of the run, with its numeric and boolean
  metrics and its datapoint; its ``dateRange`` (a JSON object with ``$gte``/``$lte``)
  applies to the events' ``start_time``.
* The schema routes list the fields seen in the events of the runs created in
  ``dateRange`` (all runs, one run, or the run ``evaluation_id``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from .errors import ApiError
from .events import run_session_ids, select_events
from .query import aggregate, compile_filters, date_bounds, parse_time
from .registry import Call, new_id, operation
from .store import Tx
from .tenancy import DEFAULT_PROJECT_ID

__all__: list[str] = []

_LIST_DEFAULTS: dict[str, Any] = {
    "metadata": {},
    "results": {},
    "event_ids": [],
    "session_ids": [],
    "datapoint_ids": [],
    "configuration": {},
    "evaluators": [],
    "passing_ranges": {},
}
_MERGED = ("metadata", "results", "passing_ranges")
_AGGREGATION = {"average": "avg"}
_KNOWN_AGGREGATES = frozenset({"avg", "min", "max", "median", "p90", "p95", "p99", "sum", "count"})


def _require_run(tx: Tx, run_id: str, field: str = "run_id") -> dict[str, Any]:
    run = tx.get_doc("run", run_id)
    if run is None:
        raise ApiError.not_found("experiment run", run_id, field)
    return run


def _run_out(tx: Tx, run: Mapping[str, Any]) -> dict[str, Any]:
    """A stored run as ``ExperimentRunObject`` (defaults for runs stored by older versions)."""
    out = {
        **{k: (dict(v) if isinstance(v, dict) else list(v)) for k, v in _LIST_DEFAULTS.items()},
        "is_active": True,
        "scope_type": "project",
        "scope_id": DEFAULT_PROJECT_ID,
        **run,
    }
    dataset_id = out.get("dataset_id")
    if dataset_id and not out.get("dataset_name"):
        dataset = tx.get_doc("dataset", str(dataset_id))
        if dataset is not None:
            out["dataset_name"] = dataset.get("name")
    return out


@operation("createRun")
def create_run(call: Call) -> dict[str, Any]:
    """Create a run (status ``pending`` unless given; ``run_id`` may be chosen)."""
    run_id = call.body.get("run_id") or new_id()
    if call.tx.get_doc("run", run_id) is not None:
        raise ApiError.conflict(f"An experiment run with id {run_id!r} already exists")
    doc: dict[str, Any] = {
        "name": None,
        "description": None,
        "status": "pending",
        "dataset_id": None,
        **{k: (dict(v) if isinstance(v, dict) else list(v)) for k, v in _LIST_DEFAULTS.items()},
        **call.body,
        "id": run_id,
        "run_id": run_id,
        "is_active": True,
        "scope_type": "project",
        "scope_id": call.project_id,
        "created_at": call.now_iso,
        "updated_at": call.now_iso,
    }
    call.tx.put_doc("run", doc, name=doc.get("name"))
    return {"run_id": run_id, "evaluation": _run_out(call.tx, doc)}


@operation("getRun")
def get_run(call: Call) -> dict[str, Any]:
    """One run."""
    return {"evaluation": _run_out(call.tx, _require_run(call.tx, call.path["run_id"]))}


@operation("updateRun")
def update_run(call: Call) -> dict[str, Any]:
    """Merge ``metadata``/``results``/``passing_ranges``; replace every other given field."""
    run = _require_run(call.tx, call.path["run_id"])
    for key, value in call.body.items():
        if key in ("id", "run_id", "created_at", "scope_type", "scope_id"):
            continue
        if key in _MERGED and isinstance(value, dict):
            run[key] = {**(run.get(key) or {}), **value}
        else:
            run[key] = value
    run["updated_at"] = call.now_iso
    call.tx.put_doc("run", run, name=run.get("name"))
    return {"evaluation": _run_out(call.tx, run)}


@operation("deleteRun")
def delete_run(call: Call) -> dict[str, Any]:
    """Delete a run (its events stay)."""
    run_id = call.path["run_id"]
    _require_run(call.tx, run_id)
    call.tx.delete_doc("run", run_id)
    return {"id": run_id, "deleted": True}


def _created_between(run: Mapping[str, Any], low: float | None, high: float | None) -> bool:
    created = parse_time(run.get("created_at"))
    if created is None:
        return True
    return (low is None or created >= low) and (high is None or created <= high)


@operation("getRuns")
def get_runs(call: Call) -> dict[str, Any]:
    """A page of runs, filtered and sorted."""
    q = call.query
    every = call.tx.find_docs("run")
    low, high = date_bounds(q.get("dateRange"))
    wanted_ids = set(q.get("run_ids") or [])
    runs = [
        r
        for r in every
        if (not q.get("dataset_id") or r.get("dataset_id") == q["dataset_id"])
        and (not wanted_ids or r["id"] in wanted_ids)
        and (not q.get("name") or r.get("name") == q["name"])
        and (not q.get("status") or r.get("status") == q["status"])
        and _created_between(r, low, high)
    ]
    sort_by = q.get("sort_by") or "created_at"
    runs.sort(key=lambda r: (r.get(sort_by) is None, str(r.get(sort_by) or "")))
    if (q.get("sort_order") or "desc") == "desc":
        runs.reverse()
    page, limit = q.get("page", 1), q.get("limit", 20)
    chosen = runs[(page - 1) * limit : page * limit]
    total_pages = (len(runs) + limit - 1) // limit
    names: set[str] = set()
    for run in chosen:
        for record in _metric_records(call.tx, run):
            names.add(record[2])
    return {
        "evaluations": [_run_out(call.tx, r) for r in chosen],
        "pagination": {
            "page": page,
            "limit": limit,
            "total": len(runs),
            "total_unfiltered": len(every),
            "total_pages": total_pages,
            "has_next": page < total_pages,
            "has_prev": page > 1,
        },
        "metrics": sorted(names),
    }


# -- what a run measured -------------------------------------------------------------------


def _run_events(
    tx: Tx,
    run: Mapping[str, Any],
    filters: list[Mapping[str, Any]] | None = None,
    date_range: Mapping[str, Any] | None = None,
) -> list[dict[str, Any]]:
    sessions = run_session_ids(tx, run["id"], run)
    return list(
        select_events(
            tx, filters=filters, date_range=date_range, session_ids=sessions, newest_first=False
        )
    )


def _datapoints(events: Iterable[Mapping[str, Any]]) -> dict[str, str | None]:
    """session id -> datapoint id (root event's wins)."""
    found: dict[str, str | None] = {}
    for event in events:
        session = event.get("session_id")
        datapoint = (event.get("metadata") or {}).get("datapoint_id")
        if session is None:
            continue
        if datapoint is not None and (
            found.get(session) is None or event.get("event_type") == "session"
        ):
            found[session] = str(datapoint)
        else:
            found.setdefault(session, None)
    return found


# (session id, event, metric name, value)
_Record = tuple[str, Mapping[str, Any], str, float | bool]


def _metric_records(
    tx: Tx, run: Mapping[str, Any], filters: list[Mapping[str, Any]] | None = None
) -> list[_Record]:
    records: list[_Record] = []
    for event in _run_events(tx, run, filters):
        for name, value in (event.get("metrics") or {}).items():
            if isinstance(value, bool | int | float):
                records.append((str(event.get("session_id")), event, name, value))
    return records


def _event_name(event: Mapping[str, Any]) -> str:
    return str(event.get("event_name") or event.get("event_type") or "event")


def _passes(run: Mapping[str, Any], metric: str, value: float | bool) -> bool:
    bounds = (run.get("passing_ranges") or {}).get(metric)
    if isinstance(bounds, Mapping) and ("min" in bounds or "max" in bounds):
        number = float(value)
        low, high = bounds.get("min"), bounds.get("max")
        return (low is None or number >= low) and (high is None or number <= high)
    if isinstance(value, bool):
        return value
    return True


def _summary(
    tx: Tx, run: Mapping[str, Any], how: str, filters: list[Mapping[str, Any]] | None
) -> dict[str, Any]:
    events = _run_events(tx, run, filters)
    datapoints = _datapoints(events)
    records = _metric_records(tx, run, filters)
    keyed: dict[tuple[str, str, str], list[_Record]] = {}
    for record in records:
        event = record[1]
        key = (record[2], _event_name(event), str(event.get("event_type") or ""))
        keyed.setdefault(key, []).append(record)
    details = []
    failed_sessions: set[str] = set()
    per_session: dict[str, list[dict[str, Any]]] = {s: [] for s in datapoints}
    for (metric, event_name, event_type), group in sorted(keyed.items()):
        values = [r[3] for r in group]
        passed: list[str] = []
        failed: list[str] = []
        for session, _event, _name, value in group:
            ok = _passes(run, metric, value)
            label = datapoints.get(session) or session
            (passed if ok else failed).append(label)
            if not ok:
                failed_sessions.add(session)
            per_session.setdefault(session, []).append(
                {"metric_name": metric, "event_name": event_name, "value": value, "passed": ok}
            )
        detail: dict[str, Any] = {
            "metric_name": metric,
            "metric_type": "boolean" if all(isinstance(v, bool) for v in values) else "numeric",
            "event_name": event_name,
            "event_type": event_type,
            "aggregate": aggregate([float(v) for v in values], _AGGREGATION.get(how, how)),
            "values": [float(v) if isinstance(v, bool) else v for v in values],
            "datapoints": {"passed": passed, "failed": failed},
        }
        bounds = (run.get("passing_ranges") or {}).get(metric)
        if isinstance(bounds, Mapping):
            detail["passing_range"] = {k: bounds[k] for k in ("min", "max") if k in bounds}
        details.append(detail)
    results = [
        {
            "datapoint_id": datapoints.get(session),
            "session_id": session,
            "passed": session not in failed_sessions,
            "metrics": metrics,
        }
        for session, metrics in sorted(per_session.items())
    ]
    seen: dict[tuple[str, str], None] = {}
    for event in events:
        seen.setdefault((_event_name(event), str(event.get("event_type") or "")), None)
    return {
        "status": run.get("status") or "pending",
        "success": True,
        "passed": [r["datapoint_id"] or r["session_id"] for r in results if r["passed"]],
        "failed": [r["datapoint_id"] or r["session_id"] for r in results if not r["passed"]],
        "metrics": {"aggregation_function": how, "details": details},
        "datapoints": results,
        "event_details": [{"event_name": n, "event_type": t} for n, t in seen],
        "run_object": _run_out(tx, run),
    }


def _result(call: Call) -> dict[str, Any]:
    run = _require_run(call.tx, call.path["run_id"])
    how = call.query.get("aggregate_function") or "average"
    return _summary(call.tx, run, how, call.query.get("filters"))


@operation("getExperimentSummary")
def get_experiment_summary(call: Call) -> dict[str, Any]:
    """Aggregated metrics and pass/fail per datapoint of one run."""
    return _result(call)


@operation("getExperimentResultLegacy")
def get_experiment_result_legacy(call: Call) -> dict[str, Any]:
    """The same as the summary, on the legacy route."""
    return _result(call)


def _comparison(call: Call) -> dict[str, Any]:
    new = _require_run(call.tx, call.path["new_run_id"], "new_run_id")
    old = _require_run(call.tx, call.path["old_run_id"], "old_run_id")
    how = call.query.get("aggregate_function") or "average"
    if _AGGREGATION.get(how, how) not in _KNOWN_AGGREGATES:
        raise ApiError.invalid_field(
            "aggregate_function",
            f"{how!r} is not one of: {', '.join(sorted(_KNOWN_AGGREGATES))}",
            "query",
        )
    filters = call.query.get("filters")
    new_summary = _summary(call.tx, new, how, filters)
    old_summary = _summary(call.tx, old, how, filters)

    def by_key(summary: Mapping[str, Any]) -> dict[tuple[str, str, str], dict[str, Any]]:
        return {
            (d["metric_name"], d["event_name"], d["event_type"]): d
            for d in summary["metrics"]["details"]
        }

    new_details, old_details = by_key(new_summary), by_key(old_summary)
    metrics = []
    for key in sorted(new_details.keys() | old_details.keys()):
        new_value = new_details.get(key, {}).get("aggregate")
        old_value = old_details.get(key, {}).get("aggregate")
        diff = None if new_value is None or old_value is None else new_value - old_value
        change = None if diff is None or not old_value else diff / abs(old_value) * 100.0
        source = new_details.get(key) or old_details[key]
        row = {
            "metric_name": key[0],
            "metric_type": source["metric_type"],
            "event_name": key[1],
            "event_type": key[2],
            "old_aggregate": old_value,
            "new_aggregate": new_value,
            "difference": diff,
            "percentage_change": change,
        }
        metrics.append({k: v for k, v in row.items() if v is not None})
    new_points = {d["datapoint_id"] for d in new_summary["datapoints"] if d["datapoint_id"]}
    old_points = {d["datapoint_id"] for d in old_summary["datapoints"] if d["datapoint_id"]}
    new_events = {(e["event_name"], e["event_type"]) for e in new_summary["event_details"]}
    old_events = {(e["event_name"], e["event_type"]) for e in old_summary["event_details"]}
    details = [
        {
            "event_name": name,
            "event_type": kind,
            "presence": "both"
            if (name, kind) in new_events and (name, kind) in old_events
            else ("new" if (name, kind) in new_events else "old"),
        }
        for name, kind in sorted(new_events | old_events)
    ]
    return {
        "metrics": metrics,
        "commonDatapoints": sorted(new_points & old_points),
        "event_details": details,
        "old_run": _run_out(call.tx, old),
        "new_run": _run_out(call.tx, new),
    }


@operation("getExperimentComparison")
def get_experiment_comparison(call: Call) -> dict[str, Any]:
    """Each metric's aggregate in an old and a new run, with the difference."""
    return _comparison(call)


@operation("getExperimentComparisonLegacy")
def get_experiment_comparison_legacy(call: Call) -> dict[str, Any]:
    """The same comparison, on the legacy ``compare-with`` route."""
    return _comparison(call)


def _decoded_date_range(call: Call) -> Any:
    # This route's dateRange has no x-json-schema in openapi.yaml: decode it here.
    text = call.query.get("dateRange")
    if not isinstance(text, str) or not text.strip():
        return None
    try:
        return json.loads(text)
    except ValueError:
        raise ApiError.invalid_field(
            "dateRange", "not valid JSON (expected an object with '$gte'/'$lte')", "query"
        ) from None


@operation("getExperimentRunMetrics")
def get_experiment_run_metrics(call: Call) -> dict[str, Any]:
    """Each event of the run with its metrics and datapoint, filtered."""
    run = _require_run(call.tx, call.path["run_id"])
    events = _run_events(call.tx, run, call.query.get("filters"), _decoded_date_range(call))
    datapoints = _datapoints(events)
    out = []
    for event in events:
        datapoint = datapoints.get(str(event.get("session_id")))
        out.append(
            {
                "event_id": event["event_id"],
                "event_name": _event_name(event),
                "event_type": str(event.get("event_type") or ""),
                "session_id": str(event.get("session_id")),
                "metadata": {} if datapoint is None else {"datapoint_id": datapoint},
                "metrics": {
                    k: v
                    for k, v in (event.get("metrics") or {}).items()
                    if isinstance(v, bool | int | float)
                },
            }
        )
    return {"events": out, "totalEvents": len(out)}


def _compare_events(
    call: Call, new_id_: str, old_id: str, new_field: str, old_field: str
) -> dict[str, Any]:
    q = call.query
    first = _require_run(call.tx, new_id_, new_field)
    second = _require_run(call.tx, old_id, old_field)
    extra = compile_filters(q["filter"], "filter") if q.get("filter") else None

    def keyed(run: Mapping[str, Any]) -> dict[tuple[str, str, int], dict[str, Any]]:
        events = _run_events(call.tx, run)
        datapoints = _datapoints(events)
        out: dict[tuple[str, str, int], dict[str, Any]] = {}
        counts: dict[tuple[str, str], int] = {}
        for event in events:
            if q.get("event_name") and event.get("event_name") != q["event_name"]:
                continue
            if q.get("event_type") and event.get("event_type") != q["event_type"]:
                continue
            if extra is not None and not extra(event):
                continue
            datapoint = datapoints.get(str(event.get("session_id")))
            if not datapoint:  # a step without a datapoint has no counterpart
                continue
            base = (datapoint, _event_name(event))
            index = counts.get(base, 0)
            counts[base] = index + 1
            out[(*base, index)] = event
        return out

    left, right = keyed(first), keyed(second)
    keys = sorted(left.keys() & right.keys())
    page, limit = q.get("page", 1), q.get("limit", 1000)
    pairs = [
        {"datapoint_id": key[0], "event_name": key[1], "event_1": left[key], "event_2": right[key]}
        for key in keys[(page - 1) * limit : page * limit]
    ]
    return {"events": pairs, "totalEvents": len(keys)}


@operation("getExperimentCompareEvents")
def get_experiment_compare_events(call: Call) -> dict[str, Any]:
    """The same step side by side in the new (``event_1``) and old (``event_2``) run."""
    return _compare_events(
        call, call.path["new_run_id"], call.path["old_run_id"], "new_run_id", "old_run_id"
    )


@operation("getExperimentCompareEventsLegacy")
def get_experiment_compare_events_legacy(call: Call) -> dict[str, Any]:
    """The same step side by side in ``run_id_1`` (``event_1``) and ``run_id_2``."""
    return _compare_events(
        call, call.query["run_id_1"], call.query["run_id_2"], "run_id_1", "run_id_2"
    )


def _schema(tx: Tx, runs: list[dict[str, Any]]) -> dict[str, Any]:
    """Fields seen in the runs' events (metrics, feedback, inputs, outputs, metadata)."""
    fields: dict[tuple[str, str], None] = {}
    for run in runs:
        for event in _run_events(tx, run):
            kind = str(event.get("event_type") or "")
            for section in ("metrics", "feedback", "inputs", "outputs", "metadata"):
                for key in event.get(section) or {}:
                    fields.setdefault((f"{section}.{key}", kind), None)
    mappings: dict[str, list[dict[str, str]]] = {}
    for name, kind in fields:
        mappings.setdefault(name.split(".", 1)[1], []).append(
            {"field_name": name, "event_type": kind}
        )
    return {
        "fields": [{"name": n, "event_type": t} for n, t in sorted(fields)],
        "datasets": sorted({str(r["dataset_id"]) for r in runs if r.get("dataset_id")}),
        "mappings": mappings,
    }


def _runs_created_in(call: Call) -> list[dict[str, Any]]:
    low, high = date_bounds(call.query.get("dateRange"))
    return [r for r in call.tx.find_docs("run") if _created_between(r, low, high)]


@operation("getRunsSchema")
def get_runs_schema(call: Call) -> dict[str, Any]:
    """Fields seen in the events of every run (created in ``dateRange``)."""
    return _schema(call.tx, _runs_created_in(call))


@operation("getRunSchema")
def get_run_schema(call: Call) -> dict[str, Any]:
    """Fields seen in the events of one run."""
    run = _require_run(call.tx, call.path["run_id"])
    low, high = date_bounds(call.query.get("dateRange"))
    return _schema(call.tx, [run] if _created_between(run, low, high) else [])


@operation("getEventsSchemaLegacy")
def get_events_schema_legacy(call: Call) -> dict[str, Any]:
    """Fields seen in the events of the runs (or of the run ``evaluation_id``)."""
    runs = _runs_created_in(call)
    if call.query.get("evaluation_id"):
        runs = [r for r in runs if r["id"] == call.query["evaluation_id"]]
    return _schema(call.tx, runs)
