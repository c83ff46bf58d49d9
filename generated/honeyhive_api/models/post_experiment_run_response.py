from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.experiment_run_object import ExperimentRunObject


T = TypeVar("T", bound="PostExperimentRunResponse")


@_attrs_define
class PostExperimentRunResponse:
    evaluation: ExperimentRunObject
    run_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        evaluation = self.evaluation.to_dict()

        run_id = self.run_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "evaluation": evaluation,
                "run_id": run_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.experiment_run_object import ExperimentRunObject  # noqa: PLC0415

        d = dict(src_dict)
        evaluation = ExperimentRunObject.from_dict(d.pop("evaluation"))

        run_id = d.pop("run_id")

        post_experiment_run_response = cls(
            evaluation=evaluation,
            run_id=run_id,
        )

        post_experiment_run_response.additional_properties = d
        return post_experiment_run_response

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
