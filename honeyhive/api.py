"""``honeyhive.api``: where the official SDK 1.7.0 exports its client and namespace classes.

``from honeyhive.api import HoneyHive, MissingApiKeyError`` works as it does there; the
namespace classes (``EventsAPI``, ``DatasetsAPI``, ...) are this package's namespaces under
the official names, loaded on first access.
"""

from __future__ import annotations

import importlib
from typing import Any

from ._client import HoneyHive
from .errors import MissingApiKeyError

# official name -> (module under honeyhive.resources, class)
_NAMESPACES: dict[str, tuple[str, str]] = {
    "ChartsAPI": ("charts", "Charts"),
    "ConfigurationsAPI": ("configurations", "Configurations"),
    "DatapointsAPI": ("datapoints", "Datapoints"),
    "DatasetsAPI": ("datasets", "Datasets"),
    "EvaluationsAPI": ("experiments", "Experiments"),
    "EventsAPI": ("events", "Events"),
    "ExperimentsAPI": ("experiments", "Experiments"),
    "MetricVersionsAPI": ("metric_versions", "MetricVersions"),
    "MetricsAPI": ("metrics", "Metrics"),
    "SessionAPI": ("sessions", "Sessions"),
    "SessionsAPI": ("sessions", "Sessions"),
}

__all__ = ["HoneyHive", "MissingApiKeyError", *_NAMESPACES]


def __getattr__(name: str) -> Any:
    """Load a namespace class on first access."""
    if name not in _NAMESPACES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module, attribute = _NAMESPACES[name]
    value = getattr(importlib.import_module(f"honeyhive.resources.{module}"), attribute)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
