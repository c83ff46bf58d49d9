from typing import Literal

CreateMetricRequestReturnType = Literal["boolean", "categorical", "float", "string"]

CREATE_METRIC_REQUEST_RETURN_TYPE_VALUES: set[CreateMetricRequestReturnType] = {
    "boolean",
    "categorical",
    "float",
    "string",
}


def check_create_metric_request_return_type(value: str) -> CreateMetricRequestReturnType:
    if value in CREATE_METRIC_REQUEST_RETURN_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_METRIC_REQUEST_RETURN_TYPE_VALUES!r}"
    )
