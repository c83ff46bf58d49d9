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

T = TypeVar("T", bound="Datapoint")


@_attrs_define
class Datapoint:
    id: str
    inputs: Any
    """ A free-form JSON object (any keys, any JSON values). Described without a `type` keyword and with `not` so
    that validators still require an object while generated code exposes it as a plain dict. """
    history: list[Any]
    ground_truth: Any | None
    metadata: Any | None
    linked_event: None | str
    created_at: str
    updated_at: str | Unset = UNSET
    linked_datasets: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        inputs = self.inputs

        history = self.history

        ground_truth: Any | None
        ground_truth = self.ground_truth

        metadata: Any | None
        metadata = self.metadata

        linked_event: None | str
        linked_event = self.linked_event

        created_at = self.created_at

        updated_at = self.updated_at

        linked_datasets: list[str] | Unset = UNSET
        if not isinstance(self.linked_datasets, Unset):
            linked_datasets = self.linked_datasets

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "inputs": inputs,
                "history": history,
                "ground_truth": ground_truth,
                "metadata": metadata,
                "linked_event": linked_event,
                "created_at": created_at,
            }
        )
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if linked_datasets is not UNSET:
            field_dict["linked_datasets"] = linked_datasets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        inputs = d.pop("inputs")

        history = cast(list[Any], d.pop("history"))

        def _parse_ground_truth(data: object) -> Any | None:
            if data is None:
                return data
            return cast(Any | None, data)

        ground_truth = _parse_ground_truth(d.pop("ground_truth"))

        def _parse_metadata(data: object) -> Any | None:
            if data is None:
                return data
            return cast(Any | None, data)

        metadata = _parse_metadata(d.pop("metadata"))

        def _parse_linked_event(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        linked_event = _parse_linked_event(d.pop("linked_event"))

        created_at = d.pop("created_at")

        updated_at = d.pop("updated_at", UNSET)

        linked_datasets = cast(list[str], d.pop("linked_datasets", UNSET))

        datapoint = cls(
            id=id,
            inputs=inputs,
            history=history,
            ground_truth=ground_truth,
            metadata=metadata,
            linked_event=linked_event,
            created_at=created_at,
            updated_at=updated_at,
            linked_datasets=linked_datasets,
        )

        datapoint.additional_properties = d
        return datapoint

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
        "inputs": "inputs",
        "history": "history",
        "ground_truth": "ground_truth",
        "metadata": "metadata",
        "linked_event": "linked_event",
        "created_at": "created_at",
        "updated_at": "updated_at",
        "linked_datasets": "linked_datasets",
    }

    def dict(
        self, *, by_alias: bool = False, exclude_unset: bool = False, exclude_none: bool = False
    ) -> dict[str, Any]:
        """Pydantic v1 spelling of model_dump()."""
        return self.model_dump(
            by_alias=by_alias, exclude_unset=exclude_unset, exclude_none=exclude_none
        )


class DatapointDict(TypedDict, total=False):
    """The JSON keys of `Datapoint`, for a dict passed where it is accepted."""

    id: Required[str]
    inputs: Required[Any]
    history: Required[list[Any]]
    ground_truth: Required[Any | None]
    metadata: Required[Any | None]
    linked_event: Required[str | None]
    created_at: Required[str]
    updated_at: str
    linked_datasets: list[str]
