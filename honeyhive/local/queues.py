"""Annotation queues (``/v1/queues``): named sets of events, with filters, for human review.

Local semantics, where the service leaves room:

* A queue belongs to the caller's project (``scope_type`` ``"project"``, ``scope_id`` its
  key's project, else the default project, see ``tenancy``). A project's key sees only its
  project's queues (another project's queue is a 404); a server key, which has no project,
  sees every queue.
* Names need not be unique: HoneyHive's description declares no conflict for queues, so a
  second queue with a taken name is created (no 409).
* Create applies the schema's defaults: ``description`` ``""``, ``filters``
  ``{"filterArray": []}``, ``enabled`` true, ``event_ids`` ``[]``. Answers also carry
  ``event_ids`` (the schemas allow extra fields), so a client can see what a queue holds.
  Event ids are not checked against stored events (events may be ingested later) and are
  kept once each, in the order first added.
* Update changes only the fields given; ``filters`` replaces the whole filter set;
  ``add_event_ids`` / ``remove_event_ids`` edit the event list (removals apply first, so
  an id in both ends up in the queue). The body's required ``id`` must equal the path's
  ``queue_id`` (else 400).
* The service soft-deletes; nothing can read a deleted queue back, so locally a delete
  removes it: afterwards get, update and delete are 404s.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .errors import ApiError, problem
from .registry import Call, new_id, operation

__all__: list[str] = []

_KIND = "annotation_queue"


def _find(call: Call, queue_id: str) -> dict[str, Any]:
    """The queue ``queue_id``, if the caller's key may see it."""
    doc = call.tx.get_doc(_KIND, queue_id)
    scope = call.principal.project_id
    if doc is None or (scope is not None and doc["scope_id"] != scope):
        raise ApiError(
            404,
            f"Queue {queue_id!r} not found",
            "NOT_FOUND",
            [problem("queue_id", f"no queue {queue_id!r}", "path")],
        )
    return doc


def _unique_ids(ids: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(ids))


@operation("getQueues")
def get_queues(call: Call) -> dict[str, Any]:
    """The queues the caller's key sees, oldest first; ``enabled`` filters on that flag."""
    queues = call.tx.find_docs(_KIND, project=call.principal.project_id)
    enabled = call.query.get("enabled")
    if enabled is not None:
        queues = [q for q in queues if q["enabled"] is enabled]
    return {"queues": queues}


@operation("createQueue")
def create_queue(call: Call) -> dict[str, Any]:
    """Create a queue, with the schema's defaults for the fields not given."""
    body: dict[str, Any] = call.body
    doc: dict[str, Any] = {
        "id": new_id(),
        "name": body["name"],
        "description": body.get("description", ""),
        "filters": body.get("filters", {"filterArray": []}),
        "enabled": body.get("enabled", True),
        "event_ids": _unique_ids(body.get("event_ids", [])),
        "scope_id": call.project_id,
        "scope_type": "project",
        "is_active": True,
        "created_at": call.now_iso,
        "updated_at": call.now_iso,
    }
    call.tx.put_doc(_KIND, doc, name=doc["name"], project=doc["scope_id"])
    return {"queue": doc, "message": "Queue created successfully"}


@operation("getQueue")
def get_queue(call: Call) -> dict[str, Any]:
    """One queue by id."""
    return _find(call, call.path["queue_id"])


@operation("updateQueue")
def update_queue(call: Call) -> dict[str, Any]:
    """Change the given fields of a queue, and add or remove events."""
    queue_id = call.path["queue_id"]
    body: dict[str, Any] = call.body
    doc = _find(call, queue_id)
    if body["id"] != queue_id:
        raise ApiError.invalid_field(
            "id", f"is {body['id']!r} but the path names queue {queue_id!r}"
        )
    for key in ("name", "description", "filters", "enabled"):
        if key in body:
            doc[key] = body[key]
    removed = set(body.get("remove_event_ids", []))
    kept = [e for e in doc["event_ids"] if e not in removed]
    doc["event_ids"] = _unique_ids([*kept, *body.get("add_event_ids", [])])
    doc["updated_at"] = call.now_iso
    call.tx.put_doc(_KIND, doc, name=doc["name"], project=doc["scope_id"])
    return {"queue": doc, "message": "Queue updated successfully"}


@operation("deleteQueue")
def delete_queue(call: Call) -> dict[str, Any]:
    """Delete a queue."""
    queue_id = call.path["queue_id"]
    _find(call, queue_id)
    call.tx.delete_doc(_KIND, queue_id)
    return {"message": f"Queue {queue_id} deleted successfully"}
