from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.update_annotation_queue_response_queue import UpdateAnnotationQueueResponseQueue


T = TypeVar("T", bound="UpdateAnnotationQueueResponse")


@_attrs_define
class UpdateAnnotationQueueResponse:
    queue: UpdateAnnotationQueueResponseQueue
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        queue = self.queue.to_dict()

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "queue": queue,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_annotation_queue_response_queue import (
            UpdateAnnotationQueueResponseQueue,  # noqa: PLC0415
        )

        d = dict(src_dict)
        queue = UpdateAnnotationQueueResponseQueue.from_dict(d.pop("queue"))

        message = d.pop("message")

        update_annotation_queue_response = cls(
            queue=queue,
            message=message,
        )

        update_annotation_queue_response.additional_properties = d
        return update_annotation_queue_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
