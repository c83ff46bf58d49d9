from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
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

if TYPE_CHECKING:
    from ..models.configuration_parameters import (
        ConfigurationParameters,
        ConfigurationParametersDict,
    )


T = TypeVar("T", bound="ConfigurationItem")


@_attrs_define
class ConfigurationItem:
    id: str
    name: str
    type_: str
    provider: str
    parameters: ConfigurationParameters
    env: list[str]
    tags: list[str]
    created_at: datetime.datetime
    user_properties: Any | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_

        provider = self.provider

        parameters = self.parameters.to_dict()

        env = self.env

        tags = self.tags

        created_at = self.created_at.isoformat()

        user_properties: Any | None | Unset
        if isinstance(self.user_properties, Unset):
            user_properties = UNSET
        else:
            user_properties = self.user_properties

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "type": type_,
                "provider": provider,
                "parameters": parameters,
                "env": env,
                "tags": tags,
                "created_at": created_at,
            }
        )
        if user_properties is not UNSET:
            field_dict["user_properties"] = user_properties
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.configuration_parameters import ConfigurationParameters  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        type_ = d.pop("type")

        provider = d.pop("provider")

        parameters = ConfigurationParameters.from_dict(d.pop("parameters"))

        env = cast(list[str], d.pop("env"))

        tags = cast(list[str], d.pop("tags"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_user_properties(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | Unset, data)

        user_properties = _parse_user_properties(d.pop("user_properties", UNSET))

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        configuration_item = cls(
            id=id,
            name=name,
            type_=type_,
            provider=provider,
            parameters=parameters,
            env=env,
            tags=tags,
            created_at=created_at,
            user_properties=user_properties,
            updated_at=updated_at,
        )

        configuration_item.additional_properties = d
        return configuration_item

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
    def type(self) -> str:
        """`type_` under its wire name."""
        return self.type_

    @type.setter
    def type(self, value: str) -> None:
        self.type_ = value

    #: The JSON key of each field, by attribute name: lets a facade build the model from
    #: keyword arguments spelled either way (``group_by=`` or 1.7.0's ``groupBy=``).
    wire_keys: ClassVar[dict[str, str]] = {
        "id": "id",
        "name": "name",
        "type_": "type",
        "provider": "provider",
        "parameters": "parameters",
        "env": "env",
        "tags": "tags",
        "created_at": "created_at",
        "user_properties": "user_properties",
        "updated_at": "updated_at",
    }

    def dict(
        self, *, by_alias: bool = False, exclude_unset: bool = False, exclude_none: bool = False
    ) -> dict[str, Any]:
        """Pydantic v1 spelling of model_dump()."""
        return self.model_dump(
            by_alias=by_alias, exclude_unset=exclude_unset, exclude_none=exclude_none
        )


class ConfigurationItemDict(TypedDict, total=False):
    """The JSON keys of `ConfigurationItem`, for a dict passed where it is accepted."""

    id: Required[str]
    name: Required[str]
    type: Required[str]
    provider: Required[str]
    parameters: Required[ConfigurationParametersDict]
    env: Required[list[str]]
    tags: Required[list[str]]
    created_at: Required[str]
    user_properties: Any | None
    updated_at: str | None
