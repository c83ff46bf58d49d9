from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Required,
    TypedDict,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="MetricComparison")


@_attrs_define
class MetricComparison:
    metric_name: str
    metric_type: str | Unset = UNSET
    old_aggregate: float | Unset = UNSET
    new_aggregate: float | Unset = UNSET
    difference: float | Unset = UNSET
    percentage_change: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric_name = self.metric_name

        metric_type = self.metric_type

        old_aggregate = self.old_aggregate

        new_aggregate = self.new_aggregate

        difference = self.difference

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

        old_aggregate = d.pop("old_aggregate", UNSET)

        new_aggregate = d.pop("new_aggregate", UNSET)

        difference = d.pop("difference", UNSET)

        percentage_change = d.pop("percentage_change", UNSET)

        metric_comparison = cls(
            metric_name=metric_name,
            metric_type=metric_type,
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
        if key not in self.additional_properties:
            # A declared field by its JSON key, as in the plain dicts the official SDK returns.
            for name, wire in self.wire_keys.items():
                if wire == key and not isinstance(getattr(self, name), Unset):
                    return cast("Any", getattr(self, name))
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

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
        "metric_name": "metric_name",
        "metric_type": "metric_type",
        "old_aggregate": "old_aggregate",
        "new_aggregate": "new_aggregate",
        "difference": "difference",
        "percentage_change": "percentage_change",
    }

    def dict(
        self, *, by_alias: bool = False, exclude_unset: bool = False, exclude_none: bool = False
    ) -> dict[str, Any]:
        """Pydantic v1 spelling of model_dump()."""
        return self.model_dump(
            by_alias=by_alias, exclude_unset=exclude_unset, exclude_none=exclude_none
        )


class MetricComparisonDict(TypedDict, total=False):
    """The JSON keys of `MetricComparison`, for a dict passed where it is accepted."""

    metric_name: Required[str]
    metric_type: str
    old_aggregate: float
    new_aggregate: float
    difference: float
    percentage_change: float
