"""Projects, configurations, tools, metrics (and their versions), datasets and datapoints.

Local semantics, where the service leaves room:

* Names are unique per kind (per project for configurations): creating a second project,
  configuration, tool, metric or dataset with a taken name is a 409 (datasets created
  without a name are all "Untitled Dataset", which may repeat).
* Unknown ids are 404s on get/update/delete, never silent no-ops. Legacy and today's
  routes of one resource (``PUT /v1/metrics`` and ``PUT /v1/metrics/{metric_id}``,
  ``PUT /v1/datasets`` and ``PUT /v1/datasets/{dataset_id}``, ...) work on the same rows.
* A project's id is derived from its name when it is created (see ``tenancy``), so events
  sent earlier with that project name already carry it; renaming keeps the id. Projects
  answer with the server's ``org_id``.
* Configurations belong to the caller's project (the key's, else the default project;
  see ``tenancy``): they are listed, and their names unique, per project, and answer with
  that ``project_id``. A configuration is "deployed" to the environments in its ``env``
  list; there is no ``is_active`` field on the wire. ``GET /v1/configurations?env=prod``
  lists the ones deployed to prod; ``tags=a,b`` those with any of the tags.
* Metrics fill the defaults of HoneyHive's description (``description`` "", ``return_type``
  "float", ``enabled_in_prod`` true for HUMAN metrics only, ``needs_ground_truth`` false,
  ``sampling_percentage`` 10, ``filters`` ``{"filterArray": []}``) and answer exactly the
  fields of ``MetricItem``. Versions live inside their metric (deleting the metric deletes
  them); there are none until ``POST /v1/metrics/{metric_id}/versions`` makes one. A
  version's ``full_sha`` is the SHA-1 of its content, message, date and metric; its ``name``
  is the first 7 digits of it (more if needed to stay unique within the metric). Deploying
  a version (or creating it with ``deploy_immediately``) makes its content the metric's
  current definition and un-deploys the others; updating the metric directly changes the
  definition without touching the versions.
* ``POST /v1/metrics/run`` and ``/run_metric`` evaluate what ``metric_eval`` can run
  locally; the answer also says ``passed`` (from the metric's threshold).
* Deleting a project does not delete events or configurations that name it; deleting a
  dataset keeps its datapoints; deleting a datapoint takes it out of every dataset.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Mapping
from typing import Any

from .errors import ApiError
from .events import select_events
from .metric_eval import run_metric
from .query import MISSING, get_path
from .registry import Call, new_id, operation
from .store import Tx
from .tenancy import ORG_ID, project_id_for_name

__all__: list[str] = []


def _require(tx: Tx, kind: str, doc_id: str, field: str | None = None) -> dict[str, Any]:
    doc = tx.get_doc(kind, doc_id)
    if doc is None:
        raise ApiError.not_found(kind, doc_id, field)
    return doc


def _unique(
    tx: Tx, kind: str, name: str, project: str | None = None, own: str | None = None
) -> None:
    for doc in tx.find_docs(kind, name=name, project=project):
        if doc["id"] != own:
            where = f" in project {project!r}" if project else ""
            raise ApiError.conflict(f"A {kind} named {name!r} already exists{where}")


def _set_fields(doc: dict[str, Any], body: Mapping[str, Any], skip: tuple[str, ...] = ()) -> None:
    for key, value in body.items():
        if key not in skip:
            doc[key] = value


# -- projects -----------------------------------------------------------------------------


def _project_by_name(tx: Tx, name: str) -> dict[str, Any] | None:
    found = tx.find_docs("project", name=name)
    return found[0] if found else None


def _project_out(doc: dict[str, Any]) -> dict[str, Any]:
    return doc if "org_id" in doc else dict(doc, org_id=ORG_ID)


@operation("getProjects")
def get_projects(call: Call) -> list[dict[str, Any]]:
    """Every project, or the one with ``name``."""
    return [_project_out(d) for d in call.tx.find_docs("project", name=call.query.get("name"))]


@operation("createProject")
def create_project(call: Call) -> dict[str, Any]:
    """Create a project (409 if the name is taken); its id derives from its name."""
    body = call.body
    _unique(call.tx, "project", body["name"])
    project_id = project_id_for_name(body["name"])
    if call.tx.get_doc("project", project_id) is not None:  # a renamed project holds it
        project_id = secrets.token_hex(12)
    doc = {
        **body,
        "id": project_id,
        "org_id": ORG_ID,
        "created_at": call.now_iso,
        "updated_at": call.now_iso,
    }
    call.tx.put_doc("project", doc, name=doc["name"])
    return doc


@operation("updateProject")
def update_project(call: Call) -> dict[str, Any]:
    """Update the project addressed by ``name``; ``new_name`` renames it."""
    body = call.body
    doc = _project_by_name(call.tx, body["name"])
    if doc is None:
        raise ApiError.not_found("project", body["name"], "name")
    if body.get("new_name"):
        _unique(call.tx, "project", body["new_name"], own=doc["id"])
        doc["name"] = body["new_name"]
    _set_fields(doc, body, skip=("name", "new_name", "id", "created_at", "org_id"))
    doc["updated_at"] = call.now_iso
    call.tx.put_doc("project", doc, name=doc["name"])
    return _project_out(doc)


@operation("deleteProject")
def delete_project(call: Call) -> dict[str, Any]:
    """Delete the project named ``name``."""
    name = call.query["name"]
    doc = _project_by_name(call.tx, name)
    if doc is None:
        raise ApiError.not_found("project", name, "name")
    call.tx.delete_doc("project", doc["id"])
    return {"deleted": True, "name": name}


# -- configurations -----------------------------------------------------------------------


def _configuration_out(doc: dict[str, Any]) -> dict[str, Any]:
    out = {k: v for k, v in doc.items() if k != "project"}
    out.setdefault("type", "LLM")
    out.setdefault("env", [])
    out.setdefault("tags", [])
    return out


@operation("getConfigurations")
def get_configurations(call: Call) -> dict[str, Any]:
    """The caller's project's configurations, filtered by name, deployed env and tags."""
    q = call.query
    docs = call.tx.find_docs("configuration", name=q.get("name"), project=call.project_id)
    if q.get("env"):
        docs = [d for d in docs if q["env"] in (d.get("env") or [])]
    if q.get("tags"):
        wanted = {t.strip() for t in q["tags"].split(",") if t.strip()}
        docs = [d for d in docs if wanted & set(d.get("tags") or [])]
    return {"configurations": [_configuration_out(d) for d in docs]}


@operation("createConfiguration")
def create_configuration(call: Call) -> dict[str, Any]:
    """Create a configuration in the caller's project (409 if the name is taken there)."""
    project_id = call.project_id
    body = call.body
    _unique(call.tx, "configuration", body["name"], project_id)
    doc = {
        "type": "LLM",
        "env": [],
        "tags": [],
        **body,
        "id": new_id(),
        "project_id": project_id,
        "created_at": call.now_iso,
        "updated_at": call.now_iso,
    }
    call.tx.put_doc("configuration", doc, name=doc["name"], project=project_id)
    return {"acknowledged": True, "insertedId": doc["id"]}


