from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostEventBatchResponse")


@_attrs_define
class PostEventBatchResponse:
    """Result of a batch of events."""

    success: bool
    event_ids: list[str]
    """ Ids of the stored events, in request order. """
    session_id: str | Unset = UNSET
    """ Session of a single-session batch. """
    errors: list[str] | Unset = UNSET
    """ Messages for events that could not be stored. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        event_ids = self.event_ids

        session_id = self.session_id

        errors: list[str] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "event_ids": event_ids,
            }
        )
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        event_ids = cast(list[str], d.pop("event_ids"))

        session_id = d.pop("session_id", UNSET)

        errors = cast(list[str], d.pop("errors", UNSET))

        post_event_batch_response = cls(
            success=success,
            event_ids=event_ids,
            session_id=session_id,
            errors=errors,
        )

        post_event_batch_response.additional_properties = d
        return post_event_batch_response

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
