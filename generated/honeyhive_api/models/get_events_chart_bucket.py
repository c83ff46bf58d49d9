from typing import Literal

GetEventsChartBucket = Literal["day", "hour", "minute", "month", "week"]

GET_EVENTS_CHART_BUCKET_VALUES: set[GetEventsChartBucket] = {
    "day",
    "hour",
    "minute",
    "month",
    "week",
}


def check_get_events_chart_bucket(value: str) -> GetEventsChartBucket:
    if value in GET_EVENTS_CHART_BUCKET_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_EVENTS_CHART_BUCKET_VALUES!r}"
    )
