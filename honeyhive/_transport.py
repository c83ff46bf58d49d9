"""The httpx transport every HoneyHive request goes through: retries, rate limiting, logging.

Transports are httpx's extension point, so this is where behaviour shared by every call
lives. The facade and the generated low-level client send through the same
``httpx.Client`` / ``httpx.AsyncClient`` (see ``build_sync_client``), so an endpoint the
facade does not wrap gets the same timeouts, pool, retries, rate limit and logging.

The decisions (retry or not, how long to wait, what to log) are made by ``RetryConfig`` and
``_Attempts``; ``RetryTransport`` and ``AsyncRetryTransport`` are thin loops around them.
The async path waits through anyio (imported on first async use), so it runs under asyncio
and trio alike. ``ClientTransport`` / ``AsyncClientTransport`` send each attempt through an
``httpx.Client`` / ``httpx.AsyncClient`` the user configured (proxy, certificates, hooks).
"""

from __future__ import annotations

import logging
import math
import os
import random
import threading
import time
import urllib.request
from collections import deque
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any

import httpx

from .errors import ATTEMPTS_ATTRIBUTE, credentials_in, parse_retry_after, redact

if TYPE_CHECKING:
    import anyio

__all__ = [
    "DEFAULT_MAX_CONNECTIONS",
    "DEFAULT_MAX_KEEPALIVE",
    "DEFAULT_RETRY_STATUSES",
    "DEFAULT_TIMEOUT",
    "MAX_RETRIES_ENV",
    "MAX_RETRIES_EXTENSION",
    "RETRYABLE_ERRORS",
    "AsyncClientTransport",
    "AsyncRetryTransport",
    "ClientTransport",
    "RateLimiter",
    "RetryConfig",
    "RetryTransport",
    "build_async_client",
    "build_sync_client",
    "enable_verbose_logging",
    "logger",
    "make_limits",
    "make_timeout",
    "redact",
]

logger = logging.getLogger("honeyhive")

# HoneyHive is an ingestion API: a healthy call answers in well under a second, so 30 s only
# ends calls that are truly stuck, while connect=5 s fails fast when the host is unreachable
# (and lets the retry loop try again). Exports of large projects can take longer: callers
# pass a bigger timeout for those.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
# httpx's own defaults; the reference docs show them as the high-throughput setting.
DEFAULT_MAX_CONNECTIONS = 100
DEFAULT_MAX_KEEPALIVE = 20
DEFAULT_RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
MAX_RETRIES_ENV = "HH_MAX_RETRIES"
#: Request extension overriding ``RetryConfig.max_retries`` for one request (an int >= 0).
MAX_RETRIES_EXTENSION = "honeyhive_max_retries"
# When only rate_limit_calls is given: the reference docs' examples count calls per minute.
DEFAULT_RATE_LIMIT_WINDOW = 60.0

# Failures where the request may be sent again: the connection never opened, was dropped
# (RemoteProtocolError covers "server disconnected" and truncated bodies), or timed out.
# LocalProtocolError and UnsupportedProtocol are our own mistakes and would fail again.
RETRYABLE_ERRORS: tuple[type[Exception], ...] = (
    httpx.TimeoutException,
    httpx.NetworkError,
    httpx.RemoteProtocolError,
)


