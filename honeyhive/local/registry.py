"""How handlers are declared: one function per operationId, given a validated ``Call``.

Handlers never see HTTP: by the time one runs, the key was checked (``Call.principal`` says
whose it is), the request validated against openapi.yaml, query values cast to their
declared types and JSON query values decoded. A handler returns the JSON payload of the
operation's success status (the first 2xx openapi.yaml declares for it: 200, or 201 for
``createQueue``) or raises ``ApiError``.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .auth import SERVER, Principal
from .query import iso_from_ms, now_ms
from .spec import Operation
from .store import Tx
from .tenancy import DEFAULT_PROJECT_ID

__all__ = ["HANDLERS", "Call", "Handler", "new_id", "operation"]


@dataclass
class Call:
    """One validated request, as a handler sees it."""

    op: Operation
    tx: Tx
    path: dict[str, str] = field(default_factory=dict)
    query: dict[str, Any] = field(default_factory=dict)
    body: Any = None
    now: float = field(default_factory=now_ms)
    principal: Principal = SERVER
    # Per-request memo (e.g. project ids by name) so a batch looks each thing up once.
    memo: dict[Any, Any] = field(default_factory=dict)

    @property
    def now_iso(self) -> str:
        """The request's arrival time as ISO-8601 text."""
        return iso_from_ms(self.now)

    @property
    def project_id(self) -> str:
        """The caller's project: its key's, else the default project (see ``tenancy``)."""
        return self.principal.project_id or DEFAULT_PROJECT_ID


Handler = Callable[[Call], Any]
HANDLERS: dict[str, Handler] = {}


def operation(operation_id: str) -> Callable[[Handler], Handler]:
    """Register the decorated function as the handler of ``operation_id``."""

    def register(func: Handler) -> Handler:
        if operation_id in HANDLERS:
            raise RuntimeError(f"two handlers for {operation_id}")
        HANDLERS[operation_id] = func
        return func

    return register


def new_id() -> str:
    """A fresh UUIDv4 string, the id format the service uses."""
    return str(uuid.uuid4())
