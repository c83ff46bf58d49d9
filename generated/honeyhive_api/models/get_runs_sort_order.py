from typing import Literal

GetRunsSortOrder = Literal["asc", "desc"]

GET_RUNS_SORT_ORDER_VALUES: set[GetRunsSortOrder] = {
    "asc",
    "desc",
}


def check_get_runs_sort_order(value: str) -> GetRunsSortOrder:
    if value in GET_RUNS_SORT_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_RUNS_SORT_ORDER_VALUES!r}")
