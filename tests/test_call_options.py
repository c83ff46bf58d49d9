"""Per-call options, ``with_options``, raw responses, signatures and argument errors.

Every test talks to the local server over loopback; what reached the wire is read from the
server's fault injector (attempt counts) or from a recording forward proxy in between
(headers, query, body). No test asserts on how long anything takes.
"""

from __future__ import annotations

import inspect
import json
import pickle
import re
from collections.abc import Iterator

import httpx
import pytest
from _relays import RecordingProxy

from honeyhive import (
    BadRequestError,
    HoneyHive,
    HoneyHiveTimeoutError,
    NotFoundError,
    ServerError,
)
from honeyhive._operation import SPEC_ATTRIBUTE, Namespace
from honeyhive._response import APIResponse
from honeyhive.local import LocalServer
from honeyhive.local.faults import Fault

FAST_RETRIES = {"initial_backoff": 0, "max_backoff": 0, "jitter": 0}
TOOLS = "GET /v1/tools"


#: The users' httpx clients a test made; closed after it (HoneyHive leaves them open).
_USER_CLIENTS: list[httpx.Client] = []


@pytest.fixture
def proxy() -> Iterator[RecordingProxy]:
    """A recording forward proxy on loopback."""
    with RecordingProxy() as relay:
        yield relay
    while _USER_CLIENTS:
        _USER_CLIENTS.pop().close()


def proxied(server: LocalServer, relay: RecordingProxy, **kwargs: object) -> HoneyHive:
    """A client whose every attempt goes through ``relay`` (a user's httpx client)."""
    mine = httpx.Client(proxy=relay.url)
    _USER_CLIENTS.append(mine)
    return HoneyHive(
        api_key=server.api_key,
        base_url=server.url,
        retry_config=FAST_RETRIES,
        http_client=mine,
        **kwargs,  # type: ignore[arg-type]
    )


def direct(server: LocalServer, **kwargs: object) -> HoneyHive:
    """A client talking to ``server`` with no wait between retries."""
    return HoneyHive(
        api_key=server.api_key,
        base_url=server.url,
        retry_config=FAST_RETRIES,
        **kwargs,  # type: ignore[arg-type]
    )


def new_tool(name: str = "lookup") -> dict[str, object]:
    """A tool the local server accepts."""
    return {"name": name, "description": "finds things", "parameters": {"type": "object"}}


# ----------------------------------------------------------------- per-call options
def test_per_call_timeout_applies_to_that_call_only(local_server: LocalServer) -> None:
    local_server.faults.script(TOOLS, [Fault.delay(3.0)])
    with direct(local_server) as client:
        with pytest.raises(HoneyHiveTimeoutError):
            client.tools.list(timeout=0.2, max_retries=0)
        assert local_server.faults.count(TOOLS) == 1
        assert client.tools.list() == []  # the client's own timeout is unchanged


def test_per_call_timeout_takes_an_httpx_timeout(local_server: LocalServer) -> None:
    local_server.faults.script(TOOLS, [Fault.delay(3.0)])
    with direct(local_server) as client, pytest.raises(HoneyHiveTimeoutError):
        client.tools.list(timeout=httpx.Timeout(0.2), max_retries=0)


async def test_per_call_options_on_async_twins(local_server: LocalServer) -> None:
    local_server.faults.script(TOOLS, [Fault.respond(503), Fault.respond(503)])
    async with direct(local_server) as client:
        with pytest.raises(ServerError):
            await client.tools.list_async(max_retries=0)
        assert local_server.faults.count(TOOLS) == 1
        assert await client.tools.list_async(max_retries=1) == []
        assert local_server.faults.count(TOOLS) == 3


def test_per_call_max_retries(local_server: LocalServer) -> None:
    local_server.faults.script(TOOLS, [Fault.respond(503)] * 3)
    with direct(local_server) as client:
        with pytest.raises(ServerError):
            client.tools.list(max_retries=0)
        assert local_server.faults.count(TOOLS) == 1
        # Two faults left: three attempts get through them.
        assert client.tools.list(max_retries=2) == []
        assert local_server.faults.count(TOOLS) == 4


