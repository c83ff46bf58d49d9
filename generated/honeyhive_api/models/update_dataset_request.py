from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateDatasetRequest")


@_attrs_define
class UpdateDatasetRequest:
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    datapoints: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        datapoints: list[str] | Unset = UNSET
        if not isinstance(self.datapoints, Unset):
            datapoints = self.datapoints

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if datapoints is not UNSET:
            field_dict["datapoints"] = datapoints

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        datapoints = cast(list[str], d.pop("datapoints", UNSET))

        update_dataset_request = cls(
            name=name,
            description=description,
            datapoints=datapoints,
        )

        return update_dataset_request
