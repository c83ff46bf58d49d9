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
    from ..models.absolute_date_range import AbsoluteDateRange, AbsoluteDateRangeDict
    from ..models.relative_date_range import RelativeDateRange, RelativeDateRangeDict
    from ..models.single_filter import SingleFilter, SingleFilterDict


T = TypeVar("T", bound="GetEventsQuery")


@_attrs_define
class GetEventsQuery:
    date_range: AbsoluteDateRange | RelativeDateRange | Unset = UNSET
    filters: list[SingleFilter] | Unset = UNSET
    projections: list[str] | Unset = UNSET
    ignore_order: bool | Unset = UNSET
    limit: float | Unset = UNSET
    page: float | Unset = UNSET
    evaluation_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.relative_date_range import RelativeDateRange  # noqa: PLC0415

        date_range: dict[str, Any] | Unset
        if isinstance(self.date_range, Unset):
            date_range = UNSET
        elif isinstance(self.date_range, RelativeDateRange):
            date_range = self.date_range.to_dict()
        else:
            date_range = self.date_range.to_dict()

        filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = []
            for componentsschemas_filters_array_item_data in self.filters:
                componentsschemas_filters_array_item = (
                    componentsschemas_filters_array_item_data.to_dict()
                )
                filters.append(componentsschemas_filters_array_item)

        projections: list[str] | Unset = UNSET
        if not isinstance(self.projections, Unset):
            projections = self.projections

        ignore_order = self.ignore_order

        limit = self.limit

        page = self.page

        evaluation_id = self.evaluation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date_range is not UNSET:
            field_dict["dateRange"] = date_range
        if filters is not UNSET:
            field_dict["filters"] = filters
        if projections is not UNSET:
            field_dict["projections"] = projections
        if ignore_order is not UNSET:
            field_dict["ignore_order"] = ignore_order
        if limit is not UNSET:
            field_dict["limit"] = limit
        if page is not UNSET:
            field_dict["page"] = page
        if evaluation_id is not UNSET:
            field_dict["evaluation_id"] = evaluation_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.absolute_date_range import AbsoluteDateRange  # noqa: PLC0415
        from ..models.relative_date_range import RelativeDateRange  # noqa: PLC0415
        from ..models.single_filter import SingleFilter  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_date_range(data: object) -> AbsoluteDateRange | RelativeDateRange | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                date_range_type_0 = RelativeDateRange.from_dict(data)

                return date_range_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            date_range_type_1 = AbsoluteDateRange.from_dict(data)

            return date_range_type_1

        date_range = _parse_date_range(d.pop("dateRange", UNSET))

        _filters = d.pop("filters", UNSET)
        filters: list[SingleFilter] | Unset = UNSET
        if _filters is not UNSET:
            filters = []
            for componentsschemas_filters_array_item_data in _filters:
                componentsschemas_filters_array_item = SingleFilter.from_dict(
                    componentsschemas_filters_array_item_data
                )

                filters.append(componentsschemas_filters_array_item)

        projections = cast(list[str], d.pop("projections", UNSET))

        ignore_order = d.pop("ignore_order", UNSET)

        limit = d.pop("limit", UNSET)

        page = d.pop("page", UNSET)

        evaluation_id = d.pop("evaluation_id", UNSET)

        get_events_query = cls(
            date_range=date_range,
            filters=filters,
            projections=projections,
            ignore_order=ignore_order,
            limit=limit,
            page=page,
            evaluation_id=evaluation_id,
        )

        get_events_query.additional_properties = d
        return get_events_query

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
    def dateRange(self) -> AbsoluteDateRange | RelativeDateRange | Unset:
        """`date_range` under its wire name."""
        return self.date_range

    @dateRange.setter
    def dateRange(self, value: AbsoluteDateRange | RelativeDateRange | Unset) -> None:
        self.date_range = value

    #: The JSON key of each field, by attribute name: lets a facade build the model from
    #: keyword arguments spelled either way (``group_by=`` or 1.7.0's ``groupBy=``).
    wire_keys: ClassVar[dict[str, str]] = {
        "date_range": "dateRange",
        "filters": "filters",
        "projections": "projections",
        "ignore_order": "ignore_order",
        "limit": "limit",
        "page": "page",
        "evaluation_id": "evaluation_id",
    }

    def dict(
        self, *, by_alias: bool = False, exclude_unset: bool = False, exclude_none: bool = False
    ) -> dict[str, Any]:
        """Pydantic v1 spelling of model_dump()."""
        return self.model_dump(
            by_alias=by_alias, exclude_unset=exclude_unset, exclude_none=exclude_none
        )


class GetEventsQueryDict(TypedDict, total=False):
    """The JSON keys of `GetEventsQuery`, for a dict passed where it is accepted."""

    dateRange: RelativeDateRangeDict | AbsoluteDateRangeDict
    filters: list[SingleFilterDict]
    projections: list[str]
    ignore_order: bool
    limit: float
    page: float
    evaluation_id: str
