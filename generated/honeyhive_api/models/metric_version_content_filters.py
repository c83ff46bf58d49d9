from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.single_filter import SingleFilter


T = TypeVar("T", bound="MetricVersionContentFilters")


@_attrs_define
class MetricVersionContentFilters:
    filter_array: list[SingleFilter]

    def to_dict(self) -> dict[str, Any]:
        filter_array = []
        for componentsschemas_filters_array_item_data in self.filter_array:
            componentsschemas_filters_array_item = (
                componentsschemas_filters_array_item_data.to_dict()
            )
            filter_array.append(componentsschemas_filters_array_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "filterArray": filter_array,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.single_filter import SingleFilter  # noqa: PLC0415

        d = dict(src_dict)
        filter_array = []
        _filter_array = d.pop("filterArray")
        for componentsschemas_filters_array_item_data in _filter_array:
            componentsschemas_filters_array_item = SingleFilter.from_dict(
                componentsschemas_filters_array_item_data
            )

            filter_array.append(componentsschemas_filters_array_item)

        metric_version_content_filters = cls(
            filter_array=filter_array,
        )

        return metric_version_content_filters
