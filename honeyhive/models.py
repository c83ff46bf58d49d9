"""Every model users import: the generated ``honeyhive_api`` models plus the reference doc's shapes.

Generated models are loaded on first access (module ``__getattr__``), so importing this
module costs nothing until a model is used. Four names differ from the wire models they stand
for, because the reference doc builds them differently from what the service accepts:

- `CreateConfigurationRequest`, `UpdateConfigurationRequest`, `UpdateProjectRequest`: the
  doc's request shapes, which the namespaces convert to the wire bodies (`to_wire`);
- `Configuration`: the service's configuration item plus the doc's ``is_active``.

The wire models themselves stay reachable, unchanged, as ``honeyhive_api.models.<Name>``.

Dict shapes: every generated model ``X`` with declared fields has a TypedDict ``XDict`` of its
JSON keys, generated from openapi.yaml with the model (so it cannot drift): ``total=False``,
``Required[...]`` on required keys, nested objects as their own ``...Dict``, free-form JSON
(``inputs``, ``metadata``, ...) as ``dict[str, Any]``. Annotate a dict with it and mypy or an
editor flags a misspelled key; at run time every request method refuses unknown keys anyway
(``ValueError`` naming the key and the closest valid one). The names follow the wire models,
not this module's doc-shaped classes: the flat event of ``events.create`` is
``LegacyPostEventRequestEventDict`` (``PostEventRequestDict`` is today's ``POST /v1/events``
body, without the deprecated ``project``), the flat session of ``sessions.start`` is
``StartSessionRequestDict``, an update of ``events.update`` is ``LegacyUpdateEventRequestDict``.

``UNSET`` (of type ``Unset``) is the value of a field the JSON object did not have; it is falsy
and prints as ``UNSET``, and model reprs leave such fields out.
"""

from __future__ import annotations

import enum
import importlib
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypeVar, cast

from attrs import define, field
from attrs import field as _attr
from attrs.validators import deep_iterable, instance_of, optional

from ._convert import as_dict, check_keys, closest

