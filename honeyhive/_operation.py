"""How facade methods are described once and run both sync and async.

A namespace method is written as a *steps* generator: it validates and converts its
arguments, then yields one `Call` per HTTP request (which generated operation, with which
keyword arguments, how to turn the JSON answer into a result) and returns the final result.
`sync_op` and `async_op` turn that one generator function into the public sync method and
its `_async` twin, so no method body exists twice. Multi-request operations (look up, then
update) are just generators that yield more than once.
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Awaitable, Callable, Generator, Mapping
from dataclasses import dataclass, field
from types import ModuleType
from typing import (
    TYPE_CHECKING,
    Any,
    Concatenate,
    Final,
    Generic,
    Literal,
    ParamSpec,
    TypedDict,
    TypeVar,
)

import httpx

if TYPE_CHECKING:
    import inspect

    from ._client import HoneyHive
    from ._response import APIResponse

T = TypeVar("T")
R = TypeVar("R")
P = ParamSpec("P")

Plane = Literal["data", "control"]

#: Which configured key a call sends. ``api``: the API key. ``ingestion``: the ingestion key
#: (session and event writes), else the API key. ``data_plane``: the fine-grained data-plane
#: key and nothing else (today's project-scoped routes refuse the API key).
#: ``data_plane_or_api``: the data-plane key, else the API key (creating keys for a project,
#: which a user holding only an API key must be able to do).
Credential = Literal["api", "ingestion", "data_plane", "data_plane_or_api"]

#: What a namespace method body is: a generator of calls that returns the method's result.
Steps = Generator["Call[Any]", Any, R]


class NotGiven:
    """The type of `NOT_GIVEN`: an option left out (``None`` can be a value, e.g. no timeout)."""

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __reduce__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()


class RequestOptions(TypedDict, total=False):
    """Per-call options, taken as keywords by every facade method (sync and ``_async``).

    ``timeout``: seconds or an ``httpx.Timeout`` for each attempt; ``None`` waits forever.
    ``max_retries``: retries after the first attempt (0: none). ``extra_headers``,
    ``extra_query``, ``extra_body``: merged over what the method sends (they win);
    ``extra_body`` is how to send a field the contract does not know yet (merged into the
    event of ``events.create``, the session of ``sessions.start``, else into the body).
    """

    timeout: float | httpx.Timeout | None
    max_retries: int
    extra_headers: Mapping[str, str]
    extra_query: Mapping[str, object]
    extra_body: Mapping[str, object]


#: The per-call option names, in the order signatures show them.
OPTION_NAMES: Final = ("timeout", "max_retries", "extra_headers", "extra_query", "extra_body")


def _mapping(name: str, value: object, where: str) -> dict[str, Any] | None:
    if value is NOT_GIVEN or value is None:
        return None
    if not isinstance(value, Mapping):
        raise TypeError(f"{where}: {name} must be a dict, not {type(value).__name__}")
    bad = [k for k in value if not isinstance(k, str)]
    if bad:
        raise TypeError(f"{where}: {name} keys must be strings, not {bad[0]!r}")
    return dict(value)


def check_timeout(value: object, where: str) -> httpx.Timeout:
    """A per-call or per-client timeout as an ``httpx.Timeout`` (None: no limit)."""
    if value is None:
        # Unlike the constructor's None (the default), an explicit None here means no limit.
        return httpx.Timeout(None)
    from ._transport import make_timeout

    try:
        return make_timeout(value)  # type: ignore[arg-type]
    except (TypeError, ValueError) as exc:
        raise type(exc)(f"{where}: {exc}") from None


def check_max_retries(value: object, where: str) -> int:
    """A retry count: an int >= 0."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"{where}: max_retries must be an int >= 0, not {value!r}")
    return value


@dataclass(frozen=True, slots=True)
class Options:
    """Checked per-call (or per-client, from ``with_options``) settings; None: not set."""

    timeout: httpx.Timeout | None = None
    max_retries: int | None = None
    extra_headers: dict[str, str] | None = None
    extra_query: dict[str, Any] | None = None
    extra_body: dict[str, Any] | None = None

    @classmethod
    def take(cls, kwargs: dict[str, Any], where: str) -> Options | None:
        """Remove the option keywords from ``kwargs`` and check them; None when there are none."""
        if not kwargs or not any(name in kwargs for name in OPTION_NAMES):
            return None
        timeout = kwargs.pop("timeout", NOT_GIVEN)
        retries = kwargs.pop("max_retries", NOT_GIVEN)
        headers = _mapping("extra_headers", kwargs.pop("extra_headers", NOT_GIVEN), where)
        if headers is not None:
            for key, value in headers.items():
                if not isinstance(value, str):
                    raise TypeError(
                        f"{where}: extra_headers[{key!r}] must be a string, "
                        f"not {type(value).__name__}"
                    )
        return cls(
            timeout=None if timeout is NOT_GIVEN else check_timeout(timeout, where),
            max_retries=None if retries is NOT_GIVEN else check_max_retries(retries, where),
            extra_headers=headers,
            extra_query=_mapping("extra_query", kwargs.pop("extra_query", NOT_GIVEN), where),
            extra_body=_mapping("extra_body", kwargs.pop("extra_body", NOT_GIVEN), where),
        )


