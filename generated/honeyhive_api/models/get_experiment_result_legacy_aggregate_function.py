from typing import Literal

GetExperimentResultLegacyAggregateFunction = Literal[
    "average", "count", "max", "median", "min", "p90", "p95", "p99", "sum"
]

GET_EXPERIMENT_RESULT_LEGACY_AGGREGATE_FUNCTION_VALUES: set[
    GetExperimentResultLegacyAggregateFunction
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


def check_get_experiment_result_legacy_aggregate_function(
    value: str,
) -> GetExperimentResultLegacyAggregateFunction:
    if value in GET_EXPERIMENT_RESULT_LEGACY_AGGREGATE_FUNCTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_EXPERIMENT_RESULT_LEGACY_AGGREGATE_FUNCTION_VALUES!r}"
    )