def test_extra_headers_query_and_body_reach_the_wire(
    local_server: LocalServer, proxy: RecordingProxy
) -> None:
    with proxied(local_server, proxy) as client:
        client.tools.create(
            new_tool(),
            extra_headers={"X-Trace": "abc"},
            extra_body={"description": "from extra_body"},
        )
        sent = proxy.requests[-1]
        assert sent.headers["x-trace"] == "abc"
        assert json.loads(sent.body)["description"] == "from extra_body"
        [stored] = client.tools.list()
        assert stored.description == "from extra_body"
        # The local server refuses a query parameter the contract does not declare, by name:
        # proof that extra_query is sent.
        with pytest.raises(BadRequestError, match="not_a_parameter"):
            client.tools.list(extra_query={"not_a_parameter": "1"})
        assert "not_a_parameter=1" in proxy.requests[-1].url


def test_extra_body_on_a_call_without_a_body_is_refused_before_sending(
    local_server: LocalServer,
) -> None:
    with direct(local_server) as client:
        with pytest.raises(TypeError, match=r"extra_body cannot be sent with tools\.delete_tool"):
            client.tools.delete("tool-1", extra_body={"x": 1})
        assert local_server.faults.count("DELETE /v1/tools") == 0


@pytest.mark.parametrize(
    ("options", "error", "words"),
    [
        ({"timeout": "slow"}, TypeError, "timeout must be a number of seconds"),
        ({"timeout": -1}, ValueError, "timeout must be a positive number"),
        ({"max_retries": -1}, ValueError, "max_retries must be an int >= 0"),
        ({"max_retries": True}, ValueError, "max_retries must be an int >= 0"),
        ({"extra_headers": {"X-N": 1}}, TypeError, "extra_headers\\['X-N'\\] must be a string"),
        ({"extra_query": ["a"]}, TypeError, "extra_query must be a dict"),
        ({"extra_body": "x"}, TypeError, "extra_body must be a dict"),
    ],
)
def test_bad_options_are_refused_before_sending(
    local_server: LocalServer, options: dict[str, object], error: type[Exception], words: str
) -> None:
    with direct(local_server) as client:
        with pytest.raises(error, match=words) as caught:
            client.tools.list(**options)  # type: ignore[arg-type]
        assert "Tools.list()" in str(caught.value)
        assert local_server.faults.count() == 0


def test_call_takes_the_options_too(local_server: LocalServer, proxy: RecordingProxy) -> None:
    with proxied(local_server, proxy) as client:
        client.call("tools.get_tools", extra_headers={"X-Low": "1"})
        assert proxy.requests[-1].headers["x-low"] == "1"


# ----------------------------------------------------------------- client-level options
def test_timeout_may_be_an_httpx_timeout(local_server: LocalServer) -> None:
    local_server.faults.script(TOOLS, [Fault.delay(3.0)])
    limit = httpx.Timeout(0.2)
    with direct(local_server, timeout=limit, max_retries=0) as client:
        assert client.timeout is limit
        with pytest.raises(HoneyHiveTimeoutError):
            client.tools.list()


def test_constructor_max_retries_wins_over_retry_config(local_server: LocalServer) -> None:
    local_server.faults.script(TOOLS, [Fault.respond(503)] * 2)
    with direct(local_server, max_retries=0) as client:
        assert client.retry_config.max_retries == 0
        with pytest.raises(ServerError):
            client.tools.list()
        assert local_server.faults.count(TOOLS) == 1


def test_with_options_shares_pools_and_leaves_the_original_unchanged(
    local_server: LocalServer, proxy: RecordingProxy
) -> None:
    with proxied(local_server, proxy, default_headers={"X-App": "one"}) as client:
        slow = client.with_options(timeout=120, max_retries=0, default_headers={"X-Extra": "two"})
        assert slow._pools is client._pools
        assert (slow.timeout, slow.retry_config.max_retries) == (120, 0)
        assert client.timeout is None and client.retry_config.max_retries == 2
        slow.tools.list()
        assert proxy.requests[-1].headers["x-app"] == "one"
        assert proxy.requests[-1].headers["x-extra"] == "two"
        client.tools.list()
        assert proxy.requests[-1].headers["x-app"] == "one"
        assert "x-extra" not in proxy.requests[-1].headers
        assert len(client._pools.sync) == 1, "one pool for both clients"
        local_server.faults.script(TOOLS, [Fault.respond(503)])
        with pytest.raises(ServerError):
            slow.tools.list()
        assert client.tools.list() == []


