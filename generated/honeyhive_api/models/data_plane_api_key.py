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

from ..types import Unset, model_repr

T = TypeVar("T", bound="DataPlaneApiKey")


@_attrs_define
class DataPlaneApiKey:
    key_value: str = _attrs_field(repr=False)
    key_id: str
    permissions: list[str]
    root_scope_type: str
    root_scope_id: str
    expires_at: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key_value = self.key_value

        key_id = self.key_id

        permissions = self.permissions

        root_scope_type = self.root_scope_type

        root_scope_id = self.root_scope_id

        expires_at = self.expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key_value": key_value,
                "key_id": key_id,
                "permissions": permissions,
                "root_scope_type": root_scope_type,
                "root_scope_id": root_scope_id,
                "expires_at": expires_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key_value = d.pop("key_value")

        key_id = d.pop("key_id")

        permissions = cast(list[str], d.pop("permissions"))

        root_scope_type = d.pop("root_scope_type")

        root_scope_id = d.pop("root_scope_id")

        expires_at = d.pop("expires_at")

        data_plane_api_key = cls(
            key_value=key_value,
            key_id=key_id,
            permissions=permissions,
            root_scope_type=root_scope_type,
            root_scope_id=root_scope_id,
            expires_at=expires_at,
        )

        data_plane_api_key.additional_properties = d
        return data_plane_api_key

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
        "key_value": "key_value",
        "key_id": "key_id",
        "permissions": "permissions",
        "root_scope_type": "root_scope_type",
        "root_scope_id": "root_scope_id",
        "expires_at": "expires_at",
    }

    def dict(
        self, *, by_alias: bool = False, exclude_unset: bool = False, exclude_none: bool = False
    ) -> dict[str, Any]:
        """Pydantic v1 spelling of model_dump()."""
        return self.model_dump(
            by_alias=by_alias, exclude_unset=exclude_unset, exclude_none=exclude_none
        )


class DataPlaneApiKeyDict(TypedDict, total=False):
    """The JSON keys of `DataPlaneApiKey`, for a dict passed where it is accepted."""

    key_value: Required[str]
    key_id: Required[str]
    permissions: Required[list[str]]
    root_scope_type: Required[str]
    root_scope_id: Required[str]
    expires_at: Required[str]
