"""How handlers are declared: one function per operationId, given a validated ``Call``.

Handlers never see HTTP: by the time one runs, the key was checked, the request validated
against openapi.yaml, query values cast to their declared types and JSON query values
decoded. A handler returns the JSON payload of a 200 or raises ``ApiError``.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .query import iso_from_ms, now_ms
from .spec import Operation
from .store import Tx

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

    @property
    def now_iso(self) -> str:
        """The request's arrival time as ISO-8601 text."""
        return iso_from_ms(self.now)


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
