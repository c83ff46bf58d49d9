from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

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
