from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_range import DateRange
    from ..models.filter_ import Filter


T = TypeVar("T", bound="ExportEventsRequest")


@_attrs_define
class ExportEventsRequest:
    """Body of `POST /v1/events/export`."""

    filters: list[Filter]
    """ Filter conditions, all of which must hold. """
    project: str | Unset = UNSET
    """ Project name. """
    date_range: DateRange | Unset = UNSET
    """ An absolute date range. """
    projections: list[str] | Unset = UNSET
    """ Fields to include in each returned event. """
    limit: int | Unset = UNSET
    """ Page size (default 1000, max 7500). """
    page: int | Unset = UNSET
    """ Page number, from 1. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filters = []
        for filters_item_data in self.filters:
            filters_item = filters_item_data.to_dict()
            filters.append(filters_item)

        project = self.project

        date_range: dict[str, Any] | Unset = UNSET
        if not isinstance(self.date_range, Unset):
            date_range = self.date_range.to_dict()

        projections: list[str] | Unset = UNSET
        if not isinstance(self.projections, Unset):
            projections = self.projections

        limit = self.limit

        page = self.page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filters": filters,
            }
        )
        if project is not UNSET:
            field_dict["project"] = project
        if date_range is not UNSET:
            field_dict["dateRange"] = date_range
        if projections is not UNSET:
            field_dict["projections"] = projections
        if limit is not UNSET:
            field_dict["limit"] = limit
        if page is not UNSET:
            field_dict["page"] = page

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.date_range import DateRange  # noqa: PLC0415
        from ..models.filter_ import Filter  # noqa: PLC0415

        d = dict(src_dict)
        filters = []
        _filters = d.pop("filters")
        for filters_item_data in _filters:
            filters_item = Filter.from_dict(filters_item_data)

            filters.append(filters_item)

        project = d.pop("project", UNSET)

        _date_range = d.pop("dateRange", UNSET)
        date_range: DateRange | Unset
        if isinstance(_date_range, Unset):
            date_range = UNSET
        else:
            date_range = DateRange.from_dict(_date_range)

        projections = cast(list[str], d.pop("projections", UNSET))

        limit = d.pop("limit", UNSET)

        page = d.pop("page", UNSET)

        export_events_request = cls(
            filters=filters,
            project=project,
            date_range=date_range,
            projections=projections,
            limit=limit,
            page=page,
        )

        export_events_request.additional_properties = d
        return export_events_request

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
