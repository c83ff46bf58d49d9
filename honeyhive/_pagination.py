"""Every item of a paged operation, and the filters of list methods, the same in every namespace.

Pagination design (one, used everywhere): a page method (``events.list``, ``events.search``,
``events.export``, ``experiments.list_runs``, ``experiments.compare_events``) returns one page,
as before, and its namespace has an iterator method pair taking the same arguments:

- ``events.iter``: the pages of ``events.list`` (search, or export for ``project``);
- ``events.iter_search``: of ``events.search`` (``POST /v1/events/search``);
- ``events.iter_export``: of ``events.export`` (``POST /v1/events/export``);
- ``experiments.iter_runs`` (also ``experiments.iter``): of ``experiments.list_runs``
  (``GET /v1/runs``);
- ``experiments.iter_compare_events``: of ``experiments.compare_events`` /
  ``compare_run_events`` (``GET /v1/runs/{new}/compare/{old}/events``).

``for item in client.events.iter(...)`` and ``async for item in
client.events.iter_async(...)``. Arguments are checked when the iterator is made; the first
request is sent by the first ``next()``; one page is held at a time. Each page is one call
through the client's normal path (keys, retries, rate limit, error mapping, logging).

Paging ends on the service's own signal: ``has_next`` false (runs), the items seen reaching
the total the service reports (``count`` / ``totalEvents``), or an empty page. A page shorter
than ``limit`` is *not* an end (a service may cap its pages below the ``limit`` asked for). A
total that grows while iterating cannot make the walk endless: an empty page ends it. A page
that repeats the previous one raises `InvalidResponseError` (a service ignoring ``page`` would
otherwise be walked forever, or yield duplicates).
"""

from __future__ import annotations

import difflib
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ._operation import Call, Options, Steps, once
from .errors import InvalidResponseError

if TYPE_CHECKING:
    from ._client import HoneyHive

__all__ = [
    "Page",
    "Walk",
    "call_options",
    "collect",
    "iterate",
    "iterate_async",
    "list_filters",
]

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """One page as an iterator reads it: its items and the service's end-of-walk signals."""

    #: The page's items, as the iterator yields them.
    items: Sequence[T]
    #: The same items as JSON (tells a repeated page from a new one).
    raw: Sequence[Any]
    #: How many items the whole walk has, as the service reports it (None: not said).
    total: int | float | None = None
    #: Whether the service says another page follows (None: not said).
    has_next: bool | None = None


@dataclass(slots=True)
class Walk(Generic[T]):
    """The pages of one query: which call fetches page *n*, and whether to ask for another."""

    #: The public method, for error messages (``"events.iter()"``).
    what: str
    #: The call fetching page *n*.
    request: Callable[[int], Call[Page[T]]]
    #: The page to start at (the query's ``page``).
    first_page: int = 1
    #: Stop after this many items (None: all).
    max_items: int | None = None
    _page: int = field(init=False, default=0)
    _seen: int = field(init=False, default=0)
    _offset: int | None = field(init=False, default=None)
    _previous: tuple[int, Any, Any] | None = field(init=False, default=None)
    _done: bool = field(init=False, default=False)

    def __post_init__(self) -> None:
        self._page = self.first_page

    def next_call(self) -> Call[Page[T]] | None:
        """The request for the next page, or None when the walk is over."""
        return None if self._done else self.request(self._page)

    def take(self, page: Page[T]) -> Sequence[T]:
        """Record an answered page; returns the items to hand out."""
        raw = page.raw
        if not raw:
            self._done = True
            return []
        # Its size and first and last items tell a repeated page without keeping a whole one.
        fingerprint = (len(raw), raw[0], raw[-1])
        if fingerprint == self._previous:
            self._done = True
            raise InvalidResponseError(
                f"{self.what}: page {self._page} repeats page {self._page - 1}; the service "
                "seems to ignore 'page', so paging cannot go on without repeating items"
            )
        if self._offset is None:
            # A page is never longer than the service's page size, so this never overstates
            # how many items precede the first page: the total check never ends a walk early.
            self._offset = (self.first_page - 1) * len(raw)
        items = page.items
        self._seen += len(items)
        if self.max_items is not None and self._seen >= self.max_items:
            items = items[: len(items) - (self._seen - self.max_items)]
            self._done = True
        elif page.has_next is not None:
            self._done = not page.has_next
        elif page.total is not None:
            self._done = self._offset + self._seen >= page.total
        self._previous = fingerprint
        self._page += 1
        return items


def call_options(what: str, given: Mapping[str, object]) -> Options | None:
    """The per-call options (``timeout``, ``extra_headers``, ...) an iterator was given.

    They apply to every page's request. Any other keyword is a TypeError naming ``what``.
    """
    if not given:
        return None
    rest = dict(given)
    options = Options.take(rest, what)
    if rest:
        raise TypeError(f"{what} got an unexpected keyword argument {next(iter(rest))!r}")
    return options


def iterate(
    client: HoneyHive, walks: Iterable[Walk[T]], options: Options | None = None
) -> Iterator[T]:
    """Every item of ``walks``, one page (one call through ``client``) at a time."""
    for walk in walks:
        while (call := walk.next_call()) is not None:
            page: Page[T] = client._run(once(call), options)
            yield from walk.take(page)


async def iterate_async(
    client: HoneyHive, walks: Iterable[Walk[T]], options: Options | None = None
) -> AsyncIterator[T]:
    """The async twin of `iterate`: ``async for item in iterate_async(...)``."""
    for walk in walks:
        while (call := walk.next_call()) is not None:
            page: Page[T] = await client._run_async(once(call), options)
            for item in walk.take(page):
                yield item


def collect(walk: Walk[T]) -> Steps[list[T]]:
    """Steps reading every page of ``walk`` into one list (for methods returning it all)."""
    found: list[T] = []
    while (call := walk.next_call()) is not None:
        page: Page[T] = yield call
        found.extend(walk.take(page))
    return found


# --------------------------------------------------------------------------- list filters
def list_filters(
    what: str,
    given: Mapping[str, object],
    *,
    first: str | None = None,
    spellings: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """The filters of a list method, given as keywords or as one positional mapping.

    ``given`` maps each filter's keyword name to the value passed (None: not given). When the
    value of ``first`` (the method's first positional parameter) is a mapping, it holds
    filters by name: its keys are keyword names or their ``spellings`` (e.g. the wire's
    ``dateRange`` for ``date_range``), merged with the other keywords. A name given twice is a
    TypeError and an unknown one a ValueError, both naming ``what`` (the public method) and
    the key, before anything is sent. Returns every filter name with its value (None: unset).
    """
    result = dict(given)
    mapping = result.get(first) if first is not None else None
    if not isinstance(mapping, Mapping):
        return result
    result[first] = None  # type: ignore[index]
    aliases = dict(spellings or {})
    for key, value in mapping.items():
        name = key if key in given else aliases.get(key) if isinstance(key, str) else None
        if name is None:
            raise ValueError(f"{what}: unknown filter {key!r}{_hint(key, [*given, *aliases])}")
        if value is None:
            continue
        if result.get(name) is not None:
            raise TypeError(f"{what}: filter {name!r} given twice (in the mapping and as keyword)")
        result[name] = value
    return result


def _hint(key: object, names: Sequence[str]) -> str:
    """``"; did you mean 'name'?"`` (or the list of valid names) for an unknown ``key``."""
    close = difflib.get_close_matches(key, names, n=1) if isinstance(key, str) else []
    if close:
        return f"; did you mean {close[0]!r}?"
    return f"; expected one of {', '.join(sorted(names))}" if names else "; it takes no filters"
