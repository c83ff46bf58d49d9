from typing import Literal

ProjectType = Literal["completion", "evaluation"]

PROJECT_TYPE_VALUES: set[ProjectType] = {
    "completion",
    "evaluation",
}


def check_project_type(value: str) -> ProjectType:
    if value in PROJECT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PROJECT_TYPE_VALUES!r}")
