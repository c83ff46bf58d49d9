"""``LocalAPI``: the framework-neutral core every way of running the server goes through.

``LocalAPI.handle(method, path, query, headers, body)`` returns ``(status, headers, body)``
and never raises: the Starlette app (``asgi.py``) and the in-process httpx transports
(``transport.py``) are thin adapters around it, so a request behaves the same over a socket
and in-process. Order of checks, each answering an ``Error`` body:

1. body size (413), 2. API key (401), 3. route (404/405), 4. content type and JSON (400),
5. validation against openapi.yaml (400), 6. the handler, in one SQLite transaction.
Anything unexpected is a 500 with the exception named; nothing is half-stored, because the
transaction rolls back.
"""

from __future__ import annotations

import json
import logging
import math
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, NamedTuple
from urllib.parse import parse_qsl

from . import DEFAULT_MAX_BODY_BYTES, DEV_API_KEY, KEYS_ENV
from .errors import ApiError, Problem
from .registry import HANDLERS, Call
from .spec import HOT_OPERATIONS, JSON_QUERY_PARAMS, Operation, Spec, load_spec
from .store import Store, dumps

# Importing the handler modules registers their operations.
from . import events, experiments, resources  # noqa: F401  isort: skip

__all__ = ["LocalAPI", "Response", "keys_from_env", "parse_json"]

logger = logging.getLogger("honeyhive.local")

_JSON_HEADERS = (("content-type", "application/json"),)
_JSON_TYPES = ("application/json", "text/json")
_TRUE_WORDS = frozenset({"y", "yes", "t", "true", "on", "1"})


class Response(NamedTuple):
    """What ``LocalAPI.handle`` answers."""

    status: int
    headers: list[tuple[str, str]]
    body: bytes

    def json(self) -> Any:
        """The body, decoded."""
        return json.loads(self.body)


def keys_from_env() -> list[str]:
    """API keys from ``HH_LOCAL_API_KEYS`` (comma-separated); empty when unset."""
    return [k.strip() for k in os.environ.get(KEYS_ENV, "").split(",") if k.strip()]


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def _finite_float(text: str) -> float:
    value = float(text)
    if math.isinf(value):  # 1e400 parses as infinity, which JSON cannot carry back
        raise ValueError(f"number {text[:40]} is out of range")
    return value


def _float_sized_int(text: str) -> int:
    # Beyond ~1e308 an integer has no float value: times, sorting and SQLite need one.
    if len(text.lstrip("-")) > 308:
        raise ValueError(f"number {text[:40]}... is out of range")
    return int(text)


# A \uD800-\uDFFF escape: only then can a parsed string hold a lone surrogate, which
# SQLite and UTF-8 refuse; the (rare) bodies that have one get the full check.
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")


def parse_json(data: bytes | str, where: str = "Request body") -> Any:
    """Strict JSON: no NaN/Infinity, no out-of-range numbers, no unpaired surrogates."""
    try:
        value = json.loads(
            data,
            parse_constant=_reject_constant,
            parse_float=_finite_float,
            parse_int=_float_sized_int,
        )
    except RecursionError:
        raise ValueError(f"{where} is nested too deeply to parse") from None
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    if _SURROGATE_ESCAPE.search(raw):
        try:
            dumps(value).encode("utf-8")
        except UnicodeEncodeError:
            raise ValueError(f"{where} has a \\u escape of an unpaired UTF-16 surrogate") from None
    return value