@dataclass(frozen=True)
class RetryConfig:
    """How failed requests are retried; ``max_retries=0`` turns retrying off."""

    max_retries: int = 2
    initial_backoff: float = 0.5
    max_backoff: float = 8.0
    jitter: float = 0.25
    max_retry_after: float = 60.0
    retry_statuses: frozenset[int] = DEFAULT_RETRY_STATUSES

    def __post_init__(self) -> None:
        if isinstance(self.max_retries, bool) or not isinstance(self.max_retries, int):
            raise TypeError(f"max_retries must be an int, not {self.max_retries!r}")
        if self.max_retries < 0:
            raise ValueError(f"max_retries must be >= 0, not {self.max_retries}")
        for name in ("initial_backoff", "max_backoff", "max_retry_after"):
            _check_seconds(name, getattr(self, name))
        _check_seconds("jitter", self.jitter)
        if self.jitter > 1:
            raise ValueError(f"jitter is a fraction between 0 and 1, not {self.jitter}")
        statuses = self.retry_statuses
        if isinstance(statuses, str | bytes) or not isinstance(statuses, Iterable):
            raise TypeError(f"retry_statuses must be a set of ints, not {statuses!r}")
        statuses = frozenset(statuses)
        if not all(isinstance(s, int) and 100 <= s <= 599 for s in statuses):
            raise ValueError(f"retry_statuses must be HTTP status codes, not {sorted(statuses)}")
        object.__setattr__(self, "retry_statuses", statuses)

    @classmethod
    def coerce(
        cls,
        value: int | RetryConfig | Mapping[str, Any] | None,
        *,
        env: Mapping[str, str] | None = None,
    ) -> RetryConfig:
        """Turn a user setting (max retries, mapping of fields, config, None) into a config.

        None reads ``HH_MAX_RETRIES`` from ``env`` (default ``os.environ``) when it is set.
        """
        if value is None:
            raw = (os.environ if env is None else env).get(MAX_RETRIES_ENV)
            if raw is None or not raw.strip():
                return cls()
            try:
                return cls(max_retries=int(raw.strip()))
            except ValueError:
                raise ValueError(
                    f"{MAX_RETRIES_ENV} must be a whole number >= 0, not {raw!r}"
                ) from None
        if isinstance(value, RetryConfig):
            return value
        if isinstance(value, bool):
            # True/False would silently mean 1/0 retries.
            raise TypeError("retry_config must be an int, a RetryConfig or a mapping, not a bool")
        if isinstance(value, int):
            return cls(max_retries=value)
        if isinstance(value, Mapping):
            known = {f.name for f in fields(cls)}
            unknown = sorted(str(k) for k in value if k not in known)
            if unknown:
                raise TypeError(
                    f"unknown retry_config keys {unknown}; expected some of {sorted(known)}"
                )
            return cls(**value)
        raise TypeError(
            "retry_config must be an int (max retries), a RetryConfig or a mapping, "
            f"not {type(value).__name__}"
        )

    def backoff(self, attempt: int, rand: float) -> float:
        """Seconds to wait after failed ``attempt`` (1-based); ``rand`` in [0, 1) sets jitter."""
        base = min(self.max_backoff, self.initial_backoff * 2.0 ** (attempt - 1))
        # Jitter only shortens the wait, so max_backoff stays a true ceiling.
        return base * (1.0 - self.jitter * rand)

    def delay(self, attempt: int, retry_after: float | None, rand: float) -> float | None:
        """Seconds to wait before the next attempt: the server's hint if any, else backoff.

        None when the server asks for longer than ``max_retry_after``: waiting less would be
        refused again, waiting that long blocks the caller, so the answer is returned at once
        (the client raises ``RateLimitError`` with its ``retry_after``), as openai-python does.
        """
        if retry_after is not None:
            return retry_after if retry_after <= self.max_retry_after else None
        return self.backoff(attempt, rand)


def _check_seconds(name: str, value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"{name} must be a number, not {value!r}")
    if not math.isfinite(value) or value < 0:
        raise ValueError(f"{name} must be a finite number >= 0, not {value}")