def test_with_options_timeout(local_server: LocalServer) -> None:
    local_server.faults.script(TOOLS, [Fault.delay(3.0)])
    with direct(local_server) as client:
        with pytest.raises(HoneyHiveTimeoutError):
            client.with_options(timeout=0.2, max_retries=0).tools.list()
        assert client.timeout is None


def test_with_options_checks_its_arguments() -> None:
    client = HoneyHive(api_key="hh_test")
    with pytest.raises(ValueError, match="max_retries"):
        client.with_options(max_retries=-2)
    with pytest.raises(TypeError, match="default_headers"):
        client.with_options(default_headers={"X": 1})  # type: ignore[dict-item]


# ----------------------------------------------------------------- raw responses
def test_with_raw_response(local_server: LocalServer) -> None:
    with direct(local_server) as client:
        client.tools.create(new_tool())
        raw = client.tools.with_raw_response.list()
        assert isinstance(raw, APIResponse)
        assert raw.status_code == 200
        assert raw.headers["content-type"].startswith("application/json")
        assert raw.http_request.method == "GET"
        assert raw.http_request.url.path == "/v1/tools"
        assert raw.http_request.headers["authorization"] == "[REDACTED]"
        assert raw.request_id is not None and raw.request_id.startswith("req_")
        assert local_server.api_key not in repr(raw)
        [tool] = raw.parse()
        assert tool.name == "lookup"
        assert "lookup" in raw.text
        # A method that sends two requests (look up, then answer) keeps both.
        found = client.tools.with_raw_response.get(tool.id)
        assert found.parse().id == tool.id


async def test_with_raw_response_async(local_server: LocalServer) -> None:
    async with direct(local_server) as client:
        raw = await client.tools.with_raw_response.create_async(new_tool(), timeout=10)
        assert raw.status_code == 200
        assert raw.parse().result is not None


def test_raw_response_has_no_form_for_iterators() -> None:
    client = HoneyHive(api_key="hh_test")
    with pytest.raises(AttributeError, match="no raw-response form"):
        _ = client.events.with_raw_response.logger
    assert "create" in dir(client.events.with_raw_response)


def test_errors_carry_request_id_request_and_response(local_server: LocalServer) -> None:
    local_server.faults.script(
        TOOLS,
        [Fault.respond(404, body={"message": "gone"}, headers={"X-Request-Id": "req_123"})],
    )
    with direct(local_server) as client, pytest.raises(NotFoundError) as caught:
        client.tools.list()
    error = caught.value
    assert error.request_id == "req_123"
    assert error.response is not None and error.response.status_code == 404
    assert error.request is not None and error.request.url.path == "/v1/tools"
    assert error.request.headers["authorization"] == "[REDACTED]"
    assert "req_123" in repr(error)
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.request_id, copy.status_code, copy.response) == ("req_123", 404, None)


# ----------------------------------------------------------------- signatures
def _public_methods() -> Iterator[tuple[str, object]]:
    client = HoneyHive(api_key="hh_test")
    for name in dir(client):
        namespace = getattr(client, name, None)
        if not isinstance(namespace, Namespace):
            continue
        for attr in dir(type(namespace)):
            method = getattr(type(namespace), attr)
            if not attr.startswith("_") and hasattr(method, SPEC_ATTRIBUTE):
                yield f"{name}.{attr}", method


def test_no_public_signature_mentions_an_internal_type() -> None:
    methods = list(_public_methods())
    assert len(methods) > 200
    for name, method in methods:
        signature = inspect.signature(method)  # type: ignore[arg-type]
        text = str(signature)
        assert "Steps" not in text and "Call[" not in text, f"{name}{text}"
        assert (
            list(signature.parameters)[-5:]
            == [
                "timeout",
                "max_retries",
                "extra_headers",
                "extra_query",
                "extra_body",
            ]
            or "**" in text
        ), f"{name}{text}"
        assert not hasattr(method, "__wrapped__"), name


