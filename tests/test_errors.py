"""The error hierarchy and the mapping from HTTP responses and transport failures to it."""

from __future__ import annotations

import pickle
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from _sockets import run_asgi

from honeyhive.errors import (
    APIError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    HoneyHiveConnectionError,
    HoneyHiveError,
    HoneyHiveTimeoutError,
    InvalidResponseError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    UnprocessableEntityError,
    error_from_response,
    error_from_transport,
    parse_retry_after,
)
from honeyhive.local.faults import Fault, FaultInjector, http_date

API_KEY = "hh_secret_KEY_123"
URL = "https://api.honeyhive.ai/v1/projects?name=demo"


def response(
    status: int,
    body: Any = None,
    *,
    text: str | None = None,
    headers: dict[str, str] | None = None,
    method: str = "GET",
    url: str = URL,
) -> httpx.Response:
    request = httpx.Request(method, url, headers={"Authorization": f"Bearer {API_KEY}"})
    if text is not None:
        return httpx.Response(status, text=text, headers=headers, request=request)
    if body is None:
        return httpx.Response(status, headers=headers, request=request)
    return httpx.Response(status, json=body, headers=headers, request=request)


# -- mapping statuses ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, ServerError),
        (503, ServerError),
        (520, ServerError),
        (529, ServerError),
        (418, APIError),
        (499, APIError),
    ],
)
def test_error_from_response_picks_the_class_for_each_status(
    status: int, cls: type[APIError]
) -> None:
    error = error_from_response(response(status, {"message": "server says no"}))

    assert type(error) is cls
    assert error.status_code == status
    assert error.message == "server says no"
    assert error.body == {"message": "server says no"}
    assert (error.method, error.url) == ("GET", URL)


def test_error_string_names_status_reason_message_and_request() -> None:
    error = error_from_response(response(404, {"message": "Project not found"}))

    assert str(error) == f"404 Not Found: Project not found (GET {URL})"


def test_non_standard_status_still_gets_a_readable_string() -> None:
    error = error_from_response(response(520, text=""))

    assert str(error) == f"520 Unknown Error (GET {URL})"
    assert error.message == "Unknown Error"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"message": "Bad filter"}, "Bad filter"),
        ({"error": "Bad filter"}, "Bad filter"),
        ({"detail": "Bad filter"}, "Bad filter"),
        ({"error": {"message": "Bad filter", "type": "invalid"}}, "Bad filter"),
        ({"detail": [{"loc": ["body"], "msg": "required"}]}, '[{"loc":["body"],"msg":"required"}]'),
        ({"unexpected": 1}, '{"unexpected":1}'),
        ("plain JSON string", "plain JSON string"),
    ],
)
def test_error_message_is_taken_from_the_json_body(body: Any, message: str) -> None:
    assert error_from_response(response(400, body)).message == message


def test_error_code_is_kept_from_the_json_body() -> None:
    error = error_from_response(
        response(422, {"message": "Invalid event", "errorCode": "VALIDATION_FAILED"})
    )

    assert error.error_code == "VALIDATION_FAILED"
    assert "Invalid event" in str(error)


def test_non_json_error_body_gives_a_truncated_readable_message() -> None:
    page = "<html>\n  <body>\n    <h1>502 Bad Gateway</h1>" + "x" * 2000 + "</body></html>"

    error = error_from_response(response(502, text=page))

    assert type(error) is ServerError
    assert error.message.startswith("<html> <body> <h1>502 Bad Gateway</h1>")
    assert len(error.message) <= 500
    assert error.body == page


def test_empty_error_body_falls_back_to_the_reason_phrase() -> None:
    error = error_from_response(response(503))

    assert error.message == "Service Unavailable"
    assert error.body is None
    assert str(error) == f"503 Service Unavailable (GET {URL})"