class RateLimiter:
    """At most ``calls`` requests start in any ``window`` seconds, across threads and tasks.

    Each caller reserves the next free slot under a lock held for microseconds, then sleeps
    outside it (``time.sleep`` or ``anyio.sleep``), so the event loop never blocks and
    callers are served in arrival order. Slot ``n + calls`` is never earlier than slot ``n``
    plus ``window``, which is the sliding-window guarantee. A cancelled waiter's slot stays
    used: the limiter errs on the side of sending less.

    ``RateLimiter()`` is unlimited. Given ``calls`` alone, the window is 60 seconds.
    ``clock``, ``sleep`` and ``async_sleep`` are injectable so that tests can check the
    schedule without waiting on (or asserting about) the wall clock.
    """

    def __init__(
        self,
        calls: int | None = None,
        window: float | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        async_sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> None:
        if calls is not None:
            if isinstance(calls, bool) or not isinstance(calls, int) or calls < 1:
                raise ValueError(f"rate_limit_calls must be a positive int, not {calls!r}")
            window = DEFAULT_RATE_LIMIT_WINDOW if window is None else window
            _check_seconds("rate_limit_window", window)
            if window == 0:
                raise ValueError("rate_limit_window must be > 0")
        self.calls = calls
        self.window = window
        self._slots: deque[float] = deque(maxlen=calls or 1)
        self._lock = threading.Lock()
        self._clock = clock
        self._sleep = sleep
        self._async_sleep = async_sleep

    @property
    def unlimited(self) -> bool:
        """True when no limit is configured."""
        return self.calls is None

    def reserve(self) -> float:
        """Claim the next free slot and return how many seconds from now it starts."""
        if self.calls is None or self.window is None:
            return 0.0
        with self._lock:
            now = self._clock()
            slot = now
            if len(self._slots) == self.calls:
                slot = max(now, self._slots[0] + self.window)
            self._slots.append(slot)
        return slot - now

    def acquire(self) -> float:
        """Block the calling thread until a slot is free; return the seconds waited."""
        wait = self.reserve()
        if wait > 0:
            self._sleep(wait)
        return wait

    async def acquire_async(self) -> float:
        """Wait without blocking the event loop until a slot is free; return seconds waited."""
        wait = self.reserve()
        if wait > 0:
            if self._async_sleep is not None:
                await self._async_sleep(wait)
            else:
                # anyio, not asyncio: the same code waits under trio. Imported here so that
                # sync-only users never load it.
                import anyio

                await anyio.sleep(wait)
        return wait

    def __repr__(self) -> str:
        return f"RateLimiter(calls={self.calls!r}, window={self.window!r})"


class _Policy:
    """Settings shared by the sync and async transports."""

    __slots__ = ("limiter", "rand", "retry", "secrets", "verbose")

    def __init__(
        self,
        retry: RetryConfig | None,
        limiter: RateLimiter | None,
        verbose: bool,
        secrets: Iterable[str],
        rand: Callable[[], float] | None,
    ) -> None:
        self.retry = retry if retry is not None else RetryConfig()
        self.limiter = limiter if limiter is not None else RateLimiter()
        self.verbose = verbose
        self.secrets = tuple(s for s in secrets if s)
        self.rand = rand if rand is not None else random.random


class _Attempts:
    """One request's way through its attempts: decides each retry and writes the log lines."""

    __slots__ = ("_log", "_method", "_policy", "_started", "_url", "number", "total")

    def __init__(self, policy: _Policy, request: httpx.Request) -> None:
        self._policy = policy
        self.number = 0
        self.total = _max_retries(request, policy.retry) + 1
        self._started = 0.0
        # Decided once per request, so a quiet client formats nothing at all.
        self._log = policy.verbose and logger.isEnabledFor(logging.DEBUG)
        self._method = ""
        self._url = ""
        if self._log:
            secrets = (*policy.secrets, *credentials_in(request.headers))
            self._method = request.method
            self._url = redact(str(request.url), secrets)

    @property
    def may_retry(self) -> bool:
        """True when a second attempt is possible, so the request body must be replayable."""
        return self.total > 1

    def rate_limited(self, waited: float) -> None:
        """Note time spent waiting for the client-side rate limiter."""
        if self._log and waited > 0:
            logger.debug("rate limit: waited %.3f s before %s %s", waited, self._method, self._url)

    def begin(self) -> None:
        """Mark the start of the next attempt."""
        self.number += 1
        if self._log:
            self._started = time.perf_counter()

    def after_response(self, response: httpx.Response) -> float | None:
        """Seconds to wait before retrying ``response``'s request, or None to return it."""
        retry = self._policy.retry
        retryable = response.status_code in retry.retry_statuses
        wait = None
        if retryable and self.number < self.total:
            wait = retry.delay(
                self.number, parse_retry_after(response.headers), self._policy.rand()
            )
        if self._log:
            self._write(str(response.status_code), retryable, wait)
        return wait

    def after_error(self, exc: Exception) -> float | None:
        """Seconds to wait before retrying after ``exc``, or None to re-raise it."""
        retryable = isinstance(exc, RETRYABLE_ERRORS)
        wait = None
        if retryable and self.number < self.total:
            wait = self._policy.retry.delay(self.number, None, self._policy.rand())
        if self._log:
            self._write(type(exc).__name__, retryable, wait)
        return wait

    def _write(self, outcome: str, retryable: bool, wait: float | None) -> None:
        elapsed_ms = (time.perf_counter() - self._started) * 1000.0
        if wait is not None:
            tail = f"; retrying in {wait:.3f} s"
        elif retryable and self.total > 1:
            tail = f"; giving up after {self.number} attempts"
        else:
            tail = ""
        logger.debug(
            "%s %s -> %s in %.1f ms (attempt %d/%d)%s",
            self._method,
            self._url,
            outcome,
            elapsed_ms,
            self.number,
            self.total,
            tail,
        )


def _max_retries(request: httpx.Request, retry: RetryConfig) -> int:
    """Retries allowed for ``request``: its per-call extension if set, else the config's."""
    value = request.extensions.get(MAX_RETRIES_EXTENSION)
    if value is None:
        return retry.max_retries
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"max_retries must be an int >= 0, not {value!r}")
    return value


