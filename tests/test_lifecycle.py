"""Connection pools end cleanly: event loops that finish, ``with`` blocks, dropped clients.

Each test runs real requests to the local server, then collects garbage with every warning
recorded: an unclosed socket or transport would show up as a ``ResourceWarning``.
"""

from __future__ import annotations

import asyncio
import gc
import warnings
from collections.abc import Callable

import httpx
import pytest
import trio
from _relays import RecordingProxy

from honeyhive import HoneyHive
from honeyhive.local import LocalServer


def resource_warnings(run: Callable[[], object]) -> list[str]:
    """The ResourceWarnings raised while ``run`` runs and its garbage is collected."""
    with warnings.catch_warnings():
        # What earlier tests left behind is theirs, not this test's.
        warnings.simplefilter("ignore", ResourceWarning)
        gc.collect()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        run()
        gc.collect()
        gc.collect()
    return [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)]


def test_sync_with_block_inside_async_code_closes_the_async_pool(
    local_server: LocalServer,
) -> None:
    def run() -> None:
        async def main() -> None:
            with HoneyHive(api_key=local_server.api_key, base_url=local_server.url) as hh:
                assert await hh.tools.list_async() == []
                assert hh._pools.async_

        asyncio.run(main())

    assert resource_warnings(run) == []


def test_a_client_used_under_two_event_loops_then_closed(local_server: LocalServer) -> None:
    hh = HoneyHive(api_key=local_server.api_key, base_url=local_server.url)

    async def use() -> None:
        assert await hh.tools.list_async() == []

    def run() -> None:
        asyncio.run(use())
        # The first loop is gone and took its pool with it; the second gets a new one.
        assert not hh._pools.async_
        asyncio.run(use())
        asyncio.run(hh.aclose())  # a third loop: no "Event loop is closed"
        hh.close()

    assert resource_warnings(run) == []


def test_aclose_after_the_loop_is_gone_does_not_fail(local_server: LocalServer) -> None:
    hh = HoneyHive(api_key=local_server.api_key, base_url=local_server.url)
    loop = asyncio.new_event_loop()
    loop.run_until_complete(hh.tools.list_async())
    loop.close()  # closed without shutting down its async generators
    asyncio.run(hh.aclose())
    assert not hh._pools.async_
    # Such a loop's sockets cannot be closed any more (asyncio.run would have closed them
    # while it ran): collect them here, so their warning does not land in another test.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        del loop
        gc.collect()


def test_a_client_dropped_without_close_leaves_no_open_socket(local_server: LocalServer) -> None:
    def run() -> None:
        hh = HoneyHive(api_key=local_server.api_key, base_url=local_server.url)
        assert hh.tools.list() == []

        async def use(client: HoneyHive) -> None:
            assert await client.tools.list_async() == []

        asyncio.run(use(hh))
        del hh

    assert resource_warnings(run) == []


def test_trio_run_closes_its_pool(local_server: LocalServer) -> None:
    hh = HoneyHive(api_key=local_server.api_key, base_url=local_server.url)

    async def use() -> None:
        assert await hh.tools.list_async() == []

    def run() -> None:
        trio.run(use)
        trio.run(use)
        hh.close()

    assert resource_warnings(run) == []
    assert not hh._pools.async_


def test_low_level_with_headers_and_with_timeout_leave_the_facade_alone(
    local_server: LocalServer,
) -> None:
    from honeyhive_api.api.tools import get_tools

    with (
        RecordingProxy() as proxy,
        httpx.Client(proxy=proxy.url) as mine,
        HoneyHive(api_key=local_server.api_key, base_url=local_server.url, http_client=mine) as hh,
    ):
        tagged = hh.low_level.with_headers({"X-Only-Here": "1"})
        quick = hh.low_level.with_timeout(httpx.Timeout(0.2))
        get_tools.sync_detailed(client=tagged)
        assert proxy.requests[-1].headers["x-only-here"] == "1"
        hh.tools.list()
        assert "x-only-here" not in proxy.requests[-1].headers
        get_tools.sync_detailed(client=hh.low_level)
        assert "x-only-here" not in proxy.requests[-1].headers
        assert hh.low_level.get_httpx_client().timeout != httpx.Timeout(0.2)
        assert quick.get_httpx_client().timeout == httpx.Timeout(0.2)
        # The derived clients share the facade's pool and retrying transport.
        assert hh.low_level.get_httpx_client() is hh._sync_http(local_server.url)
        assert "X-Only-Here" not in hh._sync_http(local_server.url).headers


@pytest.mark.parametrize("method", ["with_headers", "with_cookies"])
def test_low_level_derived_clients_keep_the_key_secret(method: str) -> None:
    hh = HoneyHive(api_key="hh_secret_value", base_url="http://127.0.0.1:9")
    derived = getattr(hh.low_level, method)({"a": "b"})
    assert "hh_secret_value" not in repr(derived)
