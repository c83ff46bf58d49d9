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

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="LegacyStartSessionRequestSession")


@_attrs_define
class LegacyStartSessionRequestSession:
    session_id: str | Unset = UNSET
    session_name: str | Unset = UNSET
    event_name: str | Unset = UNSET
    source: str | Unset = UNSET
    start_time: float | Unset = UNSET
    end_time: float | Unset = UNSET
    duration: float | Unset = UNSET
    config: Any | Unset = UNSET
    """ A free-form JSON object (any keys, any JSON values). Described without a `type` keyword and with `not` so
    that validators still require an object while generated code exposes it as a plain dict. """
    inputs: Any | Unset = UNSET
    """ A free-form JSON object (any keys, any JSON values). Described without a `type` keyword and with `not` so
    that validators still require an object while generated code exposes it as a plain dict. """
    outputs: Any | Unset = UNSET
    """ A free-form JSON object (any keys, any JSON values). Described without a `type` keyword and with `not` so
    that validators still require an object while generated code exposes it as a plain dict. """
    metadata: Any | Unset = UNSET
    """ A free-form JSON object (any keys, any JSON values). Described without a `type` keyword and with `not` so
    that validators still require an object while generated code exposes it as a plain dict. """
    user_properties: Any | Unset = UNSET
    """ A free-form JSON object (any keys, any JSON values). Described without a `type` keyword and with `not` so
    that validators still require an object while generated code exposes it as a plain dict. """
    children_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_id = self.session_id

        session_name = self.session_name

        event_name = self.event_name

        source = self.source

        start_time = self.start_time

        end_time = self.end_time

        duration = self.duration

        config = self.config

        inputs = self.inputs

        outputs = self.outputs

        metadata = self.metadata

        user_properties = self.user_properties

        children_ids: list[str] | Unset = UNSET
        if not isinstance(self.children_ids, Unset):
            children_ids = self.children_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if session_name is not UNSET:
            field_dict["session_name"] = session_name
        if event_name is not UNSET:
            field_dict["event_name"] = event_name
        if source is not UNSET:
            field_dict["source"] = source
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if duration is not UNSET:
            field_dict["duration"] = duration
        if config is not UNSET:
            field_dict["config"] = config
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if outputs is not UNSET:
            field_dict["outputs"] = outputs
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if user_properties is not UNSET:
            field_dict["user_properties"] = user_properties
        if children_ids is not UNSET:
            field_dict["children_ids"] = children_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        session_id = d.pop("session_id", UNSET)

        session_name = d.pop("session_name", UNSET)

        event_name = d.pop("event_name", UNSET)

        source = d.pop("source", UNSET)

        start_time = d.pop("start_time", UNSET)

        end_time = d.pop("end_time", UNSET)

        duration = d.pop("duration", UNSET)

        config = d.pop("config", UNSET)

        inputs = d.pop("inputs", UNSET)

        outputs = d.pop("outputs", UNSET)

        metadata = d.pop("metadata", UNSET)

        user_properties = d.pop("user_properties", UNSET)

        children_ids = cast(list[str], d.pop("children_ids", UNSET))

        legacy_start_session_request_session = cls(
            session_id=session_id,
            session_name=session_name,
            event_name=event_name,
            source=source,
            start_time=start_time,
            end_time=end_time,
            duration=duration,
            config=config,
            inputs=inputs,
            outputs=outputs,
            metadata=metadata,
            user_properties=user_properties,
            children_ids=children_ids,
        )

        legacy_start_session_request_session.additional_properties = d
        return legacy_start_session_request_session

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
        "session_id": "session_id",
        "session_name": "session_name",
        "event_name": "event_name",
        "source": "source",
        "start_time": "start_time",
        "end_time": "end_time",
        "duration": "duration",
        "config": "config",
        "inputs": "inputs",
        "outputs": "outputs",
        "metadata": "metadata",
        "user_properties": "user_properties",
        "children_ids": "children_ids",
    }

    def dict(
        self, *, by_alias: bool = False, exclude_unset: bool = False, exclude_none: bool = False
    ) -> dict[str, Any]:
        """Pydantic v1 spelling of model_dump()."""
        return self.model_dump(
            by_alias=by_alias, exclude_unset=exclude_unset, exclude_none=exclude_none
        )


class LegacyStartSessionRequestSessionDict(TypedDict, total=False):
    """The JSON keys of `LegacyStartSessionRequestSession`, for a dict passed where it is accepted."""

    session_id: str
    session_name: str
    event_name: str
    source: str
    start_time: float
    end_time: float
    duration: float
    config: Any
    inputs: Any
    outputs: Any
    metadata: Any
    user_properties: Any
    children_ids: list[str]
