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

from ..models.update_metric_request_return_type import (
    UpdateMetricRequestReturnType,
    check_update_metric_request_return_type,
)
from ..models.update_metric_request_type import (
    UpdateMetricRequestType,
    check_update_metric_request_type,
)
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.update_metric_request_categories_item import (
        UpdateMetricRequestCategoriesItem,
        UpdateMetricRequestCategoriesItemDict,
    )
    from ..models.update_metric_request_child_metrics_item import (
        UpdateMetricRequestChildMetricsItem,
        UpdateMetricRequestChildMetricsItemDict,
    )
    from ..models.update_metric_request_filters import (
        UpdateMetricRequestFilters,
        UpdateMetricRequestFiltersDict,
    )
    from ..models.update_metric_request_threshold import (
        UpdateMetricRequestThreshold,
        UpdateMetricRequestThresholdDict,
    )


T = TypeVar("T", bound="UpdateMetricRequest")


@_attrs_define
class UpdateMetricRequest:
    name: str | Unset = UNSET
    type_: UpdateMetricRequestType | Unset = UNSET
    criteria: str | Unset = UNSET
    description: None | str | Unset = UNSET
    return_type: UpdateMetricRequestReturnType | Unset = UNSET
    enabled_in_prod: bool | Unset = UNSET
    needs_ground_truth: bool | Unset = UNSET
    sampling_percentage: float | Unset = UNSET
    model_provider: None | str | Unset = UNSET
    model_name: None | str | Unset = UNSET
    scale: int | None | Unset = UNSET
    threshold: UpdateMetricRequestThreshold | Unset = UNSET
    categories: list[UpdateMetricRequestCategoriesItem] | Unset = UNSET
    child_metrics: list[UpdateMetricRequestChildMetricsItem] | Unset = UNSET
    filters: UpdateMetricRequestFilters | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        criteria = self.criteria

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        return_type: str | Unset = UNSET
        if not isinstance(self.return_type, Unset):
            return_type = self.return_type

        enabled_in_prod = self.enabled_in_prod

        needs_ground_truth = self.needs_ground_truth

        sampling_percentage = self.sampling_percentage

        model_provider: None | str | Unset
        if isinstance(self.model_provider, Unset):
            model_provider = UNSET
        else:
            model_provider = self.model_provider

        model_name: None | str | Unset
        if isinstance(self.model_name, Unset):
            model_name = UNSET
        else:
            model_name = self.model_name

        scale: int | None | Unset
        if isinstance(self.scale, Unset):
            scale = UNSET
        else:
            scale = self.scale

        threshold: dict[str, Any] | Unset = UNSET
        if not isinstance(self.threshold, Unset):
            threshold = self.threshold.to_dict()

        categories: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = []
            for categories_item_data in self.categories:
                categories_item = categories_item_data.to_dict()
                categories.append(categories_item)

        child_metrics: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.child_metrics, Unset):
            child_metrics = []
            for child_metrics_item_data in self.child_metrics:
                child_metrics_item = child_metrics_item_data.to_dict()
                child_metrics.append(child_metrics_item)

        filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if criteria is not UNSET:
            field_dict["criteria"] = criteria
        if description is not UNSET:
            field_dict["description"] = description
        if return_type is not UNSET:
            field_dict["return_type"] = return_type
        if enabled_in_prod is not UNSET:
            field_dict["enabled_in_prod"] = enabled_in_prod
        if needs_ground_truth is not UNSET:
            field_dict["needs_ground_truth"] = needs_ground_truth
        if sampling_percentage is not UNSET:
            field_dict["sampling_percentage"] = sampling_percentage
        if model_provider is not UNSET:
            field_dict["model_provider"] = model_provider
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if scale is not UNSET:
            field_dict["scale"] = scale
        if threshold is not UNSET:
            field_dict["threshold"] = threshold
        if categories is not UNSET:
            field_dict["categories"] = categories
        if child_metrics is not UNSET:
            field_dict["child_metrics"] = child_metrics
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_metric_request_categories_item import UpdateMetricRequestCategoriesItem  # noqa: PLC0415
        from ..models.update_metric_request_child_metrics_item import (
            UpdateMetricRequestChildMetricsItem,  # noqa: PLC0415
        )
        from ..models.update_metric_request_filters import UpdateMetricRequestFilters  # noqa: PLC0415
        from ..models.update_metric_request_threshold import UpdateMetricRequestThreshold  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: UpdateMetricRequestType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_update_metric_request_type(_type_)

        criteria = d.pop("criteria", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _return_type = d.pop("return_type", UNSET)
        return_type: UpdateMetricRequestReturnType | Unset
        if isinstance(_return_type, Unset):
            return_type = UNSET
        else:
            return_type = check_update_metric_request_return_type(_return_type)

        enabled_in_prod = d.pop("enabled_in_prod", UNSET)

        needs_ground_truth = d.pop("needs_ground_truth", UNSET)

        sampling_percentage = d.pop("sampling_percentage", UNSET)

        def _parse_model_provider(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model_provider = _parse_model_provider(d.pop("model_provider", UNSET))

        def _parse_model_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model_name = _parse_model_name(d.pop("model_name", UNSET))

        def _parse_scale(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        scale = _parse_scale(d.pop("scale", UNSET))

        _threshold = d.pop("threshold", UNSET)
        threshold: UpdateMetricRequestThreshold | Unset
        if isinstance(_threshold, Unset):
            threshold = UNSET
        else:
            threshold = UpdateMetricRequestThreshold.from_dict(_threshold)

        _categories = d.pop("categories", UNSET)
        categories: list[UpdateMetricRequestCategoriesItem] | Unset = UNSET
        if _categories is not UNSET:
            categories = []
            for categories_item_data in _categories:
                categories_item = UpdateMetricRequestCategoriesItem.from_dict(categories_item_data)

                categories.append(categories_item)

        _child_metrics = d.pop("child_metrics", UNSET)
        child_metrics: list[UpdateMetricRequestChildMetricsItem] | Unset = UNSET
        if _child_metrics is not UNSET:
            child_metrics = []
            for child_metrics_item_data in _child_metrics:
                child_metrics_item = UpdateMetricRequestChildMetricsItem.from_dict(
                    child_metrics_item_data
                )

                child_metrics.append(child_metrics_item)

        _filters = d.pop("filters", UNSET)
        filters: UpdateMetricRequestFilters | Unset
        if isinstance(_filters, Unset):
            filters = UNSET
        else:
            filters = UpdateMetricRequestFilters.from_dict(_filters)

        update_metric_request = cls(
            name=name,
            type_=type_,
            criteria=criteria,
            description=description,
            return_type=return_type,
            enabled_in_prod=enabled_in_prod,
            needs_ground_truth=needs_ground_truth,
            sampling_percentage=sampling_percentage,
            model_provider=model_provider,
            model_name=model_name,
            scale=scale,
            threshold=threshold,
            categories=categories,
            child_metrics=child_metrics,
            filters=filters,
        )

        return update_metric_request

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
    def type(self) -> UpdateMetricRequestType | Unset:
        """`type_` under its wire name."""
        return self.type_

    @type.setter
    def type(self, value: UpdateMetricRequestType | Unset) -> None:
        self.type_ = value

    #: The JSON key of each field, by attribute name: lets a facade build the model from
    #: keyword arguments spelled either way (``group_by=`` or 1.7.0's ``groupBy=``).
    wire_keys: ClassVar[dict[str, str]] = {
        "name": "name",
        "type_": "type",
        "criteria": "criteria",
        "description": "description",
        "return_type": "return_type",
        "enabled_in_prod": "enabled_in_prod",
        "needs_ground_truth": "needs_ground_truth",
        "sampling_percentage": "sampling_percentage",
        "model_provider": "model_provider",
        "model_name": "model_name",
        "scale": "scale",
        "threshold": "threshold",
        "categories": "categories",
        "child_metrics": "child_metrics",
        "filters": "filters",
    }

    def dict(
        self, *, by_alias: bool = False, exclude_unset: bool = False, exclude_none: bool = False
    ) -> dict[str, Any]:
        """Pydantic v1 spelling of model_dump()."""
        return self.model_dump(
            by_alias=by_alias, exclude_unset=exclude_unset, exclude_none=exclude_none
        )


class UpdateMetricRequestDict(TypedDict, total=False):
    """The JSON keys of `UpdateMetricRequest`, for a dict passed where it is accepted."""

    name: str
    type: UpdateMetricRequestType
    criteria: str
    description: str | None
    return_type: UpdateMetricRequestReturnType
    enabled_in_prod: bool
    needs_ground_truth: bool
    sampling_percentage: float
    model_provider: str | None
    model_name: str | None
    scale: int | None
    threshold: UpdateMetricRequestThresholdDict
    categories: list[UpdateMetricRequestCategoriesItemDict]
    child_metrics: list[UpdateMetricRequestChildMetricsItemDict]
    filters: UpdateMetricRequestFiltersDict
