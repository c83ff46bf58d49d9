"""OTLP/HTTP ingestion (``POST /opentelemetry/v1/traces``) over a real loopback ``LocalServer``.

Hand-written OTLP payloads shaped like what HoneyHive's tracer sends (OTLP/JSON with hex
ids, and protobuf built with the ``opentelemetry-proto`` classes) become events, read back
through ``POST /v1/events/search`` and the session tree.
"""

from __future__ import annotations

import gzip
import json
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest
from opentelemetry.proto.common.v1.common_pb2 import (
    AnyValue,
    ArrayValue,
    InstrumentationScope,
    KeyValue,
)
from opentelemetry.proto.resource.v1.resource_pb2 import Resource
from opentelemetry.proto.trace.v1.trace_pb2 import ResourceSpans, ScopeSpans, Span, Status

from honeyhive.local import LocalServer
from honeyhive.local.otlp import event_id_for_span, unflatten
from honeyhive.local.spec import load_spec

SPEC = load_spec()
TRACES = "/opentelemetry/v1/traces"
SID = "6f1c0a9e-3b3d-4f6a-9f5e-0a1b2c3d4e5f"
TRACE = "d89b98b1299cc734ac3efe5d69a530d6"
ROOT, LLM, FAIL, STEP = (
    "14de407efef98a6f",
    "95ef82cd7eb98295",
    "7587e821cdcad19e",
    "390314ae65811e9c",
)
T0 = 1_700_000_000_000_000_000  # ns; 1_700_000_000_000 ms
PROJECT = "0123456789abcdef01234567"


@dataclass
class S:
    """A span to send: ids in hex, times in ns, attributes as Python values."""

    name: str
    span_id: str
    parent: str | None
    start: int
    end: int
    attributes: list[tuple[str, Any]]
    trace: str = TRACE
    error: str | None = None
    events: list[tuple[str, int, list[tuple[str, Any]]]] = field(default_factory=list)


def session_attrs(session_id: str = SID) -> list[tuple[str, Any]]:
    return [
        ("honeyhive.session_id", session_id),
        ("traceloop.association.properties.session_id", session_id),
        ("honeyhive.project", "otlp-project"),
        ("traceloop.association.properties.project", "otlp-project"),
        ("honeyhive.source", "otlp-source"),
        ("traceloop.association.properties.source", "otlp-source"),
    ]


def tracer_spans(session_id: str = SID) -> list[S]:
    """What a decorated pipeline looks like on the wire (children end, and come, first)."""
    base = session_attrs(session_id)
    return [
        S(
            "call_llm",
            LLM,
            ROOT,
            T0 + 1_000_000,
            T0 + 3_500_000,
            [
                *base,
                ("honeyhive_event_type", "model"),
                ("honeyhive_event_name", "call_llm"),
                ("honeyhive_inputs.messages", '[{"role": "user", "content": "hi"}]'),
                ("honeyhive_inputs.temperature", 0.2),
                ("honeyhive_metadata.event_type", "model"),
                ("honeyhive_metadata.nested.a", 1),
                ("honeyhive_metadata.nested.b.0", 1),
                ("honeyhive_metadata.nested.b.1", 2),
                ("gen_ai.request.model", "gpt-x"),
                ("gen_ai.usage.prompt_tokens", 11),
                ("honeyhive_feedback.thumbs", True),
                ("honeyhive_metrics.score", 0.75),
                ("honeyhive_config.model", "gpt-x"),
                ("honeyhive_user_properties.user_id", "u-1"),
                ("honeyhive_outputs.content", "hello"),
                ("honeyhive_outputs.result.0.id", "d1"),
                ("honeyhive_outputs.result.1.id", "d2"),
                ("honeyhive_outputs.tags", ["a", "b"]),
            ],
        ),
        S(
            "failing_tool_error",
            FAIL,
            ROOT,
            T0 + 4_000_000,
            T0 + 5_000_000,
            [
                *base,
                ("honeyhive_event_type", "tool"),
                ("honeyhive_error", "boom"),
                ("honeyhive_error_type", "ValueError"),
                ("honeyhive_duration_ms", 0.9),
            ],
            error="ValueError: boom",
            events=[("exception", T0 + 4_500_000, [("exception.type", "ValueError")])],
        ),
        S(
            "step",
            STEP,
            ROOT,
            T0 + 6_000_000,
            T0 + 7_000_000,
            [*base, ("honeyhive_event_type", "generic"), ("honeyhive_event_name", "a step")],
        ),
        S(
            "pipeline",
            ROOT,
            None,
            T0,
            T0 + 14_000_000,
            [
                *base,
                ("honeyhive_event_type", "chain"),
                ("honeyhive_event_name", "pipeline"),
                ("honeyhive_inputs.question", "what is up?"),
                ("honeyhive_outputs.result", "hello"),
                ("honeyhive_duration_ms", 13.5),
            ],
        ),
    ]


