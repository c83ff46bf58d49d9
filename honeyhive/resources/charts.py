"""``client.charts``: dashboard charts, per project (data-plane key) or via the legacy routes."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Unpack

from .._checks import closed_model
from .._convert import require_str, warn_deprecated
from .._operation import Call, Namespace, RequestOptions, Steps, async_op, once, sync_op

if TYPE_CHECKING:
    from honeyhive_api.models import (
        CreateChartRequest,
        CreateChartResponse,
        DeleteChartResponse,
        GetChartResponse,
        GetChartsResponse,
        UpdateChartRequest,
        UpdateChartResponse,
    )

R = TypeVar("R")

#: The generated operations of each method: project-scoped (data-plane key), then legacy.
_OPERATIONS = {
    "list": ("charts.get_charts", "charts.get_charts_legacy"),
    "get": ("charts.get_chart", "charts.get_chart_legacy"),
    "create": ("charts.create_chart", "charts.create_chart_legacy"),
    "update": ("charts.update_chart", "charts.update_chart_legacy"),
    "delete": ("charts.delete_chart", "charts.delete_chart_legacy"),
}


def _route(
    method: str, project_id: str | None, kwargs: dict[str, Any], parse: Callable[[Any], R]
) -> Steps[R]:
    """The project-scoped call (data-plane key), or the deprecated workspace-wide one."""
    scoped_operation, legacy_operation = _OPERATIONS[method]
    if project_id is not None:
        scoped = {"project_id": require_str(project_id, "project_id"), **kwargs}
        return once(Call(scoped_operation, scoped, parse, credential="data_plane"))
    warn_deprecated(
        f"Calling charts.{method}() without project_id is deprecated and will stop working in "
        "v2.0: pass project_id=..., and configure a data-plane API key (data_plane_api_key=... "
        "or the HH_DATA_PLANE_API_KEY environment variable)."
    )
    return once(Call(legacy_operation, kwargs, parse))


class Charts(Namespace):
    """API for dashboard charts; pass ``project_id`` (the routes without it are deprecated)."""

    def _list(
        self, *, project_id: str | None = None, **options: Unpack[RequestOptions]
    ) -> Steps[GetChartsResponse]:
        """List charts: the project's with ``project_id``, else every chart (deprecated)."""
        from honeyhive_api.models import GetChartsResponse

        parse = GetChartsResponse.from_dict
        return (yield from _route("list", project_id, {}, parse))

    list = sync_op(_list)
    list_async = async_op(_list)

    def _get(
        self, chart_id: str, *, project_id: str | None = None, **options: Unpack[RequestOptions]
    ) -> Steps[GetChartResponse]:
        """Get one chart by id (a chart of another project is not found)."""
        from honeyhive_api.models import GetChartResponse

        kwargs = {"chart_id": require_str(chart_id, "chart_id")}
        parse = GetChartResponse.from_dict
        return (yield from _route("get", project_id, kwargs, parse))

    get = sync_op(_get)
    get_async = async_op(_get)

    def _create(
        self,
        request: Mapping[str, Any] | CreateChartRequest,
        *,
        project_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Steps[CreateChartResponse]:
        """Create a chart ``{name, metric, func?, groupBy?, bucketing?, dateRange?, query?}``."""
        from honeyhive_api.models import CreateChartRequest, CreateChartResponse

        what = "charts.create(request)"
        body = closed_model(CreateChartRequest, request, what)
        require_str(body.name, f"{what}: name")
        require_str(body.metric, f"{what}: metric")
        parse = CreateChartResponse.from_dict
        return (yield from _route("create", project_id, {"body": body}, parse))

    create = sync_op(_create)
    create_async = async_op(_create)

    def _update(
        self,
        chart_id: str,
        request: Mapping[str, Any] | UpdateChartRequest,
        *,
        project_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Steps[UpdateChartResponse]:
        """Change the given fields of a chart (the others keep their values)."""
        from honeyhive_api.models import UpdateChartRequest, UpdateChartResponse

        kwargs = {
            "chart_id": require_str(chart_id, "chart_id"),
            "body": closed_model(UpdateChartRequest, request, "charts.update(chart_id, request)"),
        }
        parse = UpdateChartResponse.from_dict
        return (yield from _route("update", project_id, kwargs, parse))

    update = sync_op(_update)
    update_async = async_op(_update)

    def _delete(
        self, chart_id: str, *, project_id: str | None = None, **options: Unpack[RequestOptions]
    ) -> Steps[DeleteChartResponse]:
        """Delete a chart by id."""
        from honeyhive_api.models import DeleteChartResponse

        kwargs = {"chart_id": require_str(chart_id, "chart_id")}
        parse = DeleteChartResponse.from_dict
        return (yield from _route("delete", project_id, kwargs, parse))

    delete = sync_op(_delete)
    delete_async = async_op(_delete)
