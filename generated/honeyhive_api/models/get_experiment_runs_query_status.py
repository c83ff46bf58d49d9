from typing import Literal

GetExperimentRunsQueryStatus = Literal["cancelled", "completed", "failed", "pending", "running"]

GET_EXPERIMENT_RUNS_QUERY_STATUS_VALUES: set[GetExperimentRunsQueryStatus] = {
    "cancelled",
    "completed",
    "failed",
    "pending",
    "running",
}


def check_get_experiment_runs_query_status(value: str) -> GetExperimentRunsQueryStatus:
    if value in GET_EXPERIMENT_RUNS_QUERY_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_EXPERIMENT_RUNS_QUERY_STATUS_VALUES!r}"
    )
