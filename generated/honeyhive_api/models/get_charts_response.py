from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.get_charts_response_data_item import GetChartsResponseDataItem


T = TypeVar("T", bound="GetChartsResponse")


@_attrs_define
class GetChartsResponse:
    success: bool
    data: list[GetChartsResponseDataItem]

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

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
        from ..models.get_charts_response_data_item import GetChartsResponseDataItem  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success")

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = GetChartsResponseDataItem.from_dict(data_item_data)

            data.append(data_item)

        get_charts_response = cls(
            success=success,
            data=data,
        )

        return get_charts_response
