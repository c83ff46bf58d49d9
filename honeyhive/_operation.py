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
from collections.abc import Awaitable, Callable, Generator
from dataclasses import dataclass, field
from types import ModuleType
from typing import TYPE_CHECKING, Any, Concatenate, Generic, Literal, ParamSpec, TypeVar

if TYPE_CHECKING:
    from ._client import HoneyHive

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


def _public_name(spec: Callable[..., Any], suffix: str) -> str:
    return spec.__name__.lstrip("_") + suffix


def sync_op(
    spec: Callable[Concatenate[Any, P], Steps[R]],
) -> Callable[Concatenate[Any, P], R]:
    """Make the blocking public method from a steps generator function."""

    @functools.wraps(spec)
    def method(self: Namespace, /, *args: P.args, **kwargs: P.kwargs) -> R:
        return self._client._run(spec(self, *args, **kwargs))

    method.__name__ = _public_name(spec, "")
    method.__qualname__ = method.__qualname__.rsplit(".", 1)[0] + "." + method.__name__
    return method


def async_op(
    spec: Callable[Concatenate[Any, P], Steps[R]],
) -> Callable[Concatenate[Any, P], Awaitable[R]]:
    """Make the ``_async`` public method from the same steps generator function."""

    @functools.wraps(spec)
    async def method(self: Namespace, /, *args: P.args, **kwargs: P.kwargs) -> R:
        return await self._client._run_async(spec(self, *args, **kwargs))

    method.__name__ = _public_name(spec, "_async")
    method.__qualname__ = method.__qualname__.rsplit(".", 1)[0] + "." + method.__name__
    return method
