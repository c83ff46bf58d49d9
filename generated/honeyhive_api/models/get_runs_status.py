from typing import Literal

GetRunsStatus = Literal["cancelled", "completed", "failed", "pending", "running"]

GET_RUNS_STATUS_VALUES: set[GetRunsStatus] = {
    "cancelled",
    "completed",
    "failed",
    "pending",
    "running",
}


def check_get_runs_status(value: str) -> GetRunsStatus:
    if value in GET_RUNS_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_RUNS_STATUS_VALUES!r}")
