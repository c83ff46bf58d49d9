from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExperimentRun")


@_attrs_define
class ExperimentRun:
    """An experiment run."""

    run_id: str
    id: str | Unset = UNSET
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    metadata: Any | Unset = UNSET
    """ A free-form JSON object (any keys, any JSON values). Described without a `type` keyword and with `not` so
    that validators still require an object while generated code exposes it as a plain dict. """
    results: Any | Unset = UNSET
    """ A free-form JSON object (any keys, any JSON values). Described without a `type` keyword and with `not` so
    that validators still require an object while generated code exposes it as a plain dict. """
    event_ids: list[str] | Unset = UNSET
    session_ids: list[str] | Unset = UNSET
    datapoint_ids: list[str] | Unset = UNSET
    configuration: Any | Unset = UNSET
    """ A free-form JSON object (any keys, any JSON values). Described without a `type` keyword and with `not` so
    that validators still require an object while generated code exposes it as a plain dict. """
    evaluators: list[Any] | Unset = UNSET
    passing_ranges: Any | Unset = UNSET
    """ A free-form JSON object (any keys, any JSON values). Described without a `type` keyword and with `not` so
    that validators still require an object while generated code exposes it as a plain dict. """
    is_active: bool | Unset = UNSET
    dataset_id: None | str | Unset = UNSET
    scope_type: str | Unset = UNSET
    scope_id: str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        run_id = self.run_id

        id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        metadata = self.metadata

        results = self.results

        event_ids: list[str] | Unset = UNSET
        if not isinstance(self.event_ids, Unset):
            event_ids = self.event_ids

        session_ids: list[str] | Unset = UNSET
        if not isinstance(self.session_ids, Unset):
            session_ids = self.session_ids

        datapoint_ids: list[str] | Unset = UNSET
        if not isinstance(self.datapoint_ids, Unset):
            datapoint_ids = self.datapoint_ids

        configuration = self.configuration

        evaluators: list[Any] | Unset = UNSET
        if not isinstance(self.evaluators, Unset):
            evaluators = self.evaluators

        passing_ranges = self.passing_ranges

        is_active = self.is_active

        dataset_id: None | str | Unset
        if isinstance(self.dataset_id, Unset):
            dataset_id = UNSET
        else:
            dataset_id = self.dataset_id

        scope_type = self.scope_type

        scope_id = self.scope_id

        created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "run_id": run_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
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
        if session_ids is not UNSET:
            field_dict["session_ids"] = session_ids
        if datapoint_ids is not UNSET:
            field_dict["datapoint_ids"] = datapoint_ids
        if configuration is not UNSET:
            field_dict["configuration"] = configuration
        if evaluators is not UNSET:
            field_dict["evaluators"] = evaluators
        if passing_ranges is not UNSET:
            field_dict["passing_ranges"] = passing_ranges
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if scope_type is not UNSET:
            field_dict["scope_type"] = scope_type
        if scope_id is not UNSET:
            field_dict["scope_id"] = scope_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        run_id = d.pop("run_id")

        id = d.pop("id", UNSET)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        metadata = d.pop("metadata", UNSET)

        results = d.pop("results", UNSET)

        event_ids = cast(list[str], d.pop("event_ids", UNSET))

        session_ids = cast(list[str], d.pop("session_ids", UNSET))

        datapoint_ids = cast(list[str], d.pop("datapoint_ids", UNSET))

        configuration = d.pop("configuration", UNSET)

        evaluators = cast(list[Any], d.pop("evaluators", UNSET))

        passing_ranges = d.pop("passing_ranges", UNSET)

        is_active = d.pop("is_active", UNSET)

        def _parse_dataset_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dataset_id = _parse_dataset_id(d.pop("dataset_id", UNSET))

        scope_type = d.pop("scope_type", UNSET)

        scope_id = d.pop("scope_id", UNSET)

        created_at = d.pop("created_at", UNSET)

        def _parse_updated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        experiment_run = cls(
            run_id=run_id,
            id=id,
            name=name,
            description=description,
            status=status,
            metadata=metadata,
            results=results,
            event_ids=event_ids,
            session_ids=session_ids,
            datapoint_ids=datapoint_ids,
            configuration=configuration,
            evaluators=evaluators,
            passing_ranges=passing_ranges,
            is_active=is_active,
            dataset_id=dataset_id,
            scope_type=scope_type,
            scope_id=scope_id,
            created_at=created_at,
            updated_at=updated_at,
        )

        experiment_run.additional_properties = d
        return experiment_run

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
