from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_type import EventType, check_event_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="PostModelEventRequest")


@_attrs_define
class PostModelEventRequest:
    """A model (LLM call) event; `event_type` defaults to `model`."""

    project: str | Unset = UNSET
    """ Project name. Optional: the API key already names a project. """
    source: str | Unset = UNSET
    """ Where the event comes from, e.g. `production`, `dev`, `sdk-python`. """
    event_name: str | Unset = UNSET
    """ Name of the event, e.g. `openai_completion`. """
    event_id: str | Unset = UNSET
    """ Client-chosen event id (UUIDv4). Sending the same id twice stores one event. """
    session_id: str | Unset = UNSET
    """ Session this event belongs to (UUIDv4). """
    parent_id: str | Unset = UNSET
    """ Id of the parent event, if any. """
    children_ids: list[str] | Unset = UNSET
    """ Ids of child events. """
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
    """ Start time in milliseconds since the epoch. """
    end_time: float | Unset = UNSET
    """ End time in milliseconds since the epoch. """
    duration: float | Unset = UNSET
    """ Duration in milliseconds. """
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
    model: str | Unset = UNSET
    """ Model name, e.g. `gpt-4o`. """
    provider: str | Unset = UNSET
    """ Model provider, e.g. `openai`. """
    messages: list[Any] | Unset = UNSET
    """ Chat messages sent to the model. """
    response: Any | Unset = UNSET
    """ A free-form JSON object (any keys, any JSON values). Described without a `type` keyword and with `not` so
    that validators still require an object while generated code exposes it as a plain dict. """
    usage: Any | Unset = UNSET
    """ A free-form JSON object (any keys, any JSON values). Described without a `type` keyword and with `not` so
    that validators still require an object while generated code exposes it as a plain dict. """
    cost: float | Unset = UNSET
    """ Cost of the call in USD. """
    hyperparameters: Any | Unset = UNSET
    """ A free-form JSON object (any keys, any JSON values). Described without a `type` keyword and with `not` so
    that validators still require an object while generated code exposes it as a plain dict. """
    template: list[Any] | Unset = UNSET
    """ Prompt template messages. """
    template_inputs: Any | Unset = UNSET
    """ A free-form JSON object (any keys, any JSON values). Described without a `type` keyword and with `not` so
    that validators still require an object while generated code exposes it as a plain dict. """
    tools: list[Any] | Unset = UNSET
    """ Tools offered to the model. """
    tool_choice: Any | str | Unset = UNSET
    """ Tool choice sent to the model. """
    response_format: Any | Unset = UNSET
    """ A free-form JSON object (any keys, any JSON values). Described without a `type` keyword and with `not` so
    that validators still require an object while generated code exposes it as a plain dict. """
    event_type: EventType | Unset = UNSET
    """ The kind of event. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project = self.project

        source = self.source

        event_name = self.event_name

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

        model = self.model

        provider = self.provider

        messages: list[Any] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = self.messages

        response = self.response

        usage = self.usage

        cost = self.cost

        hyperparameters = self.hyperparameters

        template: list[Any] | Unset = UNSET
        if not isinstance(self.template, Unset):
            template = self.template

        template_inputs = self.template_inputs

        tools: list[Any] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = self.tools

        tool_choice: Any | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        else:
            tool_choice = self.tool_choice

        response_format = self.response_format

        event_type: str | Unset = UNSET
        if not isinstance(self.event_type, Unset):
            event_type = self.event_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project is not UNSET:
            field_dict["project"] = project
        if source is not UNSET:
            field_dict["source"] = source
        if event_name is not UNSET:
            field_dict["event_name"] = event_name
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
        if model is not UNSET:
            field_dict["model"] = model
        if provider is not UNSET:
            field_dict["provider"] = provider
        if messages is not UNSET:
            field_dict["messages"] = messages
        if response is not UNSET:
            field_dict["response"] = response
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
        if event_type is not UNSET:
            field_dict["event_type"] = event_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        project = d.pop("project", UNSET)

        source = d.pop("source", UNSET)

        event_name = d.pop("event_name", UNSET)

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

        model = d.pop("model", UNSET)

        provider = d.pop("provider", UNSET)

        messages = cast(list[Any], d.pop("messages", UNSET))

        response = d.pop("response", UNSET)

        usage = d.pop("usage", UNSET)

        cost = d.pop("cost", UNSET)

        hyperparameters = d.pop("hyperparameters", UNSET)

        template = cast(list[Any], d.pop("template", UNSET))

        template_inputs = d.pop("template_inputs", UNSET)

        tools = cast(list[Any], d.pop("tools", UNSET))

        def _parse_tool_choice(data: object) -> Any | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(Any | str | Unset, data)

        tool_choice = _parse_tool_choice(d.pop("tool_choice", UNSET))

        response_format = d.pop("response_format", UNSET)

        _event_type = d.pop("event_type", UNSET)
        event_type: EventType | Unset
        if isinstance(_event_type, Unset):
            event_type = UNSET
        else:
            event_type = check_event_type(_event_type)

        post_model_event_request = cls(
            project=project,
            source=source,
            event_name=event_name,
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
            model=model,
            provider=provider,
            messages=messages,
            response=response,
            usage=usage,
            cost=cost,
            hyperparameters=hyperparameters,
            template=template,
            template_inputs=template_inputs,
            tools=tools,
            tool_choice=tool_choice,
            response_format=response_format,
            event_type=event_type,
        )

        post_model_event_request.additional_properties = d
        return post_model_event_request

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