if TYPE_CHECKING:
    # Static types for every re-exported generated model ("X as X" marks a re-export for
    # mypy --strict). isort would split this into one statement per name.
    # isort: off
    from honeyhive_api.models import (
        AbsoluteDateRange as AbsoluteDateRange,
        AddDatapointsResponse as AddDatapointsResponse,
        AddSessionTracesRequest as AddSessionTracesRequest,
        BatchCreateDatapointsResponse as BatchCreateDatapointsResponse,
        BatchDateRange as BatchDateRange,
        ChartBucket as ChartBucket,
        CheckState as CheckState,
        ComparableEvent as ComparableEvent,
        ConfigurationItem as ConfigurationItem,
        ConfigurationParameters as ConfigurationParameters,
        CreateAnnotationQueueRequest as CreateAnnotationQueueRequest,
        CreateAnnotationQueueRequestFilters as CreateAnnotationQueueRequestFilters,
        CreateAnnotationQueueResponse as CreateAnnotationQueueResponse,
        CreateAnnotationQueueResponseQueue as CreateAnnotationQueueResponseQueue,
        CreateAnnotationQueueResponseQueueFilters as CreateAnnotationQueueResponseQueueFilters,
        CreateChartRequestBucketing as CreateChartRequestBucketing,
        CreateChartResponse as CreateChartResponse,
        CreateChartResponseData as CreateChartResponseData,
        CreateConfigurationRequestEnvItem as CreateConfigurationRequestEnvItem,
        CreateConfigurationRequestType as CreateConfigurationRequestType,
        CreateConfigurationResponse as CreateConfigurationResponse,
        CreateDataPlaneApiKeyRequest as CreateDataPlaneApiKeyRequest,
        CreateDataPlaneApiKeyResponse as CreateDataPlaneApiKeyResponse,
        CreateDatapointResponse as CreateDatapointResponse,
        CreateDatapointResponseResult as CreateDatapointResponseResult,
        CreateDatasetResponse as CreateDatasetResponse,
        CreateIngestionApiKeyRequest as CreateIngestionApiKeyRequest,
        CreateIngestionApiKeyResponse as CreateIngestionApiKeyResponse,
        CreateMetricRequestCategoriesItem as CreateMetricRequestCategoriesItem,
        CreateMetricRequestChildMetricsItem as CreateMetricRequestChildMetricsItem,
        CreateMetricRequestFilters as CreateMetricRequestFilters,
        CreateMetricRequestReturnType as CreateMetricRequestReturnType,
        CreateMetricRequestThresholdType0 as CreateMetricRequestThresholdType0,
        CreateMetricRequestType as CreateMetricRequestType,
        CreateMetricResponse as CreateMetricResponse,
        CreateMetricVersionResponse as CreateMetricVersionResponse,
        CreateProjectRequest as CreateProjectRequest,
        CreateToolRequest as CreateToolRequest,
        CreateToolResponse as CreateToolResponse,
        DataPlaneApiKey as DataPlaneApiKey,
        Datapoint as Datapoint,
        DatapointMapping as DatapointMapping,
        DatapointResult as DatapointResult,
        Dataset as Dataset,
        DateRange as DateRange,
        DeleteAnnotationQueueResponse as DeleteAnnotationQueueResponse,
        DeleteChartResponse as DeleteChartResponse,
        DeleteConfigurationResponse as DeleteConfigurationResponse,
        DeleteDatapointParams as DeleteDatapointParams,
        DeleteDatapointResponse as DeleteDatapointResponse,
        DeleteDatasetParams as DeleteDatasetParams,
        DeleteDatasetResponse as DeleteDatasetResponse,
        DeleteEventResponse as DeleteEventResponse,
        DeleteExperimentRunParams as DeleteExperimentRunParams,
        DeleteExperimentRunResponse as DeleteExperimentRunResponse,
        DeleteMetricResponse as DeleteMetricResponse,
        DeleteProjectResponse as DeleteProjectResponse,
        DeleteResult as DeleteResult,
        DeleteSessionResponse as DeleteSessionResponse,
        DeleteToolResponse as DeleteToolResponse,
        DeployMetricVersionResponse as DeployMetricVersionResponse,
        Error as Error,
        EventComparisonDetail as EventComparisonDetail,
        EventDetail as EventDetail,
        EventFeedback as EventFeedback,
        EventMetricData as EventMetricData,
        EventMetricDataMetadata as EventMetricDataMetadata,
        EventMetricDataMetrics as EventMetricDataMetrics,
        EventSearchFilter as EventSearchFilter,
        EventSearchFilterOperator as EventSearchFilterOperator,
        EventSearchFilterType as EventSearchFilterType,
        ExperimentRunObject as ExperimentRunObject,
        ExperimentRunObjectMetrics as ExperimentRunObjectMetrics,
        ExperimentSchemaField as ExperimentSchemaField,
        ExperimentSchemaMappingEntry as ExperimentSchemaMappingEntry,
        ExportEventsResponse as ExportEventsResponse,
        Filter as Filter,
        GetAnnotationQueueByIdResponse as GetAnnotationQueueByIdResponse,
        GetAnnotationQueueByIdResponseFilters as GetAnnotationQueueByIdResponseFilters,
        GetAnnotationQueuesResponse as GetAnnotationQueuesResponse,
        GetAnnotationQueuesResponseQueuesItem as GetAnnotationQueuesResponseQueuesItem,
        GetAnnotationQueuesResponseQueuesItemFilters as GetAnnotationQueuesResponseQueuesItemFilters,  # noqa: E501
        GetChartResponse as GetChartResponse,
        GetChartResponseData as GetChartResponseData,
        GetChartsResponse as GetChartsResponse,
        GetChartsResponseDataItem as GetChartsResponseDataItem,
        GetConfigurationsQuery as GetConfigurationsQuery,
        GetConfigurationsResponse as GetConfigurationsResponse,
        GetDatapointParams as GetDatapointParams,
        GetDatapointResponse as GetDatapointResponse,
        GetDatapointsQuery as GetDatapointsQuery,
        GetDatapointsResponse as GetDatapointsResponse,
        GetDatasetsResponse as GetDatasetsResponse,
        GetEventResponse as GetEventResponse,
        GetEventResponseEvent as GetEventResponseEvent,
        GetEventsChartAggregation as GetEventsChartAggregation,
        GetEventsChartBucket as GetEventsChartBucket,
        GetEventsChartResponse as GetEventsChartResponse,
        GetEventsResponse as GetEventsResponse,
        GetEventsSchemaLegacyDateRangeOneOf1 as GetEventsSchemaLegacyDateRangeOneOf1,
        GetEventsSchemaResponse as GetEventsSchemaResponse,
        GetEventsSchemaResponseMappings as GetEventsSchemaResponseMappings,
        GetExperimentCompareEventsResponse as GetExperimentCompareEventsResponse,
        GetExperimentComparisonAggregateFunction as GetExperimentComparisonAggregateFunction,
        GetExperimentResultLegacyAggregateFunction as GetExperimentResultLegacyAggregateFunction,
        GetExperimentRunCompareResponse as GetExperimentRunCompareResponse,
        GetExperimentRunMetricsQuery as GetExperimentRunMetricsQuery,
        GetExperimentRunMetricsResponse as GetExperimentRunMetricsResponse,
        GetExperimentRunParams as GetExperimentRunParams,
        GetExperimentRunResponse as GetExperimentRunResponse,
        GetExperimentRunResultResponse as GetExperimentRunResultResponse,
        GetExperimentRunsQuerySortBy as GetExperimentRunsQuerySortBy,
        GetExperimentRunsQuerySortOrder as GetExperimentRunsQuerySortOrder,
        GetExperimentRunsQueryStatus as GetExperimentRunsQueryStatus,
        GetExperimentRunsResponse as GetExperimentRunsResponse,
        GetExperimentSummaryAggregateFunction as GetExperimentSummaryAggregateFunction,
        GetMetricVersionsResponse as GetMetricVersionsResponse,
        GetMetricsQuery as GetMetricsQuery,
        GetMetricsResponse as GetMetricsResponse,
        GetRunSchemaDateRangeOneOf1 as GetRunSchemaDateRangeOneOf1,
        GetRunsDateRangeOneOf1 as GetRunsDateRangeOneOf1,
        GetRunsSchemaDateRangeOneOf1 as GetRunsSchemaDateRangeOneOf1,
        GetRunsSortBy as GetRunsSortBy,
        GetRunsSortOrder as GetRunsSortOrder,
        GetRunsStatus as GetRunsStatus,
        IngestionApiKey as IngestionApiKey,
        InsertResult as InsertResult,
        LegacyDeleteDatasetQuery as LegacyDeleteDatasetQuery,
        LegacyEvent as LegacyEvent,
        LegacyExportEventsRequest as LegacyExportEventsRequest,
        LegacyExportEventsRequestDateRange as LegacyExportEventsRequestDateRange,
        LegacyGetEventsSchemaQuery as LegacyGetEventsSchemaQuery,
        LegacyGetExperimentRunCompareEventsQuery as LegacyGetExperimentRunCompareEventsQuery,
        LegacyGetExperimentRunCompareParams as LegacyGetExperimentRunCompareParams,
        LegacyGetExperimentRunCompareQuery as LegacyGetExperimentRunCompareQuery,
        LegacyGetExperimentRunResultQuery as LegacyGetExperimentRunResultQuery,
        LegacyPostEventBatchRequest as LegacyPostEventBatchRequest,
        LegacyPostEventRequest as LegacyPostEventRequest,
        LegacyPostEventRequestEvent as LegacyPostEventRequestEvent,
        LegacyPostEventRequestEventEventType as LegacyPostEventRequestEventEventType,
        LegacyRemoveDatapointFromDatasetParams as LegacyRemoveDatapointFromDatasetParams,
        LegacyRunMetricRequest as LegacyRunMetricRequest,
        LegacyRunMetricRequestEvent as LegacyRunMetricRequestEvent,
        LegacyRunMetricRequestEventFeedback as LegacyRunMetricRequestEventFeedback,
        LegacyRunMetricRequestMetric as LegacyRunMetricRequestMetric,
        LegacyRunMetricRequestMetricCategoriesItem as LegacyRunMetricRequestMetricCategoriesItem,
        LegacyRunMetricRequestMetricChildMetricsItem as LegacyRunMetricRequestMetricChildMetricsItem,  # noqa: E501
        LegacyRunMetricRequestMetricFilters as LegacyRunMetricRequestMetricFilters,
        LegacyRunMetricRequestMetricReturnType as LegacyRunMetricRequestMetricReturnType,
        LegacyRunMetricRequestMetricThresholdType0 as LegacyRunMetricRequestMetricThresholdType0,
        LegacyRunMetricRequestMetricType as LegacyRunMetricRequestMetricType,
        LegacyStartSessionRequest as LegacyStartSessionRequest,
        LegacyStartSessionRequestSession as LegacyStartSessionRequestSession,
        LegacyUpdateDatasetRequest as LegacyUpdateDatasetRequest,
        LegacyUpdateEventRequest as LegacyUpdateEventRequest,
        LegacyUpdateMetricRequest as LegacyUpdateMetricRequest,
        LegacyUpdateMetricRequestCategoriesItem as LegacyUpdateMetricRequestCategoriesItem,
        LegacyUpdateMetricRequestChildMetricsItem as LegacyUpdateMetricRequestChildMetricsItem,
        LegacyUpdateMetricRequestFilters as LegacyUpdateMetricRequestFilters,
        LegacyUpdateMetricRequestReturnType as LegacyUpdateMetricRequestReturnType,
        LegacyUpdateMetricRequestThresholdType0 as LegacyUpdateMetricRequestThresholdType0,
        LegacyUpdateMetricRequestType as LegacyUpdateMetricRequestType,
        MetricComparison as MetricComparison,
        MetricDatapoints as MetricDatapoints,
        MetricDetail as MetricDetail,
        MetricItem as MetricItem,
        MetricItemCategoriesItem as MetricItemCategoriesItem,
        MetricItemChildMetricsItem as MetricItemChildMetricsItem,
        MetricItemFilters as MetricItemFilters,
        MetricItemThresholdType0 as MetricItemThresholdType0,
        MetricVersion as MetricVersion,
        MetricVersionContent as MetricVersionContent,
        MetricVersionContentCategoriesItem as MetricVersionContentCategoriesItem,
        MetricVersionContentChildMetricsItem as MetricVersionContentChildMetricsItem,
        MetricVersionContentFilters as MetricVersionContentFilters,
        MetricVersionContentRequestCategoriesItem as MetricVersionContentRequestCategoriesItem,
        MetricVersionContentRequestChildMetricsItem as MetricVersionContentRequestChildMetricsItem,
        MetricVersionContentRequestFilters as MetricVersionContentRequestFilters,
        MetricVersionContentRequestReturnType as MetricVersionContentRequestReturnType,
        MetricVersionContentRequestThresholdType0 as MetricVersionContentRequestThresholdType0,
        MetricVersionContentRequestType as MetricVersionContentRequestType,
        MetricVersionContentThresholdType0 as MetricVersionContentThresholdType0,
        MetricsAggregation as MetricsAggregation,
        ModelEvent as ModelEvent,
        ModelEventEventType as ModelEventEventType,
        Pagination as Pagination,
        PassingRange as PassingRange,
        PostEventBatchResponse as PostEventBatchResponse,
        PostEventRequestEventType as PostEventRequestEventType,
        PostEventResponse as PostEventResponse,
        PostExperimentRunRequestPassingRanges as PostExperimentRunRequestPassingRanges,
        PostExperimentRunRequestStatus as PostExperimentRunRequestStatus,
        PostExperimentRunResponse as PostExperimentRunResponse,
        PostModelEventBatchRequest as PostModelEventBatchRequest,
        PostModelEventRequest as PostModelEventRequest,
        PostSessionRequest as PostSessionRequest,
        PostSessionRequestFeedback as PostSessionRequestFeedback,
        PostSessionStartResponse as PostSessionStartResponse,
        Project as Project,
        ProjectType as ProjectType,
        PutExperimentRunRequestPassingRanges as PutExperimentRunRequestPassingRanges,
        PutExperimentRunRequestStatus as PutExperimentRunRequestStatus,
        PutExperimentRunResponse as PutExperimentRunResponse,
        QueryFilter as QueryFilter,
        RelativeDateRange as RelativeDateRange,
        RemoveDatapointResponse as RemoveDatapointResponse,
        ResponseFormat as ResponseFormat,
        RunMetricRequestEvent as RunMetricRequestEvent,
        RunMetricRequestEventFeedback as RunMetricRequestEventFeedback,
        RunMetricRequestMetric as RunMetricRequestMetric,
        RunMetricRequestMetricCategoriesItem as RunMetricRequestMetricCategoriesItem,
        RunMetricRequestMetricChildMetricsItem as RunMetricRequestMetricChildMetricsItem,
        RunMetricRequestMetricFilters as RunMetricRequestMetricFilters,
        RunMetricRequestMetricReturnType as RunMetricRequestMetricReturnType,
        RunMetricRequestMetricThresholdType0 as RunMetricRequestMetricThresholdType0,
        RunMetricRequestMetricType as RunMetricRequestMetricType,
        RunMetricResponse as RunMetricResponse,
        SearchEventsRequestDateRange as SearchEventsRequestDateRange,
        SelectedFunction as SelectedFunction,
        SessionEventBatchRequest as SessionEventBatchRequest,
        SessionProperties as SessionProperties,
        SessionTracesResponse as SessionTracesResponse,
        SessionTreeNode as SessionTreeNode,
        SingleFilter as SingleFilter,
        TODOSchema as TODOSchema,
        TemplateItem as TemplateItem,
        Tool as Tool,
        ToolType as ToolType,
        UpdateAnnotationQueueRequest as UpdateAnnotationQueueRequest,
        UpdateAnnotationQueueRequestFilters as UpdateAnnotationQueueRequestFilters,
        UpdateAnnotationQueueResponse as UpdateAnnotationQueueResponse,
        UpdateAnnotationQueueResponseQueue as UpdateAnnotationQueueResponseQueue,
        UpdateAnnotationQueueResponseQueueFilters as UpdateAnnotationQueueResponseQueueFilters,
        UpdateChartRequestBucketing as UpdateChartRequestBucketing,
        UpdateChartResponse as UpdateChartResponse,
        UpdateChartResponseData as UpdateChartResponseData,
        UpdateConfigurationRequestEnvItem as UpdateConfigurationRequestEnvItem,
        UpdateConfigurationRequestType as UpdateConfigurationRequestType,
        UpdateConfigurationResponse as UpdateConfigurationResponse,
        UpdateDatapointParams as UpdateDatapointParams,
        UpdateDatapointResponse as UpdateDatapointResponse,
        UpdateDatapointResponseResult as UpdateDatapointResponseResult,
        UpdateDatasetResponse as UpdateDatasetResponse,
        UpdateMetricRequestCategoriesItem as UpdateMetricRequestCategoriesItem,
        UpdateMetricRequestChildMetricsItem as UpdateMetricRequestChildMetricsItem,
        UpdateMetricRequestFilters as UpdateMetricRequestFilters,
        UpdateMetricRequestReturnType as UpdateMetricRequestReturnType,
        UpdateMetricRequestThreshold as UpdateMetricRequestThreshold,
        UpdateMetricRequestType as UpdateMetricRequestType,
        UpdateMetricResponse as UpdateMetricResponse,
        UpdateToolRequest as UpdateToolRequest,
        UpdateToolResponse as UpdateToolResponse,
    )

    # isort: on
    from honeyhive_api import models as _generated
    from honeyhive_api.models import ConfigurationItem as _WireConfiguration
    from honeyhive_api.models import (
        CreateConfigurationRequest as _WireCreateConfigurationRequest,
    )
    from honeyhive_api.models import ExportEventsResponse as _WireExportEventsResponse
    from honeyhive_api.models import (
        UpdateConfigurationRequest as _WireUpdateConfigurationRequest,
    )
    from honeyhive_api.models import UpdateProjectRequest as _WireUpdateProjectRequest

    # UNSET, Unset and every model's TypedDict (`<Model>Dict`): the generated types module lists
    # exactly these (and its File/Response helpers) in __all__, so one import keeps up with it.
    from honeyhive_api.types import *  # noqa: F403

    from .resources._experiment_results import ResultDict as ResultDict
    from .resources.datapoints import FoundDatapoint as FoundDatapoint

    # The classes built the official SDK's way (see `_compat_class`): any spelling of a field.

    class AddDatapointsToDatasetRequest(_generated.AddDatapointsToDatasetRequest):
        """``AddDatapointsToDatasetRequest``, built from either spelling of its fields."""

        def __init__(self, **fields: Any) -> None: ...

    class BatchCreateDatapointsRequest(_generated.BatchCreateDatapointsRequest):
        """``BatchCreateDatapointsRequest``, built from either spelling of its fields."""

        def __init__(self, **fields: Any) -> None: ...

    class CreateChartRequest(_generated.CreateChartRequest):
        """``CreateChartRequest``, built from either spelling of its fields."""

        def __init__(self, **fields: Any) -> None: ...

    class CreateDatapointRequest(_generated.CreateDatapointRequest):
        """``CreateDatapointRequest``, built from either spelling of its fields."""

        def __init__(self, **fields: Any) -> None: ...

    class CreateDatasetRequest(_generated.CreateDatasetRequest):
        """``CreateDatasetRequest``, built from either spelling of its fields."""

        def __init__(self, **fields: Any) -> None: ...

    class CreateMetricRequest(_generated.CreateMetricRequest):
        """``CreateMetricRequest``, built from either spelling of its fields."""

        def __init__(self, **fields: Any) -> None: ...

    class CreateMetricVersionRequest(_generated.CreateMetricVersionRequest):
        """``CreateMetricVersionRequest``, built from either spelling of its fields."""

        def __init__(self, **fields: Any) -> None: ...

    class DeleteDatasetQuery(_generated.LegacyDeleteDatasetQuery):
        """``LegacyDeleteDatasetQuery``, built from either spelling of its fields."""

        def __init__(self, **fields: Any) -> None: ...

    class EventExportRequest(_generated.LegacyExportEventsRequest):
        """``LegacyExportEventsRequest``, built from either spelling of its fields."""

        def __init__(self, **fields: Any) -> None: ...

    class GetEventsQuery(_generated.GetEventsQuery):
        """``GetEventsQuery``, built from either spelling of its fields."""

        def __init__(self, **fields: Any) -> None: ...

    class GetEventsSchemaQuery(_generated.LegacyGetEventsSchemaQuery):
        """``LegacyGetEventsSchemaQuery``, built from either spelling of its fields."""

        def __init__(self, **fields: Any) -> None: ...

    class GetExperimentRunCompareEventsQuery(_generated.LegacyGetExperimentRunCompareEventsQuery):
        """``LegacyGetExperimentRunCompareEventsQuery``, from either spelling of its fields."""

        def __init__(self, **fields: Any) -> None: ...

    class GetExperimentRunCompareParams(_generated.LegacyGetExperimentRunCompareParams):
        """``LegacyGetExperimentRunCompareParams``, built from either spelling of its fields."""

        def __init__(self, **fields: Any) -> None: ...

    class GetExperimentRunCompareQuery(_generated.LegacyGetExperimentRunCompareQuery):
        """``LegacyGetExperimentRunCompareQuery``, built from either spelling of its fields."""

        def __init__(self, **fields: Any) -> None: ...

    class GetExperimentRunResultQuery(_generated.LegacyGetExperimentRunResultQuery):
        """``LegacyGetExperimentRunResultQuery``, built from either spelling of its fields."""

        def __init__(self, **fields: Any) -> None: ...

    class GetExperimentRunsQuery(_generated.GetExperimentRunsQuery):
        """``GetExperimentRunsQuery``, built from either spelling of its fields."""

        def __init__(self, **fields: Any) -> None: ...

    class GetExperimentRunsSchemaQuery(_generated.LegacyGetEventsSchemaQuery):
        """``LegacyGetEventsSchemaQuery``, built from either spelling of its fields."""

        def __init__(self, **fields: Any) -> None: ...

    class MetricVersionContentRequest(_generated.MetricVersionContentRequest):
        """``MetricVersionContentRequest``, built from either spelling of its fields."""

        def __init__(self, **fields: Any) -> None: ...

    class PostEventBatchRequest(_generated.LegacyPostEventBatchRequest):
        """``LegacyPostEventBatchRequest``, built from either spelling of its fields."""

        def __init__(self, **fields: Any) -> None: ...

    class PostExperimentRunRequest(_generated.PostExperimentRunRequest):
        """``PostExperimentRunRequest``, built from either spelling of its fields."""

        def __init__(self, **fields: Any) -> None: ...

    class PutExperimentRunRequest(_generated.PutExperimentRunRequest):
        """``PutExperimentRunRequest``, built from either spelling of its fields."""

        def __init__(self, **fields: Any) -> None: ...

    class RemoveDatapointFromDatasetParams(_generated.LegacyRemoveDatapointFromDatasetParams):
        """``LegacyRemoveDatapointFromDatasetParams``, built from either spelling of its fields."""

        def __init__(self, **fields: Any) -> None: ...

    class RunMetricRequest(_generated.RunMetricRequest):
        """``RunMetricRequest``, built from either spelling of its fields."""

        def __init__(self, **fields: Any) -> None: ...

    class SearchEventsRequest(_generated.SearchEventsRequest):
        """``SearchEventsRequest``, built from either spelling of its fields."""

        def __init__(self, **fields: Any) -> None: ...

    class StartSessionRequest(_generated.LegacyStartSessionRequest):
        """``LegacyStartSessionRequest``, built from either spelling of its fields."""

        def __init__(self, **fields: Any) -> None: ...

    class UpdateChartRequest(_generated.UpdateChartRequest):
        """``UpdateChartRequest``, built from either spelling of its fields."""

        def __init__(self, **fields: Any) -> None: ...

    class UpdateDatapointRequest(_generated.UpdateDatapointRequest):
        """``UpdateDatapointRequest``, built from either spelling of its fields."""

        def __init__(self, **fields: Any) -> None: ...

    class UpdateDatasetRequest(_generated.LegacyUpdateDatasetRequest):
        """``LegacyUpdateDatasetRequest``, built from either spelling of its fields."""

        def __init__(self, **fields: Any) -> None: ...

    class UpdateEventRequest(_generated.LegacyUpdateEventRequest):
        """``LegacyUpdateEventRequest``, built from either spelling of its fields."""

        def __init__(self, **fields: Any) -> None: ...

    class UpdateMetricRequest(_generated.LegacyUpdateMetricRequest):
        """``LegacyUpdateMetricRequest``, built from either spelling of its fields."""

        def __init__(self, **fields: Any) -> None: ...

    class PostEventRequest(_generated.LegacyPostEventRequestEvent):
        """The doc's flat event, or 1.7.0's ``PostEventRequest(event={...})``."""

        def __init__(self, event: Any = None, **fields: Any) -> None: ...


