"""Errors raised by the HoneyHive client, and the mapping from HTTP outcomes to them.

The hierarchy::

    HoneyHiveError                      base of everything this client raises
    ├── APIError                        the service answered with a non-2xx status
    │   ├── BadRequestError             400
    │   ├── AuthenticationError         401, or no API key configured
    │   │   ├── PermissionDeniedError   403
    │   │   └── MissingApiKeyError      the key a call needs is not configured (nothing sent,
    │   │                               so ``status_code`` is None)
    │   ├── NotFoundError               404
    │   ├── ConflictError               409
    │   ├── UnprocessableEntityError    422
    │   ├── RateLimitError              429 (``retry_after`` in seconds, or None)
    │   └── ServerError                 any 5xx
    ├── HoneyHiveConnectionError        no usable response: refused, reset, dropped, DNS
    │   └── HoneyHiveTimeoutError       connect/read/write/pool timeout
    └── InvalidResponseError            a 2xx whose body is not JSON or not the expected shape

``PermissionDeniedError`` derives from ``AuthenticationError`` on purpose: callers who write
``except AuthenticationError`` almost always mean "my key does not work here", and a key that
is valid but lacks access to a project is the same fix for them. Catch
``PermissionDeniedError`` first when the two must be told apart.

No message, ``repr`` or stored header of these errors carries the API key: the request's
``Authorization`` value is scrubbed from server text, and credential headers are redacted.
"""

from __future__ import annotations

import datetime
import email.utils
import json
import math
import time
from collections.abc import Iterable, Mapping
from typing import Any, ClassVar

import httpx

from ._response import redacted_response, request_id_of

__all__ = [
    "ATTEMPTS_ATTRIBUTE",
    "APIError",
    "AuthenticationError",
    "BadRequestError",
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
    "credentials_in",
    "error_from_response",
    "error_from_transport",
    "parse_retry_after",
    "redact",
]

REDACTED = "[REDACTED]"
#: Set on an ``httpx`` exception by the retrying transport: the number of attempts made.
ATTEMPTS_ATTRIBUTE = "_honeyhive_attempts"
# Long enough to show what went wrong, short enough that an HTML error page from a proxy does
# not flood a log line.
_MAX_TEXT = 500
_SENSITIVE_HEADERS = frozenset(
    {"authorization", "proxy-authorization", "x-api-key", "cookie", "set-cookie"}
)


