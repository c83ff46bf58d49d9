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

from ..types import Unset, model_repr

if TYPE_CHECKING:
    from ..models.create_annotation_queue_response_queue_filters import (
        CreateAnnotationQueueResponseQueueFilters,
        CreateAnnotationQueueResponseQueueFiltersDict,
    )


T = TypeVar("T", bound="CreateAnnotationQueueResponseQueue")


@_attrs_define
class CreateAnnotationQueueResponseQueue:
    name: str
    description: str
    filters: CreateAnnotationQueueResponseQueueFilters
    enabled: bool
    id: str
    scope_id: str
    scope_type: str
    is_active: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        filters = self.filters.to_dict()

        enabled = self.enabled

        id = self.id

        scope_id = self.scope_id

        scope_type = self.scope_type

        is_active = self.is_active

        created_at = self.created_at.isoformat()

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "description": description,
                "filters": filters,
                "enabled": enabled,
                "id": id,
                "scope_id": scope_id,
                "scope_type": scope_type,
                "is_active": is_active,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_annotation_queue_response_queue_filters import (
            CreateAnnotationQueueResponseQueueFilters,  # noqa: PLC0415
        )

        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description")

        filters = CreateAnnotationQueueResponseQueueFilters.from_dict(d.pop("filters"))

        enabled = d.pop("enabled")

        id = d.pop("id")

        scope_id = d.pop("scope_id")

        scope_type = d.pop("scope_type")

        is_active = d.pop("is_active")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_updated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        updated_at = _parse_updated_at(d.pop("updated_at"))

        create_annotation_queue_response_queue = cls(
            name=name,
            description=description,
            filters=filters,
            enabled=enabled,
            id=id,
            scope_id=scope_id,
            scope_type=scope_type,
            is_active=is_active,
            created_at=created_at,
            updated_at=updated_at,
        )

        create_annotation_queue_response_queue.additional_properties = d
        return create_annotation_queue_response_queue

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
        "id": "id",
        "scope_id": "scope_id",
        "scope_type": "scope_type",
        "is_active": "is_active",
        "created_at": "created_at",
        "updated_at": "updated_at",
    }

    def dict(
        self, *, by_alias: bool = False, exclude_unset: bool = False, exclude_none: bool = False
    ) -> dict[str, Any]:
        """Pydantic v1 spelling of model_dump()."""
        return self.model_dump(
            by_alias=by_alias, exclude_unset=exclude_unset, exclude_none=exclude_none
        )


class CreateAnnotationQueueResponseQueueDict(TypedDict, total=False):
    """The JSON keys of `CreateAnnotationQueueResponseQueue`, for a dict passed where it is accepted."""

    name: Required[str]
    description: Required[str]
    filters: Required[CreateAnnotationQueueResponseQueueFiltersDict]
    enabled: Required[bool]
    id: Required[str]
    scope_id: Required[str]
    scope_type: Required[str]
    is_active: Required[bool]
    created_at: Required[str]
    updated_at: Required[str | None]
