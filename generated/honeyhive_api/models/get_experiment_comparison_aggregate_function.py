from typing import Literal

GetExperimentComparisonAggregateFunction = Literal[
    "average", "count", "max", "median", "min", "p90", "p95", "p99", "sum"
]

GET_EXPERIMENT_COMPARISON_AGGREGATE_FUNCTION_VALUES: set[
    GetExperimentComparisonAggregateFunction
] = {
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


def check_get_experiment_comparison_aggregate_function(
    value: str,
) -> GetExperimentComparisonAggregateFunction:
    if value in GET_EXPERIMENT_COMPARISON_AGGREGATE_FUNCTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_EXPERIMENT_COMPARISON_AGGREGATE_FUNCTION_VALUES!r}"
    )
