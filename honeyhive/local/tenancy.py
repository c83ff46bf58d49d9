"""Who owns what: the one organisation and workspace of a local server, and project ids.

The service answers with ``org_id``, ``workspace_id`` and ``project_id`` on sessions,
events, projects and runs. A local server has one organisation and one workspace (the
constants below, the same on every server and across restarts), and any number of
projects, named by events (``project``) or by API keys (their ``root_scope_id``):

* the id of the project named ``name`` is the id of the stored project of that name
  (``POST /v1/projects``), else ``project_id_for_name(name)``: 24 hex digits derived from the
  name, so it is stable without storing anything and a project created later with that
  name gets the same id;
* a call made with a project-scoped key (ingestion or fine-grained) works in that key's
  project; any other call works in ``DEFAULT_PROJECT`` unless the request names a project.
"""

from __future__ import annotations

import hashlib

from .store import Tx

__all__ = [
    "DEFAULT_PROJECT",
    "DEFAULT_PROJECT_ID",
    "ORG_ID",
    "WORKSPACE_ID",
    "project_id_for_name",
    "resolve_project_id",
]


def _hex24(seed: str) -> str:
    # 24 hex digits: the shape of the service's ids (MongoDB ObjectIds).
    return hashlib.sha256(f"honeyhive-local:{seed}".encode()).hexdigest()[:24]


ORG_ID = _hex24("org")
"""The organisation every answer names (``org_id``, ``tenant``)."""

WORKSPACE_ID = _hex24("workspace")
"""The workspace every answer names (``workspace_id``)."""

DEFAULT_PROJECT = "default"
"""The project of calls that name none, made with a key that has no project."""


def project_id_for_name(name: str) -> str:
    """The id a project named ``name`` has unless a stored project says otherwise."""
    return _hex24(f"project:{name}")


DEFAULT_PROJECT_ID = project_id_for_name(DEFAULT_PROJECT)


def resolve_project_id(tx: Tx, name: str) -> str:
    """The id of the project named ``name``: the stored project's, else the derived one."""
    found = tx.find_docs("project", name=name)
    return str(found[0]["id"]) if found else project_id_for_name(name)
