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
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.metric_datapoints import MetricDatapoints, MetricDatapointsDict
    from ..models.passing_range import PassingRange, PassingRangeDict


T = TypeVar("T", bound="MetricDetail")


@_attrs_define
class MetricDetail:
    metric_name: str
    metric_type: str | Unset = UNSET
    event_name: str | Unset = UNSET
    event_type: str | Unset = UNSET
    aggregate: float | Unset = UNSET
    values: list[float] | Unset = UNSET
    passing_range: PassingRange | Unset = UNSET
    datapoints: MetricDatapoints | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric_name = self.metric_name

        metric_type = self.metric_type

        event_name = self.event_name

        event_type = self.event_type

        aggregate = self.aggregate

        values: list[float] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = self.values

        passing_range: dict[str, Any] | Unset = UNSET
        if not isinstance(self.passing_range, Unset):
            passing_range = self.passing_range.to_dict()

        datapoints: dict[str, Any] | Unset = UNSET
        if not isinstance(self.datapoints, Unset):
            datapoints = self.datapoints.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metric_name": metric_name,
            }
        )
        if metric_type is not UNSET:
            field_dict["metric_type"] = metric_type
        if event_name is not UNSET:
            field_dict["event_name"] = event_name
        if event_type is not UNSET:
            field_dict["event_type"] = event_type
        if aggregate is not UNSET:
            field_dict["aggregate"] = aggregate
        if values is not UNSET:
            field_dict["values"] = values
        if passing_range is not UNSET:
            field_dict["passing_range"] = passing_range
        if datapoints is not UNSET:
            field_dict["datapoints"] = datapoints

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metric_datapoints import MetricDatapoints  # noqa: PLC0415
        from ..models.passing_range import PassingRange  # noqa: PLC0415

        d = dict(src_dict)
        metric_name = d.pop("metric_name")

        metric_type = d.pop("metric_type", UNSET)

        event_name = d.pop("event_name", UNSET)

        event_type = d.pop("event_type", UNSET)

        aggregate = d.pop("aggregate", UNSET)

        values = cast(list[float], d.pop("values", UNSET))

        _passing_range = d.pop("passing_range", UNSET)
        passing_range: PassingRange | Unset
        if isinstance(_passing_range, Unset):
            passing_range = UNSET
        else:
            passing_range = PassingRange.from_dict(_passing_range)

        _datapoints = d.pop("datapoints", UNSET)
        datapoints: MetricDatapoints | Unset
        if isinstance(_datapoints, Unset):
            datapoints = UNSET
        else:
            datapoints = MetricDatapoints.from_dict(_datapoints)

        metric_detail = cls(
            metric_name=metric_name,
            metric_type=metric_type,
            event_name=event_name,
            event_type=event_type,
            aggregate=aggregate,
            values=values,
            passing_range=passing_range,
            datapoints=datapoints,
        )

        metric_detail.additional_properties = d
        return metric_detail

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

    #: The JSON key of each field, by attribute name: lets a facade build the model from
    #: keyword arguments spelled either way (``group_by=`` or 1.7.0's ``groupBy=``).
    wire_keys: ClassVar[dict[str, str]] = {
        "metric_name": "metric_name",
        "metric_type": "metric_type",
        "event_name": "event_name",
        "event_type": "event_type",
        "aggregate": "aggregate",
        "values": "values",
        "passing_range": "passing_range",
        "datapoints": "datapoints",
    }

    def dict(
        self, *, by_alias: bool = False, exclude_unset: bool = False, exclude_none: bool = False
    ) -> dict[str, Any]:
        """Pydantic v1 spelling of model_dump()."""
        return self.model_dump(
            by_alias=by_alias, exclude_unset=exclude_unset, exclude_none=exclude_none
        )


class MetricDetailDict(TypedDict, total=False):
    """The JSON keys of `MetricDetail`, for a dict passed where it is accepted."""

    metric_name: Required[str]
    metric_type: str
    event_name: str
    event_type: str
    aggregate: float
    values: list[float]
    passing_range: PassingRangeDict
    datapoints: MetricDatapointsDict