def _configuration(call: Call) -> dict[str, Any]:
    doc = call.tx.get_doc("configuration", call.path["configId"])
    if doc is None or doc.get("project_id", call.project_id) != call.project_id:
        raise ApiError.not_found("configuration", call.path["configId"], "configId")
    return doc


@operation("updateConfiguration")
def update_configuration(call: Call) -> dict[str, Any]:
    """Replace the given fields of a configuration (``env: []`` undeploys it)."""
    doc = _configuration(call)
    body = call.body
    project_id = doc.get("project_id", call.project_id)
    _unique(call.tx, "configuration", body["name"], project_id, own=doc["id"])
    _set_fields(doc, body)
    doc["updated_at"] = call.now_iso
    call.tx.put_doc("configuration", doc, name=doc["name"], project=project_id)
    return {
        "acknowledged": True,
        "matchedCount": 1,
        "modifiedCount": 1,
        "upsertedId": None,
        "upsertedCount": 0,
    }


@operation("deleteConfiguration")
def delete_configuration(call: Call) -> dict[str, Any]:
    """Delete a configuration."""
    doc = _configuration(call)
    call.tx.delete_doc("configuration", doc["id"])
    return {"acknowledged": True, "deletedCount": 1}


# -- tools --------------------------------------------------------------------------------


@operation("getTools")
def get_tools(call: Call) -> list[dict[str, Any]]:
    """Every tool."""
    return call.tx.find_docs("tool")