M = TypeVar("M")

#: The official SDK 1.7.0's public names for generated models of another name: its request
#: classes are the legacy wire shapes (``StartSessionRequest(session={...})``) and build from
#: plain dicts, as pydantic models do (see `_compat_class`).
_COMPAT: dict[str, str] = {
    **dict.fromkeys(
        (
            "AddDatapointsToDatasetRequest",
            "BatchCreateDatapointsRequest",
            "CreateChartRequest",
            "CreateDatapointRequest",
            "CreateDatasetRequest",
            "CreateMetricRequest",
            "CreateMetricVersionRequest",
            "GetEventsQuery",
            "GetExperimentRunsQuery",
            "MetricVersionContentRequest",
            "PostExperimentRunRequest",
            "PutExperimentRunRequest",
            "RunMetricRequest",
            "SearchEventsRequest",
            "UpdateChartRequest",
            "UpdateDatapointRequest",
        ),
        "",
    ),
    "StartSessionRequest": "LegacyStartSessionRequest",
    "UpdateEventRequest": "LegacyUpdateEventRequest",
    "PostEventBatchRequest": "LegacyPostEventBatchRequest",
    "UpdateDatasetRequest": "LegacyUpdateDatasetRequest",
    "UpdateMetricRequest": "LegacyUpdateMetricRequest",
    "DeleteDatasetQuery": "LegacyDeleteDatasetQuery",
    "RemoveDatapointFromDatasetParams": "LegacyRemoveDatapointFromDatasetParams",
    "GetExperimentRunCompareEventsQuery": "LegacyGetExperimentRunCompareEventsQuery",
    "GetExperimentRunCompareParams": "LegacyGetExperimentRunCompareParams",
    "GetExperimentRunCompareQuery": "LegacyGetExperimentRunCompareQuery",
    "GetExperimentRunResultQuery": "LegacyGetExperimentRunResultQuery",
    "GetEventsSchemaQuery": "LegacyGetEventsSchemaQuery",
    "GetExperimentRunsSchemaQuery": "LegacyGetEventsSchemaQuery",
    "EventExportRequest": "LegacyExportEventsRequest",
}
#: Plain aliases: the reference doc's and 1.7.0's names for generated models.
_ALIASES: dict[str, str] = {
    "Event": "LegacyEvent",
    "StartSessionResponse": "PostSessionStartResponse",
    "GetExperimentRunsSchemaResponse": "GetEventsSchemaResponse",
    "AddDatapointsRequest": "AddDatapointsToDatasetRequest",
}

