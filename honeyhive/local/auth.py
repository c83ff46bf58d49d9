"""API keys and what each may do: the server's own keys, ingestion keys, fine-grained keys.

Three kinds of key authenticate (``Authorization: Bearer <key>``):

* **Server keys** (``--api-key``, ``HH_LOCAL_API_KEYS``, or the development key): full
  access to every operation, in every project.
* **Ingestion keys** (``hh_ingst_...``, made by ``POST /v1/projects/{project_id}/
  ingestion_api_keys``): may only write sessions and events (``INGESTION_OPERATIONS``: the
  session start routes, event create/update/batch routes, the session event batch and the
  traces route). Anything else answers 403. What they write belongs to their project.
* **Fine-grained keys** (``hh_fgdp_...``, made by ``POST /v1/projects/{project_id}/
  fine_grained_api_keys``): may do what their ``permissions`` allow, until ``expires_at``
  (then 401). On the project-scoped routes (``/v1/projects/{project_id}/...``) only in their
  own project (another project is a 403).

Permission strings (HoneyHive's description leaves the vocabulary open; these are ours):
``<area>:read``, ``<area>:write``, ``<area>:*`` (both), and ``*`` (everything). An area is an
operation's tag in openapi.yaml, lower-cased with ``_`` for spaces: ``sessions``,
``events``, ``charts``, ``metrics``, ``metric_versions``, ``datapoints``, ``datasets``,
``experiments``, ``queues``, ``configurations``, ``ingestion_api_keys``,
``data_plane_api_keys``, ``tools``, ``projects``. ``read`` covers ``GET`` and the ``POST``
operations that only read or compute (event search and export, running a metric);
``write`` covers every other operation. ``read`` and ``write`` are independent: give both
(or ``<area>:*``) for both. A key is refused at creation (400) if a permission is not in
this vocabulary, or if ``expires_at`` is not an ISO-8601 date; a date already past is
allowed (the key is then refused with 401), which lets tests exercise expiry.

A created key's value is answered once and never stored: the server keeps its SHA-256,
and no log line or error message ever contains a key.
"""

from __future__ import annotations

import hashlib
import secrets
import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .errors import ApiError, Problem, problem
from .spec import Operation

__all__ = [
    "AREAS",
    "DATA_PLANE_PREFIX",
    "INGESTION_OPERATIONS",
    "INGESTION_PREFIX",
    "SERVER",
    "Principal",
    "area_of",
    "authorize",
    "key_hash",
    "new_key",
    "permission_problems",
    "principal_from_record",
    "required_permission",
]

INGESTION_PREFIX = "hh_ingst_"
DATA_PLANE_PREFIX = "hh_fgdp_"

INGESTION_OPERATIONS = frozenset(
    {
        "startSessionLegacy",
        "createSession",
        "addSessionTracesLegacy",
        "createSessionEventBatch",
        "createEventLegacy",
        "createEvent",
        "updateEventLegacy",
        "updateEvent",
        "createEventBatchLegacy",
        "createEventBatch",
        "createModelEventLegacy",
        "createModelEventBatchLegacy",
    }
)

AREAS = frozenset(
    {
        "sessions",
        "events",
        "charts",
        "metrics",
        "metric_versions",
        "datapoints",
        "datasets",
        "experiments",
        "queues",
        "configurations",
        "ingestion_api_keys",
        "data_plane_api_keys",
        "tools",
        "projects",
    }
)
"""The permission areas: the tags of openapi.yaml (a test keeps the two in step)."""

# POST operations that read or compute without changing anything.
_READING_POSTS = frozenset({"searchEvents", "exportEventsLegacy", "runMetric", "runMetricLegacy"})
_PROJECT_ROUTE = "/v1/projects/{project_id}/"
_KEY_ID_CHARS = string.ascii_letters + string.digits


@dataclass(frozen=True)
class Principal:
    """Who is calling: the kind of key, its project (if any) and its permissions."""

    kind: str  # "server", "ingestion" or "data_plane"
    key_id: str | None = None
    project_id: str | None = None
    permissions: frozenset[str] = frozenset({"*"})
    expires_ms: float | None = None


SERVER = Principal("server")
"""The principal of the server's own keys (and of every call when any key is accepted)."""


def area_of(op: Operation) -> str:
    """The permission area of an operation: its first tag, lower-cased, ``_`` for spaces."""
    tag = op.tags[0] if op.tags else "other"
    return tag.lower().replace(" ", "_")


def required_permission(op: Operation) -> str:
    """The permission string an operation needs, e.g. ``events:write``."""
    reading = op.method == "GET" or op.operation_id in _READING_POSTS
    return f"{area_of(op)}:{'read' if reading else 'write'}"


def _allows(permissions: frozenset[str], needed: str) -> bool:
    area = needed.split(":", 1)[0]
    return "*" in permissions or needed in permissions or f"{area}:*" in permissions


def authorize(principal: Principal, op: Operation, path_params: Mapping[str, str]) -> None:
    """Raise a 403 unless ``principal`` may call ``op`` (with these path parameters)."""
    if principal.kind == "server":
        return
    if principal.kind == "ingestion":
        if op.operation_id not in INGESTION_OPERATIONS:
            raise ApiError(
                403,
                f"An ingestion API key may only write sessions and events; {op.operation_id}"
                " needs a key with more access",
                "FORBIDDEN",
            )
        return
    needed = required_permission(op)
    if not _allows(principal.permissions, needed):
        raise ApiError(
            403,
            f"This API key lacks the permission {needed!r} that {op.operation_id} needs",
            "FORBIDDEN",
        )
    if op.template.startswith(_PROJECT_ROUTE) and path_params.get("project_id") != (
        principal.project_id
    ):
        raise ApiError(
            403,
            "This API key belongs to another project than the one in the path",
            "FORBIDDEN",
            [problem("project_id", "not the project of the API key", "path")],
        )


def permission_problems(permissions: Sequence[str]) -> list[Problem]:
    """Problems of the permission strings of a new fine-grained key."""
    found = []
    for index, text in enumerate(permissions):
        area, _, verb = text.partition(":")
        if text == "*" or (area in AREAS and verb in ("read", "write", "*")):
            continue
        found.append(
            problem(
                f"permissions[{index}]",
                f"{text!r} is not a permission: use '*', or '<area>:read', '<area>:write' or"
                f" '<area>:*' with an area among {', '.join(sorted(AREAS))}",
            )
        )
    return found


def key_hash(value: str) -> str:
    """The SHA-256 (hex) under which a key is stored and looked up."""
    return hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest()


def new_key(prefix: str) -> tuple[str, str]:
    """A fresh ``(key value, key id)``: prefix, 24-character id, ``_``, 64-character secret."""
    key_id = "".join(secrets.choice(_KEY_ID_CHARS) for _ in range(24))
    secret = secrets.token_urlsafe(48)  # 64 characters of [A-Za-z0-9_-]
    return f"{prefix}{key_id}_{secret}", key_id


def principal_from_record(record: Mapping[str, object]) -> Principal:
    """The principal of a stored key record."""
    permissions = record.get("permissions")
    expires = record.get("expires_ms")
    return Principal(
        kind=str(record["kind"]),
        key_id=str(record["key_id"]),
        project_id=str(record["root_scope_id"]),
        permissions=frozenset(str(p) for p in permissions)
        if isinstance(permissions, list)
        else frozenset(),
        expires_ms=float(expires) if isinstance(expires, int | float) else None,
    )
