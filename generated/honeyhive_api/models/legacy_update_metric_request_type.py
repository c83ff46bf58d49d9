from typing import Literal

LegacyUpdateMetricRequestType = Literal["COMPOSITE", "HUMAN", "LLM", "PYTHON"]

LEGACY_UPDATE_METRIC_REQUEST_TYPE_VALUES: set[LegacyUpdateMetricRequestType] = {
    "COMPOSITE",
    "HUMAN",
    "LLM",
    "PYTHON",
}


def check_legacy_update_metric_request_type(value: str) -> LegacyUpdateMetricRequestType:
    if value in LEGACY_UPDATE_METRIC_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LEGACY_UPDATE_METRIC_REQUEST_TYPE_VALUES!r}"
    )
