"""The `HoneyHive` client: configuration, lazily built HTTP clients, and the call drivers.

Configuration is resolved here and only here (explicit argument, then environment variable,
then default). Every request of every namespace goes through `_send` / `_send_async`, which
build the request with the generated operation, send it through this instance's pooled httpx
client (whose transport retries, rate-limits and logs, see `_transport.py`) and map the
answer to a result or to one of the errors of `errors.py`. `HoneyHive.call` / `call_async`
do the same for any generated operation, wrapped by a namespace or not.
"""

from __future__ import annotations

import functools
import importlib
import json
import math
import os
import threading
import warnings
import weakref
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from types import ModuleType
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

import httpx

from . import _transport
from ._operation import Call, Credential, Plane, Steps, load_operation
from .errors import (
    APIError,
    HoneyHiveError,
    InvalidResponseError,
    MissingApiKeyError,
    error_from_response,
    error_from_transport,
)

if TYPE_CHECKING:
    import asyncio

    from honeyhive_api.client import AuthenticatedClient, Client

    from .resources.api_keys import ApiKeys
    from .resources.charts import Charts
    from .resources.configurations import Configurations
    from .resources.datapoints import Datapoints
    from .resources.datasets import Datasets
    from .resources.events import Events
    from .resources.experiments import Experiments
    from .resources.metric_versions import MetricVersions
    from .resources.metrics import Metrics
    from .resources.projects import Projects
    from .resources.queues import Queues
    from .resources.sessions import Sessions
    from .resources.tools import Tools

R = TypeVar("R")
N = TypeVar("N")

DEFAULT_BASE_URL = "https://api.honeyhive.ai"
#: When only ``rate_limit_calls`` is given, the window is one minute (the reference doc's usage).
DEFAULT_RATE_LIMIT_WINDOW = 60.0
#: Prefixes of the typed keys of today's service (the official SDK 1.7.0 checks the same).
INGESTION_KEY_PREFIX = "hh_ingst_"
DATA_PLANE_KEY_PREFIX = "hh_fgdp_"
_TRUE = frozenset({"1", "true", "yes", "on"})
_FALSE = frozenset({"0", "false", "no", "off", ""})


def _env_fix(name: str, raw: str, expected: str) -> ValueError:
    """The error for a bad environment variable: its name, its value, and what to do."""
    return ValueError(f"{name}={raw!r} must be {expected}: fix or unset the variable")


def _env_flag(name: str, env: Mapping[str, str]) -> bool | None:
    raw = env.get(name)
    if raw is None:
        return None
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise _env_fix(name, raw, "true or false (or 1/0, yes/no, on/off)")


def _env_seconds(name: str, raw: str) -> float:
    """A timeout read from the environment: a positive, finite number of seconds."""
    try:
        value = float(raw.strip())
    except ValueError:
        value = math.nan
    if not (math.isfinite(value) and value > 0):
        raise _env_fix(name, raw, "a positive number of seconds, such as 30")
    return value


def _env_retries(env: Mapping[str, str]) -> int | None:
    """``HH_MAX_RETRIES`` as a whole number >= 0, or None when unset or blank."""
    raw = env.get(_transport.MAX_RETRIES_ENV)
    if raw is None or not raw.strip():
        return None
    try:
        value = int(raw.strip())
    except ValueError:
        value = -1
    if value < 0:
        raise _env_fix(_transport.MAX_RETRIES_ENV, raw, "a whole number >= 0, such as 2")
    return value


