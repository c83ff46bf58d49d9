"""Query parameters of the experiment (run) routes, checked and encoded before anything is
sent, and the calls that read runs, run summaries, comparisons and paired events (one page
of them, or every page: see ``honeyhive._pagination``)."""

from __future__ import annotations

import datetime
import json
import uuid
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from .._checks import json_arg
from .._convert import as_dict, as_model, choice, either, id_list, require_str
from .._operation import Call
from .._pagination import Page, Walk

if TYPE_CHECKING:
    from honeyhive_api.models import (
        ComparableEvent,
        ExperimentRunObject,
        GetExperimentCompareEventsResponse,
    )


R = TypeVar("R")

#: Run ids per ``GET /v1/runs`` request, as in the official SDK (keeps URLs short enough).
QUERY_BATCH_SIZE = 100
#: The most runs ``GET /v1/runs`` returns per page.
MAX_RUNS_PER_PAGE = 100


# ------------------------------------------------------------------ calls
def summary_call(
    run_id: object, aggregate_function: object, filters: object, parse: Callable[[Any], R]
) -> Call[R]:
    """``GET /v1/runs/{run_id}/summary`` (today's form of the deprecated ``/result``)."""
    from honeyhive_api.models.get_experiment_summary_aggregate_function import (
        check_get_experiment_summary_aggregate_function as check,
    )

    kwargs: dict[str, Any] = {"run_id": run_uuid(run_id, "run_id")}
    _add_aggregates(kwargs, aggregate_function, filters, check)
    return Call("experiments.get_experiment_summary", kwargs, parse)


def comparison_call(
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
        "new_run_id": run_uuid(new_run_id, "new_run_id"),
        "old_run_id": run_uuid(old_run_id, "old_run_id"),
    }
    _add_aggregates(kwargs, aggregate_function, filters, check)
    return Call("experiments.get_experiment_comparison", kwargs, parse)


def _add_aggregates(
    kwargs: dict[str, Any], aggregate_function: object, filters: object, check: Callable[[str], Any]
) -> None:
    """Add the ``aggregate_function`` (checked by ``check``) and ``filters`` that are given."""
    if aggregate_function is not None:
        kwargs["aggregate_function"] = choice(aggregate_function, "aggregate_function", check)
    if filters is not None:
        kwargs["filters"] = filters_param(filters, "filters", many=True)


def compare_events_kwargs(
    new: tuple[str, object],
    old: tuple[str, object],
    *,
    event_name: object,
    event_type: object,
    filter: object,
    page: int | None,
    limit: int | None,
) -> dict[str, Any]:
    """The checked arguments of ``GET /v1/runs/{new}/compare/{old}/events``.

    ``new``/``old`` are (argument name, value): errors name the caller's argument.
    """
    kwargs: dict[str, Any] = {
        "new_run_id": run_uuid(new[1], new[0]),
        "old_run_id": run_uuid(old[1], old[0]),
    }
    for key, value in (("event_name", event_name), ("event_type", event_type)):
        if value is not None:
            kwargs[key] = require_str(value, key)
    if filter is not None:
        kwargs["filter_"] = filters_param(filter, "filter", many=False)
    kwargs.update(paging(page=page, limit=limit))
    return kwargs


def compare_events_call(kwargs: dict[str, Any]) -> Call[GetExperimentCompareEventsResponse]:
    """One page of paired events (``kwargs`` from `compare_events_kwargs`)."""
    from honeyhive_api.models import GetExperimentCompareEventsResponse

    parse = GetExperimentCompareEventsResponse.from_dict
    return Call("experiments.get_experiment_compare_events", kwargs, parse)


def _compare_events_page(data: Any) -> Page[ComparableEvent]:
    from honeyhive_api.models import GetExperimentCompareEventsResponse

    answer = GetExperimentCompareEventsResponse.from_dict(data)
    return Page(answer.events, data["events"], answer.total_events)


def compare_events_walk(what: str, kwargs: dict[str, Any]) -> Walk[ComparableEvent]:
    """Every page of paired events from ``kwargs``'s ``page`` on (ends on ``totalEvents``)."""
    query = dict(kwargs)
    first = query.pop("page", 1)

    def request(page: int) -> Call[Page[ComparableEvent]]:
        call = {**query, "page": page}
        return Call("experiments.get_experiment_compare_events", call, _compare_events_page)

    return Walk(what, request, first)


# ------------------------------------------------------------------ runs
def runs_query(
    what: str,
    *,
    dataset_id: object,
    name: object,
    status: object,
    sort_by: object,
    sort_order: object,
    dateRange: object,
    date_range: object,
) -> dict[str, Any]:
    """The checked filters of ``GET /v1/runs`` (everything but paging and run ids)."""
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
            query[key] = choice(value, key, check)
    query.update(date_range_kwargs(what, dateRange=dateRange, date_range=date_range))
    return query


