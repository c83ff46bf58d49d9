"""OTLP/HTTP trace ingestion: ``POST /opentelemetry/v1/traces``, where HoneyHive's tracer
sends its spans; each span becomes an event of its session.

This route is not an operation of openapi.yaml: HoneyHive's description does not list it,
but the service serves it and its tracer (``HoneyHiveTracer``) exports every span to it.
``LocalAPI`` serves it beside the spec's routes, with the same checks where they apply:
body size (413), API key (401), then ``POST`` only (405), then what the key may do: posting
traces needs what ``POST /v1/events/batch`` (``createEventBatch``) needs, so an ingestion key
may post traces and a fine-grained key needs ``events:write``.

The body is an OTLP ``ExportTraceServiceRequest``, decoded with the ``opentelemetry-proto``
generated classes: ``application/x-protobuf`` (binary), or ``application/json`` (the OTLP/JSON
mapping: ids in hex, unknown fields ignored). A missing content type is read as JSON when
the body starts with ``{``, else as protobuf. ``Content-Encoding: gzip`` or ``deflate`` is
accepted, the size limit then applying to the inflated body. A body that does not decode is
a 400 (``INVALID_JSON`` or ``INVALID_OTLP``); any other content type a 400
(``UNSUPPORTED_MEDIA_TYPE``). Success is a 200 with the OTLP partial-success answer in JSON:
``{"partialSuccess": {}}``, or with ``rejectedSpans`` and ``errorMessage`` when spans were
refused (a trace id that is not 16 bytes, a span id or parent span id that is not 8 bytes).
The official tracer counts only a 200 as success.

Each span becomes an event of its session, stored through the ``createEventBatch`` handler
(``events``), so search, export and the session tree see it like any other event, and a
session the spans name but nobody started gets its ``session`` event (named after
``honeyhive.session_name``/``honeyhive_session_name``, else the root span, starting at its
first span). Attributes are read from the span, then from its resource:

=================================  =========================================================
OTLP                               event
=================================  =========================================================
traceId + spanId                   ``event_id``: a UUIDv5 of both, so a resent span is
                                   stored once (the first version stored wins)
parentSpanId                       ``parent_id``: the parent span's event id, made the same
                                   way; a root span's parent is ``honeyhive.parent_id`` if
                                   set, else the session's event (id = the session id)
``honeyhive.session_id``,          ``session_id``: the first one set; with none, the span's
``honeyhive_session_id``,          trace id written as a UUID (every span of the trace then
``traceloop.association.``         shares that session)
``properties.session_id``
``honeyhive.project`` (and the     ``project``; else the key's project (as on the event
same two other spellings)          routes, a named project wins over the key's)
``honeyhive.source`` (ditto)       ``source``; else the ``X-Source`` header; else ``unknown``
``honeyhive_event_type``           ``event_type`` as sent (``generic`` stays ``generic``);
                                   else ``honeyhive.event_type``, then
                                   ``honeyhive_event_type_raw``; else ``gen_ai.operation.
                                   name`` / ``openinference.span.kind`` mapped as the tracer
                                   maps them (``chat`` -> ``model``, ...); else ``chain``
``honeyhive_event_name``           ``event_name``; else ``honeyhive.event_name``; else the
                                   span's name
``honeyhive_inputs.<path>``        ``inputs`` (un-flattened, see below)
``honeyhive_outputs.<path>``       ``outputs``
``honeyhive_config.<path>``        ``config``
``honeyhive_metadata.<path>``      ``metadata``
``honeyhive_metrics.<path>``       ``metrics``
``honeyhive_feedback.<path>``      ``feedback``
``honeyhive_user_properties.<p>``  ``user_properties``
``honeyhive_user_id``              ``user_properties.user_id`` (unless already set)
``honeyhive_error``                ``error``; else, for a span with status ERROR, the status
                                   message, the first exception event, or ``ERROR``
``honeyhive_duration_ms``          ``duration`` (ms); else end - start
startTimeUnixNano                  ``start_time`` (ms since the epoch, fractional)
endTimeUnixNano                    ``end_time`` (ms since the epoch, fractional)
any other attribute                ``metadata`` at its dotted name (``gen_ai.request.model``
(``gen_ai.*``, ``llm.*``, ...)     -> ``metadata.gen_ai.request.model``); so is a spelling
                                   above whose value lost to another one
name, kind, status, ids, scope,    ``metadata.otel``: ``name``, ``kind``, ``status``,
resource, events, links            ``trace_id``, ``span_id``, ``parent_span_id``, ``scope``,
                                   ``resource`` (its attributes), ``events``, ``links``
=================================  =========================================================

Un-flattening (``unflatten``): ``a.b`` -> ``{"a": {"b": ...}}``; an object whose keys are
``0``..``n`` (starting at ``0``, fewer gaps than items: the tracer skips ``None`` items) is
a list again, a gap being ``null``. A string value holding a JSON object or array (what the
tracer sends for dict and list arguments of a decorated function) is decoded. The bare
bucket name (``honeyhive_inputs``) with an object value (kvlist, or JSON text) is merged
into the bucket.

Attribute values keep their OTLP type (``intValue`` -> int, arrays -> lists, kvlists ->
objects, bytes -> base64 text, a NaN or infinite double -> its text). Nothing is dropped: a
value whose path is taken (``a`` and ``a.b`` both set) is kept under its whole dotted name
in the same object instead.
"""

