"""Contains all the data models used in inputs/outputs.

Models load on first use (PEP 562): importing one operation, or this package, does not
import every model module.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .add_datapoints_request import AddDatapointsRequest
    from .add_datapoints_response import AddDatapointsResponse
    from .batch_create_datapoints_request import BatchCreateDatapointsRequest
    from .batch_create_datapoints_request_check_state import BatchCreateDatapointsRequestCheckState
    from .batch_create_datapoints_response import BatchCreateDatapointsResponse
    from .call_type import CallType
    from .chart_bucket import ChartBucket
    from .child_metric import ChildMetric
    from .compare_events_response import CompareEventsResponse
    from .configuration import Configuration
    from .configuration_list import ConfigurationList
    from .configuration_parameters import ConfigurationParameters
    from .configuration_parameters_function_call_params import (
        ConfigurationParametersFunctionCallParams,
    )
    from .create_configuration_request import CreateConfigurationRequest
    from .create_configuration_request_env_item import CreateConfigurationRequestEnvItem
    from .create_configuration_request_type import CreateConfigurationRequestType
    from .create_configuration_response import CreateConfigurationResponse
    from .create_datapoint_request import CreateDatapointRequest
    from .create_datapoint_response import CreateDatapointResponse
    from .create_dataset_request import CreateDatasetRequest
    from .create_dataset_response import CreateDatasetResponse
    from .create_event_batch_request import CreateEventBatchRequest
    from .create_event_request import CreateEventRequest
    from .create_metric_request import CreateMetricRequest
    from .create_metric_response import CreateMetricResponse
    from .create_model_event_batch_request import CreateModelEventBatchRequest
    from .create_model_event_request import CreateModelEventRequest
    from .create_project_request import CreateProjectRequest
    from .create_run_request import CreateRunRequest
    from .create_run_request_passing_ranges import CreateRunRequestPassingRanges
    from .create_run_response import CreateRunResponse
    from .create_tool_request import CreateToolRequest
    from .create_tool_response import CreateToolResponse
    from .datapoint import Datapoint
    from .datapoint_mapping import DatapointMapping
    from .datapoint_result import DatapointResult
    from .dataset import Dataset
    from .date_range import DateRange
    from .delete_configuration_response import DeleteConfigurationResponse
    from .delete_datapoint_response import DeleteDatapointResponse
    from .delete_dataset_response import DeleteDatasetResponse
    from .delete_event_response import DeleteEventResponse
    from .delete_metric_response import DeleteMetricResponse
    from .delete_project_response import DeleteProjectResponse
    from .delete_run_response import DeleteRunResponse
    from .delete_session_response import DeleteSessionResponse
    from .delete_tool_response import DeleteToolResponse
    from .deleted_id import DeletedId
    from .error import Error
    from .event import Event
    from .event_comparison_detail import EventComparisonDetail
    from .event_detail import EventDetail
    from .event_pair import EventPair
    from .event_type import EventType
    from .experiment_comparison_response import ExperimentComparisonResponse
    from .experiment_result_response import ExperimentResultResponse
    from .experiment_run import ExperimentRun
    from .experiment_schema_field import ExperimentSchemaField
    from .experiment_schema_mapping import ExperimentSchemaMapping
    from .export_events_request import ExportEventsRequest
    from .export_events_response import ExportEventsResponse
    from .filter_ import Filter
    from .filter_field_type import FilterFieldType
    from .filter_operator import FilterOperator
    from .get_configurations_env import GetConfigurationsEnv
    from .get_datapoint_response import GetDatapointResponse
    from .get_datapoints_response import GetDatapointsResponse
    from .get_datasets_response import GetDatasetsResponse
    from .get_events_chart_aggregation import GetEventsChartAggregation
    from .get_events_chart_bucket import GetEventsChartBucket
    from .get_events_chart_response import GetEventsChartResponse
    from .get_events_response import GetEventsResponse
    from .get_experiment_comparison_aggregate_function import (
        GetExperimentComparisonAggregateFunction,
    )
    from .get_experiment_result_aggregate_function import GetExperimentResultAggregateFunction
    from .get_run_metrics_response import GetRunMetricsResponse
    from .get_run_response import GetRunResponse
    from .get_runs_response import GetRunsResponse
    from .get_runs_schema_response import GetRunsSchemaResponse
    from .get_runs_schema_response_mappings import GetRunsSchemaResponseMappings
    from .get_runs_sort_by import GetRunsSortBy
    from .get_runs_sort_order import GetRunsSortOrder
    from .inserted_id import InsertedId
    from .inserted_ids import InsertedIds
    from .metric import Metric
    from .metric_category import MetricCategory
    from .metric_comparison import MetricComparison
    from .metric_datapoints import MetricDatapoints
    from .metric_detail import MetricDetail
    from .metric_filters import MetricFilters
    from .metric_return_type import MetricReturnType
    from .metric_threshold import MetricThreshold
    from .metric_type import MetricType
    from .metrics_aggregation import MetricsAggregation
    from .modified_count import ModifiedCount
    from .page_info import PageInfo
    from .pagination import Pagination
    from .passing_range import PassingRange
    from .post_event_batch_response import PostEventBatchResponse
    from .post_event_request import PostEventRequest
    from .post_event_response import PostEventResponse
    from .post_model_event_request import PostModelEventRequest
    from .project import Project
    from .project_type import ProjectType
    from .remove_datapoint_response import RemoveDatapointResponse
    from .run_metric_request import RunMetricRequest
    from .run_metric_response import RunMetricResponse
    from .run_status import RunStatus
    from .session_properties import SessionProperties
    from .session_start_request import SessionStartRequest
    from .session_tree_node import SessionTreeNode
    from .start_session_request import StartSessionRequest
    from .start_session_response import StartSessionResponse
    from .tool import Tool
    from .tool_type import ToolType
    from .update_configuration_request import UpdateConfigurationRequest
    from .update_configuration_request_env_item import UpdateConfigurationRequestEnvItem
    from .update_configuration_request_type import UpdateConfigurationRequestType
    from .update_configuration_response import UpdateConfigurationResponse
    from .update_datapoint_request import UpdateDatapointRequest
    from .update_datapoint_response import UpdateDatapointResponse
    from .update_dataset_request import UpdateDatasetRequest
    from .update_dataset_response import UpdateDatasetResponse
    from .update_event_request import UpdateEventRequest
    from .update_event_response import UpdateEventResponse
    from .update_metric_request import UpdateMetricRequest
    from .update_metric_response import UpdateMetricResponse
    from .update_project_request import UpdateProjectRequest
    from .update_run_request import UpdateRunRequest
    from .update_run_request_passing_ranges import UpdateRunRequestPassingRanges
    from .update_run_response import UpdateRunResponse
    from .update_tool_request import UpdateToolRequest
    from .update_tool_response import UpdateToolResponse

# model name -> module (relative to this package) that defines it
_MODULES = {
    "AddDatapointsRequest": ".add_datapoints_request",
    "AddDatapointsResponse": ".add_datapoints_response",
    "BatchCreateDatapointsRequest": ".batch_create_datapoints_request",
    "BatchCreateDatapointsRequestCheckState": ".batch_create_datapoints_request_check_state",
    "BatchCreateDatapointsResponse": ".batch_create_datapoints_response",
    "CallType": ".call_type",
    "ChartBucket": ".chart_bucket",
    "ChildMetric": ".child_metric",
    "CompareEventsResponse": ".compare_events_response",
    "Configuration": ".configuration",
    "ConfigurationList": ".configuration_list",
    "ConfigurationParameters": ".configuration_parameters",
    "ConfigurationParametersFunctionCallParams": ".configuration_parameters_function_call_params",
    "CreateConfigurationRequest": ".create_configuration_request",
    "CreateConfigurationRequestEnvItem": ".create_configuration_request_env_item",
    "CreateConfigurationRequestType": ".create_configuration_request_type",
    "CreateConfigurationResponse": ".create_configuration_response",
    "CreateDatapointRequest": ".create_datapoint_request",
    "CreateDatapointResponse": ".create_datapoint_response",
    "CreateDatasetRequest": ".create_dataset_request",
    "CreateDatasetResponse": ".create_dataset_response",
    "CreateEventBatchRequest": ".create_event_batch_request",
    "CreateEventRequest": ".create_event_request",
    "CreateMetricRequest": ".create_metric_request",
    "CreateMetricResponse": ".create_metric_response",
    "CreateModelEventBatchRequest": ".create_model_event_batch_request",
    "CreateModelEventRequest": ".create_model_event_request",
    "CreateProjectRequest": ".create_project_request",
    "CreateRunRequest": ".create_run_request",
    "CreateRunRequestPassingRanges": ".create_run_request_passing_ranges",
    "CreateRunResponse": ".create_run_response",
    "CreateToolRequest": ".create_tool_request",
    "CreateToolResponse": ".create_tool_response",
    "Datapoint": ".datapoint",
    "DatapointMapping": ".datapoint_mapping",
    "DatapointResult": ".datapoint_result",
    "Dataset": ".dataset",
    "DateRange": ".date_range",
    "DeleteConfigurationResponse": ".delete_configuration_response",
    "DeleteDatapointResponse": ".delete_datapoint_response",
    "DeleteDatasetResponse": ".delete_dataset_response",
    "DeleteEventResponse": ".delete_event_response",
    "DeleteMetricResponse": ".delete_metric_response",
    "DeleteProjectResponse": ".delete_project_response",
    "DeleteRunResponse": ".delete_run_response",
    "DeleteSessionResponse": ".delete_session_response",
    "DeleteToolResponse": ".delete_tool_response",
    "DeletedId": ".deleted_id",
    "Error": ".error",
    "Event": ".event",
    "EventComparisonDetail": ".event_comparison_detail",
    "EventDetail": ".event_detail",
    "EventPair": ".event_pair",
    "EventType": ".event_type",
    "ExperimentComparisonResponse": ".experiment_comparison_response",
    "ExperimentResultResponse": ".experiment_result_response",
    "ExperimentRun": ".experiment_run",
    "ExperimentSchemaField": ".experiment_schema_field",
    "ExperimentSchemaMapping": ".experiment_schema_mapping",
    "ExportEventsRequest": ".export_events_request",
    "ExportEventsResponse": ".export_events_response",
    "Filter": ".filter_",
    "FilterFieldType": ".filter_field_type",
    "FilterOperator": ".filter_operator",
    "GetConfigurationsEnv": ".get_configurations_env",
    "GetDatapointResponse": ".get_datapoint_response",
    "GetDatapointsResponse": ".get_datapoints_response",
    "GetDatasetsResponse": ".get_datasets_response",
    "GetEventsChartAggregation": ".get_events_chart_aggregation",
    "GetEventsChartBucket": ".get_events_chart_bucket",
    "GetEventsChartResponse": ".get_events_chart_response",
    "GetEventsResponse": ".get_events_response",
    "GetExperimentComparisonAggregateFunction": ".get_experiment_comparison_aggregate_function",
    "GetExperimentResultAggregateFunction": ".get_experiment_result_aggregate_function",
    "GetRunMetricsResponse": ".get_run_metrics_response",
    "GetRunResponse": ".get_run_response",
    "GetRunsResponse": ".get_runs_response",
    "GetRunsSchemaResponse": ".get_runs_schema_response",
    "GetRunsSchemaResponseMappings": ".get_runs_schema_response_mappings",
    "GetRunsSortBy": ".get_runs_sort_by",
    "GetRunsSortOrder": ".get_runs_sort_order",
    "InsertedId": ".inserted_id",
    "InsertedIds": ".inserted_ids",
    "Metric": ".metric",
    "MetricCategory": ".metric_category",
    "MetricComparison": ".metric_comparison",
    "MetricDatapoints": ".metric_datapoints",
    "MetricDetail": ".metric_detail",
    "MetricFilters": ".metric_filters",
    "MetricReturnType": ".metric_return_type",
    "MetricThreshold": ".metric_threshold",
    "MetricType": ".metric_type",
    "MetricsAggregation": ".metrics_aggregation",
    "ModifiedCount": ".modified_count",
    "PageInfo": ".page_info",
    "Pagination": ".pagination",
    "PassingRange": ".passing_range",
    "PostEventBatchResponse": ".post_event_batch_response",
    "PostEventRequest": ".post_event_request",
    "PostEventResponse": ".post_event_response",
    "PostModelEventRequest": ".post_model_event_request",
    "Project": ".project",
    "ProjectType": ".project_type",
    "RemoveDatapointResponse": ".remove_datapoint_response",
    "RunMetricRequest": ".run_metric_request",
    "RunMetricResponse": ".run_metric_response",
    "RunStatus": ".run_status",
    "SessionProperties": ".session_properties",
    "SessionStartRequest": ".session_start_request",
    "SessionTreeNode": ".session_tree_node",
    "StartSessionRequest": ".start_session_request",
    "StartSessionResponse": ".start_session_response",
    "Tool": ".tool",
    "ToolType": ".tool_type",
    "UpdateConfigurationRequest": ".update_configuration_request",
    "UpdateConfigurationRequestEnvItem": ".update_configuration_request_env_item",
    "UpdateConfigurationRequestType": ".update_configuration_request_type",
    "UpdateConfigurationResponse": ".update_configuration_response",
    "UpdateDatapointRequest": ".update_datapoint_request",
    "UpdateDatapointResponse": ".update_datapoint_response",
    "UpdateDatasetRequest": ".update_dataset_request",
    "UpdateDatasetResponse": ".update_dataset_response",
    "UpdateEventRequest": ".update_event_request",
    "UpdateEventResponse": ".update_event_response",
    "UpdateMetricRequest": ".update_metric_request",
    "UpdateMetricResponse": ".update_metric_response",
    "UpdateProjectRequest": ".update_project_request",
    "UpdateRunRequest": ".update_run_request",
    "UpdateRunRequestPassingRanges": ".update_run_request_passing_ranges",
    "UpdateRunResponse": ".update_run_response",
    "UpdateToolRequest": ".update_tool_request",
    "UpdateToolResponse": ".update_tool_response",
}

__all__ = (
    "AddDatapointsRequest",
    "AddDatapointsResponse",
    "BatchCreateDatapointsRequest",
    "BatchCreateDatapointsRequestCheckState",
    "BatchCreateDatapointsResponse",
    "CallType",
    "ChartBucket",
    "ChildMetric",
    "CompareEventsResponse",
    "Configuration",
    "ConfigurationList",
    "ConfigurationParameters",
    "ConfigurationParametersFunctionCallParams",
    "CreateConfigurationRequest",
    "CreateConfigurationRequestEnvItem",
    "CreateConfigurationRequestType",
    "CreateConfigurationResponse",
    "CreateDatapointRequest",
    "CreateDatapointResponse",
    "CreateDatasetRequest",
    "CreateDatasetResponse",
    "CreateEventBatchRequest",
    "CreateEventRequest",
    "CreateMetricRequest",
    "CreateMetricResponse",
    "CreateModelEventBatchRequest",
    "CreateModelEventRequest",
    "CreateProjectRequest",
    "CreateRunRequest",
    "CreateRunRequestPassingRanges",
    "CreateRunResponse",
    "CreateToolRequest",
    "CreateToolResponse",
    "Datapoint",
    "DatapointMapping",
    "DatapointResult",
    "Dataset",
    "DateRange",
    "DeleteConfigurationResponse",
    "DeleteDatapointResponse",
    "DeleteDatasetResponse",
    "DeletedId",
    "DeleteEventResponse",
    "DeleteMetricResponse",
    "DeleteProjectResponse",
    "DeleteRunResponse",
    "DeleteSessionResponse",
    "DeleteToolResponse",
    "Error",
    "Event",
    "EventComparisonDetail",
    "EventDetail",
    "EventPair",
    "EventType",
    "ExperimentComparisonResponse",
    "ExperimentResultResponse",
    "ExperimentRun",
    "ExperimentSchemaField",
    "ExperimentSchemaMapping",
    "ExportEventsRequest",
    "ExportEventsResponse",
    "Filter",
    "FilterFieldType",
    "FilterOperator",
    "GetConfigurationsEnv",
    "GetDatapointResponse",
    "GetDatapointsResponse",
    "GetDatasetsResponse",
    "GetEventsChartAggregation",
    "GetEventsChartBucket",
    "GetEventsChartResponse",
    "GetEventsResponse",
    "GetExperimentComparisonAggregateFunction",
    "GetExperimentResultAggregateFunction",
    "GetRunMetricsResponse",
    "GetRunResponse",
    "GetRunsResponse",
    "GetRunsSchemaResponse",
    "GetRunsSchemaResponseMappings",
    "GetRunsSortBy",
    "GetRunsSortOrder",
    "InsertedId",
    "InsertedIds",
    "Metric",
    "MetricCategory",
    "MetricComparison",
    "MetricDatapoints",
    "MetricDetail",
    "MetricFilters",
    "MetricReturnType",
    "MetricsAggregation",
    "MetricThreshold",
    "MetricType",
    "ModifiedCount",
    "PageInfo",
    "Pagination",
    "PassingRange",
    "PostEventBatchResponse",
    "PostEventRequest",
    "PostEventResponse",
    "PostModelEventRequest",
    "Project",
    "ProjectType",
    "RemoveDatapointResponse",
    "RunMetricRequest",
    "RunMetricResponse",
    "RunStatus",
    "SessionProperties",
    "SessionStartRequest",
    "SessionTreeNode",
    "StartSessionRequest",
    "StartSessionResponse",
    "Tool",
    "ToolType",
    "UpdateConfigurationRequest",
    "UpdateConfigurationRequestEnvItem",
    "UpdateConfigurationRequestType",
    "UpdateConfigurationResponse",
    "UpdateDatapointRequest",
    "UpdateDatapointResponse",
    "UpdateDatasetRequest",
    "UpdateDatasetResponse",
    "UpdateEventRequest",
    "UpdateEventResponse",
    "UpdateMetricRequest",
    "UpdateMetricResponse",
    "UpdateProjectRequest",
    "UpdateRunRequest",
    "UpdateRunRequestPassingRanges",
    "UpdateRunResponse",
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
