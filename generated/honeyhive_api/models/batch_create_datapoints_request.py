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
    from ..models.batch_date_range import BatchDateRange, BatchDateRangeDict
    from ..models.check_state import CheckState
    from ..models.datapoint_mapping import DatapointMapping, DatapointMappingDict


T = TypeVar("T", bound="BatchCreateDatapointsRequest")


@_attrs_define
class BatchCreateDatapointsRequest:
    events: list[str] | Unset = UNSET
    mapping: DatapointMapping | Unset = UNSET
    filters: Any | list[Any] | Unset = UNSET
    date_range: BatchDateRange | Unset = UNSET
    check_state: CheckState | Unset = UNSET
    select_all: bool | Unset = UNSET
    dataset_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        events: list[str] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = self.events

        mapping: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mapping, Unset):
            mapping = self.mapping.to_dict()

        filters: Any | list[Any] | Unset
        if isinstance(self.filters, Unset):
            filters = UNSET
        elif isinstance(self.filters, list):
            filters = self.filters

        else:
            filters = self.filters

        date_range: dict[str, Any] | Unset = UNSET
        if not isinstance(self.date_range, Unset):
            date_range = self.date_range.to_dict()

        check_state: dict[str, Any] | Unset = UNSET
        if not isinstance(self.check_state, Unset):
            check_state = self.check_state.to_dict()

        select_all = self.select_all

        dataset_id = self.dataset_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if events is not UNSET:
            field_dict["events"] = events
        if mapping is not UNSET:
            field_dict["mapping"] = mapping
        if filters is not UNSET:
            field_dict["filters"] = filters
        if date_range is not UNSET:
            field_dict["dateRange"] = date_range
        if check_state is not UNSET:
            field_dict["checkState"] = check_state
        if select_all is not UNSET:
            field_dict["selectAll"] = select_all
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.batch_date_range import BatchDateRange  # noqa: PLC0415
        from ..models.check_state import CheckState  # noqa: PLC0415
        from ..models.datapoint_mapping import DatapointMapping  # noqa: PLC0415

        d = dict(src_dict)
        events = cast(list[str], d.pop("events", UNSET))

        _mapping = d.pop("mapping", UNSET)
        mapping: DatapointMapping | Unset
        if isinstance(_mapping, Unset):
            mapping = UNSET
        else:
            mapping = DatapointMapping.from_dict(_mapping)

        def _parse_filters(data: object) -> Any | list[Any] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                filters_type_1 = cast(list[Any], data)

                return filters_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Any | list[Any] | Unset, data)

        filters = _parse_filters(d.pop("filters", UNSET))

        _date_range = d.pop("dateRange", UNSET)
        date_range: BatchDateRange | Unset
        if isinstance(_date_range, Unset):
            date_range = UNSET
        else:
            date_range = BatchDateRange.from_dict(_date_range)

        _check_state = d.pop("checkState", UNSET)
        check_state: CheckState | Unset
        if isinstance(_check_state, Unset):
            check_state = UNSET
        else:
            check_state = CheckState.from_dict(_check_state)

        select_all = d.pop("selectAll", UNSET)

        dataset_id = d.pop("dataset_id", UNSET)

        batch_create_datapoints_request = cls(
            events=events,
            mapping=mapping,
            filters=filters,
            date_range=date_range,
            check_state=check_state,
            select_all=select_all,
            dataset_id=dataset_id,
        )

        batch_create_datapoints_request.additional_properties = d
        return batch_create_datapoints_request

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
    def dateRange(self) -> BatchDateRange | Unset:
        """`date_range` under its wire name."""
        return self.date_range

    @dateRange.setter
    def dateRange(self, value: BatchDateRange | Unset) -> None:
        self.date_range = value

    @property
    def checkState(self) -> CheckState | Unset:
        """`check_state` under its wire name."""
        return self.check_state

    @checkState.setter
    def checkState(self, value: CheckState | Unset) -> None:
        self.check_state = value

    @property
    def selectAll(self) -> bool | Unset:
        """`select_all` under its wire name."""
        return self.select_all

    @selectAll.setter
    def selectAll(self, value: bool | Unset) -> None:
        self.select_all = value

    #: The JSON key of each field, by attribute name: lets a facade build the model from
    #: keyword arguments spelled either way (``group_by=`` or 1.7.0's ``groupBy=``).
    wire_keys: ClassVar[dict[str, str]] = {
        "events": "events",
        "mapping": "mapping",
        "filters": "filters",
        "date_range": "dateRange",
        "check_state": "checkState",
        "select_all": "selectAll",
        "dataset_id": "dataset_id",
    }

    def dict(
        self, *, by_alias: bool = False, exclude_unset: bool = False, exclude_none: bool = False
    ) -> dict[str, Any]:
        """Pydantic v1 spelling of model_dump()."""
        return self.model_dump(
            by_alias=by_alias, exclude_unset=exclude_unset, exclude_none=exclude_none
        )


class BatchCreateDatapointsRequestDict(TypedDict, total=False):
    """The JSON keys of `BatchCreateDatapointsRequest`, for a dict passed where it is accepted."""

    events: list[str]
    mapping: DatapointMappingDict
    filters: Any | list[Any]
    dateRange: BatchDateRangeDict
    checkState: dict[str, Any]
    selectAll: bool
    dataset_id: str
