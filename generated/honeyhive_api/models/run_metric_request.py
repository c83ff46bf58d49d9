from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Required,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.run_metric_request_event import RunMetricRequestEvent, RunMetricRequestEventDict
    from ..models.run_metric_request_metric import (
        RunMetricRequestMetric,
        RunMetricRequestMetricDict,
    )


T = TypeVar("T", bound="RunMetricRequest")


@_attrs_define
class RunMetricRequest:
    metric: RunMetricRequestMetric
    event: RunMetricRequestEvent

    def to_dict(self) -> dict[str, Any]:
        metric = self.metric.to_dict()

        event = self.event.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "metric": metric,
                "event": event,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.run_metric_request_event import RunMetricRequestEvent  # noqa: PLC0415
        from ..models.run_metric_request_metric import RunMetricRequestMetric  # noqa: PLC0415

        d = dict(src_dict)
        metric = RunMetricRequestMetric.from_dict(d.pop("metric"))

        event = RunMetricRequestEvent.from_dict(d.pop("event"))

        run_metric_request = cls(
            metric=metric,
            event=event,
        )

        return run_metric_request

    def __repr__(self) -> str:
        return model_repr(self)

    def model_dump(
        self,
        *,
        mode: str = "python",
        by_alias: bool = False,
        exclude_unset: bool = False,
        exclude_none: bool = False,
    ) -> dict[str, Any]:
        """Pydantic-style dump: to_dict(); exclude_none=True also drops top-level None values."""
        field_dict = self.to_dict()
        if exclude_none:
            return {key: value for key, value in field_dict.items() if value is not None}
        return field_dict

    #: The JSON key of each field, by attribute name: lets a facade build the model from
    #: keyword arguments spelled either way (``group_by=`` or 1.7.0's ``groupBy=``).
    wire_keys: ClassVar[dict[str, str]] = {
        "metric": "metric",
        "event": "event",
    }

    def dict(
        self, *, by_alias: bool = False, exclude_unset: bool = False, exclude_none: bool = False
    ) -> dict[str, Any]:
        """Pydantic v1 spelling of model_dump()."""
        return self.model_dump(
            by_alias=by_alias, exclude_unset=exclude_unset, exclude_none=exclude_none
        )


class RunMetricRequestDict(TypedDict, total=False):
    """The JSON keys of `RunMetricRequest`, for a dict passed where it is accepted."""

    metric: Required[RunMetricRequestMetricDict]
    event: Required[RunMetricRequestEventDict]
