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
    from ..models.single_filter import SingleFilter, SingleFilterDict


T = TypeVar("T", bound="LegacyUpdateMetricRequestFilters")


@_attrs_define
class LegacyUpdateMetricRequestFilters:
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

        legacy_update_metric_request_filters = cls(
            filter_array=filter_array,
        )

        return legacy_update_metric_request_filters

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

    @property
    def filterArray(self) -> list[SingleFilter]:
        """`filter_array` under its wire name."""
        return self.filter_array

    @filterArray.setter
    def filterArray(self, value: list[SingleFilter]) -> None:
        self.filter_array = value

    #: The JSON key of each field, by attribute name: lets a facade build the model from
    #: keyword arguments spelled either way (``group_by=`` or 1.7.0's ``groupBy=``).
    wire_keys: ClassVar[dict[str, str]] = {
        "filter_array": "filterArray",
    }

    def dict(
        self, *, by_alias: bool = False, exclude_unset: bool = False, exclude_none: bool = False
    ) -> dict[str, Any]:
        """Pydantic v1 spelling of model_dump()."""
        return self.model_dump(
            by_alias=by_alias, exclude_unset=exclude_unset, exclude_none=exclude_none
        )


class LegacyUpdateMetricRequestFiltersDict(TypedDict, total=False):
    """The JSON keys of `LegacyUpdateMetricRequestFilters`, for a dict passed where it is accepted."""

    filterArray: Required[list[SingleFilterDict]]
