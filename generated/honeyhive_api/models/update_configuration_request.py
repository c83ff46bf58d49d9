from __future__ import annotations

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

from ..models.update_configuration_request_env_item import (
    UpdateConfigurationRequestEnvItem,
    check_update_configuration_request_env_item,
)
from ..models.update_configuration_request_type import (
    UpdateConfigurationRequestType,
    check_update_configuration_request_type,
)
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.configuration_parameters import (
        ConfigurationParameters,
        ConfigurationParametersDict,
    )


T = TypeVar("T", bound="UpdateConfigurationRequest")


@_attrs_define
class UpdateConfigurationRequest:
    name: str
    type_: UpdateConfigurationRequestType | Unset = "LLM"
    provider: str | Unset = UNSET
    parameters: ConfigurationParameters | Unset = UNSET
    env: list[UpdateConfigurationRequestEnvItem] | Unset = UNSET
    tags: list[str] | Unset = UNSET
    user_properties: Any | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        provider = self.provider

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        env: list[str] | Unset = UNSET
        if not isinstance(self.env, Unset):
            env = []
            for env_item_data in self.env:
                env_item: str = env_item_data
                env.append(env_item)

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        user_properties: Any | None | Unset
        if isinstance(self.user_properties, Unset):
            user_properties = UNSET
        else:
            user_properties = self.user_properties

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.configuration_parameters import ConfigurationParameters  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        _type_ = d.pop("type", UNSET)
        type_: UpdateConfigurationRequestType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_update_configuration_request_type(_type_)

        provider = d.pop("provider", UNSET)

        _parameters = d.pop("parameters", UNSET)
        parameters: ConfigurationParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = ConfigurationParameters.from_dict(_parameters)

        _env = d.pop("env", UNSET)
        env: list[UpdateConfigurationRequestEnvItem] | Unset = UNSET
        if _env is not UNSET:
            env = []
            for env_item_data in _env:
                env_item = check_update_configuration_request_env_item(env_item_data)

                env.append(env_item)

        tags = cast(list[str], d.pop("tags", UNSET))

        def _parse_user_properties(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | Unset, data)

        user_properties = _parse_user_properties(d.pop("user_properties", UNSET))

        update_configuration_request = cls(
            name=name,
            type_=type_,
            provider=provider,
            parameters=parameters,
            env=env,
            tags=tags,
            user_properties=user_properties,
        )

        return update_configuration_request

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
    def type(self) -> UpdateConfigurationRequestType | Unset:
        """`type_` under its wire name."""
        return self.type_

    @type.setter
    def type(self, value: UpdateConfigurationRequestType | Unset) -> None:
        self.type_ = value

    #: The JSON key of each field, by attribute name: lets a facade build the model from
    #: keyword arguments spelled either way (``group_by=`` or 1.7.0's ``groupBy=``).
    wire_keys: ClassVar[dict[str, str]] = {
        "name": "name",
        "type_": "type",
        "provider": "provider",
        "parameters": "parameters",
        "env": "env",
        "tags": "tags",
        "user_properties": "user_properties",
    }

    def dict(
        self, *, by_alias: bool = False, exclude_unset: bool = False, exclude_none: bool = False
    ) -> dict[str, Any]:
        """Pydantic v1 spelling of model_dump()."""
        return self.model_dump(
            by_alias=by_alias, exclude_unset=exclude_unset, exclude_none=exclude_none
        )


class UpdateConfigurationRequestDict(TypedDict, total=False):
    """The JSON keys of `UpdateConfigurationRequest`, for a dict passed where it is accepted."""

    name: Required[str]
    type: UpdateConfigurationRequestType
    provider: str
    parameters: ConfigurationParametersDict
    env: list[UpdateConfigurationRequestEnvItem]
    tags: list[str]
    user_properties: Any | None