# -- Retry-After -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"Retry-After": "2"}, 2.0),
        ({"retry-after": "1.5"}, 1.5),
        ({"Retry-After": "-3"}, 0.0),
        ({"Retry-After": "soon"}, None),
        ({"Retry-After": "inf"}, None),
        ({"Retry-After": "2", "Retry-After-Ms": "250"}, 0.25),
        ({}, None),
    ],
)
def test_parse_retry_after(headers: dict[str, str], expected: float | None) -> None:
    assert parse_retry_after(headers) == expected


def test_parse_retry_after_reads_http_dates_as_seconds_from_now() -> None:
    now = 1_800_000_000.0

    assert parse_retry_after({"Retry-After": http_date(30, now=now)}, now=now) == 30.0
    assert parse_retry_after({"Retry-After": http_date(-30, now=now)}, now=now) == 0.0


def test_rate_limit_error_carries_retry_after_from_seconds_or_date() -> None:
    in_seconds = error_from_response(
        response(429, {"message": "slow"}, headers={"Retry-After": "7"})
    )
    as_date = error_from_response(response(429, headers={"Retry-After": http_date(60)}))
    without = error_from_response(response(429))

    assert isinstance(in_seconds, RateLimitError) and in_seconds.retry_after == 7.0
    assert isinstance(as_date, RateLimitError)
    assert as_date.retry_after is not None and 58.0 <= as_date.retry_after <= 60.0
    assert isinstance(without, RateLimitError) and without.retry_after is None


# -- constructing errors directly ------------------------------------------------------------


def test_subclasses_default_their_status_code_for_errors_raised_by_the_client() -> None:
    positional = AuthenticationError(None, "No API key configured")
    keyword = AuthenticationError(message="No API key configured")
    lone_string = AuthenticationError("No API key configured")  # type: ignore[arg-type]

    for error in (positional, keyword, lone_string):
        assert error.status_code == 401
        assert error.message == "No API key configured"
        assert str(error) == "401 Unauthorized: No API key configured"
    assert ServerError().status_code == 500
    assert ServerError(503).status_code == 503
    assert RateLimitError(retry_after=2.0).retry_after == 2.0
    assert RateLimitError(headers={"Retry-After": "3"}).retry_after == 3.0
    assert APIError(None, "bare").status_code is None
    assert str(APIError(None, "bare")) == "bare"


def test_permission_denied_is_caught_as_authentication_error() -> None:
    with pytest.raises(AuthenticationError) as caught:
        raise error_from_response(response(403, {"message": "No access to project"}))

    assert isinstance(caught.value, PermissionDeniedError)


def test_hierarchy_matches_the_module_docstring() -> None:
    by_status: list[type[APIError]] = [
        BadRequestError,
        AuthenticationError,
        NotFoundError,
        ConflictError,
        UnprocessableEntityError,
        RateLimitError,
        ServerError,
    ]
    assert all(issubclass(cls, APIError) for cls in by_status)
    assert issubclass(APIError, HoneyHiveError)
    assert issubclass(HoneyHiveTimeoutError, HoneyHiveConnectionError)
    assert issubclass(HoneyHiveConnectionError, HoneyHiveError)
    assert issubclass(InvalidResponseError, HoneyHiveError)
    assert not issubclass(InvalidResponseError, APIError)


def test_errors_survive_pickling() -> None:
    rate = error_from_response(response(429, {"message": "slow"}, headers={"Retry-After": "4"}))
    missing = InvalidResponseError("not JSON", status_code=200, body=b"<html>")

    rate_copy = pickle.loads(pickle.dumps(rate))
    missing_copy = pickle.loads(pickle.dumps(missing))

    assert type(rate_copy) is RateLimitError
    assert (rate_copy.status_code, rate_copy.retry_after, str(rate_copy)) == (
        429,
        4.0,
        str(rate),
    )
    assert (missing_copy.status_code, missing_copy.body) == (200, "<html>")


def test_invalid_response_error_keeps_status_and_truncated_body() -> None:
    error = InvalidResponseError(
        "Response is not valid JSON", status_code=200, body="{" * 5000, method="GET", url=URL
    )

    assert error.status_code == 200
    assert error.body is not None and len(error.body) <= 500
    assert str(error) == f"Response is not valid JSON (status 200) (GET {URL})"