#: Names defined here rather than taken from ``honeyhive_api.models``.
_OWN = (
    "Configuration",
    "CreateConfigurationRequest",
    "EventExportResponse",
    "EventFilter",
    "EventType",
    "FilterFieldType",
    "FoundDatapoint",
    "ResultDict",
    "FilterOperator",
    "PostEventRequest",
    "UpdateConfigurationRequest",
    "UpdateProjectRequest",
    *_COMPAT,
    *_ALIASES,
)

_str = instance_of(str)
_opt_str = optional(instance_of(str))
_opt_str_list = optional(deep_iterable(instance_of(str), instance_of(list)))
_opt_dict = optional(instance_of(dict))


def _nonempty(_instance: object, attribute: Any, value: object) -> None:
    """attrs validator: an optional string must not be empty when given."""
    if value == "":
        raise ValueError(f"{attribute.name} must not be empty")


def _choice(module: str) -> Callable[[object, Any, object], None]:
    """attrs validator: a value (or each of a list) is allowed by ``honeyhive_api.models.<module>``.

    The enum's generated ``check_<module>`` function decides, so the allowed values come from
    openapi.yaml; it is imported on first validation to keep this module cheap to import.
    """

    def validate(_instance: object, attribute: Any, value: object) -> None:
        if value is None:
            return
        check = getattr(
            importlib.import_module(f"honeyhive_api.models.{module}"), f"check_{module}"
        )
        for item in value if isinstance(value, list) else [value]:
            try:
                check(item)
            except TypeError as exc:
                raise ValueError(f"{attribute.name}: {exc}") from None

    return validate


