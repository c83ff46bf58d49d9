"""The `HoneyHive` client: configuration, lazily built HTTP clients, and the call drivers.

Configuration is resolved here and only here (explicit argument, then environment variable,
then default). Every request of every namespace goes through `_send` / `_send_async`, which
build the request with the generated operation, send it through this instance's pooled httpx
client (whose transport retries, rate-limits and logs, see `_transport.py`) and map the
answer to a result or to one of the errors of `errors.py`. `HoneyHive.call` / `call_async`
do the same for any generated operation, wrapped by a namespace or not.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import importlib
import json
import math
import os
import sys
import threading
import warnings
import weakref
from collections.abc import AsyncGenerator, Callable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from types import ModuleType
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

import httpx

from . import _transport
from ._operation import (
    NOT_GIVEN,
    Call,
    Credential,
    Namespace,
    NotGiven,
    Options,
    Plane,
    Steps,
    check_max_retries,
    check_timeout,
    load_operation,
)
from ._response import APIResponse
from .errors import (
    APIError,
    HoneyHiveError,
    InvalidResponseError,
    MissingApiKeyError,
    error_from_response,
    error_from_transport,
)

if TYPE_CHECKING:
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
    #: Seconds (read/write/pool; connect at most 5 s), an ``httpx.Timeout``, or None (defaults).
    timeout: float | httpx.Timeout | None
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
        timeout: float | httpx.Timeout | None = None,
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
            timeout=timeout
            if isinstance(timeout, httpx.Timeout)
            else _positive("timeout", timeout),
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry_config: Any | None = None,
        rate_limit_calls: int | None = None,
        rate_limit_window: float | None = None,
        max_connections: int | None = None,
        max_keepalive: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        async_http_client: httpx.AsyncClient | None = None,
        test_mode: bool | None = None,
        verbose: bool | None = None,
        tracer_instance: Any | None = None,
    ) -> None:
        """Create a client; nothing is sent until the first call.

        Each setting comes from its argument, then its ``HH_*`` variable, then the default.

        - ``api_key``: the HoneyHive API key (``HH_API_KEY``).
        - ``base_url`` (or a second positional argument, or its legacy alias
          ``server_url``): the data-plane URL (``HH_API_URL``, default
          ``https://api.honeyhive.ai``). A second positional value that is not a URL is the
          official SDK 1.7.0's ``project``, ignored with a warning as there.
        - ``ingestion_api_key`` (``HH_INGESTION_API_KEY``, ``hh_ingst_...``): sent on session
          and event writes instead of ``api_key``.
        - ``data_plane_api_key`` (``HH_DATA_PLANE_API_KEY``, ``hh_fgdp_...``): sent on today's
          project-scoped routes (charts, fine-grained keys).
        - ``project``: accepted for compatibility and ignored (the key names the project).
        - ``cp_base_url``: the control-plane URL for projects and configurations
          (``HH_CP_API_URL``, default ``base_url``).
        - ``timeout``: seconds or an ``httpx.Timeout`` for each attempt (``HH_TIMEOUT``;
          default 30 s, connect 5 s; the ``http_client``'s own timeout when one is given).
        - ``max_retries``: retries after a failed attempt (``HH_MAX_RETRIES``, default 2);
          ``retry_config``: a ``RetryConfig`` (or int, or mapping of its fields) for backoff,
          ``Retry-After`` cap and retried statuses; ``max_retries`` wins over its field.
        - ``rate_limit_calls`` / ``rate_limit_window``: at most that many requests per window
          (seconds, default 60) from this client, across threads and tasks.
        - ``max_connections`` / ``max_keepalive``: connection-pool limits (100 / 20).
        - ``default_headers``: headers sent with every request.
        - ``http_client`` / ``async_http_client``: your own ``httpx.Client`` /
          ``httpx.AsyncClient`` (proxy, ``verify``, ``cert``, event hooks, transport); each
          attempt goes through it, under this client's retries, rate limit and timeouts. It
          stays yours: closing this client does not close it.
        - ``test_mode`` (``HH_TEST_MODE``): answer every call with an in-process
          ``honeyhive.local`` server (no network; ``http_client`` is then not used).
        - ``verbose`` (``HH_VERBOSE``): DEBUG log lines for every attempt, keys redacted.
        - ``tracer_instance``: stored for correlated tracing.
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
        if max_retries is not None:
            retry_config = dataclasses.replace(
                _transport.RetryConfig.coerce(retry_config),
                max_retries=check_max_retries(max_retries, "HoneyHive()"),
            )
        for name, given, kind in (
            ("http_client", http_client, httpx.Client),
            ("async_http_client", async_http_client, httpx.AsyncClient),
        ):
            if given is not None and not isinstance(given, kind):
                raise TypeError(
                    f"{name} must be an {kind.__module__}.{kind.__name__}, "
                    f"not {type(given).__name__}"
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
        if (
            self._config.timeout is None
            and http_client is not None
            and http_client.timeout != _HTTPX_DEFAULT_TIMEOUT
        ):
            # A timeout the user set on their client is theirs; httpx's 5 s default is not.
            self._config = dataclasses.replace(self._config, timeout=http_client.timeout)
        #: Tracer associated with this client, for correlated tracing (stored, not used here).
        self.tracer_instance = tracer_instance
        self._default_headers = _header_dict("default_headers", default_headers)
        self._timeout = _transport.make_timeout(self._config.timeout)
        # Shared with every client made by ``with_options``: one set of pools, one limiter.
        self._pools = _Pools(self._config, http_client, async_http_client)
        _LIVE.add(self)

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
    ) -> HoneyHive:
        """A client with other defaults that shares this one's connections and rate limit.

        This client is left unchanged: ``client.with_options(timeout=600).events.export(q)``
        gives one slow export a long timeout. ``default_headers`` are added to (and override)
        this client's. ``timeout=None`` waits forever.
        """
        clone = object.__new__(type(self))
        clone.__dict__.update(
            (name, value)
            for name, value in self.__dict__.items()
            if not isinstance(value, Namespace) and name not in ("low_level", "low_level_cp")
        )
        config = self._config
        if not isinstance(timeout, NotGiven):
            checked = check_timeout(timeout, "with_options()")
            # None (no limit) is kept as an httpx.Timeout: None in the config means "default".
            config = dataclasses.replace(config, timeout=checked if timeout is None else timeout)
            clone._timeout = checked
        if not isinstance(max_retries, NotGiven):
            retries = check_max_retries(max_retries, "with_options()")
            config = dataclasses.replace(
                config, retry=dataclasses.replace(config.retry, max_retries=retries)
            )
        if not isinstance(default_headers, NotGiven):
            more = _header_dict("default_headers", default_headers)
            clone._default_headers = {**self._default_headers, **more}
        clone._config = config
        _LIVE.add(clone)
        return clone

    def _forget_connections(self) -> None:
        """In a forked child: drop the parent's pools, lock and limiter, without closing them.

        Pooled keep-alive connections are sockets shared with the parent after ``fork``;
        using them from both processes mixes up answers, and closing them here could cut the
        parent's. The child opens its own on its next call.
        """
        self._pools.forget()
        self.__dict__.pop("low_level", None)
        self.__dict__.pop("low_level_cp", None)

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
    def timeout(self) -> float | httpx.Timeout | None:
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
        not wrap; it shares this instance's timeouts, retries, rate limit and logging. Its
        ``with_headers``/``with_timeout``/``with_cookies`` return a new client over the same
        connections and leave this one (and the facade) unchanged.
        """
        return self._generated_client("data")

    @cached_property
    def low_level_cp(self) -> AuthenticatedClient:
        """Like `low_level`, for the control plane (projects, configurations)."""
        return self._generated_client("control")

    # ----------------------------------------------------------------- HTTP clients
    def _url(self, plane: Plane) -> str:
        return self._config.cp_base_url if plane == "control" else self._config.base_url

    def _local_api(self) -> Any:
        """The in-process server of test mode (one per client, shared by sync and async)."""
        pools = self._pools
        if pools.local is None:
            from honeyhive import local

            problem = local.missing_extra(
                "test_mode (HoneyHive(test_mode=True) or HH_TEST_MODE=true), which answers "
                "every call with the in-process honeyhive.local server,",
                local.IN_PROCESS_NEEDS,
            )
            if problem is not None:
                raise HoneyHiveError(problem)
            from honeyhive.local import LocalAPI

            with pools.lock:
                if pools.local is None:
                    pools.local = LocalAPI(accept_any_key=True)
        return pools.local

    def _client_options(self) -> dict[str, Any]:
        cfg = self._config
        # A user's own client adds its default headers itself (_transport.ClientTransport).
        headers = {"User-Agent": USER_AGENT, "Accept": "application/json"}
        if cfg.api_key:
            headers["Authorization"] = f"Bearer {cfg.api_key}"
        return {
            "headers": headers,
            "timeout": self._timeout,
            "retry": cfg.retry,
            "limiter": self._pools.limiter,
            "limits": _transport.make_limits(cfg.max_connections, cfg.max_keepalive),
            "verbose": cfg.verbose,
            "secrets": tuple(
                k for k in (cfg.api_key, cfg.ingestion_api_key, cfg.data_plane_api_key) if k
            ),
        }

    def _sync_http(self, url: str) -> httpx.Client:
        pools = self._pools
        client = pools.sync.get(url)
        if client is None:
            inner: httpx.BaseTransport | None = None
            if self._config.test_mode:
                from honeyhive.local import InProcessTransport

                inner = InProcessTransport(self._local_api())
            elif pools.http_client is not None:
                inner = _transport.ClientTransport(pools.http_client)
            with pools.lock:
                client = pools.sync.get(url)
                if client is None:
                    client = _transport.build_sync_client(
                        base_url=url, inner=inner, **self._client_options()
                    )
                    pools.sync[url] = client
        return client

    def _async_http(self, url: str) -> httpx.AsyncClient:
        return self._async_pool(url).client

    def _async_pool(self, url: str) -> _AsyncPool:
        """The async pool of ``url`` for the running event loop (asyncio or trio)."""
        pools = self._pools
        token = _running_loop()
        entry = pools.async_.get(url)
        # Pooled connections belong to the loop that opened them: a client first used under
        # another (finished) loop, e.g. a second asyncio.run(), gets a fresh pool.
        if entry is not None and (entry.token is None or entry.token is token or token is None):
            if entry.token is None and token is not None:
                entry.token = token
            return entry
        inner: httpx.AsyncBaseTransport | None = None
        if self._config.test_mode:
            from honeyhive.local import AsyncInProcessTransport

            inner = AsyncInProcessTransport(self._local_api())
        elif pools.async_http_client is not None:
            inner = _transport.AsyncClientTransport(pools.async_http_client)
        client = _transport.build_async_client(base_url=url, inner=inner, **self._client_options())
        entry = _AsyncPool(token, client)
        with pools.lock:
            old = pools.async_.get(url)
            pools.async_[url] = entry
        if old is not None:
            old.abandon()
        return entry

    async def _async_http_guarded(self, url: str) -> httpx.AsyncClient:
        entry = self._async_pool(url)
        if entry.guard is None and entry.token is not None:
            await entry.start_guard(self._pools)
        return entry.client

    # ----------------------------------------------------------------- lifecycle
    def close(self) -> None:
        """Close the pooled connections (async ones of a running loop: closed on that loop).

        Clients made by `with_options` share these pools: closing one closes them for all,
        and the next call opens new ones.
        """
        self.__dict__.pop("low_level", None)
        self.__dict__.pop("low_level_cp", None)
        self._pools.close()

    async def aclose(self) -> None:
        """Close every pooled connection, sync and async (a dead loop's pools are dropped)."""
        self.__dict__.pop("low_level", None)
        self.__dict__.pop("low_level_cp", None)
        await self._pools.aclose()

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

    def _request_kwargs(self, call: Call[Any], options: Options | None) -> dict[str, Any]:
        key = self._key_for(call.credential)
        try:
            kwargs: dict[str, Any] = load_operation(call.operation)._get_kwargs(**call.kwargs)
        except (TypeError, ValueError, AttributeError) as exc:
            # The namespaces convert arguments first; reaching this is a bad nested value.
            raise TypeError(f"invalid arguments for {call.operation}: {exc}") from exc
        headers = self._default_headers
        if key and key != self._config.api_key:
            # The pooled client carries the API key; a call that needs another one says so.
            headers = {**headers, "Authorization": f"Bearer {key}"}
        if headers:
            kwargs["headers"] = {**headers, **kwargs.get("headers", {})}
        kwargs["timeout"] = self._timeout
        retries = self._config.retry.max_retries
        if options is not None:
            retries = _apply_options(call, kwargs, options, retries)
        kwargs["extensions"] = {_transport.MAX_RETRIES_EXTENSION: retries}
        return kwargs

    def _exchange(self, call: Call[Any], options: Options | None) -> httpx.Response:
        """Send one call (with its retries) and return the answer; no answer is an error."""
        kwargs = self._request_kwargs(call, options)
        try:
            return self._sync_http(self._url(call.plane)).request(**kwargs)
        except httpx.RequestError as exc:
            raise error_from_transport(exc) from exc

    async def _exchange_async(self, call: Call[Any], options: Options | None) -> httpx.Response:
        """The async twin of `_exchange`."""
        kwargs = self._request_kwargs(call, options)
        client = await self._async_http_guarded(self._url(call.plane))
        try:
            return await client.request(**kwargs)
        except httpx.RequestError as exc:
            raise error_from_transport(exc) from exc

    def _send(self, call: Call[R], options: Options | None = None, sink: _Sink = None) -> R:
        response = self._exchange(call, options)
        if sink is not None:
            sink.append(response)
        return _read(call, response)

    async def _send_async(
        self, call: Call[R], options: Options | None = None, sink: _Sink = None
    ) -> R:
        response = await self._exchange_async(call, options)
        if sink is not None:
            sink.append(response)
        return _read(call, response)

    # ----------------------------------------------------------------- any operation
    def call(self, operation: Operation, /, **kwargs: Any) -> Any:
        """Call any generated operation with this client's keys, retries, limits and errors.

        ``operation`` is a module of ``honeyhive_api.api`` (``from honeyhive_api.api.events
        import get_events_chart``), one of its functions, or its dotted name
        (``"events.get_events_chart"``); ``kwargs`` are the operation's own arguments
        (``client`` is this instance's) and the per-call options (``timeout``,
        ``max_retries``, ``extra_headers``, ``extra_query``, ``extra_body``). A ``body``
        given as a dict is sent as it is. Returns the generated model parsed from the 2xx
        answer; any other status raises the ``honeyhive.errors`` class it maps to, a failed
        connection ``HoneyHiveConnectionError``, a 2xx of the wrong shape
        ``InvalidResponseError``.
        """
        options = Options.take(kwargs, "HoneyHive.call()")
        call, module = _describe(operation, kwargs)
        return _read_generated(call, module, self._exchange(call, options))

    async def call_async(self, operation: Operation, /, **kwargs: Any) -> Any:
        """The async twin of `call`: the same request and result, awaited."""
        options = Options.take(kwargs, "HoneyHive.call_async()")
        call, module = _describe(operation, kwargs)
        return _read_generated(call, module, await self._exchange_async(call, options))

    def _run(self, steps: Steps[R], options: Options | None = None, sink: _Sink = None) -> R:
        """Drive a namespace method's steps, sending each call as it is yielded."""
        try:
            call = next(steps)
            while True:
                try:
                    result = self._send(call, options, sink)
                except HoneyHiveError as exc:
                    # Lets a method react to an error (e.g. a 404 during a look-up).
                    call = steps.throw(exc)
                else:
                    call = steps.send(result)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]

    async def _run_async(
        self, steps: Steps[R], options: Options | None = None, sink: _Sink = None
    ) -> R:
        """The async twin of `_run`: the same steps, awaited."""
        try:
            call = next(steps)
            while True:
                try:
                    result = await self._send_async(call, options, sink)
                except HoneyHiveError as exc:
                    call = steps.throw(exc)
                else:
                    call = steps.send(result)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]

    def _run_raw(self, steps: Steps[R], options: Options | None) -> APIResponse[R]:
        """Drive the steps and return the last answer with the result (``with_raw_response``)."""
        responses: list[httpx.Response] = []
        result = self._run(steps, options, responses)
        return _raw(responses, result)

    async def _run_raw_async(self, steps: Steps[R], options: Options | None) -> APIResponse[R]:
        """The async twin of `_run_raw`."""
        responses: list[httpx.Response] = []
        result = await self._run_async(steps, options, responses)
        return _raw(responses, result)


_HTTPX_DEFAULT_TIMEOUT = httpx.Timeout(5.0)

#: Where a raw-response run collects the answers it receives (None: not collected).
_Sink = list[httpx.Response] | None

USER_AGENT = "honeyhive-client-python"


def _header_dict(name: str, headers: object) -> dict[str, str]:
    """Checked ``default_headers``: string names and values."""
    if headers is None:
        return {}
    if not isinstance(headers, Mapping):
        raise TypeError(f"{name} must be a dict of header names to values, not {headers!r}")
    for key, value in headers.items():
        if not isinstance(key, str) or not isinstance(value, str):
            raise TypeError(f"{name} must map strings to strings, not {key!r}: {value!r}")
    return dict(headers)


def _apply_options(call: Call[Any], kwargs: dict[str, Any], options: Options, retries: int) -> int:
    """Lay a call's options over its request arguments; return the retries it allows."""
    if options.timeout is not None:
        kwargs["timeout"] = options.timeout
    if options.extra_headers:
        kwargs["headers"] = {**kwargs.get("headers", {}), **options.extra_headers}
    if options.extra_query:
        kwargs["params"] = {**(kwargs.get("params") or {}), **options.extra_query}
    if options.extra_body:
        body = kwargs.get("json")
        inner = body.get(call.envelope) if isinstance(body, dict) and call.envelope else None
        if isinstance(body, dict) and isinstance(inner, dict) and call.envelope:
            kwargs["json"] = {**body, call.envelope: {**inner, **options.extra_body}}
        elif isinstance(body, dict):
            kwargs["json"] = {**body, **options.extra_body}
        elif body is not None or kwargs.get("method", "").upper() not in ("GET", "HEAD"):
            # A look-up (GET) of a method that then writes carries no body; anything else
            # that cannot take the extra fields must not drop them silently.
            what = "a JSON list" if body is not None else "no JSON body"
            raise TypeError(
                f"extra_body cannot be sent with {call.operation}: its request has {what}"
            )
    return options.max_retries if options.max_retries is not None else retries


def _raw(responses: list[httpx.Response], result: R) -> APIResponse[R]:
    if not responses:
        raise HoneyHiveError("this call sent no request, so it has no raw response")
    return APIResponse(responses, lambda: result)


def _running_loop() -> object | None:
    """The running event loop (asyncio's loop, or trio's token), or None outside one."""
    import asyncio  # here, not at the top: sync-only users never load asyncio

    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        pass
    trio = sys.modules.get("trio")
    if trio is not None:
        try:
            token: object = trio.lowlevel.current_trio_token()
            return token
        except RuntimeError:
            pass
    return None


class _AsyncPool:
    """One ``httpx.AsyncClient`` and the event loop its connections belong to.

    ``guard`` is an async generator started on that loop: asyncio (``asyncio.run``) and trio
    close the async generators still alive when the loop ends, which closes the pool while
    its loop still runs. Without it, connections of a finished loop could not be closed any
    more (``aclose()`` then fails with "Event loop is closed") and would warn when collected.
    """

    __slots__ = ("client", "guard", "token")

    def __init__(self, token: object | None, client: httpx.AsyncClient) -> None:
        self.token = token
        self.client = client
        self.guard: AsyncGenerator[None, None] | None = None

    async def start_guard(self, pools: _Pools) -> None:
        """Start the guard on the running loop (once)."""
        if self.guard is None:
            self.guard = _pool_guard(pools, self)
            await self.guard.__anext__()

    def abandon(self) -> None:
        """Let go of this pool: its loop's async-generator finalizer closes it if it can."""
        # Dropping the last reference to a started guard hands it to the loop's finalizer
        # hook, which runs its ``finally`` (closing the pool) on that loop if it still runs.
        self.guard = None


async def _pool_guard(pools: _Pools, entry: _AsyncPool) -> AsyncGenerator[None, None]:
    try:
        yield
    finally:
        with pools.lock:
            for url, held in list(pools.async_.items()):
                if held is entry:
                    del pools.async_[url]
        with contextlib.suppress(Exception):
            await entry.client.aclose()


class _Pools:
    """Connections, in-process server and rate limiter of a client and its `with_options` kin."""

    def __init__(
        self,
        config: APIConfig,
        http_client: httpx.Client | None,
        async_http_client: httpx.AsyncClient | None,
    ) -> None:
        self.http_client = http_client
        self.async_http_client = async_http_client
        # One limiter shared by the sync and async paths: the limit is per client instance.
        self.limiter = (
            _transport.RateLimiter(config.rate_limit_calls, config.rate_limit_window)
            if config.rate_limit_calls and config.rate_limit_window
            else None
        )
        self.local: Any = None
        self._reset()

    def _reset(self) -> None:
        self.lock = threading.Lock()
        self.sync: dict[str, httpx.Client] = {}
        self.async_: dict[str, _AsyncPool] = {}
        # A client dropped without close() still closes its sockets (no ResourceWarning).
        self._finalizer = weakref.finalize(self, _close_pools, self.sync, self.async_)

    def forget(self) -> None:
        """In a forked child: drop the parent's pools, lock and limiter, without closing them."""
        self._finalizer.detach()
        self._reset()
        if self.limiter is not None:
            self.limiter = _transport.RateLimiter(self.limiter.calls, self.limiter.window)

    def _take(self) -> list[_AsyncPool]:
        """Empty the pools: close the sync ones, return the async ones to the caller."""
        with self.lock:
            sync, entries = dict(self.sync), list(self.async_.values())
            self.sync.clear()
            self.async_.clear()
        _close_pools(sync, {})
        return entries

    def close(self) -> None:
        """Close the sync pools; hand the async ones to their loops (see `_AsyncPool`)."""
        for entry in self._take():
            entry.abandon()

    async def aclose(self) -> None:
        """Close every pool; those of the running loop are awaited, a dead loop's dropped."""
        token = _running_loop()
        for entry in self._take():
            if entry.token is token or entry.token is None:
                guard, entry.guard = entry.guard, None
                if guard is not None:
                    await guard.aclose()
                else:
                    await entry.client.aclose()
            else:
                entry.abandon()


def _close_pools(sync: dict[str, httpx.Client], async_: dict[str, _AsyncPool]) -> None:
    for client in list(sync.values()):
        with contextlib.suppress(Exception):
            client.close()
    for entry in list(async_.values()):
        entry.abandon()


class _SharedTransport(httpx.BaseTransport):
    """Another client's transport, borrowed: closing this one leaves it open."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self._inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send through the shared transport."""
        return self._inner.handle_request(request)


class _SharedAsyncTransport(httpx.AsyncBaseTransport):
    """The async twin of `_SharedTransport`."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self._inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send through the shared transport."""
        return await self._inner.handle_async_request(request)


def _derived(low: Any, headers: Mapping[str, str], cookies: Mapping[str, str], timeout: Any) -> Any:
    """A copy of a low-level client with other settings over the same connections."""
    from attrs import evolve

    copy = evolve(
        low,
        headers={**low._headers, **headers},
        cookies={**low._cookies, **cookies},
        timeout=timeout if timeout is not None else low._timeout,
    )
    sync, async_ = low.get_httpx_client(), low.get_async_httpx_client()
    # Merged over the pooled client's own settings, in a new httpx client: the original
    # (and with it the facade) keeps its headers and timeout.
    copy.set_httpx_client(
        httpx.Client(
            base_url=sync.base_url,
            headers={**sync.headers, **copy._headers},
            cookies={**sync.cookies, **copy._cookies},
            timeout=copy._timeout or sync.timeout,
            transport=_SharedTransport(sync._transport),
        )
    )
    copy.set_async_httpx_client(
        httpx.AsyncClient(
            base_url=async_.base_url,
            headers={**async_.headers, **copy._headers},
            cookies={**async_.cookies, **copy._cookies},
            timeout=copy._timeout or async_.timeout,
            transport=_SharedAsyncTransport(async_._transport),
        )
    )
    return copy


@functools.cache
def _low_level_class() -> type[AuthenticatedClient]:
    """The generated client: its repr never shows the API key, its ``with_*`` never mutate."""
    from honeyhive_api.client import AuthenticatedClient

    def __repr__(self: AuthenticatedClient) -> str:
        return f"AuthenticatedClient(base_url={self._base_url!r}, token=[REDACTED])"

    def with_headers(self: AuthenticatedClient, headers: dict[str, str]) -> AuthenticatedClient:
        """A new client that also sends ``headers``; this one is unchanged."""
        return _derived(self, headers, {}, None)  # type: ignore[no-any-return]

    def with_cookies(self: AuthenticatedClient, cookies: dict[str, str]) -> AuthenticatedClient:
        """A new client that also sends ``cookies``; this one is unchanged."""
        return _derived(self, {}, cookies, None)  # type: ignore[no-any-return]

    def with_timeout(self: AuthenticatedClient, timeout: httpx.Timeout) -> AuthenticatedClient:
        """A new client with ``timeout``; this one is unchanged."""
        return _derived(self, {}, {}, timeout)  # type: ignore[no-any-return]

    return type(
        "AuthenticatedClient",
        (AuthenticatedClient,),
        {
            "__slots__": (),
            "__module__": __name__,
            "__repr__": __repr__,
            "with_headers": with_headers,
            "with_cookies": with_cookies,
            "with_timeout": with_timeout,
        },
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
