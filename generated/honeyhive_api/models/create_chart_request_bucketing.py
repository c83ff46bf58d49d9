from typing import Literal

CreateChartRequestBucketing = Literal["day", "hour", "minute", "month", "week"]

CREATE_CHART_REQUEST_BUCKETING_VALUES: set[CreateChartRequestBucketing] = {
    "day",
    "hour",
    "minute",
    "month",
    "week",
}


def check_create_chart_request_bucketing(value: str) -> CreateChartRequestBucketing:
    if value in CREATE_CHART_REQUEST_BUCKETING_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CHART_REQUEST_BUCKETING_VALUES!r}"
    )