@operation("createTool")
def create_tool(call: Call) -> dict[str, Any]:
    """Create a tool (``tool_type`` defaults to ``function``)."""
    body = call.body
    _unique(call.tx, "tool", body["name"])
    doc = {
        "tool_type": "function",
        "parameters": {},
        **body,
        "id": new_id(),
        "created_at": call.now_iso,
        "updated_at": call.now_iso,
    }
    call.tx.put_doc("tool", doc, name=doc["name"])
    return {"inserted": True, "result": doc}


@operation("updateTool")
def update_tool(call: Call) -> dict[str, Any]:
    """Replace the given fields of the tool ``id``."""
    body = call.body
    doc = _require(call.tx, "tool", body["id"], "id")
    if body.get("name"):
        _unique(call.tx, "tool", body["name"], own=doc["id"])
    _set_fields(doc, body, skip=("id", "created_at"))
    doc["updated_at"] = call.now_iso
    call.tx.put_doc("tool", doc, name=doc["name"])
    return {"updated": True, "result": doc}


@operation("deleteTool")
def delete_tool(call: Call) -> dict[str, Any]:
    """Delete the tool ``function_id``."""
    doc = _require(call.tx, "tool", call.query["function_id"], "function_id")
    call.tx.delete_doc("tool", doc["id"])
    return {"deleted": True, "result": doc}


# -- metrics ------------------------------------------------------------------------------

_METRIC_CONTENT = (
    "name",
    "type",
    "criteria",
    "description",
    "return_type",
    "enabled_in_prod",
    "needs_ground_truth",
    "sampling_percentage",
    "model_provider",
    "model_name",
    "scale",
    "threshold",
    "categories",
    "child_metrics",
    "filters",
)
_METRIC_FIELDS = (*_METRIC_CONTENT, "id", "created_at", "updated_at")


def _metric_defaults(content: Mapping[str, Any]) -> dict[str, Any]:
    """A metric definition with the description's defaults for the fields not given."""
    return {
        "description": "",
        "return_type": "float",
        "enabled_in_prod": content.get("type") == "HUMAN",
        "needs_ground_truth": False,
        "sampling_percentage": 10,
        "filters": {"filterArray": []},
        **{k: v for k, v in content.items() if k in _METRIC_CONTENT},
    }


def _metric_out(doc: Mapping[str, Any]) -> dict[str, Any]:
    # MetricItem is closed: exactly its fields, whatever else the stored document holds.
    full = {
        **_metric_defaults(doc),
        "id": doc["id"],
        "created_at": doc.get("created_at"),
        "updated_at": doc.get("updated_at"),
    }
    return {k: full[k] for k in _METRIC_FIELDS if k in full}


@operation("getMetrics")
def get_metrics(call: Call) -> dict[str, Any]:
    """Every metric, or those of ``type`` / with ``id``."""
    docs = call.tx.find_docs("metric")
    if call.query.get("type"):
        docs = [d for d in docs if d.get("type") == call.query["type"]]
    if call.query.get("id"):
        docs = [d for d in docs if d["id"] == call.query["id"]]
    return {"metrics": [_metric_out(d) for d in docs]}


@operation("createMetric")
def create_metric(call: Call) -> dict[str, Any]:
    """Create a metric (409 if the name is taken)."""
    body = call.body
    _unique(call.tx, "metric", body["name"])
    doc = {
        **_metric_defaults(body),
        "id": new_id(),
        "created_at": call.now_iso,
        "updated_at": call.now_iso,
        "versions": [],
    }
    call.tx.put_doc("metric", doc, name=doc["name"])
    return {"inserted": True, "metric_id": doc["id"]}


def _update_metric(call: Call, metric_id: str, field: str) -> dict[str, Any]:
    body = call.body
    doc = _require(call.tx, "metric", metric_id, field)
    if body.get("name"):
        _unique(call.tx, "metric", body["name"], own=doc["id"])
    _set_fields(doc, {k: v for k, v in body.items() if k in _METRIC_CONTENT})
    doc["updated_at"] = call.now_iso
    call.tx.put_doc("metric", doc, name=doc["name"])
    return {"updated": True}


@operation("updateMetric")
def update_metric(call: Call) -> dict[str, Any]:
    """Replace the given fields of the metric of the path."""
    return _update_metric(call, call.path["metric_id"], "metric_id")


@operation("updateMetricLegacy")
def update_metric_legacy(call: Call) -> dict[str, Any]:
    """Replace the given fields of the metric ``id`` (in the body)."""
    return _update_metric(call, call.body["id"], "id")


