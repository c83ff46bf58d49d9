"""``client.charts``: dashboard charts, per project (data-plane key) or via the legacy routes."""

from __future__ import annotations

import os
import sys
import warnings
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from .._convert import as_dict, as_model, require_str
from .._operation import Call, Namespace, Steps, async_op, once, sync_op

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
M = TypeVar("M", bound="_Model")

# Frames from files under this directory are the client's own; the warning points past them.
_PACKAGE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__))) + os.sep


class _Model(Protocol):
    @classmethod
    def from_dict(cls: type[M], src_dict: Mapping[str, Any]) -> M: ...

    def to_dict(self) -> dict[str, Any]: ...


def strict_model(model: type[M], value: object, what: str) -> M:
    """Like `as_model`, but a top-level key the model would silently drop is a ValueError."""
    if isinstance(value, model):
        return value
    data = as_dict(value, what, f"a dict or {model.__name__}")
    result = as_model(model, data, what)
    dropped = sorted(set(data) - set(result.to_dict()))
    if dropped:
        hint = ""
        if set(dropped) & set(getattr(model, "__annotations__", {})):
            hint = " (a dict takes JSON field names, not Python attribute names)"
        raise ValueError(
            f"{what}: unknown field(s) {', '.join(map(repr, dropped))} for {model.__name__}{hint}"
        )
    return result


def _caller_stacklevel() -> int:
    """The ``stacklevel`` of the first frame outside this package: the user's own line."""
    level = 1
    frame = sys._getframe(1)
    while frame.f_back is not None and os.path.abspath(frame.f_code.co_filename).startswith(
        _PACKAGE_DIR
    ):
        frame = frame.f_back
        level += 1
    return level


def _route(
    method: str,
    operations: tuple[str, str],
    project_id: str | None,
    kwargs: dict[str, Any],
    parse: Callable[[Any], R],
) -> Call[R]:
    """The project-scoped call (data-plane key), or the deprecated workspace-wide one.

    ``operations``: the generated operation of each, project-scoped first.
    """
    scoped_operation, legacy_operation = operations
    if project_id is not None:
        scoped = {"project_id": require_str(project_id, "project_id"), **kwargs}
        return Call(scoped_operation, scoped, parse, credential="data_plane")
    # Computed, not a constant, so the warning keeps pointing at the caller however many
    # frames the client's drivers put between it and this function.
    warnings.warn(
        f"Calling charts.{method}() without project_id is deprecated and will stop working in "
        "v2.0: pass project_id=..., and configure a data-plane API key (data_plane_api_key=... "
        "or the HH_DATA_PLANE_API_KEY environment variable).",
        DeprecationWarning,
        stacklevel=_caller_stacklevel(),
    )
    return Call(legacy_operation, kwargs, parse)


class Charts(Namespace):
    """API for dashboard charts; pass ``project_id`` (the routes without it are deprecated)."""

    def _list(self, *, project_id: str | None = None) -> Steps[GetChartsResponse]:
        """List charts: the project's with ``project_id``, else every chart (deprecated)."""
        from honeyhive_api.models import GetChartsResponse

        parse = GetChartsResponse.from_dict
        return (
            yield from once(
                _route(
                    "list", ("charts.get_charts", "charts.get_charts_legacy"), project_id, {}, parse
                )
            )
        )

    list = sync_op(_list)
    list_async = async_op(_list)

    def _get(self, chart_id: str, *, project_id: str | None = None) -> Steps[GetChartResponse]:
        """Get one chart by id (a chart of another project is not found)."""
        from honeyhive_api.models import GetChartResponse

        kwargs = {"chart_id": require_str(chart_id, "chart_id")}
        parse = GetChartResponse.from_dict
        return (
            yield from once(
                _route(
                    "get",
                    ("charts.get_chart", "charts.get_chart_legacy"),
                    project_id,
                    kwargs,
                    parse,
                )
            )
        )

    get = sync_op(_get)
    get_async = async_op(_get)

    def _create(
        self,
        request: Mapping[str, Any] | CreateChartRequest,
        *,
        project_id: str | None = None,
    ) -> Steps[CreateChartResponse]:
        """Create a chart ``{name, metric, func?, groupBy?, bucketing?, dateRange?, query?}``."""
        from honeyhive_api.models import CreateChartRequest, CreateChartResponse

        what = "charts.create(request)"
        body = strict_model(CreateChartRequest, request, what)
        require_str(body.name, f"{what}: name")
        require_str(body.metric, f"{what}: metric")
        parse = CreateChartResponse.from_dict
        return (
            yield from once(
                _route(
                    "create",
                    ("charts.create_chart", "charts.create_chart_legacy"),
                    project_id,
                    {"body": body},
                    parse,
                )
            )
        )

    create = sync_op(_create)
    create_async = async_op(_create)

    def _update(
        self,
        chart_id: str,
        request: Mapping[str, Any] | UpdateChartRequest,
        *,
        project_id: str | None = None,
    ) -> Steps[UpdateChartResponse]:
        """Change the given fields of a chart (the others keep their values)."""
        from honeyhive_api.models import UpdateChartRequest, UpdateChartResponse

        kwargs = {
            "chart_id": require_str(chart_id, "chart_id"),
            "body": strict_model(UpdateChartRequest, request, "charts.update(chart_id, request)"),
        }
        parse = UpdateChartResponse.from_dict
        return (
            yield from once(
                _route(
                    "update",
                    ("charts.update_chart", "charts.update_chart_legacy"),
                    project_id,
                    kwargs,
                    parse,
                )
            )
        )

    update = sync_op(_update)
    update_async = async_op(_update)

    def _delete(
        self, chart_id: str, *, project_id: str | None = None
    ) -> Steps[DeleteChartResponse]:
        """Delete a chart by id."""
        from honeyhive_api.models import DeleteChartResponse

        kwargs = {"chart_id": require_str(chart_id, "chart_id")}
        parse = DeleteChartResponse.from_dict
        return (
            yield from once(
                _route(
                    "delete",
                    ("charts.delete_chart", "charts.delete_chart_legacy"),
                    project_id,
                    kwargs,
                    parse,
                )
            )
        )

    delete = sync_op(_delete)
    delete_async = async_op(_delete)
