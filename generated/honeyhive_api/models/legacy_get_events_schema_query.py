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

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.absolute_date_range import AbsoluteDateRange, AbsoluteDateRangeDict


T = TypeVar("T", bound="LegacyGetEventsSchemaQuery")


@_attrs_define
class LegacyGetEventsSchemaQuery:
    date_range: AbsoluteDateRange | str | Unset = UNSET
    evaluation_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.absolute_date_range import AbsoluteDateRange  # noqa: PLC0415

        date_range: dict[str, Any] | str | Unset
        if isinstance(self.date_range, Unset):
            date_range = UNSET
        elif isinstance(self.date_range, AbsoluteDateRange):
            date_range = self.date_range.to_dict()
        else:
            date_range = self.date_range

        evaluation_id = self.evaluation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date_range is not UNSET:
            field_dict["dateRange"] = date_range
        if evaluation_id is not UNSET:
            field_dict["evaluation_id"] = evaluation_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.absolute_date_range import AbsoluteDateRange  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_date_range(data: object) -> AbsoluteDateRange | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                date_range_type_1 = AbsoluteDateRange.from_dict(data)

                return date_range_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AbsoluteDateRange | str | Unset, data)

        date_range = _parse_date_range(d.pop("dateRange", UNSET))

        evaluation_id = d.pop("evaluation_id", UNSET)

        legacy_get_events_schema_query = cls(
            date_range=date_range,
            evaluation_id=evaluation_id,
        )

        legacy_get_events_schema_query.additional_properties = d
        return legacy_get_events_schema_query

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

    @property
    def dateRange(self) -> AbsoluteDateRange | str | Unset:
        """`date_range` under its wire name."""
        return self.date_range

    @dateRange.setter
    def dateRange(self, value: AbsoluteDateRange | str | Unset) -> None:
        self.date_range = value

    #: The JSON key of each field, by attribute name: lets a facade build the model from
    #: keyword arguments spelled either way (``group_by=`` or 1.7.0's ``groupBy=``).
    wire_keys: ClassVar[dict[str, str]] = {
        "date_range": "dateRange",
        "evaluation_id": "evaluation_id",
    }

    def dict(
        self, *, by_alias: bool = False, exclude_unset: bool = False, exclude_none: bool = False
    ) -> dict[str, Any]:
        """Pydantic v1 spelling of model_dump()."""
        return self.model_dump(
            by_alias=by_alias, exclude_unset=exclude_unset, exclude_none=exclude_none
        )


class LegacyGetEventsSchemaQueryDict(TypedDict, total=False):
    """The JSON keys of `LegacyGetEventsSchemaQuery`, for a dict passed where it is accepted."""

    dateRange: str | AbsoluteDateRangeDict
    evaluation_id: str