# -- secrets ----------------------------------------------------------------------------------


def test_no_error_text_contains_the_api_key() -> None:
    # A misbehaving proxy echoes the request back; nothing of the key may survive.
    echoed = {"message": f"bad header Authorization: Bearer {API_KEY}", "seen": API_KEY}
    error = error_from_response(
        response(
            401,
            echoed,
            headers={"Authorization": f"Bearer {API_KEY}", "X-Request-Id": "r1"},
            url=f"https://api.honeyhive.ai/events?key={API_KEY}",
        )
    )

    assert API_KEY not in str(error)
    assert API_KEY not in repr(error)
    assert API_KEY not in error.message
    assert API_KEY not in repr(error.body)
    assert API_KEY not in (error.url or "")
    assert error.headers["authorization"] == "[REDACTED]"
    assert error.headers["x-request-id"] == "r1"


def test_credential_headers_given_to_an_error_are_redacted() -> None:
    error = APIError(500, "boom", headers={"Authorization": "Bearer x", "Cookie": "s=1"})

    assert dict(error.headers) == {"authorization": "[REDACTED]", "cookie": "[REDACTED]"}


# -- transport failures -----------------------------------------------------------------------


def test_error_from_transport_maps_timeouts_and_keeps_the_cause() -> None:
    request = httpx.Request("POST", "https://api.honeyhive.ai/events")
    timeout = httpx.ReadTimeout("timed out", request=request)
    refused = httpx.ConnectError("[Errno 111] Connection refused", request=request)

    timed_out = error_from_transport(timeout)
    failed = error_from_transport(refused)

    assert type(timed_out) is HoneyHiveTimeoutError
    assert timed_out.__cause__ is timeout
    assert type(failed) is HoneyHiveConnectionError
    assert failed.__cause__ is refused
    assert str(failed) == (
        "Connection failed (ConnectError): [Errno 111] Connection refused "
        "(POST https://api.honeyhive.ai/events)"
    )


def test_error_from_transport_accepts_other_request_errors() -> None:
    request = httpx.Request("GET", "https://api.honeyhive.ai/v1/projects")
    broken_gzip = httpx.DecodingError("Error -3 while decompressing data", request=request)

    error = error_from_transport(broken_gzip)

    assert type(error) is HoneyHiveConnectionError
    assert str(error).startswith("Request failed (DecodingError): Error -3")
    assert error.__cause__ is broken_gzip


def test_error_from_transport_without_a_request_and_with_secrets() -> None:
    error = error_from_transport(httpx.ConnectError(f"proxy rejected {API_KEY}"), secrets=[API_KEY])

    assert API_KEY not in str(error)
    assert (error.method, error.url) == (None, None)


# -- against a real server ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def fault_server() -> Iterator[tuple[str, FaultInjector]]:
    async def app(scope: Any, receive: Any, send: Any) -> None:
        raise AssertionError("every request in this module is answered by a fault")

    injector = FaultInjector(app)
    with run_asgi(injector) as url:
        yield url, injector


def test_error_from_a_real_429_response(fault_server: tuple[str, FaultInjector]) -> None:
    url, injector = fault_server
    injector.script(None, [Fault.rate_limited(retry_after="1")])

    with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {API_KEY}"}) as client:
        error = error_from_response(client.post("/events", json={}))

    assert isinstance(error, RateLimitError)
    assert error.retry_after == 1.0
    assert error.error_code == "INJECTED_FAULT"
    assert str(error).startswith("429 Too Many Requests: Too Many Requests (injected fault)")
    assert API_KEY not in str(error)


def test_error_from_a_real_non_standard_status(fault_server: tuple[str, FaultInjector]) -> None:
    url, injector = fault_server
    injector.script(None, [Fault.respond(529, body={"message": "overloaded"})])

    with httpx.Client(base_url=url) as client:
        error = error_from_response(client.get("/v1/sessions/abc"))

    assert type(error) is ServerError
    assert str(error) == f"529 Site Is Overloaded: overloaded (GET {url}/v1/sessions/abc)"
