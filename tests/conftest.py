"""Shared fixtures: a fresh local HoneyHive server per test, on a real loopback socket.

``local_server`` starts in a few milliseconds (the spec is parsed once per process) and
stops as fast, so every test can have its own empty server. Its fault injector is on:
``local_server.faults.script("POST /events", [Fault.rate_limited(1)])``.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from honeyhive.local import LocalServer


@pytest.fixture
def local_server() -> Iterator[LocalServer]:
    """A new in-memory local server with fault injection, stopped after the test."""
    with LocalServer(faults=True) as server:
        yield server


@pytest.fixture
def server_url(local_server: LocalServer) -> str:
    """Base URL of ``local_server``, e.g. ``http://127.0.0.1:54321``."""
    return local_server.url


@pytest.fixture
def api_key(local_server: LocalServer) -> str:
    """An API key ``local_server`` accepts."""
    return local_server.api_key
