from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event import Event


T = TypeVar("T", bound="EventPair")


@_attrs_define
class EventPair:
    """The same step in two runs."""

    datapoint_id: None | str | Unset = UNSET
    event_name: str | Unset = UNSET
    event_1: Event | None | Unset = UNSET
    event_2: Event | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.event import Event  # noqa: PLC0415

        datapoint_id: None | str | Unset
        if isinstance(self.datapoint_id, Unset):
            datapoint_id = UNSET
        else:
            datapoint_id = self.datapoint_id

        event_name = self.event_name

        event_1: dict[str, Any] | None | Unset
        if isinstance(self.event_1, Unset):
            event_1 = UNSET
        elif isinstance(self.event_1, Event):
            event_1 = self.event_1.to_dict()
        else:
            event_1 = self.event_1

        event_2: dict[str, Any] | None | Unset
        if isinstance(self.event_2, Unset):
            event_2 = UNSET
        elif isinstance(self.event_2, Event):
            event_2 = self.event_2.to_dict()
        else:
            event_2 = self.event_2

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if datapoint_id is not UNSET:
            field_dict["datapoint_id"] = datapoint_id
        if event_name is not UNSET:
            field_dict["event_name"] = event_name
        if event_1 is not UNSET:
            field_dict["event_1"] = event_1
        if event_2 is not UNSET:
            field_dict["event_2"] = event_2

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event import Event  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_datapoint_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        datapoint_id = _parse_datapoint_id(d.pop("datapoint_id", UNSET))

        event_name = d.pop("event_name", UNSET)

        def _parse_event_1(data: object) -> Event | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                event_1_type_0 = Event.from_dict(data)

                return event_1_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Event | None | Unset, data)

        event_1 = _parse_event_1(d.pop("event_1", UNSET))

        def _parse_event_2(data: object) -> Event | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                event_2_type_0 = Event.from_dict(data)

                return event_2_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Event | None | Unset, data)

        event_2 = _parse_event_2(d.pop("event_2", UNSET))

        event_pair = cls(
            datapoint_id=datapoint_id,
            event_name=event_name,
            event_1=event_1,
            event_2=event_2,
        )

        event_pair.additional_properties = d
        return event_pair

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
