from typing import Literal

EventSearchFilterType = Literal["boolean", "datetime", "number", "string"]

EVENT_SEARCH_FILTER_TYPE_VALUES: set[EventSearchFilterType] = {
    "boolean",
    "datetime",
    "number",
    "string",
}


def check_event_search_filter_type(value: str) -> EventSearchFilterType:
    if value in EVENT_SEARCH_FILTER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EVENT_SEARCH_FILTER_TYPE_VALUES!r}"
    )