def _positive(name: str, value: object, kind: type = float) -> Any:
    """Check that an optional numeric setting is a positive number of the right kind."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float) if kind is float else int):
        raise TypeError(f"{name} must be a positive {kind.__name__}, not {value!r}")
    if not (math.isfinite(value) and value > 0):
        raise ValueError(f"{name} must be positive, not {value!r}")
    return kind(value)


def _typed_key(name: str, env_name: str, value: object, prefix: str, env: Mapping[str, str]) -> str:
    """A typed API key from its argument or variable; its prefix checked, never echoed."""
    source = name
    if value is None:
        value, source = env.get(env_name), env_name
    if value is None or (isinstance(value, str) and not value.strip()):
        return ""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a string, not {type(value).__name__}")
    if not value.strip().startswith(prefix):
        # The value is a secret: the message names where it came from, never what it is.
        fix = ": fix or unset the variable" if source == env_name else ""
        raise ValueError(
            f"{source} is not a HoneyHive {name.replace('_', ' ')}: it must start with "
            f"{prefix!r}{fix}"
        )
    return value.strip()


@functools.lru_cache(maxsize=64)
def _is_http_url(value: str) -> bool:
    """Whether ``value`` parses as an http(s) URL with a host.

    Cached: parsing costs about 25 µs, and code that builds a client per request passes the
    same URL every time.
    """
    try:
        url = httpx.URL(value)
    except httpx.InvalidURL:
        return False
    return url.scheme in ("http", "https") and bool(url.host)


def _url(name: str, value: object, *, from_env: bool = False) -> str:
    """An http(s) URL with a host; the error names the argument or variable and its value."""
    if isinstance(value, str):
        value = value.strip()
        if _is_http_url(value):
            return value.rstrip("/")
    expected = f"an http(s) URL with a host, such as {DEFAULT_BASE_URL!r}"
    if from_env and isinstance(value, str):
        raise _env_fix(name, value, expected)
    raise ValueError(f"{name}={value!r} must be {expected}")


class _Namespace(Generic[N]):
    """A namespace attribute whose module is imported, and object built, on first access.

    ``client.events`` is class ``Events`` of module ``honeyhive.resources.events``.
    """

    def __init__(self, doc: str, class_name: str = "", module: str = "") -> None:
        self.__doc__ = doc
        self._attr = ""
        self._class = class_name
        self._module = module

    def __set_name__(self, owner: type, name: str) -> None:
        self._attr = name
        self._module = self._module or name
        self._class = self._class or name.capitalize()

    @overload
    def __get__(self, instance: None, owner: type) -> _Namespace[N]: ...
    @overload
    def __get__(self, instance: object, owner: type) -> N: ...
    def __get__(self, instance: object | None, owner: type) -> _Namespace[N] | N:
        if instance is None:
            return self
        # An alias (``evaluations``) shares the object of the namespace it stands for.
        namespace: N | None = instance.__dict__.get(self._module)
        if namespace is None:
            module = importlib.import_module(f"honeyhive.resources.{self._module}")
            namespace = getattr(module, self._class)(instance)
            instance.__dict__[self._module] = namespace
        # Not a data descriptor: from now on the instance attribute answers directly.
        instance.__dict__[self._attr] = namespace
        return namespace


@dataclass(frozen=True)
class APIConfig:
    """The resolved settings of one client. The API key is never shown in its repr."""

    api_key: str | None = field(repr=False)
    base_url: str
    #: Sent on session and event writes; "" falls back to ``api_key``.
    ingestion_api_key: str = field(repr=False)
    #: Sent on today's project-scoped routes (``/v1/projects/{project_id}/...``).
    data_plane_api_key: str = field(repr=False)
    cp_base_url: str
    timeout: float | None
    retry: _transport.RetryConfig
    rate_limit_calls: int | None
    rate_limit_window: float | None
    max_connections: int
    max_keepalive: int
    test_mode: bool
    verbose: bool

    @property
    def has_api_key(self) -> bool:
        """Whether an API key is configured."""
        return bool(self.api_key)

    @property
    def base_path(self) -> str:
        """The base URL under the official SDK 1.7.0's name (``api_config.base_path``)."""
        return self.base_url

    @classmethod
    def resolve(
        cls,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        ingestion_api_key: str | None = None,
        data_plane_api_key: str | None = None,
        cp_base_url: str | None = None,
        server_url: str | None = None,
        timeout: float | None = None,
        retry_config: Any = None,
        rate_limit_calls: int | None = None,
        rate_limit_window: float | None = None,
        max_connections: int | None = None,
        max_keepalive: int | None = None,
        test_mode: bool | None = None,
        verbose: bool | None = None,
        env: Mapping[str, str] | None = None,
    ) -> APIConfig:
        """Combine explicit arguments, environment variables and defaults, checking each."""
        env = os.environ if env is None else env
        if api_key is not None and not isinstance(api_key, str):
            raise TypeError(f"api_key must be a string, not {type(api_key).__name__}")
        # A key pasted into a shell profile or .env file often carries a trailing newline.
        key = api_key or (env.get("HH_API_KEY") or "").strip() or None
        if base_url and server_url and base_url.rstrip("/") != server_url.rstrip("/"):
            raise ValueError("base_url and server_url (its legacy alias) disagree: pass one")
        # Each URL is checked where it comes from, so an error names what the user set.
        if base_url or server_url:
            base = _url("base_url" if base_url else "server_url", base_url or server_url)
        elif env.get("HH_API_URL", "").strip():
            base = _url("HH_API_URL", env["HH_API_URL"], from_env=True)
        else:
            base = DEFAULT_BASE_URL
        if cp_base_url:
            cp = _url("cp_base_url", cp_base_url)
        elif env.get("HH_CP_API_URL", "").strip():
            cp = _url("HH_CP_API_URL", env["HH_CP_API_URL"], from_env=True)
        else:
            cp = base
        # HH_API_TIMEOUT is the official SDK 1.7.0's name for the same setting.
        timeout_var = next((v for v in ("HH_TIMEOUT", "HH_API_TIMEOUT") if env.get(v)), None)
        if timeout is None and timeout_var:
            timeout = _env_seconds(timeout_var, env[timeout_var])
        if retry_config is None:
            retry_config = _env_retries(env)
        calls = _positive("rate_limit_calls", rate_limit_calls, int)
        window = _positive("rate_limit_window", rate_limit_window)
        if window is not None and calls is None:
            raise ValueError("rate_limit_window needs rate_limit_calls (calls per window)")
        if calls is not None and window is None:
            window = DEFAULT_RATE_LIMIT_WINDOW
        conns = _positive("max_connections", max_connections, int)
        keep = _positive("max_keepalive", max_keepalive, int)
        flag_test = _env_flag("HH_TEST_MODE", env)
        flag_verbose = _env_flag("HH_VERBOSE", env)
        return cls(
            api_key=key,
            base_url=base,
            ingestion_api_key=_typed_key(
                "ingestion_api_key",
                "HH_INGESTION_API_KEY",
                ingestion_api_key,
                INGESTION_KEY_PREFIX,
                env,
            ),
            data_plane_api_key=_typed_key(
                "data_plane_api_key",
                "HH_DATA_PLANE_API_KEY",
                data_plane_api_key,
                DATA_PLANE_KEY_PREFIX,
                env,
            ),
            cp_base_url=cp,
            timeout=_positive("timeout", timeout),
            retry=_transport.RetryConfig.coerce(retry_config, env=env),
            rate_limit_calls=calls,
            rate_limit_window=window,
            max_connections=conns or _transport.DEFAULT_MAX_CONNECTIONS,
            max_keepalive=keep or min(_transport.DEFAULT_MAX_KEEPALIVE, conns or 10**9),
            test_mode=bool(test_mode if test_mode is not None else flag_test),
            verbose=bool(verbose if verbose is not None else flag_verbose),
        )