class LocalAPI:
    """A HoneyHive-compatible API over SQLite; thread-safe; one per server or test client.

    ``api_keys``: the accepted keys; when none are given (and ``HH_LOCAL_API_KEYS`` is
    empty) the development key ``DEV_API_KEY`` is accepted. ``accept_any_key`` turns the key
    check off entirely (any key, or none: what ``HoneyHive(test_mode=True)`` uses).
    ``db_path`` None keeps everything in memory.
    """

    def __init__(
        self,
        db_path: str | os.PathLike[str] | None = None,
        api_keys: Iterable[str] | None = None,
        accept_any_key: bool = False,
        max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
        spec: Spec | None = None,
    ) -> None:
        self.spec = spec or load_spec()
        missing = set(self.spec.operations) - set(HANDLERS)
        if missing:  # a spec operation without a handler is a bug, not a 404
            raise RuntimeError(f"no local handler for {sorted(missing)}")
        keys = [k for k in (api_keys or []) if k] or keys_from_env()
        self.uses_dev_key = not keys and not accept_any_key
        self.api_keys: frozenset[str] = frozenset(keys or [DEV_API_KEY])
        self.accept_any_key = accept_any_key
        self.max_body_bytes = max_body_bytes
        self.store = Store(os.fspath(db_path) if db_path is not None else None)

    # -- public ---------------------------------------------------------------------------

    def handle(
        self,
        method: str,
        path: str,
        query: str | Sequence[tuple[str, str]] = "",
        headers: Mapping[str, str] | Iterable[tuple[str, str]] | None = None,
        body: bytes = b"",
    ) -> Response:
        """Serve one request; never raises."""
        try:
            status, payload, extra = self._handle(method.upper(), path, query, headers, body)
        except ApiError as exc:
            status, payload, extra = exc.status, exc.to_body(), exc.headers
        except Exception as exc:
            logger.exception("local server failed on %s %s", method, path)
            status, payload, extra = (
                500,
                {
                    "message": f"Internal error in the local server: {type(exc).__name__}: {exc}",
                    "errorCode": "INTERNAL_ERROR",
                },
                {},
            )
        return _respond(status, payload, extra)

    def warm_up(self) -> None:
        """Compile the validators now (~0.3 s once per process) instead of on first use."""
        for operation_id in HOT_OPERATIONS:
            self.spec.schema_validator(self.spec.operations[operation_id].body_schema or {})
        op, params = self.spec.route("GET", "/v1/projects")
        self.spec.request_problems(op, "/v1/projects", params, [], b"")

    def too_large(self) -> Response:
        """The 413 answer, for adapters that stop keeping an oversized body early."""
        error = self._too_large_error()
        return _respond(error.status, error.to_body(), {})

    def _too_large_error(self) -> ApiError:
        return ApiError(
            413,
            f"Request body is larger than the server's limit of {self.max_body_bytes} bytes",
            "PAYLOAD_TOO_LARGE",
        )

    def reset(self) -> None:
        """Forget everything stored (the keys and settings stay)."""
        self.store.reset()

    def close(self) -> None:
        """Close the database."""
        self.store.close()

    def __enter__(self) -> LocalAPI:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- steps ----------------------------------------------------------------------------

    def _handle(
        self,
        method: str,
        path: str,
        raw_query: str | Sequence[tuple[str, str]],
        raw_headers: Mapping[str, str] | Iterable[tuple[str, str]] | None,
        body: bytes,
    ) -> tuple[int, Any, Mapping[str, str]]:
        if len(body) > self.max_body_bytes:
            raise self._too_large_error()
        headers = _lower_headers(raw_headers)
        self._authenticate(headers)
        op, path_params = self.spec.route(method, path)
        query = (
            parse_qsl(raw_query, keep_blank_values=True)
            if isinstance(raw_query, str)
            else list(raw_query)
        )
        parsed_body = self._parse_body(op, headers, body)
        if op.operation_id in HOT_OPERATIONS:
            problems = self.spec.body_problems(op, parsed_body)
        else:
            problems = self.spec.request_problems(op, path, path_params, query, body)
        if problems:
            raise _validation_error(problems)
        call_query = self._query_values(op, query)
        handler = HANDLERS[op.operation_id]
        with self.store.transaction(write=method != "GET") as tx:
            call = Call(op=op, tx=tx, path=path_params, query=call_query, body=parsed_body)
            result = handler(call)
        return 200, result, {}

    def _authenticate(self, headers: Mapping[str, str]) -> None:
        if self.accept_any_key:
            return
        auth = headers.get("authorization", "")
        scheme, _, key = auth.partition(" ")
        if not auth:
            raise ApiError(
                401,
                "Missing API key: send 'Authorization: Bearer <key>'",
                "UNAUTHORIZED",
                headers={"WWW-Authenticate": "Bearer"},
            )
        if scheme.lower() != "bearer" or key.strip() not in self.api_keys:
            raise ApiError(
                401,
                "Unknown API key (expected 'Authorization: Bearer <key>' with a key this "
                "server accepts)",
                "UNAUTHORIZED",
                headers={"WWW-Authenticate": "Bearer"},
            )

    @staticmethod
    def _parse_body(op: Operation, headers: Mapping[str, str], body: bytes) -> Any:
        if op.body_schema is None:
            return None
        if not body.strip():
            if op.body_required:
                raise ApiError.bad_request(
                    "A JSON request body is required",
                    [{"field": "<body>", "location": "body", "problem": "missing"}],
                )
            return None
        content_type = headers.get("content-type", "").split(";")[0].strip().lower()
        # A missing content type is read as JSON: the body is what matters.
        if content_type and content_type not in _JSON_TYPES and not content_type.endswith("+json"):
            raise ApiError.bad_request(
                f"Content-Type must be application/json, not {content_type!r}",
                [{"field": "Content-Type", "location": "header", "problem": "not JSON"}],
                code="UNSUPPORTED_MEDIA_TYPE",
            )
        try:
            return parse_json(body)
        except ValueError as exc:  # JSONDecodeError and bad UTF-8 are both ValueErrors
            raise ApiError.bad_request(
                f"Request body is not valid JSON: {exc}", code="INVALID_JSON"
            ) from None

    def _query_values(self, op: Operation, query: Sequence[tuple[str, str]]) -> dict[str, Any]:
        """Declared query parameters as Python values (already validated as strings)."""
        values: dict[str, Any] = {}
        problems: list[Problem] = []
        for param in op.query_params:
            raw = [v for k, v in query if k == param.name]
            if not raw:
                continue
            if param.kind == "array":
                values[param.name] = raw
                continue
            text = raw[-1]
            if param.kind == "integer":
                values[param.name] = int(text)
            elif param.kind == "number":
                values[param.name] = float(text)
            elif param.kind == "boolean":
                # openapi-core accepted it, so it is one of its boolean spellings.
                values[param.name] = text.strip().lower() in _TRUE_WORDS
            elif param.name in JSON_QUERY_PARAMS:
                if not text.strip():
                    continue
                try:
                    decoded = parse_json(text, param.name)
                except ValueError as exc:
                    problems.append(
                        {
                            "field": param.name,
                            "location": "query",
                            "problem": f"not valid JSON ({exc})",
                        }
                    )
                    continue
                found = self.spec.value_problems(JSON_QUERY_PARAMS[param.name], decoded, param.name)
                problems.extend(found)
                values[param.name] = decoded
            else:
                values[param.name] = text
        if problems:
            raise _validation_error(problems)
        return values


def _respond(status: int, payload: Any, extra: Mapping[str, str]) -> Response:
    try:
        content = dumps(payload).encode()
    except ValueError:  # a NaN slipped into stored data: still answer JSON
        content = json.dumps(payload, default=str).encode()
    return Response(status, [*_JSON_HEADERS, *((k.lower(), v) for k, v in extra.items())], content)


def _lower_headers(
    headers: Mapping[str, str] | Iterable[tuple[str, str]] | None,
) -> dict[str, str]:
    if headers is None:
        return {}
    items = headers.items() if isinstance(headers, Mapping) else headers
    return {str(k).lower(): str(v) for k, v in items}


def _validation_error(problems: list[Problem]) -> ApiError:
    first = problems[0]
    more = f" (and {len(problems) - 1} more problem(s))" if len(problems) > 1 else ""
    return ApiError(
        400,
        f"Invalid request: {first['field']}: {first['problem']}{more}",
        "VALIDATION_ERROR",
        problems,
    )
