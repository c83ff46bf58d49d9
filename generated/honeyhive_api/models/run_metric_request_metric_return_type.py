from typing import Literal

RunMetricRequestMetricReturnType = Literal["boolean", "categorical", "float", "string"]

RUN_METRIC_REQUEST_METRIC_RETURN_TYPE_VALUES: set[RunMetricRequestMetricReturnType] = {
    "boolean",
    "categorical",
    "float",
    "string",
}


def check_run_metric_request_metric_return_type(value: str) -> RunMetricRequestMetricReturnType:
    if value in RUN_METRIC_REQUEST_METRIC_RETURN_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUN_METRIC_REQUEST_METRIC_RETURN_TYPE_VALUES!r}"
    )
