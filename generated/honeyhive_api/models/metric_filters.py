from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.filter_ import Filter


T = TypeVar("T", bound="MetricFilters")


@_attrs_define
class MetricFilters:
    """Which events the metric runs on."""

    filter_array: list[Filter]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filter_array = []
        for filter_array_item_data in self.filter_array:
            filter_array_item = filter_array_item_data.to_dict()
            filter_array.append(filter_array_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filterArray": filter_array,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.filter_ import Filter  # noqa: PLC0415

        d = dict(src_dict)
        filter_array = []
        _filter_array = d.pop("filterArray")
        for filter_array_item_data in _filter_array:
            filter_array_item = Filter.from_dict(filter_array_item_data)

            filter_array.append(filter_array_item)

        metric_filters = cls(
            filter_array=filter_array,
        )

        metric_filters.additional_properties = d
        return metric_filters

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
