"""``LocalAPI``: the framework-neutral core every way of running the server goes through.

``LocalAPI.handle(method, path, query, headers, body)`` returns ``(status, headers, body)``
and never raises: the Starlette app (``asgi.py``) and the in-process httpx transports
(``transport.py``) are thin adapters around it, so a request behaves the same over a socket
and in-process. Order of checks, each answering an ``Error`` body:

1. body size (413), 2. API key (401; an expired key too), 3. route (404/405), 4. what the
key may do (403, see ``auth``), 5. query parameter names (400 for one the operation does
not declare), 6. content type and JSON (400), 7. validation against openapi.yaml (400),
8. the handler, in one SQLite transaction (an operation of openapi.yaml without a handler
answers 501 ``NOT_IMPLEMENTED`` naming it; ``LocalAPI.unhandled`` lists them). Anything
unexpected is a 500 with the exception named (the usual ``Error`` body, logged once with
its traceback); nothing is half-stored, because the transaction rolls back. A success
answers the operation's declared success status (200, or 201 where openapi.yaml says so).
``handle`` never raises, whatever the request or the stored data: answers are strict JSON
(see ``jsonsafe``: non-finite numbers are sent as null, and encoding cannot overflow the
stack).

Hostile input, decided here: JSON nested more than ``jsonsafe.MAX_JSON_DEPTH`` levels (in a
body, a JSON query value, or anything the server would store) is a 400
``NESTED_TOO_DEEPLY``. An empty value of a query parameter (``?limit=``) is a 400
``VALIDATION_ERROR`` naming the parameter ("empty value"), never read as "absent": for a
filter such as ``?project=``, absent would mean "everything", the opposite of what an empty
filter asks (items of a list parameter, ``ids[]=``, are taken as given).

One route is served beside openapi.yaml's: ``POST /opentelemetry/v1/traces``, the OTLP/HTTP
endpoint HoneyHive's tracer exports spans to (see ``otlp``), after the same steps 1 and 2.

List query parameters are read in both spellings, whichever openapi.yaml declares: the
bracket form ``run_ids[]=a&run_ids[]=b`` (what the service takes and the official SDKs
send) and the repeated key ``run_ids=a&run_ids=b``. Handlers find a list under its name
without brackets (``call.query["run_ids"]``).
"""

from __future__ import annotations

import json
import logging
import math
import os
import re
import uuid
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, NamedTuple
from urllib.parse import parse_qsl

from . import DEFAULT_MAX_BODY_BYTES, DEV_API_KEY, KEYS_ENV
from .auth import (
    DATA_PLANE_PREFIX,
    INGESTION_PREFIX,
    SERVER,
    Principal,
    authorize,
    key_hash,
    principal_from_record,
)
from .errors import ApiError, Problem, problem
from .jsonsafe import MAX_JSON_DEPTH, NestingTooDeep, check_depth, encode_json, log_safe
from .otlp import AUTHORIZED_AS, decode_export, is_traces_path, store_export
from .query import now_ms
from .registry import HANDLERS, Call
from .spec import HOT_OPERATIONS, Operation, Spec, load_spec
from .store import Store, dumps

# Importing the handler modules registers their operations.
from . import apikeys, charts, events, experiments, queues, resources  # noqa: F401  isort: skip

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
    """Strict JSON: no NaN/Infinity, no out-of-range numbers, no unpaired surrogates.

    Raises ``NestingTooDeep`` (a ValueError) for nesting beyond ``MAX_JSON_DEPTH``.
    """
    try:
        value = json.loads(
            data,
            parse_constant=_reject_constant,
            parse_float=_finite_float,
            parse_int=_float_sized_int,
        )
    except RecursionError:
        raise ValueError(f"{where} is nested too deeply to parse") from None
    if where == "Request body":
        check_depth(value, data, where)
    else:
        check_depth(value, data, f"Query parameter {where}", where, "query")
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    if _SURROGATE_ESCAPE.search(raw):
        try:
            dumps(value).encode("utf-8")
        except UnicodeEncodeError:
            raise ValueError(f"{where} has a \\u escape of an unpaired UTF-16 surrogate") from None
    return value