# -- payload builders ------------------------------------------------------------------------


def json_value(value: Any) -> dict[str, Any]:
    """OTLP/JSON AnyValue: int64 as a decimal string, as the tracer writes it."""
    if isinstance(value, bool):
        return {"boolValue": value}
    if isinstance(value, int):
        return {"intValue": str(value)}
    if isinstance(value, float):
        return {"doubleValue": value}
    if isinstance(value, list):
        return {"arrayValue": {"values": [json_value(v) for v in value]}}
    return {"stringValue": value}


def json_payload(spans: Sequence[S]) -> bytes:
    """An OTLP/JSON ExportTraceServiceRequest, the way the official tracer writes one."""
    out = []
    for s in spans:
        span: dict[str, Any] = {
            "traceId": s.trace,
            "spanId": s.span_id,
            "parentSpanId": s.parent,  # null for a root span, as the tracer sends it
            "name": s.name,
            "kind": "SPAN_KIND_INTERNAL",
            "startTimeUnixNano": str(s.start),
            "endTimeUnixNano": str(s.end),
            "attributes": [{"key": k, "value": json_value(v)} for k, v in s.attributes],
            "events": [
                {
                    "name": name,
                    "timeUnixNano": str(at),
                    "attributes": [{"key": k, "value": json_value(v)} for k, v in attrs],
                }
                for name, at, attrs in s.events
            ],
            "status": {"code": "STATUS_CODE_ERROR", "message": s.error}
            if s.error
            else {"code": "STATUS_CODE_UNSET"},
        }
        out.append(span)
    body = {
        "resourceSpans": [
            {
                "resource": {
                    "attributes": [
                        {"key": "service.name", "value": {"stringValue": "unknown_service"}}
                    ]
                },
                "scopeSpans": [{"scope": {"name": "honeyhive.1"}, "spans": out}],
            }
        ]
    }
    return json.dumps(body).encode()


def pb_value(value: Any) -> AnyValue:
    if isinstance(value, bool):
        return AnyValue(bool_value=value)
    if isinstance(value, int):
        return AnyValue(int_value=value)
    if isinstance(value, float):
        return AnyValue(double_value=value)
    if isinstance(value, list):
        return AnyValue(array_value=ArrayValue(values=[pb_value(v) for v in value]))
    return AnyValue(string_value=value)


def pb_attrs(pairs: Sequence[tuple[str, Any]]) -> list[KeyValue]:
    return [KeyValue(key=k, value=pb_value(v)) for k, v in pairs]


def protobuf_payload(spans: Sequence[S]) -> bytes:
    """The same request in binary protobuf, built with the generated classes."""
    out = []
    for s in spans:
        span = Span(
            trace_id=bytes.fromhex(s.trace),
            span_id=bytes.fromhex(s.span_id),
            parent_span_id=bytes.fromhex(s.parent) if s.parent else b"",
            name=s.name,
            kind=Span.SPAN_KIND_INTERNAL,
            start_time_unix_nano=s.start,
            end_time_unix_nano=s.end,
            attributes=pb_attrs(s.attributes),
            events=[
                Span.Event(name=name, time_unix_nano=at, attributes=pb_attrs(attrs))
                for name, at, attrs in s.events
            ],
            flags=256,
        )
        if s.error:
            span.status.CopyFrom(Status(code=Status.STATUS_CODE_ERROR, message=s.error))
        out.append(span)
    request = ExportTraceServiceRequest(
        resource_spans=[
            ResourceSpans(
                resource=Resource(attributes=pb_attrs([("service.name", "unknown_service")])),
                scope_spans=[ScopeSpans(scope=InstrumentationScope(name="honeyhive.1"), spans=out)],
            )
        ]
    )
    data: bytes = request.SerializeToString()
    return data


