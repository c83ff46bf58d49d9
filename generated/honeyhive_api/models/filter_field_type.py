from typing import Literal

FilterFieldType = Literal["boolean", "datetime", "id", "number", "string"]

FILTER_FIELD_TYPE_VALUES: set[FilterFieldType] = {
    "boolean",
    "datetime",
    "id",
    "number",
    "string",
}


def check_filter_field_type(value: str) -> FilterFieldType:
    if value in FILTER_FIELD_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FILTER_FIELD_TYPE_VALUES!r}")
