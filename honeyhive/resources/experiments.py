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

import datetime
import json
import uuid
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar

from .._convert import as_dict, as_model, id_list, require_str
from .._operation import Call, Namespace, Steps, async_op, sync_op
from .datasets import either

if TYPE_CHECKING:
    from honeyhive_api.models import (
        DateRange,
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

    #: A filters argument: a JSON string (sent as is), a ``Filter`` or dict, or a list of them.
    FilterArg: TypeAlias = str | Mapping[str, Any] | Filter | Iterable[Mapping[str, Any] | Filter]
    #: A date range argument: a JSON string, a ``DateRange`` or a ``$gte``/``$lte`` dict.
    DateRangeArg: TypeAlias = str | Mapping[str, Any] | DateRange

R = TypeVar("R")

#: Run ids per ``GET /v1/runs`` request, as in the official SDK (keeps URLs short enough).
QUERY_BATCH_SIZE = 100
#: The most runs ``GET /v1/runs`` returns per page.
MAX_RUNS_PER_PAGE = 100


class ResultDict(dict[str, Any]):
    """A JSON object as a plain dict whose keys can also be read as attributes.

    ``result["metrics"]["details"]`` (the official SDK's dict) and ``result.metrics.details``
    (this client's earlier typed answer) both work; camelCase keys also read in snake_case
    (``commonDatapoints`` as ``common_datapoints``).
    """

    __slots__ = ()

    def __getattr__(self, name: str) -> Any:
        for key in (name, _camel(name)):
            if key in self:
                return self[key]
        raise AttributeError(f"no key {name!r} in this result (keys: {', '.join(self)})")


class Experiments(Namespace):
    """API for managing experiment runs."""

    def _create_run(
        self,
        data: Mapping[str, Any] | PostExperimentRunRequest | None = None,
        *,
        request: Mapping[str, Any] | PostExperimentRunRequest | None = None,
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
        dataset_id: str | None = None,
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
    ) -> Steps[GetExperimentRunsResponse]:
        """List runs, newest first by default; the response has ``evaluations`` and ``pagination``.

        ``run_ids`` are sent in the bracket form (``run_ids[]=a&...``), at most 100 per
        request; ``dateRange`` (or ``date_range``) is a ``{"$gte": ..., "$lte": ...}`` dict
        (datetimes, ISO strings or epoch milliseconds) or its JSON text.
        """
        from honeyhive_api.models import GetExperimentRunsResponse
        from honeyhive_api.models.get_runs_sort_by import check_get_runs_sort_by
        from honeyhive_api.models.get_runs_sort_order import check_get_runs_sort_order
        from honeyhive_api.models.get_runs_status import check_get_runs_status

        query: dict[str, Any] = {}
        for key, value in (("dataset_id", dataset_id), ("name", name)):
            if value is not None:
                query[key] = require_str(value, key)
        for key, value, check in (
            ("status", status, check_get_runs_status),
            ("sort_by", sort_by, check_get_runs_sort_by),
            ("sort_order", sort_order, check_get_runs_sort_order),
        ):
            if value is not None:
                query[key] = _choice(value, key, check)
        window = either("list_runs", dateRange=dateRange, date_range=date_range)
        if window is not None:
            query["date_range"] = _date_range_param(window)
        paging = _paging(page=page, limit=limit)
        if paging.get("limit", 0) > MAX_RUNS_PER_PAGE:
            raise ValueError(f"limit must be at most {MAX_RUNS_PER_PAGE}, not {paging['limit']}")
        ids = None if run_ids is None else id_list(run_ids, "run_ids")
        parse = GetExperimentRunsResponse.from_dict
        if ids is None or len(ids) <= QUERY_BATCH_SIZE:
            if ids is not None:
                query["run_ids"] = ids
            result: GetExperimentRunsResponse = yield Call(
                "experiments.get_runs", {**query, **paging}, parse
            )
            return result
        pages: list[GetExperimentRunsResponse] = []
        for start in range(0, len(ids), QUERY_BATCH_SIZE):
            # Every run of a batch on one page: paging does not apply when asking by ids.
            batch = {**query, "run_ids": ids[start : start + QUERY_BATCH_SIZE]}
            batch.update(page=1, limit=MAX_RUNS_PER_PAGE)
            pages.append((yield Call("experiments.get_runs", batch, parse)))
        return _merge_run_pages(pages)

    list_runs = sync_op(_list_runs)
    list_runs_async = async_op(_list_runs)
    get_runs = list_runs
    get_runs_async = list_runs_async
    list = list_runs
    list_async = list_runs_async

    def _get_run(self, run_id: str) -> Steps[GetExperimentRunResponse]:
        """Get one run; the response's ``evaluation`` is the run."""
        from honeyhive_api.models import GetExperimentRunResponse

        kwargs = {"run_id": _run_uuid(run_id, "run_id")}
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
    ) -> Steps[PutExperimentRunResponse]:
        """Update a run (status, results, event ids, ...); fields given replace stored ones."""
        from honeyhive_api.models import PutExperimentRunRequest, PutExperimentRunResponse

        what = "experiments.update_run(run_id, request)"
        kwargs = {
            "run_id": _run_uuid(run_id, "run_id"),
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

    def _delete_run(self, run_id: str) -> Steps[DeleteExperimentRunResponse]:
        """Delete a run."""
        from honeyhive_api.models import DeleteExperimentRunResponse

        kwargs = {"run_id": _run_uuid(run_id, "run_id")}
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
    ) -> Steps[GetExperimentRunResultResponse]:
        """Summarise a run: metric aggregates, passed and failed datapoints, event details."""
        from honeyhive_api.models import GetExperimentRunResultResponse

        parse = GetExperimentRunResultResponse.from_dict
        result: GetExperimentRunResultResponse = yield _summary_call(
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
    ) -> Steps[ResultDict]:
        """`get_summary` as the official SDK returns it: a dict (also readable by attribute)."""
        from honeyhive_api.models import GetExperimentRunResultResponse

        parse = _as_result_dict(GetExperimentRunResultResponse.from_dict)
        result: ResultDict = yield _summary_call(run_id, aggregate_function, filters, parse)
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
    ) -> Steps[GetExperimentRunCompareResponse]:
        """Compare two runs metric by metric over their common datapoints."""
        from honeyhive_api.models import GetExperimentRunCompareResponse

        parse = GetExperimentRunCompareResponse.from_dict
        result: GetExperimentRunCompareResponse = yield _comparison_call(
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
    ) -> Steps[ResultDict]:
        """`compare` as the official SDK returns it: a dict (also readable by attribute)."""
        from honeyhive_api.models import GetExperimentRunCompareResponse

        parse = _as_result_dict(GetExperimentRunCompareResponse.from_dict)
        result: ResultDict = yield _comparison_call(
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
    ) -> Steps[GetExperimentCompareEventsResponse]:
        """Pair up the events of two runs (same datapoint): ``run_id_1`` new, ``run_id_2`` old.

        ``filter`` is one extra condition (the service takes a single filter here).
        """
        result: GetExperimentCompareEventsResponse = yield _compare_events_call(
            ("run_id_1", run_id_1),
            ("run_id_2", run_id_2),
            event_name=event_name,
            event_type=event_type,
            filter=filter,
            page=page,
            limit=limit,
        )
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
    ) -> Steps[GetExperimentCompareEventsResponse]:
        """The official SDK's form of `compare_events` (same route, same answer)."""
        result: GetExperimentCompareEventsResponse = yield _compare_events_call(
            ("new_run_id", new_run_id),
            ("old_run_id", old_run_id),
            event_name=event_name,
            event_type=event_type,
            filter=filter,
            page=page,
            limit=limit,
        )
        return result

    compare_run_events = sync_op(_compare_run_events)
    compare_run_events_async = async_op(_compare_run_events)

    def _get_run_metrics(
        self,
        run_id: str,
        *,
        date_range: DateRangeArg | None = None,
        filters: FilterArg | None = None,
        dateRange: DateRangeArg | None = None,
    ) -> Steps[GetExperimentRunMetricsResponse]:
        """The events of a run with their metrics; the response's ``events`` holds them."""
        from honeyhive_api.models import GetExperimentRunMetricsResponse

        kwargs: dict[str, Any] = {"run_id": _run_uuid(run_id, "run_id")}
        window = either("get_run_metrics", date_range=date_range, dateRange=dateRange)
        if window is not None:
            kwargs["date_range"] = _date_range_param(window)
        if filters is not None:
            kwargs["filters"] = _filters_param(filters, "filters", many=True)
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
    ) -> Steps[GetEventsSchemaResponse]:
        """Fields, datasets and field mappings of events, optionally of one run (``evaluation_id``).

        Sent to ``GET /v1/events/schema``, as the official SDK does.
        """
        from honeyhive_api.models import GetEventsSchemaResponse

        kwargs: dict[str, Any] = {}
        window = either("get_schema", dateRange=dateRange, date_range=date_range)
        if window is not None:
            kwargs["date_range"] = _date_range_param(window)
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
        self, dateRange: DateRangeArg | None = None, *, date_range: DateRangeArg | None = None
    ) -> Steps[GetEventsSchemaResponse]:
        """Fields, datasets and field mappings across all the project's runs."""
        from honeyhive_api.models import GetEventsSchemaResponse

        kwargs: dict[str, Any] = {}
        window = either("get_runs_schema", dateRange=dateRange, date_range=date_range)
        if window is not None:
            kwargs["date_range"] = _date_range_param(window)
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
    ) -> Steps[GetEventsSchemaResponse]:
        """Fields, datasets and field mappings of one run's events."""
        from honeyhive_api.models import GetEventsSchemaResponse

        kwargs: dict[str, Any] = {"run_id": _run_uuid(run_id, "run_id")}
        window = either("get_run_schema", dateRange=dateRange, date_range=date_range)
        if window is not None:
            kwargs["date_range"] = _date_range_param(window)
        parse = GetEventsSchemaResponse.from_dict
        result: GetEventsSchemaResponse = yield Call("experiments.get_run_schema", kwargs, parse)
        return result

    get_run_schema = sync_op(_get_run_schema)
    get_run_schema_async = async_op(_get_run_schema)


