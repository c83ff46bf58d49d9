"""openapi.yaml, loaded once per process: routing table, request/response validation.

The contract is the single source of truth for what the local server accepts, so nothing
here hard-codes field rules. Two validation paths, both driven by the same spec:

* openapi-core validates every request's parameters and body (the general path);
* the event-ingest routes (``HOT_OPERATIONS``: the legacy ``POST /events``, its batch and
  model variants, ``PUT /events``, and today's ``POST /v1/events``, ``POST /v1/events/batch``,
  ``PUT /v1/events/{event_id}``, the session batch and traces routes) validate their body
  with a jsonschema validator compiled once from the same component schema, and their path
  parameters with compiled validators too. openapi-core costs about 0.8 ms per event body
  on this kind of machine, the compiled validator about 0.1 ms; for the routes a benchmark
  hammers, that is most of the server's time. ``tests/test_local_validation.py`` checks
  both paths agree.

Closed value sets: openapi.yaml writes the vendor's ``enum`` of a few schemas that answers
share as ``x-enum``, so that an answer with a value the vendor added later still validates.
Requests are held to them: every request validator here (openapi-core's, the compiled
body, path and JSON-query validators) reads ``request_raw``, the spec with each ``x-enum``
made an ``enum`` (``request_view``); only ``response_errors`` reads the spec as written.

Query parameters that carry JSON (``filters``, ``dateRange``, ``filter``, ``projections``)
are ``type: string`` in the spec, with an ``x-json-schema`` extension giving the schema of
the decoded value (``Param.json_schema``). After openapi-core has checked them as strings,
the decoded value is validated against that schema with a compiled validator.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import ApiError, Problem, problem

if TYPE_CHECKING:  # pragma: no cover - typing only
    from openapi_core import OpenAPI

# jsonschema ships no type stubs here; its validators are used through this alias.
Validator = Any

__all__ = [
    "HOT_OPERATIONS",
    "SPEC_ENV",
    "Operation",
    "Param",
    "Spec",
    "find_spec_path",
    "load_spec",
    "request_view",
]

SPEC_ENV = "HH_LOCAL_SPEC"

# Operations whose body is validated with a pre-compiled jsonschema validator (see above).
HOT_OPERATIONS = frozenset(
    {
        "createEventLegacy",
        "createModelEventLegacy",
        "createEventBatchLegacy",
        "createModelEventBatchLegacy",
        "updateEventLegacy",
        "createEvent",
        "createEventBatch",
        "updateEvent",
        "createSessionEventBatch",
        "addSessionTracesLegacy",
    }
)

_SPEC_URI = "urn:honeyhive-local:openapi"
_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


def find_spec_path() -> Path:
    """Where openapi.yaml is: ``$HH_LOCAL_SPEC``, next to this package, or the repo root."""
    env = os.environ.get(SPEC_ENV)
    candidates = [Path(env)] if env else []
    here = Path(__file__).resolve()
    candidates += [here.with_name("openapi.yaml"), here.parents[2] / "openapi.yaml"]
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(
        "honeyhive.local cannot find openapi.yaml; looked at "
        + ", ".join(str(c) for c in candidates)
        + f" (set {SPEC_ENV} to its path)"
    )


@dataclass(frozen=True)
class Param:
    """A declared parameter and how its raw string becomes a Python value."""

    name: str
    location: str
    required: bool
    kind: str  # "string", "integer", "number", "boolean" or "array"
    schema: Mapping[str, Any] = field(default_factory=dict)
    # The schema of the decoded value of a JSON-encoded string (``x-json-schema``).
    json_schema: Mapping[str, Any] | None = None


@dataclass(frozen=True)
class Operation:
    """One operation of the spec, with what routing and validation need."""

    operation_id: str
    method: str
    template: str
    segments: tuple[str | None, ...]  # None marks a path-parameter slot
    path_params: tuple[str, ...]
    query_params: tuple[Param, ...]
    body_schema: Mapping[str, Any] | None
    body_required: bool
    tags: tuple[str, ...] = ()
    success_status: int = 200
    path_schemas: tuple[tuple[str, Mapping[str, Any]], ...] = ()

    @cached_property
    def query_aliases(self) -> Mapping[str, str]:
        """Accepted query keys -> declared name: a list also answers to its other spelling.

        A list parameter declared ``ids[]`` is also read from ``ids=a&ids=b``, and one
        declared ``ids`` from ``ids[]=a&ids[]=b``.
        """
        aliases = {p.name: p.name for p in self.query_params}
        for p in self.query_params:
            if p.kind == "array":
                other = p.name[:-2] if p.name.endswith("[]") else f"{p.name}[]"
                aliases.setdefault(other, p.name)
        return aliases

    @property
    def literal_count(self) -> int:
        """How many path segments are literal (more literal wins a routing tie)."""
        return sum(1 for s in self.segments if s is not None)


class _CoreRequest:
    """The request shape openapi-core's validators read (its ``Request`` protocol)."""

    def __init__(
        self,
        host_url: str,
        op: Operation,
        path: str,
        path_params: Mapping[str, str],
        query: Sequence[tuple[str, str]],
        body: bytes,
    ) -> None:
        from openapi_core.datatypes import RequestParameters
        from werkzeug.datastructures import Headers, ImmutableMultiDict

        self.host_url = host_url
        self.path = path
        self.path_pattern = op.template  # skips openapi-core's own path matching
        self.method = op.method.lower()
        self.body: bytes | None = body or None
        self.content_type = "application/json"
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(list(query)),
            # LocalAPI has already checked the key; openapi-core stops at a security
            # error before looking at parameters or body, so it gets a stand-in.
            header=Headers([("Authorization", "Bearer checked-by-local-api")]),
            path=dict(path_params),
        )


