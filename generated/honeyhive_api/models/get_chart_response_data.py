from __future__ import annotations

import datetime
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
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.query_filter import QueryFilter, QueryFilterDict


T = TypeVar("T", bound="GetChartResponseData")


@_attrs_define
class GetChartResponseData:
    id: str
    name: str
    description: None | str
    metric: str
    func: None | str
    group_by: None | str
    bucketing: str
    date_range: Any | None
    query: list[QueryFilter] | None
    owner_id: None | str
    is_active: bool
    created_at: datetime.datetime | str
    updated_at: datetime.datetime | None | str
    owner_profile: Any | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description: None | str
        description = self.description

        metric = self.metric

        func: None | str
        func = self.func

        group_by: None | str
        group_by = self.group_by

        bucketing = self.bucketing

        date_range: Any | None
        date_range = self.date_range

        query: list[dict[str, Any]] | None
        if isinstance(self.query, list):
            query = []
            for query_type_0_item_data in self.query:
                query_type_0_item = query_type_0_item_data.to_dict()
                query.append(query_type_0_item)

        else:
            query = self.query

        owner_id: None | str
        owner_id = self.owner_id

        is_active = self.is_active

        created_at: str
        if isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        owner_profile: Any | None | Unset
        if isinstance(self.owner_profile, Unset):
            owner_profile = UNSET
        else:
            owner_profile = self.owner_profile

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "metric": metric,
                "func": func,
                "groupBy": group_by,
                "bucketing": bucketing,
                "dateRange": date_range,
                "query": query,
                "owner_id": owner_id,
                "is_active": is_active,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if owner_profile is not UNSET:
            field_dict["owner_profile"] = owner_profile

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.query_filter import QueryFilter  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        metric = d.pop("metric")

        def _parse_func(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        func = _parse_func(d.pop("func"))

        def _parse_group_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        group_by = _parse_group_by(d.pop("groupBy"))

        bucketing = d.pop("bucketing")

        def _parse_date_range(data: object) -> Any | None:
            if data is None:
                return data
            return cast(Any | None, data)

        date_range = _parse_date_range(d.pop("dateRange"))

        def _parse_query(data: object) -> list[QueryFilter] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                query_type_0 = []
                _query_type_0 = data
                for query_type_0_item_data in _query_type_0:
                    query_type_0_item = QueryFilter.from_dict(query_type_0_item_data)

                    query_type_0.append(query_type_0_item)

                return query_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[QueryFilter] | None, data)

        query = _parse_query(d.pop("query"))

        def _parse_owner_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        owner_id = _parse_owner_id(d.pop("owner_id"))

        is_active = d.pop("is_active")

        def _parse_created_at(data: object) -> datetime.datetime | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | str, data)

        created_at = _parse_created_at(d.pop("created_at"))

        def _parse_updated_at(data: object) -> datetime.datetime | None | str:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | str, data)

        updated_at = _parse_updated_at(d.pop("updated_at"))

        def _parse_owner_profile(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | Unset, data)

        owner_profile = _parse_owner_profile(d.pop("owner_profile", UNSET))

        get_chart_response_data = cls(
            id=id,
            name=name,
            description=description,
            metric=metric,
            func=func,
            group_by=group_by,
            bucketing=bucketing,
            date_range=date_range,
            query=query,
            owner_id=owner_id,
            is_active=is_active,
            created_at=created_at,
            updated_at=updated_at,
            owner_profile=owner_profile,
        )

        get_chart_response_data.additional_properties = d
        return get_chart_response_data

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
    def groupBy(self) -> None | str:
        """`group_by` under its wire name."""
        return self.group_by

    @groupBy.setter
    def groupBy(self, value: None | str) -> None:
        self.group_by = value

    @property
    def dateRange(self) -> Any | None:
        """`date_range` under its wire name."""
        return self.date_range

    @dateRange.setter
    def dateRange(self, value: Any | None) -> None:
        self.date_range = value

    #: The JSON key of each field, by attribute name: lets a facade build the model from
    #: keyword arguments spelled either way (``group_by=`` or 1.7.0's ``groupBy=``).
    wire_keys: ClassVar[dict[str, str]] = {
        "id": "id",
        "name": "name",
        "description": "description",
        "metric": "metric",
        "func": "func",
        "group_by": "groupBy",
        "bucketing": "bucketing",
        "date_range": "dateRange",
        "query": "query",
        "owner_id": "owner_id",
        "is_active": "is_active",
        "created_at": "created_at",
        "updated_at": "updated_at",
        "owner_profile": "owner_profile",
    }

    def dict(
        self, *, by_alias: bool = False, exclude_unset: bool = False, exclude_none: bool = False
    ) -> dict[str, Any]:
        """Pydantic v1 spelling of model_dump()."""
        return self.model_dump(
            by_alias=by_alias, exclude_unset=exclude_unset, exclude_none=exclude_none
        )


class GetChartResponseDataDict(TypedDict, total=False):
    """The JSON keys of `GetChartResponseData`, for a dict passed where it is accepted."""

    id: Required[str]
    name: Required[str]
    description: Required[str | None]
    metric: Required[str]
    func: Required[str | None]
    groupBy: Required[str | None]
    bucketing: Required[str]
    dateRange: Required[Any | None]
    query: Required[list[QueryFilterDict] | None]
    owner_id: Required[str | None]
    is_active: Required[bool]
    created_at: Required[str]
    updated_at: Required[str | None]
    owner_profile: Any | None
