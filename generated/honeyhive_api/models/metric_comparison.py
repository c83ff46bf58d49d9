from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MetricComparison")


@_attrs_define
class MetricComparison:
    """One metric in two runs."""

    metric_name: str
    metric_type: str | Unset = UNSET
    event_name: str | Unset = UNSET
    event_type: str | Unset = UNSET
    old_aggregate: float | None | Unset = UNSET
    new_aggregate: float | None | Unset = UNSET
    difference: float | None | Unset = UNSET
    percentage_change: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric_name = self.metric_name

        metric_type = self.metric_type

        event_name = self.event_name

        event_type = self.event_type

        old_aggregate: float | None | Unset
        if isinstance(self.old_aggregate, Unset):
            old_aggregate = UNSET
        else:
            old_aggregate = self.old_aggregate

        new_aggregate: float | None | Unset
        if isinstance(self.new_aggregate, Unset):
            new_aggregate = UNSET
        else:
            new_aggregate = self.new_aggregate

        difference: float | None | Unset
        if isinstance(self.difference, Unset):
            difference = UNSET
        else:
            difference = self.difference

        percentage_change: float | None | Unset
        if isinstance(self.percentage_change, Unset):
            percentage_change = UNSET
        else:
            percentage_change = self.percentage_change

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metric_name": metric_name,
            }
        )
        if metric_type is not UNSET:
            field_dict["metric_type"] = metric_type
        if event_name is not UNSET:
            field_dict["event_name"] = event_name
        if event_type is not UNSET:
            field_dict["event_type"] = event_type
        if old_aggregate is not UNSET:
            field_dict["old_aggregate"] = old_aggregate
        if new_aggregate is not UNSET:
            field_dict["new_aggregate"] = new_aggregate
        if difference is not UNSET:
            field_dict["difference"] = difference
        if percentage_change is not UNSET:
            field_dict["percentage_change"] = percentage_change

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        metric_name = d.pop("metric_name")

        metric_type = d.pop("metric_type", UNSET)

        event_name = d.pop("event_name", UNSET)

        event_type = d.pop("event_type", UNSET)

        def _parse_old_aggregate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        old_aggregate = _parse_old_aggregate(d.pop("old_aggregate", UNSET))

        def _parse_new_aggregate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        new_aggregate = _parse_new_aggregate(d.pop("new_aggregate", UNSET))

        def _parse_difference(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        difference = _parse_difference(d.pop("difference", UNSET))

        def _parse_percentage_change(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        percentage_change = _parse_percentage_change(d.pop("percentage_change", UNSET))

        metric_comparison = cls(
            metric_name=metric_name,
            metric_type=metric_type,
            event_name=event_name,
            event_type=event_type,
            old_aggregate=old_aggregate,
            new_aggregate=new_aggregate,
            difference=difference,
            percentage_change=percentage_change,
        )

        metric_comparison.additional_properties = d
        return metric_comparison

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