class _CoreResponse:
    """The response shape openapi-core's response validator reads."""

    def __init__(self, status: int, headers: Mapping[str, str], body: bytes) -> None:
        from werkzeug.datastructures import Headers

        self.status_code = status
        self.headers = Headers(list(headers.items()))
        self.content_type = self.headers.get("content-type", "application/json").lower()
        self.data = body


def request_view(node: Any, schema_map: bool = False) -> Any:
    """A copy of ``node`` (a spec or schema) with every ``x-enum`` made an ``enum``.

    An explicit ``enum`` wins over an ``x-enum`` beside it. ``schema_map`` marks a mapping
    of names to schemas (``properties``), whose keys are names, not keywords.
    """
    if isinstance(node, list):
        return [request_view(item) for item in node]
    if not isinstance(node, Mapping):
        return node
    if schema_map:
        return {k: request_view(v) for k, v in node.items()}
    out = {
        k: request_view(v, schema_map=k in _SCHEMA_MAPS) for k, v in node.items() if k != "x-enum"
    }
    closed = node.get("x-enum")
    if isinstance(closed, list) and "enum" not in node:
        out["enum"] = list(closed)
    return out


_SCHEMA_MAPS = frozenset({"properties", "patternProperties", "$defs", "schemas"})


class Spec:
    """The parsed contract: operations, router, compiled validators (one per process).

    ``raw`` is openapi.yaml as written (what answers are checked against); ``request_raw``
    its ``request_view`` (what requests are checked against, closed value sets enforced).
    """

    def __init__(self, raw: Mapping[str, Any], path: Path | None = None) -> None:
        self.raw = raw
        self.request_raw: Mapping[str, Any] = request_view(raw)
        self.path = path
        servers = raw.get("servers") or [{"url": "https://api.honeyhive.ai"}]
        self.server_url: str = str(servers[0]["url"]).rstrip("/")
        self.operations: dict[str, Operation] = {}
        self._static: dict[tuple[str, str], Operation] = {}
        self._templated: dict[tuple[str, int], list[Operation]] = {}
        self._methods_by_shape: dict[str, set[str]] = {}
        self._validators: dict[str, Validator] = {}
        # The same schema object (an operation's body schema) skips the JSON key: building
        # it costs more than validating a small event. The object is kept, so ids stay valid.
        self._validators_by_id: dict[int, tuple[Mapping[str, Any], Validator]] = {}
        self._validators_lock = threading.Lock()
        self._openapi_views: dict[str, OpenAPI] = {}
        self._views_lock = threading.Lock()
        for template, item in self.request_raw["paths"].items():
            shared = list(item.get("parameters", []))
            for method in _METHODS:
                if method in item:
                    self._add_operation(template, method.upper(), item[method], shared)
        for ops in self._templated.values():
            ops.sort(key=lambda o: -o.literal_count)

    # -- building -------------------------------------------------------------------------

    def _resolve(self, node: Mapping[str, Any]) -> Mapping[str, Any]:
        # Only local refs ("#/components/...") occur in our spec; they resolve in the
        # request view, since operations and validators are about requests.
        while "$ref" in node:
            target: Any = self.request_raw
            for part in str(node["$ref"]).lstrip("#/").split("/"):
                target = target[part]
            node = target
        return node

    def _add_operation(
        self, template: str, method: str, op: Mapping[str, Any], shared: list[Any]
    ) -> None:
        params: dict[tuple[str, str], Mapping[str, Any]] = {}
        for p in [*shared, *op.get("parameters", [])]:
            p = self._resolve(p)
            params[(p["name"], p["in"])] = p
        query_params = []
        path_schemas = []
        for (name, location), p in params.items():
            schema = self._resolve(p.get("schema", {}))
            if location == "path":
                path_schemas.append((name, schema))
            if location != "query":
                continue
            query_params.append(
                Param(
                    name,
                    location,
                    bool(p.get("required")),
                    str(schema.get("type", "string")),
                    schema,
                    p.get("x-json-schema"),
                )
            )
        segments = tuple(None if s.startswith("{") else s for s in template.strip("/").split("/"))
        path_params = tuple(s[1:-1] for s in template.strip("/").split("/") if s.startswith("{"))
        body = op.get("requestBody")
        body_schema = None
        if body is not None:
            body = self._resolve(body)
            body_schema = body["content"]["application/json"]["schema"]
        operation = Operation(
            operation_id=op["operationId"],
            method=method,
            template=template,
            segments=segments,
            path_params=path_params,
            query_params=tuple(query_params),
            body_schema=body_schema,
            body_required=bool(body and body.get("required")),
            tags=tuple(op.get("tags") or ()),
            success_status=_success_status(op.get("responses") or {}),
            path_schemas=tuple(path_schemas),
        )
        self.operations[operation.operation_id] = operation
        if path_params:
            self._templated.setdefault((method, len(segments)), []).append(operation)
        else:
            self._static[(method, template.rstrip("/") or "/")] = operation
        self._methods_by_shape.setdefault(template, set()).add(method)

    # -- routing --------------------------------------------------------------------------

    def route(self, method: str, path: str) -> tuple[Operation, dict[str, str]]:
        """The operation serving ``method path`` and its path parameters, or a 404/405."""
        clean = path.rstrip("/") or "/"
        op = self._static.get((method, clean))
        if op is not None:
            return op, {}
        parts = clean.strip("/").split("/")
        for candidate in self._templated.get((method, len(parts)), []):
            found = _match(candidate, parts)
            if found is not None:
                return candidate, found
        # A set: several templates can match one path (``/v1/x/{id}`` and ``/v1/x/{name}``).
        allowed = sorted(
            {
                m
                for template, methods in self._methods_by_shape.items()
                if _template_matches(template, parts)
                for m in methods
            }
        )
        if allowed:
            raise ApiError(
                405,
                f"Method {method} is not allowed on {path}; allowed: {', '.join(allowed)}",
                "METHOD_NOT_ALLOWED",
                headers={"Allow": ", ".join(allowed)},
            )
        raise ApiError(404, f"No operation at {method} {path}", "ROUTE_NOT_FOUND")

    # -- validation -----------------------------------------------------------------------

    @property
    def openapi(self) -> OpenAPI:
        """openapi-core's view of the spec as written, for answers (built on first use)."""
        return self._built("openapi", self.raw)

    @property
    def request_openapi(self) -> OpenAPI:
        """openapi-core's view of ``request_raw``, for requests (built on first use)."""
        return self._built("request_openapi", self.request_raw)

    def _built(self, name: str, raw: Mapping[str, Any]) -> OpenAPI:
        # Handlers run on a thread pool: build each view once, whoever asks first.
        built = self._openapi_views.get(name)
        if built is None:
            with self._views_lock:
                built = self._openapi_views.get(name)
                if built is None:
                    built = self._openapi_views[name] = _openapi_core(raw)
        return built

    def schema_validator(self, schema: Mapping[str, Any]) -> Validator:
        """A compiled jsonschema validator for ``schema`` (local refs resolve in the spec)."""
        known = self._validators_by_id.get(id(schema))
        if known is not None and known[0] is schema:
            return known[1]
        key = json.dumps(schema, sort_keys=True)
        with self._validators_lock:
            validator = self._validators.get(key)
            if validator is None:
                from openapi_schema_validator import OAS31Validator, oas31_format_checker
                from referencing import Registry, Resource
                from referencing.jsonschema import DRAFT202012

                resource = Resource.from_contents(
                    self.request_raw, default_specification=DRAFT202012
                )
                registry: Registry[Any] = Registry().with_resource(_SPEC_URI, resource)
                rooted = _reroot(self._inline(schema, ()))
                validator = OAS31Validator(
                    rooted, registry=registry, format_checker=oas31_format_checker
                )
                self._validators[key] = validator
            if len(self._validators_by_id) < 4096:  # callers passing fresh dicts stay bounded
                self._validators_by_id[id(schema)] = (schema, validator)
            return validator

    def _inline(self, schema: Any, stack: tuple[str, ...]) -> Any:
        """``schema`` with every non-recursive ``$ref`` replaced by its target.

        Resolving a reference costs more than checking most values: inlining them makes
        the compiled event validator about twice as fast. Recursive references stay.
        """
        if isinstance(schema, list):
            return [self._inline(item, stack) for item in schema]
        if not isinstance(schema, Mapping):
            return schema
        if _is_not_other_types(schema):
            # JsonObject's "not any other type" means exactly "type: object", which checks
            # without building (and discarding) an error for every free-form object.
            rest = {k: v for k, v in schema.items() if k not in ("not", "description")}
            return {"type": "object", **self._inline(rest, stack)}
        ref = schema.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/") and ref not in stack:
            target = self._inline(self._resolve({"$ref": ref}), (*stack, ref))
            siblings = {k: v for k, v in schema.items() if k not in ("$ref", "description")}
            if not siblings:
                return target
            return {"allOf": [target], **self._inline(siblings, stack)}
        return {k: self._inline(v, stack) for k, v in schema.items()}

    def body_problems(self, op: Operation, body: Any) -> list[Problem]:
        """Problems of a parsed body against ``op``'s schema (compiled-validator path)."""
        assert op.body_schema is not None
        validator = self.schema_validator(op.body_schema)
        return schema_problems(validator.iter_errors(body), "body")

    def path_problems(self, op: Operation, path_params: Mapping[str, str]) -> list[Problem]:
        """Problems of the path parameters (compiled-validator path, for ``HOT_OPERATIONS``)."""
        found: list[Problem] = []
        for name, schema in op.path_schemas:
            for p in schema_problems(
                self.schema_validator(schema).iter_errors(path_params[name]), "path"
            ):
                p["field"] = name
                found.append(p)
        return found

    def value_problems(self, schema: Mapping[str, Any], value: Any, where: str) -> list[Problem]:
        """Problems of a decoded JSON query value against ``schema``."""
        errors = self.schema_validator(schema).iter_errors(value)
        return schema_problems(errors, "query", prefix=where)

    def request_problems(
        self,
        op: Operation,
        path: str,
        path_params: Mapping[str, str],
        query: Sequence[tuple[str, str]],
        body: bytes,
    ) -> list[Problem]:
        """Problems openapi-core finds in the request's parameters and body."""
        from openapi_core.validation.request.exceptions import SecurityValidationError

        request = _CoreRequest(self.server_url, op, path, path_params, query, body)
        found: list[Problem] = []
        for error in self.request_openapi.request_validator.iter_errors(request):
            if isinstance(error, SecurityValidationError):  # cannot happen: see _CoreRequest
                continue
            found.extend(_openapi_core_problems(error))
        return found

    def response_errors(
        self,
        method: str,
        path: str,
        status: int,
        headers: Mapping[str, str],
        body: bytes,
        query: Sequence[tuple[str, str]] = (),
    ) -> list[str]:
        """Why a response does not match the spec (empty when it does); used by tests."""
        op, path_params = self.route(method, path)
        request = _CoreRequest(self.server_url, op, path, path_params, query, b"")
        response = _CoreResponse(status, headers, body)
        errors = self.openapi.response_validator.iter_errors(request, response)
        out = []
        for error in errors:
            cause = error.__cause__
            schema_errors = getattr(cause, "schema_errors", None) or ()
            detail = "; ".join(
                f"{_dotted(e.absolute_path) or '<root>'}: {e.message}" for e in schema_errors
            )
            out.append(f"{error}{' (' + detail + ')' if detail else ''}")
        return out