def _identity(data: Any) -> Any:
    """Return the decoded JSON unchanged."""
    return data


@dataclass(frozen=True, slots=True)
class Call(Generic[T]):
    """One HTTP request: a generated operation, its arguments, and how to read its answer."""

    #: Module under ``honeyhive_api.api``, e.g. ``"events.create_event"``.
    operation: str
    #: Keyword arguments for the generated module's ``_get_kwargs``.
    kwargs: dict[str, Any] = field(default_factory=dict)
    #: Turns the decoded JSON body (None for an empty body) into the result.
    parse: Callable[[Any], T] = _identity
    #: Projects and configurations live on the control plane (``cp_base_url``).
    plane: Plane = "data"
    #: The key this call authenticates with (see `Credential`).
    credential: Credential = "api"
    #: The body key holding the object the method sends (``event``, ``session``), if it is
    #: wrapped: ``extra_body`` is merged into that object, next to the fields it extends.
    envelope: str | None = None


def once(call: Call[T]) -> Steps[T]:
    """Steps of a single call; ``return (yield from once(call))`` keeps the result typed."""
    result: T = yield call
    return result


@functools.cache
def load_operation(name: str) -> ModuleType:
    """Import a generated operation module on first use (keeps ``import honeyhive`` cheap)."""
    return importlib.import_module(f"honeyhive_api.api.{name}")


class Namespace:
    """Base of the API namespaces (``client.events``, ``client.sessions``, ...)."""

    __slots__ = ("_client",)

    def __init__(self, client: HoneyHive) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} namespace of {self._client!r}>"

    @property
    def with_raw_response(self) -> RawResponses:
        """The same methods, returning the `APIResponse` (status, headers, request id).

        ``client.events.with_raw_response.create(event)`` sends what ``create`` sends and
        returns an ``APIResponse``; its ``parse()`` is ``create``'s usual result.
        """
        return RawResponses(self)


class RawResponses:
    """``namespace.with_raw_response``: each method returns an `APIResponse` instead."""

    __slots__ = ("_namespace",)

    def __init__(self, namespace: Namespace) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> Callable[..., Any]:
        namespace = self._namespace
        method = getattr(type(namespace), name, None)
        spec: Callable[..., Steps[Any]] | None = getattr(method, SPEC_ATTRIBUTE, None)
        if spec is None:
            raise AttributeError(
                f"{type(namespace).__name__}.{name} has no raw-response form: only methods that "
                "send requests and return one result do (iterators and loggers do not)"
            )
        public = f"{type(namespace).__name__}.{name}"
        client = namespace._client
        if _is_async(method):

            async def raw_async(*args: Any, **kwargs: Any) -> APIResponse[Any]:
                options = Options.take(kwargs, f"{public}()")
                steps = _start(spec, namespace, public, args, kwargs)
                return await client._run_raw_async(steps, options)

            raw_async.__name__ = raw_async.__qualname__ = name
            raw_async.__doc__ = f"``{public}`` returning the raw `APIResponse`."
            return raw_async

        def raw(*args: Any, **kwargs: Any) -> APIResponse[Any]:
            options = Options.take(kwargs, f"{public}()")
            return client._run_raw(_start(spec, namespace, public, args, kwargs), options)

        raw.__name__ = raw.__qualname__ = name
        raw.__doc__ = f"``{public}`` returning the raw `APIResponse`."
        return raw

    def __dir__(self) -> list[str]:
        cls = type(self._namespace)
        return sorted(n for n in dir(cls) if hasattr(getattr(cls, n, None), SPEC_ATTRIBUTE))

    def __repr__(self) -> str:
        return f"<raw responses of {self._namespace!r}>"


#: Where a public method keeps the steps function it runs (read by `RawResponses`).
SPEC_ATTRIBUTE: Final = "_honeyhive_steps"

_STEPS_RETURN = re.compile(r"^\s*Steps\[(?P<result>.*)\]\s*$", re.DOTALL)


