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
openapi-core, pyyaml: the ``local`` extra) load on first use of the names below, which
first check that the extra is installed and say how to install it when it is not.
``Fault`` (from ``faults``) is what ``LocalServer().faults.script(route, [...])`` takes.

Where HoneyHive's description leaves room, the local choices are written in the module
that makes them: ``events`` (sessions and events), ``resources`` (projects,
configurations, tools, metrics and their versions, datasets, datapoints), ``experiments``
(runs), ``charts``, ``queues``, ``auth`` and ``apikeys`` (keys), ``tenancy`` (org,
workspace and project ids), ``query`` (filters), ``metric_eval`` (running metrics). How it
holds up against hostile input and load: ``jsonsafe`` (nesting limit, strict JSON out, log
lines), ``core`` (errors, empty query values), ``asgi`` (thread pool, body timeout) and
``server`` (idle and header timeouts).
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

__all__ = [
    "DEFAULT_MAX_BODY_BYTES",
    "DEV_API_KEY",
    "INSTALL_COMMAND",
    "KEYS_ENV",
    "AsyncInProcessTransport",
    "Fault",
    "InProcessTransport",
    "LocalAPI",
    "LocalServer",
    "Response",
    "create_app",
    "missing_extra",
]

DEV_API_KEY = "hh-local-dev-key"
"""The key accepted when no ``--api-key`` / ``HH_LOCAL_API_KEYS`` is given."""

KEYS_ENV = "HH_LOCAL_API_KEYS"
"""Environment variable with the accepted keys, comma-separated."""

DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024
"""Largest request body accepted (413 above it) unless configured otherwise."""

INSTALL_COMMAND = "pip install 'honeyhive-client[local]'"
"""How to install the ``local`` extra (from a source checkout: ``pip install -e '.[local]'``)."""

# (import name, distribution) of the extra's packages that each way of serving needs.
IN_PROCESS_NEEDS = (("yaml", "pyyaml"), ("openapi_core", "openapi-core"))
OVER_HTTP_NEEDS = (*IN_PROCESS_NEEDS, ("starlette", "starlette"), ("uvicorn", "uvicorn"))
_NEEDS = {
    "LocalAPI": IN_PROCESS_NEEDS,
    "LocalServer": OVER_HTTP_NEEDS,
    "create_app": OVER_HTTP_NEEDS,
}

_LAZY = {
    "Fault": "honeyhive.local.faults",
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
    from .faults import Fault
    from .server import LocalServer
    from .transport import AsyncInProcessTransport, InProcessTransport


def missing_extra(subject: str, needs: Iterable[tuple[str, str]] = OVER_HTTP_NEEDS) -> str | None:
    """None when ``needs`` are importable, else a message naming the extra and its install."""
    import importlib.util

    missing = []
    for module, distribution in needs:
        try:
            found = importlib.util.find_spec(module) is not None
        except (ImportError, ValueError):  # a broken or blocked package counts as missing
            found = False
        if not found:
            missing.append(distribution)
    if not missing:
        return None
    return (
        f"{subject} needs the 'local' extra, which is not installed (missing: "
        f"{', '.join(missing)}): {INSTALL_COMMAND} (in a source checkout: pip install -e "
        "'.[local]')"
    )


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'honeyhive.local' has no attribute {name!r}")
    needs = _NEEDS.get(name)
    problem = missing_extra(f"honeyhive.local.{name}", needs) if needs else None
    if problem is not None:
        raise ModuleNotFoundError(problem)
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_LAZY])
