"""Creating API keys: ingestion keys and fine-grained (data-plane) keys of a project.

What a key may do once created is ``auth``'s business (its docstring lists the permission
strings). Local semantics, where the service leaves room:

* Any ``project_id`` is accepted: today's API has no route that creates projects, so a
  key does not need a stored project of that id. ``root_scope_type`` is ``"project"`` and
  ``root_scope_id`` the ``project_id`` of the path.
* The key's value (``key_value``) is in the creation answer only; the server keeps its
  SHA-256. Values have the service's shape: ``hh_ingst_`` or ``hh_fgdp_``, a 24-character
  id (the ``key_id``), ``_``, and a 64-character secret.
* ``expires_at`` is answered as given; it must be ISO-8601 (400 otherwise). Ingestion
  keys do not expire.
"""

from __future__ import annotations

from typing import Any

from .auth import DATA_PLANE_PREFIX, INGESTION_PREFIX, key_hash, new_key, permission_problems
from .errors import ApiError
from .query import parse_time
from .registry import Call, operation

__all__: list[str] = []


@operation("createIngestionApiKey")
def create_ingestion_api_key(call: Call) -> dict[str, Any]:
    """A new ingestion key of the project: it may write sessions and events only."""
    body = call.body
    project_id = call.path["project_id"]
    value, key_id = new_key(INGESTION_PREFIX)
    record = {
        "kind": "ingestion",
        "key_id": key_id,
        "name": body["name"],
        "description": body.get("description"),
        "root_scope_type": "project",
        "root_scope_id": project_id,
        "created_at": call.now_iso,
    }
    call.tx.put_api_key(key_hash(value), record)
    data = {k: record[k] for k in ("key_id", "name", "description")}
    data.update(key_value=value, root_scope_type="project", root_scope_id=project_id)
    return {"success": True, "data": data}


@operation("createDataPlaneApiKey")
def create_data_plane_api_key(call: Call) -> dict[str, Any]:
    """A new fine-grained key of the project, with its permissions and expiry."""
    body = call.body
    project_id = call.path["project_id"]
    problems = permission_problems(body["permissions"])
    expires_ms = parse_time(body["expires_at"]) if body["expires_at"].strip() else None
    if expires_ms is None or _is_plain_number(body["expires_at"]):
        problems.append(
            {
                "field": "expires_at",
                "location": "body",
                "problem": f"{body['expires_at']!r} is not an ISO-8601 date and time",
            }
        )
    if problems:
        raise ApiError(
            400,
            f"Invalid request: {problems[0]['field']}: {problems[0]['problem']}",
            "VALIDATION_ERROR",
            problems,
        )
    value, key_id = new_key(DATA_PLANE_PREFIX)
    record = {
        "kind": "data_plane",
        "key_id": key_id,
        "name": body["name"],
        "description": body.get("description"),
        "permissions": list(body["permissions"]),
        "root_scope_type": "project",
        "root_scope_id": project_id,
        "expires_at": body["expires_at"],
        "expires_ms": expires_ms,
        "created_at": call.now_iso,
    }
    call.tx.put_api_key(key_hash(value), record)
    return {
        "success": True,
        "data": {
            "key_value": value,
            "key_id": key_id,
            "name": body["name"],
            "description": body.get("description"),
            "permissions": list(body["permissions"]),
            "root_scope_type": "project",
            "root_scope_id": project_id,
            "expires_at": body["expires_at"],
        },
    }


def _is_plain_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True
