from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Required,
    TypedDict,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..models.run_metric_request_metric_return_type import (
    RunMetricRequestMetricReturnType,
    check_run_metric_request_metric_return_type,
)
from ..models.run_metric_request_metric_type import (
    RunMetricRequestMetricType,
    check_run_metric_request_metric_type,
)
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.run_metric_request_metric_categories_item import (
        RunMetricRequestMetricCategoriesItem,
        RunMetricRequestMetricCategoriesItemDict,
    )
    from ..models.run_metric_request_metric_child_metrics_item import (
        RunMetricRequestMetricChildMetricsItem,
        RunMetricRequestMetricChildMetricsItemDict,
    )
    from ..models.run_metric_request_metric_filters import (
        RunMetricRequestMetricFilters,
        RunMetricRequestMetricFiltersDict,
    )
    from ..models.run_metric_request_metric_threshold_type_0 import (
        RunMetricRequestMetricThresholdType0,
        RunMetricRequestMetricThresholdType0Dict,
    )


T = TypeVar("T", bound="RunMetricRequestMetric")


@_attrs_define
class RunMetricRequestMetric:
    name: str
    type_: RunMetricRequestMetricType
    criteria: str
    description: str | Unset = ""
    return_type: RunMetricRequestMetricReturnType | Unset = "float"
    enabled_in_prod: bool | Unset = False
    needs_ground_truth: bool | Unset = False
    sampling_percentage: float | Unset = 10.0
    model_provider: None | str | Unset = UNSET
    model_name: None | str | Unset = UNSET
    scale: int | None | Unset = UNSET
    threshold: None | RunMetricRequestMetricThresholdType0 | Unset = UNSET
    categories: list[RunMetricRequestMetricCategoriesItem] | None | Unset = UNSET
    child_metrics: list[RunMetricRequestMetricChildMetricsItem] | None | Unset = UNSET
    filters: RunMetricRequestMetricFilters | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.run_metric_request_metric_threshold_type_0 import (
            RunMetricRequestMetricThresholdType0,  # noqa: PLC0415
        )

        name = self.name

        type_: str = self.type_

        criteria = self.criteria

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

        threshold: dict[str, Any] | None | Unset
        if isinstance(self.threshold, Unset):
            threshold = UNSET
        elif isinstance(self.threshold, RunMetricRequestMetricThresholdType0):
            threshold = self.threshold.to_dict()
        else:
            threshold = self.threshold

        categories: list[dict[str, Any]] | None | Unset
        if isinstance(self.categories, Unset):
            categories = UNSET
        elif isinstance(self.categories, list):
            categories = []
            for categories_type_0_item_data in self.categories:
                categories_type_0_item = categories_type_0_item_data.to_dict()
                categories.append(categories_type_0_item)

        else:
            categories = self.categories

        child_metrics: list[dict[str, Any]] | None | Unset
        if isinstance(self.child_metrics, Unset):
            child_metrics = UNSET
        elif isinstance(self.child_metrics, list):
            child_metrics = []
            for child_metrics_type_0_item_data in self.child_metrics:
                child_metrics_type_0_item = child_metrics_type_0_item_data.to_dict()
                child_metrics.append(child_metrics_type_0_item)

        else:
            child_metrics = self.child_metrics

        filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "type": type_,
                "criteria": criteria,
            }
        )
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
        from ..models.run_metric_request_metric_categories_item import (
            RunMetricRequestMetricCategoriesItem,  # noqa: PLC0415
        )
        from ..models.run_metric_request_metric_child_metrics_item import (
            RunMetricRequestMetricChildMetricsItem,  # noqa: PLC0415
        )
        from ..models.run_metric_request_metric_filters import RunMetricRequestMetricFilters  # noqa: PLC0415
        from ..models.run_metric_request_metric_threshold_type_0 import (
            RunMetricRequestMetricThresholdType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        name = d.pop("name")

        type_ = check_run_metric_request_metric_type(d.pop("type"))

        criteria = d.pop("criteria")

        description = d.pop("description", UNSET)

        _return_type = d.pop("return_type", UNSET)
        return_type: RunMetricRequestMetricReturnType | Unset
        if isinstance(_return_type, Unset):
            return_type = UNSET
        else:
            return_type = check_run_metric_request_metric_return_type(_return_type)

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

        def _parse_threshold(data: object) -> None | RunMetricRequestMetricThresholdType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                threshold_type_0 = RunMetricRequestMetricThresholdType0.from_dict(data)

                return threshold_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RunMetricRequestMetricThresholdType0 | Unset, data)

        threshold = _parse_threshold(d.pop("threshold", UNSET))

        def _parse_categories(
            data: object,
        ) -> list[RunMetricRequestMetricCategoriesItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                categories_type_0 = []
                _categories_type_0 = data
                for categories_type_0_item_data in _categories_type_0:
                    categories_type_0_item = RunMetricRequestMetricCategoriesItem.from_dict(
                        categories_type_0_item_data
                    )

                    categories_type_0.append(categories_type_0_item)

                return categories_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RunMetricRequestMetricCategoriesItem] | None | Unset, data)

        categories = _parse_categories(d.pop("categories", UNSET))

        def _parse_child_metrics(
            data: object,
        ) -> list[RunMetricRequestMetricChildMetricsItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                child_metrics_type_0 = []
                _child_metrics_type_0 = data
                for child_metrics_type_0_item_data in _child_metrics_type_0:
                    child_metrics_type_0_item = RunMetricRequestMetricChildMetricsItem.from_dict(
                        child_metrics_type_0_item_data
                    )

                    child_metrics_type_0.append(child_metrics_type_0_item)

                return child_metrics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RunMetricRequestMetricChildMetricsItem] | None | Unset, data)

        child_metrics = _parse_child_metrics(d.pop("child_metrics", UNSET))

        _filters = d.pop("filters", UNSET)
        filters: RunMetricRequestMetricFilters | Unset
        if isinstance(_filters, Unset):
            filters = UNSET
        else:
            filters = RunMetricRequestMetricFilters.from_dict(_filters)

        run_metric_request_metric = cls(
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

        return run_metric_request_metric

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
    def type(self) -> RunMetricRequestMetricType:
        """`type_` under its wire name."""
        return self.type_

    @type.setter
    def type(self, value: RunMetricRequestMetricType) -> None:
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


class RunMetricRequestMetricDict(TypedDict, total=False):
    """The JSON keys of `RunMetricRequestMetric`, for a dict passed where it is accepted."""

    name: Required[str]
    type: Required[RunMetricRequestMetricType]
    criteria: Required[str]
    description: str
    return_type: RunMetricRequestMetricReturnType
    enabled_in_prod: bool
    needs_ground_truth: bool
    sampling_percentage: float
    model_provider: str | None
    model_name: str | None
    scale: int | None
    threshold: RunMetricRequestMetricThresholdType0Dict | None
    categories: list[RunMetricRequestMetricCategoriesItemDict] | None
    child_metrics: list[RunMetricRequestMetricChildMetricsItemDict] | None
    filters: RunMetricRequestMetricFiltersDict
