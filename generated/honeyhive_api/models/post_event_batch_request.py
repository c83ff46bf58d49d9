from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Required,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.post_event_request import PostEventRequest, PostEventRequestDict
    from ..models.session_properties import SessionProperties, SessionPropertiesDict


T = TypeVar("T", bound="PostEventBatchRequest")


@_attrs_define
class PostEventBatchRequest:
    events: list[PostEventRequest]
    single_session: bool | Unset = UNSET
    session_properties: SessionProperties | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        events = []
        for events_item_data in self.events:
            events_item = events_item_data.to_dict()
            events.append(events_item)

        single_session = self.single_session

        session_properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.session_properties, Unset):
            session_properties = self.session_properties.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "events": events,
            }
        )
        if single_session is not UNSET:
            field_dict["single_session"] = single_session
        if session_properties is not UNSET:
            field_dict["session_properties"] = session_properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.post_event_request import PostEventRequest  # noqa: PLC0415
        from ..models.session_properties import SessionProperties  # noqa: PLC0415

        d = dict(src_dict)
        events = []
        _events = d.pop("events")
        for events_item_data in _events:
            events_item = PostEventRequest.from_dict(events_item_data)

            events.append(events_item)

        single_session = d.pop("single_session", UNSET)

        _session_properties = d.pop("session_properties", UNSET)
        session_properties: SessionProperties | Unset
        if isinstance(_session_properties, Unset):
            session_properties = UNSET
        else:
            session_properties = SessionProperties.from_dict(_session_properties)

        post_event_batch_request = cls(
            events=events,
            single_session=single_session,
            session_properties=session_properties,
        )

        return post_event_batch_request

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
        "events": "events",
        "single_session": "single_session",
        "session_properties": "session_properties",
    }

    def dict(
        self, *, by_alias: bool = False, exclude_unset: bool = False, exclude_none: bool = False
    ) -> dict[str, Any]:
        """Pydantic v1 spelling of model_dump()."""
        return self.model_dump(
            by_alias=by_alias, exclude_unset=exclude_unset, exclude_none=exclude_none
        )


class PostEventBatchRequestDict(TypedDict, total=False):
    """The JSON keys of `PostEventBatchRequest`, for a dict passed where it is accepted."""

    events: Required[list[PostEventRequestDict]]
    single_session: bool
    session_properties: SessionPropertiesDict
