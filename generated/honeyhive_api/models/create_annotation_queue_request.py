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
    from ..models.create_annotation_queue_request_filters import (
        CreateAnnotationQueueRequestFilters,
        CreateAnnotationQueueRequestFiltersDict,
    )


T = TypeVar("T", bound="CreateAnnotationQueueRequest")


@_attrs_define
class CreateAnnotationQueueRequest:
    name: str
    description: str | Unset = ""
    filters: CreateAnnotationQueueRequestFilters | Unset = UNSET
    enabled: bool | Unset = True
    event_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters.to_dict()

        enabled = self.enabled

        event_ids: list[str] | Unset = UNSET
        if not isinstance(self.event_ids, Unset):
            event_ids = self.event_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if filters is not UNSET:
            field_dict["filters"] = filters
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if event_ids is not UNSET:
            field_dict["event_ids"] = event_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_annotation_queue_request_filters import (
            CreateAnnotationQueueRequestFilters,  # noqa: PLC0415
        )

        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description", UNSET)

        _filters = d.pop("filters", UNSET)
        filters: CreateAnnotationQueueRequestFilters | Unset
        if isinstance(_filters, Unset):
            filters = UNSET
        else:
            filters = CreateAnnotationQueueRequestFilters.from_dict(_filters)

        enabled = d.pop("enabled", UNSET)

        event_ids = cast(list[str], d.pop("event_ids", UNSET))

        create_annotation_queue_request = cls(
            name=name,
            description=description,
            filters=filters,
            enabled=enabled,
            event_ids=event_ids,
        )

        create_annotation_queue_request.additional_properties = d
        return create_annotation_queue_request

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
        "filters": "filters",
        "enabled": "enabled",
        "event_ids": "event_ids",
    }

    def dict(
        self, *, by_alias: bool = False, exclude_unset: bool = False, exclude_none: bool = False
    ) -> dict[str, Any]:
        """Pydantic v1 spelling of model_dump()."""
        return self.model_dump(
            by_alias=by_alias, exclude_unset=exclude_unset, exclude_none=exclude_none
        )


class CreateAnnotationQueueRequestDict(TypedDict, total=False):
    """The JSON keys of `CreateAnnotationQueueRequest`, for a dict passed where it is accepted."""

    name: Required[str]
    description: str
    filters: CreateAnnotationQueueRequestFiltersDict
    enabled: bool
    event_ids: list[str]