def _parameters(_instance: object, attribute: Any, value: Any) -> None:
    """attrs validator: configuration parameters that can become the wire's, checked early.

    ``model`` may be missing here (an update can take it from the stored configuration);
    everything else `wire_parameters` would reject is rejected now, before any request.
    """
    if value is None:
        return
    what = attribute.name
    data = as_dict(value, what, "a dict or ConfigurationParameters")
    call_type = data.get("call_type")
    # Today's description leaves call_type open in answers (so a new value never breaks a
    # read); it is a string, and the service checks its value.
    if call_type is not None and (not isinstance(call_type, str) or not call_type):
        raise ValueError(f"{what}: 'call_type' must be a non-empty string, not {call_type!r}")
    model = data.get("model")
    if model is not None and (not isinstance(model, str) or not model):
        raise ValueError(f"{what}: 'model' must be a non-empty string, not {model!r}")
    hyper = data.get("hyperparameters")
    if hyper is not None and not isinstance(hyper, Mapping):
        raise TypeError(f"{what}: 'hyperparameters' must be a dict, not {type(hyper).__name__}")


class _DocRequest:
    """Shared behaviour of the doc-shaped request classes (dict in, dict out)."""

    __slots__ = ()
    #: The doc's key for each attribute whose name differs from it.
    _KEYS: ClassVar[dict[str, str]] = {"type_": "type"}

    def __init__(self, **fields: Any) -> None:
        """Take each field by its attribute name or its wire name (``type_`` or ``type``)."""
        for attribute, key in self._KEYS.items():
            if key in fields:
                if attribute in fields:
                    raise TypeError(f"{type(self).__name__}: pass {key} or {attribute}, not both")
                fields[attribute] = fields.pop(key)
        try:
            cast(Any, self).__attrs_init__(**fields)  # attrs writes it (init=False)
        except TypeError as exc:
            # attrs names its own __attrs_init__; the user called this class.
            inner = f"{type(self).__qualname__}.__attrs_init__() "
            raise TypeError(f"{type(self).__name__}: {str(exc).replace(inner, '')}") from None

    @classmethod
    def _fields(cls) -> dict[str, str]:
        """Doc key -> attribute name, for every field of the class."""
        import attrs

        names = [a.name for a in attrs.fields(cast("type[attrs.AttrsInstance]", cls))]
        return {cls._KEYS.get(name, name): name for name in names}

    @classmethod
    def coerce(cls, value: object, what: str) -> Self:
        """Accept an instance, a dict or a model with ``to_dict``; else TypeError/ValueError."""
        if isinstance(value, cls):
            return value
        data = as_dict(value, what, f"a dict or {cls.__name__}")
        fields = cls._fields()
        unknown = sorted(set(data) - set(fields))
        if unknown:
            raise ValueError(
                f"{what}: unexpected field(s) {', '.join(map(repr, unknown))}; "
                f"expected some of {', '.join(fields)}{_did_you_mean(unknown, fields)}"
            )
        kwargs = {fields[key]: item for key, item in data.items() if item is not None}
        try:
            return cls(**kwargs)
        except TypeError as exc:
            raise TypeError(f"{what}: {exc}") from None
        except ValueError as exc:
            raise ValueError(f"{what}: {exc}") from None

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from a dict keyed as in the reference doc (``type`` for ``type_``)."""
        return cls.coerce(src_dict, cls.__name__)

    def to_dict(self) -> dict[str, Any]:
        """The fields that are set, keyed as in the reference doc."""
        out: dict[str, Any] = {}
        for key, name in self._fields().items():
            value = getattr(self, name)
            if value is not None:
                out[key] = as_dict(value, key, "a dict") if key == "parameters" else value
        return out


@define(kw_only=True, init=False)
class CreateConfigurationRequest(_DocRequest):
    """A configuration to create, as the reference doc builds it.

    ``project`` is sent as the ``project`` query parameter (the wire body is closed and has no
    such field). ``parameters`` is a dict or a ``ConfigurationParameters``; `to_wire` makes it
    what the service accepts: ``call_type`` defaults to ``"chat"``, ``model`` is required, and
    keys that are not configuration-parameter fields (``temperature``, ``max_tokens``,
    ``top_p``, ...) move under ``hyperparameters``.
    """

    name: str = field(validator=[_str, _nonempty])
    provider: str = field(validator=[_str, _nonempty])
    parameters: Mapping[str, Any] | ConfigurationParameters = field(validator=_parameters)
    project: str | None = field(default=None, validator=[_opt_str, _nonempty])
    type_: str | None = field(
        default=None, validator=[_opt_str, _choice("create_configuration_request_type")]
    )
    env: list[str] | None = field(
        default=None, validator=[_opt_str_list, _choice("create_configuration_request_env_item")]
    )
    tags: list[str] | None = field(default=None, validator=_opt_str_list)
    user_properties: dict[str, Any] | None = field(default=None, validator=_opt_dict)

    def to_wire(self) -> _WireCreateConfigurationRequest:
        """The body of ``POST /v1/configurations`` (``project`` is not part of it)."""
        from honeyhive_api.models import CreateConfigurationRequest as Wire

        what = "CreateConfigurationRequest"
        body: dict[str, Any] = {"name": self.name, "provider": self.provider}
        body["parameters"] = wire_parameters(self.parameters, f"{what}.parameters").to_dict()
        body.update(self._optional_wire_fields())
        return _wire(Wire.from_dict, body, what)

    def _optional_wire_fields(self) -> dict[str, Any]:
        return {
            key: value
            for key, value in (
                ("type", self.type_),
                ("env", self.env),
                ("tags", self.tags),
                ("user_properties", self.user_properties),
            )
            if value is not None
        }


@define(kw_only=True, init=False)
class UpdateConfigurationRequest(_DocRequest):
    """Changes to a configuration, as the reference doc builds them (every field optional).

    The service requires the configuration's ``name`` on update, and ``call_type`` and
    ``model`` in any ``parameters``: when they are missing, ``configurations.update`` looks the
    configuration up and takes them from it. Other ``parameters`` keys are reconciled as in
    `CreateConfigurationRequest`. What is sent replaces what is stored, field by field.
    """

    name: str | None = field(default=None, validator=[_opt_str, _nonempty])
    provider: str | None = field(default=None, validator=[_opt_str, _nonempty])
    parameters: Mapping[str, Any] | ConfigurationParameters | None = field(
        default=None, validator=_parameters
    )
    type_: str | None = field(
        default=None, validator=[_opt_str, _choice("create_configuration_request_type")]
    )
    env: list[str] | None = field(
        default=None, validator=[_opt_str_list, _choice("create_configuration_request_env_item")]
    )
    tags: list[str] | None = field(default=None, validator=_opt_str_list)
    user_properties: dict[str, Any] | None = field(default=None, validator=_opt_dict)

    @property
    def needs_stored(self) -> bool:
        """Whether `to_wire` needs the stored configuration (name or model parameters missing)."""
        if self.name is None:
            return True
        if self.parameters is None:
            return False
        given = as_dict(self.parameters, "parameters", "a dict or ConfigurationParameters")
        return "call_type" not in given or "model" not in given

    def to_wire(self, stored: Mapping[str, Any] | None = None) -> _WireUpdateConfigurationRequest:
        """The body of ``PUT /v1/configurations/{id}``, completed from ``stored`` if given.

        ``stored`` is the configuration as the service returned it (a dict or model).
        """
        from honeyhive_api.models import UpdateConfigurationRequest as Wire

        what = "UpdateConfigurationRequest"
        current = as_dict(stored, "stored", "a dict or Configuration") if stored else {}
        name = self.name or current.get("name")
        if not name:
            raise ValueError(f"{what}: the service needs the configuration's name")
        body: dict[str, Any] = {"name": name}
        if self.provider is not None:
            body["provider"] = self.provider
        if self.parameters is not None:
            params = wire_parameters(
                self.parameters, f"{what}.parameters", current.get("parameters")
            )
            body["parameters"] = params.to_dict()
        body.update(CreateConfigurationRequest._optional_wire_fields(self))  # type: ignore[arg-type]
        return _wire(Wire.from_dict, body, what)


@define(kw_only=True, init=False)
class UpdateProjectRequest(_DocRequest):
    """Changes to a project, as the reference doc builds them.

    The service addresses a project by its current ``name`` and renames it with ``new_name``.
    With ``project_id`` (the doc's form), ``name`` is the name the project should have:
    ``projects.update`` looks the project up by id and renames it if the name differs. Without
    ``project_id``, ``name`` says which project to update.
    """

    project_id: str | None = field(default=None, validator=[_opt_str, _nonempty])
    name: str | None = field(default=None, validator=[_opt_str, _nonempty])
    new_name: str | None = field(default=None, validator=[_opt_str, _nonempty])
    description: str | None = field(default=None, validator=_opt_str)
    type_: str | None = field(default=None, validator=[_opt_str, _choice("project_type")])

    def __attrs_post_init__(self) -> None:
        if self.project_id is None and self.name is None:
            raise ValueError(
                "UpdateProjectRequest needs project_id or name (the project to update)"
            )
        both = None not in (self.name, self.new_name)
        if self.project_id is not None and both and self.name != self.new_name:
            raise ValueError(
                "UpdateProjectRequest: with project_id, name is the project's new name; "
                "pass name or new_name, not two different names"
            )

    def to_wire(self, current_name: str | None = None) -> _WireUpdateProjectRequest:
        """The body of ``PUT /v1/projects``; ``current_name`` is needed with ``project_id``."""
        from honeyhive_api.models import UpdateProjectRequest as Wire

        what = "UpdateProjectRequest"
        if self.project_id is None:
            body: dict[str, Any] = {"name": self.name}
            if self.new_name is not None:
                body["new_name"] = self.new_name
        else:
            if not current_name:
                raise ValueError(f"{what}: the project's current name is needed with project_id")
            body = {"name": current_name}
            wanted = self.new_name or self.name
            if wanted is not None and wanted != current_name:
                body["new_name"] = wanted
        if self.description is not None:
            body["description"] = self.description
        if self.type_ is not None:
            body["type"] = self.type_
        return _wire(Wire.from_dict, body, what)


class _IsActive:
    """Adds the reference doc's ``is_active`` to the service's configuration item."""

    __slots__ = ()

    if TYPE_CHECKING:
        env: list[str]
        additional_properties: dict[str, Any]

    @property
    def is_active(self) -> bool:
        """Whether the configuration is deployed to at least one environment (``env``).

        The service's item has no ``is_active``; if a payload carries one, it wins.
        """
        if "is_active" in self.additional_properties:
            return bool(self.additional_properties["is_active"])
        return bool(self.env)


if TYPE_CHECKING:

    class Configuration(_IsActive, _WireConfiguration):
        """A stored configuration, with the reference doc's ``is_active``."""


def _configuration_class() -> type[Any]:
    """Build `Configuration` on first use: its base is a generated model (costly to import)."""
    from honeyhive_api.models import ConfigurationItem as Wire

    cls = type(
        "Configuration",
        (_IsActive, Wire),
        {
            "__slots__": (),
            "__module__": __name__,
            "__qualname__": "Configuration",
            "__doc__": "A stored configuration, with the reference doc's ``is_active``.",
        },
    )
    return cls


def wire_parameters(value: object, what: str, stored: object = None) -> ConfigurationParameters:
    """Make configuration parameters the service accepts, from what the doc passes.

    ``call_type`` defaults to the stored one, else ``"chat"``; ``model`` to the stored one
    (required otherwise); keys that are not fields of ``ConfigurationParameters`` go under
    ``hyperparameters`` (where the service reads sampling settings such as ``temperature``).
    """
    from honeyhive_api.models import ConfigurationParameters as Wire
    from honeyhive_api.types import UNSET

    data = as_dict(value, what, "a dict or ConfigurationParameters")
    base = stored if isinstance(stored, Mapping) else {}
    data.setdefault("call_type", base.get("call_type", "chat"))
    if "model" not in data and base.get("model"):
        data["model"] = base["model"]
    model = data.get("model")
    if not isinstance(model, str) or not model:
        raise ValueError(f"{what}: 'model' is required, e.g. {{'model': 'gpt-4'}}")
    params = _wire(Wire.from_dict, data, what)
    extra, params.additional_properties = params.additional_properties, {}
    if extra:
        hyper = {} if params.hyperparameters is UNSET else params.hyperparameters
        if not isinstance(hyper, Mapping):
            raise TypeError(f"{what}: 'hyperparameters' must be a dict, not {type(hyper).__name__}")
        clash = sorted(key for key in extra if key in hyper and hyper[key] != extra[key])
        if clash:
            raise ValueError(
                f"{what}: {', '.join(clash)} given both directly and in hyperparameters"
            )
        params.hyperparameters = {**extra, **hyper}
    return params


def _wire(from_dict: Callable[[Mapping[str, Any]], M], data: Mapping[str, Any], what: str) -> M:
    """``from_dict(data)``, with a missing field or a failed enum check made a ValueError."""
    try:
        return from_dict(data)
    except KeyError as exc:
        raise ValueError(f"{what}: missing required field {exc.args[0]!r}") from None
    except (TypeError, ValueError) as exc:
        raise ValueError(f"{what}: {exc}") from None


# ------------------------------------------------------------------ official SDK 1.7.0 forms
class EventType(enum.StrEnum):
    """Event types (the official SDK's enum; the wire carries the plain strings)."""

    model = "model"
    tool = "tool"
    chain = "chain"
    session = "session"
    generic = "generic"


class FilterOperator(enum.StrEnum):
    """Operators of event filters (the official SDK's enum)."""

    IS = "is"
    IS_NOT = "is not"
    CONTAINS = "contains"
    NOT_CONTAINS = "not contains"
    GREATER_THAN = "greater than"
    LESS_THAN = "less than"
    EXISTS = "exists"
    NOT_EXISTS = "not exists"
    AFTER = "after"
    BEFORE = "before"


class FilterFieldType(enum.StrEnum):
    """Value types of event filters (the official SDK's enum)."""

    STRING = "string"
    NUMBER = "number"
    BOOLEAN = "boolean"
    DATETIME = "datetime"


def _enum_value(value: object) -> str:
    """An enum member's value ("is", never "FilterOperator.IS"), or the string given."""
    if isinstance(value, enum.Enum):
        return str(value.value)
    if not isinstance(value, str):
        raise TypeError(f"expected a string, not {type(value).__name__}")
    return value


@define(kw_only=True)
class EventFilter:
    """One event filter, as the official SDK builds it: ``EventFilter(field=, operator=, ...)``."""

    # ``field`` is also attrs' function: the attribute is declared through its alias.
    field: str = _attr(validator=[_str, _nonempty])
    operator: str = _attr(converter=_enum_value, validator=_nonempty)  # type: ignore[assignment]
    value: Any = None
    type: str = _attr(default="string", converter=_enum_value)

    def to_dict(self) -> dict[str, Any]:
        """The filter as the service reads it."""
        return {
            "field": self.field,
            "operator": self.operator,
            "value": self.value,
            "type": self.type,
        }


def _plain(value: Any) -> Any:
    """Nested models (anything with ``to_dict``) and enums as plain JSON values."""
    if isinstance(value, enum.Enum):
        return value.value
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict) and not isinstance(value, type):
        return to_dict()
    if isinstance(value, Mapping):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def _build(base: Any, data: Mapping[str, Any], what: str) -> Any:
    """``base.from_dict(data)`` with the errors a user can act on.

    A misspelled key of a nested object whose schema is closed (``query=[{"feild": ...}]``)
    is a ValueError here: ``from_dict`` would drop it without a word.
    """
    plain = _plain(data)
    check_keys(plain, base, what, top=False)
    return _wire(base.from_dict, plain, what)