def _delete_metric(call: Call, metric_id: str) -> dict[str, Any]:
    _require(call.tx, "metric", metric_id, "metric_id")
    call.tx.delete_doc("metric", metric_id)
    return {"deleted": True}


@operation("deleteMetric")
def delete_metric(call: Call) -> dict[str, Any]:
    """Delete the metric of the path (and its versions)."""
    return _delete_metric(call, call.path["metric_id"])


@operation("deleteMetricLegacy")
def delete_metric_legacy(call: Call) -> dict[str, Any]:
    """Delete the metric ``metric_id`` (query)."""
    return _delete_metric(call, call.query["metric_id"])


def _run(call: Call) -> dict[str, Any]:
    return {
        "success": True,
        "loading": False,
        **run_metric(call.body["metric"], call.body["event"]),
    }


@operation("runMetric")
def run_metric_op(call: Call) -> dict[str, Any]:
    """Evaluate a metric on one event (see ``metric_eval`` for what runs locally)."""
    return _run(call)


@operation("runMetricLegacy")
def run_metric_legacy(call: Call) -> dict[str, Any]:
    """Evaluate a metric on one event (the legacy route)."""
    return _run(call)


# -- metric versions ------------------------------------------------------------------------


def _version_out(version: Mapping[str, Any]) -> dict[str, Any]:
    return {k: version[k] for k in ("name", "full_sha", "message", "date", "deployed", "content")}


def _deploy(doc: dict[str, Any], version: dict[str, Any], call: Call) -> None:
    """Make ``version`` the metric's live definition (and the only deployed version)."""
    content = version["content"]
    if content["name"] != doc["name"]:
        _unique(call.tx, "metric", content["name"], own=doc["id"])
    for other in doc["versions"]:
        other["deployed"] = other is version
    for key in _METRIC_CONTENT:
        if key in content:
            doc[key] = content[key]
        else:
            doc.pop(key, None)
    doc["updated_at"] = call.now_iso


@operation("getMetricVersions")
def get_metric_versions(call: Call) -> dict[str, Any]:
    """Every version of a metric, oldest first."""
    doc = _require(call.tx, "metric", call.path["metric_id"], "metric_id")
    return {"success": True, "data": [_version_out(v) for v in doc.get("versions") or []]}


@operation("createMetricVersion")
def create_metric_version(call: Call) -> dict[str, Any]:
    """Snapshot a definition as a new version (a draft unless ``deploy_immediately``)."""
    doc = _require(call.tx, "metric", call.path["metric_id"], "metric_id")
    versions: list[dict[str, Any]] = doc.setdefault("versions", [])
    content = _metric_defaults(call.body["content"])
    seed = json.dumps(
        [doc["id"], len(versions), call.now_iso, call.body["message"], content], sort_keys=True
    )
    full_sha = hashlib.sha1(seed.encode(), usedforsecurity=False).hexdigest()
    taken = {v["name"] for v in versions}
    size = 7
    while full_sha[:size] in taken:
        size += 1
    version = {
        "name": full_sha[:size],
        "full_sha": full_sha,
        "message": call.body["message"],
        "date": call.now_iso,
        "deployed": False,
        "content": content,
    }
    versions.append(version)
    if call.body.get("deploy_immediately"):
        _deploy(doc, version, call)
    call.tx.put_doc("metric", doc, name=doc["name"])
    return {"success": True, "data": _version_out(version)}


@operation("deployMetricVersion")
def deploy_metric_version(call: Call) -> dict[str, Any]:
    """Make the named version the metric's live definition."""
    doc = _require(call.tx, "metric", call.path["metric_id"], "metric_id")
    name = call.path["version_name"]
    version = next((v for v in doc.get("versions") or [] if v["name"] == name), None)
    if version is None:
        raise ApiError.not_found(f"version of metric {doc['id']!r}", name, "version_name")
    _deploy(doc, version, call)
    call.tx.put_doc("metric", doc, name=doc["name"])
    return {"success": True, "data": _version_out(version)}


# -- datapoints ---------------------------------------------------------------------------

_DATAPOINT_DEFAULTS: dict[str, Any] = {
    "inputs": {},
    "history": [],
    "ground_truth": {},
    "metadata": {},
    "linked_event": None,
}