def _rebuilt(response: httpx.Response, raw: bytes) -> httpx.Response:
    # Raw (still encoded) bytes, so Content-Encoding and Content-Length keep matching.
    return httpx.Response(
        status_code=response.status_code,
        headers=response.headers,
        stream=httpx.ByteStream(raw),
        extensions=response.extensions,
    )


def _is_read(response: httpx.Response) -> bool:
    try:
        response.content  # noqa: B018 - raises until the body is in memory
    except httpx.ResponseNotRead:
        return False
    return True


def _read_body(response: httpx.Response) -> httpx.Response:
    """``response`` with its body in memory (still encoded), its connection released."""
    if _is_read(response):
        return response
    try:
        raw = b"".join(response.iter_raw())
    finally:
        response.close()
    return _rebuilt(response, raw)


async def _aread_body(response: httpx.Response) -> httpx.Response:
    """The async twin of ``_read_body``."""
    if _is_read(response):
        return response
    try:
        raw = b"".join([chunk async for chunk in response.aiter_raw()])
    finally:
        await response.aclose()
    return _rebuilt(response, raw)


class RetryTransport(httpx.BaseTransport):
    """Sync transport adding rate limiting, retries and logging around ``inner``.

    Response bodies are read inside the retry loop: a connection dropped mid-body (the usual
    failure behind load balancers) is then retried like any other dropped connection. The
    HoneyHive API answers with JSON that is read in full anyway, so nothing is lost.
    """

    def __init__(
        self,
        inner: httpx.BaseTransport | None = None,
        *,
        retry: RetryConfig | None = None,
        limiter: RateLimiter | None = None,
        verbose: bool = False,
        secrets: Iterable[str] = (),
        limits: httpx.Limits | None = None,
        sleep: Callable[[float], None] = time.sleep,
        rand: Callable[[], float] | None = None,
    ) -> None:
        self._inner = inner if inner is not None else httpx.HTTPTransport(limits=_limits(limits))
        self._policy = _Policy(retry, limiter, verbose, secrets, rand)
        self._sleep = sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request``, retrying as the RetryConfig allows; return the last response."""
        attempts = _Attempts(self._policy, request)
        if attempts.may_retry:
            request.read()  # a streamed body could not be sent a second time
        while True:
            attempts.rate_limited(self._policy.limiter.acquire())
            attempts.begin()
            try:
                response = _read_body(self._inner.handle_request(request))
            except Exception as exc:
                wait = attempts.after_error(exc)
                if wait is None:
                    # The error message says how many attempts this failure ends.
                    setattr(exc, ATTEMPTS_ATTRIBUTE, attempts.number)
                    raise
            else:
                wait = attempts.after_response(response)
                if wait is None:
                    return response
                response.close()  # already read, so this frees nothing but says so
            self._sleep(wait)

    def close(self) -> None:
        """Close the inner transport and its connection pool."""
        self._inner.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """Async twin of ``RetryTransport``; it shares every decision with it (see ``_Attempts``)."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport | None = None,
        *,
        retry: RetryConfig | None = None,
        limiter: RateLimiter | None = None,
        verbose: bool = False,
        secrets: Iterable[str] = (),
        limits: httpx.Limits | None = None,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        rand: Callable[[], float] | None = None,
    ) -> None:
        # anyio, not asyncio, so that the same transport works under trio. Imported here, not
        # at the top: sync-only users never load it.
        import anyio

        self._inner = (
            inner if inner is not None else httpx.AsyncHTTPTransport(limits=_limits(limits))
        )
        self._policy = _Policy(retry, limiter, verbose, secrets, rand)
        self._sleep = sleep if sleep is not None else anyio.sleep
        # httpcore's async pool rescans its whole wait queue on every release, so hundreds of
        # queued requests cost quadratic time (500 concurrent creates: ~5.5 s instead of ~1 s).
        # Queueing here instead, at most max_connections attempts in flight, keeps it linear.
        self._max_in_flight = _limits(limits).max_connections or 2**31
        self._gate: anyio.Semaphore | None = None

    def _in_flight(self) -> anyio.Semaphore:
        # Made on first use, inside the running loop, so that anyio picks the primitive of
        # the library actually running (asyncio or trio). Like the inner pool's connections,
        # the transport then serves that library.
        gate = self._gate
        if gate is None:
            import anyio

            gate = self._gate = anyio.Semaphore(self._max_in_flight, fast_acquire=True)
        return gate

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request``, retrying as the RetryConfig allows; return the last response."""
        attempts = _Attempts(self._policy, request)
        if attempts.may_retry:
            await request.aread()
        while True:
            attempts.rate_limited(await self._policy.limiter.acquire_async())
            try:
                async with self._in_flight():
                    attempts.begin()
                    response = await _aread_body(await self._inner.handle_async_request(request))
            except Exception as exc:
                wait = attempts.after_error(exc)
                if wait is None:
                    # The error message says how many attempts this failure ends.
                    setattr(exc, ATTEMPTS_ATTRIBUTE, attempts.number)
                    raise
            else:
                wait = attempts.after_response(response)
                if wait is None:
                    return response
                await response.aclose()
            await self._sleep(wait)

    async def aclose(self) -> None:
        """Close the inner transport and its connection pool."""
        await self._inner.aclose()


class ClientTransport(httpx.BaseTransport):
    """Sends each attempt through a user's ``httpx.Client``: ``RetryTransport``'s ``inner``.

    The user's proxy, ``verify``/``cert``, mounts or transport, ``auth`` and event hooks
    apply to every attempt, retries included. Headers the user's client sets by default are
    added where the request has none of its own. The timeout is the one the HoneyHive
    client put on the request. ``close()`` leaves the user's client open: the user owns it.
    """

    def __init__(self, client: httpx.Client) -> None:
        if not isinstance(client, httpx.Client):
            raise TypeError(f"ClientTransport needs an httpx.Client, not {type(client).__name__}")
        self.client = client

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` with the user's client; return the answer with its body read."""
        _add_default_headers(request, self.client.headers)
        # Read here, so that a body cut short fails inside the retry loop (and is retried).
        return _read_body(self.client.send(request, stream=True))

    def close(self) -> None:
        """Nothing to do: the user's client is the user's to close."""