def _did_you_mean(unknown: list[str], allowed: Any) -> str:
    """``; did you mean 'groupBy'?`` for the first unknown name close to an allowed one."""
    for name in unknown:
        guess = closest(name, allowed)
        if guess is not None:
            return f"; did you mean {guess!r}?"
    return ""


def _wire_fields(base: Any, fields: Mapping[str, Any], what: str) -> dict[str, Any]:
    """Keyword arguments spelled ours (``group_by``) or 1.7.0's (``groupBy``), by JSON key."""
    keys: dict[str, str] = getattr(base, "wire_keys", {})
    wire_names = set(keys.values())
    data: dict[str, Any] = {}
    unknown = []
    for name, value in fields.items():
        if name in keys:
            data[keys[name]] = value
        elif name in wire_names:
            data[name] = value
        else:
            unknown.append(name)
    if unknown:
        # Even where the wire body is open, a misspelled keyword is a mistake, not a new field.
        raise TypeError(
            f"{what} got unexpected field(s) {', '.join(map(repr, sorted(unknown)))}; "
            f"expected some of {', '.join(sorted(keys))}"
            f"{_did_you_mean(sorted(unknown), {*keys, *wire_names})}"
        )
    return data


def _compat_class(public: str, base_name: str, doc: str | None = None) -> type[Any]:
    """A subclass of generated ``base_name``, named ``public``, built the way pydantic models are.

    ``StartSessionRequest(session={"session_name": "x"})`` or
    ``CreateChartRequest(name="n", metric="m", groupBy="x", query=[{...}])``: keyword
    arguments take either spelling of a field, nested dicts become nested models (through
    ``from_dict``), a missing required field is a ValueError and an unknown one a TypeError.
    """
    import attrs

    base = getattr(importlib.import_module("honeyhive_api.models"), base_name)
    names = [a.name for a in attrs.fields(base)]

    def __new__(cls: type[Any], **fields: Any) -> Any:
        built = _build(base, _wire_fields(base, fields, public), public)
        instance = base.__new__(cls)
        for name in names:
            setattr(instance, name, getattr(built, name))
        return instance

    def __init__(self: Any, **fields: Any) -> None:
        """Built by ``__new__`` (attrs' own ``__init__`` takes only attribute names)."""

    return type(
        public,
        (base,),
        {
            "__slots__": (),
            "__module__": __name__,
            "__qualname__": public,
            "__doc__": doc or f"``{base_name}``, built from either spelling of its fields.",
            "__new__": __new__,
            "__init__": __init__,
        },
    )


