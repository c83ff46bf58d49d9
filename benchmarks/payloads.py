"""Deterministic event payloads shared by the sink server and the benchmark cases.

The cases send `new_event` payloads; the sink serves `stored_events` (and the session whose
root is `session_root`) back, so every run reads the same bytes.
"""

from __future__ import annotations

import uuid
from typing import Any

SESSION_ID = "6f1c2a4e-3b5d-4c7e-9f80-1a2b3c4d5e6f"
PROJECT = "bench-project"

_NAMESPACE = uuid.UUID("8a0e5c1d-2f3b-4a6c-8d9e-0b1c2d3e4f50")


def event_id(i: int) -> str:
    """The stable UUID of the ``i``-th benchmark event."""
    return str(uuid.uuid5(_NAMESPACE, str(i)))


def new_event(i: int) -> dict[str, Any]:
    """A realistic model event as a user (or a tracer) passes it to ``events.create``."""
    return {
        "project": PROJECT,
        "source": "benchmark",
        "event_name": f"openai_completion_{i % 7}",
        "event_type": "model",
        "event_id": event_id(i),
        "session_id": SESSION_ID,
        "parent_id": SESSION_ID,
        "config": {"model": "gpt-4o-mini", "provider": "openai", "temperature": 0.2},
        "inputs": {
            "chat_history": [
                {"role": "system", "content": "You are a helpful assistant."},
                {"role": "user", "content": f"Summarise document number {i} in one line."},
            ]
        },
        "outputs": {"role": "assistant", "content": f"Document {i} is about benchmarks."},
        "error": None,
        "start_time": 1_735_000_000_000.0 + i,
        "end_time": 1_735_000_000_420.0 + i,
        "duration": 420.0,
        "metadata": {"prompt_tokens": 31, "completion_tokens": 9, "total_tokens": 40},
        "metrics": {"latency_ok": True},
        "user_properties": {"user_id": f"user-{i % 100}"},
    }


def stored_event(i: int) -> dict[str, Any]:
    """An event as the service returns it (``new_event`` plus server-side fields)."""
    event = new_event(i)
    event["children_ids"] = []
    event["feedback"] = {}
    event["project_id"] = "65f0c0ffee0000000000beef"
    event["tenant"] = "bench-tenant"
    event["created_at"] = "2025-01-01T00:00:00.000Z"
    return event


def stored_events(count: int) -> list[dict[str, Any]]:
    """The ``count`` events a read of the project answers with, in the order it serves them."""
    return [stored_event(i) for i in range(count)]


def session_root(children: int) -> dict[str, Any]:
    """The root event of the benchmark session, whose children are ``stored_events(children)``."""
    return {
        "project": PROJECT,
        "source": "benchmark",
        "event_name": "bench_session",
        "event_type": "session",
        "event_id": SESSION_ID,
        "session_id": SESSION_ID,
        "children_ids": [event_id(i) for i in range(children)],
        "inputs": {},
        "outputs": {},
        "metadata": {},
        "start_time": 1_735_000_000_000.0,
        "end_time": 1_735_000_100_000.0,
        "duration": 100_000.0,
    }
