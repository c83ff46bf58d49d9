from typing import Literal

LegacyRunMetricRequestMetricType = Literal["LLM", "PYTHON"]

LEGACY_RUN_METRIC_REQUEST_METRIC_TYPE_VALUES: set[LegacyRunMetricRequestMetricType] = {
    "LLM",
    "PYTHON",
}


def check_legacy_run_metric_request_metric_type(value: str) -> LegacyRunMetricRequestMetricType:
    if value in LEGACY_RUN_METRIC_REQUEST_METRIC_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LEGACY_RUN_METRIC_REQUEST_METRIC_TYPE_VALUES!r}"
    )