class AsyncClientTransport(httpx.AsyncBaseTransport):
    """The async twin of ``ClientTransport``, around a user's ``httpx.AsyncClient``."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        if not isinstance(client, httpx.AsyncClient):
            raise TypeError(
                f"AsyncClientTransport needs an httpx.AsyncClient, not {type(client).__name__}"
            )
        self.client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` with the user's client; return the answer with its body read."""
        _add_default_headers(request, self.client.headers)
        return await _aread_body(await self.client.send(request, stream=True))

    async def aclose(self) -> None:
        """Nothing to do: the user's client is the user's to close."""


def _add_default_headers(request: httpx.Request, defaults: httpx.Headers) -> None:
    # Client.send skips the defaults that Client.build_request would have merged in.
    for name, value in defaults.multi_items():
        if name not in request.headers:
            request.headers[name] = value


def make_timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout:
    """None -> DEFAULT_TIMEOUT; seconds -> that for read/write/pool, connect at most 5 s."""
    if timeout is None:
        return DEFAULT_TIMEOUT
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if isinstance(timeout, bool) or not isinstance(timeout, int | float):
        raise TypeError(f"timeout must be a number of seconds or httpx.Timeout, not {timeout!r}")
    if not math.isfinite(timeout) or timeout <= 0:
        raise ValueError(f"timeout must be a positive number of seconds, not {timeout}")
    return httpx.Timeout(float(timeout), connect=min(5.0, float(timeout)))


