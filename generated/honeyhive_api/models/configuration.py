from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Configuration")


@_attrs_define
class Configuration:
    """A stored configuration."""

    id: str
    name: str
    type_: str | Unset = UNSET
    """ `LLM` or `pipeline`. """
    provider: str | Unset = UNSET
    parameters: Any | Unset = UNSET
    """ A free-form JSON object (any keys, any JSON values). Described without a `type` keyword and with `not` so
    that validators still require an object while generated code exposes it as a plain dict. """
    env: list[str] | Unset = UNSET
    """ Environments the configuration is deployed to. """
    tags: list[str] | Unset = UNSET
    user_properties: Any | None | Unset = UNSET
    project_id: str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_

        provider = self.provider

        parameters = self.parameters

        env: list[str] | Unset = UNSET
        if not isinstance(self.env, Unset):
            env = self.env

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        user_properties: Any | None | Unset
        if isinstance(self.user_properties, Unset):
            user_properties = UNSET
        else:
            user_properties = self.user_properties

        project_id = self.project_id

        created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if provider is not UNSET:
            field_dict["provider"] = provider
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if env is not UNSET:
            field_dict["env"] = env
        if tags is not UNSET:
            field_dict["tags"] = tags
        if user_properties is not UNSET:
            field_dict["user_properties"] = user_properties
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        type_ = d.pop("type", UNSET)

        provider = d.pop("provider", UNSET)

        parameters = d.pop("parameters", UNSET)

        env = cast(list[str], d.pop("env", UNSET))

        tags = cast(list[str], d.pop("tags", UNSET))

        def _parse_user_properties(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | Unset, data)

        user_properties = _parse_user_properties(d.pop("user_properties", UNSET))

        project_id = d.pop("project_id", UNSET)

        created_at = d.pop("created_at", UNSET)

        def _parse_updated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        configuration = cls(
            id=id,
            name=name,
            type_=type_,
            provider=provider,
            parameters=parameters,
            env=env,
            tags=tags,
            user_properties=user_properties,
            project_id=project_id,
            created_at=created_at,
            updated_at=updated_at,
        )

        configuration.additional_properties = d
        return configuration

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
