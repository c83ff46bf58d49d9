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
    from ..models.experiment_run_object_metrics import ExperimentRunObjectMetrics


T = TypeVar("T", bound="ExperimentRunObject")


@_attrs_define
class ExperimentRunObject:
    id: str
    run_id: str
    metadata: Any
    """ A free-form JSON object (any keys, any JSON values). Described without a `type` keyword and with `not` so
    that validators still require an object while generated code exposes it as a plain dict. """
    results: Any
    """ A free-form JSON object (any keys, any JSON values). Described without a `type` keyword and with `not` so
    that validators still require an object while generated code exposes it as a plain dict. """
    event_ids: list[str]
    configuration: Any
    """ A free-form JSON object (any keys, any JSON values). Described without a `type` keyword and with `not` so
    that validators still require an object while generated code exposes it as a plain dict. """
    is_active: bool
    created_at: datetime.datetime | str
    scope_type: str
    scope_id: str
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    metrics: ExperimentRunObjectMetrics | Unset = UNSET
    updated_at: datetime.datetime | None | str | Unset = UNSET
    dataset_id: None | str | Unset = UNSET
    dataset_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        run_id = self.run_id

        metadata = self.metadata

        results = self.results

        event_ids = self.event_ids

        configuration = self.configuration

        is_active = self.is_active

        created_at: str
        if isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        scope_type = self.scope_type

        scope_id = self.scope_id

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

        metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = self.metrics.to_dict()

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        dataset_id: None | str | Unset
        if isinstance(self.dataset_id, Unset):
            dataset_id = UNSET
        else:
            dataset_id = self.dataset_id

        dataset_name: None | str | Unset
        if isinstance(self.dataset_name, Unset):
            dataset_name = UNSET
        else:
            dataset_name = self.dataset_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "run_id": run_id,
                "metadata": metadata,
                "results": results,
                "event_ids": event_ids,
                "configuration": configuration,
                "is_active": is_active,
                "created_at": created_at,
                "scope_type": scope_type,
                "scope_id": scope_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if dataset_name is not UNSET:
            field_dict["dataset_name"] = dataset_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.experiment_run_object_metrics import ExperimentRunObjectMetrics  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        run_id = d.pop("run_id")

        metadata = d.pop("metadata")

        results = d.pop("results")

        event_ids = cast(list[str], d.pop("event_ids"))

        configuration = d.pop("configuration")

        is_active = d.pop("is_active")

        def _parse_created_at(data: object) -> datetime.datetime | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_1 = datetime.datetime.fromisoformat(data)

                return created_at_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | str, data)

        created_at = _parse_created_at(d.pop("created_at"))

        scope_type = d.pop("scope_type")

        scope_id = d.pop("scope_id")

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

        _metrics = d.pop("metrics", UNSET)
        metrics: ExperimentRunObjectMetrics | Unset
        if isinstance(_metrics, Unset):
            metrics = UNSET
        else:
            metrics = ExperimentRunObjectMetrics.from_dict(_metrics)

        def _parse_updated_at(data: object) -> datetime.datetime | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_1 = datetime.datetime.fromisoformat(data)

                return updated_at_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | str | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        def _parse_dataset_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dataset_id = _parse_dataset_id(d.pop("dataset_id", UNSET))

        def _parse_dataset_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dataset_name = _parse_dataset_name(d.pop("dataset_name", UNSET))

        experiment_run_object = cls(
            id=id,
            run_id=run_id,
            metadata=metadata,
            results=results,
            event_ids=event_ids,
            configuration=configuration,
            is_active=is_active,
            created_at=created_at,
            scope_type=scope_type,
            scope_id=scope_id,
            name=name,
            description=description,
            status=status,
            metrics=metrics,
            updated_at=updated_at,
            dataset_id=dataset_id,
            dataset_name=dataset_name,
        )

        experiment_run_object.additional_properties = d
        return experiment_run_object

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
        "id": "id",
        "run_id": "run_id",
        "metadata": "metadata",
        "results": "results",
        "event_ids": "event_ids",
        "configuration": "configuration",
        "is_active": "is_active",
        "created_at": "created_at",
        "scope_type": "scope_type",
        "scope_id": "scope_id",
        "name": "name",
        "description": "description",
        "status": "status",
        "metrics": "metrics",
        "updated_at": "updated_at",
        "dataset_id": "dataset_id",
        "dataset_name": "dataset_name",
    }

    def dict(
        self, *, by_alias: bool = False, exclude_unset: bool = False, exclude_none: bool = False
    ) -> dict[str, Any]:
        """Pydantic v1 spelling of model_dump()."""
        return self.model_dump(
            by_alias=by_alias, exclude_unset=exclude_unset, exclude_none=exclude_none
        )


class ExperimentRunObjectDict(TypedDict, total=False):
    """The JSON keys of `ExperimentRunObject`, for a dict passed where it is accepted."""

    id: Required[str]
    run_id: Required[str]
    metadata: Required[Any]
    results: Required[Any]
    event_ids: Required[list[str]]
    configuration: Required[Any]
    is_active: Required[bool]
    created_at: Required[str]
    scope_type: Required[str]
    scope_id: Required[str]
    name: str | None
    description: str | None
    status: str | None
    metrics: dict[str, Any]
    updated_at: str | None
    dataset_id: str | None
    dataset_name: str | None