class HoneyHive:
    """Main HoneyHive API client, with a sync method and an ``_async`` twin for every operation.

    No I/O happens here: HTTP clients are created on first use, one pooled ``httpx.Client``
    and one ``httpx.AsyncClient`` per base URL. ``test_mode=True`` sends every call to an
    in-process HoneyHive-compatible server (``honeyhive.local``) instead of the network.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *positional: str | None,
        base_url: str | None = None,
        ingestion_api_key: str | None = None,
        data_plane_api_key: str | None = None,
        project: str | None = None,
        cp_base_url: str | None = None,
        server_url: str | None = None,
        timeout: float | None = None,
        retry_config: Any | None = None,
        rate_limit_calls: int | None = None,
        rate_limit_window: float | None = None,
        max_connections: int | None = None,
        max_keepalive: int | None = None,
        test_mode: bool | None = None,
        verbose: bool | None = None,
        tracer_instance: Any | None = None,
    ) -> None:
        """Settings come from the arguments, then ``HH_*`` variables, then defaults.

        A second positional argument is the reference doc's ``base_url``; one that is not a
        URL is the official SDK 1.7.0's positional ``project`` (ignored with a warning, as
        there). Every other argument is a keyword.
        """
        if len(positional) > 1:
            raise TypeError(
                f"HoneyHive() takes api_key and base_url by position, not {1 + len(positional)} "
                "arguments: pass the others by keyword"
            )
        if positional and positional[0] is not None:
            second = positional[0]
            if base_url is not None:
                raise TypeError("HoneyHive() got base_url by position and by keyword")
            if isinstance(second, str) and "://" not in second:
                project = project if project is not None else second
            else:
                base_url = second
        if project is not None:
            # The official SDK 1.7.0 accepts and ignores it too: the key names the project.
            warnings.warn(
                "HoneyHive(project=...) is ignored: the API key and each call name the project",
                DeprecationWarning,
                stacklevel=2,
            )
        self._config = APIConfig.resolve(
            api_key,
            base_url=base_url,
            ingestion_api_key=ingestion_api_key,
            data_plane_api_key=data_plane_api_key,
            cp_base_url=cp_base_url,
            server_url=server_url,
            timeout=timeout,
            retry_config=retry_config,
            rate_limit_calls=rate_limit_calls,
            rate_limit_window=rate_limit_window,
            max_connections=max_connections,
            max_keepalive=max_keepalive,
            test_mode=test_mode,
            verbose=verbose,
        )
        #: Tracer associated with this client, for correlated tracing (stored, not used here).
        self.tracer_instance = tracer_instance
        self._lock = threading.Lock()
        self._sync: dict[str, httpx.Client] = {}
        self._async: dict[str, tuple[asyncio.AbstractEventLoop | None, httpx.AsyncClient]] = {}
        self._local: Any = None
        # One limiter shared by the sync and async paths: the limit is per client instance.
        cfg = self._config
        self._limiter = (
            _transport.RateLimiter(cfg.rate_limit_calls, cfg.rate_limit_window)
            if cfg.rate_limit_calls and cfg.rate_limit_window
            else None
        )
        _LIVE.add(self)

    def _forget_connections(self) -> None:
        """In a forked child: drop the parent's pools, lock and limiter, without closing them.

        Pooled keep-alive connections are sockets shared with the parent after ``fork``;
        using them from both processes mixes up answers, and closing them here could cut the
        parent's. The child opens its own on its next call.
        """
        self._lock = threading.Lock()
        self._sync = {}
        self._async = {}
        self.__dict__.pop("low_level", None)
        self.__dict__.pop("low_level_cp", None)
        if self._limiter is not None:
            self._limiter = _transport.RateLimiter(self._limiter.calls, self._limiter.window)

    # ----------------------------------------------------------------- properties
    @property
    def api_config(self) -> APIConfig:
        """Access the underlying API configuration."""
        return self._config

    @property
    def api_key(self) -> str:
        """Get the HoneyHive API key ("" when none is configured)."""
        return self._config.api_key or ""

    @property
    def ingestion_api_key(self) -> str:
        """The ingestion key sent on session and event writes ("" when the API key is used)."""
        return self._config.ingestion_api_key

    @property
    def data_plane_api_key(self) -> str:
        """The fine-grained data-plane key of project-scoped routes ("" when none)."""
        return self._config.data_plane_api_key

    @property
    def server_url(self) -> str:
        """Get the HoneyHive API server URL."""
        return self._config.base_url

    @property
    def base_url(self) -> str:
        """The data-plane base URL (same as ``server_url``)."""
        return self._config.base_url

    @property
    def cp_base_url(self) -> str:
        """The control-plane base URL (projects and configurations)."""
        return self._config.cp_base_url

    @property
    def retry_config(self) -> _transport.RetryConfig:
        """How failed requests are retried (``max_retries``, backoff, ``Retry-After`` cap)."""
        return self._config.retry

    @property
    def timeout(self) -> float | None:
        """Return the configured timeout in seconds (None: the defaults of ``_transport``)."""
        return self._config.timeout

    @property
    def test_mode(self) -> bool:
        """Return whether client is in test mode (calls go to an in-process local server)."""
        return self._config.test_mode

    @property
    def verbose(self) -> bool:
        """Return whether verbose mode is enabled (DEBUG logs on the ``honeyhive`` logger)."""
        return self._config.verbose

    def __repr__(self) -> str:
        key = "set" if self._config.api_key else "missing"
        if self._config.test_mode:
            # base_url is not used in test mode: showing it would read as production.
            return f"HoneyHive(test_mode=True, server='in-process honeyhive.local', api_key={key})"
        return f"HoneyHive(base_url={self._config.base_url!r}, test_mode=False, api_key={key})"

    # ----------------------------------------------------------------- namespaces
    api_keys: _Namespace[ApiKeys] = _Namespace("API for creating project API keys.", "ApiKeys")
    charts: _Namespace[Charts] = _Namespace("API for managing charts.")
    configurations: _Namespace[Configurations] = _Namespace("API for managing configurations.")
    datapoints: _Namespace[Datapoints] = _Namespace("API for managing datapoints.")
    datasets: _Namespace[Datasets] = _Namespace("API for managing datasets.")
    events: _Namespace[Events] = _Namespace("API for managing events.")
    experiments: _Namespace[Experiments] = _Namespace("API for managing experiment runs.")
    evaluations: _Namespace[Experiments] = _Namespace(
        "Alias of ``experiments`` (the official SDK's older name).", "Experiments", "experiments"
    )
    metric_versions: _Namespace[MetricVersions] = _Namespace(
        "API for managing metric versions.", "MetricVersions"
    )
    metrics: _Namespace[Metrics] = _Namespace("API for managing metrics.")
    projects: _Namespace[Projects] = _Namespace("API for managing projects.")
    queues: _Namespace[Queues] = _Namespace("API for managing annotation queues.")
    sessions: _Namespace[Sessions] = _Namespace("API for managing sessions.")
    tools: _Namespace[Tools] = _Namespace("API for managing tools.")

    # ----------------------------------------------------------------- low level
    def _generated_client(self, plane: Plane) -> AuthenticatedClient:
        url = self._url(plane)
        low = _low_level_class()(base_url=url, token=self.api_key)
        low.set_httpx_client(self._sync_http(url))
        low.set_async_httpx_client(self._async_http(url))
        return low

    @cached_property
    def low_level(self) -> AuthenticatedClient:
        """The generated ``honeyhive_api`` client this instance uses (same URL, auth, pool).

        Pass it as ``client=`` to any operation of ``honeyhive_api.api`` that the facade does
        not wrap; it shares this instance's timeouts, retries, rate limit and logging.
        """
        return self._generated_client("data")

    @cached_property
    def low_level_cp(self) -> AuthenticatedClient:
        """Like `low_level`, for the control plane (projects, configurations)."""
        return self._generated_client("control")

    # ----------------------------------------------------------------- HTTP clients
    def _url(self, plane: Plane) -> str:
        return self._config.cp_base_url if plane == "control" else self._config.base_url

    def _headers(self) -> dict[str, str]:
        headers = {"User-Agent": "honeyhive-client-python", "Accept": "application/json"}
        if self._config.api_key:
            headers["Authorization"] = f"Bearer {self._config.api_key}"
        return headers

    def _local_api(self) -> Any:
        """The in-process server of test mode (one per client, shared by sync and async)."""
        if self._local is None:
            from honeyhive import local

            problem = local.missing_extra(
                "test_mode (HoneyHive(test_mode=True) or HH_TEST_MODE=true), which answers "
                "every call with the in-process honeyhive.local server,",
                local.IN_PROCESS_NEEDS,
            )
            if problem is not None:
                raise HoneyHiveError(problem)
            from honeyhive.local import LocalAPI

            self._local = LocalAPI(accept_any_key=True)
        return self._local

    def _client_options(self) -> dict[str, Any]:
        cfg = self._config
        return {
            "headers": self._headers(),
            "timeout": _transport.make_timeout(cfg.timeout),
            "retry": cfg.retry,
            "limiter": self._limiter,
            "limits": _transport.make_limits(cfg.max_connections, cfg.max_keepalive),
            "verbose": cfg.verbose,
            "secrets": tuple(
                k for k in (cfg.api_key, cfg.ingestion_api_key, cfg.data_plane_api_key) if k
            ),
        }

    def _sync_http(self, url: str) -> httpx.Client:
        client = self._sync.get(url)
        if client is None:
            with self._lock:
                client = self._sync.get(url)
                if client is None:
                    inner = None
                    if self._config.test_mode:
                        from honeyhive.local import InProcessTransport

                        inner = InProcessTransport(self._local_api())
                    client = _transport.build_sync_client(
                        base_url=url, inner=inner, **self._client_options()
                    )
                    self._sync[url] = client
        return client

    def _async_http(self, url: str) -> httpx.AsyncClient:
        import asyncio  # here, not at the top: sync-only users never load asyncio

        try:
            loop: asyncio.AbstractEventLoop | None = asyncio.get_running_loop()
        except RuntimeError:
            loop = None
        entry = self._async.get(url)
        # Pooled connections belong to the loop that opened them: a client first used under
        # another (finished) loop, e.g. a second asyncio.run(), gets a fresh pool.
        if entry is not None and (entry[0] is None or entry[0] is loop or loop is None):
            if entry[0] is None and loop is not None:
                self._async[url] = (loop, entry[1])
            return entry[1]
        inner = None
        if self._config.test_mode:
            from honeyhive.local import AsyncInProcessTransport

            inner = AsyncInProcessTransport(self._local_api())
        client = _transport.build_async_client(base_url=url, inner=inner, **self._client_options())
        self._async[url] = (loop, client)
        return client

    # ----------------------------------------------------------------- lifecycle
    def close(self) -> None:
        """Close the pooled sync connections (async ones: use `aclose`)."""
        with self._lock:
            clients, self._sync = list(self._sync.values()), {}
            # The generated clients hold the closed pools: build them anew on next use.
            self.__dict__.pop("low_level", None)
            self.__dict__.pop("low_level_cp", None)
        for client in clients:
            client.close()

    async def aclose(self) -> None:
        """Close every pooled connection, sync and async."""
        self.close()
        entries, self._async = list(self._async.values()), {}
        for _, client in entries:
            await client.aclose()

    def __enter__(self) -> HoneyHive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    async def __aenter__(self) -> HoneyHive:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    # ----------------------------------------------------------------- drivers
    def _key_for(self, credential: Credential) -> str:
        """The key a call of this kind sends; MissingApiKeyError when none is configured."""
        cfg = self._config
        if credential == "ingestion":
            key = cfg.ingestion_api_key or cfg.api_key
        elif credential == "data_plane":
            key = cfg.data_plane_api_key
        elif credential == "data_plane_or_api":
            key = cfg.data_plane_api_key or cfg.api_key
        else:
            key = cfg.api_key
        if key or cfg.test_mode:
            return key or ""
        raise MissingApiKeyError(*_MISSING[credential])

    def _request_kwargs(self, call: Call[Any]) -> dict[str, Any]:
        key = self._key_for(call.credential)
        try:
            kwargs: dict[str, Any] = load_operation(call.operation)._get_kwargs(**call.kwargs)
        except (TypeError, ValueError, AttributeError) as exc:
            # The namespaces convert arguments first; reaching this is a bad nested value.
            raise TypeError(f"invalid arguments for {call.operation}: {exc}") from exc
        if key and key != self._config.api_key:
            # The pooled client carries the API key; a call that needs another one says so.
            kwargs["headers"] = {**kwargs.get("headers", {}), "Authorization": f"Bearer {key}"}
        return kwargs

    def _send(self, call: Call[R]) -> R:
        kwargs = self._request_kwargs(call)
        try:
            response = self._sync_http(self._url(call.plane)).request(**kwargs)
        except httpx.RequestError as exc:
            raise error_from_transport(exc) from exc
        return _read(call, response)

    async def _send_async(self, call: Call[R]) -> R:
        kwargs = self._request_kwargs(call)
        try:
            response = await self._async_http(self._url(call.plane)).request(**kwargs)
        except httpx.RequestError as exc:
            raise error_from_transport(exc) from exc
        return _read(call, response)

    # ----------------------------------------------------------------- any operation
    def call(self, operation: Operation, /, **kwargs: Any) -> Any:
        """Call any generated operation with this client's keys, retries, limits and errors.

        ``operation`` is a module of ``honeyhive_api.api`` (``from honeyhive_api.api.events
        import get_events_chart``), one of its functions, or its dotted name
        (``"events.get_events_chart"``); ``kwargs`` are the operation's own arguments
        (``client`` is this instance's). A ``body`` given as a dict is sent as it is. Returns
        the generated model parsed from the 2xx answer; any other status raises the
        ``honeyhive.errors`` class it maps to, a failed connection
        ``HoneyHiveConnectionError``, a 2xx of the wrong shape ``InvalidResponseError``.
        """
        call, module = _describe(operation, kwargs)
        request = self._request_kwargs(call)
        try:
            response = self._sync_http(self._url(call.plane)).request(**request)
        except httpx.RequestError as exc:
            raise error_from_transport(exc) from exc
        return _read_generated(call, module, response)

    async def call_async(self, operation: Operation, /, **kwargs: Any) -> Any:
        """The async twin of `call`: the same request and result, awaited."""
        call, module = _describe(operation, kwargs)
        request = self._request_kwargs(call)
        try:
            response = await self._async_http(self._url(call.plane)).request(**request)
        except httpx.RequestError as exc:
            raise error_from_transport(exc) from exc
        return _read_generated(call, module, response)

    def _run(self, steps: Steps[R]) -> R:
        """Drive a namespace method's steps, sending each call as it is yielded."""
        try:
            call = next(steps)
            while True:
                try:
                    result = self._send(call)
                except HoneyHiveError as exc:
                    # Lets a method react to an error (e.g. a 404 during a look-up).
                    call = steps.throw(exc)
                else:
                    call = steps.send(result)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]

    async def _run_async(self, steps: Steps[R]) -> R:
        """The async twin of `_run`: the same steps, awaited."""
        try:
            call = next(steps)
            while True:
                try:
                    result = await self._send_async(call)
                except HoneyHiveError as exc:
                    call = steps.throw(exc)
                else:
                    call = steps.send(result)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]


