from typing import Literal

GetExperimentRunsQuerySortBy = Literal["created_at", "name", "status", "updated_at"]

GET_EXPERIMENT_RUNS_QUERY_SORT_BY_VALUES: set[GetExperimentRunsQuerySortBy] = {
    "created_at",
    "name",
    "status",
    "updated_at",
}


def check_get_experiment_runs_query_sort_by(value: str) -> GetExperimentRunsQuerySortBy:
    if value in GET_EXPERIMENT_RUNS_QUERY_SORT_BY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_EXPERIMENT_RUNS_QUERY_SORT_BY_VALUES!r}"
    )
