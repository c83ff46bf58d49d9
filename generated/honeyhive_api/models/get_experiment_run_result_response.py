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
    from ..models.datapoint_result import DatapointResult, DatapointResultDict
    from ..models.event_detail import EventDetail, EventDetailDict
    from ..models.experiment_run_object import ExperimentRunObject, ExperimentRunObjectDict
    from ..models.metrics_aggregation import MetricsAggregation, MetricsAggregationDict


T = TypeVar("T", bound="GetExperimentRunResultResponse")


@_attrs_define
class GetExperimentRunResultResponse:
    status: str
    success: bool
    passed: list[str]
    failed: list[str]
    metrics: MetricsAggregation
    datapoints: list[DatapointResult]
    event_details: list[EventDetail]
    run_object: ExperimentRunObject
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        success = self.success

        passed = self.passed

        failed = self.failed

        metrics = self.metrics.to_dict()

        datapoints = []
        for datapoints_item_data in self.datapoints:
            datapoints_item = datapoints_item_data.to_dict()
            datapoints.append(datapoints_item)

        event_details = []
        for event_details_item_data in self.event_details:
            event_details_item = event_details_item_data.to_dict()
            event_details.append(event_details_item)

        run_object = self.run_object.to_dict()

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "success": success,
                "passed": passed,
                "failed": failed,
                "metrics": metrics,
                "datapoints": datapoints,
                "event_details": event_details,
                "run_object": run_object,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.datapoint_result import DatapointResult  # noqa: PLC0415
        from ..models.event_detail import EventDetail  # noqa: PLC0415
        from ..models.experiment_run_object import ExperimentRunObject  # noqa: PLC0415
        from ..models.metrics_aggregation import MetricsAggregation  # noqa: PLC0415

        d = dict(src_dict)
        status = d.pop("status")

        success = d.pop("success")

        passed = cast(list[str], d.pop("passed"))

        failed = cast(list[str], d.pop("failed"))

        metrics = MetricsAggregation.from_dict(d.pop("metrics"))

        datapoints = []
        _datapoints = d.pop("datapoints")
        for datapoints_item_data in _datapoints:
            datapoints_item = DatapointResult.from_dict(datapoints_item_data)

            datapoints.append(datapoints_item)

        event_details = []
        _event_details = d.pop("event_details")
        for event_details_item_data in _event_details:
            event_details_item = EventDetail.from_dict(event_details_item_data)

            event_details.append(event_details_item)

        run_object = ExperimentRunObject.from_dict(d.pop("run_object"))

        error = d.pop("error", UNSET)

        get_experiment_run_result_response = cls(
            status=status,
            success=success,
            passed=passed,
            failed=failed,
            metrics=metrics,
            datapoints=datapoints,
            event_details=event_details,
            run_object=run_object,
            error=error,
        )

        get_experiment_run_result_response.additional_properties = d
        return get_experiment_run_result_response

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
        "status": "status",
        "success": "success",
        "passed": "passed",
        "failed": "failed",
        "metrics": "metrics",
        "datapoints": "datapoints",
        "event_details": "event_details",
        "run_object": "run_object",
        "error": "error",
    }

    def dict(
        self, *, by_alias: bool = False, exclude_unset: bool = False, exclude_none: bool = False
    ) -> dict[str, Any]:
        """Pydantic v1 spelling of model_dump()."""
        return self.model_dump(
            by_alias=by_alias, exclude_unset=exclude_unset, exclude_none=exclude_none
        )


class GetExperimentRunResultResponseDict(TypedDict, total=False):
    """The JSON keys of `GetExperimentRunResultResponse`, for a dict passed where it is accepted."""

    status: Required[str]
    success: Required[bool]
    passed: Required[list[str]]
    failed: Required[list[str]]
    metrics: Required[MetricsAggregationDict]
    datapoints: Required[list[DatapointResultDict]]
    event_details: Required[list[EventDetailDict]]
    run_object: Required[ExperimentRunObjectDict]
    error: str
