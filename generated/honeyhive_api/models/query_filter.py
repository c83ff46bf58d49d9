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

from ..types import model_repr

T = TypeVar("T", bound="QueryFilter")


@_attrs_define
class QueryFilter:
    field: str
    value: None | str
    type_: str
    operator: str

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        value: None | str
        value = self.value

        type_ = self.type_

        operator = self.operator

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "field": field,
                "value": value,
                "type": type_,
                "operator": operator,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field = d.pop("field")

        def _parse_value(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        value = _parse_value(d.pop("value"))

        type_ = d.pop("type")

        operator = d.pop("operator")

        query_filter = cls(
            field=field,
            value=value,
            type_=type_,
            operator=operator,
        )

        return query_filter

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
    def type(self) -> str:
        """`type_` under its wire name."""
        return self.type_

    @type.setter
    def type(self, value: str) -> None:
        self.type_ = value

    #: The JSON key of each field, by attribute name: lets a facade build the model from
    #: keyword arguments spelled either way (``group_by=`` or 1.7.0's ``groupBy=``).
    wire_keys: ClassVar[dict[str, str]] = {
        "field": "field",
        "value": "value",
        "type_": "type",
        "operator": "operator",
    }

    def dict(
        self, *, by_alias: bool = False, exclude_unset: bool = False, exclude_none: bool = False
    ) -> dict[str, Any]:
        """Pydantic v1 spelling of model_dump()."""
        return self.model_dump(
            by_alias=by_alias, exclude_unset=exclude_unset, exclude_none=exclude_none
        )


class QueryFilterDict(TypedDict, total=False):
    """The JSON keys of `QueryFilter`, for a dict passed where it is accepted."""

    field: Required[str]
    value: Required[str | None]
    type: Required[str]
    operator: Required[str]