class HoneyHiveError(Exception):
    """Base class of every error raised by the HoneyHive client."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class APIError(HoneyHiveError):
    """The service answered with a non-success status.

    ``status_code`` falls back to the class's ``default_status_code`` so that the client can
    raise, say, ``AuthenticationError(message="No API key configured")`` without a response.
    A lone string argument is taken as the message: ``AuthenticationError("No API key")``.
    """

    default_status_code: ClassVar[int | None] = None

    status_code: int | None
    body: object
    headers: httpx.Headers
    error_code: str | None
    method: str | None
    url: str | None
    #: The request id the service sent back (``x-request-id``), for support tickets.
    request_id: str | None
    #: The request as sent (credential headers redacted), when the error came from an answer.
    request: httpx.Request | None
    #: The answer (already read; its ``request`` redacted), when there was one.
    response: httpx.Response | None

    def __init__(
        self,
        status_code: int | None = None,
        message: str | None = None,
        body: object = None,
        headers: Mapping[str, str] | None = None,
        *,
        method: str | None = None,
        url: str | None = None,
        response: httpx.Response | None = None,
    ) -> None:
        if isinstance(status_code, str) and message is None:
            # Forgiving of ``AuthenticationError("No API key")`` in untyped code.
            status_code, message = None, status_code
        if status_code is None:
            status_code = self.default_status_code
        if status_code is not None and not isinstance(status_code, int):
            raise TypeError(f"status_code must be an int or None, not {status_code!r}")
        self.status_code = status_code
        self.body = body
        self.headers = _redact_headers(headers)
        self.error_code = _error_code(body)
        self.method = method
        self.url = url
        self.request_id = request_id_of(self.headers)
        self.response = response
        self.request = response.request if response is not None else None
        if not message:
            message = _reason(status_code) or "HTTP error"
        super().__init__(message)

    def __str__(self) -> str:
        head = ""
        if self.status_code is not None:
            reason = _reason(self.status_code)
            head = f"{self.status_code} {reason}".rstrip()
            # "404 Not Found: Not Found" says nothing twice.
            head = head if self.message == reason else f"{head}: {self.message}"
        else:
            head = self.message
        if self.method and self.url:
            return f"{head} ({self.method} {self.url})"
        return head

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status_code={self.status_code!r}, message={self.message!r}, "
            f"error_code={self.error_code!r}, method={self.method!r}, url={self.url!r}"
            f"{f', request_id={self.request_id!r}' if self.request_id else ''})"
        )

    def __reduce__(self) -> tuple[Any, ...]:
        # Exception pickling replays self.args, which holds only the message; keep the rest
        # but the live HTTP objects (an error sent to another process keeps its facts).
        state = {**self.__dict__, "request": None, "response": None}
        return (type(self), (self.status_code, self.message), state)


class BadRequestError(APIError):
    """400: the service rejected the request as malformed."""

    default_status_code = 400


class AuthenticationError(APIError):
    """401: the API key is missing, unknown or revoked."""

    default_status_code = 401


class PermissionDeniedError(AuthenticationError):
    """403: the API key is valid but may not do this (see the module docstring)."""

    default_status_code = 403


class MissingApiKeyError(AuthenticationError, ValueError):
    """The call needs a key that is not configured; raised before anything is sent.

    ``key_kind`` is ``"project"`` (the API key), ``"ingestion"`` or ``"data_plane"``, the
    official SDK 1.7.0's names. Also a ``ValueError``, as there, so code written against
    either catches it.
    """

    def __init__(self, key_kind: str, message: str) -> None:
        super().__init__(None, message)
        # Nothing was sent, so there is no status: not a "401 Unauthorized" from the service.
        self.status_code = None
        self.key_kind = key_kind

    def __str__(self) -> str:
        return f"{self.message} (nothing was sent)"

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.key_kind, self.message), self.__dict__.copy())


class NotFoundError(APIError):
    """404: no such resource."""

    default_status_code = 404


class ConflictError(APIError):
    """409: the resource already exists or changed underneath the request."""

    default_status_code = 409


class UnprocessableEntityError(APIError):
    """422: the request was well-formed but failed validation."""

    default_status_code = 422


class RateLimitError(APIError):
    """429: too many requests; ``retry_after`` is the server's hint in seconds, if any."""

    default_status_code = 429
    retry_after: float | None

    def __init__(
        self,
        status_code: int | None = None,
        message: str | None = None,
        body: object = None,
        headers: Mapping[str, str] | None = None,
        *,
        method: str | None = None,
        url: str | None = None,
        retry_after: float | None = None,
        response: httpx.Response | None = None,
    ) -> None:
        super().__init__(
            status_code, message, body, headers, method=method, url=url, response=response
        )
        if retry_after is None and headers is not None:
            retry_after = parse_retry_after(headers)
        self.retry_after = retry_after

    def __repr__(self) -> str:
        return f"{super().__repr__()[:-1]}, retry_after={self.retry_after!r})"


class ServerError(APIError):
    """5xx: the service failed; usually worth retrying later."""

    default_status_code = 500


class HoneyHiveConnectionError(HoneyHiveError):
    """No usable response: connection refused, reset or dropped, DNS failure, TLS failure."""

    def __init__(self, message: str, *, method: str | None = None, url: str | None = None) -> None:
        super().__init__(message)
        self.method = method
        self.url = url

    def __str__(self) -> str:
        if self.method and self.url:
            return f"{self.message} ({self.method} {self.url})"
        return self.message

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.message,), self.__dict__.copy())


class HoneyHiveTimeoutError(HoneyHiveConnectionError):
    """The request did not complete within the configured timeout."""


class InvalidResponseError(HoneyHiveError):
    """A success status whose body is not valid JSON or not the shape the operation expects."""

    status_code: int | None
    body: str | None

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        body: str | bytes | None = None,
        method: str | None = None,
        url: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        if isinstance(body, bytes):
            body = body.decode("utf-8", errors="replace")
        self.body = None if body is None else _truncate(body)
        self.method = method
        self.url = url

    def __str__(self) -> str:
        parts = [self.message]
        if self.status_code is not None:
            parts.append(f"(status {self.status_code})")
        if self.method and self.url:
            parts.append(f"({self.method} {self.url})")
        return " ".join(parts)

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.message,), self.__dict__.copy())


