"""Your own httpx client under HoneyHive's retries: proxy, CA bundle, mTLS, event hooks.

A recording forward proxy and a TLS front (client certificates from a throwaway CA made by
``trustme``) sit on loopback in front of the local server; the user's ``httpx.Client``
carries the proxy or the certificates, and HoneyHive's retries, timeouts and errors keep
working over it.
"""

from __future__ import annotations

import ssl
from collections.abc import Iterator

import httpx
import pytest
import trustme
from _relays import RecordingProxy, TLSFront

from honeyhive import HoneyHive, HoneyHiveConnectionError
from honeyhive.local import LocalServer
from honeyhive.local.faults import Fault

FAST_RETRIES = {"initial_backoff": 0, "max_backoff": 0, "jitter": 0}
TOOLS = "GET /v1/tools"


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    """A throwaway certificate authority."""
    return trustme.CA()


@pytest.fixture
def tls_front(ca: trustme.CA, local_server: LocalServer) -> Iterator[TLSFront]:
    """TLS (client certificate required) in front of the local server."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(context)
    ca.configure_trust(context)
    context.verify_mode = ssl.CERT_REQUIRED
    host, port = local_server.url.removeprefix("http://").rsplit(":", 1)
    with TLSFront((host, int(port)), context) as front:
        yield front


def client_context(ca: trustme.CA, *, with_cert: bool) -> ssl.SSLContext:
    """A client TLS context trusting ``ca``, presenting a client certificate if asked."""
    context = ssl.create_default_context()
    ca.configure_trust(context)
    if with_cert:
        ca.issue_cert("client.example").configure_cert(context)
    return context


def test_proxy_of_the_users_client_carries_every_call(local_server: LocalServer) -> None:
    with (
        RecordingProxy() as proxy,
        httpx.Client(proxy=proxy.url) as mine,
        HoneyHive(api_key=local_server.api_key, base_url=local_server.url, http_client=mine) as hh,
    ):
        hh.tools.create({"name": "lookup", "parameters": {"type": "object"}})
        assert [t.name for t in hh.tools.list()] == ["lookup"]
        assert [(r.method, r.url) for r in proxy.requests] == [
            ("POST", f"{local_server.url}/v1/tools"),
            ("GET", f"{local_server.url}/v1/tools"),
        ]
        assert proxy.requests[0].headers["authorization"] == f"Bearer {local_server.api_key}"
    assert mine.is_closed


def test_closing_honeyhive_leaves_the_users_client_open(local_server: LocalServer) -> None:
    mine = httpx.Client()
    hh = HoneyHive(api_key=local_server.api_key, base_url=local_server.url, http_client=mine)
    assert hh.tools.list() == []
    hh.close()
    assert not mine.is_closed
    mine.close()


def test_event_hooks_see_every_attempt(local_server: LocalServer) -> None:
    seen: list[str] = []
    answers: list[int] = []
    mine = httpx.Client(
        event_hooks={
            "request": [lambda request: seen.append(request.url.path)],
            "response": [lambda response: answers.append(response.status_code)],
        }
    )
    local_server.faults.script(TOOLS, [Fault.respond(503)])
    with HoneyHive(
        api_key=local_server.api_key,
        base_url=local_server.url,
        http_client=mine,
        retry_config=FAST_RETRIES,
    ) as hh:
        assert hh.tools.list() == []
    assert seen == ["/v1/tools", "/v1/tools"]
    assert answers == [503, 200]
    mine.close()


async def test_async_http_client_hooks_see_every_attempt(local_server: LocalServer) -> None:
    seen: list[int] = []

    async def count(response: httpx.Response) -> None:
        seen.append(response.status_code)

    local_server.faults.script(TOOLS, [Fault.respond(502)])
    async with (
        httpx.AsyncClient(event_hooks={"response": [count]}) as mine,
        HoneyHive(
            api_key=local_server.api_key,
            base_url=local_server.url,
            async_http_client=mine,
            retry_config=FAST_RETRIES,
        ) as hh,
    ):
        assert await hh.tools.list_async() == []
        assert seen == [502, 200]
        assert not mine.is_closed


def test_mtls_with_the_users_certificates(
    ca: trustme.CA, tls_front: TLSFront, local_server: LocalServer
) -> None:
    mine = httpx.Client(verify=client_context(ca, with_cert=True))
    with HoneyHive(api_key=local_server.api_key, base_url=tls_front.url, http_client=mine) as hh:
        hh.tools.create({"name": "secure", "parameters": {"type": "object"}})
        assert [t.name for t in hh.tools.list()] == ["secure"]
    assert tls_front.refused == 0
    mine.close()


async def test_mtls_async(ca: trustme.CA, tls_front: TLSFront, local_server: LocalServer) -> None:
    async with (
        httpx.AsyncClient(verify=client_context(ca, with_cert=True)) as mine,
        HoneyHive(
            api_key=local_server.api_key, base_url=tls_front.url, async_http_client=mine
        ) as hh,
    ):
        assert await hh.tools.list_async() == []


def test_mtls_without_a_client_certificate_fails_as_a_connection_error(
    ca: trustme.CA, tls_front: TLSFront, local_server: LocalServer
) -> None:
    mine = httpx.Client(verify=client_context(ca, with_cert=False))
    with (
        HoneyHive(
            api_key=local_server.api_key,
            base_url=tls_front.url,
            http_client=mine,
            max_retries=0,
        ) as hh,
        pytest.raises(HoneyHiveConnectionError),
    ):
        hh.tools.list()
    mine.close()


def test_a_private_ca_is_refused_without_the_users_trust_settings(
    ca: trustme.CA, tls_front: TLSFront, local_server: LocalServer
) -> None:
    with (
        HoneyHive(api_key=local_server.api_key, base_url=tls_front.url, max_retries=0) as hh,
        pytest.raises(HoneyHiveConnectionError),
    ):
        hh.tools.list()


def test_timeout_comes_from_the_users_client_when_they_set_one() -> None:
    with httpx.Client(timeout=17) as mine:
        assert HoneyHive(api_key="hh_test", http_client=mine).timeout == httpx.Timeout(17)
        assert HoneyHive(api_key="hh_test", http_client=mine, timeout=3).timeout == 3
    with httpx.Client() as plain:
        # httpx's own 5 s default is not the user's choice: ours (None: 30 s) stays.
        assert HoneyHive(api_key="hh_test", http_client=plain).timeout is None


def test_wrong_kind_of_client_is_refused() -> None:
    with pytest.raises(TypeError, match=r"http_client must be an httpx\.Client"):
        HoneyHive(api_key="hh_test", http_client=httpx.AsyncClient())  # type: ignore[arg-type]
