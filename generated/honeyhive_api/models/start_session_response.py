from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StartSessionResponse")


@_attrs_define
class StartSessionResponse:
    """Result of starting a session."""

    session_id: str
    """ Id of the session. """
    event_id: str | Unset = UNSET
    """ Id of the session's root event. """
    project_id: str | Unset = UNSET
    success: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_id = self.session_id

        event_id = self.event_id

        project_id = self.project_id

        success = self.success

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "session_id": session_id,
            }
        )
        if event_id is not UNSET:
            field_dict["event_id"] = event_id
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if success is not UNSET:
            field_dict["success"] = success

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        session_id = d.pop("session_id")

        event_id = d.pop("event_id", UNSET)

        project_id = d.pop("project_id", UNSET)

        success = d.pop("success", UNSET)

        start_session_response = cls(
            session_id=session_id,
            event_id=event_id,
            project_id=project_id,
            success=success,
        )

        start_session_response.additional_properties = d
        return start_session_response

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
