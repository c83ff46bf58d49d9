"""``client.metrics``: evaluators (Python, LLM, human, composite) and running one on an event.

Routes: today's ``PUT``/``DELETE /v1/metrics/{metric_id}`` and ``POST /v1/metrics/run``, not the
deprecated body- and query-addressed ones the official SDK 1.7.0 still sends. One exception:
an update that sets ``threshold``, ``categories`` or ``child_metrics`` to None (which only the
deprecated ``PUT /v1/metrics`` accepts) goes there.

Compatibility choices (ours = this client's earlier signatures; 1.7.0 = the official SDK):

- ``update`` takes 1.7.0's ``update(request)`` with ``id`` in the request (a dict, the
  ``UpdateMetricRequest`` of ``honeyhive.models`` or any model with ``to_dict``), ours
  ``update(data)``, and ``update(metric_id, data)``.
- ``list(project=None, name=None, type=None)`` is 1.7.0's (ours was keyword-only ``type`` and
  ``metric_id``, both still accepted). As in 1.7.0, ``project`` and ``name`` are not sent
  (today's route has no such filters): passing one warns (DeprecationWarning).
- ``get_metric(id)`` is 1.7.0's: the list ``GET /v1/metrics?id=`` answers (formerly an alias
  of ``get``). ``get(metric_id)`` still returns the one metric or raises ``NotFoundError``.
- Keyword names of both are accepted: ``create(data=|request=)``,
  ``delete(metric_id=|id=)``.
- ``run`` answers today's ``RunMetricResponse`` (``result``, ``explanation``, ``success``,
  ``loading``); today's service no longer says whether the result ``passed``.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Unpack

from .._checks import closed_model
from .._convert import (
    as_dict,
    either,
    find,
    list_parser,
    require_str,
    split_call,
    warn_deprecated,
)
from .._operation import Call, Namespace, RequestOptions, Steps, async_op, sync_op
from .._pagination import list_filters

if TYPE_CHECKING:
    from honeyhive_api.models import (
        CreateMetricRequest,
        CreateMetricResponse,
        DeleteMetricResponse,
        LegacyUpdateMetricRequest,
        MetricItem,
        RunMetricRequest,
        RunMetricResponse,
        UpdateMetricRequest,
        UpdateMetricResponse,
    )

#: Fields only the deprecated update route can set to None.
_NULLABLE_ON_LEGACY_ONLY = ("threshold", "categories", "child_metrics")


def _get_metrics(**query: str) -> Call[builtins.list[MetricItem]]:
    """The ``GET /v1/metrics`` call."""
    from honeyhive_api.models import MetricItem

    return Call("metrics.get_metrics", query, list_parser(MetricItem.from_dict, "metrics"))


class Metrics(Namespace):
    """API for managing metrics."""

    def _list(
        self,
        project: str | Mapping[str, Any] | None = None,
        name: str | None = None,
        type: str | None = None,
        *,
        metric_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Steps[builtins.list[MetricItem]]:
        """List metrics (optionally of one ``type``: PYTHON, LLM, HUMAN or COMPOSITE, or one id).

        Filters as keywords, positionally (1.7.0's ``list(project, name, type)``), or as one
        mapping: ``list({"type": "PYTHON"})`` (``id`` is accepted for ``metric_id``).
        """
        given = {"project": project, "name": name, "type": type, "metric_id": metric_id}
        args = list_filters("metrics.list()", given, first="project", spellings={"id": "metric_id"})
        project, name, type, metric_id = (args[k] for k in ("project", "name", "type", "metric_id"))
        ignored = []
        for key, value in (("project", project), ("name", name)):
            if value is not None:
                require_str(value, key)
                ignored.append(key)
        if ignored:
            warn_deprecated(
                f"metrics.list(): {' and '.join(ignored)} is no longer supported by the service "
                "and is ignored (it will be removed in v2.0)"
            )
        query: dict[str, str] = {}
        if type is not None:
            query["type_"] = require_str(type, "type")
        if metric_id is not None:
            query["id"] = require_str(metric_id, "metric_id")
        result: builtins.list[MetricItem] = yield _get_metrics(**query)
        return result

    list = sync_op(_list)
    list_async = async_op(_list)
    list_metrics = list
    list_metrics_async = list_async
    get_metrics = list
    get_metrics_async = list_async

    def _get(self, metric_id: str, **options: Unpack[RequestOptions]) -> Steps[MetricItem]:
        """Get one metric by id; NotFoundError if there is none."""
        wanted = require_str(metric_id, "metric_id")
        metrics: builtins.list[MetricItem] = yield _get_metrics(id=wanted)
        return find(metrics, "id", wanted, f"No metric has id {wanted!r}")

    get = sync_op(_get)
    get_async = async_op(_get)

    def _get_metric(
        self,
        id: str | None = None,
        *,
        metric_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Steps[builtins.list[MetricItem]]:
        """The official SDK's form: the metrics ``GET /v1/metrics?id=`` answers (a list)."""
        wanted = require_str(either("metrics.get_metric", id=id, metric_id=metric_id), "id")
        result: builtins.list[MetricItem] = yield _get_metrics(id=wanted)
        return result

    get_metric = sync_op(_get_metric)
    get_metric_async = async_op(_get_metric)

    def _create(
        self,
        data: Mapping[str, Any] | CreateMetricRequest | None = None,
        *,
        request: Mapping[str, Any] | CreateMetricRequest | None = None,
        **options: Unpack[RequestOptions],
    ) -> Steps[CreateMetricResponse]:
        """Create a metric ``{name, type, criteria, ...}``; the response has its ``metric_id``."""
        from honeyhive_api.models import CreateMetricRequest, CreateMetricResponse

        what = "metrics.create(request)"
        body = closed_model(CreateMetricRequest, either(what, data=data, request=request), what)
        result: CreateMetricResponse = yield Call(
            "metrics.create_metric", {"body": body}, CreateMetricResponse.from_dict
        )
        return result

    create = sync_op(_create)
    create_async = async_op(_create)
    create_metric = create
    create_metric_async = create_async

    def _update(
        self,
        metric_id: str | Mapping[str, Any] | LegacyUpdateMetricRequest | None = None,
        data: Mapping[str, Any] | UpdateMetricRequest | None = None,
        *,
        request: Mapping[str, Any] | LegacyUpdateMetricRequest | UpdateMetricRequest | None = None,
        **options: Unpack[RequestOptions],
    ) -> Steps[UpdateMetricResponse]:
        """Update a metric: ``update({"id": ..., **changes})`` or ``update(metric_id, changes)``."""
        from honeyhive_api.models import (
            LegacyUpdateMetricRequest,
            UpdateMetricRequest,
            UpdateMetricResponse,
        )

        what = "metrics.update(request)"
        wanted, fields = split_call(metric_id, data, request, "id", what)
        parse = UpdateMetricResponse.from_dict
        if any(key in fields and fields[key] is None for key in _NULLABLE_ON_LEGACY_ONLY):
            legacy = closed_model(LegacyUpdateMetricRequest, {"id": wanted, **fields}, what)
            result: UpdateMetricResponse = yield Call(
                "metrics.update_metric_legacy", {"body": legacy}, parse
            )
            return result
        body = closed_model(UpdateMetricRequest, fields, what)
        kwargs = {"metric_id": wanted, "body": body}
        result = yield Call("metrics.update_metric", kwargs, parse)
        return result

    update = sync_op(_update)
    update_async = async_op(_update)
    update_metric = update
    update_metric_async = update_async

    def _delete(
        self,
        metric_id: str | None = None,
        *,
        id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Steps[DeleteMetricResponse]:
        """Delete a metric by id."""
        from honeyhive_api.models import DeleteMetricResponse

        given = either("metrics.delete", metric_id=metric_id, id=id)
        kwargs = {"metric_id": require_str(given, "metric_id")}
        result: DeleteMetricResponse = yield Call(
            "metrics.delete_metric", kwargs, DeleteMetricResponse.from_dict
        )
        return result

    delete = sync_op(_delete)
    delete_async = async_op(_delete)
    delete_metric = delete
    delete_metric_async = delete_async

    def _run(
        self, request: Mapping[str, Any] | RunMetricRequest, **options: Unpack[RequestOptions]
    ) -> Steps[RunMetricResponse]:
        """Compute a metric on one event: ``{"metric": {...definition}, "event": {...}}``.

        Returns the value (``result``) and, for LLM metrics, the ``explanation``.
        """
        from honeyhive_api.models import RunMetricRequest, RunMetricRequestMetric, RunMetricResponse

        what = "metrics.run(request)"
        if isinstance(request, RunMetricRequest):
            body = request
        else:
            data = as_dict(request, what, "a dict or RunMetricRequest")
            if "metric" in data and data["metric"] is not None:
                metric = closed_model(RunMetricRequestMetric, data["metric"], f"{what}: metric")
                data["metric"] = metric.to_dict()
            body = closed_model(RunMetricRequest, data, what)
        result: RunMetricResponse = yield Call(
            "metrics.run_metric", {"body": body}, RunMetricResponse.from_dict
        )
        return result

    run = sync_op(_run)
    run_async = async_op(_run)
    run_metric = run
    run_metric_async = run_async
