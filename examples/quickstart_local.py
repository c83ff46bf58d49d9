"""Quickstart: log a session's events to a local HoneyHive-compatible server and read them back.

Runs with no network and no account: ``honeyhive.local.LocalServer`` serves the HoneyHive API
on a loopback port, and the client talks to it exactly as it would to api.honeyhive.ai::

    pip install -e ".[local]"
    python examples/quickstart_local.py

Against the real service, drop the server and write ``HoneyHive(api_key="hh_...")`` (or set
``HH_API_KEY``); nothing else changes.
"""

from __future__ import annotations

import time

from honeyhive import HoneyHive
from honeyhive.local import LocalServer
from honeyhive.models import PostEventRequest

PROJECT = "quickstart"


def main() -> None:
    """Start a local server, log a session to it, and print what it stored."""
    with LocalServer() as server, HoneyHive(api_key=server.api_key, base_url=server.url) as client:
        print(f"local HoneyHive server at {server.url}")

        session = client.sessions.start(
            {
                "session_name": "support-chat",
                "project": PROJECT,
                "source": "quickstart",
                "inputs": {"user_id": "u123"},
            }
        )
        session_id = session.session_id

        # One event per step of the app: a retrieval (tool), then the LLM call (model).
        now_ms = time.time() * 1000
        client.events.create(
            {
                "project": PROJECT,
                "session_id": session_id,
                "event_type": "tool",
                "event_name": "search_docs",
                "inputs": {"query": "reset my password"},
                "outputs": {"hits": 3},
                "start_time": now_ms,
                "duration": 42,
            }
        )
        completion = client.events.create(
            PostEventRequest(
                project=PROJECT,
                session_id=session_id,
                event_type="model",
                event_name="openai_completion",
                inputs={"messages": [{"role": "user", "content": "How do I reset it?"}]},
                outputs={"response": "Use 'Forgot password' on the sign-in page."},
                config={"model": "gpt-4o", "provider": "openai"},
                metadata={"total_tokens": 57},
                start_time=now_ms + 50,
                duration=850,
            )
        )

        # Many events at once: sent in chunks of 500, every id returned in input order.
        batch = client.events.create_batch(
            {
                "events": [
                    {
                        "project": PROJECT,
                        "session_id": session_id,
                        "event_type": "chain",
                        "event_name": f"grade_answer_{i}",
                        "inputs": {"answer_id": i},
                        "outputs": {"grade": "pass" if i % 3 else "review"},
                        "start_time": now_ms + 1000 + i,
                    }
                    for i in range(5)
                ]
            }
        )

        # On a hot path, log without waiting: add() returns at once (no I/O on this thread);
        # a background sender batches, retries, and flushes when the block ends.
        with client.events.logger(flush_interval=0.5) as log:
            for i in range(3):
                log.add(
                    {
                        "project": PROJECT,
                        "session_id": session_id,
                        "event_type": "tool",
                        "event_name": f"ui_click_{i}",
                        "inputs": {"button": i},
                    }
                )
        print(f"logged in the background: {log.stats.sent} sent, {log.stats.dropped} dropped")

        # Feedback arrives later: merge it into the stored model event.
        client.events.update(
            {"event_id": completion.event_id, "feedback": {"rating": 5, "helpful": True}}
        )

        print(
            f"session {session_id}: 2 events, a batch of {len(batch.event_ids)}, "
            "3 logged in the background"
        )

        stored = client.events.get_by_session_id(session_id)
        print(f"\nthe server stored {len(stored.events)} events for the session:")
        for event in stored.events:
            extra = f"  feedback={event.feedback}" if event.feedback else ""
            print(f"  {event.event_type:<8} {event.event_name:<18} {event.event_id}{extra}")

        models = client.events.list(
            {
                "project": PROJECT,
                "filters": [{"field": "event_type", "value": "model", "operator": "is"}],
            }
        )
        print(f"\nmodel events in project {PROJECT!r}: {len(models.events)}")
        for event in models.events:
            print(f"  {event.event_name}: {event.outputs}")


if __name__ == "__main__":
    main()
