from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateConfigurationResponse")


@_attrs_define
class UpdateConfigurationResponse:
    """Result of updating a configuration."""

    acknowledged: bool
    modified_count: int | Unset = UNSET
    matched_count: int | Unset = UNSET
    upserted_count: int | Unset = UNSET
    upserted_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acknowledged = self.acknowledged

        modified_count = self.modified_count

        matched_count = self.matched_count

        upserted_count = self.upserted_count

        upserted_id: None | str | Unset
        if isinstance(self.upserted_id, Unset):
            upserted_id = UNSET
        else:
            upserted_id = self.upserted_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "acknowledged": acknowledged,
            }
        )
        if modified_count is not UNSET:
            field_dict["modifiedCount"] = modified_count
        if matched_count is not UNSET:
            field_dict["matchedCount"] = matched_count
        if upserted_count is not UNSET:
            field_dict["upsertedCount"] = upserted_count
        if upserted_id is not UNSET:
            field_dict["upsertedId"] = upserted_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        acknowledged = d.pop("acknowledged")

        modified_count = d.pop("modifiedCount", UNSET)

        matched_count = d.pop("matchedCount", UNSET)

        upserted_count = d.pop("upsertedCount", UNSET)

        def _parse_upserted_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        upserted_id = _parse_upserted_id(d.pop("upsertedId", UNSET))

        update_configuration_response = cls(
            acknowledged=acknowledged,
            modified_count=modified_count,
            matched_count=matched_count,
            upserted_count=upserted_count,
            upserted_id=upserted_id,
        )

        update_configuration_response.additional_properties = d
        return update_configuration_response

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
