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

from ..models.get_experiment_runs_query_sort_by import (
    GetExperimentRunsQuerySortBy,
    check_get_experiment_runs_query_sort_by,
)
from ..models.get_experiment_runs_query_sort_order import (
    GetExperimentRunsQuerySortOrder,
    check_get_experiment_runs_query_sort_order,
)
from ..models.get_experiment_runs_query_status import (
    GetExperimentRunsQueryStatus,
    check_get_experiment_runs_query_status,
)
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.absolute_date_range import AbsoluteDateRange, AbsoluteDateRangeDict


T = TypeVar("T", bound="GetExperimentRunsQuery")


@_attrs_define
class GetExperimentRunsQuery:
    dataset_id: str | Unset = UNSET
    page: int | Unset = 1
    limit: int | Unset = 20
    run_ids: list[str] | Unset = UNSET
    name: str | Unset = UNSET
    status: GetExperimentRunsQueryStatus | Unset = UNSET
    date_range: AbsoluteDateRange | str | Unset = UNSET
    sort_by: GetExperimentRunsQuerySortBy | Unset = "created_at"
    sort_order: GetExperimentRunsQuerySortOrder | Unset = "desc"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.absolute_date_range import AbsoluteDateRange  # noqa: PLC0415

        dataset_id = self.dataset_id

        page = self.page

        limit = self.limit

        run_ids: list[str] | Unset = UNSET
        if not isinstance(self.run_ids, Unset):
            run_ids = self.run_ids

        name = self.name

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        date_range: dict[str, Any] | str | Unset
        if isinstance(self.date_range, Unset):
            date_range = UNSET
        elif isinstance(self.date_range, AbsoluteDateRange):
            date_range = self.date_range.to_dict()
        else:
            date_range = self.date_range

        sort_by: str | Unset = UNSET
        if not isinstance(self.sort_by, Unset):
            sort_by = self.sort_by

        sort_order: str | Unset = UNSET
        if not isinstance(self.sort_order, Unset):
            sort_order = self.sort_order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if page is not UNSET:
            field_dict["page"] = page
        if limit is not UNSET:
            field_dict["limit"] = limit
        if run_ids is not UNSET:
            field_dict["run_ids"] = run_ids
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if date_range is not UNSET:
            field_dict["dateRange"] = date_range
        if sort_by is not UNSET:
            field_dict["sort_by"] = sort_by
        if sort_order is not UNSET:
            field_dict["sort_order"] = sort_order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.absolute_date_range import AbsoluteDateRange  # noqa: PLC0415

        d = dict(src_dict)
        dataset_id = d.pop("dataset_id", UNSET)

        page = d.pop("page", UNSET)

        limit = d.pop("limit", UNSET)

        run_ids = cast(list[str], d.pop("run_ids", UNSET))

        name = d.pop("name", UNSET)

        _status = d.pop("status", UNSET)
        status: GetExperimentRunsQueryStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_get_experiment_runs_query_status(_status)

        def _parse_date_range(data: object) -> AbsoluteDateRange | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                date_range_type_1 = AbsoluteDateRange.from_dict(data)

                return date_range_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AbsoluteDateRange | str | Unset, data)

        date_range = _parse_date_range(d.pop("dateRange", UNSET))

        _sort_by = d.pop("sort_by", UNSET)
        sort_by: GetExperimentRunsQuerySortBy | Unset
        if isinstance(_sort_by, Unset):
            sort_by = UNSET
        else:
            sort_by = check_get_experiment_runs_query_sort_by(_sort_by)

        _sort_order = d.pop("sort_order", UNSET)
        sort_order: GetExperimentRunsQuerySortOrder | Unset
        if isinstance(_sort_order, Unset):
            sort_order = UNSET
        else:
            sort_order = check_get_experiment_runs_query_sort_order(_sort_order)

        get_experiment_runs_query = cls(
            dataset_id=dataset_id,
            page=page,
            limit=limit,
            run_ids=run_ids,
            name=name,
            status=status,
            date_range=date_range,
            sort_by=sort_by,
            sort_order=sort_order,
        )

        get_experiment_runs_query.additional_properties = d
        return get_experiment_runs_query

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
    def dateRange(self) -> AbsoluteDateRange | str | Unset:
        """`date_range` under its wire name."""
        return self.date_range

    @dateRange.setter
    def dateRange(self, value: AbsoluteDateRange | str | Unset) -> None:
        self.date_range = value

    #: The JSON key of each field, by attribute name: lets a facade build the model from
    #: keyword arguments spelled either way (``group_by=`` or 1.7.0's ``groupBy=``).
    wire_keys: ClassVar[dict[str, str]] = {
        "dataset_id": "dataset_id",
        "page": "page",
        "limit": "limit",
        "run_ids": "run_ids",
        "name": "name",
        "status": "status",
        "date_range": "dateRange",
        "sort_by": "sort_by",
        "sort_order": "sort_order",
    }

    def dict(
        self, *, by_alias: bool = False, exclude_unset: bool = False, exclude_none: bool = False
    ) -> dict[str, Any]:
        """Pydantic v1 spelling of model_dump()."""
        return self.model_dump(
            by_alias=by_alias, exclude_unset=exclude_unset, exclude_none=exclude_none
        )


class GetExperimentRunsQueryDict(TypedDict, total=False):
    """The JSON keys of `GetExperimentRunsQuery`, for a dict passed where it is accepted."""

    dataset_id: str
    page: int
    limit: int
    run_ids: list[str]
    name: str
    status: GetExperimentRunsQueryStatus
    dateRange: str | AbsoluteDateRangeDict
    sort_by: GetExperimentRunsQuerySortBy
    sort_order: GetExperimentRunsQuerySortOrder