def test_no_public_method_at_all_mentions_an_internal_type() -> None:
    import honeyhive
    import honeyhive.models
    import honeyhive.params
    import honeyhive.resources.events

    public_types = {
        *honeyhive.__all__,
        *honeyhive.models.__all__,
        *honeyhive.params.__all__,
        *honeyhive.resources.events.__all__,
        # typing, collections.abc, os, httpx: spelled with their usual names
        *("Any", "Literal", "Unpack", "None", "Mapping", "Sequence", "Iterable"),
        *("Iterator", "AsyncIterator", "Callable", "PathLike", "Timeout"),
    }
    client = HoneyHive(api_key="hh_test")
    checked = 0
    for name in dir(client):
        namespace = getattr(client, name, None)
        if not isinstance(namespace, Namespace):
            continue
        for attr in dir(type(namespace)):
            method = getattr(type(namespace), attr)
            if attr.startswith("_") or not callable(method):
                continue
            text = str(inspect.signature(method))
            checked += 1
            for internal in ("Steps", "Call[", "_Batch", "Options |", "honeyhive._"):
                assert internal not in text, f"{name}.{attr}{text}"
            # Every type a signature names can be imported by the user from where it says.
            for annotation in re.findall(r"'([^']*)'", text):
                for word in re.findall(r"\b[A-Z][A-Za-z0-9_]*\b", annotation):
                    assert word in public_types, f"{name}.{attr}: {word} in {annotation}"
            if attr.startswith(("iter", "create_batch", "create_model_batch")):
                spelled = "timeout: 'float | httpx.Timeout | None' = NOT_GIVEN" in text
                typed = "**options: 'Unpack[RequestOptions]'" in text
                assert spelled or typed, f"{name}.{attr}{text}"
    assert checked > 250


def test_batches_take_the_options_for_every_chunk(
    local_server: LocalServer, proxy: RecordingProxy
) -> None:
    events = [{"event_type": "tool", "inputs": {"i": i}} for i in range(5)]
    with proxied(local_server, proxy) as client:
        client.events.create_batch(events, chunk_size=2, extra_headers={"X-Batch": "1"})
        batches = [r for r in proxy.requests if r.url.endswith("/events/batch")]
        assert len(batches) == 3
        assert all(r.headers.get("x-batch") == "1" for r in batches)


def test_signatures_show_the_real_result() -> None:
    client = HoneyHive(api_key="hh_test")
    create = inspect.signature(client.events.create)
    assert create.return_annotation == "PostEventResponse"
    assert inspect.iscoroutinefunction(client.events.create_async)
    assert inspect.signature(client.events.create_async).return_annotation == "PostEventResponse"
    rendered = help_text(client.events.create)
    assert "-> 'PostEventResponse'" in rendered or "-> PostEventResponse" in rendered


def help_text(obj: object) -> str:
    """What help() prints for ``obj``."""
    import pydoc

    return pydoc.render_doc(obj, renderer=pydoc.plaintext)


def test_the_constructor_documents_every_parameter() -> None:
    doc = inspect.getdoc(HoneyHive.__init__) or ""
    for name in inspect.signature(HoneyHive.__init__).parameters:
        if name in ("self", "positional"):
            continue
        assert f"``{name}``" in doc, name


async def test_argument_errors_name_the_public_method() -> None:
    client = HoneyHive(api_key="hh_test")
    with pytest.raises(TypeError) as caught:
        client.tools.delete(tool_idd="x")  # type: ignore[call-arg]
    assert "Tools.delete()" in str(caught.value)
    assert "_delete" not in str(caught.value)
    with pytest.raises(TypeError, match=r"Tools\.delete_async\(\)"):
        await client.tools.delete_async()  # type: ignore[call-arg]


def test_extra_body_goes_into_the_event_or_session_the_method_sends(
    local_server: LocalServer, proxy: RecordingProxy
) -> None:
    with proxied(local_server, proxy) as client:
        started = client.sessions.start(
            {"session_name": "s", "project": "p"}, extra_body={"source": "from-extra"}
        )
        assert json.loads(proxy.requests[-1].body)["session"]["source"] == "from-extra"
        created = client.events.create(
            {"event_type": "tool", "inputs": {}, "session_id": started.session_id},
            extra_body={"event_name": "named-by-extra"},
        )
        sent = json.loads(proxy.requests[-1].body)
        assert sent["event"]["event_name"] == "named-by-extra"
        assert set(sent) == {"event"}
        assert client.events.get(created.event_id).event.event_name == "named-by-extra"
