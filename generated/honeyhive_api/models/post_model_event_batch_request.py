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
    from ..models.model_event import ModelEvent, ModelEventDict
    from ..models.session_properties import SessionProperties, SessionPropertiesDict


T = TypeVar("T", bound="PostModelEventBatchRequest")


@_attrs_define
class PostModelEventBatchRequest:
    model_events: list[ModelEvent]
    single_session: bool | Unset = UNSET
    is_single_session: bool | Unset = UNSET
    session: SessionProperties | Unset = UNSET
    session_properties: SessionProperties | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_events = []
        for model_events_item_data in self.model_events:
            model_events_item = model_events_item_data.to_dict()
            model_events.append(model_events_item)

        single_session = self.single_session

        is_single_session = self.is_single_session

        session: dict[str, Any] | Unset = UNSET
        if not isinstance(self.session, Unset):
            session = self.session.to_dict()

        session_properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.session_properties, Unset):
            session_properties = self.session_properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model_events": model_events,
            }
        )
        if single_session is not UNSET:
            field_dict["single_session"] = single_session
        if is_single_session is not UNSET:
            field_dict["is_single_session"] = is_single_session
        if session is not UNSET:
            field_dict["session"] = session
        if session_properties is not UNSET:
            field_dict["session_properties"] = session_properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.model_event import ModelEvent  # noqa: PLC0415
        from ..models.session_properties import SessionProperties  # noqa: PLC0415

        d = dict(src_dict)
        model_events = []
        _model_events = d.pop("model_events")
        for model_events_item_data in _model_events:
            model_events_item = ModelEvent.from_dict(model_events_item_data)

            model_events.append(model_events_item)

        single_session = d.pop("single_session", UNSET)

        is_single_session = d.pop("is_single_session", UNSET)

        _session = d.pop("session", UNSET)
        session: SessionProperties | Unset
        if isinstance(_session, Unset):
            session = UNSET
        else:
            session = SessionProperties.from_dict(_session)

        _session_properties = d.pop("session_properties", UNSET)
        session_properties: SessionProperties | Unset
        if isinstance(_session_properties, Unset):
            session_properties = UNSET
        else:
            session_properties = SessionProperties.from_dict(_session_properties)

        post_model_event_batch_request = cls(
            model_events=model_events,
            single_session=single_session,
            is_single_session=is_single_session,
            session=session,
            session_properties=session_properties,
        )

        post_model_event_batch_request.additional_properties = d
        return post_model_event_batch_request

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
        "model_events": "model_events",
        "single_session": "single_session",
        "is_single_session": "is_single_session",
        "session": "session",
        "session_properties": "session_properties",
    }

    def dict(
        self, *, by_alias: bool = False, exclude_unset: bool = False, exclude_none: bool = False
    ) -> dict[str, Any]:
        """Pydantic v1 spelling of model_dump()."""
        return self.model_dump(
            by_alias=by_alias, exclude_unset=exclude_unset, exclude_none=exclude_none
        )


class PostModelEventBatchRequestDict(TypedDict, total=False):
    """The JSON keys of `PostModelEventBatchRequest`, for a dict passed where it is accepted."""

    model_events: Required[list[ModelEventDict]]
    single_session: bool
    is_single_session: bool
    session: SessionPropertiesDict
    session_properties: SessionPropertiesDict