def _datapoint_out(tx: Tx, doc: dict[str, Any]) -> dict[str, Any]:
    out = {k: v for k, v in _DATAPOINT_DEFAULTS.items() if k not in doc}
    out.update(doc)
    out["linked_datasets"] = tx.datapoint_datasets(doc["id"])
    return out


def _link(tx: Tx, datapoint_id: str, dataset_ids: list[str], field: str) -> None:
    for index, dataset_id in enumerate(dataset_ids):
        _require(tx, "dataset", dataset_id, f"{field}[{index}]")
        tx.add_member(dataset_id, datapoint_id)


def _new_datapoint(tx: Tx, call: Call, fields: Mapping[str, Any]) -> str:
    doc: dict[str, Any] = {
        **_DATAPOINT_DEFAULTS,
        **{k: v for k, v in fields.items() if k != "linked_datasets"},
        "id": new_id(),
        "created_at": call.now_iso,
        "updated_at": call.now_iso,
    }
    tx.put_doc("datapoint", doc)
    return str(doc["id"])


@operation("getDatapoints")
def get_datapoints(call: Call) -> dict[str, Any]:
    """Datapoints, optionally only some ids or those of one dataset (by name)."""
    q = call.query
    tx = call.tx
    if q.get("dataset_name") is not None:
        datasets = tx.find_docs("dataset", name=q["dataset_name"])
        ids = [m for d in datasets for m in tx.dataset_members(d["id"])]
        docs = [d for d in (tx.get_doc("datapoint", i) for i in ids) if d is not None]
    else:
        docs = tx.find_docs("datapoint")
    if q.get("datapoint_ids"):
        wanted = set(q["datapoint_ids"])
        docs = [d for d in docs if d["id"] in wanted]
    return {"datapoints": [_datapoint_out(tx, d) for d in docs]}


@operation("createDatapoint")
def create_datapoint(call: Call) -> dict[str, Any]:
    """Create a datapoint, in the datasets of ``linked_datasets``."""
    datapoint_id = _new_datapoint(call.tx, call, call.body)
    _link(call.tx, datapoint_id, call.body.get("linked_datasets") or [], "linked_datasets")
    return {"inserted": True, "result": {"insertedIds": [datapoint_id]}}


@operation("getDatapoint")
def get_datapoint(call: Call) -> dict[str, Any]:
    """One datapoint, as a one-element list."""
    doc = _require(call.tx, "datapoint", call.path["datapoint_id"], "datapoint_id")
    return {"datapoint": [_datapoint_out(call.tx, doc)]}


@operation("updateDatapoint")
def update_datapoint(call: Call) -> dict[str, Any]:
    """Replace the given fields; ``linked_datasets`` replaces the memberships."""
    tx = call.tx
    doc = _require(tx, "datapoint", call.path["datapoint_id"], "datapoint_id")
    _set_fields(doc, call.body, skip=("linked_datasets", "id", "created_at"))
    doc["updated_at"] = call.now_iso
    tx.put_doc("datapoint", doc)
    if "linked_datasets" in call.body:
        tx.clear_members(datapoint_id=doc["id"])
        _link(tx, doc["id"], call.body["linked_datasets"], "linked_datasets")
    return {"updated": True, "result": {"modifiedCount": 1}}


@operation("deleteDatapoint")
def delete_datapoint(call: Call) -> dict[str, Any]:
    """Delete a datapoint and its dataset memberships."""
    datapoint_id = call.path["datapoint_id"]
    _require(call.tx, "datapoint", datapoint_id, "datapoint_id")
    call.tx.delete_doc("datapoint", datapoint_id)
    call.tx.clear_members(datapoint_id=datapoint_id)
    return {"deleted": True}


def _mapped(record: Mapping[str, Any], mapping: Mapping[str, Any]) -> dict[str, Any]:
    """Datapoint fields from a raw record, following a ``DatapointMapping``."""
    inputs_keys = mapping.get("inputs")
    history_keys = mapping.get("history") or []
    truth_keys = mapping.get("ground_truth") or []
    if inputs_keys is None:  # no inputs mapping: every unmapped key is an input
        inputs_keys = [k for k in record if k not in history_keys and k not in truth_keys]
    fields: dict[str, Any] = {"inputs": {}, "history": [], "ground_truth": {}}
    for key in inputs_keys:
        value = get_path(record, key)
        if value is not MISSING:
            fields["inputs"][key.rsplit(".", 1)[-1]] = value
    for key in history_keys:
        value = get_path(record, key)
        if isinstance(value, list):
            fields["history"].extend(v for v in value if isinstance(v, dict))
        elif isinstance(value, dict):
            fields["history"].append(value)
    for key in truth_keys:
        value = get_path(record, key)
        if value is not MISSING:
            fields["ground_truth"][key.rsplit(".", 1)[-1]] = value
    used = {*inputs_keys, *history_keys, *truth_keys}
    extra = {k: v for k, v in record.items() if k not in used}
    if extra:
        fields["metadata"] = extra
    return fields


