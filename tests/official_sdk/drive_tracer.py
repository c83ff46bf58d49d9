"""Trace a small pipeline with the official HoneyHive tracer 1.7.0 and export it to a server.

Written the way a user of ``honeyhive==1.7.0`` writes it: ``HoneyHiveTracer.init`` with
its documented keywords, ``@trace`` on a chain that calls a tool, a model and a tool that
raises, ``enrich_span`` inside them and ``tracer.enrich_session`` on the session, then
``flush()`` and ``shutdown()``. The wire format is the tracer's own choice: OTLP/JSON by
default, protobuf when the environment says ``HH_OTLP_PROTOCOL=http/protobuf``.

Usage: ``python drive_tracer.py --base-url URL --api-key KEY --project NAME
--session-name NAME --source NAME``. Prints one JSON line, ``{"session_id": ...,
"answer": ..., "flushed": ...}``, and exits 0 when the pipeline ran and the flush succeeded.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from typing import Any

from honeyhive import HoneyHiveTracer, enrich_span, trace

QUESTION = "Which port does the local server use?"
DOCUMENTS = [
    {"id": "doc-1", "text": "The server binds 127.0.0.1.", "score": 0.9},
    {"id": "doc-2", "text": "Port 0 picks a free port.", "score": 0.7},
]
MODEL = "gpt-referee"
ANSWER = "It picks a free port."
FAILURE = "search backend timed out"


@trace(event_type="tool", event_name="retrieve_documents")
def retrieve_documents(query: str, top_k: int) -> list[dict[str, Any]]:
    """The retrieval tool: returns the ``top_k`` best documents for ``query``."""
    enrich_span(metadata={"retriever": "bm25", "index": "docs"}, metrics={"hits": top_k})
    return DOCUMENTS[:top_k]


@trace(event_type="model", event_name="generate_answer")
def generate_answer(messages: list[dict[str, str]], temperature: float) -> dict[str, str]:
    """The model call: answers the last user message."""
    enrich_span(
        config={"model": MODEL, "temperature": temperature},
        metrics={"prompt_tokens": 21, "completion_tokens": 6},
    )
    return {"role": "assistant", "content": ANSWER}


@trace(event_type="tool", event_name="rerank_documents")
def rerank_documents(documents: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A tool whose backend fails: it raises."""
    raise TimeoutError(FAILURE)


@trace(event_type="chain", event_name="answer_question")
def answer_question(question: str) -> str:
    """The chain: retrieve, try to rerank (it fails), then ask the model."""
    documents = retrieve_documents(question, 2)
    with contextlib.suppress(TimeoutError):  # the pipeline goes on with unranked documents
        documents = rerank_documents(documents)
    context = " ".join(d["text"] for d in documents)
    messages = [
        {"role": "system", "content": context},
        {"role": "user", "content": question},
    ]
    reply = generate_answer(messages, 0.2)
    enrich_span(metadata={"documents_used": len(documents)})
    return reply["content"]


def main(argv: list[str] | None = None) -> int:
    """Run the traced pipeline against ``--base-url``; print the session id used."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    for flag in ("--base-url", "--api-key", "--project", "--session-name", "--source"):
        parser.add_argument(flag, required=True)
    args = parser.parse_args(argv)

    tracer = HoneyHiveTracer.init(
        api_key=args.api_key,
        project=args.project,
        session_name=args.session_name,
        server_url=args.base_url,
        source=args.source,
    )
    answer = answer_question(QUESTION)
    tracer.enrich_session(
        metadata={"pipeline": "rag"},
        outputs={"answer": answer},
        feedback={"rating": 4},
        metrics={"steps": 3},
        user_properties={"plan": "free"},
    )
    flushed = tracer.flush()
    tracer.shutdown()
    print(json.dumps({"session_id": tracer.session_id, "answer": answer, "flushed": flushed}))
    return 0 if flushed else 1


if __name__ == "__main__":
    sys.exit(main())
