from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    TypedDict,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.legacy_export_events_request_date_range import (
        LegacyExportEventsRequestDateRange,
        LegacyExportEventsRequestDateRangeDict,
    )
    from ..models.single_filter import SingleFilter, SingleFilterDict


T = TypeVar("T", bound="LegacyExportEventsRequest")


@_attrs_define
class LegacyExportEventsRequest:
    filters: list[SingleFilter] | Unset = UNSET
    date_range: LegacyExportEventsRequestDateRange | Unset = UNSET
    projections: list[str] | Unset = UNSET
    limit: float | Unset = UNSET
    page: float | Unset = UNSET
    ignore_order: bool | Unset = UNSET
    evaluation_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = []
            for componentsschemas_filters_array_item_data in self.filters:
                componentsschemas_filters_array_item = (
                    componentsschemas_filters_array_item_data.to_dict()
                )
                filters.append(componentsschemas_filters_array_item)

        date_range: dict[str, Any] | Unset = UNSET
        if not isinstance(self.date_range, Unset):
            date_range = self.date_range.to_dict()

        projections: list[str] | Unset = UNSET
        if not isinstance(self.projections, Unset):
            projections = self.projections

        limit = self.limit

        page = self.page

        ignore_order = self.ignore_order

        evaluation_id = self.evaluation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if filters is not UNSET:
            field_dict["filters"] = filters
        if date_range is not UNSET:
            field_dict["dateRange"] = date_range
        if projections is not UNSET:
            field_dict["projections"] = projections
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
        from ..models.legacy_export_events_request_date_range import (
            LegacyExportEventsRequestDateRange,  # noqa: PLC0415
        )
        from ..models.single_filter import SingleFilter  # noqa: PLC0415

        d = dict(src_dict)
        _filters = d.pop("filters", UNSET)
        filters: list[SingleFilter] | Unset = UNSET
        if _filters is not UNSET:
            filters = []
            for componentsschemas_filters_array_item_data in _filters:
                componentsschemas_filters_array_item = SingleFilter.from_dict(
                    componentsschemas_filters_array_item_data
                )

                filters.append(componentsschemas_filters_array_item)

        _date_range = d.pop("dateRange", UNSET)
        date_range: LegacyExportEventsRequestDateRange | Unset
        if isinstance(_date_range, Unset):
            date_range = UNSET
        else:
            date_range = LegacyExportEventsRequestDateRange.from_dict(_date_range)

        projections = cast(list[str], d.pop("projections", UNSET))

        limit = d.pop("limit", UNSET)

        page = d.pop("page", UNSET)

        ignore_order = d.pop("ignore_order", UNSET)

        evaluation_id = d.pop("evaluation_id", UNSET)

        legacy_export_events_request = cls(
            filters=filters,
            date_range=date_range,
            projections=projections,
            limit=limit,
            page=page,
            ignore_order=ignore_order,
            evaluation_id=evaluation_id,
        )

        legacy_export_events_request.additional_properties = d
        return legacy_export_events_request

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

    @property
    def dateRange(self) -> LegacyExportEventsRequestDateRange | Unset:
        """`date_range` under its wire name."""
        return self.date_range

    @dateRange.setter
    def dateRange(self, value: LegacyExportEventsRequestDateRange | Unset) -> None:
        self.date_range = value

    #: The JSON key of each field, by attribute name: lets a facade build the model from
    #: keyword arguments spelled either way (``group_by=`` or 1.7.0's ``groupBy=``).
    wire_keys: ClassVar[dict[str, str]] = {
        "filters": "filters",
        "date_range": "dateRange",
        "projections": "projections",
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


class LegacyExportEventsRequestDict(TypedDict, total=False):
    """The JSON keys of `LegacyExportEventsRequest`, for a dict passed where it is accepted."""

    filters: list[SingleFilterDict]
    dateRange: LegacyExportEventsRequestDateRangeDict
    projections: list[str]
    limit: float
    page: float
    ignore_order: bool
    evaluation_id: str
