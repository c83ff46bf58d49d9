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
)

from attrs import define as _attrs_define

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.metric_version_content import MetricVersionContent, MetricVersionContentDict


T = TypeVar("T", bound="MetricVersion")


@_attrs_define
class MetricVersion:
    name: str
    full_sha: str
    message: str
    date: datetime.datetime
    deployed: bool
    content: MetricVersionContent

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        full_sha = self.full_sha

        message = self.message

        date = self.date.isoformat()

        deployed = self.deployed

        content = self.content.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "full_sha": full_sha,
                "message": message,
                "date": date,
                "deployed": deployed,
                "content": content,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metric_version_content import MetricVersionContent  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        full_sha = d.pop("full_sha")

        message = d.pop("message")

        date = datetime.datetime.fromisoformat(d.pop("date"))

        deployed = d.pop("deployed")

        content = MetricVersionContent.from_dict(d.pop("content"))

        metric_version = cls(
            name=name,
            full_sha=full_sha,
            message=message,
            date=date,
            deployed=deployed,
            content=content,
        )

        return metric_version

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
        "full_sha": "full_sha",
        "message": "message",
        "date": "date",
        "deployed": "deployed",
        "content": "content",
    }

    def dict(
        self, *, by_alias: bool = False, exclude_unset: bool = False, exclude_none: bool = False
    ) -> dict[str, Any]:
        """Pydantic v1 spelling of model_dump()."""
        return self.model_dump(
            by_alias=by_alias, exclude_unset=exclude_unset, exclude_none=exclude_none
        )


class MetricVersionDict(TypedDict, total=False):
    """The JSON keys of `MetricVersion`, for a dict passed where it is accepted."""

    name: Required[str]
    full_sha: Required[str]
    message: Required[str]
    date: Required[str]
    deployed: Required[bool]
    content: Required[MetricVersionContentDict]
