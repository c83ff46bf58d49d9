from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metric_version_content_request import MetricVersionContentRequest


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
