from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.run_metric_request_event import RunMetricRequestEvent
    from ..models.run_metric_request_metric import RunMetricRequestMetric


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
