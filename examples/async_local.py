"""Async quickstart: concurrent events, a chunked batch that partly fails, page iteration.

Every method has an ``_async`` twin on the same client. This example logs events from many
tasks at once, sends a batch whose second chunk the (local) server refuses, resends what
``BatchError`` reports as not stored, then walks every event page by page::

    pip install -e ".[local]"
    python examples/async_local.py
"""

from __future__ import annotations

import asyncio

from honeyhive import BatchError, HoneyHive
from honeyhive.local import LocalServer
from honeyhive.local.faults import Fault

PROJECT = "async-quickstart"


async def main(server: LocalServer) -> None:
    """Log concurrently, recover from a partial batch failure, and read everything back."""
    async with HoneyHive(api_key=server.api_key, base_url=server.url) as client:
        session = await client.sessions.start_async({"session_name": "fan-out", "project": PROJECT})
        sid = session.session_id

        # 50 tasks logging at once share one pooled connection set.
        await asyncio.gather(
            *(
                client.events.create_async(
                    {
                        "project": PROJECT,
                        "session_id": sid,
                        "event_type": "tool",
                        "event_name": f"fetch_{i}",
                        "inputs": {"url": f"https://example.com/{i}"},
                    }
                )
                for i in range(50)
            )
        )

        # Make the server refuse the second chunk of the next batch (a 400 is not retried).
        assert server.faults is not None
        server.faults.script("POST /events/batch", [Fault.delay(0), Fault.respond(400)])
        events = [
            {
                "project": PROJECT,
                "session_id": sid,
                "event_type": "chain",
                "event_name": f"score_{i}",
                "inputs": {"i": i},
            }
            for i in range(250)
        ]
        try:
            await client.events.create_batch_async(events, chunk_size=100)
        except BatchError as error:
            print(f"batch partly stored: {len(error.stored_event_ids)} stored, ", end="")
            print(f"{len(error.failed_event_ids)} not ({type(error.__cause__).__name__})")
            # The failed events keep the ids the client gave them: resending cannot duplicate.
            retry = await client.events.create_batch_async(error.failed_events)
            print(f"resent {len(retry.event_ids)} events")

        count = 0
        async for _event in client.events.iter_async({"project": PROJECT, "limit": 100}):
            count += 1
        print(f"{count} events stored for project {PROJECT!r} (1 session + 50 + 250)")


if __name__ == "__main__":
    with LocalServer() as local:
        asyncio.run(main(local))
