"""``honeyhive.local``: a HoneyHive-compatible API server for offline use and tests.

It serves the project's ``openapi.yaml`` (today's HoneyHive API, legacy and deprecated
routes included) over SQLite (in memory, or a file that survives restarts), validates every
request against the spec, checks API keys (the server's own, and the ingestion and
fine-grained keys made through the API: see ``auth``), and keeps real state shared by the
legacy and current routes. Three ways to use it, one set of handlers:

* ``honeyhive-local serve`` (or ``python -m honeyhive.local serve``): a uvicorn server;
* ``LocalServer``: the same on a background thread, for tests (``with LocalServer() as s``);
* ``InProcessTransport`` / ``AsyncInProcessTransport``: httpx transports that call
  ``LocalAPI`` directly, with no socket (``HoneyHive(test_mode=True)`` uses them).

Importing this package is cheap: the server's dependencies (starlette, uvicorn,
openapi-core) load on first use of the names below.

Where HoneyHive's description leaves room, the local choices are written in the module
that makes them: ``events`` (sessions and events), ``resources`` (projects,
configurations, tools, metrics and their versions, datasets, datapoints), ``experiments``
(runs), ``charts``, ``queues``, ``auth`` and ``apikeys`` (keys), ``tenancy`` (org,
workspace and project ids), ``query`` (filters), ``metric_eval`` (running metrics).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__all__ = [
    "DEFAULT_MAX_BODY_BYTES",
    "DEV_API_KEY",
    "KEYS_ENV",
    "AsyncInProcessTransport",
    "InProcessTransport",
    "LocalAPI",
    "LocalServer",
    "Response",
    "create_app",
]

DEV_API_KEY = "hh-local-dev-key"
"""The key accepted when no ``--api-key`` / ``HH_LOCAL_API_KEYS`` is given."""

KEYS_ENV = "HH_LOCAL_API_KEYS"
"""Environment variable with the accepted keys, comma-separated."""

DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024
"""Largest request body accepted (413 above it) unless configured otherwise."""

_LAZY = {
    "LocalAPI": "honeyhive.local.core",
    "Response": "honeyhive.local.core",
    "InProcessTransport": "honeyhive.local.transport",
    "AsyncInProcessTransport": "honeyhive.local.transport",
    "LocalServer": "honeyhive.local.server",
    "create_app": "honeyhive.local.asgi",
}

if TYPE_CHECKING:  # pragma: no cover - typing only
    from .asgi import create_app
    from .core import LocalAPI, Response
    from .server import LocalServer
    from .transport import AsyncInProcessTransport, InProcessTransport


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'honeyhive.local' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_LAZY])
