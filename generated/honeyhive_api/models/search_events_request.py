from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.event_search_filter import EventSearchFilter, EventSearchFilterDict
    from ..models.search_events_request_date_range import (
        SearchEventsRequestDateRange,
        SearchEventsRequestDateRangeDict,
    )


T = TypeVar("T", bound="SearchEventsRequest")


@_attrs_define
class SearchEventsRequest:
    filters: list[EventSearchFilter] | Unset = UNSET
    date_range: SearchEventsRequestDateRange | Unset = UNSET
    limit: int | Unset = UNSET
    page: int | Unset = UNSET
    ignore_order: bool | Unset = UNSET
    evaluation_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = []
            for componentsschemas_event_search_filters_array_item_data in self.filters:
                componentsschemas_event_search_filters_array_item = (
                    componentsschemas_event_search_filters_array_item_data.to_dict()
                )
                filters.append(componentsschemas_event_search_filters_array_item)

        date_range: dict[str, Any] | Unset = UNSET
        if not isinstance(self.date_range, Unset):
            date_range = self.date_range.to_dict()

        limit = self.limit

        page = self.page

        ignore_order = self.ignore_order

        evaluation_id = self.evaluation_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if filters is not UNSET:
            field_dict["filters"] = filters
        if date_range is not UNSET:
            field_dict["dateRange"] = date_range
        if limit is not UNSET:
            field_dict["limit"] = limit
        if page is not UNSET:
            field_dict["page"] = page
        if ignore_order is not UNSET:
            field_dict["ignore_order"] = ignore_order
        if evaluation_id is not UNSET:
            field_dict["evaluation_id"] = evaluation_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_search_filter import EventSearchFilter  # noqa: PLC0415
        from ..models.search_events_request_date_range import SearchEventsRequestDateRange  # noqa: PLC0415

        d = dict(src_dict)
        _filters = d.pop("filters", UNSET)
        filters: list[EventSearchFilter] | Unset = UNSET
        if _filters is not UNSET:
            filters = []
            for componentsschemas_event_search_filters_array_item_data in _filters:
                componentsschemas_event_search_filters_array_item = EventSearchFilter.from_dict(
                    componentsschemas_event_search_filters_array_item_data
                )

                filters.append(componentsschemas_event_search_filters_array_item)

        _date_range = d.pop("dateRange", UNSET)
        date_range: SearchEventsRequestDateRange | Unset
        if isinstance(_date_range, Unset):
            date_range = UNSET
        else:
            date_range = SearchEventsRequestDateRange.from_dict(_date_range)

        limit = d.pop("limit", UNSET)

        page = d.pop("page", UNSET)

        ignore_order = d.pop("ignore_order", UNSET)

        evaluation_id = d.pop("evaluation_id", UNSET)

        search_events_request = cls(
            filters=filters,
            date_range=date_range,
            limit=limit,
            page=page,
            ignore_order=ignore_order,
            evaluation_id=evaluation_id,
        )

        return search_events_request

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

    @property
    def dateRange(self) -> SearchEventsRequestDateRange | Unset:
        """`date_range` under its wire name."""
        return self.date_range

    @dateRange.setter
    def dateRange(self, value: SearchEventsRequestDateRange | Unset) -> None:
        self.date_range = value

    #: The JSON key of each field, by attribute name: lets a facade build the model from
    #: keyword arguments spelled either way (``group_by=`` or 1.7.0's ``groupBy=``).
    wire_keys: ClassVar[dict[str, str]] = {
        "filters": "filters",
        "date_range": "dateRange",
        "limit": "limit",
        "page": "page",
        "ignore_order": "ignore_order",
        "evaluation_id": "evaluation_id",
    }

    def dict(
        self, *, by_alias: bool = False, exclude_unset: bool = False, exclude_none: bool = False
    ) -> dict[str, Any]:
        """Pydantic v1 spelling of model_dump()."""
        return self.model_dump(
            by_alias=by_alias, exclude_unset=exclude_unset, exclude_none=exclude_none
        )


class SearchEventsRequestDict(TypedDict, total=False):
    """The JSON keys of `SearchEventsRequest`, for a dict passed where it is accepted."""

    filters: list[EventSearchFilterDict]
    dateRange: SearchEventsRequestDateRangeDict
    limit: int
    page: int
    ignore_order: bool
    evaluation_id: str
