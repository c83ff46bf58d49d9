from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypedDict,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="UpdateMetricRequestThreshold")


@_attrs_define
class UpdateMetricRequestThreshold:
    min_: float | Unset = UNSET
    max_: float | Unset = UNSET
    pass_when: bool | float | Unset = UNSET
    passing_categories: list[str] | Unset = UNSET

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

        update_metric_request_threshold = cls(
            min_=min_,
            max_=max_,
            pass_when=pass_when,
            passing_categories=passing_categories,
        )

        return update_metric_request_threshold

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
    def min(self) -> float | Unset:
        """`min_` under its wire name."""
        return self.min_

    @min.setter
    def min(self, value: float | Unset) -> None:
        self.min_ = value

    @property
    def max(self) -> float | Unset:
        """`max_` under its wire name."""
        return self.max_

    @max.setter
    def max(self, value: float | Unset) -> None:
        self.max_ = value

    #: The JSON key of each field, by attribute name: lets a facade build the model from
    #: keyword arguments spelled either way (``group_by=`` or 1.7.0's ``groupBy=``).
    wire_keys: ClassVar[dict[str, str]] = {
        "min_": "min",
        "max_": "max",
        "pass_when": "pass_when",
        "passing_categories": "passing_categories",
    }

    def dict(
        self, *, by_alias: bool = False, exclude_unset: bool = False, exclude_none: bool = False
    ) -> dict[str, Any]:
        """Pydantic v1 spelling of model_dump()."""
        return self.model_dump(
            by_alias=by_alias, exclude_unset=exclude_unset, exclude_none=exclude_none
        )


class UpdateMetricRequestThresholdDict(TypedDict, total=False):
    """The JSON keys of `UpdateMetricRequestThreshold`, for a dict passed where it is accepted."""

    min: float
    max: float
    pass_when: bool | float
    passing_categories: list[str]
