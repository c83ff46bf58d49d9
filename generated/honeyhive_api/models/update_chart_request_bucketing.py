from typing import Literal

UpdateChartRequestBucketing = Literal["day", "hour", "minute", "month", "week"]

UPDATE_CHART_REQUEST_BUCKETING_VALUES: set[UpdateChartRequestBucketing] = {
    "day",
    "hour",
    "minute",
    "month",
    "week",
}


def check_update_chart_request_bucketing(value: str) -> UpdateChartRequestBucketing:
    if value in UPDATE_CHART_REQUEST_BUCKETING_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_CHART_REQUEST_BUCKETING_VALUES!r}"
    )
