"""``client.experiments`` (also ``client.evaluations``): runs, their results, and comparisons.

Routes: today's ``/v1/runs/{run_id}/summary``, ``/v1/runs/{new}/compare/{old}`` and
``/v1/runs/{new}/compare/{old}/events``, not the deprecated ``/result``, ``/compare-with/`` and
``/v1/runs/compare/events`` the official SDK 1.7.0 still sends (same answers). Run ids in
paths are UUIDs: another string is a ValueError naming the argument, before anything is sent.

Compatibility choices (ours = this client's earlier signatures; 1.7.0 = the official SDK):

- ``get_result``/``get_run_result`` and ``compare_runs`` return what 1.7.0 returns, a dict of
  the JSON answer (with None for optional fields the answer leaves out, as 1.7.0's
  ``model_dump()``); the dict's keys also read as attributes (``result.metrics.details``,
  ``comparison.common_datapoints``), so code written for our earlier typed answer keeps
  working, except where a key's name is a dict method (``values``, ``items``, ...: index those).
  ``get_summary`` and ``compare`` return the typed models.
- ``list_runs`` takes 1.7.0's positional parameters and ``dateRange`` (ours: keyword-only and
  ``date_range``, still accepted) and, like 1.7.0, asks for more than 100 ``run_ids`` in batches
  of 100 (page and limit then do not apply), merged into one response.
- ``get_schema(dateRange=None, evaluation_id=None)`` is 1.7.0's, on 1.7.0's route
  ``GET /v1/events/schema`` (ours sent ``GET /v1/runs/schema``, which no longer takes
  ``evaluation_id``); today's per-run and project-wide schemas are ``get_run_schema(run_id)``
  and ``get_runs_schema()`` (formerly an alias of ``get_schema``).
- ``compare_run_events(new_run_id, old_run_id, ...)`` is 1.7.0's; ``compare_events(run_id_1,
  run_id_2, ...)`` is ours (``run_id_1`` is the new run, as 1.7.0 sends it). ``compare_runs``
  is no longer an alias of ``compare`` (it returns 1.7.0's dict).
- Keyword names of both are accepted: ``create_run(data=|request=)``,
  ``update_run(run_id, data=|request=)``.
- JSON-valued query parameters (``filters``, ``filter``, ``dateRange``) are sent as JSON text:
  dicts and lists are encoded, a string is sent as given (it must be JSON).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Unpack

from .._convert import as_model, either, require_str
from .._operation import Call, Namespace, RequestOptions, Steps, async_op, sync_op
from .._pagination import call_options, iterate, iterate_async, list_filters
from ._experiment_queries import (
    MAX_RUNS_PER_PAGE,
    QUERY_BATCH_SIZE,
    compare_events_call,
    compare_events_kwargs,
    compare_events_walk,
    comparison_call,
    date_range_kwargs,
    filters_param,
    run_id_batches,
    run_uuid,
    runs_paging,
    runs_query,
    runs_walks,
    summary_call,
)
from ._experiment_results import ResultDict, as_result_dict, merge_run_pages

if TYPE_CHECKING:
    from honeyhive_api.models import (
        ComparableEvent,
        DeleteExperimentRunResponse,
        ExperimentRunObject,
        Filter,
        GetEventsSchemaResponse,
        GetExperimentCompareEventsResponse,
        GetExperimentRunCompareResponse,
        GetExperimentRunMetricsResponse,
        GetExperimentRunResponse,
        GetExperimentRunResultResponse,
        GetExperimentRunsResponse,
        PostExperimentRunRequest,
        PostExperimentRunResponse,
        PutExperimentRunRequest,
        PutExperimentRunResponse,
    )

    from ..params import DateRangeArg, FilterArg

__all__ = ["MAX_RUNS_PER_PAGE", "QUERY_BATCH_SIZE", "Experiments"]


class Experiments(Namespace):
    """API for managing experiment runs."""

    def _create_run(
        self,
        data: Mapping[str, Any] | PostExperimentRunRequest | None = None,
        *,
        request: Mapping[str, Any] | PostExperimentRunRequest | None = None,
        **options: Unpack[RequestOptions],
    ) -> Steps[PostExperimentRunResponse]:
        """Create a run ``{name, event_ids?, dataset_id?, configuration?, ...}``; has ``run_id``."""
        from honeyhive_api.models import PostExperimentRunRequest, PostExperimentRunResponse

        what = "experiments.create_run(request)"
        body = as_model(PostExperimentRunRequest, either(what, data=data, request=request), what)
        result: PostExperimentRunResponse = yield Call(
            "experiments.create_run", {"body": body}, PostExperimentRunResponse.from_dict
        )
        return result

    create_run = sync_op(_create_run)
    create_run_async = async_op(_create_run)
    create = create_run
    create_async = create_run_async

    def _list_runs(
        self,
        dataset_id: str | Mapping[str, Any] | None = None,
        page: int | None = None,
        limit: int | None = None,
        run_ids: Iterable[str] | None = None,
        name: str | None = None,
        status: str | None = None,
        dateRange: DateRangeArg | None = None,
        sort_by: str | None = None,
        sort_order: str | None = None,
        *,
        date_range: DateRangeArg | None = None,
        **options: Unpack[RequestOptions],
    ) -> Steps[GetExperimentRunsResponse]:
        """One page of runs, newest first by default; the response has ``evaluations`` and
        ``pagination``.

        Filters are keyword (or positional, in this order) arguments, or one mapping of them
        in the first place: ``list_runs({"status": "completed", "limit": 50})``. ``run_ids``
        are sent in the bracket form (``run_ids[]=a&...``), at most 100 per request;
        ``dateRange`` (or ``date_range``) is a ``{"$gte": ..., "$lte": ...}`` dict (datetimes,
        ISO strings or epoch milliseconds) or its JSON text. ``iter_runs`` walks every page.
        """
        from honeyhive_api.models import GetExperimentRunsResponse

        query, pages, batches = _runs_request("experiments.list_runs()", locals())
        parse = GetExperimentRunsResponse.from_dict
        if batches is None or len(batches) == 1:
            if batches is not None:
                query["run_ids"] = batches[0]
            result: GetExperimentRunsResponse = yield Call(
                "experiments.get_runs", {**query, **pages}, parse
            )
            return result
        found: list[GetExperimentRunsResponse] = []
        for batch in batches:
            # Every run of a batch on one page: paging does not apply when asking by ids.
            ask = {**query, "run_ids": batch, "page": 1, "limit": MAX_RUNS_PER_PAGE}
            found.append((yield Call("experiments.get_runs", ask, parse)))
        return merge_run_pages(found)

    list_runs = sync_op(_list_runs)
    list_runs_async = async_op(_list_runs)
    get_runs = list_runs
    get_runs_async = list_runs_async
    list = list_runs
    list_async = list_runs_async

    def iter_runs(
        self,
        dataset_id: str | Mapping[str, Any] | None = None,
        page: int | None = None,
        limit: int | None = None,
        run_ids: Iterable[str] | None = None,
        name: str | None = None,
        status: str | None = None,
        dateRange: DateRangeArg | None = None,
        sort_by: str | None = None,
        sort_order: str | None = None,
        *,
        date_range: DateRangeArg | None = None,
        **options: Unpack[RequestOptions],
    ) -> Iterator[ExperimentRunObject]:
        """Every run matching the filters (arguments as for ``list_runs``), page by page.

        ``limit`` (default 100, the most the service serves) is the page size asked for;
        paging starts at ``page`` and ends when the service's ``pagination.has_next`` is false
        (or a page is empty). The arguments are checked now; the first request is sent by the
        first ``next()``.
        """
        what = "experiments.iter_runs()"
        walks = runs_walks(what, *_runs_request(what, locals()))
        return iterate(self._client, walks, call_options(what, options))

    def iter_runs_async(
        self,
        dataset_id: str | Mapping[str, Any] | None = None,
        page: int | None = None,
        limit: int | None = None,
        run_ids: Iterable[str] | None = None,
        name: str | None = None,
        status: str | None = None,
        dateRange: DateRangeArg | None = None,
        sort_by: str | None = None,
        sort_order: str | None = None,
        *,
        date_range: DateRangeArg | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[ExperimentRunObject]:
        """The async twin of ``iter_runs``: ``async for run in experiments.iter_runs_async()``."""
        what = "experiments.iter_runs_async()"
        walks = runs_walks(what, *_runs_request(what, locals()))
        return iterate_async(self._client, walks, call_options(what, options))

    iter = iter_runs
    iter_async = iter_runs_async

    def _get_run(
        self, run_id: str, **options: Unpack[RequestOptions]
    ) -> Steps[GetExperimentRunResponse]:
        """Get one run; the response's ``evaluation`` is the run."""
        from honeyhive_api.models import GetExperimentRunResponse

        kwargs = {"run_id": run_uuid(run_id, "run_id")}
        parse = GetExperimentRunResponse.from_dict
        result: GetExperimentRunResponse = yield Call("experiments.get_run", kwargs, parse)
        return result

    get_run = sync_op(_get_run)
    get_run_async = async_op(_get_run)
    get = get_run
    get_async = get_run_async

    def _update_run(
        self,
        run_id: str,
        data: Mapping[str, Any] | PutExperimentRunRequest | None = None,
        *,
        request: Mapping[str, Any] | PutExperimentRunRequest | None = None,
        **options: Unpack[RequestOptions],
    ) -> Steps[PutExperimentRunResponse]:
        """Update a run (status, results, event ids, ...); fields given replace stored ones."""
        from honeyhive_api.models import PutExperimentRunRequest, PutExperimentRunResponse

        what = "experiments.update_run(run_id, request)"
        kwargs = {
            "run_id": run_uuid(run_id, "run_id"),
            "body": as_model(
                PutExperimentRunRequest, either(what, data=data, request=request), what
            ),
        }
        result: PutExperimentRunResponse = yield Call(
            "experiments.update_run", kwargs, PutExperimentRunResponse.from_dict
        )
        return result

    update_run = sync_op(_update_run)
    update_run_async = async_op(_update_run)
    update = update_run
    update_async = update_run_async

    def _delete_run(
        self, run_id: str, **options: Unpack[RequestOptions]
    ) -> Steps[DeleteExperimentRunResponse]:
        """Delete a run."""
        from honeyhive_api.models import DeleteExperimentRunResponse

        kwargs = {"run_id": run_uuid(run_id, "run_id")}
        result: DeleteExperimentRunResponse = yield Call(
            "experiments.delete_run", kwargs, DeleteExperimentRunResponse.from_dict
        )
        return result

    delete_run = sync_op(_delete_run)
    delete_run_async = async_op(_delete_run)
    delete = delete_run
    delete_async = delete_run_async

    # -------------------------------------------------------------- results
    def _get_summary(
        self,
        run_id: str,
        aggregate_function: str | None = None,
        filters: FilterArg | None = None,
        **options: Unpack[RequestOptions],
    ) -> Steps[GetExperimentRunResultResponse]:
        """Summarise a run: metric aggregates, passed and failed datapoints, event details."""
        from honeyhive_api.models import GetExperimentRunResultResponse

        parse = GetExperimentRunResultResponse.from_dict
        result: GetExperimentRunResultResponse = yield summary_call(
            run_id, aggregate_function, filters, parse
        )
        return result

    get_summary = sync_op(_get_summary)
    get_summary_async = async_op(_get_summary)
    get_experiment_summary = get_summary
    get_experiment_summary_async = get_summary_async

    def _get_result(
        self,
        run_id: str,
        aggregate_function: str | None = None,
        filters: FilterArg | None = None,
        **options: Unpack[RequestOptions],
    ) -> Steps[ResultDict]:
        """`get_summary` as the official SDK returns it: a dict (also readable by attribute)."""
        from honeyhive_api.models import GetExperimentRunResultResponse

        parse = as_result_dict(GetExperimentRunResultResponse.from_dict)
        result: ResultDict = yield summary_call(run_id, aggregate_function, filters, parse)
        return result

    get_result = sync_op(_get_result)
    get_result_async = async_op(_get_result)
    get_run_result = get_result
    get_run_result_async = get_result_async
    get_experiment_result = get_result
    get_experiment_result_async = get_result_async

    def _compare(
        self,
        new_run_id: str,
        old_run_id: str,
        aggregate_function: str | None = None,
        filters: FilterArg | None = None,
        **options: Unpack[RequestOptions],
    ) -> Steps[GetExperimentRunCompareResponse]:
        """Compare two runs metric by metric over their common datapoints."""
        from honeyhive_api.models import GetExperimentRunCompareResponse

        parse = GetExperimentRunCompareResponse.from_dict
        result: GetExperimentRunCompareResponse = yield comparison_call(
            new_run_id, old_run_id, aggregate_function, filters, parse
        )
        return result

    compare = sync_op(_compare)
    compare_async = async_op(_compare)
    get_experiment_comparison = compare
    get_experiment_comparison_async = compare_async

    def _compare_runs(
        self,
        new_run_id: str,
        old_run_id: str,
        aggregate_function: str | None = None,
        filters: FilterArg | None = None,
        **options: Unpack[RequestOptions],
    ) -> Steps[ResultDict]:
        """`compare` as the official SDK returns it: a dict (also readable by attribute)."""
        from honeyhive_api.models import GetExperimentRunCompareResponse

        parse = as_result_dict(GetExperimentRunCompareResponse.from_dict)
        result: ResultDict = yield comparison_call(
            new_run_id, old_run_id, aggregate_function, filters, parse
        )
        return result

    compare_runs = sync_op(_compare_runs)
    compare_runs_async = async_op(_compare_runs)

    def _compare_events(
        self,
        run_id_1: str,
        run_id_2: str,
        *,
        event_name: str | None = None,
        event_type: str | None = None,
        filter: str | Mapping[str, Any] | Filter | None = None,
        page: int | None = None,
        limit: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Steps[GetExperimentCompareEventsResponse]:
        """Pair up the events of two runs (same datapoint): ``run_id_1`` new, ``run_id_2`` old.

        ``filter`` is one extra condition (the service takes a single filter here).
        """
        kwargs = compare_events_kwargs(
            ("run_id_1", run_id_1),
            ("run_id_2", run_id_2),
            event_name=event_name,
            event_type=event_type,
            filter=filter,
            page=page,
            limit=limit,
        )
        result: GetExperimentCompareEventsResponse = yield compare_events_call(kwargs)
        return result

    compare_events = sync_op(_compare_events)
    compare_events_async = async_op(_compare_events)
    get_experiment_compare_events = compare_events
    get_experiment_compare_events_async = compare_events_async

    def _compare_run_events(
        self,
        new_run_id: str,
        old_run_id: str,
        event_name: str | None = None,
        event_type: str | None = None,
        filter: str | Mapping[str, Any] | Filter | None = None,
        limit: int | None = None,
        page: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Steps[GetExperimentCompareEventsResponse]:
        """The official SDK's form of `compare_events` (same route, same answer)."""
        kwargs = compare_events_kwargs(
            ("new_run_id", new_run_id),
            ("old_run_id", old_run_id),
            event_name=event_name,
            event_type=event_type,
            filter=filter,
            page=page,
            limit=limit,
        )
        result: GetExperimentCompareEventsResponse = yield compare_events_call(kwargs)
        return result

    compare_run_events = sync_op(_compare_run_events)
    compare_run_events_async = async_op(_compare_run_events)

    def iter_compare_events(
        self,
        new_run_id: str,
        old_run_id: str,
        event_name: str | None = None,
        event_type: str | None = None,
        filter: str | Mapping[str, Any] | Filter | None = None,
        limit: int | None = None,
        page: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Iterator[ComparableEvent]:
        """Every pair of events of two runs (arguments as for ``compare_run_events``).

        Paging starts at ``page`` and ends when the pairs seen reach the service's
        ``totalEvents`` (or a page is empty); ``limit`` is the page size asked for (the
        service's default when not given).
        """
        what = "experiments.iter_compare_events()"
        kwargs = _compare_kwargs(locals())
        walk = compare_events_walk(what, kwargs)
        return iterate(self._client, [walk], call_options(what, options))

    def iter_compare_events_async(
        self,
        new_run_id: str,
        old_run_id: str,
        event_name: str | None = None,
        event_type: str | None = None,
        filter: str | Mapping[str, Any] | Filter | None = None,
        limit: int | None = None,
        page: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[ComparableEvent]:
        """The async twin of ``iter_compare_events``."""
        what = "experiments.iter_compare_events_async()"
        kwargs = _compare_kwargs(locals())
        walk = compare_events_walk(what, kwargs)
        return iterate_async(self._client, [walk], call_options(what, options))

    def _get_run_metrics(
        self,
        run_id: str,
        *,
        date_range: DateRangeArg | None = None,
        filters: FilterArg | None = None,
        dateRange: DateRangeArg | None = None,
        **options: Unpack[RequestOptions],
    ) -> Steps[GetExperimentRunMetricsResponse]:
        """The events of a run with their metrics; the response's ``events`` holds them."""
        from honeyhive_api.models import GetExperimentRunMetricsResponse

        kwargs: dict[str, Any] = {
            "run_id": run_uuid(run_id, "run_id"),
            **date_range_kwargs("get_run_metrics", date_range=date_range, dateRange=dateRange),
        }
        if filters is not None:
            kwargs["filters"] = filters_param(filters, "filters", many=True)
        parse = GetExperimentRunMetricsResponse.from_dict
        result: GetExperimentRunMetricsResponse = yield Call(
            "experiments.get_experiment_run_metrics", kwargs, parse
        )
        return result

    get_run_metrics = sync_op(_get_run_metrics)
    get_run_metrics_async = async_op(_get_run_metrics)
    get_experiment_run_metrics = get_run_metrics
    get_experiment_run_metrics_async = get_run_metrics_async

    # -------------------------------------------------------------- schemas
    def _get_schema(
        self,
        dateRange: DateRangeArg | None = None,
        evaluation_id: str | None = None,
        *,
        date_range: DateRangeArg | None = None,
        **options: Unpack[RequestOptions],
    ) -> Steps[GetEventsSchemaResponse]:
        """Fields, datasets and field mappings of events, optionally of one run (``evaluation_id``).

        Sent to ``GET /v1/events/schema``, as the official SDK does.
        """
        from honeyhive_api.models import GetEventsSchemaResponse

        kwargs: dict[str, Any] = date_range_kwargs(
            "get_schema", dateRange=dateRange, date_range=date_range
        )
        if evaluation_id is not None:
            kwargs["evaluation_id"] = require_str(evaluation_id, "evaluation_id")
        parse = GetEventsSchemaResponse.from_dict
        result: GetEventsSchemaResponse = yield Call(
            "events.get_events_schema_legacy", kwargs, parse
        )
        return result

    get_schema = sync_op(_get_schema)
    get_schema_async = async_op(_get_schema)
    get_experiment_runs_schema = get_schema
    get_experiment_runs_schema_async = get_schema_async

    def _get_runs_schema(
        self,
        dateRange: DateRangeArg | None = None,
        *,
        date_range: DateRangeArg | None = None,
        **options: Unpack[RequestOptions],
    ) -> Steps[GetEventsSchemaResponse]:
        """Fields, datasets and field mappings across all the project's runs."""
        from honeyhive_api.models import GetEventsSchemaResponse

        kwargs = date_range_kwargs("get_runs_schema", dateRange=dateRange, date_range=date_range)
        parse = GetEventsSchemaResponse.from_dict
        result: GetEventsSchemaResponse = yield Call("experiments.get_runs_schema", kwargs, parse)
        return result

    get_runs_schema = sync_op(_get_runs_schema)
    get_runs_schema_async = async_op(_get_runs_schema)

    def _get_run_schema(
        self,
        run_id: str,
        dateRange: DateRangeArg | None = None,
        *,
        date_range: DateRangeArg | None = None,
        **options: Unpack[RequestOptions],
    ) -> Steps[GetEventsSchemaResponse]:
        """Fields, datasets and field mappings of one run's events."""
        from honeyhive_api.models import GetEventsSchemaResponse

        kwargs: dict[str, Any] = {
            "run_id": run_uuid(run_id, "run_id"),
            **date_range_kwargs("get_run_schema", dateRange=dateRange, date_range=date_range),
        }
        parse = GetEventsSchemaResponse.from_dict
        result: GetEventsSchemaResponse = yield Call("experiments.get_run_schema", kwargs, parse)
        return result

    get_run_schema = sync_op(_get_run_schema)
    get_run_schema_async = async_op(_get_run_schema)


def _runs_request(
    what: str, given: Mapping[str, Any]
) -> tuple[dict[str, Any], dict[str, int], list[list[str]] | None]:
    """The query, paging and run-id batches of ``list_runs``'s arguments (``given``)."""
    names = (
        "dataset_id",
        "page",
        "limit",
        "run_ids",
        "name",
        "status",
        "dateRange",
        "sort_by",
        "sort_order",
        "date_range",
    )
    args = list_filters(what, {k: given[k] for k in names}, first="dataset_id")
    query = runs_query(
        what,
        dataset_id=args["dataset_id"],
        name=args["name"],
        status=args["status"],
        sort_by=args["sort_by"],
        sort_order=args["sort_order"],
        dateRange=args["dateRange"],
        date_range=args["date_range"],
    )
    pages = runs_paging(args["page"], args["limit"])
    return query, pages, run_id_batches(args["run_ids"])


def _compare_kwargs(given: Mapping[str, Any]) -> dict[str, Any]:
    """The checked arguments of ``iter_compare_events``."""
    return compare_events_kwargs(
        ("new_run_id", given["new_run_id"]),
        ("old_run_id", given["old_run_id"]),
        event_name=given["event_name"],
        event_type=given["event_type"],
        filter=given["filter"],
        page=given["page"],
        limit=given["limit"],
    )