class LocalAPI:
    """A HoneyHive-compatible API over SQLite; thread-safe; one per server or test client.

    ``api_keys``: the server's own keys, with full access; when none are given (and
    ``HH_LOCAL_API_KEYS`` is empty) the development key ``DEV_API_KEY`` is accepted. Keys
    created through the API (ingestion and fine-grained keys) are accepted too, within
    their limits (see ``auth``). ``accept_any_key`` turns the key check off entirely (any
    key, or none: what ``HoneyHive(test_mode=True)`` uses; a created key still brings its
    project). ``db_path`` None keeps everything in memory.
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
        # An operation added to openapi.yaml before its handler is written answers 501
        # (after validation), so regenerating never breaks the operations that do work.
        self.unhandled: tuple[str, ...] = tuple(sorted(set(self.spec.operations) - set(HANDLERS)))
        keys = [k for k in (api_keys or []) if k] or keys_from_env()
        self.uses_dev_key = not keys and not accept_any_key
        self.api_keys: frozenset[str] = frozenset(keys or [DEV_API_KEY])
        self.accept_any_key = accept_any_key
        self.max_body_bytes = max_body_bytes
        self.store = Store(os.fspath(db_path) if db_path is not None else None)
        # Created keys already looked up (keys are never changed once created).
        self._principals: dict[str, Principal] = {}

    # -- public ---------------------------------------------------------------------------

    def handle(
        self,
        method: str,
        path: str,
        query: str | Sequence[tuple[str, str]] = "",
        headers: Mapping[str, str] | Iterable[tuple[str, str]] | None = None,
        body: bytes = b"",
    ) -> Response:
        """Serve one request; never raises. Every answer carries an ``x-request-id``."""
        response = self._answer(method, path, query, headers, body)
        # As the service's gateway does: the id a support ticket (or APIError.request_id) names.
        response.headers.append(("x-request-id", f"req_{uuid.uuid4().hex}"))
        return response

    def _answer(
        self,
        method: str,
        path: str,
        query: str | Sequence[tuple[str, str]],
        headers: Mapping[str, str] | Iterable[tuple[str, str]] | None,
        body: bytes,
    ) -> Response:
        try:
            status, payload, extra = self._handle(method.upper(), path, query, headers, body)
        except ApiError as exc:
            status, payload, extra = exc.status, exc.to_body(), exc.headers
        except NestingTooDeep as exc:
            error = _too_deep_error(exc)
            status, payload, extra = error.status, error.to_body(), {}
        except Exception as exc:
            return internal_error(exc, method, path)
        try:
            return _respond(status, payload, extra)
        except Exception as exc:  # pragma: no cover - encode_json does not fail on JSON data
            return internal_error(exc, method, path)

    def warm_up(self) -> None:
        """Compile the validators now (~0.3 s once per process) instead of on first use."""
        for operation_id in HOT_OPERATIONS:
            op = self.spec.operations[operation_id]
            self.spec.schema_validator(op.body_schema or {})
            for _, schema in op.path_schemas:
                self.spec.schema_validator(schema)
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
        """Forget everything stored, created API keys included (configured keys stay)."""
        self.store.reset()
        self._principals.clear()

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
        principal = self._authenticate(headers)
        if is_traces_path(path):
            return 200, self._export_traces(method, principal, headers, body), {}
        op, path_params = self.spec.route(method, path)
        authorize(principal, op, path_params)
        query = _declared_query(
            op,
            parse_qsl(raw_query, keep_blank_values=True)
            if isinstance(raw_query, str)
            else list(raw_query),
        )
        _reject_empty_values(op, query)
        parsed_body = self._parse_body(op, headers, body)
        if op.operation_id in HOT_OPERATIONS:
            problems = self.spec.path_problems(op, path_params)
            problems += self.spec.body_problems(op, parsed_body)
        else:
            problems = self.spec.request_problems(op, path, path_params, query, body)
        if problems:
            raise _validation_error(problems)
        call_query = self._query_values(op, query)
        handler = HANDLERS.get(op.operation_id)
        if handler is None:
            raise _not_implemented(op)
        with self.store.transaction(write=method != "GET") as tx:
            call = Call(
                op=op,
                tx=tx,
                path=path_params,
                query=call_query,
                body=parsed_body,
                principal=principal,
            )
            result = handler(call)
        return op.success_status, result, {}

    def _export_traces(
        self, method: str, principal: Principal, headers: Mapping[str, str], body: bytes
    ) -> dict[str, Any]:
        """OTLP ingestion (not a spec operation): the access and handler of an event batch."""
        if method != "POST":
            raise ApiError(
                405,
                f"Method {method} is not allowed on /opentelemetry/v1/traces; allowed: POST",
                "METHOD_NOT_ALLOWED",
                headers={"Allow": "POST"},
            )
        op = self.spec.operations[AUTHORIZED_AS]
        authorize(principal, op, {})
        request = decode_export(headers, body, self.max_body_bytes)
        with self.store.transaction() as tx:
            return store_export(Call(op=op, tx=tx, principal=principal), request, headers)

    def _authenticate(self, headers: Mapping[str, str]) -> Principal:
        auth = headers.get("authorization", "")
        scheme, _, key = auth.partition(" ")
        key = key.strip()
        bearer = scheme.lower() == "bearer"
        if self.accept_any_key:
            # Anything goes; a created key still brings its project (not its limits).
            created = self._created_key(key) if bearer else None
            return SERVER if created is None else Principal("server", project_id=created.project_id)
        if not auth:
            raise ApiError(
                401,
                "Missing API key: send 'Authorization: Bearer <key>'",
                "UNAUTHORIZED",
                headers={"WWW-Authenticate": "Bearer"},
            )
        if bearer and key in self.api_keys:
            return SERVER
        principal = self._created_key(key) if bearer else None
        if principal is None:
            raise ApiError(
                401,
                "Unknown API key (expected 'Authorization: Bearer <key>' with a key this "
                "server accepts)",
                "UNAUTHORIZED",
                headers={"WWW-Authenticate": "Bearer"},
            )
        if principal.expires_ms is not None and principal.expires_ms <= now_ms():
            raise ApiError(
                401,
                "This API key has expired; create a new one",
                "API_KEY_EXPIRED",
                headers={"WWW-Authenticate": "Bearer"},
            )
        return principal

    def _created_key(self, key: str) -> Principal | None:
        """The principal of a key made through the API, or None."""
        if not key.startswith((INGESTION_PREFIX, DATA_PLANE_PREFIX)):
            return None
        digest = key_hash(key)
        principal = self._principals.get(digest)
        if principal is None:
            with self.store.transaction(write=False) as tx:
                record = tx.get_api_key(digest)
            if record is None:
                return None
            principal = principal_from_record(record)
            self._principals[digest] = principal
        return principal

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
        except NestingTooDeep:
            raise
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
                values[param.name.removesuffix("[]")] = raw
                continue
            text = raw[-1]
            if param.kind == "integer":
                values[param.name] = int(text)
            elif param.kind == "number":
                values[param.name] = float(text)
            elif param.kind == "boolean":
                # openapi-core accepted it, so it is one of its boolean spellings.
                values[param.name] = text.strip().lower() in _TRUE_WORDS
            elif param.json_schema is not None:
                if not text.strip():
                    continue
                try:
                    decoded = parse_json(text, param.name)
                except NestingTooDeep:
                    raise
                except ValueError as exc:
                    problems.append(
                        {
                            "field": param.name,
                            "location": "query",
                            "problem": f"not valid JSON ({exc})",
                        }
                    )
                    continue
                found = self.spec.value_problems(param.json_schema, decoded, param.name)
                problems.extend(found)
                values[param.name] = decoded
            else:
                values[param.name] = text
        if problems:
            raise _validation_error(problems)
        return values


def _declared_query(op: Operation, query: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """The query under declared names (lists in either spelling); 400 on undeclared names."""
    out: list[tuple[str, str]] = []
    unknown: list[Problem] = []
    for key, value in query:
        name = op.query_aliases.get(key)
        if name is None:
            declared = ", ".join(p.name for p in op.query_params) or "none"
            unknown.append(
                problem(
                    key,
                    f"unknown query parameter (this operation declares: {declared})",
                    "query",
                )
            )
            continue
        out.append((name, value))
    if unknown:
        raise _validation_error(sorted(unknown, key=lambda p: str(p["field"])))
    return out


def _respond(status: int, payload: Any, extra: Mapping[str, str]) -> Response:
    content = encode_json(payload)  # strict JSON, whatever the stored data holds
    return Response(status, [*_JSON_HEADERS, *((k.lower(), v) for k, v in extra.items())], content)


def internal_error(exc: BaseException, method: str, path: str) -> Response:
    """The JSON 500 of an unexpected exception, logged once with its traceback."""
    logger.error("local server failed on %s %s", log_safe(method), log_safe(path), exc_info=exc)
    error = ApiError(
        500,
        f"Internal error in the local server: {type(exc).__name__}: {log_safe(str(exc))[:500]}",
        "INTERNAL_ERROR",
    )
    return Response(500, list(_JSON_HEADERS), encode_json(error.to_body()))


def _too_deep_error(exc: NestingTooDeep) -> ApiError:
    return ApiError(
        400,
        str(exc),
        "NESTED_TOO_DEEPLY",
        [problem(exc.field, f"nested more than {MAX_JSON_DEPTH} levels deep", exc.location)],
    )


_KIND_NAMES = {
    "integer": "an integer",
    "number": "a number",
    "boolean": "a boolean",
    "string": "a string",
}


def _reject_empty_values(op: Operation, query: Sequence[tuple[str, str]]) -> None:
    """400 naming each scalar parameter given with an empty value (see the module doc)."""
    kinds = {p.name: p.kind for p in op.query_params}
    found = [
        problem(
            name,
            f"empty value; give {_KIND_NAMES.get(kinds[name], 'a value')} or leave the "
            "parameter out",
            "query",
        )
        for name, value in query
        if value == "" and kinds.get(name, "array") != "array"
    ]
    if found:
        raise _validation_error(found)


def _lower_headers(
    headers: Mapping[str, str] | Iterable[tuple[str, str]] | None,
) -> dict[str, str]:
    if headers is None:
        return {}
    items = headers.items() if isinstance(headers, Mapping) else headers
    return {str(k).lower(): str(v) for k, v in items}


def _not_implemented(op: Operation) -> ApiError:
    """The 501 of a valid request to an operation of openapi.yaml that has no handler."""
    return ApiError(
        501,
        f"{op.operation_id} ({op.method} {op.template}) is in openapi.yaml but the local "
        "server has no handler for it yet",
        "NOT_IMPLEMENTED",
        [problem(op.operation_id, "no local handler", "request")],
    )


def _validation_error(problems: list[Problem]) -> ApiError:
    first = problems[0]
    more = f" (and {len(problems) - 1} more problem(s))" if len(problems) > 1 else ""
    return ApiError(
        400,
        f"Invalid request: {first['field']}: {first['problem']}{more}",
        "VALIDATION_ERROR",
        problems,
    )
