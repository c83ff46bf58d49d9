from typing import Literal

PostExperimentRunRequestStatus = Literal["cancelled", "completed", "failed", "pending", "running"]

POST_EXPERIMENT_RUN_REQUEST_STATUS_VALUES: set[PostExperimentRunRequestStatus] = {
    "cancelled",
    "completed",
    "failed",
    "pending",
    "running",
}


def check_post_experiment_run_request_status(value: str) -> PostExperimentRunRequestStatus:
    if value in POST_EXPERIMENT_RUN_REQUEST_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {POST_EXPERIMENT_RUN_REQUEST_STATUS_VALUES!r}"
    )
