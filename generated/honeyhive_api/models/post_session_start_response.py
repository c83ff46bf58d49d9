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

T = TypeVar("T", bound="PostSessionStartResponse")


@_attrs_define
class PostSessionStartResponse:
    event_id: str
    session_id: str
    org_id: str
    workspace_id: str
    project_id: str
    parent_id: None | str | Unset = UNSET
    children_ids: list[str] | Unset = UNSET
    event_type: None | str | Unset = UNSET
    event_name: None | str | Unset = UNSET
    config: Any | Unset = UNSET
    inputs: Any | Unset = UNSET
    outputs: Any | Unset = UNSET
    error: None | str | Unset = UNSET
    source: None | str | Unset = UNSET
    duration: float | None | Unset = UNSET
    user_properties: Any | Unset = UNSET
    metrics: Any | Unset = UNSET
    feedback: Any | Unset = UNSET
    metadata: Any | Unset = UNSET
    start_time: float | None | Unset = UNSET
    end_time: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        session_id = self.session_id

        org_id = self.org_id

        workspace_id = self.workspace_id

        project_id = self.project_id

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        children_ids: list[str] | Unset = UNSET
        if not isinstance(self.children_ids, Unset):
            children_ids = self.children_ids

        event_type: None | str | Unset
        if isinstance(self.event_type, Unset):
            event_type = UNSET
        else:
            event_type = self.event_type

        event_name: None | str | Unset
        if isinstance(self.event_name, Unset):
            event_name = UNSET
        else:
            event_name = self.event_name

        config = self.config

        inputs = self.inputs

        outputs = self.outputs

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        duration: float | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        user_properties = self.user_properties

        metrics = self.metrics

        feedback = self.feedback

        metadata = self.metadata

        start_time: float | None | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        else:
            start_time = self.start_time

        end_time: float | None | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        else:
            end_time = self.end_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "session_id": session_id,
                "org_id": org_id,
                "workspace_id": workspace_id,
                "project_id": project_id,
            }
        )
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if children_ids is not UNSET:
            field_dict["children_ids"] = children_ids
        if event_type is not UNSET:
            field_dict["event_type"] = event_type
        if event_name is not UNSET:
            field_dict["event_name"] = event_name
        if config is not UNSET:
            field_dict["config"] = config
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if outputs is not UNSET:
            field_dict["outputs"] = outputs
        if error is not UNSET:
            field_dict["error"] = error
        if source is not UNSET:
            field_dict["source"] = source
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
        event_id = d.pop("event_id")

        session_id = d.pop("session_id")

        org_id = d.pop("org_id")

        workspace_id = d.pop("workspace_id")

        project_id = d.pop("project_id")

        def _parse_parent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_id = _parse_parent_id(d.pop("parent_id", UNSET))

        children_ids = cast(list[str], d.pop("children_ids", UNSET))

        def _parse_event_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        event_type = _parse_event_type(d.pop("event_type", UNSET))

        def _parse_event_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        event_name = _parse_event_name(d.pop("event_name", UNSET))

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

        def _parse_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        def _parse_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        user_properties = d.pop("user_properties", UNSET)

        metrics = d.pop("metrics", UNSET)

        feedback = d.pop("feedback", UNSET)

        metadata = d.pop("metadata", UNSET)

        def _parse_start_time(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        start_time = _parse_start_time(d.pop("start_time", UNSET))

        def _parse_end_time(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        end_time = _parse_end_time(d.pop("end_time", UNSET))

        post_session_start_response = cls(
            event_id=event_id,
            session_id=session_id,
            org_id=org_id,
            workspace_id=workspace_id,
            project_id=project_id,
            parent_id=parent_id,
            children_ids=children_ids,
            event_type=event_type,
            event_name=event_name,
            config=config,
            inputs=inputs,
            outputs=outputs,
            error=error,
            source=source,
            duration=duration,
            user_properties=user_properties,
            metrics=metrics,
            feedback=feedback,
            metadata=metadata,
            start_time=start_time,
            end_time=end_time,
        )

        post_session_start_response.additional_properties = d
        return post_session_start_response

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
        "session_id": "session_id",
        "org_id": "org_id",
        "workspace_id": "workspace_id",
        "project_id": "project_id",
        "parent_id": "parent_id",
        "children_ids": "children_ids",
        "event_type": "event_type",
        "event_name": "event_name",
        "config": "config",
        "inputs": "inputs",
        "outputs": "outputs",
        "error": "error",
        "source": "source",
        "duration": "duration",
        "user_properties": "user_properties",
        "metrics": "metrics",
        "feedback": "feedback",
        "metadata": "metadata",
        "start_time": "start_time",
        "end_time": "end_time",
    }

    def dict(
        self, *, by_alias: bool = False, exclude_unset: bool = False, exclude_none: bool = False
    ) -> dict[str, Any]:
        """Pydantic v1 spelling of model_dump()."""
        return self.model_dump(
            by_alias=by_alias, exclude_unset=exclude_unset, exclude_none=exclude_none
        )


class PostSessionStartResponseDict(TypedDict, total=False):
    """The JSON keys of `PostSessionStartResponse`, for a dict passed where it is accepted."""

    event_id: Required[str]
    session_id: Required[str]
    org_id: Required[str]
    workspace_id: Required[str]
    project_id: Required[str]
    parent_id: str | None
    children_ids: list[str]
    event_type: str | None
    event_name: str | None
    config: Any
    inputs: Any
    outputs: Any
    error: str | None
    source: str | None
    duration: float | None
    user_properties: Any
    metrics: Any
    feedback: Any
    metadata: Any
    start_time: float | None
    end_time: float | None
