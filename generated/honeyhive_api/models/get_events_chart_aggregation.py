from typing import Literal

GetEventsChartAggregation = Literal[
    "avg", "count", "max", "median", "min", "p50", "p75", "p90", "p95", "p99", "sum"
]

GET_EVENTS_CHART_AGGREGATION_VALUES: set[GetEventsChartAggregation] = {
    "avg",
    "count",
    "max",
    "median",
    "min",
    "p50",
    "p75",
    "p90",
    "p95",
    "p99",
    "sum",
}


def check_get_events_chart_aggregation(value: str) -> GetEventsChartAggregation:
    if value in GET_EVENTS_CHART_AGGREGATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_EVENTS_CHART_AGGREGATION_VALUES!r}"
    )