def runs_paging(page: int | None, limit: int | None) -> dict[str, int]:
    """``page`` and ``limit`` of ``GET /v1/runs`` (at most 100 runs a page)."""
    pages = paging(page=page, limit=limit)
    if pages.get("limit", 0) > MAX_RUNS_PER_PAGE:
        raise ValueError(f"limit must be at most {MAX_RUNS_PER_PAGE}, not {pages['limit']}")
    return pages


def run_id_batches(run_ids: Iterable[str] | None) -> list[list[str]] | None:
    """The run ids in batches of at most 100 (one request each); None when not given."""
    if run_ids is None:
        return None
    ids = id_list(run_ids, "run_ids")
    size = QUERY_BATCH_SIZE
    return [ids[start : start + size] for start in range(0, len(ids), size)] or [[]]


def _runs_page(data: Any) -> Page[ExperimentRunObject]:
    from honeyhive_api.models import GetExperimentRunsResponse

    answer = GetExperimentRunsResponse.from_dict(data)
    pagination = answer.pagination
    return Page(answer.evaluations, data["evaluations"], pagination.total, pagination.has_next)


def runs_walks(
    what: str, query: dict[str, Any], pages: dict[str, int], batches: list[list[str]] | None
) -> list[Walk[ExperimentRunObject]]:
    """Every page of runs: of ``query`` from ``pages``' ``page`` on, or of each id batch.

    ``limit`` defaults to the largest page (100). With more than 100 ids, each batch is
    walked from page 1 (the service pages a batch like any query; one page usually holds it).
    """
    size = pages.get("limit", MAX_RUNS_PER_PAGE)

    def walk(fixed: dict[str, Any], first: int) -> Walk[ExperimentRunObject]:
        def request(page: int) -> Call[Page[ExperimentRunObject]]:
            return Call("experiments.get_runs", {**fixed, "limit": size, "page": page}, _runs_page)

        return Walk(what, request, first)

    if batches is None:
        return [walk(query, pages.get("page", 1))]
    if len(batches) == 1:
        return [walk({**query, "run_ids": batches[0]}, pages.get("page", 1))]
    return [walk({**query, "run_ids": batch}, 1) for batch in batches]


# ------------------------------------------------------------------ parameters
def run_uuid(value: object, what: str) -> uuid.UUID:
    """A run id as the UUID today's paths require; ValueError naming ``what`` otherwise."""
    if isinstance(value, uuid.UUID):
        return value
    text = require_str(value, what)
    try:
        return uuid.UUID(text)
    except ValueError:
        raise ValueError(f"{what} must be a run id (a UUID), not {text!r}") from None


def paging(**values: int | None) -> dict[str, int]:
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


def filters_param(value: object, what: str, *, many: bool) -> str:
    """Filters as the service takes them in a query string: JSON text.

    Each filter is a ``Filter`` or a ``{"field", "operator", "value"?, "type"?}`` dict,
    checked against the ``Filter`` model. With ``many``, a list is sent (a lone filter is
    wrapped in one); otherwise exactly one filter object.
    """
    from honeyhive_api.models import Filter

    if isinstance(value, str):
        json_arg(value, what)  # a typo fails here, not at the service
        return value
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


def date_range_kwargs(what: str, **given: object) -> dict[str, str]:
    """``{"date_range": JSON}`` from whichever spelling (``dateRange``/``date_range``) is given."""
    window = either(what, **given)
    return {} if window is None else {"date_range": date_range_param(window)}


#: The keys of a ``DateRange`` (its bounds); any other key is refused before sending.
_DATE_RANGE_KEYS = frozenset({"$gte", "$lte"})


def date_range_param(value: object) -> str:
    """A date range as the service takes it in a query string: a JSON ``DateRange``.

    Bounds may be datetimes (sent as ISO-8601), ISO strings or epoch milliseconds; a key
    that is not a ``DateRange`` field is refused rather than silently ignored by the service.
    """
    from honeyhive_api.models import DateRange
    from honeyhive_api.types import UNSET

    what = "date_range"
    if isinstance(value, str):
        json_arg(value, what)  # a typo fails here, not at the service
        return value
    hint = "a {'$gte': start, '$lte': end} dict or DateRange"
    data = as_dict(value, what, hint)
    unknown = [key for key in data if key not in _DATE_RANGE_KEYS]
    if unknown:
        # Said here rather than by the model check: a query parameter has no extra_body.
        raise ValueError(f"{what} expects {hint}; unknown key {unknown[0]!r}")
    bounds = as_model(DateRange, data, what)
    if bounds.additional_properties or (bounds.gte is UNSET and bounds.lte is UNSET):
        raise ValueError(f"{what} expects {hint}, not {data!r}")
    return _dumps(bounds.to_dict(), what)


def _json_default(value: object) -> str:
    """Encode what ``json`` cannot: datetimes and dates as ISO-8601."""
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def _dumps(value: object, what: str) -> str:
    """Compact JSON text of ``value``; TypeError naming ``what`` if it cannot be encoded."""
    try:
        return json.dumps(value, default=_json_default, separators=(",", ":"))
    except (TypeError, ValueError) as exc:
        raise TypeError(f"{what}: {exc}") from None
