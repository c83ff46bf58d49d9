"""Contains all the data models used in inputs/outputs.

Models load on first use (PEP 562): importing one operation, or this package, does not
import every model module.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .absolute_date_range import AbsoluteDateRange
    from .add_datapoints_response import AddDatapointsResponse
    from .add_datapoints_to_dataset_request import AddDatapointsToDatasetRequest
    from .add_session_traces_request import AddSessionTracesRequest
    from .batch_create_datapoints_request import BatchCreateDatapointsRequest
    from .batch_create_datapoints_response import BatchCreateDatapointsResponse
    from .batch_date_range import BatchDateRange
    from .chart_bucket import ChartBucket
    from .check_state import CheckState
    from .comparable_event import ComparableEvent
    from .configuration_item import ConfigurationItem
    from .configuration_parameters import ConfigurationParameters
    from .create_annotation_queue_request import CreateAnnotationQueueRequest
    from .create_annotation_queue_request_filters import CreateAnnotationQueueRequestFilters
    from .create_annotation_queue_response import CreateAnnotationQueueResponse
    from .create_annotation_queue_response_queue import CreateAnnotationQueueResponseQueue
    from .create_annotation_queue_response_queue_filters import (
        CreateAnnotationQueueResponseQueueFilters,
    )
    from .create_chart_request import CreateChartRequest
    from .create_chart_request_bucketing import CreateChartRequestBucketing
    from .create_chart_response import CreateChartResponse
    from .create_chart_response_data import CreateChartResponseData
    from .create_configuration_request import CreateConfigurationRequest
    from .create_configuration_request_env_item import CreateConfigurationRequestEnvItem
    from .create_configuration_request_type import CreateConfigurationRequestType
    from .create_configuration_response import CreateConfigurationResponse
    from .create_data_plane_api_key_request import CreateDataPlaneApiKeyRequest
    from .create_data_plane_api_key_response import CreateDataPlaneApiKeyResponse
    from .create_datapoint_request import CreateDatapointRequest
    from .create_datapoint_response import CreateDatapointResponse
    from .create_datapoint_response_result import CreateDatapointResponseResult
    from .create_dataset_request import CreateDatasetRequest
    from .create_dataset_response import CreateDatasetResponse
    from .create_ingestion_api_key_request import CreateIngestionApiKeyRequest
    from .create_ingestion_api_key_response import CreateIngestionApiKeyResponse
    from .create_metric_request import CreateMetricRequest
    from .create_metric_request_categories_item import CreateMetricRequestCategoriesItem
    from .create_metric_request_child_metrics_item import CreateMetricRequestChildMetricsItem
    from .create_metric_request_filters import CreateMetricRequestFilters
    from .create_metric_request_return_type import CreateMetricRequestReturnType
    from .create_metric_request_threshold_type_0 import CreateMetricRequestThresholdType0
    from .create_metric_request_type import CreateMetricRequestType
    from .create_metric_response import CreateMetricResponse
    from .create_metric_version_request import CreateMetricVersionRequest
    from .create_metric_version_response import CreateMetricVersionResponse
    from .create_project_request import CreateProjectRequest
    from .create_tool_request import CreateToolRequest
    from .create_tool_response import CreateToolResponse
    from .data_plane_api_key import DataPlaneApiKey
    from .datapoint import Datapoint
    from .datapoint_mapping import DatapointMapping
    from .datapoint_result import DatapointResult
    from .dataset import Dataset
    from .date_range import DateRange
    from .delete_annotation_queue_response import DeleteAnnotationQueueResponse
    from .delete_chart_response import DeleteChartResponse
    from .delete_configuration_response import DeleteConfigurationResponse
    from .delete_datapoint_params import DeleteDatapointParams
    from .delete_datapoint_response import DeleteDatapointResponse
    from .delete_dataset_params import DeleteDatasetParams
    from .delete_dataset_response import DeleteDatasetResponse
    from .delete_event_response import DeleteEventResponse
    from .delete_experiment_run_params import DeleteExperimentRunParams
    from .delete_experiment_run_response import DeleteExperimentRunResponse
    from .delete_metric_response import DeleteMetricResponse
    from .delete_project_response import DeleteProjectResponse
    from .delete_result import DeleteResult
    from .delete_session_response import DeleteSessionResponse
    from .delete_tool_response import DeleteToolResponse
    from .deploy_metric_version_response import DeployMetricVersionResponse
    from .error import Error
    from .event import Event
    from .event_comparison_detail import EventComparisonDetail
    from .event_detail import EventDetail
    from .event_feedback import EventFeedback
    from .event_metric_data import EventMetricData
    from .event_metric_data_metadata import EventMetricDataMetadata
    from .event_metric_data_metrics import EventMetricDataMetrics
    from .event_search_filter import EventSearchFilter
    from .event_search_filter_operator import EventSearchFilterOperator
    from .event_search_filter_type import EventSearchFilterType
    from .experiment_run_object import ExperimentRunObject
    from .experiment_run_object_metrics import ExperimentRunObjectMetrics
    from .experiment_schema_field import ExperimentSchemaField
    from .experiment_schema_mapping_entry import ExperimentSchemaMappingEntry
    from .export_events_response import ExportEventsResponse
    from .filter_ import Filter
    from .filter_field_type import FilterFieldType
    from .filter_operator import FilterOperator
    from .get_annotation_queue_by_id_response import GetAnnotationQueueByIdResponse
    from .get_annotation_queue_by_id_response_filters import GetAnnotationQueueByIdResponseFilters
    from .get_annotation_queues_response import GetAnnotationQueuesResponse
    from .get_annotation_queues_response_queues_item import GetAnnotationQueuesResponseQueuesItem
    from .get_annotation_queues_response_queues_item_filters import (
        GetAnnotationQueuesResponseQueuesItemFilters,
    )
    from .get_chart_response import GetChartResponse
    from .get_chart_response_data import GetChartResponseData
    from .get_charts_response import GetChartsResponse
    from .get_charts_response_data_item import GetChartsResponseDataItem
    from .get_configurations_query import GetConfigurationsQuery
    from .get_configurations_response import GetConfigurationsResponse
    from .get_datapoint_params import GetDatapointParams
    from .get_datapoint_response import GetDatapointResponse
    from .get_datapoints_query import GetDatapointsQuery
    from .get_datapoints_response import GetDatapointsResponse
    from .get_datasets_response import GetDatasetsResponse
    from .get_event_response import GetEventResponse
    from .get_event_response_event import GetEventResponseEvent
    from .get_events_chart_aggregation import GetEventsChartAggregation
    from .get_events_chart_bucket import GetEventsChartBucket
    from .get_events_chart_response import GetEventsChartResponse
    from .get_events_query import GetEventsQuery
    from .get_events_response import GetEventsResponse
    from .get_events_schema_legacy_date_range_one_of_1 import GetEventsSchemaLegacyDateRangeOneOf1
    from .get_events_schema_response import GetEventsSchemaResponse
    from .get_events_schema_response_mappings import GetEventsSchemaResponseMappings
    from .get_experiment_compare_events_response import GetExperimentCompareEventsResponse
    from .get_experiment_comparison_aggregate_function import (
        GetExperimentComparisonAggregateFunction,
    )
    from .get_experiment_result_legacy_aggregate_function import (
        GetExperimentResultLegacyAggregateFunction,
    )
    from .get_experiment_run_compare_response import GetExperimentRunCompareResponse
    from .get_experiment_run_metrics_query import GetExperimentRunMetricsQuery
    from .get_experiment_run_metrics_response import GetExperimentRunMetricsResponse
    from .get_experiment_run_params import GetExperimentRunParams
    from .get_experiment_run_response import GetExperimentRunResponse
    from .get_experiment_run_result_response import GetExperimentRunResultResponse
    from .get_experiment_runs_query import GetExperimentRunsQuery
    from .get_experiment_runs_query_sort_by import GetExperimentRunsQuerySortBy
    from .get_experiment_runs_query_sort_order import GetExperimentRunsQuerySortOrder
    from .get_experiment_runs_query_status import GetExperimentRunsQueryStatus
    from .get_experiment_runs_response import GetExperimentRunsResponse
    from .get_experiment_summary_aggregate_function import GetExperimentSummaryAggregateFunction
    from .get_metric_versions_response import GetMetricVersionsResponse
    from .get_metrics_query import GetMetricsQuery
    from .get_metrics_response import GetMetricsResponse
    from .get_run_schema_date_range_one_of_1 import GetRunSchemaDateRangeOneOf1
    from .get_runs_date_range_one_of_1 import GetRunsDateRangeOneOf1
    from .get_runs_schema_date_range_one_of_1 import GetRunsSchemaDateRangeOneOf1
    from .get_runs_sort_by import GetRunsSortBy
    from .get_runs_sort_order import GetRunsSortOrder
    from .get_runs_status import GetRunsStatus
    from .ingestion_api_key import IngestionApiKey
    from .insert_result import InsertResult
    from .legacy_delete_dataset_query import LegacyDeleteDatasetQuery
    from .legacy_event import LegacyEvent
    from .legacy_export_events_request import LegacyExportEventsRequest
    from .legacy_export_events_request_date_range import LegacyExportEventsRequestDateRange
    from .legacy_get_events_schema_query import LegacyGetEventsSchemaQuery
    from .legacy_get_experiment_run_compare_events_query import (
        LegacyGetExperimentRunCompareEventsQuery,
    )
    from .legacy_get_experiment_run_compare_params import LegacyGetExperimentRunCompareParams
    from .legacy_get_experiment_run_compare_query import LegacyGetExperimentRunCompareQuery
    from .legacy_get_experiment_run_result_query import LegacyGetExperimentRunResultQuery
    from .legacy_post_event_batch_request import LegacyPostEventBatchRequest
    from .legacy_post_event_request import LegacyPostEventRequest
    from .legacy_post_event_request_event import LegacyPostEventRequestEvent
    from .legacy_post_event_request_event_event_type import LegacyPostEventRequestEventEventType
    from .legacy_remove_datapoint_from_dataset_params import LegacyRemoveDatapointFromDatasetParams
    from .legacy_run_metric_request import LegacyRunMetricRequest
    from .legacy_run_metric_request_event import LegacyRunMetricRequestEvent
    from .legacy_run_metric_request_event_feedback import LegacyRunMetricRequestEventFeedback
    from .legacy_run_metric_request_metric import LegacyRunMetricRequestMetric
    from .legacy_run_metric_request_metric_categories_item import (
        LegacyRunMetricRequestMetricCategoriesItem,
    )
    from .legacy_run_metric_request_metric_child_metrics_item import (
        LegacyRunMetricRequestMetricChildMetricsItem,
    )
    from .legacy_run_metric_request_metric_filters import LegacyRunMetricRequestMetricFilters
    from .legacy_run_metric_request_metric_return_type import LegacyRunMetricRequestMetricReturnType
    from .legacy_run_metric_request_metric_threshold_type_0 import (
        LegacyRunMetricRequestMetricThresholdType0,
    )
    from .legacy_run_metric_request_metric_type import LegacyRunMetricRequestMetricType
    from .legacy_start_session_request import LegacyStartSessionRequest
    from .legacy_start_session_request_session import LegacyStartSessionRequestSession
    from .legacy_update_dataset_request import LegacyUpdateDatasetRequest
    from .legacy_update_event_request import LegacyUpdateEventRequest
    from .legacy_update_metric_request import LegacyUpdateMetricRequest
    from .legacy_update_metric_request_categories_item import (
        LegacyUpdateMetricRequestCategoriesItem,
    )
    from .legacy_update_metric_request_child_metrics_item import (
        LegacyUpdateMetricRequestChildMetricsItem,
    )
    from .legacy_update_metric_request_filters import LegacyUpdateMetricRequestFilters
    from .legacy_update_metric_request_return_type import LegacyUpdateMetricRequestReturnType
    from .legacy_update_metric_request_threshold_type_0 import (
        LegacyUpdateMetricRequestThresholdType0,
    )
    from .legacy_update_metric_request_type import LegacyUpdateMetricRequestType
    from .metric_comparison import MetricComparison
    from .metric_datapoints import MetricDatapoints
    from .metric_detail import MetricDetail
    from .metric_item import MetricItem
    from .metric_item_categories_item import MetricItemCategoriesItem
    from .metric_item_child_metrics_item import MetricItemChildMetricsItem
    from .metric_item_filters import MetricItemFilters
    from .metric_item_threshold_type_0 import MetricItemThresholdType0
    from .metric_version import MetricVersion
    from .metric_version_content import MetricVersionContent
    from .metric_version_content_categories_item import MetricVersionContentCategoriesItem
    from .metric_version_content_child_metrics_item import MetricVersionContentChildMetricsItem
    from .metric_version_content_filters import MetricVersionContentFilters
    from .metric_version_content_request import MetricVersionContentRequest
    from .metric_version_content_request_categories_item import (
        MetricVersionContentRequestCategoriesItem,
    )
    from .metric_version_content_request_child_metrics_item import (
        MetricVersionContentRequestChildMetricsItem,
    )
    from .metric_version_content_request_filters import MetricVersionContentRequestFilters
    from .metric_version_content_request_return_type import MetricVersionContentRequestReturnType
    from .metric_version_content_request_threshold_type_0 import (
        MetricVersionContentRequestThresholdType0,
    )
    from .metric_version_content_request_type import MetricVersionContentRequestType
    from .metric_version_content_threshold_type_0 import MetricVersionContentThresholdType0
    from .metrics_aggregation import MetricsAggregation
    from .model_event import ModelEvent
    from .model_event_event_type import ModelEventEventType
    from .pagination import Pagination
    from .passing_range import PassingRange
    from .post_event_batch_request import PostEventBatchRequest
    from .post_event_batch_response import PostEventBatchResponse
    from .post_event_request import PostEventRequest
    from .post_event_request_event_type import PostEventRequestEventType
    from .post_event_response import PostEventResponse
    from .post_experiment_run_request import PostExperimentRunRequest
    from .post_experiment_run_request_passing_ranges import PostExperimentRunRequestPassingRanges
    from .post_experiment_run_request_status import PostExperimentRunRequestStatus
    from .post_experiment_run_response import PostExperimentRunResponse
    from .post_model_event_batch_request import PostModelEventBatchRequest
    from .post_model_event_request import PostModelEventRequest
    from .post_session_request import PostSessionRequest
    from .post_session_request_feedback import PostSessionRequestFeedback
    from .post_session_start_response import PostSessionStartResponse
    from .project import Project
    from .project_type import ProjectType
    from .put_experiment_run_request import PutExperimentRunRequest
    from .put_experiment_run_request_passing_ranges import PutExperimentRunRequestPassingRanges
    from .put_experiment_run_request_status import PutExperimentRunRequestStatus
    from .put_experiment_run_response import PutExperimentRunResponse
    from .query_filter import QueryFilter
    from .relative_date_range import RelativeDateRange
    from .remove_datapoint_response import RemoveDatapointResponse
    from .response_format import ResponseFormat
    from .run_metric_request import RunMetricRequest
    from .run_metric_request_event import RunMetricRequestEvent
    from .run_metric_request_event_feedback import RunMetricRequestEventFeedback
    from .run_metric_request_metric import RunMetricRequestMetric
    from .run_metric_request_metric_categories_item import RunMetricRequestMetricCategoriesItem
    from .run_metric_request_metric_child_metrics_item import RunMetricRequestMetricChildMetricsItem
    from .run_metric_request_metric_filters import RunMetricRequestMetricFilters
    from .run_metric_request_metric_return_type import RunMetricRequestMetricReturnType
    from .run_metric_request_metric_threshold_type_0 import RunMetricRequestMetricThresholdType0
    from .run_metric_request_metric_type import RunMetricRequestMetricType
    from .run_metric_response import RunMetricResponse
    from .search_events_request import SearchEventsRequest
    from .search_events_request_date_range import SearchEventsRequestDateRange
    from .selected_function import SelectedFunction
    from .session_event_batch_request import SessionEventBatchRequest
    from .session_properties import SessionProperties
    from .session_traces_response import SessionTracesResponse
    from .session_tree_node import SessionTreeNode
    from .single_filter import SingleFilter
    from .start_session_request import StartSessionRequest
    from .template_item import TemplateItem
    from .todo_schema import TODOSchema
    from .tool import Tool
    from .tool_type import ToolType
    from .update_annotation_queue_request import UpdateAnnotationQueueRequest
    from .update_annotation_queue_request_filters import UpdateAnnotationQueueRequestFilters
    from .update_annotation_queue_response import UpdateAnnotationQueueResponse
    from .update_annotation_queue_response_queue import UpdateAnnotationQueueResponseQueue
    from .update_annotation_queue_response_queue_filters import (
        UpdateAnnotationQueueResponseQueueFilters,
    )
    from .update_chart_request import UpdateChartRequest
    from .update_chart_request_bucketing import UpdateChartRequestBucketing
    from .update_chart_response import UpdateChartResponse
    from .update_chart_response_data import UpdateChartResponseData
    from .update_configuration_request import UpdateConfigurationRequest
    from .update_configuration_request_env_item import UpdateConfigurationRequestEnvItem
    from .update_configuration_request_type import UpdateConfigurationRequestType
    from .update_configuration_response import UpdateConfigurationResponse
    from .update_datapoint_params import UpdateDatapointParams
    from .update_datapoint_request import UpdateDatapointRequest
    from .update_datapoint_response import UpdateDatapointResponse
    from .update_datapoint_response_result import UpdateDatapointResponseResult
    from .update_dataset_request import UpdateDatasetRequest
    from .update_dataset_response import UpdateDatasetResponse
    from .update_event_request import UpdateEventRequest
    from .update_metric_request import UpdateMetricRequest
    from .update_metric_request_categories_item import UpdateMetricRequestCategoriesItem
    from .update_metric_request_child_metrics_item import UpdateMetricRequestChildMetricsItem
    from .update_metric_request_filters import UpdateMetricRequestFilters
    from .update_metric_request_return_type import UpdateMetricRequestReturnType
    from .update_metric_request_threshold import UpdateMetricRequestThreshold
    from .update_metric_request_type import UpdateMetricRequestType
    from .update_metric_response import UpdateMetricResponse
    from .update_project_request import UpdateProjectRequest
    from .update_tool_request import UpdateToolRequest
    from .update_tool_response import UpdateToolResponse

# model name -> module (relative to this package) that defines it
_MODULES = {
    "AbsoluteDateRange": ".absolute_date_range",
    "AddDatapointsResponse": ".add_datapoints_response",
    "AddDatapointsToDatasetRequest": ".add_datapoints_to_dataset_request",
    "AddSessionTracesRequest": ".add_session_traces_request",
    "BatchCreateDatapointsRequest": ".batch_create_datapoints_request",
    "BatchCreateDatapointsResponse": ".batch_create_datapoints_response",
    "BatchDateRange": ".batch_date_range",
    "ChartBucket": ".chart_bucket",
    "CheckState": ".check_state",
    "ComparableEvent": ".comparable_event",
    "ConfigurationItem": ".configuration_item",
    "ConfigurationParameters": ".configuration_parameters",
    "CreateAnnotationQueueRequest": ".create_annotation_queue_request",
    "CreateAnnotationQueueRequestFilters": ".create_annotation_queue_request_filters",
    "CreateAnnotationQueueResponse": ".create_annotation_queue_response",
    "CreateAnnotationQueueResponseQueue": ".create_annotation_queue_response_queue",
    "CreateAnnotationQueueResponseQueueFilters": ".create_annotation_queue_response_queue_filters",
    "CreateChartRequest": ".create_chart_request",
    "CreateChartRequestBucketing": ".create_chart_request_bucketing",
    "CreateChartResponse": ".create_chart_response",
    "CreateChartResponseData": ".create_chart_response_data",
    "CreateConfigurationRequest": ".create_configuration_request",
    "CreateConfigurationRequestEnvItem": ".create_configuration_request_env_item",
    "CreateConfigurationRequestType": ".create_configuration_request_type",
    "CreateConfigurationResponse": ".create_configuration_response",
    "CreateDataPlaneApiKeyRequest": ".create_data_plane_api_key_request",
    "CreateDataPlaneApiKeyResponse": ".create_data_plane_api_key_response",
    "CreateDatapointRequest": ".create_datapoint_request",
    "CreateDatapointResponse": ".create_datapoint_response",
    "CreateDatapointResponseResult": ".create_datapoint_response_result",
    "CreateDatasetRequest": ".create_dataset_request",
    "CreateDatasetResponse": ".create_dataset_response",
    "CreateIngestionApiKeyRequest": ".create_ingestion_api_key_request",
    "CreateIngestionApiKeyResponse": ".create_ingestion_api_key_response",
    "CreateMetricRequest": ".create_metric_request",
    "CreateMetricRequestCategoriesItem": ".create_metric_request_categories_item",
    "CreateMetricRequestChildMetricsItem": ".create_metric_request_child_metrics_item",
    "CreateMetricRequestFilters": ".create_metric_request_filters",
    "CreateMetricRequestReturnType": ".create_metric_request_return_type",
    "CreateMetricRequestThresholdType0": ".create_metric_request_threshold_type_0",
    "CreateMetricRequestType": ".create_metric_request_type",
    "CreateMetricResponse": ".create_metric_response",
    "CreateMetricVersionRequest": ".create_metric_version_request",
    "CreateMetricVersionResponse": ".create_metric_version_response",
    "CreateProjectRequest": ".create_project_request",
    "CreateToolRequest": ".create_tool_request",
    "CreateToolResponse": ".create_tool_response",
    "DataPlaneApiKey": ".data_plane_api_key",
    "Datapoint": ".datapoint",
    "DatapointMapping": ".datapoint_mapping",
    "DatapointResult": ".datapoint_result",
    "Dataset": ".dataset",
    "DateRange": ".date_range",
    "DeleteAnnotationQueueResponse": ".delete_annotation_queue_response",
    "DeleteChartResponse": ".delete_chart_response",
    "DeleteConfigurationResponse": ".delete_configuration_response",
    "DeleteDatapointParams": ".delete_datapoint_params",
    "DeleteDatapointResponse": ".delete_datapoint_response",
    "DeleteDatasetParams": ".delete_dataset_params",
    "DeleteDatasetResponse": ".delete_dataset_response",
    "DeleteEventResponse": ".delete_event_response",
    "DeleteExperimentRunParams": ".delete_experiment_run_params",
    "DeleteExperimentRunResponse": ".delete_experiment_run_response",
    "DeleteMetricResponse": ".delete_metric_response",
    "DeleteProjectResponse": ".delete_project_response",
    "DeleteResult": ".delete_result",
    "DeleteSessionResponse": ".delete_session_response",
    "DeleteToolResponse": ".delete_tool_response",
    "DeployMetricVersionResponse": ".deploy_metric_version_response",
    "Error": ".error",
    "Event": ".event",
    "EventComparisonDetail": ".event_comparison_detail",
    "EventDetail": ".event_detail",
    "EventFeedback": ".event_feedback",
    "EventMetricData": ".event_metric_data",
    "EventMetricDataMetadata": ".event_metric_data_metadata",
    "EventMetricDataMetrics": ".event_metric_data_metrics",
    "EventSearchFilter": ".event_search_filter",
    "EventSearchFilterOperator": ".event_search_filter_operator",
    "EventSearchFilterType": ".event_search_filter_type",
    "ExperimentRunObject": ".experiment_run_object",
    "ExperimentRunObjectMetrics": ".experiment_run_object_metrics",
    "ExperimentSchemaField": ".experiment_schema_field",
    "ExperimentSchemaMappingEntry": ".experiment_schema_mapping_entry",
    "ExportEventsResponse": ".export_events_response",
    "Filter": ".filter_",
    "FilterFieldType": ".filter_field_type",
    "FilterOperator": ".filter_operator",
    "GetAnnotationQueueByIdResponse": ".get_annotation_queue_by_id_response",
    "GetAnnotationQueueByIdResponseFilters": ".get_annotation_queue_by_id_response_filters",
    "GetAnnotationQueuesResponse": ".get_annotation_queues_response",
    "GetAnnotationQueuesResponseQueuesItem": ".get_annotation_queues_response_queues_item",
    "GetAnnotationQueuesResponseQueuesItemFilters": ".get_annotation_queues_response_queues_item_filters",
    "GetChartResponse": ".get_chart_response",
    "GetChartResponseData": ".get_chart_response_data",
    "GetChartsResponse": ".get_charts_response",
    "GetChartsResponseDataItem": ".get_charts_response_data_item",
    "GetConfigurationsQuery": ".get_configurations_query",
    "GetConfigurationsResponse": ".get_configurations_response",
    "GetDatapointParams": ".get_datapoint_params",
    "GetDatapointResponse": ".get_datapoint_response",
    "GetDatapointsQuery": ".get_datapoints_query",
    "GetDatapointsResponse": ".get_datapoints_response",
    "GetDatasetsResponse": ".get_datasets_response",
    "GetEventResponse": ".get_event_response",
    "GetEventResponseEvent": ".get_event_response_event",
    "GetEventsChartAggregation": ".get_events_chart_aggregation",
    "GetEventsChartBucket": ".get_events_chart_bucket",
    "GetEventsChartResponse": ".get_events_chart_response",
    "GetEventsQuery": ".get_events_query",
    "GetEventsResponse": ".get_events_response",
    "GetEventsSchemaLegacyDateRangeOneOf1": ".get_events_schema_legacy_date_range_one_of_1",
    "GetEventsSchemaResponse": ".get_events_schema_response",
    "GetEventsSchemaResponseMappings": ".get_events_schema_response_mappings",
    "GetExperimentCompareEventsResponse": ".get_experiment_compare_events_response",
    "GetExperimentComparisonAggregateFunction": ".get_experiment_comparison_aggregate_function",
    "GetExperimentResultLegacyAggregateFunction": ".get_experiment_result_legacy_aggregate_function",
    "GetExperimentRunCompareResponse": ".get_experiment_run_compare_response",
    "GetExperimentRunMetricsQuery": ".get_experiment_run_metrics_query",
    "GetExperimentRunMetricsResponse": ".get_experiment_run_metrics_response",
    "GetExperimentRunParams": ".get_experiment_run_params",
    "GetExperimentRunResponse": ".get_experiment_run_response",
    "GetExperimentRunResultResponse": ".get_experiment_run_result_response",
    "GetExperimentRunsQuery": ".get_experiment_runs_query",
    "GetExperimentRunsQuerySortBy": ".get_experiment_runs_query_sort_by",
    "GetExperimentRunsQuerySortOrder": ".get_experiment_runs_query_sort_order",
    "GetExperimentRunsQueryStatus": ".get_experiment_runs_query_status",
    "GetExperimentRunsResponse": ".get_experiment_runs_response",
    "GetExperimentSummaryAggregateFunction": ".get_experiment_summary_aggregate_function",
    "GetMetricVersionsResponse": ".get_metric_versions_response",
    "GetMetricsQuery": ".get_metrics_query",
    "GetMetricsResponse": ".get_metrics_response",
    "GetRunSchemaDateRangeOneOf1": ".get_run_schema_date_range_one_of_1",
    "GetRunsDateRangeOneOf1": ".get_runs_date_range_one_of_1",
    "GetRunsSchemaDateRangeOneOf1": ".get_runs_schema_date_range_one_of_1",
    "GetRunsSortBy": ".get_runs_sort_by",
    "GetRunsSortOrder": ".get_runs_sort_order",
    "GetRunsStatus": ".get_runs_status",
    "IngestionApiKey": ".ingestion_api_key",
    "InsertResult": ".insert_result",
    "LegacyDeleteDatasetQuery": ".legacy_delete_dataset_query",
    "LegacyEvent": ".legacy_event",
    "LegacyExportEventsRequest": ".legacy_export_events_request",
    "LegacyExportEventsRequestDateRange": ".legacy_export_events_request_date_range",
    "LegacyGetEventsSchemaQuery": ".legacy_get_events_schema_query",
    "LegacyGetExperimentRunCompareEventsQuery": ".legacy_get_experiment_run_compare_events_query",
    "LegacyGetExperimentRunCompareParams": ".legacy_get_experiment_run_compare_params",
    "LegacyGetExperimentRunCompareQuery": ".legacy_get_experiment_run_compare_query",
    "LegacyGetExperimentRunResultQuery": ".legacy_get_experiment_run_result_query",
    "LegacyPostEventBatchRequest": ".legacy_post_event_batch_request",
    "LegacyPostEventRequest": ".legacy_post_event_request",
    "LegacyPostEventRequestEvent": ".legacy_post_event_request_event",
    "LegacyPostEventRequestEventEventType": ".legacy_post_event_request_event_event_type",
    "LegacyRemoveDatapointFromDatasetParams": ".legacy_remove_datapoint_from_dataset_params",
    "LegacyRunMetricRequest": ".legacy_run_metric_request",
    "LegacyRunMetricRequestEvent": ".legacy_run_metric_request_event",
    "LegacyRunMetricRequestEventFeedback": ".legacy_run_metric_request_event_feedback",
    "LegacyRunMetricRequestMetric": ".legacy_run_metric_request_metric",
    "LegacyRunMetricRequestMetricCategoriesItem": ".legacy_run_metric_request_metric_categories_item",
    "LegacyRunMetricRequestMetricChildMetricsItem": ".legacy_run_metric_request_metric_child_metrics_item",
    "LegacyRunMetricRequestMetricFilters": ".legacy_run_metric_request_metric_filters",
    "LegacyRunMetricRequestMetricReturnType": ".legacy_run_metric_request_metric_return_type",
    "LegacyRunMetricRequestMetricThresholdType0": ".legacy_run_metric_request_metric_threshold_type_0",
    "LegacyRunMetricRequestMetricType": ".legacy_run_metric_request_metric_type",
    "LegacyStartSessionRequest": ".legacy_start_session_request",
    "LegacyStartSessionRequestSession": ".legacy_start_session_request_session",
    "LegacyUpdateDatasetRequest": ".legacy_update_dataset_request",
    "LegacyUpdateEventRequest": ".legacy_update_event_request",
    "LegacyUpdateMetricRequest": ".legacy_update_metric_request",
    "LegacyUpdateMetricRequestCategoriesItem": ".legacy_update_metric_request_categories_item",
    "LegacyUpdateMetricRequestChildMetricsItem": ".legacy_update_metric_request_child_metrics_item",
    "LegacyUpdateMetricRequestFilters": ".legacy_update_metric_request_filters",
    "LegacyUpdateMetricRequestReturnType": ".legacy_update_metric_request_return_type",
    "LegacyUpdateMetricRequestThresholdType0": ".legacy_update_metric_request_threshold_type_0",
    "LegacyUpdateMetricRequestType": ".legacy_update_metric_request_type",
    "MetricComparison": ".metric_comparison",
    "MetricDatapoints": ".metric_datapoints",
    "MetricDetail": ".metric_detail",
    "MetricItem": ".metric_item",
    "MetricItemCategoriesItem": ".metric_item_categories_item",
    "MetricItemChildMetricsItem": ".metric_item_child_metrics_item",
    "MetricItemFilters": ".metric_item_filters",
    "MetricItemThresholdType0": ".metric_item_threshold_type_0",
    "MetricVersion": ".metric_version",
    "MetricVersionContent": ".metric_version_content",
    "MetricVersionContentCategoriesItem": ".metric_version_content_categories_item",
    "MetricVersionContentChildMetricsItem": ".metric_version_content_child_metrics_item",
    "MetricVersionContentFilters": ".metric_version_content_filters",
    "MetricVersionContentRequest": ".metric_version_content_request",
    "MetricVersionContentRequestCategoriesItem": ".metric_version_content_request_categories_item",
    "MetricVersionContentRequestChildMetricsItem": ".metric_version_content_request_child_metrics_item",
    "MetricVersionContentRequestFilters": ".metric_version_content_request_filters",
    "MetricVersionContentRequestReturnType": ".metric_version_content_request_return_type",
    "MetricVersionContentRequestThresholdType0": ".metric_version_content_request_threshold_type_0",
    "MetricVersionContentRequestType": ".metric_version_content_request_type",
    "MetricVersionContentThresholdType0": ".metric_version_content_threshold_type_0",
    "MetricsAggregation": ".metrics_aggregation",
    "ModelEvent": ".model_event",
    "ModelEventEventType": ".model_event_event_type",
    "Pagination": ".pagination",
    "PassingRange": ".passing_range",
    "PostEventBatchRequest": ".post_event_batch_request",
    "PostEventBatchResponse": ".post_event_batch_response",
    "PostEventRequest": ".post_event_request",
    "PostEventRequestEventType": ".post_event_request_event_type",
    "PostEventResponse": ".post_event_response",
    "PostExperimentRunRequest": ".post_experiment_run_request",
    "PostExperimentRunRequestPassingRanges": ".post_experiment_run_request_passing_ranges",
    "PostExperimentRunRequestStatus": ".post_experiment_run_request_status",
    "PostExperimentRunResponse": ".post_experiment_run_response",
    "PostModelEventBatchRequest": ".post_model_event_batch_request",
    "PostModelEventRequest": ".post_model_event_request",
    "PostSessionRequest": ".post_session_request",
    "PostSessionRequestFeedback": ".post_session_request_feedback",
    "PostSessionStartResponse": ".post_session_start_response",
    "Project": ".project",
    "ProjectType": ".project_type",
    "PutExperimentRunRequest": ".put_experiment_run_request",
    "PutExperimentRunRequestPassingRanges": ".put_experiment_run_request_passing_ranges",
    "PutExperimentRunRequestStatus": ".put_experiment_run_request_status",
    "PutExperimentRunResponse": ".put_experiment_run_response",
    "QueryFilter": ".query_filter",
    "RelativeDateRange": ".relative_date_range",
    "RemoveDatapointResponse": ".remove_datapoint_response",
    "ResponseFormat": ".response_format",
    "RunMetricRequest": ".run_metric_request",
    "RunMetricRequestEvent": ".run_metric_request_event",
    "RunMetricRequestEventFeedback": ".run_metric_request_event_feedback",
    "RunMetricRequestMetric": ".run_metric_request_metric",
    "RunMetricRequestMetricCategoriesItem": ".run_metric_request_metric_categories_item",
    "RunMetricRequestMetricChildMetricsItem": ".run_metric_request_metric_child_metrics_item",
    "RunMetricRequestMetricFilters": ".run_metric_request_metric_filters",
    "RunMetricRequestMetricReturnType": ".run_metric_request_metric_return_type",
    "RunMetricRequestMetricThresholdType0": ".run_metric_request_metric_threshold_type_0",
    "RunMetricRequestMetricType": ".run_metric_request_metric_type",
    "RunMetricResponse": ".run_metric_response",
    "SearchEventsRequest": ".search_events_request",
    "SearchEventsRequestDateRange": ".search_events_request_date_range",
    "SelectedFunction": ".selected_function",
    "SessionEventBatchRequest": ".session_event_batch_request",
    "SessionProperties": ".session_properties",
    "SessionTracesResponse": ".session_traces_response",
    "SessionTreeNode": ".session_tree_node",
    "SingleFilter": ".single_filter",
    "StartSessionRequest": ".start_session_request",
    "TemplateItem": ".template_item",
    "TODOSchema": ".todo_schema",
    "Tool": ".tool",
    "ToolType": ".tool_type",
    "UpdateAnnotationQueueRequest": ".update_annotation_queue_request",
    "UpdateAnnotationQueueRequestFilters": ".update_annotation_queue_request_filters",
    "UpdateAnnotationQueueResponse": ".update_annotation_queue_response",
    "UpdateAnnotationQueueResponseQueue": ".update_annotation_queue_response_queue",
    "UpdateAnnotationQueueResponseQueueFilters": ".update_annotation_queue_response_queue_filters",
    "UpdateChartRequest": ".update_chart_request",
    "UpdateChartRequestBucketing": ".update_chart_request_bucketing",
    "UpdateChartResponse": ".update_chart_response",
    "UpdateChartResponseData": ".update_chart_response_data",
    "UpdateConfigurationRequest": ".update_configuration_request",
    "UpdateConfigurationRequestEnvItem": ".update_configuration_request_env_item",
    "UpdateConfigurationRequestType": ".update_configuration_request_type",
    "UpdateConfigurationResponse": ".update_configuration_response",
    "UpdateDatapointParams": ".update_datapoint_params",
    "UpdateDatapointRequest": ".update_datapoint_request",
    "UpdateDatapointResponse": ".update_datapoint_response",
    "UpdateDatapointResponseResult": ".update_datapoint_response_result",
    "UpdateDatasetRequest": ".update_dataset_request",
    "UpdateDatasetResponse": ".update_dataset_response",
    "UpdateEventRequest": ".update_event_request",
    "UpdateMetricRequest": ".update_metric_request",
    "UpdateMetricRequestCategoriesItem": ".update_metric_request_categories_item",
    "UpdateMetricRequestChildMetricsItem": ".update_metric_request_child_metrics_item",
    "UpdateMetricRequestFilters": ".update_metric_request_filters",
    "UpdateMetricRequestReturnType": ".update_metric_request_return_type",
    "UpdateMetricRequestThreshold": ".update_metric_request_threshold",
    "UpdateMetricRequestType": ".update_metric_request_type",
    "UpdateMetricResponse": ".update_metric_response",
    "UpdateProjectRequest": ".update_project_request",
    "UpdateToolRequest": ".update_tool_request",
    "UpdateToolResponse": ".update_tool_response",
}

__all__ = (
    "AbsoluteDateRange",
    "AddDatapointsResponse",
    "AddDatapointsToDatasetRequest",
    "AddSessionTracesRequest",
    "BatchCreateDatapointsRequest",
    "BatchCreateDatapointsResponse",
    "BatchDateRange",
    "ChartBucket",
    "CheckState",
    "ComparableEvent",
    "ConfigurationItem",
    "ConfigurationParameters",
    "CreateAnnotationQueueRequest",
    "CreateAnnotationQueueRequestFilters",
    "CreateAnnotationQueueResponse",
    "CreateAnnotationQueueResponseQueue",
    "CreateAnnotationQueueResponseQueueFilters",
    "CreateChartRequest",
    "CreateChartRequestBucketing",
    "CreateChartResponse",
    "CreateChartResponseData",
    "CreateConfigurationRequest",
    "CreateConfigurationRequestEnvItem",
    "CreateConfigurationRequestType",
    "CreateConfigurationResponse",
    "CreateDataPlaneApiKeyRequest",
    "CreateDataPlaneApiKeyResponse",
    "CreateDatapointRequest",
    "CreateDatapointResponse",
    "CreateDatapointResponseResult",
    "CreateDatasetRequest",
    "CreateDatasetResponse",
    "CreateIngestionApiKeyRequest",
    "CreateIngestionApiKeyResponse",
    "CreateMetricRequest",
    "CreateMetricRequestCategoriesItem",
    "CreateMetricRequestChildMetricsItem",
    "CreateMetricRequestFilters",
    "CreateMetricRequestReturnType",
    "CreateMetricRequestThresholdType0",
    "CreateMetricRequestType",
    "CreateMetricResponse",
    "CreateMetricVersionRequest",
    "CreateMetricVersionResponse",
    "CreateProjectRequest",
    "CreateToolRequest",
    "CreateToolResponse",
    "DataPlaneApiKey",
    "Datapoint",
    "DatapointMapping",
    "DatapointResult",
    "Dataset",
    "DateRange",
    "DeleteAnnotationQueueResponse",
    "DeleteChartResponse",
    "DeleteConfigurationResponse",
    "DeleteDatapointParams",
    "DeleteDatapointResponse",
    "DeleteDatasetParams",
    "DeleteDatasetResponse",
    "DeleteEventResponse",
    "DeleteExperimentRunParams",
    "DeleteExperimentRunResponse",
    "DeleteMetricResponse",
    "DeleteProjectResponse",
    "DeleteResult",
    "DeleteSessionResponse",
    "DeleteToolResponse",
    "DeployMetricVersionResponse",
    "Error",
    "Event",
    "EventComparisonDetail",
    "EventDetail",
    "EventFeedback",
    "EventMetricData",
    "EventMetricDataMetadata",
    "EventMetricDataMetrics",
    "EventSearchFilter",
    "EventSearchFilterOperator",
    "EventSearchFilterType",
    "ExperimentRunObject",
    "ExperimentRunObjectMetrics",
    "ExperimentSchemaField",
    "ExperimentSchemaMappingEntry",
    "ExportEventsResponse",
    "Filter",
    "FilterFieldType",
    "FilterOperator",
    "GetAnnotationQueueByIdResponse",
    "GetAnnotationQueueByIdResponseFilters",
    "GetAnnotationQueuesResponse",
    "GetAnnotationQueuesResponseQueuesItem",
    "GetAnnotationQueuesResponseQueuesItemFilters",
    "GetChartResponse",
    "GetChartResponseData",
    "GetChartsResponse",
    "GetChartsResponseDataItem",
    "GetConfigurationsQuery",
    "GetConfigurationsResponse",
    "GetDatapointParams",
    "GetDatapointResponse",
    "GetDatapointsQuery",
    "GetDatapointsResponse",
    "GetDatasetsResponse",
    "GetEventResponse",
    "GetEventResponseEvent",
    "GetEventsChartAggregation",
    "GetEventsChartBucket",
    "GetEventsChartResponse",
    "GetEventsQuery",
    "GetEventsResponse",
    "GetEventsSchemaLegacyDateRangeOneOf1",
    "GetEventsSchemaResponse",
    "GetEventsSchemaResponseMappings",
    "GetExperimentCompareEventsResponse",
    "GetExperimentComparisonAggregateFunction",
    "GetExperimentResultLegacyAggregateFunction",
    "GetExperimentRunCompareResponse",
    "GetExperimentRunMetricsQuery",
    "GetExperimentRunMetricsResponse",
    "GetExperimentRunParams",
    "GetExperimentRunResponse",
    "GetExperimentRunResultResponse",
    "GetExperimentRunsQuery",
    "GetExperimentRunsQuerySortBy",
    "GetExperimentRunsQuerySortOrder",
    "GetExperimentRunsQueryStatus",
    "GetExperimentRunsResponse",
    "GetExperimentSummaryAggregateFunction",
    "GetMetricsQuery",
    "GetMetricsResponse",
    "GetMetricVersionsResponse",
    "GetRunSchemaDateRangeOneOf1",
    "GetRunsDateRangeOneOf1",
    "GetRunsSchemaDateRangeOneOf1",
    "GetRunsSortBy",
    "GetRunsSortOrder",
    "GetRunsStatus",
    "IngestionApiKey",
    "InsertResult",
    "LegacyDeleteDatasetQuery",
    "LegacyEvent",
    "LegacyExportEventsRequest",
    "LegacyExportEventsRequestDateRange",
    "LegacyGetEventsSchemaQuery",
    "LegacyGetExperimentRunCompareEventsQuery",
    "LegacyGetExperimentRunCompareParams",
    "LegacyGetExperimentRunCompareQuery",
    "LegacyGetExperimentRunResultQuery",
    "LegacyPostEventBatchRequest",
    "LegacyPostEventRequest",
    "LegacyPostEventRequestEvent",
    "LegacyPostEventRequestEventEventType",
    "LegacyRemoveDatapointFromDatasetParams",
    "LegacyRunMetricRequest",
    "LegacyRunMetricRequestEvent",
    "LegacyRunMetricRequestEventFeedback",
    "LegacyRunMetricRequestMetric",
    "LegacyRunMetricRequestMetricCategoriesItem",
    "LegacyRunMetricRequestMetricChildMetricsItem",
    "LegacyRunMetricRequestMetricFilters",
    "LegacyRunMetricRequestMetricReturnType",
    "LegacyRunMetricRequestMetricThresholdType0",
    "LegacyRunMetricRequestMetricType",
    "LegacyStartSessionRequest",
    "LegacyStartSessionRequestSession",
    "LegacyUpdateDatasetRequest",
    "LegacyUpdateEventRequest",
    "LegacyUpdateMetricRequest",
    "LegacyUpdateMetricRequestCategoriesItem",
    "LegacyUpdateMetricRequestChildMetricsItem",
    "LegacyUpdateMetricRequestFilters",
    "LegacyUpdateMetricRequestReturnType",
    "LegacyUpdateMetricRequestThresholdType0",
    "LegacyUpdateMetricRequestType",
    "MetricComparison",
    "MetricDatapoints",
    "MetricDetail",
    "MetricItem",
    "MetricItemCategoriesItem",
    "MetricItemChildMetricsItem",
    "MetricItemFilters",
    "MetricItemThresholdType0",
    "MetricsAggregation",
    "MetricVersion",
    "MetricVersionContent",
    "MetricVersionContentCategoriesItem",
    "MetricVersionContentChildMetricsItem",
    "MetricVersionContentFilters",
    "MetricVersionContentRequest",
    "MetricVersionContentRequestCategoriesItem",
    "MetricVersionContentRequestChildMetricsItem",
    "MetricVersionContentRequestFilters",
    "MetricVersionContentRequestReturnType",
    "MetricVersionContentRequestThresholdType0",
    "MetricVersionContentRequestType",
    "MetricVersionContentThresholdType0",
    "ModelEvent",
    "ModelEventEventType",
    "Pagination",
    "PassingRange",
    "PostEventBatchRequest",
    "PostEventBatchResponse",
    "PostEventRequest",
    "PostEventRequestEventType",
    "PostEventResponse",
    "PostExperimentRunRequest",
    "PostExperimentRunRequestPassingRanges",
    "PostExperimentRunRequestStatus",
    "PostExperimentRunResponse",
    "PostModelEventBatchRequest",
    "PostModelEventRequest",
    "PostSessionRequest",
    "PostSessionRequestFeedback",
    "PostSessionStartResponse",
    "Project",
    "ProjectType",
    "PutExperimentRunRequest",
    "PutExperimentRunRequestPassingRanges",
    "PutExperimentRunRequestStatus",
    "PutExperimentRunResponse",
    "QueryFilter",
    "RelativeDateRange",
    "RemoveDatapointResponse",
    "ResponseFormat",
    "RunMetricRequest",
    "RunMetricRequestEvent",
    "RunMetricRequestEventFeedback",
    "RunMetricRequestMetric",
    "RunMetricRequestMetricCategoriesItem",
    "RunMetricRequestMetricChildMetricsItem",
    "RunMetricRequestMetricFilters",
    "RunMetricRequestMetricReturnType",
    "RunMetricRequestMetricThresholdType0",
    "RunMetricRequestMetricType",
    "RunMetricResponse",
    "SearchEventsRequest",
    "SearchEventsRequestDateRange",
    "SelectedFunction",
    "SessionEventBatchRequest",
    "SessionProperties",
    "SessionTracesResponse",
    "SessionTreeNode",
    "SingleFilter",
    "StartSessionRequest",
    "TemplateItem",
    "TODOSchema",
    "Tool",
    "ToolType",
    "UpdateAnnotationQueueRequest",
    "UpdateAnnotationQueueRequestFilters",
    "UpdateAnnotationQueueResponse",
    "UpdateAnnotationQueueResponseQueue",
    "UpdateAnnotationQueueResponseQueueFilters",
    "UpdateChartRequest",
    "UpdateChartRequestBucketing",
    "UpdateChartResponse",
    "UpdateChartResponseData",
    "UpdateConfigurationRequest",
    "UpdateConfigurationRequestEnvItem",
    "UpdateConfigurationRequestType",
    "UpdateConfigurationResponse",
    "UpdateDatapointParams",
    "UpdateDatapointRequest",
    "UpdateDatapointResponse",
    "UpdateDatapointResponseResult",
    "UpdateDatasetRequest",
    "UpdateDatasetResponse",
    "UpdateEventRequest",
    "UpdateMetricRequest",
    "UpdateMetricRequestCategoriesItem",
    "UpdateMetricRequestChildMetricsItem",
    "UpdateMetricRequestFilters",
    "UpdateMetricRequestReturnType",
    "UpdateMetricRequestThreshold",
    "UpdateMetricRequestType",
    "UpdateMetricResponse",
    "UpdateProjectRequest",
    "UpdateToolRequest",
    "UpdateToolResponse",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_MODULES))
