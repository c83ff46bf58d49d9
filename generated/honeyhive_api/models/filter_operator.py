from typing import Literal

FilterOperator = Literal[
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

FILTER_OPERATOR_VALUES: set[FilterOperator] = {
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


def check_filter_operator(value: str) -> FilterOperator:
    if value in FILTER_OPERATOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FILTER_OPERATOR_VALUES!r}")