@functools.cache
def _low_level_class() -> type[AuthenticatedClient]:
    """The generated client, with a repr that never shows the API key (its ``token``)."""
    from honeyhive_api.client import AuthenticatedClient

    def __repr__(self: AuthenticatedClient) -> str:
        return f"AuthenticatedClient(base_url={self._base_url!r}, token=[REDACTED])"

    return type(
        "AuthenticatedClient",
        (AuthenticatedClient,),
        {"__slots__": (), "__module__": __name__, "__repr__": __repr__},
    )


#: Every live client, so that a forked child can drop the pools it inherited.
_LIVE: weakref.WeakSet[HoneyHive] = weakref.WeakSet()


def _after_fork_in_child() -> None:
    for client in list(_LIVE):
        client._forget_connections()


if hasattr(os, "register_at_fork"):  # not on Windows, which has no fork
    os.register_at_fork(after_in_child=_after_fork_in_child)


_MISSING: dict[Credential, tuple[str, str]] = {
    "api": ("project", "No HoneyHive API key: pass api_key=... or set HH_API_KEY"),
    "ingestion": (
        "ingestion",
        "No HoneyHive key for writing sessions and events: pass ingestion_api_key=... or "
        "api_key=..., or set HH_INGESTION_API_KEY or HH_API_KEY",
    ),
    "data_plane": (
        "data_plane",
        "This project-scoped call needs a fine-grained data-plane key (hh_fgdp_...): pass "
        "data_plane_api_key=... or set HH_DATA_PLANE_API_KEY",
    ),
    "data_plane_or_api": (
        "data_plane",
        "No HoneyHive key: pass data_plane_api_key=... or api_key=..., or set "
        "HH_DATA_PLANE_API_KEY or HH_API_KEY",
    ),
}