# ------------------------------------------------------------------ calls
def _summary_call(
    run_id: object, aggregate_function: object, filters: object, parse: Callable[[Any], R]
) -> Call[R]:
    """``GET /v1/runs/{run_id}/summary`` (today's form of the deprecated ``/result``)."""
    from honeyhive_api.models.get_experiment_summary_aggregate_function import (
        check_get_experiment_summary_aggregate_function as check,
    )

    kwargs: dict[str, Any] = {"run_id": _run_uuid(run_id, "run_id")}
    if aggregate_function is not None:
        kwargs["aggregate_function"] = _choice(aggregate_function, "aggregate_function", check)
    if filters is not None:
        kwargs["filters"] = _filters_param(filters, "filters", many=True)
    return Call("experiments.get_experiment_summary", kwargs, parse)


def _comparison_call(
    new_run_id: object,
    old_run_id: object,
    aggregate_function: object,
    filters: object,
    parse: Callable[[Any], R],
) -> Call[R]:
    """``GET /v1/runs/{new}/compare/{old}`` (today's form of ``/compare-with/``)."""
    from honeyhive_api.models.get_experiment_comparison_aggregate_function import (
        check_get_experiment_comparison_aggregate_function as check,
    )

    kwargs: dict[str, Any] = {
        "new_run_id": _run_uuid(new_run_id, "new_run_id"),
        "old_run_id": _run_uuid(old_run_id, "old_run_id"),
    }
    if aggregate_function is not None:
        kwargs["aggregate_function"] = _choice(aggregate_function, "aggregate_function", check)
    if filters is not None:
        kwargs["filters"] = _filters_param(filters, "filters", many=True)
    return Call("experiments.get_experiment_comparison", kwargs, parse)


