from __future__ import annotations

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

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.metric_version_content_request import (
        MetricVersionContentRequest,
        MetricVersionContentRequestDict,
    )


T = TypeVar("T", bound="CreateMetricVersionRequest")


@_attrs_define
class CreateMetricVersionRequest:
    message: str
    content: MetricVersionContentRequest
    deploy_immediately: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        content = self.content.to_dict()

        deploy_immediately = self.deploy_immediately

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "message": message,
                "content": content,
            }
        )
        if deploy_immediately is not UNSET:
            field_dict["deploy_immediately"] = deploy_immediately

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metric_version_content_request import MetricVersionContentRequest  # noqa: PLC0415

        d = dict(src_dict)
        message = d.pop("message")

        content = MetricVersionContentRequest.from_dict(d.pop("content"))

        deploy_immediately = d.pop("deploy_immediately", UNSET)

        create_metric_version_request = cls(
            message=message,
            content=content,
            deploy_immediately=deploy_immediately,
        )

        return create_metric_version_request

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
        "message": "message",
        "content": "content",
        "deploy_immediately": "deploy_immediately",
    }

    def dict(
        self, *, by_alias: bool = False, exclude_unset: bool = False, exclude_none: bool = False
    ) -> dict[str, Any]:
        """Pydantic v1 spelling of model_dump()."""
        return self.model_dump(
            by_alias=by_alias, exclude_unset=exclude_unset, exclude_none=exclude_none
        )


class CreateMetricVersionRequestDict(TypedDict, total=False):
    """The JSON keys of `CreateMetricVersionRequest`, for a dict passed where it is accepted."""

    message: Required[str]
    content: Required[MetricVersionContentRequestDict]
    deploy_immediately: bool
