from typing import Literal

MetricVersionContentRequestReturnType = Literal["boolean", "categorical", "float", "string"]

METRIC_VERSION_CONTENT_REQUEST_RETURN_TYPE_VALUES: set[MetricVersionContentRequestReturnType] = {
    "boolean",
    "categorical",
    "float",
    "string",
}


def check_metric_version_content_request_return_type(
    value: str,
) -> MetricVersionContentRequestReturnType:
    if value in METRIC_VERSION_CONTENT_REQUEST_RETURN_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {METRIC_VERSION_CONTENT_REQUEST_RETURN_TYPE_VALUES!r}"
    )
