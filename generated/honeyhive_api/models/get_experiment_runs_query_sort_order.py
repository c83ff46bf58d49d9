from typing import Literal

GetExperimentRunsQuerySortOrder = Literal["asc", "desc"]

GET_EXPERIMENT_RUNS_QUERY_SORT_ORDER_VALUES: set[GetExperimentRunsQuerySortOrder] = {
    "asc",
    "desc",
}


def check_get_experiment_runs_query_sort_order(value: str) -> GetExperimentRunsQuerySortOrder:
    if value in GET_EXPERIMENT_RUNS_QUERY_SORT_ORDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_EXPERIMENT_RUNS_QUERY_SORT_ORDER_VALUES!r}"
    )
