"""Case 2t: the cost of the reliability layer alone on a plain successful call.

Both sides are bare ``httpx.Client`` objects posting the same body to the sink; ours is built
by ``honeyhive._transport.build_sync_client`` (retry loop, a client-side rate limiter far
above the call rate, logging decisions), the baseline is a plain pooled client. The
difference is what the retry/rate-limit/logging transport costs when nothing goes wrong.
"""

from __future__ import annotations

import httpx

from ._harness import API_KEY, Result, Settings, median
from ._harness import spread as _spread
from .case_create import TIMEOUT, WARM_UP, _timed
from .payloads import new_event
from .sink import SinkProcess


def run(settings: Settings, sink: SinkProcess, profile: bool = False) -> Result:
    """Case 2t: CPU per successful POST through our transport vs a plain httpx.Client."""
    from honeyhive._transport import RateLimiter, RetryConfig, build_sync_client, make_limits

    n = settings.create_calls
    result = Result("2t", f"retry/rate-limit transport x{n}", "µs CPU/call", "ratio<=", 1.15)
    headers = {"Authorization": f"Bearer {API_KEY}", "Accept": "application/json"}
    body = {"event": new_event(0)}
    ours = build_sync_client(
        base_url=sink.url,
        headers=headers,
        timeout=TIMEOUT,
        retry=RetryConfig(),
        limiter=RateLimiter(1_000_000, 1.0),
        limits=make_limits(),
    )
    raw = httpx.Client(base_url=sink.url, headers=headers, timeout=TIMEOUT)
    with ours, raw:
        for client in (ours, raw):
            for _ in range(WARM_UP):
                client.post("/events", json=body).json()
        samples: dict[str, list[float]] = {"ours": [], "raw": []}
        for _ in range(settings.create_rounds):
            for label, client in (("ours", ours), ("raw", raw)):

                def one_round(client: httpx.Client = client) -> None:
                    for _ in range(n):
                        client.post("/events", json=body).json()

                cpu, _ = _timed(one_round)
                samples[label].append(cpu / n * 1e6)
    result.ours = median(samples["ours"])
    result.baseline = median(samples["raw"])
    result.notes.append(
        f"ours {_spread(samples['ours'])}, baseline {_spread(samples['raw'])} µs CPU per call"
    )
    return result
