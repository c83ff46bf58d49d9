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

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="GetEventResponseEvent")


@_attrs_define
class GetEventResponseEvent:
    event_id: str
    project: str | Unset = UNSET
    project_id: str | Unset = UNSET
    source: str | Unset = UNSET
    event_name: str | Unset = UNSET
    event_type: str | Unset = UNSET
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        project = self.project

        project_id = self.project_id

        source = self.source

        event_name = self.event_name

        event_type = self.event_type

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
            }
        )
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event_id = d.pop("event_id")

        project = d.pop("project", UNSET)

        project_id = d.pop("project_id", UNSET)

        source = d.pop("source", UNSET)

        event_name = d.pop("event_name", UNSET)

        event_type = d.pop("event_type", UNSET)

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

        get_event_response_event = cls(
            event_id=event_id,
            project=project,
            project_id=project_id,
            source=source,
            event_name=event_name,
            event_type=event_type,
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
        )

        get_event_response_event.additional_properties = d
        return get_event_response_event

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
        "event_id": "event_id",
        "project": "project",
        "project_id": "project_id",
        "source": "source",
        "event_name": "event_name",
        "event_type": "event_type",
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
    }

    def dict(
        self, *, by_alias: bool = False, exclude_unset: bool = False, exclude_none: bool = False
    ) -> dict[str, Any]:
        """Pydantic v1 spelling of model_dump()."""
        return self.model_dump(
            by_alias=by_alias, exclude_unset=exclude_unset, exclude_none=exclude_none
        )


class GetEventResponseEventDict(TypedDict, total=False):
    """The JSON keys of `GetEventResponseEvent`, for a dict passed where it is accepted."""

    event_id: Required[str]
    project: str
    project_id: str
    source: str
    event_name: str
    event_type: str
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