def _post_event_request_class() -> type[Any]:
    """`PostEventRequest`: the doc's flat event, or 1.7.0's ``PostEventRequest(event={...})``."""
    flat = _compat_class(
        "PostEventRequest",
        "LegacyPostEventRequestEvent",
        "An event to create: the reference doc's flat form "
        "(``PostEventRequest(project=..., event_type=..., inputs=...)``) or the official "
        "SDK 1.7.0's ``PostEventRequest(event={...})``. ``events.create`` sends either.",
    )
    wrapper = _compat_class("PostEventRequest", "LegacyPostEventRequest")
    flat_new: Any = flat.__new__

    def __new__(cls: type[Any], event: Any = None, **fields: Any) -> Any:
        if event is None:
            return flat_new(cls, **fields)
        if fields:
            raise TypeError("PostEventRequest: pass the event's fields, or event={...}, not both")
        # 1.7.0's wrapper form; an instance of the wrapper model, sent as {"event": {...}}.
        return wrapper(event=event)

    flat.__new__ = __new__  # type: ignore[assignment]
    return flat


if TYPE_CHECKING:

    class EventExportResponse(_WireExportEventsResponse):
        """Exported events; ``total_events`` is the official SDK's name for ``count``."""

        @property
        def total_events(self) -> int:
            """How many events match (the answer's ``count``)."""
            ...


