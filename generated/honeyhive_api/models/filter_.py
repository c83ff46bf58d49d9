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

from ..models.filter_field_type import FilterFieldType, check_filter_field_type
from ..models.filter_operator import FilterOperator, check_filter_operator
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="Filter")


@_attrs_define
class Filter:
    """One filter condition on events."""

    field: str
    """ Event field to filter on; nested fields use dots (`metadata.cost`, `inputs.user_id`). """
    operator: FilterOperator
    """ How a filter compares `field` with `value`. """
    value: bool | float | None | str | Unset = UNSET
    """ Value to compare with (unused by `exists` / `not exists`). """
    type_: FilterFieldType | Unset = UNSET
    """ The type the filter value is compared as. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        operator: str = self.operator

        value: bool | float | None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field": field,
                "operator": operator,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field = d.pop("field")

        operator = check_filter_operator(d.pop("operator"))

        def _parse_value(data: object) -> bool | float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | float | None | str | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        _type_ = d.pop("type", UNSET)
        type_: FilterFieldType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_filter_field_type(_type_)

        filter_ = cls(
            field=field,
            operator=operator,
            value=value,
            type_=type_,
        )

        filter_.additional_properties = d
        return filter_

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

    @property
    def type(self) -> FilterFieldType | Unset:
        """`type_` under its wire name."""
        return self.type_

    @type.setter
    def type(self, value: FilterFieldType | Unset) -> None:
        self.type_ = value

    #: The JSON key of each field, by attribute name: lets a facade build the model from
    #: keyword arguments spelled either way (``group_by=`` or 1.7.0's ``groupBy=``).
    wire_keys: ClassVar[dict[str, str]] = {
        "field": "field",
        "operator": "operator",
        "value": "value",
        "type_": "type",
    }

    def dict(
        self, *, by_alias: bool = False, exclude_unset: bool = False, exclude_none: bool = False
    ) -> dict[str, Any]:
        """Pydantic v1 spelling of model_dump()."""
        return self.model_dump(
            by_alias=by_alias, exclude_unset=exclude_unset, exclude_none=exclude_none
        )


class FilterDict(TypedDict, total=False):
    """The JSON keys of `Filter`, for a dict passed where it is accepted."""

    field: Required[str]
    operator: Required[FilterOperator]
    value: str | float | bool | None
    type: FilterFieldType
