from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MetricThreshold")


@_attrs_define
class MetricThreshold:
    """When a metric value counts as passing."""

    min_: float | Unset = UNSET
    max_: float | Unset = UNSET
    pass_when: bool | float | Unset = UNSET
    passing_categories: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        min_ = self.min_

        max_ = self.max_

        pass_when: bool | float | Unset
        if isinstance(self.pass_when, Unset):
            pass_when = UNSET
        else:
            pass_when = self.pass_when

        passing_categories: list[str] | Unset = UNSET
        if not isinstance(self.passing_categories, Unset):
            passing_categories = self.passing_categories

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if min_ is not UNSET:
            field_dict["min"] = min_
        if max_ is not UNSET:
            field_dict["max"] = max_
        if pass_when is not UNSET:
            field_dict["pass_when"] = pass_when
        if passing_categories is not UNSET:
            field_dict["passing_categories"] = passing_categories

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        min_ = d.pop("min", UNSET)

        max_ = d.pop("max", UNSET)

        def _parse_pass_when(data: object) -> bool | float | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | float | Unset, data)

        pass_when = _parse_pass_when(d.pop("pass_when", UNSET))

        passing_categories = cast(list[str], d.pop("passing_categories", UNSET))

        metric_threshold = cls(
            min_=min_,
            max_=max_,
            pass_when=pass_when,
            passing_categories=passing_categories,
        )

        metric_threshold.additional_properties = d
        return metric_threshold

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
