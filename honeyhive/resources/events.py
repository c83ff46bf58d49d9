"""``client.events``: create, update, read, search, export and delete events, one or many.

Writes go where the official SDK 1.7.0 sends them (``POST /events``, ``PUT /events``, the
legacy batch routes) with the ingestion key; reads go through today's
``POST /v1/events/search``. The checks, queries and batches live in ``_event_payloads``,
``_event_queries`` and ``_event_batches``; this module is the namespace.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Unpack

from .._checks import WireBody, _check_enum, _checked, envelope
from .._convert import positive_int, require_str, require_uuid, wire_dict
from .._event_logger import (
    DEFAULT_BATCH_SIZE,
    DEFAULT_BLOCK_TIMEOUT,
    DEFAULT_CLOSE_TIMEOUT,
    DEFAULT_FLUSH_INTERVAL,
    DEFAULT_MAX_QUEUE,
    AsyncEventLogger,
    EventLogger,
    FullPolicy,
)
from .._operation import Call, Namespace, RequestOptions, Steps, async_op, once, sync_op
from .._pagination import call_options, iterate, iterate_async
from ._event_batches import (
    BATCH_CHUNK_SIZE,
    MAX_CONCURRENT_CHUNKS,
    BatchError,
    build_batch,
    send_batch,
    send_batch_async,
)
from ._event_payloads import event_dict, unwrap
from ._event_queries import (
    EXPORT,
    SEARCH,
    SEARCH_PAGE_LIMIT,
    chart_kwargs,
    event_walk,
    events_list,
    export_body,
    export_response,
    list_parser,
    list_request,
    merged_query,
    search_body,
    search_call,
    session_events,
)

if TYPE_CHECKING:
    import os
    from collections.abc import Callable

    from honeyhive_api.models import (
        DeleteEventResponse,
        GetEventResponse,
        GetEventsChartResponse,
        GetEventsResponse,
        LegacyEvent,
        LegacyPostEventRequest,
        LegacyPostEventRequestEvent,
        LegacyUpdateEventRequest,
        ModelEvent,
        PostEventBatchResponse,
        PostEventResponse,
        PostModelEventRequest,
    )
    from honeyhive_api.types import (
        LegacyPostEventRequestDict,
        LegacyPostEventRequestEventDict,
        LegacyUpdateEventRequestDict,
        ModelEventDict,
        PostModelEventRequestDict,
    )

    from ..models import EventExportResponse

__all__ = [
    "BATCH_CHUNK_SIZE",
    "LIST_PAGE_SIZE",
    "MAX_CONCURRENT_CHUNKS",
    "AsyncEventLogger",
    "BatchError",
    "EventLogger",
    "Events",
]

#: Page size the iterators ask for when the query sets no ``limit`` (search's largest page).
LIST_PAGE_SIZE = SEARCH_PAGE_LIMIT


def _none(data: Any) -> None:
    """The documented result of ``update``: nothing (errors raise)."""
    return None


def _create_one(
    request: object, wrapper: type, item: type, operation: str, what: str, *, type_required: bool
) -> Steps[PostEventResponse]:
    """Create one event, given flat or in ``wrapper``'s envelope, checked as ``item``.

    An ``event_id`` is assigned when none is given, before the first attempt, so a retried
    create stores the event exactly once.
    """
    from honeyhive_api.models import PostEventResponse

    key = envelope(wrapper)
    # Named as users import it from honeyhive.models (no "Legacy" prefix).
    expected = f"a dict or {wrapper.__name__.removeprefix('Legacy')}"
    data = event_dict(unwrap(request, key, what, expected), item, what, type_required=type_required)
    parse = PostEventResponse.from_dict
    body = {"body": WireBody({key: data})}
    call = Call(operation, body, parse, credential="ingestion", envelope=key)
    return (yield from once(call))


class Events(Namespace):
    """API for managing events.

    Methods taking a request accept a plain dict, a generated model, or a model of
    ``honeyhive.models``; every method has an ``_async`` twin, and the official SDK's names
    (``create_event``, ``get_events``, ...) are aliases of the same functions.
    """

    # ---- create / update / delete ------------------------------------------------------
    def _create(
        self,
        request: LegacyPostEventRequestEventDict
        | LegacyPostEventRequestDict
        | LegacyPostEventRequestEvent
        | LegacyPostEventRequest,
        **options: Unpack[RequestOptions],
    ) -> Steps[PostEventResponse]:
        """Create one event (``POST /events``); returns a PostEventResponse naming its ``event_id``.

        ``request`` is the reference doc's flat ``PostEventRequest(project=..., event_type=...,
        inputs=...)`` or dict, or the official SDK 1.7.0's ``PostEventRequest(event={...})`` /
        ``{"event": {...}}``. ``event_type`` and ``inputs`` are required. An ``event_id``
        (UUIDv4) is assigned when none is given, before the first attempt, so a retried
        create stores the event exactly once.
        """
        from honeyhive_api.models import LegacyPostEventRequest, LegacyPostEventRequestEvent

        wrapper, item = LegacyPostEventRequest, LegacyPostEventRequestEvent
        operation, what = "events.create_event_legacy", "events.create(request)"
        return (yield from _create_one(request, wrapper, item, operation, what, type_required=True))

    create = sync_op(_create)
    create_async = async_op(_create)
    create_event = create
    create_event_async = create_async

    def _create_model(
        self,
        request: ModelEventDict | PostModelEventRequestDict | ModelEvent | PostModelEventRequest,
        **options: Unpack[RequestOptions],
    ) -> Steps[PostEventResponse]:
        """Create one model (LLM call) event: ``model``, ``provider``, ``messages``, ``usage``...

        ``POST /events/model``; a flat dict or ``{"model_event": {...}}``. Like ``create``,
        an ``event_id`` is assigned when none is given.
        """
        from honeyhive_api.models import ModelEvent, PostModelEventRequest

        wrapper, item = PostModelEventRequest, ModelEvent
        operation, what = "events.create_model_event_legacy", "events.create_model(request)"
        return (
            yield from _create_one(request, wrapper, item, operation, what, type_required=False)
        )

    create_model = sync_op(_create_model)
    create_model_async = async_op(_create_model)
    create_model_event = create_model
    create_model_event_async = create_model_async

    def _update(
        self,
        data: LegacyUpdateEventRequestDict | LegacyUpdateEventRequest,
        **options: Unpack[RequestOptions],
    ) -> Steps[None]:
        """Update a stored event (``PUT /events``): ``event_id`` plus the fields to merge.

        ``feedback``, ``metadata``, ``metrics``, ``outputs``, ``config``, ``user_properties``,
        ``duration``, ``end_time``, ``children_ids``. Returns None.
        """
        from honeyhive_api.models import LegacyUpdateEventRequest

        what = "events.update(data)"
        fields = wire_dict(data, what, "a dict or UpdateEventRequest")
        body = dict(_checked(fields, LegacyUpdateEventRequest, what))
        call = Call(
            "events.update_event_legacy", {"body": WireBody(body)}, _none, credential="ingestion"
        )
        yield call
        return None

    update = sync_op(_update)
    update_async = async_op(_update)
    update_event = update
    update_event_async = update_async

    def _delete(
        self, event_id: str, **options: Unpack[RequestOptions]
    ) -> Steps[DeleteEventResponse]:
        """Delete one event by id (a seed-era route, absent from today's description)."""
        from honeyhive_api.models import DeleteEventResponse

        eid = require_str(event_id, "event_id")
        call = Call("events.delete_event", {"event_id": eid}, DeleteEventResponse.from_dict)
        return (yield from once(call))

    delete = sync_op(_delete)
    delete_async = async_op(_delete)
    delete_event = delete
    delete_event_async = delete_async

    # ---- reading -------------------------------------------------------------------------
    def _get(self, event_id: str, **options: Unpack[RequestOptions]) -> Steps[GetEventResponse]:
        """One event by its ``event_id`` (a UUID): ``GET /v1/events/{event_id}``."""
        from honeyhive_api.models import GetEventResponse

        eid = require_uuid(event_id, "event_id")
        call = Call("events.get_event", {"event_id": eid}, GetEventResponse.from_dict)
        return (yield from once(call))

    get = sync_op(_get)
    get_async = async_op(_get)
    get_event = get
    get_event_async = get_async

    def _search(
        self,
        request: Any = None,
        *,
        filters: Sequence[Any] | None = None,
        date_range: Any = None,
        limit: int | None = None,
        page: int | None = None,
        ignore_order: bool | None = None,
        evaluation_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Steps[EventExportResponse]:
        """One page of events: ``POST /v1/events/search`` with a ``SearchEventsRequest``.

        Keys (in ``request``, or as keyword arguments): ``filters`` (``field``, ``operator``,
        ``value``, optional ``type``), ``dateRange``/``date_range`` (``{"start_time": ...,
        "end_time": ...}``; datetimes, ISO strings or epoch ms; a missing bound is open),
        ``limit`` (1 to 1000), ``page``, ``ignore_order``, ``evaluation_id``. Returns
        ``.events`` (LegacyEvent) and ``.count``. ``iter_search`` walks every page.
        """
        what = "events.search()"
        keywords = {
            "filters": filters,
            "date_range": date_range,
            "limit": limit,
            "page": page,
            "ignore_order": ignore_order,
            "evaluation_id": evaluation_id,
        }
        body = _search_request(what, request, keywords)
        return (yield from once(search_call(body, export_response)))

    search = sync_op(_search)
    search_async = async_op(_search)
    search_events = search
    search_events_async = search_async

    def _get_by_session_id(
        self,
        session_id: str,
        project: str | None = None,
        *,
        limit: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Steps[GetEventsResponse]:
        """All events of a session as ``response.events``: the session's root event first,
        then by ``start_time``.

        Reads every page of a ``session_id`` search; ``limit`` caps how many are returned.
        ``project`` (the official SDK 1.7.0's argument) is checked, not sent: today's search is
        scoped by the API key's project.
        """
        from honeyhive_api.models import GetEventsResponse

        sid = require_str(session_id, "session_id")
        if project is not None:
            require_str(project, "project")
        cap = None if limit is None else positive_int(limit, "limit")
        items = yield from session_events(sid, cap)
        events = events_list(items, None)
        return GetEventsResponse(events=events, total_events=len(events))

    get_by_session_id = sync_op(_get_by_session_id)
    get_by_session_id_async = async_op(_get_by_session_id)
    get_events_by_session_id = get_by_session_id
    get_events_by_session_id_async = get_by_session_id_async

    def _list(
        self,
        query: Any = None,
        filters: Sequence[Any] | None = None,
        *,
        data: Any = None,
        project: str | None = None,
        date_range: Any = None,
        projections: Sequence[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        ignore_order: bool | None = None,
        evaluation_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Steps[GetEventsResponse]:
        """One page of events matching ``query`` (``POST /v1/events/search``).

        The filters are given as the reference doc's ``query`` dict, as keyword arguments, or
        both (a key given twice is a TypeError): ``filters`` (list of dicts or filter models;
        ``type`` is inferred when missing), ``dateRange``/``date_range``
        (``{"$gte": ..., "$lte": ...}`` of datetimes, ISO strings or epoch ms, or a
        ``(start, end)`` pair), ``limit`` (at most 1000), ``page``, ``ignore_order``,
        ``evaluation_id``, ``project`` and ``projections``. A query with ``project`` or
        ``projections`` is sent to ``POST /v1/events/export``, the route that takes them
        (search is scoped by the API key's project). ``data=`` is the official SDK 1.7.0's
        name for ``query``; its aliases' form ``list_events(project, filters, date_range=,
        projections=, limit=, page=)`` works too. ``iter`` walks every page.
        """
        keywords = {
            "project": project,
            "filters": filters,
            "date_range": date_range,
            "projections": projections,
            "limit": limit,
            "page": page,
            "ignore_order": ignore_order,
            "evaluation_id": evaluation_id,
        }
        operation, body, kept = _list_request("events.list()", query, data, keywords)
        return (yield from once(search_call(body, list_parser(kept), operation)))

    def _chart(
        self, query: Any = None, **options: Unpack[RequestOptions]
    ) -> Steps[GetEventsChartResponse]:
        """An event metric aggregated over time buckets (seed-era ``GET /v1/events/chart``)."""
        from honeyhive_api.models import GetEventsChartResponse
        from honeyhive_api.models.get_events_chart_aggregation import (
            GET_EVENTS_CHART_AGGREGATION_VALUES,
        )
        from honeyhive_api.models.get_events_chart_bucket import GET_EVENTS_CHART_BUCKET_VALUES

        what = "events.chart(query)"
        kwargs = chart_kwargs(query, "events.get_events_chart", what)
        if "bucket" in kwargs:
            _check_enum(kwargs["bucket"], GET_EVENTS_CHART_BUCKET_VALUES, f"{what}: bucket")
        if "aggregation" in kwargs:
            allowed = GET_EVENTS_CHART_AGGREGATION_VALUES
            _check_enum(kwargs["aggregation"], allowed, f"{what}: aggregation")
        parse = GetEventsChartResponse.from_dict
        return (yield from once(Call("events.get_events_chart", kwargs, parse)))

    chart = sync_op(_chart)
    chart_async = async_op(_chart)
    get_events_chart = chart
    get_events_chart_async = chart_async

    def _export(
        self,
        request: Any = None,
        filters: Sequence[Any] | None = None,
        *,
        project: str | None = None,
        date_range: Any = None,
        projections: Sequence[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        ignore_order: bool | None = None,
        evaluation_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Steps[EventExportResponse]:
        """Export one page of events (``POST /v1/events/export``, deprecated but served).

        Two forms: ``export({"filters": [...], "dateRange": ..., "limit": ..., "page": ...})``,
        or the official SDK 1.7.0's ``export(project=None, filters=None, *, date_range=None,
        projections=None, limit=1000, page=1)``. Filters get a ``type`` inferred when missing;
        ``project`` is sent, as 1.7.0 sends it. Returns
        ``.events``, ``.count`` and ``.total_events`` (the same number). ``iter_export``
        walks every page.
        """
        given = {
            "project": project,
            "filters": filters,
            "date_range": date_range,
            "projections": projections,
            "limit": limit,
            "page": page,
            "ignore_order": ignore_order,
            "evaluation_id": evaluation_id,
        }
        body = _export_request("events.export()", request, given)
        call = Call(EXPORT, {"body": WireBody(body)}, export_response)
        return (yield from once(call))

    export = sync_op(_export)
    export_async = async_op(_export)
    export_events = export
    export_events_async = export_async

    # ---- batches ---------------------------------------------------------------------------
    def create_batch(
        self,
        data: Mapping[str, Any] | Sequence[Any] | Any,
        *,
        chunk_size: int = BATCH_CHUNK_SIZE,
        **options: Unpack[RequestOptions],
    ) -> PostEventBatchResponse:
        """Create many events (``POST /events/batch``): ``{"events": [...]}``, a list, or a model.

        ``single_session`` (or its older name ``is_single_session``) and ``session_properties``
        are sent as given. Events without ``event_id`` get one before anything is sent. The
        events are sent in chunks of ``chunk_size`` (default 500), up to 4 chunks at a time;
        the response lists every ``event_id`` in input order. If a chunk still fails after the
        transport's retries, no new chunk starts and ``BatchError`` says which ids were stored
        and which were not (``error.failed_events`` can be resent safely).
        """
        batch = build_batch(data, model=False, chunk_size=chunk_size)
        what = "events.create_batch()"
        return send_batch(self._client, batch, what, call_options(what, options))

    async def create_batch_async(
        self,
        data: Mapping[str, Any] | Sequence[Any] | Any,
        *,
        chunk_size: int = BATCH_CHUNK_SIZE,
        **options: Unpack[RequestOptions],
    ) -> PostEventBatchResponse:
        """The async twin of ``create_batch`` (chunks sent concurrently, at most 4 at a time)."""
        batch = build_batch(data, model=False, chunk_size=chunk_size)
        what = "events.create_batch_async()"
        return await send_batch_async(self._client, batch, what, call_options(what, options))

    create_event_batch = create_batch
    create_event_batch_async = create_batch_async

    def create_model_batch(
        self,
        data: Mapping[str, Any] | Sequence[Any] | Any,
        *,
        chunk_size: int = BATCH_CHUNK_SIZE,
        **options: Unpack[RequestOptions],
    ) -> PostEventBatchResponse:
        """Create many model events (``POST /events/model/batch``): ``{"model_events": [...]}``
        or a list; chunked like ``create_batch``, with the same ``BatchError``."""
        batch = build_batch(data, model=True, chunk_size=chunk_size)
        what = "events.create_model_batch()"
        return send_batch(self._client, batch, what, call_options(what, options))

    async def create_model_batch_async(
        self,
        data: Mapping[str, Any] | Sequence[Any] | Any,
        *,
        chunk_size: int = BATCH_CHUNK_SIZE,
        **options: Unpack[RequestOptions],
    ) -> PostEventBatchResponse:
        """The async twin of ``create_model_batch``."""
        batch = build_batch(data, model=True, chunk_size=chunk_size)
        what = "events.create_model_batch_async()"
        return await send_batch_async(self._client, batch, what, call_options(what, options))

    create_model_event_batch = create_model_batch
    create_model_event_batch_async = create_model_batch_async

    # ---- background logging ----------------------------------------------------------------
    def logger(
        self,
        *,
        batch_size: int = DEFAULT_BATCH_SIZE,
        flush_interval: float = DEFAULT_FLUSH_INTERVAL,
        max_queue: int = DEFAULT_MAX_QUEUE,
        full_policy: FullPolicy = "block",
        block_timeout: float | None = DEFAULT_BLOCK_TIMEOUT,
        spool_dir: str | os.PathLike[str] | None = None,
        chunk_size: int = BATCH_CHUNK_SIZE,
        close_timeout: float | None = DEFAULT_CLOSE_TIMEOUT,
        clock: Callable[[], float] | None = None,
    ) -> EventLogger:
        """An ``EventLogger``: ``add(event)`` queues without waiting, a thread sends batches.

        Batches of up to ``batch_size`` events leave when that many wait or ``flush_interval``
        seconds after the first one, through ``create_batch``'s path (``chunk_size`` events
        per request, retries, rate limit); a failed batch is resent later. At most
        ``max_queue`` events are held in memory; when full, ``full_policy`` ``"block"`` waits
        up to ``block_timeout`` seconds for room (None: as long as it takes) and then drops,
        ``"drop_newest"`` / ``"drop_oldest"`` drop at once (every drop counted and logged).
        With ``spool_dir`` unconfirmed batches are kept on disk and sent by the next logger
        opening it. ``close_timeout`` bounds ``close()``, the ``with`` block's end and the
        flush at interpreter exit. ``clock`` (monotonic seconds) is for tests.
        """
        return EventLogger(
            self._client,
            batch_size=batch_size,
            flush_interval=flush_interval,
            max_queue=max_queue,
            full_policy=full_policy,
            block_timeout=block_timeout,
            spool_dir=spool_dir,
            chunk_size=chunk_size,
            close_timeout=close_timeout,
            clock=clock,
        )

    async def logger_async(
        self,
        *,
        batch_size: int = DEFAULT_BATCH_SIZE,
        flush_interval: float = DEFAULT_FLUSH_INTERVAL,
        max_queue: int = DEFAULT_MAX_QUEUE,
        full_policy: FullPolicy = "block",
        block_timeout: float | None = DEFAULT_BLOCK_TIMEOUT,
        spool_dir: str | os.PathLike[str] | None = None,
        chunk_size: int = BATCH_CHUNK_SIZE,
        close_timeout: float | None = DEFAULT_CLOSE_TIMEOUT,
        clock: Callable[[], float] | None = None,
    ) -> AsyncEventLogger:
        """The twin of ``logger`` for code in an event loop: an ``AsyncEventLogger``.

        ``await log.add(event)`` (or ``log.add_nowait(event)``, which never waits),
        ``await log.flush()``, ``await log.close()``, ``async with log:``; nothing blocks the
        loop. Same options as ``logger``.
        """
        return AsyncEventLogger(
            self._client,
            batch_size=batch_size,
            flush_interval=flush_interval,
            max_queue=max_queue,
            full_policy=full_policy,
            block_timeout=block_timeout,
            spool_dir=spool_dir,
            chunk_size=chunk_size,
            close_timeout=close_timeout,
            clock=clock,
        )

    # ---- page iteration --------------------------------------------------------------------
    # Each iterator takes its page method's arguments and walks every page from ``page`` on
    # (see ``honeyhive._pagination`` for when a walk ends).
    def iter_search(
        self,
        request: Any = None,
        *,
        filters: Sequence[Any] | None = None,
        date_range: Any = None,
        limit: int | None = None,
        page: int | None = None,
        ignore_order: bool | None = None,
        evaluation_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Iterator[LegacyEvent]:
        """Every event of a search (arguments as for ``search``), one page at a time.

        ``limit`` (default 1000) is the page size asked for; the first request is sent by the
        first ``next()``, after the arguments were checked here.
        """
        what = "events.iter_search()"
        walk = self._search_walk(what, request, locals())
        return iterate(self._client, [walk], call_options(what, options))

    def iter_search_async(
        self,
        request: Any = None,
        *,
        filters: Sequence[Any] | None = None,
        date_range: Any = None,
        limit: int | None = None,
        page: int | None = None,
        ignore_order: bool | None = None,
        evaluation_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[LegacyEvent]:
        """The async twin of ``iter_search``: ``async for event in events.iter_search_async()``."""
        what = "events.iter_search_async()"
        walk = self._search_walk(what, request, locals())
        return iterate_async(self._client, [walk], call_options(what, options))

    def iter_export(
        self,
        request: Any = None,
        filters: Sequence[Any] | None = None,
        *,
        project: str | None = None,
        date_range: Any = None,
        projections: Sequence[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        ignore_order: bool | None = None,
        evaluation_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Iterator[LegacyEvent]:
        """Every event of an export (arguments as for ``export``), one page at a time."""
        what = "events.iter_export()"
        walk = self._export_walk(what, request, locals())
        return iterate(self._client, [walk], call_options(what, options))

    def iter_export_async(
        self,
        request: Any = None,
        filters: Sequence[Any] | None = None,
        *,
        project: str | None = None,
        date_range: Any = None,
        projections: Sequence[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        ignore_order: bool | None = None,
        evaluation_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[LegacyEvent]:
        """The async twin of ``iter_export``."""
        what = "events.iter_export_async()"
        walk = self._export_walk(what, request, locals())
        return iterate_async(self._client, [walk], call_options(what, options))

    def _search_walk(self, what: str, request: Any, given: dict[str, Any]) -> Any:
        keywords = {k: given[k] for k in _SEARCH_KEYWORDS}
        return event_walk(SEARCH, _search_request(what, request, keywords), None, what)

    def _export_walk(self, what: str, request: Any, given: dict[str, Any]) -> Any:
        options = {k: given[k] for k in _EXPORT_KEYWORDS}
        return event_walk(EXPORT, _export_request(what, request, options), None, what)

    def _list_walk(self, what: str, given: dict[str, Any]) -> Any:
        keywords = {k: given[k] for k in _EXPORT_KEYWORDS}
        operation, body, kept = _list_request(what, given["query"], given["data"], keywords)
        return event_walk(operation, body, kept, what)

    # Last in the class body: from here on ``list`` and ``iter`` name these methods, not the
    # builtins, in class scope (``iter`` is a real method: it pages, it does not wrap a call).
    list = sync_op(_list)
    list_async = async_op(_list)
    get_events = list
    get_events_async = list_async
    list_events = list
    list_events_async = list_async

    def iter(
        self,
        query: Any = None,
        filters: Sequence[Any] | None = None,
        *,
        data: Any = None,
        project: str | None = None,
        date_range: Any = None,
        projections: Sequence[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        ignore_order: bool | None = None,
        evaluation_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Iterator[LegacyEvent]:
        """Every event matching ``query`` (arguments as for ``list``), one page at a time.

        ``limit`` (default 1000) is the page size asked for; a service serving smaller pages
        still yields every event. Paging ends on the service's total or an empty page. The
        query is checked now, the first page is fetched by the first ``next()``.
        """
        walk = self._list_walk("events.iter()", locals())
        return iterate(self._client, [walk], call_options("events.iter()", options))

    def iter_async(
        self,
        query: Any = None,
        filters: Sequence[Any] | None = None,
        *,
        data: Any = None,
        project: str | None = None,
        date_range: Any = None,
        projections: Sequence[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        ignore_order: bool | None = None,
        evaluation_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[LegacyEvent]:
        """The async twin of ``iter``: ``async for event in client.events.iter_async(q)``."""
        walk = self._list_walk("events.iter_async()", locals())
        return iterate_async(self._client, [walk], call_options("events.iter_async()", options))


#: Keyword arguments of ``search``/``iter_search`` and of ``export``/``list`` and their iterators.
_SEARCH_KEYWORDS = ("filters", "date_range", "limit", "page", "ignore_order", "evaluation_id")
_EXPORT_KEYWORDS = ("project", "projections", *_SEARCH_KEYWORDS)


def _search_request(what: str, request: Any, keywords: Mapping[str, Any]) -> dict[str, Any]:
    """The search body of ``search``'s arguments."""
    expected = "a dict or SearchEventsRequest"
    merged = merged_query(what, request, keywords, doc_query=False, expected=expected)
    return search_body(merged, what, doc_query=False)[0]


def _list_request(
    what: str, query: Any, data: Any, keywords: Mapping[str, Any]
) -> tuple[str, dict[str, Any], Any]:
    """The operation, body and client-side projections of ``list``'s arguments."""
    if data is not None:
        if query is not None:
            raise TypeError(f"{what}: pass the query as query or as data=, not both")
        query = data
    if isinstance(query, str):
        # The official SDK 1.7.0's list_events(project, filters, ...).
        if keywords.get("project") is not None:
            raise TypeError(f"{what}: project given twice")
        query, keywords = None, {**keywords, "project": query}
    expected = "a dict of query parameters"
    merged = merged_query(what, query, keywords, doc_query=True, expected=expected)
    return list_request(merged, what)


def _export_request(what: str, request: Any, options: Mapping[str, Any]) -> dict[str, Any]:
    """The export body of ``export``'s two forms (a request dict, or 1.7.0's arguments)."""
    if isinstance(request, str):
        if options.get("project") is not None:
            raise TypeError(f"{what}: project given twice")
        request, options = None, {**options, "project": request}
    given = {k: v for k, v in options.items() if v is not None}
    return export_body(request, given, what)