def _public_name(spec: Callable[..., Any], suffix: str) -> str:
    return spec.__name__.lstrip("_") + suffix


def _start(
    spec: Callable[..., Steps[R]], namespace: Any, public: str, args: Any, kwargs: Any
) -> Steps[R]:
    """Call the steps function; an argument error names the public method, not ``_spec``."""
    accepted: frozenset[str] | None = getattr(spec, _KEYWORDS_ATTRIBUTE, None)
    if accepted is not None:
        # ``**options`` exists for mypy only: any other keyword is as wrong as without it.
        for name in kwargs:
            if name not in accepted:
                raise TypeError(f"{public}() got an unexpected keyword argument {name!r}")
    try:
        return spec(namespace, *args, **kwargs)
    except TypeError as exc:
        # Binding happens at call time, before the body runs: this is an argument error.
        raise TypeError(str(exc).replace(f"{spec.__qualname__}()", f"{public}()")) from None


def _is_async(method: object) -> bool:
    import inspect  # here: it costs milliseconds, and import honeyhive must stay cheap

    return inspect.iscoroutinefunction(method)


def _option_parameters() -> list[inspect.Parameter]:
    import inspect

    kinds = {
        "timeout": "float | httpx.Timeout | None",
        "max_retries": "int",
        "extra_headers": "Mapping[str, str]",
        "extra_query": "Mapping[str, object]",
        "extra_body": "Mapping[str, object]",
    }
    return [
        inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=NOT_GIVEN, annotation=kind)
        for name, kind in kinds.items()
    ]


def _signature(spec: Callable[..., Any]) -> inspect.Signature:
    """The public method's signature: the spec's arguments, the options, the real result."""
    import inspect

    signature = inspect.signature(spec)
    params = []
    var_keyword = None
    for param in signature.parameters.values():
        if param.kind is inspect.Parameter.VAR_KEYWORD:
            # ``**options: Unpack[RequestOptions]`` types the options for mypy; shown spelled out.
            var_keyword = None if param.name == "options" else param
        else:
            params.append(param)
    params += _option_parameters()
    if var_keyword is not None:
        params.append(var_keyword)
    result: Any = signature.return_annotation
    if isinstance(result, str) and (match := _STEPS_RETURN.match(result)):
        result = match["result"]
    return signature.replace(parameters=params, return_annotation=result)


#: On a steps function with ``**options``: the keywords it really takes (see `_start`).
_KEYWORDS_ATTRIBUTE: Final = "_honeyhive_keywords"


def _publish(method: Any, spec: Callable[..., Any], suffix: str) -> None:
    import inspect

    own = inspect.signature(spec).parameters.values()
    if any(p.kind is p.VAR_KEYWORD and p.name == "options" for p in own):
        keywords = frozenset(
            p.name for p in own if p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)
        )
        setattr(spec, _KEYWORDS_ATTRIBUTE, keywords)
    method.__name__ = _public_name(spec, suffix)
    method.__qualname__ = method.__qualname__.rsplit(".", 1)[0] + "." + method.__name__
    signature = _signature(spec)
    method.__signature__ = signature
    method.__annotations__ = {
        name: param.annotation
        for name, param in signature.parameters.items()
        if param.annotation is not signature.empty
    }
    method.__annotations__["return"] = signature.return_annotation
    # help() and inspect would otherwise follow __wrapped__ to the private steps function.
    del method.__wrapped__
    setattr(method, SPEC_ATTRIBUTE, spec)


def sync_op(
    spec: Callable[Concatenate[Any, P], Steps[R]],
) -> Callable[Concatenate[Any, P], R]:
    """Make the blocking public method from a steps generator function."""
    public = ""

    @functools.wraps(spec)
    def method(self: Namespace, /, *args: P.args, **kwargs: P.kwargs) -> R:
        options = Options.take(kwargs, f"{public}()") if kwargs else None
        return self._client._run(_start(spec, self, public, args, kwargs), options)

    _publish(method, spec, "")
    public = method.__qualname__
    return method


def async_op(
    spec: Callable[Concatenate[Any, P], Steps[R]],
) -> Callable[Concatenate[Any, P], Awaitable[R]]:
    """Make the ``_async`` public method from the same steps generator function."""
    public = ""

    @functools.wraps(spec)
    async def method(self: Namespace, /, *args: P.args, **kwargs: P.kwargs) -> R:
        options = Options.take(kwargs, f"{public}()") if kwargs else None
        return await self._client._run_async(_start(spec, self, public, args, kwargs), options)

    _publish(method, spec, "_async")
    public = method.__qualname__
    return method
