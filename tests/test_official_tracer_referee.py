"""The local server turns the official tracer's spans into the events of one session.

``official_sdk/drive_tracer.py`` runs under the real ``honeyhive==1.7.0`` (the cached
``.venv-official/``; see ``official_sdk.harness.official_python``): ``HoneyHiveTracer.init``
against a ``LocalServer``, a ``@trace`` chain calling a tool, a model and a tool that raises,
``enrich_span`` and ``enrich_session``, then flush and shutdown. It runs once per wire
format the tracer can choose: OTLP/JSON (its default) and protobuf (``HH_OTLP_PROTOCOL``).
This package's client then reads the session back and every traced call must be there as
the tracer described it. Skipped only when the package registry cannot be reached.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from official_sdk.harness import TracerRun, official_python, run_tracer_driver

from honeyhive import HoneyHive
from honeyhive.local import LocalServer
from honeyhive.local.asgi import LocalApp, Message, Receive, Scope, Send
from honeyhive.local.otlp import TRACES_PATH

PROJECT = "tracer-referee"
SOURCE = "referee-ci"
SESSION_NAME = "referee-session"
QUESTION = "Which port does the local server use?"
DOCUMENTS = [
    {"id": "doc-1", "text": "The server binds 127.0.0.1.", "score": 0.9},
    {"id": "doc-2", "text": "Port 0 picks a free port.", "score": 0.7},
]
ANSWER = "It picks a free port."
FAILURE = "search backend timed out"
MESSAGES = [
    {"role": "system", "content": " ".join(str(d["text"]) for d in DOCUMENTS)},
    {"role": "user", "content": QUESTION},
]
# The tracer's own ``<event_name>_error`` sibling span of a call that raised.
SPANS = {
    "answer_question": "chain",
    "retrieve_documents": "tool",
    "rerank_documents": "tool",
    "rerank_documents_error": "tool",
    "generate_answer": "model",
}
WIRE_FORMATS = {
    "otlp-json": (None, "application/json"),
    "otlp-protobuf": ("http/protobuf", "application/x-protobuf"),
}


class RecordingApp(LocalApp):
    """The local server's app, noting each request's method, path, content type and status."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.seen: list[tuple[str, str, str, int]] = []

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Serve the request as ``LocalApp`` does, and note what came and what went back."""
        if scope["type"] != "http":
            await super().__call__(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        status: list[int] = []

        async def watch(message: Message) -> None:
            if message["type"] == "http.response.start":
                status.append(int(message["status"]))
            await send(message)

        await super().__call__(scope, receive, watch)
        ctype = headers.get("content-type", "").split(";")[0].strip()
        self.seen.append((scope["method"], scope["path"], ctype, status[0] if status else 0))


@dataclass
class Traced:
    """One run of the tracer driver, and the session as this package's client reads it."""

    run: TracerRun
    session_id: str
    session: Any
    events: list[dict[str, Any]]
    requests: list[tuple[str, str, str, int]]
    content_type: str
    by_name: dict[str, dict[str, Any]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.by_name = {e["event_name"]: e for e in self.events if e["event_type"] != "session"}


@pytest.fixture(scope="module")
def official(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The interpreter of the cached ``honeyhive==1.7.0`` venv."""
    return official_python(tmp_path_factory.mktemp("official-venv-check"))


@pytest.fixture(scope="module", params=sorted(WIRE_FORMATS))
def traced(
    request: pytest.FixtureRequest, official: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Traced]:
    """Run the driver with one wire format against a fresh server; read its session back."""
    protocol, content_type = WIRE_FORMATS[request.param]
    server = LocalServer()
    app = RecordingApp(server.api, faults=False)
    server.app = app
    with server:
        run = run_tracer_driver(
            str(official),
            server.url,
            server.api_key,
            tmp_path_factory.mktemp(request.param),
            project=PROJECT,
            session_name=SESSION_NAME,
            source=SOURCE,
            protocol=protocol,
        )
        assert run.returncode == 0 and run.result is not None, run.report(server.api_key)
        session_id = str(run.result["session_id"])
        with HoneyHive(api_key=server.api_key, base_url=server.url) as client:
            session = client.sessions.get(session_id)
            found = client.events.get_by_session_id(session_id).events
        yield Traced(
            run, session_id, session, [e.to_dict() for e in found], list(app.seen), content_type
        )


def children(node: Any) -> dict[str, Any]:
    """The children of a session tree node, by event name."""
    return {c.event_name: c for c in (node.children or [])}


def test_driver_ran_against_the_local_server_in_the_chosen_wire_format(traced: Traced) -> None:
    """The pipeline ran, its session was started here, and every span post was a 200."""
    assert traced.run.result == {"session_id": traced.session_id, "answer": ANSWER, "flushed": True}
    assert uuid.UUID(traced.session_id)
    paths = [(method, path) for method, path, _, _ in traced.requests]
    assert ("POST", "/session/start") in paths
    exports = [r for r in traced.requests if r[:2] == ("POST", TRACES_PATH)]
    assert exports, f"no span export among {paths}"
    assert {(ctype, status) for _, _, ctype, status in exports} == {(traced.content_type, 200)}
    assert all(status == 200 for *_, status in traced.requests), traced.requests


def test_session_event_is_named_and_enriched(traced: Traced) -> None:
    """The session event carries its name, source and what ``enrich_session`` added."""
    session = traced.session
    assert session.event_type == "session"
    assert session.event_id == traced.session_id
    assert session.session_id == traced.session_id
    assert session.event_name == SESSION_NAME
    assert session.source == SOURCE
    assert session.metadata == {"pipeline": "rag"}
    assert session.outputs == {"answer": ANSWER}
    assert session.feedback == {"rating": 4}
    assert session.metrics == {"steps": 3}
    assert session.user_properties == {"plan": "free"}
    first = traced.events[0]
    assert (first["event_type"], first["event_id"]) == ("session", traced.session_id)


def test_every_traced_call_is_an_event_of_the_session(traced: Traced) -> None:
    """One event per span, each with the declared type and name, all in this session."""
    assert len(traced.events) == len(SPANS) + 1
    assert {name: e["event_type"] for name, e in traced.by_name.items()} == SPANS
    for event in traced.events:
        assert event["session_id"] == traced.session_id
        assert event["source"] == SOURCE
        assert event["project"] == traced.session.project


def test_parent_links_form_the_call_tree(traced: Traced) -> None:
    """The chain hangs under the session; the calls it made hang under the chain."""
    chain = traced.by_name["answer_question"]
    assert chain["parent_id"] == traced.session_id
    for name in SPANS.keys() - {"answer_question"}:
        event = traced.by_name[name]
        assert event["parent_id"] == chain["event_id"], name
        assert chain["start_time"] <= event["start_time"] <= event["end_time"]
        assert event["end_time"] <= chain["end_time"]
    assert len({e["event_id"] for e in traced.events}) == len(traced.events)
    # The same tree as sessions.get nests it.
    top = children(traced.session)
    assert list(top) == ["answer_question"]
    assert top["answer_question"].event_id == chain["event_id"]
    assert set(children(top["answer_question"])) == SPANS.keys() - {"answer_question"}


def test_chain_records_its_argument_return_value_and_enrichment(traced: Traced) -> None:
    """Decorator-captured inputs and result, plus ``enrich_span`` metadata, on the chain."""
    chain = traced.by_name["answer_question"]
    assert chain["inputs"] == {"question": QUESTION}
    assert chain["outputs"] == {"result": ANSWER}
    assert chain["metadata"]["documents_used"] == 2
    assert chain.get("error") is None
    assert chain["duration"] > 0


def test_tool_records_its_inputs_outputs_and_enrichment(traced: Traced) -> None:
    """The tool's arguments keep their types, its list result comes back as a list."""
    tool = traced.by_name["retrieve_documents"]
    assert tool["inputs"] == {"query": QUESTION, "top_k": 2}
    assert tool["outputs"] == {"result": DOCUMENTS}
    assert tool["metadata"]["retriever"] == "bm25"
    assert tool["metadata"]["index"] == "docs"
    assert tool["metrics"] == {"hits": 2}
    assert tool.get("error") is None


def test_model_records_messages_config_and_result(traced: Traced) -> None:
    """The model's message list (sent as JSON text) and dict result come back as objects."""
    model = traced.by_name["generate_answer"]
    assert model["inputs"] == {"messages": MESSAGES, "temperature": 0.2}
    assert model["outputs"] == {"result": {"role": "assistant", "content": ANSWER}}
    assert model["config"] == {"model": "gpt-referee", "temperature": 0.2}
    assert model["metrics"] == {"prompt_tokens": 21, "completion_tokens": 6}
    assert model.get("error") is None


def test_failing_call_records_its_error(traced: Traced) -> None:
    """The call that raised, and the tracer's ``_error`` span for it, both carry the error."""
    failed = traced.by_name["rerank_documents"]
    assert failed["inputs"] == {"documents": DOCUMENTS}
    assert not failed["outputs"]
    assert FAILURE in failed["error"]
    assert "TimeoutError" in failed["error"]
    sibling = traced.by_name["rerank_documents_error"]
    assert sibling["error"] == FAILURE
    others = SPANS.keys() - {"rerank_documents", "rerank_documents_error"}
    assert all(traced.by_name[name].get("error") is None for name in others)