def _openapi_core(raw: Mapping[str, Any]) -> OpenAPI:
    from openapi_core import Config, OpenAPI

    # Structural validation of the spec itself takes ~0.7 s and is done in CI
    # (openapi-spec-validator), so it is skipped here.
    return OpenAPI.from_dict(dict(raw), config=Config(spec_validator_cls=None))


def _success_status(responses: Mapping[str, Any]) -> int:
    """The status a successful call answers: the first 2xx the operation declares."""
    for code in responses:
        if str(code).startswith("2") and str(code).isdigit():
            return int(code)
    return 200


_NON_OBJECT_TYPES = frozenset({"string", "number", "integer", "boolean", "array", "null"})


def _is_not_other_types(schema: Mapping[str, Any]) -> bool:
    negated = schema.get("not")
    if "type" in schema or not isinstance(negated, Mapping) or set(negated) != {"type"}:
        return False
    kinds = negated["type"]
    return isinstance(kinds, list) and set(kinds) == _NON_OBJECT_TYPES


def _reroot(schema: Any) -> Any:
    # "#/components/..." inside a standalone schema must point into the spec resource.
    if isinstance(schema, Mapping):
        return {
            k: (
                f"{_SPEC_URI}{v}"
                if k == "$ref" and isinstance(v, str) and v.startswith("#")
                else _reroot(v)
            )
            for k, v in schema.items()
        }
    if isinstance(schema, list):
        return [_reroot(v) for v in schema]
    return schema


