from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="RelativeDateRange")


@_attrs_define
class RelativeDateRange:
    relative: str

    def to_dict(self) -> dict[str, Any]:
        relative = self.relative

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "relative": relative,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        relative = d.pop("relative")

        relative_date_range = cls(
            relative=relative,
        )

        return relative_date_range
