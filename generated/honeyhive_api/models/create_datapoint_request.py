from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypedDict,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="CreateDatapointRequest")


@_attrs_define
class CreateDatapointRequest:
    inputs: Any | Unset = UNSET
    """ A free-form JSON object (any keys, any JSON values). Described without a `type` keyword and with `not` so
    that validators still require an object while generated code exposes it as a plain dict. """
    history: list[Any] | Unset = UNSET
    ground_truth: Any | Unset = UNSET
    """ A free-form JSON object (any keys, any JSON values). Described without a `type` keyword and with `not` so
    that validators still require an object while generated code exposes it as a plain dict. """
    metadata: Any | Unset = UNSET
    """ A free-form JSON object (any keys, any JSON values). Described without a `type` keyword and with `not` so
    that validators still require an object while generated code exposes it as a plain dict. """
    linked_event: str | Unset = UNSET
    linked_datasets: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inputs = self.inputs

        history: list[Any] | Unset = UNSET
        if not isinstance(self.history, Unset):
            history = self.history

        ground_truth = self.ground_truth

        metadata = self.metadata

        linked_event = self.linked_event

        linked_datasets: list[str] | Unset = UNSET
        if not isinstance(self.linked_datasets, Unset):
            linked_datasets = self.linked_datasets

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if history is not UNSET:
            field_dict["history"] = history
        if ground_truth is not UNSET:
            field_dict["ground_truth"] = ground_truth
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if linked_event is not UNSET:
            field_dict["linked_event"] = linked_event
        if linked_datasets is not UNSET:
            field_dict["linked_datasets"] = linked_datasets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        inputs = d.pop("inputs", UNSET)

        history = cast(list[Any], d.pop("history", UNSET))

        ground_truth = d.pop("ground_truth", UNSET)

        metadata = d.pop("metadata", UNSET)

        linked_event = d.pop("linked_event", UNSET)

        linked_datasets = cast(list[str], d.pop("linked_datasets", UNSET))

        create_datapoint_request = cls(
            inputs=inputs,
            history=history,
            ground_truth=ground_truth,
            metadata=metadata,
            linked_event=linked_event,
            linked_datasets=linked_datasets,
        )

        create_datapoint_request.additional_properties = d
        return create_datapoint_request

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
        "inputs": "inputs",
        "history": "history",
        "ground_truth": "ground_truth",
        "metadata": "metadata",
        "linked_event": "linked_event",
        "linked_datasets": "linked_datasets",
    }

    def dict(
        self, *, by_alias: bool = False, exclude_unset: bool = False, exclude_none: bool = False
    ) -> dict[str, Any]:
        """Pydantic v1 spelling of model_dump()."""
        return self.model_dump(
            by_alias=by_alias, exclude_unset=exclude_unset, exclude_none=exclude_none
        )


class CreateDatapointRequestDict(TypedDict, total=False):
    """The JSON keys of `CreateDatapointRequest`, for a dict passed where it is accepted."""

    inputs: Any
    history: list[Any]
    ground_truth: Any
    metadata: Any
    linked_event: str
    linked_datasets: list[str]
