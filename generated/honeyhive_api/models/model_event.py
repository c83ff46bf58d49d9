from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypedDict,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_event_event_type import ModelEventEventType, check_model_event_event_type
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ModelEvent")


@_attrs_define
class ModelEvent:
    project: str | Unset = UNSET
    project_id: str | Unset = UNSET
    source: str | Unset = UNSET
    event_name: str | Unset = UNSET
    event_type: ModelEventEventType | Unset = UNSET
    event_id: str | Unset = UNSET
    session_id: str | Unset = UNSET
    parent_id: str | Unset = UNSET
    children_ids: list[str] | Unset = UNSET
    config: Any | Unset = UNSET
    """ A free-form JSON object (any keys, any JSON values). Described without a `type` keyword and with `not` so
    that validators still require an object while generated code exposes it as a plain dict. """
    inputs: Any | Unset = UNSET
    """ A free-form JSON object (any keys, any JSON values). Described without a `type` keyword and with `not` so
    that validators still require an object while generated code exposes it as a plain dict. """
    outputs: Any | Unset = UNSET
    """ A free-form JSON object (any keys, any JSON values). Described without a `type` keyword and with `not` so
    that validators still require an object while generated code exposes it as a plain dict. """
    error: None | str | Unset = UNSET
    start_time: float | Unset = UNSET
    end_time: float | Unset = UNSET
    duration: float | Unset = UNSET
    metadata: Any | Unset = UNSET
    """ A free-form JSON object (any keys, any JSON values). Described without a `type` keyword and with `not` so
    that validators still require an object while generated code exposes it as a plain dict. """
    feedback: Any | Unset = UNSET
    """ A free-form JSON object (any keys, any JSON values). Described without a `type` keyword and with `not` so
    that validators still require an object while generated code exposes it as a plain dict. """
    metrics: Any | Unset = UNSET
    """ A free-form JSON object (any keys, any JSON values). Described without a `type` keyword and with `not` so
    that validators still require an object while generated code exposes it as a plain dict. """
    user_properties: Any | Unset = UNSET
    """ A free-form JSON object (any keys, any JSON values). Described without a `type` keyword and with `not` so
    that validators still require an object while generated code exposes it as a plain dict. """
    model_name: str | Unset = UNSET
    model_version: str | Unset = UNSET
    model: str | Unset = UNSET
    messages: list[Any] | Unset = UNSET
    response: Any | Unset = UNSET
    provider: str | Unset = UNSET
    usage: Any | Unset = UNSET
    """ A free-form JSON object (any keys, any JSON values). Described without a `type` keyword and with `not` so
    that validators still require an object while generated code exposes it as a plain dict. """
    cost: Any | Unset = UNSET
    hyperparameters: Any | Unset = UNSET
    """ A free-form JSON object (any keys, any JSON values). Described without a `type` keyword and with `not` so
    that validators still require an object while generated code exposes it as a plain dict. """
    template: Any | Unset = UNSET
    template_inputs: Any | Unset = UNSET
    tools: Any | Unset = UNSET
    tool_choice: Any | Unset = UNSET
    response_format: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project = self.project

        project_id = self.project_id

        source = self.source

        event_name = self.event_name

        event_type: str | Unset = UNSET
        if not isinstance(self.event_type, Unset):
            event_type = self.event_type

        event_id = self.event_id

        session_id = self.session_id

        parent_id = self.parent_id

        children_ids: list[str] | Unset = UNSET
        if not isinstance(self.children_ids, Unset):
            children_ids = self.children_ids

        config = self.config

        inputs = self.inputs

        outputs = self.outputs

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        start_time = self.start_time

        end_time = self.end_time

        duration = self.duration

        metadata = self.metadata

        feedback = self.feedback

        metrics = self.metrics

        user_properties = self.user_properties

        model_name = self.model_name

        model_version = self.model_version

        model = self.model

        messages: list[Any] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = self.messages

        response = self.response

        provider = self.provider

        usage = self.usage

        cost = self.cost

        hyperparameters = self.hyperparameters

        template = self.template

        template_inputs = self.template_inputs

        tools = self.tools

        tool_choice = self.tool_choice

        response_format = self.response_format

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project is not UNSET:
            field_dict["project"] = project
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if source is not UNSET:
            field_dict["source"] = source
        if event_name is not UNSET:
            field_dict["event_name"] = event_name
        if event_type is not UNSET:
            field_dict["event_type"] = event_type
        if event_id is not UNSET:
            field_dict["event_id"] = event_id
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if children_ids is not UNSET:
            field_dict["children_ids"] = children_ids
        if config is not UNSET:
            field_dict["config"] = config
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if outputs is not UNSET:
            field_dict["outputs"] = outputs
        if error is not UNSET:
            field_dict["error"] = error
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if duration is not UNSET:
            field_dict["duration"] = duration
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if feedback is not UNSET:
            field_dict["feedback"] = feedback
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if user_properties is not UNSET:
            field_dict["user_properties"] = user_properties
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if model_version is not UNSET:
            field_dict["model_version"] = model_version
        if model is not UNSET:
            field_dict["model"] = model
        if messages is not UNSET:
            field_dict["messages"] = messages
        if response is not UNSET:
            field_dict["response"] = response
        if provider is not UNSET:
            field_dict["provider"] = provider
        if usage is not UNSET:
            field_dict["usage"] = usage
        if cost is not UNSET:
            field_dict["cost"] = cost
        if hyperparameters is not UNSET:
            field_dict["hyperparameters"] = hyperparameters
        if template is not UNSET:
            field_dict["template"] = template
        if template_inputs is not UNSET:
            field_dict["template_inputs"] = template_inputs
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if response_format is not UNSET:
            field_dict["response_format"] = response_format

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        project = d.pop("project", UNSET)

        project_id = d.pop("project_id", UNSET)

        source = d.pop("source", UNSET)

        event_name = d.pop("event_name", UNSET)

        _event_type = d.pop("event_type", UNSET)
        event_type: ModelEventEventType | Unset
        if isinstance(_event_type, Unset):
            event_type = UNSET
        else:
            event_type = check_model_event_event_type(_event_type)

        event_id = d.pop("event_id", UNSET)

        session_id = d.pop("session_id", UNSET)

        parent_id = d.pop("parent_id", UNSET)

        children_ids = cast(list[str], d.pop("children_ids", UNSET))

        config = d.pop("config", UNSET)

        inputs = d.pop("inputs", UNSET)

        outputs = d.pop("outputs", UNSET)

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        start_time = d.pop("start_time", UNSET)

        end_time = d.pop("end_time", UNSET)

        duration = d.pop("duration", UNSET)

        metadata = d.pop("metadata", UNSET)

        feedback = d.pop("feedback", UNSET)

        metrics = d.pop("metrics", UNSET)

        user_properties = d.pop("user_properties", UNSET)

        model_name = d.pop("model_name", UNSET)

        model_version = d.pop("model_version", UNSET)

        model = d.pop("model", UNSET)

        messages = cast(list[Any], d.pop("messages", UNSET))

        response = d.pop("response", UNSET)

        provider = d.pop("provider", UNSET)

        usage = d.pop("usage", UNSET)

        cost = d.pop("cost", UNSET)

        hyperparameters = d.pop("hyperparameters", UNSET)

        template = d.pop("template", UNSET)

        template_inputs = d.pop("template_inputs", UNSET)

        tools = d.pop("tools", UNSET)

        tool_choice = d.pop("tool_choice", UNSET)

        response_format = d.pop("response_format", UNSET)

        model_event = cls(
            project=project,
            project_id=project_id,
            source=source,
            event_name=event_name,
            event_type=event_type,
            event_id=event_id,
            session_id=session_id,
            parent_id=parent_id,
            children_ids=children_ids,
            config=config,
            inputs=inputs,
            outputs=outputs,
            error=error,
            start_time=start_time,
            end_time=end_time,
            duration=duration,
            metadata=metadata,
            feedback=feedback,
            metrics=metrics,
            user_properties=user_properties,
            model_name=model_name,
            model_version=model_version,
            model=model,
            messages=messages,
            response=response,
            provider=provider,
            usage=usage,
            cost=cost,
            hyperparameters=hyperparameters,
            template=template,
            template_inputs=template_inputs,
            tools=tools,
            tool_choice=tool_choice,
            response_format=response_format,
        )

        model_event.additional_properties = d
        return model_event

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
        "project": "project",
        "project_id": "project_id",
        "source": "source",
        "event_name": "event_name",
        "event_type": "event_type",
        "event_id": "event_id",
        "session_id": "session_id",
        "parent_id": "parent_id",
        "children_ids": "children_ids",
        "config": "config",
        "inputs": "inputs",
        "outputs": "outputs",
        "error": "error",
        "start_time": "start_time",
        "end_time": "end_time",
        "duration": "duration",
        "metadata": "metadata",
        "feedback": "feedback",
        "metrics": "metrics",
        "user_properties": "user_properties",
        "model_name": "model_name",
        "model_version": "model_version",
        "model": "model",
        "messages": "messages",
        "response": "response",
        "provider": "provider",
        "usage": "usage",
        "cost": "cost",
        "hyperparameters": "hyperparameters",
        "template": "template",
        "template_inputs": "template_inputs",
        "tools": "tools",
        "tool_choice": "tool_choice",
        "response_format": "response_format",
    }

    def dict(
        self, *, by_alias: bool = False, exclude_unset: bool = False, exclude_none: bool = False
    ) -> dict[str, Any]:
        """Pydantic v1 spelling of model_dump()."""
        return self.model_dump(
            by_alias=by_alias, exclude_unset=exclude_unset, exclude_none=exclude_none
        )


class ModelEventDict(TypedDict, total=False):
    """The JSON keys of `ModelEvent`, for a dict passed where it is accepted."""

    project: str
    project_id: str
    source: str
    event_name: str
    event_type: ModelEventEventType
    event_id: str
    session_id: str
    parent_id: str
    children_ids: list[str]
    config: Any
    inputs: Any
    outputs: Any
    error: str | None
    start_time: float
    end_time: float
    duration: float
    metadata: Any
    feedback: Any
    metrics: Any
    user_properties: Any
    model_name: str
    model_version: str
    model: str
    messages: list[Any]
    response: Any
    provider: str
    usage: Any
    cost: Any
    hyperparameters: Any
    template: Any
    template_inputs: Any
    tools: Any
    tool_choice: Any
    response_format: Any