from __future__ import annotations

import base64
import dataclasses
import importlib
import json
import math
import re
import uuid
import zlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from . import events
from .errors import ApiError, problem
from .registry import Call

__all__ = [
    "AUTHORIZED_AS",
    "TRACES_PATH",
    "decode_export",
    "event_id_for_span",
    "is_traces_path",
    "store_export",
    "unflatten",
]

TRACES_PATH = "/opentelemetry/v1/traces"
"""Where the official tracer posts spans (``{server_url}/opentelemetry/v1/traces``)."""

AUTHORIZED_AS = "createEventBatch"
"""The operation whose access rules (and handler) OTLP ingestion shares."""

_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:honeyhive-local:otlp-span")
_PROTOBUF_TYPES = ("application/x-protobuf", "application/protobuf")
_JSON_TYPES = ("application/json", "text/json")
_ID_FIELDS = {
    "traceId": 32,
    "trace_id": 32,
    "spanId": 16,
    "span_id": 16,
    "parentSpanId": 16,
    "parent_span_id": 16,
}
_HEX = re.compile(r"[0-9a-fA-F]*")

_SESSION_KEYS = (
    "honeyhive.session_id",
    "honeyhive_session_id",
    "traceloop.association.properties.session_id",
)
_PROJECT_KEYS = (
    "honeyhive.project",
    "honeyhive_project",
    "traceloop.association.properties.project",
)
_SOURCE_KEYS = (
    "honeyhive.source",
    "honeyhive_source",
    "traceloop.association.properties.source",
)
_PARENT_KEYS = ("honeyhive.parent_id", "traceloop.association.properties.parent_id")
_TYPE_KEYS = ("honeyhive_event_type", "honeyhive.event_type", "honeyhive_event_type_raw")
_NAME_KEYS = ("honeyhive_event_name", "honeyhive.event_name")
_SESSION_NAME_KEYS = ("honeyhive.session_name", "honeyhive_session_name")
_BUCKETS = {
    "honeyhive_inputs": "inputs",
    "honeyhive_outputs": "outputs",
    "honeyhive_config": "config",
    "honeyhive_metadata": "metadata",
    "honeyhive_metrics": "metrics",
    "honeyhive_feedback": "feedback",
    "honeyhive_user_properties": "user_properties",
}
# What the tracer's own event-type detection maps (span_processor.py), for spans of other
# instrumentors that carry no honeyhive_event_type.
_GEN_AI_TYPES = {
    "chat": "model",
    "text_completion": "model",
    "generate_content": "model",
    "embeddings": "model",
    "invoke_agent": "chain",
    "create_agent": "chain",
    "invoke_workflow": "chain",
    "execute_tool": "tool",
    "retrieval": "tool",
}
_OPENINFERENCE_TYPES = {
    "LLM": "model",
    "CHAIN": "chain",
    "AGENT": "chain",
    "TOOL": "tool",
    "RETRIEVER": "tool",
    "EMBEDDING": "tool",
    "RERANKER": "tool",
    "GUARDRAIL": "tool",
}
_STATUS_ERROR = 2  # opentelemetry.proto.trace.v1.Status.STATUS_CODE_ERROR


def is_traces_path(path: str) -> bool:
    """True for the OTLP traces route (a trailing slash allowed)."""
    return path.rstrip("/") == TRACES_PATH


def event_id_for_span(trace_id: bytes, span_id: bytes) -> str:
    """The event id of a span: a UUIDv5 of its trace and span ids (hex)."""
    return str(uuid.uuid5(_NAMESPACE, f"{trace_id.hex()}:{span_id.hex()}"))


