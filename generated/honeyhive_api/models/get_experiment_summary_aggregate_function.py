from typing import Literal

GetExperimentSummaryAggregateFunction = Literal[
    "average", "count", "max", "median", "min", "p90", "p95", "p99", "sum"
]

GET_EXPERIMENT_SUMMARY_AGGREGATE_FUNCTION_VALUES: set[GetExperimentSummaryAggregateFunction] = {
    "average",
    "count",
    "max",
    "median",
    "min",
    "p90",
    "p95",
    "p99",
    "sum",
}


def check_get_experiment_summary_aggregate_function(
    value: str,
) -> GetExperimentSummaryAggregateFunction:
    if value in GET_EXPERIMENT_SUMMARY_AGGREGATE_FUNCTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_EXPERIMENT_SUMMARY_AGGREGATE_FUNCTION_VALUES!r}"
    )