def _match(op: Operation, parts: Sequence[str]) -> dict[str, str] | None:
    values: dict[str, str] = {}
    names = iter(op.path_params)
    for segment, part in zip(op.segments, parts, strict=True):
        if segment is None:
            if not part:
                return None
            values[next(names)] = part
        elif segment != part:
            return None
    return values


def _template_matches(template: str, parts: Sequence[str]) -> bool:
    segments = template.strip("/").split("/")
    if len(segments) != len(parts):
        return False
    return all(s.startswith("{") or s == p for s, p in zip(segments, parts, strict=True))


# -- turning validator errors into field/problem pairs -------------------------------------


def _dotted(path: Iterable[Any], prefix: str = "") -> str:
    out = prefix
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def _describe_schema(schema: Any) -> str:
    if not isinstance(schema, Mapping):
        return "a value"
    if "$ref" in schema:
        name = str(schema["$ref"]).rsplit("/", 1)[-1]
        return "object" if name == "JsonObject" else name
    if "not" in schema and isinstance(schema["not"], Mapping) and "type" in schema["not"]:
        return "object"  # JsonObject is written as "not any other type"
    kind = schema.get("type")
    if isinstance(kind, list):
        return " or ".join(str(k) for k in kind)
    if kind == "array" and isinstance(schema.get("items"), Mapping):
        return f"array of {_describe_schema(schema['items'])}"
    return str(kind) if kind else "a value"