# -- decoding -------------------------------------------------------------------------------


def _proto() -> tuple[Any, Any, Any]:
    """(ExportTraceServiceRequest, json_format, DecodeError), imported on first use.

    Through ``importlib``: protobuf ships no type stubs, so its messages are ``Any`` anyway,
    and importing it costs ~70 ms that a server which never sees a span need not pay.
    """
    service = importlib.import_module("opentelemetry.proto.collector.trace.v1.trace_service_pb2")
    json_format = importlib.import_module("google.protobuf.json_format")
    message = importlib.import_module("google.protobuf.message")
    return service.ExportTraceServiceRequest, json_format, message.DecodeError


def _inflate(body: bytes, encoding: str, limit: int) -> bytes:
    if encoding in ("", "identity"):
        return body
    if encoding not in ("gzip", "deflate", "x-gzip"):
        raise ApiError.bad_request(
            f"Content-Encoding {encoding!r} is not supported (use gzip, deflate or none)",
            [problem("Content-Encoding", "not supported", "header")],
            code="UNSUPPORTED_MEDIA_TYPE",
        )
    # 16 + MAX_WBITS reads a gzip header; MAX_WBITS a zlib one (HTTP's "deflate").
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS if "gzip" in encoding else zlib.MAX_WBITS)
    try:
        data = inflater.decompress(body, limit + 1)
    except zlib.error as exc:
        raise ApiError.bad_request(
            f"Request body is not valid {encoding} data: {exc}", code="INVALID_OTLP"
        ) from None
    if len(data) > limit:
        raise ApiError(
            413,
            f"Request body is larger than the server's limit of {limit} bytes once inflated",
            "PAYLOAD_TOO_LARGE",
        )
    return data


def _body_kind(content_type: str, body: bytes) -> str:
    if content_type in _PROTOBUF_TYPES:
        return "protobuf"
    if content_type in _JSON_TYPES or content_type.endswith("+json"):
        return "json"
    if not content_type:
        return "json" if body.lstrip()[:1] == b"{" else "protobuf"
    raise ApiError.bad_request(
        f"Content-Type must be application/x-protobuf or application/json, not {content_type!r}",
        [{"field": "Content-Type", "location": "header", "problem": "not an OTLP content type"}],
        code="UNSUPPORTED_MEDIA_TYPE",
    )


def _hex_ids_to_base64(data: Any) -> None:
    """OTLP/JSON writes ids in hex, protobuf's JSON mapping in base64: convert in place."""
    if not isinstance(data, dict):
        return
    for resource_spans in _items(data, "resourceSpans", "resource_spans"):
        for scope_spans in _items(resource_spans, "scopeSpans", "scope_spans"):
            for span in _items(scope_spans, "spans"):
                _convert_ids(span)
                for link in _items(span, "links"):
                    _convert_ids(link)


def _items(node: Any, *names: str) -> Iterator[Any]:
    if not isinstance(node, dict):
        return
    for name in names:
        value = node.get(name)
        if isinstance(value, list):
            yield from value


def _convert_ids(node: Any) -> None:
    if not isinstance(node, dict):
        return
    for name, width in _ID_FIELDS.items():
        value = node.get(name)
        # Only hex of the exact width is read as hex; anything else is left to the
        # protobuf JSON parser, which reads base64 (and refuses what is neither).
        if isinstance(value, str) and len(value) == width and _HEX.fullmatch(value):
            node[name] = base64.b64encode(bytes.fromhex(value)).decode("ascii")


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def decode_export(headers: Mapping[str, str], body: bytes, limit: int) -> Any:
    """The ``ExportTraceServiceRequest`` in ``body`` (protobuf or JSON), or a 400.

    ``headers`` have lower-case names; ``limit`` bounds an inflated (gzip) body.
    """
    encoding = headers.get("content-encoding", "").strip().lower()
    body = _inflate(body, encoding, limit)
    content_type = headers.get("content-type", "").split(";")[0].strip().lower()
    kind = _body_kind(content_type, body)
    message_class, json_format, decode_error = _proto()
    message = message_class()
    if kind == "protobuf":
        try:
            message.ParseFromString(body)
        except (decode_error, ValueError, RecursionError) as exc:
            raise ApiError.bad_request(
                f"Request body is not an OTLP ExportTraceServiceRequest in protobuf: {exc}",
                code="INVALID_OTLP",
            ) from None
        return message
    try:
        data = json.loads(body, parse_constant=_reject_constant)
    except (ValueError, RecursionError) as exc:  # bad JSON and bad UTF-8 alike
        raise ApiError.bad_request(
            f"Request body is not valid JSON: {exc}", code="INVALID_JSON"
        ) from None
    if not isinstance(data, dict):
        raise ApiError.bad_request(
            "Request body must be a JSON object (an OTLP ExportTraceServiceRequest)",
            [problem("<body>", "not a JSON object")],
            code="INVALID_OTLP",
        )
    _hex_ids_to_base64(data)
    try:
        json_format.ParseDict(data, message, ignore_unknown_fields=True)
    except (json_format.ParseError, ValueError, TypeError, RecursionError) as exc:
        raise ApiError.bad_request(
            f"Request body is not an OTLP ExportTraceServiceRequest: {exc}",
            code="INVALID_OTLP",
        ) from None
    return message


