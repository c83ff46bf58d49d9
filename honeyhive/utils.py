"""Where the reference doc imports errors from: ``from honeyhive.utils import APIError``.

The same class objects as ``honeyhive.errors`` (and ``honeyhive``), so an ``except`` clause
works whichever path a user imported from.
"""

from __future__ import annotations

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
from .resources.events import BatchError

__all__ = [
    "APIError",
    "AuthenticationError",
    "BadRequestError",
    "BatchError",
    "ConflictError",
    "HoneyHiveConnectionError",
    "HoneyHiveError",
    "HoneyHiveTimeoutError",
    "InvalidResponseError",
    "MissingApiKeyError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ServerError",
    "UnprocessableEntityError",
]
