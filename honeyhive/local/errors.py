"""The one error type handlers raise, and its JSON form on the wire.

Every failing call answers ``{"message": ..., "errorCode": ..., "details": [...]}`` (the
spec's ``Error`` schema). ``details`` lists ``{"field", "location", "problem"}`` objects for
validation errors so a client can tell which field was wrong without parsing prose.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

__all__ = ["ApiError", "Problem", "problem"]

Problem = dict[str, Any]


def problem(field: str, issue: str, location: str = "body") -> Problem:
    """One entry of an error's ``details``: which field, where, and what is wrong with it."""
    return {"field": field, "location": location, "problem": issue}


class ApiError(Exception):
    """An expected failure with its HTTP status; the core turns it into an ``Error`` body."""

    def __init__(
        self,
        status: int,
        message: str,
        error_code: str,
        details: Sequence[Problem] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.error_code = error_code
        self.details = list(details or [])
        self.headers = dict(headers or {})

    def to_body(self) -> dict[str, Any]:
        """The ``Error`` object sent to the client."""
        body: dict[str, Any] = {"message": self.message, "errorCode": self.error_code}
        if self.details:
            body["details"] = self.details
        return body

    @classmethod
    def bad_request(
        cls, message: str, details: Sequence[Problem] | None = None, code: str = "INVALID_REQUEST"
    ) -> ApiError:
        """400: the request is malformed or a field is invalid."""
        return cls(400, message, code, details)

    @classmethod
    def invalid_field(cls, field: str, issue: str, location: str = "body") -> ApiError:
        """400 naming one field and its problem."""
        return cls(
            400,
            f"Invalid request: {field}: {issue}",
            "VALIDATION_ERROR",
            [problem(field, issue, location)],
        )

    @classmethod
    def not_found(cls, kind: str, key: str, field: str | None = None) -> ApiError:
        """404 for a missing resource of ``kind`` addressed by ``key``."""
        details = [problem(field, f"no {kind} {key!r}", "request")] if field else None
        return cls(404, f"{kind.capitalize()} {key!r} not found", "NOT_FOUND", details)

    @classmethod
    def conflict(cls, message: str) -> ApiError:
        """409: the resource already exists."""
        return cls(409, message, "CONFLICT")

    @classmethod
    def unprocessable(cls, message: str, code: str = "UNPROCESSABLE") -> ApiError:
        """422: well-formed, but the local server cannot do it."""
        return cls(422, message, code)
