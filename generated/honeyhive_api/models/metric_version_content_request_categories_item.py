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

from ..types import model_repr

T = TypeVar("T", bound="MetricVersionContentRequestCategoriesItem")


@_attrs_define
class MetricVersionContentRequestCategoriesItem:
    category: str
    score: float | None

    def to_dict(self) -> dict[str, Any]:
        category = self.category

        score: float | None
        score = self.score

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "category": category,
                "score": score,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category = d.pop("category")

        def _parse_score(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        score = _parse_score(d.pop("score"))

        metric_version_content_request_categories_item = cls(
            category=category,
            score=score,
        )

        return metric_version_content_request_categories_item

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
        "category": "category",
        "score": "score",
    }

    def dict(
        self, *, by_alias: bool = False, exclude_unset: bool = False, exclude_none: bool = False
    ) -> dict[str, Any]:
        """Pydantic v1 spelling of model_dump()."""
        return self.model_dump(
            by_alias=by_alias, exclude_unset=exclude_unset, exclude_none=exclude_none
        )


class MetricVersionContentRequestCategoriesItemDict(TypedDict, total=False):
    """The JSON keys of `MetricVersionContentRequestCategoriesItem`, for a dict passed where it is accepted."""

    category: Required[str]
    score: Required[float | None]
