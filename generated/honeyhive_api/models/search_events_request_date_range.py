from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SearchEventsRequestDateRange")


@_attrs_define
class SearchEventsRequestDateRange:
    start_time: datetime.datetime
    end_time: datetime.datetime

    def to_dict(self) -> dict[str, Any]:
        start_time = self.start_time.isoformat()

        end_time = self.end_time.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "start_time": start_time,
                "end_time": end_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start_time = datetime.datetime.fromisoformat(d.pop("start_time"))

        end_time = datetime.datetime.fromisoformat(d.pop("end_time"))

        search_events_request_date_range = cls(
            start_time=start_time,
            end_time=end_time,
        )

        return search_events_request_date_range
