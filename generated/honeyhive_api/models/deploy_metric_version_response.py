from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.metric_version import MetricVersion


T = TypeVar("T", bound="DeployMetricVersionResponse")


@_attrs_define
class DeployMetricVersionResponse:
    success: bool
    data: MetricVersion

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "success": success,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metric_version import MetricVersion  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success")

        data = MetricVersion.from_dict(d.pop("data"))

        deploy_metric_version_response = cls(
            success=success,
            data=data,
        )

        return deploy_metric_version_response
