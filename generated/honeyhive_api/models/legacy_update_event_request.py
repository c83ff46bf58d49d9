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

T = TypeVar("T", bound="LegacyUpdateEventRequest")


@_attrs_define
class LegacyUpdateEventRequest:
    event_id: str
    metadata: Any | Unset = UNSET
    """ A free-form JSON object (any keys, any JSON values). Described without a `type` keyword and with `not` so
    that validators still require an object while generated code exposes it as a plain dict. """
    feedback: Any | Unset = UNSET
    """ A free-form JSON object (any keys, any JSON values). Described without a `type` keyword and with `not` so
    that validators still require an object while generated code exposes it as a plain dict. """
    metrics: Any | Unset = UNSET
    """ A free-form JSON object (any keys, any JSON values). Described without a `type` keyword and with `not` so
    that validators still require an object while generated code exposes it as a plain dict. """
    outputs: Any | None | Unset = UNSET
    config: Any | Unset = UNSET
    """ A free-form JSON object (any keys, any JSON values). Described without a `type` keyword and with `not` so
    that validators still require an object while generated code exposes it as a plain dict. """
    user_properties: Any | Unset = UNSET
    """ A free-form JSON object (any keys, any JSON values). Described without a `type` keyword and with `not` so
    that validators still require an object while generated code exposes it as a plain dict. """
    duration: float | Unset = UNSET
    end_time: float | Unset = UNSET
    children_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        metadata = self.metadata

        feedback = self.feedback

        metrics = self.metrics

        outputs: Any | None | Unset
        if isinstance(self.outputs, Unset):
            outputs = UNSET
        else:
            outputs = self.outputs

        config = self.config

        user_properties = self.user_properties

        duration = self.duration

        end_time = self.end_time

        children_ids: list[str] | Unset = UNSET
        if not isinstance(self.children_ids, Unset):
            children_ids = self.children_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if feedback is not UNSET:
            field_dict["feedback"] = feedback
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if outputs is not UNSET:
            field_dict["outputs"] = outputs
        if config is not UNSET:
            field_dict["config"] = config
        if user_properties is not UNSET:
            field_dict["user_properties"] = user_properties
        if duration is not UNSET:
            field_dict["duration"] = duration
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if children_ids is not UNSET:
            field_dict["children_ids"] = children_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event_id = d.pop("event_id")

        metadata = d.pop("metadata", UNSET)

        feedback = d.pop("feedback", UNSET)

        metrics = d.pop("metrics", UNSET)

        def _parse_outputs(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | Unset, data)

        outputs = _parse_outputs(d.pop("outputs", UNSET))

        config = d.pop("config", UNSET)

        user_properties = d.pop("user_properties", UNSET)

        duration = d.pop("duration", UNSET)

        end_time = d.pop("end_time", UNSET)

        children_ids = cast(list[str], d.pop("children_ids", UNSET))

        legacy_update_event_request = cls(
            event_id=event_id,
            metadata=metadata,
            feedback=feedback,
            metrics=metrics,
            outputs=outputs,
            config=config,
            user_properties=user_properties,
            duration=duration,
            end_time=end_time,
            children_ids=children_ids,
        )

        legacy_update_event_request.additional_properties = d
        return legacy_update_event_request

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
        "metadata": "metadata",
        "feedback": "feedback",
        "metrics": "metrics",
        "outputs": "outputs",
        "config": "config",
        "user_properties": "user_properties",
        "duration": "duration",
        "end_time": "end_time",
        "children_ids": "children_ids",
    }

    def dict(
        self, *, by_alias: bool = False, exclude_unset: bool = False, exclude_none: bool = False
    ) -> dict[str, Any]:
        """Pydantic v1 spelling of model_dump()."""
        return self.model_dump(
            by_alias=by_alias, exclude_unset=exclude_unset, exclude_none=exclude_none
        )


class LegacyUpdateEventRequestDict(TypedDict, total=False):
    """The JSON keys of `LegacyUpdateEventRequest`, for a dict passed where it is accepted."""

    event_id: Required[str]
    metadata: Any
    feedback: Any
    metrics: Any
    outputs: Any | None
    config: Any
    user_properties: Any
    duration: float
    end_time: float
    children_ids: list[str]