def make_limits(
    max_connections: int | None = None, max_keepalive: int | None = None
) -> httpx.Limits:
    """Connection-pool limits; None means the default (100 connections, 20 kept alive)."""
    connections = DEFAULT_MAX_CONNECTIONS if max_connections is None else max_connections
    keepalive = DEFAULT_MAX_KEEPALIVE if max_keepalive is None else max_keepalive
    for name, value, least in (
        ("max_connections", connections, 1),
        ("max_keepalive", keepalive, 0),
    ):
        if isinstance(value, bool) or not isinstance(value, int) or value < least:
            raise ValueError(f"{name} must be an int >= {least}, not {value!r}")
    # More idle connections than connections can never happen; say what will.
    return httpx.Limits(
        max_connections=connections, max_keepalive_connections=min(keepalive, connections)
    )


def _limits(limits: httpx.Limits | None) -> httpx.Limits:
    return limits if limits is not None else make_limits()


_LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})


def _proxy_from_env(base_url: str) -> str | None:
    # httpx stops reading HTTP(S)_PROXY / NO_PROXY once a transport is passed in; read them
    # here so a client behind a corporate proxy works as plain httpx would.
    url = httpx.URL(base_url)
    if not url.host or url.host in _LOOPBACK:
        return None
    proxies = urllib.request.getproxies()
    proxy = proxies.get(url.scheme) or proxies.get("all")
    if not proxy or urllib.request.proxy_bypass(url.host):
        return None
    return proxy


def enable_verbose_logging() -> None:
    """Make DEBUG lines of the ``honeyhive`` logger visible unless the app configured it.

    Sets the level only when nobody has, and adds a stderr handler only when no handler
    would otherwise receive the records.
    """
    if logger.level == logging.NOTSET:
        logger.setLevel(logging.DEBUG)
    if not logger.hasHandlers():
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)


def build_sync_client(
    *,
    base_url: str,
    headers: Mapping[str, str] | None = None,
    timeout: float | httpx.Timeout | None = None,
    retry: RetryConfig | None = None,
    limiter: RateLimiter | None = None,
    limits: httpx.Limits | None = None,
    verbose: bool = False,
    secrets: tuple[str, ...] = (),
    inner: httpx.BaseTransport | None = None,
) -> httpx.Client:
    """A pooled httpx.Client sending through RetryTransport (``inner`` replaces the network)."""
    if verbose:
        enable_verbose_logging()
    if inner is None:
        inner = httpx.HTTPTransport(limits=_limits(limits), proxy=_proxy_from_env(base_url))
    transport = RetryTransport(
        inner, retry=retry, limiter=limiter, verbose=verbose, secrets=secrets
    )
    return httpx.Client(
        base_url=base_url,
        headers=dict(headers or {}),
        timeout=make_timeout(timeout),
        transport=transport,
    )


def build_async_client(
    *,
    base_url: str,
    headers: Mapping[str, str] | None = None,
    timeout: float | httpx.Timeout | None = None,
    retry: RetryConfig | None = None,
    limiter: RateLimiter | None = None,
    limits: httpx.Limits | None = None,
    verbose: bool = False,
    secrets: tuple[str, ...] = (),
    inner: httpx.AsyncBaseTransport | None = None,
) -> httpx.AsyncClient:
    """A pooled httpx.AsyncClient sending through AsyncRetryTransport."""
    if verbose:
        enable_verbose_logging()
    if inner is None:
        inner = httpx.AsyncHTTPTransport(limits=_limits(limits), proxy=_proxy_from_env(base_url))
    transport = AsyncRetryTransport(
        inner, retry=retry, limiter=limiter, verbose=verbose, secrets=secrets, limits=limits
    )
    return httpx.AsyncClient(
        base_url=base_url,
        headers=dict(headers or {}),
        timeout=make_timeout(timeout),
        transport=transport,
    )
