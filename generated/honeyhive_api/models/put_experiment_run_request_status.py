from typing import Literal

PutExperimentRunRequestStatus = Literal["cancelled", "completed", "failed", "pending", "running"]

PUT_EXPERIMENT_RUN_REQUEST_STATUS_VALUES: set[PutExperimentRunRequestStatus] = {
    "cancelled",
    "completed",
    "failed",
    "pending",
    "running",
}


def check_put_experiment_run_request_status(value: str) -> PutExperimentRunRequestStatus:
    if value in PUT_EXPERIMENT_RUN_REQUEST_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PUT_EXPERIMENT_RUN_REQUEST_STATUS_VALUES!r}"
    )
