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

from ..models.put_experiment_run_request_status import (
    PutExperimentRunRequestStatus,
    check_put_experiment_run_request_status,
)
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.put_experiment_run_request_passing_ranges import (
        PutExperimentRunRequestPassingRanges,
    )


T = TypeVar("T", bound="PutExperimentRunRequest")


@_attrs_define
class PutExperimentRunRequest:
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    status: PutExperimentRunRequestStatus | Unset = UNSET
    metadata: Any | Unset = UNSET
    """ A free-form JSON object (any keys, any JSON values). Described without a `type` keyword and with `not` so
    that validators still require an object while generated code exposes it as a plain dict. """
    results: Any | Unset = UNSET
    """ A free-form JSON object (any keys, any JSON values). Described without a `type` keyword and with `not` so
    that validators still require an object while generated code exposes it as a plain dict. """
    event_ids: list[str] | Unset = UNSET
    configuration: Any | Unset = UNSET
    """ A free-form JSON object (any keys, any JSON values). Described without a `type` keyword and with `not` so
    that validators still require an object while generated code exposes it as a plain dict. """
    evaluators: list[Any] | Unset = UNSET
    session_ids: list[str] | Unset = UNSET
    datapoint_ids: list[str] | Unset = UNSET
    passing_ranges: PutExperimentRunRequestPassingRanges | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        metadata = self.metadata

        results = self.results

        event_ids: list[str] | Unset = UNSET
        if not isinstance(self.event_ids, Unset):
            event_ids = self.event_ids

        configuration = self.configuration

        evaluators: list[Any] | Unset = UNSET
        if not isinstance(self.evaluators, Unset):
            evaluators = self.evaluators

        session_ids: list[str] | Unset = UNSET
        if not isinstance(self.session_ids, Unset):
            session_ids = self.session_ids

        datapoint_ids: list[str] | Unset = UNSET
        if not isinstance(self.datapoint_ids, Unset):
            datapoint_ids = self.datapoint_ids

        passing_ranges: dict[str, Any] | Unset = UNSET
        if not isinstance(self.passing_ranges, Unset):
            passing_ranges = self.passing_ranges.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if results is not UNSET:
            field_dict["results"] = results
        if event_ids is not UNSET:
            field_dict["event_ids"] = event_ids
        if configuration is not UNSET:
            field_dict["configuration"] = configuration
        if evaluators is not UNSET:
            field_dict["evaluators"] = evaluators
        if session_ids is not UNSET:
            field_dict["session_ids"] = session_ids
        if datapoint_ids is not UNSET:
            field_dict["datapoint_ids"] = datapoint_ids
        if passing_ranges is not UNSET:
            field_dict["passing_ranges"] = passing_ranges

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.put_experiment_run_request_passing_ranges import (
            PutExperimentRunRequestPassingRanges,  # noqa: PLC0415
        )

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _status = d.pop("status", UNSET)
        status: PutExperimentRunRequestStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_put_experiment_run_request_status(_status)

        metadata = d.pop("metadata", UNSET)

        results = d.pop("results", UNSET)

        event_ids = cast(list[str], d.pop("event_ids", UNSET))

        configuration = d.pop("configuration", UNSET)

        evaluators = cast(list[Any], d.pop("evaluators", UNSET))

        session_ids = cast(list[str], d.pop("session_ids", UNSET))

        datapoint_ids = cast(list[str], d.pop("datapoint_ids", UNSET))

        _passing_ranges = d.pop("passing_ranges", UNSET)
        passing_ranges: PutExperimentRunRequestPassingRanges | Unset
        if isinstance(_passing_ranges, Unset):
            passing_ranges = UNSET
        else:
            passing_ranges = PutExperimentRunRequestPassingRanges.from_dict(_passing_ranges)

        put_experiment_run_request = cls(
            name=name,
            description=description,
            status=status,
            metadata=metadata,
            results=results,
            event_ids=event_ids,
            configuration=configuration,
            evaluators=evaluators,
            session_ids=session_ids,
            datapoint_ids=datapoint_ids,
            passing_ranges=passing_ranges,
        )

        put_experiment_run_request.additional_properties = d
        return put_experiment_run_request

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
        "name": "name",
        "description": "description",
        "status": "status",
        "metadata": "metadata",
        "results": "results",
        "event_ids": "event_ids",
        "configuration": "configuration",
        "evaluators": "evaluators",
        "session_ids": "session_ids",
        "datapoint_ids": "datapoint_ids",
        "passing_ranges": "passing_ranges",
    }

    def dict(
        self, *, by_alias: bool = False, exclude_unset: bool = False, exclude_none: bool = False
    ) -> dict[str, Any]:
        """Pydantic v1 spelling of model_dump()."""
        return self.model_dump(
            by_alias=by_alias, exclude_unset=exclude_unset, exclude_none=exclude_none
        )


class PutExperimentRunRequestDict(TypedDict, total=False):
    """The JSON keys of `PutExperimentRunRequest`, for a dict passed where it is accepted."""

    name: str
    description: str
    status: PutExperimentRunRequestStatus
    metadata: Any
    results: Any
    event_ids: list[str]
    configuration: Any
    evaluators: list[Any]
    session_ids: list[str]
    datapoint_ids: list[str]
    passing_ranges: dict[str, Any]
