from typing import Literal

UpdateMetricRequestReturnType = Literal["boolean", "categorical", "float", "string"]

UPDATE_METRIC_REQUEST_RETURN_TYPE_VALUES: set[UpdateMetricRequestReturnType] = {
    "boolean",
    "categorical",
    "float",
    "string",
}


def check_update_metric_request_return_type(value: str) -> UpdateMetricRequestReturnType:
    if value in UPDATE_METRIC_REQUEST_RETURN_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_METRIC_REQUEST_RETURN_TYPE_VALUES!r}"
    )
