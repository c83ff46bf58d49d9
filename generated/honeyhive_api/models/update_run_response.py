from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.experiment_run import ExperimentRun


T = TypeVar("T", bound="UpdateRunResponse")


@_attrs_define
class UpdateRunResponse:
    """Result of updating a run."""

    evaluation: ExperimentRun | Unset = UNSET
    """ An experiment run. """
    warning: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        evaluation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.evaluation, Unset):
            evaluation = self.evaluation.to_dict()

        warning = self.warning

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if evaluation is not UNSET:
            field_dict["evaluation"] = evaluation
        if warning is not UNSET:
            field_dict["warning"] = warning

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.experiment_run import ExperimentRun  # noqa: PLC0415

        d = dict(src_dict)
        _evaluation = d.pop("evaluation", UNSET)
        evaluation: ExperimentRun | Unset
        if isinstance(_evaluation, Unset):
            evaluation = UNSET
        else:
            evaluation = ExperimentRun.from_dict(_evaluation)

        warning = d.pop("warning", UNSET)

        update_run_response = cls(
            evaluation=evaluation,
            warning=warning,
        )

        update_run_response.additional_properties = d
        return update_run_response

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
