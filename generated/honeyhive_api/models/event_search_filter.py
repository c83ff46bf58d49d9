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

from ..models.event_search_filter_operator import (
    EventSearchFilterOperator,
    check_event_search_filter_operator,
)
from ..models.event_search_filter_type import EventSearchFilterType, check_event_search_filter_type
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="EventSearchFilter")


@_attrs_define
class EventSearchFilter:
    field: str
    operator: EventSearchFilterOperator
    value: bool | float | None | str
    type_: EventSearchFilterType | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        operator: str = self.operator

        value: bool | float | None | str
        value = self.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "field": field,
                "operator": operator,
                "value": value,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field = d.pop("field")

        operator = check_event_search_filter_operator(d.pop("operator"))

        def _parse_value(data: object) -> bool | float | None | str:
            if data is None:
                return data
            return cast(bool | float | None | str, data)

        value = _parse_value(d.pop("value"))

        _type_ = d.pop("type", UNSET)
        type_: EventSearchFilterType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_event_search_filter_type(_type_)

        event_search_filter = cls(
            field=field,
            operator=operator,
            value=value,
            type_=type_,
        )

        return event_search_filter

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
    def type(self) -> EventSearchFilterType | Unset:
        """`type_` under its wire name."""
        return self.type_

    @type.setter
    def type(self, value: EventSearchFilterType | Unset) -> None:
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


class EventSearchFilterDict(TypedDict, total=False):
    """The JSON keys of `EventSearchFilter`, for a dict passed where it is accepted."""

    field: Required[str]
    operator: Required[EventSearchFilterOperator]
    value: Required[str | float | bool | None]
    type: EventSearchFilterType
