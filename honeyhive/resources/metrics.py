"""``client.metrics``: evaluators (Python, LLM, human, composite) and running one on an event."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._convert import as_model, list_parser, require_str
from .._operation import Call, Namespace, Steps, async_op, sync_op
from ..errors import NotFoundError

if TYPE_CHECKING:
    from honeyhive_api.models import (
        CreateMetricRequest,
        CreateMetricResponse,
        DeleteMetricResponse,
        Metric,
        RunMetricRequest,
        RunMetricResponse,
        UpdateMetricRequest,
        UpdateMetricResponse,
    )


def _get_metrics(**query: str) -> Call[builtins.list[Metric]]:
    """The ``GET /v1/metrics`` call."""
    from honeyhive_api.models import Metric

    return Call("metrics.get_metrics", query, list_parser(Metric.from_dict, "metrics"))


class Metrics(Namespace):
    """API for managing metrics."""

    def _list(
        self, *, type: str | None = None, metric_id: str | None = None
    ) -> Steps[builtins.list[Metric]]:
        """List metrics (optionally of one ``type``: PYTHON, LLM, HUMAN or COMPOSITE, or one id)."""
        query: dict[str, str] = {}
        if type is not None:
            query["type_"] = require_str(type, "type")
        if metric_id is not None:
            query["id"] = require_str(metric_id, "metric_id")
        result: builtins.list[Metric] = yield _get_metrics(**query)
        return result

    list = sync_op(_list)
    list_async = async_op(_list)
    list_metrics = list
    list_metrics_async = list_async
    get_metrics = list
    get_metrics_async = list_async

    def _get(self, metric_id: str) -> Steps[Metric]:
        """Get one metric by id; NotFoundError if there is none."""
        wanted = require_str(metric_id, "metric_id")
        metrics: builtins.list[Metric] = yield _get_metrics(id=wanted)
        for metric in metrics:
            if metric.id == wanted:
                return metric
        raise NotFoundError(message=f"No metric has id {wanted!r}")

    get = sync_op(_get)
    get_async = async_op(_get)
    get_metric = get
    get_metric_async = get_async

    def _create(self, data: Mapping[str, Any] | CreateMetricRequest) -> Steps[CreateMetricResponse]:
        """Create a metric ``{name, type, criteria, ...}``; the response has its ``metric_id``."""
        from honeyhive_api.models import CreateMetricRequest, CreateMetricResponse

        body = as_model(CreateMetricRequest, data, "metrics.create(data)")
        result: CreateMetricResponse = yield Call(
            "metrics.create_metric", {"body": body}, CreateMetricResponse.from_dict
        )
        return result

    create = sync_op(_create)
    create_async = async_op(_create)
    create_metric = create
    create_metric_async = create_async

    def _update(self, data: Mapping[str, Any] | UpdateMetricRequest) -> Steps[UpdateMetricResponse]:
        """Update a metric ``{id, ...fields to change}``."""
        from honeyhive_api.models import UpdateMetricRequest, UpdateMetricResponse

        what = "metrics.update(data)"
        body = as_model(UpdateMetricRequest, data, what)
        require_str(body.id, f"{what}: id")
        result: UpdateMetricResponse = yield Call(
            "metrics.update_metric", {"body": body}, UpdateMetricResponse.from_dict
        )
        return result

    update = sync_op(_update)
    update_async = async_op(_update)
    update_metric = update
    update_metric_async = update_async

    def _delete(self, metric_id: str) -> Steps[DeleteMetricResponse]:
        """Delete a metric by id."""
        from honeyhive_api.models import DeleteMetricResponse

        kwargs = {"metric_id": require_str(metric_id, "metric_id")}
        result: DeleteMetricResponse = yield Call(
            "metrics.delete_metric", kwargs, DeleteMetricResponse.from_dict
        )
        return result

    delete = sync_op(_delete)
    delete_async = async_op(_delete)
    delete_metric = delete
    delete_metric_async = delete_async

    def _run(self, request: Mapping[str, Any] | RunMetricRequest) -> Steps[RunMetricResponse]:
        """Compute a metric on one event: ``{"metric": {...definition}, "event": {...}}``.

        Returns the value (``result``), whether it passes the threshold (``passed``) and, for
        LLM metrics, the ``explanation``.
        """
        from honeyhive_api.models import RunMetricRequest, RunMetricResponse

        body = as_model(RunMetricRequest, _plain_metric(request), "metrics.run(request)")
        result: RunMetricResponse = yield Call(
            "metrics.run_metric", {"body": body}, RunMetricResponse.from_dict
        )
        return result

    run = sync_op(_run)
    run_async = async_op(_run)
    run_metric = run
    run_metric_async = run_async


def _plain_metric(request: object) -> object:
    """Let ``{"metric": CreateMetricRequest(...), "event": {...}}`` through as plain dicts."""
    if isinstance(request, Mapping) and hasattr(request.get("metric"), "to_dict"):
        return {**request, "metric": request["metric"].to_dict()}
    return request