def _compare_events_call(
    new: tuple[str, object],
    old: tuple[str, object],
    *,
    event_name: object,
    event_type: object,
    filter: object,
    page: int | None,
    limit: int | None,
) -> Call[GetExperimentCompareEventsResponse]:
    """``GET /v1/runs/{new}/compare/{old}/events``; ``new``/``old`` are (argument name, value)."""
    from honeyhive_api.models import GetExperimentCompareEventsResponse

    kwargs: dict[str, Any] = {
        "new_run_id": _run_uuid(new[1], new[0]),
        "old_run_id": _run_uuid(old[1], old[0]),
    }
    for key, value in (("event_name", event_name), ("event_type", event_type)):
        if value is not None:
            kwargs[key] = require_str(value, key)
    if filter is not None:
        kwargs["filter_"] = _filters_param(filter, "filter", many=False)
    kwargs.update(_paging(page=page, limit=limit))
    parse = GetExperimentCompareEventsResponse.from_dict
    return Call("experiments.get_experiment_compare_events", kwargs, parse)


def _merge_run_pages(pages: Iterable[GetExperimentRunsResponse]) -> GetExperimentRunsResponse:
    """One response from the batches of a ``run_ids`` query, merged as the official SDK does."""
    from honeyhive_api.models import GetExperimentRunsResponse, Pagination

    runs: list[ExperimentRunObject] = []
    metrics: dict[str, None] = {}
    total = total_unfiltered = 0
    for page in pages:
        runs.extend(page.evaluations)
        metrics.update(dict.fromkeys(page.metrics))
        total += page.pagination.total
        total_unfiltered += page.pagination.total_unfiltered
    pagination = Pagination(
        page=1,
        limit=total,
        total=total,
        total_unfiltered=total_unfiltered,
        total_pages=1,
        has_next=False,
        has_prev=False,
    )
    return GetExperimentRunsResponse(evaluations=runs, pagination=pagination, metrics=[*metrics])


