from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.create_chart_response_data import CreateChartResponseData


T = TypeVar("T", bound="CreateChartResponse")


@_attrs_define
class CreateChartResponse:
    success: bool
    data: CreateChartResponseData

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
        from ..models.create_chart_response_data import CreateChartResponseData  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success")

        data = CreateChartResponseData.from_dict(d.pop("data"))

        create_chart_response = cls(
            success=success,
            data=data,
        )

        return create_chart_response
