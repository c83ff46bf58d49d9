from typing import Literal

MetricReturnType = Literal["boolean", "categorical", "float", "string"]

METRIC_RETURN_TYPE_VALUES: set[MetricReturnType] = {
    "boolean",
    "categorical",
    "float",
    "string",
}


def check_metric_return_type(value: str) -> MetricReturnType:
    if value in METRIC_RETURN_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {METRIC_RETURN_TYPE_VALUES!r}")
