from typing import Literal

LegacyRunMetricRequestMetricReturnType = Literal["boolean", "categorical", "float", "string"]

LEGACY_RUN_METRIC_REQUEST_METRIC_RETURN_TYPE_VALUES: set[LegacyRunMetricRequestMetricReturnType] = {
    "boolean",
    "categorical",
    "float",
    "string",
}


def check_legacy_run_metric_request_metric_return_type(
    value: str,
) -> LegacyRunMetricRequestMetricReturnType:
    if value in LEGACY_RUN_METRIC_REQUEST_METRIC_RETURN_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LEGACY_RUN_METRIC_REQUEST_METRIC_RETURN_TYPE_VALUES!r}"
    )