# ------------------------------------------------------------------ 1.7.0's dict answers
def _as_result_dict(validate: Callable[[Any], Any]) -> Callable[[Any], ResultDict]:
    """Parse into the JSON answer as a `ResultDict` after checking it against the model.

    Optional fields the answer leaves out are added as None, as the official SDK's pydantic
    ``model_dump()`` has them.
    """

    def parse(data: Any) -> ResultDict:
        model = validate(data)
        filled = _with_optional_nones(data, model)
        result: ResultDict = _result_dict(filled)
        return result

    return parse


def _with_optional_nones(raw: Any, model: object) -> Any:
    """``raw`` (a JSON value) with None under each optional key its parsed ``model`` lacks."""
    import attrs
    from honeyhive_api.types import Unset

    if isinstance(raw, list) and isinstance(model, list):
        return [_with_optional_nones(r, m) for r, m in zip(raw, model, strict=False)]
    cls = type(model)
    if not (isinstance(raw, dict) and attrs.has(cls)):
        return raw
    out = dict(raw)
    for attribute in attrs.fields(cls):
        if attribute.name == "additional_properties":
            continue
        value = getattr(model, attribute.name)
        key = _wire_key(cls, attribute.name)
        if isinstance(value, Unset):
            out.setdefault(key, None)
        elif key in out:
            out[key] = _with_optional_nones(out[key], value)
    return out


def _wire_key(cls: type, name: str) -> str:
    """The JSON key of attribute ``name``: the generated models alias it under that key."""
    camel = _camel(name)
    if camel != name and isinstance(getattr(cls, camel, None), property):
        return camel
    bare = name.rstrip("_")
    if bare != name and isinstance(getattr(cls, bare, None), property):
        return bare
    return name


