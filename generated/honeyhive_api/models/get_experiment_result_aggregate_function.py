from typing import Literal

GetExperimentResultAggregateFunction = Literal[
    "average", "count", "max", "median", "min", "p90", "p95", "p99", "sum"
]

GET_EXPERIMENT_RESULT_AGGREGATE_FUNCTION_VALUES: set[GetExperimentResultAggregateFunction] = {
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


def check_get_experiment_result_aggregate_function(
    value: str,
) -> GetExperimentResultAggregateFunction:
    if value in GET_EXPERIMENT_RESULT_AGGREGATE_FUNCTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_EXPERIMENT_RESULT_AGGREGATE_FUNCTION_VALUES!r}"
    )
