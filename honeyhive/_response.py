"""`APIResponse`: what ``client.<namespace>.with_raw_response.<method>(...)`` returns.

It holds the HTTP answer of the method's last request (status, headers, request id, the
request as sent, with its credentials redacted) and parses it into the method's usual result
on demand. A method that sends several requests (look up, then update) keeps them all in
``responses``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Generic, TypeVar

import httpx

R = TypeVar("R")

#: Response headers that carry a request id, most specific first.
REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-amzn-requestid", "x-amz-request-id")

_CREDENTIAL_HEADERS = frozenset({"authorization", "proxy-authorization", "x-api-key", "cookie"})


def request_id_of(headers: Mapping[str, str]) -> str | None:
    """The request id the service sent back, if any."""
    for name in REQUEST_ID_HEADERS:
        value = headers.get(name)
        if value:
            return value
    return None


def redacted_request(request: httpx.Request) -> httpx.Request:
    """A copy of ``request`` whose credential headers read ``[REDACTED]``.

    Errors and raw responses travel into logs and error trackers; the key must not.
    """
    if not any(name.lower() in _CREDENTIAL_HEADERS for name in request.headers):
        return request
    headers = [
        (name, "[REDACTED]" if name.lower() in _CREDENTIAL_HEADERS else value)
        for name, value in request.headers.multi_items()
    ]
    try:
        content: bytes | None = request.content
    except httpx.RequestNotRead:
        content = None
    copy = httpx.Request(
        request.method, request.url, headers=headers, content=content, extensions={}
    )
    return copy


def redacted_response(response: httpx.Response) -> httpx.Response:
    """A copy of a read ``response`` whose ``request`` has its credentials redacted."""
    copy = httpx.Response(
        response.status_code,
        headers=response.headers,
        content=response.content,
        request=redacted_request(response.request),
        extensions={"http_version": response.extensions.get("http_version", b"HTTP/1.1")},
    )
    return copy


class APIResponse(Generic[R]):
    """The HTTP answer of a facade call, and ``parse()`` for the method's usual result."""

    __slots__ = ("_parse", "_parsed", "http_response", "responses")

    def __init__(self, responses: Sequence[httpx.Response], parse: Callable[[], R]) -> None:
        #: Every answer the method received, in order (the last one is `http_response`).
        self.responses = [redacted_response(r) for r in responses]
        #: The last answer (an ``httpx.Response``, already read).
        self.http_response = self.responses[-1]
        self._parse = parse
        self._parsed: list[R] = []

    @property
    def status_code(self) -> int:
        """The HTTP status of the last answer."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The headers of the last answer."""
        return self.http_response.headers

    @property
    def http_request(self) -> httpx.Request:
        """The last request as sent (credential headers redacted)."""
        return self.http_response.request

    @property
    def request_id(self) -> str | None:
        """The request id the service sent back (``x-request-id``), if any."""
        return request_id_of(self.headers)

    @property
    def url(self) -> httpx.URL:
        """The URL of the last request."""
        return self.http_request.url

    @property
    def method(self) -> str:
        """The HTTP method of the last request."""
        return self.http_request.method

    @property
    def content(self) -> bytes:
        """The raw body of the last answer."""
        return self.http_response.content

    @property
    def text(self) -> str:
        """The body of the last answer, decoded."""
        return self.http_response.text

    def json(self) -> Any:
        """The body of the last answer, decoded from JSON."""
        return json.loads(self.http_response.content)

    def parse(self) -> R:
        """The method's usual result (computed once)."""
        if not self._parsed:
            self._parsed.append(self._parse())
        return self._parsed[0]

    def __repr__(self) -> str:
        return (
            f"<APIResponse [{self.status_code}] {self.method} {self.url}"
            f"{f' request_id={self.request_id}' if self.request_id else ''}>"
        )


__all__ = ["REQUEST_ID_HEADERS", "APIResponse", "request_id_of"]