#: What `HoneyHive.call` accepts as an operation: a generated module, a function of one, or
#: its dotted name under ``honeyhive_api.api``.
Operation = ModuleType | Callable[..., Any] | str

_GENERATED_API = "honeyhive_api.api."
#: Tags whose operations the facade sends to the control plane (``cp_base_url``).
_CONTROL_PLANE_TAGS = frozenset({"projects", "configurations"})
#: The session and event writes, which the namespaces send with the ingestion key: `call`
#: sends them the same way (an ingestion key may call nothing else).
_INGESTION_OPERATIONS = frozenset(
    {
        "sessions.start_session_legacy",
        "sessions.create_session",
        "sessions.add_session_traces_legacy",
        "sessions.create_session_event_batch",
        "events.create_event_legacy",
        "events.create_event",
        "events.update_event_legacy",
        "events.update_event",
        "events.create_event_batch_legacy",
        "events.create_event_batch",
        "events.create_model_event_legacy",
        "events.create_model_event_batch_legacy",
    }
)


def _operation_name(operation: Operation) -> str:
    """``"events.get_events_chart"`` for a generated module, one of its functions or a name."""
    if isinstance(operation, ModuleType):
        name = operation.__name__
    elif isinstance(operation, str):
        name = operation
    elif callable(operation) and isinstance(getattr(operation, "__module__", None), str):
        name = operation.__module__
    else:
        raise TypeError(
            "operation must be a module of honeyhive_api.api, one of its functions or its "
            f"dotted name, not {type(operation).__name__}"
        )
    short = name.removeprefix(_GENERATED_API)
    if short.count(".") != 1 or not all(part.isidentifier() for part in short.split(".")):
        raise ValueError(
            f"{name!r} is not a generated operation: expected 'tag.operation' under "
            "honeyhive_api.api, e.g. 'events.get_events_chart'"
        )
    return short


