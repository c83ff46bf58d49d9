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
    from ..models.event_feedback import EventFeedback, EventFeedbackDict


T = TypeVar("T", bound="Event")


@_attrs_define
class Event:
    event_id: str
    project_id: str
    tenant: str
    event_name: str | Unset = UNSET
    event_type: str | Unset = UNSET
    metrics: Any | Unset = UNSET
    """ A free-form JSON object (any keys, any JSON values). Described without a `type` keyword and with `not` so
    that validators still require an object while generated code exposes it as a plain dict. """
    metadata: Any | Unset = UNSET
    """ A free-form JSON object (any keys, any JSON values). Described without a `type` keyword and with `not` so
    that validators still require an object while generated code exposes it as a plain dict. """
    feedback: EventFeedback | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        project_id = self.project_id

        tenant = self.tenant

        event_name = self.event_name

        event_type = self.event_type

        metrics = self.metrics

        metadata = self.metadata

        feedback: dict[str, Any] | Unset = UNSET
        if not isinstance(self.feedback, Unset):
            feedback = self.feedback.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "project_id": project_id,
                "tenant": tenant,
            }
        )
        if event_name is not UNSET:
            field_dict["event_name"] = event_name
        if event_type is not UNSET:
            field_dict["event_type"] = event_type
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if feedback is not UNSET:
            field_dict["feedback"] = feedback

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_feedback import EventFeedback  # noqa: PLC0415

        d = dict(src_dict)
        event_id = d.pop("event_id")

        project_id = d.pop("project_id")

        tenant = d.pop("tenant")

        event_name = d.pop("event_name", UNSET)

        event_type = d.pop("event_type", UNSET)

        metrics = d.pop("metrics", UNSET)

        metadata = d.pop("metadata", UNSET)

        _feedback = d.pop("feedback", UNSET)
        feedback: EventFeedback | Unset
        if isinstance(_feedback, Unset):
            feedback = UNSET
        else:
            feedback = EventFeedback.from_dict(_feedback)

        event = cls(
            event_id=event_id,
            project_id=project_id,
            tenant=tenant,
            event_name=event_name,
            event_type=event_type,
            metrics=metrics,
            metadata=metadata,
            feedback=feedback,
        )

        event.additional_properties = d
        return event

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
        "project_id": "project_id",
        "tenant": "tenant",
        "event_name": "event_name",
        "event_type": "event_type",
        "metrics": "metrics",
        "metadata": "metadata",
        "feedback": "feedback",
    }

    def dict(
        self, *, by_alias: bool = False, exclude_unset: bool = False, exclude_none: bool = False
    ) -> dict[str, Any]:
        """Pydantic v1 spelling of model_dump()."""
        return self.model_dump(
            by_alias=by_alias, exclude_unset=exclude_unset, exclude_none=exclude_none
        )


class EventDict(TypedDict, total=False):
    """The JSON keys of `Event`, for a dict passed where it is accepted."""

    event_id: Required[str]
    project_id: Required[str]
    tenant: Required[str]
    event_name: str
    event_type: str
    metrics: Any
    metadata: Any
    feedback: EventFeedbackDict
