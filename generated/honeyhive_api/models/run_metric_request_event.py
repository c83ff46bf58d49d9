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
    from ..models.run_metric_request_event_feedback import (
        RunMetricRequestEventFeedback,
        RunMetricRequestEventFeedbackDict,
    )


T = TypeVar("T", bound="RunMetricRequestEvent")


@_attrs_define
class RunMetricRequestEvent:
    event_type: str | Unset = UNSET
    event_name: str | Unset = UNSET
    inputs: Any | Unset = UNSET
    """ A free-form JSON object (any keys, any JSON values). Described without a `type` keyword and with `not` so
    that validators still require an object while generated code exposes it as a plain dict. """
    outputs: Any | Unset = UNSET
    """ A free-form JSON object (any keys, any JSON values). Described without a `type` keyword and with `not` so
    that validators still require an object while generated code exposes it as a plain dict. """
    workspace_id: str | Unset = UNSET
    feedback: RunMetricRequestEventFeedback | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_type = self.event_type

        event_name = self.event_name

        inputs = self.inputs

        outputs = self.outputs

        workspace_id = self.workspace_id

        feedback: dict[str, Any] | Unset = UNSET
        if not isinstance(self.feedback, Unset):
            feedback = self.feedback.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event_type is not UNSET:
            field_dict["event_type"] = event_type
        if event_name is not UNSET:
            field_dict["event_name"] = event_name
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if outputs is not UNSET:
            field_dict["outputs"] = outputs
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if feedback is not UNSET:
            field_dict["feedback"] = feedback

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.run_metric_request_event_feedback import RunMetricRequestEventFeedback  # noqa: PLC0415

        d = dict(src_dict)
        event_type = d.pop("event_type", UNSET)

        event_name = d.pop("event_name", UNSET)

        inputs = d.pop("inputs", UNSET)

        outputs = d.pop("outputs", UNSET)

        workspace_id = d.pop("workspace_id", UNSET)

        _feedback = d.pop("feedback", UNSET)
        feedback: RunMetricRequestEventFeedback | Unset
        if isinstance(_feedback, Unset):
            feedback = UNSET
        else:
            feedback = RunMetricRequestEventFeedback.from_dict(_feedback)

        run_metric_request_event = cls(
            event_type=event_type,
            event_name=event_name,
            inputs=inputs,
            outputs=outputs,
            workspace_id=workspace_id,
            feedback=feedback,
        )

        run_metric_request_event.additional_properties = d
        return run_metric_request_event

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
        "event_type": "event_type",
        "event_name": "event_name",
        "inputs": "inputs",
        "outputs": "outputs",
        "workspace_id": "workspace_id",
        "feedback": "feedback",
    }

    def dict(
        self, *, by_alias: bool = False, exclude_unset: bool = False, exclude_none: bool = False
    ) -> dict[str, Any]:
        """Pydantic v1 spelling of model_dump()."""
        return self.model_dump(
            by_alias=by_alias, exclude_unset=exclude_unset, exclude_none=exclude_none
        )


class RunMetricRequestEventDict(TypedDict, total=False):
    """The JSON keys of `RunMetricRequestEvent`, for a dict passed where it is accepted."""

    event_type: str
    event_name: str
    inputs: Any
    outputs: Any
    workspace_id: str
    feedback: RunMetricRequestEventFeedbackDict
