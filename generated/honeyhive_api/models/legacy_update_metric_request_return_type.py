from typing import Literal

LegacyUpdateMetricRequestReturnType = Literal["boolean", "categorical", "float", "string"]

LEGACY_UPDATE_METRIC_REQUEST_RETURN_TYPE_VALUES: set[LegacyUpdateMetricRequestReturnType] = {
    "boolean",
    "categorical",
    "float",
    "string",
}


def check_legacy_update_metric_request_return_type(
    value: str,
) -> LegacyUpdateMetricRequestReturnType:
    if value in LEGACY_UPDATE_METRIC_REQUEST_RETURN_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LEGACY_UPDATE_METRIC_REQUEST_RETURN_TYPE_VALUES!r}"
    )