# Lookup by exact status; anything else falls back by class of status in _class_for().
_BY_STATUS: dict[int, type[APIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def _class_for(status_code: int) -> type[APIError]:
    cls = _BY_STATUS.get(status_code)
    if cls is not None:
        return cls
    if 500 <= status_code <= 599:
        return ServerError
    return APIError


def error_from_response(response: httpx.Response) -> APIError:
    """Build the APIError subclass that matches ``response``'s status, message and headers."""
    secrets = _request_secrets(response)
    text = _response_text(response)
    if secrets:
        text = redact(text, secrets)
    body: object = text
    if text:
        try:
            body = json.loads(text)
        except ValueError:
            body = text
    else:
        body = None
    message = _message_from_body(body)
    method, url = _request_line(response, secrets)
    cls = _class_for(response.status_code)
    return cls(
        response.status_code,
        message,
        body,
        response.headers,
        method=method,
        url=url,
        response=_redacted_response(response),
    )


def _redacted_response(response: httpx.Response) -> httpx.Response | None:
    try:
        response.content  # noqa: B018 - only a read response can be copied
        response.request  # noqa: B018
    except (httpx.ResponseNotRead, RuntimeError):
        return None
    return redacted_response(response)


def error_from_transport(
    exc: httpx.RequestError,
    *,
    method: str | None = None,
    url: str | None = None,
    secrets: Iterable[str] = (),
) -> HoneyHiveConnectionError:
    """Wrap an httpx request failure; timeouts become HoneyHiveTimeoutError, cause is kept.

    Besides transport errors this accepts the other ``httpx.RequestError`` kinds (a body that
    fails to decode, too many redirects): they also leave the caller without a usable answer.
    """
    request: httpx.Request | None
    try:
        request = exc.request
    except RuntimeError:  # httpx raises when the exception was never tied to a request
        request = None
    all_secrets = [*secrets, *(credentials_in(request.headers) if request is not None else ())]
    if request is not None:
        method = method or request.method
        url = url or str(request.url)
    if url is not None and all_secrets:
        url = redact(url, all_secrets)
    detail = redact(str(exc), all_secrets) if all_secrets else str(exc)
    kind = type(exc).__name__
    # Set by the retrying transport: how many tries this failure is the last of.
    attempts = getattr(exc, ATTEMPTS_ATTRIBUTE, None)
    after = ""
    if isinstance(attempts, int) and attempts > 0:
        after = f" after {attempts} attempt{'s' if attempts > 1 else ''}"
    cls: type[HoneyHiveConnectionError]
    if isinstance(exc, httpx.TimeoutException):
        cls = HoneyHiveTimeoutError
        summary = f"Request timed out{after} ({kind}{_timeout_limit(exc, request)})"
    elif isinstance(exc, httpx.TransportError):
        cls = HoneyHiveConnectionError
        summary = f"Connection failed{after} ({kind})"
    else:
        cls = HoneyHiveConnectionError
        summary = f"Request failed{after} ({kind})"
    message = f"{summary}: {detail}" if detail else summary
    err = cls(message, method=method, url=url)
    err.__cause__ = exc
    return err


# httpx's timeout class -> (phase of the request, what did not happen in time).
_TIMEOUT_PHASES: dict[type[httpx.TimeoutException], tuple[str, str]] = {
    httpx.ConnectTimeout: ("connect", "no connection"),
    httpx.ReadTimeout: ("read", "no response"),
    httpx.WriteTimeout: ("write", "request not sent"),
    httpx.PoolTimeout: ("pool", "no free connection"),
}


def _timeout_limit(exc: httpx.TimeoutException, request: httpx.Request | None) -> str:
    """``": no response within the 1 s read timeout; ..."``, from the request's own limits."""
    phase = _TIMEOUT_PHASES.get(type(exc))
    limits = request.extensions.get("timeout") if request is not None else None
    if phase is None or not isinstance(limits, Mapping):
        return ""
    seconds = limits.get(phase[0])
    if not isinstance(seconds, int | float):
        return ""
    fix = "max_connections= or timeout=" if phase[0] == "pool" else "timeout= or HH_TIMEOUT"
    return f": {phase[1]} within the {seconds:g} s {phase[0]} timeout; change it with {fix}"


def parse_retry_after(headers: Mapping[str, str], *, now: float | None = None) -> float | None:
    """Seconds to wait according to ``retry-after-ms`` or ``Retry-After``; None if absent/bad.

    ``Retry-After`` may be a number of seconds (fractions accepted) or an HTTP date, which is
    turned into seconds from ``now`` (default: the current time). The result is never negative.
    """
    lowered = (
        headers
        if isinstance(headers, httpx.Headers)
        else {k.lower(): v for k, v in headers.items()}
    )
    millis = lowered.get("retry-after-ms")
    if millis is not None:
        value = _finite_float(millis)
        if value is not None:
            return max(0.0, value / 1000.0)
    raw = lowered.get("retry-after")
    if raw is None:
        return None
    value = _finite_float(raw)
    if value is not None:
        return max(0.0, value)
    try:
        when = email.utils.parsedate_to_datetime(raw.strip())
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # "-0000" parses naive; HTTP dates are always GMT
        when = when.replace(tzinfo=datetime.UTC)
    current = time.time() if now is None else now
    return max(0.0, when.timestamp() - current)


def _finite_float(raw: str) -> float | None:
    try:
        value = float(raw.strip())
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _reason(status_code: int | None) -> str:
    # httpx.codes.get_reason_phrase returns "" for 499/520/529 instead of raising like
    # http.HTTPStatus does; the few non-standard ones seen behind CDNs get a name here.
    if status_code is None:
        return ""
    return httpx.codes.get_reason_phrase(status_code) or _NON_STANDARD.get(status_code, "")


_NON_STANDARD = {
    499: "Client Closed Request",
    520: "Unknown Error",
    521: "Web Server Is Down",
    522: "Connection Timed Out",
    523: "Origin Is Unreachable",
    524: "A Timeout Occurred",
    529: "Site Is Overloaded",
}


def _response_text(response: httpx.Response) -> str:
    try:
        content = response.content
    except httpx.ResponseNotRead:
        return ""
    if not content:
        return ""
    try:
        return content.decode(response.encoding or "utf-8", errors="replace")
    except LookupError:  # unknown charset announced by the server
        return content.decode("utf-8", errors="replace")


def _message_from_body(body: object) -> str | None:
    if body is None:
        return None
    if isinstance(body, str):
        text = " ".join(body.split())
        return _truncate(text) if text else None
    if isinstance(body, Mapping):
        for key in ("message", "error", "detail", "error_description"):
            if key in body:
                found = _message_from_value(body[key])
                if found:
                    return found
    return _truncate(json.dumps(body, default=str, separators=(",", ":")))


def _message_from_value(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return _truncate(value) if value else None
    if isinstance(value, Mapping) and "message" in value:
        return _message_from_value(value["message"])
    # FastAPI-style validation lists and other structures: show them compactly.
    return _truncate(json.dumps(value, default=str, separators=(",", ":")))


def _error_code(body: object) -> str | None:
    if not isinstance(body, Mapping):
        return None
    for key in ("errorCode", "error_code", "code"):
        value = body.get(key)
        if isinstance(value, str | int) and not isinstance(value, bool):
            return str(value)
    return None


def _truncate(text: str, limit: int = _MAX_TEXT) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _redact_headers(headers: Mapping[str, str] | None) -> httpx.Headers:
    if headers is None:
        return httpx.Headers()
    items: Iterable[tuple[str, str]] = (
        headers.multi_items() if isinstance(headers, httpx.Headers) else headers.items()
    )
    return httpx.Headers(
        [(key, REDACTED if key.lower() in _SENSITIVE_HEADERS else value) for key, value in items]
    )


def credentials_in(headers: Mapping[str, str]) -> list[str]:
    """The ``Authorization`` value in ``headers`` and its bare token, for ``redact``."""
    value = headers.get("authorization") or headers.get("Authorization")
    if not value:
        return []
    _scheme, _, token = value.partition(" ")
    return [value, token.strip()] if token.strip() else [value]


def _request_secrets(response: httpx.Response) -> list[str]:
    try:
        request = response.request
    except RuntimeError:
        return []
    return credentials_in(request.headers)


def _request_line(response: httpx.Response, secrets: list[str]) -> tuple[str | None, str | None]:
    try:
        request = response.request
    except RuntimeError:
        return None, None
    url = str(request.url)
    return request.method, redact(url, secrets) if secrets else url


def redact(text: str, secrets: Iterable[str]) -> str:
    """Replace every non-empty secret in ``text`` with ``[REDACTED]``."""
    # Longest first, so "Bearer abc" goes as a whole before "abc" alone.
    for secret in sorted({s for s in secrets if s}, key=len, reverse=True):
        text = text.replace(secret, REDACTED)
    return text
