from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SessionStartRequest")


@_attrs_define
class SessionStartRequest:
    """The session to start."""

    project: str | Unset = UNSET
    """ Project name. """
    session_name: str | Unset = UNSET
    """ Human-readable session name. """
    source: str | Unset = UNSET
    """ Environment, e.g. `production`. """
    session_id: str | Unset = UNSET
    """ Client-chosen session id (UUIDv4). """
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
    duration: float | Unset = UNSET
    user_properties: Any | Unset = UNSET
    """ A free-form JSON object (any keys, any JSON values). Described without a `type` keyword and with `not` so
    that validators still require an object while generated code exposes it as a plain dict. """
    metrics: Any | Unset = UNSET
    """ A free-form JSON object (any keys, any JSON values). Described without a `type` keyword and with `not` so
    that validators still require an object while generated code exposes it as a plain dict. """
    feedback: Any | Unset = UNSET
    """ A free-form JSON object (any keys, any JSON values). Described without a `type` keyword and with `not` so
    that validators still require an object while generated code exposes it as a plain dict. """
    metadata: Any | Unset = UNSET
    """ A free-form JSON object (any keys, any JSON values). Described without a `type` keyword and with `not` so
    that validators still require an object while generated code exposes it as a plain dict. """
    start_time: float | Unset = UNSET
    """ Milliseconds since the epoch. """
    end_time: float | Unset = UNSET
    """ Milliseconds since the epoch. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project = self.project

        session_name = self.session_name

        source = self.source

        session_id = self.session_id

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

        duration = self.duration

        user_properties = self.user_properties

        metrics = self.metrics

        feedback = self.feedback

        metadata = self.metadata

        start_time = self.start_time

        end_time = self.end_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project is not UNSET:
            field_dict["project"] = project
        if session_name is not UNSET:
            field_dict["session_name"] = session_name
        if source is not UNSET:
            field_dict["source"] = source
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
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
        if duration is not UNSET:
            field_dict["duration"] = duration
        if user_properties is not UNSET:
            field_dict["user_properties"] = user_properties
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if feedback is not UNSET:
            field_dict["feedback"] = feedback
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        project = d.pop("project", UNSET)

        session_name = d.pop("session_name", UNSET)

        source = d.pop("source", UNSET)

        session_id = d.pop("session_id", UNSET)

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

        duration = d.pop("duration", UNSET)

        user_properties = d.pop("user_properties", UNSET)

        metrics = d.pop("metrics", UNSET)

        feedback = d.pop("feedback", UNSET)

        metadata = d.pop("metadata", UNSET)

        start_time = d.pop("start_time", UNSET)

        end_time = d.pop("end_time", UNSET)

        session_start_request = cls(
            project=project,
            session_name=session_name,
            source=source,
            session_id=session_id,
            children_ids=children_ids,
            config=config,
            inputs=inputs,
            outputs=outputs,
            error=error,
            duration=duration,
            user_properties=user_properties,
            metrics=metrics,
            feedback=feedback,
            metadata=metadata,
            start_time=start_time,
            end_time=end_time,
        )

        session_start_request.additional_properties = d
        return session_start_request

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
