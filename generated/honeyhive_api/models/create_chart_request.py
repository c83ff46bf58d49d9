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

from ..models.create_chart_request_bucketing import (
    CreateChartRequestBucketing,
    check_create_chart_request_bucketing,
)
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.absolute_date_range import AbsoluteDateRange, AbsoluteDateRangeDict
    from ..models.query_filter import QueryFilter, QueryFilterDict
    from ..models.relative_date_range import RelativeDateRange, RelativeDateRangeDict


T = TypeVar("T", bound="CreateChartRequest")


@_attrs_define
class CreateChartRequest:
    name: str
    metric: str
    description: str | Unset = UNSET
    func: str | Unset = UNSET
    group_by: None | str | Unset = UNSET
    bucketing: CreateChartRequestBucketing | Unset = "day"
    date_range: AbsoluteDateRange | RelativeDateRange | Unset = UNSET
    query: list[QueryFilter] | Unset = UNSET
    owner_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.relative_date_range import RelativeDateRange  # noqa: PLC0415

        name = self.name

        metric = self.metric

        description = self.description

        func = self.func

        group_by: None | str | Unset
        if isinstance(self.group_by, Unset):
            group_by = UNSET
        else:
            group_by = self.group_by

        bucketing: str | Unset = UNSET
        if not isinstance(self.bucketing, Unset):
            bucketing = self.bucketing

        date_range: dict[str, Any] | Unset
        if isinstance(self.date_range, Unset):
            date_range = UNSET
        elif isinstance(self.date_range, RelativeDateRange):
            date_range = self.date_range.to_dict()
        else:
            date_range = self.date_range.to_dict()

        query: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.query, Unset):
            query = []
            for query_item_data in self.query:
                query_item = query_item_data.to_dict()
                query.append(query_item)

        owner_id = self.owner_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "metric": metric,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if func is not UNSET:
            field_dict["func"] = func
        if group_by is not UNSET:
            field_dict["groupBy"] = group_by
        if bucketing is not UNSET:
            field_dict["bucketing"] = bucketing
        if date_range is not UNSET:
            field_dict["dateRange"] = date_range
        if query is not UNSET:
            field_dict["query"] = query
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.absolute_date_range import AbsoluteDateRange  # noqa: PLC0415
        from ..models.query_filter import QueryFilter  # noqa: PLC0415
        from ..models.relative_date_range import RelativeDateRange  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        metric = d.pop("metric")

        description = d.pop("description", UNSET)

        func = d.pop("func", UNSET)

        def _parse_group_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        group_by = _parse_group_by(d.pop("groupBy", UNSET))

        _bucketing = d.pop("bucketing", UNSET)
        bucketing: CreateChartRequestBucketing | Unset
        if isinstance(_bucketing, Unset):
            bucketing = UNSET
        else:
            bucketing = check_create_chart_request_bucketing(_bucketing)

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

        _query = d.pop("query", UNSET)
        query: list[QueryFilter] | Unset = UNSET
        if _query is not UNSET:
            query = []
            for query_item_data in _query:
                query_item = QueryFilter.from_dict(query_item_data)

                query.append(query_item)

        owner_id = d.pop("owner_id", UNSET)

        create_chart_request = cls(
            name=name,
            metric=metric,
            description=description,
            func=func,
            group_by=group_by,
            bucketing=bucketing,
            date_range=date_range,
            query=query,
            owner_id=owner_id,
        )

        return create_chart_request

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
    def groupBy(self) -> None | str | Unset:
        """`group_by` under its wire name."""
        return self.group_by

    @groupBy.setter
    def groupBy(self, value: None | str | Unset) -> None:
        self.group_by = value

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
        "name": "name",
        "metric": "metric",
        "description": "description",
        "func": "func",
        "group_by": "groupBy",
        "bucketing": "bucketing",
        "date_range": "dateRange",
        "query": "query",
        "owner_id": "owner_id",
    }

    def dict(
        self, *, by_alias: bool = False, exclude_unset: bool = False, exclude_none: bool = False
    ) -> dict[str, Any]:
        """Pydantic v1 spelling of model_dump()."""
        return self.model_dump(
            by_alias=by_alias, exclude_unset=exclude_unset, exclude_none=exclude_none
        )


class CreateChartRequestDict(TypedDict, total=False):
    """The JSON keys of `CreateChartRequest`, for a dict passed where it is accepted."""

    name: Required[str]
    metric: Required[str]
    description: str
    func: str
    groupBy: str | None
    bucketing: CreateChartRequestBucketing
    dateRange: RelativeDateRangeDict | AbsoluteDateRangeDict
    query: list[QueryFilterDict]
    owner_id: str
