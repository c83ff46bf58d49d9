from typing import Literal

MetricVersionContentRequestType = Literal["COMPOSITE", "HUMAN", "LLM", "PYTHON"]

METRIC_VERSION_CONTENT_REQUEST_TYPE_VALUES: set[MetricVersionContentRequestType] = {
    "COMPOSITE",
    "HUMAN",
    "LLM",
    "PYTHON",
}


def check_metric_version_content_request_type(value: str) -> MetricVersionContentRequestType:
    if value in METRIC_VERSION_CONTENT_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {METRIC_VERSION_CONTENT_REQUEST_TYPE_VALUES!r}"
    )
