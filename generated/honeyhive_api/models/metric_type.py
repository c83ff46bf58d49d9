from typing import Literal

MetricType = Literal["COMPOSITE", "HUMAN", "LLM", "PYTHON"]

METRIC_TYPE_VALUES: set[MetricType] = {
    "COMPOSITE",
    "HUMAN",
    "LLM",
    "PYTHON",
}


def check_metric_type(value: str) -> MetricType:
    if value in METRIC_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {METRIC_TYPE_VALUES!r}")
