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

from ..models.create_configuration_request_env_item import (
    CreateConfigurationRequestEnvItem,
    check_create_configuration_request_env_item,
)
from ..models.create_configuration_request_type import (
    CreateConfigurationRequestType,
    check_create_configuration_request_type,
)
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.configuration_parameters import (
        ConfigurationParameters,
        ConfigurationParametersDict,
    )


T = TypeVar("T", bound="CreateConfigurationRequest")


@_attrs_define
class CreateConfigurationRequest:
    name: str
    provider: str
    parameters: ConfigurationParameters
    type_: CreateConfigurationRequestType | Unset = "LLM"
    env: list[CreateConfigurationRequestEnvItem] | Unset = UNSET
    tags: list[str] | Unset = UNSET
    user_properties: Any | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        provider = self.provider

        parameters = self.parameters.to_dict()

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

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
                "provider": provider,
                "parameters": parameters,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
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

        provider = d.pop("provider")

        parameters = ConfigurationParameters.from_dict(d.pop("parameters"))

        _type_ = d.pop("type", UNSET)
        type_: CreateConfigurationRequestType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_create_configuration_request_type(_type_)

        _env = d.pop("env", UNSET)
        env: list[CreateConfigurationRequestEnvItem] | Unset = UNSET
        if _env is not UNSET:
            env = []
            for env_item_data in _env:
                env_item = check_create_configuration_request_env_item(env_item_data)

                env.append(env_item)

        tags = cast(list[str], d.pop("tags", UNSET))

        def _parse_user_properties(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | Unset, data)

        user_properties = _parse_user_properties(d.pop("user_properties", UNSET))

        create_configuration_request = cls(
            name=name,
            provider=provider,
            parameters=parameters,
            type_=type_,
            env=env,
            tags=tags,
            user_properties=user_properties,
        )

        return create_configuration_request

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
    def type(self) -> CreateConfigurationRequestType | Unset:
        """`type_` under its wire name."""
        return self.type_

    @type.setter
    def type(self, value: CreateConfigurationRequestType | Unset) -> None:
        self.type_ = value

    #: The JSON key of each field, by attribute name: lets a facade build the model from
    #: keyword arguments spelled either way (``group_by=`` or 1.7.0's ``groupBy=``).
    wire_keys: ClassVar[dict[str, str]] = {
        "name": "name",
        "provider": "provider",
        "parameters": "parameters",
        "type_": "type",
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


class CreateConfigurationRequestDict(TypedDict, total=False):
    """The JSON keys of `CreateConfigurationRequest`, for a dict passed where it is accepted."""

    name: Required[str]
    provider: Required[str]
    parameters: Required[ConfigurationParametersDict]
    type: CreateConfigurationRequestType
    env: list[CreateConfigurationRequestEnvItem]
    tags: list[str]
    user_properties: Any | None
