from typing import Literal

UpdateMetricRequestType = Literal["COMPOSITE", "HUMAN", "LLM", "PYTHON"]

UPDATE_METRIC_REQUEST_TYPE_VALUES: set[UpdateMetricRequestType] = {
    "COMPOSITE",
    "HUMAN",
    "LLM",
    "PYTHON",
}


def check_update_metric_request_type(value: str) -> UpdateMetricRequestType:
    if value in UPDATE_METRIC_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_METRIC_REQUEST_TYPE_VALUES!r}"
    )
