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
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.response_format import ResponseFormat, ResponseFormatDict
    from ..models.selected_function import SelectedFunction, SelectedFunctionDict
    from ..models.template_item import TemplateItem, TemplateItemDict


T = TypeVar("T", bound="ConfigurationParameters")


@_attrs_define
class ConfigurationParameters:
    call_type: str
    model: str
    hyperparameters: Any | Unset = UNSET
    """ A free-form JSON object (any keys, any JSON values). Described without a `type` keyword and with `not` so
    that validators still require an object while generated code exposes it as a plain dict. """
    response_format: ResponseFormat | Unset = UNSET
    selected_functions: list[SelectedFunction] | Unset = UNSET
    function_call_params: str | Unset = UNSET
    force_function: Any | Unset = UNSET
    """ A free-form JSON object (any keys, any JSON values). Described without a `type` keyword and with `not` so
    that validators still require an object while generated code exposes it as a plain dict. """
    template: list[TemplateItem] | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_type = self.call_type

        model = self.model

        hyperparameters = self.hyperparameters

        response_format: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response_format, Unset):
            response_format = self.response_format.to_dict()

        selected_functions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.selected_functions, Unset):
            selected_functions = []
            for selected_functions_item_data in self.selected_functions:
                selected_functions_item = selected_functions_item_data.to_dict()
                selected_functions.append(selected_functions_item)

        function_call_params = self.function_call_params

        force_function = self.force_function

        template: list[dict[str, Any]] | str | Unset
        if isinstance(self.template, Unset):
            template = UNSET
        elif isinstance(self.template, list):
            template = []
            for template_type_0_item_data in self.template:
                template_type_0_item = template_type_0_item_data.to_dict()
                template.append(template_type_0_item)

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
        from ..models.response_format import ResponseFormat  # noqa: PLC0415
        from ..models.selected_function import SelectedFunction  # noqa: PLC0415
        from ..models.template_item import TemplateItem  # noqa: PLC0415

        d = dict(src_dict)
        call_type = d.pop("call_type")

        model = d.pop("model")

        hyperparameters = d.pop("hyperparameters", UNSET)

        _response_format = d.pop("responseFormat", UNSET)
        response_format: ResponseFormat | Unset
        if isinstance(_response_format, Unset):
            response_format = UNSET
        else:
            response_format = ResponseFormat.from_dict(_response_format)

        _selected_functions = d.pop("selectedFunctions", UNSET)
        selected_functions: list[SelectedFunction] | Unset = UNSET
        if _selected_functions is not UNSET:
            selected_functions = []
            for selected_functions_item_data in _selected_functions:
                selected_functions_item = SelectedFunction.from_dict(selected_functions_item_data)

                selected_functions.append(selected_functions_item)

        function_call_params = d.pop("functionCallParams", UNSET)

        force_function = d.pop("forceFunction", UNSET)

        def _parse_template(data: object) -> list[TemplateItem] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                template_type_0 = []
                _template_type_0 = data
                for template_type_0_item_data in _template_type_0:
                    template_type_0_item = TemplateItem.from_dict(template_type_0_item_data)

                    template_type_0.append(template_type_0_item)

                return template_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TemplateItem] | str | Unset, data)

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
    def responseFormat(self) -> ResponseFormat | Unset:
        """`response_format` under its wire name."""
        return self.response_format

    @responseFormat.setter
    def responseFormat(self, value: ResponseFormat | Unset) -> None:
        self.response_format = value

    @property
    def selectedFunctions(self) -> list[SelectedFunction] | Unset:
        """`selected_functions` under its wire name."""
        return self.selected_functions

    @selectedFunctions.setter
    def selectedFunctions(self, value: list[SelectedFunction] | Unset) -> None:
        self.selected_functions = value

    @property
    def functionCallParams(self) -> str | Unset:
        """`function_call_params` under its wire name."""
        return self.function_call_params

    @functionCallParams.setter
    def functionCallParams(self, value: str | Unset) -> None:
        self.function_call_params = value

    @property
    def forceFunction(self) -> Any | Unset:
        """`force_function` under its wire name."""
        return self.force_function

    @forceFunction.setter
    def forceFunction(self, value: Any | Unset) -> None:
        self.force_function = value

    #: The JSON key of each field, by attribute name: lets a facade build the model from
    #: keyword arguments spelled either way (``group_by=`` or 1.7.0's ``groupBy=``).
    wire_keys: ClassVar[dict[str, str]] = {
        "call_type": "call_type",
        "model": "model",
        "hyperparameters": "hyperparameters",
        "response_format": "responseFormat",
        "selected_functions": "selectedFunctions",
        "function_call_params": "functionCallParams",
        "force_function": "forceFunction",
        "template": "template",
    }

    def dict(
        self, *, by_alias: bool = False, exclude_unset: bool = False, exclude_none: bool = False
    ) -> dict[str, Any]:
        """Pydantic v1 spelling of model_dump()."""
        return self.model_dump(
            by_alias=by_alias, exclude_unset=exclude_unset, exclude_none=exclude_none
        )


class ConfigurationParametersDict(TypedDict, total=False):
    """The JSON keys of `ConfigurationParameters`, for a dict passed where it is accepted."""

    call_type: Required[str]
    model: Required[str]
    hyperparameters: Any
    responseFormat: ResponseFormatDict
    selectedFunctions: list[SelectedFunctionDict]
    functionCallParams: str
    forceFunction: Any
    template: list[TemplateItemDict] | str