def _describe_error(error: Any) -> list[tuple[list[Any], str]]:
    """[(extra path parts, readable problem)] for one jsonschema error."""
    validator = error.validator
    instance = error.instance
    if validator == "required":
        missing = error.message.split("'")[1] if "'" in error.message else ""
        return [([missing], "required field is missing")]
    if validator == "additionalProperties" and isinstance(instance, Mapping):
        extra = sorted(set(instance) - set(error.schema.get("properties", {})))
        return [([name], "unknown field: this object accepts no other fields") for name in extra]
    if validator == "not" and isinstance(error.validator_value, Mapping):
        return [([], f"expected a JSON object, got {_json_type(instance)}")]
    if validator == "type":
        return [([], f"expected {_describe_schema(error.schema)}, got {_json_type(instance)}")]
    if validator in ("anyOf", "oneOf"):
        options = sorted({_describe_schema(s) for s in error.validator_value})
        return [([], f"expected {' or '.join(options)}, got {_json_type(instance)}")]
    if validator == "enum":
        allowed = ", ".join(repr(v) for v in error.validator_value)
        return [([], f"{instance!r} is not one of the allowed values: {allowed}")]
    return [([], str(error.message))]


def schema_problems(errors: Iterable[Any], location: str, prefix: str = "") -> list[Problem]:
    """Readable problems, sorted by field, from jsonschema validation errors."""
    found = []
    for error in errors:
        for extra, issue in _describe_error(error):
            parts = [*error.absolute_path, *[e for e in extra if e]]
            found.append(problem(_dotted(parts, prefix) or "<body>", issue, location))
    found.sort(key=lambda p: (p["field"], p["problem"]))
    return found