def _describe(operation: Operation, kwargs: dict[str, Any]) -> tuple[Call[Any], ModuleType]:
    """The `Call` of `HoneyHive.call`: which plane and key, the arguments as sent."""
    name = _operation_name(operation)
    try:
        module = load_operation(name)
    except ImportError:
        raise ValueError(
            f"no generated operation {name!r}: regenerate (scripts/generate) after adding it to "
            "openapi.yaml"
        ) from None
    if not hasattr(module, "_get_kwargs") or not hasattr(module, "_parse_response"):
        raise ValueError(f"{_GENERATED_API}{name} is not a generated operation module")
    if "client" in kwargs:
        raise TypeError("call() sends with this client: do not pass client=")
    body = kwargs.get("body")
    if isinstance(body, Mapping):
        from ._checks import WireBody

        # Sent as given; the service (and the local server) reject an unknown key by name.
        kwargs = {**kwargs, "body": WireBody(dict(body))}
    code = module._get_kwargs.__code__
    arguments = code.co_varnames[: code.co_argcount + code.co_kwonlyargcount]
    credential: Credential
    if name in _INGESTION_OPERATIONS:
        credential = "ingestion"
    elif "project_id" in arguments:
        # Today's project-scoped routes take a data-plane key; without one, the API key
        # is sent and the service says whether it may.
        credential = "data_plane_or_api"
    else:
        credential = "api"
    plane: Plane = "control" if name.split(".")[0] in _CONTROL_PLANE_TAGS else "data"
    return Call(name, kwargs, plane=plane, credential=credential), module


