from typing import Literal

GetRunsSortBy = Literal["created_at", "name", "status", "updated_at"]

GET_RUNS_SORT_BY_VALUES: set[GetRunsSortBy] = {
    "created_at",
    "name",
    "status",
    "updated_at",
}


def check_get_runs_sort_by(value: str) -> GetRunsSortBy:
    if value in GET_RUNS_SORT_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_RUNS_SORT_BY_VALUES!r}")