ENCODINGS = {
    "json": ("application/json", json_payload),
    "protobuf": ("application/x-protobuf", protobuf_payload),
}


# -- helpers ---------------------------------------------------------------------------------


@pytest.fixture
def admin(local_server: LocalServer) -> Iterator[httpx.Client]:
    with httpx.Client(
        base_url=local_server.url, headers={"Authorization": f"Bearer {local_server.api_key}"}
    ) as client:
        yield client


def export(
    client: httpx.Client, payload: bytes, content_type: str, **headers: str
) -> httpx.Response:
    return client.post(TRACES, content=payload, headers={"content-type": content_type, **headers})


def search(client: httpx.Client, session_id: str | None = None) -> list[dict[str, Any]]:
    """Every event (of one session, if given), read through the search route."""
    body: dict[str, Any] = {"limit": 1000}
    if session_id is not None:
        body["filters"] = [
            {"field": "session_id", "operator": "is", "value": session_id, "type": "string"}
        ]
    answer = client.post("/v1/events/search", json=body)
    assert answer.status_code == 200, answer.text
    events: list[dict[str, Any]] = answer.json()["events"]
    return events


def by_name(events: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """The events that are not sessions, by name."""
    return {e["event_name"]: e for e in events if e["event_type"] != "session"}


def sessions(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [e for e in events if e["event_type"] == "session"]


def eid(span_id: str, trace: str = TRACE) -> str:
    return event_id_for_span(bytes.fromhex(trace), bytes.fromhex(span_id))


# -- mapping ---------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", sorted(ENCODINGS))
def test_tracer_spans_become_events_of_their_session(admin: httpx.Client, encoding: str) -> None:
    started = admin.post(
        "/session/start", json={"session": {"session_id": SID, "session_name": "s"}}
    )
    assert started.status_code == 200, started.text
    content_type, build = ENCODINGS[encoding]
    answer = export(admin, build(tracer_spans()), content_type, **{"X-Source": "header-source"})
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"] == "application/json"
    assert answer.json() == {"partialSuccess": {}}

    found = search(admin, SID)
    # The session the tracer started is unchanged.
    assert [(e["event_id"], e["event_name"]) for e in sessions(found)] == [(SID, "s")]
    events = by_name(found)
    assert sorted(events) == ["a step", "call_llm", "failing_tool_error", "pipeline"]
    root, llm = events["pipeline"], events["call_llm"]
    assert root["event_id"] == eid(ROOT)
    assert root["parent_id"] == SID  # a root span hangs from the session's event
    assert (root["event_type"], root["project"], root["source"]) == (
        "chain",
        "otlp-project",
        "otlp-source",
    )
    assert (root["start_time"], root["end_time"], root["duration"]) == (
        1_700_000_000_000.0,
        1_700_000_000_014.0,
        13.5,  # honeyhive_duration_ms wins over end - start
    )
    assert root["inputs"] == {"question": "what is up?"}
    assert root["outputs"] == {"result": "hello"}

    assert llm["event_id"] == eid(LLM)
    assert llm["parent_id"] == eid(ROOT)
    assert llm["event_type"] == "model"
    assert (llm["start_time"], llm["end_time"], llm["duration"]) == (
        1_700_000_000_001.0,
        1_700_000_000_003.5,
        2.5,
    )
    # Flattened attributes are objects again; the JSON string argument is decoded.
    assert llm["inputs"] == {"messages": [{"role": "user", "content": "hi"}], "temperature": 0.2}
    assert llm["outputs"] == {
        "content": "hello",
        "result": [{"id": "d1"}, {"id": "d2"}],
        "tags": ["a", "b"],
    }
    assert llm["config"] == {"model": "gpt-x"}
    assert llm["metrics"] == {"score": 0.75}
    assert llm["feedback"] == {"thumbs": True}
    assert llm["user_properties"] == {"user_id": "u-1"}
    metadata = llm["metadata"]
    assert metadata["event_type"] == "model"
    assert metadata["nested"] == {"a": 1, "b": [1, 2]}
    # Attributes no field takes are kept in metadata, at their dotted path.
    assert metadata["gen_ai"] == {"request": {"model": "gpt-x"}, "usage": {"prompt_tokens": 11}}
    assert metadata["otel"]["span_id"] == LLM
    assert metadata["otel"]["trace_id"] == TRACE
    assert metadata["otel"]["parent_span_id"] == ROOT
    assert metadata["otel"]["scope"] == {"name": "honeyhive.1"}
    assert metadata["otel"]["resource"] == {"service.name": "unknown_service"}
    # The session attributes were used, not copied.
    assert "honeyhive" not in metadata and "traceloop" not in metadata

    failed = events["failing_tool_error"]
    assert failed["event_type"] == "tool"
    assert failed["error"] == "boom"
    assert failed["duration"] == 0.9
    assert failed["metadata"]["honeyhive_error_type"] == "ValueError"
    assert failed["metadata"]["otel"]["status"] == {
        "code": "STATUS_CODE_ERROR",
        "message": "ValueError: boom",
    }
    assert failed["metadata"]["otel"]["events"][0]["name"] == "exception"

    step = events["a step"]
    assert step["event_type"] == "generic"  # what the tracer said is kept
    assert step["metadata"]["otel"]["name"] == "step"


def test_json_and_protobuf_store_the_same_events(admin: httpx.Client) -> None:
    assert export(admin, json_payload(tracer_spans()), "application/json").status_code == 200
    first = search(admin, SID)
    # The same spans again, in the other encoding: nothing new, nothing changed.
    payload = protobuf_payload(tracer_spans())
    assert export(admin, payload, "application/x-protobuf").status_code == 200
    assert export(admin, payload, "application/x-protobuf").status_code == 200
    again = search(admin, SID)
    assert again == first
    assert len(again) == 5  # four spans and the session event made for them
    assert [e["event_id"] for e in sessions(again)] == [SID]


def test_a_session_nobody_started_gets_its_session_event(admin: httpx.Client) -> None:
    assert export(admin, json_payload(tracer_spans()), "application/json").status_code == 200
    tree = admin.get(f"/v1/sessions/{SID}")
    assert tree.status_code == 200, tree.text
    root = tree.json()
    assert (root["event_id"], root["event_type"]) == (SID, "session")
    assert root["event_name"] == "pipeline"  # named after the root span
    assert root["start_time"] == 1_700_000_000_000.0
    assert root["project"] == "otlp-project"
    [pipeline] = root["children"]
    assert pipeline["event_id"] == eid(ROOT)
    assert sorted(c["event_name"] for c in pipeline["children"]) == [
        "a step",
        "call_llm",
        "failing_tool_error",
    ]


def test_a_span_with_no_session_id_gets_the_trace_as_its_session(admin: httpx.Client) -> None:
    trace = "0af7651916cd43dd8448eb211c80319c"
    spans = [
        S(
            "chat gpt-x",
            "b7ad6b7169203331",
            None,
            T0,
            T0 + 1_000_000,
            [("gen_ai.operation.name", "chat"), ("gen_ai.request.model", "gpt-x")],
            trace=trace,
        ),
        S("plain", "00f067aa0ba902b7", "b7ad6b7169203331", T0, T0 + 1, [], trace=trace),
    ]
    assert export(admin, json_payload(spans), "application/json").status_code == 200
    session_id = str(uuid.UUID(trace))
    found = search(admin, session_id)
    events = by_name(found)
    assert sorted(events) == ["chat gpt-x", "plain"]
    chat = events["chat gpt-x"]
    assert chat["event_type"] == "model"  # gen_ai.operation.name, as the tracer maps it
    assert chat["parent_id"] == session_id
    assert chat["metadata"]["gen_ai"] == {
        "operation": {"name": "chat"},
        "request": {"model": "gpt-x"},
    }
    assert events["plain"]["event_type"] == "chain"  # nothing says: chain
    assert events["plain"]["source"] == "unknown"
    session = admin.get(f"/v1/sessions/{session_id}").json()
    assert (session["event_type"], session["event_name"]) == ("session", "chat gpt-x")


def test_the_answer_about_a_generic_event_still_matches_the_contract(admin: httpx.Client) -> None:
    assert export(admin, json_payload(tracer_spans()), "application/json").status_code == 200
    path = f"/v1/events/{eid(STEP)}"
    answer = admin.get(path)
    assert answer.status_code == 200
    assert answer.json()["event"]["event_type"] == "generic"
    assert SPEC.response_errors("GET", path, 200, dict(answer.headers), answer.content) == []


def test_bad_spans_are_refused_one_by_one(admin: httpx.Client) -> None:
    good = tracer_spans()[3]
    body = json.loads(json_payload([good, good]))
    body["resourceSpans"][0]["scopeSpans"][0]["spans"][1]["spanId"] = "abcd"
    answer = export(admin, json.dumps(body).encode(), "application/json")
    assert answer.status_code == 200
    assert answer.json() == {
        "partialSuccess": {
            "rejectedSpans": "1",
            "errorMessage": "span 'pipeline': spanId must be 8 bytes, not all zero",
        }
    }
    found = search(admin, SID)
    assert [e["event_id"] for e in found if e["event_type"] != "session"] == [eid(ROOT)]


def test_gzip_bodies_and_a_missing_content_type(admin: httpx.Client) -> None:
    packed = gzip.compress(protobuf_payload(tracer_spans()[:1]))
    answer = admin.post(
        TRACES,
        content=packed,
        headers={"content-type": "application/x-protobuf", "content-encoding": "gzip"},
    )
    assert answer.status_code == 200, answer.text
    assert admin.get(f"/v1/events/{eid(LLM)}").status_code == 200
    # No content type: a body starting with "{" is read as JSON.
    answer = admin.post(TRACES, content=json_payload(tracer_spans()[3:]))
    assert answer.status_code == 200, answer.text
    assert admin.get(f"/v1/events/{eid(ROOT)}").status_code == 200


# -- unflattening ----------------------------------------------------------------------------


def test_unflatten_rebuilds_objects_and_lists_and_drops_nothing() -> None:
    assert unflatten([("a.b", 1), ("a.c.0", "x"), ("a.c.1", "y"), ("d", True)]) == {
        "a": {"b": 1, "c": ["x", "y"]},
        "d": True,
    }
    # A gap (the tracer skips None items) is a null; keys not starting at 0 stay keys.
    assert unflatten([("l.0", 1), ("l.2", 3)]) == {"l": [1, None, 3]}
    assert unflatten([("m.1", 1), ("m.2", 2)]) == {"m": {"1": 1, "2": 2}}
    # A path taken by a value: the other value stays under its whole name.
    assert unflatten([("a", 1), ("a.b", 2)]) == {"a": 1, "a.b": 2}
    assert unflatten([("a.b", 2), ("a", 1)]) == {"a": {"b": 2}, "a#2": 1}
    # Objects that came as values (decoded JSON) are not turned into lists.
    assert unflatten([("o", {"0": "z"})]) == {"o": {"0": "z"}}


# -- access and bad requests -----------------------------------------------------------------


def test_keys_are_checked_like_on_every_route(
    local_server: LocalServer, admin: httpx.Client
) -> None:
    payload = json_payload(tracer_spans())
    missing = httpx.post(f"{local_server.url}{TRACES}", content=payload)
    assert missing.status_code == 401
    assert missing.json()["errorCode"] == "UNAUTHORIZED"
    unknown = httpx.post(
        f"{local_server.url}{TRACES}", content=payload, headers={"Authorization": "Bearer nope"}
    )
    assert unknown.status_code == 401
    assert "nope" not in unknown.text

    minted = admin.post(f"/v1/projects/{PROJECT}/ingestion_api_keys", json={"name": "tracer"})
    assert minted.status_code == 200, minted.text
    key = minted.json()["data"]["key_value"]
    with httpx.Client(base_url=local_server.url, headers={"Authorization": f"Bearer {key}"}) as c:
        answer = export(c, payload, "application/json")
        assert answer.status_code == 200, answer.text
        # Spans that name no project land in the key's project.
        solo_trace = "5b8efff798038103d269b633813fc60c"
        solo = S("solo", "eee19b7ec3c1b174", None, T0, T0 + 1, [], trace=solo_trace)
        assert export(c, json_payload([solo]), "application/json").status_code == 200
        # The key may post traces, not read them back.
        assert c.post("/v1/events/search", json={}).status_code == 403
    solo_event = admin.get(f"/v1/events/{eid('eee19b7ec3c1b174', solo_trace)}").json()["event"]
    assert solo_event["project_id"] == PROJECT
    stored = by_name(search(admin, SID))["call_llm"]
    assert (stored["event_type"], stored["project"]) == ("model", "otlp-project")

    reader = admin.post(
        f"/v1/projects/{PROJECT}/fine_grained_api_keys",
        json={"name": "r", "permissions": ["events:read"], "expires_at": "2999-01-01T00:00:00Z"},
    ).json()["data"]["key_value"]
    with httpx.Client(
        base_url=local_server.url, headers={"Authorization": f"Bearer {reader}"}
    ) as c:
        refused = export(c, payload, "application/json")
        assert refused.status_code == 403
        assert "events:write" in refused.json()["message"]


def test_only_post_is_allowed(admin: httpx.Client) -> None:
    answer = admin.get(TRACES)
    assert answer.status_code == 405
    assert answer.headers["allow"] == "POST"
    assert answer.json()["errorCode"] == "METHOD_NOT_ALLOWED"


@pytest.mark.parametrize(
    ("content", "content_type", "code"),
    [
        (b'{"resourceSpans": [', "application/json", "INVALID_JSON"),
        (b"[1, 2]", "application/json", "INVALID_OTLP"),
        (b'{"resourceSpans": 5}', "application/json", "INVALID_OTLP"),
        (
            b'{"resourceSpans": [{"scopeSpans": [{"spans": [{"spanId": 5}]}]}]}',
            "application/json",
            "INVALID_OTLP",
        ),
        (b"\xff\xff\xff\xff", "application/x-protobuf", "INVALID_OTLP"),
        (b"\x1f\x8b nope", "application/x-protobuf", "INVALID_OTLP"),
        (b"{}", "text/plain", "UNSUPPORTED_MEDIA_TYPE"),
    ],
)
def test_malformed_bodies_are_400(
    admin: httpx.Client, content: bytes, content_type: str, code: str
) -> None:
    headers = {"content-type": content_type}
    if content.startswith(b"\x1f\x8b"):
        headers["content-encoding"] = "gzip"
    answer = admin.post(TRACES, content=content, headers=headers)
    assert answer.status_code == 400, answer.text
    body = answer.json()
    assert body["errorCode"] == code
    assert isinstance(body["message"], str) and body["message"]
    assert search(admin) == []


def test_the_body_size_limit_applies() -> None:
    with LocalServer(max_body_bytes=2000) as server:
        auth = {"Authorization": f"Bearer {server.api_key}", "content-type": "application/json"}
        big = json_payload(tracer_spans())
        assert len(big) > 2000
        answer = httpx.post(f"{server.url}{TRACES}", content=big, headers=auth)
        assert answer.status_code == 413
        # Inflated, a small gzip body is held to the same limit.
        packed = gzip.compress(big)
        assert len(packed) < 2000
        answer = httpx.post(
            f"{server.url}{TRACES}",
            content=packed,
            headers={**auth, "content-encoding": "gzip"},
        )
        assert answer.status_code == 413
        assert answer.json()["errorCode"] == "PAYLOAD_TOO_LARGE"