def _result_dict(value: Any) -> Any:
    """JSON value with every object made a `ResultDict`."""
    if isinstance(value, dict):
        return ResultDict((key, _result_dict(item)) for key, item in value.items())
    if isinstance(value, list):
        return [_result_dict(item) for item in value]
    return value


def _camel(name: str) -> str:
    """``common_datapoints`` -> ``commonDatapoints``."""
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


# ------------------------------------------------------------------ arguments
def _run_uuid(value: object, what: str) -> uuid.UUID:
    """A run id as the UUID today's paths require; ValueError naming ``what`` otherwise."""
    if isinstance(value, uuid.UUID):
        return value
    text = require_str(value, what)
    try:
        return uuid.UUID(text)
    except ValueError:
        raise ValueError(f"{what} must be a run id (a UUID), not {text!r}") from None


def _choice(value: object, what: str, check: Callable[[str], Any]) -> str:
    """One of an enum's values, checked by the generated ``check_*`` function."""
    text = require_str(value, what)
    try:
        check(text)
    except TypeError as exc:
        raise ValueError(f"{what}: {exc}") from None
    return text


def _paging(**values: int | None) -> dict[str, int]:
    """``page`` / ``limit`` that are given, each a positive int."""
    out: dict[str, int] = {}
    for key, value in values.items():
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"{key} must be a positive int, not {value!r}")
        if value < 1:
            raise ValueError(f"{key} must be at least 1, not {value}")
        out[key] = value
    return out


def _json_default(value: object) -> str:
    """Encode what ``json`` cannot: datetimes and dates as ISO-8601."""
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def _dumps(value: object, what: str) -> str:
    try:
        return json.dumps(value, default=_json_default, separators=(",", ":"))
    except (TypeError, ValueError) as exc:
        raise TypeError(f"{what}: {exc}") from None


def _json_text(value: str, what: str) -> str:
    """A JSON string given by the caller, checked so a typo fails here, not at the service."""
    try:
        json.loads(value)
    except ValueError:
        raise ValueError(f"{what} given as a string must be JSON, not {value!r}") from None
    return value


def _filters_param(value: object, what: str, *, many: bool) -> str:
    """Filters as the service takes them in a query string: JSON text.

    Each filter is a ``Filter`` or a ``{"field", "operator", "value"?, "type"?}`` dict,
    checked against the ``Filter`` model. With ``many``, a list is sent (a lone filter is
    wrapped in one); otherwise exactly one filter object.
    """
    from honeyhive_api.models import Filter

    if isinstance(value, str):
        return _json_text(value, what)
    lone = isinstance(value, Mapping) or hasattr(value, "to_dict")
    if not many and not lone:
        raise TypeError(f"{what} expects one filter (a dict or Filter), not {type(value).__name__}")
    if lone:
        items: Iterable[object] = [value]
    elif isinstance(value, Iterable):
        items = value
    else:
        raise TypeError(f"{what} expects a list of filters, not {type(value).__name__}")
    encoded = [as_model(Filter, item, what).to_dict() for item in items]
    return _dumps(encoded if many else encoded[0], what)


def _date_range_param(value: object) -> str:
    """A date range as the service takes it in a query string: a JSON ``DateRange``.

    Bounds may be datetimes (sent as ISO-8601), ISO strings or epoch milliseconds; a key
    that is not a ``DateRange`` field is refused rather than silently ignored by the service.
    """
    from honeyhive_api.models import DateRange
    from honeyhive_api.types import UNSET

    what = "date_range"
    if isinstance(value, str):
        return _json_text(value, what)
    hint = "a {'$gte': start, '$lte': end} dict or DateRange"
    data = as_dict(value, what, hint)
    bounds = as_model(DateRange, data, what)
    if bounds.additional_properties or (bounds.gte is UNSET and bounds.lte is UNSET):
        raise ValueError(f"{what} expects {hint}, not {data!r}")
    return _dumps(bounds.to_dict(), what)
