from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_type import CallType, check_call_type
from ..models.configuration_parameters_function_call_params import (
    ConfigurationParametersFunctionCallParams,
    check_configuration_parameters_function_call_params,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConfigurationParameters")


@_attrs_define
class ConfigurationParameters:
    """Model parameters of a configuration."""

    call_type: CallType
    """ How the model is called. """
    model: str
    hyperparameters: Any | Unset = UNSET
    """ A free-form JSON object (any keys, any JSON values). Described without a `type` keyword and with `not` so
    that validators still require an object while generated code exposes it as a plain dict. """
    response_format: Any | Unset = UNSET
    """ A free-form JSON object (any keys, any JSON values). Described without a `type` keyword and with `not` so
    that validators still require an object while generated code exposes it as a plain dict. """
    selected_functions: list[Any] | Unset = UNSET
    """ Functions offered to the model. """
    function_call_params: ConfigurationParametersFunctionCallParams | Unset = UNSET
    force_function: Any | Unset = UNSET
    """ A free-form JSON object (any keys, any JSON values). Described without a `type` keyword and with `not` so
    that validators still require an object while generated code exposes it as a plain dict. """
    template: list[Any] | str | Unset = UNSET
    """ Prompt template: chat messages or a completion string. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_type: str = self.call_type

        model = self.model

        hyperparameters = self.hyperparameters

        response_format = self.response_format

        selected_functions: list[Any] | Unset = UNSET
        if not isinstance(self.selected_functions, Unset):
            selected_functions = self.selected_functions

        function_call_params: str | Unset = UNSET
        if not isinstance(self.function_call_params, Unset):
            function_call_params = self.function_call_params

        force_function = self.force_function

        template: list[Any] | str | Unset
        if isinstance(self.template, Unset):
            template = UNSET
        elif isinstance(self.template, list):
            template = self.template

        else:
            template = self.template

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_type": call_type,
                "model": model,
            }
        )
        if hyperparameters is not UNSET:
            field_dict["hyperparameters"] = hyperparameters
        if response_format is not UNSET:
            field_dict["responseFormat"] = response_format
        if selected_functions is not UNSET:
            field_dict["selectedFunctions"] = selected_functions
        if function_call_params is not UNSET:
            field_dict["functionCallParams"] = function_call_params
        if force_function is not UNSET:
            field_dict["forceFunction"] = force_function
        if template is not UNSET:
            field_dict["template"] = template

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        call_type = check_call_type(d.pop("call_type"))

        model = d.pop("model")

        hyperparameters = d.pop("hyperparameters", UNSET)

        response_format = d.pop("responseFormat", UNSET)

        selected_functions = cast(list[Any], d.pop("selectedFunctions", UNSET))

        _function_call_params = d.pop("functionCallParams", UNSET)
        function_call_params: ConfigurationParametersFunctionCallParams | Unset
        if isinstance(_function_call_params, Unset):
            function_call_params = UNSET
        else:
            function_call_params = check_configuration_parameters_function_call_params(
                _function_call_params
            )

        force_function = d.pop("forceFunction", UNSET)

        def _parse_template(data: object) -> list[Any] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                template_type_0 = cast(list[Any], data)

                return template_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | str | Unset, data)

        template = _parse_template(d.pop("template", UNSET))

        configuration_parameters = cls(
            call_type=call_type,
            model=model,
            hyperparameters=hyperparameters,
            response_format=response_format,
            selected_functions=selected_functions,
            function_call_params=function_call_params,
            force_function=force_function,
            template=template,
        )

        configuration_parameters.additional_properties = d
        return configuration_parameters

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
