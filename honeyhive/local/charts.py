"""Charts: the legacy workspace-scoped ``/v1/charts`` routes and the project-scoped ones.

Local semantics, where the service leaves room:

* One storage serves both route families; every chart belongs to one project. A chart
  created under ``/v1/projects/{project_id}/charts`` belongs to that project; one created
  through the legacy ``POST /v1/charts`` belongs to the caller's project (its key's, else
  the default project, see ``tenancy``). The project-scoped routes see only their
  project's charts (another project's chart is a 404). The legacy routes see the charts of
  the key's project, and with a server key (which has no project) every chart.
* Any ``project_id`` is accepted: today's API has no way to create projects, so charts do
  not require a stored project of that id.
* Names need not be unique: HoneyHive's description declares no conflict for charts, and
  two dashboard charts with one name are common, so a second chart with a taken name is
  created (no 409).
* Both updates (legacy PUT and project PATCH) change only the fields given, as HoneyHive's
  description says of its chart update; a field given as ``null`` (``groupBy``) is cleared.
* Fields not given on create: ``bucketing`` is ``"day"`` (the schema's default), ``query``
  is ``[]``, and ``description``, ``func``, ``groupBy``, ``dateRange``, ``owner_id`` and
  ``owner_profile`` are ``null``. Deleting a chart removes it; a second delete is a 404.
"""

from __future__ import annotations

from typing import Any

from .errors import ApiError, problem
from .registry import Call, new_id, operation
from .store import Tx

__all__: list[str] = []

_KIND = "chart"
# Kept in the stored document, never sent: which project the chart belongs to.
_PROJECT = "_project_id"
_EDITABLE = (
    "name",
    "description",
    "metric",
    "func",
    "groupBy",
    "bucketing",
    "dateRange",
    "query",
    "owner_id",
)


def _out(doc: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in doc.items() if k != _PROJECT}


def _find(tx: Tx, chart_id: str, project_id: str | None) -> dict[str, Any]:
    """The chart ``chart_id``; with ``project_id``, only if it belongs to that project."""
    doc = tx.get_doc(_KIND, chart_id)
    if doc is None or (project_id is not None and doc.get(_PROJECT) != project_id):
        where = f" in project {project_id!r}" if project_id is not None else ""
        raise ApiError(
            404,
            f"Chart {chart_id!r} not found{where}",
            "NOT_FOUND",
            [problem("chart_id", f"no chart {chart_id!r}{where}", "path")],
        )
    return doc


def _list(call: Call, project_id: str | None) -> dict[str, Any]:
    docs = call.tx.find_docs(_KIND, project=project_id)
    return {"success": True, "data": [_out(d) for d in docs]}


def _create(call: Call, project_id: str) -> dict[str, Any]:
    body: dict[str, Any] = call.body
    doc: dict[str, Any] = {
        "id": new_id(),
        "name": body["name"],
        "description": body.get("description"),
        "metric": body["metric"],
        "func": body.get("func"),
        "groupBy": body.get("groupBy"),
        "bucketing": body.get("bucketing", "day"),
        "dateRange": body.get("dateRange"),
        "query": body.get("query", []),
        "owner_id": body.get("owner_id"),
        "owner_profile": None,
        "is_active": True,
        "created_at": call.now_iso,
        "updated_at": call.now_iso,
        _PROJECT: project_id,
    }
    call.tx.put_doc(_KIND, doc, name=doc["name"], project=project_id)
    return {"success": True, "data": _out(doc)}


def _get(call: Call, project_id: str | None) -> dict[str, Any]:
    return {"success": True, "data": _out(_find(call.tx, call.path["chart_id"], project_id))}


def _update(call: Call, project_id: str | None) -> dict[str, Any]:
    doc = _find(call.tx, call.path["chart_id"], project_id)
    body: dict[str, Any] = call.body
    for key in _EDITABLE:
        if key in body:
            doc[key] = body[key]
    doc["updated_at"] = call.now_iso
    call.tx.put_doc(_KIND, doc, name=doc["name"], project=doc.get(_PROJECT))
    return {"success": True, "data": _out(doc)}


def _delete(call: Call, project_id: str | None) -> dict[str, Any]:
    chart_id = call.path["chart_id"]
    _find(call.tx, chart_id, project_id)
    call.tx.delete_doc(_KIND, chart_id)
    return {"success": True, "message": f"Chart {chart_id} deleted"}


# -- legacy, workspace-scoped -------------------------------------------------------------


@operation("getChartsLegacy")
def get_charts_legacy(call: Call) -> dict[str, Any]:
    """The charts of the key's project (every chart with a server key), oldest first."""
    return _list(call, call.principal.project_id)


@operation("createChartLegacy")
def create_chart_legacy(call: Call) -> dict[str, Any]:
    """Create a chart in the caller's project."""
    return _create(call, call.project_id)


@operation("getChartLegacy")
def get_chart_legacy(call: Call) -> dict[str, Any]:
    """One chart by id (of any project with a server key)."""
    return _get(call, call.principal.project_id)


@operation("updateChartLegacy")
def update_chart_legacy(call: Call) -> dict[str, Any]:
    """Change the given fields of a chart (of any project with a server key)."""
    return _update(call, call.principal.project_id)


@operation("deleteChartLegacy")
def delete_chart_legacy(call: Call) -> dict[str, Any]:
    """Delete a chart (of any project with a server key)."""
    return _delete(call, call.principal.project_id)


# -- project-scoped -----------------------------------------------------------------------


@operation("getCharts")
def get_charts(call: Call) -> dict[str, Any]:
    """The charts of one project, oldest first."""
    return _list(call, call.path["project_id"])


@operation("createChart")
def create_chart(call: Call) -> dict[str, Any]:
    """Create a chart in a project."""
    return _create(call, call.path["project_id"])


@operation("getChart")
def get_chart(call: Call) -> dict[str, Any]:
    """One chart of a project (404 if it belongs to another project)."""
    return _get(call, call.path["project_id"])


@operation("updateChart")
def update_chart(call: Call) -> dict[str, Any]:
    """Change only the given fields of a project's chart."""
    return _update(call, call.path["project_id"])


@operation("deleteChart")
def delete_chart(call: Call) -> dict[str, Any]:
    """Delete a project's chart."""
    return _delete(call, call.path["project_id"])