# -- values ---------------------------------------------------------------------------------


def _value(any_value: Any) -> Any:
    """An OTLP ``AnyValue`` as plain JSON data (None when empty)."""
    kind = any_value.WhichOneof("value")
    if kind is None:
        return None
    if kind == "array_value":
        return [_value(v) for v in any_value.array_value.values]
    if kind == "kvlist_value":
        return {kv.key: _value(kv.value) for kv in any_value.kvlist_value.values}
    if kind == "bytes_value":
        return base64.b64encode(any_value.bytes_value).decode("ascii")
    value = getattr(any_value, kind)
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)  # JSON (and the store) cannot hold NaN or infinities
    return value


def _attributes(key_values: Iterable[Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for kv in key_values:
        value = _value(kv.value)
        if value is not None:
            out[kv.key] = value
    return out


def _json_text(value: Any) -> Any:
    """A string holding a JSON object or array, decoded; anything else as it is."""
    if not isinstance(value, str) or value.lstrip()[:1] not in ("{", "["):
        return value
    try:
        return json.loads(value, parse_constant=_reject_constant)
    except (ValueError, RecursionError):
        return value


class _Node(dict[str, Any]):
    """An object built from dotted keys (only these may turn into lists)."""


def _free_key(target: Mapping[str, Any], key: str) -> str:
    candidate, n = key, 1
    while candidate in target:
        n += 1
        candidate = f"{key}#{n}"
    return candidate


def _place(root: _Node, parts: Sequence[str], value: Any) -> None:
    node = root
    for part in parts[:-1]:
        child = node.get(part)
        if child is None:
            child = node[part] = _Node()
        elif not isinstance(child, _Node):
            break  # the path is taken by a value: keep this one under its whole name
        node = child
    else:
        if parts[-1] not in node:
            node[parts[-1]] = value
            return
    root[_free_key(root, ".".join(parts))] = value


def _is_index(key: str) -> bool:
    return key.isascii() and key.isdigit() and (key == "0" or not key.startswith("0"))


def _plain(value: Any) -> Any:
    if not isinstance(value, _Node):
        return value
    items = {k: _plain(v) for k, v in value.items()}
    # Keys 0..n (a few gaps allowed: the tracer skips None items) were a list.
    if items and "0" in items and all(_is_index(k) for k in items):
        size = max(int(k) for k in items) + 1
        if size < 2 * len(items):
            return [items.get(str(i)) for i in range(size)]
    return items


def unflatten(pairs: Iterable[tuple[str, Any]]) -> dict[str, Any]:
    """An object from ``(dotted key, value)`` pairs; keys ``0``..``n`` become lists."""
    root = _Node()
    for key, value in pairs:
        _place(root, key.split("."), value)
    plain = _plain(root)
    return plain if isinstance(plain, dict) else {str(i): v for i, v in enumerate(plain)}


# -- spans to events ------------------------------------------------------------------------


def _pick(
    attrs: Mapping[str, Any], keys: Sequence[str], used: set[str], fallback: Mapping[str, Any]
) -> Any:
    """The first non-empty value of ``keys`` (span, then resource); marks the keys it used."""
    for source in (attrs, fallback):
        for key in keys:
            value = source.get(key)
            if value not in (None, ""):
                if source is attrs:
                    used.update(k for k in keys if attrs.get(k) == value)
                return value
    return None


def _event_type(attrs: Mapping[str, Any], used: set[str]) -> str:
    chosen = _pick(attrs, _TYPE_KEYS, used, {})
    if chosen is not None:
        return str(chosen)
    operation = attrs.get("gen_ai.operation.name")
    if isinstance(operation, str) and operation in _GEN_AI_TYPES:
        return _GEN_AI_TYPES[operation]
    kind = attrs.get("openinference.span.kind")
    if isinstance(kind, str) and kind.upper() in _OPENINFERENCE_TYPES:
        return _OPENINFERENCE_TYPES[kind.upper()]
    return "chain"


def _error(span: Any, attrs: Mapping[str, Any], used: set[str]) -> str | None:
    if attrs.get("honeyhive_error") not in (None, ""):
        used.add("honeyhive_error")
        return str(attrs["honeyhive_error"])
    if span.status.code != _STATUS_ERROR:
        return None
    if span.status.message:
        return str(span.status.message)
    for event in span.events:
        if event.name == "exception":
            details = _attributes(event.attributes)
            kind, text = details.get("exception.type"), details.get("exception.message")
            if kind or text:
                return ": ".join(str(p) for p in (kind, text) if p)
    return "ERROR"


def _ms(nanos: int) -> float | None:
    # Whole milliseconds exactly (nanos / 1e6 is off in the last digit for today's times).
    return nanos // 1_000_000 + (nanos % 1_000_000) / 1e6 if nanos > 0 else None


def _otel_details(
    span: Any, scope: Any, resource: Mapping[str, Any], kinds: Any, codes: Any
) -> dict[str, Any]:
    details: dict[str, Any] = {
        "name": span.name,
        "kind": kinds.Name(span.kind) if span.kind in kinds.values() else int(span.kind),
        "trace_id": span.trace_id.hex(),
        "span_id": span.span_id.hex(),
    }
    if span.parent_span_id:
        details["parent_span_id"] = span.parent_span_id.hex()
    status: dict[str, Any] = {
        "code": codes.Name(span.status.code)
        if span.status.code in codes.values()
        else int(span.status.code)
    }
    if span.status.message:
        status["message"] = span.status.message
    details["status"] = status
    if scope.name or scope.version:
        details["scope"] = {"name": scope.name}
        if scope.version:
            details["scope"]["version"] = scope.version
    if resource:
        details["resource"] = dict(resource)
    if span.events:
        details["events"] = [
            {
                "name": e.name,
                "time": _ms(e.time_unix_nano),
                "attributes": _attributes(e.attributes),
            }
            for e in span.events
        ]
    if span.links:
        details["links"] = [
            {
                "trace_id": link.trace_id.hex(),
                "span_id": link.span_id.hex(),
                "attributes": _attributes(link.attributes),
            }
            for link in span.links
        ]
    return details


def _span_event(
    span: Any,
    attrs: Mapping[str, Any],
    scope: Any,
    resource: Mapping[str, Any],
    header_source: str | None,
    enums: tuple[Any, Any],
) -> dict[str, Any]:
    """The event of one span (ids already checked); see the table in the module docstring."""
    used: set[str] = set()
    session_id = _pick(attrs, _SESSION_KEYS, used, resource)
    if session_id is None:
        session_id = str(uuid.UUID(bytes=span.trace_id))
    event: dict[str, Any] = {
        "event_id": event_id_for_span(span.trace_id, span.span_id),
        "session_id": str(session_id),
        "event_type": _event_type(attrs, used),
        "event_name": str(_pick(attrs, _NAME_KEYS, used, {}) or span.name or "unknown"),
    }
    if span.parent_span_id:
        event["parent_id"] = event_id_for_span(span.trace_id, span.parent_span_id)
    else:
        event["parent_id"] = str(_pick(attrs, _PARENT_KEYS, used, {}) or event["session_id"])
    for name, keys in (("project", _PROJECT_KEYS), ("source", _SOURCE_KEYS)):
        value = _pick(attrs, keys, used, resource)
        if value is not None:
            event[name] = str(value)
    if "source" not in event and header_source:
        event["source"] = header_source
    start, end = _ms(span.start_time_unix_nano), _ms(span.end_time_unix_nano)
    if start is not None:
        event["start_time"] = start
    if end is not None:
        event["end_time"] = end
    duration = attrs.get("honeyhive_duration_ms")
    if isinstance(duration, int | float) and not isinstance(duration, bool):
        event["duration"] = duration
        used.add("honeyhive_duration_ms")
    elif start is not None and end is not None:
        event["duration"] = end - start
    error = _error(span, attrs, used)
    if error is not None:
        event["error"] = error

    buckets: dict[str, list[tuple[str, Any]]] = {field: [] for field in _BUCKETS.values()}
    for key, value in attrs.items():
        prefix, dot, path = key.partition(".")
        field = _BUCKETS.get(prefix)
        if field is None:
            continue
        decoded = _json_text(value)
        if dot:
            buckets[field].append((path, decoded))
            used.add(key)
        elif isinstance(decoded, dict):
            buckets[field].extend((k, v) for k, v in decoded.items())
            used.add(key)
    objects = {field: unflatten(pairs) for field, pairs in buckets.items()}
    user_id = attrs.get("honeyhive_user_id")
    if user_id is not None and "user_id" not in objects["user_properties"]:
        objects["user_properties"]["user_id"] = user_id
        used.add("honeyhive_user_id")
    used.update(k for k in _SESSION_NAME_KEYS if k in attrs)  # named on the session event
    metadata = objects["metadata"]
    rest = unflatten((k, v) for k, v in attrs.items() if k not in used)
    for key, value in rest.items():
        metadata[_free_key(metadata, key)] = value
    metadata[_free_key(metadata, "otel")] = _otel_details(span, scope, resource, *enums)
    event.update(objects)
    return event


def _span_problem(span: Any) -> str | None:
    if len(span.trace_id) != 16 or not any(span.trace_id):
        return "traceId must be 16 bytes, not all zero"
    if len(span.span_id) != 8 or not any(span.span_id):
        return "spanId must be 8 bytes, not all zero"
    if span.parent_span_id and len(span.parent_span_id) != 8:
        return "parentSpanId must be empty or 8 bytes"
    return None


def store_export(call: Call, request: Any, headers: Mapping[str, str]) -> dict[str, Any]:
    """Store every span of ``request`` as an event of its session; the OTLP answer.

    ``call`` is a ``Call`` of ``AUTHORIZED_AS`` in a write transaction; ``headers`` have
    lower-case names (``x-source`` names the source of spans that carry none).
    """
    trace_pb2 = importlib.import_module("opentelemetry.proto.trace.v1.trace_pb2")
    enums = (trace_pb2.Span.SpanKind, trace_pb2.Status.StatusCode)
    header_source = headers.get("x-source", "").strip() or None
    sessions: dict[str, list[dict[str, Any]]] = {}
    named: dict[str, str] = {}  # session names the spans give
    root_names: dict[str, str] = {}  # else the name of the session's first root span
    rejected: list[str] = []
    for resource_spans in request.resource_spans:
        resource = _attributes(resource_spans.resource.attributes)
        for scope_spans in resource_spans.scope_spans:
            for span in scope_spans.spans:
                issue = _span_problem(span)
                if issue is not None:
                    rejected.append(f"span {span.name!r}: {issue}")
                    continue
                attrs = _attributes(span.attributes)
                event = _span_event(span, attrs, scope_spans.scope, resource, header_source, enums)
                session_id = event["session_id"]
                sessions.setdefault(session_id, []).append(event)
                name = next((attrs[k] for k in _SESSION_NAME_KEYS if attrs.get(k)), None)
                if name is not None:
                    named[session_id] = str(name)
                elif not span.parent_span_id:
                    root_names.setdefault(session_id, event["event_name"])
    for session_id, group in sessions.items():
        name = named.get(session_id) or root_names.get(session_id)
        _store_group(call, session_id, group, name)
    if not rejected:
        return {"partialSuccess": {}}
    return {
        "partialSuccess": {
            # int64 is a decimal string in protobuf's JSON mapping.
            "rejectedSpans": str(len(rejected)),
            "errorMessage": "; ".join(rejected[:10]) + (" ..." if len(rejected) > 10 else ""),
        }
    }


def _store_group(
    call: Call, session_id: str, group: list[dict[str, Any]], name: str | None
) -> None:
    # The session's event is made only if missing (the tracer normally starts it first).
    session: dict[str, Any] = {"session_id": session_id}
    if name:
        session["session_name"] = name
    first = next((e for e in group if e.get("project")), None)
    if first is not None:
        session["project"] = first["project"]
    source = next((e["source"] for e in group if e.get("source")), None)
    if source is not None:
        session["source"] = source
    starts = [e["start_time"] for e in group if "start_time" in e]
    ends = [e["end_time"] for e in group if "end_time" in e]
    if starts:
        session["start_time"] = min(starts)
    if ends and starts:
        session["end_time"] = max(max(ends), min(starts))
    body = {"events": group, "single_session": True, "session_properties": session}
    events.create_event_batch(dataclasses.replace(call, body=body))
