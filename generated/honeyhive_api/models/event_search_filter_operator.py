from typing import Literal

EventSearchFilterOperator = Literal[
    "after",
    "before",
    "contains",
    "exists",
    "greater than",
    "is",
    "is not",
    "less than",
    "not contains",
    "not exists",
]

EVENT_SEARCH_FILTER_OPERATOR_VALUES: set[EventSearchFilterOperator] = {
    "after",
    "before",
    "contains",
    "exists",
    "greater than",
    "is",
    "is not",
    "less than",
    "not contains",
    "not exists",
}


def check_event_search_filter_operator(value: str) -> EventSearchFilterOperator:
    if value in EVENT_SEARCH_FILTER_OPERATOR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EVENT_SEARCH_FILTER_OPERATOR_VALUES!r}"
    )
