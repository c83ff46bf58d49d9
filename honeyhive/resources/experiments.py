"""``client.experiments``: experiment runs, their results, and comparisons between runs."""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeAlias

from .._convert import as_dict, as_model, id_list, require_str
from .._operation import Call, Namespace, Steps, async_op, sync_op

if TYPE_CHECKING:
    from honeyhive_api.models import (
        CompareEventsResponse,
        CreateRunRequest,
        CreateRunResponse,
        DateRange,
        DeleteRunResponse,
        ExperimentComparisonResponse,
        ExperimentResultResponse,
        Filter,
        GetRunMetricsResponse,
        GetRunResponse,
        GetRunsResponse,
        GetRunsSchemaResponse,
        UpdateRunRequest,
        UpdateRunResponse,
    )

    #: A filters argument: a JSON string (sent as is), a ``Filter`` or dict, or a list of them.
    FilterArg: TypeAlias = str | Mapping[str, Any] | Filter | Iterable[Mapping[str, Any] | Filter]
    #: A date range argument: a JSON string, a ``DateRange`` or a ``$gte``/``$lte`` dict.
    DateRangeArg: TypeAlias = str | Mapping[str, Any] | DateRange


class Experiments(Namespace):
    """API for managing experiment runs."""

    def _create_run(self, data: Mapping[str, Any] | CreateRunRequest) -> Steps[CreateRunResponse]:
        """Create a run ``{name, event_ids?, dataset_id?, configuration?, ...}``; has ``run_id``."""
        from honeyhive_api.models import CreateRunRequest, CreateRunResponse

        body = as_model(CreateRunRequest, data, "experiments.create_run(data)")
        result: CreateRunResponse = yield Call(
            "experiments.create_run", {"body": body}, CreateRunResponse.from_dict
        )
        return result

    create_run = sync_op(_create_run)
    create_run_async = async_op(_create_run)
    create = create_run
    create_async = create_run_async

    def _list_runs(
        self,
        *,
        dataset_id: str | None = None,
        run_ids: Iterable[str] | None = None,
        name: str | None = None,
        status: str | None = None,
        date_range: DateRangeArg | None = None,
        sort_by: str | None = None,
        sort_order: str | None = None,
        page: int | None = None,
        limit: int | None = None,
    ) -> Steps[GetRunsResponse]:
        """List runs, newest first by default; the response has ``evaluations`` and ``pagination``.

        ``run_ids`` are sent in the bracket form (``run_ids[]=a&...``); ``date_range`` is a
        ``{"$gte": ..., "$lte": ...}`` dict (datetimes, ISO strings or epoch milliseconds).
        """
        from honeyhive_api.models import GetRunsResponse
        from honeyhive_api.models.get_runs_sort_by import check_get_runs_sort_by
        from honeyhive_api.models.get_runs_sort_order import check_get_runs_sort_order
        from honeyhive_api.models.run_status import check_run_status

        query: dict[str, Any] = {}
        for key, value in (("dataset_id", dataset_id), ("name", name)):
            if value is not None:
                query[key] = require_str(value, key)
        if run_ids is not None:
            query["run_ids"] = id_list(run_ids, "run_ids")
        for key, value, check in (
            ("status", status, check_run_status),
            ("sort_by", sort_by, check_get_runs_sort_by),
            ("sort_order", sort_order, check_get_runs_sort_order),
        ):
            if value is not None:
                query[key] = _choice(value, key, check)
        if date_range is not None:
            query["date_range"] = _date_range_param(date_range)
        query.update(_paging(page=page, limit=limit))
        result: GetRunsResponse = yield Call(
            "experiments.get_runs", query, GetRunsResponse.from_dict
        )
        return result

    list_runs = sync_op(_list_runs)
    list_runs_async = async_op(_list_runs)
    get_runs = list_runs
    get_runs_async = list_runs_async
    list = list_runs
    list_async = list_runs_async

    def _get_run(self, run_id: str) -> Steps[GetRunResponse]:
        """Get one run; the response's ``evaluation`` is the run."""
        from honeyhive_api.models import GetRunResponse

        kwargs = {"run_id": require_str(run_id, "run_id")}
        result: GetRunResponse = yield Call("experiments.get_run", kwargs, GetRunResponse.from_dict)
        return result

    get_run = sync_op(_get_run)
    get_run_async = async_op(_get_run)
    get = get_run
    get_async = get_run_async

    def _update_run(
        self, run_id: str, data: Mapping[str, Any] | UpdateRunRequest
    ) -> Steps[UpdateRunResponse]:
        """Update a run (status, results, event ids, ...); fields given replace stored ones."""
        from honeyhive_api.models import UpdateRunRequest, UpdateRunResponse

        kwargs = {
            "run_id": require_str(run_id, "run_id"),
            "body": as_model(UpdateRunRequest, data, "experiments.update_run(run_id, data)"),
        }
        result: UpdateRunResponse = yield Call(
            "experiments.update_run", kwargs, UpdateRunResponse.from_dict
        )
        return result

    update_run = sync_op(_update_run)
    update_run_async = async_op(_update_run)
    update = update_run
    update_async = update_run_async

    def _delete_run(self, run_id: str) -> Steps[DeleteRunResponse]:
        """Delete a run."""
        from honeyhive_api.models import DeleteRunResponse

        kwargs = {"run_id": require_str(run_id, "run_id")}
        result: DeleteRunResponse = yield Call(
            "experiments.delete_run", kwargs, DeleteRunResponse.from_dict
        )
        return result

    delete_run = sync_op(_delete_run)
    delete_run_async = async_op(_delete_run)
    delete = delete_run
    delete_async = delete_run_async

    def _get_result(
        self,
        run_id: str,
        *,
        aggregate_function: str | None = None,
        filters: FilterArg | None = None,
    ) -> Steps[ExperimentResultResponse]:
        """Summarise a run: metric aggregates, passed and failed datapoints, event details."""
        from honeyhive_api.models import ExperimentResultResponse
        from honeyhive_api.models.get_experiment_result_aggregate_function import (
            check_get_experiment_result_aggregate_function as check,
        )

        kwargs: dict[str, Any] = {"run_id": require_str(run_id, "run_id")}
        if aggregate_function is not None:
            kwargs["aggregate_function"] = _choice(aggregate_function, "aggregate_function", check)
        if filters is not None:
            kwargs["filters"] = _filters_param(filters, "filters", many=True)
        parse = ExperimentResultResponse.from_dict
        result: ExperimentResultResponse = yield Call(
            "experiments.get_experiment_result", kwargs, parse
        )
        return result

    get_result = sync_op(_get_result)
    get_result_async = async_op(_get_result)
    get_experiment_result = get_result
    get_experiment_result_async = get_result_async

    def _compare(
        self,
        new_run_id: str,
        old_run_id: str,
        *,
        aggregate_function: str | None = None,
        filters: FilterArg | None = None,
    ) -> Steps[ExperimentComparisonResponse]:
        """Compare two runs metric by metric over their common datapoints."""
        from honeyhive_api.models import ExperimentComparisonResponse
        from honeyhive_api.models.get_experiment_comparison_aggregate_function import (
            check_get_experiment_comparison_aggregate_function as check,
        )

        kwargs: dict[str, Any] = {
            "new_run_id": require_str(new_run_id, "new_run_id"),
            "old_run_id": require_str(old_run_id, "old_run_id"),
        }
        if aggregate_function is not None:
            kwargs["aggregate_function"] = _choice(aggregate_function, "aggregate_function", check)
        if filters is not None:
            kwargs["filters"] = _filters_param(filters, "filters", many=True)
        parse = ExperimentComparisonResponse.from_dict
        result: ExperimentComparisonResponse = yield Call(
            "experiments.get_experiment_comparison", kwargs, parse
        )
        return result

    compare = sync_op(_compare)
    compare_async = async_op(_compare)
    get_experiment_comparison = compare
    get_experiment_comparison_async = compare_async
    compare_runs = compare
    compare_runs_async = compare_async

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
    ) -> Steps[CompareEventsResponse]:
        """Pair up the events of two runs (same datapoint), optionally one event name or type.

        ``filter`` is one extra condition (the service takes a single filter here).
        """
        from honeyhive_api.models import CompareEventsResponse

        kwargs: dict[str, Any] = {
            "run_id_1": require_str(run_id_1, "run_id_1"),
            "run_id_2": require_str(run_id_2, "run_id_2"),
        }
        for key, value in (("event_name", event_name), ("event_type", event_type)):
            if value is not None:
                kwargs[key] = require_str(value, key)
        if filter is not None:
            kwargs["filter_"] = _filters_param(filter, "filter", many=False)
        kwargs.update(_paging(page=page, limit=limit))
        parse = CompareEventsResponse.from_dict
        result: CompareEventsResponse = yield Call(
            "experiments.get_experiment_compare_events", kwargs, parse
        )
        return result

    compare_events = sync_op(_compare_events)
    compare_events_async = async_op(_compare_events)
    get_experiment_compare_events = compare_events
    get_experiment_compare_events_async = compare_events_async

    def _get_run_metrics(
        self,
        run_id: str,
        *,
        date_range: DateRangeArg | None = None,
        filters: FilterArg | None = None,
    ) -> Steps[GetRunMetricsResponse]:
        """The events of a run with their metrics; the response's ``events`` holds them."""
        from honeyhive_api.models import GetRunMetricsResponse

        kwargs: dict[str, Any] = {"run_id": require_str(run_id, "run_id")}
        if date_range is not None:
            kwargs["date_range"] = _date_range_param(date_range)
        if filters is not None:
            kwargs["filters"] = _filters_param(filters, "filters", many=True)
        parse = GetRunMetricsResponse.from_dict
        result: GetRunMetricsResponse = yield Call(
            "experiments.get_experiment_run_metrics", kwargs, parse
        )
        return result

    get_run_metrics = sync_op(_get_run_metrics)
    get_run_metrics_async = async_op(_get_run_metrics)
    get_experiment_run_metrics = get_run_metrics
    get_experiment_run_metrics_async = get_run_metrics_async

    def _get_schema(
        self, *, date_range: DateRangeArg | None = None, evaluation_id: str | None = None
    ) -> Steps[GetRunsSchemaResponse]:
        """The fields, datasets and field mappings seen across runs (or one run)."""
        from honeyhive_api.models import GetRunsSchemaResponse

        kwargs: dict[str, Any] = {}
        if date_range is not None:
            kwargs["date_range"] = _date_range_param(date_range)
        if evaluation_id is not None:
            kwargs["evaluation_id"] = require_str(evaluation_id, "evaluation_id")
        parse = GetRunsSchemaResponse.from_dict
        result: GetRunsSchemaResponse = yield Call(
            "experiments.get_experiment_runs_schema", kwargs, parse
        )
        return result

    get_schema = sync_op(_get_schema)
    get_schema_async = async_op(_get_schema)
    get_runs_schema = get_schema
    get_runs_schema_async = get_schema_async
    get_experiment_runs_schema = get_schema
    get_experiment_runs_schema_async = get_schema_async


# ------------------------------------------------------------------ query parameters
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