def _event_fields(event: Mapping[str, Any], mapping: Mapping[str, Any] | None) -> dict[str, Any]:
    """Datapoint fields from a stored event (default: its inputs, history, outputs)."""
    if mapping:
        lookup: dict[str, Any] = {}
        for key in [*(mapping.get("inputs") or []), *(mapping.get("history") or [])]:
            lookup[key] = _event_value(event, key)
        for key in mapping.get("ground_truth") or []:
            lookup[key] = _event_value(event, key)
        record = {k: v for k, v in lookup.items() if v is not MISSING}
        fields = _mapped(record, {"inputs": mapping.get("inputs") or [], **mapping})
        fields.pop("metadata", None)
    else:
        inputs = dict(event.get("inputs") or {})
        history = inputs.get("chat_history")
        fields = {
            "inputs": inputs,
            "history": history if isinstance(history, list) else [],
            "ground_truth": dict(event.get("outputs") or {}),
        }
    fields["linked_event"] = event["event_id"]
    fields["metadata"] = {"event_name": event.get("event_name"), "source": event.get("source")}
    return fields


def _event_value(event: Mapping[str, Any], key: str) -> Any:
    # A mapping names a dotted path into the event, or a bare key of one of its objects.
    value = get_path(event, key)
    for section in ("inputs", "outputs", "feedback", "metadata"):
        if value is not MISSING:
            break
        value = get_path(event.get(section) or {}, key)
    return value


@operation("batchCreateDatapoints")
def batch_create_datapoints(call: Call) -> dict[str, Any]:
    """Turn events (by id, or every event matching ``filters``) into datapoints."""
    body = call.body
    tx = call.tx
    if body.get("dataset_id"):
        _require(tx, "dataset", body["dataset_id"], "dataset_id")
    if body.get("events"):
        events = []
        for index, event_id in enumerate(body["events"]):
            event = tx.get_event(event_id)
            if event is None:
                raise ApiError.not_found("event", event_id, f"events[{index}]")
            events.append(event)
    elif body.get("filters") is not None or body.get("selectAll"):
        events = list(
            select_events(
                tx,
                filters=body.get("filters"),
                date_range=body.get("dateRange"),
                location="body",
            )
        )
    else:
        raise ApiError.bad_request(
            "Give the events to convert: 'events' (ids) or 'filters' (with 'selectAll')",
            [{"field": "events", "location": "body", "problem": "no events selected"}],
        )
    state = body.get("checkState") or {}
    events = [e for e in events if state.get(e["event_id"], True)]
    ids = []
    for event in events:
        datapoint_id = _new_datapoint(tx, call, _event_fields(event, body.get("mapping")))
        if body.get("dataset_id"):
            tx.add_member(body["dataset_id"], datapoint_id)
        ids.append(datapoint_id)
    return {"inserted": True, "insertedIds": ids}


# -- datasets -----------------------------------------------------------------------------

_UNTITLED = "Untitled Dataset"


def _dataset_out(tx: Tx, doc: dict[str, Any]) -> dict[str, Any]:
    return dict(doc, datapoints=tx.dataset_members(doc["id"]))


@operation("getDatasets")
def get_datasets(call: Call) -> dict[str, Any]:
    """Datasets with their datapoint ids, optionally one id or name."""
    q = call.query
    docs = call.tx.find_docs("dataset", name=q.get("name"))
    if q.get("dataset_id"):
        docs = [d for d in docs if d["id"] == q["dataset_id"]]
    return {"datasets": [_dataset_out(call.tx, d) for d in docs]}


