from __future__ import annotations

from collections.abc import Mapping
from typing import (
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

T = TypeVar("T", bound="LegacyGetExperimentRunCompareEventsQuery")


@_attrs_define
class LegacyGetExperimentRunCompareEventsQuery:
    run_id_1: str
    run_id_2: str
    event_name: str | Unset = UNSET
    event_type: str | Unset = UNSET
    filter_: Any | str | Unset = UNSET
    limit: int | Unset = 1000
    page: int | Unset = 1
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        run_id_1 = self.run_id_1

        run_id_2 = self.run_id_2

        event_name = self.event_name

        event_type = self.event_type

        filter_: Any | str | Unset
        if isinstance(self.filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = self.filter_

        limit = self.limit

        page = self.page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "run_id_1": run_id_1,
                "run_id_2": run_id_2,
            }
        )
        if event_name is not UNSET:
            field_dict["event_name"] = event_name
        if event_type is not UNSET:
            field_dict["event_type"] = event_type
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if limit is not UNSET:
            field_dict["limit"] = limit
        if page is not UNSET:
            field_dict["page"] = page

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        run_id_1 = d.pop("run_id_1")

        run_id_2 = d.pop("run_id_2")

        event_name = d.pop("event_name", UNSET)

        event_type = d.pop("event_type", UNSET)

        def _parse_filter_(data: object) -> Any | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(Any | str | Unset, data)

        filter_ = _parse_filter_(d.pop("filter", UNSET))

        limit = d.pop("limit", UNSET)

        page = d.pop("page", UNSET)

        legacy_get_experiment_run_compare_events_query = cls(
            run_id_1=run_id_1,
            run_id_2=run_id_2,
            event_name=event_name,
            event_type=event_type,
            filter_=filter_,
            limit=limit,
            page=page,
        )

        legacy_get_experiment_run_compare_events_query.additional_properties = d
        return legacy_get_experiment_run_compare_events_query

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
    def filter(self) -> Any | str | Unset:
        """`filter_` under its wire name."""
        return self.filter_

    @filter.setter
    def filter(self, value: Any | str | Unset) -> None:
        self.filter_ = value

    #: The JSON key of each field, by attribute name: lets a facade build the model from
    #: keyword arguments spelled either way (``group_by=`` or 1.7.0's ``groupBy=``).
    wire_keys: ClassVar[dict[str, str]] = {
        "run_id_1": "run_id_1",
        "run_id_2": "run_id_2",
        "event_name": "event_name",
        "event_type": "event_type",
        "filter_": "filter",
        "limit": "limit",
        "page": "page",
    }

    def dict(
        self, *, by_alias: bool = False, exclude_unset: bool = False, exclude_none: bool = False
    ) -> dict[str, Any]:
        """Pydantic v1 spelling of model_dump()."""
        return self.model_dump(
            by_alias=by_alias, exclude_unset=exclude_unset, exclude_none=exclude_none
        )


class LegacyGetExperimentRunCompareEventsQueryDict(TypedDict, total=False):
    """The JSON keys of `LegacyGetExperimentRunCompareEventsQuery`, for a dict passed where it is accepted."""

    run_id_1: Required[str]
    run_id_2: Required[str]
    event_name: str
    event_type: str
    filter: str | Any
    limit: int
    page: int