def _openapi_core_problems(error: Exception) -> Iterator[Problem]:
    from openapi_core.validation.request.exceptions import (
        MissingRequiredParameter,
        MissingRequiredRequestBody,
        ParameterValidationError,
    )

    cause = error.__cause__
    if isinstance(error, MissingRequiredParameter):
        yield problem(error.name, "required parameter is missing", error.location)
    elif isinstance(error, ParameterValidationError):
        schema_errors = getattr(cause, "schema_errors", None)
        if schema_errors:
            for p in schema_problems(schema_errors, error.location):
                p["field"] = error.name
                yield p
        elif hasattr(cause, "value") and hasattr(cause, "type"):
            value, wanted = getattr(cause, "value"), getattr(cause, "type")  # noqa: B009
            yield problem(error.name, f"{value!r} is not a valid {wanted}", error.location)
        else:  # e.g. an empty value: openapi-core's own sentence says what is wrong
            yield problem(error.name, str(cause or error) or "invalid value", error.location)
    elif isinstance(error, MissingRequiredRequestBody):
        yield problem("<body>", "a JSON request body is required")
    else:
        schema_errors = getattr(cause, "schema_errors", None)
        if schema_errors:
            yield from schema_problems(schema_errors, "body")
        else:
            yield problem("<request>", str(error) or type(error).__name__, "request")


_LOCK = threading.Lock()
_CACHE: dict[Path, Spec] = {}


def load_spec(path: Path | None = None) -> Spec:
    """The process-wide ``Spec`` for ``path`` (default: ``find_spec_path()``), parsed once."""
    path = (path or find_spec_path()).resolve()
    with _LOCK:
        spec = _CACHE.get(path)
        if spec is None:
            import yaml

            loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
            with path.open("rb") as fh:
                raw = yaml.load(fh, Loader=loader)  # a safe loader (C version when available)
            spec = Spec(raw, path)
            _CACHE[path] = spec
        return spec
