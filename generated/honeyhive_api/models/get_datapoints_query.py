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

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="GetDatapointsQuery")


@_attrs_define
class GetDatapointsQuery:
    datapoint_ids: list[str] | Unset = UNSET
    dataset_name: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        datapoint_ids: list[str] | Unset = UNSET
        if not isinstance(self.datapoint_ids, Unset):
            datapoint_ids = self.datapoint_ids

        dataset_name = self.dataset_name

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if datapoint_ids is not UNSET:
            field_dict["datapoint_ids"] = datapoint_ids
        if dataset_name is not UNSET:
            field_dict["dataset_name"] = dataset_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        datapoint_ids = cast(list[str], d.pop("datapoint_ids", UNSET))

        dataset_name = d.pop("dataset_name", UNSET)

        get_datapoints_query = cls(
            datapoint_ids=datapoint_ids,
            dataset_name=dataset_name,
        )

        return get_datapoints_query

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
        "datapoint_ids": "datapoint_ids",
        "dataset_name": "dataset_name",
    }

    def dict(
        self, *, by_alias: bool = False, exclude_unset: bool = False, exclude_none: bool = False
    ) -> dict[str, Any]:
        """Pydantic v1 spelling of model_dump()."""
        return self.model_dump(
            by_alias=by_alias, exclude_unset=exclude_unset, exclude_none=exclude_none
        )


class GetDatapointsQueryDict(TypedDict, total=False):
    """The JSON keys of `GetDatapointsQuery`, for a dict passed where it is accepted."""

    datapoint_ids: list[str]
    dataset_name: str
