"""``client.metric_versions``: the saved versions of a metric's definition, and deploying one."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Unpack

from .._checks import closed_model
from .._convert import as_dict, require_str
from .._operation import Call, Namespace, RequestOptions, Steps, async_op, once, sync_op

if TYPE_CHECKING:
    from honeyhive_api.models import (
        CreateMetricVersionRequest,
        CreateMetricVersionResponse,
        DeployMetricVersionResponse,
        GetMetricVersionsResponse,
    )


class MetricVersions(Namespace):
    """API for metric versions."""

    def _list(
        self, metric_id: str, **options: Unpack[RequestOptions]
    ) -> Steps[GetMetricVersionsResponse]:
        """List the versions of a metric; the response's ``data`` holds them."""
        from honeyhive_api.models import GetMetricVersionsResponse

        kwargs = {"metric_id": require_str(metric_id, "metric_id")}
        parse = GetMetricVersionsResponse.from_dict
        return (yield from once(Call("metric_versions.get_metric_versions", kwargs, parse)))

    list = sync_op(_list)
    list_async = async_op(_list)

    def _create(
        self,
        metric_id: str,
        request: Mapping[str, Any] | CreateMetricVersionRequest,
        **options: Unpack[RequestOptions],
    ) -> Steps[CreateMetricVersionResponse]:
        """Save a version ``{message, content: {name, type, criteria, ...}, deploy_immediately?}``.

        ``content`` is the whole metric definition, as for ``metrics.create``.
        """
        from honeyhive_api.models import CreateMetricVersionRequest, CreateMetricVersionResponse

        what = "metric_versions.create(metric_id, request)"
        wanted = require_str(metric_id, "metric_id")
        data = as_dict(request, what, "a dict or CreateMetricVersionRequest")
        content = data.get("content")
        # A metric definition model (e.g. CreateMetricRequest) is welcome as the content.
        if content is not None and not isinstance(content, Mapping):
            data["content"] = as_dict(content, f"{what}: content", "a dict or a metric model")
        body = closed_model(CreateMetricVersionRequest, data, what)
        require_str(body.message, f"{what}: message")
        kwargs = {"metric_id": wanted, "body": body}
        parse = CreateMetricVersionResponse.from_dict
        return (yield from once(Call("metric_versions.create_metric_version", kwargs, parse)))

    create = sync_op(_create)
    create_async = async_op(_create)

    def _deploy(
        self, metric_id: str, version_name: str, **options: Unpack[RequestOptions]
    ) -> Steps[DeployMetricVersionResponse]:
        """Make a saved version the metric's live definition."""
        from honeyhive_api.models import DeployMetricVersionResponse

        kwargs = {
            "metric_id": require_str(metric_id, "metric_id"),
            "version_name": require_str(version_name, "version_name"),
        }
        parse = DeployMetricVersionResponse.from_dict
        return (yield from once(Call("metric_versions.deploy_metric_version", kwargs, parse)))

    deploy = sync_op(_deploy)
    deploy_async = async_op(_deploy)