@functools.cache
def _parsing_client() -> Client:
    """The client a generated ``_parse_response`` reads its settings from (never sends)."""
    from honeyhive_api.client import Client

    return Client(base_url=DEFAULT_BASE_URL)


def _read_generated(call: Call[Any], module: ModuleType, response: httpx.Response) -> Any:
    """The generated model of a 2xx answer, or the error the answer stands for."""
    if not 200 <= response.status_code < 300:
        raise error_from_response(response)
    try:
        return module._parse_response(client=_parsing_client(), response=response)
    except json.JSONDecodeError:
        raise _invalid(call, response, "the response body is not valid JSON") from None
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise _invalid(call, response, f"unexpected response shape ({exc})") from exc


def _read(call: Call[R], response: httpx.Response) -> R:
    """Map an answer to the call's result, or raise the error it stands for."""
    if not 200 <= response.status_code < 300:
        raise error_from_response(response)
    content = response.content
    data: Any = None
    if content.strip():
        try:
            data = json.loads(content)
        except ValueError:
            raise _invalid(call, response, "the response body is not valid JSON") from None
    try:
        return call.parse(data)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise _invalid(call, response, f"unexpected response shape ({exc})") from exc


def _invalid(call: Call[Any], response: httpx.Response, why: str) -> InvalidResponseError:
    request = response.request
    return InvalidResponseError(
        f"{call.operation}: {why}",
        status_code=response.status_code,
        body=response.content,
        method=request.method,
        url=str(request.url),
    )


__all__ = ["DEFAULT_BASE_URL", "APIConfig", "APIError", "HoneyHive"]