def _export_response_class() -> type[Any]:
    """`EventExportResponse`: the answer of ``events.export`` with 1.7.0's ``total_events``."""
    from honeyhive_api.models import ExportEventsResponse as Wire

    def total_events(self: Any) -> int:
        """How many events match (the answer's ``count``)."""
        return int(self.count)

    return type(
        "EventExportResponse",
        (Wire,),
        {
            "__slots__": (),
            "__module__": __name__,
            "__qualname__": "EventExportResponse",
            "__doc__": "Exported events; ``total_events`` is 1.7.0's name for ``count``.",
            "total_events": property(total_events),
        },
    )


# ------------------------------------------------------------------ lazy re-export
def _generated_names() -> list[str]:
    names = importlib.import_module("honeyhive_api.models").__all__
    # From the types module: UNSET, Unset and the TypedDicts, not its File/Response helpers
    # (a star import of this module must not shadow a user's own `Response`).
    typed = importlib.import_module("honeyhive_api.types").__all__
    return [*names, "UNSET", "Unset", *(name for name in typed if name.endswith("Dict"))]


def __getattr__(name: str) -> Any:
    """Load a generated model (or `Configuration`) on first access, then keep it here."""
    if name == "__all__":
        # Computed, not written out, so a model added to openapi.yaml is exported at once.
        names = sorted({*_generated_names(), *_OWN})
        globals()["__all__"] = names
        return names
    value: Any
    if name == "Configuration":
        value = _configuration_class()
    elif name == "PostEventRequest":
        value = _post_event_request_class()
    elif name == "EventExportResponse":
        value = _export_response_class()
    elif name == "FoundDatapoint":
        # What datapoints.get returns: a Datapoint that also reads as 1.7.0's answer.
        from .resources.datapoints import _found_class

        value = _found_class()
    elif name == "ResultDict":
        from .resources._experiment_results import ResultDict

        value = ResultDict
    elif name in _COMPAT:
        value = _compat_class(name, _COMPAT[name] or name)
    elif name in _ALIASES:
        value = getattr(importlib.import_module("honeyhive_api.models"), _ALIASES[name])
    elif name.startswith("_"):
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    else:
        types = importlib.import_module("honeyhive_api.types")
        # UNSET, Unset and the TypedDicts (`<Model>Dict`) live in the generated types module.
        where = types if name in types.__all__ else importlib.import_module("honeyhive_api.models")
        try:
            value = getattr(where, name)
        except AttributeError:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """Every exported model, loaded or not."""
    return sorted({*globals(), *_generated_names(), *_OWN})