@operation("createDataset")
def create_dataset(call: Call) -> dict[str, Any]:
    """Create a dataset (409 if the name is taken), with existing datapoints."""
    body = call.body
    tx = call.tx
    name = body.get("name", _UNTITLED)
    if name != _UNTITLED:
        _unique(tx, "dataset", name)
    doc = {
        "id": new_id(),
        "name": name,
        "description": body.get("description"),
        "created_at": call.now_iso,
        "updated_at": call.now_iso,
    }
    tx.put_doc("dataset", doc, name=doc["name"])
    for index, datapoint_id in enumerate(body.get("datapoints") or []):
        _require(tx, "datapoint", datapoint_id, f"datapoints[{index}]")
        tx.add_member(doc["id"], datapoint_id)
    return {"inserted": True, "result": {"insertedId": doc["id"]}}


def _update_dataset(call: Call, dataset_id: str, field: str) -> dict[str, Any]:
    body = call.body
    tx = call.tx
    doc = _require(tx, "dataset", dataset_id, field)
    if body.get("name"):
        if body["name"] != _UNTITLED:
            _unique(tx, "dataset", body["name"], own=doc["id"])
        doc["name"] = body["name"]
    if "description" in body:
        doc["description"] = body["description"]
    doc["updated_at"] = call.now_iso
    tx.put_doc("dataset", doc, name=doc["name"])
    if "datapoints" in body:
        for index, datapoint_id in enumerate(body["datapoints"]):
            _require(tx, "datapoint", datapoint_id, f"datapoints[{index}]")
        tx.clear_members(dataset_id=doc["id"])
        for datapoint_id in body["datapoints"]:
            tx.add_member(doc["id"], datapoint_id)
    return {"result": _dataset_out(tx, doc)}


@operation("updateDataset")
def update_dataset(call: Call) -> dict[str, Any]:
    """Rename/describe the dataset of the path; ``datapoints`` replaces its members."""
    return _update_dataset(call, call.path["dataset_id"], "dataset_id")


@operation("updateDatasetLegacy")
def update_dataset_legacy(call: Call) -> dict[str, Any]:
    """Rename/describe the dataset ``dataset_id`` (in the body)."""
    return _update_dataset(call, call.body["dataset_id"], "dataset_id")


def _delete_dataset(call: Call, dataset_id: str) -> dict[str, Any]:
    _require(call.tx, "dataset", dataset_id, "dataset_id")
    call.tx.delete_doc("dataset", dataset_id)
    call.tx.clear_members(dataset_id=dataset_id)
    return {"result": {"id": dataset_id}}


@operation("deleteDataset")
def delete_dataset(call: Call) -> dict[str, Any]:
    """Delete the dataset of the path (its datapoints stay)."""
    return _delete_dataset(call, call.path["dataset_id"])


@operation("deleteDatasetLegacy")
def delete_dataset_legacy(call: Call) -> dict[str, Any]:
    """Delete the dataset ``dataset_id`` (query; its datapoints stay)."""
    return _delete_dataset(call, call.query["dataset_id"])


@operation("addDatapoints")
def add_datapoints(call: Call) -> dict[str, Any]:
    """Create datapoints from raw records (per ``mapping``) inside a dataset."""
    tx = call.tx
    dataset_id = call.path["dataset_id"]
    _require(tx, "dataset", dataset_id, "dataset_id")
    ids = []
    for record in call.body["data"]:
        datapoint_id = _new_datapoint(tx, call, _mapped(record, call.body["mapping"]))
        tx.add_member(dataset_id, datapoint_id)
        ids.append(datapoint_id)
    return {"inserted": True, "datapoint_ids": ids}


@operation("removeDatapoint")
def remove_datapoint(call: Call) -> dict[str, Any]:
    """Take a datapoint out of a dataset (the datapoint itself stays)."""
    return _remove_datapoint(call)


@operation("removeDatapointLegacy")
def remove_datapoint_legacy(call: Call) -> dict[str, Any]:
    """Take a datapoint out of a dataset (the legacy path)."""
    return _remove_datapoint(call)


def _remove_datapoint(call: Call) -> dict[str, Any]:
    tx = call.tx
    dataset_id, datapoint_id = call.path["dataset_id"], call.path["datapoint_id"]
    _require(tx, "dataset", dataset_id, "dataset_id")
    if not tx.remove_member(dataset_id, datapoint_id):
        raise ApiError.not_found(
            f"datapoint in dataset {dataset_id!r}", datapoint_id, "datapoint_id"
        )
    return {"dereferenced": True, "message": f"Datapoint {datapoint_id} removed from dataset"}
