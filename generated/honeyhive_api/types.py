"""Contains some shared types for properties, and the TypedDict of each model's JSON keys"""

import importlib
from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, TYPE_CHECKING, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define, fields

if TYPE_CHECKING:
    from .models.absolute_date_range import AbsoluteDateRangeDict as AbsoluteDateRangeDict
    from .models.add_datapoints_response import (
        AddDatapointsResponseDict as AddDatapointsResponseDict,
    )
    from .models.add_datapoints_to_dataset_request import (
        AddDatapointsToDatasetRequestDict as AddDatapointsToDatasetRequestDict,
    )
    from .models.add_session_traces_request import (
        AddSessionTracesRequestDict as AddSessionTracesRequestDict,
    )
    from .models.batch_create_datapoints_request import (
        BatchCreateDatapointsRequestDict as BatchCreateDatapointsRequestDict,
    )
    from .models.batch_create_datapoints_response import (
        BatchCreateDatapointsResponseDict as BatchCreateDatapointsResponseDict,
    )
    from .models.batch_date_range import BatchDateRangeDict as BatchDateRangeDict
    from .models.chart_bucket import ChartBucketDict as ChartBucketDict
    from .models.comparable_event import ComparableEventDict as ComparableEventDict
    from .models.configuration_item import ConfigurationItemDict as ConfigurationItemDict
    from .models.configuration_parameters import (
        ConfigurationParametersDict as ConfigurationParametersDict,
    )
    from .models.create_annotation_queue_request import (
        CreateAnnotationQueueRequestDict as CreateAnnotationQueueRequestDict,
    )
    from .models.create_annotation_queue_request_filters import (
        CreateAnnotationQueueRequestFiltersDict as CreateAnnotationQueueRequestFiltersDict,
    )
    from .models.create_annotation_queue_response import (
        CreateAnnotationQueueResponseDict as CreateAnnotationQueueResponseDict,
    )
    from .models.create_annotation_queue_response_queue import (
        CreateAnnotationQueueResponseQueueDict as CreateAnnotationQueueResponseQueueDict,
    )
    from .models.create_annotation_queue_response_queue_filters import (
        CreateAnnotationQueueResponseQueueFiltersDict as CreateAnnotationQueueResponseQueueFiltersDict,
    )
    from .models.create_chart_request import CreateChartRequestDict as CreateChartRequestDict
    from .models.create_chart_response import CreateChartResponseDict as CreateChartResponseDict
    from .models.create_chart_response_data import (
        CreateChartResponseDataDict as CreateChartResponseDataDict,
    )
    from .models.create_configuration_request import (
        CreateConfigurationRequestDict as CreateConfigurationRequestDict,
    )
    from .models.create_configuration_response import (
        CreateConfigurationResponseDict as CreateConfigurationResponseDict,
    )
    from .models.create_data_plane_api_key_request import (
        CreateDataPlaneApiKeyRequestDict as CreateDataPlaneApiKeyRequestDict,
    )
    from .models.create_data_plane_api_key_response import (
        CreateDataPlaneApiKeyResponseDict as CreateDataPlaneApiKeyResponseDict,
    )
    from .models.create_datapoint_request import (
        CreateDatapointRequestDict as CreateDatapointRequestDict,
    )
    from .models.create_datapoint_response import (
        CreateDatapointResponseDict as CreateDatapointResponseDict,
    )
    from .models.create_datapoint_response_result import (
        CreateDatapointResponseResultDict as CreateDatapointResponseResultDict,
    )
    from .models.create_dataset_request import CreateDatasetRequestDict as CreateDatasetRequestDict
    from .models.create_dataset_response import (
        CreateDatasetResponseDict as CreateDatasetResponseDict,
    )
    from .models.create_ingestion_api_key_request import (
        CreateIngestionApiKeyRequestDict as CreateIngestionApiKeyRequestDict,
    )
    from .models.create_ingestion_api_key_response import (
        CreateIngestionApiKeyResponseDict as CreateIngestionApiKeyResponseDict,
    )
    from .models.create_metric_request import CreateMetricRequestDict as CreateMetricRequestDict
    from .models.create_metric_request_categories_item import (
        CreateMetricRequestCategoriesItemDict as CreateMetricRequestCategoriesItemDict,
    )
    from .models.create_metric_request_child_metrics_item import (
        CreateMetricRequestChildMetricsItemDict as CreateMetricRequestChildMetricsItemDict,
    )
    from .models.create_metric_request_filters import (
        CreateMetricRequestFiltersDict as CreateMetricRequestFiltersDict,
    )
    from .models.create_metric_request_threshold_type_0 import (
        CreateMetricRequestThresholdType0Dict as CreateMetricRequestThresholdType0Dict,
    )
    from .models.create_metric_response import CreateMetricResponseDict as CreateMetricResponseDict
    from .models.create_metric_version_request import (
        CreateMetricVersionRequestDict as CreateMetricVersionRequestDict,
    )
    from .models.create_metric_version_response import (
        CreateMetricVersionResponseDict as CreateMetricVersionResponseDict,
    )
    from .models.create_project_request import CreateProjectRequestDict as CreateProjectRequestDict
    from .models.create_tool_request import CreateToolRequestDict as CreateToolRequestDict
    from .models.create_tool_response import CreateToolResponseDict as CreateToolResponseDict
    from .models.data_plane_api_key import DataPlaneApiKeyDict as DataPlaneApiKeyDict
    from .models.datapoint import DatapointDict as DatapointDict
    from .models.datapoint_mapping import DatapointMappingDict as DatapointMappingDict
    from .models.datapoint_result import DatapointResultDict as DatapointResultDict
    from .models.dataset import DatasetDict as DatasetDict
    from .models.date_range import DateRangeDict as DateRangeDict
    from .models.delete_annotation_queue_response import (
        DeleteAnnotationQueueResponseDict as DeleteAnnotationQueueResponseDict,
    )
    from .models.delete_chart_response import DeleteChartResponseDict as DeleteChartResponseDict
    from .models.delete_configuration_response import (
        DeleteConfigurationResponseDict as DeleteConfigurationResponseDict,
    )
    from .models.delete_datapoint_params import (
        DeleteDatapointParamsDict as DeleteDatapointParamsDict,
    )
    from .models.delete_datapoint_response import (
        DeleteDatapointResponseDict as DeleteDatapointResponseDict,
    )
    from .models.delete_dataset_params import DeleteDatasetParamsDict as DeleteDatasetParamsDict
    from .models.delete_dataset_response import (
        DeleteDatasetResponseDict as DeleteDatasetResponseDict,
    )
    from .models.delete_event_response import DeleteEventResponseDict as DeleteEventResponseDict
    from .models.delete_experiment_run_params import (
        DeleteExperimentRunParamsDict as DeleteExperimentRunParamsDict,
    )
    from .models.delete_experiment_run_response import (
        DeleteExperimentRunResponseDict as DeleteExperimentRunResponseDict,
    )
    from .models.delete_metric_response import DeleteMetricResponseDict as DeleteMetricResponseDict
    from .models.delete_project_response import (
        DeleteProjectResponseDict as DeleteProjectResponseDict,
    )
    from .models.delete_result import DeleteResultDict as DeleteResultDict
    from .models.delete_session_response import (
        DeleteSessionResponseDict as DeleteSessionResponseDict,
    )
    from .models.delete_tool_response import DeleteToolResponseDict as DeleteToolResponseDict
    from .models.deploy_metric_version_response import (
        DeployMetricVersionResponseDict as DeployMetricVersionResponseDict,
    )
    from .models.error import ErrorDict as ErrorDict
    from .models.event import EventDict as EventDict
    from .models.event_comparison_detail import (
        EventComparisonDetailDict as EventComparisonDetailDict,
    )
    from .models.event_detail import EventDetailDict as EventDetailDict
    from .models.event_feedback import EventFeedbackDict as EventFeedbackDict
    from .models.event_metric_data import EventMetricDataDict as EventMetricDataDict
    from .models.event_metric_data_metadata import (
        EventMetricDataMetadataDict as EventMetricDataMetadataDict,
    )
    from .models.event_search_filter import EventSearchFilterDict as EventSearchFilterDict
    from .models.experiment_run_object import ExperimentRunObjectDict as ExperimentRunObjectDict
    from .models.experiment_schema_field import (
        ExperimentSchemaFieldDict as ExperimentSchemaFieldDict,
    )
    from .models.experiment_schema_mapping_entry import (
        ExperimentSchemaMappingEntryDict as ExperimentSchemaMappingEntryDict,
    )
    from .models.export_events_response import ExportEventsResponseDict as ExportEventsResponseDict
    from .models.filter_ import FilterDict as FilterDict
    from .models.get_annotation_queue_by_id_response import (
        GetAnnotationQueueByIdResponseDict as GetAnnotationQueueByIdResponseDict,
    )
    from .models.get_annotation_queue_by_id_response_filters import (
        GetAnnotationQueueByIdResponseFiltersDict as GetAnnotationQueueByIdResponseFiltersDict,
    )
    from .models.get_annotation_queues_response import (
        GetAnnotationQueuesResponseDict as GetAnnotationQueuesResponseDict,
    )
    from .models.get_annotation_queues_response_queues_item import (
        GetAnnotationQueuesResponseQueuesItemDict as GetAnnotationQueuesResponseQueuesItemDict,
    )
    from .models.get_annotation_queues_response_queues_item_filters import (
        GetAnnotationQueuesResponseQueuesItemFiltersDict as GetAnnotationQueuesResponseQueuesItemFiltersDict,
    )
    from .models.get_chart_response import GetChartResponseDict as GetChartResponseDict
    from .models.get_chart_response_data import GetChartResponseDataDict as GetChartResponseDataDict
    from .models.get_charts_response import GetChartsResponseDict as GetChartsResponseDict
    from .models.get_charts_response_data_item import (
        GetChartsResponseDataItemDict as GetChartsResponseDataItemDict,
    )
    from .models.get_configurations_query import (
        GetConfigurationsQueryDict as GetConfigurationsQueryDict,
    )
    from .models.get_configurations_response import (
        GetConfigurationsResponseDict as GetConfigurationsResponseDict,
    )
    from .models.get_datapoint_params import GetDatapointParamsDict as GetDatapointParamsDict
    from .models.get_datapoint_response import GetDatapointResponseDict as GetDatapointResponseDict
    from .models.get_datapoints_query import GetDatapointsQueryDict as GetDatapointsQueryDict
    from .models.get_datapoints_response import (
        GetDatapointsResponseDict as GetDatapointsResponseDict,
    )
    from .models.get_datasets_response import GetDatasetsResponseDict as GetDatasetsResponseDict
    from .models.get_event_response import GetEventResponseDict as GetEventResponseDict
    from .models.get_event_response_event import (
        GetEventResponseEventDict as GetEventResponseEventDict,
    )
    from .models.get_events_chart_response import (
        GetEventsChartResponseDict as GetEventsChartResponseDict,
    )
    from .models.get_events_query import GetEventsQueryDict as GetEventsQueryDict
    from .models.get_events_response import GetEventsResponseDict as GetEventsResponseDict
    from .models.get_events_schema_legacy_date_range_one_of_1 import (
        GetEventsSchemaLegacyDateRangeOneOf1Dict as GetEventsSchemaLegacyDateRangeOneOf1Dict,
    )
    from .models.get_events_schema_response import (
        GetEventsSchemaResponseDict as GetEventsSchemaResponseDict,
    )
    from .models.get_experiment_compare_events_response import (
        GetExperimentCompareEventsResponseDict as GetExperimentCompareEventsResponseDict,
    )
    from .models.get_experiment_run_compare_response import (
        GetExperimentRunCompareResponseDict as GetExperimentRunCompareResponseDict,
    )
    from .models.get_experiment_run_metrics_query import (
        GetExperimentRunMetricsQueryDict as GetExperimentRunMetricsQueryDict,
    )
    from .models.get_experiment_run_metrics_response import (
        GetExperimentRunMetricsResponseDict as GetExperimentRunMetricsResponseDict,
    )
    from .models.get_experiment_run_params import (
        GetExperimentRunParamsDict as GetExperimentRunParamsDict,
    )
    from .models.get_experiment_run_response import (
        GetExperimentRunResponseDict as GetExperimentRunResponseDict,
    )
    from .models.get_experiment_run_result_response import (
        GetExperimentRunResultResponseDict as GetExperimentRunResultResponseDict,
    )
    from .models.get_experiment_runs_query import (
        GetExperimentRunsQueryDict as GetExperimentRunsQueryDict,
    )
    from .models.get_experiment_runs_response import (
        GetExperimentRunsResponseDict as GetExperimentRunsResponseDict,
    )
    from .models.get_metric_versions_response import (
        GetMetricVersionsResponseDict as GetMetricVersionsResponseDict,
    )
    from .models.get_metrics_query import GetMetricsQueryDict as GetMetricsQueryDict
    from .models.get_metrics_response import GetMetricsResponseDict as GetMetricsResponseDict
    from .models.get_run_schema_date_range_one_of_1 import (
        GetRunSchemaDateRangeOneOf1Dict as GetRunSchemaDateRangeOneOf1Dict,
    )
    from .models.get_runs_date_range_one_of_1 import (
        GetRunsDateRangeOneOf1Dict as GetRunsDateRangeOneOf1Dict,
    )
    from .models.get_runs_schema_date_range_one_of_1 import (
        GetRunsSchemaDateRangeOneOf1Dict as GetRunsSchemaDateRangeOneOf1Dict,
    )
    from .models.ingestion_api_key import IngestionApiKeyDict as IngestionApiKeyDict
    from .models.insert_result import InsertResultDict as InsertResultDict
    from .models.legacy_delete_dataset_query import (
        LegacyDeleteDatasetQueryDict as LegacyDeleteDatasetQueryDict,
    )
    from .models.legacy_event import LegacyEventDict as LegacyEventDict
    from .models.legacy_export_events_request import (
        LegacyExportEventsRequestDict as LegacyExportEventsRequestDict,
    )
    from .models.legacy_export_events_request_date_range import (
        LegacyExportEventsRequestDateRangeDict as LegacyExportEventsRequestDateRangeDict,
    )
    from .models.legacy_get_events_schema_query import (
        LegacyGetEventsSchemaQueryDict as LegacyGetEventsSchemaQueryDict,
    )
    from .models.legacy_get_experiment_run_compare_events_query import (
        LegacyGetExperimentRunCompareEventsQueryDict as LegacyGetExperimentRunCompareEventsQueryDict,
    )
    from .models.legacy_get_experiment_run_compare_params import (
        LegacyGetExperimentRunCompareParamsDict as LegacyGetExperimentRunCompareParamsDict,
    )
    from .models.legacy_get_experiment_run_compare_query import (
        LegacyGetExperimentRunCompareQueryDict as LegacyGetExperimentRunCompareQueryDict,
    )
    from .models.legacy_get_experiment_run_result_query import (
        LegacyGetExperimentRunResultQueryDict as LegacyGetExperimentRunResultQueryDict,
    )
    from .models.legacy_post_event_batch_request import (
        LegacyPostEventBatchRequestDict as LegacyPostEventBatchRequestDict,
    )
    from .models.legacy_post_event_request import (
        LegacyPostEventRequestDict as LegacyPostEventRequestDict,
    )
    from .models.legacy_post_event_request_event import (
        LegacyPostEventRequestEventDict as LegacyPostEventRequestEventDict,
    )
    from .models.legacy_remove_datapoint_from_dataset_params import (
        LegacyRemoveDatapointFromDatasetParamsDict as LegacyRemoveDatapointFromDatasetParamsDict,
    )
    from .models.legacy_run_metric_request import (
        LegacyRunMetricRequestDict as LegacyRunMetricRequestDict,
    )
    from .models.legacy_run_metric_request_event import (
        LegacyRunMetricRequestEventDict as LegacyRunMetricRequestEventDict,
    )
    from .models.legacy_run_metric_request_event_feedback import (
        LegacyRunMetricRequestEventFeedbackDict as LegacyRunMetricRequestEventFeedbackDict,
    )
    from .models.legacy_run_metric_request_metric import (
        LegacyRunMetricRequestMetricDict as LegacyRunMetricRequestMetricDict,
    )
    from .models.legacy_run_metric_request_metric_categories_item import (
        LegacyRunMetricRequestMetricCategoriesItemDict as LegacyRunMetricRequestMetricCategoriesItemDict,
    )
    from .models.legacy_run_metric_request_metric_child_metrics_item import (
        LegacyRunMetricRequestMetricChildMetricsItemDict as LegacyRunMetricRequestMetricChildMetricsItemDict,
    )
    from .models.legacy_run_metric_request_metric_filters import (
        LegacyRunMetricRequestMetricFiltersDict as LegacyRunMetricRequestMetricFiltersDict,
    )
    from .models.legacy_run_metric_request_metric_threshold_type_0 import (
        LegacyRunMetricRequestMetricThresholdType0Dict as LegacyRunMetricRequestMetricThresholdType0Dict,
    )
    from .models.legacy_start_session_request import (
        LegacyStartSessionRequestDict as LegacyStartSessionRequestDict,
    )
    from .models.legacy_start_session_request_session import (
        LegacyStartSessionRequestSessionDict as LegacyStartSessionRequestSessionDict,
    )
    from .models.legacy_update_dataset_request import (
        LegacyUpdateDatasetRequestDict as LegacyUpdateDatasetRequestDict,
    )
    from .models.legacy_update_event_request import (
        LegacyUpdateEventRequestDict as LegacyUpdateEventRequestDict,
    )
    from .models.legacy_update_metric_request import (
        LegacyUpdateMetricRequestDict as LegacyUpdateMetricRequestDict,
    )
    from .models.legacy_update_metric_request_categories_item import (
        LegacyUpdateMetricRequestCategoriesItemDict as LegacyUpdateMetricRequestCategoriesItemDict,
    )
    from .models.legacy_update_metric_request_child_metrics_item import (
        LegacyUpdateMetricRequestChildMetricsItemDict as LegacyUpdateMetricRequestChildMetricsItemDict,
    )
    from .models.legacy_update_metric_request_filters import (
        LegacyUpdateMetricRequestFiltersDict as LegacyUpdateMetricRequestFiltersDict,
    )
    from .models.legacy_update_metric_request_threshold_type_0 import (
        LegacyUpdateMetricRequestThresholdType0Dict as LegacyUpdateMetricRequestThresholdType0Dict,
    )
    from .models.metric_comparison import MetricComparisonDict as MetricComparisonDict
    from .models.metric_datapoints import MetricDatapointsDict as MetricDatapointsDict
    from .models.metric_detail import MetricDetailDict as MetricDetailDict
    from .models.metric_item import MetricItemDict as MetricItemDict
    from .models.metric_item_categories_item import (
        MetricItemCategoriesItemDict as MetricItemCategoriesItemDict,
    )
    from .models.metric_item_child_metrics_item import (
        MetricItemChildMetricsItemDict as MetricItemChildMetricsItemDict,
    )
    from .models.metric_item_filters import MetricItemFiltersDict as MetricItemFiltersDict
    from .models.metric_item_threshold_type_0 import (
        MetricItemThresholdType0Dict as MetricItemThresholdType0Dict,
    )
    from .models.metric_version import MetricVersionDict as MetricVersionDict
    from .models.metric_version_content import MetricVersionContentDict as MetricVersionContentDict
    from .models.metric_version_content_categories_item import (
        MetricVersionContentCategoriesItemDict as MetricVersionContentCategoriesItemDict,
    )
    from .models.metric_version_content_child_metrics_item import (
        MetricVersionContentChildMetricsItemDict as MetricVersionContentChildMetricsItemDict,
    )
    from .models.metric_version_content_filters import (
        MetricVersionContentFiltersDict as MetricVersionContentFiltersDict,
    )
    from .models.metric_version_content_request import (
        MetricVersionContentRequestDict as MetricVersionContentRequestDict,
    )
    from .models.metric_version_content_request_categories_item import (
        MetricVersionContentRequestCategoriesItemDict as MetricVersionContentRequestCategoriesItemDict,
    )
    from .models.metric_version_content_request_child_metrics_item import (
        MetricVersionContentRequestChildMetricsItemDict as MetricVersionContentRequestChildMetricsItemDict,
    )
    from .models.metric_version_content_request_filters import (
        MetricVersionContentRequestFiltersDict as MetricVersionContentRequestFiltersDict,
    )
    from .models.metric_version_content_request_threshold_type_0 import (
        MetricVersionContentRequestThresholdType0Dict as MetricVersionContentRequestThresholdType0Dict,
    )
    from .models.metric_version_content_threshold_type_0 import (
        MetricVersionContentThresholdType0Dict as MetricVersionContentThresholdType0Dict,
    )
    from .models.metrics_aggregation import MetricsAggregationDict as MetricsAggregationDict
    from .models.model_event import ModelEventDict as ModelEventDict
    from .models.pagination import PaginationDict as PaginationDict
    from .models.passing_range import PassingRangeDict as PassingRangeDict
    from .models.post_event_batch_request import (
        PostEventBatchRequestDict as PostEventBatchRequestDict,
    )
    from .models.post_event_batch_response import (
        PostEventBatchResponseDict as PostEventBatchResponseDict,
    )
    from .models.post_event_request import PostEventRequestDict as PostEventRequestDict
    from .models.post_event_response import PostEventResponseDict as PostEventResponseDict
    from .models.post_experiment_run_request import (
        PostExperimentRunRequestDict as PostExperimentRunRequestDict,
    )
    from .models.post_experiment_run_response import (
        PostExperimentRunResponseDict as PostExperimentRunResponseDict,
    )
    from .models.post_model_event_batch_request import (
        PostModelEventBatchRequestDict as PostModelEventBatchRequestDict,
    )
    from .models.post_model_event_request import (
        PostModelEventRequestDict as PostModelEventRequestDict,
    )
    from .models.post_session_request import PostSessionRequestDict as PostSessionRequestDict
    from .models.post_session_request_feedback import (
        PostSessionRequestFeedbackDict as PostSessionRequestFeedbackDict,
    )
    from .models.post_session_start_response import (
        PostSessionStartResponseDict as PostSessionStartResponseDict,
    )
    from .models.project import ProjectDict as ProjectDict
    from .models.put_experiment_run_request import (
        PutExperimentRunRequestDict as PutExperimentRunRequestDict,
    )
    from .models.put_experiment_run_response import (
        PutExperimentRunResponseDict as PutExperimentRunResponseDict,
    )
    from .models.query_filter import QueryFilterDict as QueryFilterDict
    from .models.relative_date_range import RelativeDateRangeDict as RelativeDateRangeDict
    from .models.remove_datapoint_response import (
        RemoveDatapointResponseDict as RemoveDatapointResponseDict,
    )
    from .models.response_format import ResponseFormatDict as ResponseFormatDict
    from .models.run_metric_request import RunMetricRequestDict as RunMetricRequestDict
    from .models.run_metric_request_event import (
        RunMetricRequestEventDict as RunMetricRequestEventDict,
    )
    from .models.run_metric_request_event_feedback import (
        RunMetricRequestEventFeedbackDict as RunMetricRequestEventFeedbackDict,
    )
    from .models.run_metric_request_metric import (
        RunMetricRequestMetricDict as RunMetricRequestMetricDict,
    )
    from .models.run_metric_request_metric_categories_item import (
        RunMetricRequestMetricCategoriesItemDict as RunMetricRequestMetricCategoriesItemDict,
    )
    from .models.run_metric_request_metric_child_metrics_item import (
        RunMetricRequestMetricChildMetricsItemDict as RunMetricRequestMetricChildMetricsItemDict,
    )
    from .models.run_metric_request_metric_filters import (
        RunMetricRequestMetricFiltersDict as RunMetricRequestMetricFiltersDict,
    )
    from .models.run_metric_request_metric_threshold_type_0 import (
        RunMetricRequestMetricThresholdType0Dict as RunMetricRequestMetricThresholdType0Dict,
    )
    from .models.run_metric_response import RunMetricResponseDict as RunMetricResponseDict
    from .models.search_events_request import SearchEventsRequestDict as SearchEventsRequestDict
    from .models.search_events_request_date_range import (
        SearchEventsRequestDateRangeDict as SearchEventsRequestDateRangeDict,
    )
    from .models.selected_function import SelectedFunctionDict as SelectedFunctionDict
    from .models.session_event_batch_request import (
        SessionEventBatchRequestDict as SessionEventBatchRequestDict,
    )
    from .models.session_properties import SessionPropertiesDict as SessionPropertiesDict
    from .models.session_traces_response import (
        SessionTracesResponseDict as SessionTracesResponseDict,
    )
    from .models.session_tree_node import SessionTreeNodeDict as SessionTreeNodeDict
    from .models.single_filter import SingleFilterDict as SingleFilterDict
    from .models.start_session_request import StartSessionRequestDict as StartSessionRequestDict
    from .models.template_item import TemplateItemDict as TemplateItemDict
    from .models.todo_schema import TODOSchemaDict as TODOSchemaDict
    from .models.tool import ToolDict as ToolDict
    from .models.update_annotation_queue_request import (
        UpdateAnnotationQueueRequestDict as UpdateAnnotationQueueRequestDict,
    )
    from .models.update_annotation_queue_request_filters import (
        UpdateAnnotationQueueRequestFiltersDict as UpdateAnnotationQueueRequestFiltersDict,
    )
    from .models.update_annotation_queue_response import (
        UpdateAnnotationQueueResponseDict as UpdateAnnotationQueueResponseDict,
    )
    from .models.update_annotation_queue_response_queue import (
        UpdateAnnotationQueueResponseQueueDict as UpdateAnnotationQueueResponseQueueDict,
    )
    from .models.update_annotation_queue_response_queue_filters import (
        UpdateAnnotationQueueResponseQueueFiltersDict as UpdateAnnotationQueueResponseQueueFiltersDict,
    )
    from .models.update_chart_request import UpdateChartRequestDict as UpdateChartRequestDict
    from .models.update_chart_response import UpdateChartResponseDict as UpdateChartResponseDict
    from .models.update_chart_response_data import (
        UpdateChartResponseDataDict as UpdateChartResponseDataDict,
    )
    from .models.update_configuration_request import (
        UpdateConfigurationRequestDict as UpdateConfigurationRequestDict,
    )
    from .models.update_configuration_response import (
        UpdateConfigurationResponseDict as UpdateConfigurationResponseDict,
    )
    from .models.update_datapoint_params import (
        UpdateDatapointParamsDict as UpdateDatapointParamsDict,
    )
    from .models.update_datapoint_request import (
        UpdateDatapointRequestDict as UpdateDatapointRequestDict,
    )
    from .models.update_datapoint_response import (
        UpdateDatapointResponseDict as UpdateDatapointResponseDict,
    )
    from .models.update_datapoint_response_result import (
        UpdateDatapointResponseResultDict as UpdateDatapointResponseResultDict,
    )
    from .models.update_dataset_request import UpdateDatasetRequestDict as UpdateDatasetRequestDict
    from .models.update_dataset_response import (
        UpdateDatasetResponseDict as UpdateDatasetResponseDict,
    )
    from .models.update_event_request import UpdateEventRequestDict as UpdateEventRequestDict
    from .models.update_metric_request import UpdateMetricRequestDict as UpdateMetricRequestDict
    from .models.update_metric_request_categories_item import (
        UpdateMetricRequestCategoriesItemDict as UpdateMetricRequestCategoriesItemDict,
    )
    from .models.update_metric_request_child_metrics_item import (
        UpdateMetricRequestChildMetricsItemDict as UpdateMetricRequestChildMetricsItemDict,
    )
    from .models.update_metric_request_filters import (
        UpdateMetricRequestFiltersDict as UpdateMetricRequestFiltersDict,
    )
    from .models.update_metric_request_threshold import (
        UpdateMetricRequestThresholdDict as UpdateMetricRequestThresholdDict,
    )
    from .models.update_metric_response import UpdateMetricResponseDict as UpdateMetricResponseDict
    from .models.update_project_request import UpdateProjectRequestDict as UpdateProjectRequestDict
    from .models.update_tool_request import UpdateToolRequestDict as UpdateToolRequestDict
    from .models.update_tool_response import UpdateToolResponseDict as UpdateToolResponseDict


