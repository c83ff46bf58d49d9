from typing import Literal

CreateMetricRequestType = Literal["COMPOSITE", "HUMAN", "LLM", "PYTHON"]

CREATE_METRIC_REQUEST_TYPE_VALUES: set[CreateMetricRequestType] = {
    "COMPOSITE",
    "HUMAN",
    "LLM",
    "PYTHON",
}


def check_create_metric_request_type(value: str) -> CreateMetricRequestType:
    if value in CREATE_METRIC_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_METRIC_REQUEST_TYPE_VALUES!r}"
    )
