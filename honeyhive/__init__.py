"""HoneyHive API client: ``from honeyhive import HoneyHive``.

Importing the package loads only the client core (httpx and this package's small modules);
``honeyhive.models``, the generated layer and ``__version__`` are loaded on first access.
"""

from __future__ import annotations

import importlib
import os
import sys
import warnings
from typing import TYPE_CHECKING, Any

from ._client import APIConfig, HoneyHive
from ._operation import NOT_GIVEN, NotGiven, RequestOptions
from ._response import APIResponse
from ._transport import RetryConfig
from .errors import (
    APIError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    HoneyHiveConnectionError,
    HoneyHiveError,
    HoneyHiveTimeoutError,
    InvalidResponseError,
    MissingApiKeyError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    UnprocessableEntityError,
)

_OFFICIAL_SDK = "honeyhive"  # the official SDK's distribution; ours is "honeyhive-client"


def _official_sdk_installations() -> list[str]:
    """Where the official SDK's distribution is installed next to this one ("name version").

    Both install the import package ``honeyhive``, so whichever came last overwrote the
    other's files. importlib.metadata would say the same but costs milliseconds of import
    time; listing the site directories (well under a millisecond) finds the same
    ``honeyhive-<version>.dist-info`` (or ``.egg-info``) folders.
    """
    found = []
    for entry in sys.path:
        if not entry.endswith(("site-packages", "dist-packages")):
            continue
        try:
            names = os.listdir(entry)
        except OSError:
            continue
        for name in names:
            if name[:10].lower() not in ("honeyhive-", "honeyhive."):
                continue  # most names: checked with one slice
            stem, _, suffix = name.rpartition(".")
            project, _, version = stem.partition("-")
            if suffix in ("dist-info", "egg-info") and project.lower() == _OFFICIAL_SDK:
                found.append(f"{_OFFICIAL_SDK} {version.split('-')[0] or '?'} in {entry}")
    return found


def _warn_if_the_official_sdk_is_installed() -> None:
    found = _official_sdk_installations()
    if found:
        warnings.warn(
            "The official HoneyHive SDK (distribution 'honeyhive': "
            f"{'; '.join(found)}) is installed in the same environment as honeyhive-client: "
            "both provide the import package 'honeyhive', so their files overwrite each other. "
            "honeyhive-client is a drop-in replacement; keep one: "
            "pip uninstall -y honeyhive honeyhive-client && pip install honeyhive-client",
            RuntimeWarning,
            stacklevel=3,
        )


_warn_if_the_official_sdk_is_installed()

if TYPE_CHECKING:
    from . import models, utils
    from .resources.events import BatchError

__all__ = [
    "NOT_GIVEN",
    "APIConfig",
    "APIError",
    "APIResponse",
    "AuthenticationError",
    "BadRequestError",
    "BatchError",
    "ConflictError",
    "HoneyHive",
    "HoneyHiveConnectionError",
    "HoneyHiveError",
    "HoneyHiveTimeoutError",
    "InvalidResponseError",
    "MissingApiKeyError",
    "NotFoundError",
    "NotGiven",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestOptions",
    "RetryConfig",
    "ServerError",
    "UnprocessableEntityError",
    "__version__",
    "models",
    "utils",
]

# name -> (module, attribute or None for the module itself), imported on first access.
_LAZY: dict[str, tuple[str, str | None]] = {
    "BatchError": ("honeyhive.resources.events", "BatchError"),
    "models": ("honeyhive.models", None),
    "utils": ("honeyhive.utils", None),
}


def __getattr__(name: str) -> Any:
    """Load the lazily exported names (``models``, ``BatchError``, ``__version__``...)."""
    if name == "__version__":
        value: Any = _version()
    elif name in _LAZY:
        module_name, attribute = _LAZY[name]
        module = importlib.import_module(module_name)
        value = module if attribute is None else getattr(module, attribute)
    else:
        raise AttributeError(f"module 'honeyhive' has no attribute {name!r}")
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


def _version() -> str:
    # importlib.metadata costs several ms to import: paid only by those who ask.
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("honeyhive-client")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0+unknown"