class Unset:
    """The type of UNSET: a field the JSON object did not have (falsy, prints as UNSET)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __copy__(self) -> "Unset":
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> "Unset":
        return self

    def __reduce__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus | int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


def model_repr(model: Any) -> str:
    """`Model(field=value, ...)` of the fields that are set: UNSET ones and no extra keys are left out."""
    shown = []
    for attribute in fields(type(model)):
        value = getattr(model, attribute.name)
        if not attribute.repr or isinstance(value, Unset):
            continue
        if attribute.name == "additional_properties" and not value:
            continue
        shown.append(f"{attribute.name}={value!r}")
    return f"{type(model).__name__}({', '.join(shown)})"


# TypedDict name -> module (in .models) that defines it
_TYPED_DICTS = {
    "AbsoluteDateRangeDict": "absolute_date_range",
    "AddDatapointsResponseDict": "add_datapoints_response",
    "AddDatapointsToDatasetRequestDict": "add_datapoints_to_dataset_request",
    "AddSessionTracesRequestDict": "add_session_traces_request",
    "BatchCreateDatapointsRequestDict": "batch_create_datapoints_request",
    "BatchCreateDatapointsResponseDict": "batch_create_datapoints_response",
    "BatchDateRangeDict": "batch_date_range",
    "ChartBucketDict": "chart_bucket",
    "ComparableEventDict": "comparable_event",
    "ConfigurationItemDict": "configuration_item",
    "ConfigurationParametersDict": "configuration_parameters",
    "CreateAnnotationQueueRequestDict": "create_annotation_queue_request",
    "CreateAnnotationQueueRequestFiltersDict": "create_annotation_queue_request_filters",
    "CreateAnnotationQueueResponseDict": "create_annotation_queue_response",
    "CreateAnnotationQueueResponseQueueDict": "create_annotation_queue_response_queue",
    "CreateAnnotationQueueResponseQueueFiltersDict": "create_annotation_queue_response_queue_filters",
    "CreateChartRequestDict": "create_chart_request",
    "CreateChartResponseDict": "create_chart_response",
    "CreateChartResponseDataDict": "create_chart_response_data",
    "CreateConfigurationRequestDict": "create_configuration_request",
    "CreateConfigurationResponseDict": "create_configuration_response",
    "CreateDataPlaneApiKeyRequestDict": "create_data_plane_api_key_request",
    "CreateDataPlaneApiKeyResponseDict": "create_data_plane_api_key_response",
    "CreateDatapointRequestDict": "create_datapoint_request",
    "CreateDatapointResponseDict": "create_datapoint_response",
    "CreateDatapointResponseResultDict": "create_datapoint_response_result",
    "CreateDatasetRequestDict": "create_dataset_request",
    "CreateDatasetResponseDict": "create_dataset_response",
    "CreateIngestionApiKeyRequestDict": "create_ingestion_api_key_request",
    "CreateIngestionApiKeyResponseDict": "create_ingestion_api_key_response",
    "CreateMetricRequestDict": "create_metric_request",
    "CreateMetricRequestCategoriesItemDict": "create_metric_request_categories_item",
    "CreateMetricRequestChildMetricsItemDict": "create_metric_request_child_metrics_item",
    "CreateMetricRequestFiltersDict": "create_metric_request_filters",
    "CreateMetricRequestThresholdType0Dict": "create_metric_request_threshold_type_0",
    "CreateMetricResponseDict": "create_metric_response",
    "CreateMetricVersionRequestDict": "create_metric_version_request",
    "CreateMetricVersionResponseDict": "create_metric_version_response",
    "CreateProjectRequestDict": "create_project_request",
    "CreateToolRequestDict": "create_tool_request",
    "CreateToolResponseDict": "create_tool_response",
    "DataPlaneApiKeyDict": "data_plane_api_key",
    "DatapointDict": "datapoint",
    "DatapointMappingDict": "datapoint_mapping",
    "DatapointResultDict": "datapoint_result",
    "DatasetDict": "dataset",
    "DateRangeDict": "date_range",
    "DeleteAnnotationQueueResponseDict": "delete_annotation_queue_response",
    "DeleteChartResponseDict": "delete_chart_response",
    "DeleteConfigurationResponseDict": "delete_configuration_response",
    "DeleteDatapointParamsDict": "delete_datapoint_params",
    "DeleteDatapointResponseDict": "delete_datapoint_response",
    "DeleteDatasetParamsDict": "delete_dataset_params",
    "DeleteDatasetResponseDict": "delete_dataset_response",
    "DeleteEventResponseDict": "delete_event_response",
    "DeleteExperimentRunParamsDict": "delete_experiment_run_params",
    "DeleteExperimentRunResponseDict": "delete_experiment_run_response",
    "DeleteMetricResponseDict": "delete_metric_response",
    "DeleteProjectResponseDict": "delete_project_response",
    "DeleteResultDict": "delete_result",
    "DeleteSessionResponseDict": "delete_session_response",
    "DeleteToolResponseDict": "delete_tool_response",
    "DeployMetricVersionResponseDict": "deploy_metric_version_response",
    "ErrorDict": "error",
    "EventDict": "event",
    "EventComparisonDetailDict": "event_comparison_detail",
    "EventDetailDict": "event_detail",
    "EventFeedbackDict": "event_feedback",
    "EventMetricDataDict": "event_metric_data",
    "EventMetricDataMetadataDict": "event_metric_data_metadata",
    "EventSearchFilterDict": "event_search_filter",
    "ExperimentRunObjectDict": "experiment_run_object",
    "ExperimentSchemaFieldDict": "experiment_schema_field",
    "ExperimentSchemaMappingEntryDict": "experiment_schema_mapping_entry",
    "ExportEventsResponseDict": "export_events_response",
    "FilterDict": "filter_",
    "GetAnnotationQueueByIdResponseDict": "get_annotation_queue_by_id_response",
    "GetAnnotationQueueByIdResponseFiltersDict": "get_annotation_queue_by_id_response_filters",
    "GetAnnotationQueuesResponseDict": "get_annotation_queues_response",
    "GetAnnotationQueuesResponseQueuesItemDict": "get_annotation_queues_response_queues_item",
    "GetAnnotationQueuesResponseQueuesItemFiltersDict": "get_annotation_queues_response_queues_item_filters",
    "GetChartResponseDict": "get_chart_response",
    "GetChartResponseDataDict": "get_chart_response_data",
    "GetChartsResponseDict": "get_charts_response",
    "GetChartsResponseDataItemDict": "get_charts_response_data_item",
    "GetConfigurationsQueryDict": "get_configurations_query",
    "GetConfigurationsResponseDict": "get_configurations_response",
    "GetDatapointParamsDict": "get_datapoint_params",
    "GetDatapointResponseDict": "get_datapoint_response",
    "GetDatapointsQueryDict": "get_datapoints_query",
    "GetDatapointsResponseDict": "get_datapoints_response",
    "GetDatasetsResponseDict": "get_datasets_response",
    "GetEventResponseDict": "get_event_response",
    "GetEventResponseEventDict": "get_event_response_event",
    "GetEventsChartResponseDict": "get_events_chart_response",
    "GetEventsQueryDict": "get_events_query",
    "GetEventsResponseDict": "get_events_response",
    "GetEventsSchemaLegacyDateRangeOneOf1Dict": "get_events_schema_legacy_date_range_one_of_1",
    "GetEventsSchemaResponseDict": "get_events_schema_response",
    "GetExperimentCompareEventsResponseDict": "get_experiment_compare_events_response",
    "GetExperimentRunCompareResponseDict": "get_experiment_run_compare_response",
    "GetExperimentRunMetricsQueryDict": "get_experiment_run_metrics_query",
    "GetExperimentRunMetricsResponseDict": "get_experiment_run_metrics_response",
    "GetExperimentRunParamsDict": "get_experiment_run_params",
    "GetExperimentRunResponseDict": "get_experiment_run_response",
    "GetExperimentRunResultResponseDict": "get_experiment_run_result_response",
    "GetExperimentRunsQueryDict": "get_experiment_runs_query",
    "GetExperimentRunsResponseDict": "get_experiment_runs_response",
    "GetMetricsQueryDict": "get_metrics_query",
    "GetMetricsResponseDict": "get_metrics_response",
    "GetMetricVersionsResponseDict": "get_metric_versions_response",
    "GetRunSchemaDateRangeOneOf1Dict": "get_run_schema_date_range_one_of_1",
    "GetRunsDateRangeOneOf1Dict": "get_runs_date_range_one_of_1",
    "GetRunsSchemaDateRangeOneOf1Dict": "get_runs_schema_date_range_one_of_1",
    "IngestionApiKeyDict": "ingestion_api_key",
    "InsertResultDict": "insert_result",
    "LegacyDeleteDatasetQueryDict": "legacy_delete_dataset_query",
    "LegacyEventDict": "legacy_event",
    "LegacyExportEventsRequestDict": "legacy_export_events_request",
    "LegacyExportEventsRequestDateRangeDict": "legacy_export_events_request_date_range",
    "LegacyGetEventsSchemaQueryDict": "legacy_get_events_schema_query",
    "LegacyGetExperimentRunCompareEventsQueryDict": "legacy_get_experiment_run_compare_events_query",
    "LegacyGetExperimentRunCompareParamsDict": "legacy_get_experiment_run_compare_params",
    "LegacyGetExperimentRunCompareQueryDict": "legacy_get_experiment_run_compare_query",
    "LegacyGetExperimentRunResultQueryDict": "legacy_get_experiment_run_result_query",
    "LegacyPostEventBatchRequestDict": "legacy_post_event_batch_request",
    "LegacyPostEventRequestDict": "legacy_post_event_request",
    "LegacyPostEventRequestEventDict": "legacy_post_event_request_event",
    "LegacyRemoveDatapointFromDatasetParamsDict": "legacy_remove_datapoint_from_dataset_params",
    "LegacyRunMetricRequestDict": "legacy_run_metric_request",
    "LegacyRunMetricRequestEventDict": "legacy_run_metric_request_event",
    "LegacyRunMetricRequestEventFeedbackDict": "legacy_run_metric_request_event_feedback",
    "LegacyRunMetricRequestMetricDict": "legacy_run_metric_request_metric",
    "LegacyRunMetricRequestMetricCategoriesItemDict": "legacy_run_metric_request_metric_categories_item",
    "LegacyRunMetricRequestMetricChildMetricsItemDict": "legacy_run_metric_request_metric_child_metrics_item",
    "LegacyRunMetricRequestMetricFiltersDict": "legacy_run_metric_request_metric_filters",
    "LegacyRunMetricRequestMetricThresholdType0Dict": "legacy_run_metric_request_metric_threshold_type_0",
    "LegacyStartSessionRequestDict": "legacy_start_session_request",
    "LegacyStartSessionRequestSessionDict": "legacy_start_session_request_session",
    "LegacyUpdateDatasetRequestDict": "legacy_update_dataset_request",
    "LegacyUpdateEventRequestDict": "legacy_update_event_request",
    "LegacyUpdateMetricRequestDict": "legacy_update_metric_request",
    "LegacyUpdateMetricRequestCategoriesItemDict": "legacy_update_metric_request_categories_item",
    "LegacyUpdateMetricRequestChildMetricsItemDict": "legacy_update_metric_request_child_metrics_item",
    "LegacyUpdateMetricRequestFiltersDict": "legacy_update_metric_request_filters",
    "LegacyUpdateMetricRequestThresholdType0Dict": "legacy_update_metric_request_threshold_type_0",
    "MetricComparisonDict": "metric_comparison",
    "MetricDatapointsDict": "metric_datapoints",
    "MetricDetailDict": "metric_detail",
    "MetricItemDict": "metric_item",
    "MetricItemCategoriesItemDict": "metric_item_categories_item",
    "MetricItemChildMetricsItemDict": "metric_item_child_metrics_item",
    "MetricItemFiltersDict": "metric_item_filters",
    "MetricItemThresholdType0Dict": "metric_item_threshold_type_0",
    "MetricsAggregationDict": "metrics_aggregation",
    "MetricVersionDict": "metric_version",
    "MetricVersionContentDict": "metric_version_content",
    "MetricVersionContentCategoriesItemDict": "metric_version_content_categories_item",
    "MetricVersionContentChildMetricsItemDict": "metric_version_content_child_metrics_item",
    "MetricVersionContentFiltersDict": "metric_version_content_filters",
    "MetricVersionContentRequestDict": "metric_version_content_request",
    "MetricVersionContentRequestCategoriesItemDict": "metric_version_content_request_categories_item",
    "MetricVersionContentRequestChildMetricsItemDict": "metric_version_content_request_child_metrics_item",
    "MetricVersionContentRequestFiltersDict": "metric_version_content_request_filters",
    "MetricVersionContentRequestThresholdType0Dict": "metric_version_content_request_threshold_type_0",
    "MetricVersionContentThresholdType0Dict": "metric_version_content_threshold_type_0",
    "ModelEventDict": "model_event",
    "PaginationDict": "pagination",
    "PassingRangeDict": "passing_range",
    "PostEventBatchRequestDict": "post_event_batch_request",
    "PostEventBatchResponseDict": "post_event_batch_response",
    "PostEventRequestDict": "post_event_request",
    "PostEventResponseDict": "post_event_response",
    "PostExperimentRunRequestDict": "post_experiment_run_request",
    "PostExperimentRunResponseDict": "post_experiment_run_response",
    "PostModelEventBatchRequestDict": "post_model_event_batch_request",
    "PostModelEventRequestDict": "post_model_event_request",
    "PostSessionRequestDict": "post_session_request",
    "PostSessionRequestFeedbackDict": "post_session_request_feedback",
    "PostSessionStartResponseDict": "post_session_start_response",
    "ProjectDict": "project",
    "PutExperimentRunRequestDict": "put_experiment_run_request",
    "PutExperimentRunResponseDict": "put_experiment_run_response",
    "QueryFilterDict": "query_filter",
    "RelativeDateRangeDict": "relative_date_range",
    "RemoveDatapointResponseDict": "remove_datapoint_response",
    "ResponseFormatDict": "response_format",
    "RunMetricRequestDict": "run_metric_request",
    "RunMetricRequestEventDict": "run_metric_request_event",
    "RunMetricRequestEventFeedbackDict": "run_metric_request_event_feedback",
    "RunMetricRequestMetricDict": "run_metric_request_metric",
    "RunMetricRequestMetricCategoriesItemDict": "run_metric_request_metric_categories_item",
    "RunMetricRequestMetricChildMetricsItemDict": "run_metric_request_metric_child_metrics_item",
    "RunMetricRequestMetricFiltersDict": "run_metric_request_metric_filters",
    "RunMetricRequestMetricThresholdType0Dict": "run_metric_request_metric_threshold_type_0",
    "RunMetricResponseDict": "run_metric_response",
    "SearchEventsRequestDict": "search_events_request",
    "SearchEventsRequestDateRangeDict": "search_events_request_date_range",
    "SelectedFunctionDict": "selected_function",
    "SessionEventBatchRequestDict": "session_event_batch_request",
    "SessionPropertiesDict": "session_properties",
    "SessionTracesResponseDict": "session_traces_response",
    "SessionTreeNodeDict": "session_tree_node",
    "SingleFilterDict": "single_filter",
    "StartSessionRequestDict": "start_session_request",
    "TemplateItemDict": "template_item",
    "TODOSchemaDict": "todo_schema",
    "ToolDict": "tool",
    "UpdateAnnotationQueueRequestDict": "update_annotation_queue_request",
    "UpdateAnnotationQueueRequestFiltersDict": "update_annotation_queue_request_filters",
    "UpdateAnnotationQueueResponseDict": "update_annotation_queue_response",
    "UpdateAnnotationQueueResponseQueueDict": "update_annotation_queue_response_queue",
    "UpdateAnnotationQueueResponseQueueFiltersDict": "update_annotation_queue_response_queue_filters",
    "UpdateChartRequestDict": "update_chart_request",
    "UpdateChartResponseDict": "update_chart_response",
    "UpdateChartResponseDataDict": "update_chart_response_data",
    "UpdateConfigurationRequestDict": "update_configuration_request",
    "UpdateConfigurationResponseDict": "update_configuration_response",
    "UpdateDatapointParamsDict": "update_datapoint_params",
    "UpdateDatapointRequestDict": "update_datapoint_request",
    "UpdateDatapointResponseDict": "update_datapoint_response",
    "UpdateDatapointResponseResultDict": "update_datapoint_response_result",
    "UpdateDatasetRequestDict": "update_dataset_request",
    "UpdateDatasetResponseDict": "update_dataset_response",
    "UpdateEventRequestDict": "update_event_request",
    "UpdateMetricRequestDict": "update_metric_request",
    "UpdateMetricRequestCategoriesItemDict": "update_metric_request_categories_item",
    "UpdateMetricRequestChildMetricsItemDict": "update_metric_request_child_metrics_item",
    "UpdateMetricRequestFiltersDict": "update_metric_request_filters",
    "UpdateMetricRequestThresholdDict": "update_metric_request_threshold",
    "UpdateMetricResponseDict": "update_metric_response",
    "UpdateProjectRequestDict": "update_project_request",
    "UpdateToolRequestDict": "update_tool_request",
    "UpdateToolResponseDict": "update_tool_response",
}


def __getattr__(name: str) -> Any:
    module = _TYPED_DICTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".models.{module}", __package__), name)
    globals()[name] = value
    return value


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "AbsoluteDateRangeDict",
    "AddDatapointsResponseDict",
    "AddDatapointsToDatasetRequestDict",
    "AddSessionTracesRequestDict",
    "BatchCreateDatapointsRequestDict",
    "BatchCreateDatapointsResponseDict",
    "BatchDateRangeDict",
    "ChartBucketDict",
    "ComparableEventDict",
    "ConfigurationItemDict",
    "ConfigurationParametersDict",
    "CreateAnnotationQueueRequestDict",
    "CreateAnnotationQueueRequestFiltersDict",
    "CreateAnnotationQueueResponseDict",
    "CreateAnnotationQueueResponseQueueDict",
    "CreateAnnotationQueueResponseQueueFiltersDict",
    "CreateChartRequestDict",
    "CreateChartResponseDict",
    "CreateChartResponseDataDict",
    "CreateConfigurationRequestDict",
    "CreateConfigurationResponseDict",
    "CreateDataPlaneApiKeyRequestDict",
    "CreateDataPlaneApiKeyResponseDict",
    "CreateDatapointRequestDict",
    "CreateDatapointResponseDict",
    "CreateDatapointResponseResultDict",
    "CreateDatasetRequestDict",
    "CreateDatasetResponseDict",
    "CreateIngestionApiKeyRequestDict",
    "CreateIngestionApiKeyResponseDict",
    "CreateMetricRequestDict",
    "CreateMetricRequestCategoriesItemDict",
    "CreateMetricRequestChildMetricsItemDict",
    "CreateMetricRequestFiltersDict",
    "CreateMetricRequestThresholdType0Dict",
    "CreateMetricResponseDict",
    "CreateMetricVersionRequestDict",
    "CreateMetricVersionResponseDict",
    "CreateProjectRequestDict",
    "CreateToolRequestDict",
    "CreateToolResponseDict",
    "DataPlaneApiKeyDict",
    "DatapointDict",
    "DatapointMappingDict",
    "DatapointResultDict",
    "DatasetDict",
    "DateRangeDict",
    "DeleteAnnotationQueueResponseDict",
    "DeleteChartResponseDict",
    "DeleteConfigurationResponseDict",
    "DeleteDatapointParamsDict",
    "DeleteDatapointResponseDict",
    "DeleteDatasetParamsDict",
    "DeleteDatasetResponseDict",
    "DeleteEventResponseDict",
    "DeleteExperimentRunParamsDict",
    "DeleteExperimentRunResponseDict",
    "DeleteMetricResponseDict",
    "DeleteProjectResponseDict",
    "DeleteResultDict",
    "DeleteSessionResponseDict",
    "DeleteToolResponseDict",
    "DeployMetricVersionResponseDict",
    "ErrorDict",
    "EventDict",
    "EventComparisonDetailDict",
    "EventDetailDict",
    "EventFeedbackDict",
    "EventMetricDataDict",
    "EventMetricDataMetadataDict",
    "EventSearchFilterDict",
    "ExperimentRunObjectDict",
    "ExperimentSchemaFieldDict",
    "ExperimentSchemaMappingEntryDict",
    "ExportEventsResponseDict",
    "FilterDict",
    "GetAnnotationQueueByIdResponseDict",
    "GetAnnotationQueueByIdResponseFiltersDict",
    "GetAnnotationQueuesResponseDict",
    "GetAnnotationQueuesResponseQueuesItemDict",
    "GetAnnotationQueuesResponseQueuesItemFiltersDict",
    "GetChartResponseDict",
    "GetChartResponseDataDict",
    "GetChartsResponseDict",
    "GetChartsResponseDataItemDict",
    "GetConfigurationsQueryDict",
    "GetConfigurationsResponseDict",
    "GetDatapointParamsDict",
    "GetDatapointResponseDict",
    "GetDatapointsQueryDict",
    "GetDatapointsResponseDict",
    "GetDatasetsResponseDict",
    "GetEventResponseDict",
    "GetEventResponseEventDict",
    "GetEventsChartResponseDict",
    "GetEventsQueryDict",
    "GetEventsResponseDict",
    "GetEventsSchemaLegacyDateRangeOneOf1Dict",
    "GetEventsSchemaResponseDict",
    "GetExperimentCompareEventsResponseDict",
    "GetExperimentRunCompareResponseDict",
    "GetExperimentRunMetricsQueryDict",
    "GetExperimentRunMetricsResponseDict",
    "GetExperimentRunParamsDict",
    "GetExperimentRunResponseDict",
    "GetExperimentRunResultResponseDict",
    "GetExperimentRunsQueryDict",
    "GetExperimentRunsResponseDict",
    "GetMetricsQueryDict",
    "GetMetricsResponseDict",
    "GetMetricVersionsResponseDict",
    "GetRunSchemaDateRangeOneOf1Dict",
    "GetRunsDateRangeOneOf1Dict",
    "GetRunsSchemaDateRangeOneOf1Dict",
    "IngestionApiKeyDict",
    "InsertResultDict",
    "LegacyDeleteDatasetQueryDict",
    "LegacyEventDict",
    "LegacyExportEventsRequestDict",
    "LegacyExportEventsRequestDateRangeDict",
    "LegacyGetEventsSchemaQueryDict",
    "LegacyGetExperimentRunCompareEventsQueryDict",
    "LegacyGetExperimentRunCompareParamsDict",
    "LegacyGetExperimentRunCompareQueryDict",
    "LegacyGetExperimentRunResultQueryDict",
    "LegacyPostEventBatchRequestDict",
    "LegacyPostEventRequestDict",
    "LegacyPostEventRequestEventDict",
    "LegacyRemoveDatapointFromDatasetParamsDict",
    "LegacyRunMetricRequestDict",
    "LegacyRunMetricRequestEventDict",
    "LegacyRunMetricRequestEventFeedbackDict",
    "LegacyRunMetricRequestMetricDict",
    "LegacyRunMetricRequestMetricCategoriesItemDict",
    "LegacyRunMetricRequestMetricChildMetricsItemDict",
    "LegacyRunMetricRequestMetricFiltersDict",
    "LegacyRunMetricRequestMetricThresholdType0Dict",
    "LegacyStartSessionRequestDict",
    "LegacyStartSessionRequestSessionDict",
    "LegacyUpdateDatasetRequestDict",
    "LegacyUpdateEventRequestDict",
    "LegacyUpdateMetricRequestDict",
    "LegacyUpdateMetricRequestCategoriesItemDict",
    "LegacyUpdateMetricRequestChildMetricsItemDict",
    "LegacyUpdateMetricRequestFiltersDict",
    "LegacyUpdateMetricRequestThresholdType0Dict",
    "MetricComparisonDict",
    "MetricDatapointsDict",
    "MetricDetailDict",
    "MetricItemDict",
    "MetricItemCategoriesItemDict",
    "MetricItemChildMetricsItemDict",
    "MetricItemFiltersDict",
    "MetricItemThresholdType0Dict",
    "MetricsAggregationDict",
    "MetricVersionDict",
    "MetricVersionContentDict",
    "MetricVersionContentCategoriesItemDict",
    "MetricVersionContentChildMetricsItemDict",
    "MetricVersionContentFiltersDict",
    "MetricVersionContentRequestDict",
    "MetricVersionContentRequestCategoriesItemDict",
    "MetricVersionContentRequestChildMetricsItemDict",
    "MetricVersionContentRequestFiltersDict",
    "MetricVersionContentRequestThresholdType0Dict",
    "MetricVersionContentThresholdType0Dict",
    "ModelEventDict",
    "PaginationDict",
    "PassingRangeDict",
    "PostEventBatchRequestDict",
    "PostEventBatchResponseDict",
    "PostEventRequestDict",
    "PostEventResponseDict",
    "PostExperimentRunRequestDict",
    "PostExperimentRunResponseDict",
    "PostModelEventBatchRequestDict",
    "PostModelEventRequestDict",
    "PostSessionRequestDict",
    "PostSessionRequestFeedbackDict",
    "PostSessionStartResponseDict",
    "ProjectDict",
    "PutExperimentRunRequestDict",
    "PutExperimentRunResponseDict",
    "QueryFilterDict",
    "RelativeDateRangeDict",
    "RemoveDatapointResponseDict",
    "ResponseFormatDict",
    "RunMetricRequestDict",
    "RunMetricRequestEventDict",
    "RunMetricRequestEventFeedbackDict",
    "RunMetricRequestMetricDict",
    "RunMetricRequestMetricCategoriesItemDict",
    "RunMetricRequestMetricChildMetricsItemDict",
    "RunMetricRequestMetricFiltersDict",
    "RunMetricRequestMetricThresholdType0Dict",
    "RunMetricResponseDict",
    "SearchEventsRequestDict",
    "SearchEventsRequestDateRangeDict",
    "SelectedFunctionDict",
    "SessionEventBatchRequestDict",
    "SessionPropertiesDict",
    "SessionTracesResponseDict",
    "SessionTreeNodeDict",
    "SingleFilterDict",
    "StartSessionRequestDict",
    "TemplateItemDict",
    "TODOSchemaDict",
    "ToolDict",
    "UpdateAnnotationQueueRequestDict",
    "UpdateAnnotationQueueRequestFiltersDict",
    "UpdateAnnotationQueueResponseDict",
    "UpdateAnnotationQueueResponseQueueDict",
    "UpdateAnnotationQueueResponseQueueFiltersDict",
    "UpdateChartRequestDict",
    "UpdateChartResponseDict",
    "UpdateChartResponseDataDict",
    "UpdateConfigurationRequestDict",
    "UpdateConfigurationResponseDict",
    "UpdateDatapointParamsDict",
    "UpdateDatapointRequestDict",
    "UpdateDatapointResponseDict",
    "UpdateDatapointResponseResultDict",
    "UpdateDatasetRequestDict",
    "UpdateDatasetResponseDict",
    "UpdateEventRequestDict",
    "UpdateMetricRequestDict",
    "UpdateMetricRequestCategoriesItemDict",
    "UpdateMetricRequestChildMetricsItemDict",
    "UpdateMetricRequestFiltersDict",
    "UpdateMetricRequestThresholdDict",
    "UpdateMetricResponseDict",
    "UpdateProjectRequestDict",
    "UpdateToolRequestDict",
    "UpdateToolResponseDict",
]
