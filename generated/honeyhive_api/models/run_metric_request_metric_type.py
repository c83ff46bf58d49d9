from typing import Literal

RunMetricRequestMetricType = Literal["LLM", "PYTHON"]

RUN_METRIC_REQUEST_METRIC_TYPE_VALUES: set[RunMetricRequestMetricType] = {
    "LLM",
    "PYTHON",
}


def check_run_metric_request_metric_type(value: str) -> RunMetricRequestMetricType:
    if value in RUN_METRIC_REQUEST_METRIC_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUN_METRIC_REQUEST_METRIC_TYPE_VALUES!r}"
    )
